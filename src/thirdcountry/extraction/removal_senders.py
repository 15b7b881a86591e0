"""Senders of removals (FACTS.md rule 4): which state moved the people.

The sender is the state whose police or forces move the people ("French border police", "Libya's
coast guard"), the state that is the subject of the verb of sending ("Algeria has for years
expelled …"), or the state holding people it hands over; a removal from inside a state over a
land border is by that state. People moved on from a state that had received them ("driven
from a camp outside Accra to the border with Togo") are removed by that state, unless the
sentence names the original deporter outside the people's past ("migrants deported from the
US to Ghana were driven to Togo"). Never a list of the people's origins ("men from Laos,
Vietnam and Cuba").
"""

from __future__ import annotations

import re

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.onward import (
    AGENT_NOUNS,
    HANDOVER_VERBS,
    OVERLAND_VERBS,
    move_words,
    over_land_from_inside,
)
from thirdcountry.extraction.removal_destinations import places_in
from thirdcountry.extraction.removal_words import (
    ARRIVAL_VERBS,
    DESCRIBING_PARTICIPLES,
    SUBJECT_GAP,
    about_the_group,
    is_passive,
    receiving,
)
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import Removal

# Bodies that physically move people: "French border police sent …", "Tunisian security forces
# … drove them to the border". Not speakers ("officials said"), who may be on either side.
ENFORCERS = word_class("enforcer_nouns")
ENFORCER_MODIFIERS = word_class("enforcer_modifiers")


def names_enforcers(doc, m) -> bool:
    """"French border police", "Libya's coast guard", "Italian officers": a state's agents."""
    after = [w for w in lower_words(doc)[m.end:m.end + 3] if w not in ENFORCER_MODIFIERS]
    return bool(after) and after[0] in ENFORCERS


def overland_in(ctx: DocumentContext, view: SentenceView, clause, move) -> bool:
    """Whether the clause moves people over a land border to a neighbour named by its demonym
    ("handed to Togolese officers"): a removal by the state they are in, named or not."""
    return over_land_from_inside(ctx.doc, view, move, [
        m for m in view.mentions if clause.start <= m.start < clause.end and m.start >= move.end])


def officials_moving_over_land(words: list[str], subject, move) -> bool:
    """"Ghanaian officials then put six of them on a bus to Lomé": a state's officials as the
    subject of an active movement over land are its movers (not "officials said …", whose
    verb of saying stands between them and the movement)."""
    return subject.label == "DEMONYM" and subject.end < move.start and \
        words[subject.end] in AGENT_NOUNS and not is_passive(move) and \
        move_words(move) in OVERLAND_VERBS and \
        all(w in SUBJECT_GAP for w in words[subject.end + 1:move.start])


def moving_state(ctx: DocumentContext, view: SentenceView, move, destinations: set[str]):
    """The state that is the subject moving the people: its police, forces or navy named before
    the verb ("Tunisian security forces rounded up … and drove them to the border"), or the
    state or its capital right before an active verb of sending ("Algeria has for years
    expelled …", "Rome sends"); only the state named closest before the verb counts."""
    words = lower_words(ctx.doc)
    verb = move.text.lower()
    if verb in ARRIVAL_VERBS or receiving(move):
        return None  # "Mexican officers received 20 deportees": the receiver's agents
    before = [m for m in view.mentions if m.end <= move.start]
    if not before or before[-1].iso3 in destinations:
        return None
    subject = before[-1]  # the state named closest before the verb ("… as Rome sends …")
    if names_enforcers(ctx.doc, subject) or officials_moving_over_land(words, subject, move):
        return subject.iso3
    if not is_passive(move) and subject.label in ("NAME", "CAPITAL") and \
            all(w in SUBJECT_GAP for w in words[subject.end:move.start]):
        return subject.iso3
    return _enforcers_behind_the_people(ctx, view, before, move, destinations)


def _enforcers_behind_the_people(ctx: DocumentContext, view: SentenceView, before: list, move,
                                 destinations: set[str]):
    """"Tunisian security forces rounded up at least 600 migrants, among them nationals of Sudan,
    Guinea and Côte d'Ivoire, and drove them to the Libyan border": the forces that moved the
    people, named before the states the people come from, in the verb's clause or, for a verb
    coordinated with "and" that has no subject of its own, in the clause before."""
    if is_passive(move):
        return None
    clauses = view.clauses
    at = next((i for i, c in enumerate(clauses) if c.start <= move.start < c.end), 0)
    words = lower_words(ctx.doc)
    if at > 0 and words[clauses[at].start] == "and" and \
            not any(clauses[at].start <= m.start < move.start for m in before):
        at -= 1
    clause_start = clauses[at].start if clauses else view.start
    forces = [m for m in before if m.start >= clause_start and names_enforcers(ctx.doc, m)]
    if not forces or forces[-1].iso3 in destinations:
        return None
    return forces[-1].iso3


