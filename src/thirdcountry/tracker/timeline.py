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

**Disputes** are found by ``tracker.layout.find_disputes`` and said by ``tracker.disputes``.

How facts become entries and how entries are weighed is ``tracker.layout``, which works on
buckets of alike facts (``tracker.buckets``); :func:`build_timeline` runs it on facts in memory,
``tracker.queries.pair_timeline`` reads what ``tracker.materialise`` stored from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from thirdcountry.tracker.buckets import PAIR_FAMILIES, REMOVAL_STAGE, STAGE_RANK, FactInfo
from thirdcountry.tracker.buckets import fill_buckets as _fill_buckets
from thirdcountry.tracker.counts import CountTotal
from thirdcountry.tracker.dates import PartialDate
from thirdcountry.tracker.disputes import Dispute, count_text_of, dispute_summary
from thirdcountry.tracker.layout import (
    ENDING_STAGES,
    PROGRESSION,
    Entry,
    MemoryDocuments,
    PairLayout,
    arrange,
    removal_clusters,
    stage_clusters,
)
from thirdcountry.tracker.merge import RemovalEvent, members_of, removal_event
from thirdcountry.tracker.records import SourcedFact, SourceRef, unique_sources

__all__ = ["ENDING_STAGES", "PROGRESSION", "REMOVAL_STAGE", "STAGE_RANK", "PairTimeline",
           "TimelineEntry", "build_timeline", "public_timeline"]


@dataclass(slots=True)
class TimelineEntry:
    """A stage of a pair (or a removal) with the facts that report it.

    Attributes:
        stage: the arrangement stage; ``implemented`` for a removal.
        date: the most precise date the reports give, or None.
        placed: where the entry sits in time when undated (see the module docstring).
        kind: the arrangement kind the reports give; for a removal, the kind of the firm
            agreements its articles report, else the pair's only one (None if unknown).
        certainty: the best-weighed report's certainty.
        curated: a curator confirmed or edited one of its facts.
        facts: the reports, best-weighed first; read from the tracker's tables, only a page
            of them (``fact_count`` says how many there are).
        removal: the removal event, for a removal entry.
        disputed: another entry or a report contradicts it.
        key: its smallest fact id, which identifies it while its reports stay.
        fact_count: how many reports it has.
        firm: some report is firm or curated.
        published: the earliest publication of its articles.
        weight: the best-weighed report's trust (curated, then certainty).
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
    key: int = 0
    fact_count: int = 0
    firm: bool = False
    published: PartialDate | None = None
    weight: tuple[int, int] = (0, 0)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """The distinct articles (and copies) of :attr:`facts`."""
        return unique_sources(self.facts)

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
        facts: the facts shown (all of them when built from facts in memory).
        fact_count, source_count: all the pair's facts, and the distinct articles and
            syndicated copies behind them.
        entry_count: how many entries the timeline has (``entries`` may be a page of them).
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
    fact_count: int = 0
    source_count: int = 0
    entry_count: int = 0

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
        """The distinct articles (and copies) of :attr:`facts`."""
        return unique_sources(self.facts)


def build_timeline(deporting: str, receiving: str, facts: Iterable[SourcedFact]) -> PairTimeline:
    """Merge a pair's arrangement and removal facts into its timeline and current status.

    Args:
        deporting: ISO3 of the deporting state.
        receiving: ISO3 of the receiving state.
        facts: the pair's non-rejected facts in id order (others are ignored).

    Returns:
        The pair's timeline, every entry with all its facts.
    """
    pair_facts = tuple(
        f for f in facts
        if f.fact.type in PAIR_FAMILIES
        and getattr(f.fact, "deporting_country", None) == deporting
        and getattr(f.fact, "receiving_country", None) == receiving
    )
    buckets = _fill_buckets(FactInfo.of(f) for f in pair_facts)
    entries = stage_clusters(b for b in buckets if b.family == "arrangement")
    entries += removal_clusters(b for b in buckets if b.family == "removal")
    layout = arrange(entries, MemoryDocuments(entries))
    return public_timeline(deporting, receiving, layout, members_of, outlets_of_facts,
                           facts=pair_facts, fact_count=len(pair_facts),
                           source_count=len(unique_sources(pair_facts)))


def public_timeline(
    deporting: str,
    receiving: str,
    layout: PairLayout,
    facts_of: Callable[[Entry], tuple[SourcedFact, ...]],
    outlets_of: Callable[[TimelineEntry], str],
    *,
    facts: tuple[SourcedFact, ...] | None = None,
    fact_count: int,
    source_count: int,
) -> PairTimeline:
    """Turn a pair's layout into its public timeline.

    Args:
        deporting, receiving: the pair.
        layout: what ``tracker.layout.arrange`` made of its entries.
        facts_of: the facts to show for an entry, best-weighed first.
        outlets_of: the outlets behind an entry, for dispute summaries.
        facts: the pair's facts (default: those shown).
        fact_count, source_count: all the pair's facts and sources.
    """
    public: dict[int, TimelineEntry] = {}
    events: dict[int, RemovalEvent] = {}
    for entry in layout.entries:
        shown = facts_of(entry)
        removal = None
        if entry.is_removal:
            removal = events[entry.key] = removal_event(deporting, receiving, entry, shown)
        public[entry.key] = TimelineEntry(
            stage=entry.stage or REMOVAL_STAGE, date=entry.date, kind=entry.kind,
            certainty=entry.certainty, curated=entry.curated, facts=shown, removal=removal,
            placed=entry.placed, disputed=entry.disputed, key=entry.key,
            fact_count=entry.facts, firm=entry.firm, published=entry.published,
            weight=entry.weight,
        )
    disputes = []
    for dispute in layout.disputes:
        entries = tuple(public[e.key] for e in dispute.entries)
        disputes.append(Dispute(dispute.kind, dispute_summary(dispute.kind, entries, outlets_of),
                                entries))
    shown_facts = tuple(f for entry in public.values() for f in entry.facts)
    return PairTimeline(
        deporting=deporting,
        receiving=receiving,
        kind=layout.kind,
        entries=[public[e.key] for e in layout.entries],
        current=public[layout.current.key] if layout.current is not None else None,
        furthest_stage=layout.furthest_stage,
        disputes=disputes,
        removals=[events[e.key] for e in layout.removals],
        removal_total=layout.removal_total,
        facts=shown_facts if facts is None else facts,
        fact_count=fact_count,
        source_count=source_count,
        entry_count=len(layout.entries),
    )


def outlets_of_facts(entry: TimelineEntry) -> str:
    """The outlets (or ``document N``) of an entry's facts, in the order of its sources."""
    names = [s.outlet or f"document {s.document_id}" for s in entry.sources]
    return ", ".join(dict.fromkeys(names))


def _count_text(event: RemovalEvent) -> str:
    if event.count is None:
        return "an unknown number of people"
    return f"{count_text_of(event.count, event.count_qualifier)} people"
