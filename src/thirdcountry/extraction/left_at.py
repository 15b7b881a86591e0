"""Where people were left at the end of a movement (FACTS.md rule 4).

A removal over land often ends with a verb of leaving, not of arriving: "driven across the
frontier at Aflao and left in Lomé", "taken over the border and dumped in Togo", "bused to the
frontier and left stranded in Togo", "abandoned in the desert near Niger". The place after
"in"/"at"/"on" that follows such a verb is where a movement before it in the clause took the
people, as "to" would be.

Only a leaving verb that is a participle of the same passive chain counts ("were driven … and
left in"): "the lawyers left in Lomé a petition" has no movement of people before it, and a
movement still to come is dropped as planned before the destination is read.
"""

from __future__ import annotations

from thirdcountry.extraction.words import word_class

# verbs of leaving people at a place, as the last step of a movement
LEFT_VERBS = word_class("left_verbs")
# words that may stand between the leaving verb and the preposition: "left stranded in",
# "dropped off in", "left behind at", "abandoned there in"
LEFT_FILLERS = word_class("left_fillers")
LEFT_PREPOSITIONS = word_class("left_prepositions")
LEFT_REACH = 5  # words between the leaving verb and the place's preposition
DROPPED = "dropped"  # "dropped off in Lomé", not "dropped in" (a visit)


def left_there(words: list[str], place_start: int, move_start: int) -> bool:
    """Whether the place starting at token ``place_start`` is where a verb of leaving put the
    people ("… and left in Lomé"), with that verb after the movement starting at ``move_start``
    or the movement itself ("were dropped off in Lomé")."""
    at = place_start - 1
    while at > move_start and words[at] in ("the", "a", "northern", "southern", "eastern",
                                            "western", "neighbouring", "neighboring"):
        at -= 1
    if at <= move_start or words[at] not in LEFT_PREPOSITIONS:
        return False
    for back in range(at - 1, max(move_start - 1, at - 1 - LEFT_REACH), -1):
        word = words[back]
        if word in LEFT_VERBS or (word == DROPPED and words[back + 1] == "off"):
            return True
        if word not in LEFT_FILLERS:
            return False
    return False


# "offloaded 299 migrants … in Panama": a verb of leaving that itself moves its object
DROPPING_VERBS = word_class("dropping_verbs")
DROPPED_OBJECT_REACH = 12  # words from the verb to the place's preposition, past the people


def dropped_there(words: list[str], place_start: int, move_start: int) -> bool:
    """Whether the place starting at ``place_start`` is where a verb of dropping people, the
    movement itself, left its object ("The Trump administration offloaded 299 migrants from
    Asia and Africa in Panama", "offloaded 119 migrants at an airport in Panama"): a place after
    "in"/"at" close after the verb, with no "to" (a destination of its own) or clause break
    before it."""
    if words[move_start] not in DROPPING_VERBS:
        return False
    at = place_start - 1
    while at > move_start and words[at] == "the":
        at -= 1
    if at <= move_start or at - move_start > DROPPED_OBJECT_REACH or \
            words[at] not in LEFT_PREPOSITIONS:
        return False
    return not any(w in ("to", "into", ";", ".", ",") for w in words[move_start + 1:at])


def dropped_by_no_one(move) -> bool:
    """"eight men were dumped in Juba", "Deportees from US 'dumped' in Togo": a verb of dropping
    with its place right after it names neither the people's object nor an agent; it tells how
    a movement told elsewhere ended (``left_there``), and is no movement of its own ("offloaded
    299 migrants in Panama", "were offloaded by the United States in Costa Rica" are)."""
    if move.text.lower() not in DROPPING_VERBS:
        return False
    following = next((t for t in move.doc[move.end:move.end + 2] if not t.is_quote), None)
    return following is None or following.is_punct or following.lower_ in LEFT_PREPOSITIONS
