"""``/api/facts``: every fact with its evidence and source article, filtered and paginated."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.convert import fact_public
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.cursors import encode_cursor
from thirdcountry.api.deps import (
    CountryQuery,
    CursorQuery,
    DateQuery,
    FormatQuery,
    IdPath,
    IdQuery,
    LimitQuery,
    NotFound,
    SessionDep,
    after_id_of,
    check_date_range,
    iso3_of,
)
from thirdcountry.api.queries import FactFilter, fact_row, list_facts
from thirdcountry.api.schemas import FactPage, FactPublic
from thirdcountry.facts.schema import Certainty, Kind, Outcome, Stage

router = APIRouter(tags=["facts"])

FactType = Literal["arrangement", "removal", "legal_action", "rights_concern"]


@router.get("/facts", response_model=FactPage, responses=CSV_RESPONSES)
def facts(
    session: SessionDep,
    type: Annotated[list[FactType] | None, Query(description="Fact types (repeatable)")] = None,
    deporting: CountryQuery = None,
    receiving: CountryQuery = None,
    country: Annotated[CountryQuery, Query(description="In any role (ISO2/ISO3)")] = None,
    stage: Annotated[list[Stage] | None, Query(description="Arrangement stages")] = None,
    kind: Annotated[list[Kind] | None, Query(description="Arrangement kinds")] = None,
    certainty: Annotated[list[Certainty] | None, Query()] = None,
    outcome: Annotated[list[Outcome] | None, Query(description="Legal outcomes")] = None,
    date_from: DateQuery = None,
    date_to: DateQuery = None,
    document: Annotated[IdQuery, Query(description="Facts of one article (its id)")] = None,
    limit: LimitQuery = 100,
    cursor: CursorQuery = None,
    output: FormatQuery = "json",
) -> dict[str, Any] | Response:
    """List facts, oldest first, with their quotes and source articles.

    Facts a curator rejected are never listed. Pass `next_cursor` back as `cursor` for the
    next page; it stays valid while facts are added.
    """
    check_date_range(date_from, date_to)
    fact_filter = FactFilter(
        types=tuple(type or ()), deporting=iso3_of(deporting, "query.deporting"),
        receiving=iso3_of(receiving, "query.receiving"),
        country=iso3_of(country, "query.country"), stages=tuple(stage or ()),
        kinds=tuple(kind or ()), certainties=tuple(certainty or ()),
        outcomes=tuple(outcome or ()), date_from=date_from, date_to=date_to,
        document_id=document,
    )
    return fact_page(session, fact_filter, limit, cursor, output, "facts")


def fact_page(session: SessionDep, fact_filter: FactFilter, limit: int, cursor: str | None,
              output: str, filename: str) -> dict[str, Any] | Response:
    """One page of facts as JSON (a ``FactPage``) or CSV; shared by the facts, legal and
    concerns lists."""
    rows, last_id = list_facts(session, fact_filter, limit=limit, after_id=after_id_of(cursor))
    fields = rows[0]._fields if rows else None  # one statement's rows: the same names
    items = [fact_public(row, fields) for row in rows]
    next_cursor = encode_cursor(last_id) if last_id is not None else None
    if output == "csv":
        return csv_response(FactPublic, items, filename, next_cursor)
    return {"items": items, "next_cursor": next_cursor}


@router.get("/facts/{fact_id}", response_model=FactPublic)
def fact(session: SessionDep, fact_id: IdPath) -> dict[str, Any]:
    """One fact with its quote and source article."""
    row = fact_row(session, fact_id)
    if row is None:
        raise NotFound(f"no fact with id {fact_id}")
    return fact_public(row)
