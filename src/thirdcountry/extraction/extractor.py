"""The orchestrator: run the spaCy pipeline, then the fact rules, then one fact per event.

Reads like a recipe: parse → document context → arrangements, removals, legal actions →
rights concerns for the states that receive → merge duplicates (FACTS.md rule 11) → the stage
check's second opinion on each pair's arrangement stages → attribution the document carries.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc

from thirdcountry.extraction.arrangements import (
    build_arrangements,
    kind_of,
    like_the_deal_before,
    onward_removal,
    receivers_with_a_deal,
)
from thirdcountry.extraction.certainty import (
    certainty_of,
    report_denied_agreements,
    speaker_of,
)
from thirdcountry.extraction.concerns import build_rights_concerns
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.dates import parse_published
from thirdcountry.extraction.implicit_deals import deporters_with_an_implicit_deal
from thirdcountry.extraction.legal import build_legal_actions
from thirdcountry.extraction.legal_check import check_legal_actions
from thirdcountry.extraction.pipeline import build_nlp
from thirdcountry.extraction.plain_text import plain_text
from thirdcountry.extraction.removal_merge import a_batch_of_its_own, refine_counted_dates
from thirdcountry.extraction.removals import build_removals
from thirdcountry.extraction.sentences import GIVEN_TEXT_KEY, TEXT_KEY
from thirdcountry.extraction.stage_check import check_stages
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import Arrangement, Fact, Removal

EXTRACTOR_VERSION = "0.1.0"

Published = str | dt.date | None


def _earlier(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.startswith(b) or b.startswith(a):
        return max(a, b)  # "2025-09" and "2025-09-10" are one time: keep the precise one
    return min(a, b)


def _years_apart(a: str | None, b: str | None) -> bool:
    """Two stages dated years apart are two deals ("signed in 2019 … a new agreement in 2025")."""
    return a is not None and b is not None and abs(int(a[:4]) - int(b[:4])) >= 2


def _kind_per_pair(ctx: DocumentContext, facts: list[Arrangement]) -> None:
    """One kind per pair in a document: the strongest cue of all the sentences stating its
    facts ("the scheme … to have their asylum claims decided there" makes every fact of that
    pair ``safe_third_country``, including "Rwanda scheme finished")."""
    sentences: dict[tuple[str, str], list] = {}
    for fact in facts:
        view = ctx.view_at(fact.evidence.start)
        if view is not None:
            index = ctx.index_of(view)
            # "such pacts", "the scheme": the sentence before often names the kind.
            sentences.setdefault((fact.deporting_country, fact.receiving_country), []).extend(
                ctx.views[max(0, index - 1):index + 1])
    # The kind depends only on the pair and its sentences: read it once per pair, not once per
    # fact over a list that grows with every fact of the pair. A sentence listed twice (two
    # facts of the pair in it or in the next) changes nothing the second time: read it once.
    kinds = {(deporter, receiver): kind_of(list({id(v): v for v in views}.values()), receiver,
                                           deporter)
             for (deporter, receiver), views in sentences.items() if views}
    for fact in facts:
        kind = kinds.get((fact.deporting_country, fact.receiving_country))
        if kind is not None:
            fact.kind = kind


def _merge_arrangements(facts: list[Arrangement]) -> list[Arrangement]:
    """One fact per (pair, stage), dated by the earliest event reported for it (rule 11)."""
    kept: dict[tuple[str, str, str], list[Arrangement]] = {}
    for fact in facts:
        key = (fact.deporting_country, fact.receiving_country, fact.stage)
        same = kept.setdefault(key, [])
        first = next((f for f in same if fact.stage == "implemented" or
                      not _years_apart(f.date, fact.date)), None)
        if first is None:
            same.append(fact)
            continue
        first.date = _earlier(first.date, fact.date)
        if first.terms is None and fact.terms is not None:
            first.terms = fact.terms
    return [f for group in kept.values() for f in group]


def _merge_removals(facts: list[Removal]) -> list[Removal]:
    """One removal per pair and count; an uncounted mention adds nothing to a counted one."""
    kept: dict[tuple[str, str, int | None], Removal] = {}
    for fact in facts:
        key = (fact.deporting_country, fact.receiving_country, fact.count)
        first = kept.setdefault(key, fact)
        if first is not fact:
            # a later sentence on the same removal may name who was sent or where they went
            first.nationalities = first.nationalities or fact.nationalities
            first.facility = first.facility or fact.facility
            first.legal_basis = first.legal_basis or fact.legal_basis
            first.date = _earlier(first.date, fact.date)  # "in July" and "on July 15": the day
    counted = {(d, r) for d, r, c in kept if c is not None}
    refine_counted_dates([f for (_d, _r, c), f in kept.items() if c is not None],
                         [f for (_d, _r, c), f in kept.items() if c is None])
    return [f for (d, r, c), f in kept.items()
            if c is not None or (d, r) not in counted or a_batch_of_its_own(f, facts)]


# "under the agreement", "sent under the deal", "under that arrangement" — not "under the act"
UNDER_A_DEAL = re.compile(r"\b(?:under|in (?:application|the framework) of|pursuant to|"
                          r"on the basis of|as part of)\s+(?:the|an|a|that|this|its|their)\s+"
                          r"(?:[\w-]+\s+){0,3}?"
                          r"(?:agreement|deal|arrangement|accord|pact|protocol|scheme|memorandum|"
                          r"programme|program|pilot|partnership)\b", re.IGNORECASE)


def _implemented_from_removals(ctx: DocumentContext, removals: list[Removal],
                               arrangements: list[Arrangement]) -> list[Arrangement]:
    """People sent under a deal the document reports make that deal ``implemented`` (rule 2)."""
    if not removals:
        return []
    agreed = {(a.deporting_country, a.receiving_country) for a in arrangements
              if a.stage in ("agreed", "implemented")}
    # "received in line with the understanding reached with Washington": one receiver only
    implicit = {d for d in deporters_with_an_implicit_deal(ctx)
                if len({r.receiving_country for r in removals if r.deporting_country == d}) == 1}
    # The receivers a clause names with a deal, read only for a removal that nothing else ties
    # to a deal: it is a pass over the clauses of every sentence.
    with_a_deal: set[str] | None = None
    out = []
    for removal in removals:
        pair = (removal.deporting_country, removal.receiving_country)
        if pair not in agreed and pair[0] not in implicit and \
                UNDER_A_DEAL.search(removal.evidence.quote) is None:
            if with_a_deal is None:
                with_a_deal = receivers_with_a_deal(ctx)
            if pair[1] not in with_a_deal:
                continue
        if pair not in agreed and onward_removal(pair, removals, arrangements):
            continue  # "driven across the border into Togo": Ghana's deal is with Washington
        views = [v for v in ctx.views if any(m.iso3 == pair[1] for m in v.mentions)]
        # The stage is reached on the first day people arrive, though the removal spans days.
        date = removal.date
        quote_view = ctx.view_at(removal.evidence.start)
        if quote_view is not None and date and len(date) == 7:
            first_day = [d.value for d in ctx.dates_in(quote_view)
                         if d.value and d.value.startswith(date)]
            date = min(first_day) if first_day else date
        out.append(Arrangement(
            deporting_country=pair[0], receiving_country=pair[1],
            kind=kind_of(views, pair[1], pair[0]),
            stage="implemented", date=date, certainty=removal.certainty,
            attributed_to=removal.attributed_to, evidence=removal.evidence,
            rule="arrangement.implemented:" + (removal.rule or "removal")))
    return out


# Talks, requests and near-deals are known only from someone's account: an unattributed one
# takes the attribution a sentence just before it gave ("The Journal reported that … Among the
# countries the U.S. has asked are …").
CARRIED_STAGES = {"approached", "negotiating", "close"}
CARRY_BACK_SENTENCES = 3


PRONOUNS = word_class("subject_pronouns")


def _resolve_pronoun_source(ctx: DocumentContext, fact: Fact, starts: list[int]) -> None:
    """"She said …": the speaker is the one the sentences before attributed a claim to."""
    index = bisect_right(starts, fact.evidence.start) - 1
    for view in reversed(ctx.views[max(0, index - CARRY_BACK_SENTENCES):index]):
        earlier = speaker_of(view)
        if earlier.attributed_to and earlier.attributed_to.lower() not in PRONOUNS:
            fact.attributed_to = earlier.attributed_to
            if fact.certainty in ("confirmed", "reported"):
                fact.certainty = earlier.level if earlier.level in ("confirmed", "reported") \
                    else fact.certainty
            return


def _attribute_by_context(ctx: DocumentContext, facts: list[Fact]) -> None:
    """Attribution that the document gives once and applies to what follows."""
    organisation = ctx.issuing_organisation
    starts = [v.start_char for v in ctx.views]
    for fact in facts:
        if fact.attributed_to and fact.attributed_to.lower() in PRONOUNS:
            _resolve_pronoun_source(ctx, fact, starts)
        if fact.certainty != "confirmed" or fact.attributed_to is not None:
            continue
        if organisation:
            fact.certainty, fact.attributed_to = "reported", organisation
            continue
        if not (isinstance(fact, Arrangement) and fact.stage in CARRIED_STAGES):
            continue
        index = bisect_right(starts, fact.evidence.start) - 1
        for view in reversed(ctx.views[max(0, index - CARRY_BACK_SENTENCES):index]):
            earlier = certainty_of(view)
            if earlier.level in ("reported", "rumored") and earlier.attributed_to:
                fact.certainty, fact.attributed_to = earlier.level, earlier.attributed_to
                break


def _release(doc: Doc) -> None:
    """Drop what extraction cached on a document it parsed itself, once its facts are read.

    The cached cues point back at the document, so it would otherwise be freed only by the
    cycle collector, and every collection until then would scan its word lists again: about
    3% of extraction's CPU, counted with ``gc.callbacks``.
    """
    doc.user_data.clear()


class Extractor:
    """A loaded extraction pipeline; build once, call many times."""

    def __init__(self, *, checks: bool = True) -> None:
        """``checks=False`` gives the rules' facts alone, without the learned checks of their
        stages and legal outcomes, as the checks are trained on (``scripts/train_*_check.py``)."""
        self.nlp = build_nlp()
        self.checks = checks

    def facts_of(self, doc: Doc, published: Published = None) -> list[Fact]:
        """Facts of an already parsed document."""
        ctx = DocumentContext(doc, parse_published(published))
        if not ctx.on_topic:
            return []
        arrangements = build_arrangements(ctx)
        removals = _merge_removals(build_removals(ctx))
        arrangements += _implemented_from_removals(ctx, removals, arrangements)
        for removal in removals:
            # "15 since July": the deal took the date its count began; the count has none
            if id(removal) in ctx.counted_over_months:
                removal.date = None
        _kind_per_pair(ctx, arrangements)
        like_the_deal_before(ctx, arrangements)
        arrangements = _merge_arrangements(arrangements)
        legal = build_legal_actions(ctx)
        receivers = {a.receiving_country for a in arrangements} | \
                    {r.receiving_country for r in removals}
        concerns = build_rights_concerns(ctx, receivers)
        facts: list[Fact] = [*arrangements, *removals, *legal, *concerns]
        if self.checks:
            arrangements = check_stages(ctx, facts)
            legal = check_legal_actions(ctx, facts)
            facts = [*arrangements, *removals, *legal, *concerns]
        _attribute_by_context(ctx, facts)
        report_denied_agreements(ctx.views, facts)
        facts.sort(key=lambda f: (f.evidence.start, f.type))
        return facts

    def _make_doc(self, text: str) -> Doc:
        plain = plain_text(text)
        doc = self.nlp.make_doc(plain)
        doc.user_data[TEXT_KEY] = plain
        if plain != text:
            doc.user_data[GIVEN_TEXT_KEY] = text
        return doc

    def extract(self, text: str, published: Published = None) -> list[Fact]:
        """Return every fact stated in ``text``; evidence offsets slice ``text`` exactly."""
        doc = self.nlp(self._make_doc(text))
        facts = self.facts_of(doc, published)
        _release(doc)
        return facts

    def extract_many(
        self, items: Iterable[tuple[str, Published]], batch_size: int = 32
    ) -> Iterator[list[Fact]]:
        """Yield the facts of each ``(text, published)`` pair, in order, parsing in batches."""
        items = iter(items)
        pending: list[Published] = []

        def docs() -> Iterator[Doc]:
            for text, published in items:
                pending.append(published)
                yield self._make_doc(text)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            facts = self.facts_of(doc, pending.pop(0))
            _release(doc)
            yield facts


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: Published = None) -> list[Fact]:
    """Extract facts from one article with the default pipeline.

    Args:
        text: the article text; evidence offsets index into it.
        published: publication date (``YYYY-MM-DD`` or a ``date``) used to resolve "last week".

    Returns:
        Typed facts (``Arrangement``, ``Removal``, ``LegalAction``, ``RightsConcern``).
    """
    return default_extractor().extract(text, published)
