"""Removals told as the reason for a call or a wish (FACTS.md rule 4: removals that happened).

"The network called on Ghana to stop the transfers after seven men were handed to Togolese
officers": the call is about the future, but the clause after "after" reports people already
moved. A sentence with a cue of intent keeps only the movements of such a clause, and those
told before the wish in a clause of their own.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.removal_movements import after_an_infinitive_of_moving
from thirdcountry.extraction.words import word_class

REASON_OPENERS = word_class("reason_openers")
DONE_AUXILIARIES = word_class("done_auxiliaries")
AUXILIARY_REACH = 3  # tokens before a participle in which its auxiliary is looked for


CLAUSE_MARKS = {",", ";", "—", "–", "(", ")"}
# marks that join sentences of their own: a cue of intent reaches across neither
SENTENCE_JOINS = {";", ":"}
# "eight men whom the administration had spent weeks trying to deliver": the wish is told of
# the people already moved (not "that", which also opens what is said or wished)
RELATIVE_PRONOUNS = word_class("relative_pronouns_which_who_whom")
# "if", "unless": the whole sentence is a condition; "would have had": it did not happen. Not
# "whether", which opens a question about what follows it: "Costa Rica, which took in some 200
# deportees in 2025, has said little about whether it would do so again" took them in.
CONDITIONALS = word_class("condition_openers_if_provided_unless")
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)\s+(?:not\s+)?have\b", re.IGNORECASE)
RELATIVE_REACH = 6  # tokens before the wish in which the relative pronoun is looked for


def _main_verb_after_a_relative(doc, move, wish_start: int) -> bool:
    """"Eight men whom the United States spent weeks trying to deport landed in Juba", "five men
    whom Washington had long sought to expel touched down in Eswatini": the main verb after a
    relative clause of intent is told as done."""
    return after_an_infinitive_of_moving(move) and any(
        t.lower_ in RELATIVE_PRONOUNS for t in doc[max(0, wish_start - RELATIVE_REACH):wish_start])


def moves_in_the_reason(doc, view, moves: list) -> list:
    """The movements reported as done around a cue of intent. A semicolon or a colon joins
    sentences of their own, and a cue of intent reaches no further than its own: "Of the 299
    people Washington flew to Panama City, … have since gone home; a few dozen others, who
    feared persecution if returned, were released" keeps the flight, and so does "Whether
    anyone has been sent there is another matter: a news site reported that a plane carrying
    deportees had landed in Malabo". In a part with a cue, the movements of a clause opened by
    "after"/"since"… that follows its last cue, and those told before its first cue, set off
    from it by a clause mark ("Six deportees landed in Entebbe on Tuesday, months after Uganda
    agreed to host asylum seekers Washington does not want to keep") or by a relative pronoun
    that opens a clause about the people moved ("had received eight men whom the
    administration had spent weeks trying to deliver")."""
    joins = [t.i for t in doc[view.start:view.end] if t.text in SENTENCE_JOINS]
    bounds = [view.start] + [j + 1 for j in joins] + [view.end]
    kept = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        part_moves = [m for m in moves if start <= m.start < end]
        wishes = [c for c in view.cue_values("INTENT") if start <= c.start < end]
        if not part_moves or not wishes:
            kept += part_moves
            continue
        kept += _done_around_the_wish(doc, view, part_moves, wishes, end)
    return kept


def _done_around_the_wish(doc, view, moves: list, wishes: list, end: int) -> list:
    """The movements of ``moves`` told as done around the cues of intent ``wishes``, within a
    part of the sentence that ends at token ``end``."""
    wish_start = min(c.start for c in wishes)
    told_before = [] if any(c.text.lower() in CONDITIONALS for c in wishes) or \
        COUNTERFACTUAL.search(view.text) else [
            m for m in moves if m.end <= wish_start and any(
                t.text in CLAUSE_MARKS or t.lower_ in RELATIVE_PRONOUNS
                for t in doc[m.end:wish_start])]
    wish_end = max(c.end for c in wishes)
    told_before += [m for m in moves if m.start >= wish_end and
                    _main_verb_after_a_relative(doc, m, wish_start)]
    openers = [t.i for t in doc[wish_end:end] if t.lower_ in REASON_OPENERS]
    if not openers:
        return told_before
    return told_before + [m for m in moves if m.start > openers[0] and any(
        t.lower_ in DONE_AUXILIARIES for t in doc[max(openers[0], m.start - AUXILIARY_REACH):
                                                  m.start])]
