"""What a change fixed and what it broke: compare two ``score_sets.py --errors`` files.

    python scripts/error_diff.py /tmp/before.errors /tmp/after.errors [--mismatches]

Misses and false positives are compared on document, kind, fact key and quote; attribute
mismatches only with ``--mismatches``. Prints the fixed, then the introduced, then the counts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

LABELS = {"missed": "MISS", "false_positive": "FP  ", "mismatch": "MISM"}


def read_errors(path: Path, with_mismatches: bool) -> Counter[tuple[str, ...]]:
    errors: Counter[tuple[str, ...]] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        error = json.loads(line)
        if error["error"] == "mismatch" and not with_mismatches:
            continue
        detail = json.dumps(error.get("mismatches", []), sort_keys=True)
        key = (error["document"], error["error"], error["key"], error["quote"], detail)
        errors[key] += 1
    return errors


def show(title: str, errors: Counter[tuple[str, ...]]) -> None:
    print(f"== {title}: {sum(errors.values())}")
    for (document, kind, key, quote, detail), count in sorted(errors.items()):
        times = f" x{count}" if count > 1 else ""
        print(f"{LABELS[kind]} {document}  {key}{times}\n       {quote!r}")
        if kind == "mismatch":
            print(f"       {detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--mismatches", action="store_true", help="compare mismatches too")
    args = parser.parse_args()
    before = read_errors(args.before, args.mismatches)
    after = read_errors(args.after, args.mismatches)
    show("fixed", before - after)
    show("introduced", after - before)


if __name__ == "__main__":
    main()
