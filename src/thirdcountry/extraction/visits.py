"""An official visit to a state to ask or discuss (FACTS.md rule 3: "asked", "approached",
"contacted" → ``approached``), read from its parts.

Officials, a delegation or a minister (``visiting_agents``) just before a verb of going
(``visit_verbs``: "travelled", "flew", "went", "visited"), then within a few words "to" and a
verb of asking or raising (``visit_purposes``: "ask", "discuss", "propose", "explore"):

- "An Austrian delegation travelled to Kampala in June to ask whether Uganda would host …"
- "Home Office officials visited Pristina in December to discuss the idea"
- "Dutch ministers went to Kampala to propose a centre"

Near misses stay out: people going by themselves ("migrants travelled to Libya to seek work"
has no official visitor) and a visit for something else ("visited Pristina to attend a
conference"). The officials' going is a visit, not a move of people (``is_visit``).
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span

from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

VISIT_VERBS = word_class("visit_verbs")
VISIT_PURPOSES = word_class("visit_purposes")
VISITORS = word_class("visiting_agents")
_VISITOR_REACH = 4  # "officials had travelled", "delegation, who travelled"
_PURPOSE_REACH = 10  # "travelled to Kampala in June to ask"
_BREAKS = frozenset((".", ";", ":"))


def may_visit(present: Set[str]) -> bool:
    """Whether the words ``present`` (a sentence's, as a set) hold a visitor, a verb of going
    and a purpose (a cheap gate)."""
    return not VISIT_VERBS.isdisjoint(present) and not VISITORS.isdisjoint(present) and \
        not VISIT_PURPOSES.isdisjoint(present)


def is_visit(doc: Doc, verb_start: int) -> bool:
    """Whether the verb of going at ``verb_start`` has officials for its subject."""
    words = lower_words(doc)
    return not VISITORS.isdisjoint(words[max(0, verb_start - _VISITOR_REACH):verb_start])


def visit_to_ask(clause: Clause) -> Span | None:
    """The span from the verb of going to the purpose verb, or None."""
    doc = clause.doc()
    if doc is None:
        return None
    if VISIT_VERBS.isdisjoint(clause.word_set(doc)):
        return None
    words = lower_words(doc)
    for i in range(clause.start, clause.end):
        if words[i] not in VISIT_VERBS or not is_visit(doc, i):
            continue
        for j in range(i + 1, min(clause.end - 1, i + _PURPOSE_REACH)):
            if words[j] in _BREAKS:
                break
            if words[j] == "to" and words[j + 1] in VISIT_PURPOSES:
                return doc[i:j + 2]
    return None
