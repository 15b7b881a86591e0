"""Merge removal facts from many articles into removal events.

**Removal events.** The same removal reported by several articles is one event: same pair,
compatible dates (one a prefix of the other — ``2025-07`` and ``2025-07-05`` — or one undated)
and compatible counts (their ranges overlap: "at least 130" fits 137, "about 300" fits 290).
Two reports of the same pair on the same day with incompatible counts are one flight whose
count is *disputed*: both counts are kept, the better-weighed one is shown. How reports are
grouped is ``tracker.layout.removal_clusters``; this module gives the events their facts.

Totals add up the firm events only, with the qualifier rules of ``tracker.counts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from thirdcountry.tracker.buckets import FactInfo, fill_buckets
from thirdcountry.tracker.dates import PartialDate
from thirdcountry.tracker.layout import Entry, removal_clusters
from thirdcountry.tracker.records import (
    FIRM_CERTAINTIES,
    SourcedFact,
    SourceRef,
    unique_sources,
)


@dataclass(slots=True)
class RemovalEvent:
    """One removal (a flight, a handover) with the facts reporting it.

    Attributes:
        deporting, receiving: the pair (ISO3).
        date: the most precise date any report gives, or None.
        count, count_qualifier: the count shown for the event (None when nobody states one).
        disputed: reports of this event give incompatible counts.
        counts_reported: every distinct ``(count, qualifier)`` the reports give.
        facts: the reports, best-weighed first (read from the tracker's tables: the best few).
        key: a stable identity: the smallest fact id among its reports.
        fact_count, source_count: all its reports, and the distinct articles and copies.
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
    key: int = 0
    fact_count: int = 0
    source_count: int = 0

    @property
    def firm(self) -> bool:
        return self.curated or self.certainty in FIRM_CERTAINTIES

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """The distinct articles (and copies) of :attr:`facts`."""
        return unique_sources(self.facts)


def merge_removals(facts: Iterable[SourcedFact]) -> list[RemovalEvent]:
    """Group removal facts into events, one per real removal.

    Args:
        facts: sourced facts; those that are not removals are ignored.

    Returns:
        The events, ordered by pair, then date (undated last), then first fact id.
    """
    infos = [FactInfo.of(f) for f in facts if f.fact.type == "removal"]
    by_pair: dict[str, list] = {}
    for bucket in fill_buckets(infos):
        by_pair.setdefault(bucket.subject, []).append(bucket)
    events = []
    for subject in sorted(by_pair):
        deporting, receiving = subject.split(":")
        for entry in removal_clusters(by_pair[subject]):
            events.append(removal_event(deporting, receiving, entry, members_of(entry)))
    return events


def removal_event(deporting: str, receiving: str, entry: Entry,
                  facts: tuple[SourcedFact, ...]) -> RemovalEvent:
    """The public event of a merged removal entry, with the facts to show."""
    return RemovalEvent(
        deporting=deporting, receiving=receiving, date=entry.date, count=entry.count,
        count_qualifier=entry.count_qualifier, nationalities=tuple(sorted(entry.nationalities)),
        facility=entry.facility, legal_basis=entry.legal_basis, certainty=entry.certainty,
        curated=entry.curated, disputed=entry.count_disputed,
        counts_reported=entry.counts_reported, facts=facts, key=entry.key,
        fact_count=entry.facts,
        source_count=entry.sources if entry.sources is not None else len(unique_sources(facts)),
    )


def members_of(entry: Entry) -> tuple[SourcedFact, ...]:
    """All facts of an entry built in memory, best-weighed first."""
    return best_first(info.sourced for bucket in entry.buckets for info in bucket.members
                      if info.sourced is not None)


def best_first(facts: Iterable[SourcedFact]) -> tuple[SourcedFact, ...]:
    """Order reports best-weighed first (curated, then certainty), then oldest first."""
    return tuple(sorted(facts, key=lambda f: (f.weight, -f.fact_id), reverse=True))


FactsOf = Callable[[Entry], tuple[SourcedFact, ...]]
