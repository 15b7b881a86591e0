"""Questions and requests put by people who are no state (FACTS.md rule 3: a state "asked" or
"approached" by another state is ``approached``).

Members of parliament, reporters, opposition parties, unions and campaigners ask and press
governments all the time: "Several MPs pressed him on what Eswatini stood to gain", "Asked by
reporters whether Uganda would take more people", "Opposition groups have asked why the
kingdom should house foreign convicts". The asker is read from its parts: a non-state asker
noun in the subject just before the verb (no comma or clause break between), or after "by"
when the verb is passive. A state's officials ("U.S. officials pressed Juba") are not in the
class, so a request between states stays an approach.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

NON_STATE_ASKERS = word_class("non_state_askers")
SUBJECT_REACH = 6  # tokens before the verb that may hold its subject
AGENT_REACH = 4  # tokens after "by" that may hold the agent
SUBJECT_BREAKS = word_class("asker_subject_breaks")


def asked_by_non_state(cue: Span) -> bool:
    """Whether the asking or pressing verb of ``cue`` has a non-state asker."""
    words = lower_words(cue.doc)
    for i in range(cue.start - 1, max(-1, cue.start - SUBJECT_REACH - 1), -1):
        if words[i] in SUBJECT_BREAKS:
            break
        if words[i] in NON_STATE_ASKERS:
            return True
    by = cue.end
    if by < len(words) and words[by] == "by":
        agent = words[by + 1:by + 1 + AGENT_REACH]
        return bool(NON_STATE_ASKERS & set(agent))
    return False
