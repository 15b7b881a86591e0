"""Ingestion with extraction in child processes: the same store as in-process, failures named.

The children are real spawned processes; they build their extractors from classes and
partials of this module and of conftest, which they import again by name.
"""

from __future__ import annotations

import os
import random
from functools import partial

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import MarkerExtractor
from test_ingest import articles, doc
from test_ingest_kill import paragraph
from thirdcountry.extraction_processes import ExtractionProcessError, ExtractionProcesses
from thirdcountry.ingest import ingest
from thirdcountry.store import Document, FactRecord, ensure_current, make_engine

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


class DyingExtractor(MarkerExtractor):
    """Ends its process on a text saying ``[[die]]``, as a crash in the parser would."""

    def extract(self, text: str, published: str | None = None):
        if "[[die]]" in text:
            os._exit(3)
        return super().extract(text, published)


def unbuildable() -> MarkerExtractor:
    raise OSError("no spaCy model here")


def mixed_items():
    """Articles, then an exact repeat and a syndicated copy of them in later batches, so that
    batches are looked up while the ones holding their originals still wait to be stored."""
    originals = articles()
    copy = doc("copy", originals[0].text.replace("Eswatini takes deportees",
                                                 "Wire: kingdom receives men"))
    rng = random.Random(7)
    more = [doc(f"more{i}", f"Report {i}\n{paragraph(rng)} [[removal USA GHA {10 + i}]]")
            for i in range(5)]
    return [*originals, copy, more[0], doc("repeat", originals[1].text), *more[1:]]


def stored(engine):
    with Session(engine) as session:
        documents = session.execute(
            select(Document.id, Document.origin, Document.canonical_id, Document.similarity,
                   Document.extractor_version).order_by(Document.id)).all()
        facts = session.execute(
            select(FactRecord.id, FactRecord.document_id, FactRecord.fact_key, FactRecord.data)
            .order_by(FactRecord.id)).all()
    return [tuple(row) for row in documents], [tuple(row) for row in facts]


def counts(summary):
    return (summary.read, summary.new, summary.duplicates, summary.near_duplicates,
            summary.facts_added, [f.reason for f in summary.failures])


@pytest.mark.parametrize("processes", [1, 2])
def test_same_store_as_extracting_in_process(engine, tmp_path, processes) -> None:
    reference = make_engine(f"sqlite:///{tmp_path / 'in-process.db'}")
    ensure_current(reference)
    expected = ingest(mixed_items(), reference, MarkerExtractor(), batch_size=2)
    with ExtractionProcesses(MarkerExtractor, processes, batch_size=2) as extraction:
        summary = ingest(mixed_items(), engine, extraction, batch_size=2)
        assert len(extraction.pids) == processes
    assert counts(summary) == counts(expected)
    assert (summary.duplicates, summary.near_duplicates) == (1, 1)
    assert stored(engine) == stored(reference)
    reference.dispose()


def test_a_failing_document_fails_alone(engine) -> None:
    make = partial(MarkerExtractor, fail_on="Judge halts")
    with ExtractionProcesses(make, batch_size=2) as processes:
        summary = ingest(mixed_items(), engine, processes, batch_size=2)
    assert [f.reason for f in summary.failures] == [
        "court.txt: extraction failed: cannot parse Judge halts"]
    assert summary.new == 7


def test_a_dead_process_is_a_clear_error_and_keeps_what_was_stored(engine) -> None:
    items = [*mixed_items(), doc("crash", "Parser crash [[die]]"), *articles()]
    with ExtractionProcesses(DyingExtractor, batch_size=2) as processes:
        with pytest.raises(ExtractionProcessError, match=r"ended unexpectedly \(exit code 3\)"):
            ingest(items, engine, processes, batch_size=2)
        assert processes.pids == [], "the processes are stopped after a failed run"
        # The same object starts new processes for the next run.
        summary = ingest(articles(), engine, processes, batch_size=2)
    assert summary.duplicates == 3
    with Session(engine) as session:
        assert {"eswatini.txt", "salvador.txt", "court.txt"} <= set(
            session.scalars(select(Document.origin)))


def test_an_extractor_that_cannot_be_built_is_a_clear_error(engine) -> None:
    with ExtractionProcesses(unbuildable) as processes, pytest.raises(
        ExtractionProcessError, match="could not build its extractor: no spaCy model here"
    ):
        ingest(articles(), engine, processes)
