"""Legal actions and rights concerns reported by several articles, merged per country.

Legal actions and rights concerns reported by several articles are one entry each when they
agree on the keys FACTS.md scores them on plus what names the same thing: for legal actions
jurisdiction, outcome, compatible dates and most of one court name's words in the other's;
for rights concerns the country and the concern's wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from thirdcountry.facts.schema import LegalAction, RightsConcern
from thirdcountry.tracker.dates import PartialDate, date_fits, most_precise, parse_published
from thirdcountry.tracker.merge import best_first
from thirdcountry.tracker.records import SourcedFact, SourceRef, unique_sources

_NOT_WORD = re.compile(r"[^\w]+")
# Words that vary between reports of one court without naming another court.
_COURT_NOISE = frozenset({"the", "u", "s", "us", "a", "of", "in"})
# Share of the shorter court name's words the other must contain to name the same court.
SAME_COURT_OVERLAP = 0.75


@dataclass(slots=True)
class LegalActionEntry:
    """One court ruling or challenge, with every fact reporting it (best-weighed first)."""

    jurisdiction: str
    court: str
    subject: str
    outcome: str
    date: PartialDate | None
    certainty: str
    curated: bool
    facts: tuple[SourcedFact, ...]

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


@dataclass(slots=True)
class RightsConcernEntry:
    """One rights concern about a country, with every fact raising it (best-weighed first)."""

    country: str
    concern: str
    certainty: str
    curated: bool
    facts: tuple[SourcedFact, ...]

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(self.facts)


def merge_legal_actions(facts: Iterable[SourcedFact]) -> list[LegalActionEntry]:
    """Group legal-action facts reported by several articles into one entry each.

    Two reports are one action when they agree on jurisdiction and outcome, their dates are
    compatible and the longer court name contains most words of the shorter ("U.S. District
    Judge Brian E. Murphy" and "Judge Brian E. Murphy in Boston").

    Args:
        facts: sourced facts; those that are not legal actions are ignored.

    Returns:
        The entries, oldest first, undated ones last.
    """
    groups: dict[tuple[str, str], list[_LegalCluster]] = {}
    actions = [(f, f.fact) for f in facts if isinstance(f.fact, LegalAction)]
    actions.sort(key=lambda item: (-(item[0].date.precision if item[0].date else 0),
                                   item[0].fact_id))
    for sourced, action in actions:
        court = _court_words(action.court)
        published = parse_published(sourced.document.published)
        clusters = groups.setdefault((action.jurisdiction, action.outcome), [])
        for cluster in clusters:
            if _same_court(court, cluster.court) and date_fits(
                cluster.date, sourced.date, published
            ):
                cluster.members.append(sourced)
                cluster.date = most_precise([cluster.date, sourced.date])
                break
        else:
            clusters.append(_LegalCluster(court, sourced.date, [sourced]))
    entries = []
    for cluster in (c for clusters in groups.values() for c in clusters):
        members = best_first(cluster.members)
        best = members[0].fact
        assert isinstance(best, LegalAction)  # only legal actions were clustered
        entries.append(LegalActionEntry(
            jurisdiction=best.jurisdiction, court=best.court, subject=best.subject,
            outcome=best.outcome, date=cluster.date, certainty=best.certainty,
            curated=any(f.curated for f in members), facts=members,
        ))
    entries.sort(key=lambda e: (e.date is None, e.date or PartialDate(0), e.facts[0].fact_id))
    return entries


@dataclass(slots=True)
class _LegalCluster:
    court: set[str]
    date: PartialDate | None
    members: list[SourcedFact]


def merge_rights_concerns(facts: Iterable[SourcedFact]) -> list[RightsConcernEntry]:
    """Group rights-concern facts with the same country and wording into one entry each.

    Args:
        facts: sourced facts; those that are not rights concerns are ignored.

    Returns:
        The entries, most sources first.
    """
    groups: dict[tuple[str, str], list[SourcedFact]] = {}
    for sourced in facts:
        if isinstance(sourced.fact, RightsConcern):
            words = (w for w in _NOT_WORD.split(sourced.fact.concern.lower()) if w)
            key = (sourced.fact.country, " ".join(words))
            groups.setdefault(key, []).append(sourced)
    entries = []
    for members in map(best_first, groups.values()):
        best = members[0].fact
        assert isinstance(best, RightsConcern)
        entries.append(RightsConcernEntry(
            country=best.country, concern=best.concern, certainty=best.certainty,
            curated=any(f.curated for f in members), facts=members,
        ))
    entries.sort(key=lambda e: (-len(e.sources), e.facts[0].fact_id))
    return entries


def _same_court(a: set[str], b: set[str]) -> bool:
    """Most of the shorter name's words are in the longer one ("Judge X" in "Judge X in Boston")."""
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= SAME_COURT_OVERLAP


def _court_words(court: str) -> set[str]:
    return {w for w in _NOT_WORD.split(court.lower()) if w and w not in _COURT_NOISE}
