"""Destinations of removals (FACTS.md rule 4): the state the people were sent to.

A destination is a state that is not the people's own country: a state after the verb's
preposition, a place phrase ending in one ("to the hub outside Kampala"), a named facility,
airport or city (``facilities.json``, ``countries/data/places.json``), a state's officers
taking the people over ("handed over to Mexican immigration officers"), the state whose
officials speak of the arrival, "the centres" the story placed just before, "the same
facility" as an earlier removal, or the story's last destination for a definite group ("The
first five deportees arrived in July"). Each destination in a list takes its own stretch of
the sentence ("eight men to South Sudan and five to Eswatini"). The named facility and the law
a removal was made under are read here too.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.centres_held import centre_state, own_centre_span
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.held_where import held_place, held_with_the_move
from thirdcountry.extraction.implied_receiver import nearest_dateline
from thirdcountry.extraction.labelled_lines import label_destination
from thirdcountry.extraction.left_at import dropped_there, left_there
from thirdcountry.extraction.onward import at_the_edge
from thirdcountry.extraction.places import place_patterns
from thirdcountry.extraction.removal_passages import is_passage, passage_receiver
from thirdcountry.extraction.removal_words import (
    ARRIVAL_VERBS,
    AUTHORITY_WORDS,
    DEPORTATION_VEHICLES,
    GROUP_OPENING,
    HELD_MOVES,
    NON_PEOPLE_HEADS,
    SUBJECT_GAP,
    received_passive,
    receiving,
)
from thirdcountry.extraction.roles import clause_roles, list_joined
from thirdcountry.extraction.sentence_view import Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class, word_tuple
from thirdcountry.facts.schema import Removal


@lru_cache(maxsize=1)
def named_places() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((alias, canonical) for canonical, aliases in data["facilities"].items()
                 for alias in aliases)


@lru_cache(maxsize=1)
def _any_place_name() -> re.Pattern[str]:
    """Any name of ``place_patterns``: one scan finds whether a sentence has one at all."""
    return re.compile("|".join(re.escape(alias) for _, alias, _ in place_patterns()))


def _place_state_in(text: str, lo: int, hi: int) -> str | None:
    """The state of the first named place of ``place_patterns`` in ``text[lo:hi]``."""
    if _any_place_name().search(text, lo, hi) is None:
        return None
    found = [(m.start(), iso3) for pattern, _alias, iso3 in place_patterns()
             if (m := pattern.search(text, lo, hi)) is not None]
    return min(found)[1] if found else None


def places_in(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, ISO3) of every named place of ``place_patterns`` in ``text[lo:hi]``, in
    text order."""
    if _any_place_name().search(text, lo, hi) is None:
        return []
    return sorted((m.start(), iso3) for pattern, alias, iso3 in place_patterns()
                  if alias in text and (m := pattern.search(text, lo, hi)) is not None)


TO_A_PLACE = re.compile(r"\b(?:to|into|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
                        re.IGNORECASE)


def _place_destination(ctx: DocumentContext, view: SentenceView, move) -> list[Mention]:
    """"moved to Gjadër", "carried … to the port of Shëngjin": a named place of detention or
    arrival after the verb stands for the state it is in (``facilities.json``)."""
    after = move.end_char - view.start_char
    if _any_place_name().search(view.text, after) is None:
        return []  # most sentences name no place: one scan instead of a search per name
    reached = []
    for pattern, alias, iso3 in place_patterns():
        if view.text.find(alias, after) < 0:
            continue  # a plain substring test rules out most places far cheaper than the regex
        found = pattern.search(view.text, after)
        if found is not None and TO_A_PLACE.search(view.text, max(after, found.start() - 30),
                                                   found.start()):
            reached.append((found.start(), alias, iso3))
    if not reached:
        return []
    start, alias, iso3 = min(reached)  # the place the verb reaches first
    token = ctx.char_to_token(view, start)
    return [Mention(iso3, "PLACE", token, token + 1, alias)]


@lru_cache(maxsize=1)
def laws() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((alias, canonical) for canonical, aliases in data["laws"].items()
                 for alias in aliases)


