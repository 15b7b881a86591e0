"""The people a vehicle carried, counted in the sentence after it (FACTS.md rule 7).

"A chartered jet carrying the first deportees landed in Airai … Three men were on board, the
spokesperson said." / "… the planes continue. Aboard are 238 Venezuelans, …": a removal told
by its vehicle, with the number of people in it given just after, takes that number.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.removal_words import DEPORTATION_VEHICLES, PEOPLE_NOUNS
from thirdcountry.extraction.words import word_class

VEHICLES = (r"(?:jet|plane|planes|aircraft|flight|flights|charter|airliner|bus|buses|boat|ship|"
            r"vessel|ferry)")
# the removal's sentence names a vehicle the people were in, or flying ("were flown on March 15
# to San Salvador. … 238 Venezuelans were on the flights")
VEHICLE = re.compile(rf"\b(?:{VEHICLES}|flown|flew)\b", re.IGNORECASE)
# "Three men … were on board", "there were 17 people aboard", "at least 13 men were on that
# plane": the vehicle just told of
ABOARD = rf"(?:on\s+board|aboard|on\s+(?:the|that|this)\s+(?:same\s+)?{VEHICLES}\b)"
COUNT_THEN_ABOARD = re.compile(rf"[^;:]*?\b(?:were|was|are|is)\s+{ABOARD}|"
                               rf"(?:\s+[\w-]+){{1,2}}\s+{ABOARD}", re.IGNORECASE)
# "Aboard were 238 Venezuelans", "On board are 12 people"
ABOARD_THEN_COUNT = re.compile(r"\b(?:on\s+board|aboard)\s+(?:were|are|was|is)\s+$",
                               re.IGNORECASE)
LOOKAHEAD = 2  # sentences after the removal's in which the people aboard are counted


def count_aboard(ctx, index: int, view, people_heads: set[str]):
    """The count of the people aboard the vehicle of the removal told in ``view``, from the
    sentences just after it, or None."""
    if not VEHICLE.search(view.text):
        return None
    for later in ctx.views[index + 1:index + 1 + LOOKAHEAD]:
        text = later.text
        for count in ctx.counts_in(later):
            if count.value is None:
                continue
            head = count.head or ""
            # "Aboard were 12 Hondurans": whoever is counted aboard are the people carried;
            # "Fourteen West Africans were on the flight": a demonym's plural counts people
            if ABOARD_THEN_COUNT.search(text, max(0, count.start - 20), count.start) or (
                    head.lower() in people_heads or head[:1].isupper() or
                    head.endswith(("ans", "ese", "is"))) and \
                    COUNT_THEN_ABOARD.match(text, count.end):
                return count
        if VEHICLE.search(text):
            return None  # another vehicle: its own people
    return None


# "the 95 deportees aboard the US flight to Guatemala": people on a removal's vehicle to a place
PEOPLE_ABOARD = re.compile(
    r"\b(?P<people>[\w-]+)\s+(?P<aboard>aboard|on\s+board)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?P<vehicle>[a-z]+)\s+to\s+(?-i:[A-Z])", re.IGNORECASE)
MODALS = word_class("modals_and_to") - {"to"}


def aboard_to(view) -> list[int]:
    """Where "aboard" stands when the sentence puts people aboard a removal's vehicle bound for
    a place ("Of the 95 deportees aboard the US flight to Guatemala, 15 were Salvadoran"): the
    vehicle carried them there. Not under a modal ("migrants aboard the next flight to Kigali
    would be housed"), nor aboard a boat."""
    found = [f.start("aboard") for f in view.finditer(PEOPLE_ABOARD, ("aboard", "on board"))
             if f.group("people").lower() in PEOPLE_NOUNS and
             f.group("vehicle").lower() in DEPORTATION_VEHICLES]
    if found and any(w in MODALS for w in re.findall(r"[a-z]+", view.text.lower())):
        return []
    return found
