"""The day a later sentence gives a counted removal (FACTS.md rules 8 and 11).

"Ghana has moved most of the 14 West Africans it received earlier this month … The deportees
… were flown into Accra on Sept. 5": the uncounted sentence about the group dates the counted
removal to the day. Its date refines the counted one only when it falls within it ("2025-09"
→ "2025-09-05") and one counted removal of the pair can take it; an uncounted mention of
another month is another event and adds nothing, and a running total ("has received 412 …
since mid-February") keeps the start of its count, not the day of its first batch.
"""

from __future__ import annotations

import re

RUNNING_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def refine_counted_dates(counted: list, uncounted: list) -> None:
    """Give each counted removal the more precise date of an uncounted one of its pair."""
    for loose in uncounted:
        if not loose.date:
            continue
        fits = [f for f in counted
                if (f.deporting_country, f.receiving_country) ==
                (loose.deporting_country, loose.receiving_country) and f.date and
                len(f.date) < len(loose.date) and loose.date.startswith(f.date) and
                not RUNNING_SINCE.search(f.evidence.quote)]
        if len(fits) == 1:
            fits[0].date = loose.date


# "a second group had arrived", "another flight landed on Monday": a batch of its own, reported
# apart from the counted one(s) before it (FACTS.md rule 11 is one fact per event)
ANOTHER_BATCH = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|new|later)\s+(?:group|batch|flight|"
    r"plane|contingent|charter)\b|\banother\s+(?:group|batch|flight|plane|contingent|"
    r"charter)\b", re.IGNORECASE)


# a counted removal that is itself a later batch ("ten more", "a further 10"): the uncounted
# "further group" may be the same one
LATER_BATCH = re.compile(r"\b(?:more|further|another|second|third|fourth|new|latest|later)\b",
                         re.IGNORECASE)


def a_batch_of_its_own(fact, facts: list) -> bool:
    """Whether an uncounted removal reports a later batch of its own ("a second group had
    arrived"), which the counted removals of its pair (a first batch, none later) do not
    include."""
    if fact.count is not None or not ANOTHER_BATCH.search(fact.evidence.quote):
        return False
    pair = (fact.deporting_country, fact.receiving_country)
    return not any(f.count is not None and (f.deporting_country, f.receiving_country) == pair
                   and LATER_BATCH.search(f.evidence.quote) for f in facts)
