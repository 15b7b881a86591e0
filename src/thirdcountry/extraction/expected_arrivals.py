"""Hedged arrivals read from their parts (FACTS.md rule 10).

"Uganda could receive its first group as early as next month", "the first arrivals could come
within months", "the men could now be flown on to Juba within days", "are expected to be flown
to Entebbe": a hedging modal (``hedge_modals``) or "expected to" (``expecting_heads``), at most
two fillers ("now", "be", ``hedge_fillers``), then a verb of arriving or being moved
(``hedged_arrival_verbs``) make an ``ARRIVAL_FUTURE`` cue, without listing every modal-verb pair
in the lexicon. After a modal the caller still wants a time word of expectation in the clause
("within days", "next month"); this module also wants people or a transfer named in it
("a ruling could come within weeks" is no arrival), before the verb when the verb is a start
("the first flights could begin", not "talks could begin next month with deportees on the
agenda").
"""

from __future__ import annotations

from thirdcountry.extraction.cues import Cue
from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

HEDGE_MODALS = word_class("hedge_modals")
HEDGE_FILLERS = word_class("hedge_fillers")
ARRIVAL_VERBS = word_class("hedged_arrival_verbs")
START_VERBS = word_class("start_verbs")
MOVERS = ("TRANSFER_NOUN", "PEOPLE")
_FILLERS_MAX = 2
# "expected to", "due to", "scheduled to": the expectation is told by the verb itself, so no
# time word of expectation is wanted beside it ("is expected to be flown to Juba in March").
EXPECTING_HEADS = word_class("expecting_heads")


def says_expected(cue: Cue) -> bool:
    """Whether a hedged arrival is told as expected ("are expected to be flown"), not merely
    possible ("could be sent")."""
    return lower_words(cue.doc)[cue.start] in EXPECTING_HEADS


def hedged_arrival(clause: Clause) -> Cue | None:
    """The cue of a hedged arrival in ``clause`` (modal to verb), or None."""
    doc = clause.doc()
    if doc is None:
        return None
    present = clause.word_set(doc)
    if HEDGE_MODALS.isdisjoint(present) and EXPECTING_HEADS.isdisjoint(present):
        return None
    movers = [m for cat in MOVERS for m in clause.cue_values(cat)]
    if not movers:
        return None
    words = lower_words(doc)
    for i in range(clause.start, clause.end):
        if words[i] in EXPECTING_HEADS and words[i + 1:i + 2] == ["to"]:
            j = i + 2  # "is expected to be flown to South Sudan in March"
        elif words[i] in HEDGE_MODALS:
            j = i + 1
        else:
            continue
        while j < clause.end and j - i - 1 < _FILLERS_MAX and words[j] in HEDGE_FILLERS:
            j += 1
        if j >= clause.end or words[j] not in ARRIVAL_VERBS:
            continue
        if words[j] in START_VERBS and not any(m.end <= i for m in movers):
            continue
        return Cue(doc, i, j + 1, ("ARRIVAL_FUTURE", "hedged"))
    return None
