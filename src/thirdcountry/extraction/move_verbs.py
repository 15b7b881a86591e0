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
from thirdcountry.extraction.words import word_tuple

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
# "took", "taking", "takes", "taken": the pattern, its substring pre-test and the move's own
# word are all read from this one class
TAKE_FORMS = word_tuple("forms_of_take_with_a_group")
_PEOPLE_WORDS = (r"men|women|people|persons|migrants|deportees|detainees|asylum\s+seekers|"
                 r"children|families|aliens|nationals|foreigners|returnees|non-[A-Z]\w+")
_PEOPLE_SENT = r"(?:" + _PEOPLE_WORDS + r")"
# A bare count is the people too when nothing names what was counted: "Costa Rica took roughly
# 200 more that month", "took about 200 under the same kind of arrangement" (not "took 200
# days", where a noun follows the count).
_AFTER_A_BARE_COUNT = (r"(?:\s+more)?(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:under|in|on|from|that|this|"
                       r"last|during|since|between|at|before|after|when|while|and|but|"
                       r"within|over)\b)")
# "Panama took a bigger group", "Nauru took its first people from Australia"
_A_GROUP = (r"(?:a|an|its|their|the)\s+(?:(?:first|second|third|bigger|larger|smaller|further|"
            r"new|initial|latest)\s+)?(?:group|batch|contingent|" + _PEOPLE_WORDS + r")")
TOOK_A_GROUP = re.compile(
    r"(?:" + "|".join(TAKE_FORMS) + r")\s+(?:" + _COUNTED + r"(?:\s+(?:more\s+|of\s+"
    r"(?:the\s+)?)?(?:[\w-]+\s+(?:and\s+)?){0,3}?" + _PEOPLE_SENT + r"|" + _AFTER_A_BARE_COUNT +
    r")|" + _A_GROUP + r")\b(?!\s+(?:back\s+)?(?:to|into|across|onto)\b)", re.IGNORECASE)


def takes_a_group(move) -> bool:
    """Whether "took"/"taking" has a counted group of people as object and no place after it:
    the subject received them."""
    return move.text.lower() in TAKE_FORMS and \
        bool(TOOK_A_GROUP.match(text_of(move.doc), move.start_char))


TAKING = re.compile(r"\b(?:" + "|".join(TAKE_FORMS) + r")\b", re.IGNORECASE)


def took_a_group(view) -> list[int]:
    """Character offsets (in the sentence) of each "took"/"taking" of a counted group. The test
    is for the four forms, not "tak": "take", "stake" or "mistake" alone would pay the scan."""
    return [found.start() for found in view.finditer(TAKING, TAKE_FORMS)
            if TOOK_A_GROUP.match(view.text, found.start())]


# "handed him over to Mexican authorities", "turned the men over to Togolese police", "handed 47
# men back to Moroccan forces": a handover with its object between the verb and "over" or
# "back" (the lexicon has "handed over" and "handed back" only).
# "turned 60 Haitian and Cuban migrants over to": a count and up to three modifiers
_PEOPLE_OBJECT = (r"(?:him|her|them|(?:the\s+)?(?:(?:\d[\d,]*|[a-z]+)\s+){0,4}?(?:men|women|people|"
                  r"migrants|deportees|detainees|asylum\s+seekers|group|[a-z]+(?:ans|ese|is)))")

# "was put on a scheduled flight to Paris", "put him on a bus to Nogales", "put the 14 men aboard a
# chartered plane": putting people on a vehicle, read from its parts (a verb of putting, an
# optional object, "on"/"aboard", a vehicle noun after at most two modifiers); the lexicon's
# "put on a flight" misses every other wording. Not "put on hold", "put on trial".
# Also "loaded onto a minibus", "put at least six of them on a bus", and "put across the border
# into Togo" (the border as what they are put over).
PUT_ON = re.compile(
    # "put five deportees from Vietnam, Cuba and Yemen on a plane": the object's origin aside
    rf"\b(?:put|puts|putting|loaded|loading)\s+(?:(?:{_PEOPLE_OBJECT}"
    r"(?:\s+from\s+(?:[\w-]+,?\s+){0,5}?[\w-]+)?"
    # "put 137 Venezuelan men who had been designated under the act on planes to El Salvador":
    # a relative clause describing the people, up to the vehicle
    r"(?:\s+(?:who|whom)\s+(?:[\w-]+\s+){1,8}?[\w-]+)?"
    # "put 23 men – most of them Venezuelans – on a flight": an aside between commas, dashes
    # or brackets
    r"(?:\s*[,\u2013\u2014(]\s*(?:[\w-]+\s+){0,6}?[\w-]+\s*[,\u2013\u2014)])?|"
    r"(?:[a-z]+\s+){1,3}of\s+them)\s+)?(?:(?:on|onto|aboard|"
    r"on\s+board|into)\s+"
    # "aboard a charter flight": the vehicle is the last noun of a compound, not "charter"
    r"(?:a|an|the|two|three|several|separate)?\s*(?:[\w-]+\s+){0,2}"
    r"(?P<vehicle>flights?|planes?|buses|bus|minibus(?:es)?|ships?|boats?|charters?|aircraft|"
    r"jets?|ferry|ferries|coach(?:es)?|vessels?|airliners?|trucks?|lorr(?:y|ies)|vans?)|"
    r"(?:across|over)\s+the\s+(?P<border>border))\b"
    # … with a place it takes them to: "to Paris", "from Heathrow to Paris", "bound for Juba"
    # (a place, not an infinitive: "on a plane without giving them a chance to say")
    r"(?=[^;.]{0,50}?\s(?:to|into|bound\s+for)\s+(?:the\s+)?(?:(?-i:[A-Z])|border|"
    r"frontier|capital|camp|neighbouring|neighboring))", re.IGNORECASE)


