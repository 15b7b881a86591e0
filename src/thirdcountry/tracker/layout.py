"""How a subject's buckets become its timeline entries, removal events and legal actions.

The rules are those the ``tracker.timeline``, ``tracker.merge`` and ``tracker.country_facts``
docstrings explain; this module applies them to buckets (``tracker.buckets``) rather than to
single facts, which gives the same entries because facts of one bucket always go together.
Where reports of one date interleave with others the buckets are taken in the order of their
first fact, so that identical reports (same pair, date and count) always make one event.

It works in two steps. :func:`stage_clusters`, :func:`removal_clusters` and
:func:`legal_clusters` group buckets into entries, looking only at the buckets' keys and first
fact ids. :func:`arrange` then weighs a pair's entries: removal kinds, where undated entries
sit, the order, the current status, disputes. It needs to know which entries share an article;
a :class:`Documents` answers that, from the facts in memory (:class:`MemoryDocuments`) or from
the tracker's tables (``tracker.materialise``).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from thirdcountry.tracker.buckets import (
    AGREEING_STAGES,
    REMOVAL_STAGE,
    STAGE_RANK,
    UNSPECIFIED_KIND,
    Bucket,
    Tally,
)
from thirdcountry.tracker.counts import CountRange, CountTotal, add_counts, count_range
from thirdcountry.tracker.dates import DateIndex, PartialDate, date_fits, most_precise
from thirdcountry.tracker.records import FIRM_CERTAINTIES

PROGRESSION = ("approached", "negotiating", "close", "agreed", "implemented")
ENDING_STAGES = frozenset({"suspended", "declined", "ended"})
# Events whose possible counts span more than this are compared with every undated report.
INDEXED_COUNT_SPAN = 1000
UNDATED_START = "0000-01-01"
# Share of the shorter court name's words the other must contain to name the same court.
SAME_COURT_OVERLAP = 0.75
_QUALIFIER_PRECISION = {"exact": 4, "about": 3, "more_than": 2, "at_least": 2, "up_to": 1}


@dataclass(slots=True, eq=False)
class Entry(Tally):
    """A timeline entry (a stage, or a removal event), a legal action or a rights concern.

    The tally adds up its buckets. ``key`` is its smallest fact id, its stable identity.
    For a removal, ``count`` .. ``counts_reported`` describe the event and ``count_disputed``
    says its reports give incompatible counts; ``disputed`` also covers stage disputes. An entry
    read back from the tracker's tables without its tally has ``loaded`` False; ``stored`` is
    the row it was read from.
    ``order`` is where it sits before :func:`arrange` sorts a pair's entries by time.
    """

    family: str = ""
    buckets: list[Bucket] = field(default_factory=list)
    bucket_ids: list[int] = field(default_factory=list)
    stage: str | None = None
    date: PartialDate | None = None
    firm: bool = False
    kind: str | None = None
    placed: PartialDate | None = None
    disputed: bool = False
    count_disputed: bool = False
    loaded: bool = True
    stored: Any = None
    current: bool = False
    sources: int | None = None
    order: tuple[Any, ...] = ()
    state: dict[str, Any] = field(default_factory=dict)
    count: int | None = None
    count_qualifier: str | None = None
    facility: str | None = None
    legal_basis: str | None = None
    counts_reported: tuple[tuple[int, str], ...] = ()
    outcome: str | None = None
    court: frozenset[str] = frozenset()
    concern: str | None = None

    @property
    def key(self) -> int:
        return self.first_fact_id

    @property
    def is_removal(self) -> bool:
        return self.family == "removal"

    @property
    def published(self) -> PartialDate | None:
        """The earliest publication of its articles."""
        return self.first_published

    @property
    def level(self) -> int:
        """How much the entry weighs against a later one: soft 0, firm 2, +1 if curated."""
        return 2 * self.firm + self.curated

    @property
    def event_firm(self) -> bool:
        """A removal event counts in totals when curated or confirmed or reported."""
        return self.curated or self.certainty in FIRM_CERTAINTIES

    def add_bucket(self, bucket: Bucket) -> None:
        self.buckets.append(bucket)
        self.bucket_ids.append(bucket.id)
        self.add(bucket)


@dataclass(frozen=True, slots=True)
class DisputeLayout:
    """Contradicting entries: ``stage`` (agreement, refusal) or ``count`` (one removal)."""

    kind: str
    entries: tuple[Entry, ...]


@dataclass(slots=True)
class PairLayout:
    """A pair's weighed timeline (see :func:`arrange`)."""

    entries: list[Entry]
    current: Entry | None
    disputes: list[DisputeLayout]
    kind: str
    furthest_stage: str | None
    removals: list[Entry]
    removal_total: CountTotal


