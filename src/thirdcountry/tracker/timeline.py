"""One country pair's history: stages in order, removals, current status and disputes.

**Entries.** Firm arrangement facts of one stage with compatible dates are one timeline entry
(several articles reporting one signature), and so are soft ones; each removal event is an
entry too, counting as evidence of the ``implemented`` stage (people were sent).

**Order.** Entries are ordered by date. An undated entry is placed no later than the first
publication of the articles stating it and before any dated entry of a later lifecycle stage
(a deal "signed" and "scrapped in 2024" in one article was signed before 2024 was over).
When two dates may name the same time ("2024" and "2024-04-14"), the lifecycle decides:
approached, negotiating, close, agreed, implemented, suspended or declined, ended.

**Current status.** Walking the entries in order, a later entry replaces the current one
unless it weighs less: a rumour or speculation never overrules a firm (confirmed or
reported) entry, whatever its stage or date — so a speculative "implemented" never replaces a
confirmed "agreed" — and an automatic entry never overrules one a curator confirmed; the
curator confirms the newer fact to move the status on. Nor does a later report of an earlier
step (approached, negotiating, close) undo an agreement or implementation: articles retell
history, and only a suspension, refusal or end moves a status back — if said of the same
time as what it contradicts, only when at least as certain. When the states deal on
two kinds of arrangement (Mexico refused a safe-third-country pact but takes third-country
deportees), an entry of the other kind becomes the status only if it is further along: a refusal,
suspension or end of one kind never ends the other. A removal counts as the kind of the firm
agreements its articles report (or of the pair's only kind).

**Disputes** are found by ``tracker.disputes``.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from thirdcountry.facts.schema import Arrangement
from thirdcountry.tracker.counts import CountTotal, removal_total
from thirdcountry.tracker.dates import DateIndex, PartialDate, most_precise, parse_published
from thirdcountry.tracker.disputes import (
    AGREEING_STAGES,
    UNSPECIFIED_KIND,
    Dispute,
    count_text_of,
    find_disputes,
    same_kind,
)
from thirdcountry.tracker.merge import RemovalEvent, merge_removals
from thirdcountry.tracker.records import (
    SourcedFact,
    SourceRef,
    earliest_published,
    unique_sources,
)

STAGE_RANK = {
    "approached": 0, "negotiating": 1, "close": 2, "agreed": 3, "implemented": 4,
    "suspended": 5, "declined": 5, "ended": 6,
}
PROGRESSION = ("approached", "negotiating", "close", "agreed", "implemented")
ENDING_STAGES = frozenset({"suspended", "declined", "ended"})
REMOVAL_STAGE = "implemented"


@dataclass(slots=True)
class TimelineEntry:
    """A stage of a pair (or a removal) with every fact that reports it.

    Attributes:
        stage: the arrangement stage; ``implemented`` for a removal.
        date: the most precise date the reports give, or None.
        placed: where the entry sits in time when undated (see the module docstring).
        kind: the arrangement kind the reports give; for a removal, the kind of the firm
            agreements its articles report, else the pair's only one (None if unknown).
        certainty: the best-weighed report's certainty.
        curated: a curator confirmed or edited one of its facts.
        facts: the reports, best-weighed first.
        removal: the removal event, for a removal entry.
        disputed: another entry or a report contradicts it.
        sources, documents: the distinct articles (and copies) behind it, and their ids.
        published: the earliest publication among them.
        firm: some report is firm or curated.
    """

    stage: str
    date: PartialDate | None
    kind: str | None
    certainty: str
    curated: bool
    facts: tuple[SourcedFact, ...]
    removal: RemovalEvent | None = None
    placed: PartialDate | None = None
    disputed: bool = False
    sources: tuple[SourceRef, ...] = field(init=False, repr=False)
    documents: frozenset[int] = field(init=False, repr=False)
    published: PartialDate | None = field(init=False, repr=False)
    firm: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.sources = unique_sources(self.facts)
        self.documents = frozenset(source.document_id for source in self.sources)
        self.published = earliest_published(self.facts)
        self.firm = any(f.curated or f.firm for f in self.facts)

    @property
    def weight(self) -> tuple[int, int]:
        """The best-weighed report's trust (curated, then certainty)."""
        return max(f.weight for f in self.facts)

    @property
    def level(self) -> int:
        """How much the entry weighs against a later one: soft 0, firm 2, +1 if curated."""
        return 2 * self.firm + self.curated

    @property
    def label(self) -> str:
        if self.removal is None:
            return self.stage
        return f"removal of {_count_text(self.removal)}"


