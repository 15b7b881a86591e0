"""Removal facts: people actually sent to a third country (FACTS.md rules 4, 7, 13).

A removal needs a movement (a verb, "flown to", "arrived in", "received", a verb of acceptance
of a counted group, "has accepted more than 5,000 non-Mexicans", or a noun reported as done,
"confirms the arrival in Kigali of …"), people (a count or a word for people) and a
destination state that is not the people's own country: a state after the verb's preposition,
a place phrase ending in one ("to the hub outside Kampala"), a named facility, airport or city
(``facilities.json``, ``countries/data/places.json``), a state's officers taking the people over
("handed over to Mexican immigration officers"), "the centres" the story placed just before,
or the story's last destination for a definite group ("The first five deportees arrived in
July", "Its first seven arrived"). Every movement of a clause is tried until one reaches a
destination. Planned, possible, counterfactual, stopped or negated movements, present-tense
practices outside headlines and dated timeline lines, people going home (named as the
destination's own nationals, or the story's group flown to its one nationality) or moving on
by themselves, people received who came on their own, and stops in transit are not
removals; a hedged past one ("appears to have received") is a speculative removal. The
sender is the state whose police or forces move the people, the state that is the subject of
the verb of sending, the state holding people it hands over, or the document's deporting state
(never a list of the people's origins, "men from Laos, Vietnam and Cuba"); the count is the
group's number (not a subset, a capacity or the receiver's own nationals counted apart: "most
of them Uzbek citizens but also 14 nationals of Kyrgyzstan"), the number a definite group was
given just before or after ("Only one of the eight is …"), or the running total the text gives
for it. Nationalities are those named for the group, in the sentence or the ones after it,
never the sender's.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.aboard import count_aboard
from thirdcountry.extraction.centres_held import centre_holding_verbs, centre_state
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext, home_cues
from thirdcountry.extraction.group_origins import earlier_group_nationalities, moved_on_elsewhere
from thirdcountry.extraction.held_where import held_place
from thirdcountry.extraction.implied_receiver import (
    implied_receiver,
    in_a_running_total,
    nearest_dateline,
)
from thirdcountry.extraction.labelled_lines import label_destination, line_label
from thirdcountry.extraction.left_at import left_there
from thirdcountry.extraction.listed_counts import demonym_spans, listed_alone, listed_group_count
from thirdcountry.extraction.move_verbs import (
    handed_over,
    put_on_a_vehicle,
    took_a_group,
    took_people,
)
from thirdcountry.extraction.onward import (
    at_the_edge,
    over_land_from_inside,
    part_of_the_group,
    passive_agent,
)
from thirdcountry.extraction.own_nationals import only_own_nationals
from thirdcountry.extraction.parallel_dates import same_period_date
from thirdcountry.extraction.past_clauses import future_arrival, negation_of_a_relative_clause
from thirdcountry.extraction.permitted_moves import permitted_not_done
from thirdcountry.extraction.removal_counts import (
    PEOPLE_COUNT_HEADS,
    SINGLE_PERSON,
    _aside_after,
    _aside_count,
    _aside_date,
    _count,
    _count_referred_to,
    _counts_a_new_group,
    _elided_group,
    _running_total,
    _single_person,
)
from thirdcountry.extraction.removal_dates import _removal_date, _total_date
from thirdcountry.extraction.removal_merge import a_part_told_again
from thirdcountry.extraction.removal_nationalities import (
    _counted_apart,
    _group_nationalities,
    _not_nationalities,
    _others_counted_apart,
    _people_from,
    _people_not_senders,
)
from thirdcountry.extraction.removal_reasons import moves_in_the_reason
from thirdcountry.extraction.removal_senders import _moving_state, _onward_sender, _overland_in
from thirdcountry.extraction.removal_words import (
    _NUMBER_WORDS,
    ARRIVAL_VERBS,
    AUTHORITY_WORDS,
    DEPORTATION_VEHICLES,
    DESCRIBING_PARTICIPLES,
    GROUP_OPENING,
    HELD_MOVES,
    NON_PEOPLE_HEADS,
    PASSIVE_AUXILIARIES,
    PEOPLE_HEADS,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    SUBJECT_GAP,
    THINGS,
    THINGS_REACH,
    _about_the_group,
    _passive,
    _perfect,
    _plural_demonym,
    _received_passive,
    _receiving,
)
from thirdcountry.extraction.roles import clause_roles, list_joined
from thirdcountry.extraction.sentence_view import Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words, token_words
from thirdcountry.extraction.stage import _negated
from thirdcountry.extraction.words import word_class, word_tuple
from thirdcountry.facts.schema import Removal


@lru_cache(maxsize=1)
def _named_places() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return tuple((alias, canonical) for canonical, aliases in data["facilities"].items()
                 for alias in aliases)


@lru_cache(maxsize=1)
def _places_in_states() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern of the name, the name, ISO3) of each named place whose state is known: places
    of detention (``facilities.json``), then airports, ports and cities (``places.json``)."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    places = json.loads(resources.files("thirdcountry.countries").joinpath(
        "data", "places.json").read_text("utf-8"))["places"]
    named = [(alias, data["countries"][canonical]) for alias, canonical in _named_places()
             if canonical in data["countries"]]
    named += [(alias, iso3) for iso3, aliases in places.items() for alias in aliases]
    return tuple((re.compile(rf"\b{re.escape(alias)}\b"), alias, iso3) for alias, iso3 in named)


@lru_cache(maxsize=1)
def _any_place_name() -> re.Pattern[str]:
    """Any name of ``_places_in_states``: one scan finds whether a sentence has one at all."""
    return re.compile("|".join(re.escape(alias) for _, alias, _ in _places_in_states()))


def _place_state_in(text: str, lo: int, hi: int) -> str | None:
    """The state of the first named place of ``_places_in_states`` in ``text[lo:hi]``."""
    if _any_place_name().search(text, lo, hi) is None:
        return None
    found = [(m.start(), iso3) for pattern, _alias, iso3 in _places_in_states()
             if (m := pattern.search(text, lo, hi)) is not None]
    return min(found)[1] if found else None


def _places_in(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, ISO3) of every named place of ``_places_in_states`` in ``text[lo:hi]``, in
    text order."""
    if _any_place_name().search(text, lo, hi) is None:
        return []
    return sorted((m.start(), iso3) for pattern, alias, iso3 in _places_in_states()
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
    for pattern, alias, iso3 in _places_in_states():
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


BORDER_WORDS = word_class("border_phrase_words")
DESTINATION_BEFORE = word_class("destination_before")  # "centres on Nauru"
RECEIVING_AFTER = word_class("receiving_after")


# Nouns of movement, a removal only when the text says it happened ("confirms the arrival in
# Kigali of seven migrants", "the transfer … took place"), not "ahead of the arrival of".
NOMINAL_MOVES = word_class("arrival_nouns")
HAPPENED_BEFORE = re.compile(r"\b(?:confirm|confirms|confirmed|announced|announces|welcomed|"
                             r"welcomes|reported|marked|witnessed|followed)\s+(?:the|their|its)\s+$",
                             re.IGNORECASE)
HAPPENED_AFTER = re.compile(r"^[^.;]*?\b(?:took\s+place|happened|came|followed|was\s+completed)\b",
                            re.IGNORECASE)


# Present tense reports a removal only in a headline ("US deports 45 migrants to Costa Rica")
# or a dated timeline entry ("March 15: Two planes carry 238 men to El Salvador"); in running
# text it states a practice or a plan.
HEADLINE_TENSE = word_class("headline_tense")
# "Feb. 12: …", "12 March 2025 — …": a line that opens with its date.
TIMELINE_SEPARATOR = re.compile(r"\s*[:—–-]")
# "handed over to Mexican immigration officers": a state's agents taking the people over
TAKING_OVER = word_class("taking_over")
PLACE_NOUNS = word_class("place_nouns")


def _went_home(clause, move) -> bool:
    """"More than a million people have returned to Afghanistan from Iran": people returning,
    with no state named as sending them, go home; "Britain returned a migrant to France" and
    "2,100 people were returned to Turkey" are removals."""
    return move.text.lower() in ("returned", "return") and not _passive(move) and not any(
        m.end <= move.start and m.label != "DEMONYM" for m in clause.mentions)


NO_ONE_WORDS = word_class("no_one_words")
# "not one asylum seeker", "not a single migrant", "not even one of them": nobody either
NOT_ONE_AFTER = word_class("not_one_after")


def _no_one_moved(view: SentenceView, clause, move) -> bool:
    """"No asylum seekers have been sent there", "none have arrived": nobody was moved.

    "nine people, none of them Cameroonian, were flown" describes the people instead: a
    nationality between "none" and the verb makes it an aside.
    """
    words = lower_words(move.doc)
    for i in range(max(clause.start, move.start - 8), move.start):
        # "four people, none of them Kosovo citizens, had landed": an aside set off by commas
        # or naming a state describes the people
        no_one = words[i] in NO_ONE_WORDS or (
            words[i] == "not" and words[i + 1] in NOT_ONE_AFTER and i + 1 < move.start and
            "but" not in words[i + 2:min(i + 5, move.start)])  # "not one but two flights"
        # "So far, no one has been sent": a comma before the negation sets off an aside only
        # when another closes it before the verb
        aside = words[i - 1] == "," and "," in words[i + 1:move.start]
        if no_one and not aside and not any(
                i < m.start < move.start and (m.label == "DEMONYM" or
                                              words[m.end:m.end + 1] == ["citizens"] or
                                              words[m.end:m.end + 1] == ["nationals"])
                for m in view.mentions):
            return True
    return False


def _going_home(ctx: DocumentContext, view: SentenceView, clause, moves: list, dest) -> bool:
    """"transferred to the border, from where they returned to Guatemala and Honduras, their
    countries of origin": the verb just before the destination, or an apposition naming it the
    people's home, says they went home."""
    before = [c for c in moves if c.start < dest.start]
    nearest = before[-1] if before else None
    if nearest is not None and (_went_home(clause, nearest) or _moved_on_their_own(nearest)):
        return True
    homes = home_cues(view)
    return any(0 <= h.start - dest.end <= 6 and all(
        t.text not in (".", ";") for t in ctx.doc[dest.end:h.start]) for h in homes) or any(
        _home_named_before(ctx, clause, moves, h, dest) for h in homes)


HOME_BEFORE_REACH = 16  # tokens from "to their own countries" to the states it lists


def _home_named_before(ctx: DocumentContext, clause, moves: list, home, dest) -> bool:
    """"flown to their own countries on Mexican planes, mainly to Honduras and Guatemala",
    "returned to their countries of origin — among them Cuba": states listed after the people's
    home, by the same verb, are that home."""
    words = lower_words(ctx.doc)
    return words[home.start - 1:home.start] == ["to"] and \
        clause.start <= home.start and 0 < dest.start - home.end <= HOME_BEFORE_REACH and \
        not any(t.text in (".", ";") for t in ctx.doc[home.end:dest.start]) and \
        not any(home.end <= c.start < dest.start for c in moves)


SUBJECT_TO_VERB = PASSIVE_AUXILIARIES | {"had", "has", "have", "later", "then", "also",
                                         "already", "since", "subsequently"}


def _own_national_subject(ctx: DocumentContext, view: SentenceView, move, dest) -> bool:
    """"the Mexican national had been returned to Mexico City", "Ghanaians were flown to
    Accra": the people moved are named as the destination's own nationals just before the verb."""
    words = lower_words(ctx.doc)
    for m in view.mentions:
        if m.iso3 != dest.iso3 or m.label != "DEMONYM" or not view.start <= m.end <= move.start:
            continue
        end = m.end + 1 if m.end < move.start and words[m.end] in PERSON_WORDS else m.end
        if (end > m.end or _plural_demonym(m.text)) and \
                all(w in SUBJECT_TO_VERB for w in words[end:move.start]):
            return True
    return False


def _taken_on_inside(earlier: list[Removal], view: SentenceView, dest) -> bool:
    """"The remaining 12 were moved inland to a centre at Gjadër": the group just reported
    arriving in a state, taken on to a place in that same state, is the same removal."""
    return dest.label == "PLACE" and bool(earlier) and \
        earlier[-1].receiving_country == dest.iso3 and (
            _about_the_group(view) or bool(REFERS_BACK.search(view.text)))


# "1,830 of them", "others had been taken", "the rest were bused": people of the group just
# reported
REFERS_BACK = re.compile(r"(?:\b\d[\d,]*|\b(?:some|many|most|others))\s+(?:of\s+(?:them|those|"
                         r"these)\s+)?(?:were|had|have)\b|\bthe\s+(?:rest|remainder)\b",
                         re.IGNORECASE)


def _group_sent_home(earlier: list[Removal], view: SentenceView, dest) -> bool:
    """"137 Venezuelans were flown to El Salvador … In July the men were flown to Caracas": the
    group just reported, moved on to the state of its one nationality, went home."""
    return bool(earlier) and earlier[-1].nationalities == [dest.iso3] and \
        _about_the_group(view)


def _moved_on_their_own(move) -> bool:
    """"Many moved on within weeks, some to South Sudan": people moving, not being moved
    ("they had moved 25 men to Gjadër" moves people)."""
    if move.text.lower() != "moved" or _passive(move):
        return False
    after = move.doc[move.end:move.end + 3]
    return not any(t.like_num or t.lower_ in PEOPLE_NOUNS for t in after)


COORDINATED_VERB_WORDS = word_class("coordinated_verb_words")  # "and turned down"
OBJECT_DETERMINERS = word_class("object_determiners")


def _moves_things(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """"received fewer than 1,000 asylum applications", "continues to receive funding": what
    was received or sent is not people."""
    after = move.end_char - view.start_char
    if any(0 <= c.start - after <= 3 and (c.head or "").lower() in NON_PEOPLE_HEADS
           and not _carrying_people(ctx, view, c) for c in ctx.counts_in(view)):
        return True
    # "received a German request", "received and rejected a request": the first noun after
    # the verb, past determiners, a state's adjective and a coordinated verb, says what moved
    adjectives = {t for m in view.mentions if m.label == "DEMONYM" for t in range(m.start, m.end)}
    qualifiers = 0  # "a formal request", "vocational training": words that qualify the thing
    for token in ctx.doc[move.end:min(move.end + THINGS_REACH, view.end)]:
        word = token.lower_
        if token.is_punct or token.like_num or word in PEOPLE_NOUNS:
            return False
        if word in THINGS:
            return True
        if word not in OBJECT_DETERMINERS and token.i not in adjectives and \
                word not in COORDINATED_VERB_WORDS and not word.endswith("ed"):
            qualifiers += 1
            if qualifiers > THING_QUALIFIERS or word in NOT_QUALIFIERS or \
                    not token.is_alpha or token.text[:1].isupper():
                return False
    return False


THING_QUALIFIERS = 2  # words between the verb's determiner and the thing it names
# words that end the verb's object rather than qualify it
NOT_QUALIFIERS = word_class("not_qualifiers")


# "three flights with 299 deportees", "two planes carrying 238 men": vehicles and the people aboard
CARRYING_PEOPLE_AFTER = re.compile(r",?\s+(?:with|carrying|bringing|of)\s+(?:some\s+|about\s+|"
                                   r"nearly\s+|more\s+than\s+|a\s+total\s+of\s+)?$",
                                   re.IGNORECASE)


def _carrying_people(ctx: DocumentContext, view: SentenceView, vehicles) -> bool:
    """Whether a count of flights or planes goes on to the people they carried."""
    if (vehicles.head or "").lower() not in DEPORTATION_VEHICLES:
        return False
    head_end = view.text.lower().find(vehicles.head.lower(), vehicles.end) + len(vehicles.head)
    return any(c.start > head_end and (c.head or "").lower() not in NON_PEOPLE_HEADS and
               CARRYING_PEOPLE_AFTER.fullmatch(view.text, head_end, c.start)
               for c in ctx.counts_in(view))


# "received 2,000 migrants crossing the Darién", "took in refugees who fled the war": people who
# came by themselves, not people sent
CAME_BY_THEMSELVES = word_class("came_by_themselves")
CAME_BY_THEMSELVES_PAST = word_class("came_by_themselves_past")


# refugees a state took in came to seek protection, unless the text says they were sent
SENT_WORDS = re.compile(r"\b(?:deport|remov|expel|sent\b|transferr|relocat|flown\b)",
                        re.IGNORECASE)


def _came_by_themselves(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """Whether the people a state received are described as coming on their own ("received
    tens of thousands of refugees from Guatemala")."""
    if not _receiving(move):
        return False
    words = lower_words(ctx.doc)
    end = min(move.end + THINGS_REACH, view.end)
    for i in range(move.end, end - 1):
        if words[i] in ("refugees", "refugee") and not SENT_WORDS.search(view.text):
            return True
        if words[i] in PEOPLE_NOUNS:
            after = words[i + 1]
            return after in CAME_BY_THEMSELVES or after in ("who", "that") and \
                i + 2 < view.end and words[i + 2] in CAME_BY_THEMSELVES_PAST
    return False


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


def _gapped_count(ctx: DocumentContext, view: SentenceView, dest):
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
    if _receiving(move) and m.end <= move.start:
        return True
    if _received_passive(move) and lower_words(doc)[move.end:m.start] in (["by"], ["by", "the"]):
        return True  # "42 West Africans have been received by Ghana": the agent took them in
    if m.end <= move.start:
        return False  # "deported from the US to Ghana …, were driven to Togo": another verb's
    if _owns_a_thing(doc, m):
        return False  # "a request sitting on Bhutan's desk"
    if m.label == "DEMONYM" and any(w in DEPORTATION_VEHICLES
                                    for w in lower_words(doc)[m.end:m.end + 3]):
        return False  # "flown home on Mexican government planes": the means, not the place
    if _receiving(move) and _gapped_subject(doc, m):
        return True  # "Panama received 299 people and Costa Rica about 200"
    words = lower_words(doc)
    lead = m.start
    while lead > 0 and words[lead - 1] in DIRECTIONS:
        lead -= 1  # "to neighbouring Sudan", "into northern Albania"
    if left_there(words, lead, move.start):
        return True  # "driven across the frontier and left in Lomé"
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
            move.text.lower() not in HELD_MOVES and not at_the_edge(doc, m) and \
            not _after_to(words[max(0, m.start - 6):m.start]):
        # "waiting in Pakistan", "held in Albania": where people were, not where they were sent
        preposition = None
    if preposition is not None or _reached_through_a_place(lower_words(doc), m):
        return True
    after = words[m.end:m.end + 6]
    return any(w in RECEIVING_AFTER for w in after)


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


PAST_MEANS = word_class("past_means")


def _purpose_of_past_act(cue) -> bool:
    """"Trump used the Alien Enemies Act … to deport 238 men": an infinitive of purpose after a
    past act reports the removal as done."""
    window = lower_words(cue.doc)[max(0, cue.start - 25):cue.start]
    stops = [i for i, w in enumerate(window) if w in (".", ";")]
    return any(w in PAST_MEANS for w in window[stops[-1] + 1 if stops else 0:])


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


OWN_NATIONALS_REACH = 7  # tokens from the verb to "its own citizens" in the same phrase
# "received … and then drove them to their home countries": "home" belongs to another verb
OTHER_PHRASE = word_class("other_phrase")


def _state_called_it(ctx: DocumentContext, view: SentenceView, index: int, move,
                     deporter: str) -> list:
    """"Mexico … has never signed such an agreement, though it continues to take in …": the
    state "it" receiving people stands for, the last one named before it in the sentence, or
    else the first one named in the sentence before; "Rwanda agreed …, and received …": the
    state named last before a coordinated verb of receiving."""
    words = lower_words(ctx.doc)
    subject = [w for w in words[max(view.start, move.start - 3):move.start]
               if w not in SUBJECT_GAP]
    if not _receiving(move) or subject[-1:] not in (["it"], ["and"], ["but"]):
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


def _headline(index: int, view: SentenceView) -> bool:
    """The document's first line when it does not end like a sentence."""
    return index == 0 and not view.text.rstrip().endswith((".", "!", "?", ":"))


def _present_passive(cue) -> bool:
    """"the migrants intercepted at sea are brought back to Libya": a practice, not an event."""
    return cue.start > 0 and lower_words(cue.doc)[cue.start - 1] in ("are", "is")


def _timeline_entry(ctx: DocumentContext, view: SentenceView) -> bool:
    """A line that opens with its date and a colon or dash ("Feb. 12: A plane lands in …"),
    which tells its event in the historic present."""
    found = ctx.dates_in(view)
    lead = len(view.text) - len(view.text.lstrip())
    return bool(found) and found[0].start <= lead and bool(
        TIMELINE_SEPARATOR.match(view.text, found[0].end))


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


PLANNING_WORDS = word_class("planning_words")
# "up to 250 people and received": "to" is no modal a coordinated verb can share
SHARED_MODALS = PLANNING_WORDS - {"to"}
COORDINATED_REACH = 5  # tokens before "and <verb>" in which a shared modal is looked for
COUNTERFACTUAL = [["would", "have"], ["should", "have"], ["could", "have"]]


def _planned(cue) -> bool:
    """"to send", "would be transferred", "will land": a movement not (yet) made.

    Also "migrants deported from the US" after a verb of agreement: a participle describing the
    people, not the event (the event's own verb, "arrived", still counts).
    """
    # "May" capitalised is the month ("in May and received five men"), not the modal.
    lo = max(0, cue.start - 2)
    words, lower = token_words(cue.doc), lower_words(cue.doc)
    before = [lower[i] if words[i] != "May" else "" for i in range(lo, cue.start)]
    if before and before[-1] == "to" and _purpose_of_past_act(cue):
        return False
    if before[-1:] in (["and"], ["or"]):
        # "can be detained and returned": a coordinated verb shares the modal before it
        shared = [lower[i] if words[i] != "May" else ""
                  for i in range(max(0, cue.start - COORDINATED_REACH), cue.start)]
        if any(w in SHARED_MODALS for w in shared) and not any(w in (".", ";") for w in shared):
            return True
    if before == ["to", "have"]:
        return False  # "appears to have received": a past movement, hedged
    if lower[max(0, cue.start - 3):cue.start][:2] in COUNTERFACTUAL:
        return True  # "would have been flown to Kigali": it did not happen
    if before == ["after", "being"] or before == ["before", "being"] or \
            before == ["since", "being"] or before == ["upon", "being"]:
        # "spent weeks in Djibouti before being flown to Juba": a gerund of time shares the
        # tense of its clause's verb
        return any(w in SHARED_MODALS for w in _clause_words_before(cue))
    if cue.text.lower() in HELD_MOVES:
        return any(w in SHARED_MODALS for w in before)  # "are being held" now; "will be held"
    if before and before[-1] in ("being", "of"):
        return True
    if before and (before[-1] in PEOPLE_NOUNS or _plural_demonym(words[cue.start - 1])) and \
            cue.text.lower() in DESCRIBING_PARTICIPLES:
        return True
    if before and before[-1] in ("to", "be") and FIRST_TO.search(" ".join(
            lower[max(0, cue.start - 6):cue.start])):
        return False  # "were the first to arrive", "was among the last to be deported"
    return any(w in PLANNING_WORDS for w in before)


# "were the first to arrive", "was among the last to be flown": a past movement, ranked
FIRST_TO = re.compile(r"\b(?:was|were|had\s+been|became)\s+(?:among\s+)?the\s+(?:first|last|"
                      r"latest|second|third|only\s+ones?)\s+(?:[a-z]+\s+)?to(?:\s+be)?$")
def _ranked_past(cue) -> bool:
    """"were the first to arrive": an infinitive, not the present tense of a headline."""
    return bool(FIRST_TO.search(" ".join(lower_words(cue.doc)[max(0, cue.start - 6):cue.start])))


TIME_GERUND_REACH = 12  # tokens before "before being …" in which its clause's modal is looked for


def _clause_words_before(cue) -> list[str]:
    """The words before ``cue`` back to the sentence's last "." or ";"."""
    lower = lower_words(cue.doc)
    words = lower[max(0, cue.start - TIME_GERUND_REACH):cue.start]
    cut = max((i for i, w in enumerate(words) if w in (".", ";")), default=-1)
    return words[cut + 1:]


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
THE_PLACE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:to|into|at)\s+the\s+(\w+)\b"
                             r"(?!\s+(?:of|in|on|at)\b)", re.IGNORECASE)
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
    noun = _singular(found.group(1).lower())
    words = lower_words(ctx.doc)
    for earlier in reversed(ctx.views[max(0, index - PLACE_LOOKBACK):index + 1]):
        for m in reversed(earlier.mentions):
            near = [_singular(w) for w in words[max(earlier.start, m.start - PLACED_REACH):m.start]]
            if m.iso3 != deporter and noun in near and near[-1] not in ("from", "by"):
                return [Mention(m.iso3, "EARLIER", move.start, move.end, move.text)]
        # "… moved to Gjader from a centre in Rome. Some 120 have been transferred to the
        # centre": a named place of detention outside the sender's state
        hi = len(earlier.text) if earlier is not view else move.start_char - view.start_char
        places = [iso3 for _, iso3 in _places_in(earlier.text, 0, hi) if iso3 != deporter]
        if places:
            return [Mention(places[-1], "EARLIER", move.start, move.end, move.text)]
    return []


def _destinations_of(ctx: DocumentContext, view: SentenceView, index: int, clause, roles,
                     move, moves: list, earlier: list[Removal]) -> list:
    """Where the movement took people: states after its preposition, a named place, the state
    "it" stands for, or, for an arrival, the one state named around it. ``moves`` are the
    sentence's movements reported as done."""
    # every mention of a receiving state, not only its first: "from Cuba, …, South Sudan and
    # Vietnam, are flown to Juba"
    states = {r.iso3 for r in roles.receivers}
    mentions = {(m.start, m.end): m for m in roles.receivers} | {
        (m.start, m.end): m for m in view.mentions
        if m.iso3 in states and clause.start <= m.start < clause.end}
    words = lower_words(ctx.doc)
    mentions |= {(m.start, m.end): m for m in view.mentions
                 if m.start > move.start and m.start < clause.end and m.label != "DEMONYM"
                 and left_there(words, m.start, move.start)}  # "… and left stranded in Togo"
    candidates = [m for _, m in sorted(mentions.items())
                  if m.label in ("NAME", "CAPITAL", "EPITHET") or _place_adjective(m, ctx)]
    # "people who arrive by boat will be returned to France": a state after another verb of
    # movement is that verb's
    later_moves = [c.start for c in moves if c.start > move.start]
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
        destinations = place or centre_state(view, move) or \
            held_place(ctx, index, view, move, roles.deporting, _place_state_in,
                       lambda at: nearest_dateline(ctx, at)) or \
            _state_called_it(ctx, view, index, move, roles.deporting) or \
            _same_place_as_before(view, move, earlier) or \
            _the_place_before(ctx, index, view, move, roles.deporting)
    if not destinations:
        destinations = label_destination(ctx, view, move, roles.deporting)
    if not destinations and move.text.lower() in ARRIVAL_VERBS:
        # "A charter … landed at Kotoka airport on Tuesday, Ghana's interior ministry
        # said": the one state other than the sender named in the sentence.
        destinations = _sole_other_state(ctx, view, roles.deporting)
    if not destinations and not candidates and move.text.lower() in ARRIVAL_VERBS and \
            (clause.has("ARRANGEMENT_NOUN") or GROUP_OPENING.match(view.text) or
             _counted_group_arrives(ctx, view, move)):
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
                and not any(w.lower() in NOT_IN_A_SUBJECT for w in words):
            return True
    return False


# "Correction: An earlier version said …", "CLAIM: …" in a fact check: the line states what
# is not (or not yet known to be) true.
NOT_ASSERTED_LINE = re.compile(r"\W*(?:correction|clarification|claim)\s*:", re.IGNORECASE)
# "court halts Dutch transfer of …", "a judge blocked the deportation": the movement was stopped.
STOPPING_VERBS = word_class("stopping_verbs")
STOPPED_REACH = 4  # tokens between the stopping verb and the movement noun


# "15 men deported from the US are now being held at …": where a described group is now
NOW_HELD = re.compile(r"^[^;]*?\b(?:are|were|is)\s+(?:now\s+)?(?:being\s+)?(?:held|detained|"
                      r"housed|kept|jailed)\b", re.IGNORECASE)
PARTICIPLE_REACH = 12  # tokens after a participle in which its date or "now held" is looked for


# "has been holding Venezuelans expelled by the United States … in its CECOT mega-prison": people
# a state holds were sent to it
HOLDING_BEFORE = re.compile(r"\b(?:holding|detaining|housing|jailing|keeping|held|detained|"
                            r"housed|jailed|kept)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _held_after_sending(view: SentenceView, cue) -> bool:
    """A participle describing people a state is holding ("holding Venezuelans expelled by
    the United States"): they were moved."""
    start = cue.start_char - view.start_char
    return cue.text.lower() in DESCRIBING_PARTICIPLES and \
        HOLDING_BEFORE.search(view.text, max(0, start - 50), start) is not None


def _definite_counted_group(view: SentenceView, cue) -> bool:
    """"Nine of the 14 deportees sent to Ghana were Nigerians", "the 252 Venezuelans sent to El
    Salvador": a participle describing a definite, counted group presupposes the movement."""
    tokens = cue.doc[max(view.start, cue.start - 4):cue.start]
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or not tokens or not (
            tokens[-1].lower_ in PEOPLE_NOUNS or _plural_demonym(tokens[-1].text)):
        return False
    return any(a.lower_ == "the" and b.like_num for a, b in zip(tokens, tokens[1:], strict=False))


# "Among those deported to El Salvador were 238 Venezuelans": the group, counted after the verb
AMONG_THOSE_BEFORE = re.compile(r"\bamong\s+(?:those|the\s+\w+)\s+$", re.IGNORECASE)
WERE_AFTER = re.compile(r"\b(?:were|are)\s+$", re.IGNORECASE)


def _among_those_moved(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """"Among those deported to X were 238 Venezuelans": a participle whose people are counted
    after "were" reports them moved."""
    start, end = cue.start_char - view.start_char, cue.end_char - view.start_char
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or \
            not AMONG_THOSE_BEFORE.search(view.text, max(0, start - 30), start):
        return False
    return any(c.start > end and c.value and WERE_AFTER.search(view.text, end, c.start)
               for c in ctx.counts_in(view))


def _counted_and_dated(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """A participle describing a counted or definite group that the text dates or places ("the
    detention of five men deported by the US to Eswatini in July", "15 men deported from the US
    are now being held at …", "the Venezuelans sent to CECOT last March"): the group was
    moved."""
    tokens = cue.doc[max(view.start, cue.start - 3):cue.start]
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or not tokens or not (
            tokens[-1].lower_ in PEOPLE_NOUNS or _plural_demonym(tokens[-1].text)):
        return False
    lo = tokens[0].idx - view.start_char
    if not any(t.like_num for t in tokens) and not any(
            lo <= c.start < cue.start_char - view.start_char for c in ctx.counts_in(view)) \
            and not (len(tokens) > 1 and tokens[-2].lower_ == "the"):
        return False  # neither counted nor definite ("the men flown to Juba in July")
    end = min(cue.end + PARTICIPLE_REACH, view.end)
    start_char = cue.end_char - view.start_char
    end_char = cue.doc[end - 1].idx + len(cue.doc[end - 1]) - view.start_char
    dated = any(start_char <= d.start < end_char and d.value and ctx.published and
                d.value < ctx.published.isoformat() for d in ctx.dates_in(view))
    return dated or bool(NOW_HELD.search(view.text[start_char:end_char]))


# What carries deportees: "flights carrying eight men to South Sudan", "a plane … carrying 119
# migrants"; not "boats carrying migrants to Italy", which are crossings.
CARRYING = word_class("carry_forms")


VEHICLE_REACH = 8  # tokens before "carrying" in which the vehicle is looked for


def _carried_by_another_vehicle(cue) -> bool:
    """"carrying" whose carrier, named just before, is no flight or bus of a removal."""
    if cue.text.lower() not in CARRYING:
        return False
    before = lower_words(cue.doc)[max(0, cue.start - VEHICLE_REACH):cue.start]
    return not any(w in DEPORTATION_VEHICLES for w in before)


NOUNS_OF_SENDING = word_class("nouns_of_sending")


def _nominal_awaited(view: SentenceView, cue) -> bool:
    """"preparing for the transfer of 30 migrants", "sought to block the removal of …": a noun
    of sending that is awaited, contested or stopped."""
    if cue.text.lower() not in NOUNS_OF_SENDING:
        return False
    start = cue.start_char - view.start_char
    return bool(NOT_DONE_BEFORE.search(view.text, max(0, start - 40), max(0, start - 4)))


def _nominal_not_happened(view: SentenceView, cue) -> bool:
    """A noun of movement the sentence does not report as done ("ahead of the arrival")."""
    if cue.text.lower() not in NOMINAL_MOVES:
        return False
    start, end = cue.start_char - view.start_char, cue.end_char - view.start_char
    return not (HAPPENED_BEFORE.search(view.text, max(0, start - 30), start)
                or HAPPENED_AFTER.search(view.text[end:]))


def _stopped(cue) -> bool:
    """A movement noun that a verb of stopping governs ("halts Dutch transfer of a man")."""
    words = lower_words(cue.doc)[max(0, cue.start - STOPPED_REACH):cue.start]
    return any(w in STOPPING_VERBS for w in words) and all(
        w not in (",", ";", ".", "and", "but", "after", "before") for w in words)


# "has accepted more than 5,000 non-Mexicans", "welcomed the first seven migrants": a verb of
# consent whose object is a counted group of people reports people
# taken in (not "accepted up to 250", "welcomed the decision").
ACCEPTING_VERBS = word_tuple("accepting_verbs")
ACCEPTING = re.compile(rf"\b(?:{'|'.join(ACCEPTING_VERBS)})\b", re.IGNORECASE)
ACCEPTED_REACH = 4  # tokens between the verb and the count of people
# People a state accepts that no state sent it: refugees resettled or evacuated, visitors
NOT_SENT = word_class("not_sent")
NOT_SENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:evacuated|rescued|resettled|airlifted)\b",
                            re.IGNORECASE)


ACCEPTED_PASSIVE_REACH = 8  # tokens between a passive verb's counted subject and the verb


def _accepted_a_group(ctx: DocumentContext, view: SentenceView, verb) -> bool:
    """A counted group as the object of an accepting verb ("accepted 30 migrants"), or as its
    subject when the verb is passive ("Some 30 migrants were accepted by Costa Rica")."""
    if _passive(verb):
        after = ctx.doc[max(view.start, verb.start - ACCEPTED_PASSIVE_REACH):verb.start]
    else:
        after = ctx.doc[verb.end:min(verb.end + ACCEPTED_REACH, view.end)]
    if not after:
        return False
    lo = after[0].idx - view.start_char
    hi = after[-1].idx + len(after[-1]) - view.start_char
    return any(lo <= c.start < hi and c.value and c.qualifier != "up_to" and
               (c.head or "").lower() not in THINGS | NOT_SENT and
               not NOT_SENT_AFTER.match(view.text, c.end) for c in ctx.counts_in(view))


# "200 deportees from the United States have been housed in Costa Rica", "the men deported by
# Washington are now held at CECOT in El Salvador": people described as sent, held in a state,
# were sent there.
HELD_AFTER_SENT = re.compile(
    r"\b(?:deported|deportees|removed|expelled|sent|flown|transferred)\s+(?:from|by)\s+"
    r"[^.;]{2,60}?\b(?:are|were|been|is|was)\s+(?:now\s+|still\s+|being\s+)?"
    r"(?P<verb>held|housed|detained|jailed|imprisoned)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s",
    re.IGNORECASE)


# "The deportation of eight men to South Sudan in July drew criticism": a definite noun of
# sending with its counted people and destination reports the event; not after words that
# stop, contest or await it, nor in a sentence of plans.
NOMINAL_NOUNS = word_tuple("nominal_nouns")
NOMINAL_DONE = re.compile(
    rf"\bthe\s+(?P<noun>{'|'.join(NOMINAL_NOUNS)})\s+of\s+(?:more\s+than\s+|at\s+"
    r"least\s+|some\s+|about\s+|nearly\s+|almost\s+|over\s+)?(?:\d[\d,]*|" +
    "|".join([*_NUMBER_WORDS["units"], *_NUMBER_WORDS["tens"]]) +
    r")\s+(?:[\w-]+\s+){0,3}?to\s", re.IGNORECASE)
NOT_DONE_BEFORE = re.compile(
    r"\b(?:halt\w*|block\w*|stop\w*|bar\w*|prevent\w*|challeng\w*|contest\w*|against|ahead|"
    r"before|await\w*|plan\w*|propos\w*|pending|imminent|possible|future|delay\w*|"
    r"postpon\w*|cancel\w*|suspend\w*|fight\w*|resist\w*|oppos\w*|prepar\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE)
PLAN_WORDS = re.compile(r"\b(?:would|could|will|may|might|should|must|shall|can)\b",
                        re.IGNORECASE)


def _movements(ctx: DocumentContext, view: SentenceView) -> list:
    """The sentence's verbs and nouns of movement, with verbs of acceptance of a counted group
    and of holding people described as sent."""
    moves = view.cue_values("MOVE")
    accepted = []
    for found in view.finditer(NOMINAL_DONE, NOMINAL_NOUNS):
        if not NOT_DONE_BEFORE.search(view.text, max(0, found.start() - 40), found.start()) and \
                not PLAN_WORDS.search(view.text) and not any(
                    n.start_char - view.start_char < found.end()
                    for n in view.cue_values("NEGATION")):
            token = ctx.char_to_token(view, found.start("noun"))
            accepted.append(ctx.doc[token:token + 1])
    for found in view.finditer(HELD_AFTER_SENT, HELD_MOVES):
        token = ctx.char_to_token(view, found.start("verb"))
        if not view.has("TRANSIT"):  # "held at a US base in Djibouti": on the way (rule 4)
            accepted.append(ctx.doc[token:token + 1])
    for at in took_people(view) + took_a_group(view) + centre_holding_verbs(view):
        token = ctx.char_to_token(view, at)
        accepted.append(ctx.doc[token:token + 1])
    for lo, hi in put_on_a_vehicle(view) + handed_over(view):
        token = ctx.char_to_token(view, lo)
        if not any(m.start == token for m in moves):  # the lexicon's own "put on a flight"
            accepted.append(ctx.doc[token:ctx.char_to_token(view, hi - 1) + 1])
    for found in view.finditer(ACCEPTING, ACCEPTING_VERBS):
        token = ctx.char_to_token(view, found.start())
        verb = ctx.doc[token:token + 1]
        if _accepted_a_group(ctx, view, verb):
            accepted.append(verb)
    return sorted([*moves, *accepted], key=lambda c: c.start) if accepted else moves


def _parallel_destinations(ctx: DocumentContext, view: SentenceView, index: int, clause, roles,
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
        found = [m for m in _destinations_of(ctx, view, index, clause, roles, other, moves,
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


# "talks on taking in deportees", "the receiving country": a gerund after a preposition or a
# determiner names an activity or a role, not a movement that happened.
BARE_GERUNDS = word_class("bare_gerunds")
GERUND_NOT_DONE_BEFORE = word_class("gerund_not_done_before")


def _gerund_named_not_done(move) -> bool:
    """"in talks on taking in deportees", "the receiving state", "considering receiving": not
    a reported movement ("began taking in 40 deportees in May" is one)."""
    if move.text.lower() not in BARE_GERUNDS or move.start == 0:
        return False
    return move.doc[move.start - 1].lower_ in GERUND_NOT_DONE_BEFORE


def build_removals(ctx: DocumentContext) -> list[Removal]:
    """Every removal the document reports as having happened."""
    facts: list[Removal] = []
    totals: list[Removal] = []  # removals counted by a running total
    headline_batches: list[Removal] = []
    for index, view in enumerate(ctx.views):
        if NOT_ASSERTED_LINE.match(view.text):
            continue
        movements = _movements(ctx, view)
        if movements and view.has("INTENT"):
            movements = moves_in_the_reason(ctx.doc, view, movements)
        if not movements or future_arrival(view):
            continue
        if not (view.has("PEOPLE") or any(m.label == "DEMONYM" for m in view.mentions)
                or _about_the_group(view) or SINGLE_PERSON.search(view.text)
                or part_of_the_group(view)
                or any((c.head or "") in PEOPLE_HEADS for c in ctx.counts_in(view))
                or _elided_group(ctx, view)):
            continue
        moves = [c for c in movements
                 if not (_negated(c) and not negation_of_a_relative_clause(view, c))
                 and (not _planned(c) or _counted_and_dated(ctx, view, c)
                      or _among_those_moved(ctx, view, c) or _held_after_sending(view, c)
                      or _definite_counted_group(view, c) or in_a_running_total(view, c))
                 and not _stopped(c) and not _nominal_not_happened(view, c)
                 and not permitted_not_done(c)
                 and not _nominal_awaited(view, c)
                 and not _carried_by_another_vehicle(c)
                 and not _gerund_named_not_done(c)
                 and (not (c.text.lower() in HEADLINE_TENSE or _present_passive(c))
                      or _headline(index, view) or _timeline_entry(ctx, view)
                      or _ranked_past(c))]
        if not moves:
            continue
        for clause in view.clauses:
            clause_moves = [c for c in moves if clause.start <= c.start < clause.end]
            if not clause_moves:
                continue
            roles = _people_not_senders(ctx, view, clause_roles(ctx.doc, view, clause,
                                                                ctx.deporter))
            # "A charter carrying 25 deportees landed at …": the verb that reaches a place
            move, destinations = clause_moves[0], []
            for candidate_move in clause_moves:
                if roles.deporting or _moving_state(ctx, view, candidate_move, set()) or \
                        _overland_in(ctx, view, clause, candidate_move):
                    found = _destinations_of(ctx, view, index, clause, roles, candidate_move,
                                             moves, facts)
                    if found:
                        move, destinations = candidate_move, found
                        break
            if not destinations:
                implied = implied_receiver(ctx, view, index, clause_moves,
                                           roles.deporting or ctx.deporter,
                                           set(roles.nationalities), facts, _places_in)
                if implied is None:
                    continue
                move, destinations = implied
                roles = replace(roles, deporting=roles.deporting or ctx.deporter)
            destinations = destinations + _parallel_destinations(
                ctx, view, index, clause, roles, move, destinations, clause_moves, moves, facts)
            if any(0 <= h.start - move.end <= OWN_NATIONALS_REACH and all(
                    t.lower_ not in OTHER_PHRASE for t in ctx.doc[move.end:h.start])
                    for h in home_cues(view)):
                continue  # "received more than 30,000 of its own citizens"
            if _moves_things(ctx, view, move) or _came_by_themselves(ctx, view, move) or \
                    _went_home(clause, move) or \
                    _moved_on_their_own(move) or _no_one_moved(view, clause, move):
                continue
            window_start = ctx.doc[clause.start].idx - view.start_char
            # the verb's stretch of the sentence: from the end of the last clause before it that
            # moves people of its own (or the sentence start) to its clause's end
            moved_before = [c for c in view.clauses if c.end <= clause.start and
                            any(c.start <= m.start < c.end and
                                any(n.start > m.start for n in c.mentions) for m in moves)]
            clause_chars = (ctx.doc[moved_before[-1].end].idx - view.start_char
                            if moved_before else 0,
                            ctx.doc[clause.end - 1].idx + len(ctx.doc[clause.end - 1].text)
                            - view.start_char)
            not_of = _not_nationalities(view)
            # "The fourteen deportees — Nigerians and a Gambian — landed in Accra": the people
            # may be named in another clause of the sentence
            nationalities = [n for n in roles.nationalities or clause_roles(
                ctx.doc, view, clause, ctx.deporter, whole_sentence=True).nationalities
                if n not in not_of]
            nationalities += [n for n in _people_from(ctx, view, {roles.deporting})
                              if n not in nationalities]
            for dest in destinations:
                apart = _others_counted_apart(ctx, index, dest.iso3, roles.deporting)
                if roles.nationalities == [dest.iso3] and dest.iso3 not in not_of and not apart:
                    continue
                if not apart and dest.iso3 not in not_of and \
                        only_own_nationals(view, clause, move, dest.iso3):
                    continue  # "Venezuelans freed from Salvadoran mega-prison land in Caracas"
                if _going_home(ctx, view, clause, clause_moves, dest) or \
                        (dest.iso3 not in not_of and
                         _own_national_subject(ctx, view, move, dest)) or \
                        _taken_on_inside(facts, view, dest) or _group_sent_home(facts, view, dest):
                    continue
                dest_char = ctx.doc[dest.start].idx - view.start_char
                window = (window_start, dest_char) if len(destinations) > 1 else None
                window_start = dest_char
                aside = _aside_after(ctx, view, dest)
                count = _aside_count(ctx, view, aside) or _gapped_count(ctx, view, dest) or \
                    _count(ctx, view, dest.iso3, move.start_char - view.start_char, window,
                           (clause_chars[0], clause_chars[1]))
                if count is not None and " and " in view.text:
                    # "13 Nigerians and a Gambian": the list adds up to the group
                    count = listed_group_count(view, ctx.counts_in(view),
                                               demonym_spans(ctx.doc, view), count, dest.iso3)
                # "238 Venezuelans and 23 Salvadorans to El Salvador": own nationals counted apart
                # are not in the group (rule 13)
                group_of = [n for n in nationalities
                            if n != dest.iso3 or not _counted_apart(ctx, view, dest.iso3)]
                if count is None:
                    count = listed_alone(view, ctx.counts_in(view), demonym_spans(ctx.doc, view),
                                         dest.iso3) or \
                        _single_person(view, clause_chars[0], dest_char) or \
                        _count_referred_to(ctx, index, view, move) or \
                        count_aboard(ctx, index, view, PEOPLE_COUNT_HEADS)
                if apart is not None:
                    count, group_of = apart.count, apart.nationalities or \
                        [n for n in group_of if n != dest.iso3]
                total, counted_since = _running_total(ctx, index, dest.iso3, roles.deporting)
                if total is not None and (count is None or count.value is None or
                                          total.value > count.value):
                    count = total
                cert = certainty_of(view, move.start, move.end)
                if cert.level == "speculative" and not _perfect(move):
                    continue  # "could be sent" is no removal; "appears to have received" is
                # "They were taken to CATEM": where the group was held, said just after
                nxt = ctx.views[index + 1].text if index + 1 < len(ctx.views) and \
                    _about_the_group(ctx.views[index + 1]) else ""
                targets = {d.iso3 for d in destinations}
                labelled = line_label(ctx, view)
                sender = _moving_state(ctx, view, move, targets) or \
                    passive_agent(ctx.doc, view, move, targets) or (
                    # "• South Sudan: … the men flown to Juba": an entry of its own
                    roles.deporting if labelled is not None and labelled.iso3 in targets
                    else None) or _onward_sender(
                    facts, view, roles.deporting, targets, move,
                    clause.start if _counts_a_new_group(
                        ctx, view, (ctx.doc[clause.start].idx - view.start_char,
                                    clause_chars[1])) else None,
                    over_land=over_land_from_inside(ctx.doc, view, move, destinations) or
                    any(left_there(lower_words(ctx.doc), d.start, move.start)
                        for d in destinations))
                if sender is None or sender == dest.iso3:
                    continue  # "Panama bused the deportees to a camp in Darién": inside a state
                fact = Removal(
                    deporting_country=sender,
                    receiving_country=dest.iso3,
                    date=_total_date(ctx, view, index, clause, move, counted_since)
                    if total is count and counted_since else
                    _aside_date(ctx, view, aside) or same_period_date(view.text, facts) or
                    _removal_date(ctx, view, index, clause, move),
                    count=count.value if count else None,
                    count_qualifier=count.qualifier if count and count.value is not None else None,
                    # a state does not deport its own citizens: none of the people is the sender's;
                    # the sentences after speak of the group sent to the last destination named
                    nationalities=[n for n in group_of or (_group_nationalities(
                        ctx, index, dest.iso3, single=bool(count and count.value == 1))
                        if dest is destinations[-1] and
                        not moved_on_elsewhere(view, clause, moves, {dest.iso3, sender})
                        else []) or
                        earlier_group_nationalities(ctx, index, {dest.iso3, sender} | {
                            m.iso3 for m in view.mentions})
                        if n != sender],
                    facility=_find_named(view.text, _named_places()) or
                    _find_named(nxt, _named_places()),
                    legal_basis=_find_named(view.text, _laws()),
                    certainty=cert.level, attributed_to=cert.attributed_to,
                    evidence=ctx.evidence(view),
                    rule=f"removal:{move.text.lower()}" + (f"+{cert.cue}" if cert.cue else ""))
                facts.append(fact)
                if total is count:
                    totals.append(fact)
                elif index == 0 and count is not None:
                    headline_batches.append(fact)
    return [f for f in facts if not _batch_of_a_total(f, headline_batches, totals)
            and not _earlier_batch_of_a_total(ctx, f, totals)
            and not _group_flown_home(ctx, f, facts) and not a_part_told_again(f, facts)]


def _group_flown_home(ctx: DocumentContext, fact: Removal, facts: list[Removal]) -> bool:
    """"The plane carrying the men … has landed … outside Caracas" in a story whose removal, told
    before or after (a live blog runs backwards), was of Venezuelans: the uncounted group
    moved to the state of its one nationality went home."""
    if fact.count is not None:
        return False
    view = ctx.view_at(fact.evidence.start)
    return view is not None and _about_the_group(view) and any(
        other is not fact and other.nationalities == [fact.receiving_country] for other in facts)


# "the first five men", "its original seven": a batch sent before the one a total adds up
EARLIER_BATCH = re.compile(r"\b(?:the|its|their)\s+(?:" + "|".join(
    word_tuple("earlier_batch_ordinals")) + r")\s+$", re.IGNORECASE)


def _earlier_batch_of_a_total(ctx: DocumentContext, fact: Removal,
                              totals: list[Removal]) -> bool:
    """"… bringing to 15 the number the kingdom has taken in. The first five have been held
    since mid-July": an earlier batch told in another sentence than the running total that
    includes it is part of that total (rule 7)."""
    if fact.count is None or not totals:
        return False
    if not any(t.deporting_country == fact.deporting_country and
               t.receiving_country == fact.receiving_country and
               (t.count or 0) > fact.count and t.evidence.start != fact.evidence.start
               for t in totals):
        return False
    view = ctx.view_at(fact.evidence.start)
    return view is not None and any(
        c.value == fact.count and EARLIER_BATCH.search(view.text, max(0, c.start - 20), c.start)
        for c in ctx.counts_in(view))


def _batch_of_a_total(fact: Removal, headline_batches: list[Removal],
                      totals: list[Removal]) -> bool:
    """"… as 30 more West Africans arrive" over a story that gives the running total they
    bring: the headline's batch is part of the total recorded for the pair (rule 7)."""
    return any(fact is h for h in headline_batches) and any(
        t.deporting_country == fact.deporting_country and
        t.receiving_country == fact.receiving_country and (t.count or 0) > (fact.count or 0)
        for t in totals)
