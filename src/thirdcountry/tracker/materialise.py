"""Write the tracker's materialised rows: pair status, removal events, country rows.

``tracker.status`` decides which pairs and countries to recompute; this module recomputes them
from the facts (``tracker.timeline`` does the weighing) and replaces their rows. Pairs are
loaded in groups of at most :data:`FACTS_PER_LOAD` facts, so a rebuild of a large store runs
in bounded memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, delete, func, insert, or_, select, tuple_
from sqlalchemy.orm import Session

from thirdcountry.store.tables import FactRecord
from thirdcountry.tracker.counts import CountTotal, total_of_groups
from thirdcountry.tracker.merge import RemovalEvent
from thirdcountry.tracker.records import CHUNK, PAIR_TYPES, load_pair_facts
from thirdcountry.tracker.tables import (
    CountryRow,
    PairStatusRow,
    RemovalEventFactRow,
    RemovalEventRow,
)
from thirdcountry.tracker.timeline import PairTimeline, TimelineEntry, build_timeline

# A country's colour on the map: the most advanced current stage among its pairs.
RECEIVING_STAGE_ORDER = (
    "implemented", "agreed", "close", "negotiating", "approached", "suspended", "ended", "declined",
)
# Facts loaded into memory at once when recomputing pairs.
FACTS_PER_LOAD = 50_000

Pair = tuple[str, str]


def refresh_pairs(session: Session, pairs: list[Pair], now: dt.datetime) -> None:
    """Recompute the rows of some pairs (a pair without facts left loses its rows).

    Args:
        session: an open session; the caller commits.
        pairs: the pairs, sorted.
        now: the ``updated_at`` to write.
    """
    for group in _load_groups(session, pairs):
        _refresh_group(session, group, now)


def refresh_countries(session: Session, countries: list[str], now: dt.datetime) -> None:
    """Recompute the rows of some countries from the pair and event rows and the facts.

    Args:
        session: an open session; the caller commits.
        countries: ISO3 codes, sorted; pairs must be refreshed first.
        now: the ``updated_at`` to write.
    """
    for start in range(0, len(countries), CHUNK):
        chunk = countries[start:start + CHUNK]
        session.execute(delete(CountryRow).where(CountryRow.iso3.in_(chunk)))
        rows = [row for row in _country_rows(session, chunk, now) if _has_data(row)]
        if rows:
            session.execute(insert(CountryRow), rows)


def _load_groups(session: Session, pairs: list[Pair]) -> list[list[Pair]]:
    """Split pairs into groups whose facts together stay under :data:`FACTS_PER_LOAD`."""
    sizes: dict[Pair, int] = {}
    pair_key = tuple_(FactRecord.deporting_country, FactRecord.receiving_country)
    for start in range(0, len(pairs), CHUNK):
        counted = session.execute(
            select(FactRecord.deporting_country, FactRecord.receiving_country, func.count())
            .where(pair_key.in_(pairs[start:start + CHUNK]), FactRecord.type.in_(PAIR_TYPES))
            .group_by(FactRecord.deporting_country, FactRecord.receiving_country)
        )
        sizes.update(((dep, rec), n) for dep, rec, n in counted)
    groups: list[list[Pair]] = [[]]
    load = 0
    for pair in pairs:
        size = sizes.get(pair, 0)
        if groups[-1] and (load + size > FACTS_PER_LOAD or len(groups[-1]) >= CHUNK):
            groups.append([])
            load = 0
        groups[-1].append(pair)
        load += size
    return groups if groups[0] else []


def _refresh_group(session: Session, pairs: list[Pair], now: dt.datetime) -> None:
    by_pair = load_pair_facts(session, pairs)
    event_pair = tuple_(RemovalEventRow.deporting_country, RemovalEventRow.receiving_country)
    stale_events = select(RemovalEventRow.id).where(event_pair.in_(pairs))
    session.execute(
        delete(RemovalEventFactRow).where(RemovalEventFactRow.event_id.in_(stale_events))
    )
    session.execute(delete(RemovalEventRow).where(event_pair.in_(pairs)))
    pair_key = tuple_(PairStatusRow.deporting_country, PairStatusRow.receiving_country)
    session.execute(delete(PairStatusRow).where(pair_key.in_(pairs)))
    timelines = [build_timeline(*pair, by_pair[pair]) for pair in pairs if pair in by_pair]
    pair_rows = [_pair_row(t, t.current, now) for t in timelines if t.current is not None]
    event_rows = [_event_row(e) for t in timelines for e in t.removals]
    link_rows = [
        {"event_id": e.key, "fact_id": f.fact_id}
        for t in timelines for e in t.removals for f in e.facts
    ]
    for table, rows in ((PairStatusRow, pair_rows), (RemovalEventRow, event_rows),
                        (RemovalEventFactRow, link_rows)):
        if rows:
            session.execute(insert(table), rows)


def _pair_row(timeline: PairTimeline, current: TimelineEntry, now: dt.datetime) -> dict[str, Any]:
    total = timeline.removal_total
    return {
        "deporting_country": timeline.deporting,
        "receiving_country": timeline.receiving,
        "kind": timeline.kind,
        "stage": current.stage,
        "certainty": current.certainty,
        "curated": current.curated,
        "status_date": str(current.date) if current.date else None,
        "as_of_start": current.placed.first_day() if current.placed else None,
        "as_of_end": current.placed.last_day() if current.placed else None,
        "furthest_stage": timeline.furthest_stage,
        "disputed": timeline.disputed,
        "disputes": len(timeline.disputes),
        "removal_events": total.events,
        "removals_value": total.value,
        "removals_qualifier": total.qualifier,
        "removals_unknown": total.unknown_events,
        "sources": len(timeline.sources),
        "facts": len(timeline.facts),
        "updated_at": now,
    }


def _event_row(event: RemovalEvent) -> dict[str, Any]:
    return {
        "id": event.key,
        "deporting_country": event.deporting,
        "receiving_country": event.receiving,
        "date": str(event.date) if event.date else None,
        "date_start": event.date.first_day() if event.date else None,
        "date_end": event.date.last_day() if event.date else None,
        "count": event.count,
        "count_qualifier": event.count_qualifier,
        "nationalities": list(event.nationalities),
        "facility": event.facility,
        "legal_basis": event.legal_basis,
        "certainty": event.certainty,
        "curated": event.curated,
        "firm": event.firm,
        "disputed": event.disputed,
        "counts_reported": [list(c) for c in event.counts_reported],
        "sources": len(event.sources),
        "facts": len(event.facts),
    }


def _country_rows(session: Session, countries: list[str], now: dt.datetime) -> list[dict]:
    rows = {
        iso3: {"iso3": iso3, "pairs_as_deporting": 0, "pairs_as_receiving": 0,
               "receiving_stage": None, "disputed": False, "legal_action_reports": 0,
               "rights_concern_reports": 0, "updated_at": now}
        for iso3 in countries
    }
    pairs = session.execute(
        select(PairStatusRow.deporting_country, PairStatusRow.receiving_country,
               PairStatusRow.stage, PairStatusRow.disputed)
        .where(or_(PairStatusRow.deporting_country.in_(countries),
                   PairStatusRow.receiving_country.in_(countries)))
    ).all()
    for deporting, receiving, stage, disputed in pairs:
        if deporting in rows:
            rows[deporting]["pairs_as_deporting"] += 1
            rows[deporting]["disputed"] |= disputed
        if receiving in rows:
            row = rows[receiving]
            row["pairs_as_receiving"] += 1
            row["disputed"] |= disputed
            row["receiving_stage"] = min(
                (s for s in (row["receiving_stage"], stage) if s), key=RECEIVING_STAGE_ORDER.index
            )
    for prefix, column in (("received", RemovalEventRow.receiving_country),
                           ("sent", RemovalEventRow.deporting_country)):
        totals = removal_totals_by(session, column, countries)
        for iso3, row in rows.items():
            total = totals.get(iso3, CountTotal())
            row.update({f"{prefix}_events": total.events, f"{prefix}_value": total.value,
                        f"{prefix}_qualifier": total.qualifier,
                        f"{prefix}_unknown": total.unknown_events})
    for key, fact_type, column in (
        ("legal_action_reports", "legal_action", FactRecord.jurisdiction),
        ("rights_concern_reports", "rights_concern", FactRecord.country),
    ):
        counted = session.execute(
            select(column, func.count())
            .where(column.in_(countries), FactRecord.type == fact_type,
                   FactRecord.status != "rejected")
            .group_by(column)
        ).all()
        for iso3, number in counted:
            rows[iso3][key] = number
    return list(rows.values())


def removal_totals_by(
    session: Session, column: Any, countries: Collection[str] | None = None
) -> dict[str, CountTotal]:
    """Add up firm removal events per value of one of their country columns.

    Args:
        session: an open session.
        column: ``RemovalEventRow.receiving_country`` or ``RemovalEventRow.deporting_country``.
        countries: only these ISO3 codes; all when None.

    Returns:
        A total per country that has firm removal events.
    """
    statement = _firm_removal_groups(column)
    if countries is not None:
        statement = statement.where(column.in_(list(countries)))
    groups: dict[str, list[tuple[str | None, int, int]]] = {}
    for iso3, qualifier, has_count, events, value in session.execute(statement):
        groups.setdefault(iso3, []).append(_group(qualifier, has_count, events, value))
    return {iso3: total_of_groups(parts) for iso3, parts in groups.items()}


def firm_removal_total(session: Session) -> CountTotal:
    """Add up all firm removal events."""
    rows = session.execute(_firm_removal_groups()).all()
    return total_of_groups(_group(*row) for row in rows)


def _firm_removal_groups(*by: Any) -> Select[Any]:
    known = RemovalEventRow.count.is_not(None)
    return (
        select(*by, RemovalEventRow.count_qualifier, known, func.count(),
               func.coalesce(func.sum(RemovalEventRow.count), 0))
        .where(RemovalEventRow.firm.is_(True))
        .group_by(*by, RemovalEventRow.count_qualifier, known)
    )


def _group(
    qualifier: str | None, has_count: bool, events: int, value: int
) -> tuple[str | None, int, int]:
    return ((qualifier or "exact") if has_count else None, events, int(value))


def _has_data(row: dict[str, Any]) -> bool:
    return any(row[key] for key in ("pairs_as_deporting", "pairs_as_receiving",
                                    "received_events", "sent_events", "legal_action_reports",
                                    "rights_concern_reports"))
