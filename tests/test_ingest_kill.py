"""Kill -9 in the middle of ``thirdcountry ingest``, run it again: nothing lost, nothing doubled.

The command runs in a real subprocess through the ``thirdcountry`` CLI entry point, once with
its extraction in a child process (``--jobs 1``, which must die with it) and once in the same
process (``--jobs 0``). Its extractor is swapped for the tests' marker extractor, slowed down a
little, so the facts each article must end up with are known exactly and the kill reliably
lands mid-batch. Articles are committed a batch at a time: the kill loses the batch being
stored, whole, and the second run stores it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from thirdcountry.store import Document, FactRecord, make_engine

ORIGINALS = 300
KILL_AFTER = 60
RECEIVING = ["SWZ", "SSD", "RWA", "GHA", "UGA", "SLV", "CRI", "PAN", "HND", "GTM"]
CONTENT = (
    "officials deportees arrived flight court ruling agreement minister migrants asylum "
    "detention prison talks week statement rights groups lawyers judge transfer capital deal "
    "signed reported government embassy spokesperson people country border camp plane"
).split()
# Half the words are English function words, or the sources would refuse the text as foreign.
FUNCTION = "the of and to in that was for on with by from at as were said".split()

RUNNER = """
import sys, time
sys.path.insert(0, {tests!r})
from conftest import MarkerExtractor

class SlowMarkerExtractor(MarkerExtractor):
    def extract(self, text, published=None):
        time.sleep(0.01)
        return super().extract(text, published)

import thirdcountry.extraction
thirdcountry.extraction.Extractor = SlowMarkerExtractor
# An extraction process imports this file again to find SlowMarkerExtractor: not the command.
if __name__ == "__main__":
    from thirdcountry.cli import main
    sys.argv[0] = "thirdcountry"
    main()
"""


def paragraph(rng: random.Random, words: int = 40) -> str:
    pairs = (f"{rng.choice(FUNCTION)} {rng.choice(CONTENT)}" for _ in range(words // 2))
    return " ".join(pairs).capitalize() + "."


def generate(folder: Path) -> dict[str, set[str]]:
    """Write the articles; return the fact keys each canonical article must end up with.

    Every tenth article is followed by an exact duplicate (another file, same text) and every
    tenth, shifted by five, by a syndicated copy (new headline, last paragraph cut).
    """
    folder.mkdir()
    rng = random.Random(20250716)
    expected: dict[str, set[str]] = {}
    for i in range(ORIGINALS):
        receiving = RECEIVING[i % len(RECEIVING)]
        count = 10 + i
        markers = f"[[arrangement USA {receiving} agreed]] [[removal USA {receiving} {count}]]"
        paragraphs = [paragraph(rng) for _ in range(4)]
        text = "\n\n".join([f"Article {i} headline", f"{markers} {paragraphs[0]}",
                            *paragraphs[1:]])
        (folder / f"{i:04d}-a.txt").write_text(text, encoding="utf-8")
        expected[f"{i:04d}-a.txt"] = {f"arrangement:USA:{receiving}:agreed",
                                      f"removal:USA:{receiving}:{count}"}
        if i % 10 == 0:
            (folder / f"{i:04d}-b.txt").write_text(text, encoding="utf-8")
        elif i % 10 == 5:
            copy = "\n\n".join([f"Wire report {i}", *text.split("\n\n")[1:-1]])
            (folder / f"{i:04d}-b.txt").write_text(copy, encoding="utf-8")
    return expected


def stored_documents(engine) -> int:
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(Document)) or 0
    except SQLAlchemyError:  # the schema is not created yet
        return 0


def children_of(pid: int) -> list[int]:
    """Process ids whose parent is ``pid``, from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def running(pid: int) -> bool:
    """Whether the process exists and has not ended (a zombie has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def run_ingest(runner: Path, folder: Path, url: str, jobs: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(runner), "ingest", str(folder), "--db", url, "--jobs", str(jobs)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "COLUMNS": "120"},
    )


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("jobs", [1, 0])
def test_kill_mid_batch_then_rerun_loses_and_duplicates_nothing(
    store_url, tmp_path, jobs
) -> None:
    folder = tmp_path / "articles"
    expected = generate(folder)
    copies = ORIGINALS // 10
    runner = tmp_path / "run_thirdcountry.py"
    runner.write_text(RUNNER.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    engine = make_engine(store_url)

    first = run_ingest(runner, folder, store_url, jobs)
    while first.poll() is None and stored_documents(engine) < KILL_AFTER:
        time.sleep(0.02)
    assert first.poll() is None, "ingest ended before it could be killed: " + "".join(
        first.communicate())
    children = children_of(first.pid)
    assert len(children) >= jobs, "no extraction process beside the ingest command"
    first.send_signal(signal.SIGKILL)
    first.wait()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in children if running(pid)], "a child outlived the killed command"
    engine.dispose()
    stored_at_kill = stored_documents(engine)
    assert first.returncode == -signal.SIGKILL
    assert KILL_AFTER <= stored_at_kill < ORIGINALS + copies
    # The batch being stored when the kill came is rolled back whole: every article the store
    # holds already has all its facts.
    with Session(engine) as session:
        at_kill = {Path(d.origin).name: {f.fact_key for f in d.facts}
                   for d in session.scalars(select(Document)) if d.canonical_id is None}
    assert {name: expected.get(name) for name in at_kill} == at_kill
    engine.dispose()

    second = run_ingest(runner, folder, store_url, jobs)
    output, errors = second.communicate()
    assert second.returncode == 0, output + errors
    assert "failed                        │     0" in output

    with Session(engine) as session:
        documents = session.scalars(select(Document)).all()
        canonical = [d for d in documents if d.canonical_id is None]
        linked = [d for d in documents if d.canonical_id is not None]
        assert (len(canonical), len(linked)) == (ORIGINALS, copies)
        facts_by_file = {Path(d.origin).name: {f.fact_key for f in d.facts} for d in canonical}
        assert facts_by_file == expected
        assert all(d.facts == [] and Path(d.origin).name.endswith("-b.txt") for d in linked)
        total_facts = session.scalar(select(func.count()).select_from(FactRecord))
        assert total_facts == 2 * ORIGINALS
    engine.dispose()