def sent_from(ctx: DocumentContext, view: SentenceView, clause, move, destinations: set[str]):
    """The state an expelling verb's "from" names, the verb's own ("600 people were expelled
    from southern Libya to Niger") or a participle describing the people who arrive ("600
    migrants expelled from Libya arrived in Niger"): the state that sent them. Not the place
    a flight left from ("flown from Christmas Island"), a path of its own ("deported from the
    US to Ghana, … were driven to Togo") or a participle of another clause."""
    words = lower_words(ctx.doc)
    ends = [i + 1 for i in range(clause.start, move.start) if words[i] in EXPELLED_FROM_VERBS] \
        if move.text.lower() in ARRIVAL_VERBS else []
    if move.text.lower() in EXPELLED_FROM_VERBS:
        ends.append(move.end)
    for end in ends:
        found = _state_from(view, words, end)
        if found is None or found.iso3 in destinations:
            continue
        if end != move.end and words[found.end:found.end + 1] in (["to"], ["into"]):
            continue
        return found.iso3
    return None


def _state_from(view: SentenceView, words: list[str], at: int):
    """The state right after "from" (past "the" and directions) at token ``at``, or None."""
    if words[at:at + 1] != ["from"]:
        return None
    for m in view.mentions:
        if m.start > at and m.label != "DEMONYM" and \
                all(w == "the" or w in DIRECTIONS for w in words[at + 1:m.start]):
            return m
    return None


DIRECTIONS = word_class("directions")  # "from southern Libya"
EXPELLED_FROM_VERBS = word_class("expelled_from_verbs")


def _earlier_path(doc, view: SentenceView) -> tuple[set[str], set[str]]:
    """"the West Africans deported from the United States to Ghana": a participle describing
    the people names the removal they went through before, as (senders, receivers)."""
    words = lower_words(doc)
    senders: set[str] = set()
    receivers: set[str] = set()
    for a, b in zip(view.mentions, view.mentions[1:], strict=False):
        before = words[max(view.start, a.start - 3):a.start]
        if words[a.end:b.start] == ["to"] and "from" in before and \
                words[a.start - before[::-1].index("from") - 2] in DESCRIBING_PARTICIPLES:
            senders.add(a.iso3)
            receivers.add(b.iso3)
    for a in view.mentions:
        # "men deported from the United States who were driven to the border": their past
        before = words[max(view.start, a.start - 3):a.start]
        if before[-1:] == ["from"] or before[-2:-1] == ["from"] and before[-1] == "the":
            at = a.start - (1 if before[-1] == "from" else 2)
            if at > 0 and (words[at - 1] in DESCRIBING_PARTICIPLES or
                           words[at - 1] in PAST_PEOPLE):
                senders.add(a.iso3)
    return senders, receivers


# "A second group was driven across the border into Algeria": another batch of the same removals.
ANOTHER_GROUP = re.compile(r"\W*(?:a|an)\s+(?:second|third|fourth|fifth|further|other|new)\s+"
                           r"(?:group|batch|flight|convoy|contingent)\b|\W*another\s+(?:group|"
                           r"batch|flight|convoy|contingent)\b", re.IGNORECASE)


# Handing people over is done by the state they are in ("12 Haitians … were handed over to
# Mexican officers at the crossing").
HANDOVER_MOVES = {"handed over"} | HANDOVER_VERBS


# people who went through a removal before: "14 deportees from the United States"
PAST_PEOPLE = word_class("past_people")
# what a state's name may describe: "a U.S. immigration judge", "U.S. courts"
DESCRIBED_THINGS = word_class("described_things")


def _attributive(doc, m) -> bool:
    """"a U.S. immigration judge": a state's name describing a thing or person, not a state that
    acts in the sentence."""
    words = lower_words(doc)
    return words[m.start - 1:m.start] in (["a"], ["an"]) or \
        words[m.end:m.end + 1] and words[m.end] in DESCRIBED_THINGS


def _in_a_body_name(doc, m) -> bool:
    """"According to the Mauritanian Association for Human Rights, … eleven of the deportees were
    … driven east": a demonym opening the name of a body that is not the state's agents (its
    next word capitalised) tells who says so, not a state that acts."""
    return m.label == "DEMONYM" and m.end < len(doc) and doc[m.end].text[:1].isupper() and \
        doc[m.end].is_alpha and not names_enforcers(doc, m)