def find_named(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for alias, canonical in table:
        if alias in text:
            return canonical
    return None


BORDER_WORDS = word_class("border_phrase_words")
DESTINATION_BEFORE = word_class("destination_before")  # "centres on Nauru"
RECEIVING_AFTER = word_class("receiving_after")

# "handed over to Mexican immigration officers": a state's agents taking the people over
TAKING_OVER = word_class("taking_over")
PLACE_NOUNS = word_class("place_nouns")


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
        if _negated_destination(words, m):
            continue  # "deported, not to Colombia, but to Honduras": where they were not sent
        if _receiver_of_an_earlier_conjunct(ctx, candidates, m, move):
            continue
        if _destination(m, ctx, move) or out and not possessive and \
                list_joined(ctx.doc, out[-1], m) or repeated:
            out.append(m)
    return out


NEGATED_DESTINATION_LEADS = word_class("negated_destination_leads")  # "not to", "rather than to"


def _receiver_of_an_earlier_conjunct(ctx: DocumentContext, candidates: list, m, move) -> bool:
    """"Canada's border pact is back in court, Honduras finally receives asylum seekers": of the
    states before a receiving verb, its subject is the one next to it (or a list ending there),
    not one an earlier conjunct names."""
    if not receiving(move) or m.end > move.start:
        return False
    nxt = next((c for c in candidates if c.start >= m.end and c.end <= move.start), None)
    if nxt is None:
        return False
    # a verb or a conjunction between opens a clause of its own ("… pact is back in court,
    # Honduras receives", "Honduras denies … as Guatemala takes in"); a list ("Eswatini in
    # southern Africa and South Sudan have received") does not
    return any(w in EARLIER_CONJUNCT_MARKS for w in lower_words(ctx.doc)[m.end:nxt.start])


EARLIER_CONJUNCT_MARKS = word_class("earlier_conjunct_marks")


def _negated_destination(words: list[str], m) -> bool:
    """"not to Colombia", "rather than to Colombia": a state the people were not sent to."""
    return m.start >= 2 and words[m.start - 1] == "to" and \
        words[m.start - 2] in NEGATED_DESTINATION_LEADS


def _but_to_after(view: SentenceView, candidates: list, words: list[str]) -> list:
    """"deported …, not to Colombia, but to Honduras": the state after "but to" that a negated
    destination of the verb hands on to, though the comma set it in a clause of its own."""
    negated = [m for m in candidates if _negated_destination(words, m)]
    if not negated:
        return []
    return [m for m in view.mentions if m.start > negated[-1].end and
            m.label in ("NAME", "CAPITAL") and words[m.start - 2:m.start] == ["but", "to"]][:1]


def _led_by_to(words: list[str], m, move) -> bool:
    """"returned to Turkish ports", "handed him to the Mexican side": a demonym a "to" leads to;
    after "the", only the verb's own "to" ("driven to the Indian frontier", not "a camp close to
    the Colombian border")."""
    if words[m.start - 1] != "the":
        return words[m.start - 1] in ("to", "into")
    return words[m.start - 2] in ("to", "into") and m.start - 2 in (move.end - 1, move.end)


def handed_to_officers(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """"46 Hondurans … were put on two buses and handed to Guatemalan migration agents": after a
    verb of handing over come the state's officers who took over the people named before the
    verb, not things moved ("agents" received); "a report was handed to Togolese officials"
    names no people."""
    if not move.text.lower().endswith(" to"):
        return False
    words = lower_words(ctx.doc)
    if not any(m.label == "DEMONYM" and m.start - move.end in (0, 1) and
               _led_by_to(words, m, move) and _place_adjective(m, ctx) for m in view.mentions):
        return False
    move_char = move.start_char - view.start_char
    return any(c.end <= move_char and c.value and (c.head or "").lower() not in NON_PEOPLE_HEADS
               for c in ctx.counts_in(view)) or \
        any(c.start < move.start for c in view.cue_values("PEOPLE"))


def _place_adjective(m, ctx: DocumentContext) -> bool:
    """"the Albanian port of Shëngjin", "handed over to Panamanian authorities": a demonym
    naming a place in that state, or its authorities taking people over."""
    after = lower_words(ctx.doc)[m.end:m.end + 2]
    return m.label == "DEMONYM" and (any(w in PLACE_NOUNS or w in TAKING_OVER for w in after)
                                     or at_the_edge(ctx.doc, m))


OWNED_REACH = 3  # words after "X's" in which a place noun or a place name is looked for


GAP_REACH = 3  # tokens after a gapped subject in which its count is looked for
GAP_CHARS = 12  # characters between a gapped subject and its count ("Costa Rica about 200")


def _gapped_subject(doc, m) -> bool:
    """"… and Costa Rica about 200 on two": a state after "and" followed by a number, the
    subject of a verb left out because it is the one before."""
    return m.start > 0 and lower_words(doc)[m.start - 1] == "and" and any(
        t.like_num for t in doc[m.end:min(m.end + GAP_REACH, len(doc))])


def gapped_count(ctx: DocumentContext, view: SentenceView, dest):
    """The count a gapped subject takes ("and Costa Rica about 200"): the one right after it."""
    if dest.label == "EARLIER" or not _gapped_subject(ctx.doc, dest):
        return None
    end = ctx.doc[dest.end - 1].idx + len(ctx.doc[dest.end - 1]) - view.start_char
    after = [c for c in ctx.counts_in(view) if 0 <= c.start - end <= GAP_CHARS and c.value]
    return after[0] if after else None


def _owns_a_thing(doc, m) -> bool:
    """"Bhutan's desk": a state's possession that is not a place in it ("Papua New Guinea's
    Manus Island", "Libya's coast", "El Salvador's notorious CECOT prison")."""
    if m.end + 1 >= len(doc) or lower_words(doc)[m.end] not in ("'s", "’s"):
        return False
    owned = doc[m.end + 1:min(m.end + 1 + OWNED_REACH, len(doc))]
    return not any(t.is_title or t.is_upper or t.lower_ in PLACE_NOUNS | DIRECTIONS
                   for t in owned)


# "a flight … bound for South Sudan is diverted to Djibouti": a stop the people did not choose
DIVERTED = word_class("diverting_participles")


def _destination(m, ctx: DocumentContext, move) -> bool:
    """Where people went: "flown to X", "arrived in X", "X received …", "X continues to take in";
    not where a flight was diverted (a stop in transit, FACTS.md rule 4)."""
    doc = ctx.doc
    if any(w in DIVERTED for w in lower_words(doc)[max(move.end, m.start - 3):m.start]):
        return False
    if receiving(move) and m.end <= move.start:
        return True
    if received_passive(move) and lower_words(doc)[move.end:m.start] in (["by"], ["by", "the"]):
        return True  # "42 West Africans have been received by Ghana": the agent took them in
    if m.end <= move.start and _vehicle_bound_there(doc, m, move):
        return True  # "a deportation flight to Honduras carried 12 Venezuelans"
    if m.end <= move.start:
        return False  # "deported from the US to Ghana …, were driven to Togo": another verb's
    if _owns_a_thing(doc, m):
        return False  # "a request sitting on Bhutan's desk"
    if m.label == "DEMONYM" and any(w in DEPORTATION_VEHICLES
                                    for w in lower_words(doc)[m.end:m.end + 3]):
        return False  # "flown home on Mexican government planes": the means, not the place
    if receiving(move) and _gapped_subject(doc, m):
        return True  # "Panama received 299 people and Costa Rica about 200"
    words = lower_words(doc)
    lead = m.start
    while lead > 0 and words[lead - 1] in DIRECTIONS:
        lead -= 1  # "to neighbouring Sudan", "into northern Albania"
    if left_there(words, lead, move.start) or dropped_there(words, lead, move.start):
        return True  # "driven across the frontier and left in Lomé", "offloaded 299 … in Panama"
    if _listed_in_a_plural_goal(words, lead, move.end):
        return True
    before = words[max(0, lead - 2):lead]
    wider = words[max(0, m.start - 4):m.start]
    if "to" in wider and all(w in BORDER_WORDS for w in wider[wider.index("to") + 1:]):
        return True  # "driven to the border with Togo"
    if at_the_edge(doc, m) and any(w in ("across", "over") for w in before):
        return True  # "pushed across the Burkinabe border"
    preposition = before[-1] if before and before[-1] in DESTINATION_BEFORE else (
        before[0] if len(before) == 2 and before[0] in DESTINATION_BEFORE and before[1] == "the"
        else None)
    if preposition in ("in", "at", "on") and move.text.lower() not in ARRIVAL_VERBS and \
            move.text.lower() not in HELD_MOVES and move.text.lower() not in SETTLED_MOVES and \
            not at_the_edge(doc, m) and \
            not _after_to(words[max(0, m.start - 6):m.start]):
        # "waiting in Pakistan", "held in Albania": where people were, not where they were sent
        preposition = None
    if preposition is not None or _reached_through_a_place(lower_words(doc), m) or \
            _place_shared_with(words, m):
        return True
    after = words[m.end:m.end + 6]
    return any(w in RECEIVING_AFTER for w in after)


# "removed more than 300 people to third countries, among them Eswatini and Rwanda": the
# states a plural goal of the verb is said to include
LIST_INTRODUCERS = tuple(tuple(phrase.split()) for phrase in word_tuple("list_introducers"))
PLURAL_GOAL_NOUNS = word_class("plural_goal_nouns")
PLURAL_GOAL_REACH = 5  # words from "to" to the list ("to several African countries, including")


def in_a_plural_goal(ctx: DocumentContext, move, destinations: list) -> bool:
    """Whether the destinations are the states a plural goal of the verb is said to include:
    the count before them is of all the people sent to all those countries, not of each."""
    return move.end <= destinations[0].start and \
        _listed_in_a_plural_goal(lower_words(ctx.doc), destinations[0].start, move.end)


def _listed_in_a_plural_goal(words: list[str], at: int, move_end: int) -> bool:
    for phrase in LIST_INTRODUCERS:
        lead = at - len(phrase)
        if lead <= move_end or tuple(words[lead:at]) != phrase:
            continue
        if words[lead - 1] == ",":
            lead -= 1
        goal = words[max(move_end, lead - PLURAL_GOAL_REACH - 1):lead]
        if "to" in goal and goal[-1] in PLURAL_GOAL_NOUNS:
            return True
    return False


MODALS_AND_TO = word_class("modals_and_to")  # "would be flown", "could send": not done
# "nine people had been resettled in Nauru": the verb of settling is where people were sent
SETTLED_MOVES = word_class("settled_moves")


# "A deportation flight to Honduras carried 110 Hondurans and 12 Venezuelans", "the plane bound
# for Juba took eight men": the state a vehicle of the subject went to is where it carried them.
CARRYING_VERBS = word_class("carrying_verbs")
VEHICLE_SUBJECT_GAP = 4  # words between the state and the verb ("on Friday")


def _vehicle_bound_there(doc, m, move) -> bool:
    if move.text.lower() not in CARRYING_VERBS or move.start - m.end > VEHICLE_SUBJECT_GAP:
        return False
    words = lower_words(doc)
    between = words[m.end:move.start]
    if any(w in (",", ";", "and", "but", "which", "that", "who") for w in between):
        return False
    lead = words[max(0, m.start - 2):m.start]
    if not lead or lead[-1] != "to" and lead[-2:] != ["bound", "for"]:
        return False
    to_at = m.start - (1 if lead[-1] == "to" else 2)
    return any(w in DEPORTATION_VEHICLES for w in words[max(0, to_at - 2):to_at])


def _after_to(before: list[str]) -> bool:
    """"to detention centres on Nauru": a place phrase a "to" leads to (not "according to
    advocates in Kathmandu")."""
    return any(w == "to" and (i == 0 or before[i - 1] != "according") for i, w in enumerate(before))


# "to the southern African kingdom of Eswatini", "to the hub outside Kampala", "to the Gjadër
# facility in northern Albania": a place phrase after "to" that names the state at its end.
PLACE_LINKS = word_class("place_links")
STATE_NOUNS = word_class("state_nouns")
DIRECTIONS = word_class("directions")
PLACE_PHRASE_REACH = 7  # words between "to" and the state


def _reached_through_a_place(words: list[str], m) -> bool:
    """Whether the state ends a place phrase that a movement's "to"/"into" leads to."""
    before = words[max(0, m.start - PLACE_PHRASE_REACH):m.start]
    while before and before[-1] in DIRECTIONS:
        before = before[:-1]
    if not before or before[-1] not in PLACE_LINKS:
        return False
    if before[-1] == "of" and (len(before) < 2 or before[-2] not in STATE_NOUNS | PLACE_NOUNS):
        return False  # "to the home of …", "to Ghana, one of …"
    lo = max(0, m.start - PLACE_PHRASE_REACH)
    heads = [i for i, w in enumerate(before) if w in ("to", "into")
             and not (lo + i > 0 and words[lo + i - 1] == "according")]
    return bool(heads) and all(w.isalpha() or w in ("-", "'s", "’s")
                               for w in before[heads[-1] + 1:])


def _sole_other_state(ctx: DocumentContext, view: SentenceView, deporter: str) -> list:
    """The one state named in the sentence that does not send or describe the people, nor is
    where some of them come from ("Uzbek officials said 131 people arrived, 12 of them from
    Kazakhstan" is Uzbekistan)."""
    roles = clause_roles(ctx.doc, view, view.clauses[0], deporter, whole_sentence=True)
    words = lower_words(ctx.doc)
    states = [m for m in roles.receivers if m.label in ("NAME", "CAPITAL", "EPITHET")
              and words[m.start - 1] != "from"]
    states += [m for m in view.mentions if _speaks_for_a_state(ctx.doc, m) and
               m.iso3 != deporter and all(m.iso3 != s.iso3 for s in states)]
    return states if len(states) == 1 else []


def _state_called_it(ctx: DocumentContext, view: SentenceView, index: int, move,
                     deporter: str) -> list:
    """"Mexico … has never signed such an agreement, though it continues to take in …": the
    state "it" receiving people stands for, the last one named before it in the sentence, or
    else the first one named in the sentence before; "Rwanda agreed …, and received …": the
    state named last before a coordinated verb of receiving."""
    words = lower_words(ctx.doc)
    subject = [w for w in words[max(view.start, move.start - 3):move.start]
               if w not in SUBJECT_GAP]
    if not receiving(move) or subject[-1:] not in (["it"], ["and"], ["but"]):
        return []
    # "Rwanda agreed … to take up to 250 people deported from the US, and received its first
    # seven": a coordinated verb shares the subject named last before it
    before = [m for m in view.mentions
              if m.end <= move.start and _other_state(ctx.doc, m, deporter)]
    if subject[-1:] in (["and"], ["but"]) or before:
        # "Mexico has never signed a deal but has quietly taken in …": the same subject
        return before[-1:]
    earlier = [m for m in ctx.views[index - 1].mentions if _other_state(ctx.doc, m, deporter)] \
        if index else []
    return earlier[:1]


def _speaks_for_a_state(doc, m) -> bool:
    """"The Kosovar government said it had received …": a state named by its authorities."""
    return m.label == "DEMONYM" and m.end < len(doc) and \
        lower_words(doc)[m.end] in AUTHORITY_WORDS


def _other_state(doc, m, deporter: str) -> bool:
    """A state named as such ("Mexico") or by its authorities ("the Kosovar government"), not by
    a demonym describing people, that is not the sender."""
    return (m.label in ("NAME", "EPITHET") or _speaks_for_a_state(doc, m)) and m.iso3 != deporter


def _recent_receiver(ctx: DocumentContext, index: int, deporter: str, earlier: list[Removal],
                     move) -> list:
    """The last state other than the deporter named in the two sentences before, not as the
    people's nationality; else the state the story's last removal went to."""
    for view in reversed(ctx.views[max(0, index - 2):index]):
        # "… are nationals of Burundi and Vietnam": where the people come from, not the place
        origins = set(clause_roles(ctx.doc, view, view.clauses[0], deporter,
                                   whole_sentence=True).nationalities)
        for m in reversed(view.mentions):
            if m.iso3 != deporter and m.iso3 not in origins and \
                    m.label in ("NAME", "CAPITAL", "EPITHET"):
                return [m]
    if earlier:
        return [Mention(earlier[-1].receiving_country, "EARLIER", move.start, move.end,
                        move.text)]
    return []


# "transferred to the same prison in July": the place the story's last removal went to
SAME_PLACE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:to|into|at)\s+the\s+same\s+(\w+)",
                              re.IGNORECASE)


