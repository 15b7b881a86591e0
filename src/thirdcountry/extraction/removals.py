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
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.aboard import count_aboard
from thirdcountry.extraction.centres_held import centre_holding_verbs, centre_state
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DATELINE, DocumentContext, home_cues
from thirdcountry.extraction.counts import qualifier_before
from thirdcountry.extraction.group_origins import (
    earlier_group_nationalities,
    moved_on_elsewhere,
    reported_group,
)
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
    a_person_by_nationality,
    a_person_of_the_story,
    at_the_edge,
    over_land_from_inside,
    part_of_the_group,
    passive_agent,
)
from thirdcountry.extraction.own_nationals import only_own_nationals
from thirdcountry.extraction.parallel_dates import same_period_date
from thirdcountry.extraction.past_clauses import future_arrival, negation_of_a_relative_clause
from thirdcountry.extraction.permitted_moves import permitted_not_done
from thirdcountry.extraction.removal_dates import SINCE_BEFORE_DATE, _removal_date, _total_date
from thirdcountry.extraction.removal_merge import a_part_told_again
from thirdcountry.extraction.removal_reasons import moves_in_the_reason
from thirdcountry.extraction.removal_senders import (
    _moving_state,
    _names_enforcers,
    _onward_sender,
    _overland_in,
)
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
from thirdcountry.extraction.roles import Roles, clause_roles, list_joined
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


def _count(ctx: DocumentContext, view: SentenceView, receiver: str, move_char: int,
           window: tuple[int, int] | None = None, clause: tuple[int, int] | None = None):
    """The count of people moved: a people count nearest the movement verb.

    With several destinations ("eight men to South Sudan and five to Eswatini") each takes the
    count between the previous destination and its own name (``window``, in sentence chars).
    A count in the verb's own clause (``clause``, in sentence chars) beats one in another
    clause ("63 were flown to Honduras, and nine were sent to Guatemala").
    """
    best, best_rank = None, None
    found = every_count = ctx.counts_in(view)
    in_window = [] if window is None else [
        c for c in found if window[0] <= c.start < window[1]
        and (c.head or "").lower() not in NON_PEOPLE_HEADS]
    if in_window:
        found = in_window[-1:]
    elif clause is not None:
        inside = [c for c in found if clause[0] <= c.start < clause[1]
                  and (c.head or "").lower() not in NON_PEOPLE_HEADS and c.value is not None]
        if inside:
            found = inside
    for c in found:
        head = (c.head or "").lower()
        if head in NON_PEOPLE_HEADS or POPULATION.search(view.text[max(0, c.start - 40):c.start]):
            continue
        aside = _group_aside_end(view.text, c.end, move_char) if c.end <= move_char else None
        if SPEAKERS_AFTER.match(view.text, aside or c.end):
            continue  # "relatives and two former detainees told the Network": the sources
        if c.end <= move_char and (aside is None or len(view.text[aside:move_char].split()) > 3
                                   or OTHER_CLAUSE.search(view.text, aside, move_char)) and \
                OTHER_CLAUSE.search(view.text, c.end, move_char) and \
                not MOVEMENT_OF_BEFORE.search(view.text, max(0, c.start - 40), c.start):
            continue  # "police hand back 63 migrants as Rome sends a new group": not this verb's
        if c.end <= move_char and _counted_again(view, every_count, c.end, move_char):
            continue  # "14 West Africans have arrived; several are later bused to Togo"
        if c.value is not None and c.value >= 1_000_000:
            continue
        if BUILT_FOR_BEFORE.search(view.text, max(0, c.start - 30), c.start):
            continue  # "a mega-prison built for 40,000 inmates": what a place holds, not a group
        if c.qualifier == "up_to" and CAPACITY_BEFORE.search(view.text, max(0, c.start - 30),
                                                              c.start):
            continue  # "agreed to take in up to 250 deportees": a capacity (rule 7)
        if SUBSET_BEFORE.search(view.text, max(0, c.start - 25), c.start) and len(found) > 1:
            continue  # "200 deportees, including 81 children": a part of the group
        demonym_of_receiver = any(m.iso3 == receiver and m.label == "DEMONYM" and
                                  head and head.startswith(m.text.lower()[:5])
                                  for m in view.mentions)
        if demonym_of_receiver or c.value is None and c.qualifier is None and not head:
            continue
        # "Some 200 people, among them dozens of children": a number beats a vague amount
        rank = (head not in PEOPLE_HEADS and not head.endswith(("ans", "ese", "is")),
                c.value is None,
                min(abs(c.start - move_char), abs(c.end - move_char)))
        if best_rank is None or rank < best_rank:
            best, best_rank = c, rank
    return best


