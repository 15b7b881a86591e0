"""Legal-action facts: court rulings and challenges about third-country transfers (rules 6, 9).

A sentence gives a legal action when it names a court or a legal step ("judge", "Supreme Court",
"lawsuit", "injunction") and an outcome cue, and is about transfers or the powers used for them.
An order that lifts or stays another court's block gives two facts: the block, and its lifting.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.facts.schema import LegalAction

LIFTING = {"lifted", "lifts", "lift", "set aside", "sets aside", "stayed", "staying", "stays",
           "paused", "vacated", "vacates"}
ORDER_WORDS = {"injunction", "order", "ruling", "finding", "restraining"}
INTERNATIONAL_COURTS = ("european court", "court of justice", "un committee",
                        "human rights committee")


def _court(view: SentenceView) -> Span | None:
    courts = [c for c in view.cue_values("COURT")
              if c.text.lower() not in ("lawsuit", "suit", "petition", "petitions", "injunction",
                                        "restraining order", "class action", "habeas corpus")]
    if not courts:
        courts = view.cue_values("COURT")
    return max(courts, key=lambda c: (len(c), -c.start)) if courts else None


def _jurisdiction(ctx: DocumentContext, view: SentenceView, court: Span) -> str | None:
    if any(word in court.text.lower() for word in INTERNATIONAL_COURTS):
        return ctx.deporter
    doc = court.doc
    for m in view.mentions:
        if m.label not in ("NAME", "DEMONYM", "CAPITAL"):
            continue
        # "U.S. District Judge", "Italian courts", "Britain's Supreme Court"
        if m.end == court.start or (m.end + 1 == court.start and doc[m.end].text in ("'s", "’s")):
            return m.iso3
        # "a court in Rome", "the High Court of Eswatini"
        if m.start == court.end + 1 and doc[court.end].lower_ in ("in", "of"):
            return m.iso3
    dateline = ctx.dateline_country
    if dateline and dateline != ctx.deporter and any(
            m.iso3 == dateline for m in view.mentions) is False and "government" in view.text:
        return dateline
    return ctx.deporter or dateline


def _outcomes(view: SentenceView) -> list[tuple[str, Span]]:
    blocked = view.cue_values("BLOCKED")
    allowed = view.cue_values("ALLOWED")
    pending = view.cue_values("PENDING")
    lifting = [c for c in allowed if c.text.lower() in LIFTING]
    if lifting:
        cue = lifting[0]
        after = {t.lower_ for t in cue.doc[cue.end:cue.end + 6]}
        if after & ORDER_WORDS:
            return [("allowed", cue), ("blocked", cue)]
        return [("allowed", cue)]
    if blocked and allowed:
        first = min(blocked + allowed, key=lambda c: c.start)
        return [("blocked" if first in blocked else "allowed", first)]
    if blocked:
        return [("blocked", blocked[0])]
    if allowed:
        return [("allowed", allowed[0])]
    if pending:
        return [("pending", pending[0])]
    return []


def build_legal_actions(ctx: DocumentContext) -> list[LegalAction]:
    """Every court ruling or legal challenge about transfers that the document reports."""
    facts: list[LegalAction] = []
    for view in ctx.views:
        court = _court(view)
        if court is None or not view.has("LEGAL_SUBJECT"):
            continue
        if not (view.has("MIGRATION") or view.has("ARRANGEMENT_NOUN") or ctx.on_topic):
            continue
        jurisdiction = _jurisdiction(ctx, view, court)
        if jurisdiction is None:
            continue
        subject = "third-country transfers"
        laws = [c for c in view.cue_values("LEGAL_SUBJECT")
                if c.text.lower() == "alien enemies act"]
        if laws:
            subject = "Alien Enemies Act"
        for outcome, cue in _outcomes(view):
            cert = certainty_of(view)
            facts.append(LegalAction(
                jurisdiction=jurisdiction, court=court.text, subject=subject, outcome=outcome,
                date=ctx.date_near(view, cue.start), certainty=cert.level,
                attributed_to=cert.attributed_to, evidence=ctx.evidence(view),
                rule=f"legal.{outcome}:{cue.text.lower()}@{court.text.lower()}"))
    return facts
