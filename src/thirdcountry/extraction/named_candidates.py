"""A state named as a candidate for taking people (FACTS.md rule 3: "named as a potential
recipient" → ``approached``), read from its parts rather than listed phrase by phrase.

A naming verb (``naming_verbs``: "named", "mentioned", "cited", "identified", "listed"), then
within a few words "as", then an article at most, a hedge (``candidate_hedges``: "possible",
"potential", "likely", "prospective") and, within two words, a role (``candidate_roles``:
"partner", "host", "destination", "recipient", "candidate"):

- "Benin and Angola have been named in media reports as possible partners"
- "named in the regional press as a possible host", "US media have named Luanda as a likely
  destination", "mentioned by two officials as a potential recipient"

Near misses stay out: a naming for something else ("named in a report as a country where
prisons are overcrowded", "named a new envoy as deportations continued") or a role without a
hedge ("named as a partner in a corruption case"). The clause is gated on holding a naming
verb before any scan.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Span

from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

NAMING_VERBS = word_class("naming_verbs")
CANDIDATE_HEDGES = word_class("candidate_hedges")
CANDIDATE_ROLES = word_class("candidate_roles")
_ARTICLES = word_class("candidate_role_openers")
_AS_REACH = 8  # naming verb to "as": "named in the regional press as"
_ROLE_REACH = 2  # hedge to role: "possible host countries", "potential partner"
_BREAKS = frozenset((".", ";", ":", "(", ")"))


def may_be_named(present: Set[str]) -> bool:
    """Whether the words ``present`` (a sentence's, as a set) hold a naming verb and a hedge
    (a cheap gate)."""
    return not NAMING_VERBS.isdisjoint(present) and not CANDIDATE_HEDGES.isdisjoint(present)


def named_as_candidate(clause: Clause) -> Span | None:
    """The span from the naming verb to the role noun, or None."""
    doc = clause.doc()
    if doc is None:
        return None
    if NAMING_VERBS.isdisjoint(clause.word_set(doc)):
        return None
    words = lower_words(doc)
    for i in range(clause.start, clause.end):
        if words[i] not in NAMING_VERBS:
            continue
        found = _role_after(words, i, clause.end)
        if found is not None:
            return doc[i:found + 1]
    return None


def _role_after(words: list[str], verb: int, end: int) -> int | None:
    """The index of the role noun the naming at ``verb`` casts its object as, or None."""
    for j in range(verb + 1, min(end, verb + 1 + _AS_REACH)):
        if words[j] in _BREAKS:
            return None
        if words[j] != "as":
            continue
        k = j + 1
        while k < end and k - j <= 3 and words[k] in _ARTICLES:
            k += 1
        if k >= end or words[k] not in CANDIDATE_HEDGES:
            return None
        return next((r for r in range(k + 1, min(end, k + 1 + _ROLE_REACH))
                     if words[r] in CANDIDATE_ROLES), None)
    return None
