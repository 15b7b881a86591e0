"""Counterparts that are no state: regions and unnamed groups of governments.

"The administration has struck deals in Africa, Central America and the Pacific", "its talks
with Latin American and Asian governments", "has approached several other countries": a clause
whose other party is a region or an unnamed plural reports no stage for any one state, so the
pair of the story before it (topic, pronoun or group) is not carried into it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.words import word_class

# Adjectives of regions ("Latin American", "East African", "Pacific island") before a plural
# noun for states.
REGION_ADJECTIVES = ("African|Asian|European|American|Caribbean|Pacific|Balkan|Gulf|Arab|"
                     "Middle Eastern|Nordic|Scandinavian|Baltic|Mediterranean|Andean|Melanesian|"
                     "Sahelian|Maghrebi|Western|Eastern|Southern|Northern|Central|island")
STATE_PLURALS = r"(?:governments|countries|nations|states|partners|capitals|leaders|regimes)"
# "asking partners to share a burden", "courting governments across the continent": a verb of
# asking whose object is a bare plural of states
ASKING_VERB_FORMS = word_class("asking_verb_forms")
QUANTIFIERS = (r"(?:several|other|many|various|numerous|multiple|some|more|dozens\s+of|"
               r"a\s+number\s+of|a\s+handful\s+of|a\s+string\s+of|a\s+range\s+of)")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = json.loads(resources.files("thirdcountry.countries").joinpath(
        "data", "regions.json").read_text("utf-8"))
    names = sorted((n for n in data["regions"] if n != "European Union"), key=len, reverse=True)
    region = r"(?:the\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")"
    regions = rf"{region}(?:\s*,\s*{region})*(?:,?\s+(?:and|or)\s+{region})?"
    adjective = rf"(?:(?:{REGION_ADJECTIVES})\s+)+"
    adjectives = rf"{adjective}(?:(?:,\s*|\s+(?:and|or)\s+){adjective})*"
    return re.compile(
        # "struck deals in Africa, Central America and the Pacific"
        rf"\b(?:in|with|across|throughout|to|around)\s+{regions}\b(?!\s+(?:country|nation|"
        r"state|kingdom|republic)\b)"
        # "talks with Latin American and Asian governments"
        rf"|\b{adjectives}{STATE_PLURALS}\b"
        # "several other countries", "a handful of governments"
        rf"|\b{QUANTIFIERS}\s+(?:other\s+|more\s+|such\s+)?{STATE_PLURALS}\b"
        # "asking partners to share a burden"
        rf"|\b(?:{'|'.join(sorted(ASKING_VERB_FORMS))})\s+{STATE_PLURALS}\b")


# "deportees from other countries", "nationals of several countries", "as there are with many
# partners", "like other African governments": where people come from, or a comparison.
NOT_A_PARTY = re.compile(r"\b(?:from|of|as|like|than|unlike)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def names_generic_counterpart(text: str) -> bool:
    """True when the text names a region or an unnamed group of states as a party."""
    return any(NOT_A_PARTY.search(text[max(0, m.start() - 40):m.start()]) is None
               for m in _pattern().finditer(text))
