"""Partial dates of FACTS.md (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) and how they relate.

A fact's date is as precise as its article: "in July" is ``2025-07``. Two dates are
*compatible* when one is a prefix of the other, so they may name the same day; that is how
reports of one event by different articles are recognised.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A FACTS.md date; unknown parts are 0.

    Ordering is by the earliest day the date can mean, so ``2025`` sorts before ``2025-03``.
    """

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read a FACTS.md date.

        Args:
            text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or None.

        Returns:
            The date, or None for None.

        Raises:
            ValueError: the text is not such a date, or names no real month or day.
        """
        if text is None:
            return None
        match = _DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else 0 for part in match.groups())
        if match.group(2) and not 1 <= month <= 12:
            raise ValueError(f"date {text!r} has no month {month}")
        if match.group(3) and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(f"date {text!r} has no day {day}")
        return cls(year, month, day)

    @property
    def precision(self) -> int:
        """1 for a year, 2 for a month, 3 for a day."""
        return 1 + bool(self.month) + bool(self.day)

    def prefixes(self) -> list[tuple[int, ...]]:
        """``[(year,), (year, month), (year, month, day)]`` as far as the date is precise."""
        full = (self.year, self.month, self.day)
        return [full[:n] for n in range(1, self.precision + 1)]

    def compatible(self, other: PartialDate) -> bool:
        """True when one date is a prefix of the other (they may name the same day)."""
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a == b or not a or not b for a, b in pairs)

    def first_day(self) -> str:
        """The earliest day the date can mean, as ``YYYY-MM-DD``."""
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"

    def last_day(self) -> str:
        """The latest day the date can mean, as ``YYYY-MM-DD``."""
        if self.day:
            return self.first_day()
        month = self.month or 12
        return f"{self.year:04d}-{month:02d}-{calendar.monthrange(self.year, month)[1]:02d}"

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text


def most_precise(dates: Iterable[PartialDate | None]) -> PartialDate | None:
    """Return the most precise of some compatible dates, or None when all are unknown."""
    known = [d for d in dates if d is not None]
    return max(known, key=lambda d: d.precision) if known else None


@lru_cache(maxsize=65536)
def parse_lenient(text: str | None) -> PartialDate | None:
    """Read a stored date (a fact's or a publication date); a malformed one reads as unknown.

    The store does not check dates, and one bad date must not keep the rest of a pair from
    being tracked. Cached: a store repeats the same few thousand dates a million times.
    """
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def parse_published(published: str | None) -> PartialDate | None:
    """Return a document's publication date, or None when unknown or malformed."""
    return parse_lenient(published)


class DateIndex(Generic[T]):
    """Items filed under every prefix of their date, to find the compatible ones quickly.

    Lookups answer for a date *no more precise than the filed ones* (what the clustering
    needs, since it files the most precise dates first): :meth:`compatible` lists the items
    whose date is compatible with it, :meth:`exact` the one filed with exactly that date, and
    :meth:`latest` the compatible one with the latest date.
    """

    def __init__(self) -> None:
        self._by_prefix: dict[tuple[int, ...], list[T]] = {}
        self._latest: dict[tuple[int, ...], tuple[PartialDate, T]] = {}
        self._exact: dict[PartialDate, T] = {}

    def add(self, date: PartialDate, item: T) -> None:
        self._exact.setdefault(date, item)
        for prefix in date.prefixes():
            self._by_prefix.setdefault(prefix, []).append(item)
            known = self._latest.get(prefix)
            if known is None or date > known[0]:
                self._latest[prefix] = (date, item)

    def compatible(self, date: PartialDate) -> list[T]:
        return self._by_prefix.get(date.prefixes()[-1], [])

    def exact(self, date: PartialDate) -> T | None:
        return self._exact.get(date)

    def latest(self, date: PartialDate) -> T | None:
        found = self._latest.get(date.prefixes()[-1])
        return found[1] if found else None


def date_fits(
    event: PartialDate | None, report: PartialDate | None, published: PartialDate | None
) -> bool:
    """Tell whether a report dated ``report`` can be about an event dated ``event``.

    Args:
        event: the event's date so far, or None.
        report: the report's own date for it, or None.
        published: when the report's article was published, or None.

    Returns:
        True for compatible dates; an undated report fits any event that happened no later
        than its article was published (an article cannot report what had not happened yet).
    """
    if event is not None and report is not None:
        return event.compatible(report)
    if event is not None and published is not None:
        return event.first_day() <= published.last_day()
    return True
