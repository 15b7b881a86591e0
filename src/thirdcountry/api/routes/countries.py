"""``/api/countries``: the countries in the reports, and one country with all its pairs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from thirdcountry import tracker
from thirdcountry.api.convert import country_detail, country_public
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.deps import FormatQuery, SessionDep, iso3_of
from thirdcountry.api.queries import country_rows
from thirdcountry.api.schemas import CountryDetail, CountryList, CountryPublic

router = APIRouter(tags=["countries"])


@router.get("/countries", response_model=CountryList, responses=CSV_RESPONSES)
def countries(
    session: SessionDep,
    receiving: Annotated[bool, Query(description="Only countries that receive in some pair "
                                                 "(those the map colours)")] = False,
    output: FormatQuery = "json",
) -> CountryList | Response:
    """List every country the reports name, by ISO3, with its pair counts and removal totals."""
    items = [country_public(row) for row in country_rows(session, receiving_only=receiving)]
    if output == "csv":
        return csv_response(CountryPublic, items, "countries")
    return CountryList(items=items)


@router.get("/countries/{code}", response_model=CountryDetail)
def country(
    session: SessionDep,
    code: Annotated[str, Path(min_length=2, max_length=3,
                              description="ISO 3166-1 alpha-2 or alpha-3, any case")],
    limit: Annotated[int, Query(ge=1, le=1000, description="Legal actions and rights concerns "
                                                           "per page")] = 100,
    legal_offset: Annotated[int, Query(ge=0, le=1_000_000, description="Legal actions to "
                                                                       "skip")] = 0,
    concern_offset: Annotated[int, Query(ge=0, le=1_000_000, description="Rights concerns to "
                                                                         "skip")] = 0,
) -> CountryDetail:
    """One country: its pairs as receiving and as deporting state, people removed to and from
    it, a page of the legal actions in its courts and of the rights concerns about it (oldest
    first; `legal_action_count` and `rights_concern_count` say how many there are). A country
    without reports has empty lists."""
    iso3 = iso3_of(code, "path.code")
    summary = tracker.country_summary(session, iso3, limit=limit, legal_offset=legal_offset,
                                      concern_offset=concern_offset)
    return country_detail(iso3, summary)