def _same_place_as_before(view: SentenceView, move, earlier: list[Removal]) -> list:
    """The state of "the same prison/centre/country" the story's last removal went to."""
    found = SAME_PLACE_AFTER.match(view.text, move.end_char - view.start_char)
    if not earlier or found is None or found.group(1).lower() not in PLACE_NOUNS | STATE_NOUNS:
        return []
    return [Mention(earlier[-1].receiving_country, "EARLIER", move.start, move.end, move.text)]


# "transferred to the centres", "taken to the camp": a place of detention the story placed before
# ("transferred from the Netherlands to the centre": where they came from may stand between)
THE_PLACE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
                             r"(?:to|into|at)\s+the\s+(\w+)\b(?!\s+(?:of|in|on|at)\b)",
                             re.IGNORECASE)
DETENTION_PLACES = word_class("detention_places")
PLACE_LOOKBACK = 2  # sentences before in which "the centres" are placed
PLACED_REACH = 4  # words from the place noun to its state: "centres in northern Albania"


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _the_place_before(ctx: DocumentContext, index: int, view: SentenceView, move,
                      deporter: str | None) -> list:
    """The state of "the centres" a movement reaches, from where the story placed them just
    before ("Its two centres in northern Albania … about 400 migrants have been transferred to
    the centres")."""
    found = THE_PLACE_AFTER.match(view.text, move.end_char - view.start_char)
    if found is None or _singular(found.group(1).lower()) not in DETENTION_PLACES:
        return []
    words = lower_words(ctx.doc)
    for earlier in reversed(ctx.views[max(0, index - PLACE_LOOKBACK):index + 1]):
        for m in reversed(earlier.mentions):
            near = [_singular(w) for w in words[max(earlier.start, m.start - PLACED_REACH):m.start]]
            # "the compound outside Kampala … transferred to the centre": the place of detention
            # just placed, whatever noun named it
            if m.iso3 != deporter and not DETENTION_PLACES.isdisjoint(near) and \
                    near[-1] not in ("from", "by"):
                return [Mention(m.iso3, "EARLIER", move.start, move.end, move.text)]
        # "… moved to Gjader from a centre in Rome. Some 120 have been transferred to the
        # centre": a named place of detention outside the sender's state
        hi = len(earlier.text) if earlier is not view else move.start_char - view.start_char
        places = [iso3 for _, iso3 in places_in(earlier.text, 0, hi) if iso3 != deporter]
        if places:
            return [Mention(places[-1], "EARLIER", move.start, move.end, move.text)]
    return []


