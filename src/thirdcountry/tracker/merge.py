"""Merge removal facts from many articles into removal events.

Everything here is pure: it takes :class:`~thirdcountry.tracker.records.SourcedFact` records
and returns merged objects; ``tracker.status`` loads the records and materialises the results.

**Removal events.** The same removal reported by several articles is one event: same pair,
compatible dates (one a prefix of the other — ``2025-07`` and ``2025-07-05`` — or one undated)
and compatible counts (their ranges overlap: "at least 130" fits 137, "about 300" fits 290).
Two reports of the same pair on the same day with incompatible counts are one flight whose
count is *disputed*: both counts are kept, the better-weighed one is shown.

Totals add up the firm events only, with the qualifier rules of ``tracker.counts``.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from thirdcountry.facts.schema import Removal
from thirdcountry.tracker.counts import CountRange, count_range
from thirdcountry.tracker.dates import (
    DateIndex,
    PartialDate,
    most_precise,
    parse_published,
)
from thirdcountry.tracker.records import (
    FIRM_CERTAINTIES,
    SourcedFact,
    SourceRef,
    unique_sources,
)

# Events whose possible counts span more than this are compared with every undated report.
INDEXED_COUNT_SPAN = 1000


@dataclass(slots=True)
class RemovalEvent:
    """One removal (a flight, a handover) with every fact reporting it.

    Attributes:
        deporting, receiving: the pair (ISO3).
        date: the most precise date any report gives, or None.
        count, count_qualifier: the count shown for the event (None when nobody states one).
        disputed: reports of this event give incompatible counts.
        counts_reported: every distinct ``(count, qualifier)`` the reports give.
        facts: the reports, best-weighed first.
    """

    deporting: str
    receiving: str
    date: PartialDate | None
    count: int | None
    count_qualifier: str | None
    nationalities: tuple[str, ...]
    facility: str | None
    legal_basis: str | None
    certainty: str
    curated: bool
    disputed: bool
    counts_reported: tuple[tuple[int, str], ...]
    facts: tuple[SourcedFact, ...]

    @property
    def firm(self) -> bool:
        return self.curated or self.certainty in FIRM_CERTAINTIES

    @property
    def key(self) -> int:
        """A stable identity: the smallest fact id among its reports."""
        return min(f.fact_id for f in self.facts)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


@dataclass(slots=True)
class _Cluster:
    date: PartialDate | None
    range: CountRange | None
    members: list[SourcedFact] = field(default_factory=list)
    disputed: bool = False
    index: int = 0
    # The first day of ``date`` ("" when undated) and its parts; reports join only with as
    # precise or less precise dates, so neither ever changes.
    start: str = field(init=False)
    key: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.date.first_day() if self.date else ""
        self.key = self.date.prefixes()[-1] if self.date else ()


def merge_removals(facts: Iterable[SourcedFact]) -> list[RemovalEvent]:
    """Group removal facts into events, one per real removal.

    Reports are taken most precisely dated first, so undated reports join an event that a
    dated report has already set up. An undated report fitting several events joins the latest
    one that its article could have known about (dated no later than its publication).

    Args:
        facts: sourced facts; those that are not removals are ignored.

    Returns:
        The events, ordered by pair, then date (undated last), then first fact id.
    """
    by_pair: dict[tuple[str, str], list[SourcedFact]] = {}
    for sourced in facts:
        if isinstance(sourced.fact, Removal):
            pair = (sourced.fact.deporting_country, sourced.fact.receiving_country)
            by_pair.setdefault(pair, []).append(sourced)
    events: list[RemovalEvent] = []
    for pair in sorted(by_pair):
        clusters = _cluster_removals(by_pair[pair])
        events.extend(_event(pair, cluster) for cluster in clusters)
    events.sort(
        key=lambda e: (e.deporting, e.receiving, e.date is None, e.date or PartialDate(0), e.key)
    )
    return events


def _cluster_removals(reports: list[SourcedFact]) -> list[_Cluster]:
    """Cluster one pair's reports: dated ones, most precise first, then undated ones."""
    dated = [(f.date, f) for f in reports if f.date is not None]
    dated.sort(key=lambda item: (-item[0].precision, item[0], item[1].fact_id))
    clusters: list[_Cluster] = []
    by_date: DateIndex[_Cluster] = DateIndex()
    for date, sourced in dated:
        counted = _counted(sourced)
        key = date.prefixes()[-1]
        best: tuple[tuple[bool, str], _Cluster, bool] | None = None
        for cluster in by_date.compatible(date):
            same_date = cluster.key == key
            fits = counted is None or cluster.range is None or cluster.range.overlaps(counted)
            # Incompatible counts on the very same day: one flight with a disputed count.
            if not fits and not (same_date and len(key) == 3):
                continue
            rank = (same_date, cluster.start)  # the same date, else the latest
            if best is None or rank > best[0]:
                best = (rank, cluster, not fits)
        if best is None:
            cluster = _Cluster(date, counted, [sourced], index=len(clusters))
            clusters.append(cluster)
            by_date.add(date, cluster)
        else:
            _join(best[1], sourced, counted, conflict=best[2])
    _join_undated(clusters, [f for f in reports if f.date is None])
    return clusters


