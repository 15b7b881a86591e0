"""Removal facts: people actually sent to a third country (FACTS.md rules 4, 7, 13).

A removal needs a movement verb ("flown to", "deported", "arrived in", "received"), people
(a count or a word for people) and a destination state that is not the people's own country.
Planned, hedged or negated movements, returns of a state's own nationals, and stops in transit
are not removals.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import clause_roles, list_joined
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.stage import _negated
from thirdcountry.facts.schema import Removal

PEOPLE_HEADS = {"men", "women", "people", "persons", "migrants", "deportees", "detainees",
                "asylum", "seekers", "refugees", "individuals", "nationals", "children", "members",
                "foreigners", "prisoners", "inmates", "offenders", "non-citizens", "immigrants",
                "returnees", "others", "more", "of", "such", "who", "had", "have", "were"}
# Nouns a participle can describe: "migrants deported from the US" (not "were deported").
PEOPLE_NOUNS = {"men", "women", "people", "persons", "migrants", "deportees", "detainees",
                "seekers", "refugees", "individuals", "nationals", "children", "members",
                "foreigners", "prisoners", "inmates", "offenders", "immigrants", "returnees",
                "others", "venezuelans", "families"}
NON_PEOPLE_HEADS = {"applications", "claims", "requests", "cases", "visas", "permits",
                    "flights", "flight", "planes", "countries", "years", "months", "days", "weeks",
                    "hours", "miles", "kilometres", "percent", "governments", "states", "centres",
                    "centers", "judges", "justices", "nations", "times", "million", "billion"}


@lru_cache(maxsize=1)
def _named_places() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((alias, canonical) for canonical, aliases in data["facilities"].items()
                 for alias in aliases)


@lru_cache(maxsize=1)
def _laws() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((alias, canonical) for canonical, aliases in data["laws"].items()
                 for alias in aliases)


def _find_named(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for alias, canonical in table:
        if alias in text:
            return canonical
    return None


def _count(ctx: DocumentContext, view: SentenceView, receiver: str, move_char: int,
           window: tuple[int, int] | None = None):
    """The count of people moved: a people count nearest the movement verb.

    With several destinations ("eight men to South Sudan and five to Eswatini") each takes the
    count between the previous destination and its own name (``window``, in sentence chars).
    """
    best, best_rank = None, None
    found = ctx.counts_in(view)
    if window is not None:
        inside = [c for c in found if window[0] <= c.start < window[1]
                  and (c.head or "").lower() not in NON_PEOPLE_HEADS]
        if inside:
            found = inside[-1:]
    for c in found:
        head = (c.head or "").lower()
        if head in NON_PEOPLE_HEADS or POPULATION.search(view.text[max(0, c.start - 40):c.start]):
            continue
        if c.value is not None and c.value >= 1_000_000:
            continue
        demonym_of_receiver = any(m.iso3 == receiver and m.label == "DEMONYM" and
                                  head and head.startswith(m.text.lower()[:5])
                                  for m in view.mentions)
        if demonym_of_receiver or c.value is None and c.qualifier is None and not head:
            continue
        rank = (head not in PEOPLE_HEADS and not head.endswith(("ans", "ese", "is")),
                min(abs(c.start - move_char), abs(c.end - move_char)))
        if best_rank is None or rank < best_rank:
            best, best_rank = c, rank
    return best


# "a country of about seven million people", "home to 230 million": a population, not a group.
POPULATION = re.compile(r"(?:\b(?:country|nation|island|archipelago|state|city|kingdom|territory)"
                        r"\s+of|\bhome\s+to|\bpopulation\s+of)\s+(?:about|some|around|nearly|"
                        r"roughly|more\s+than|just\s+over)?\s*$", re.IGNORECASE)
SINGLE_PERSON = re.compile(r"\b(?:an?|one|the\s+first)\s+(?:\w+\s+){0,2}?(?:man|woman|migrant|"
                           r"person|asylum\s+seeker|refugee|deportee|detainee|boy|girl)\b",
                           re.IGNORECASE)
SPAN_OF_DAYS = re.compile(r"\d\s*(?:and|to|-|–)\s*\d|\bbetween\b", re.IGNORECASE)
BORDER_WORDS = {"the", "border", "borders", "frontier", "with", "of"}
DESTINATION_BEFORE = {"to", "into", "onto", "in", "at", "on"}  # "centres on Nauru"
RECEIVING_AFTER = {"received", "receives", "took", "accepted", "hosted", "admitted", "welcomed",
                   "taken"}


ARRIVAL_VERBS = {"arrived", "landed", "have arrived", "has arrived", "arrive", "land"}
RECEIVE_VERBS = {"received", "took in", "taken in", "has taken in", "accepted",
                 "continues to take in",
                 "continued to take in", "continue to take in", "continues to receive",
                 "continue receiving"}
PLACE_NOUNS = {"port", "capital", "city", "border", "prison", "prisons", "island", "islands",
               "soil", "territory", "coast", "camp", "centre", "center", "facility", "airport",
               "town", "jail", "base", "mainland"}


GROUP_WORDS = {"the men", "the women", "the group", "the deportees", "the migrants", "they",
               "the detainees", "the people", "all of them", "the others"}


def _group_nationalities(ctx: DocumentContext, index: int, destination: str) -> list[str]:
    """"The men, who are nationals of Vietnam, Jamaica and Laos, …" in the sentence after: the
    nationalities of the group just reported removed."""
    for view in ctx.views[index + 1:index + 3]:
        if not any(w in view.text.lower()[:60] for w in GROUP_WORDS):
            continue
        roles = clause_roles(ctx.doc, view, view.clauses[0], ctx.deporter, whole_sentence=True)
        found = [n for n in roles.nationalities if n != ctx.deporter]
        if found and found != [destination]:
            return found
    return []


def _onward_sender(earlier: list[Removal], view: SentenceView, deporter: str,
                   destinations: set[str]) -> str:
    """Rule 4: people moved on from a state that had received them ("driven from a camp outside
    Accra to the border with Togo") are removed by that state, when the sentence does not name
    the original deporter."""
    if any(m.iso3 == deporter for m in view.mentions):
        return deporter
    received = {r.receiving_country for r in earlier}
    for m in view.mentions:
        if m.iso3 in received and m.iso3 not in destinations and m.iso3 != deporter:
            return m.iso3
    return deporter


def _went_home(clause, move) -> bool:
    """"More than a million people have returned to Afghanistan from Iran": people returning,
    with no state named as sending them, go home; "Britain returned a migrant to France" is a
    removal."""
    return move.text.lower() in ("returned", "return") and not any(
        m.end <= move.start and m.label != "DEMONYM" for m in clause.mentions)


def _moves_things(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """"received fewer than 1,000 asylum applications": what was received is not people."""
    after = move.end_char - view.start_char
    return any(0 <= c.start - after <= 3 and (c.head or "").lower() in NON_PEOPLE_HEADS
               for c in ctx.counts_in(view))


def _destinations(candidates: list, ctx: DocumentContext, move) -> list:
    """Destinations, with the rest of a list: "to Costa Rica, Panama and El Salvador"."""
    out = []
    words = lower_words(ctx.doc)
    for m in candidates:
        # "into Niger, Nigeria's northern neighbour" is an apposition, not a list
        possessive = m.end < len(words) and words[m.end] in ("'s", "’s")
        # "… to centres on Nauru and on Papua New Guinea's Manus Island"
        repeated = out and words[out[-1].end:m.start] in (["and", "on"], ["and", "to"],
                                                           ["and", "in"], [",", "and", "to"])
        if _destination(m, ctx, move) or out and not possessive and \
                list_joined(ctx.doc, out[-1], m) or repeated:
            out.append(m)
    return out


def _place_adjective(m, ctx: DocumentContext) -> bool:
    """"the Albanian port of Shëngjin": a demonym naming a place in that state."""
    after = [t.lower_ for t in ctx.doc[m.end:m.end + 2]]
    return m.label == "DEMONYM" and any(w in PLACE_NOUNS for w in after)


def _destination(m, ctx: DocumentContext, move) -> bool:
    """Where people went: "flown to X", "arrived in X", "X received …", "X continues to take in"."""
    doc = ctx.doc
    if move.text.lower() in RECEIVE_VERBS and m.end <= move.start:
        return True
    before = [t.lower_ for t in doc[max(0, m.start - 2):m.start]]
    wider = lower_words(doc)[max(0, m.start - 4):m.start]
    if "to" in wider and all(w in BORDER_WORDS for w in wider[wider.index("to") + 1:]):
        return True  # "driven to the border with Togo"
    preposition = before[-1] if before and before[-1] in DESTINATION_BEFORE else (
        before[0] if len(before) == 2 and before[0] in DESTINATION_BEFORE and before[1] == "the"
        else None)
    if preposition in ("in", "at", "on") and move.text.lower() not in ARRIVAL_VERBS and \
            "to" not in lower_words(doc)[max(0, m.start - 6):m.start]:
        # "waiting in Pakistan", "held in Albania": where people were, not where they were sent
        preposition = None
    if preposition is not None:
        return True
    after = [t.lower_ for t in doc[m.end:m.end + 6]]
    return any(w in RECEIVING_AFTER for w in after)


@dataclass(frozen=True)
class _One:
    value: int = 1
    qualifier: str = "exact"


def _single_person(view: SentenceView, lo: int, hi: int):
    """"returned the first migrant to France": one person, though no numeral is written."""
    return _One() if SINGLE_PERSON.search(view.text[lo:hi]) else None


PAST_MEANS = {"used", "invoked", "employed", "relied"}


def _purpose_of_past_act(cue) -> bool:
    """"Trump used the Alien Enemies Act … to deport 238 men": an infinitive of purpose after a
    past act reports the removal as done."""
    window = cue.doc[max(0, cue.start - 25):cue.start]
    return any(t.lower_ in PAST_MEANS for t in window) and not any(
        t.text in (".", ";") for t in window)


def _recent_receiver(ctx: DocumentContext, index: int, deporter: str) -> list:
    """The last state other than the deporter named in the two sentences before."""
    for view in reversed(ctx.views[max(0, index - 2):index]):
        for m in reversed(view.mentions):
            if m.iso3 != deporter and m.label in ("NAME", "CAPITAL", "EPITHET"):
                return [m]
    return []


def _removal_date(ctx: DocumentContext, view: SentenceView, clause, move) -> str | None:
    """When the people were moved: the date of the movement's own phrase.

    A date before "and" belongs to the verb before it ("signed in May and received five men …
    in July"); flights over several days ("between February 12 and 15") date to the month.
    """
    found = ctx.dates_in(view)
    move_char = move.start_char - view.start_char
    joins = [m.start() for m in re.finditer(r"\band\b", view.text[:move_char])]
    if joins:
        later = [d for d in found if d.start > joins[-1]]
        if later:
            found = later
    if not found:
        return ctx.date_near(view, move.start, clause)
    best = min(found, key=lambda d: min(abs(d.start - move_char), abs(d.end - move_char)))
    value = best.value
    if value and len(value) == 10 and SPAN_OF_DAYS.search(best.text):
        value = value[:7]
    return value


def _planned(cue) -> bool:
    """"to send", "would be transferred", "will land": a movement not (yet) made.

    Also "migrants deported from the US" after a verb of agreement: a participle describing the
    people, not the event (the event's own verb, "arrived", still counts).
    """
    # "May" capitalised is the month ("in May and received five men"), not the modal.
    before = [t.lower_ if t.text != "May" else "" for t in cue.doc[max(0, cue.start - 2):cue.start]]
    if before and before[-1] == "to" and _purpose_of_past_act(cue):
        return False
    if before and before[-1] in ("being", "of"):
        return True
    if before and before[-1] in PEOPLE_NOUNS and cue.text.lower() in ("deported", "sent",
                                                                      "expelled", "removed"):
        return True
    return any(w in ("to", "would", "will", "could", "might", "may", "can", "should", "must",
                     "be") for w in before)


def build_removals(ctx: DocumentContext) -> list[Removal]:
    """Every removal the document reports as having happened."""
    facts: list[Removal] = []
    for index, view in enumerate(ctx.views):
        moves = [c for c in view.cue_values("MOVE") if not _negated(c) and not _planned(c)]
        if not moves or view.has("ARRIVAL_FUTURE") or view.has("INTENT"):
            continue
        if not (view.has("PEOPLE") or any(m.label == "DEMONYM" for m in view.mentions)):
            continue
        for clause in view.clauses:
            clause_moves = [c for c in moves if clause.start <= c.start < clause.end]
            if not clause_moves:
                continue
            roles = clause_roles(ctx.doc, view, clause, ctx.deporter)
            if not roles.deporting:
                continue
            move = clause_moves[0]
            candidates = [r for r in roles.receivers
                          if r.label in ("NAME", "CAPITAL", "EPITHET") or _place_adjective(r, ctx)]
            destinations = _destinations(candidates, ctx, move)
            if not destinations and move.text.lower() in ARRIVAL_VERBS and len(candidates) == 1 \
                    and candidates[0].end <= move.start:
                # "Ghana … said 14 have already arrived": the one state named before the verb.
                destinations = candidates
            if not destinations and not candidates and move.text.lower() in ARRIVAL_VERBS and \
                    clause.has("ARRANGEMENT_NOUN"):
                # "The first seven people sent under the deal arrived": the state just named.
                destinations = _recent_receiver(ctx, index, roles.deporting)
            if not destinations:
                continue
            if any(0 <= h.start - move.end <= 3 for h in view.cue_values("OWN_NATIONALS")):
                continue
            if _moves_things(ctx, view, move) or _went_home(clause, move):
                continue
            window_start = ctx.doc[clause.start].idx - view.start_char
            for dest in destinations:
                if roles.nationalities == [dest.iso3]:
                    continue
                dest_char = ctx.doc[dest.start].idx - view.start_char
                window = (window_start, dest_char) if len(destinations) > 1 else None
                window_start = dest_char
                count = _count(ctx, view, dest.iso3, move.start_char - view.start_char, window)
                if count is None:
                    count = _single_person(view, ctx.doc[clause.start].idx - view.start_char,
                                           dest_char)
                cert = certainty_of(view, move.start, move.end)
                if cert.level == "speculative":
                    continue
                nxt = ctx.views[index + 1].text if index + 1 < len(ctx.views) else ""
                facts.append(Removal(
                    deporting_country=_onward_sender(facts, view, roles.deporting,
                                                     {d.iso3 for d in destinations}),
                    receiving_country=dest.iso3,
                    date=_removal_date(ctx, view, clause, move),
                    count=count.value if count else None,
                    count_qualifier=count.qualifier if count and count.value is not None else None,
                    nationalities=roles.nationalities
                    or _group_nationalities(ctx, index, dest.iso3),
                    facility=_find_named(view.text, _named_places()) or
                    _find_named(nxt, _named_places()),
                    legal_basis=_find_named(view.text, _laws()),
                    certainty=cert.level, attributed_to=cert.attributed_to,
                    evidence=ctx.evidence(view),
                    rule=f"removal:{move.text.lower()}" + (f"+{cert.cue}" if cert.cue else "")))
    return facts
