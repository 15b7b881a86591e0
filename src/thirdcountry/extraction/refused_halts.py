"""A halt that is refused is no halt: "the Constitutional Court declined to halt the
arrangement", "judge won't halt Ghana flight", "refused to grant him an injunction to halt his
removal", "dismissed a bid to block the flights". The stage cue ("halt", "block", "suspend")
stands under a refusal or a negation and reports no `suspended` stage; "a court halted
transfers under the deal" and "refused to take more and suspended the deal" still do."""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.sentences import lower_words, sentence_firsts
from thirdcountry.extraction.words import word_class

# "declined to halt", "refused to grant an injunction to halt", "rejected a bid to block"
HALT_REFUSERS = word_class("halt_refusers")
NEGATORS = word_class("negators")
REFUSAL_REACH = 10
NEGATION_REACH = 2
# A clause break between the refusal and the halt ends the refusal's reach: "refused to
# comment; the court halted the flights".
BREAKS = word_class("refusal_reach_breaks") | frozenset({",", ";", ":", ".", "—"})


def halt_refused(cue: Span) -> bool:
    """The halt of ``cue`` is refused or negated, not done."""
    words = lower_words(cue.doc)
    first = sentence_firsts(cue.doc)[cue.start]
    near = words[max(first, cue.start - NEGATION_REACH):cue.start]
    if not NEGATORS.isdisjoint(near):
        return True  # "won't halt", "did not suspend", "will not block"
    if words[cue.start - 1:cue.start] != ["to"] or cue.start - 1 <= first:
        return False
    window = words[max(first, cue.start - REFUSAL_REACH):cue.start - 1]
    if HALT_REFUSERS.isdisjoint(window):
        return False
    at = max(i for i, w in enumerate(window) if w in HALT_REFUSERS)
    return BREAKS.isdisjoint(window[at + 1:])