class Documents(Protocol):
    """Which of a pair's entries share articles (and copies of them).

    :meth:`linked` need only be right for the pairs of entries :func:`arrange` asks about:
    those ``tracker.buckets.linked`` says of their buckets.
    """

    def linked(self, entry: Entry) -> set[int]:
        """Keys of the entries sharing at least one article with ``entry``."""
        ...

    def shared(self, a: Entry, b: Entry) -> tuple[int, int]:
        """How many articles and copies both entries have, and the lowest id of those articles
        (entries that share articles only)."""
        ...

    def same(self, a: Entry, b: Entry) -> bool:
        """Whether both entries come from exactly the same articles."""
        ...


class MemoryDocuments:
    """:class:`Documents` from buckets that know their articles (``Bucket.documents``)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._documents: dict[int, dict[int, int]] = {}
        self._by_document: dict[int, list[int]] = {}
        for entry in entries:
            documents: dict[int, int] = {}
            for bucket in entry.buckets:
                documents.update(bucket.documents)
            self._documents[entry.key] = documents
            for document in documents:
                self._by_document.setdefault(document, []).append(entry.key)

    def linked(self, entry: Entry) -> set[int]:
        found: set[int] = set()
        for document in self._documents[entry.key]:
            found.update(self._by_document[document])
        found.discard(entry.key)
        return found

    def shared(self, a: Entry, b: Entry) -> tuple[int, int]:
        mine, theirs = self._documents[a.key], self._documents[b.key]
        both = [document for document in mine if document in theirs]
        return sum(mine[document] for document in both), min(both)

    def same(self, a: Entry, b: Entry) -> bool:
        return self._documents[a.key].keys() == self._documents[b.key].keys()


# --- stage entries ---------------------------------------------------------------------------

def stage_clusters(buckets: Iterable[Bucket]) -> list[Entry]:
    """Group a pair's arrangement buckets by stage, firmness and compatible date.

    Firm and soft reports never share an entry: "could arrive within weeks" is not one more
    source for the arrival it anticipates. Within a stage, dated buckets are taken most
    precise first and join the cluster of the very same date, else the latest compatible
    one; an undated bucket joins the latest cluster its articles could have known about (dated
    no later than their publication), else the cluster of undated reports.

    Returns:
        The entries, by stage group (in the order of their first fact), oldest first within a
        group and the undated cluster last.
    """
    groups: dict[tuple[str, bool], list[Bucket]] = {}
    for bucket in buckets:
        groups.setdefault((bucket.stage or "", bucket.firm), []).append(bucket)
    entries = []
    for (stage, firm), members in groups.items():
        for cluster in _date_clusters(members):
            entry = Entry(family="arrangement", stage=stage, firm=firm)
            for bucket in cluster:
                entry.add_bucket(bucket)
            entry.date = most_precise(b.date for b in cluster)
            finish_entry(entry)
            entries.append(entry)
    preorder(entries)
    entries.sort(key=lambda e: e.order)
    return entries


def stage_groups(entries: Iterable[Entry]) -> dict[tuple[str, bool], list[Entry]]:
    """A pair's stage entries by (stage, firmness), each group in :func:`stage_clusters` order:
    dated clusters by their first day, undated last."""
    groups: dict[tuple[str, bool], list[Entry]] = {}
    for entry in entries:
        if not entry.is_removal:
            groups.setdefault((entry.stage or "", entry.firm), []).append(entry)
    for members in groups.values():
        members.sort(key=lambda e: (e.date is None, e.date.first_day() if e.date else "",
                                    -(e.date.precision if e.date else 0), e.date or PartialDate(0)))
    return groups


def preorder(entries: list[Entry]) -> None:
    """Set where a pair's entries sit before :func:`arrange` sorts them by time.

    Stage entries come first, by group (stage and firmness, in the order of the group's first
    fact), then as :func:`stage_groups` orders a group; removal events follow, by date
    (undated last), then smallest fact id.
    """
    for members in stage_groups(entries).values():
        first = min(e.key for e in members)
        for position, entry in enumerate(members):
            entry.order = (0, first, position)
    for entry in entries:
        if entry.is_removal:
            entry.order = (1, entry.date is None, entry.date or PartialDate(0), entry.key)


def finish_entry(entry: Entry) -> None:
    """Set what an entry shows from its tally: a stage's kind, a removal's count and kind..."""
    if entry.family == "arrangement":
        entry.kind = specific_kind(entry.kinds)
    elif entry.family == "removal":
        entry.firm = entry.any_firm
        finish_event(entry)


def _date_clusters(buckets: list[Bucket]) -> list[list[Bucket]]:
    dated = sorted((b for b in buckets if b.date is not None),
                   key=lambda b: (-b.date.precision, b.date))  # type: ignore[union-attr]
    clusters: list[tuple[PartialDate, list[Bucket]]] = []
    by_date: DateIndex[tuple[PartialDate, list[Bucket]]] = DateIndex()
    for bucket in dated:
        date = bucket.date
        assert date is not None
        fitting = by_date.exact(date) or by_date.latest(date)
        if fitting:
            fitting[1].append(bucket)
        else:
            cluster: tuple[PartialDate, list[Bucket]] = (date, [bucket])
            clusters.append(cluster)
            by_date.add(date, cluster)
    clusters.sort(key=lambda c: c[0].first_day())
    starts = [date.first_day() for date, _ in clusters]
    undated: list[Bucket] = []
    for bucket in (b for b in buckets if b.date is None):
        published = bucket.published
        known = len(starts) if published is None else bisect_right(starts, published.last_day())
        if known:
            clusters[known - 1][1].append(bucket)
        else:
            undated.append(bucket)
    return [members for _, members in clusters] + ([undated] if undated else [])


def specific_kind(kinds: dict[str, list[int]]) -> str:
    """The kind most reports give (ties: the best-weighed report's), else ``unspecified``."""
    candidates = [(n, (weight, -fact_id), kind)
                  for kind, (n, weight, fact_id, *_) in kinds.items() if kind != UNSPECIFIED_KIND]
    return max(candidates)[2] if candidates else UNSPECIFIED_KIND


def _first_kind(kinds: Iterable[dict[str, list[int]]]) -> str:
    """The kind most reports give (ties: the earliest report's), else ``unspecified``."""
    totals: dict[str, list[int]] = {}
    for table in kinds:
        for kind, (n, _weight, _fact_id, first) in table.items():
            if kind == UNSPECIFIED_KIND:
                continue
            found = totals.setdefault(kind, [0, first])
            found[0] += n
            found[1] = min(found[1], first)
    if not totals:
        return UNSPECIFIED_KIND
    return max(totals.items(), key=lambda item: (item[1][0], -item[1][1]))[0]


# --- removal events --------------------------------------------------------------------------

@dataclass(slots=True, eq=False)
class _Cluster:
    date: PartialDate | None
    range: CountRange | None
    members: list[Bucket] = field(default_factory=list)
    disputed: bool = False
    index: int = 0
    # ``range`` once the reports of each date precision (3 day .. 1 year) were taken.
    ranges: dict[int, CountRange | None] = field(default_factory=dict)
    # The first day of ``date`` ("" when undated) and its parts; reports join only with as
    # precise or less precise dates, so neither ever changes.
    start: str = field(init=False)
    key: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.date.first_day() if self.date else ""
        self.key = self.date.prefixes()[-1] if self.date else ()


def removal_clusters(buckets: Iterable[Bucket]) -> list[Entry]:
    """Group a pair's removal buckets into events, one per real removal.

    Reports of the same removal have compatible dates (one a prefix of the other, or one
    undated) and compatible counts (their ranges overlap: "at least 130" fits 137). Two reports
    of the same day with incompatible counts are one flight whose count is *disputed*. Buckets
    are taken most precisely dated first (then by date, then by first fact), so undated reports
    join an event a dated report has set up; an undated report fitting several events joins
    the latest one its article could have known about.

    Returns:
        The events, by date (undated last), then by smallest fact id.
    """
    reports = list(buckets)
    dated = sorted((b for b in reports if b.date is not None),
                   key=lambda b: (-b.date.precision, b.date, b.first_fact_id))  # type: ignore
    clusters: list[_Cluster] = []
    by_date: DateIndex[_Cluster] = DateIndex()
    level = 3

    def taken(precision: int) -> None:
        """Note every cluster's counts once the reports of this precision are taken."""
        for cluster in clusters:
            cluster.ranges[precision] = cluster.range

    for bucket in dated:
        date = bucket.date
        assert date is not None
        while level > date.precision:
            taken(level)
            level -= 1
        counted = count_range(bucket.count, bucket.count_qualifier)
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
            cluster = _Cluster(date, counted, [bucket], index=len(clusters))
            clusters.append(cluster)
            by_date.add(date, cluster)
        else:
            _join(best[1], bucket, counted, conflict=best[2])
    while level >= 1:
        taken(level)
        level -= 1
    _join_undated(clusters, sorted((b for b in reports if b.date is None),
                                   key=lambda b: b.first_fact_id))
    events = [_event(cluster) for cluster in clusters]
    preorder(events)
    events.sort(key=lambda e: e.order)
    return events


def _join_undated(clusters: list[_Cluster], reports: list[Bucket]) -> None:
    """Undated reports join the latest event their article could have known about.

    Candidates are found through an index of the counts each event can mean, so a report is
    compared with the few events of a compatible count, not with every event of the pair;
    each list of the index is kept latest event first, so the first that fits is the one.
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

    # Every cluster so far has a date; filed latest first, undated ones (filed later, each
    # after the ones before) come after all of them.
    dated = sorted(clusters, key=_latest_first)
    for cluster in reversed(dated):
        file(cluster)
    dated_keys = [_latest_first(c) for c in dated]
    everything = list(reversed(dated))
    undated: list[_Cluster] = []
    for bucket in reports:
        counted = count_range(bucket.count, bucket.count_qualifier)
        published = bucket.published
        latest = published.last_day() if published else None
        if counted is None:
            # Any event fits a report without a count: the latest known one, else the first
            # undated one.
            known = len(dated) if latest is None else bisect_right(dated_keys, (latest, 0))
            target = dated[known - 1] if known else (undated[0] if undated else None)
            if target is not None:
                _join(target, bucket, None, conflict=False)
                continue
            lists: list[list[_Cluster]] = []
        elif counted.high - counted.low > INDEXED_COUNT_SPAN:
            lists = [everything]
        else:
            values = range(math.ceil(counted.low), math.floor(counted.high) + 1)
            lists = [open_ended, *(by_count[v] for v in values if v in by_count)]
        best = None
        for cluster in heapq.merge(*lists, key=_latest_first, reverse=True):
            if ((latest is None or cluster.start <= latest)
                    and (counted is None or cluster.range is None
                         or cluster.range.overlaps(counted))):
                best = cluster
                break
        if best is not None:
            _join(best, bucket, counted, conflict=False)
        else:
            cluster = _Cluster(None, counted, [bucket], index=len(clusters))
            clusters.append(cluster)
            everything.append(cluster)
            undated.append(cluster)
            file(cluster)


def _latest_first(cluster: _Cluster) -> tuple[str, int]:
    return (cluster.start, -cluster.index)


def _join(cluster: _Cluster, bucket: Bucket, counted: CountRange | None, *,
          conflict: bool) -> None:
    cluster.members.append(bucket)
    cluster.date = most_precise([cluster.date, bucket.date])
    if conflict:
        cluster.disputed = True
    elif counted is not None:
        cluster.range = counted if cluster.range is None else cluster.range.intersect(counted)


def _event(cluster: _Cluster) -> Entry:
    entry = Entry(family="removal", stage=REMOVAL_STAGE, date=cluster.date,
                  disputed=cluster.disputed, count_disputed=cluster.disputed)
    for bucket in cluster.members:
        entry.add_bucket(bucket)
    finish_entry(entry)
    entry.state = {"index": cluster.index, "range": range_json(cluster.range)}
    if cluster.ranges:
        entry.state["ranges"] = {str(k): range_json(v) for k, v in cluster.ranges.items()}
    return entry


def range_json(span: CountRange | None) -> list[float | None] | None:
    """A count range as JSON (infinite bounds as null); None for an unknown count."""
    if span is None:
        return None
    return [None if math.isinf(span.low) else span.low,
            None if math.isinf(span.high) else span.high]


def range_of(value: list[float | None] | None) -> CountRange | None:
    """Read back what :func:`range_json` wrote."""
    if value is None:
        return None
    low, high = value
    return CountRange(-math.inf if low is None else low, math.inf if high is None else high)


def finish_event(entry: Entry) -> None:
    """Set what a removal event shows from its tally: count, nationalities, facility..."""
    counted = [(count, qualifier, *values) for (count, qualifier), values in entry.counts.items()
               if count is not None]
    counted.sort(key=lambda c: (-c[3], c[4]))  # best-weighed report first
    entry.counts_reported = tuple(dict.fromkeys((c[0], c[1] or "exact") for c in counted))
    entry.count, entry.count_qualifier = _event_count(counted, entry.count_disputed)
    entry.facility = _most_common(entry.facilities)
    entry.legal_basis = _most_common(entry.legal_bases)


def _event_count(counted: Sequence[tuple[Any, ...]], disputed: bool
                 ) -> tuple[int | None, str | None]:
    """Pick the count to show: the best-weighed one if disputed, else the most telling one."""
    if not counted:
        return None, None

    def telling(item: tuple[Any, ...]) -> tuple[int, int]:
        qualifier = item[1] or "exact"
        # Among lower bounds the higher bound tells more; among "up to" the lower ceiling.
        value = item[0] or 0
        return (_QUALIFIER_PRECISION[qualifier], value if qualifier != "up_to" else -value)

    if disputed:
        chosen = max(counted, key=lambda c: (c[3], c[2], telling(c), -c[4]))
    else:
        chosen = max(counted, key=lambda c: (telling(c), c[3], -c[4]))
    return chosen[0], chosen[1] or "exact"


def _most_common(values: dict[str, list[int]]) -> str | None:
    if not values:
        return None
    return max(values.items(), key=lambda item: (item[1][0], item[1][1], -item[1][2]))[0]


# --- weighing a pair's entries ---------------------------------------------------------------

def arrange(entries: list[Entry], documents: Documents) -> PairLayout:
    """Weigh a pair's entries (its stage entries and removal events) into its timeline.

    A removal takes the kind of the firm agreements its articles report (the one most of its
    articles back when they report several; on a tie, the one its earliest article backs),
    else the pair's only one. An undated entry is placed at the first publication of its articles or
    before the dated entries of a later stage, of the same kind, that one of its articles
    reports. Entries are then ordered by time (see ``tracker.timeline``), the current status
    is found, and disputes are flagged.

    Args:
        entries: the pair's entries, from :func:`stage_clusters` and :func:`removal_clusters`;
            sorted, flagged and given a kind and a placement here.
        documents: which entries share articles.

    Returns:
        The layout.
    """
    preorder(entries)
    entries.sort(key=lambda e: e.order)
    for entry in entries:
        entry.current = False
        entry.disputed = entry.count_disputed
    _give_removals_a_kind(entries, documents)
    _place_undated(entries, documents)
    entries.sort(key=functools.cmp_to_key(_chronological))
    current: Entry | None = None
    for entry in entries:
        if current is None or overrules(entry, current):
            current = entry
    if current is not None:
        current.current = True
    disputes = find_disputes(entries, documents.same)
    reached = [STAGE_RANK[e.stage or ""] for e in entries
               if e.firm and e.stage in PROGRESSION]
    removals = sorted((e for e in entries if e.is_removal), key=lambda e: e.order)
    return PairLayout(
        entries=entries,
        current=current,
        disputes=disputes,
        kind=_pair_kind(current, [e for e in entries if not e.is_removal]),
        furthest_stage=PROGRESSION[max(reached)] if reached else None,
        removals=removals,
        removal_total=add_counts((e.count, e.count_qualifier) for e in removals
                                 if e.event_firm),
    )


def _give_removals_a_kind(entries: list[Entry], documents: Documents) -> None:
    agreements = {
        e.key: e for e in entries
        if not e.is_removal and e.firm and e.stage in AGREEING_STAGES
        and e.kind is not None and e.kind != UNSPECIFIED_KIND
    }
    pair_kinds = {e.kind for e in agreements.values()}
    for entry in (e for e in entries if e.is_removal):
        entry.kind = None
        sharing = [agreements[key] for key in sorted(documents.linked(entry))
                   if key in agreements]
        kinds = {e.kind for e in sharing}
        if len(kinds) > 1:
            # Per kind: the articles (and copies) backing it, and the earliest of them.
            backing: dict[str, list[Any]] = {}
            for agreement in sharing:
                weight, first = documents.shared(entry, agreement)
                found = backing.setdefault(agreement.kind or "", [0, (first, agreement.order)])
                found[0] += weight
                found[1] = min(found[1], (first, agreement.order))
            entry.kind = max(backing.items(), key=lambda item: (item[1][0], _neg(item[1][1])))[0]
        elif kinds:
            entry.kind = kinds.pop()
        elif len(pair_kinds) == 1:
            entry.kind = next(iter(pair_kinds))


def _neg(first: tuple[int, tuple[Any, ...]]) -> tuple[Any, ...]:
    """Order ``(article id, entry order)`` so that the earliest compares greatest."""
    return (-first[0], tuple(-x for x in first[1]))


def _place_undated(entries: list[Entry], documents: Documents) -> None:
    dated = [e for e in entries if e.date is not None]
    for entry in entries:
        if entry.date is not None:
            entry.placed = entry.date
            continue
        rank = STAGE_RANK[entry.stage or REMOVAL_STAGE]
        linked = documents.linked(entry)
        bounds = [
            later.date for later in dated
            if later.date is not None and STAGE_RANK[later.stage or REMOVAL_STAGE] > rank
            and same_kind(later.kind, entry.kind) and later.key in linked
        ]
        if entry.published is not None:
            bounds.append(entry.published)
        entry.placed = min(bounds) if bounds else None


def overrules(entry: Entry, current: Entry) -> bool:
    """Whether a later entry becomes the current status (see ``tracker.timeline``)."""
    if entry.level < current.level:
        return False
    stage, current_stage = entry.stage or "", current.stage or ""
    if (stage in PROGRESSION and current_stage in PROGRESSION
            and STAGE_RANK[stage] < STAGE_RANK[current_stage]):
        # Arrangements do not go back from agreed to talks: a later report of an earlier
        # step retells history. Only a suspension, refusal or end moves a status back.
        return False
    if (stage in ENDING_STAGES and entry.placed is not None and current.placed is not None
            and entry.placed.compatible(current.placed) and entry.weight < current.weight):
        # Said of the same time, a refusal or end must be as certain as what it contradicts.
        return False
    if same_kind(entry.kind, current.kind):
        return True
    # Two kinds of arrangement between the same states: the one further along is the status.
    if stage in ENDING_STAGES:
        return False
    return current_stage in ENDING_STAGES or STAGE_RANK[stage] >= STAGE_RANK[current_stage]


def _chronological(a: Entry, b: Entry) -> int:
    if a.placed is not None and b.placed is not None and not a.placed.compatible(b.placed):
        return -1 if a.placed < b.placed else 1
    key_a = _tie_key(a)
    key_b = _tie_key(b)
    return (key_a > key_b) - (key_a < key_b)


def _tie_key(entry: Entry) -> tuple[int, int, int, int, int]:
    placed = entry.placed.precision if entry.placed else 0
    return (STAGE_RANK[entry.stage or REMOVAL_STAGE], entry.is_removal, entry.date is not None,
            placed, entry.key)


def _pair_kind(current: Entry | None, stages: list[Entry]) -> str:
    """The current entry's kind when it says one, else what most firm reports, else any, say."""
    if current is not None and current.kind is not None and current.kind != UNSPECIFIED_KIND:
        return current.kind
    kind = _first_kind(e.kinds for e in stages if e.firm)
    return kind if kind != UNSPECIFIED_KIND else _first_kind(e.kinds for e in stages)


def same_kind(a: str | None, b: str | None) -> bool:
    """Whether two entries may be about the same arrangement (an unknown kind fits any)."""
    return a in (None, UNSPECIFIED_KIND) or b in (None, UNSPECIFIED_KIND) or a == b


# --- disputes --------------------------------------------------------------------------------

def find_disputes(entries: list[Entry], same: Callable[[Entry, Entry], bool]
                  ) -> list[DisputeLayout]:
    """Find the contradictions among a pair's entries and flag the entries concerned.

    A firm ``declined`` against a firm ``close``/``agreed``/``implemented`` entry (or a
    removal) of the same kind, from other articles, whose times can overlap, is a *stage*
    dispute. A removal whose reports give incompatible counts for one flight is a *count*
    dispute. Undated entries span everything up to the first publication of their articles.

    Args:
        entries: the pair's entries in timeline order (their ``disputed`` flags are set here).
        same: whether two entries come from exactly the same articles.

    Returns:
        The disputes: refusals against agreements, then removals with two counts.
    """
    disputes = []
    refusals = [e for e in entries if e.stage == "declined" and e.firm and not e.is_removal]
    agreements = sorted(
        ((_window(e), e) for e in entries if e.stage in AGREEING_STAGES and e.firm),
        key=lambda item: item[0],
    )
    starts = [window[0] for window, _ in agreements]
    for refusal in refusals:
        start, end = _window(refusal)
        # A dated window spans at most a year, so an agreement overlapping this refusal starts
        # at most a year before it (undated ones start at 0000 and are always looked at).
        undated = bisect_right(starts, UNDATED_START)
        year_before = f"{int(start[:4]) - 1:04d}{start[4:]}" if start > UNDATED_START else start
        nearby = range(bisect_left(starts, year_before, lo=undated), bisect_right(starts, end))
        for index in itertools.chain(range(undated), nearby):
            (agreement_start, agreement_end), agreement = agreements[index]
            if (agreement_end < start or agreement_start > end
                    or not same_kind(refusal.kind, agreement.kind)
                    or same(refusal, agreement)):
                continue
            refusal.disputed = agreement.disputed = True
            disputes.append(DisputeLayout("stage", (agreement, refusal)))
    for entry in entries:
        if entry.count_disputed:
            disputes.append(DisputeLayout("count", (entry,)))
    return disputes


def _window(entry: Entry) -> tuple[str, str]:
    """The days an entry may be about; an undated one spans everything up to publication."""
    if entry.date is not None:
        return entry.date.first_day(), entry.date.last_day()
    return UNDATED_START, entry.published.last_day() if entry.published else "9999-12-31"


# --- legal actions and rights concerns -------------------------------------------------------

def legal_clusters(buckets: Iterable[Bucket]) -> list[Entry]:
    """Group a country's legal-action buckets into one entry per court action.

    Two reports are one action when they agree on jurisdiction and outcome, their dates are
    compatible and the longer court name contains most words of the shorter ("U.S. District
    Judge Brian E. Murphy" and "Judge Brian E. Murphy in Boston"). Buckets are taken most
    precisely dated first, then by first fact; each joins the first action that fits.

    Returns:
        The entries, oldest first, undated ones last.
    """
    groups: dict[tuple[str, str], list[Entry]] = {}
    ordered = sorted(buckets, key=lambda b: (-(b.date.precision if b.date else 0),
                                             b.first_fact_id))
    created = 0
    for bucket in ordered:
        clusters = groups.setdefault((bucket.subject, bucket.outcome or ""), [])
        for cluster in clusters:
            if same_court(bucket.court, cluster.court) and date_fits(
                cluster.date, bucket.date, bucket.published
            ):
                cluster.add_bucket(bucket)
                cluster.date = most_precise([cluster.date, bucket.date])
                break
        else:
            cluster = Entry(family="legal_action", date=bucket.date, outcome=bucket.outcome,
                            court=bucket.court, state={"index": created})
            cluster.add_bucket(bucket)
            clusters.append(cluster)
            created += 1
    entries = [cluster for clusters in groups.values() for cluster in clusters]
    entries.sort(key=lambda e: (e.date is None, e.date or PartialDate(0), e.best_fact_id))
    return entries


def same_court(a: frozenset[str], b: frozenset[str]) -> bool:
    """Most of the shorter name's words are in the longer one ("Judge X" in "Judge X in Boston")."""
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= SAME_COURT_OVERLAP


def concern_entries(buckets: Iterable[Bucket]) -> list[Entry]:
    """A country's rights concerns: one entry per wording, most sources first."""
    entries = []
    for bucket in buckets:
        entry = Entry(family="rights_concern", concern=bucket.concern, sources=bucket.sources)
        entry.add_bucket(bucket)
        entries.append(entry)
    entries.sort(key=lambda e: (-(e.sources or 0), e.best_fact_id))
    return entries
