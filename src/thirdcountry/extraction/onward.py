"""Onward removals overland (FACTS.md rule 4): people a state received and then handed to a
neighbour's agents or left on its side of the border ("handed to Togolese officers", "dropped on
the Togolese side of the crossing", "driven to the Indian border").

Only the state the people are in can hand them over at its own land border, so such a move is
that state's removal, and a neighbour named by its demonym before a word of the border or of its
agents is where they were sent.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentences import lower_words, text_of
from thirdcountry.extraction.words import word_class

# what follows a neighbour's demonym when people are left at its edge or with its agents
EDGE_NOUNS = word_class("edge_nouns")
AGENT_NOUNS = word_class("enforcing_agent_nouns")
AGENT_MODIFIERS = word_class("agent_modifiers")
HANDOVER_VERBS = word_class("handover_verbs")
# verbs that can only move people over land, by road or on foot
LAND_VERBS = word_class("land_verbs")
OVERLAND_VERBS = HANDOVER_VERBS | {"driven", "drove", "pushed back", "forced back", "escorted",
                                   "bused", "bussed", "taken"}


def _noun_after(words: list[str], m) -> str | None:
    """The noun a demonym describes: "Togolese immigration officers" → "officers"."""
    for w in words[m.end:m.end + 3]:
        if w in EDGE_NOUNS or w in AGENT_NOUNS or w not in AGENT_MODIFIERS:
            return w
    return None


def at_the_edge(doc, m) -> bool:
    """"on the Togolese side", "at the Indian border": a neighbour's edge as the place reached."""
    return m.label == "DEMONYM" and _noun_after(lower_words(doc), m) in EDGE_NOUNS


# "put on a bus", "loaded onto a minibus", "put across the border": a putting that can only
# carry people over land reads as a land verb
ROAD_PUTTING = re.compile(r"^(?:put|puts|putting|loaded|loading)\b.*\b(?:bus|buses|minibus|"
                          r"minibuses|coach|coaches|trucks?|lorry|lorries|vans?|border)$")
# "transporting them across the border into Togo", "moved over the border to Togo": any movement
# over a land border, read after the verb (an optional object of at most three words)
OVER_THE_BORDER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:across|over)\s+(?:the|a)\s+"
                             r"(?:[\w-]+\s+)?border\s+(?:into|to)\s", re.IGNORECASE)


def move_words(move) -> str:
    """The movement's words without an object inside them: "handed him over" → "handed over"."""
    text = move.text.lower()
    if ROAD_PUTTING.match(text):
        return "bused"
    if text.endswith(" over") and text.count(" ") > 1:
        return text.split(" ", 1)[0] + " over"
    return text


def overland(doc, m, move) -> bool:
    """Whether the movement takes people over a land border to the state ``m`` names by its
    demonym: to its border or side, or into the hands of its agents."""
    if m.label in ("NAME", "CAPITAL") and over_the_border(doc, move):
        return True
    if move_words(move) not in OVERLAND_VERBS:
        return False
    if m.label in ("NAME", "CAPITAL"):
        # "driven to neighbouring Togo", "bused across the border into Burkina Faso", "driven
        # to Lomé": a land verb reaching a state named by name or by its capital
        return move_words(move) in LAND_VERBS
    return m.label == "DEMONYM" and _noun_after(lower_words(doc), m) in EDGE_NOUNS | AGENT_NOUNS


def over_the_border(doc, move) -> bool:
    """"transporting them across the border into Togo": the movement crosses a land border."""
    text = text_of(doc)
    end = move.end_char
    return "border" in text[end:end + 40] and bool(OVER_THE_BORDER.match(text, end, end + 60))


AGENT_REACH = 12  # tokens after a passive verb in which "by the X authorities" is looked for


def passive_agent(doc, view, move, destinations: set[str]) -> str | None:
    """"was flown on to Kenya by South Sudanese officials", "transferred by the Ugandan
    authorities to Nairobi": the state whose agents did the passive movement."""
    words = lower_words(doc)
    if move.start == 0 or words[move.start - 1] not in ("was", "were", "been", "be", "being",
                                                          "later", "then", "also"):
        return None
    for m in view.mentions:
        if not move.end <= m.start <= move.end + AGENT_REACH or m.iso3 in destinations:
            continue
        before = words[max(0, m.start - 2):m.start]
        if "by" in before and m.label == "DEMONYM" and _noun_after(words, m) in AGENT_NOUNS:
            return m.iso3
    return None


# "two of them", "at least one of the men", "Some were …": part of the group already received
PART_OF_THE_GROUP = re.compile(
    r"\b\w+\s+of\s+(?:them|those|these|the\s+(?:[\w-]+\s+)?(?:men|women|deportees|migrants|"
    r"group|people|detainees|returnees))\b|^\W*(?:(?:since\s+then|later|then),?\s+)?(?:some|"
    r"several|most|many|others|the\s+(?:men|women|deportees|migrants|group))\b", re.IGNORECASE)


def part_of_the_group(view) -> bool:
    return bool(PART_OF_THE_GROUP.search(view.text))


# "the man was driven to Lomé", "lawyers said the Gambian man had …", "the two men were …": a
# person of the story, named by a definite noun
PERSON_OF_THE_STORY = re.compile(
    r"(?:^\W*[Tt]|\bsaid\s+t|\bsays?\s+t|\bthat\s+t)he\s+(?:(?:two|three|four|five|first|"
    r"second|last|other)\s+)?(?:[A-Z][a-z]+\s+)?(?:man|woman|men|women|deportees?|migrants?|"
    r"detainees?|pair)\b(?!['’])")
DEMONYM_ALONE_AFTER = re.compile(r"\s*(?:,|(?:was|were|had|has|is|are)\b)")


def a_person_of_the_story(view) -> bool:
    """Whether the sentence is about people the story told of before: part of the group, a
    definite person ("the man"), or a person named by nationality alone ("The Gambian, who
    …, was driven …")."""
    return part_of_the_group(view) or bool(PERSON_OF_THE_STORY.search(view.text)) or \
        a_person_by_nationality(view)


def a_person_by_nationality(view) -> bool:
    """"The Gambian, who …, was driven …": the sentence opens on one person named by the
    demonym of his nationality alone (not "The Vatican has …", which is no demonym)."""
    first = view.mentions[0] if view.mentions else None
    words = view.doc[view.start:view.start + 2]
    return first is not None and first.label == "DEMONYM" and first.start == view.start + 1 \
        and not first.text.endswith("s") \
        and len(words) == 2 and words[0].lower_ == "the" and \
        bool(DEMONYM_ALONE_AFTER.match(view.text, view.char_at(first.end)))


def over_land_from_inside(doc, view, move, destinations) -> bool:
    """Whether the movement takes people over land from the state they are in: to a neighbour's
    agents or edge, or to a neighbour named by name when the people are part of the group
    received before ("Two of them were later driven to neighbouring Togo")."""
    return any(overland(doc, d, move) and (d.label not in ("NAME", "CAPITAL") or
                                           a_person_of_the_story(view))
               for d in destinations)