@dataclass(slots=True)
class PairTimeline:
    """Everything known about one (deporting, receiving) pair.

    Attributes:
        entries: the timeline, oldest first.
        current: the entry that sets the current status, or None without any.
        kind: the arrangement kind (``unspecified`` when no report says).
        furthest_stage: the furthest of approached..implemented that firm reports reached.
        removals: the pair's removal events, oldest first.
        removal_total: people removed, firm events only.
    """

    deporting: str
    receiving: str
    kind: str
    entries: list[TimelineEntry]
    current: TimelineEntry | None
    furthest_stage: str | None
    disputes: list[Dispute]
    removals: list[RemovalEvent]
    removal_total: CountTotal
    facts: tuple[SourcedFact, ...] = field(default=())

    @property
    def stage(self) -> str | None:
        return self.current.stage if self.current else None

    @property
    def certainty(self) -> str | None:
        return self.current.certainty if self.current else None

    @property
    def disputed(self) -> bool:
        return bool(self.disputes)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


def build_timeline(deporting: str, receiving: str, facts: Iterable[SourcedFact]) -> PairTimeline:
    """Merge a pair's arrangement and removal facts into its timeline and current status.

    Args:
        deporting: ISO3 of the deporting state.
        receiving: ISO3 of the receiving state.
        facts: the pair's non-rejected facts (others are ignored).

    Returns:
        The pair's timeline.
    """
    pair_facts = tuple(
        f for f in facts
        if getattr(f.fact, "deporting_country", None) == deporting
        and getattr(f.fact, "receiving_country", None) == receiving
    )
    arrangements = [f for f in pair_facts if isinstance(f.fact, Arrangement)]
    removals = merge_removals(pair_facts)
    entries = _stage_entries(arrangements) + [_removal_entry(e) for e in removals]
    _give_removals_a_kind(entries)
    _place_undated(entries)
    entries.sort(key=functools.cmp_to_key(_chronological))
    current: TimelineEntry | None = None
    for entry in entries:
        if current is None or _overrules(entry, current):
            current = entry
    disputes = find_disputes(entries)
    reached = [STAGE_RANK[e.stage] for e in entries if e.firm and e.stage in PROGRESSION]
    return PairTimeline(
        deporting=deporting,
        receiving=receiving,
        kind=_pair_kind(current, arrangements),
        entries=entries,
        current=current,
        furthest_stage=PROGRESSION[max(reached)] if reached else None,
        disputes=disputes,
        removals=removals,
        removal_total=removal_total(removals),
        facts=pair_facts,
    )


def _stage_entries(arrangements: list[SourcedFact]) -> list[TimelineEntry]:
    """Group arrangement facts by stage, firmness and compatible date into entries.

    Firm and soft reports never share an entry: "could arrive within weeks" is not one more
    source for the arrival it anticipates.
    """
    groups: dict[tuple[str, bool], list[SourcedFact]] = {}
    for sourced in arrangements:
        key = (_arrangement(sourced).stage, sourced.firm or sourced.curated)
        groups.setdefault(key, []).append(sourced)
    entries = []
    for (stage, _firm), facts in groups.items():
        for cluster in _date_clusters(facts):
            members = tuple(sorted(cluster, key=lambda f: (f.weight, -f.fact_id), reverse=True))
            entries.append(TimelineEntry(
                stage=stage,
                date=_cluster_date(members),
                kind=_most_specific_kind(members),
                certainty=members[0].fact.certainty,
                curated=any(f.curated for f in members),
                facts=members,
            ))
    return entries


def _date_clusters(facts: list[SourcedFact]) -> list[list[SourcedFact]]:
    """Cluster one stage's facts: dated ones by compatible date, then undated ones.

    An undated fact joins the latest dated cluster its article could have known about (dated
    no later than its publication), else the one cluster of undated facts.
    """
    dated = [(f.date, f) for f in facts if f.date is not None]
    dated.sort(key=lambda item: (-item[0].precision, item[0], item[1].fact_id))
    clusters: list[tuple[PartialDate, list[SourcedFact]]] = []
    by_date: DateIndex[tuple[PartialDate, list[SourcedFact]]] = DateIndex()
    for date, sourced in dated:
        # The cluster of the very same date first, then the latest compatible one.
        fitting = by_date.exact(date) or by_date.latest(date)
        if fitting:
            fitting[1].append(sourced)
        else:
            cluster: tuple[PartialDate, list[SourcedFact]] = (date, [sourced])
            clusters.append(cluster)
            by_date.add(date, cluster)
    clusters.sort(key=lambda c: c[0].first_day())
    starts = [date.first_day() for date, _ in clusters]
    undated: list[SourcedFact] = []
    for sourced in (f for f in facts if f.date is None):
        published = parse_published(sourced.document.published)
        known = len(starts) if published is None else bisect_right(starts, published.last_day())
        if known:
            clusters[known - 1][1].append(sourced)
        else:
            undated.append(sourced)
    return [members for _, members in clusters] + ([undated] if undated else [])


def _cluster_date(cluster: Iterable[SourcedFact]) -> PartialDate | None:
    return most_precise(f.date for f in cluster)


