"""A group named by its nationality just before, then moved to that state, went home.

"More than 8,000 Syrians had left Cyprus … Most flew to Damascus", "South Sudan has sent home
a Mexican man … The man was put on a flight to Mexico City", "… flew 238 Venezuelans to El
Salvador. Those men … before El Salvador sent them back to Caracas": the sentence refers back
to people ("the man", "those men", "most", "them") whom the sentence before names by one
nationality only, and moves them to that nationality's state: no removal (FACTS.md rule 4).
"""

from __future__ import annotations

import re

from thirdcountry.extraction.onward import a_person_of_the_story
from thirdcountry.extraction.own_nationals import OTHERS
from thirdcountry.extraction.removal_words import (
    NON_PEOPLE_HEADS,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    about_the_group,
    plural_demonym,
)
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

# "Those men spent …", "These deportees …": a demonstrative naming people told of before
THOSE_PEOPLE = re.compile(r"^\W*(?:those|these)\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(sorted(PEOPLE_NOUNS - {"others", "those"})) + r")\b",
                          re.IGNORECASE)


def _refers_back(view, move) -> bool:
    """Whether the sentence speaks of people told of before, or the verb moves "them"/"him"."""
    if about_the_group(view) or a_person_of_the_story(view) or THOSE_PEOPLE.match(view.text):
        return True
    after = lower_words(view.doc)[move.end:move.end + 1]
    return after in (["them"], ["him"], ["her"])


def _people_nationalities(view) -> set[str]:
    """The states of the people the sentence names by a demonym ("Syrians", "a Mexican man"),
    by where they are from ("22 men from Kyrgyzstan") or whose citizens they are ("Fourteen
    citizens of Kyrgyzstan and Tajikistan")."""
    words = lower_words(view.doc)
    return {m.iso3 for m in view.mentions if m.label == "DEMONYM" and (
        plural_demonym(m.text) or words[m.end:m.end + 1] and words[m.end] in PERSON_WORDS)
        or m.label != "DEMONYM" and m.start >= 2 and words[m.start - 1] == "from" and (
            words[m.start - 2] in PERSON_WORDS or view.doc[m.start - 2].like_num)
        or m.label != "DEMONYM" and _citizens_of(words, view.mentions, m)}


NATIONALS_OF = word_class("nationals_of")  # "citizens of", "nationals of"


def _citizens_of(words: list[str], mentions: list, m) -> bool:
    """"citizens of Kyrgyzstan and Tajikistan": a state, or a list of them, after "citizens
    of"."""
    first = m
    for other in reversed([o for o in mentions if o.end <= m.start]):
        if words[other.end:first.start] in ([","], ["and"], ["or"], [",", "and"]):
            first = other
        else:
            break
    return first.start >= 2 and words[first.start - 1] == "of" and \
        words[first.start - 2] in NATIONALS_OF


NAMED_GROUP_LOOKBACK = 2  # sentences before in which the group's nationality is looked for


def named_group_went_home(ctx, index: int, view, move, dest) -> bool:
    """Whether the people moved are a group the sentence before names as the destination's own
    nationals, referred back to here ("… left Leipzig with 47 Afghan men on board. According to
    the ministry, every one of them had been convicted … It landed in Kabul, and the men were
    handed to Taliban officials": the last sentence before that names people's states)."""
    if index == 0 or not _refers_back(view, move):
        return False
    # the people named in this sentence before the verb say who moved instead
    if OTHERS.search(view.text) or any(m.label == "DEMONYM" and m.end <= move.start
                                       for m in view.mentions):
        return False
    for back, previous in enumerate(reversed(ctx.views[max(0, index - NAMED_GROUP_LOOKBACK):
                                                       index])):
        # "200 non-Costa Rican migrants", "foreigners": people said to be of other states
        if OTHERS.search(previous.text):
            return False
        named = _people_nationalities(previous)
        if named and (back == 0 or _counted_demonym(ctx, previous)):
            # "Fourteen citizens of Kyrgyzstan and Tajikistan … were flown on to Bishkek and
            # Dushanbe": each taken to a state of the group's, all of them named here
            return named == {dest.iso3} or dest.iso3 in named and named <= {
                m.iso3 for m in view.mentions if m.start > move.start and
                m.label in ("NAME", "CAPITAL")}
    return False


