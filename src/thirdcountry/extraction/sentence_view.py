"""A sentence with the country mentions and cues inside it, split into clauses.

The fact rules read sentences through this view so that each rule asks plain questions
("which stage cues does this clause have?", "which states are named in it?") without walking
spaCy structures itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span

from thirdcountry.extraction.country_mentions import MENTIONS_KEY
from thirdcountry.extraction.cues import cues_of
from thirdcountry.extraction.sentences import (
    lower_words,
    sentence_bounds,
    text_of,
    token_bounds,
)
from thirdcountry.extraction.words import word_class

# Tokens after which a new clause starts: each clause may report its own stage ("signed in
# 2022, then put the plan on hold"; "X scrapped the scheme; only Y's was ever used").
DASHES = ("—", "–")
CLAUSE_BREAKS = {";", *DASHES, ":"}
LONGEST_ASIDE = 20  # tokens between a pair of dashes that set off a noun phrase
SUBJECT_VERBS = word_class("subject_verbs")
SUBORDINATORS = word_class("subordinators_after_because_but_until")
SUBJECT_PRONOUNS = word_class("subject_pronouns")
# words that make an aside a clause of its own ("— that's under Rwanda's deal —", "— New Zealand
# and Vietnam are among them —") or a contrast ("— not to be confused with Guinea —")
ASIDE_STOPS = SUBJECT_VERBS | word_class("np_right_stops") | word_class("negators")
CLAUSE_CONJUNCTIONS = word_class("clause_conjunctions")
CLAUSE_BREAK_WORDS = CLAUSE_BREAKS | SUBORDINATORS | CLAUSE_CONJUNCTIONS
# Letters that re.IGNORECASE matches to "i" or "s" but str.lower() leaves apart ("İ" lowers to
# "i" and a combining dot): where one appears, a lower-case substring test proves nothing.
CASE_MATCH_VARIANTS = ("İ", "ı", "ſ")
# What ``finditer`` returns for a sentence without the words needed (24 calls in 25 on the dev
# articles): one exhausted iterator, shared (it stays exhausted), not a new one each time.
NO_MATCHES: Iterator[re.Match[str]] = iter(())


@dataclass(slots=True)
class Mention:
    """One state named in the text."""

    iso3: str
    label: str
    start: int  # token index in the doc
    end: int
    text: str


def _by_category(cues: list[Span]) -> dict[str, list[Span]]:
    """The cues grouped by category; only categories present are keys (``has`` relies on it)."""
    grouped: dict[str, list[Span]] = {}
    # "in" and "[]" are opcodes the interpreter specialises for a dict; a bound ``get`` is a
    # method call per cue, and a sentence has about eleven cues (not setdefault either: it
    # would build an empty list for every cue)
    for cue in cues:
        label = cue.label_
        if label in grouped:
            grouped[label].append(cue)
        else:
            grouped[label] = [cue]
    return grouped


@dataclass(slots=True)
class Clause:
    """A stretch of a sentence that may carry its own stage, countries and date."""

    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)
    sentence_cues: list[Span] = field(default_factory=list)  # of the whole sentence
    _grouped: dict[str, list[Span]] | None = None
    _word_set: frozenset[str] | None = None

    def cue_values(self, category: str) -> list[Span]:
        grouped = self._grouped
        if grouped is None:
            grouped = self._grouped = _by_category(self.cues)
        return grouped.get(category, [])

    def has(self, category: str) -> bool:
        grouped = self._grouped
        if grouped is None:
            grouped = self._grouped = _by_category(self.cues)
        return category in grouped

    def doc(self) -> Doc | None:
        """The document, read off the cues; None when neither the clause nor its sentence has
        one (no rule reads such a clause)."""
        cues = self.cues or self.sentence_cues
        return cues[0].doc if cues else None

    def word_set(self, doc: Doc) -> frozenset[str]:
        """The clause's lower-case words in ``doc`` (its document), built on first use: several
        rules test a clause for a word class before they walk it, and a set answers each test
        without a slice and a pass over the words."""
        present = self._word_set
        if present is None:
            present = self._word_set = frozenset(lower_words(doc)[self.start:self.end])
        return present


@dataclass(slots=True)
class SentenceView:
    """A sentence of the document, its mentions, cues and clauses."""

    doc: Doc
    start: int  # token bounds in the doc
    end: int
    mentions: list[Mention]
    cues: list[Span]
    text: str
    start_char: int
    _clauses: list[Clause] | None = None
    _span: Span | None = None
    _lower: str | None = None
    _word_set: frozenset[str] | None = None
    # certainty.find_source's answers by claim end, kept: the fact rules ask them of a sentence
    # many times.
    found_sources: dict[int | None, tuple[str | None, Span | None]] | None = None
    # The rules ask a sentence whether it has a cue of a category tens of thousands of times
    # per pass: ``has(category)`` is the bound key test of its cue groups (grouped once, when
    # the view is built), which costs a third of a method call.
    _grouped: dict[str, list[Span]] = field(init=False, repr=False, compare=False)
    has: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        grouped = self._grouped = _by_category(self.cues)
        self.has = grouped.__contains__

    def char_at(self, token: int) -> int:
        """Where a token of the document starts in this sentence's ``text``."""
        return self.doc[token].idx - self.start_char

    @property
    def span(self) -> Span:
        if self._span is None:
            self._span = self.doc[self.start:self.end]
        return self._span

    @property
    def clauses(self) -> list[Clause]:
        """Clauses are built on first use: most sentences never need them."""
        if self._clauses is None:
            bounds = _clause_bounds(self.doc, self.start, self.end)
            if len(bounds) == 1:
                # The usual one-clause sentence: its clause has all of it, cue groups included.
                self._clauses = [Clause(self.start, self.end, list(self.mentions),
                                        list(self.cues), self.cues, self._grouped)]
            else:
                # Mentions and cues are sorted by start token: a clause's share is a slice.
                mention_starts = [m.start for m in self.mentions]
                cue_starts = [c.start for c in self.cues]
                self._clauses = [
                    Clause(start, end,
                           self.mentions[bisect_left(mention_starts, start):
                                         bisect_left(mention_starts, end)],
                           self.cues[bisect_left(cue_starts, start):bisect_left(cue_starts, end)],
                           self.cues)
                    for start, end in bounds]
        return self._clauses

    def cue_values(self, category: str) -> list[Span]:
        return self._grouped.get(category, [])

    def has_any(self, categories: Iterable[str]) -> bool:
        """Whether the sentence has a cue of one of ``categories`` (a look-up per category,
        not a pass over its cues; in one builtin call, not a generator's step per category)."""
        return not self._grouped.keys().isdisjoint(categories)

    def word_set(self) -> frozenset[str]:
        """The sentence's lower-case words, built on first use: the fact rules' cheap gates
        test a sentence for several word classes."""
        present = self._word_set
        if present is None:
            present = self._word_set = frozenset(lower_words(self.doc)[self.start:self.end])
        return present

    def phrases(self, category: str) -> set[str]:
        return {c.text.lower() for c in self.cue_values(category)}

    def finditer(self, pattern: re.Pattern[str], needed: Iterable[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer`` over the sentence, for a case-insensitive pattern that cannot
        match without one of the lower-case words ``needed``: a substring test for them skips
        most sentences at a fraction of the cost of the scan."""
        lower = self._lower
        if lower is None:
            # "" where a variant appears: then every pattern is scanned
            lower = self._lower = "" if any(v in self.text for v in CASE_MATCH_VARIANTS) \
                else self.text.lower()
        if lower:
            for word in needed:  # a loop: a generator costs more than the few tests
                if word in lower:
                    break
            else:
                return NO_MATCHES
        return pattern.finditer(self.text)


def _inside_a_list(lower: list[str], text: str, starts: list[int], i: int) -> bool:
    """", Guatemala, El Salvador and Honduras signed": the comma before ``i`` follows a one-word
    list item set off by commas, and the list goes on to its verb."""
    if i + 2 < len(lower) and lower[i + 1] in ("and", "or") and \
            text[starts[i - 2]:starts[i - 2] + 1].isupper() and \
            text[starts[i + 2]:starts[i + 2] + 1].isupper():
        return True  # "with Guatemala, Honduras and Paraguay and has approached …"
    return i >= 3 and lower[i - 3] == "," and text[starts[i - 2]:starts[i - 2] + 1].isupper() \
        and any(w in ("and", "or") for w in lower[i + 1:i + 4])


def _aside_dashes(lower: list[str], candidates: list[int]) -> set[int]:
    """The two dashes of each aside with no verb, relative word or negation in it: "flew 11
    deportees — nationals of Ghana and Chad, among others — to Cameroon" is one clause, as it is
    with brackets or commas."""
    dashes = [i for i in candidates if lower[i] in DASHES]
    asides: set[int] = set()
    for opening, closing in pairwise(dashes):
        if opening not in asides and closing - opening <= LONGEST_ASIDE and \
                ASIDE_STOPS.isdisjoint(lower[opening + 1:closing]):
            asides |= {opening, closing}
    return asides


def _clause_bounds(doc: Doc, sent_start: int, sent_end: int) -> list[tuple[int, int]]:
    """Token bounds of the clauses of the sentence ``sent_start:sent_end``, read from the
    document's word list."""
    lower = lower_words(doc)
    text = text_of(doc)
    starts, _ = token_bounds(doc)
    bounds = []
    start = sent_start
    # Only a break word or conjunction, or the word after a comma, can start a clause.
    candidates = [i for i in range(sent_start + 1, sent_end)
                  if lower[i] in CLAUSE_BREAK_WORDS or lower[i - 1] == ","]
    asides = _aside_dashes(lower, candidates)
    for i in candidates:
        word = lower[i]
        brk = word in CLAUSE_BREAKS and i not in asides
        if word in SUBORDINATORS and i - start > 3:
            # "built under a 2023 agreement … after Italian courts blocked …": the subordinate
            # clause reports its own event.
            brk = True
        elif word in CLAUSE_CONJUNCTIONS:
            # "… and has approached several nations": a second verb with its own tense
            brk = i - start > 3 and (lower[i - 1] == "," or
                                     word == "and" and lower[i + 1:i + 2] in (["has"], ["have"]))
        elif i - start > 3 and lower[i - 1] == ",":
            # ", Uganda has agreed …": a capitalised subject and its verb after a comma start a
            # new clause even without a conjunction; so does a pronoun and its verb ("Under the
            # agreement it signed in June, it has been receiving …").
            first = text[starts[i]:starts[i] + 1]
            brk = first.isupper() and any(w in SUBJECT_VERBS for w in lower[i + 1:i + 5]) and \
                not _inside_a_list(lower, text, starts, i) or \
                word in SUBJECT_PRONOUNS and any(w in SUBJECT_VERBS for w in lower[i + 1:i + 3])
        if brk:
            bounds.append((start, i))
            start = i
    bounds.append((start, sent_end))
    return bounds


def sentence_views(doc: Doc) -> list[SentenceView]:
    """Every non-blank sentence of ``doc`` with its mentions, cues and clauses."""
    doc_text = text_of(doc)
    token_starts, token_ends = token_bounds(doc)
    found = doc.user_data.get(MENTIONS_KEY)
    if found is not None:
        mentions = [Mention(m.iso3, m.label, m.start, m.end,
                            doc_text[token_starts[m.start]:token_ends[m.end - 1]])
                    for m in found]
    else:
        mentions = [Mention(s.kb_id_, s.label_, s.start, s.end, s.text)
                    for s in doc.spans["countries"]]
    cues = cues_of(doc)
    # Mentions and cues are sorted by start token: a sentence's share is the slice between the
    # first at or after its start and the first at or after its end.
    mention_starts = [m.start for m in mentions]
    cue_starts = [c.start for c in cues]
    views = []
    for first, last in sentence_bounds(doc):
        start_char = token_starts[first]
        text = doc_text[start_char:token_ends[last - 1]]
        if not text.strip():
            continue
        sent_mentions = mentions[bisect_left(mention_starts, first):
                                 bisect_left(mention_starts, last)]
        sent_cues = cues[bisect_left(cue_starts, first):bisect_left(cue_starts, last)]
        views.append(SentenceView(doc, first, last, sent_mentions, sent_cues, text, start_char))
    return views