# "The eight men, who had spent weeks in Djibouti while lawyers fought, were flown …": a counted
# group, then an aside about it set off by commas (a relative clause or a participle), then the
# verb; a conjunction inside the aside does not make the count another clause's.
GROUP_ASIDE = re.compile(r"[^,;:()]{0,60}?,\s*(?:who|whom|whose|which|[a-z]+ed)\b[^;:()]*?,\s*",
                         re.IGNORECASE)


def _group_aside_end(text: str, count_end: int, move_char: int) -> int | None:
    """Where an aside that follows a count and closes before the movement verb ends."""
    if "," not in text[count_end:move_char]:
        return None
    m = GROUP_ASIDE.match(text, count_end, move_char)
    return None if m is None else m.end()


# "two former detainees told …", "three lawyers said": a count of the people who speak
SPEAKERS_AFTER = re.compile(r"\s*(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,3}?(?:told|said|say|says|"
                            r"recounted|testified|"
                            r"described|recalled)\b", re.IGNORECASE)
# "the transfer of the first 135 …, when a flight landed": the count a noun of movement takes
MOVEMENT_OF_BEFORE = re.compile(r"\b(?:transfer|arrival|removal|deportation|relocation|"
                                r"expulsion)\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?$",
                                re.IGNORECASE)
# A conjunction between a count and the verb: the count belongs to another clause.
OTHER_CLAUSE = re.compile(r"\b(?:as|while|whereas|but|when|although|though)\b", re.IGNORECASE)
# "including 81 children", "among them 12 women", "of whom 40 were minors": a part of the group.
SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)"
                           r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# "to take in up to 250", "to receive as many as 200": how many a state may take.
# "built for 40,000 inmates", "with room for 500 people", "able to hold 300": a place's size.
BUILT_FOR_BEFORE = re.compile(r"\b(?:(?:built|designed|made)\s+(?:to\s+hold|for)|room\s+for|"
                              r"space\s+for|beds\s+for|(?:able|built|designed)\s+to\s+house|"
                              r"(?:can|could|able\s+to)\s+(?:hold|house|accommodate))"
                              r"(?:\s+(?:up\s+to|about|some|around|nearly|more\s+than))?\s+$",
                              re.IGNORECASE)
CAPACITY_BEFORE = re.compile(r"(?:\bto\s+\w+(?:\s+in)?|\b(?:acceptance|capacity|intake|quota)\s+of)"
                             r"\s+$", re.IGNORECASE)
# "a country of about seven million people", "home to 230 million": a population, not a group.
POPULATION = re.compile(r"(?:\b(?:country|nation|island|archipelago|state|city|kingdom|territory)"
                        r"\s+of|\bhome\s+to|\bpopulation\s+of)\s+(?:about|some|around|nearly|"
                        r"roughly|more\s+than|just\s+over)?\s*$", re.IGNORECASE)
