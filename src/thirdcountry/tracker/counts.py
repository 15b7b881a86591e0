"""Removal counts with their qualifiers: what a count can mean, and honest totals.

"At least 130" and "137" can describe one flight; "5" and "7" cannot. Totals keep the
qualifier honest: "at least 130" + 5 is "at least 135"; exact plus "more than" is "more than";
"about" stays "about" (and counts at face value inside a lower bound); an "up to" alongside a
lower bound adds nothing to the bound. Removals whose size no source states are counted apart,
never as 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

LOWER_BOUND_QUALIFIERS = frozenset({"at_least", "more_than"})
# "About N" is taken to cover N ± 10 % (at least ± 1) when matching reports of one removal.
ABOUT_TOLERANCE = 0.10
_QUALIFIER_WORDS = {
    "exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
    "up_to": "up to ",
}


@dataclass(frozen=True, slots=True)
class CountRange:
    """The people a stated count can mean: ``low``..``high`` (``high`` may be infinite)."""

    low: float
    high: float

    def overlaps(self, other: CountRange) -> bool:
        return self.low <= other.high and other.low <= self.high

    def intersect(self, other: CountRange) -> CountRange:
        return CountRange(max(self.low, other.low), min(self.high, other.high))


def count_range(count: int | None, qualifier: str | None) -> CountRange | None:
    """Return what ``count`` with its FACTS.md qualifier can mean; None for an unknown count."""
    if count is None:
        return None
    if qualifier == "at_least":
        return CountRange(count, math.inf)
    if qualifier == "more_than":
        return CountRange(count + 1, math.inf)
    if qualifier == "up_to":
        return CountRange(0, count)
    if qualifier == "about":
        slack = max(1.0, count * ABOUT_TOLERANCE)
        return CountRange(count - slack, count + slack)
    return CountRange(count, count)


@dataclass(frozen=True, slots=True)
class CountTotal:
    """People removed, added up across removal events with an honest qualifier.

    Attributes:
        value: the sum of the stated counts (for a lower bound, the bound).
        qualifier: ``exact``, ``at_least``, ``more_than``, ``about`` or ``up_to``; None when
            no event has a stated count.
        events: how many removal events were added up.
        unknown_events: how many of them state no count (not counted as 0).
    """

    value: int = 0
    qualifier: str | None = None
    events: int = 0
    unknown_events: int = 0

    @property
    def text(self) -> str:
        """The total as a person would say it: ``at least 135``, ``about 300``, ``unknown``."""
        if self.qualifier is None:
            return "unknown" if self.events else "0"
        text = f"{_QUALIFIER_WORDS[self.qualifier]}{self.value}"
        if self.unknown_events:
            text += f" + {self.unknown_events} of unknown size"
        return text

    def __str__(self) -> str:
        return self.text


def add_counts(parts: Iterable[tuple[int | None, str | None]]) -> CountTotal:
    """Add up removal counts, keeping the qualifier honest.

    Args:
        parts: one ``(count, count_qualifier)`` per removal event; a None count is a removal
            of unknown size, a None qualifier with a count means ``exact``.

    Returns:
        The total (see the module docstring for the rules).
    """
    groups: dict[str | None, list[int]] = {}
    for count, qualifier in parts:
        key = None if count is None else qualifier or "exact"
        group = groups.setdefault(key, [0, 0])
        group[0] += 1
        group[1] += count or 0
    return total_of_groups((key, events, value) for key, (events, value) in groups.items())


def total_of_groups(groups: Iterable[tuple[str | None, int, int]]) -> CountTotal:
    """Add up removal counts already grouped by qualifier (as a SQL ``GROUP BY`` gives them).

    Args:
        groups: ``(qualifier, events, sum of counts)``; qualifier None for the events of
            unknown size, a qualifier may occur more than once.

    Returns:
        The same total :func:`add_counts` gives for the ungrouped events.
    """
    events = unknown = exact_sum = bound_sum = 0
    qualifiers: set[str] = set()
    for qualifier, group_events, value in groups:
        events += group_events
        if qualifier is None:
            unknown += group_events
            continue
        qualifiers.add(qualifier)
        exact_sum += value
        # An "up to N" says nothing about how many at least: it adds 0 to a lower bound.
        bound_sum += 0 if qualifier == "up_to" else value
    if not qualifiers:
        return CountTotal(0, None, events, unknown)
    if qualifiers & LOWER_BOUND_QUALIFIERS:
        bound = "more_than" if "more_than" in qualifiers else "at_least"
        return CountTotal(bound_sum, bound, events, unknown)
    for qualifier in ("up_to", "about"):
        if qualifier in qualifiers:
            return CountTotal(exact_sum, qualifier, events, unknown)
    return CountTotal(exact_sum, "exact", events, unknown)


class CountedRemoval(Protocol):
    """What totals need of a removal event (``merge.RemovalEvent`` or a listed event)."""

    count: int | None
    count_qualifier: str | None
    nationalities: Sequence[str]

    @property
    def firm(self) -> bool: ...


def removal_total(events: Iterable[CountedRemoval]) -> CountTotal:
    """Add up the firm (confirmed or reported) removal events; see :func:`add_counts`."""
    return add_counts((e.count, e.count_qualifier) for e in events if e.firm)


@dataclass(frozen=True, slots=True)
class NationalityTotal:
    """People of one nationality removed, as far as the reports allow saying.

    Attributes:
        nationality: ISO3.
        alone: removals whose reports name only this nationality, added up.
        in_mixed_groups: removals of groups naming this nationality among others; their
            counts are for the whole group.
    """

    nationality: str
    alone: CountTotal
    in_mixed_groups: CountTotal


def nationality_totals(events: Iterable[CountedRemoval]) -> list[NationalityTotal]:
    """Break firm removal events down by the nationalities their reports name.

    Args:
        events: removal events (soft ones are skipped).

    Returns:
        One total per nationality named, most people first.
    """
    alone: dict[str, list[tuple[int | None, str | None]]] = {}
    mixed: dict[str, list[tuple[int | None, str | None]]] = {}
    for event in events:
        if not event.firm:
            continue
        target = alone if len(event.nationalities) == 1 else mixed
        for nationality in event.nationalities:
            target.setdefault(nationality, []).append((event.count, event.count_qualifier))
    totals = [
        NationalityTotal(n, add_counts(alone.get(n, [])), add_counts(mixed.get(n, [])))
        for n in set(alone) | set(mixed)
    ]
    totals.sort(key=lambda t: (-t.alone.value, -t.in_mixed_groups.value, t.nationality))
    return totals
