"""A deal told only by the sender's side of it (FACTS.md rule 2).

"had been received 'in line with the understanding reached with our partners in Washington'",
"received under what it called 'a cooperation framework' with Washington", "was acting under
an understanding reached with Washington", "admitted as part of an agreement with the United
States": the receiving state's own account names the deal by its other party only. People the
document reports sent by that party went under it, when they all went to one state.
"""

from __future__ import annotations

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

DEAL_NOUNS = word_class("deal_words") | word_class("implicit_deal_words")
NOUN_REACH = 10  # "under what the ministry called a \"transit cooperation\" arrangement"
PARTNER_REACH = 6  # "understanding reached with our partners in Washington"


def deporters_with_an_implicit_deal(ctx: DocumentContext) -> set[str]:
    """Senders named as the other party of a deal something was done under ("under", "in line
    with", "as part of" … a deal … "with" the sender). The caller keeps only senders whose
    people all went to one state."""
    senders = deporting_states()
    found: set[str] = set()
    words = lower_words(ctx.doc)
    for view in ctx.views:
        if not view.mentions or not view.has("DEAL_REFERENCE"):
            continue
        for ref in view.cue_values("DEAL_REFERENCE"):
            after = words[ref.end:min(view.end, ref.end + NOUN_REACH)]
            noun = next((i for i, w in enumerate(after) if w in DEAL_NOUNS), None)
            if noun is None:
                continue
            at = ref.end + noun + 1
            tail = words[at:min(view.end, at + PARTNER_REACH)]
            if "with" not in tail:
                continue
            with_at = at + tail.index("with")
            found.update(m.iso3 for m in view.mentions if m.iso3 in senders and
                         0 < m.start - with_at <= PARTNER_REACH)
    return found
