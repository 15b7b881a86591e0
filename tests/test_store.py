"""The store: settings, engines, documents, facts, curation, re-extraction rules and search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from thirdcountry.config import Settings, database_url_from, default_database_path
from thirdcountry.documents.dedup import fingerprint
from thirdcountry.facts.schema import Arrangement, Evidence, RightsConcern
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import Document, DocumentBand, FactRecord, make_engine, repository
from thirdcountry.store.engine import switch_to_wal
from thirdcountry.store.repository import HIGHLIGHT_END, HIGHLIGHT_START, POSTGRES_SEARCH_VECTOR

ARTICLE = (
    "Eswatini receives deportees from the United States\n"
    "MBABANE — Five men deported from the United States arrived in Eswatini on Wednesday, "
    "officials said. [[arrangement USA SWZ implemented]] Rights groups raised concerns about "
    "their detention in a maximum-security prison. [[concern SWZ]]"
)


def raw(text: str = ARTICLE, **metadata) -> RawDocument:
    return RawDocument(text=text, source="file", origin=metadata.pop("origin", "a.txt"),
                       **metadata)


def store(session: Session, document: RawDocument, facts=(), version="1.0") -> Document:
    stored = repository.add_document(
        session, document, fingerprint(document.text, document.url), extractor_version=version
    )
    repository.add_facts(session, stored.id, list(facts), version)
    return session.get_one(Document, stored.id)


# -- settings and engines ---------------------------------------------------------------------


def test_database_choice_order(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "THIRDCOUNTRY_DB": "sqlite:///env.db"}
    assert Settings.from_environment(database="sqlite:///opt.db", environ=env).database_url == (
        "sqlite:///opt.db"
    )
    assert Settings.from_environment(environ=env).database_url == "sqlite:///env.db"
    del env["THIRDCOUNTRY_DB"]
    default = tmp_path / "data" / "thirdcountry" / "thirdcountry.db"
    assert Settings.from_environment(environ=env).database_url == f"sqlite:///{default}"
    assert Settings.from_environment(environ={**env, "THIRDCOUNTRY_DB": ""}).database_url == (
        f"sqlite:///{default}"
    )
    assert default_database_path({"HOME": "/x"}).name == "thirdcountry.db"
    with pytest.raises(ValueError, match="empty database URL or path"):
        Settings.from_environment(database="", environ=env)


def test_database_url_forms(tmp_path: Path) -> None:
    assert database_url_from(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url_from("postgresql://u@h:5/db") == "postgresql+psycopg://u@h:5/db"
    assert database_url_from("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url_from("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(ValueError, match="empty"):
        database_url_from("  ")


def test_sqlite_engine_pragmas_and_folder(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'folder' / 'x.db'}")
    with engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    engine.dispose()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 1,
                      "busy_timeout": 30000}


class _CursorLockedFor:
    """A DB-API cursor whose first ``times`` statements fail as SQLite's do under contention."""

    def __init__(self, times: int, message: str = "database is locked") -> None:
        self.failures_left, self.message, self.statements = times, message, []

    def execute(self, statement: str) -> None:
        self.statements.append(statement)
        if self.failures_left:
            self.failures_left -= 1
            raise sqlite3.OperationalError(self.message)


def test_switch_to_wal_waits_out_a_locked_new_file() -> None:
    # Three processes opening one new database at once: the switch to WAL may be refused as
    # "locked" at once, whatever the busy timeout (about 1 in 150 triple first uses).
    cursor = _CursorLockedFor(times=2)
    switch_to_wal(cursor)
    assert cursor.statements == ["PRAGMA journal_mode=WAL"] * 3


def test_switch_to_wal_does_not_retry_other_errors() -> None:
    cursor = _CursorLockedFor(times=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        switch_to_wal(cursor)
    assert len(cursor.statements) == 1


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url"])
def test_unsupported_database_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="database"):
        make_engine(url)


# -- documents and facts ----------------------------------------------------------------------


def test_document_round_trip_and_duplicates(engine) -> None:
    document = raw(url="https://www.example.org/story/?utm_source=x", title="Eswatini",
                   outlet="Example Wire", author="A. Writer", published="2025-07-16",
                   language="en", warnings=["decoded as cp1252"])
    with Session(engine) as session, session.begin():
        stored = store(session, document)
        document_id = stored.id
    with Session(engine) as session:
        row = session.get_one(Document, document_id)
        assert (row.text, row.title, row.url, row.outlet, row.author, row.published) == (
            ARTICLE, "Eswatini", document.url, "Example Wire", "A. Writer", "2025-07-16")
        assert row.url_key == "https://example.org/story"
        assert row.warnings == ["decoded as cp1252"] and row.source_kind == "file"
        assert row.canonical_id is None and row.ingested_at is not None
        assert session.scalar(select(func.count()).select_from(DocumentBand)) == 32
        same_url = fingerprint("Another text entirely.", "http://example.org/story")
        same_text = fingerprint(ARTICLE.upper().replace(" ", "  "), None)
        assert repository.find_duplicate(session, same_url) == document_id
        assert repository.find_duplicate(session, same_text) == document_id
        assert repository.find_duplicate(session, fingerprint("Other.", None)) is None


