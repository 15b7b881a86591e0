"""A deal announced (FACTS.md rule 3 and 8: a signing dated by its announcement → agreed).

"Guatemala announced a similar accord with Washington in July", "Paraguay unveiled an
agreement with the United States": a state announcing a deal reports that it was reached. Read
from its parts: a verb of announcing, then within a few modifier words a noun of a concluded
deal. A plan, programme or investigation announced is no deal ("announced a plan to …" is an
intention). "Antigua and Barbuda announced something similar" names no deal: it follows the one
just reported, and is returned as such.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

LABEL = "ANNOUNCED_DEAL"
ANNOUNCING = word_class("announcing_verbs")
DEAL_NOUNS = word_class("deal_nouns_with_plurals")
# What may stand between the verb and the noun: "a similar safe third country accord",
# "on Tuesday an agreement", "its own bilateral deal".
MODIFIERS = word_class("deal_name_modifiers")
SIMILAR = (("something", "similar"), ("the", "same"), ("a", "similar", "one"))
REACH = 7
# "none of which has announced an agreement", "has not yet announced a deal", "denied having
# announced": no announcement.
DENIALS = word_class("denials")
NEGATION_REACH = 4


def may_announce(present: Set[str]) -> bool:
    """Whether the words ``present`` (a sentence's or a clause's, as a set) hold a verb of
    announcing (a cheap gate)."""
    return not ANNOUNCING.isdisjoint(present)


def announced_deal(doc: Doc, start: int, end: int) -> tuple[Span, bool] | None:
    """The words of a deal announced in tokens ``start:end``, and whether they only follow
    the deal told before ("announced something similar"); None if there are none."""
    words = lower_words(doc)
    for i in range(start, end):
        if words[i] not in ANNOUNCING or \
                not DENIALS.isdisjoint(words[max(start, i - NEGATION_REACH):i]):
            continue
        for form in SIMILAR:
            if tuple(words[i + 1:i + 1 + len(form)]) == form:
                return Span(doc, i, i + 1 + len(form), label=LABEL), True
        for j in range(i + 1, min(end, i + 1 + REACH)):
            if words[j] in DEAL_NOUNS and (words[j] != "understanding" or
                                           words[j - 1] in ("of", "an")):
                return Span(doc, i, j + 1, label=LABEL), False
            if words[j] not in MODIFIERS:
                break
    return None
