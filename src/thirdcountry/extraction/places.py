"""Real places whose state is known, for the rules that read where people were sent or held.

Places of detention come from ``data/facilities.json``; airports, ports, camps and cities from
``countries/data/places.json``. Reporters shorten an airport's name ("flown to Juan Santamaría
airport", "landed at V.C. Bird International"), so each name ending in "Airport" is also known by
its shorter forms.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

AIRPORT = " Airport"
INTERNATIONAL = " International"


def _short_forms(name: str) -> list[str]:
    """"Juan Santamaría International Airport" is also "Juan Santamaría airport" (or Airport) and
    "Juan Santamaría International"; a one-word stem keeps "International" ("Liberia
    International" may name a company), and a name without "Airport" has no short form."""
    if not name.endswith(AIRPORT):
        return []
    stem = name[:-len(AIRPORT)]
    forms = [stem + " airport"]
    if stem.endswith(INTERNATIONAL):
        stem = stem[:-len(INTERNATIONAL)]
        forms += [stem + AIRPORT, stem + " airport"]
        if " " in stem or "." in stem:
            forms.append(stem + INTERNATIONAL)
    return forms


@lru_cache(maxsize=1)
def places_in_states() -> tuple[tuple[str, str], ...]:
    """(name, ISO3) of each named place whose state is known: places of detention first, then
    airports, ports and cities, each airport with its shorter names after its full one."""
    facilities = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    places = json.loads(resources.files("thirdcountry.countries").joinpath(
        "data", "places.json").read_text("utf-8"))["places"]
    named = [(alias, facilities["countries"][canonical])
             for canonical, aliases in facilities["facilities"].items()
             if canonical in facilities["countries"] for alias in aliases]
    seen = {alias for alias, _ in named}
    for iso3, aliases in places.items():
        for alias in aliases:
            for name in (alias, *_short_forms(alias)):
                if name not in seen:
                    seen.add(name)
                    named.append((name, iso3))
    return tuple(named)


@lru_cache(maxsize=1)
def place_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern of the name as a whole word, the name, ISO3) of ``places_in_states``."""
    return tuple((re.compile(rf"\b{re.escape(name)}\b"), name, iso3)
                 for name, iso3 in places_in_states())
