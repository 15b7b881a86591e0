"""A power to send people is not people sent (FACTS.md rule 4: removals that happened).

"The agreement would let Washington transfer asylum seekers to Belize", "the treaty lets Britain
send back to France some people", "It lets U.S. authorities transfer people … to Paraguay": the
verb of moving is the bare infinitive of a permission, which states what the deal allows, not a
movement made. "The deal let the United States deport 14 men to Ghana" (a past permission, used)
still reports one; "allows X to send" is caught by its "to".
"""

from __future__ import annotations

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

PERMITTING = word_class("let_forms_s_ing")  # present or gerund: always a standing permission
LET_FORMS = word_class("let_forms")  # bare "let" is a permission only after a modal or "to"
MODALS = word_class("modals_and_to")
AGENT_REACH = 5  # tokens between "let" and the verb: the state or authority allowed
AGENT_STOPS = word_class("agent_stops")


def permitted_not_done(cue) -> bool:
    """Whether the movement verb is what "lets X …" permits ("would let Britain send")."""
    words = lower_words(cue.doc)
    lo = max(0, cue.start - AGENT_REACH - 1)
    for i in range(cue.start - 2, lo - 1, -1):  # at least one agent token between
        w = words[i]
        if w in PERMITTING:
            return True
        if w in LET_FORMS:
            return i > 0 and (words[i - 1] in MODALS or
                              i > 1 and words[i - 1] == "not" and words[i - 2] in MODALS)
        if w in AGENT_STOPS:
            return False
    return False
