"""Turn store rows and tracker objects into the API's response models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Row
from sqlalchemy.orm import Session

from thirdcountry.api.queries import facts_by_id
from thirdcountry.api.schemas import (
    CountReport,
    CountryDetail,
    CountryPublic,
    CountTotalPublic,
    DisputePublic,
    DocumentSummary,
    EvidencePublic,
    FactPublic,
    LegalActionPublic,
    PairStatusPublic,
    PairTimelinePublic,
    PaymentPublic,
    RemovalPublic,
    RightsConcernPublic,
    SourcePublic,
    TermsPublic,
    TimelineEntryPublic,
    TotalsPublic,
)
from thirdcountry.countries import country_name, find_country
from thirdcountry.store.tables import Document, FactRecord
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


def source_public(document: Document | SourceRef) -> SourcePublic:
    """The article a fact was read in (a stored document or the tracker's reference)."""
    document_id = document.id if isinstance(document, Document) else document.document_id
    return SourcePublic(document_id=document_id, title=document.title, url=document.url,
                        outlet=document.outlet, published=document.published)


def terms_public(data: dict | None) -> TermsPublic | None:
    """An arrangement's ``terms`` object, or None when the fact states none."""
    if not data:
        return None
    payment = data.get("payment")
    return TermsPublic(
        payment=PaymentPublic(**payment) if isinstance(payment, dict) else None,
        capacity=data.get("capacity"),
        nationalities=list(data.get("nationalities") or []),
        incentive=data.get("incentive"),
    )


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite returns stored UTC timestamps without their zone; say it."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def fact_public(record: FactRecord | Row, document: Document | SourceRef) -> FactPublic:
    """One stored fact with its article, all FACTS.md fields flat.

    Args:
        record: the fact (an ORM object or a row of every fact column; its ``data`` holds
            the FACTS.md object, incl. lists and terms).
        document: the article it was extracted from (or its reference).
    """
    data = record.data or {}
    return FactPublic(
        id=record.id,
        type=record.type,
        status=record.status,
        certainty=record.certainty,
        attributed_to=record.attributed_to,
        date=record.date,
        deporting_country=record.deporting_country,
        receiving_country=record.receiving_country,
        kind=record.kind,
        stage=record.stage,
        terms=terms_public(data.get("terms")),
        count=record.count,
        count_qualifier=record.count_qualifier,
        nationalities=list(data.get("nationalities") or []),
        facility=record.facility,
        legal_basis=record.legal_basis,
        jurisdiction=record.jurisdiction,
        court=record.court,
        subject=record.subject,
        outcome=record.outcome,
        country=record.country,
        concern=record.concern,
        evidence=EvidencePublic(quote=record.evidence_quote, start=record.evidence_start,
                                end=record.evidence_end),
        document=source_public(document),
        added=_utc(record.created_at).isoformat(),
    )


def document_summary(document: Document, fact_count: int) -> DocumentSummary:
    """An article's metadata and how many facts it has."""
    return DocumentSummary(
        id=document.id, title=document.title, url=document.url, outlet=document.outlet,
        published=document.published, language=document.language,
        canonical_id=document.canonical_id, fact_count=fact_count,
    )


def count_total_public(total: CountTotal) -> CountTotalPublic:
    """A removal total with its qualifier and how it reads."""
    return CountTotalPublic(value=total.value, qualifier=total.qualifier, events=total.events,
                            unknown_events=total.unknown_events, text=total.text)


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


def removal_public(event: RemovalEvent | RemovalEventView) -> RemovalPublic:
    """A removal event, from the tracker's table (a view) or a freshly merged timeline."""
    if isinstance(event, RemovalEvent):
        event_id, fact_ids = event.key, tuple(f.fact_id for f in event.facts)
    else:
        event_id, fact_ids = event.id, event.fact_ids
    return RemovalPublic(
        id=event_id, deporting_country=event.deporting, receiving_country=event.receiving,
        date=str(event.date) if event.date else None, count=event.count,
        count_qualifier=event.count_qualifier,
        count_text=count_text(event.count, event.count_qualifier),
        nationalities=list(event.nationalities), facility=event.facility,
        legal_basis=event.legal_basis, certainty=event.certainty, curated=event.curated,
        firm=event.firm, disputed=event.disputed,
        counts_reported=[CountReport(count=c, qualifier=q) for c, q in event.counts_reported],
        fact_ids=list(fact_ids), sources=[source_public(s) for s in event.sources],
    )


def _facts_public(
    facts: Iterable[SourcedFact], stored: dict[int, tuple[Row, SourceRef]]
) -> list[FactPublic]:
    return [fact_public(*stored[f.fact_id]) for f in facts if f.fact_id in stored]


def timeline_public(session: Session, timeline: PairTimeline) -> PairTimelinePublic:
    """A pair's timeline with every fact as stored (one query loads them all)."""
    stored = facts_by_id(session, (f.fact_id for f in timeline.facts))
    entries = [
        TimelineEntryPublic(
            stage=entry.stage, label=entry.label,
            date=str(entry.date) if entry.date else None, kind=entry.kind,
            certainty=entry.certainty, curated=entry.curated, disputed=entry.disputed,
            current=entry is timeline.current,
            removal=removal_public(entry.removal) if entry.removal else None,
            facts=_facts_public(entry.facts, stored),
        )
        for entry in timeline.entries
    ]
    return PairTimelinePublic(
        deporting_country=timeline.deporting, deporting_name=country_name(timeline.deporting),
        receiving_country=timeline.receiving, receiving_name=country_name(timeline.receiving),
        kind=timeline.kind, stage=timeline.stage, certainty=timeline.certainty,
        furthest_stage=timeline.furthest_stage,
        removals=count_total_public(timeline.removal_total), entries=entries,
        disputes=[DisputePublic(kind=d.kind, summary=d.summary) for d in timeline.disputes],
        sources=[source_public(s) for s in timeline.sources],
    )


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


def country_detail(session: Session, iso3: str, summary: CountrySummary | None) -> CountryDetail:
    """A country with its pairs and merged legal actions and rights concerns.

    Args:
        session: an open session (to load the merged entries' facts).
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
    merged = [f for entry in (*summary.legal_actions, *summary.rights_concerns)
              for f in entry.facts]
    stored = facts_by_id(session, (f.fact_id for f in merged))
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
                certainty=a.certainty, curated=a.curated, facts=_facts_public(a.facts, stored),
            )
            for a in summary.legal_actions
        ],
        rights_concerns=[
            RightsConcernPublic(country=c.country, concern=c.concern, certainty=c.certainty,
                                curated=c.curated, facts=_facts_public(c.facts, stored))
            for c in summary.rights_concerns
        ],
        legal_action_count=summary.legal_action_count,
        rights_concern_count=summary.rights_concern_count,
    )
