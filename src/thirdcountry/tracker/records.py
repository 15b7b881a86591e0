"""Sourced facts: a stored fact with the article it came from, its copies and its curation.

The loaders read them from the store with one query for the facts and their articles and one
per 500 articles for their syndicated copies, whatever the number of facts.

**Weighing.** Facts a curator ``rejected`` never become records. A fact a curator
``confirmed`` or ``edited`` is *curated* and outweighs every automatic fact. Among the rest,
``confirmed`` and ``reported`` facts are *firm*; ``rumored`` and ``speculative`` ones are *soft*.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, String, any_, bindparam, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from thirdcountry.facts.schema import (
    CERTAINTIES,
    STAGES,
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    RightsConcern,
    Terms,
)
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.dates import PartialDate, parse_lenient, parse_published

CURATED_STATUSES = frozenset({"confirmed", "edited"})
FIRM_CERTAINTIES = frozenset({"confirmed", "reported"})
CERTAINTY_RANK = {"speculative": 0, "rumored": 1, "reported": 2, "confirmed": 3}
PAIR_TYPES = ("arrangement", "removal")
# Bound on the values of one IN (...) list, well under every database's parameter limit.
CHUNK = 500


def among(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(array)``, the values as one array
    parameter. A statement of hundreds of parameters is thousands of characters long, which
    psycopg converts again at every call (it caches only short ones) and the server parses
    again; with one parameter the statement is short, cached and prepared."""
    if session.get_bind().dialect.name == "postgresql":
        # Strings as unbounded VARCHAR: a cast to the column's length would cut a longer value
        # down, and it might then match a stored one.
        kind = String() if isinstance(column.type, String) else column.type
        return column == any_(bindparam(None, list(values), type_=ARRAY(kind)))
    return column.in_(values)


logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A document that states a fact: the article itself or a syndicated copy of it."""

    document_id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class SourcedFact:
    """One stored fact with where it was read and what a curator said about it.

    Attributes:
        fact_id: the store's fact id.
        fact: the typed FACTS.md fact.
        status: ``automatic``, ``confirmed`` or ``edited`` (``rejected`` facts are dropped
            before merging).
        document: the article the fact was extracted from.
        copies: near-duplicate copies of that article; each is one more source.
        date: the fact's own date, parsed (None when undated).
        row: the store's row it was read from (:data:`FACT_COLUMNS` and
            :data:`DOCUMENT_COLUMNS`), which shows the fact as stored without reading it again;
            None for a fact made in memory.
    """

    fact_id: int
    fact: Fact
    status: str
    document: SourceRef
    copies: tuple[SourceRef, ...] = ()
    row: Row[Any] | None = field(default=None, compare=False, repr=False)
    date: PartialDate | None = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", parse_lenient(getattr(self.fact, "date", None)))

    @property
    def curated(self) -> bool:
        return self.status in CURATED_STATUSES

    @property
    def firm(self) -> bool:
        return self.fact.certainty in FIRM_CERTAINTIES

    @property
    def weight(self) -> tuple[int, int]:
        """Sort key of trust: curated first, then by certainty."""
        return (int(self.curated), CERTAINTY_RANK[self.fact.certainty])

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return (self.document, *self.copies)


def unique_sources(facts: Iterable[SourcedFact]) -> tuple[SourceRef, ...]:
    """Return the distinct documents (articles and copies) behind some facts, in order."""
    seen: dict[int, SourceRef] = {}
    for fact in facts:
        for source in fact.sources:
            seen.setdefault(source.document_id, source)
    return tuple(seen.values())


def earliest_published(facts: Iterable[SourcedFact]) -> PartialDate | None:
    """Return the earliest publication date of the articles stating some facts."""
    dates = [d for d in (parse_published(f.document.published) for f in facts) if d is not None]
    return min(dates) if dates else None


def load_pair_facts(
    session: Session, pairs: Collection[tuple[str, str]]
) -> dict[tuple[str, str], list[SourcedFact]]:
    """Load the arrangement and removal facts of some pairs, rejected ones left out.

    Args:
        session: an open session.
        pairs: ``(deporting, receiving)`` ISO3 pairs.

    Returns:
        Each pair's facts in id order; pairs without facts are absent.
    """
    by_pair: dict[tuple[str, str], list[SourcedFact]] = {}
    ordered = sorted(pairs)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        condition = tuple_(FactRecord.deporting_country, FactRecord.receiving_country).in_(chunk)
        for sourced in load_facts(session, condition, types=PAIR_TYPES):
            deporting, receiving = sourced.fact.countries  # arrangements and removals
            by_pair.setdefault((deporting, receiving), []).append(sourced)
    return by_pair


def load_facts(
    session: Session, *conditions: ColumnElement[bool], types: Collection[str]
) -> list[SourcedFact]:
    """Load the non-rejected facts of some types that meet SQL conditions on ``FactRecord``.

    Facts are built from the typed columns (only a removal's nationalities and an
    arrangement's terms are read from the JSON), which keeps loading a pair reported by
    hundreds of thousands of articles affordable. A stored fact that is not a valid FACTS.md
    fact is left out with a warning naming it.

    Args:
        session: an open session.
        conditions: extra ``WHERE`` conditions.
        types: the fact types wanted.

    Returns:
        The facts with their articles and copies, in id order.
    """
    rows = session.execute(
        select(*FACT_COLUMNS, *DOCUMENT_COLUMNS)
        .join(Document, Document.id == FactRecord.document_id)
        .where(FactRecord.status != "rejected", FactRecord.type.in_(list(types)), *conditions)
        .order_by(FactRecord.id)
    ).all()
    return sourced_facts(session, rows)


# What :func:`sourced_facts` needs of each row, and what the API shows of a stored fact: these
# columns, joined on the fact's document.
FACT_COLUMNS = (
    FactRecord.id, FactRecord.status, FactRecord.type, FactRecord.deporting_country,
    FactRecord.receiving_country, FactRecord.country, FactRecord.jurisdiction, FactRecord.kind,
    FactRecord.stage, FactRecord.outcome, FactRecord.certainty, FactRecord.attributed_to,
    FactRecord.date, FactRecord.count, FactRecord.count_qualifier, FactRecord.facility,
    FactRecord.legal_basis, FactRecord.court, FactRecord.subject, FactRecord.concern,
    FactRecord.evidence_quote, FactRecord.evidence_start, FactRecord.evidence_end,
    FactRecord.rule, FactRecord.data["nationalities"].label("nationalities"),
    FactRecord.data["terms"].label("terms"), FactRecord.created_at,
)
DOCUMENT_COLUMNS = (Document.id.label("document_id"), Document.title, Document.url,
                    Document.outlet, Document.published)


def sourced_facts(session: Session | Connection,
                  rows: Sequence[Row[Any]]) -> list[SourcedFact]:
    """Turn rows of :data:`FACT_COLUMNS` and :data:`DOCUMENT_COLUMNS` into sourced facts.

    Their articles' syndicated copies are loaded too. Invalid facts are left out with a
    warning naming them.
    """
    copies = load_copies(session, {row.document_id for row in rows})
    documents: dict[int, SourceRef] = {}
    facts = []
    for row in rows:
        fact = _fact_from_row(row)
        if fact is None:
            continue
        document = documents.get(row.document_id)
        if document is None:
            document = SourceRef(row.document_id, row.title, row.url, row.outlet, row.published)
            documents[row.document_id] = document
        facts.append(SourcedFact(row.id, fact, row.status, document,
                                 copies.get(row.document_id, ()), row))
    return facts


# Built once: a statement built anew, and its cache key, cost SQLAlchemy ~0.1 ms a request.
_COPIES_OF = (select(Document.id, Document.canonical_id, Document.title, Document.url,
                     Document.outlet, Document.published)
              .where(Document.canonical_id.in_(bindparam("ids", expanding=True)))
              .order_by(Document.id))


def load_copies(
    session: Session | Connection, document_ids: Collection[int]
) -> dict[int, tuple[SourceRef, ...]]:
    """Return the syndicated copies of some canonical documents, by canonical id."""
    found: dict[int, list[SourceRef]] = {}
    ordered = sorted(document_ids)
    for start in range(0, len(ordered), CHUNK):
        rows = session.execute(_COPIES_OF, {"ids": ordered[start:start + CHUNK]})
        for row in rows:
            found.setdefault(row.canonical_id, []).append(
                SourceRef(row.id, row.title, row.url, row.outlet, row.published)
            )
    return {canonical: tuple(refs) for canonical, refs in found.items()}


def _fact_from_row(row: Row[Any]) -> Fact | None:
    problem = fact_problem(row)
    if problem:
        logger.warning("fact %d left out of the tracker: %s", row.id, problem)
        return None
    common: dict[str, Any] = {
        "certainty": row.certainty, "attributed_to": row.attributed_to, "rule": row.rule,
        "evidence": Evidence(row.evidence_quote, row.evidence_start, row.evidence_end),
    }
    if row.type == "arrangement":
        return Arrangement(deporting_country=row.deporting_country,
                           receiving_country=row.receiving_country, kind=row.kind,
                           stage=row.stage, date=row.date, terms=Terms.from_dict(row.terms),
                           **common)
    if row.type == "removal":
        return Removal(deporting_country=row.deporting_country,
                       receiving_country=row.receiving_country, date=row.date, count=row.count,
                       count_qualifier=row.count_qualifier,
                       nationalities=list(row.nationalities or []), facility=row.facility,
                       legal_basis=row.legal_basis, **common)
    if row.type == "legal_action":
        return LegalAction(jurisdiction=row.jurisdiction, court=row.court or "",
                           subject=row.subject or "", outcome=row.outcome, date=row.date,
                           **common)
    return RightsConcern(country=row.country, concern=row.concern or "", **common)


_REQUIRED = {
    "arrangement": ("deporting_country", "receiving_country", "kind", "stage"),
    "removal": ("deporting_country", "receiving_country"),
    "legal_action": ("jurisdiction", "outcome"),
    "rights_concern": ("country",),
}


def fact_problem(row: Any) -> str | None:
    """Say what makes a stored fact unusable, or None."""
    if row.type not in _REQUIRED:
        return f"unknown type {row.type!r}"
    missing = [name for name in _REQUIRED[row.type] if not getattr(row, name)]
    if missing:
        return f"no {', '.join(missing)}"
    if row.certainty not in CERTAINTIES:
        return f"unknown certainty {row.certainty!r}"
    if row.type == "arrangement" and row.stage not in STAGES:
        return f"unknown stage {row.stage!r}"
    return None
