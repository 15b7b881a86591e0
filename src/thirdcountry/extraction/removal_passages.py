"""People who "have passed through" a place of detention abroad (FACTS.md rules 4 and 7).

"Just over 400 people have passed through it in total", "about 130 men have passed through
Gjader", "something like nine hundred people have passed through", "more than 200 migrants
have been through the centre at Gjadër": a running count of the people a detention site on
another state's soil has held is a removal to the state the site is in. The site is named
right after "through" or, for "through it", "through there" or a bare "passed through", in
the sentence or the two before. Only places of detention count (``facilities.json``):
migrants who "passed through Mexico" or "through Panama City" on their way went by
themselves.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.words import word_tuple

PASSAGE_VERBS = word_tuple("passage_verbs")
# "have passed through", "has now gone through", "had already been through"
PASSED_THROUGH = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|so\s+far|already|since|also|all|then)\s+){0,2}"
    r"(?P<verb>" + "|".join(PASSAGE_VERBS) + r")\s+through\b(?P<after>[^.;:]{0,60})",
    re.IGNORECASE)
# what "through" points back to: "through it", "through there", or nothing ("have passed
# through." / "have passed through since then")
POINTS_BACK = re.compile(r"^\s*(?:(?:it|there)\b|$|[,—–(]|\s*(?:since|so\s+far|in\s+total|"
                         r"altogether)\b)", re.IGNORECASE)
THE_SITE = re.compile(r"^\s+the\s+(?:(?:[\w-]+\s+){0,2}?(?:centre|center|camp|facility|site)"
                      r"s?\b)(?:\s+(?:at|in|of)\s+)?", re.IGNORECASE)
LOOKBACK = 2  # sentences before in which the site "it" stands for is looked for


@lru_cache(maxsize=1)
def _facilities() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, name, ISO3) of each place of detention whose state is known."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((re.compile(rf"\b{re.escape(alias)}\b"), alias, data["countries"][canonical])
                 for canonical, aliases in data["facilities"].items()
                 if canonical in data["countries"] for alias in aliases)


def _facility_states(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    return sorted((m.start(), iso3) for pattern, alias, iso3 in _facilities()
                  if alias in text and (m := pattern.search(text, lo, hi)) is not None)


def passages(view) -> list[int]:
    """Character offsets (in the sentence) of each "have passed through" verb that reaches a
    place of detention or points back to one."""
    if "through" not in view.text:
        return []
    return [found.start("verb") for found in view.finditer(PASSED_THROUGH, PASSAGE_VERBS)]


def _passage_at(view, move):
    if move.text.lower() not in PASSAGE_VERBS:
        return None
    at = move.start_char - view.start_char
    return next((found for found in PASSED_THROUGH.finditer(view.text)
                 if found.start("verb") == at), None)


def is_passage(view, move) -> bool:
    return _passage_at(view, move) is not None


def passage_receiver(ctx, index: int, view, move) -> list[Mention]:
    """The state of the place of detention the people passed through: named right after
    "through" ("through Gjader", "through the centre at Gjadër"), or, for "through it" or a
    bare "passed through", the last one named in the sentence before the verb or in the two
    sentences before it."""
    found = _passage_at(view, move)
    if found is None:
        return []
    after = found.group("after")
    lo = found.start("after")
    site = THE_SITE.match(after)
    skip = site.end() if site else len(after) - len(after.lstrip())
    named = _facility_states(view.text, lo + skip, lo + skip + 20)
    if named and named[0][0] == lo + skip:
        return [Mention(named[0][1], "SITE", move.start, move.end, move.text)]
    if not (POINTS_BACK.match(after) or site):
        return []
    for before in reversed(ctx.views[max(0, index - LOOKBACK):index + 1]):
        hi = found.start("verb") if before is view else len(before.text)
        named = _facility_states(before.text, 0, hi)
        if named:
            return [Mention(named[-1][1], "EARLIER", move.start, move.end, move.text)]
    return []
