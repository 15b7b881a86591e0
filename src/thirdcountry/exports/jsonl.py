"""JSON Lines exports, and the records every tabular export is built from.

``facts``: one FACTS.md object a line (exactly the fact contract, ``rule`` left out) plus
``document_url``, the article it was read in. ``pairs``: one materialised pair status a line.
``removals``: one removal event a line with its sources. Rejected facts are never exported.
Facts are streamed from the database in batches, so the export of a large store runs in
constant memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from thirdcountry.facts.schema import fact_from_dict
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker import (
    PairStatus,
    RemovalEventView,
    SourceRef,
    pair_statuses,
    removal_events,
)

BATCH = 1000


@dataclass(frozen=True, slots=True)
class ExportedFact:
    """A stored fact as exported: its FACTS.md object, curation status and article."""

    fact_id: int
    status: str
    document: SourceRef
    data: dict[str, Any]


def iter_facts(session: Session) -> Iterator[ExportedFact]:
    """Stream every non-rejected fact, in id order, as its FACTS.md object.

    A stored fact that no longer reads as a FACTS.md fact is skipped.
    """
    statement = (
        select(FactRecord.id, FactRecord.status, FactRecord.data,
               Document.id.label("document_id"), Document.title, Document.url, Document.outlet,
               Document.published)
        .join(Document, Document.id == FactRecord.document_id)
        .where(FactRecord.status != "rejected")
        .order_by(FactRecord.id)
        .execution_options(yield_per=BATCH)
    )
    for row in session.execute(statement):
        try:
            data = fact_from_dict(row.data).to_dict()
        except ValueError:
            continue
        document = SourceRef(row.document_id, row.title, row.url, row.outlet, row.published)
        yield ExportedFact(row.id, row.status, document, data)


def fact_line(fact: ExportedFact) -> dict[str, Any]:
    """The JSON object of one exported fact: FACTS.md fields plus ``document_url``."""
    return {**fact.data, "document_url": fact.document.url}


def pair_record(pair: PairStatus) -> dict[str, Any]:
    """One pair status as a flat JSON object."""
    return {
        "deporting_country": pair.deporting,
        "deporting_name": pair.deporting_name,
        "receiving_country": pair.receiving,
        "receiving_name": pair.receiving_name,
        "kind": pair.kind,
        "stage": pair.stage,
        "certainty": pair.certainty,
        "curated": pair.curated,
        "date": pair.date,
        "as_of_start": pair.as_of_start,
        "as_of_end": pair.as_of_end,
        "furthest_stage": pair.furthest_stage,
        "disputed": pair.disputed,
        "removed": pair.removals.text if pair.removals.events else None,
        "removed_value": pair.removals.value,
        "removed_qualifier": pair.removals.qualifier,
        "removal_events": pair.removals.events,
        "removal_events_unknown_size": pair.removals.unknown_events,
        "sources": pair.sources,
        "facts": pair.facts,
    }


def removal_record(event: RemovalEventView) -> dict[str, Any]:
    """One removal event with its sources as a JSON object."""
    return {
        "id": event.id,
        "deporting_country": event.deporting,
        "receiving_country": event.receiving,
        "date": event.date,
        "count": event.count,
        "count_qualifier": event.count_qualifier,
        "nationalities": list(event.nationalities),
        "facility": event.facility,
        "legal_basis": event.legal_basis,
        "certainty": event.certainty,
        "curated": event.curated,
        "disputed": event.disputed,
        "counts_reported": [{"count": c, "count_qualifier": q} for c, q in event.counts_reported],
        "fact_ids": list(event.fact_ids),
        "sources": [
            {"document_id": s.document_id, "url": s.url, "title": s.title, "outlet": s.outlet,
             "published": s.published}
            for s in event.sources
        ],
    }


def write_lines(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object a line; return how many were written."""
    written = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        written += 1
    return written


def write_facts(session: Session, out: TextIO) -> int:
    """Write every non-rejected fact as a FACTS.md line with its ``document_url``."""
    return write_lines((fact_line(f) for f in iter_facts(session)), out)


def write_pairs(session: Session, out: TextIO) -> int:
    """Write every pair's current status, one line each."""
    return write_lines((pair_record(p) for p in pair_statuses(session)), out)


def write_removals(session: Session, out: TextIO) -> int:
    """Write every removal event with its sources, latest first, one line each."""
    return write_lines((removal_record(e) for e in removal_events(session, limit=None)), out)
