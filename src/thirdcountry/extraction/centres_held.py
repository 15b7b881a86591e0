"""People held in a deporting state's centres on another state's soil (FACTS.md rule 4: "Italy's
centres in Albania" are removals to Albania).

"Italy's centre at Gjader in Albania … has held about 400 people", "Italy's two centres in
Albania … have held only a few dozen people": the centre's holding counts the people sent there,
and the state the centre is in receives them.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.words import word_class, word_tuple

HOLDING_VERBS = word_tuple("holding_verbs")
CENTRE_HELD = re.compile(
    r"\b(?:centre|centres|center|centers|facility|facilities|camp|camps|hub|hubs|site|sites)\b"
    r"(?P<mid>[^.;]{0,110}?)\b(?:has|have|had)\s+(?:(?:so\s+far|now|only|already|since(?:\s+then)?)"
    r"\s+)?(?P<verb>" + "|".join(HOLDING_VERBS) + r")\s+(?:[\w,-]+\s+){0,5}?(?:people|persons|"
    r"migrants|men|women|asylum\s+seekers|detainees|deportees|returnees|foreigners)\b",
    re.IGNORECASE)
# "Italy has held people … at its centre in Gjadër, in northern Albania", "a few hundred men held
# at its centres in Albania since late 2024": people held at the deporting state's own centre
# abroad (its, their, or a state's possessive before the centre)
HELD_AT_OWN_CENTRE = re.compile(
    r"\b(?P<verb>" + "|".join(HOLDING_VERBS) + r")\s+(?:[\w,-]+\s+){0,5}?(?:at|in)\s+"
    r"(?:its|their|[A-Z][\w]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:centre|centres|center|centers|"
    r"facility|facilities|camp|camps|site|sites)\b(?P<mid>[^.;]{0,60})")
# "more than 400 people had been held at Gjadër since it became a repatriation centre", "around
# 230 people have been held at Gjadër since the first group arrived": a count of the people a
# place has held since a time, the people sent there
HELD_THERE_SINCE = re.compile(
    r"\b(?:people|persons|migrants|men|women|asylum\s+seekers|detainees|deportees|returnees|"
    r"foreigners)\s+(?:have|has|had)\s+(?:so\s+far\s+|now\s+)?been\s+(?P<verb>" +
    "|".join(HOLDING_VERBS) + r")\s+(?:at|in)\s+(?P<mid>[^.;]{0,50}?)\bsince\b", re.IGNORECASE)
HOLDING_AUXILIARIES = word_class("done_auxiliaries")
SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
PLACED_BEFORE = re.compile(r"\b(?:in|on)\s+(?:(?:northern|southern|eastern|western|central)\s+)?$",
                           re.IGNORECASE)


# Each holding above has a holding verb: a sentence with none (most) is ruled out by one test
# of the verbs, not one per pattern; a movement that is none has no centre's holding.
HOLDING_VERB = re.compile("|".join(HOLDING_VERBS), re.IGNORECASE)


def centre_holding_verbs(view) -> list[int]:
    """Character offsets (in the sentence) of each "has held" whose subject is a centre."""
    if next(view.finditer(HOLDING_VERB, HOLDING_VERBS), None) is None:
        return []
    text = view.text
    return [found.start("verb") for found in CENTRE_HELD.finditer(text)] + \
        [found.start("verb") for found in HELD_AT_OWN_CENTRE.finditer(text)
         if _own_centre_holding(view, found)] + \
        [found.start("verb") for found in HELD_THERE_SINCE.finditer(text)]


def own_centre_span(view, move) -> tuple[int, int] | None:
    """Where "held … at its centre(s)" names the centre's place (sentence characters), when the
    movement is such a holding: its state is the centre's or none."""
    verb_at = _holding_verb_at(view, move)
    if verb_at is None:
        return None
    return next(((found.end("verb"), found.end("mid"))
                 for found in view.finditer(HELD_AT_OWN_CENTRE, HOLDING_VERBS)
                 if found.start("verb") == verb_at), None)


def _holding_verb_at(view, move) -> int | None:
    """Where the movement starts in its sentence when it is a holding verb, else None: only a
    holding verb is the verb of a centre's holding, and this one test spares the scans of the
    sentence for every other movement."""
    verb_at = move.start_char - view.start_char
    return verb_at if HOLDING_VERB.match(view.text, verb_at) else None


def _own_centre_holding(view, found) -> bool:
    """"has held people at its centre in Gjadër", "men held at its centres in Albania since late
    2024", "Rome detained 100 migrants at its facilities": a holding told as done (an auxiliary,
    a named subject) or as lasting since a time; not a participle that only describes people
    ("two men held at its centre in Albania")."""
    before = view.text[max(0, found.start("verb") - 20):found.start("verb")].split()
    return bool(before) and (before[-1].lower() in HOLDING_AUXILIARIES or
                             before[-1][:1].isupper()) or \
        SINCE.search(found.group("mid")) is not None


def centre_state(view, move) -> list[Mention]:
    """The state the holding centre is in: the one named after "in"/"on" between the centre
    and the verb ("centres in Albania, which opened …, have held")."""
    verb_at = _holding_verb_at(view, move)
    if verb_at is None:
        return []
    for found in [*CENTRE_HELD.finditer(view.text), *HELD_AT_OWN_CENTRE.finditer(view.text)]:
        if found.start("verb") != verb_at:
            continue
        lo, hi = found.start("mid"), found.end("mid")
        for m in view.mentions:
            at = view.char_at(m.start)
            if lo <= at < hi and m.label in ("NAME", "EPITHET") and \
                    PLACED_BEFORE.search(view.text[max(0, at - 20):at]):
                return [m]
    return []


OWNER_BEFORE = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?$")


def centre_owner(view, move) -> str | None:
    """"Italy's centres in Albania have held …": the state whose centre it is (a possessive
    just before the centre's noun), which sent the people there."""
    verb_at = move.start_char - view.start_char
    for found in CENTRE_HELD.finditer(view.text):
        if found.start("verb") != verb_at:
            continue
        lo = found.start()
        for m in view.mentions:
            at = view.char_at(m.start)
            end = at + len(m.text)
            if m.label == "NAME" and end < lo and OWNER_BEFORE.match(view.text, end, lo):
                return m.iso3
    return None


# "moved to the Italian-run centres in Albania", "taken to Italy's centre at Gjadër": the state
# that runs the site the people were moved to sent them there, and is no destination
SITE_OF_AN_OWNER = re.compile(r"(?:'s|’s|-run|-operated|-managed|-built)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:centre|centres|center|centers|facility|facilities|camp|camps|"
                              r"prison|prisons|hub|hubs|site|sites)\b")
GOAL_BEFORE_OWNER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:to|into|at)\s+(?:the\s+|its\s+|their\s+)?"
                               r"(?:[\w-]+\s+)?$", re.IGNORECASE)
OWNER_REACH = 60  # characters from the verb to the owner's name


def goal_site_owner(view, move) -> str | None:
    """The state whose site (its own, or one it runs) the movement took people to, or None."""
    verb_end = move.end_char - view.start_char
    for m in view.mentions:
        at = view.char_at(m.start)
        if not verb_end <= at <= verb_end + OWNER_REACH:
            continue
        end = view.char_at(m.end - 1) + len(view.doc[m.end - 1].text)
        # a deporting state's site, not the receiver's own ("sent to El Salvador's CECOT prison")
        if m.iso3 in deporting_states() and SITE_OF_AN_OWNER.match(view.text, end) and \
                GOAL_BEFORE_OWNER.fullmatch(view.text, verb_end, at):
            return m.iso3
    return None
