"""Ingestion and re-extraction: dedup outcomes, failures, the tracker hook, and the commands."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from thirdcountry.cli import app
from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.ingest import ingest, reextract
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import Document, FactRecord, repository

BODY = (
    "Officials said on Wednesday that five men deported from the United States had arrived "
    "in the capital after a long flight, and that they were being held at a prison outside "
    "the city while their cases were reviewed by the authorities. Lawyers for the men said "
    "they had not been told where they were going before the plane took off."
)


def doc(name: str, text: str, url: str | None = None, published: str | None = "2025-07-16"):
    return RawDocument(text=text, source="file", origin=f"{name}.txt", url=url,
                       published=published)


def articles() -> list[RawDocument]:
    return [
        doc("eswatini", f"Eswatini takes deportees\n{BODY} [[arrangement USA SWZ implemented]] "
            "[[concern SWZ]]", url="https://example.org/eswatini"),
        doc("salvador", "Flights land in El Salvador\nThe government said 238 men were sent to "
            "a prison known as CECOT under the Alien Enemies Act. [[removal USA SLV 238]]"),
        doc("court", "Judge halts transfers\nA federal judge blocked the transfers on Friday, "
            "lawyers said, pending a full hearing. [[legal USA blocked]]"),
    ]


def count(engine, model) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_ingest_stores_documents_and_facts_once(engine, marker_extractor) -> None:
    summary = ingest(articles(), engine, marker_extractor, extractor_version="7")
    assert (summary.read, summary.new, summary.duplicates, summary.near_duplicates) == (3, 3, 0, 0)
    assert (summary.facts_added, summary.failures) == (4, [])
    with Session(engine) as session:
        facts = session.scalars(select(FactRecord).order_by(FactRecord.id)).all()
        assert [f.fact_key for f in facts] == ["arrangement:USA:SWZ:implemented",
                                               "rights_concern:SWZ", "removal:USA:SLV:238",
                                               "legal_action:USA:blocked"]
        for fact in facts:
            assert fact.document.text[fact.evidence_start:fact.evidence_end] == (
                fact.evidence_quote)
            assert fact.extractor_version == "7" and fact.document.extractor_version == "7"
    again = ingest(articles(), engine, marker_extractor)
    assert (again.read, again.new, again.duplicates, again.facts_added) == (3, 0, 3, 0)
    assert count(engine, Document) == 3 and count(engine, FactRecord) == 4


def test_duplicates_by_url_or_text_are_not_extracted(engine, marker_extractor) -> None:
    ingest(articles(), engine, marker_extractor)
    marker_extractor.seen.clear()
    repeats = [
        doc("same-url", "A different text entirely [[concern RWA]]",
            url="http://www.example.org/eswatini/?utm_source=feed"),
        doc("same-text", articles()[1].text.upper() + "  "),
    ]
    summary = ingest(repeats, engine, marker_extractor)
    assert (summary.duplicates, summary.new, marker_extractor.seen) == (2, 0, [])


def test_syndicated_copy_is_linked_and_adds_no_facts(engine, marker_extractor) -> None:
    original = articles()[0]
    copy = doc("copy", original.text.replace("Eswatini takes deportees", "Deportees in Mbabane")
               .replace(" Lawyers for the men said they had not been told where they were going "
                        "before the plane took off.", ""), url="https://other.example/x")
    summary = ingest([original, copy], engine, marker_extractor)  # both in one batch
    assert (summary.new, summary.near_duplicates, summary.facts_added) == (1, 1, 2)
    assert ingest([copy], engine, marker_extractor).duplicates == 1
    with Session(engine) as session:
        stored_copy = session.scalars(select(Document).where(Document.origin == "copy.txt")).one()
        canonical = session.scalars(select(Document).where(Document.origin == "eswatini.txt")).one()
        assert stored_copy.canonical_id == canonical.id and stored_copy.similarity >= 0.5
        assert stored_copy.facts == [] and stored_copy.extractor_version is None
        assert len(canonical.facts) == 2


def test_copy_found_before_extraction_skips_the_extractor(engine, marker_extractor) -> None:
    original = articles()[0]
    ingest([original], engine, marker_extractor)
    marker_extractor.seen.clear()
    copy = doc("copy", original.text.replace("Eswatini takes deportees", "Wire copy"))
    summary = ingest([copy], engine, marker_extractor)
    assert (summary.near_duplicates, summary.new, marker_extractor.seen) == (1, 0, [])


def test_bad_items_fail_alone_with_their_reason(engine, marker_extractor) -> None:
    marker_extractor.fail_on = "Judge halts"
    items = [
        SourceError(SkipReason.BINARY, "junk.bin", "binary file (NUL bytes)"),
        *articles(),
        doc("nul", "Text with a NUL \x00 byte that PostgreSQL refuses. [[concern SWZ]]"),
    ]
    summary = ingest(items, engine, marker_extractor, batch_size=2)
    reasons = {f.origin: f.reason for f in summary.failures}
    assert reasons["junk.bin"] == "junk.bin: binary file (NUL bytes), skipped"
    assert reasons["court.txt"] == "court.txt: extraction failed: cannot parse Judge halts"
    assert summary.read == 5 and summary.new + summary.failed == 5
    assert count(engine, Document) == summary.new
    if engine.dialect.name == "postgresql":
        assert reasons["nul.txt"].startswith("nul.txt: could not store: ")


def test_a_failing_hook_rolls_back_its_document_only(engine, marker_extractor) -> None:
    calls: list[tuple[str, list[str]]] = []

    def hook(session: Session, document: Document, facts: list[FactRecord]) -> None:
        calls.append((document.origin, [f.fact_key for f in facts]))
        assert session.in_transaction() and document.id is not None
        if document.origin == "court.txt":
            raise RuntimeError("tracker could not place this ruling")

    summary = ingest(articles(), engine, marker_extractor, on_document=hook)
    each = [("eswatini.txt", ["arrangement:USA:SWZ:implemented", "rights_concern:SWZ"]),
            ("salvador.txt", ["removal:USA:SLV:238"]),
            ("court.txt", ["legal_action:USA:blocked"])]
    # First in the batch's transaction, which the failure rolls back, then one per document.
    assert calls == each + each
    assert [f.reason for f in summary.failures] == [
        "court.txt: could not store: tracker could not place this ruling"]
    with Session(engine) as session:
        origins = set(session.scalars(select(Document.origin)))
        assert origins == {"eswatini.txt", "salvador.txt"}
        assert session.scalar(select(func.count()).select_from(FactRecord)) == 3


def test_progress_sees_every_item(engine, marker_extractor) -> None:
    seen: list[int] = []
    ingest([*articles(), articles()[0]], engine, marker_extractor, batch_size=2,
           progress=lambda summary: seen.append(summary.read))
    assert len(seen) == 4 and seen[-1] == 4


def test_reextract_updates_automatic_facts_only(engine, marker_extractor) -> None:
    ingest(articles(), engine, marker_extractor, extractor_version="1")
    with Session(engine) as session, session.begin():
        keys = {f.fact_key: f.id for f in session.scalars(select(FactRecord))}
        repository.set_fact_status(session, keys["rights_concern:SWZ"], "rejected")
        repository.set_fact_status(session, keys["legal_action:USA:blocked"], "confirmed")
    hooked: list[str] = []
    summary = reextract(engine, marker_extractor, extractor_version="2",
                        on_document=lambda s, d, f: hooked.append(d.origin))
    assert (summary.documents, summary.updated, summary.added, summary.removed) == (3, 2, 0, 0)
    assert (summary.kept_curated, summary.suppressed_rejected, summary.failed) == (1, 1, 0)
    assert hooked == ["eswatini.txt", "salvador.txt", "court.txt"]
    with Session(engine) as session:
        versions = {f.fact_key: (f.status, f.extractor_version)
                    for f in session.scalars(select(FactRecord))}
    assert versions == {"arrangement:USA:SWZ:implemented": ("automatic", "2"),
                        "removal:USA:SLV:238": ("automatic", "2"),
                        "rights_concern:SWZ": ("rejected", "1"),
                        "legal_action:USA:blocked": ("confirmed", "1")}


def test_reextract_failure_keeps_the_document_facts(engine, marker_extractor) -> None:
    ingest(articles(), engine, marker_extractor)
    marker_extractor.fail_on = "Flights land"
    summary = reextract(engine, marker_extractor)
    assert [f.origin for f in summary.failures] == ["salvador.txt"]
    assert count(engine, FactRecord) == 4


# -- the commands, with the real extractor ----------------------------------------------------


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for raw in articles():
        (folder / raw.origin).write_text(raw.text, encoding="utf-8")
        meta = {"published": raw.published, "url": raw.url, "title": raw.text.split("\n")[0]}
        (folder / raw.origin.replace(".txt", ".meta.json")).write_text(json.dumps(meta))


def test_ingest_command_is_idempotent_and_lists_failures(store_url, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", store_url])
    assert first.exit_code == 1, first.output
    assert "new documents" in first.output and "broken.txt" in first.output
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip()
            for line in first.output.splitlines() if line.count("│") == 3}
    assert rows["read"] == "4" and rows["new documents"] == "3" and rows["failed"] == "1"
    second = runner.invoke(app, ["ingest", str(folder / "eswatini.txt"), "--db", store_url])
    assert second.exit_code == 0, second.output
    assert "duplicates (same URL or text) │     1" in second.output


def test_ingest_command_needs_a_source(store_url) -> None:
    result = CliRunner().invoke(app, ["ingest", "--db", store_url])
    assert result.exit_code == 2 and "give at least one SOURCE, or --examples" in result.output


def test_ingest_examples_and_reextract_commands(store_url) -> None:
    examples = sorted(Path(str(files("thirdcountry") / "examples")).glob("*.txt"))
    if not examples:
        pytest.skip("no example articles in the package")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "--examples", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert f"│ read                          │ {len(examples):>5} │" in result.output
    assert "near-duplicate copies linked  │     1 │" in result.output
    result = runner.invoke(app, ["reextract", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert f"│ documents               │ {len(examples) - 1:>5} │" in result.output
