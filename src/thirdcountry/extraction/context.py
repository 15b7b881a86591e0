"""Everything the fact rules share about one document: sentences, roles, dates, counts, money.

Built once per document by the extractor; the rules read from it and never re-parse text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc

from thirdcountry.extraction import counts, dates, money
from thirdcountry.extraction.cues import cues_of
from thirdcountry.extraction.roles import deporting_states, document_deporter, paragraphs_of
from thirdcountry.extraction.sentence_view import Clause, Mention, SentenceView, sentence_views
from thirdcountry.extraction.sentences import (
    GIVEN_TEXT_KEY,
    text_of,
    token_bounds,
    token_words,
)
from thirdcountry.extraction.words import word_class, word_tuple
from thirdcountry.facts.schema import Evidence

STATEMENT_HEADER = re.compile(r"\b(STATEMENT|PRESS RELEASE|MEDIA RELEASE|FOR IMMEDIATE RELEASE|"
                              r"OPEN LETTER|JOINT STATEMENT)\b")
OFFICIAL_HEADER = re.compile(r"\b(MINISTRY|GOVERNMENT|DEPARTMENT|EMBASSY|PRESIDENCY|OFFICE OF|"
                             r"STATE HOUSE|WHITE HOUSE|HOME OFFICE)\b", re.IGNORECASE)
# A line this long is a paragraph of the body, not a header line.
BODY_LINE = 150
FIRST_PERSON_PLURAL = re.compile(r"(?:^|[.!?]\s+|\n)We\s")
# A release in the third person: the organisation opens a paragraph speaking, after a dateline
# if any ("The X Network (XN) welcomes …", "X Project today called on …", "X is concerned").
# Also a dateline with a date ("Nairobi/Juba, 10 September 2025 —"),
# a name with lower-case links ("Centre for Legal Accountability Uganda"), an apposition (", a
# network of Italian lawyers,") and more verbs of a release ("today filed", "publishes").
ORGANISATION_VOICE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,40}\s+[—–-]{1,2}\s+|[A-ZÀ-Ý][^\n—–]{1,60}?\s[—–]{1,2}\s+)?"
    r"(?:The )?((?:[A-Z][\w'’-]+ (?:(?:of|for|de|del|la|and|on|in|the) )*){1,7}?[A-Z][\w'’-]+)"
    r"(?: \([A-Z]{2,}\))?(?:, [a-z][^,\n]{2,80},)?"
    r" (?:today |on \w+ )?(?:welcomes|condemns|calls on|calls for|called on|called for|warns|"
    r"warned|urges|urged|publishes|published|filed|expresses|expressed|"
    r"(?:is|are) (?:gravely |deeply )?(?:concerned|alarmed))\b",
    re.MULTILINE)
ORGANISATION_NAME = re.compile(r"\bThe ((?:[A-Z][\w'-]+\s){1,6}(?:Network|Watch|International|"
                               r"Coalition|Alliance|Council|Project|Foundation|Centre|Center|"
                               r"Institute|Association|Committee|Union|Society))\b")
# A dateline opens a wire story: "KIGALI, Aug 29 (LRW) —", "ROME, Oct 19 (Reuters) -".
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}(?:,[^—\n]{0,40})?\s+[—–-]{1,2}\s")
SAME_TIME = re.compile(r"\b(?:that|the same) (?:evening|night|day|morning|afternoon)\b|"
                       r"\bhours later\b|\bby then\b", re.IGNORECASE)
SKIP_LINE_PREFIXES = word_tuple("skip_line_prefixes")
# A heading over a list of links to other stories ("Related coverage", "- Eswatini court …"):
# those items are not this document's facts (FACTS.md rule 12).
LINK_LIST_HEADING = re.compile(
    r"(?:related|recommended|more stories|further reading)\b[\w ]{0,20}:?", re.IGNORECASE)
LIST_MARKS = ("-", "•", "*", "–")
# A document needs at least this many migration words for any fact: sports, business and other
# stories that merely name Rwanda or Kosovo produce nothing.
MIN_MIGRATION_CUES = 2
# How many sentences back "that month" or "the same week" may point.
ANAPHOR_REACH = 4
SHORT_TEXT_SENTENCES = 3
HEADLINE_MIGRATION_WORDS = word_tuple("headline_migration_words")
# Migration words that name other things as often ("the transfer window", "snow removal",
# "tax returns", "rural migration"): one of them alone puts no story of moved people on topic.
OTHER_SENSES = word_class("migration_words_of_other_senses")
SENTENCE_ENDS = (".", "?", "!", '"', "”", "’", "'")


def _without_link_lists(views: list[SentenceView]) -> list[SentenceView]:
    """The sentences without a link-list heading and the list items under it."""
    kept: list[SentenceView] = []
    in_list = False
    for index, view in enumerate(views):
        text = view.text.strip()
        following = views[index + 1].text.strip() if index + 1 < len(views) else ""
        if LINK_LIST_HEADING.fullmatch(text) and following.startswith(LIST_MARKS):
            in_list = True
        elif not (in_list and text.startswith(LIST_MARKS)):
            in_list = False
            kept.append(view)
    return kept


@dataclass
class DocumentContext:
    doc: Doc
    published: dt.date | None
    text: str = field(init=False)
    views: list[SentenceView] = field(init=False)
    deporter: str | None = field(init=False)
    # ids of the removals whose count runs over more than one month: the removal rules mark
    # them, and they lose their date once the deal they show implemented has taken it
    counted_over_months: set[int] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self._dates: dict[int, list[dates.DateMention]] = {}
        self._all_dates: dict[int, list[dates.DateMention]] = {}
        self._counts: dict[int, list[counts.CountMention]] = {}
        self._money: dict[int, list[money.MoneyMention]] = {}
        self._totals: dict[int, counts.CountMention | None] = {}
        self.text = text_of(self.doc)
        self.views = [v for v in _without_link_lists(sentence_views(self.doc))
                      if not v.text.strip().lower().startswith(SKIP_LINE_PREFIXES)]
        self.deporter = document_deporter(self.doc, self.views)
        self._index_of = {id(v): i for i, v in enumerate(self.views)}
        self._starts = [v.start_char for v in self.views]

    @cached_property
    def _paragraphs(self) -> dict[int, list[SentenceView]]:
        return {id(v): paragraph for paragraph in paragraphs_of(self.doc, self.views)
                for v in paragraph}

    def paragraph_of(self, view: SentenceView) -> list[SentenceView]:
        """The sentences of the paragraph ``view`` belongs to."""
        return self._paragraphs.get(id(view), [view])

    @cached_property
    def host_state(self) -> str | None:
        """The state the story is set in, when it names one state that does not deport more
        often than any other ("Kampala", "Uganda", "the Ugandan foreign ministry"): the one
        "the government" or "the interior ministry" stands for."""
        named: Counter[str] = Counter(
            m.iso3 for v in self.views for m in v.mentions
            if m.iso3 != self.deporter and m.iso3 not in deporting_states())
        top = named.most_common(2)
        if not top or len(top) == 2 and top[1][1] * 2 > top[0][1]:
            return None
        return top[0][0]

    @cached_property
    def on_topic(self) -> bool:
        # TOPIC words ("detention", "countries of origin", "returnees") count only here: a
        # story about the centres in Albania may say "migrants" once.
        migration = sum(1 for c in cues_of(self.doc) if c.label_ in ("MIGRATION", "TOPIC"))
        # A short text (a sentence or a caption) needs only one, and so does a story whose
        # headline says deportation or asylum ("Eight deportees reach Juba after weeks in
        # Djibouti"; not "Transfer window: five deals").
        short = len(self.views) <= SHORT_TEXT_SENTENCES
        headline = bool(self.views) and any(
            c.text.lower().startswith(HEADLINE_MIGRATION_WORDS)
            for c in self.views[0].cue_values("MIGRATION"))
        needed = 1 if short or headline else MIN_MIGRATION_CUES
        return migration >= needed or migration == 1 and self._lone_cue_between_states() or \
            (migration == 1 and self._lone_cue_of_one_sense() or
             any(v.has("COURT") for v in self.views)) and self._people_moved_to_a_state()

    def _lone_cue_of_one_sense(self) -> bool:
        """Whether the document's one migration word means nothing but migration."""
        cue = next(c for c in cues_of(self.doc) if c.label_ in ("MIGRATION", "TOPIC"))
        return cue.text.lower() not in OTHER_SENSES

    def _lone_cue_between_states(self) -> bool:
        """Whether the document's one migration word says deport, asylum, expel, migrant or
        refugee in a sentence naming two states: an excerpt clipped from a longer story may say
        it once ("Eight men the United States deported landed in Juba"), while a sports or
        business story's lone "transfer" or "migration" does not tie two states together. A
        story under a headline of its own is what that headline says: one that does not say
        deportation ("Weekend round-up", "Palau's reefs draw divers back") keeps the gate."""
        if not self.views or not self.views[0].text.rstrip().endswith(SENTENCE_ENDS):
            return False
        cue = next(c for c in cues_of(self.doc) if c.label_ in ("MIGRATION", "TOPIC"))
        if not cue.text.lower().startswith(HEADLINE_MIGRATION_WORDS):
            return False
        for view in self.views:
            if view.start <= cue.start < view.end:
                return len({m.iso3 for m in view.mentions}) >= 2
        return False

    def _people_moved_to_a_state(self) -> bool:
        """Whether a sentence moves people to a state named after the move. With a court ruling
        in the story, or one migration word, it is the story of a removal: an excerpt clipped
        from the middle of one may never say "deport" ("The men … were put on a plane to Juba,
        hours after the Supreme Court declined …"; "Eight men reached Juba … Rwanda had received
        19 people under its deal"), while a sports or business story moves players, teams or
        goods, not people held by a state."""
        return any(v.has("PEOPLE") and v.has("MOVE") and any(
            c.start < m.start for c in v.cue_values("MOVE") for m in v.mentions)
            for v in self.views)

    @cached_property
    def dateline_country(self) -> str | None:
        """The state of a dateline ("MBABANE —", "ROME, Oct 19 (APA) —") if the story has one."""
        # Past the first lines, page furniture (cookie banners, menus, bylines) may come first:
        # a later line opens the story only with a dateline's dash ("ACCRA — Ghana has …").
        for index, view in enumerate(self.views[:12]):
            first = view.mentions[0] if view.mentions else None
            if first and first.start == view.start and first.text.isupper() and \
                    first.label in ("CAPITAL", "NAME") and \
                    (index < 4 or DATELINE.match(view.text)):
                return first.iso3
        return None

    @cached_property
    def issuing_organisation(self) -> str | None:
        """The organisation speaking in a statement or press release it issued, if not a state.

        Such a document states its claims in its own voice ("We condemn…"): FACTS.md rule 1 makes
        what an NGO says ``reported``, while a ministry's own statement stays ``confirmed``.
        """
        head = self.text[:400]
        # The issuer is named in the header lines, not in the first paragraph of the body
        # ("… called on the Australian Government to …").
        lines = head.split("\n")
        body = next((i for i, line in enumerate(lines) if len(line) > BODY_LINE), len(lines))
        if not STATEMENT_HEADER.search(head) or OFFICIAL_HEADER.search("\n".join(lines[:body])):
            return None
        voice = ORGANISATION_VOICE.search(self.text)
        if voice is not None and OFFICIAL_HEADER.search(voice.group(1)):
            voice = None  # "The Ministry of Foreign Affairs today called on …": a state
        if len(FIRST_PERSON_PLURAL.findall(self.text)) < 2 and voice is None:
            return None
        named = ORGANISATION_NAME.search(self.text) or voice
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
        # The quote is the text as given (no-break spaces and all): offsets slice that text.
        given = self.doc.user_data.get(GIVEN_TEXT_KEY, text)
        return Evidence(given[start:end], start, end)

    def dates_in(self, view: SentenceView) -> list[dates.DateMention]:
        """Dates of a sentence, without the date of a dateline ("KIGALI, Aug 29 (LRW) —"),
        which is when the story was filed, not when anything in it happened. "That month" and
        a yearless month after a dated one lean on the dates of the few sentences before
        (``resolve_anaphors``), so those are read first, and theirs before them when they
        lean too; the other sentences before are never read."""
        found = self._dates.get(id(view))
        if found is not None:
            return found
        index = self._index_of.get(id(view))
        if index is None:  # not a sentence of the document
            found = self._dates[id(view)] = self._own_dates(view)
            return found
        for each in sorted(self._undated_needed_for(index)):
            self._date_sentence(each)
        return self._dates[id(view)]

    def _undated_needed_for(self, index: int) -> set[int]:
        """The sentences not yet dated that dating sentence ``index`` reads: itself, and the
        ``ANAPHOR_REACH`` sentences before each of them whose own dates lean on earlier ones."""
        needed: set[int] = set()
        pending = [index]
        while pending:
            at = pending.pop()
            if at in needed or id(self.views[at]) in self._dates:
                continue
            needed.add(at)
            if any(dates.leans_on_earlier(d) for d in self._own_dates(self.views[at])):
                pending.extend(range(max(0, at - ANAPHOR_REACH), at))
        return needed

    def _date_sentence(self, index: int) -> None:
        """Date sentence ``index``, once the sentences its dates lean on are dated."""
        each = self.views[index]
        found = self._own_dates(each)
        if any(dates.leans_on_earlier(d) for d in found):
            recent = [d for at in range(max(0, index - ANAPHOR_REACH), index)
                      for d in self._dates[id(self.views[at])] if d.value]
            previous = self.views[index - 1] if index else None
            # "that month" leans on a date a few sentences back; only the sentence just before,
            # in the same paragraph, lends its year to "In March"
            close = previous is not None and any(d.value for d in self._dates[id(previous)]) and \
                "\n\n" not in self.text[previous.start_char + len(previous.text):each.start_char]
            found = dates.resolve_anaphors(found, recent, self.published, year_carries=close)
        self._dates[id(each)] = found

    def _own_dates(self, view: SentenceView) -> list[dates.DateMention]:
        found = self._all_dates_in(view)
        dateline = DATELINE.match(view.text) if found else None
        if dateline:
            found = [d for d in found if d.start >= dateline.end()]
        return found

    def _all_dates_in(self, view: SentenceView) -> list[dates.DateMention]:
        found = self._all_dates.get(id(view))
        if found is None:
            found = self._all_dates[id(view)] = dates.find_dates(view.text, self.published)
        return found

    def date_near(self, view: SentenceView, token_index: int,
                  clause: Clause | None = None) -> str | None:
        """The date nearest the token at ``token_index``, from its clause when it has one."""
        found = self.dates_in(view)
        if not found:
            return self._same_time_as_before(view)
        if clause is not None:
            starts, ends = token_bounds(self.doc)
            lo = starts[clause.start] - view.start_char
            hi = ends[clause.end - 1] - view.start_char
            inside = [d for d in found if lo <= d.start and d.end <= hi]
            found = inside or [d for d in found
                               if not self._in_a_clause_of_its_own(view, clause, d)]
            if not found:
                return None
        anchor = token_bounds(self.doc)[0][token_index] - view.start_char
        best = min(found, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))
        return best.value

    def _in_a_clause_of_its_own(self, view: SentenceView, clause: Clause,
                                date: dates.DateMention) -> bool:
        """"The United States has also approached Benin, and deportees have already been
        flown to South Sudan, where eight men arrived in July": a date in another clause that
        reports its own movement or stage dates that event, not this one."""
        at = view.start_char + date.start
        for other in view.clauses:
            if other is clause:
                continue
            lo = token_bounds(self.doc)[0][other.start]
            hi = token_bounds(self.doc)[1][other.end - 1]
            if lo <= at < hi:
                return other.has("MOVE") or other.has("STAGE")
        return False

    def view_at(self, char_offset: int) -> SentenceView | None:
        """The sentence that contains the character at ``char_offset``."""
        # Sentences are in text order and never overlap: the one starting last at or before
        # the offset is the only one that may contain it.
        index = bisect_right(self._starts, char_offset) - 1
        if index < 0:
            return None
        view = self.views[index]
        return view if char_offset < view.start_char + len(view.text) else None

    def index_of(self, view: SentenceView) -> int:
        """The position of a sentence of the document in ``views`` (``views.index`` compares
        every sentence before it field by field)."""
        return self._index_of[id(view)]

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
            # Numbers inside dates and money are no counts: those the rules look for anyway.
            found = self._counts[id(view)] = counts.find_counts(
                view.text, lambda: self._taken_spans(view))
        return found

    def _taken_spans(self, view: SentenceView) -> list[tuple[int, int]]:
        """Spans of the sentence taken by dates and money, for ``counts.find_counts``. A date's
        span does not depend on the publication date, save a February 29 whose year is anchored
        ("February 29 last year"), which a non-leap year refuses: a sentence with "29" finds
        its dates again without the publication date, as ``find_counts`` alone would."""
        found = dates.find_dates(view.text, None) if "29" in view.text else \
            self._all_dates_in(view)
        return counts.taken_spans(found, self.money_in(view))

    def running_total_in(self, view: SentenceView) -> counts.CountMention | None:
        """``counts.running_total`` of a sentence, read once: each destination of each removal
        looks for one in its sentence and the next. (Its own reading of the counts, not
        ``counts_in``: the removal rules tell a total from a count by identity.)"""
        if id(view) not in self._totals:
            self._totals[id(view)] = counts.running_total(view.text)
        return self._totals[id(view)]

    def money_in(self, view: SentenceView) -> list[money.MoneyMention]:
        found = self._money.get(id(view))
        if found is None:
            found = self._money[id(view)] = money.find_money(view.text)
        return found

    def char_to_token(self, view: SentenceView, char_offset: int) -> int:
        """The token that covers a character of the sentence, or the next one when the character
        is the space after a token (``Doc.char_span``'s "expand" start): a bisection of the
        token offsets, where ``char_span`` built a ``Span`` only to read its start. The tokens
        tile the text, so the last token starting at or before the character covers it."""
        at = view.start_char + char_offset
        if not 0 <= at < len(self.text):
            return view.start
        starts, ends = token_bounds(self.doc)
        token = bisect_right(starts, at) - 1
        return token + 1 if at == ends[token] else token

    def mentions_of(self, iso3: str) -> list[Mention]:
        return [m for v in self.views for m in v.mentions if m.iso3 == iso3]


PROPER_HOMES = ("Home", "Homeland")  # opening a proper name when a capital follows


def home_cues(part) -> list:
    """The words of a sentence or clause for the people's home, without "Home" or "Homeland" in
    a proper name ("the Home Office said", "Home Secretary", "Department of Homeland Security")."""
    found = part.cue_values("OWN_NATIONALS")
    if not found:
        return found
    words = token_words(found[0].doc)
    return [h for h in found if not (words[h.start] in PROPER_HOMES and h.end < len(words) and
                                     words[h.end][:1].isupper())]
