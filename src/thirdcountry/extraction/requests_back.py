"""Requests told by reference back (FACTS.md rule 3, "asked", "approached" → approached).

Mid-story, a reporter tells the request with an object that refers to what the story is
about rather than naming the deal or the state asked:

- active: "U.S. officials raised it during that visit", "Washington first broached the matter
  in May", "American diplomats floated the idea in talks in March";
- passive: "the request had been handed over by the U.S. embassy in September", "The proposal
  was put to President Whipps last month".

The state asked is then the one of the pair the story is about (the topic), and only when the
requester is a state's side (its name, or officials, diplomats, an embassy …): "lawyers raised
the matter in court" asks no state. "the idea of a legal challenge" names what is raised, so it
does not refer back. Read from parts (a verb, then a referring object; a request noun, a passive
auxiliary, then a verb of delivering) and gated on the verb, so a clause without one costs one
set lookup.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

LABEL = "APPROACH_BACK"
RAISING = word_class("raising_verbs")
REFERRING_HEADS = word_class("referring_heads")
DETERMINERS = word_class("determiners_with_such")
# What follows a noun that says what is raised, so it refers to nothing before: "the idea of
# a legal challenge", "the issue that ...", "the matter to the court".
NAMING_AFTER = word_class("naming_after")
REQUEST_NOUNS = word_class("request_nouns_singular")
PASSIVE = word_class("passive_auxiliaries_and_adverbs")
DELIVERING = word_class("delivering_verbs")
STATE_SIDE = word_class("state_side")
SUBJECT_REACH = 6


def may_ask_back(present: Set[str]) -> bool:
    """Whether the words ``present`` (a sentence's or a clause's, as a set) hold a verb the
    readings need (a cheap gate)."""
    return not RAISING.isdisjoint(present) or \
        not REQUEST_NOUNS.isdisjoint(present) and not DELIVERING.isdisjoint(present)


def request_told_back(doc: Doc, start: int, end: int, mentions,
                      deporter: str | None) -> Span | None:
    """The words of a request told by reference back in tokens ``start:end``, or None; the
    caller first tests the words with ``may_ask_back``."""
    words = lower_words(doc)
    return _active(doc, words, start, end, mentions, deporter) or \
        _passive(doc, words, start, end, mentions, deporter)


def _requester_before(words: list[str], start: int, at: int, mentions, deporter) -> bool:
    if any(m.iso3 == deporter and start <= m.start and m.end <= at for m in mentions):
        return True
    return bool(STATE_SIDE & set(words[max(start, at - SUBJECT_REACH):at]))


def _active(doc: Doc, words: list[str], start: int, end: int, mentions, deporter) -> Span | None:
    for i in range(start, end - 1):
        if words[i] not in RAISING:
            continue
        j = i + 1
        if words[j] == "it":
            obj_end = j + 1
        elif words[j] in DETERMINERS and j + 1 < end and words[j + 1] in REFERRING_HEADS:
            obj_end = j + 2
        else:
            continue
        if obj_end < len(words) and words[obj_end] in NAMING_AFTER:
            continue
        if words[j] == "it" and obj_end < len(words) and words[obj_end] in ("up", "out", "off"):
            continue
        if _requester_before(words, start, i, mentions, deporter):
            return Span(doc, i, obj_end, label=LABEL)
    return None


def _passive(doc: Doc, words: list[str], start: int, end: int, mentions, deporter) -> Span | None:
    for i in range(start + 1, end - 2):
        if words[i] not in REQUEST_NOUNS or words[i - 1] not in DETERMINERS - {"a"}:
            continue
        if i + 1 < len(words) and words[i + 1] in NAMING_AFTER:
            continue
        j = _after_an_aside(words, i + 1, end)
        verb_start = j
        while j < end and words[j] in PASSIVE:
            j += 1
        if j == verb_start or j >= end or words[j] not in DELIVERING:
            continue
        if _party_after(words, j + 1, end, mentions, deporter):
            return Span(doc, i - 1, j + 1, label=LABEL)
    return None


PARTY_REACH = 5
ASIDE_REACH = 16


def _after_an_aside(words: list[str], at: int, end: int) -> int:
    """"The request, according to a cable seen by the Journal, was put to …": past an aside
    set off by commas after the noun."""
    if words[at:at + 1] != [","]:
        return at
    for k in range(at + 1, min(end, at + ASIDE_REACH)):
        if words[k] == ",":
            return k + 1
    return at


def _party_after(words: list[str], at: int, end: int, mentions, deporter) -> bool:
    """"… handed over by the U.S. embassy", "… put to President Whipps", "… put to the
    delegations of Liberia": the requester after "by", or the state asked after "to"."""
    if words[at:at + 1] == ["over"]:
        at += 1
    if words[at:at + 1] not in (["by"], ["to"]):
        return False
    stop = min(end, at + 1 + PARTY_REACH)
    wanted_by = words[at] == "by"
    if any(at < m.start < stop and (m.iso3 == deporter) == wanted_by for m in mentions):
        return True
    return bool(STATE_SIDE & set(words[at + 1:stop]))


def asks_back(cue) -> bool:
    """Whether an approach cue refers back to the deal the story is about: one read above, a
    stage cue ending in "the idea" with nothing after it saying which idea, or a stage verb
    whose object refers back ("broached the matter in May")."""
    if cue.label_ == LABEL:
        return True
    words = lower_words(cue.doc)
    text = cue.text.lower()
    if text.endswith(("the idea", "the possibility")):
        return cue.end >= len(words) or words[cue.end] not in NAMING_AFTER
    after = words[cue.end:cue.end + 3]
    if after[:1] == ["it"]:
        return after[1:2] not in (["up"], ["out"], ["off"])
    return len(after) >= 2 and after[0] in DETERMINERS and after[1] in REFERRING_HEADS and \
        after[2:3] != [] and after[2] not in NAMING_AFTER


def addressees(span: Span, mentions, deporter: str | None) -> list:
    """The states a passive request was put to: "… put to President Whipps", "… put to the
    delegations of Liberia and Senegal"."""
    words = lower_words(span.doc)
    at = span.end + (words[span.end:span.end + 1] == ["over"])
    if words[at:at + 1] != ["to"]:
        return []
    found = [m for m in mentions if at < m.start and m.iso3 != deporter]
    if not found or found[0].start - at > PARTY_REACH:
        return []
    listed = [found[0]]
    for m in found[1:]:
        if not all(w in (",", "and", "or", "the") for w in words[listed[-1].end:m.start]):
            break
        listed.append(m)
    return listed
