"""A court barring removals under a power or order that is not the deal (FACTS.md rule 3).

"ruled that the invocation was unlawful and barred removals from his district", "held that the
president had improperly invoked it, barring removals under it", "violated his earlier order,
which bars the government from sending migrants to countries other than their own": the bar is
on the power or on the judge's standing order, not on a deal, so a sentence that names neither
the receiving state nor a deal suspends none. Naming either ("halted transfers to El Salvador",
"froze the deal") leaves the stage to the other rules, and so does an order that is itself the
halt ("a court order grounded the first flight").
"""

from __future__ import annotations

from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

OTHER_POWERS = word_class("non_deal_powers")
ORDER_OWNERS = word_class("standing_order_owners")  # "his earlier order", "her order"
ORDER_WORDS = word_class("standing_order_nouns")
OWNER_REACH = 2


def bars_under_another_power(view: SentenceView) -> bool:
    """Whether the sentence names a power invoked or a judge's standing order, and no deal."""
    if view.has("ARRANGEMENT_NOUN"):
        return False
    words = lower_words(view.doc)[view.start:view.end]
    if not OTHER_POWERS.isdisjoint(words):
        return True
    return any(w in ORDER_WORDS and not ORDER_OWNERS.isdisjoint(words[max(0, i - OWNER_REACH):i])
               for i, w in enumerate(words))
