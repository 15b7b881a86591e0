"""``/api/documents``: the ingested articles, and one article with its text and facts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.convert import document_summary, fact_public, source_public
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.cursors import encode_cursor
from thirdcountry.api.deps import (
    PRINTABLE_PATTERN,
    CountryQuery,
    CursorQuery,
    DateQuery,
    FormatQuery,
    IdPath,
    LimitQuery,
    NotFound,
    SessionDep,
    after_id_of,
    check_date_range,
    iso3_of,
)
from thirdcountry.api.queries import copies_of, facts_of_document, list_documents
from thirdcountry.api.schemas import DocumentDetail, DocumentPage, DocumentSummary
from thirdcountry.store.tables import Document

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=DocumentPage, responses=CSV_RESPONSES)
def documents(
    session: SessionDep,
    outlet: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE_PATTERN,
                                        description="Exact outlet name, any case")] = None,
    published_from: DateQuery = None,
    published_to: DateQuery = None,
    country: Annotated[CountryQuery, Query(description="Articles with a fact naming this "
                                                       "country (ISO2/ISO3)")] = None,
    limit: LimitQuery = 100,
    cursor: CursorQuery = None,
    output: FormatQuery = "json",
) -> DocumentPage | Response:
    """List ingested articles in the order they were added, with their fact counts."""
    check_date_range(published_from, published_to)
    rows, last_id = list_documents(
        session, limit=limit, after_id=after_id_of(cursor), outlet=outlet,
        published_from=published_from, published_to=published_to,
        country=iso3_of(country, "query.country"),
    )
    items = [document_summary(document, count) for document, count in rows]
    next_cursor = encode_cursor(last_id) if last_id is not None else None
    if output == "csv":
        return csv_response(DocumentSummary, items, "documents", next_cursor)
    return DocumentPage(items=items, next_cursor=next_cursor)


@router.get("/documents/{document_id}", response_model=DocumentDetail)
def document(session: SessionDep, document_id: IdPath) -> DocumentDetail:
    """One article: its text as ingested, its facts (evidence offsets index that text) and
    its syndicated copies."""
    found = session.get(Document, document_id)
    if found is None:
        raise NotFound(f"no document with id {document_id}")
    facts = facts_of_document(session, document_id)
    summary = document_summary(found, len(facts))
    return DocumentDetail(
        **summary.model_dump(),
        text=found.text,
        facts=[fact_public(row) for row in facts],
        copies=[source_public(copy) for copy in copies_of(session, document_id)],
    )
