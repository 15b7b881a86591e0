"""``/api/pairs``: country pairs with their current status, one pair's timeline, and totals."""

from __future__ import annotations

from typing import Annotated, Any

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

# Timeline entries per page and facts per entry unless asked otherwise. Twenty entries with
# their quotes keep a page of the largest pair under 20 ms of the server's time (50 took 42).
DEFAULT_ENTRIES = 20
DEFAULT_QUOTES = 3

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
def pair(
    session: SessionDep,
    deporting: CountryPath,
    receiving: CountryPath,
    limit: Annotated[int, Query(ge=1, le=1000, description="Entries per page")] = DEFAULT_ENTRIES,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Entries to skip")] = 0,
    quotes: Annotated[int, Query(ge=0, le=100, description="Facts per entry, best-weighed "
                                                           "first")] = DEFAULT_QUOTES,
    quote_offset: Annotated[int, Query(ge=0, le=1_000_000, description="Facts of each entry "
                                                                       "to skip")] = 0,
    entry: Annotated[int | None, Query(ge=1, le=2**31 - 1, description="Only the entry with "
                                                                      "this `id`")] = None,
) -> dict[str, Any]:
    """One pair's timeline: its stages and removals, oldest first, a page at a time, each
    with a page of its facts (quote and source, best-weighed first); which entry sets the
    current status; disputes kept side by side. Page through the entries with `offset` and
    `next_offset`, through one entry's facts with `entry`, `quote_offset` and the
    `next_quote_offset` it gives."""
    deporting_iso3 = iso3_of(deporting, "path.deporting")
    receiving_iso3 = iso3_of(receiving, "path.receiving")
    timeline = tracker.pair_timeline(
        session, deporting_iso3, receiving_iso3, quotes=quotes, quote_offset=quote_offset,
        entries=None if entry is None else [entry], limit=limit, offset=offset,
    )
    if timeline is None:
        raise NotFound(f"no arrangement or removal reported from {deporting_iso3} to "
                       f"{receiving_iso3}")
    if entry is not None and not timeline.entry_count:
        raise NotFound(f"no timeline entry {entry} from {deporting_iso3} to {receiving_iso3}")
    body = timeline_public(timeline)
    following = quote_offset + quotes
    for public, shown in zip(body["entries"], timeline.entries, strict=True):
        public["next_quote_offset"] = following if following < shown.fact_count else None
    body["next_offset"] = offset + limit if offset + limit < timeline.entry_count else None
    return body


@router.get("/totals", response_model=TotalsPublic)
def totals(session: SessionDep) -> TotalsPublic:
    """Headline numbers: receiving countries approached, agreed and receiving (firm reports),
    and people removed with an honest qualifier."""
    return totals_public(tracker.totals(session))
