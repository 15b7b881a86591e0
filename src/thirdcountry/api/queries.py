"""Read queries the API and pages need that the store's repository does not offer.

Everything here only reads the store's ``documents`` and ``facts`` tables, works the same on
SQLite and PostgreSQL, and leaves facts a curator rejected out of every answer. Lists are
keyset-paginated on the id: a page is "the next ``limit`` rows after id N", which stays stable
while new rows arrive.

Fact lists stay fast on a million facts because every filter they offer has an index ending
in the id (``store/tables.py``): the database walks one value's facts in id order and stops
after a page, instead of collecting all matches and sorting them. A country "in any role" is
one such walk per role column that the asked types carry, merged by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Row, Select, false, func, or_, select, text, union
from sqlalchemy.orm import Session, load_only
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from thirdcountry.facts.schema import FACT_CLASSES, FACT_TYPES, FIELD_NAMES
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.records import DOCUMENT_COLUMNS, FACT_COLUMNS
from thirdcountry.tracker.tables import CountryRow

VISIBLE = FactRecord.status != "rejected"
# A listed fact as a plain row of what the API shows of it and of its article (the columns the
# tracker reads facts with, so ``convert.fact_public`` shows either): rows cost a fraction of ORM
# objects to load, and leave out the full JSON ``data``, whose parsing cost more than the query.
_FACT_ROW = (*FACT_COLUMNS, *DOCUMENT_COLUMNS)
# Built once and given each page's conditions: building the 30 columns and their join anew
# took SQLAlchemy about 0.3 ms a page.
_FACT_PAGE = select(*_FACT_ROW).join(Document, Document.id == FactRecord.document_id)
# The columns naming a country, and which of them each fact type carries.
_COUNTRY_COLUMNS = ("deporting_country", "receiving_country", "jurisdiction", "country")
_ROLES_OF_TYPE = {
    type_: tuple(c for c in _COUNTRY_COLUMNS if c in FIELD_NAMES[cls])
    for type_, cls in FACT_CLASSES.items()
}


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

    def where(self, *, sqlite: bool = False) -> list[ColumnElement[bool]]:
        """The SQL conditions of this filter, the country in any role aside (see
        :meth:`country_columns`); ``sqlite``: for SQLite (see :func:`date_range_conditions`)."""
        conditions: list[ColumnElement[bool]] = [VISIBLE]
        type_column: ColumnElement[str] = FactRecord.type
        stage_column: ColumnElement[str | None] = FactRecord.stage
        outcome_column: ColumnElement[str | None] = FactRecord.outcome
        deporting_column: ColumnElement[str | None] = FactRecord.deporting_country
        by_state = (self.deporting or self.receiving) and not (self.country or self.document_id)
        if sqlite and by_state and (len(self.stages) == 1 or len(self.types) == 1):
            # Without statistics SQLite may walk every state's approaches to find one state's,
            # or all of a pair's facts to find its removals: the walk goes through the state's
            # (state, stage, id) or (state, type, id) index instead, checking the rest on the
            # way; for a pair, the receiving state's, which deals with fewer states.
            if len(self.stages) == 1:
                type_column = off_index(type_column)
            else:
                stage_column = off_index(stage_column)
            outcome_column = off_index(outcome_column)
            if self.receiving:
                deporting_column = off_index(deporting_column)
        elif sqlite and not (self.stages or self.outcomes) and (
                self.deporting or self.receiving or self.country or self.document_id):
            # One of four types is the least selective filter there is, but without statistics
            # SQLite may walk all removals to find those sent to one country: the walk goes
            # through the country's (or the article's) index instead.
            type_column = off_index(type_column)
        for column, allowed in (
            (type_column, self.types), (stage_column, self.stages),
            (FactRecord.kind, self.kinds), (FactRecord.certainty, self.certainties),
            (outcome_column, self.outcomes),
        ):
            if allowed:
                conditions.append(column.in_(allowed))
        if self.deporting:
            conditions.append(deporting_column == self.deporting)
        if self.receiving:
            conditions.append(FactRecord.receiving_country == self.receiving)
        if self.document_id is not None:
            conditions.append(FactRecord.document_id == self.document_id)
        conditions.extend(date_range_conditions(FactRecord.date, self.date_from, self.date_to,
                                                use_index=not sqlite))
        return conditions

    def country_columns(self) -> list[ColumnElement[str | None]]:
        """The columns that can name :attr:`country` in the facts of the asked types."""
        roles = {c for t in (self.types or FACT_TYPES) for c in _ROLES_OF_TYPE[t]}
        return [getattr(FactRecord, c) for c in _COUNTRY_COLUMNS if c in roles]


def country_condition(iso3: str) -> ColumnElement[bool]:
    """Facts naming ``iso3`` in any role."""
    return or_(*(getattr(FactRecord, c) == iso3 for c in _COUNTRY_COLUMNS))


def date_range_conditions(
    column: ColumnElement[str | None], date_from: str | None, date_to: str | None,
    *, use_index: bool = True,
) -> list[ColumnElement[bool]]:
    """Conditions keeping partial dates that can fall within ``date_from``..``date_to``.

    A stored ``2025`` is any day of 2025: it matches a range from 2025-03-10, being a prefix of
    that date, and a range up to 2025-01-05, because a prefix sorts before the longer date.
    The column is compared bare (no function applied to it), so its index stays usable; only
    digits and hyphens are compared, so the database collation does not matter.

    ``use_index=False`` keeps SQLite from reading the range off the column's index (see
    :func:`off_index`). Without statistics on how many rows a range holds, SQLite always does,
    then sorts every row in the range by id to cut one page: seconds for a year of facts,
    where walking the facts in id order until a page is full takes milliseconds. PostgreSQL
    weighs the two plans with its statistics and gets the bare column.
    """
    if not use_index:
        column = off_index(column)
    conditions: list[ColumnElement[bool]] = []
    if date_from:
        prefixes = [date_from[:n] for n in (4, 7) if n < len(date_from)]
        conditions.append(or_(column >= date_from, column.in_(prefixes)) if prefixes
                          else column >= date_from)
    if date_to:
        # "2025-03" as an upper bound means up to the last day of March.
        conditions.append(column <= date_to + "-99" * (2 - date_to.count("-")))
    return conditions


def off_index(column: ColumnElement) -> ColumnElement:
    """``+column``: SQLite's way to keep a condition from choosing an index (SQLite only)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def first_dated_id(session: Session, column: ColumnElement[str | None],
                   date_from: str | None, date_to: str | None) -> int | None:
    """A lower bound of the ids whose date can fall in ``date_from``..``date_to`` (None when no
    row is), found in a few milliseconds on SQLite.

    Rows are stored roughly in the order their dates happened, so the first page of a range in
    2025 would otherwise walk every fact of 2023 and 2024 in id order first. SQLite's index on
    the date holds the rowid after each date, so the first id of one date is one seek: a
    recursive query hops from one distinct date of the range to the next (about a thousand
    over three years) and takes the smallest, and the partial dates the range matches
    (``2025`` and ``2025-03`` for a range from 2025-03-10) take one seek each.
    """
    table, name = column.table.name, column.name  # type: ignore[attr-defined]
    high = date_to + "-99" * (2 - date_to.count("-")) if date_to else "9999"
    in_range = session.scalar(text(f"""
        WITH RECURSIVE dates(date) AS (
            SELECT min({name}) FROM {table} WHERE {name} >= :low AND {name} <= :high
            UNION ALL
            SELECT (SELECT min({name}) FROM {table} WHERE {name} > dates.date
                    AND {name} <= :high)
            FROM dates WHERE dates.date IS NOT NULL
        )
        SELECT min((SELECT min(id) FROM {table} WHERE {name} = dates.date)) FROM dates
        """), {"low": date_from or "", "high": high})
    id_column = column.table.c.id  # type: ignore[attr-defined]
    prefixes = [date_from[:n] for n in (4, 7) if date_from and n < len(date_from)
                and date_from[:n] <= high]
    firsts = [in_range, *(session.scalar(select(func.min(id_column)).where(column == prefix))
                          for prefix in prefixes)]
    return min((first for first in firsts if first is not None), default=None)


