"""Contradictions between a pair's timeline entries, kept side by side, never resolved silently.

A firm ``declined`` against a firm ``close``/``agreed``/``implemented`` entry (or a removal) of
the same kind, from other articles, whose times can overlap, is a *stage* dispute: one source
says agreed, the receiving government declines. A removal whose reports give incompatible
counts for one flight is a *count* dispute. Undated entries span everything up to the first
publication of their articles.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from thirdcountry.tracker.counts import CountTotal

if TYPE_CHECKING:
    from thirdcountry.tracker.timeline import TimelineEntry

# Stages a receiving state's refusal contradicts when both are said of the same time.
AGREEING_STAGES = frozenset({"close", "agreed", "implemented"})
UNSPECIFIED_KIND = "unspecified"
UNDATED_START = "0000-01-01"


@dataclass(frozen=True, slots=True)
class Dispute:
    """Contradicting reports kept side by side.

    Attributes:
        kind: ``stage`` (refusal against agreement) or ``count`` (one flight, two counts).
        summary: one line saying what contradicts what.
        entries: the contradicting entries (one for a count dispute).
    """

    kind: str
    summary: str
    entries: tuple[TimelineEntry, ...]


def find_disputes(entries: list[TimelineEntry]) -> list[Dispute]:
    """Find the contradictions among a pair's entries and flag the entries concerned.

    Args:
        entries: the pair's timeline entries (their ``disputed`` flags are set here).

    Returns:
        The disputes: refusals against agreements, then removals with two counts.
    """
    disputes = []
    refusals = [e for e in entries if e.stage == "declined" and e.firm]
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
                    or refusal.documents == agreement.documents
                    or not same_kind(refusal.kind, agreement.kind)):
                continue
            refusal.disputed = agreement.disputed = True
            disputes.append(Dispute(
                kind="stage",
                summary=f"{_side(agreement)} vs declined ({_outlets(refusal)})",
                entries=(agreement, refusal),
            ))
    for entry in entries:
        event = entry.removal
        if event is not None and event.disputed:
            counts = " vs ".join(count_text_of(c, q) for c, q in event.counts_reported)
            when = f" on {event.date}" if event.date else ""
            disputes.append(Dispute(
                kind="count", summary=f"removal{when}: {counts} people", entries=(entry,)
            ))
    return disputes


def _window(entry: TimelineEntry) -> tuple[str, str]:
    """The days an entry may be about; an undated one spans everything up to publication."""
    if entry.date is not None:
        return entry.date.first_day(), entry.date.last_day()
    return UNDATED_START, entry.published.last_day() if entry.published else "9999-12-31"


def _side(entry: TimelineEntry) -> str:
    return f"{entry.label} ({_outlets(entry)})"


def _outlets(entry: TimelineEntry) -> str:
    names = [s.outlet or f"document {s.document_id}" for s in entry.sources]
    return ", ".join(dict.fromkeys(names))


def same_kind(a: str | None, b: str | None) -> bool:
    """Whether two entries may be about the same arrangement (an unknown kind fits any)."""
    return a in (None, UNSPECIFIED_KIND) or b in (None, UNSPECIFIED_KIND) or a == b


def count_text_of(count: int, qualifier: str | None) -> str:
    """``at least 130`` for a count and its FACTS.md qualifier."""
    return CountTotal(count, qualifier or "exact", 1, 0).text
