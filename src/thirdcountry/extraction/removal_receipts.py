"""An earlier removal told in a relative clause about the state that moves people on (FACTS.md
rule 4): "Ghana deported several West Africans it had received from the US to Togo" states
two removals, the US's to Ghana and Ghana's onward one to Togo."""

from __future__ import annotations

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

RECEIPT_VERBS = word_class("receipt_verbs")  # "received", "took in", "accepted"
RELATIVE_WORDS = word_class("receipt_relatives")  # "it", "which", "that"
RECEIPT_AUXILIARIES = word_class("receipt_auxiliaries")  # "had", "has", "already"
FROM_REACH = 8  # tokens from the verb to "from <state>"


def relative_receipt(view, clause_moves, sender: str) -> str | None:
    """The state a relative clause on the sender's people says they were received from ("it had
    received from the US"), or None."""
    for move in clause_moves:
        if move.text.lower() not in RECEIPT_VERBS:
            continue
        words = lower_words(move.doc)
        at = move.start - 1
        while at > view.start and words[at] in RECEIPT_AUXILIARIES:
            at -= 1
        if words[at] not in RELATIVE_WORDS:
            continue
        for m in view.mentions:
            if move.end <= m.start <= move.end + FROM_REACH and m.label != "DEMONYM" and \
                    "from" in words[max(move.end, m.start - 2):m.start] and \
                    not any(w in (".", ";") for w in words[move.end:m.start]):
                return m.iso3 if m.iso3 != sender else None
    return None
