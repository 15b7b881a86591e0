"""Everything the fact rules share about one document: sentences, roles, dates, counts, money.

Built once per document by the extractor; the rules read from it and never re-parse text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc

from thirdcountry.extraction import counts, dates, money
from thirdcountry.extraction.cues import cues_of
from thirdcountry.extraction.roles import document_deporter
from thirdcountry.extraction.sentence_view import Clause, Mention, SentenceView, sentence_views
from thirdcountry.extraction.sentences import text_of
from thirdcountry.facts.schema import Evidence

STATEMENT_HEADER = re.compile(r"\b(STATEMENT|PRESS RELEASE|MEDIA RELEASE|FOR IMMEDIATE RELEASE|"
                              r"OPEN LETTER|JOINT STATEMENT)\b")
OFFICIAL_HEADER = re.compile(r"\b(MINISTRY|GOVERNMENT|DEPARTMENT|EMBASSY|PRESIDENCY|OFFICE OF|"
                             r"STATE HOUSE|WHITE HOUSE|HOME OFFICE)\b", re.IGNORECASE)
FIRST_PERSON_PLURAL = re.compile(r"(?:^|[.!?]\s+|\n)We\s")
ORGANISATION_NAME = re.compile(r"\bThe ((?:[A-Z][\w'-]+\s){1,6}(?:Network|Watch|International|"
                               r"Coalition|Alliance|Council|Project|Foundation|Centre|Center|"
                               r"Institute|Association|Committee|Union|Society))\b")
# A dateline opens a wire story: "KIGALI, Aug 29 (LRW) —", "ROME, Oct 19 (Reuters) -".
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}(?:,[^—\n]{0,40})?\s+[—–-]{1,2}\s")
SAME_TIME = re.compile(r"\b(?:that|the same) (?:evening|night|day|morning|afternoon)\b|"
                       r"\bhours later\b|\bby then\b", re.IGNORECASE)
SKIP_LINE_PREFIXES = ("read also", "read more", "related:", "see also", "also read", "more on this",
                      "recommended:", "watch:", "listen:")
# A document needs at least this many migration words for any fact: sports, business and other
# stories that merely name Rwanda or Kosovo produce nothing.
MIN_MIGRATION_CUES = 2
SHORT_TEXT_SENTENCES = 3


@dataclass
class DocumentContext:
    doc: Doc
    published: dt.date | None
    text: str = field(init=False)
    views: list[SentenceView] = field(init=False)
    deporter: str | None = field(init=False)

    def __post_init__(self) -> None:
        self._dates: dict[int, list[dates.DateMention]] = {}
        self._counts: dict[int, list[counts.CountMention]] = {}
        self.text = text_of(self.doc)
        self.views = [v for v in sentence_views(self.doc)
                      if not v.text.strip().lower().startswith(SKIP_LINE_PREFIXES)]
        self.deporter = document_deporter(self.doc, self.views)

    @cached_property
    def on_topic(self) -> bool:
        migration = sum(1 for c in cues_of(self.doc) if c.label_ == "MIGRATION")
        # A short text (a sentence or a caption) needs only one.
        needed = 1 if len(self.views) <= SHORT_TEXT_SENTENCES else MIN_MIGRATION_CUES
        return migration >= needed

    @cached_property
    def dateline_country(self) -> str | None:
        """The state of a dateline ("MBABANE —", "ROME, Oct 19 (APA) —") if the story has one."""
        for view in self.views[:4]:
            first = view.mentions[0] if view.mentions else None
            if first and first.start == view.span.start and first.text.isupper() and \
                    first.label in ("CAPITAL", "NAME"):
                return first.iso3
        return None

    @cached_property
    def issuing_organisation(self) -> str | None:
        """The organisation speaking in a statement or press release it issued, if not a state.

        Such a document states its claims in its own voice ("We condemn…"): FACTS.md rule 1 makes
        what an NGO says ``reported``, while a ministry's own statement stays ``confirmed``.
        """
        head = self.text[:400]
        if not STATEMENT_HEADER.search(head) or OFFICIAL_HEADER.search(head):
            return None
        if len(FIRST_PERSON_PLURAL.findall(self.text)) < 2:
            return None
        named = ORGANISATION_NAME.search(self.text)
        return named.group(1) if named else "the issuing organisation"

    def evidence(self, view: SentenceView, *more: SentenceView) -> Evidence:
        """The sentence(s) as a quote with offsets that slice the document text exactly."""
        start = view.start_char
        last = more[-1] if more else view
        end = last.start_char + len(last.text)
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return Evidence(text[start:end], start, end)

    def dates_in(self, view: SentenceView) -> list[dates.DateMention]:
        """Dates of a sentence, without the date of a dateline ("KIGALI, Aug 29 (LRW) —"),
        which is when the story was filed, not when anything in it happened."""
        found = self._dates.get(id(view))
        if found is None:
            found = dates.find_dates(view.text, self.published)
            dateline = DATELINE.match(view.text)
            if dateline:
                found = [d for d in found if d.start >= dateline.end()]
            self._dates[id(view)] = found
        return found

    def date_near(self, view: SentenceView, token_index: int,
                  clause: Clause | None = None) -> str | None:
        """The date nearest the token at ``token_index``, from its clause when it has one."""
        found = self.dates_in(view)
        if not found:
            return self._same_time_as_before(view)
        if clause is not None:
            lo = self.doc[clause.start].idx - view.start_char
            hi = self.doc[clause.end - 1].idx + len(self.doc[clause.end - 1]) - view.start_char
            inside = [d for d in found if lo <= d.start and d.end <= hi]
            found = inside or found
        anchor = self.doc[token_index].idx - view.start_char
        best = min(found, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))
        return best.value

    def view_at(self, char_offset: int) -> SentenceView | None:
        """The sentence that contains the character at ``char_offset``."""
        for view in self.views:
            if view.start_char <= char_offset < view.start_char + len(view.text):
                return view
        return None

    def _same_time_as_before(self, view: SentenceView) -> str | None:
        """"By that evening …", "That night …": the date of the sentence before."""
        if not SAME_TIME.search(view.text):
            return None
        index = next((i for i, v in enumerate(self.views) if v is view), 0)
        for previous in reversed(self.views[max(0, index - 2):index]):
            found = [d for d in self.dates_in(previous) if d.value]
            if found:
                # the day-level date the evening belongs to, not a year in passing ("Act of 1798")
                return max(found, key=lambda d: len(d.value)).value
        return None

    def counts_in(self, view: SentenceView) -> list[counts.CountMention]:
        found = self._counts.get(id(view))
        if found is None:
            found = self._counts[id(view)] = counts.find_counts(view.text)
        return found

    def money_in(self, view: SentenceView) -> list[money.MoneyMention]:
        return money.find_money(view.text)

    def char_to_token(self, view: SentenceView, char_offset: int) -> int:
        span = self.doc.char_span(view.start_char + char_offset, view.start_char + char_offset + 1,
                                  alignment_mode="expand")
        return span.start if span is not None else view.span.start

    def mentions_of(self, iso3: str) -> list[Mention]:
        return [m for v in self.views for m in v.mentions if m.iso3 == iso3]
