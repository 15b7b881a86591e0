"""What the CLI, API and web pages ask the tracker, answered from its tables with few queries.

Lists read the materialised tables through their indexes and are paginated (``limit`` and
``offset``); related rows (an event's sources) come in one extra query per page, never one
per row. A pair's timeline and a country's legal actions are merged on request from that pair's
or country's facts (one indexed query each). Country arguments are ISO3 codes; resolve names
and ISO2 codes with ``thirdcountry.countries.get_country`` first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from thirdcountry.countries import country_name
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.country_facts import (
    LegalActionEntry,
    RightsConcernEntry,
    merge_legal_actions,
    merge_rights_concerns,
)
from thirdcountry.tracker.counts import CountTotal, NationalityTotal, nationality_totals
from thirdcountry.tracker.dates import PartialDate
from thirdcountry.tracker.materialise import firm_removal_total
from thirdcountry.tracker.records import SourceRef, load_copies, load_facts, load_pair_facts
from thirdcountry.tracker.tables import (
    CountryRow,
    PairStatusRow,
    RemovalEventFactRow,
    RemovalEventRow,
)
from thirdcountry.tracker.timeline import PairTimeline, build_timeline

_ISO3 = re.compile(r"[A-Z]{3}")
Filter = str | Collection[str] | None


@dataclass(frozen=True, slots=True)
class PairStatus:
    """One pair's current status as materialised (see ``tracker.timeline`` for the rules).

    Attributes:
        date: the date the current stage was reached, as reported (None if undated).
        as_of_start, as_of_end: the days the current status dates from (its date, or where
            the timeline places an undated one); None when nothing dates it.
        furthest_stage: the furthest of approached..implemented firm reports reached.
        removals: people removed between the two states (firm removal events).
        sources: distinct articles (syndicated copies included) behind the pair's facts.
    """

    deporting: str
    deporting_name: str
    receiving: str
    receiving_name: str
    kind: str
    stage: str
    certainty: str
    curated: bool
    date: str | None
    as_of_start: str | None
    as_of_end: str | None
    furthest_stage: str | None
    disputed: bool
    disputes: int
    removals: CountTotal
    sources: int
    facts: int
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RemovalEventView:
    """A removal event with its sources, as listed by :func:`removal_events`."""

    id: int
    deporting: str
    receiving: str
    date: str | None
    count: int | None
    count_qualifier: str | None
    nationalities: tuple[str, ...]
    facility: str | None
    legal_basis: str | None
    certainty: str
    curated: bool
    firm: bool
    disputed: bool
    counts_reported: tuple[tuple[int, str], ...]
    fact_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class CountrySummary:
    """Everything the tracker knows about one country.

    Attributes:
        receiving_stage: the most advanced current stage among pairs where it receives.
        as_deporting, as_receiving: its pairs, on either side.
        received, sent: people removed to it and from it (firm removal events).
        legal_actions: legal actions in its jurisdiction, merged across articles.
        rights_concerns: rights concerns about it, merged across articles.
    """

    iso3: str
    name: str
    receiving_stage: str | None
    disputed: bool
    as_deporting: list[PairStatus]
    as_receiving: list[PairStatus]
    received: CountTotal
    sent: CountTotal
    legal_actions: list[LegalActionEntry]
    rights_concerns: list[RightsConcernEntry]


@dataclass(frozen=True, slots=True)
class Totals:
    """Headline numbers.

    Attributes:
        countries_approached: receiving countries with firm reports at any stage.
        countries_agreed: receiving countries that firm reports say agreed (at any time).
        countries_receiving: receiving countries people were sent to (firm reports).
        people_removed: all firm removal events added up, with an honest qualifier.
    """

    pairs: int
    disputed_pairs: int
    countries_approached: int
    countries_agreed: int
    countries_receiving: int
    people_removed: CountTotal


def pair_statuses(
    session: Session,
    *,
    country: Filter = None,
    deporting: Filter = None,
    receiving: Filter = None,
    stage: Filter = None,
    kind: Filter = None,
    certainty: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    disputed: bool | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[PairStatus]:
    """List pairs with their current status, ordered by deporting then receiving ISO3.

    Args:
        session: an open session.
        country: ISO3 code(s) to keep on either side.
        deporting, receiving: ISO3 code(s) to keep.
        stage, kind, certainty: value(s) of the current status to keep.
        date_from, date_to: keep pairs whose current status may date from this range
            (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; undated statuses never match a range).
        disputed: keep only disputed (True) or undisputed (False) pairs.
        limit, offset: the page.

    Returns:
        The pairs of the page.

    Raises:
        ValueError: a country is not an ISO3 code or a date is malformed.
    """
    statement = _pair_filter(
        select(PairStatusRow), country=country, deporting=deporting, receiving=receiving,
        stage=stage, kind=kind, certainty=certainty, date_from=date_from, date_to=date_to,
        disputed=disputed,
    )
    statement = statement.order_by(PairStatusRow.deporting_country,
                                   PairStatusRow.receiving_country)
    statement = statement.offset(offset).limit(limit)
    return [_pair_status(row) for row in session.scalars(statement)]


def pair_status_count(session: Session, **filters: Any) -> int:
    """Count the pairs :func:`pair_statuses` would list with the same filters (no paging)."""
    statement = _pair_filter(select(func.count()).select_from(PairStatusRow), **filters)
    return session.scalar(statement) or 0


def pair_timeline(session: Session, deporting: str, receiving: str) -> PairTimeline | None:
    """Return one pair's full timeline with every supporting fact and source.

    Raises:
        ValueError: a country is not an ISO3 code.
    """
    pair = (_iso3(deporting), _iso3(receiving))
    facts = load_pair_facts(session, [pair]).get(pair)
    return build_timeline(*pair, facts) if facts else None


def country_summary(session: Session, iso3: str) -> CountrySummary | None:
    """Return what the tracker knows about a country, or None when it knows nothing.

    Raises:
        ValueError: ``iso3`` is not an ISO3 code.
    """
    iso3 = _iso3(iso3)
    row = session.get(CountryRow, iso3)
    if row is None:
        return None
    legal = load_facts(session, FactRecord.jurisdiction == iso3, types=("legal_action",))
    concerns = load_facts(session, FactRecord.country == iso3, types=("rights_concern",))
    return CountrySummary(
        iso3=iso3,
        name=country_name(iso3),
        receiving_stage=row.receiving_stage,
        disputed=row.disputed,
        as_deporting=pair_statuses(session, deporting=iso3),
        as_receiving=pair_statuses(session, receiving=iso3),
        received=CountTotal(row.received_value, row.received_qualifier, row.received_events,
                            row.received_unknown),
        sent=CountTotal(row.sent_value, row.sent_qualifier, row.sent_events, row.sent_unknown),
        legal_actions=merge_legal_actions(legal),
        rights_concerns=merge_rights_concerns(concerns),
    )


def removal_events(
    session: Session,
    *,
    deporting: Filter = None,
    receiving: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    firm_only: bool = False,
    limit: int | None = 100,
    offset: int = 0,
) -> list[RemovalEventView]:
    """List removal events, latest first (undated last), with their sources.

    Args:
        session: an open session.
        deporting, receiving: ISO3 code(s) to keep.
        date_from, date_to: keep events whose date may fall in this range (undated events
            never match a range).
        firm_only: leave out events only rumoured or speculated.
        limit, offset: the page.

    Returns:
        The events of the page.

    Raises:
        ValueError: a country is not an ISO3 code or a date is malformed.
    """
    statement = select(RemovalEventRow)
    for column, value in ((RemovalEventRow.deporting_country, deporting),
                          (RemovalEventRow.receiving_country, receiving)):
        if value is not None:
            statement = statement.where(column.in_([_iso3(c) for c in _values(value)]))
    if date_from is not None:
        statement = statement.where(RemovalEventRow.date_end >= _date(date_from).first_day())
    if date_to is not None:
        statement = statement.where(RemovalEventRow.date_start <= _date(date_to).last_day())
    if firm_only:
        statement = statement.where(RemovalEventRow.firm.is_(True))
    statement = statement.order_by(RemovalEventRow.date_start.desc().nulls_last(),
                                   RemovalEventRow.id.desc()).offset(offset).limit(limit)
    rows = list(session.scalars(statement))
    links = session.execute(
        select(RemovalEventFactRow.event_id, FactRecord.id, Document.id, Document.title,
               Document.url, Document.outlet, Document.published)
        .join(FactRecord, FactRecord.id == RemovalEventFactRow.fact_id)
        .join(Document, Document.id == FactRecord.document_id)
        .where(RemovalEventFactRow.event_id.in_([row.id for row in rows]))
        .order_by(RemovalEventFactRow.event_id, FactRecord.id)
    ).all()
    copies = load_copies(session, {link[2] for link in links})
    fact_ids: dict[int, list[int]] = {}
    sources: dict[int, dict[int, SourceRef]] = {}
    for event_id, fact_id, document_id, title, url, outlet, published in links:
        fact_ids.setdefault(event_id, []).append(fact_id)
        found = sources.setdefault(event_id, {})
        for ref in (SourceRef(document_id, title, url, outlet, published),
                    *copies.get(document_id, ())):
            found.setdefault(ref.document_id, ref)
    return [
        RemovalEventView(
            id=row.id, deporting=row.deporting_country, receiving=row.receiving_country,
            date=row.date, count=row.count, count_qualifier=row.count_qualifier,
            nationalities=tuple(row.nationalities), facility=row.facility,
            legal_basis=row.legal_basis, certainty=row.certainty, curated=row.curated,
            firm=row.firm, disputed=row.disputed,
            counts_reported=tuple((c[0], c[1]) for c in row.counts_reported),
            fact_ids=tuple(fact_ids.get(row.id, ())),
            sources=tuple(sources.get(row.id, {}).values()),
        )
        for row in rows
    ]


def totals(session: Session) -> Totals:
    """Return the headline numbers (see :class:`Totals`)."""
    receiving = PairStatusRow.receiving_country

    def countries(*conditions: Any) -> int:
        statement = select(func.count(distinct(receiving))).where(*conditions)
        return session.scalar(statement) or 0

    firm = (PairStatusRow.certainty.in_(("confirmed", "reported"))) | PairStatusRow.curated
    return Totals(
        pairs=session.scalar(select(func.count()).select_from(PairStatusRow)) or 0,
        disputed_pairs=session.scalar(
            select(func.count()).select_from(PairStatusRow).where(PairStatusRow.disputed)
        ) or 0,
        countries_approached=countries(firm),
        countries_agreed=countries(PairStatusRow.furthest_stage.in_(("agreed", "implemented"))),
        countries_receiving=countries(
            (PairStatusRow.removal_events > 0) | (PairStatusRow.furthest_stage == "implemented")
        ),
        people_removed=firm_removal_total(session),
    )


def nationality_breakdown(
    session: Session, *, deporting: Filter = None, receiving: Filter = None
) -> list[NationalityTotal]:
    """Break the firm removal events (of some pairs) down by the nationalities reported.

    Raises:
        ValueError: a country is not an ISO3 code.
    """
    events = removal_events(session, deporting=deporting, receiving=receiving, firm_only=True,
                            limit=None)
    return nationality_totals(events)


def _pair_filter(
    statement: Select[Any],
    *,
    country: Filter = None,
    deporting: Filter = None,
    receiving: Filter = None,
    stage: Filter = None,
    kind: Filter = None,
    certainty: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    disputed: bool | None = None,
) -> Select[Any]:
    if country is not None:
        codes = [_iso3(c) for c in _values(country)]
        statement = statement.where(PairStatusRow.deporting_country.in_(codes)
                                    | PairStatusRow.receiving_country.in_(codes))
    for column, value in ((PairStatusRow.deporting_country, deporting),
                          (PairStatusRow.receiving_country, receiving)):
        if value is not None:
            statement = statement.where(column.in_([_iso3(c) for c in _values(value)]))
    for column, value in ((PairStatusRow.stage, stage), (PairStatusRow.kind, kind),
                          (PairStatusRow.certainty, certainty)):
        if value is not None:
            statement = statement.where(column.in_(_values(value)))
    if date_from is not None:
        statement = statement.where(PairStatusRow.as_of_end >= _date(date_from).first_day())
    if date_to is not None:
        statement = statement.where(PairStatusRow.as_of_start <= _date(date_to).last_day())
    if disputed is not None:
        statement = statement.where(PairStatusRow.disputed.is_(disputed))
    return statement


def _pair_status(row: PairStatusRow) -> PairStatus:
    return PairStatus(
        deporting=row.deporting_country,
        deporting_name=country_name(row.deporting_country),
        receiving=row.receiving_country,
        receiving_name=country_name(row.receiving_country),
        kind=row.kind,
        stage=row.stage,
        certainty=row.certainty,
        curated=row.curated,
        date=row.status_date,
        as_of_start=row.as_of_start,
        as_of_end=row.as_of_end,
        furthest_stage=row.furthest_stage,
        disputed=row.disputed,
        disputes=row.disputes,
        removals=CountTotal(row.removals_value, row.removals_qualifier, row.removal_events,
                            row.removals_unknown),
        sources=row.sources,
        facts=row.facts,
        updated_at=row.updated_at,
    )


def _values(value: str | Collection[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _iso3(code: str) -> str:
    upper = code.strip().upper()
    if not _ISO3.fullmatch(upper):
        raise ValueError(f"country {code!r} is not an ISO3 code")
    return upper


def _date(text: str) -> PartialDate:
    date = PartialDate.parse(text)
    if date is None:  # only for None, which callers never pass
        raise ValueError("no date given")
    return date