# tokens from "where" to its clause's verb of movement ("where the group says 23 people were flown")
WHERE_REACH = 10
OWN_GOAL_WORDS = word_class("own_goal_words")  # "handed to", "flown on to"


def _where_antecedent(ctx: DocumentContext, view: SentenceView, move, deporter) -> list:
    """"Officials visited Albania, where Italy transferred 40 migrants", "the centre in Gjader,
    where …": the place a relative "where" before the verb stands for."""
    words = lower_words(ctx.doc)
    if OWN_GOAL_WORDS.intersection(words[move.end - 1:move.end + 1]) and \
            not _on_a_vehicle(words, move.end):
        return []  # "in Honduras, where the men were handed to a plane …": a goal of its own
    lo = max(view.start + 2, move.start - WHERE_REACH)
    at = next((i for i in range(move.start - 1, lo - 1, -1) if words[i] == "where"), None)
    if at is None or words[at - 1] != "," or any(w in (",", ";") for w in words[at:move.start]):
        return []
    for m in view.mentions:
        if m.end == at - 1 and m.label in ("NAME", "CAPITAL") and m.iso3 != deporter:
            return [Mention(m.iso3, "PLACE", move.start, move.end, move.text)]
    comma = ctx.doc[at - 1].idx - view.start_char
    named = [iso3 for offset, iso3 in places_in(view.text, max(0, comma - 30), comma)
             if iso3 != deporter]
    return [Mention(named[-1], "PLACE", move.start, move.end, move.text)] if named else []


