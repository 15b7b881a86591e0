"""Epithets: "the southern African kingdom" as a mention of the state named before it.

An epithet is "the", up to ``max_descriptor_words`` words, and a head noun ("country",
"nation", "kingdom", "island"...). Its descriptor words ("southern African", "Balkan",
"tiny") and a form head ("kingdom") give tags; it resolves to the latest NAME, DEMONYM or
CAPITAL mention before it whose regions and forms include every tag, except that a fitting
state opening that mention's sentence (its subject) wins over one later in the sentence.
An epithet without tags ("the country") or without a fitting state is not a mention.
Works on the document's words, like ``mention_rules``.
"""

from __future__ import annotations

from collections.abc import Sequence

from thirdcountry.countries.gazetteer import EpithetRules
from thirdcountry.countries.mention_rules import (
    HYPHENS,
    LIST_JOINERS,
    Mention,
    is_capitalised_word,
)

ANTECEDENT_LABELS = ("NAME", "DEMONYM", "CAPITAL")
POSSESSIVE_MARKS = ("'s", "\u2019s")


class EpithetResolver:
    """Turn head-noun positions into EPITHET mentions; see the module docstring."""

    def __init__(self, rules: EpithetRules) -> None:
        self.rules = rules
        self.longest_descriptor = max(len(words) for words in rules.descriptors)

    def resolve(self, words: list[str], heads: list[tuple[int, int]], mentions: list[Mention],
                sentence_starts: Sequence[bool] | None) -> list[Mention]:
        """Return the epithets of a document, non-overlapping and unresolved ones left out.

        Args:
            words: the text of every token of the document.
            heads: token ranges of head nouns ("nation", "city-state") found in it.
            mentions: the document's other mentions, sorted; epithets never overlap them.
            sentence_starts: per token, whether it starts a sentence; None when the document
                has no sentences, and then the latest fitting state always wins.

        Returns:
            EPITHET mentions with the ISO3 of the state each stands for.
        """
        taken = bytearray(len(words))
        for m in mentions:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        antecedents = [m for m in mentions if m.label in ANTECEDENT_LABELS]
        found = []
        for head_start, head_end in heads:
            if any(taken[head_start:head_end]) or self._names_a_place(words, head_end):
                continue
            the = self._article_before(words, head_start, taken)
            if the is None:
                continue
            head = "".join(words[head_start:head_end]).lower()
            opener = the + (words[the].lower() == "the")
            tags = self._descriptor_tags(
                [w.lower() for w in words[opener:head_start] if w not in HYPHENS])
            if head in self.rules.form_heads:
                tags.add(self.rules.form_heads[head])
            if not tags:
                continue
            iso3 = self._antecedent(words, antecedents, the, head, tags, sentence_starts)
            if iso3:
                found.append(Mention(the, head_end, "EPITHET", iso3))
        return _longest_first(found)

    @staticmethod
    def _names_a_place(words: list[str], head_end: int) -> bool:
        """"the Pacific Island Forum", "the kingdom of Lesotho": part of a proper name."""
        if head_end >= len(words):
            return False
        if is_capitalised_word(words[head_end]):
            return True
        return words[head_end].lower() == "of" and head_end + 1 < len(words) \
            and is_capitalised_word(words[head_end + 1])

    def _article_before(self, words: list[str], head_start: int, taken: bytearray) -> int | None:
        """Index of the "the" opening the epithet, if only descriptor words stand between."""
        count = 0
        i = head_start - 1
        while i >= 0 and count <= self.rules.max_words:
            word = words[i]
            if taken[i]:
                return None
            if word.lower() == "the":
                return i
            if word in POSSESSIVE_MARKS and i > 0 and \
                    (words[i - 1].lower(),) in self.rules.descriptors:
                return i - 1  # "Africa's most populous nation": a region's, not "the"
            if word not in HYPHENS:
                if not word.isalpha():
                    return None
                count += 1
            i -= 1
        return None

    def _descriptor_tags(self, words: list[str]) -> set[str]:
        """Regions and forms named by the words, longest descriptor phrase first."""
        descriptors = self.rules.descriptors
        tags: set[str] = set()
        i = 0
        while i < len(words):
            for width in range(min(self.longest_descriptor, len(words) - i), 0, -1):
                tag = descriptors.get(tuple(words[i:i + width]))
                if tag:
                    tags.add(tag)
                    i += width
                    break
            else:
                i += 1
        return tags

    def _antecedent(self, words: list[str], antecedents: list[Mention], the: int, head: str,
                    tags: set[str], sentence_starts: Sequence[bool] | None) -> str | None:
        """The latest fitting state before ``the``, or the fitting subject of its sentence."""
        country_tags = self.rules.country_tags
        covered = {i for other in antecedents for i in range(other.start, other.end)}
        fitting = [m for m in antecedents
                   if m.end <= the and tags <= country_tags.get(m.iso3, frozenset())
                   and not _in_origin_list(words, m, covered)]
        if not fitting:
            return None
        latest = fitting[-1]
        named_places = self.rules.named_place_heads.get(head, frozenset())
        if named_places and any(w in named_places for w in words[latest.end:the]):
            return None  # "Manus Island ... the island": a named island, not the state
        if sentence_starts is None:
            return latest.iso3
        opening = latest.start
        while opening > 0 and not sentence_starts[opening]:
            opening -= 1
        for mention in fitting:
            # "Kosovo, which broke away from Serbia, ... The Balkan country": the subject; but
            # in "Kenya and Uganda met" both are the subject and the latest stands.
            if opening <= mention.start <= opening + 1 and mention.start < latest.start \
                    and not _coordinated(words, mention, latest, antecedents):
                return mention.iso3
        return latest.iso3


def _coordinated(words: list[str], first: Mention, last: Mention,
                 mentions: list[Mention]) -> bool:
    """True when only list joiners and other mentions stand between two mentions."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return all(i in covered or words[i].lower() in LIST_JOINERS
               for i in range(first.end, last.start))


ORIGIN_OPENERS = (("nationals", "of"), ("citizens", "of"), ("natives", "of"),
                  # "the group included people from Vietnam, the Philippines, Cambodia and Cuba"
                  ("people", "from"), ("men", "from"), ("women", "from"), ("migrants", "from"),
                  ("deportees", "from"), ("detainees", "from"), ("nationals", "from"),
                  ("refugees", "from"), ("seekers", "from"))
# What stands between the states of an origin list: joiners, and the article of a name ("the
# Philippines").
ORIGIN_LIST_WORDS = LIST_JOINERS | {"the"}


def _in_origin_list(words: list[str], m: Mention, covered: set[int]) -> bool:
    """"nationals of Tajikistan, Kyrgyzstan and Russia": where people come from, which an
    epithet later in the text ("the Central Asian republic") does not stand for. ``covered``
    holds the token indices of all mentions, gathered once per epithet, not once per mention.
    """
    i = m.start - 1
    while i >= 0 and (i in covered or words[i].lower() in ORIGIN_LIST_WORDS):
        i -= 1
    return i >= 1 and (words[i - 1].lower(), words[i].lower()) in ORIGIN_OPENERS


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    taken: set[int] = set()
    out = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        span = range(mention.start, mention.end)
        if taken.isdisjoint(span):
            taken.update(span)
            out.append(mention)
    return out
