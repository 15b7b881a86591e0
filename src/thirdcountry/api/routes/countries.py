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
) -> CountryDetail:
    """One country: its pairs as receiving and as deporting state, people removed to and from
    it, legal actions in its courts and rights concerns about it. A country without reports
    has empty lists."""
    iso3 = iso3_of(code, "path.code")
    return country_detail(session, iso3, tracker.country_summary(session, iso3))
