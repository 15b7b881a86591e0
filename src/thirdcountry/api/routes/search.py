"""``/api/search``: full-text search over the articles (SQLite FTS5 or PostgreSQL)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.deps import FormatQuery, SessionDep
from thirdcountry.api.schemas import SearchHitPublic, SearchResults
from thirdcountry.store.repository import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    search_documents,
)
from thirdcountry.web.present import clean_query

router = APIRouter(tags=["search"])


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """Cut a store snippet into ``(text, matched)`` runs at its highlight markers."""
    runs: list[tuple[str, bool]] = []
    for i, part in enumerate(snippet.split(HIGHLIGHT_START)):
        if i == 0:
            runs.append((part, False))
            continue
        matched, _, rest = part.partition(HIGHLIGHT_END)
        runs.extend(((matched, True), (rest, False)))
    return [(text, matched) for text, matched in runs if text]


def hit_public(hit: SearchHit) -> SearchHitPublic:
    """A search hit with a plain-text snippet and the words that matched."""
    runs = split_snippet(hit.snippet)
    return SearchHitPublic(
        document_id=hit.document_id, canonical_id=hit.canonical_id, title=hit.title,
        url=hit.url, outlet=hit.outlet, published=hit.published,
        snippet="".join(text for text, _ in runs),
        matched=list(dict.fromkeys(text for text, matched in runs if matched)),
        score=hit.score,
    )


@router.get("/search", response_model=SearchResults, responses=CSV_RESPONSES)
def search(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=500,
                            description='Words (all must occur, stemmed); "quotes" for a '
                                        "phrase")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    output: FormatQuery = "json",
) -> SearchResults | Response:
    """Search article titles and texts, best matches first."""
    query = clean_query(q)
    hits = search_documents(session, query, limit=limit) if query else []
    items = [hit_public(hit) for hit in hits]
    if output == "csv":
        return csv_response(SearchHitPublic, items, "search")
    return SearchResults(query=q, items=items)
