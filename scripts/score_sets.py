"""Score the extractor on the project's gold sets, or parts of them, on every core.

    python scripts/score_sets.py dev gen sealed
    python scripts/score_sets.py sealed:dm,dn gen:dq --by-type --rules-only
    python scripts/score_sets.py gen --errors /tmp/gen.errors --dump /tmp/gen-pred

A group is ``dev`` (../shared/corpus/dev), ``gen`` or ``sealed`` (tests/corpus/), or any gold
folder; ``GROUP:xx,yy`` keeps the documents whose id starts with one of those prefixes.
``--errors`` writes every miss, false positive and mismatch, one JSON object a line, for
``scripts/error_diff.py``. It refuses the sealed set: sealed articles are scored, never read.
``--dump`` keeps the predictions, one ``.facts.jsonl`` per document, for comparing the
output of two versions of the code byte for byte.

``thirdcountry score`` scores one folder for users; this is the developers' loop over many,
split across processes because the whole of gen takes minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from thirdcountry.facts.jsonl import write_facts
from thirdcountry.facts.score_report import ScoreReport, Tally
from thirdcountry.facts.scoring import _read_published, gold_document_ids, score_folder

ROOT = Path(__file__).resolve().parent.parent
NAMED_GROUPS = {
    "dev": ROOT.parent / "shared" / "corpus" / "dev",
    "gen": ROOT / "tests" / "corpus" / "gen",
    "sealed": ROOT / "tests" / "corpus" / "sealed",
}
SEALED = NAMED_GROUPS["sealed"].resolve()


def parse_group(spec: str) -> tuple[str, Path, tuple[str, ...]]:
    """``name[:prefix,...]`` -> (label, folder, prefixes)."""
    name, _, prefixes = spec.partition(":")
    folder = NAMED_GROUPS.get(name, Path(name))
    if not folder.is_dir():
        sys.exit(f"{spec}: no such group or folder")
    return spec, folder, tuple(p for p in prefixes.split(",") if p)


def prediction_folder(folder: Path, prefixes: tuple[str, ...]) -> str:
    """Where ``--dump`` keeps a group's predictions: ``<folder name>[_<prefix>...]``."""
    return "_".join((folder.name, *prefixes))


def extract_shard(folder: str, ids: list[str], out_dir: str, checks: bool) -> None:
    """Extract each document of ``ids`` and write its facts to ``out_dir/<id>.facts.jsonl``."""
    from thirdcountry.extraction import Extractor

    extractor = Extractor(checks=checks)
    for doc_id in ids:
        text = (Path(folder) / f"{doc_id}.txt").read_bytes().decode("utf-8")
        # the scorer's own reading of a meta file, so that both read the same date
        published = _read_published(Path(folder) / f"{doc_id}.meta.json")
        with open(Path(out_dir) / f"{doc_id}.facts.jsonl", "w", encoding="utf-8") as out:
            write_facts(extractor.extract(text, published), out, explain=True)


def score_group(
    folder: Path, prefixes: tuple[str, ...], pred_dir: Path, checks: bool, jobs: int
) -> ScoreReport:
    ids = [i for i in gold_document_ids(folder) if not prefixes or i.startswith(prefixes)]
    if not ids:
        sys.exit(f"{folder}: no document starts with {', '.join(prefixes)}")
    pred_dir.mkdir(parents=True, exist_ok=True)
    shards = [ids[k::jobs] for k in range(jobs)]
    with ProcessPoolExecutor(jobs) as pool:
        for done in [
            pool.submit(extract_shard, str(folder), shard, str(pred_dir), checks)
            for shard in shards
            if shard
        ]:
            done.result()
    # score_folder scores every document of a folder, so a prefix filter scores a folder of
    # links to the chosen documents.
    with tempfile.TemporaryDirectory() as chosen:
        for doc_id in ids:
            for suffix in (".txt", ".facts.jsonl", ".meta.json"):
                source = folder / f"{doc_id}{suffix}"
                if source.exists():
                    os.symlink(source.resolve(), Path(chosen) / source.name)
        return score_folder(Path(chosen), pred_dir=pred_dir)


def figures(tally: Tally) -> str:
    def show(value: float | None) -> str:
        return "  -  " if value is None else f"{value:.3f}"

    return (
        f"P {show(tally.precision)}  R {show(tally.recall)}  F1 {show(tally.f1)}  "
        f"(tp {tally.true_positives}, fp {tally.false_positives}, fn {tally.false_negatives})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="+", help="dev, gen, sealed, a folder; GROUP:xx,yy")
    parser.add_argument("--rules-only", action="store_true", help="leave out the checks")
    parser.add_argument("--by-type", action="store_true", help="figures per fact type too")
    parser.add_argument("--errors", type=Path, help="write every discrepancy to this file")
    parser.add_argument("--dump", type=Path, help="keep the predictions under this folder")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    groups = [parse_group(spec) for spec in args.groups]
    if args.errors and any(folder.resolve() == SEALED for _, folder, _ in groups):
        sys.exit("--errors lists sealed articles' facts: sealed sets are scored, never read")
    if args.dump and any(
        (args.dump / prediction_folder(folder, prefixes)).resolve() == folder.resolve()
        for _, folder, prefixes in groups
    ):
        sys.exit("--dump would write predictions over a gold folder's gold")

    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for label, folder, prefixes in groups:
            pred_dir = (args.dump or Path(scratch)) / prediction_folder(folder, prefixes)
            report = score_group(folder, prefixes, pred_dir, not args.rules_only, args.jobs)
            reports.append((label, report))
            print(f"{label:<24} {len(report.documents):>5} docs  {figures(report.overall())}")
            if args.by_type:
                for fact_type, tally in report.by_type().items():
                    print(f"  {fact_type:<22} {figures(tally)}")
    if len(reports) > 1:
        total = sum((report.overall() for _, report in reports), Tally(0, 0, 0))
        print(f"{'all':<24} {sum(len(r.documents) for _, r in reports):>5} docs  {figures(total)}")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            for label, report in reports:
                for discrepancy in report.discrepancies():
                    print(json.dumps({"group": label, **discrepancy.to_dict()}), file=out)


if __name__ == "__main__":
    main()