VEHICLE_REACH = 3  # words after "on" in which the vehicle is looked for ("on two charter flights")


def _on_a_vehicle(words: list[str], at: int) -> bool:
    """"where 23 people were flown on two flights": "on" the vehicle that carried them, not a
    goal of the verb's own ("flown on to Juba", "put on a plane")."""
    return words[at:at + 1] == ["on"] and words[at + 1:at + 2] != ["to"] and any(
        w in DEPORTATION_VEHICLES for w in words[at + 1:at + 1 + VEHICLE_REACH])


def destinations_of(ctx: DocumentContext, view: SentenceView, index: int, clause, roles,
                    move, moves: list, earlier: list[Removal]) -> list:
    """Where the movement took people: states after its preposition, a named place, the state
    "it" stands for, or, for an arrival, the one state named around it. ``moves`` are the
    sentence's movements reported as done."""
    if is_passage(view, move):  # "400 people have passed through Gjader" (removal_passages)
        return passage_receiver(ctx, index, view, move)
    own_centre = own_centre_span(view, move)
    if own_centre is not None:
        # "held at its centres in Albania", "at Italy's camp at Gjader": the centre's state, or
        # none ("held at its camp in Kent")
        named = places_in(view.text, *own_centre)
        return centre_state(view, move) or [
            Mention(iso3, "PLACE", move.start, move.end, move.text) for _, iso3 in named[:1]]
    # every mention of a receiving state, not only its first: "from Cuba, …, South Sudan and
    # Vietnam, are flown to Juba"
    states = {r.iso3 for r in roles.receivers}
    mentions = {(m.start, m.end): m for m in roles.receivers} | {
        (m.start, m.end): m for m in view.mentions
        if m.iso3 in states and clause.start <= m.start < clause.end}
    words = lower_words(ctx.doc)
    mentions |= {(m.start, m.end): m for m in view.mentions
                 if m.start > move.start and m.start < clause.end and m.label != "DEMONYM"
                 and (left_there(words, m.start, move.start)  # "… and left stranded in Togo"
                      or dropped_there(words, m.start, move.start))}
    # "returned from the islands to Turkish ports": a demonym naming a place after the verb,
    # though the clause read the demonym as the people's
    mentions |= {(m.start, m.end): m for m in view.mentions
                 if move.start < m.start < clause.end and m.label == "DEMONYM" and
                 _led_by_to(words, m, move) and _place_adjective(m, ctx)}
    # "The Guatemalan government has received 1,087 foreigners": a state's authorities taking
    # people in, though the clause read the demonym as the people's
    mentions |= {(m.start, m.end): m for m in view.mentions
                 if clause.start <= m.start and m.end <= move.start and receiving(move) and
                 _speaks_for_a_state(ctx.doc, m)}
    candidates = [m for _, m in sorted(mentions.items())
                  if m.label in ("NAME", "CAPITAL", "EPITHET") or _place_adjective(m, ctx) or
                  _speaks_for_a_state(ctx.doc, m)]
    # "people who arrive by boat will be returned to France": a state after another verb of
    # movement is that verb's, done or not ("had been handed to Nigerian consular staff …, that
    # the Liberians would be flown to Monrovia")
    later_moves = [c.start for c in moves if c.start > move.start] + [
        c.start for c in view.cue_values("MOVE")
        if c.start > move.start and (not MODALS_AND_TO.isdisjoint(words[max(0, c.start - 2):
                                                                        c.start]) or
                                     words[c.start - 1] == "from")]  # "stop Ghana from sending"
    candidates = [m for m in candidates if not any(move.start < s < m.start for s in later_moves)]
    destinations = _destinations(candidates, ctx, move)
    place = _place_destination(ctx, view, move)
    if place and any(move.start < s < place[0].start for s in later_moves):
        place = []  # "put him on a bus …, handed him over …, who flew him to San Pedro Sula"
    if place and destinations and place[0].start < destinations[0].start:
        # "sent in March to CECOT, … were repatriated in July to Caracas": the place the verb
        # reaches first
        return place
    if not destinations and move.text.lower() in ARRIVAL_VERBS and len(candidates) == 1 \
            and candidates[0].end <= move.start:
        # "Ghana … said 14 have already arrived": the one state named before the verb.
        destinations = candidates
    if not destinations:
        destinations = place or centre_state(view, move) or _but_to_after(view, candidates, words)
    if not destinations:
        destinations = held_place(ctx, index, view, move, roles.deporting, _place_state_in,
                       lambda at: nearest_dateline(ctx, at)) or \
            held_with_the_move(ctx, index, view, move, roles.deporting, _place_state_in) or \
            _state_called_it(ctx, view, index, move, roles.deporting) or \
            _same_place_as_before(view, move, earlier) or \
            _the_place_before(ctx, index, view, move, roles.deporting)
    if not destinations:
        destinations = label_destination(ctx, view, move, roles.deporting) or \
            _where_antecedent(ctx, view, move, roles.deporting) or \
            _breakdown_after_a_colon(ctx, view, move)
    if not destinations and move.text.lower() in ARRIVAL_VERBS:
        # "A charter … landed at Kotoka airport on Tuesday, Ghana's interior ministry
        # said": the one state other than the sender named in the sentence.
        destinations = _sole_other_state(ctx, view, roles.deporting)
    if not destinations and not candidates and move.text.lower() in ARRIVAL_VERBS and \
            (clause.has("ARRANGEMENT_NOUN") or GROUP_OPENING.match(view.text) or
             _counted_group_arrives(ctx, view, move) or _sent_group_arrives(ctx, view, move)):
        # "The first seven people sent under the deal arrived", "The first five deportees
        # arrived in mid-July": the state just named.
        destinations = _recent_receiver(ctx, index, roles.deporting, earlier, move)
    return destinations


