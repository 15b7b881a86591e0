"""A request the receiving state is weighing: "Togo was seriously considering an offer",
"Grenada is still weighing a request", "Sierra Leone said it was mulling a proposal from
Washington".

The request noun is the object of a verb of deliberating whose subject is the receiving state,
so the state named before it is the one asked (FACTS.md rule 3: asked → ``approached``). The
noun must stand for the deporting state's request: told bare (the story has said what it is
about), or followed by "from"/"by" the sender or by an infinitive of taking people; "an offer
from a Chinese firm to build a port" is something else.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

WEIGHING = word_class("weighing_verbs")
REQUEST_NOUNS = word_class("request_nouns")
FILLER = word_class("request_object_filler")
BARE_ENDS = word_class("bare_ends")
TAKING = word_class("admitting_verbs")
REACH = 5
PEOPLE_REACH = 5
PEOPLE = word_class("people_and_site_words")


def weighs_a_request(cue: Span, clause_start: int, clause_end: int, mentions: list,
                     deporter: str | None) -> bool:
    """True when ``cue`` (a request noun) is the object of a verb of weighing, a state other
    than the sender is named before the verb, and the request is the sender's."""
    words = lower_words(cue.doc)
    if cue.text.lower() not in REQUEST_NOUNS:
        return False
    verb = None
    for i in range(cue.start - 1, max(clause_start, cue.start - REACH) - 1, -1):
        if words[i] in WEIGHING:
            verb = i
            break
        if words[i] not in FILLER:
            return False
    if verb is None or not any(m.end <= verb and m.iso3 != deporter for m in mentions):
        return False
    following = words[cue.end:min(clause_end, cue.end + 3)]
    if not following or following[0] in BARE_ENDS - {"from", "by", "to"}:
        return True
    if following[0] in ("from", "by"):
        return any(m.iso3 == deporter and 0 <= m.start - cue.end <= 3 for m in mentions)
    people = words[cue.end + 2:min(clause_end, cue.end + 2 + PEOPLE_REACH)]
    return following[0] == "to" and len(following) > 1 and following[1] in TAKING and \
        any(w in PEOPLE for w in people)
