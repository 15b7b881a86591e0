"""Verbs of carrying people that are too common to be cues on their own (FACTS.md rule 4).

"took" moves people only when people are its object ("the flights that took men to South
Sudan", "a plane took 104 migrants to Guatemala"), not in "took office", "took steps to".
With a counted group and no place after it, a state "took" the people it received ("Costa
Rica, which took some 200 Asian and African deportees", "Panama stepped in, taking 299
people").
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentences import text_of

TOOK_PEOPLE = re.compile(
    r"\btook\s+(?:(?:the|some|about|nearly|more\s+than|at\s+least|\d[\d,]*|[a-z]+-?[a-z]*)\s+)"
    r"{0,3}?(?:men|women|people|persons|migrants|deportees|detainees|asylum\s+seekers|"
    r"children|families|them|aliens|nationals|foreigners|prisoners)\s+(?:back\s+)?(?:to|into)\b",
    re.IGNORECASE)


def took_people(view) -> list[int]:
    """Character offsets (in the sentence) of each "took" whose object is people sent on."""
    return [found.start() for found in view.finditer(TOOK_PEOPLE, ("took",))]


_COUNTED = (r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|"
            r"another|a\s+further)\s+)?(?:\d[\d,]*|(?:a\s+)?dozens?|hundreds|thousands|"
            r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety)")
TOOK_A_GROUP = re.compile(
    r"(?:took|taking|takes|taken)\s+" + _COUNTED + r"\s+(?:more\s+|of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:men|women|people|persons|migrants|deportees|detainees|"
    r"asylum\s+seekers|children|families|aliens|nationals|foreigners|returnees|non-[A-Z]\w+)"
    r"\b(?!\s+(?:back\s+)?(?:to|into|across|onto)\b)", re.IGNORECASE)


def takes_a_group(move) -> bool:
    """Whether "took"/"taking" has a counted group of people as object and no place after it:
    the subject received them."""
    return move.text.lower() in ("took", "taking", "takes", "taken") and \
        bool(TOOK_A_GROUP.match(text_of(move.doc), move.start_char))


TAKING = re.compile(r"\b(?:took|taking|takes|taken)\b", re.IGNORECASE)


def took_a_group(view) -> list[int]:
    """Character offsets (in the sentence) of each "took"/"taking" of a counted group."""
    return [found.start() for found in view.finditer(TAKING, ("took", "tak"))
            if TOOK_A_GROUP.match(view.text, found.start())]
