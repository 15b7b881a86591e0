"""Movements that are no removals (FACTS.md rule 4).

People going home (named as the destination's own nationals, "returned to Guatemala and
Honduras, their countries of origin"), people moving on by themselves ("Many moved on within
weeks, some to South Sudan"), no one moved ("none have arrived"), things rather than people
moved ("continues to receive funding"), and people received who came on their own ("received
tens of thousands of refugees from Guatemala") are not removals, whatever verb moves them.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.context import DocumentContext, home_cues
from thirdcountry.extraction.removal_words import (
    ARRIVAL_VERBS,
    DEPORTATION_VEHICLES,
    NON_PEOPLE_HEADS,
    PASSIVE_AUXILIARIES,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    THINGS,
    THINGS_REACH,
    about_the_group,
    is_passive,
    plural_demonym,
    receiving,
)
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import Removal


def went_home(clause, move) -> bool:
    """"More than a million people have returned to Afghanistan from Iran": people returning,
    with no state named as sending them, go home; "Britain returned a migrant to France",
    "British officials returned 50 migrants to France" and "2,100 people were returned to
    Turkey" are removals."""
    return move.text.lower() in ("returned", "return") and not is_passive(move) and \
        not _counted_participle(move) and not any(
            m.end <= move.start and (m.label != "DEMONYM" or _names_its_agents(move.doc, m))
            for m in clause.mentions)


COUNTED_REACH = 6  # words between "the number of" and the participle
TOTAL_NOUNS = word_class("total_nouns")


def _counted_participle(move) -> bool:
    """"The number of small-boat arrivals returned to France …": a participle after the people
    a total counts is passive (they were returned), not people going back."""
    words = lower_words(move.doc)[max(0, move.start - COUNTED_REACH):move.start]
    return any(a in TOTAL_NOUNS and b == "of" for a, b in zip(words, words[1:], strict=False))


STATE_AGENT_NOUNS = word_class("state_agent_nouns")


def _names_its_agents(doc, m) -> bool:
    """"British officials", "Canadian border guards": a demonym before the state's own agents
    names the state that acts, not people of that nationality."""
    return m.end < len(doc) and doc[m.end].lower_ in STATE_AGENT_NOUNS


NO_ONE_WORDS = word_class("no_one_words")
ANY_ONE_WORDS = word_class("any_one_words")  # "anyone", "anybody", "any"
NOBODY_YET_BEFORE = word_class("nobody_yet_before")  # "before", "without"
# "not one asylum seeker", "not a single migrant", "not even one of them": nobody either
NOT_ONE_AFTER = word_class("not_one_after")


def no_one_moved(view: SentenceView, clause, move) -> bool:
    """"No asylum seekers have been sent there", "none have arrived": nobody was moved.

    "nine people, none of them Cameroonian, were flown" describes the people instead: a
    nationality between "none" and the verb makes it an aside.
    """
    words = lower_words(move.doc)
    for i in range(max(clause.start, move.start - 8), move.start):
        # "four people, none of them Kosovo citizens, had landed": an aside set off by commas
        # or naming a state describes the people
        # "before anyone was sent to Rwanda", "without any migrants being moved": nobody yet
        # "without a single asylum seeker having been flown": nobody yet either
        # "anyone transferred to Uganda who was gay would be exposed": whoever, not someone
        no_one = words[i] in NO_ONE_WORDS or words[i] in ANY_ONE_WORDS and i > 0 and \
            words[i - 1] in NOBODY_YET_BEFORE or (
            words[i] == "not" and words[i + 1] in NOT_ONE_AFTER and i + 1 < move.start and
            "but" not in words[i + 2:min(i + 5, move.start)]) or (  # "not one but two flights"
            words[i] in NOBODY_YET_BEFORE and i + 2 < move.start and
            words[i + 1] in NOT_ONE_AFTER and (words[i + 1] != "a" or
                                               words[i + 2] in NOT_ONE_AFTER)) or (
            words[i] in ANY_ONE_WORDS and i == move.start - 1)
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


def going_home(ctx: DocumentContext, view: SentenceView, clause, moves: list, dest) -> bool:
    """"transferred to the border, from where they returned to Guatemala and Honduras, their
    countries of origin": the verb just before the destination, or an apposition naming it the
    people's home, says they went home."""
    before = [c for c in moves if c.start < dest.start]
    nearest = before[-1] if before else None
    if nearest is not None and (went_home(clause, nearest) or moved_on_their_own(clause, nearest)):
        return True
    homes = home_cues(view)
    words = lower_words(ctx.doc)
    return any(0 <= h.start - dest.end <= 6 and all(
        t.text not in (".", ";") for t in ctx.doc[dest.end:h.start]) for h in homes) or any(
        _home_named_before(ctx, clause, moves, h, dest) for h in homes) or any(
        # "of whom one has since been repatriated to Jamaica": the state of a repatriation
        words[h.end:dest.start] == ["to"] for h in homes)


