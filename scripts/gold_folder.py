"""Check a gold folder, or fill its evidence offsets from the quotes (tests/corpus/BRIEFS.md).

    python scripts/gold_folder.py fix-offsets FOLDER
    python scripts/gold_folder.py check FOLDER

``fix-offsets`` sets each fact's ``evidence.start`` and ``end`` from its quote when the quote
occurs exactly once in the text (a quote found twice or not at all is reported and left alone).
``check`` reports every problem and exits 1 if there is any:

- every ``<id>.txt`` has ``<id>.meta.json`` with ``published`` as YYYY-MM-DD, and
  ``<id>.facts.jsonl``;
- every line validates against ``facts.schema.json``;
- every quote equals the text (read as bytes, then decoded) sliced at ``[start:end]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "src/thirdcountry/facts/facts.schema.json"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def read_text(path: Path) -> str:
    # Bytes decoded as-is: offsets index the text without newline translation.
    return path.read_bytes().decode("utf-8")


def quote_at_offsets(text: str, evidence: dict) -> bool:
    start, end = evidence.get("start"), evidence.get("end")
    offsets = isinstance(start, int) and isinstance(end, int)
    return offsets and text[start:end] == evidence.get("quote")


def fix_offsets(folder: Path) -> list[str]:
    problems = []
    for facts_path in sorted(folder.glob("*.facts.jsonl")):
        text_path = folder / facts_path.name.replace(".facts.jsonl", ".txt")
        text = read_text(text_path)
        facts = [json.loads(line) for line in facts_path.read_text().splitlines() if line.strip()]
        for number, fact in enumerate(facts, 1):
            quote = fact.get("evidence", {}).get("quote", "")
            found = text.count(quote) if quote else 0
            if found == 1:
                fact["evidence"]["start"] = text.index(quote)
                fact["evidence"]["end"] = fact["evidence"]["start"] + len(quote)
            elif not (found and quote_at_offsets(text, fact["evidence"])):
                where = "not in the text" if not found else f"found {found} times"
                problems.append(f"{facts_path.name}:{number}: quote {where}: {quote[:60]!r}")
        facts_path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts))
    return problems


def check(folder: Path) -> list[str]:
    import jsonschema  # only the check needs it: fix-offsets runs on any python3

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))
    problems = []
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        problems.append(f"{folder}: no <id>.txt files")
    for text_path in texts:
        doc_id = text_path.name[: -len(".txt")]
        meta_path = folder / f"{doc_id}.meta.json"
        facts_path = folder / f"{doc_id}.facts.jsonl"
        if not meta_path.is_file():
            problems.append(f"{doc_id}: no .meta.json")
        elif not DATE.match(str(json.loads(meta_path.read_text()).get("published", ""))):
            problems.append(f"{doc_id}: meta.json has no 'published' as YYYY-MM-DD")
        if not facts_path.is_file():
            problems.append(f"{doc_id}: no .facts.jsonl (an item without facts has an empty one)")
            continue
        text = read_text(text_path)
        for number, line in enumerate(facts_path.read_text().splitlines(), 1):
            where = f"{facts_path.name}:{number}"
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON: {exc}")
                continue
            problems.extend(f"{where}: {e.message}" for e in validator.iter_errors(fact))
            if not quote_at_offsets(text, fact.get("evidence", {})):
                problems.append(f"{where}: quote is not text[start:end]")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("check", "fix-offsets"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    problems = check(args.folder) if args.action == "check" else fix_offsets(args.folder)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
