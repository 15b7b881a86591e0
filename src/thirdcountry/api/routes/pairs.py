"""``/api/pairs``: country pairs with their current status, one pair's timeline, and totals."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from thirdcountry import tracker
from thirdcountry.api.convert import pair_status_public, timeline_public, totals_public
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.deps import (
    CountryQuery,
    DateQuery,
    FormatQuery,
    NotFound,
    SessionDep,
    check_date_range,
    iso3_of,
)
from thirdcountry.api.schemas import (
    PairList,
    PairStatusPublic,
    PairTimelinePublic,
    TotalsPublic,
)
from thirdcountry.facts.schema import Certainty, Kind, Stage

router = APIRouter(tags=["pairs"])

CountryPath = Annotated[str, Path(min_length=2, max_length=3,
                                  description="ISO 3166-1 alpha-2 or alpha-3, any case")]


@router.get("/pairs", response_model=PairList, responses=CSV_RESPONSES)
def pairs(
    session: SessionDep,
    deporting: CountryQuery = None,
    receiving: CountryQuery = None,
    stage: Annotated[list[Stage] | None, Query(description="Current stage(s)")] = None,
    kind: Annotated[list[Kind] | None, Query()] = None,
    certainty: Annotated[list[Certainty] | None, Query(description="Certainty of the current "
                                                                   "status")] = None,
    date_from: Annotated[DateQuery, Query(description="Current status dates from this on")] = None,
    date_to: DateQuery = None,
    disputed: Annotated[bool | None, Query(description="Only (un)disputed pairs")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 1000,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    output: FormatQuery = "json",
) -> PairList | Response:
    """List (deporting, receiving) pairs with the current status of their arrangement,
    ordered by deporting then receiving ISO3."""
    check_date_range(date_from, date_to)
    filters = dict(
        deporting=iso3_of(deporting, "query.deporting"),
        receiving=iso3_of(receiving, "query.receiving"),
        stage=stage or None, kind=kind or None, certainty=certainty or None,
        date_from=date_from, date_to=date_to, disputed=disputed,
    )
    found = tracker.pair_statuses(session, limit=limit, offset=offset, **filters)
    items = [pair_status_public(pair) for pair in found]
    if output == "csv":
        return csv_response(PairStatusPublic, items, "pairs")
    return PairList(items=items, total=tracker.pair_status_count(session, **filters))


@router.get("/pairs/{deporting}/{receiving}", response_model=PairTimelinePublic)
def pair(session: SessionDep, deporting: CountryPath, receiving: CountryPath
         ) -> PairTimelinePublic:
    """One pair's timeline: every stage and removal, oldest first, with each fact's quote and
    source; which entry sets the current status; disputes kept side by side."""
    deporting_iso3 = iso3_of(deporting, "path.deporting")
    receiving_iso3 = iso3_of(receiving, "path.receiving")
    timeline = tracker.pair_timeline(session, deporting_iso3, receiving_iso3)
    if timeline is None:
        raise NotFound(f"no arrangement or removal reported from {deporting_iso3} to "
                       f"{receiving_iso3}")
    return timeline_public(session, timeline)


@router.get("/totals", response_model=TotalsPublic)
def totals(session: SessionDep) -> TotalsPublic:
    """Headline numbers: receiving countries approached, agreed and receiving (firm reports),
    and people removed with an honest qualifier."""
    return totals_public(tracker.totals(session))
