"""Removals told as the reason for a call or a wish (FACTS.md rule 4: removals that happened).

"The network called on Ghana to stop the transfers after seven men were handed to Togolese
officers": the call is about the future, but the clause after "after" reports people already
moved. A sentence with a cue of intent keeps only the movements of such a clause, and those
told before the wish in a clause of their own.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.words import word_class

REASON_OPENERS = word_class("reason_openers")
DONE_AUXILIARIES = word_class("done_auxiliaries")
AUXILIARY_REACH = 3  # tokens before a participle in which its auxiliary is looked for


CLAUSE_MARKS = {",", ";", "—", "–", "(", ")"}
# "if", "unless": the whole sentence is a condition; "would have had": it did not happen
CONDITIONALS = word_class("conditionals")
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)\s+(?:not\s+)?have\b", re.IGNORECASE)


def moves_in_the_reason(doc, view, moves: list) -> list:
    """The movements reported as done around a cue of intent: those in a clause opened by
    "after"/"since"… that follows the last cue of intent, and those told before the first cue,
    set off from it by a clause mark ("Six deportees landed in Entebbe on Tuesday, months after
    Uganda agreed to host asylum seekers Washington does not want to keep")."""
    wishes = view.cue_values("INTENT")
    wish_start = min(c.start for c in wishes)
    told_before = [] if any(c.text.lower() in CONDITIONALS for c in wishes) or \
        COUNTERFACTUAL.search(view.text) else [
            m for m in moves if m.end <= wish_start and any(
                t.text in CLAUSE_MARKS for t in doc[m.end:wish_start])]
    wish_end = max(c.end for c in wishes)
    openers = [t.i for t in doc[wish_end:view.end] if t.lower_ in REASON_OPENERS]
    if not openers:
        return told_before
    return told_before + [m for m in moves if m.start > openers[0] and any(
        t.lower_ in DONE_AUXILIARIES for t in doc[max(openers[0], m.start - AUXILIARY_REACH):
                                                  m.start])]