SINGLE_PERSON = re.compile(r"\b(?:an?|one|(?:the|its|their)\s+first)\s+(?:\w+\s+){0,2}?"
                           r"(?:man|woman|migrant|person|asylum\s+seeker|refugee|deportee|"
                           r"detainee|boy|girl|national|citizen|prisoner)\b|"
                           # "the Gambian man", "the man, whose visa …": one person of the story
                           # (not "lawyers for the detainee", the object of a preposition)
                           r"(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bby\s)"
                           r"\bthe\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:man|woman|deportee|detainee)"
                           r"\b(?!\s+(?:who|whom|that)\s|['’])|"
                           # "at least one of the men", "one of them": one of the group
                           r"\bone\s+of\s+(?:them|those|the\s+(?:\w+\s+){0,2}?(?:men|women|"
                           r"migrants|deportees|detainees|people|group|returnees))\b|"
                           # "put him on a bus to Nogales", "flew her to Kigali": one person moved
                           r"\b(?:put|putting|handed|handing|turned|drove|flew|sent|deported|"
                           r"removed|expelled|transferred)\s+(?:him|her)\b",
                           re.IGNORECASE)


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


# "… among them", "the group, which included Nigerians", "Only one of the eight is …", "Of
# those, 12 were Nigerians": a sentence naming some of the group's people
AMONG_THEM = re.compile(r"\bamong\s+them\b|\b(?:which|who)\s+included\b|"
                        r"\bone\s+of\s+(?:the|those|them)\b|^\W*of\s+(?:those|them|these)\b",
                        re.IGNORECASE)


def _counted_again(view: SentenceView, found: list, after: int, move_char: int) -> bool:
    """Whether a clause after a semicolon between a count and the verb counts its own subject
    ("…; several are later bused to Togo"), not "…; they arrived on two flights"."""
    cut = view.text.rfind(";", after, move_char)
    return cut >= 0 and any(cut < c.start < move_char for c in found)


def _origins(ctx: DocumentContext, view: SentenceView, skip: set[str]) -> list[str]:
    """States after "from" in a list ("from Jamaica, Colombia and Ukraine"): where the group's
    people come from, once the sender and the destination are set aside."""
    words = lower_words(ctx.doc)
    found: list = []
    for m in view.mentions:
        after_from = m.start > 0 and words[m.start - 1] == "from"
        if after_from or found and list_joined(ctx.doc, found[-1], m):
            found.append(m)
    return [m.iso3 for m in found if m.iso3 not in skip]


def _group_nationalities(ctx: DocumentContext, index: int, destination: str,
                         single: bool = False) -> list[str]:
    """"The men, who are nationals of Vietnam, Jamaica and Laos, …" in the sentences after: the
    nationalities of the group just reported removed ("Only one of the eight is South Sudanese.
    The others come from Cuba, Laos …" names them over two)."""
    found: list[str] = []
    for view in ctx.views[index + 1:index + 1 + GROUP_LOOKAHEAD + 1]:
        if DATELINE.match(view.text):
            break  # a round-up's next story ("JUBA, South Sudan — …") speaks of another group
        if not (_about_the_group(view) or AMONG_THEM.search(view.text) or
                reported_group(view) or single and a_person_of_the_story(view)):
            continue  # "It listed Nigerians and Liberians among them" names them too
        roles = clause_roles(ctx.doc, view, view.clauses[0], ctx.deporter, whole_sentence=True)
        not_of = _not_nationalities(view)
        found += [n for n in roles.nationalities if n != ctx.deporter and n not in not_of] or \
            _origins(ctx, view, {ctx.deporter, destination})
    found = list(dict.fromkeys(found))
    return found if found != [destination] else []


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


NOT_A_NATIONALITY = word_class("not_a_nationality")
# words that may stand between the negation and the demonym: "none of them Cameroonian"
# "None of the passengers is Ghanaian"
# "none of them being Togolese"
NEGATION_GAP = {"of", "them", "whom", "those", "the", "were", "are", "is", "was", "being", "been",
                "-", "all", "passengers", "actually"} | PEOPLE_NOUNS
NEGATION_REACH = 6  # words before a demonym in which its negation is looked for


def _negated_demonym(words: list[str], view: SentenceView, m) -> bool:
    """"none of them Cameroonian", "not Ghanaian", "non-Mexicans", "ethnic Nepali": no
    nationality (not "not Mexican, mainly Venezuelans", whose negation ends at the comma)."""
    before = words[max(view.start, m.start - NEGATION_REACH):m.start]
    negations = [i for i, w in enumerate(before) if w in NOT_A_NATIONALITY]
    return bool(negations) and all(w in NEGATION_GAP for w in before[negations[-1] + 1:])


