"""A sentence with the country mentions and cues inside it, split into clauses.

The fact rules read sentences through this view so that each rule asks plain questions
("which stage cues does this clause have?", "which states are named in it?") without walking
spaCy structures itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from thirdcountry.extraction.sentences import sentence_bounds, text_of

# Tokens after which a new clause starts: each clause may report its own stage ("signed in
# 2022, then put the plan on hold"; "X scrapped the scheme; only Y's was ever used").
CLAUSE_BREAKS = {";", "—", "–", ":"}
SUBJECT_VERBS = {"has", "have", "had", "is", "was", "will", "would", "agreed", "signed", "said",
                 "says", "refused", "rejected", "declined", "accepted", "received"}
CLAUSE_CONJUNCTIONS = {"but", "then", "while", "although", "though", "whereas", "before", "after",
                       "and"}


@dataclass(slots=True)
class Mention:
    """One state named in the text."""

    iso3: str
    label: str
    start: int  # token index in the doc
    end: int
    text: str


@dataclass(slots=True)
class Clause:
    """A stretch of a sentence that may carry its own stage, countries and date."""

    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)

    def cue_values(self, category: str) -> list[Span]:
        return [c for c in self.cues if c.label_ == category]

    def has(self, category: str) -> bool:
        return any(c.label_ == category for c in self.cues)


@dataclass(slots=True)
class SentenceView:
    """A sentence of the document, its mentions, cues and clauses."""

    span: Span
    mentions: list[Mention]
    cues: list[Span]
    clauses: list[Clause]
    text: str
    start_char: int

    def has(self, category: str) -> bool:
        return any(c.label_ == category for c in self.cues)

    def cue_values(self, category: str) -> list[Span]:
        return [c for c in self.cues if c.label_ == category]

    def phrases(self, category: str) -> set[str]:
        return {c.text.lower() for c in self.cues if c.label_ == category}


def _new_subject_after_comma(token) -> bool:
    """", Uganda has agreed …": a comma, then a capitalised subject and its verb within a few
    words, starts a new clause even without a conjunction."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or not token.is_title:
        return False
    return any(t.lower_ in SUBJECT_VERBS for t in doc[token.i + 1:token.i + 5])


def _clause_bounds(sent: Span) -> list[tuple[int, int]]:
    bounds = []
    start = sent.start
    for token in sent:
        brk = token.text in CLAUSE_BREAKS
        if token.lower_ in CLAUSE_CONJUNCTIONS and token.i > sent.start:
            prev = token.doc[token.i - 1]
            brk = prev.text == "," and token.i - start > 3
        elif token.i - start > 3 and token.i > sent.start:
            brk = brk or _new_subject_after_comma(token)
        if brk and token.i > start:
            bounds.append((start, token.i))
            start = token.i
    bounds.append((start, sent.end))
    return bounds


def sentence_views(doc: Doc) -> list[SentenceView]:
    """Every non-blank sentence of ``doc`` with its mentions, cues and clauses."""
    doc_text = text_of(doc)
    mentions = [Mention(s.kb_id_, s.label_, s.start, s.end, s.text)
                for s in doc.spans["countries"]]
    cues = sorted(doc.spans["cues"], key=lambda c: c.start)
    views = []
    m_i = c_i = 0
    for first, last in sentence_bounds(doc):
        sent = doc[first:last]
        start_char = sent.start_char
        end_char = sent.end_char
        text = doc_text[start_char:end_char]
        if not text.strip():
            continue
        while m_i < len(mentions) and mentions[m_i].start < sent.start:
            m_i += 1
        while c_i < len(cues) and cues[c_i].start < sent.start:
            c_i += 1
        sent_mentions = []
        j = m_i
        while j < len(mentions) and mentions[j].start < sent.end:
            sent_mentions.append(mentions[j])
            j += 1
        sent_cues = []
        j = c_i
        while j < len(cues) and cues[j].start < sent.end:
            sent_cues.append(cues[j])
            j += 1
        clauses = []
        for start, end in _clause_bounds(sent):
            clauses.append(Clause(start, end,
                                  [m for m in sent_mentions if start <= m.start < end],
                                  [c for c in sent_cues if start <= c.start < end]))
        views.append(SentenceView(sent, sent_mentions, sent_cues, clauses, text, start_char))
    return views
