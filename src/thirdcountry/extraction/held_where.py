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
# "held at …", "kept in …", "locked up in …": where the people are
HOLDING = r"(?:" + "|".join(w.replace(" ", r"\s+")
                            for w in sorted(word_class("holding_participles"))) + ")"
HELD = re.compile(r"\b" + HOLDING + r"\s+(?:[\w-]+\s+){0,3}?(?:at|in|inside)\s+"
                  r"(?P<place>[^;:]{2,80})", re.IGNORECASE)
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


# "deported under the act in March and locked up in El Salvador's Cecot mega-prison", "238
# Venezuelan men are inside El Salvador's Terrorism Confinement Center — CECOT — most of them
# removed under the Alien Enemies Act": a movement that names no place of its own reached the
# place the sentence holds the same people in, told after it in a coordinated verb or before it
# with the moved people a part or all of the held ones
HELD_OR_INSIDE = re.compile(
    r"\b(?:" + HOLDING + r"\s+(?:(?:[\w-]+\s+){0,3}?(?:at|in|inside)\s+|(?=there\b))|"
    r"(?:are|were|is|was)\s+(?:now\s+|still\s+)?inside\s+)"
    r"(?P<place>[^,;:—–(]{2,80})", re.IGNORECASE)
COORDINATED_AFTER = re.compile(r"\band\s+(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+|then\s+|"
                               r"later\s+|now\s+)*$", re.IGNORECASE)
# "… CECOT — most of them removed", "…, all of whom had been moved": the moved are the held
PART_OF_THE_HELD = re.compile(r"\b(?:of\s+(?:them|whom)|who)\b", re.IGNORECASE)
# "held in Libya before being returned": where the people were before the movement
BEFORE_THE_MOVE = re.compile(r"\b(?:before|until|prior|then)\b", re.IGNORECASE)
HELD_GAP = 60  # characters between the movement and the coordinated holding phrase
# characters between the holding phrase and the movement of a part of the held, past an aside
# naming them ("held there …, most of them nationals of Bangladesh, …, all of whom had been moved")
PART_GAP = 100


def held_with_the_move(ctx, index: int, view, move, deporter: str | None, place_state):
    """[the state of the place the sentence holds the people a goal-less movement moved], or
    []. ``place_state(text, lo, hi)`` gives the ISO3 of a named place in the text."""
    start = move.start_char - view.start_char
    end = move.end_char - view.start_char
    for found in HELD_OR_INSIDE.finditer(view.text):
        if found.start() >= end:
            between = view.text[end:found.start()]
            if len(between) > HELD_GAP or not COORDINATED_AFTER.search(between) or \
                    any(ch in between for ch in ",;:—–"):
                continue
        else:
            # "held there who were flown …": "there" is the whole place
            place_end = found.end("place")
            if place_end > start and THERE.match(view.text, found.start("place")):
                place_end = found.start("place") + len("there")
            between = view.text[place_end:start]
            if place_end > start or len(between) > PART_GAP or \
                    not PART_OF_THE_HELD.search(between) or BEFORE_THE_MOVE.search(between):
                continue
        lo, hi = found.start("place"), found.end("place")
        if THERE.match(view.text, lo):
            state = _place_before(ctx, index, view, found.start(), deporter, place_state)
        else:
            state = place_state(view.text, lo, hi) or _state_in(view, lo, hi)
        if state is not None and state != deporter:
            return [Mention(state, "EARLIER", move.start, move.end, move.text)]
    return []


THERE = re.compile(r"there\b", re.IGNORECASE)


def _state_in(view, lo: int, hi: int) -> str | None:
    named = [m for m in view.mentions if m.label in ("NAME", "CAPITAL") and
             lo <= view.char_at(m.start) < hi]
    return named[0].iso3 if named else None


def _place_before(ctx, index: int, view, at: int, deporter: str | None,
                  place_state) -> str | None:
    """"Its findings on the centre at Gjadër … 61 men were held there": the place "there"
    points back to, named earlier in the sentence or in the one before."""
    looked = [(view, at)] + ([(ctx.views[index - 1], len(ctx.views[index - 1].text))]
                             if index else [])
    for before, hi in looked:
        text = before.text[:hi]
        state = place_state(text, 0, len(text)) or _state_in(before, 0, len(text))
        if state is not None and state != deporter:
            return state
    return None