def page_after(statement: Select, id_column: ColumnElement[int], after_id: int | None,
               limit: int) -> Select:
    """Restrict an id-ordered statement to one keyset page (one extra row tells if more)."""
    if after_id is not None:
        statement = statement.where(id_column > after_id)
    return statement.order_by(id_column).limit(limit + 1)


def list_facts(
    session: Session, fact_filter: FactFilter, *, limit: int, after_id: int | None = None
) -> tuple[list[Row], int | None]:
    """One page of facts with their articles (rows of :data:`_FACT_ROW`), oldest id first.

    Args:
        session: an open session.
        fact_filter: which facts.
        limit: page size.
        after_id: the last id of the previous page, None for the first page.

    Returns:
        The page, and the id to continue after (None on the last page).
    """
    sqlite = _is_sqlite(session)
    # A later page starts after a fact of the range already: only the first one needs the bound.
    if sqlite and (fact_filter.date_from or fact_filter.date_to) and after_id is None:
        first = first_dated_id(session, FactRecord.date, fact_filter.date_from,
                               fact_filter.date_to)
        if first is None:
            return [], None
        after_id = first - 1
    conditions = fact_filter.where(sqlite=sqlite)
    if fact_filter.country:
        columns = fact_filter.country_columns()
        if not columns:
            conditions.append(false())
        elif len(columns) == 1:
            conditions.append(columns[0] == fact_filter.country)
        else:
            # One id-ordered walk per role, each cut to a page: the page's ids are among them.
            walks = [page_after(select(FactRecord.id).where(*conditions,
                                                            column == fact_filter.country),
                                FactRecord.id, after_id, limit).subquery()
                     for column in columns]
            found = union(*(select(walk.c.id) for walk in walks)).subquery()
            conditions = [FactRecord.id.in_(select(found.c.id))]
    statement = _FACT_PAGE.where(*conditions)
    # Through Core on the session's connection: the ORM's row path cost ~5 µs a row.
    rows = session.connection().execute(page_after(statement, FactRecord.id, after_id,
                                                   limit)).all()
    return _split_page(rows, limit, lambda row: row.id)


