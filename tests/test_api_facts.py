"""API: /api/facts (FACTS.md fields, filters, keyset cursors, CSV), legal actions, concerns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from test_api_support import (
    SAMPLE_FACT_COUNT,
    XSS_MARKUP,
    make_fact,
    sample_client,
)
from thirdcountry.store import FactRecord, repository, writer


@pytest.fixture
def site(engine: Engine) -> Iterator[tuple[TestClient, dict[str, int], Engine]]:
    with sample_client(engine) as (test_client, ids):
        yield test_client, ids, engine


@pytest.fixture
def client(site) -> TestClient:
    return site[0]


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def walk(client: TestClient, path: str, **params) -> list[dict]:
    """Every item of a paginated list, following the cursors."""
    seen: list[dict] = []
    cursor = None
    for _ in range(100):
        query = dict(params, **({"cursor": cursor} if cursor else {}))
        body = client.get(path, params=query).json()
        seen.extend(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError("pagination never ended")


def test_facts_carry_the_facts_md_fields_and_their_article(client: TestClient) -> None:
    facts = items(client.get("/api/facts", params={"limit": 500}))
    assert len(facts) == SAMPLE_FACT_COUNT
    removal = next(f for f in facts if f["type"] == "removal" and f["receiving_country"] == "SLV")
    assert removal["count"] == 200
    assert removal["count_qualifier"] == "more_than"
    assert removal["nationalities"] == ["VEN"]
    assert removal["facility"] == "CECOT"
    assert removal["legal_basis"] == "Alien Enemies Act"
    assert removal["evidence"]["quote"].startswith("More than 200 Venezuelans")
    assert removal["document"]["url"] == "https://example.org/cecot"
    assert removal["document"]["title"].startswith("Judge blocks")
    assert removal["document"]["outlet"] == "Capital Courier"
    assert removal["added"].startswith("2025-03-20T12:00:00")
    assert removal["stage"] is None and removal["concern"] is None


def test_facts_filters(client: TestClient) -> None:
    def ids(**params) -> set[int]:
        return {f["id"] for f in items(client.get("/api/facts", params=params))}

    every = ids(limit=500)
    removals = ids(type="removal")
    assert len(removals) == 3
    concerns_and_legal = ids(type=["legal_action", "rights_concern"])
    assert len(concerns_and_legal) == 4 and not concerns_and_legal & removals
    swz = items(client.get("/api/facts", params={"country": "sz"}))
    assert {f["type"] for f in swz} == {"removal", "arrangement", "legal_action",
                                        "rights_concern"}
    assert ids(deporting="gbr") == ids(deporting="GB")
    assert len(ids(deporting="GB")) == 1
    agreed = items(client.get("/api/facts", params={"stage": "agreed"}))
    assert {(f["deporting_country"], f["receiving_country"]) for f in agreed} == {
        ("USA", "RWA"), ("USA", "SLV")}
    assert ids(certainty="rumored") <= every and len(ids(certainty="rumored")) == 1
    assert len(ids(outcome="blocked")) == 1
    assert len(ids(kind="detention")) == 1
    # Partial dates overlap the range: "2025-08" (Rwanda removal) is in August 5-10.
    august = items(client.get("/api/facts", params={"date_from": "2025-08-05",
                                                    "date_to": "2025-08-10"}))
    assert {f["date"] for f in august} == {"2025-08-05", "2025-08"}
    assert all(f["date"] for f in items(client.get("/api/facts", params={"date_from": "2000"})))


def test_facts_of_one_document(site) -> None:
    client, ids, _ = site
    facts = items(client.get("/api/facts", params={"document": ids["eswatini"]}))
    assert len(facts) == 4
    assert {f["document"]["document_id"] for f in facts} == {ids["eswatini"]}


def test_cursor_pagination_walks_every_fact_once_in_id_order(client: TestClient) -> None:
    walked = walk(client, "/api/facts", limit=3)
    assert len(walked) == SAMPLE_FACT_COUNT
    assert [f["id"] for f in walked] == sorted({f["id"] for f in walked})
    first = client.get("/api/facts", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_cursor"]
    last = client.get("/api/facts", params={"limit": 500}).json()
    assert last["next_cursor"] is None


def test_cursor_stays_valid_while_facts_are_added(site) -> None:
    client, ids, engine = site
    first = client.get("/api/facts", params={"limit": 4}).json()
    with Session(writer(engine)) as session, session.begin():
        document = session.get_one(repository.Document, ids["palau"])
        fact = make_fact(document.text, "rights_concern",
                         "according to people familiar with the talks.",
                         {"country": "PLW", "concern": "late addition",
                          "certainty": "speculative", "attributed_to": None})
        repository.add_facts(session, document.id, [fact], "test")
    rest = walk(client, "/api/facts", limit=4, cursor=first["next_cursor"])
    ids_seen = [f["id"] for f in first["items"] + rest]
    assert len(ids_seen) == len(set(ids_seen)) == SAMPLE_FACT_COUNT + 1
    assert rest[-1]["concern"] == "late addition"


def test_rejected_facts_are_never_listed(site) -> None:
    client, _, engine = site
    target = items(client.get("/api/facts", params={"certainty": "rumored"}))[0]["id"]
    with Session(writer(engine)) as session, session.begin():
        session.execute(update(FactRecord).where(FactRecord.id == target)
                        .values(status="rejected"))
    assert target not in {f["id"] for f in walk(client, "/api/facts", limit=500)}
    assert client.get(f"/api/facts/{target}").status_code == 404


def test_bad_cursor_is_422(client: TestClient) -> None:
    for cursor in ("nonsense", "djE6YWJj", "", "x" * 65):
        response = client.get("/api/facts", params={"cursor": cursor})
        assert response.status_code == 422, cursor
        assert response.json()["details"][0]["location"] == "query.cursor"


def test_one_fact_and_404(client: TestClient) -> None:
    first = items(client.get("/api/facts", params={"limit": 1}))[0]
    one = client.get(f"/api/facts/{first['id']}")
    assert one.status_code == 200 and one.json() == first
    missing = client.get("/api/facts/999999")
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found", "message": "no fact with id 999999",
                              "details": []}
    assert client.get("/api/facts/0").status_code == 422
    assert client.get("/api/facts/abc").status_code == 422


def test_facts_csv_flattens_nested_fields_and_defuses_formulas(site) -> None:
    client, ids, engine = site
    with Session(writer(engine)) as session, session.begin():
        document = session.get_one(repository.Document, ids["nigeria"])
        session.execute(update(FactRecord).where(FactRecord.document_id == document.id)
                        .values(attributed_to="=HYPERLINK(\"http://x\")"))
    response = client.get("/api/facts.csv", params={"limit": 500})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == SAMPLE_FACT_COUNT
    assert {"evidence.quote", "document.url", "terms.capacity", "terms.payment.amount"} <= set(
        rows[0])
    rwanda = next(r for r in rows if r["terms.capacity"])
    assert rwanda["terms.capacity"] == "250"
    eswatini = next(r for r in rows if r["nationalities"])
    assert eswatini["nationalities"] == "CUB; VNM"
    nigeria = next(r for r in rows if r["receiving_country"] == "NGA")
    assert nigeria["attributed_to"].startswith("'=HYPERLINK")
    probe = next(r for r in rows if r["receiving_country"] == "HND")
    assert XSS_MARKUP in probe["evidence.quote"]


def test_csv_pages_carry_the_next_cursor_in_a_header(client: TestClient) -> None:
    response = client.get("/api/facts.csv", params={"limit": 2})
    cursor = response.headers["x-next-cursor"]
    following = client.get("/api/facts", params={"limit": 2, "cursor": cursor}).json()
    first_ids = [int(r["id"]) for r in csv.DictReader(io.StringIO(response.text))]
    assert following["items"][0]["id"] > max(first_ids)


def test_legal_actions_list_and_filters(client: TestClient) -> None:
    every = items(client.get("/api/legal-actions"))
    assert {(f["jurisdiction"], f["outcome"]) for f in every} == {("SWZ", "pending"),
                                                                  ("USA", "blocked")}
    assert items(client.get("/api/legal-actions", params={"jurisdiction": "us"}))[0][
        "court"] == "federal judge"
    assert items(client.get("/api/legal-actions", params={"outcome": "allowed"})) == []
    assert len(items(client.get("/api/legal-actions", params={"date_from": "2025-07"}))) == 1
    rows = list(csv.DictReader(io.StringIO(client.get("/api/legal-actions.csv").text)))
    assert {r["court"] for r in rows} == {"federal judge", "High Court of Eswatini"}


def test_rights_concerns_list_and_filters(client: TestClient) -> None:
    every = items(client.get("/api/rights-concerns"))
    assert {f["country"] for f in every} == {"SWZ", "RWA"}
    swz = items(client.get("/api/rights-concerns", params={"country": "SWZ"}))
    assert [f["concern"] for f in swz] == ["solitary confinement of deportees"]
    walked = walk(client, "/api/rights-concerns", limit=1)
    assert len(walked) == 2
    assert client.get("/api/rights-concerns", params={"country": "ZZZ"}).status_code == 422