def _not_nationalities(view: SentenceView) -> set[str]:
    """Demonyms that are not the people's nationality: "none of them Cameroonian", "not
    Ghanaian", and a state's agents ("handed over to Libyan armed units")."""
    words = lower_words(view.doc)
    things = {m.iso3 for m in view.mentions if m.label == "DEMONYM" and _describes_a_thing(view, m)}
    people = {m.iso3 for m in view.mentions if m.label == "DEMONYM" and
              not _describes_a_thing(view, m)}
    return things - people | {m.iso3 for m in view.mentions if m.label == "DEMONYM" and (
        _negated_demonym(words, view, m) or _names_enforcers(view.doc, m))}


DESCRIBED_REACH = 3  # words after a demonym in which the person it describes is looked for
LIST_WORDS = word_class("list_words")


# "the rest from Cuba, Laos and Vietnam", "others came from Mali", "one from South Sudan": where
# the people come from; "The eight — from Cuba, …", "11 men, from Bangladesh and Egypt,": an
# aside on the people
FROM_PEOPLE = word_class("from_people")


def _people_from(ctx: DocumentContext, view: SentenceView, skip: set[str]) -> list[str]:
    """States listed after "from" when the word before it speaks of the people ("the rest from
    Cuba, Myanmar and Laos", "men from Laos, Vietnam and Cuba"), not of a place they were sent
    from ("refugees from Bhutan who have been deported … to Bhutan" names no list)."""
    words = lower_words(ctx.doc)
    found: list = []
    lists: list[list] = []
    for m in view.mentions:
        before = words[m.start - 2] if m.start > 1 and words[m.start - 1] == "from" else None
        if before in FROM_PEOPLE or before in PEOPLE_NOUNS:
            lists.append([m])
            found.append((m, before in FROM_PEOPLE))
        elif lists and list_joined(ctx.doc, lists[-1][-1], m) and \
                _same_clause(view, lists[-1][-1], m) and \
                words[m.end:m.end + 1] not in (["'s"], ["’s"]):  # "…, and Chad's offer": a subject
            lists[-1].append(m)
    kept = [m for group, (_first, by_word) in zip(lists, found, strict=True)
            if by_word or len(group) > 1 for m in group]
    return [m.iso3 for m in kept if m.iso3 not in skip]


def _same_clause(view: SentenceView, a, b) -> bool:
    """Whether two mentions are in one clause ("from France, Chad has agreed …" are not)."""
    return any(c.start <= a.start < c.end and c.start <= b.start < c.end for c in view.clauses)


# "32 citizens of Venezuela", "nationals of Cuba and Laos": the people's states
NATIONALS_OF = word_class("nationals_of")
# "deported from the United States": the sender
SENT_FROM = word_class("sent_from")


def _people_not_senders(ctx: DocumentContext, view: SentenceView, roles: Roles) -> Roles:
    """"five men from Vietnam, Jamaica, Laos, Cuba and Yemen", "32 citizens of Venezuela
    deported from the United States": states listed after "from" that say where the people come
    from, or named as their citizenship, are their nationalities, neither the sender (the state
    they were "deported from", else the story's deporter) nor where they went."""
    origins = _people_from(ctx, view, set())
    origins = origins if len(origins) > 1 else []
    words = lower_words(ctx.doc)
    origins += [m.iso3 for m in view.mentions if m.start > 1 and words[m.start - 1] == "of"
                and words[m.start - 2] in NATIONALS_OF]
    if roles.deporting not in origins:
        return roles
    sent_from = [m.iso3 for m in view.mentions if m.start > 1 and words[m.start - 1] == "from"
                 and words[m.start - 2] in SENT_FROM and m.iso3 not in origins]
    sender = sent_from[0] if sent_from else ctx.deporter
    return replace(roles, deporting=sender if sender not in origins else None,
                   receivers=[m for m in roles.receivers if m.iso3 not in origins],
                   nationalities=list(dict.fromkeys([*roles.nationalities, *origins])))