HOME_BEFORE_REACH = 16  # tokens from "to their own countries" to the states it lists


def _home_named_before(ctx: DocumentContext, clause, moves: list, home, dest) -> bool:
    """"flown to their own countries on Mexican planes, mainly to Honduras and Guatemala",
    "returned to their countries of origin — among them Cuba", "most of them to their home
    countries in Mexico and Central America": states listed after the people's home, by the
    same verb, are that home."""
    words = lower_words(ctx.doc)
    lead = home.start - 1 if words[home.start - 1:home.start] in (["their"], ["its"]) else \
        home.start
    return words[lead - 1:lead] == ["to"] and \
        clause.start <= home.start and 0 < dest.start - home.end <= HOME_BEFORE_REACH and \
        not any(t.text in (".", ";") for t in ctx.doc[home.end:dest.start]) and \
        not any(home.end <= c.start < dest.start for c in moves)


SUBJECT_TO_VERB = PASSIVE_AUXILIARIES | {"had", "has", "have", "later", "then", "also",
                                         "already", "since", "subsequently"}


def own_national_subject(ctx: DocumentContext, view: SentenceView, move, dest) -> bool:
    """"the Mexican national had been returned to Mexico City", "Ghanaians were flown to
    Accra": the people moved are named as the destination's own nationals just before the verb."""
    words = lower_words(ctx.doc)
    for m in view.mentions:
        if m.iso3 != dest.iso3 or m.label != "DEMONYM" or not view.start <= m.end <= move.start:
            continue
        if m.start > 0 and words[m.start - 1] in (",", "and", "or") and any(
                o.label == "DEMONYM" and o.iso3 != dest.iso3 and o.end == m.start - 1
                for o in view.mentions):
            continue  # "Venezuelan and Salvadoran migrants": a mixed group (rule 7)
        end = m.end + 1 if m.end < move.start and words[m.end] in PERSON_WORDS else m.end
        # "the Jamaican was flown to Kingston": a singular demonym after an article is a person
        a_person = m.start > 0 and words[m.start - 1] in ("the", "a", "an")
        if (end > m.end or plural_demonym(m.text) or a_person) and \
                all(w in SUBJECT_TO_VERB for w in words[end:move.start]):
            return True
    return False


def taken_on_inside(earlier: list[Removal], view: SentenceView, dest, move) -> bool:
    """"The remaining 12 were moved inland to a centre at Gjadër": the group just reported
    arriving in a state, taken on to a place in that same state, is the same removal. The
    words referring back are the movement's subject, before it ("230 people have been held at
    Gjadër since …, of whom about 60 were deported home" counts people of its own)."""
    return dest.label == "PLACE" and bool(earlier) and \
        earlier[-1].receiving_country == dest.iso3 and (
            about_the_group(view) or
            bool(REFERS_BACK.search(view.text, 0, move.start_char - view.start_char)))


# "1,830 of them", "others had been taken", "the rest were bused": people of the group just
# reported
REFERS_BACK = re.compile(r"(?:\b\d[\d,]*|\b(?:some|many|most|others))\s+(?:of\s+(?:them|those|"
                         r"these)\s+)?(?:were|had|have)\b|\bthe\s+(?:rest|remainder)\b",
                         re.IGNORECASE)


def group_sent_home(earlier: list[Removal], view: SentenceView, dest) -> bool:
    """"137 Venezuelans were flown to El Salvador … In July the men were flown to Caracas": the
    group just reported, moved on to the state of its one nationality, went home."""
    return bool(earlier) and earlier[-1].nationalities == [dest.iso3] and \
        about_the_group(view)


def brought_back_to_sender(earlier: list[Removal], move, dest) -> bool:
    """"16 men were taken to Gjadër … All 16 were brought back to Italy within days": people
    taken back to the state that sent them went back, not to a third country."""
    words = lower_words(move.doc)
    return "back" in words[move.end:move.end + 2] and \
        any(r.deporting_country == dest.iso3 for r in earlier)


def moved_on_their_own(clause, move) -> bool:
    """"Many moved on within weeks, some to South Sudan": people moving, not being moved
    ("they had moved 25 men to Gjadër" moves people; so does a state after the people it
    moved: "the 130 people Rome has moved across the Adriatic")."""
    if move.text.lower() != "moved" or is_passive(move):
        return False
    words = lower_words(move.doc)
    if any(m.label != "DEMONYM" and m.start > 0 and (
            words[m.start - 1] in PEOPLE_NOUNS or move.doc[m.start - 1].like_num) and (
            m.end == move.start or
            m.end == move.start - 1 and words[m.end] in ("has", "had", "have"))
           for m in clause.mentions):
        return False
    after = move.doc[move.end:move.end + 3]
    return not any(t.like_num or t.lower_ in PEOPLE_NOUNS for t in after)