def _removal_entry(event: RemovalEvent) -> TimelineEntry:
    return TimelineEntry(
        stage=REMOVAL_STAGE, date=event.date, kind=None, certainty=event.certainty,
        curated=event.curated, facts=event.facts, removal=event, disputed=event.disputed,
    )


def _give_removals_a_kind(entries: list[TimelineEntry]) -> None:
    """A removal takes the kind of the firm agreements its articles report, else the pair's."""
    kinds_by_document: dict[int, Counter[str]] = {}
    pair_kinds: set[str] = set()
    for entry in entries:
        if (entry.removal is None and entry.firm and entry.stage in AGREEING_STAGES
                and entry.kind is not None and entry.kind != UNSPECIFIED_KIND):
            pair_kinds.add(entry.kind)
            for document in entry.documents:
                kinds_by_document.setdefault(document, Counter())[entry.kind] += 1
    for entry in (e for e in entries if e.removal is not None):
        shared: Counter[str] = Counter()
        for document in entry.documents:
            shared.update(kinds_by_document.get(document, {}))
        if shared:
            entry.kind = shared.most_common(1)[0][0]
        elif len(pair_kinds) == 1:
            entry.kind = next(iter(pair_kinds))


def _place_undated(entries: list[TimelineEntry]) -> None:
    """Give each entry the time it is ordered by (its date, or the bound for an undated one).

    An undated entry is bounded by the first publication of its articles and by the dated
    entries of later lifecycle stages, of the same kind, that one of its articles reports.
    """
    dated = [e for e in entries if e.date is not None]
    for entry in entries:
        if entry.date is not None:
            entry.placed = entry.date
            continue
        bounds = [
            later.date for later in dated
            if later.date is not None and STAGE_RANK[later.stage] > STAGE_RANK[entry.stage]
            and same_kind(later.kind, entry.kind) and entry.documents & later.documents
        ]
        if entry.published is not None:
            bounds.append(entry.published)
        entry.placed = min(bounds) if bounds else None


def _overrules(entry: TimelineEntry, current: TimelineEntry) -> bool:
    """Whether a later entry becomes the current status (see the module docstring)."""
    if entry.level < current.level:
        return False
    if (entry.stage in PROGRESSION and current.stage in PROGRESSION
            and STAGE_RANK[entry.stage] < STAGE_RANK[current.stage]):
        # Arrangements do not go back from agreed to talks: a later report of an earlier
        # step retells history. Only a suspension, refusal or end moves a status back.
        return False
    if (entry.stage in ENDING_STAGES and entry.placed is not None and current.placed is not None
            and entry.placed.compatible(current.placed) and entry.weight < current.weight):
        # Said of the same time, a refusal or end must be as certain as what it contradicts.
        return False
    if same_kind(entry.kind, current.kind):
        return True
    # Two kinds of arrangement between the same states: the one further along is the status.
    if entry.stage in ENDING_STAGES:
        return False
    return current.stage in ENDING_STAGES or STAGE_RANK[entry.stage] >= STAGE_RANK[current.stage]


def _chronological(a: TimelineEntry, b: TimelineEntry) -> int:
    if a.placed is not None and b.placed is not None and not a.placed.compatible(b.placed):
        return -1 if a.placed < b.placed else 1
    key_a = _tie_key(a)
    key_b = _tie_key(b)
    return (key_a > key_b) - (key_a < key_b)


def _tie_key(entry: TimelineEntry) -> tuple[int, int, int, int, int]:
    placed = entry.placed.precision if entry.placed else 0
    return (STAGE_RANK[entry.stage], entry.removal is not None, entry.date is not None, placed,
            min(f.fact_id for f in entry.facts))


def _count_text(event: RemovalEvent) -> str:
    if event.count is None:
        return "an unknown number of people"
    return f"{count_text_of(event.count, event.count_qualifier)} people"


def _arrangement(sourced: SourcedFact) -> Arrangement:
    if not isinstance(sourced.fact, Arrangement):
        raise TypeError(f"fact {sourced.fact_id} is a {sourced.fact.type}, not an arrangement")
    return sourced.fact


def _most_specific_kind(facts: Iterable[SourcedFact]) -> str:
    kinds = Counter(_arrangement(f).kind for f in facts)
    kinds.pop(UNSPECIFIED_KIND, None)
    return kinds.most_common(1)[0][0] if kinds else UNSPECIFIED_KIND


def _pair_kind(current: TimelineEntry | None, arrangements: list[SourcedFact]) -> str:
    """The current entry's kind when it says one, else what most firm reports, else any, say."""
    if current is not None and current.kind is not None and current.kind != UNSPECIFIED_KIND:
        return current.kind
    kind = _most_specific_kind(f for f in arrangements if f.firm or f.curated)
    return kind if kind != UNSPECIFIED_KIND else _most_specific_kind(arrangements)