# "A first group of seven had arrived in mid-August", "a second group of eight landed on Monday",
# "238 members of the gang had arrived overnight": a counted group of sent people as the subject
# of an arrival that names no place reaches the state just named. Not migrants or refugees, who
# arrive by themselves, nor a subject with a clause of its own ("who set off from Libya").
ARRIVED_GROUP_HEADS = word_class("arrived_group_heads")
ARRIVED_GROUP_GAP = 7  # words between the count and the verb ("of the gang Tren de Aragua had")
NOT_IN_A_SUBJECT = word_class("subject_aside_breaks")


def _counted_group_arrives(ctx: DocumentContext, view: SentenceView, move) -> bool:
    move_char = move.start_char - view.start_char
    for c in ctx.counts_in(view):
        if c.end > move_char or not c.value or c.qualifier == "up_to":
            continue
        head = (c.head or "").lower()
        if head and head not in ARRIVED_GROUP_HEADS:
            continue
        between = view.text[c.end:move_char]
        words = between.split()
        if len(words) <= ARRIVED_GROUP_GAP and not any(ch in between for ch in ",;:()—–\"") \
                and not any(w.lower() in NOT_IN_A_SUBJECT for w in words) or \
                _origins_between(view, c.end, move_char):
            return True
    return False


# "from Vietnam, Jamaica, Cuba, Laos and Yemen": the states left out, only the list's glue
# (after the count's head: "Five men from …")
ORIGIN_LIST_GLUE = re.compile(r"\s*(?:[\w-]+\s+)?from(?:\s*,\s*|\s+and\s+|\s+)*", re.IGNORECASE)


