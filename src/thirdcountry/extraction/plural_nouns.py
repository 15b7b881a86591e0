"""Whether a word reads as a plural noun, from the word lists of ``data/count_context.json``.

Counts read it to find the people a number counts ("130 Venezuelans"); dates read it to tell
a year from a count ("2025 deportees"), so both share this one reading and its lists.
"""

from __future__ import annotations

import json
from importlib.resources import files

_CONTEXT = json.loads(
    (files("thirdcountry.extraction") / "data" / "count_context.json").read_text("utf-8"))
# As sets: each word after a number is looked up in them, and a list is scanned word by word.
IRREGULAR_PLURALS = frozenset(_CONTEXT["irregular_plurals"])
NOT_PLURAL_ENDINGS = tuple(_CONTEXT["not_plural_endings"])
COUNT_STOPWORDS = frozenset(_CONTEXT["stopwords"])
NAMED_LAW_NOUNS = frozenset(_CONTEXT["named_law_nouns"])  # "the Alien Enemies Act of 1798"


def looks_plural(word: str, *, lower_case_only: bool = False) -> bool:
    """"deportees", "men", "children": a plural noun by its list or its ending.

    ``lower_case_only`` leaves out capitalised words that end in "s" ("2025 Emirates"), where
    a proper name is likelier than a common noun; a listed plural counts either way."""
    lowered = word.lower()
    if lowered in IRREGULAR_PLURALS or lowered.endswith("men"):
        return True
    return (
        (word.islower() or not lower_case_only)
        and len(word) > 3
        and lowered.endswith("s")
        and not lowered.endswith(NOT_PLURAL_ENDINGS)
        and lowered not in COUNT_STOPWORDS
    )
