"""People sent to the state of their own nationality are no removal (FACTS.md rule 4).

Catches the forms the clause roles miss: a demonym of a place or thing beside the people
("Venezuelans freed from Salvadoran mega-prison land in Caracas", "Honduran airports … flights
carrying Venezuelans … to Caracas"), and "its own nationals" set off from the verb by an
adverbial ("Mexico has continued receiving, by the northern border, thousands of its own
nationals").
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentences import lower_words, token_words
from thirdcountry.extraction.words import word_class

PERSON_WORDS = word_class("person_words")
COORDINATED_DEMONYMS_REACH = 8  # tokens from a demonym to the noun its coordination shares
# "received 150 of its citizens": a state's own without "own" ("their citizens" may be others')
OWN_AFTER = re.compile(r"\b(?:(?:its|their)\s+own\s+(?:nationals|citizens|people)|its\s+"
                       r"(?:nationals|citizens))\b", re.IGNORECASE)
# "6,180 foreign nationals …, on top of more than 100,000 Mexican citizens": others named
# beside the state's own
OTHERS = re.compile(r"\b(?:non-?\s*\w+|other\s+(?:nationalities|countries)|foreigners|"
                    r"foreign\s+(?:nationals|citizens|deportees|migrants|detainees|prisoners)|"
                    r"third[- ]country|(?:not|none\s+of\s+them)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:nationals|citizens))\b", re.IGNORECASE)


def _people_demonym(doc, m) -> bool:
    """"Venezuelans", "Cuban men": a demonym naming people, not "Salvadoran mega-prison"."""
    word = token_words(doc)[m.start]
    if word.endswith("s") and word[:1].isupper():
        return True
    # "Venezuelan and Salvadoran migrants": coordinated demonyms share the noun after the last
    words, lower = token_words(doc), lower_words(doc)
    for at in range(m.end, min(m.end + COORDINATED_DEMONYMS_REACH, len(words))):
        if lower[at] not in (",", "and", "or") and not words[at][:1].isupper():
            return lower[at] in PERSON_WORDS
    return False


NATIONALS_OF = word_class("nationals_of")  # "citizens of", "nationals of"


def national_of(words: list[str], m) -> bool:
    """"one individual, a national of the United Mexican States, was handed over …": the
    person's state named after "national of" or "citizens of"."""
    lead = words[m.start - 2:m.start - 1] if m.start >= 2 else []
    if words[m.start - 1:m.start] == ["of"] and lead and lead[0].rstrip("s") + "s" in NATIONALS_OF:
        return True
    # "a national of the United Mexican States"
    return m.start >= 3 and words[m.start - 2:m.start] == ["of", "the"] and \
        words[m.start - 3].rstrip("s") + "s" in NATIONALS_OF


def only_own_nationals(view, clause, move, dest_iso3: str) -> bool:
    """Whether the clause's people are all of the state they are moved to."""
    doc = view.doc
    text = view.text
    if OTHERS.search(text):
        return False
    lo = view.char_at(clause.start)
    hi = doc[clause.end - 1].idx + len(doc[clause.end - 1]) - view.start_char
    if _others_of_their_kind(view) == {dest_iso3}:
        return True  # "flown to Caracas, along with other Venezuelans": all of them went home
    if _referred_back_to(view, clause, move) == {dest_iso3}:
        # "the 252 Venezuelans held at CECOT …, when El Salvador sent them to Caracas as part
        # of an exchange that freed a group of Americans": "them" are the people named before,
        # whoever else the clause names after them
        return True
    people = {m.iso3 for m in view.mentions
              if m.label == "DEMONYM" and clause.start <= m.start < clause.end and
              _people_demonym(doc, m) or
              m.label != "DEMONYM" and clause.start <= m.start and m.end <= move.start and
              national_of(lower_words(doc), m)}
    if people:
        return people == {dest_iso3}
    # "received, by the northern border, thousands of its own nationals": no other people named
    after = move.end_char - view.start_char
    return bool(OWN_AFTER.search(text, max(lo, after), hi))


# "All of them were flown to Caracas, along with other Venezuelans who had been held at CECOT":
# people moved with "other" people of a nationality are of that nationality too
WITH_OTHER = re.compile(r"\b(?:along\s+with|together\s+with|and|among)\s+(?:the\s+)?(?:many\s+)?"
                        r"other\s+$", re.IGNORECASE)
WITH_OTHER_REACH = 30  # characters before the demonym in which "along with other" is looked for


def _others_of_their_kind(view) -> set[str]:
    """The states of the people the sentence names as "other <demonym>s" that the group went
    with ("along with other Venezuelans"): the group's own nationality."""
    return {m.iso3 for m in view.mentions if m.label == "DEMONYM" and
            _people_demonym(view.doc, m) and WITH_OTHER.search(
                view.text, max(0, view.char_at(m.start) - WITH_OTHER_REACH),
                view.char_at(m.start))}


GROUP_BACK_REFERENCES = word_class("group_back_references")
SUBJECT_FILLERS = word_class("be_and_get_auxiliaries") | {
    "had", "has", "have", "the", "all", "and", "but", "later", "then", "since"}


def _referred_back_to(view, clause, move) -> set[str]:
    """The people an earlier clause of the sentence names by demonym, when this clause moves
    them by a back reference: "A flight carrying 170 Venezuelans home was turned back …; the
    passengers were flown to Caracas", "detained 64 Georgian nationals …, and they were
    deported to Georgia", "… 50 Hondurans; the United States flew them to Tegucigalpa"."""
    doc = view.doc
    words = lower_words(doc)
    subject = [w for w in words[clause.start:move.start]
               if w not in SUBJECT_FILLERS and w[:1].isalpha()]
    moves_them = words[move.end:move.end + 1] == ["them"]
    # "…, and all had been received at Paro": "all" alone stands for the group named before
    all_of_them = not subject and "all" in words[clause.start:move.start]
    if not (len(subject) == 1 and subject[0] in GROUP_BACK_REFERENCES or moves_them or
            all_of_them):
        return set()
    # "them" points back to people named anywhere before the verb ("The 40 Hondurans held in
    # Panama were released in May, when Panama flew them to Tegucigalpa")
    before = move.start if moves_them else clause.start
    return {m.iso3 for m in view.mentions if m.label == "DEMONYM" and m.start < before
            and _people_demonym(doc, m)}
