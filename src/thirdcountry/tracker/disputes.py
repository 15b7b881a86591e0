"""Contradictions between a pair's timeline entries, kept side by side, never resolved silently.

A firm ``declined`` against a firm ``close``/``agreed``/``implemented`` entry (or a removal) of
the same kind, from other articles, whose times can overlap, is a *stage* dispute: one source
says agreed, the receiving government declines. A removal whose reports give incompatible
counts for one flight is a *count* dispute. Undated entries span everything up to the first
publication of their articles. ``tracker.layout.find_disputes`` finds them; this module says
them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from thirdcountry.tracker.buckets import AGREEING_STAGES, UNSPECIFIED_KIND
from thirdcountry.tracker.counts import CountTotal
from thirdcountry.tracker.layout import UNDATED_START, same_kind

if TYPE_CHECKING:
    from thirdcountry.tracker.timeline import TimelineEntry

__all__ = ["AGREEING_STAGES", "UNDATED_START", "UNSPECIFIED_KIND", "Dispute", "count_text_of",
           "dispute_summary", "same_kind"]


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


def dispute_summary(kind: str, entries: tuple[TimelineEntry, ...],
                    outlets: Callable[[TimelineEntry], str]) -> str:
    """One line saying what contradicts what.

    Args:
        kind: ``stage`` or ``count``.
        entries: (agreement, refusal) for a stage dispute, (removal,) for a count dispute.
        outlets: the outlets (or ``document N``) behind an entry, best-weighed report first.
    """
    if kind == "stage":
        agreement, refusal = entries
        return f"{agreement.label} ({outlets(agreement)}) vs declined ({outlets(refusal)})"
    event = entries[0].removal
    assert event is not None  # count disputes are about removals
    counts = " vs ".join(count_text_of(c, q) for c, q in event.counts_reported)
    when = f" on {event.date}" if event.date else ""
    return f"removal{when}: {counts} people"


@lru_cache(maxsize=4096)
def count_text_of(count: int, qualifier: str | None) -> str:
    """``at least 130`` for a count and its FACTS.md qualifier."""
    return CountTotal(count, qualifier or "exact", 1, 0).text