def fact_row(session: Session, fact_id: int) -> Row | None:
    """One visible fact with its article (a row of :data:`_FACT_ROW`), or None."""
    return session.execute(
        select(*_FACT_ROW).join(Document, Document.id == FactRecord.document_id)
        .where(FactRecord.id == fact_id, VISIBLE)
    ).first()


def facts_of_document(session: Session, document_id: int) -> list[Row]:
    """The visible facts of one article (rows of :data:`_FACT_ROW`), in text order."""
    return list(session.execute(
        select(*_FACT_ROW).join(Document, Document.id == FactRecord.document_id)
        .where(FactRecord.document_id == document_id, VISIBLE)
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
    statement = select(Document, fact_count).options(load_only(
        Document.id, Document.title, Document.url, Document.outlet, Document.published,
        Document.language, Document.canonical_id))
    if outlet:
        statement = statement.where(func.lower(Document.outlet) == outlet.lower())
    sqlite = _is_sqlite(session)
    if sqlite and (published_from or published_to):
        first = first_dated_id(session, Document.published, published_from, published_to)
        if first is None:
            return [], None
        after_id = max(after_id or 0, first - 1)
    statement = statement.where(
        *date_range_conditions(Document.published, published_from, published_to,
                               use_index=not sqlite)
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


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _split_page(rows: Sequence, limit: int, id_of) -> tuple[list, int | None]:
    if len(rows) <= limit:
        return list(rows), None
    page = list(rows[:limit])
    return page, id_of(page[-1])


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