def put_on_a_vehicle(view) -> list[tuple[int, int]]:
    """(start, end) character offsets (in the sentence) of each putting of people on a
    vehicle, from the verb to the vehicle noun."""
    return [(found.start(), found.end("vehicle") if found.group("vehicle") else found.end("border"))
            for found in view.finditer(PUT_ON, ("put", "loaded", "loading"))]


HANDED_OVER = re.compile(
    rf"\b(?:handed|handing|hands|turned|turning|turns)\s+{_PEOPLE_OBJECT}\s+(?:over|back)\s+to\b",
    re.IGNORECASE)


def handed_over(view) -> list[tuple[int, int]]:
    """(start, end) character offsets (in the sentence) of each handover of people with the
    object inside, from the verb to "over" or "back"."""
    return [(found.start(), found.end() - 3)
            for found in view.finditer(HANDED_OVER, ("handed", "handing", "hands", "turn"))]


# "nine people came in on a charter into Entebbe", "two men came in on the flight from Guam",
# "the deportees flew in aboard a military plane", "they were flown in to Malabo": "came in" and
# "flew in" are arrivals only with the vehicle or the place after them; alone they are too
# common ("the request came in a diplomatic note", "the stay came in June", "the minister flew
# in on Thursday").
ARRIVED_IN = re.compile(
    r"\b(?:came|come|comes|coming|flew|flown|flies|flying)\s+in\b(?=\s+(?:(?:on|aboard|by)\s+"
    r"(?:(?:a|an|the|two|three|their|several|separate)\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:flights?|charters?|planes?|aircraft|jets?|airliners?|buses|bus|boats?|ships?)\b|"
    r"(?:to|into|at)\s+(?-i:[A-Z])))", re.IGNORECASE)


def arrived_in(view) -> list[tuple[int, int]]:
    """(start, end) character offsets (in the sentence) of each "came in"/"flew in" told with
    its vehicle or its place, from the verb to "in"."""
    return [(found.start(), found.end())
            for found in view.finditer(ARRIVED_IN, ("came in", "come in", "comes in", "coming in",
                                                    "flew in", "flown in", "flies in",
                                                    "flying in"))]


# "turned an Afghan family of five back to the Czech Republic", "were turned back to Poland at
# Guben", "pushed the men back into Poland", "forced 30 migrants back across the border to
# Austria": a border rejection, its object (if any) between the verb and "back"; only with a
# place named after it ("turned back the challenge" moves no one)
_TURNED_OBJECT = (r"(?:him|her|them|(?:[\w-]+\s+){0,5}?(?:men|women|people|persons|migrants|"
                  r"asylum\s+seekers|refugees|deportees|family|families|children|group|"
                  r"[a-z]+(?:ans|ese|is))(?:\s+of\s+[\w-]+)?)")
TURNED_BACK = re.compile(
    rf"\b(?:turned|turning|turns|pushed|pushing|pushes|forced|forcing)\s+(?:{_TURNED_OBJECT}\s+)?"
    r"back\s+(?:across\s+the\s+border\s+)?(?:to|into|across)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE)


def turned_back(view) -> list[tuple[int, int]]:
    """(start, end) character offsets (in the sentence) of each border rejection of people to a
    named place, from the verb to "back"."""
    return [(found.start(), found.start() + found.group(0).lower().rindex("back") + 4)
            for found in view.finditer(TURNED_BACK, ("back",))]