# the end of a counted noun phrase: "23 Salvadoran nationals, …", "21 members and …"
PHRASE_END = re.compile(r"[,;.:()—–]|\s(?:and|or|but|while|to|from|for)\s")
COUNTED_REACH = 60  # characters after a count in which its people's demonym is looked for


def _counted_apart(ctx: DocumentContext, view: SentenceView, iso3: str) -> bool:
    """Whether the sentence counts the state's own nationals by themselves ("23 Salvadorans",
    "23 Salvadoran nationals", "21 alleged gang members who are Salvadoran citizens")."""
    demonyms = [m for m in view.mentions if m.iso3 == iso3 and m.label == "DEMONYM"]
    if not demonyms:
        return False
    for c in ctx.counts_in(view):
        if any((c.head or "") == m.text.lower() for m in demonyms):
            return True
        if c.value is None or c.start == 0 and len(ctx.counts_in(view)) == 1:
            continue  # the one count that opens the sentence is the whole group
        end = PHRASE_END.search(view.text, c.end, c.end + COUNTED_REACH)
        stop = end.start() if end else c.end + COUNTED_REACH
        if any(c.start < view.char_at(m.start) < stop for m in demonyms):
            return True
    return False


def _describes_a_thing(view: SentenceView, m) -> bool:
    """"on Ugandan social media", "the Salvadoran government": a singular demonym before words
    that are not a person ("Venezuelan gang members" is), which names no nationality."""
    if m.text.endswith("s") or m.end >= view.end:
        return False
    following = view.doc[m.end:min(m.end + DESCRIBED_REACH, view.end)]
    return following[0].is_alpha and following[0].lower_ not in LIST_WORDS and not any(
        t.lower_ in PERSON_WORDS for t in following)


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


@dataclass(frozen=True)
class _One:
    value: int = 1
    qualifier: str = "exact"


def _single_person(view: SentenceView, lo: int, hi: int):
    """"returned the first migrant to France": one person, though no numeral is written."""
    found = SINGLE_PERSON.search(view.text[lo:hi])
    if found is None:
        # "The Gambian, who …, was driven to Lomé": one person named by nationality alone
        return _One() if lo == 0 and a_person_by_nationality(view) else None
    # "at least one of the men": one, at least
    qualifier = qualifier_before(view.text, lo + found.start())
    return _One(qualifier=qualifier) if qualifier in ("at_least", "more_than") else _One()


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
# "Eight men were deported … The men landed in Juba": a definite group takes the count given
# for it just before; "… arrived on Monday. The three men, whose …", "Only one of the eight
# is …": or the one just after.
DEFINITE_GROUP = re.compile(r"\W*the\s+(?:(?:first|last|latest|remaining|other|same)\s+)?"
                            r"([a-z-]+)\b", re.IGNORECASE)
# "Well, the men landed", "…, the deportees were flown": the group is the verb's subject
DEFINITE_SUBJECT = re.compile(r"\bthe\s+(?:(?:first|last|latest|remaining|other|same)\s+)?"
                              r"([a-z-]+)\s+(?:(?:had|have|has|were|was|been|then|later|"
                              r"finally|eventually)\s+)*$", re.IGNORECASE)
# "Only one of the eight is …", and a sentence opening on the whole group: "Of the eight, only one
# was …", "Among the eight were …", "All eight had been convicted …"
PART_OF_THE = re.compile(r"\b(?:one|two|three|some|all|most|none|each|several|many|both)\s+of\s+"
                         r"the\s+$|^\W*(?:(?:only\s+)?(?:of|among)\s+the|all(?:\s+of\s+the)?)\s+$",
                         re.IGNORECASE)
ALL_OPENING = re.compile(r"\W*all\s", re.IGNORECASE)  # "All eight had …" (a count of its own)
GROUP_LOOKBACK = 3  # sentences before in which the group's count is looked for
GROUP_LOOKAHEAD = 2  # sentences after in which "one of the eight" is looked for


