"""A removal dated "in the same month" as the one told before it (FACTS.md rule 11: dates).

"In February, Costa Rica received some 200 migrants … The Ombudsman denounced in March … Panama,
for its part, received in the same month 299 deportees": a removal set beside an earlier one
"in the same month", "that same week", "the same year" shares that removal's date, at that
precision, though other dates ("in March") come between. "That month" alone still takes the
last date before it.
"""

from __future__ import annotations

import re

SAME_PERIOD = re.compile(r"\b(?:the|that)\s+same\s+(?P<unit>day|week|month|year)\b",
                         re.IGNORECASE)
PRECISION = {"day": 10, "week": 10, "month": 7, "year": 4}


def same_period_date(text: str, earlier: list) -> str | None:
    """The date of the last removal before, cut to the period "the same …" names."""
    # A substring test settles most sentences far cheaper than the case-blind scan; casefold,
    # as the pattern's case-blind match would take "ſame" too.
    if "same" not in text.casefold():
        return None
    found = SAME_PERIOD.search(text)
    if not found:
        return None
    dated = [f.date for f in earlier if f.date]
    if not dated:
        return None
    size = PRECISION[found.group("unit").lower()]
    if len(dated[-1]) < size and found.group("unit").lower() != "week":
        return None  # "the same day" after a removal dated only to the month
    return dated[-1][:size]