def _counted_demonym(ctx, view) -> bool:
    """Whether the sentence counts a group by its demonym ("with 47 Afghan men on board"): the
    group a later sentence's "the men" can still point back to."""
    return any(c.value and any(m.label == "DEMONYM" and
                               0 <= view.char_at(m.start) - c.end <= 1 for m in view.mentions)
               for c in ctx.counts_in(view))


# "Germany flies 64 rejected asylum seekers back to Georgia / … deported 64 Georgian citizens …
# to Tbilisi": the same count names the group elsewhere as the destination's own nationals.
SAME_GROUP_REACH = 2  # sentences before or after in which the same count is looked for
OWN_DEMONYM_REACH = 30  # characters after that count in which the people's demonym is looked for


def counted_group_went_home(ctx, index: int, view, dest) -> bool:
    """Whether a count of this sentence (two or more people) is given in a neighbouring sentence
    to a group named by the destination's demonym: the same people, going home."""
    # "the two governments" counts no people
    values = {c.value for c in ctx.counts_in(view) if c.value is not None and c.value > 1
              and (c.head or "").lower() not in NON_PEOPLE_HEADS}
    if not values:
        return False
    for other in ctx.views[max(0, index - SAME_GROUP_REACH):index + SAME_GROUP_REACH + 1]:
        if other is view or OTHERS.search(other.text):
            continue
        demonyms = [other.char_at(m.start) for m in other.mentions
                    if m.label == "DEMONYM" and m.iso3 == dest.iso3]
        if demonyms and any(c.value in values and not PART_OF.search(other.text, 0, c.start)
                            and any(c.end <= at <= c.end + OWN_DEMONYM_REACH and
                                    IN_THE_PHRASE.fullmatch(other.text, c.end, at)
                                    for at in demonyms)
                            for c in ctx.counts_in(other)):
            return True
    return False


# "only one of the eight is South Sudanese": a part of the group, not the group
PART_OF = re.compile(r"of\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)
# "64 Georgian citizens", "64 rejected Georgian": modifiers of the count's noun, no verb or comma;
# "101 deportees, nine of them Haitian", "nine of whom were Haitian": the share's nationality
IN_THE_PHRASE = re.compile(r"(?:\s+(?!(?:is|was|are|were|be|been|and|or|of|from)\b)[\w-]+)*\s+|"
                           r"\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?", re.IGNORECASE)


# "All of those expelled were Haitian nationals", "They were all Hondurans", "All were
# Venezuelan citizens": the sentence after a removal names the whole group by one nationality
ALL_OF_THEM_WERE = re.compile(
    r"\W*(?:all\s+of\s+(?:them|those(?:\s+[\w-]+)?|the\s+[\w-]+)|all(?:\s+[\w-]+)?|they|"
    r"every\s+one\s+of\s+them)\s+(?:were|are)\s+(?:all\s+)?$", re.IGNORECASE)


def whole_group_named_after(ctx, index: int, dest) -> bool:
    """Whether the next sentence names all of the people just moved as the destination's own
    nationals ("The Dominican Republic deported 31,400 people to Haiti in October … All of those
    expelled were Haitian nationals"): they went home (FACTS.md rule 4)."""
    if index + 1 >= len(ctx.views):
        return False
    after = ctx.views[index + 1]
    if OTHERS.search(after.text):
        return False
    demonyms = [m for m in after.mentions if m.label == "DEMONYM"]
    return len({m.iso3 for m in demonyms}) == 1 and demonyms[0].iso3 == dest.iso3 and \
        ALL_OF_THEM_WERE.fullmatch(after.text, 0, after.char_at(demonyms[0].start)) is not None
