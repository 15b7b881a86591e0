"""Word classes and small readings the removal modules share (FACTS.md rule 4).

Who counts as people ("deportees", "migrants") and what does not ("funding", "aid"), verbs of
receiving and arriving, passive and perfect verb forms, demonyms in the plural, and "the group"
a story speaks of ("The men", "The deportees"): the movement, destination, sender, count and
nationality readings of ``removals.py`` all ask these, so they live below all of them.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from thirdcountry.extraction.move_verbs import takes_a_group
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

PEOPLE_HEADS = word_class("people_heads")
# Nouns a participle can describe: "migrants deported from the US" (not "were deported").
PEOPLE_NOUNS = word_class("people_nouns")
NON_PEOPLE_HEADS = word_class("non_people_heads")
ARRIVAL_VERBS = word_class("arrival_verbs")
RECEIVE_VERBS = word_class("receive_verbs")


RECEIVING_NOUNS = word_class("acceptance_nouns")


def receiving(move) -> bool:
    """A verb whose subject is the state that took the people in ("received", "took 200
    deportees"), or a noun whose possessor is ("Eswatini's acceptance of five deportees")."""
    return move.text.lower() in RECEIVE_VERBS or move.text.lower() in RECEIVING_NOUNS or \
        takes_a_group(move)


NUMBER_WORDS = json.loads(resources.files("thirdcountry.extraction").joinpath(
    "data", "numbers.json").read_text("utf-8"))
# A sentence about the group just reported removed: "The men, who are nationals of …", "The
# eight — from Jamaica, …", "Its first seven arrived …", "Most were from Afghanistan …", "They
# include …".
GROUP_WORDS = word_class("group_words")
GROUP_OPENING = re.compile(
    r"\W*(?:(?:the|its|their)\s+(?:(?:first|last|latest|remaining|other)\s+)?(?:\d+|" +
    "|".join([*NUMBER_WORDS["units"], *NUMBER_WORDS["tens"]]) +
    r")|most|many|all|some|nearly\s+all|almost\s+all)\b", re.IGNORECASE)


SOURCED_THINGS = word_class("sourced_things")  # "accounts", "figures", "the request"
THING_SHARE_REACH = 6  # words at the start of a sentence in which a share of things is looked for


def about_the_group(view: SentenceView) -> bool:
    """Whether the sentence speaks of the group just reported removed ("The men …", "Most
    were …")."""
    if GROUP_OPENING.match(view.text):
        # "Some of the starkest accounts come from …": a share of things, not of the people
        return not any(w in SOURCED_THINGS for w in
                       lower_words(view.doc)[view.start:view.start + THING_SHARE_REACH])
    opening = view.text.lower()[:60]
    return any(w in opening for w in GROUP_WORDS)


# Words that may stand between a state and its verb: "Algeria has for years expelled …".
SUBJECT_GAP = word_class("subject_gap")
PASSIVE_AUXILIARIES = word_class("be_and_get_auxiliaries")


def received_passive(move) -> bool:
    """"have been received", "were accepted": people taken in by a state, told like an arrival."""
    return move.text.lower() in RECEIVE_VERBS and is_passive(move)


def is_passive(move) -> bool:
    """"were returned", "have been moved": someone moved the people (not "they moved on")."""
    words = lower_words(move.doc)[max(0, move.start - 2):move.start]
    return any(w in PASSIVE_AUXILIARIES for w in words)


# What a demonym adjective may describe when it names the people: "a Jamaican national".
PERSON_WORDS = PEOPLE_NOUNS | {"man", "woman", "person", "national", "citizen", "citizens",
                               "migrant", "asylum", "refugee", "deportee", "detainee", "child",
                               "boy", "girl", "family", "prisoner", "nationality", "origin"} | \
    word_class("person_roles")  # "the Ghanaian activist", "a Cuban father of three"

# What a state may receive or send that is not people: "received funding", "sent a delegation",
# "has received consistent accounts that …", "received an informal consultation".
THINGS = NON_PEOPLE_HEADS | {"funding", "funds", "money", "aid", "support", "payment",
                             "payments", "assistance", "equipment", "delegation", "letter",
                             "criticism", "pressure", "request", "application", "offer",
                             "proposal", "assurances", "guarantees", "troops", "officials",
                             "due", "process", "notice", "information", "complaints", "reports",
                             "approval", "permission", "training", "treatment", "care"} | \
    word_class("received_accounts") | word_class("received_messages")
THINGS_REACH = 6  # tokens after the verb in which its object is looked for

# "migrants deported from the US", "individuals received under the memorandum will …"
DESCRIBING_PARTICIPLES = word_class("describing_participles")

# "The Kosovar government", "Uzbek officials": a demonym standing for the state that speaks
AUTHORITY_WORDS = word_class("authority_words")


def perfect(cue) -> bool:
    """"have been flown", "may have received": a movement already made (perhaps hedged)."""
    return any(w in ("have", "has", "had") for w in lower_words(cue.doc)[max(0, cue.start - 3):
                                                                         cue.start])


def counts_people(count) -> bool:
    """A number of anything ("accepted 30 migrants"), or a vague amount of people ("thousands of
    non-Mexicans", "a small number of people"): a vague amount of something else is no group
    taken in ("accepted hundreds of applications")."""
    if count.value:
        return True
    head = count.head or ""
    return head in PEOPLE_NOUNS or head.startswith("non-") or head.endswith(("ans", "ese"))


def plural_demonym(word: str) -> bool:
    """"Africans", "Hondurans", "Congolese": people named by where they come from."""
    return word[:1].isupper() and word.lower().endswith(("ans", "ese"))


DEPORTATION_VEHICLES = word_class("deportation_vehicles")
HELD_MOVES = word_class("held_moves")
