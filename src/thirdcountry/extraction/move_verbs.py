"""Verbs of carrying people that are too common to be cues on their own (FACTS.md rule 4).

"took" moves people only when people are its object ("the flights that took men to South
Sudan", "a plane took 104 migrants to Guatemala"), not in "took office", "took steps to".
"""

from __future__ import annotations

import re

TOOK_PEOPLE = re.compile(
    r"\btook\s+(?:(?:the|some|about|nearly|more\s+than|at\s+least|\d[\d,]*|[a-z]+-?[a-z]*)\s+)"
    r"{0,3}?(?:men|women|people|persons|migrants|deportees|detainees|asylum\s+seekers|"
    r"children|families|them|aliens|nationals|foreigners|prisoners)\s+(?:back\s+)?(?:to|into)\b",
    re.IGNORECASE)


def took_people(view) -> list[int]:
    """Character offsets (in the sentence) of each "took" whose object is people sent on."""
    return [found.start() for found in view.finditer(TOOK_PEOPLE, ("took",))]