def test_duplicate_text_is_refused_by_the_database(engine) -> None:
    with Session(engine) as session, session.begin():
        store(session, raw())
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        store(session, raw(origin="b.txt"))


def test_malformed_published_date_is_dropped_with_a_warning(engine) -> None:
    with Session(engine) as session, session.begin():
        stored = store(session, raw(published="July 2025"))
        assert stored.published is None
        assert stored.warnings == ["published date 'July 2025' is not YYYY[-MM[-DD]], not stored"]


def test_facts_keep_typed_columns_and_full_json(engine, marker_extractor) -> None:
    facts = marker_extractor.extract(ARTICLE + " [[removal USA SWZ 5]] [[legal USA blocked]]")
    with Session(engine) as session, session.begin():
        document = store(session, raw(ARTICLE + " [[removal USA SWZ 5]] [[legal USA blocked]]"),
                         facts, version="9.9")
        document_id = document.id
    with Session(engine) as session:
        records = session.scalars(select(FactRecord).order_by(FactRecord.id)).all()
        assert [r.fact_key for r in records] == [
            "arrangement:USA:SWZ:implemented", "rights_concern:SWZ", "removal:USA:SWZ:5",
            "legal_action:USA:blocked"]
        arrangement, concern, removal, legal = records
        assert (arrangement.type, arrangement.deporting_country, arrangement.receiving_country,
                arrangement.stage, arrangement.kind, arrangement.date) == (
            "arrangement", "USA", "SWZ", "implemented", "third_country_removal", "2025-07")
        assert (concern.country, concern.concern) == ("SWZ", "mistreatment of detainees")
        assert (removal.count, removal.count_qualifier, removal.date) == (5, "exact", "2025-07-16")
        assert (legal.jurisdiction, legal.outcome, legal.court) == ("USA", "blocked",
                                                                    "federal judge")
        for record, fact in zip(records, facts, strict=True):
            assert record.document_id == document_id and record.status == "automatic"
            assert record.extractor_version == "9.9" and record.rule == fact.rule
            assert record.data == fact.to_dict(explain=True)
            assert repository.fact_from_record(record) == fact
            text_ = record.document.text
            assert text_[record.evidence_start:record.evidence_end] == record.evidence_quote


def test_fact_keys_number_repeats_in_text_order() -> None:
    def concern(start: int) -> RightsConcern:
        return RightsConcern(country="SWZ", concern="x", certainty="reported",
                             attributed_to=None, evidence=Evidence("q", start, start + 1))

    facts = [concern(50), concern(10), concern(30)]
    assert repository.fact_keys(facts) == [
        "rights_concern:SWZ#3", "rights_concern:SWZ", "rights_concern:SWZ#2"]
    assert repository.fact_keys(list(reversed(facts))) == [
        "rights_concern:SWZ#2", "rights_concern:SWZ", "rights_concern:SWZ#3"]


def test_fact_status_is_checked_by_code_and_database(engine, marker_extractor) -> None:
    with Session(engine) as session, session.begin():
        document = store(session, raw(), marker_extractor.extract(ARTICLE))
        fact_id = document.facts[0].id
    with Session(engine) as session, session.begin():
        with pytest.raises(ValueError, match="unknown fact status"):
            repository.set_fact_status(session, fact_id, "approved")
        assert repository.set_fact_status(session, fact_id, "confirmed").status == "confirmed"
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        session.execute(update(FactRecord).values(status="approved"))


def test_edit_fact_keeps_key_and_rejects_type_change(engine, marker_extractor) -> None:
    with Session(engine) as session, session.begin():
        document = store(session, raw(), marker_extractor.extract(ARTICLE))
        arrangement_id, concern_id = (f.id for f in document.facts)
    corrected = Arrangement(deporting_country="USA", receiving_country="SWZ", kind="detention",
                            stage="agreed", date="2025-06", certainty="confirmed",
                            attributed_to="DHS", evidence=Evidence("x", 0, 1))
    with Session(engine) as session, session.begin():
        record = repository.edit_fact(session, arrangement_id, corrected)
        assert (record.status, record.stage, record.kind, record.fact_key) == (
            "edited", "agreed", "detention", "arrangement:USA:SWZ:implemented")
        assert record.data == corrected.to_dict(explain=True)
        with pytest.raises(ValueError, match="is a rights_concern"):
            repository.edit_fact(session, concern_id, corrected)


