"""Cues of a future arrival that introduce a past clause (FACTS.md rules 4 and 10).

"as soon as" announces an expected movement ("could be flown out as soon as next week", "will
be sent as soon as the deal is signed"), but also times a past one: "the centres were emptied
almost as soon as they were filled", "the plan stalled as soon as it started last October".
Such a cue does not make the sentence's movements future.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.words import word_class

# a verb in the past right after the cue: "as soon as they were filled", "as soon as it started",
# "as soon as the judge ruled", "as soon as the deal took effect" (not "as soon as it is signed",
# "as soon as next week")
PAST_AFTER = re.compile(
    r"\s+(?:(?!(?:is|are|will|can|could|would|should|may|might|be|has|have|must|next)\b)"
    r"[\w'’-]+\s+){0,3}?(?:was|were|had|did|took|began|came|went|got|made|gave|sent|left|flew|"
    r"ran|became|fell|rose|[a-z]+ed)\b(?!\s+(?:by|to)\b)", re.IGNORECASE)
TIMING_CUES = word_class("timing_cues")


def _timing_a_past_clause(view, cue) -> bool:
    if cue.text.lower() not in TIMING_CUES:
        return False
    return bool(PAST_AFTER.match(view.text, cue.end_char - view.start_char))


def future_arrival(view) -> bool:
    """Whether the sentence has a cue of a future arrival that does not time a past clause."""
    if not view.has("ARRIVAL_FUTURE"):
        return False
    return any(not _timing_a_past_clause(view, c) for c in view.cue_values("ARRIVAL_FUTURE"))


# a relative clause the negation belongs to: "The men, whose nationalities were not disclosed,
# landed …", "The seven, who had not been charged, were flown …"
RELATIVE_NEGATION = re.compile(
    r",\s*(?:who|whose|which|whom)\b[^,;]{0,60}\b(?:not|never|no)\b[^,;]{0,40},\s*"
    r"(?:(?:had|has|have|were|was|been|then|later|finally|eventually)\s+){0,3}$", re.IGNORECASE)


def negation_of_a_relative_clause(view, cue) -> bool:
    """Whether the negation before the movement is inside a relative clause between commas that
    describes its subject, not the movement."""
    end = cue.start_char - view.start_char
    return bool(RELATIVE_NEGATION.search(view.text, max(0, end - 140), end))
