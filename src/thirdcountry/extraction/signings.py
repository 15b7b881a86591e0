"""Signings told around the deal rather than by its parties (round 6).

"the arrangement announced by President Mahama", "Signed by Starmer and Macron, the treaty …":
the leader after "by" names the receiving state. "signed in December 2022 … Kosovo's parliament
ratified it in May 2024": a ratification of a deal the document reports signed is the same
agreement (FACTS.md rule 11), not a second one dated years later.
"""

from __future__ import annotations

from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class, word_tuple
from thirdcountry.facts.schema import Arrangement

AGENT_REACH = 4
LEADER_TITLES = word_class("leader_titles")


def leader_as_agent(clause, deporter: str | None, found) -> list[Mention]:
    """"the arrangement announced by President Mahama", "Signed by Starmer and Macron, the
    treaty …": the leader after "by" of a signing is the receiving state's voice."""
    if found.stage != "agreed":
        return []
    words = lower_words(found.cue.doc)
    by = next((i for i in range(found.cue.end, min(clause.end, found.cue.end + AGENT_REACH))
               if words[i] == "by"), None)
    if by is None:
        return []
    leaders = [m for m in clause.mentions if m.label == "GOV" and m.start > by and
               all(words[j] in LEADER_TITLES or words[j] == "and" or
                   any(o.start <= j < o.end for o in clause.mentions)
                   for j in range(by + 1, m.start))]
    return [m for m in leaders if m.iso3 != deporter][:1]


RATIFYING = word_tuple("ratifying_stems")


def _ratifies(fact: Arrangement) -> bool:
    cue = (fact.rule or "").partition(":")[2].partition("+")[0]
    return fact.stage == "agreed" and any(r in cue for r in RATIFYING)


def without_later_ratifications(facts: list[Arrangement]) -> list[Arrangement]:
    """"signed in December 2022 … Kosovo's parliament ratified it in May 2024": the vote that
    ratifies a deal the document reports signed is the same agreement, not a new one dated
    years later (rule 11); a ratification told alone stays the agreed stage."""
    signed = {(f.deporting_country, f.receiving_country) for f in facts
              if f.stage == "agreed" and not _ratifies(f)}
    # the set look-up first: most facts' pairs were not signed apart, so their rule text is
    # not read again
    return [f for f in facts if not ((f.deporting_country, f.receiving_country) in signed and
                                     _ratifies(f))]
