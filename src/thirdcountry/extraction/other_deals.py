"""A refusal of a deal like the one a receiving state already has (FACTS.md rule 3).

"Rama has said his country will not host similar centres for any other EU state", "No other
state has signed a comparable deal with Tirana, and Rama has said he will not sign one", "the
Italian arrangement was a one-off and Albania would not host a similar centre for Britain":
the state refuses a second deal, so the partner of the deal it has is not the one refused.
Read from its parts: a marker of another deal in the sentence ("similar", "comparable",
"another", "one-off", "any other", "no other", "other than", "other" before a plural of
states). Gated on those words, so a sentence without one costs one set lookup.
"""

from __future__ import annotations

from spacy.tokens import Doc

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

ANOTHER_DEAL = word_class("another_deal_markers")
OTHER_BEFORE = word_class("other_deal_openers")
STATE_PLURALS = word_class("state_plurals")


def refuses_another_deal(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` (a sentence with a refusal) speak of another deal."""
    words = lower_words(doc)[start:end]
    present = set(words)
    if present & ANOTHER_DEAL:
        return True
    if "other" not in present:
        return False
    for i, w in enumerate(words):
        if w != "other":
            continue
        if i and words[i - 1] in OTHER_BEFORE or words[i + 1:i + 2] == ["than"] or \
                words[i + 1:i + 2] and words[i + 1] in STATE_PLURALS:
            return True
    return False