def _origins_between(view: SentenceView, lo: int, hi: int) -> bool:
    """"Five men from Vietnam, Jamaica, Cuba, Laos and Yemen arrived": between the count and
    the verb only a list of the states the people come from, which keeps the count the verb's
    subject."""
    between = view.text[lo:hi]
    if " from " not in between.lower():
        return False
    for m in sorted(view.mentions, key=lambda m: -m.start):
        at = view.char_at(m.start) - lo
        if 0 <= at < len(between):
            between = between[:at] + " " + between[at + len(m.text):]
    return ORIGIN_LIST_GLUE.fullmatch(between) is not None


def parallel_destinations(ctx: DocumentContext, view: SentenceView, index: int, clause, roles,
                          move, destinations: list, clause_moves: list, moves: list,
                          earlier: list[Removal]) -> list:
    """"64 Cubans who were transferred to Mexico, 41 Ecuadorians who were removed to Honduras":
    a later verb of the clause that moves a counted group of its own to other states adds
    them as destinations (each then takes the count between the previous one and its name)."""
    added: list = []
    last = destinations[-1]
    for other in clause_moves:
        if other.start <= max(move.start, last.end):
            continue
        found = [m for m in destinations_of(ctx, view, index, clause, roles, other, moves,
                                            earlier)
                 if m.start > other.start and all(m.iso3 != d.iso3 for d in
                                                  destinations + added)]
        if not found:
            continue
        lo = ctx.doc[last.end].idx - view.start_char if last.end < view.end else len(view.text)
        hi = ctx.doc[found[0].start].idx - view.start_char
        if any(lo <= c.start < hi and c.value is not None and
               (c.head or "").lower() not in NON_PEOPLE_HEADS for c in ctx.counts_in(view)):
            added.extend(found)
            last = found[-1]
    return added


