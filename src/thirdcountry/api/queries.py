"""Read queries the API and pages need that the store's repository does not offer.

Everything here only reads the store's ``documents`` and ``facts`` tables, works the same on
SQLite and PostgreSQL, and leaves facts a curator rejected out of every answer. Lists are
keyset-paginated on the id: a page is "the next ``limit`` rows after id N", which stays stable
while new rows arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.tables import CountryRow

VISIBLE = FactRecord.status != "rejected"
# Ids per IN (...) list: well below SQLite's and PostgreSQL's bound-parameter limits.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to list; every field left empty matches everything.

    Attributes:
        types: fact types (``arrangement``, ``removal``, ``legal_action``, ``rights_concern``).
        deporting, receiving: ISO3 of the pair's states.
        country: ISO3 in any role (deporting, receiving, jurisdiction, concern country).
        stages, kinds, certainties, outcomes: allowed values.
        date_from, date_to: a partial date range (``YYYY[-MM[-DD]]``); a fact matches when its
            own, possibly partial, date can fall in the range; undated facts never match.
        document_id: facts of one article.
    """

    types: tuple[str, ...] = ()
    deporting: str | None = None
    receiving: str | None = None
    country: str | None = None
    stages: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    certainties: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    document_id: int | None = None

    def where(self) -> list[ColumnElement[bool]]:
        """The SQL conditions of this filter."""
        conditions: list[ColumnElement[bool]] = [VISIBLE]
        for column, allowed in (
            (FactRecord.type, self.types), (FactRecord.stage, self.stages),
            (FactRecord.kind, self.kinds), (FactRecord.certainty, self.certainties),
            (FactRecord.outcome, self.outcomes),
        ):
            if allowed:
                conditions.append(column.in_(allowed))
        if self.deporting:
            conditions.append(FactRecord.deporting_country == self.deporting)
        if self.receiving:
            conditions.append(FactRecord.receiving_country == self.receiving)
        if self.country:
            conditions.append(country_condition(self.country))
        if self.document_id is not None:
            conditions.append(FactRecord.document_id == self.document_id)
        conditions.extend(date_range_conditions(FactRecord.date, self.date_from, self.date_to))
        return conditions


def country_condition(iso3: str) -> ColumnElement[bool]:
    """Facts naming ``iso3`` in any role."""
    return or_(
        FactRecord.deporting_country == iso3, FactRecord.receiving_country == iso3,
        FactRecord.country == iso3, FactRecord.jurisdiction == iso3,
    )


def date_range_conditions(
    column: ColumnElement[str | None], date_from: str | None, date_to: str | None
) -> list[ColumnElement[bool]]:
    """Conditions keeping partial dates that can fall within ``date_from``..``date_to``.

    A stored ``2025`` is any day of 2025: it matches a range from 2025-03-10, because its
    prefix of the same length (``2025``) is not before it; it matches a range up to
    2025-01-05, because a prefix sorts before the longer date. Comparing digits and hyphens
    only keeps this independent of the database collation.
    """
    conditions: list[ColumnElement[bool]] = []
    if date_from:
        conditions.append(column >= func.substr(date_from, 1, func.length(column)))
    if date_to:
        # "2025-03" as an upper bound means up to the last day of March.
        conditions.append(column <= date_to + "-99" * (2 - date_to.count("-")))
    return conditions


def page_after(statement: Select, id_column: ColumnElement[int], after_id: int | None,
               limit: int) -> Select:
    """Restrict an id-ordered statement to one keyset page (one extra row tells if more)."""
    if after_id is not None:
        statement = statement.where(id_column > after_id)
    return statement.order_by(id_column).limit(limit + 1)


