"""What changed: new facts and pair status changes, by the day the database learnt them.

A *status change* is a pair whose current status (as ``tracker.timeline`` weighs it) differs
after a day's new facts from what it was before them, or a pair that first appeared that day.
It is found by building the pair's timeline twice, from the facts added before the day and
from those added by its end; so a rumour that does not overrule a confirmed stage is a new
fact but no status change, exactly as on the map. Days are UTC calendar days of ``created_at``.

Pages go back in time by *active* days (days with at least one new fact), so a store that was
last updated months ago still shows its latest changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from thirdcountry.api.queries import VISIBLE
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.records import PAIR_TYPES, load_pair_facts
from thirdcountry.tracker.timeline import build_timeline

# New facts listed per day; the rest are counted ("and 240 more"), not listed.
FACTS_PER_DAY = 100

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A pair whose current status moved on one day.

    Attributes:
        from_stage: the status before the day, None for a pair first reported that day.
        to_stage: the status after it.
        certainty: the certainty of the entry that now sets the status.
        fact_ids: that day's new facts about the pair.
    """

    deporting: str
    receiving: str
    from_stage: str | None
    to_stage: str
    certainty: str
    fact_ids: tuple[int, ...]


@dataclass(slots=True)
class ChangeDay:
    """One active day: its status changes and new facts (at most FACTS_PER_DAY listed)."""

    day: dt.date
    status_changes: list[StatusChange] = field(default_factory=list)
    new_facts: list[tuple[FactRecord, Document]] = field(default_factory=list)
    more_facts: int = 0


def _utc_day(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes that were stored as UTC
        return moment.date()
    return moment.astimezone(dt.timezone.utc).date()


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc)


def active_days(session: Session, count: int, before: dt.date | None = None) -> list[dt.date]:
    """The latest ``count`` days (newest first) on which visible facts were added.

    Args:
        session: an open session.
        count: how many days at most.
        before: only days strictly before this one.

    Returns:
        The days, newest first.
    """
    days: list[dt.date] = []
    bound = _day_start(before) if before else None
    while len(days) < count:
        statement = select(func.max(FactRecord.created_at)).where(VISIBLE)
        if bound is not None:
            statement = statement.where(FactRecord.created_at < bound)
        latest = session.scalar(statement)
        if latest is None:
            break
        day = _utc_day(latest)
        days.append(day)
        bound = _day_start(day)
    return days


def recent_changes(
    session: Session, *, days: int, before: dt.date | None = None
) -> tuple[list[ChangeDay], dt.date | None]:
    """The changes of the latest active days.

    Args:
        session: an open session.
        days: how many active days to cover.
        before: cover only days before this one (for older pages).

    Returns:
        The days newest first, and the day to pass as ``before`` for the next page (None when
        there are no older changes).
    """
    found = active_days(session, days + 1, before)
    shown, older = found[:days], found[days:]
    if not shown:
        return [], None
    start, end = _day_start(shown[-1]), _day_start(shown[0] + dt.timedelta(days=1))
    result = {day: ChangeDay(day) for day in shown}
    counts = _fact_counts(session, start, end)
    for day in shown:
        rows = session.execute(
            select(FactRecord, Document).join(Document, Document.id == FactRecord.document_id)
            .where(VISIBLE, FactRecord.created_at >= _day_start(day),
                   FactRecord.created_at < _day_start(day + dt.timedelta(days=1)))
            .order_by(FactRecord.id).limit(FACTS_PER_DAY)
        ).all()
        result[day].new_facts = [(record, document) for record, document in rows]
        result[day].more_facts = max(0, counts.get(day, 0) - len(rows))
    for change_day, change in _status_changes(session, start, end):
        if change_day in result:
            result[change_day].status_changes.append(change)
    return [result[day] for day in shown], (shown[-1] if older else None)


def _fact_counts(session: Session, start: dt.datetime, end: dt.datetime) -> dict[dt.date, int]:
    counts: dict[dt.date, int] = {}
    moments = session.scalars(
        select(FactRecord.created_at)
        .where(VISIBLE, FactRecord.created_at >= start, FactRecord.created_at < end)
    )
    for moment in moments:
        counts[_utc_day(moment)] = counts.get(_utc_day(moment), 0) + 1
    return counts


def _status_changes(
    session: Session, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.date, StatusChange]]:
    """Replay each pair touched in the window day by day and report where its status moved."""
    touched = session.execute(
        select(FactRecord.deporting_country, FactRecord.receiving_country)
        .where(VISIBLE, FactRecord.type.in_(PAIR_TYPES), FactRecord.created_at >= start,
               FactRecord.created_at < end, FactRecord.deporting_country.is_not(None),
               FactRecord.receiving_country.is_not(None))
        .distinct()
    ).all()
    pairs: list[Pair] = sorted((row[0], row[1]) for row in touched)
    if not pairs:
        return []
    facts_by_pair = load_pair_facts(session, pairs)
    added = dict(session.execute(
        select(FactRecord.id, FactRecord.created_at)
        .where(tuple_(FactRecord.deporting_country, FactRecord.receiving_country).in_(pairs),
               FactRecord.type.in_(PAIR_TYPES), VISIBLE)
    ).all())
    changes = []
    for pair in pairs:
        facts = facts_by_pair.get(pair, [])
        days = sorted({_utc_day(added[f.fact_id]) for f in facts
                       if start <= _aware(added[f.fact_id]) < end})
        for day in days:
            changes.extend((day, c) for c in _change_on(pair, facts, added, day))
    return changes


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _change_on(pair: Pair, facts: Sequence, added: dict, day: dt.date) -> list[StatusChange]:
    day_start, day_end = _day_start(day), _day_start(day + dt.timedelta(days=1))
    before = [f for f in facts if _aware(added[f.fact_id]) < day_start]
    after = [f for f in facts if _aware(added[f.fact_id]) < day_end]
    old = build_timeline(*pair, before).current if before else None
    new = build_timeline(*pair, after).current
    if new is None or (old is not None and old.stage == new.stage):
        return []
    new_ids = tuple(f.fact_id for f in after if _aware(added[f.fact_id]) >= day_start)
    return [StatusChange(pair[0], pair[1], old.stage if old else None, new.stage,
                         new.certainty, new_ids)]