COORDINATED_VERB_WORDS = word_class("coordinated_verb_words")  # "and turned down"
OBJECT_DETERMINERS = word_class("object_determiners")


def moves_things(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """"received fewer than 1,000 asylum applications", "continues to receive funding": what
    was received or sent is not people. After "handed to" come those who took what was moved:
    people just before it ("46 people who were not Mexican citizens handed to Mexican
    immigration agents") were moved."""
    if move.text.lower().endswith(" to") and _people_just_before(ctx, view, move):
        return False
    if _papers_just_before(ctx, view, move):
        return True
    after = move.end_char - view.start_char
    if any(0 <= m.start - after <= MONEY_GAP for m in ctx.money_in(view)):
        return True  # "has received more than A$4 billion from Australia"
    if any(0 <= c.start - after <= 3 and (c.head or "").lower() in NON_PEOPLE_HEADS
           and not _carrying_people(ctx, view, c) for c in ctx.counts_in(view)):
        return True
    # "received a German request", "received and rejected a request": the first noun after
    # the verb, past determiners, a state's adjective and a coordinated verb, says what moved
    adjectives = {t for m in view.mentions if m.label == "DEMONYM" for t in range(m.start, m.end)}
    qualifiers = 0  # "a formal request", "vocational training": words that qualify the thing
    # "received from Washington a request": a named source is no object of a verb of receipt
    # ("driven from the Bundase camp" names where people were taken from)
    receipt, source = receiving(move), False
    for token in ctx.doc[move.end:min(move.end + THINGS_REACH, view.end)]:
        word = token.lower_
        if token.is_quote:  # "had received \u201cno request of that kind\u201d"
            continue
        if receipt and word == "from" and _names_follow(ctx.doc, token.i + 1) or \
                source and (word == "the" or token.text[:1].isupper()):
            source = True
            continue
        source = False
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


def _names_follow(doc, i: int) -> bool:
    """A name at token ``i``, after an optional "the" ("from Washington", "from the United
    States"), not a common noun ("from detention centres in Italy")."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper()


MONEY_GAP = 12  # characters from the verb to the sum it received: " more than "
SENT_PAPERS = word_class("sent_papers")
PAPERS_TO_VERB = PASSIVE_AUXILIARIES | {",", "had", "has", "have"}


def _papers_just_before(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """"The cables, sent in September to U.S. embassies in Freetown", "letters were sent to
    Kampala": the noun the participle tells of, just before it, is a paper, not people."""
    for token in reversed(ctx.doc[max(view.start, move.start - THINGS_REACH):move.start]):
        if token.lower_ not in PAPERS_TO_VERB:
            return token.lower_ in SENT_PAPERS
    return False


def _people_just_before(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """Whether a people noun ends the words just before the verb ("… Mexican citizens handed
    to", "the men were handed to")."""
    for token in reversed(ctx.doc[max(view.start, move.start - THINGS_REACH):move.start]):
        if token.lower_ in PEOPLE_NOUNS:
            return True
        if token.lower_ not in PASSIVE_AUXILIARIES:
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


CROSSING_CRAFT = word_class("crossing_craft")
# "arrived by small boat", "have arrived in small boats", "arrived on rubber dinghies"
CRAFT_BEFORE = re.compile(r"\s+(?:by|in|on|aboard)\s+(?:(?:a|an|small|rubber|overcrowded|"
                          r"flimsy|makeshift)\s+)*(\w+)", re.IGNORECASE)


def crossed_by_themselves(view: SentenceView, move, moves: list) -> bool:
    """"More than 37,000 people have arrived by small boat this year": people who crossed by
    themselves arriving in the state that would send them, not people sent (unless another
    verb moves them: "42 people who arrived by dinghy have now been removed to France")."""
    if move.text.lower() not in ARRIVAL_VERBS or any(
            m.text.lower() not in ARRIVAL_VERBS for m in moves):
        return False
    found = CRAFT_BEFORE.match(view.text, move.end_char - view.start_char)
    return found is not None and found.group(1).lower() in CROSSING_CRAFT


def came_by_themselves(ctx: DocumentContext, view: SentenceView, move) -> bool:
    """Whether the people a state received are described as coming on their own ("received
    tens of thousands of refugees from Guatemala")."""
    if not receiving(move):
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