def onward_sender(earlier: list[Removal], view: SentenceView, deporter: str,
                  destinations: set[str], move, clause_start: int | None = None,
                  over_land: bool = False) -> str:
    """Who sent the people when the sentence names no other sender.

    Rule 4: people moved on from a state that had received them ("driven from a camp outside
    Accra to the border with Togo", "Some were later put on buses to Ivory Coast") are removed
    by that state, when the sentence does not name the original deporter (other than in the
    people's past: "migrants deported from the US to Ghana were driven to Togo"). "A second
    group was driven into Algeria" has the sender of the removal reported before it; people
    handed over, with no sender named, by the state the last removal reached.
    """
    past_senders, past_receivers = _earlier_path(view.doc, view)
    if deporter not in past_senders and any(
            m.iso3 == deporter and not (over_land and _attributive(view.doc, m))
            for m in view.mentions):
        return deporter
    if earlier and ANOTHER_GROUP.match(view.text) and \
            earlier[-1].deporting_country not in destinations:
        return earlier[-1].deporting_country
    # the people were last received where a removal reported before took them, other than the
    # places this sentence moves them to ("driven to Lomé, the Togolese capital")
    last = next((r.receiving_country for r in reversed(earlier)
                 if r.receiving_country not in destinations or
                 not view.start_char <= r.evidence.start < view.start_char + len(view.text)),
                None)
    if last in destinations:
        last = None
    if last and (
            about_the_group(view) or move_words(move) in HANDOVER_MOVES or over_land) and not any(
            m.iso3 == last and not _in_a_body_name(view.doc, m) for m in view.mentions):
        return last  # "Some were later put on buses to Ivory Coast": the people just received
    if over_land:
        # "called on Ghana to stop … men deported from the United States who were handed to
        # Togolese officers": the one other state named by name is where the people were
        inside = [m for m in view.mentions if m.label != "DEMONYM" and m.iso3 not in
                  destinations and m.iso3 not in past_senders and not _attributive(view.doc, m)]
        if len({m.iso3 for m in inside}) == 1:
            return inside[0].iso3
    received = {r.receiving_country for r in earlier} | past_receivers
    first_destination = min((m.start for m in view.mentions if m.iso3 in destinations),
                            default=view.end)
    for m in view.mentions:
        if m.start > first_destination:
            break  # "… landed in Uzbekistan, … and deportees arriving in Rwanda": not a sender
        if clause_start is not None and m.start < clause_start:
            continue  # "63 were flown to Tegucigalpa, and nine sent to Guatemala": a parallel
            # removal in another clause, not the place this clause's people left from
        # a state named as such ("from a camp outside Accra"), not a demonym describing a
        # place ("near the Panamanian border")
        if m.iso3 in received and m.iso3 not in destinations and m.iso3 != deporter and \
                m.label != "DEMONYM":
            return m.iso3
    left = _left_from_a_place(view, clause_start, first_destination)
    if left in received and left not in destinations and left != deporter:
        return left
    return deporter


# "from Entebbe", "from the airport at Bata": the place a group left from
FROM_THE_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _left_from_a_place(view: SentenceView, clause_start: int | None, before: int) -> str | None:
    """The state of a named place (airport, city: no state mention of its own) that people left
    from, between the clause start and token ``before``: "two Eritrean men had been put on a
    flight from Entebbe to Kigali" were moved on by Uganda, which had received them."""
    doc = view.doc
    lo = doc[clause_start].idx - view.start_char if clause_start is not None else 0
    hi = doc[before].idx - view.start_char if before < view.end else len(view.text)
    return next((iso3 for at, iso3 in places_in(view.text, lo, hi)
                 if FROM_THE_PLACE.search(view.text, max(lo, at - 10), at)), None)


def partner_named_before(ctx: DocumentContext, index: int, receiver: str) -> str | None:
    """"Australia in September signed a memorandum with Nauru … The first three were flown to
    Nauru last month": a sentence naming no sender moves people to a state the sentence just
    before pairs with one deporting state; that state sent them (not the one a removal told
    further back reached)."""
    if index == 0 or any(m.iso3 in deporting_states() and m.iso3 != receiver
                         for m in ctx.views[index].mentions):
        return None  # "Rwanda has received 19 people from the United States": named here
    before = ctx.views[index - 1]
    if not any(m.iso3 == receiver and m.label != "DEMONYM" for m in before.mentions):
        return None
    partners = {m.iso3 for m in before.mentions
                if m.iso3 != receiver and m.label != "DEMONYM" and m.iso3 in deporting_states()}
    return partners.pop() if len(partners) == 1 else None
