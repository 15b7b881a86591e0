"""``/api/legal-actions``: court rulings and challenges about third-country transfers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.csvformat import CSV_RESPONSES
from thirdcountry.api.deps import (
    CountryQuery,
    CursorQuery,
    DateQuery,
    FormatQuery,
    LimitQuery,
    SessionDep,
    check_date_range,
    iso3_of,
)
from thirdcountry.api.queries import FactFilter
from thirdcountry.api.routes.facts import fact_page
from thirdcountry.api.schemas import FactPage
from thirdcountry.facts.schema import Certainty, Outcome

router = APIRouter(tags=["legal actions"])


@router.get("/legal-actions", response_model=FactPage, responses=CSV_RESPONSES)
def legal_actions(
    session: SessionDep,
    jurisdiction: Annotated[CountryQuery, Query(description="The court's state (ISO2/ISO3)")]
    = None,
    outcome: Annotated[list[Outcome] | None, Query()] = None,
    certainty: Annotated[list[Certainty] | None, Query()] = None,
    date_from: DateQuery = None,
    date_to: DateQuery = None,
    limit: LimitQuery = 100,
    cursor: CursorQuery = None,
    output: FormatQuery = "json",
) -> dict[str, Any] | Response:
    """List legal-action facts (one per article reporting it), oldest first, paginated."""
    check_date_range(date_from, date_to)
    fact_filter = FactFilter(
        types=("legal_action",), country=iso3_of(jurisdiction, "query.jurisdiction"),
        outcomes=tuple(outcome or ()), certainties=tuple(certainty or ()),
        date_from=date_from, date_to=date_to,
    )
    return fact_page(session, fact_filter, limit, cursor, output, "legal-actions")
