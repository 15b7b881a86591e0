"""Presentation helpers for the pages: labels, highlighted article text, numbers as words.

Pure functions over store rows and tracker objects; they never parse article text, they only
cut it at the evidence offsets the extractor recorded. Everything returned is plain text that
the templates escape (autoescape is on, and no template marks article content safe).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from thirdcountry.countries import country_name
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.counts import CountTotal
from thirdcountry.tracker.records import SourcedFact, SourceRef

STAGE_LABELS = {
    "approached": "Approached", "negotiating": "Negotiating", "close": "Close to a deal",
    "agreed": "Agreed", "implemented": "People sent", "suspended": "Suspended",
    "declined": "Declined", "ended": "Ended",
}
KIND_LABELS = {
    "third_country_removal": "third-country removals", "safe_third_country": "safe third country",
    "detention": "detention", "unspecified": "kind not stated",
}
QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ",
                   "about": "about ", "up_to": "up to "}


@dataclass(frozen=True, slots=True)
class FactView:
    """What a page shows of any fact: its quote, certainty, attribution and article."""

    id: int
    quote: str
    certainty: str
    attributed_to: str | None
    source: SourceRef


def source_ref(document: Document) -> SourceRef:
    """The article a fact was read in, as the tracker names it."""
    return SourceRef(document.id, document.title, document.url, document.outlet,
                     document.published)


def fact_view(record: FactRecord, document: Document) -> FactView:
    """A stored fact as a page shows it."""
    return FactView(record.id, record.evidence_quote, record.certainty, record.attributed_to,
                    source_ref(document))


def sourced_view(sourced: SourcedFact) -> FactView:
    """A tracker fact as a page shows it."""
    fact = sourced.fact
    return FactView(sourced.fact_id, fact.evidence.quote, fact.certainty, fact.attributed_to,
                    sourced.document)


def web_url(url: str | None) -> str | None:
    """An article URL fit for a link: http(s) only, so a ``javascript:`` URL never runs."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def clean_query(query: str) -> str:
    """A search query without control characters (which no database can search for)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in query).split())


def stage_label(stage: str | None) -> str:
    """A stage as a reader says it (``implemented`` is "People sent")."""
    return STAGE_LABELS.get(stage or "", stage or "no status")


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


def count_text(count: int | None, qualifier: str | None, noun: str = "people") -> str:
    """``at least 130 people``; ``an unknown number of people`` without a count."""
    if count is None:
        return f"an unknown number of {noun}"
    return f"{QUALIFIER_WORDS.get(qualifier or 'exact', '')}{count:,} {noun}"


def total_text(total: CountTotal) -> str | None:
    """People removed in some removals, as a reader says it; None when there are none.

    ``at least 1,250 people (+ 2 removals of unknown size)``; ``3 removals of unknown size``.
    """
    if not total.events:
        return None
    unknown = total.unknown_events
    unknown_text = f"{unknown} removal{'s' if unknown != 1 else ''} of unknown size"
    if total.qualifier is None:
        return unknown_text
    text = count_text(total.value, total.qualifier)
    return f"{text} (+ {unknown_text})" if unknown else text


def pair_text(deporting: str | None, receiving: str | None) -> str:
    """``United States → Rwanda``."""
    return f"{country_name(deporting or '?')} → {country_name(receiving or '?')}"


def fact_label(record: FactRecord) -> str:
    """A short label for a fact: what it says, without the quote."""
    if record.type == "arrangement":
        pair = pair_text(record.deporting_country, record.receiving_country)
        return f"{stage_label(record.stage)}: {pair}"
    if record.type == "removal":
        return (f"Removal of {count_text(record.count, record.count_qualifier)}: "
                f"{pair_text(record.deporting_country, record.receiving_country)}")
    if record.type == "legal_action":
        return f"Legal action ({record.outcome}): {country_name(record.jurisdiction or '?')}"
    return f"Rights concern: {country_name(record.country or '?')}"


@dataclass(slots=True)
class TextRun:
    """A stretch of article text; ``facts`` are the facts whose evidence covers it.

    ``starts`` lists the facts whose evidence begins here, for the labels.
    """

    text: str
    facts: list[FactRecord] = field(default_factory=list)
    starts: list[FactRecord] = field(default_factory=list)


def evidence_span(text: str, record: FactRecord) -> tuple[int, int] | None:
    """Where a fact's quote is in the text: its offsets, or the quote found verbatim.

    Offsets point into the text as ingested; if the text was since replaced, the quote may
    still be found. None when it is nowhere (the fact is then listed but not highlighted).
    """
    start, end = record.evidence_start, record.evidence_end
    if 0 <= start < end <= len(text) and text[start:end] == record.evidence_quote:
        return start, end
    found = text.find(record.evidence_quote) if record.evidence_quote else -1
    return (found, found + len(record.evidence_quote)) if found >= 0 else None


def highlight_runs(text: str, facts: Sequence[FactRecord]) -> list[TextRun]:
    """Cut an article into runs at every evidence boundary.

    Args:
        text: the article text.
        facts: its facts; overlapping and identical spans are fine.

    Returns:
        Runs covering the whole text in order; runs inside evidence carry their facts.
    """
    spans = [(span, record) for record in facts if (span := evidence_span(text, record))]
    cuts = sorted({0, len(text), *(s for (s, _), _ in spans), *(e for (_, e), _ in spans)})
    runs = []
    for begin, end in zip(cuts, cuts[1:], strict=False):
        covering = [r for (s, e), r in spans if s <= begin and end <= e]
        starting = [r for (s, _), r in spans if s == begin]
        runs.append(TextRun(text[begin:end], covering, starting))
    return runs


def group_by(items: Iterable, key) -> dict:
    """Group items into a dict of lists, keys in first-seen order."""
    groups: dict = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups
