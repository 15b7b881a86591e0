"""API: /api/documents (list, filters, cursors, one article with facts and copies), search."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from test_api_support import ESWATINI, SAMPLE, XSS_SCRIPT, sample_client


@pytest.fixture
def site(engine: Engine) -> Iterator[tuple[TestClient, dict[str, int]]]:
    with sample_client(engine) as (test_client, ids):
        yield test_client, ids


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_documents_list_in_id_order_with_fact_counts(site) -> None:
    client, ids = site
    documents = items(client.get("/api/documents"))
    assert [d["id"] for d in documents] == sorted(ids.values())
    by_id = {d["id"]: d for d in documents}
    assert by_id[ids["eswatini"]]["fact_count"] == 4
    assert by_id[ids["eswatini-copy"]]["fact_count"] == 0
    assert by_id[ids["eswatini-copy"]]["canonical_id"] == ids["eswatini"]
    assert by_id[ids["nigeria"]]["outlet"] == "Lagos Ledger"
    assert "text" not in by_id[ids["nigeria"]]


def test_documents_filters(site) -> None:
    client, ids = site

    def found(**params) -> set[int]:
        return {d["id"] for d in items(client.get("/api/documents", params=params))}

    assert found(outlet="lagos ledger") == {ids["nigeria"]}
    assert found(published_from="2025-09") == {ids["palau"], ids["xss-probe"]}
    assert found(published_to="2025-03") == {ids["el-salvador"]}
    assert found(country="rw") == {ids["rwanda-agrees"], ids["rwanda-first-seven"]}
    assert found(country="GB") == {ids["rwanda-agrees"]}


def test_documents_cursor_pagination(site) -> None:
    client, ids = site
    first = client.get("/api/documents", params={"limit": 5}).json()
    second = client.get("/api/documents", params={"limit": 5,
                                                  "cursor": first["next_cursor"]}).json()
    assert second["next_cursor"] is None
    assert [d["id"] for d in first["items"] + second["items"]] == sorted(ids.values())


def test_one_document_has_text_facts_and_copies(site) -> None:
    client, ids = site
    body = client.get(f"/api/documents/{ids['eswatini']}").json()
    assert body["text"].startswith("Five deportees land in Eswatini")
    assert body["fact_count"] == len(body["facts"]) == 4
    for fact in body["facts"]:
        evidence = fact["evidence"]
        assert body["text"][evidence["start"]:evidence["end"]] == evidence["quote"]
    assert [c["outlet"] for c in body["copies"]] == ["Syndicated Wire"]


def test_document_text_is_returned_as_ingested(site) -> None:
    client, ids = site
    body = client.get(f"/api/documents/{ids['xss-probe']}").json()
    assert XSS_SCRIPT in body["text"]  # JSON carries data; escaping is the page's job


def test_unknown_document_is_404(site) -> None:
    client, _ = site
    response = client.get("/api/documents/424242")
    assert response.status_code == 404
    assert response.json()["message"] == "no document with id 424242"
    assert client.get("/api/documents/99999999999999999999").status_code == 422


def test_documents_csv(site) -> None:
    client, _ = site
    rows = list(csv.DictReader(io.StringIO(client.get("/api/documents.csv").text)))
    assert len(rows) == len(SAMPLE)
    assert set(rows[0]) == {"id", "title", "url", "outlet", "published", "language",
                            "canonical_id", "fact_count"}


def test_search_finds_articles_by_stem_with_marked_snippets(site) -> None:
    client, ids = site
    body = client.get("/api/search", params={"q": "solitary confinement"}).json()
    assert body["query"] == "solitary confinement"
    found = [hit["document_id"] for hit in body["items"]]
    assert set(found) == {ids["eswatini"], ids["eswatini-copy"]}
    hit = body["items"][0]
    assert "solitary" in hit["snippet"] and "\x02" not in hit["snippet"]
    assert {m.lower() for m in hit["matched"]} >= {"solitary", "confinement"}
    # "deportation" finds an article that only says "deported".
    stemmed = client.get("/api/search", params={"q": "deportation"}).json()["items"]
    assert ids["eswatini"] in {hit["document_id"] for hit in stemmed}
    assert "deportation" not in ESWATINI.text.lower()


def test_search_phrases_limits_and_nothing_found(site) -> None:
    client, ids = site
    phrase = client.get("/api/search", params={"q": '"Alien Enemies Act"'}).json()["items"]
    assert [h["document_id"] for h in phrase] == [ids["el-salvador"]]
    assert len(client.get("/api/search", params={"q": "deportees", "limit": 2}).json()[
        "items"]) == 2
    assert client.get("/api/search", params={"q": "zanzibar"}).json()["items"] == []
    assert client.get("/api/search", params={"q": "AND OR NOT ( *"}).status_code == 200


def test_search_needs_a_query_and_offers_csv(site) -> None:
    client, _ = site
    missing = client.get("/api/search")
    assert missing.status_code == 422
    assert missing.json()["details"][0]["location"] == "query.q"
    rows = list(csv.DictReader(io.StringIO(
        client.get("/api/search.csv", params={"q": "Kigali"}).text)))
    assert {r["outlet"] for r in rows} >= {"East Africa Wire"}
    assert "matched" in rows[0]
