"""Keep the tracker's tables current: per ingested document, in batches, and by full rebuilds.

Every stored document touches some pairs and countries. The ingestion hooks below record the
document in ``tracker_pending_documents`` (and what it touches in ``tracker_pending``) inside
the document's own transaction, so what a document brings is never lost, even if the process
is killed right after. Catching up then folds each pending document's facts into the
tracker's buckets, which costs O(its facts) however many facts its pairs already have, and
merges the buckets of the pairs and countries it touched into their rows
(``tracker.materialise``); so there are two hooks:

* :func:`update_for_document` records and catches up at once: the tracker is current after
  every document.
* :func:`mark_for_update` only records (two small ``INSERT`` s); :func:`catch_up` (or
  :func:`refresh_pending` in an open transaction) later folds every pending document and
  merges every pair and country they touched once, however many documents touched it.
  ``thirdcountry ingest`` does this after its run, and the reading commands before they read.

:func:`refresh` refolds pairs and countries named by the caller from their facts (after a
curator confirms, edits or rejects a fact). :func:`rebuild` refolds everything
(:func:`rebuild_all` in a transaction of its own); ``thirdcountry reextract`` runs it afterwards,
since re-extraction can move facts between pairs. A document whose folded facts changed is
refolded the same way when it is pending again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Engine, delete, func, select, text, tuple_, union
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from thirdcountry.store.engine import writer
from thirdcountry.store.tables import FactRecord
from thirdcountry.tracker.materialise import (
    Folded,
    Pair,
    fold_documents,
    pair_subject,
    refresh_countries,
    reset_subjects,
    subject_pair,
)
from thirdcountry.tracker.merging import merge_subjects
from thirdcountry.tracker.records import CHUNK, PAIR_TYPES, among
from thirdcountry.tracker.tables import (
    BucketFactRow,
    BucketLinkRow,
    BucketRow,
    CountryRow,
    DisputeRow,
    EntryLinkRow,
    EntryRow,
    PairStatusRow,
    PendingDocumentRow,
    PendingRow,
    RemovalEventFactRow,
    RemovalEventRow,
    SubjectRow,
)

if TYPE_CHECKING:
    from thirdcountry.store.repository import StoredDocument

# The mark a migration leaves when the tracker's tables must be rebuilt from the facts.
REBUILD_SCOPE = "rebuild"


class FactLike(Protocol):
    """The country columns of a stored fact (a ``FactRecord`` or a row with those names)."""

    type: str
    deporting_country: str | None
    receiving_country: str | None
    country: str | None
    jurisdiction: str | None


@dataclass(frozen=True, slots=True)
class Touched:
    """The pairs and countries some facts are about."""

    pairs: frozenset[Pair]
    countries: frozenset[str]


@dataclass(frozen=True, slots=True)
class RebuildSummary:
    """What :func:`rebuild` wrote."""

    pairs: int
    removal_events: int
    countries: int


def touched_by(facts: Iterable[FactLike]) -> Touched:
    """Return the pairs (arrangements, removals) and countries (all four types) of some facts."""
    pairs: set[Pair] = set()
    countries: set[str] = set()
    for fact in facts:
        if fact.type in PAIR_TYPES and fact.deporting_country and fact.receiving_country:
            pairs.add((fact.deporting_country, fact.receiving_country))
        countries.update(
            c for c in (fact.deporting_country, fact.receiving_country, fact.country,
                        fact.jurisdiction) if c
        )
    return Touched(frozenset(pairs), frozenset(countries))


def mark_for_update(
    session: Session, document: StoredDocument, facts: Sequence[FactLike]
) -> None:
    """Record a stored document and what it touches, for :func:`catch_up` (an ingestion hook).

    Args:
        session: the session the document was stored in (not committed yet).
        document: the stored document; for a syndicated copy, the story it copies gains a
            source, so that story's pairs are recorded.
        facts: its facts as stored now (none for a copy).
    """
    connection = session.connection()
    if document.canonical_id is not None:
        facts = connection.execute(
            select(FactRecord.type, FactRecord.deporting_country, FactRecord.receiving_country,
                   FactRecord.country, FactRecord.jurisdiction)
            .where(FactRecord.document_id == document.canonical_id)
        ).all()
    touched = touched_by(facts)
    rows = [{"scope": "pair", "key": f"{dep}:{rec}"} for dep, rec in sorted(touched.pairs)]
    rows += [{"scope": "country", "key": iso3} for iso3 in sorted(touched.countries)]
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        connection.execute(_POSTGRES_MARK, {
            "document_id": document.id, "scopes": [row["scope"] for row in rows],
            "keys": [row["key"] for row in rows]})
        return
    mark_keys, mark_document = _sqlite_mark_statements()
    connection.execute(mark_keys, [dict(row, generation=1) for row in rows])
    connection.execute(mark_document, {"document_id": document.id})


# On PostgreSQL both marks are one statement, one round trip: the document's mark as a CTE,
# the keys unnested from two arrays. A key marked again while a catch-up runs gets a new
# generation and so survives it.
_POSTGRES_MARK = text("""
    WITH marked_document AS (
        INSERT INTO tracker_pending_documents (document_id) VALUES (:document_id)
        ON CONFLICT DO NOTHING
    )
    INSERT INTO tracker_pending (scope, key, generation)
    SELECT scope, key, 1 FROM unnest(CAST(:scopes AS varchar[]), CAST(:keys AS varchar[]))
        AS marks (scope, key)
    ON CONFLICT (scope, key) DO UPDATE SET generation = tracker_pending.generation + 1