BREAKDOWN_GAP = 2  # characters between an item's count and its "to" ("15 to Eswatini")
ITEM_JOINS = re.compile(r"[\s,;]*(?:and\s+)?")  # what stands between two items of a breakdown


def _breakdown_after_a_colon(ctx: DocumentContext, view: SentenceView, move) -> list:
    """"lists the people removed to countries other than their own: 15 to Eswatini, 28 to Ghana
    and nine to Equatorial Guinea", "has sent deportees to four African states: 15 to …": a
    verb whose goal names no state, then a colon and a breakdown of counted items, each "N to
    State"; each listed state is a destination (and takes the count just before it). Not "…:
    officials say it could send 15 to Eswatini": the items follow the colon one after another."""
    words = lower_words(ctx.doc)
    colon = next((i for i in range(move.end, view.end) if words[i] == ":"), None)
    if colon is None or any(move.end <= m.start < colon and m.label in ("NAME", "CAPITAL")
                            for m in view.mentions):
        return []  # "flown to Juba: …": the verb reached its state before the colon
    counts = ctx.counts_in(view)
    listed = []
    item_end = ctx.doc[colon].idx + 1 - view.start_char
    for m in view.mentions:
        if m.start <= colon + 1 or m.label not in ("NAME", "CAPITAL") or words[m.start - 1] != "to":
            continue
        to_char = ctx.doc[m.start - 1].idx - view.start_char
        count = next((c for c in counts if c.value and 0 <= to_char - c.end <= BREAKDOWN_GAP),
                     None)
        if count is None or ITEM_JOINS.fullmatch(view.text, item_end, count.start) is None:
            break  # the breakdown ends where an item is no "N to State" right after the last
        listed.append(m)
        item_end = ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]) - view.start_char
    return listed


# "The last group sent by Washington, 299 persons …, arrived in February", "The second group of
# deportees arrived on Tuesday", "Its latest batch of deportees landed on Friday": a group of
# sent people opening the sentence as the subject of an arrival that names no place reaches
# the state just named; not "a group of migrants arrived", who came by themselves
SENT_GROUP_NOUNS = word_class("sent_group_nouns")
GROUP_OF_SENT = 3  # words after the group noun in which "of deportees" is looked for


def _sent_group_arrives(ctx: DocumentContext, view: SentenceView, move) -> bool:
    words = lower_words(ctx.doc)
    opening = [w for w in words[view.start:view.start + 4] if w.isalpha()]
    if not opening or opening[0] not in ("the", "its", "their", "a") or \
            SENT_GROUP_NOUNS.isdisjoint(opening[1:3]):
        return False
    noun = next((i for i in range(view.start, move.start) if words[i] in SENT_GROUP_NOUNS), None)
    if noun is None:
        return False  # "A sent group …": the movement itself comes before the group noun
    sent = any(noun < c.start < move.start for c in view.cue_values("MOVE"))
    return sent or words[noun + 1:noun + 2] == ["of"] and any(
        w in ARRIVED_GROUP_HEADS for w in words[noun + 2:noun + 2 + GROUP_OF_SENT])


SHARED_PLACE_REACH = 8  # words from "to" to the state ("to the return hub it operates with")


def _place_shared_with(words: list[str], m) -> bool:
    """"moved six rejected asylum seekers to the return hub it operates with Uganda", "to a
    centre run jointly with Uganda": a place of detention the verb's "to" leads to, run with
    the state, is in that state; not "to the US under a deal with Mexico", which names no
    place."""
    before = words[max(0, m.start - SHARED_PLACE_REACH):m.start]
    if before[-1:] != ["with"] or "to" not in before:
        return False
    phrase = before[len(before) - 1 - before[::-1].index("to") + 1:-1]
    return all(w.isalpha() for w in phrase) and any(
        _singular(w) in DETENTION_PLACES for w in phrase)
