"""Legal actions and rights concerns reported by several articles, merged per country.

Legal actions and rights concerns reported by several articles are one entry each when they
agree on the keys FACTS.md scores them on plus what names the same thing: for legal actions
jurisdiction, outcome, compatible dates and most of one court name's words in the other's;
for rights concerns the country and the concern's wording. How reports are grouped is
``tracker.layout.legal_clusters`` and ``concern_entries``; this module gives the entries their
facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from thirdcountry.facts.schema import LegalAction, RightsConcern
from thirdcountry.tracker.buckets import FactInfo, fill_buckets
from thirdcountry.tracker.dates import PartialDate
from thirdcountry.tracker.layout import (
    SAME_COURT_OVERLAP,
    Entry,
    concern_entries,
    legal_clusters,
)
from thirdcountry.tracker.merge import members_of
from thirdcountry.tracker.records import SourcedFact, SourceRef, unique_sources

__all__ = ["SAME_COURT_OVERLAP", "LegalActionEntry", "RightsConcernEntry", "legal_action_entry",
           "merge_legal_actions", "merge_rights_concerns", "rights_concern_entry"]


@dataclass(slots=True)
class LegalActionEntry:
    """One court ruling or challenge with the facts reporting it (best-weighed first).

    ``facts`` holds all of them when merged in memory, the best few when read from the
    tracker's tables; ``fact_count`` says how many there are, ``key`` is the smallest fact id.
    """

    jurisdiction: str
    court: str
    subject: str
    outcome: str
    date: PartialDate | None
    certainty: str
    curated: bool
    facts: tuple[SourcedFact, ...]
    key: int = 0
    fact_count: int = 0

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


@dataclass(slots=True)
class RightsConcernEntry:
    """One rights concern about a country with the facts raising it (best-weighed first).

    ``facts``, ``fact_count`` and ``key`` as for :class:`LegalActionEntry`; ``source_count``
    counts the distinct articles and copies behind all of its facts.
    """

    country: str
    concern: str
    certainty: str
    curated: bool
    facts: tuple[SourcedFact, ...]
    key: int = 0
    fact_count: int = 0
    source_count: int = 0

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


def merge_legal_actions(facts: Iterable[SourcedFact]) -> list[LegalActionEntry]:
    """Group legal-action facts reported by several articles into one entry each.

    Args:
        facts: sourced facts; those that are not legal actions are ignored.

    Returns:
        The entries, oldest first, undated ones last.
    """
    infos = [FactInfo.of(f) for f in facts if isinstance(f.fact, LegalAction)]
    return [legal_action_entry(e, members_of(e)) for e in legal_clusters(fill_buckets(infos))]


def merge_rights_concerns(facts: Iterable[SourcedFact]) -> list[RightsConcernEntry]:
    """Group rights-concern facts with the same country and wording into one entry each.

    Args:
        facts: sourced facts; those that are not rights concerns are ignored.

    Returns:
        The entries, most sources first.
    """
    infos = [FactInfo.of(f) for f in facts if isinstance(f.fact, RightsConcern)]
    return [rights_concern_entry(e, members_of(e))
            for e in concern_entries(fill_buckets(infos))]


def legal_action_entry(entry: Entry, facts: tuple[SourcedFact, ...], *,
                       best: SourcedFact | None = None) -> LegalActionEntry:
    """The public legal action of a merged entry, named as its best fact (default: the first
    of ``facts``) names it."""
    best = (best or facts[0]).fact
    assert isinstance(best, LegalAction)  # only legal actions are clustered
    return LegalActionEntry(
        jurisdiction=best.jurisdiction, court=best.court, subject=best.subject,
        outcome=best.outcome, date=entry.date, certainty=entry.certainty,
        curated=entry.curated, facts=facts, key=entry.key, fact_count=entry.facts,
    )


def rights_concern_entry(entry: Entry, facts: tuple[SourcedFact, ...], *,
                         best: SourcedFact | None = None) -> RightsConcernEntry:
    """The public rights concern of a merged entry, worded as its best fact (default: the
    first of ``facts``) words it."""
    best = (best or facts[0]).fact
    assert isinstance(best, RightsConcern)
    return RightsConcernEntry(
        country=best.country, concern=best.concern, certainty=entry.certainty,
        curated=entry.curated, facts=facts, key=entry.key, fact_count=entry.facts,
        source_count=entry.sources or 0,
    )