""")


@lru_cache(maxsize=1)
def _sqlite_mark_statements() -> tuple[Any, Any]:
    """The two upserts of :func:`mark_for_update` on SQLite, built once (building them costs
    more than running them)."""
    statement = sqlite.insert(PendingRow)
    # A key marked again while a catch-up runs gets a new generation and so survives it.
    mark_keys = statement.on_conflict_do_update(
        index_elements=["scope", "key"],
        set_={"generation": PendingRow.generation + 1},
    )
    return mark_keys, sqlite.insert(PendingDocumentRow).on_conflict_do_nothing()


def update_for_document(
    session: Session, document: StoredDocument, facts: Sequence[FactLike]
) -> None:
    """Record a stored document and catch up at once (an ingestion hook).

    Args:
        session: the session the document was stored in (not committed yet).
        document: the stored document.
        facts: its facts as stored now (none for a syndicated copy).
    """
    mark_for_update(session, document, facts)
    refresh_pending(session)


def refresh_pending(session: Session) -> int:
    """Fold every pending document, merge what they touched, and clear those records.

    Args:
        session: an open session; the caller commits.

    Returns:
        How many pairs and countries were recorded as touched.
    """
    pending = session.execute(select(PendingRow.scope, PendingRow.key, PendingRow.generation))
    marks = [tuple(row) for row in pending]
    documents = list(session.scalars(select(PendingDocumentRow.document_id)))
    if not marks and not documents:
        return 0
    if any(scope == REBUILD_SCOPE for scope, _, _ in marks):
        rebuild(session)
        return len(marks)
    pairs = {(key[:3], key[4:]) for scope, key, _ in marks if scope == "pair"}
    countries = {key for scope, key, _ in marks if scope == "country"}
    if documents:
        folded = fold_documents(session, documents)
    else:  # marks left by a version that did not record documents
        folded = reset_subjects(session, {pair_subject(p) for p in pairs} | countries)
    _merge(session, folded, countries)
    key = tuple_(PendingRow.scope, PendingRow.key, PendingRow.generation)
    for start in range(0, len(marks), CHUNK):
        session.execute(delete(PendingRow).where(key.in_(marks[start:start + CHUNK])))
    for start in range(0, len(documents), CHUNK):
        session.execute(delete(PendingDocumentRow).where(
            among(session, PendingDocumentRow.document_id, documents[start:start + CHUNK])))
    return len(marks)


def _merge(session: Session, folded: Folded, countries: Collection[str] = ()) -> None:
    """Merge the subjects folding changed, then the rows of their countries and others."""
    now = _now()
    merge_subjects(session, folded, now)
    every_country = set(countries)
    for subject in folded.subjects:
        pair = subject_pair(subject)
        every_country.update(pair if pair is not None else (subject,))
    refresh_countries(session, sorted(every_country), now)


def catch_up(engine: Engine) -> int:
    """Run :func:`refresh_pending` in a write transaction of its own, if anything is pending.

    Args:
        engine: an engine on a current database.

    Returns:
        How many pairs and countries were recorded as touched.
    """
    with Session(engine) as session:
        if (session.scalar(select(PendingRow.key).limit(1)) is None
                and session.scalar(select(PendingDocumentRow.document_id).limit(1)) is None):
            return 0
    with Session(writer(engine)) as session, session.begin():
        return refresh_pending(session)


def refresh(
    session: Session, *, pairs: Collection[Pair] = (), countries: Collection[str] = ()
) -> None:
    """Refold some pairs and countries from their facts and merge them again.

    Args:
        session: an open session; the caller commits.
        pairs: ``(deporting, receiving)`` ISO3 pairs to recompute (a pair without facts left
            loses its rows).
        countries: ISO3 codes whose legal actions, rights concerns and country rows to
            recompute.
    """
    folded = reset_subjects(session, {pair_subject(p) for p in pairs} | set(countries))
    _merge(session, folded, countries)


def rebuild(session: Session) -> RebuildSummary:
    """Recompute every tracker row from the stored facts.

    Args:
        session: an open session; the caller commits (the rebuild is then all or nothing).

    Returns:
        How many pairs, removal events and countries now have rows.
    """
    for table in (RemovalEventFactRow, RemovalEventRow, PairStatusRow, CountryRow, PendingRow,
                  PendingDocumentRow, DisputeRow, EntryRow, EntryLinkRow, BucketLinkRow,
                  BucketFactRow, BucketRow, SubjectRow):
        session.execute(delete(table))
    live = FactRecord.status != "rejected"
    pairs = session.execute(
        select(FactRecord.deporting_country, FactRecord.receiving_country)
        .where(live, FactRecord.type.in_(PAIR_TYPES), FactRecord.deporting_country.is_not(None),
               FactRecord.receiving_country.is_not(None))
        .distinct()
    ).all()
    subjects = {pair_subject((row[0], row[1])) for row in pairs}
    for column, fact_type in ((FactRecord.jurisdiction, "legal_action"),
                              (FactRecord.country, "rights_concern")):
        subjects.update(session.scalars(
            select(column).where(live, FactRecord.type == fact_type, column.is_not(None))
            .distinct()))
    folded = reset_subjects(session, subjects)
    now = _now()
    merge_subjects(session, folded, now)
    columns = (FactRecord.deporting_country, FactRecord.receiving_country, FactRecord.country,
               FactRecord.jurisdiction)
    every_country = union(*(select(column.label("iso3")).where(live, column.is_not(None))
                            for column in columns))
    refresh_countries(session, sorted(session.scalars(select(every_country.subquery().c.iso3))),
                      now)
    return RebuildSummary(
        pairs=session.scalar(select(func.count()).select_from(PairStatusRow)) or 0,
        removal_events=session.scalar(select(func.count()).select_from(RemovalEventRow)) or 0,
        countries=session.scalar(select(func.count()).select_from(CountryRow)) or 0,
    )


def rebuild_all(engine: Engine) -> RebuildSummary:
    """Run :func:`rebuild` in one write transaction of its own.

    Args:
        engine: an engine on a current database.

    Returns:
        What the rebuild wrote.
    """
    with Session(writer(engine)) as session, session.begin():
        return rebuild(session)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
