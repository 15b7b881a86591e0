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