def list_facts(
    session: Session, fact_filter: FactFilter, *, limit: int, after_id: int | None = None
) -> tuple[list[tuple[FactRecord, Document]], int | None]:
    """One page of facts with their documents, oldest id first.

    Args:
        session: an open session.
        fact_filter: which facts.
        limit: page size.
        after_id: the last id of the previous page, None for the first page.

    Returns:
        The page, and the id to continue after (None on the last page).
    """
    statement = (
        select(FactRecord, Document)
        .join(Document, Document.id == FactRecord.document_id)
        .where(*fact_filter.where())
    )
    rows = [tuple(row) for row in session.execute(page_after(statement, FactRecord.id,
                                                             after_id, limit))]
    return _split_page(rows, limit, lambda row: row[0].id)


def facts_of_document(session: Session, document_id: int) -> list[FactRecord]:
    """The visible facts of one article, in text order."""
    return list(session.scalars(
        select(FactRecord).where(FactRecord.document_id == document_id, VISIBLE)
        .order_by(FactRecord.evidence_start, FactRecord.id)
    ))


def list_documents(
    session: Session,
    *,
    limit: int,
    after_id: int | None = None,
    outlet: str | None = None,
    published_from: str | None = None,
    published_to: str | None = None,
    country: str | None = None,
) -> tuple[list[tuple[Document, int]], int | None]:
    """One page of articles with their visible fact counts, oldest id first.

    Args:
        session: an open session.
        limit: page size.
        after_id: the last id of the previous page.
        outlet: only this outlet (exact, case-insensitive).
        published_from, published_to: partial-date range on publication.
        country: only articles with a fact naming this ISO3.

    Returns:
        ``(document, fact count)`` rows and the id to continue after (None on the last page).
    """
    fact_count = (
        select(func.count(FactRecord.id))
        .where(FactRecord.document_id == Document.id, VISIBLE)
        .scalar_subquery()
    )
    statement = select(Document, fact_count)
    if outlet:
        statement = statement.where(func.lower(Document.outlet) == outlet.lower())
    statement = statement.where(
        *date_range_conditions(Document.published, published_from, published_to)
    )
    if country:
        statement = statement.where(
            select(FactRecord.id)
            .where(FactRecord.document_id == Document.id, VISIBLE, country_condition(country))
            .exists()
        )
    rows = [tuple(row) for row in session.execute(page_after(statement, Document.id,
                                                             after_id, limit))]
    return _split_page(rows, limit, lambda row: row[0].id)


def copies_of(session: Session, document_id: int) -> list[Document]:
    """Syndicated copies of an article, oldest first."""
    return list(session.scalars(
        select(Document).where(Document.canonical_id == document_id).order_by(Document.id)
    ))


def fact_count(session: Session, document_id: int) -> int:
    """How many visible facts an article has."""
    return session.scalar(
        select(func.count(FactRecord.id)).where(FactRecord.document_id == document_id, VISIBLE)
    ) or 0


def _split_page(rows: Sequence, limit: int, id_of) -> tuple[list, int | None]:
    if len(rows) <= limit:
        return list(rows), None
    page = list(rows[:limit])
    return page, id_of(page[-1])


def facts_by_id(session: Session, ids: Iterable[int]) -> dict[int, tuple[FactRecord, Document]]:
    """Visible facts with their documents, by id (to show the facts the tracker merged)."""
    wanted = sorted(set(ids))
    found: dict[int, tuple[FactRecord, Document]] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(FactRecord, Document).join(Document, Document.id == FactRecord.document_id)
            .where(FactRecord.id.in_(wanted[start:start + _CHUNK]), VISIBLE)
        )
        found.update({record.id: (record, document) for record, document in rows})
    return found


def country_rows(session: Session, *, receiving_only: bool = False) -> list[CountryRow]:
    """The tracker's row of every country it has reports about, by ISO3.

    Args:
        session: an open session.
        receiving_only: only countries that receive in some pair (the ones a map colours).
    """
    statement = select(CountryRow).order_by(CountryRow.iso3)
    if receiving_only:
        statement = statement.where(CountryRow.receiving_stage.is_not(None))
    return list(session.scalars(statement))
