"""CSV exports of facts, pair statuses and removal events, one header row then one row each.

The columns are fixed (below), so a spreadsheet or a script can rely on them. Lists become
``;``-separated text (nationalities, source URLs); an arrangement's ``terms`` object is
written as JSON text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from sqlalchemy.orm import Session

from thirdcountry.exports.jsonl import (
    ExportedFact,
    iter_facts,
    pair_record,
    removal_record,
)
from thirdcountry.tracker import pair_statuses, removal_events

FACT_COLUMNS = (
    "fact_id", "status", "type", "deporting_country", "receiving_country", "kind", "stage",
    "date", "count", "count_qualifier", "nationalities", "facility", "legal_basis",
    "jurisdiction", "court", "subject", "outcome", "country", "concern", "terms", "certainty",
    "attributed_to", "quote", "start", "end", "document_id", "document_url", "document_title",
    "outlet", "published",
)
PAIR_COLUMNS = (
    "deporting_country", "deporting_name", "receiving_country", "receiving_name", "kind",
    "stage", "certainty", "curated", "date", "as_of_start", "as_of_end", "furthest_stage",
    "disputed", "removed", "removed_value", "removed_qualifier", "removal_events",
    "removal_events_unknown_size", "sources", "facts",
)
REMOVAL_COLUMNS = (
    "id", "deporting_country", "receiving_country", "date", "count", "count_qualifier",
    "nationalities", "facility", "legal_basis", "certainty", "curated", "disputed",
    "counts_reported", "fact_ids", "outlets", "source_urls",
)
LIST_SEPARATOR = "; "


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write a header and one CSV row per dict (missing keys are empty); return the rows."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        written += 1
    return written


def fact_row(fact: ExportedFact) -> dict[str, Any]:
    """Flatten one exported fact into the :data:`FACT_COLUMNS`."""
    data = fact.data
    evidence = data.get("evidence") or {}
    return {
        **{key: value for key, value in data.items() if key != "evidence"},
        "fact_id": fact.fact_id,
        "status": fact.status,
        "quote": evidence.get("quote"),
        "start": evidence.get("start"),
        "end": evidence.get("end"),
        "document_id": fact.document.document_id,
        "document_url": fact.document.url,
        "document_title": fact.document.title,
        "outlet": fact.document.outlet,
        "published": fact.document.published,
    }


def write_facts(session: Session, out: TextIO) -> int:
    """Write every non-rejected fact with its article."""
    return write_rows((fact_row(f) for f in iter_facts(session)), FACT_COLUMNS, out)


def write_pairs(session: Session, out: TextIO) -> int:
    """Write every pair's current status."""
    return write_rows((pair_record(p) for p in pair_statuses(session)), PAIR_COLUMNS, out)


def write_removals(session: Session, out: TextIO) -> int:
    """Write every removal event, latest first, with its outlets and source URLs."""
    rows = []
    for event in removal_events(session, limit=None):
        record = removal_record(event)
        record["counts_reported"] = [
            f"{c['count']} {c['count_qualifier']}" for c in record["counts_reported"]
        ]
        record["outlets"] = sorted({s["outlet"] for s in record["sources"] if s["outlet"]})
        record["source_urls"] = [s["url"] for s in record["sources"] if s["url"]]
        rows.append(record)
    return write_rows(rows, REMOVAL_COLUMNS, out)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