def _join_undated(clusters: list[_Cluster], reports: list[SourcedFact]) -> None:
    """Undated reports join the latest event their article could have known about.

    Candidates are found through an index of the counts each event can mean, so a report is
    compared with the few events of a compatible count, not with every event of the pair.
    """
    by_count: dict[int, list[_Cluster]] = {}
    open_ended: list[_Cluster] = []

    def file(cluster: _Cluster) -> None:
        span = cluster.range
        if span is None or span.high - span.low > INDEXED_COUNT_SPAN:
            open_ended.append(cluster)
        else:
            for value in range(math.ceil(span.low), math.floor(span.high) + 1):
                by_count.setdefault(value, []).append(cluster)

    for cluster in clusters:
        file(cluster)
    dated = sorted(clusters, key=_latest_first)  # every cluster so far has a date
    dated_keys = [_latest_first(c) for c in dated]
    undated: list[_Cluster] = []
    for sourced in sorted(reports, key=lambda f: f.fact_id):
        counted = _counted(sourced)
        published = parse_published(sourced.document.published)
        latest = published.last_day() if published else None
        if counted is None:
            # Any event fits a report without a count: the latest known one, else the first
            # undated one.
            known = len(dated) if latest is None else bisect_right(dated_keys, (latest, 0))
            target = dated[known - 1] if known else (undated[0] if undated else None)
            if target is not None:
                _join(target, sourced, None, conflict=False)
                continue
            candidates: Iterable[_Cluster] = ()
        elif counted.high - counted.low > INDEXED_COUNT_SPAN:
            candidates = clusters
        else:
            values = range(math.ceil(counted.low), math.floor(counted.high) + 1)
            candidates = itertools.chain(open_ended, *(by_count.get(v, ()) for v in values))
        fitting = [
            c for c in candidates
            if (latest is None or c.start <= latest)
            and (counted is None or c.range is None or c.range.overlaps(counted))
        ]
        if fitting:
            _join(max(fitting, key=_latest_first), sourced, counted, conflict=False)
        else:
            cluster = _Cluster(None, counted, [sourced], index=len(clusters))
            clusters.append(cluster)
            undated.append(cluster)
            file(cluster)


def _latest_first(cluster: _Cluster) -> tuple[str, int]:
    return (cluster.start, -cluster.index)


def _counted(sourced: SourcedFact) -> CountRange | None:
    removal = _removal(sourced)
    return count_range(removal.count, removal.count_qualifier)


def _join(cluster: _Cluster, sourced: SourcedFact, counted: CountRange | None, *,
          conflict: bool) -> None:
    cluster.members.append(sourced)
    cluster.date = most_precise([cluster.date, sourced.date])
    if conflict:
        cluster.disputed = True
    elif counted is not None:
        cluster.range = counted if cluster.range is None else cluster.range.intersect(counted)


def _removal(sourced: SourcedFact) -> Removal:
    if not isinstance(sourced.fact, Removal):
        raise TypeError(f"fact {sourced.fact_id} is a {sourced.fact.type}, not a removal")
    return sourced.fact


def _event(pair: tuple[str, str], cluster: _Cluster) -> RemovalEvent:
    members = best_first(cluster.members)
    removals = [_removal(f) for f in members]
    counted = [(f, r) for f, r in zip(members, removals, strict=True) if r.count is not None]
    reported = tuple(dict.fromkeys(
        (r.count, r.count_qualifier or "exact") for _, r in counted if r.count is not None
    ))
    count, qualifier = _event_count(counted, cluster.disputed)
    return RemovalEvent(
        deporting=pair[0],
        receiving=pair[1],
        date=cluster.date,
        count=count,
        count_qualifier=qualifier,
        nationalities=tuple(sorted({n for r in removals for n in r.nationalities})),
        facility=_most_common(r.facility for r in removals),
        legal_basis=_most_common(r.legal_basis for r in removals),
        certainty=members[0].fact.certainty,
        curated=any(f.curated for f in members),
        disputed=cluster.disputed,
        counts_reported=reported,
        facts=tuple(members),
    )


_QUALIFIER_PRECISION = {"exact": 4, "about": 3, "more_than": 2, "at_least": 2, "up_to": 1}


def _event_count(
    counted: Sequence[tuple[SourcedFact, Removal]], disputed: bool
) -> tuple[int | None, str | None]:
    """Pick the count to show: the best-weighed one if disputed, else the most telling one."""
    if not counted:
        return None, None

    def telling(item: tuple[SourcedFact, Removal]) -> tuple[int, int]:
        removal = item[1]
        qualifier = removal.count_qualifier or "exact"
        # Among lower bounds the higher bound tells more; among "up to" the lower ceiling.
        value = removal.count or 0
        return (_QUALIFIER_PRECISION[qualifier], value if qualifier != "up_to" else -value)

    if disputed:
        support = Counter((r.count, r.count_qualifier) for _, r in counted)
        chosen = max(counted, key=lambda item: (
            item[0].weight, support[(item[1].count, item[1].count_qualifier)], telling(item)
        ))
    else:
        chosen = max(counted, key=lambda item: (telling(item), item[0].weight))
    return chosen[1].count, chosen[1].count_qualifier or "exact"


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def best_first(facts: Iterable[SourcedFact]) -> tuple[SourcedFact, ...]:
    """Order reports best-weighed first (curated, then certainty), then oldest first."""
    return tuple(sorted(facts, key=lambda f: (f.weight, -f.fact_id), reverse=True))
