"""``/api/rights-concerns``: human-rights concerns tied to receiving (or holding) countries."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.csvformat import CSV_RESPONSES
from thirdcountry.api.deps import (
    CountryQuery,
    CursorQuery,
    FormatQuery,
    LimitQuery,
    SessionDep,
    iso3_of,
)
from thirdcountry.api.queries import FactFilter
from thirdcountry.api.routes.facts import fact_page
from thirdcountry.api.schemas import FactPage
from thirdcountry.facts.schema import Certainty

router = APIRouter(tags=["rights concerns"])


@router.get("/rights-concerns", response_model=FactPage, responses=CSV_RESPONSES)
def rights_concerns(
    session: SessionDep,
    country: Annotated[CountryQuery, Query(description="The country concerned (ISO2/ISO3)")]
    = None,
    certainty: Annotated[list[Certainty] | None, Query()] = None,
    limit: LimitQuery = 100,
    cursor: CursorQuery = None,
    output: FormatQuery = "json",
) -> dict[str, Any] | Response:
    """List rights-concern facts (one per article raising it), oldest first, paginated."""
    fact_filter = FactFilter(
        types=("rights_concern",), country=iso3_of(country, "query.country"),
        certainties=tuple(certainty or ()),
    )
    return fact_page(session, fact_filter, limit, cursor, output, "rights-concerns")
