"""Where people "flown in" were taken: the place the sentence says they are held (rule 4).

"At least nine people … have been held at a guarded compound in the capital since they were
flown in last month", "the Matsapha prison, where the first five men have been kept since they
were flown in in July": a movement "in" with no place after it reached the place where the
sentence holds the people — a named facility, a city of the gazetteer, "the capital" of a
story filed from there (its dateline), or a state named in the holding phrase.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.words import word_class

# "flown in", "brought in", "being flown in on a charter", "flown in July": a movement with its
# place left out
MOVED_IN = re.compile(r"\s+in\b(?!\s+to\b)", re.IGNORECASE)
MOVED_IN_VERBS = word_class("moved_in_verbs")
# "held at …", "kept in …", "housed at …": where the people are
HELD = re.compile(r"\b(?:held|kept|housed|detained|jailed|confined|accommodated)\s+"
                  r"(?:[\w-]+\s+){0,3}?(?:at|in|inside)\s+(?P<place>[^;:]{2,80})", re.IGNORECASE)
THE_CAPITAL = re.compile(r"\bthe\s+capital\b", re.IGNORECASE)
HELD_REACH = 160  # characters between the holding phrase and the movement


def moved_in(view, move) -> bool:
    return move.text.lower() in MOVED_IN_VERBS and \
        MOVED_IN.match(view.text, move.end_char - view.start_char) is not None


def held_place(ctx, index: int, view, move, deporter: str | None, place_state, dateline):
    """[the state where the people moved in are held], or [].

    ``place_state(text, lo, hi)`` finds a named place's (char offset, ISO3) in the sentence;
    ``dateline(index)`` is the state the story at that sentence is filed from."""
    if not moved_in(view, move):
        return []
    at = move.start_char - view.start_char
    for found in HELD.finditer(view.text):
        if abs(found.start() - at) > HELD_REACH:
            continue
        lo, hi = found.start("place"), found.end("place")
        named = place_state(view.text, lo, hi)
        state = None
        if named is not None:
            state = named
        else:
            mentioned = [m for m in view.mentions if m.label in ("NAME", "CAPITAL") and
                         lo <= ctx.doc[m.start].idx - view.start_char < hi]
            if mentioned:
                state = mentioned[0].iso3
            elif THE_CAPITAL.search(view.text, lo, hi):
                state = dateline(index)
        if state is not None and state != deporter:
            return [Mention(state, "EARLIER", move.start, move.end, move.text)]
    return []
