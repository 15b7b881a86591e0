"""API: /api/countries (list, one country with its pairs), /api/removals and /api/changes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from test_api_support import sample_client
from test_tracker_status import article, removal, store
from thirdcountry.api.app import create_app
from thirdcountry.config import Settings


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with sample_client(engine) as (test_client, _ids):
        yield test_client


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_countries_list_every_country_named_with_its_role(client: TestClient) -> None:
    countries = {c["iso3"]: c for c in items(client.get("/api/countries"))}
    assert set(countries) == {"USA", "GBR", "RWA", "SWZ", "SLV", "NGA", "PLW", "HND"}
    assert countries["USA"]["pairs_as_deporting"] == 6
    assert countries["USA"]["sent"]["text"] == "more than 212"
    assert countries["USA"]["legal_action_reports"] == 1
    assert countries["RWA"]["receiving_stage"] == "implemented"
    assert countries["RWA"]["iso2"] == "RW"
    assert countries["NGA"]["receiving_stage"] == "declined"
    receiving = {c["iso3"] for c in items(client.get("/api/countries",
                                                     params={"receiving": True}))}
    assert receiving == set(countries) - {"USA", "GBR"}


def test_one_country_with_pairs_legal_actions_and_concerns(client: TestClient) -> None:
    body = client.get("/api/countries/sz").json()
    assert (body["iso3"], body["name"]) == ("SWZ", "Eswatini")
    assert [p["deporting_country"] for p in body["as_receiving"]] == ["USA"]
    assert body["as_deporting"] == []
    assert body["received"]["text"] == "5"
    [legal] = body["legal_actions"]
    assert (legal["court"], legal["outcome"]) == ("High Court of Eswatini", "pending")
    assert legal["facts"][0]["evidence"]["quote"].startswith("Lawyers filed")
    [concern] = body["rights_concerns"]
    assert concern["concern"] == "solitary confinement of deportees"
    assert concern["facts"][0]["document"]["outlet"] == "Southern Times"
    assert (body["legal_action_count"], body["rights_concern_count"]) == (1, 1)


def test_one_country_pages_its_legal_actions_and_concerns(client: TestClient) -> None:
    body = client.get("/api/countries/SWZ", params={"limit": 1, "legal_offset": 1}).json()
    assert body["legal_actions"] == [] and body["legal_action_count"] == 1
    assert [c["concern"] for c in body["rights_concerns"]] == ["solitary confinement of deportees"]
    body = client.get("/api/countries/SWZ", params={"concern_offset": 1}).json()
    assert len(body["legal_actions"]) == 1 and body["rights_concerns"] == []
    assert body["rights_concern_count"] == 1
    assert client.get("/api/countries/SWZ", params={"limit": 0}).status_code == 422


def test_deporting_country_lists_its_pairs(client: TestClient) -> None:
    body = client.get("/api/countries/GBR").json()
    assert [(p["receiving_country"], p["stage"]) for p in body["as_deporting"]] == [
        ("RWA", "ended")]


def test_country_without_reports_is_empty_not_missing(client: TestClient) -> None:
    body = client.get("/api/countries/fr").json()
    assert body["name"] == "France"
    assert body["as_receiving"] == body["legal_actions"] == []
    assert body["received"]["text"] == "0"


@pytest.mark.parametrize("code", ["XK", "xkx"])
def test_kosovo_codes_are_accepted(client: TestClient, code: str) -> None:
    body = client.get(f"/api/countries/{code}").json()
    assert (body["iso3"], body["iso2"], body["name"]) == ("XKX", "XK", "Kosovo")


@pytest.mark.parametrize("code", ["ZZ", "ABC", "U", "USAA", "1A"])
def test_unknown_country_code_is_422(client: TestClient, code: str) -> None:
    response = client.get(f"/api/countries/{code}")
    assert response.status_code == 422
    assert response.json()["details"][0]["location"] == "path.code"


def test_countries_csv(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/countries.csv").text)))
    assert {r["iso3"] for r in rows} >= {"RWA", "SWZ"}
    assert "received.qualifier" in rows[0]


def test_removals_latest_first_with_sources(client: TestClient) -> None:
    removals = items(client.get("/api/removals"))
    assert [(r["receiving_country"], r["date"]) for r in removals] == [
        ("RWA", "2025-08"), ("SWZ", "2025-07-16"), ("SLV", "2025-03")]
    eswatini = removals[1]
    assert eswatini["count_text"] == "5 people"
    assert eswatini["nationalities"] == ["CUB", "VNM"]
    assert {s["outlet"] for s in eswatini["sources"]} == {"Southern Times", "Syndicated Wire"}
    assert eswatini["firm"] is True and eswatini["disputed"] is False
    salvador = removals[2]
    assert (salvador["facility"], salvador["legal_basis"]) == ("CECOT", "Alien Enemies Act")
    assert salvador["count_text"] == "more than 200 people"


def test_removals_list_a_few_reports_each_and_count_every_source(engine: Engine) -> None:
    # One flight reported by three articles: one event with three reports.
    store(engine, [(article(n), [removal(14, date="2025-09-05", pair=("USA", "GHA"))])
                   for n in (1, 2, 3)])
    url = engine.url.render_as_string(hide_password=False)
    with TestClient(create_app(Settings(database_url=url))) as client:
        [every] = items(client.get("/api/removals", params={"reports": 1000}))
        [first] = items(client.get("/api/removals"))
        [one] = items(client.get("/api/removals", params={"reports": 1}))
        too_few = client.get("/api/removals", params={"reports": 0})
    assert len(every["fact_ids"]) == 3 and every["source_count"] == 3
    assert first["fact_ids"] == every["fact_ids"]  # the default lists a flight's first 20
    assert one["fact_ids"] == every["fact_ids"][:1] and len(one["sources"]) == 1
    assert one["source_count"] == 3
    assert too_few.status_code == 422


def test_removals_filters_and_csv(client: TestClient) -> None:
    def receiving(**params) -> list[str]:
        return [r["receiving_country"] for r in items(client.get("/api/removals",
                                                                 params=params))]

    assert receiving(receiving="SV") == ["SLV"]
    assert receiving(deporting="GBR") == []
    assert receiving(date_from="2025-07", date_to="2025-07-31") == ["SWZ"]
    assert receiving(limit=1, offset=1) == ["SWZ"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/removals.csv").text)))
    assert rows[1]["nationalities"] == "CUB; VNM"
    assert rows[1]["sources"].startswith("[{")


def test_changes_list_status_changes_and_new_facts_by_day(client: TestClient) -> None:
    body = client.get("/api/changes", params={"days": 3}).json()
    days = [item["day"] for item in body["items"]]
    assert days == sorted(days, reverse=True)
    assert sorted(set(days), reverse=True) == ["2025-09-05", "2025-09-02", "2025-08-29"]
    assert body["next_before"] == "2025-08-29"
    rwanda = [i for i in body["items"] if i["day"] == "2025-08-29"]
    change = next(i for i in rwanda if i["change"] == "status_change")
    assert (change["from_stage"], change["to_stage"]) == ("agreed", "implemented")
    assert change["summary"] == "United States → Rwanda: Agreed → People sent (confirmed)"
    new = [i for i in rwanda if i["change"] == "new_fact"]
    assert {i["fact_type"] for i in new} == {"removal", "rights_concern"}
    older = client.get("/api/changes", params={"days": 60, "before": body["next_before"]})
    older_days = {item["day"] for item in older.json()["items"]}
    assert "2025-08-06" in older_days and "2025-08-29" not in older_days
    assert older.json()["next_before"] is None


def test_changes_csv_and_bad_parameters(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/changes.csv").text)))
    assert {r["change"] for r in rows} == {"status_change", "new_fact"}
    assert client.get("/api/changes", params={"days": 0}).status_code == 422
    assert client.get("/api/changes", params={"before": "2025-13-01"}).status_code == 422
