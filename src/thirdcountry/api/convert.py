"""Turn store rows and tracker objects into the API's response models.

Facts, their articles, removals and timelines, which a page holds by the hundred, become plain
dicts with the fields of their models (``schemas.py``): the route's ``response_model``
validates them once, in pydantic's compiled core, where building every nested model in Python
cost more server time than the queries. The rest are models built here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row

from thirdcountry.api.schemas import (
    CountryDetail,
    CountryPublic,
    DocumentSummary,
    LegalActionPublic,
    PairStatusPublic,
    RightsConcernPublic,
    TotalsPublic,
)
from thirdcountry.countries import country_name, find_country
from thirdcountry.store.tables import Document
from thirdcountry.tracker import (
    CountrySummary,
    CountTotal,
    PairStatus,
    PairTimeline,
    RemovalEvent,
    RemovalEventView,
    SourcedFact,
    SourceRef,
    Totals,
)
from thirdcountry.tracker.tables import CountryRow
from thirdcountry.web.present import count_text


def source_public(document: Document | SourceRef) -> dict[str, Any]:
    """The article a fact was read in (a stored document or the tracker's reference), as a
    ``SourcePublic``."""
    document_id = document.id if isinstance(document, Document) else document.document_id
    return {"document_id": document_id, "title": document.title, "url": document.url,
            "outlet": document.outlet, "published": document.published}


def terms_public(data: dict | None) -> dict[str, Any] | None:
    """An arrangement's ``terms`` object as a ``TermsPublic``, or None when the fact states
    none."""
    if not data:
        return None
    payment = data.get("payment")
    return {
        "payment": payment if isinstance(payment, dict) else None,
        "capacity": data.get("capacity"),
        "nationalities": list(data.get("nationalities") or []),
        "incentive": data.get("incentive"),
    }


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite returns stored UTC timestamps without their zone; say it."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def fact_public(row: Row, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """One stored fact with its article, all FACTS.md fields flat, as a ``FactPublic``.

    Args:
        row: a row of ``tracker.records.FACT_COLUMNS`` and ``DOCUMENT_COLUMNS`` (as
            ``api.queries`` reads them, or ``SourcedFact.row``).
        fields: ``row._fields``, when the caller has it for a page of rows of one statement
            (SQLAlchemy builds the tuple anew on every access).
    """
    # A row's attributes are looked up by name on every access; one dict of it costs a
    # fraction of the thirty lookups.
    fact = dict(zip(fields or row._fields, row, strict=True))
    return {
        **{name: fact[name] for name in _FACT_FIELDS},
        "terms": terms_public(fact["terms"]),
        "nationalities": list(fact["nationalities"] or []),
        "evidence": {"quote": fact["evidence_quote"], "start": fact["evidence_start"],
                     "end": fact["evidence_end"]},
        "document": {name: fact[name] for name in _SOURCE_FIELDS},
        "added": _utc(fact["created_at"]).isoformat(),
    }


# The fields of ``FactPublic`` and ``SourcePublic`` that are columns of a fact's row as they are.
_FACT_FIELDS = ("id", "type", "status", "certainty", "attributed_to", "date",
                "deporting_country", "receiving_country", "kind", "stage", "count",
                "count_qualifier", "facility", "legal_basis", "jurisdiction", "court", "subject",
                "outcome", "country", "concern")
_SOURCE_FIELDS = ("document_id", "title", "url", "outlet", "published")


def document_summary(document: Document, fact_count: int) -> DocumentSummary:
    """An article's metadata and how many facts it has."""
    return DocumentSummary(
        id=document.id, title=document.title, url=document.url, outlet=document.outlet,
        published=document.published, language=document.language,
        canonical_id=document.canonical_id, fact_count=fact_count,
    )


def count_total_public(total: CountTotal) -> dict[str, Any]:
    """A removal total with its qualifier and how it reads, as a ``CountTotalPublic``."""
    return {"value": total.value, "qualifier": total.qualifier, "events": total.events,
            "unknown_events": total.unknown_events, "text": total.text}


def totals_public(totals: Totals) -> TotalsPublic:
    """The headline numbers."""
    return TotalsPublic(
        pairs=totals.pairs, disputed_pairs=totals.disputed_pairs,
        countries_approached=totals.countries_approached,
        countries_agreed=totals.countries_agreed,
        countries_receiving=totals.countries_receiving,
        people_removed=count_total_public(totals.people_removed),
    )


def pair_status_public(pair: PairStatus) -> PairStatusPublic:
    """A pair's current status."""
    return PairStatusPublic(
        deporting_country=pair.deporting, deporting_name=pair.deporting_name,
        receiving_country=pair.receiving, receiving_name=pair.receiving_name, kind=pair.kind,
        stage=pair.stage, certainty=pair.certainty, curated=pair.curated, date=pair.date,
        as_of_start=pair.as_of_start, as_of_end=pair.as_of_end,
        furthest_stage=pair.furthest_stage, disputed=pair.disputed, disputes=pair.disputes,
        removals=count_total_public(pair.removals), sources=pair.sources, facts=pair.facts,
    )


def removal_public(event: RemovalEvent | RemovalEventView) -> dict[str, Any]:
    """A removal event, from the tracker's table (a view) or a freshly merged timeline, as a
    ``RemovalPublic``."""
    if isinstance(event, RemovalEvent):
        event_id, fact_ids = event.key, [f.fact_id for f in event.facts]
    else:
        event_id, fact_ids = event.id, list(event.fact_ids)
    return {
        "id": event_id, "deporting_country": event.deporting,
        "receiving_country": event.receiving,
        "date": str(event.date) if event.date else None, "count": event.count,
        "count_qualifier": event.count_qualifier,
        "count_text": count_text(event.count, event.count_qualifier),
        "nationalities": list(event.nationalities), "facility": event.facility,
        "legal_basis": event.legal_basis, "certainty": event.certainty,
        "curated": event.curated, "firm": event.firm, "disputed": event.disputed,
        "counts_reported": [{"count": c, "qualifier": q} for c, q in event.counts_reported],
        "fact_ids": fact_ids, "sources": [source_public(s) for s in event.sources],
        "source_count": event.source_count,
    }


def _facts_public(facts: Iterable[SourcedFact]) -> list[dict[str, Any]]:
    """Facts the tracker read, as stored (its readers keep the store's row of each)."""
    return [fact_public(f.row) for f in facts if f.row is not None]


def timeline_public(timeline: PairTimeline) -> dict[str, Any]:
    """A pair's timeline with every fact shown as stored, as a ``PairTimelinePublic`` (the
    route adds the page's ``next_offset`` and the entries' ``next_quote_offset``)."""
    entries = [
        {
            "id": entry.key, "stage": entry.stage, "label": entry.label,
            "date": str(entry.date) if entry.date else None, "kind": entry.kind,
            "certainty": entry.certainty, "curated": entry.curated,
            "disputed": entry.disputed, "current": entry is timeline.current,
            "removal": removal_public(entry.removal) if entry.removal else None,
            "facts": _facts_public(entry.facts), "fact_count": entry.fact_count,
        }
        for entry in timeline.entries
    ]
    return {
        "deporting_country": timeline.deporting,
        "deporting_name": country_name(timeline.deporting),
        "receiving_country": timeline.receiving,
        "receiving_name": country_name(timeline.receiving),
        "kind": timeline.kind, "stage": timeline.stage, "certainty": timeline.certainty,
        "furthest_stage": timeline.furthest_stage,
        "removals": count_total_public(timeline.removal_total), "entries": entries,
        "entry_count": timeline.entry_count,
        "disputes": [{"kind": d.kind, "summary": d.summary} for d in timeline.disputes],
        "sources": [source_public(s) for s in timeline.sources],
        "fact_count": timeline.fact_count, "source_count": timeline.source_count,
    }


def _iso2(iso3: str) -> str | None:
    country = find_country(iso3)
    return country.iso2 if country else None


def country_public(row: CountryRow) -> CountryPublic:
    """A country's row of the tracker."""
    return CountryPublic(
        iso3=row.iso3, iso2=_iso2(row.iso3), name=country_name(row.iso3),
        receiving_stage=row.receiving_stage, disputed=row.disputed,
        pairs_as_deporting=row.pairs_as_deporting, pairs_as_receiving=row.pairs_as_receiving,
        received=count_total_public(CountTotal(row.received_value, row.received_qualifier,
                                               row.received_events, row.received_unknown)),
        sent=count_total_public(CountTotal(row.sent_value, row.sent_qualifier, row.sent_events,
                                           row.sent_unknown)),
        legal_action_reports=row.legal_action_reports,
        rights_concern_reports=row.rights_concern_reports,
    )


def country_detail(iso3: str, summary: CountrySummary | None) -> CountryDetail:
    """A country with its pairs and merged legal actions and rights concerns.

    Args:
        iso3: the country.
        summary: what the tracker knows, None when nothing (all lists are then empty).
    """
    if summary is None:
        return CountryDetail(
            iso3=iso3, iso2=_iso2(iso3), name=country_name(iso3), receiving_stage=None,
            disputed=False, received=count_total_public(CountTotal()),
            sent=count_total_public(CountTotal()), as_receiving=[], as_deporting=[],
            legal_actions=[], rights_concerns=[],
        )
    return CountryDetail(
        iso3=iso3, iso2=_iso2(iso3), name=summary.name, receiving_stage=summary.receiving_stage,
        disputed=summary.disputed, received=count_total_public(summary.received),
        sent=count_total_public(summary.sent),
        as_receiving=[pair_status_public(p) for p in summary.as_receiving],
        as_deporting=[pair_status_public(p) for p in summary.as_deporting],
        legal_actions=[
            LegalActionPublic(
                jurisdiction=a.jurisdiction, court=a.court, subject=a.subject,
                outcome=a.outcome, date=str(a.date) if a.date else None,
                certainty=a.certainty, curated=a.curated, facts=_facts_public(a.facts),
            )
            for a in summary.legal_actions
        ],
        rights_concerns=[
            RightsConcernPublic(country=c.country, concern=c.concern, certainty=c.certainty,
                                curated=c.curated, facts=_facts_public(c.facts))
            for c in summary.rights_concerns
        ],
        legal_action_count=summary.legal_action_count,
        rights_concern_count=summary.rights_concern_count,
    )
