"""Sentences that assert nothing the story reports as true.

- A line opened by "Correction:", "Clarification:" or a fact-check's "CLAIM:" tells what is not
  (or not yet known to be) true.
- A sentence telling what an earlier version of the story said or got wrong ("An earlier version
  also misstated the total … as 16", "A previous version of this post said Guatemala had signed
  a similar deal") reports the error, not the fact: the correction follows it.
- "› Eswatini detains five deportees": a link to another story, not this one's report.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.words import word_tuple

NOT_ASSERTED_LINE = re.compile(r"\W*(?:correction|clarification|claim)\s*:|\s*›", re.IGNORECASE)
ERROR_WORDS = word_tuple("error_words_of_a_correction")
_EARLIER = r"\b(?:an?|the)\s+(?:earlier|previous|original|first)\s+"
EARLIER_ERROR = re.compile(
    _EARLIER + r"(?:version|report|story|article|edition)\b[^.;]{0,60}?\b(?:" +
    "|".join(ERROR_WORDS) + r")\b", re.IGNORECASE)
# "An earlier version of this article said", "a previous version stated": a version (not a
# report, which may be another outlet's true one) that "said" something is corrected
EARLIER_VERSION_SAID = re.compile(
    _EARLIER + r"version\b(?:\s+of\s+(?:this|the)\s+\w+)?\s+(?:also\s+)?(?:said|stated|reported|"
    r"gave|put|described|referred)\b", re.IGNORECASE)


def asserts_nothing(view: SentenceView) -> bool:
    """Whether the sentence is a correction, a fact-check's claim, what an earlier version of
    the story said, or a link to another story. The tests for the patterns' words of error and
    for "version" rule out nearly every sentence before any scan."""
    return NOT_ASSERTED_LINE.match(view.text) is not None or \
        next(view.finditer(EARLIER_ERROR, ERROR_WORDS), None) is not None or \
        next(view.finditer(EARLIER_VERSION_SAID, ("version",)), None) is not None
