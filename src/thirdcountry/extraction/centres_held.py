"""People held in a deporting state's centres on another state's soil (FACTS.md rule 4: "Italy's
centres in Albania" are removals to Albania).

"Italy's centre at Gjader in Albania … has held about 400 people", "Italy's two centres in
Albania … have held only a few dozen people": the centre's holding counts the people sent there,
and the state the centre is in receives them.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.words import word_tuple

HOLDING_VERBS = word_tuple("holding_verbs")
CENTRE_HELD = re.compile(
    r"\b(?:centre|centres|center|centers|facility|facilities|camp|camps|hub|hubs)\b"
    r"(?P<mid>[^.;]{0,110}?)\b(?:has|have|had)\s+(?:(?:so\s+far|now|only|already|since\s+then)"
    r"\s+)?(?P<verb>" + "|".join(HOLDING_VERBS) + r")\s+(?:[\w,-]+\s+){0,4}?(?:people|persons|"
    r"migrants|men|women|asylum\s+seekers|detainees|deportees|returnees|foreigners)\b",
    re.IGNORECASE)
PLACED_BEFORE = re.compile(r"\b(?:in|on)\s+(?:(?:northern|southern|eastern|western|central)\s+)?$",
                           re.IGNORECASE)


def centre_holding_verbs(view) -> list[int]:
    """Character offsets (in the sentence) of each "has held" whose subject is a centre."""
    return [found.start("verb") for found in view.finditer(CENTRE_HELD, HOLDING_VERBS)]


def centre_state(view, move) -> list[Mention]:
    """The state the holding centre is in: the one named after "in"/"on" between the centre
    and the verb ("centres in Albania, which opened …, have held")."""
    verb_at = move.start_char - view.start_char
    for found in CENTRE_HELD.finditer(view.text):
        if found.start("verb") != verb_at:
            continue
        lo, hi = found.start("mid"), found.end("mid")
        for m in view.mentions:
            at = view.char_at(m.start)
            if lo <= at < hi and m.label in ("NAME", "EPITHET") and \
                    PLACED_BEFORE.search(view.text[max(0, at - 20):at]):
                return [m]
    return []