def _count_referred_to(ctx: DocumentContext, index: int, view: SentenceView, move):
    """The count of a group the sentence names without a number: the count with the same
    people noun in the sentences before ("eight men … The men"), a number opening the next
    sentence ("The first people … arrived. The three men …"), or the whole a part is taken
    from just after ("… the men landed in Juba. Only one of the eight is South Sudanese")."""
    opening = DEFINITE_GROUP.match(view.text) or DEFINITE_SUBJECT.search(
        view.text, 0, move.start_char - view.start_char)
    if opening is None:
        return None
    noun = opening.group(1).lower()
    if noun in PEOPLE_NOUNS:
        for earlier in reversed(ctx.views[max(0, index - GROUP_LOOKBACK):index]):
            same = [c for c in ctx.counts_in(earlier)
                    if c.value is not None and (c.head or "").lower() == noun]
            if same:
                return same[-1]
    if index + 1 < len(ctx.views):
        nxt = ctx.views[index + 1]
        named = DEFINITE_GROUP.match(nxt.text)
        first = ctx.counts_in(nxt)[:1]
        if named and first and first[0].value is not None and first[0].start <= named.end() and \
                (first[0].head or "").lower() in PEOPLE_NOUNS:
            return first[0]
    if noun not in PEOPLE_NOUNS:
        return None
    for later in ctx.views[index + 1:index + 1 + GROUP_LOOKAHEAD]:
        whole = [c for c in ctx.counts_in(later) if c.value and c.head in (None, noun) and
                 (PART_OF_THE.search(later.text, max(0, c.start - 20), c.start) or
                  ALL_OPENING.match(later.text, c.start))]
        if whole:
            return whole[0]
    return None


TOTAL_LOOKAHEAD = 3  # sentences after a removal that may give the running total it brings


# ", and …", "; …", and the participle or relative clause a running total opens with (", bringing
# to 118 the number …", ", which brought the total to 24"): what comes before is the batch's
CLAUSE_OPENING = re.compile(r",\s+(?:and|but|while|as)\s|;|,\s+(?:which\s+)?(?:bring|brings|"
                            r"bringing|brought|take|takes|taking|took|raise|raises|raising|raised|"
                            r"push|pushes|pushing|pushed|lift|lifts|lifting|lifted|elevate|"
                            r"elevates|elevating|elevated|putting|puts|put)\s")