def test_replace_automatic_facts_spares_curated_ones(engine, marker_extractor) -> None:
    first = ARTICLE + " [[removal USA SWZ 5]] [[legal USA pending]] [[legal USA blocked]]"
    with Session(engine) as session, session.begin():
        document = store(session, raw(first), marker_extractor.extract(first), version="1")
        ids = {f.fact_key: f.id for f in document.facts}
        repository.set_fact_status(session, ids["rights_concern:SWZ"], "rejected")
        repository.set_fact_status(session, ids["removal:USA:SWZ:5"], "confirmed")
        repository.set_fact_status(session, ids["legal_action:USA:blocked"], "edited")
        document_id = document.id
    # The new extraction finds the arrangement and all curated keys again, drops the pending
    # ruling, and finds one new fact.
    second = first.replace("[[legal USA pending]]", "[[arrangement USA SWZ agreed]]")
    with Session(engine) as session, session.begin():
        document = session.get_one(Document, document_id)
        counts = repository.replace_automatic_facts(
            session, document, marker_extractor.extract(second), "2")
        assert counts == repository.ReplaceCounts(added=1, updated=1, removed=1, kept_curated=2,
                                                  suppressed_rejected=1)
        assert document.extractor_version == "2"
    with Session(engine) as session:
        rows = {f.fact_key: f for f in session.scalars(select(FactRecord))}
        assert set(rows) == {"arrangement:USA:SWZ:implemented", "arrangement:USA:SWZ:agreed",
                             "rights_concern:SWZ", "removal:USA:SWZ:5", "legal_action:USA:blocked"}
        assert rows["arrangement:USA:SWZ:implemented"].id == ids["arrangement:USA:SWZ:implemented"]
        assert rows["arrangement:USA:SWZ:implemented"].extractor_version == "2"
        assert rows["rights_concern:SWZ"].status == "rejected"
        assert rows["removal:USA:SWZ:5"].extractor_version == "1"
        assert rows["arrangement:USA:SWZ:agreed"].status == "automatic"


def test_deleting_a_document_deletes_its_facts_and_bands(engine, marker_extractor) -> None:
    with Session(engine) as session, session.begin():
        document_id = store(session, raw(), marker_extractor.extract(ARTICLE)).id
    with Session(engine) as session, session.begin():
        session.execute(text("DELETE FROM documents WHERE id = :id"), {"id": document_id})
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(FactRecord)) == 0
        assert session.scalar(select(func.count()).select_from(DocumentBand)) == 0


def test_canonical_document_ids_leave_out_copies(engine) -> None:
    with Session(engine) as session, session.begin():
        first = store(session, raw())
        copy = raw(ARTICLE + " Updated.", origin="b.txt")
        repository.add_document(session, copy, fingerprint(copy.text), copy_of=(first.id, 0.9))
        assert repository.canonical_document_ids(session) == [first.id]


# -- full-text search -------------------------------------------------------------------------


def test_search_finds_stems_phrases_and_marks_matches(engine) -> None:
    with Session(engine) as session, session.begin():
        eswatini = store(session, raw(title="Eswatini")).id
        store(session, raw("Italy opened two centres in Albania for migrants rescued at sea.",
                           origin="b.txt", title="Albania centres"))
    with Session(engine) as session:
        hits = repository.search_documents(session, "deported", limit=5)
        assert [h.document_id for h in hits] == [eswatini]
        assert HIGHLIGHT_START + "deported" + HIGHLIGHT_END in hits[0].snippet
        assert hits[0].title == "Eswatini" and hits[0].score > 0
        assert [h.title for h in repository.search_documents(session, "centre albania")] == [
            "Albania centres"]
        assert repository.search_documents(session, '"maximum-security prison"')
        assert not repository.search_documents(session, '"prison maximum-security"')
        assert not repository.search_documents(session, "Eswatini Albania")


@pytest.mark.parametrize("query", ['"unclosed', "AND OR NOT", "(*) ^ :", "", "col:value NEAR("])
def test_search_accepts_any_user_input(engine, query: str) -> None:
    with Session(engine) as session, session.begin():
        store(session, raw())
    with Session(engine) as session:
        assert isinstance(repository.search_documents(session, query), list)


def test_search_index_follows_updates_and_deletes(engine) -> None:
    with Session(engine) as session, session.begin():
        document = store(session, raw(title="Eswatini"))
        document_id = document.id
    with Session(engine) as session, session.begin():
        session.get_one(Document, document_id).title = "Mbabane flight"
    with Session(engine) as session:
        assert [h.document_id for h in repository.search_documents(session, "mbabane flight")] \
            == [document_id]
    with Session(engine) as session, session.begin():
        session.delete(session.get_one(Document, document_id))
    with Session(engine) as session:
        assert repository.search_documents(session, "Eswatini") == []


def test_search_uses_the_full_text_index(engine) -> None:
    with Session(engine) as session, session.begin():
        store(session, raw())
        if engine.dialect.name == "sqlite":
            plan = session.execute(text(
                "EXPLAIN QUERY PLAN SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'x'"
            )).all()
            assert any("VIRTUAL TABLE INDEX" in str(row) for row in plan)
        else:
            session.execute(text("SET LOCAL enable_seqscan = off"))
            plan = session.execute(text(
                f"EXPLAIN SELECT id FROM documents AS d WHERE {POSTGRES_SEARCH_VECTOR} "
                "@@ websearch_to_tsquery('english', 'x')"
            )).scalars().all()
            assert any("ix_documents_search" in line for line in plan), plan
