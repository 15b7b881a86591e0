"""The application itself: OpenAPI and offline docs, JSON errors, CSV spellings, the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from typer.testing import CliRunner

from test_api_support import sample_client
from thirdcountry.api.app import create_app
from thirdcountry.api.csvformat import write_csv
from thirdcountry.api.cursors import CursorError, decode_cursor, encode_cursor
from thirdcountry.api.schemas import FactPublic, PairStatusPublic
from thirdcountry.cli import app as cli_app
from thirdcountry.config import Settings

LIST_PATHS = ("/api/pairs", "/api/facts", "/api/documents", "/api/removals",
              "/api/legal-actions", "/api/rights-concerns", "/api/countries", "/api/changes")


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with sample_client(engine) as (test_client, _ids):
        yield test_client


def test_openapi_documents_every_resource_and_the_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "thirdcountry"
    for path in (*LIST_PATHS, "/api/search", "/api/totals", "/api/facts/{fact_id}",
                 "/api/documents/{document_id}", "/api/pairs/{deporting}/{receiving}",
                 "/api/countries/{code}"):
        assert path in spec["paths"], path
    facts = spec["paths"]["/api/facts"]["get"]
    assert "text/csv" in facts["responses"]["200"]["content"]
    assert facts["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorResponse")
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_docs_load_swagger_ui_from_our_own_static_files(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/swagger-ui/swagger-ui.css").status_code == 200


@pytest.mark.parametrize("path", LIST_PATHS)
def test_every_list_is_also_csv_in_both_spellings(client: TestClient, path: str) -> None:
    by_suffix = client.get(f"{path}.csv")
    by_format = client.get(path, params={"format": "csv"})
    assert by_suffix.status_code == by_format.status_code == 200
    assert by_suffix.headers["content-type"] == "text/csv; charset=utf-8"
    assert by_suffix.text == by_format.text
    assert by_suffix.text.count("\n") >= 2  # a header and at least one row


def test_csv_suffix_only_on_lists(client: TestClient) -> None:
    response = client.get("/api/totals.csv")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_unknown_api_path_and_method_are_json_errors(client: TestClient) -> None:
    missing = client.get("/api/nothing-here")
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found",
                              "message": "no page or resource at /api/nothing-here",
                              "details": []}
    wrong_method = client.post("/api/facts")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"] == "method_not_allowed"


def test_errors_on_pages_are_html(client: TestClient) -> None:
    response = client.get("/document/424242")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no article with id 424242" in response.text
    assert "<title>Not found · thirdcountry</title>" in response.text


def test_unexpected_errors_are_500_json_without_internals(engine: Engine, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("secret connection string")

    monkeypatch.setattr("thirdcountry.tracker.totals", broken)
    url = engine.url.render_as_string(hide_password=False)
    with TestClient(create_app(Settings(url)), raise_server_exceptions=False) as client:
        response = client.get("/api/totals")
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert "secret" not in response.text


def test_create_app_refuses_a_bad_database_url() -> None:
    with pytest.raises(ValueError, match="unsupported database"):
        create_app(Settings(database_url="mysql://localhost/x"))


def test_cursors_round_trip_and_reject_forgeries() -> None:
    assert decode_cursor(encode_cursor(42)) == 42
    for forged in ("42", encode_cursor(42) + "!", "djI6NDI", "djE6LTE"):
        with pytest.raises(CursorError):
            decode_cursor(forged)


def test_csv_columns_come_from_the_model_even_when_empty() -> None:
    header = write_csv(PairStatusPublic, []).strip()
    assert header.startswith("deporting_country,deporting_name,receiving_country")
    assert "removals.value" in header and "removals.text" in header
    assert "terms.payment.currency" in write_csv(FactPublic, [])


def test_serve_command_runs_uvicorn_with_the_app(monkeypatch, tmp_path: Path) -> None:
    started = {}

    def fake_run(app, host, port, log_level):
        started.update(app=app, host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    database = tmp_path / "served.db"
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(database), "--port", "8123",
                                          "--host", "127.0.0.2"])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("127.0.0.2", 8123)
    assert started["app"].state.settings.database_url == f"sqlite:///{database}"
    assert database.exists()
    refused = CliRunner().invoke(cli_app, ["serve", "--port", "70000"])
    assert refused.exit_code != 0