def _clause_opening(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: after its ", and" or ";", or 0."""
    return max((m.start() for m in CLAUSE_OPENING.finditer(text, 0, pos)), default=0)


def _names_people(doc, m) -> bool:
    """"Venezuelans", "Venezuelan men": a demonym naming people, not a state that acts."""
    if m.label != "DEMONYM":
        return False
    after = lower_words(doc)[m.end:m.end + 1]
    if after and after[0] in AUTHORITY_WORDS:
        return False  # "the Swiss government"
    last = m.text.split()[-1]
    return last[:1].isupper() and last.endswith(("s", "ese")) or \
        bool(after) and after[0] in PERSON_WORDS


def _running_total(ctx: DocumentContext, index: int, destination: str, deporter: str):
    """"The new arrivals bring to 56 the number of non-Ghanaians the country has received": the
    running total stated in the removal's sentence or just after it (FACTS.md rule 7), with
    the date it counts from ("since early September"), when that sentence is about no other
    pair of states."""
    for view in ctx.views[index:index + 1 + TOTAL_LOOKAHEAD]:
        total = ctx.running_total_in(view)
        if total is None:
            continue
        # the people's nationality ("the number of Venezuelans held") names no other pair; in
        # the removal's own sentence only the total's clause is looked at ("held in Djibouti
        # before being flown to Juba, and the total has since risen to 15")
        lo = view.start_char + (_clause_opening(view.text, total.start)
                                if view is ctx.views[index] else 0)
        if any(m.iso3 not in (destination, deporter) and not _names_people(ctx.doc, m)
               and ctx.doc[m.start].idx >= lo for m in view.mentions):
            continue
        if total is not None:
            since = [d.value for d in ctx.dates_in(view)
                     if SINCE_BEFORE_DATE.search(view.text, max(0, d.start - 40), d.start)]
            return total, since[0] if since else None
    return None, None


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


# Rule 13, the receiver's own nationals counted apart from the others on the same flight: "most
# of them Uzbek citizens but also 14 nationals of Kyrgyzstan", "Of those, 97 were Uzbek
# citizens. The other 34 were nationals of …", "16,000 people …, about 9,000 of them not
# Nigerien": the others' count is the removal's.
OWN_NOUNS = word_class("own_nouns")
OTHERS_BEFORE = re.compile(r"(?:\bbut\s+(?:also\s+)?|\bthe\s+(?:other|remaining)\s+|"
                           r"\b(?:while|whereas)\s+)$", re.IGNORECASE)
OTHERS_AFTER = re.compile(r"\s+(?:others?\b|(?:of\s+(?:them|whom)\s+)?(?:were|are)\s+"
                          r"(?:nationals|citizens|from)\b|(?:nationals|citizens)\s+of\b)",
                          re.IGNORECASE)
NOT_OWN_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:were\s+|are\s+)?(?:not\s+|non-)$",
                           re.IGNORECASE)
APART_LOOKAHEAD = 3  # sentences after a removal that may count its people apart


@dataclass(frozen=True)
class _CountedApart:
    count: object  # the CountMention of the others, None when the text gives them no number
    nationalities: list[str]


# "most of them", "the immense majority are", "97 were", "The 117": the larger share of a group
OWN_SHARE_BEFORE = re.compile(r"(?:\b(?:most|mostly|majority|nearly\s+all|almost\s+all|bulk)\b"
                              r"[^.;]{0,30}|\b\d[\d,]*\s+(?:of\s+(?:them|those|whom)\s+)?"
                              r"(?:were\s+|are\s+)?)$", re.IGNORECASE)


def _own_share(ctx: DocumentContext, view: SentenceView, receiver: str) -> int | None:
    """Where the sentence names the receiver's own nationals as the larger, or a counted, share
    of the group ("most of them Uzbek citizens", "The 117 Uzbeks"; not "Only one of the eight is
    South Sudanese"), in sentence characters, or None."""
    words = lower_words(ctx.doc)
    for m in view.mentions:
        if m.iso3 != receiver or m.label != "DEMONYM":
            continue
        start = view.char_at(m.start)
        if not OWN_SHARE_BEFORE.search(view.text, max(0, start - 50), start):
            continue
        if _plural_demonym(m.text) or m.end < view.end and words[m.end] in OWN_NOUNS:
            return view.char_at(m.end - 1)
    return None


def _others_named(ctx: DocumentContext, view: SentenceView, after: int,
                  skip: set[str]) -> list[str]:
    """The states named after the others' count, to the end of its clause: their nationalities."""
    stop = next((i for i in range(after, len(view.text)) if view.text[i] in ";"), len(view.text))
    found = [m.iso3 for m in view.mentions
             if after <= view.char_at(m.start) < stop and m.iso3 not in skip]
    return list(dict.fromkeys(found))


def _not_own_count(ctx: DocumentContext, view: SentenceView, receiver: str, skip: set[str]):
    """"about 9,000 of them not Nigerien": a count of those who are not the receiver's own."""
    for m in view.mentions:
        if m.iso3 != receiver or m.label != "DEMONYM":
            continue
        start = view.char_at(m.start)
        for c in ctx.counts_in(view):
            if c.value and c.end < start and NOT_OWN_AFTER.fullmatch(view.text, c.end, start):
                return _CountedApart(c, _others_named(ctx, view, start, skip | {receiver}))
    return None


def _others_counted_apart(ctx: DocumentContext, index: int, receiver: str,
                          deporter: str) -> _CountedApart | None:
    """The count, and nationalities, of the group's people who are not the receiver's own, when
    the removal's sentence or the few after it count them apart (rule 13)."""
    skip = {receiver, deporter}
    views = ctx.views[index:index + 1 + APART_LOOKAHEAD]
    for i, view in enumerate(views):
        apart = _not_own_count(ctx, view, receiver, skip)
        if apart is not None:
            return apart
        own = _own_share(ctx, view, receiver)
        if own is None:
            continue
        # the others are counted after the own share, in its sentence or the next
        for other, lo in [(view, own), *[(v, 0) for v in views[i + 1:i + 2]]]:
            for c in ctx.counts_in(other):
                if c.value and c.start >= lo and (
                        OTHERS_BEFORE.search(other.text, max(0, c.start - 20), c.start) or
                        OTHERS_AFTER.match(other.text, c.end)):
                    return _CountedApart(c, _others_named(ctx, other, c.end, skip))
        # "The foreigners are 'some thousands', mainly of Cuba, …": the others, not counted
        for other in views[i + 1:i + 2]:
            if OTHERS_OPENING.match(other.text):
                return _CountedApart(None, _others_named(ctx, other, 0, skip))
        return None
    return None


OTHERS_OPENING = re.compile(r"\W*the\s+(?:foreigners|others|rest|remainder|non-\w+)\b",
                            re.IGNORECASE)


def _aside_after(ctx: DocumentContext, view: SentenceView, dest) -> tuple[int, int] | None:
    """The characters of a parenthesis right after a destination ("Eswatini (five men, in
    July), South Sudan (eight men, in July) … have all received deportees"), or None."""
    if dest.label == "EARLIER" or dest.end >= view.end or ctx.doc[dest.end].text != "(":
        return None
    start = ctx.doc[dest.end].idx + 1 - view.start_char
    close = view.text.find(")", start)
    return (start, close) if close > start else None


def _aside_count(ctx: DocumentContext, view: SentenceView, aside: tuple[int, int] | None):
    """The people count a destination's parenthesis gives for it."""
    if aside is None:
        return None
    found = [c for c in ctx.counts_in(view) if aside[0] <= c.start < aside[1] and
             c.value is not None and (c.head or "").lower() not in NON_PEOPLE_HEADS]
    return found[0] if found else None


def _aside_date(ctx: DocumentContext, view: SentenceView,
                aside: tuple[int, int] | None) -> str | None:
    """The date a destination's parenthesis gives for the people sent there."""
    if aside is None:
        return None
    found = [d.value for d in ctx.dates_in(view) if aside[0] <= d.start < aside[1] and d.value]
    return found[0] if found else None


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


def _counts_a_new_group(ctx: DocumentContext, view: SentenceView,
                        chars: tuple[int, int]) -> bool:
    """"…, and nine Venezuelans had been sent to Guatemala City": the clause counts people of its
    own (not "several were later bused", the group of the clause before)."""
    return any(chars[0] <= c.start < chars[1] and c.value is not None and
               (c.head or "").lower() not in NON_PEOPLE_HEADS and
               not DEFINITE_BEFORE.search(view.text, max(0, c.start - 12), c.start)
               for c in ctx.counts_in(view))


DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.IGNORECASE)


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


# what the people aboard are counted as: "three men", "238 Venezuelans"
PEOPLE_COUNT_HEADS = PEOPLE_HEADS | {"venezuelans", "nationals", "passengers", "deportees",
                                     "asylum", "adults", "children", "minors"}


# "Rwanda received its first seven", "took in another ten": a count whose noun is left out
ELIDED_GROUP = re.compile(r"\b(?:" + "|".join(o.replace(" ", r"\s+") for o in
                                            word_tuple("elided_group_openers")) + r")\s+$",
                          re.IGNORECASE)
ELIDED_REACH = 20  # characters before a count in which its opener is looked for


def _elided_group(ctx: DocumentContext, view: SentenceView) -> bool:
    """Whether the sentence counts a group with its noun left out ("its first seven", "a
    further 14"): in a sentence with a movement, people."""
    return any(c.head is None and c.value and ELIDED_GROUP.search(
        view.text, max(0, c.start - ELIDED_REACH), c.start) for c in ctx.counts_in(view))


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
