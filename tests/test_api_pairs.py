"""API: /api/pairs (current status, filters, CSV), one pair's timeline, and /api/totals."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from test_api_support import sample_client


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with sample_client(engine) as (test_client, _ids):
        yield test_client


def pairs_of(response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(p["deporting_country"], p["receiving_country"]) for p in response.json()["items"]]


def test_pairs_list_every_pair_with_its_current_status(client: TestClient) -> None:
    body = client.get("/api/pairs").json()
    by_pair = {(p["deporting_country"], p["receiving_country"]): p for p in body["items"]}
    assert body["total"] == len(by_pair) == 7
    assert by_pair[("USA", "RWA")]["stage"] == "implemented"
    assert by_pair[("USA", "RWA")]["receiving_name"] == "Rwanda"
    assert by_pair[("USA", "RWA")]["removals"] == {
        "value": 7, "qualifier": "exact", "events": 1, "unknown_events": 0, "text": "7"}
    assert by_pair[("GBR", "RWA")]["stage"] == "ended"
    assert by_pair[("USA", "NGA")]["stage"] == "declined"
    assert by_pair[("USA", "SLV")]["removals"]["text"] == "more than 200"
    assert by_pair[("USA", "PLW")]["certainty"] == "rumored"


@pytest.mark.parametrize("code", ["RWA", "rwa", "RW", "rw"])
def test_pairs_filter_by_receiving_accepts_iso2_and_iso3_in_any_case(
    client: TestClient, code: str
) -> None:
    assert sorted(pairs_of(client.get("/api/pairs", params={"receiving": code}))) == [
        ("GBR", "RWA"), ("USA", "RWA")]


def test_pairs_filters_combine(client: TestClient) -> None:
    assert pairs_of(client.get("/api/pairs", params={"deporting": "gb"})) == [("GBR", "RWA")]
    implemented = pairs_of(client.get("/api/pairs", params={"stage": "implemented"}))
    assert sorted(implemented) == [("USA", "RWA"), ("USA", "SLV"), ("USA", "SWZ")]
    two_stages = client.get("/api/pairs", params=[("stage", "declined"), ("stage", "ended")])
    assert sorted(pairs_of(two_stages)) == [("GBR", "RWA"), ("USA", "NGA")]
    assert pairs_of(client.get("/api/pairs", params={"kind": "detention"})) == [("USA", "SLV")]
    assert pairs_of(client.get("/api/pairs", params={"certainty": "rumored"})) == [
        ("USA", "PLW")]
    assert pairs_of(client.get("/api/pairs", params={"stage": "close"})) == []


def test_pairs_date_range_keeps_statuses_that_may_date_from_it(client: TestClient) -> None:
    july = pairs_of(client.get("/api/pairs", params={"date_from": "2025-07",
                                                     "date_to": "2025-07"}))
    assert sorted(july) == [("USA", "NGA"), ("USA", "SWZ")]
    # The UK deal ended "in 2024": a year-precise status falls in any range touching 2024.
    assert ("GBR", "RWA") in pairs_of(client.get("/api/pairs", params={"date_to": "2024-06"}))


def test_pairs_paging_with_limit_and_offset(client: TestClient) -> None:
    first = pairs_of(client.get("/api/pairs", params={"limit": 3}))
    rest = pairs_of(client.get("/api/pairs", params={"limit": 10, "offset": 3}))
    everything = pairs_of(client.get("/api/pairs"))
    assert first + rest == everything
    assert len(first) == 3


def test_pairs_as_csv_both_spellings(client: TestClient) -> None:
    by_format = client.get("/api/pairs", params={"format": "csv", "receiving": "RWA"})
    by_suffix = client.get("/api/pairs.csv", params={"receiving": "RWA"})
    assert by_format.status_code == by_suffix.status_code == 200
    assert by_format.headers["content-type"].startswith("text/csv")
    assert by_format.text == by_suffix.text
    rows = list(csv.DictReader(io.StringIO(by_format.text)))
    assert [(r["deporting_country"], r["stage"]) for r in rows] == [
        ("GBR", "ended"), ("USA", "implemented")]
    assert rows[1]["removals.text"] == "7"
    assert rows[1]["disputed"] == "false"


@pytest.mark.parametrize(("params", "location"), [
    ({"receiving": "XYZ"}, "query.receiving"),
    ({"receiving": "R"}, "query.receiving"),
    ({"deporting": "uk"}, "query.deporting"),
    ({"stage": "signed"}, "query.stage"),
    ({"date_from": "2025-13"}, "query.date_from"),
    ({"date_from": "2025-08", "date_to": "2025-07"}, "query.date_to"),
    ({"limit": 0}, "query.limit"),
    ({"format": "xml"}, "query.format"),
])
def test_pairs_bad_parameters_are_422_naming_the_parameter(
    client: TestClient, params: dict, location: str
) -> None:
    response = client.get("/api/pairs", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_parameter"
    assert body["message"].startswith(location)
    assert body["details"][0]["location"] == location


def test_pair_timeline_has_every_stage_fact_quote_and_source(client: TestClient) -> None:
    response = client.get("/api/pairs/us/rw")
    assert response.status_code == 200
    body = response.json()
    assert (body["deporting_name"], body["receiving_name"]) == ("United States", "Rwanda")
    assert [(e["stage"], e["date"]) for e in body["entries"]] == [
        ("agreed", "2025-08-05"), ("implemented", "2025-08")]
    agreed, removal = body["entries"]
    assert agreed["facts"][0]["evidence"]["quote"].startswith("Rwanda has agreed to accept")
    assert agreed["facts"][0]["attributed_to"] == "Yolande Makolo"
    assert agreed["facts"][0]["terms"]["capacity"] == 250
    assert agreed["facts"][0]["document"]["outlet"] == "Great Lakes Daily"
    assert removal["removal"]["count"] == 7
    assert removal["current"] is True and agreed["current"] is False
    assert body["stage"] == "implemented"
    assert {s["outlet"] for s in body["sources"]} == {"Great Lakes Daily", "East Africa Wire"}


def test_pair_timeline_pages_its_entries_and_their_facts(client: TestClient) -> None:
    whole = client.get("/api/pairs/USA/RWA").json()
    ids = [e["id"] for e in whole["entries"]]
    assert whole["entry_count"] == len(ids) == 2 and whole["next_offset"] is None
    assert whole["fact_count"] == sum(e["fact_count"] for e in whole["entries"])
    assert whole["source_count"] == len(whole["sources"]) == 2
    first = client.get("/api/pairs/USA/RWA", params={"limit": 1}).json()
    assert [e["id"] for e in first["entries"]] == ids[:1]
    assert (first["entry_count"], first["next_offset"]) == (2, 1)
    assert first["stage"] == whole["stage"] == "implemented"
    second = client.get("/api/pairs/USA/RWA", params={"limit": 1, "offset": 1}).json()
    assert [e["id"] for e in second["entries"]] == ids[1:]
    assert second["next_offset"] is None and second["entries"][0]["current"] is True
    agreed = whole["entries"][0]
    none = client.get("/api/pairs/USA/RWA", params={"entry": agreed["id"], "quotes": 0}).json()
    assert [e["id"] for e in none["entries"]] == [agreed["id"]]
    assert none["entries"][0]["facts"] == [] and none["entries"][0]["next_quote_offset"] == 0
    page = client.get("/api/pairs/USA/RWA",
                      params={"entry": agreed["id"], "quotes": 1, "quote_offset": 0}).json()
    assert [f["id"] for f in page["entries"][0]["facts"]] == [f["id"] for f in agreed["facts"]]
    assert page["entries"][0]["next_quote_offset"] is None
    missing = client.get("/api/pairs/USA/RWA", params={"entry": 999_999})
    assert missing.status_code == 404 and "no timeline entry 999999" in missing.json()["message"]
    assert client.get("/api/pairs/USA/RWA", params={"quotes": 101}).status_code == 422
    assert client.get("/api/pairs/USA/RWA", params={"limit": 0}).status_code == 422


def test_pair_timeline_counts_a_syndicated_copy_as_a_source(client: TestClient) -> None:
    body = client.get("/api/pairs/USA/SWZ").json()
    assert {s["outlet"] for s in body["sources"]} == {"Southern Times", "Syndicated Wire"}


def test_unknown_pair_is_404_and_bad_code_is_422(client: TestClient) -> None:
    missing = client.get("/api/pairs/USA/FRA")
    assert missing.status_code == 404
    assert missing.json()["error"] == "not_found"
    assert "USA to FRA" in missing.json()["message"]
    bad = client.get("/api/pairs/USA/QQ")
    assert bad.status_code == 422
    assert bad.json()["details"][0]["location"] == "path.receiving"


def test_totals_count_countries_and_people_honestly(client: TestClient) -> None:
    body = client.get("/api/totals").json()
    assert body["countries_receiving"] == 3  # El Salvador, Eswatini, Rwanda
    assert body["countries_agreed"] == 3
    # Palau's is only a rumour, so four firm approaches plus Nigeria's refusal.
    assert body["countries_approached"] == 5
    assert body["people_removed"]["text"] == "more than 212"
    assert body["people_removed"]["events"] == 3
