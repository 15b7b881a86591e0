"""``/api/removals``: people actually sent, one event per removal however many report it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry import tracker
from thirdcountry.api.convert import removal_public
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.deps import (
    CountryQuery,
    DateQuery,
    FormatQuery,
    SessionDep,
    check_date_range,
    iso3_of,
)
from thirdcountry.api.schemas import RemovalList, RemovalPublic

router = APIRouter(tags=["removals"])
# A flight reported for months gathers thousands of reports: listing them all made one page of
# the 100k-article benchmark store 10 MB. The facts API pages through every one of them.
DEFAULT_REPORTS = 20


@router.get("/removals", response_model=RemovalList, responses=CSV_RESPONSES)
def removals(
    session: SessionDep,
    deporting: CountryQuery = None,
    receiving: CountryQuery = None,
    date_from: DateQuery = None,
    date_to: DateQuery = None,
    firm_only: Annotated[bool, Query(description="Leave out removals only rumoured or "
                                                 "speculated")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    reports: Annotated[int, Query(ge=1, le=1000, description="Reports (and their articles) "
                                  "listed per event, lowest fact id first; `source_count` "
                                  "counts every article")] = DEFAULT_REPORTS,
    output: FormatQuery = "json",
) -> RemovalList | Response:
    """List removal events, latest first (undated last), each with its sources."""
    check_date_range(date_from, date_to)
    events = tracker.removal_events(
        session, deporting=iso3_of(deporting, "query.deporting"),
        receiving=iso3_of(receiving, "query.receiving"), date_from=date_from, date_to=date_to,
        firm_only=firm_only, limit=limit, offset=offset, facts=reports,
    )
    items = [removal_public(event) for event in events]
    if output == "csv":
        return csv_response(RemovalPublic, items, "removals")
    return RemovalList(items=items)
