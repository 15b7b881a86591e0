"""Courts in court news: who decides, at what rank, where, and for which state.

A court is read from its cue words ("Supreme Court", "a High Court judge"), the state named with
it ("Britain's", "U.S.", "a court in Rome", "Italy, whose judges"), the place ("in Boston") and
the judge's name, which later sentences use alone ("Murphy found …").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import DESTINATIONS_KEY, deporting_states
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words, token_bounds, token_words, tokens_text
from thirdcountry.extraction.words import word_class, word_tuple

RANKS = word_tuple("court_ranks")
# Words a judge's name follows: "Judge Murphy", "Mr Justice Pemberton".
JUDGE_TITLES = word_class("judge_titles")
NOT_JUDGE_NAMES = word_class("justice_not_a_title")  # "Justice Department", "Justice Minister"
# Cities that seat the European courts: "the court in Luxembourg", "judges in Strasbourg" are
# the EU Court of Justice and the European Court of Human Rights, not the city's state.
INTERNATIONAL_SEATS = word_class("international_court_seats")
# A state named once in passing is not where the story is set.
SETTING_MENTIONS = 2
# Before a state named as the other party of a story set elsewhere.
# "he wrote that …": a judge the sentence before named, before one of these verbs.
JUDGE_PRONOUNS = word_class("judge_pronouns")
BODY_PRONOUNS = word_class("court_body_pronouns")  # "it refused", for a court named before
DESTINATION_WORDS = word_class("destination_prepositions")
LEGAL_VERBS = {"LEGAL_RULING", "LEGAL_ACT", "LEGAL_DECLINE", "LEGAL_UNDO", "LEGAL_ISSUE",
               "LEGAL_UPHOLD"}
COUNTERPART = word_class("counterpart_links")
# Courts of a sending state's kind ("federal judge", "district court", "circuit"): a story with
# one is not about the receiving state's courts.
SENDER_COURT_WORDS = word_class("sender_court_words")
# "the Home Office said … the Home Office's fourteenth flight": a sender's bodies named this
# often, and no other's, mark it as the sender of a story that names it no other way.
MARKS_FOR_SENDER = 2
PARTNER_WORDS = word_class("deal_partner_links") | DESTINATION_WORDS


@dataclass(frozen=True, slots=True)
class Court:
    """Who decides: its words in the text, its rank, the place and judge named with it."""

    start: int
    end: int  # end of the court words
    tail: int  # end of the names and "in <place>" that follow them
    text: str
    level: str | None
    place: str | None
    name: str | None
    iso3: str | None

    @classmethod
    def generic(cls, start: int, text: str, level: str | None = None,
                place: str | None = None) -> Court:
        return cls(start, start, start, text, level, place, None, None)

    @property
    def key(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.level, self.place, self.name))

    def compatible(self, other: Court) -> bool:
        """Could be the same court: nothing known about the two differs. A court named with its
        state ("a Rome court") is not an international one ("the EU Court of Justice")."""
        if self._national_beside_international(other):
            return False
        return all(a is None or b is None or a == b for a, b in (
            (self.level, other.level), (self.place, other.place), (self.name, other.name)))

    def _national_beside_international(self, other: Court) -> bool:
        """One of the two is an international court, the other named with its state."""
        levels = {self.level, other.level}
        national = other if self.level == "international" else self
        return "international" in levels and len(levels) == 2 and national.iso3 is not None

    def matches(self, other: Court) -> bool:
        """The same court by something both name (rank, place or judge)."""
        return self.compatible(other) and any(a is not None and a == b for a, b in (
            (self.level, other.level), (self.place, other.place), (self.name, other.name)))


class DocumentReading:
    """What legal.py needs from the whole document: home state, judges named by surname."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.home = self._home_state()
        self.aliases: dict[str, Court] = {}
        self._cue_courts: dict[int, list[Court]] = {}
        for index, view in enumerate(ctx.views):
            if view.has("COURT"):
                self._cue_courts[index] = courts = self._courts_of_cues(view)
                for court in courts:
                    if court.name and court.name not in self.aliases:
                        self.aliases[court.name] = court
        self.alias_at = self._alias_positions()
        self.alias_at.update(self._pronoun_positions())
        # The sentences where a named judge or a court pronoun stands: asked of every sentence.
        self._alias_views = {index for index, view in enumerate(ctx.views)
                             if any(view.start <= i < view.end for i in self.alias_at)} \
            if self.alias_at else set()

    def _alias_positions(self) -> dict[int, Court]:
        """Token positions where a judge named earlier appears by surname alone."""
        if not self.aliases:
            return {}
        found: dict[int, Court] = {}
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, self.aliases)) + r")\b")
        for match in pattern.finditer(self.ctx.text):
            span = self.ctx.doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1:
                found[span.start] = self.aliases[match.group()]
        return found

    def _pronoun_positions(self) -> dict[int, Court]:
        """"The federal judge in Massachusetts … has weighed in. Responding to a motion, he wrote
        that …": "he" or "she" right before a legal verb, in a sentence naming no court, is the
        one judge the sentence before named."""
        found: dict[int, Court] = {}
        views = self.ctx.views
        lower = lower_words(self.ctx.doc)
        for index in range(1, len(views)):
            courts = self._cue_courts.get(index - 1)
            # Only a sentence after one naming a court, and naming none itself, can hold one.
            if not courts or index in self._cue_courts:
                continue
            judges = [c for c in courts if c.level == "judge"]
            # "The district court in The Hague was not persuaded. On Tuesday it refused …":
            # "it" for the one court, not a person, the sentence before named.
            bodies = [c for c in courts if c.level != "step" and
                      lower[c.end - 1] not in JUDGE_TITLES]
            view = views[index]
            for i in _before_legal_verbs(view):
                if lower[i] in JUDGE_PRONOUNS and len(judges) == 1:
                    found[i] = judges[0]
                    break
                if lower[i] in BODY_PRONOUNS and len(courts) == len(bodies) == 1:
                    found[i] = bodies[0]
                    break
        return found

    def has_court(self, index: int) -> bool:
        """Sentence ``index`` names a court, or a judge or a court by surname or pronoun."""
        return index in self._cue_courts or index in self._alias_views

    def _home_state(self) -> str | None:
        """The state whose transfers the document reports, whose courts an unplaced court is."""
        deporter = self.ctx.deporter
        marked = self._marked_sender(deporter)
        if marked:
            return marked
        # A document that names states only as destinations ("deported to South Sudan") has
        # no deporter of its own: the state a destination is not its courts' state.
        if deporter and not (deporter not in deporting_states() and (
                deporter in self.ctx.doc.user_data.get(DESTINATIONS_KEY, ()) or
                self._only_destination(deporter))):
            return deporter
        counts = Counter(m.iso3 for v in self.ctx.views for m in v.mentions
                         if m.iso3 in deporting_states() and m.label != "DEMONYM")
        if not counts:
            # "a federal judge", "the Alien Enemies Act", "the Home Office" name the sender.
            counts = Counter(c.kb_id_ for v in self.ctx.views
                             for c in v.cue_values("LEGAL_HOME_MARK"))
        if counts:
            return counts.most_common(1)[0][0]
        return self.ctx.dateline_country

    def _marked_sender(self, deporter: str | None) -> str | None:
        """A story of removals to France told through the sender's own bodies ("the Home
        Office said", "the Court of Appeal"), that names the state it counts as the deporter
        only as where people go ("sent back to France") or as a partner ("talks with
        Belgium"): the state those bodies belong to, marked more than once and alone."""
        marks = Counter(c.kb_id_ for v in self.ctx.views
                        for c in v.cue_values("LEGAL_HOME_MARK"))
        if deporter is None or len(marks) != 1 or deporter in marks:
            return None
        state, count = marks.most_common(1)[0]
        if count < MARKS_FOR_SENDER:
            return None
        words = lower_words(self.ctx.doc)
        partner_only = all(m.label == "DEMONYM" or words[max(m.start - 1, 0)] in PARTNER_WORDS
                           for v in self.ctx.views for m in v.mentions if m.iso3 == deporter)
        destination = deporter in self.ctx.doc.user_data.get(DESTINATIONS_KEY, ())
        return state if partner_only or destination else None

    def _only_destination(self, iso3: str) -> bool:
        """Every mention of the state follows "to" ("the removal of migrants to South Sudan")."""
        words = lower_words(self.ctx.doc)
        return all(words[max(m.start - 1, 0)] in DESTINATION_WORDS
                   for v in self.ctx.views for m in v.mentions if m.iso3 == iso3)

    @cached_property
    def story_setting(self) -> str | None:
        """The state a story without a dateline is set in: the one it is about (the context's
        host state), named more than once, in a story that names the deporting state only as
        the counterpart ("deported from the United States", "a deal with Washington"), never as
        an actor ("Britain planned")."""
        host, home = self.ctx.host_state, self.home
        named = sum(m.iso3 == host for v in self.ctx.views for m in v.mentions)
        if host is None or named < SETTING_MENTIONS:
            return None
        words = lower_words(self.ctx.doc)
        acting = any(m.iso3 == home and m.label != "DEMONYM" and
                     not COUNTERPART & set(words[max(m.start - 2, 0):m.start])
                     for v in self.ctx.views for m in v.mentions)
        return None if acting else host

    @cached_property
    def court_setting(self) -> str | None:
        """The state whose courts the story is about, for a court no sentence places: the one
        state other than home that names its courts ("the High Court of Eswatini", "an
        Eswatini court"); none when any court of the story belongs to home or reads like one
        of its ("a federal judge in Boston", "a lower-court order", "a lower court", a judge
        by name, an international court)."""
        home, placed = self.home, set()
        lower = lower_words(self.ctx.doc)
        for courts in self._cue_courts.values():
            for court in courts:
                if court.iso3:
                    placed.add(court.iso3)
                elif court.place or court.name or court.level == "international" or \
                        court.start > 0 and lower[court.start - 1] in SENDER_COURT_WORDS or \
                        court.text == "lower court" or \
                        SENDER_COURT_WORDS & set(court.text.lower().split()):
                    return None
        # A dateline or a setting alone does not place them: "JUBA — The Supreme Court lifted
        # the order" is the sender's court.
        return placed.pop() if len(placed) == 1 and home not in placed else None

    @cached_property
    def governing_host(self) -> str | None:
        """The host state when its own government is the story's actor: named by its officials
        ("Ghana's president", "the foreign minister") at least twice and more often than the
        home state's, though the story may also tell what the sender does."""
        host, home = self.ctx.host_state, self.home
        if host is None or host == home:
            return None
        officials = Counter(m.iso3 for v in self.ctx.views for m in v.mentions
                            if m.label == "GOV" and m.iso3 in (host, home))
        return host if officials[host] >= 2 and officials[host] > officials[home] else None

    @cached_property
    def receiving(self) -> str | None:
        """The state that receives: the dateline's, or the state most named besides home."""
        dateline = self.ctx.dateline_country
        if dateline and dateline != self.home:
            return dateline
        counts = Counter(m.iso3 for v in self.ctx.views for m in v.mentions
                         if m.iso3 != self.home and m.label in ("NAME", "CAPITAL", "GOV"))
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def counterpart(self) -> str | None:
        """The receiving state when the story names it in more than one sentence: the
        counterpart of home's own scheme, not a state one sentence brings up."""
        receiving = self.receiving
        named = sum(any(m.iso3 == receiving for m in v.mentions) for v in self.ctx.views)
        return receiving if named > 1 else None

    def courts_in(self, index: int, view: SentenceView) -> list[Court]:
        """Courts named in the sentence, including judges called by surname."""
        courts = list(self._cue_courts.get(index, ()))
        taken = {i for c in courts for i in range(c.start, c.tail)}
        for i, alias in self.alias_at.items():
            if view.start <= i < view.end and i not in taken:
                courts.append(Court(i, i + 1, i + 1, alias.text, alias.level, alias.place,
                                    alias.name, alias.iso3))
        return sorted(courts, key=lambda c: c.start)

    def _courts_of_cues(self, view: SentenceView) -> list[Court]:
        """Courts named by cue words; adjacent court words are one court ("High Court judge")."""
        doc = self.ctx.doc
        groups: list[list] = []
        lower = lower_words(doc)
        for cue in sorted(view.cue_values("COURT"), key=lambda c: (c.start, -len(c))):
            if cue.kb_id_ == "step" or cue.text == "justice" or \
                    cue.text == "Justice" and not self._titled_name(cue.start):
                continue
            # "the Constitutional Chamber of the Supreme Court": one court, named by its part.
            joined = groups and lower[groups[-1][1]:cue.start] in (["of", "the"], ["of"])
            if groups and (cue.start <= groups[-1][1] or joined):
                groups[-1][1] = max(groups[-1][1], cue.end)
                groups[-1][2].append((len(cue), cue.kb_id_))
            else:
                groups.append([cue.start, cue.end, [(len(cue), cue.kb_id_)]])
        attributes = {c.start for c in view.cue_values("LEGAL_COURT_ATTRIBUTE")}
        # "immigration judges" decide single cases, not the program; "court spokesman" is a
        # person, not a court.
        return [self._court(view, start, end, ranks) for start, end, ranks in groups
                if not (start > 0 and lower[start - 1] == "immigration" or end in attributes)]

    def _titled_name(self, at: int) -> bool:
        """"Justice Roselyn Njoroge": the title before a judge's name, not "the Justice
        Department", "the Ministry of Justice" or "Justice Minister"."""
        words, lower = token_words(self.ctx.doc), lower_words(self.ctx.doc)
        return at + 1 < len(words) and words[at + 1].istitle() and \
            lower[at + 1] not in NOT_JUDGE_NAMES and (at == 0 or lower[at - 1] != "of")

    def _court(self, view: SentenceView, start: int, end: int,
               ranks: list[tuple[int, str]]) -> Court:
        """``ranks`` are the (length, rank) of the court's cue words: the longest phrase names
        the court ("the EU's highest court" is international, not a supreme court)."""
        doc = self.ctx.doc
        words, lowercase = token_words(doc), lower_words(doc)
        ranked = [r for r in ranks if r[1] in RANKS]
        longest = max((n for n, _ in ranked), default=0)
        level = next((r for r in RANKS if (longest, r) in ranked), None)
        tail, name, place = end, None, None
        if lowercase[end - 1] in JUDGE_TITLES:
            # A judge's name, not the next words of a title-case headline ("Judge Halts Flight").
            cue_starts = {c.start for c in view.cues}
            while tail < min(end + 4, view.end) and words[tail].istitle() and \
                    tail not in cue_starts:
                tail += 1
            if tail > end:
                name = words[tail - 1]
        if tail + 1 < view.end and lowercase[tail] == "in" and words[tail + 1].istitle() \
                and not self.dated(view, tail + 1):
            place = words[tail + 1]
            tail += 2
        iso3 = None
        text_start = start
        lower = start >= 2 and words[start - 1] == "-" and lowercase[start - 2] == "lower"
        for m in view.mentions:
            gap = words[m.end:start] if m.end <= start else None
            if gap in ([], ["'s"], ["’s"], [",", "whose"]):
                iso3, text_start = m.iso3, (m.start if not gap else start)
            elif m.start in (end + 1, tail - 1) and lowercase[m.start - 1] in ("in", "of") and \
                    m.label in ("NAME", "CAPITAL"):
                iso3 = m.iso3
                # "the High Court of Australia": the state is part of the court's name.
                tail = max(tail, m.end)
        text = "lower court" if lower else tokens_text(doc, text_start, tail)
        if place and place.lower() in INTERNATIONAL_SEATS and level in (None, "judge"):
            level, iso3 = "international", None
        return Court(start, end, tail, text, level, place, name, iso3)

    def dated(self, view: SentenceView, at: int) -> bool:
        """The word at ``at`` begins a date ("the Supreme Court in October"), not a place."""
        offset = token_bounds(self.ctx.doc)[0][at] - view.start_char
        return any(d.start == offset for d in self.ctx.dates_in(view))


def _before_legal_verbs(view: SentenceView) -> list[int]:
    """The sentence's token positions one or two words before a legal verb cue, in text
    order: the only places a pronoun for the court can stand (a few positions, not a walk of
    every token)."""
    verbs = [c.start for c in view.cues if c.label_ in LEGAL_VERBS]
    return sorted({i for v in verbs for i in (v - 1, v - 2) if view.start <= i < view.end})
