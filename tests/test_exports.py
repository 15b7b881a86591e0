"""Exports: CSV headers and rows, JSON Lines that are FACTS.md, GeoJSON, and the command."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from importlib.resources import files

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from thirdcountry.cli import app
from thirdcountry.countries import all_countries
from thirdcountry.exports import export
from thirdcountry.exports.csv import FACT_COLUMNS, PAIR_COLUMNS, REMOVAL_COLUMNS
from thirdcountry.exports.geojson import centroids
from thirdcountry.facts.schema import (
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    Terms,
    fact_from_dict,
)
from thirdcountry.ingest import ingest
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import FactRecord, repository, writer
from thirdcountry.tracker import refresh, update_for_document

AGREED = Arrangement(deporting_country="USA", receiving_country="RWA",
                     kind="third_country_removal", stage="agreed", date="2025-08-05",
                     terms=Terms(capacity=250), certainty="confirmed",
                     attributed_to="Yolande Makolo",
                     evidence=Evidence("Rwanda has agreed to accept 250.", 0, 32))
FLIGHT = Removal(deporting_country="USA", receiving_country="SLV", date="2025-03-15", count=238,
                 count_qualifier="exact", nationalities=["VEN", "SLV"], facility="CECOT",
                 legal_basis="Alien Enemies Act", certainty="confirmed", attributed_to=None,
                 evidence=Evidence("238 men were flown to CECOT.", 0, 28))
SAME_FLIGHT = Removal(deporting_country="USA", receiving_country="SLV", date="2025-03",
                      count=200, count_qualifier="more_than", nationalities=[], facility=None,
                      legal_basis=None, certainty="reported", attributed_to="CBS",
                      evidence=Evidence("More than 200 were sent.", 0, 24))
RULING = LegalAction(jurisdiction="USA", court="federal judge", subject="the flights",
                     outcome="blocked", date="2025-03-15", certainty="confirmed",
                     attributed_to=None, evidence=Evidence("A judge blocked them.", 0, 21))
WRONG = Arrangement(deporting_country="USA", receiving_country="NOR",
                    kind="unspecified", stage="agreed", date=None, certainty="reported",
                    attributed_to=None, evidence=Evidence("Norway agreed.", 0, 14))


class DictExtractor:
    def __init__(self, facts: dict[str, list[Fact]]) -> None:
        self.facts = facts

    def extract(self, text: str, published: str | None = None) -> list[Fact]:
        return self.facts[text]

    def extract_many(self, items, batch_size: int = 32) -> Iterator[list[Fact]]:
        for text, published in items:
            yield self.extract(text, published)


@pytest.fixture
def filled(engine, store_url: str) -> str:
    """Three articles; the fact about Norway is rejected by a curator."""
    by_text = {}
    documents = []
    for n, facts in enumerate([[AGREED, WRONG], [FLIGHT, RULING], [SAME_FLIGHT]]):
        text = " ".join(f"export{n}w{i}" for i in range(60))
        by_text[text] = facts
        documents.append(RawDocument(text=text, source="file", origin=f"{n}.txt",
                                     title=f"Story {n}", url=f"https://news.example/{n}",
                                     outlet=f"Outlet {n}", published="2025-08-06"))
    assert ingest(documents, engine, DictExtractor(by_text),
                  on_document=update_for_document).new == 3
    with Session(writer(engine)) as session, session.begin():
        wrong = session.scalars(select(FactRecord).where(FactRecord.receiving_country == "NOR"))
        repository.set_fact_status(session, wrong.one().id, "rejected")
        refresh(session, pairs=[("USA", "NOR")])
    return store_url


def exported(engine, fmt: str, what: str) -> str:
    out = io.StringIO()
    with Session(engine) as session:
        export(session, out, format=fmt, what=what)
    return out.getvalue()


def test_jsonl_facts_are_facts_md_lines_with_their_document_url(filled: str, engine) -> None:
    schema = json.loads((files("thirdcountry.facts") / "facts.schema.json").read_text("utf-8"))
    lines = [json.loads(line) for line in exported(engine, "jsonl", "facts").splitlines()]
    assert len(lines) == 4  # the rejected fact is left out
    for line in lines:
        jsonschema.validate(line, schema)
        assert line["document_url"].startswith("https://news.example/")
        assert "rule" not in line
    facts = [fact_from_dict({k: v for k, v in line.items() if k != "document_url"})
             for line in lines]
    assert RULING in facts and AGREED in facts and FLIGHT in facts and WRONG not in facts
    agreed = next(line for line in lines if line.get("stage") == "agreed")
    assert agreed["terms"] == {"capacity": 250}


def test_csv_facts_have_the_documented_header_and_one_row_per_fact(filled: str, engine) -> None:
    rows = list(csv.reader(io.StringIO(exported(engine, "csv", "facts"))))
    assert tuple(rows[0]) == FACT_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(records) == 4
    flight = next(r for r in records if r["count"] == "238")
    assert (flight["nationalities"], flight["facility"], flight["quote"]) == (
        "VEN; SLV", "CECOT", "238 men were flown to CECOT.")
    assert (flight["outlet"], flight["document_url"], flight["status"]) == (
        "Outlet 1", "https://news.example/1", "automatic")
    agreed = next(r for r in records if r["stage"] == "agreed")
    assert json.loads(agreed["terms"]) == {"capacity": 250}


def test_pairs_and_removals_export_the_merged_records(filled: str, engine) -> None:
    pair_rows = list(csv.DictReader(io.StringIO(exported(engine, "csv", "pairs"))))
    assert [(r["deporting_country"], r["receiving_country"], r["stage"]) for r in pair_rows] == [
        ("USA", "RWA", "agreed"), ("USA", "SLV", "implemented")]
    assert tuple(pair_rows[0]) == PAIR_COLUMNS
    assert pair_rows[1]["removed"] == "238" and pair_rows[1]["sources"] == "2"
    [event] = [json.loads(line) for line in exported(engine, "jsonl", "removals").splitlines()]
    assert (event["count"], event["count_qualifier"], event["date"]) == (238, "exact",
                                                                          "2025-03-15")
    assert [s["url"] for s in event["sources"]] == ["https://news.example/1",
                                                    "https://news.example/2"]
    [removal_row] = list(csv.DictReader(io.StringIO(exported(engine, "csv", "removals"))))
    assert tuple(removal_row) == REMOVAL_COLUMNS
    assert removal_row["outlets"] == "Outlet 1; Outlet 2"
    assert removal_row["counts_reported"] == "238 exact; 200 more_than"


def test_geojson_is_a_feature_collection_of_receiving_countries(filled: str, engine) -> None:
    collection = json.loads(exported(engine, "geojson", "pairs"))
    assert collection["type"] == "FeatureCollection"
    features = {feature["id"]: feature for feature in collection["features"]}
    assert set(features) == {"RWA", "SLV"}
    for feature in features.values():
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    rwanda = features["RWA"]
    assert 28.8 <= rwanda["geometry"]["coordinates"][0] <= 30.9
    assert -2.9 <= rwanda["geometry"]["coordinates"][1] <= -1.0
    assert rwanda["properties"]["stage"] == "agreed"
    assert rwanda["properties"]["pairs"][0]["deporting_country"] == "USA"
    salvador = features["SLV"]["properties"]
    assert salvador["people_received"]["text"] == "238"
    assert salvador["name"] == "El Salvador" and salvador["stage"] == "implemented"


def test_every_country_has_a_centroid() -> None:
    points = centroids()
    assert {c.iso3 for c in all_countries()} <= set(points)
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points.values())


def test_export_command_writes_a_file_or_stdout_and_refuses_bad_choices(
    filled: str, tmp_path
) -> None:
    runner = CliRunner()
    target = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "--what", "pairs", "-o",
                                 str(target), "--db", filled])
    assert result.exit_code == 0, result.output
    assert "Wrote 2 pairs to" in result.output
    assert target.read_text().splitlines()[0] == ",".join(PAIR_COLUMNS)
    assert not (tmp_path / "pairs.csv.partial").exists()
    geo = runner.invoke(app, ["export", "--format", "geojson", "-o", str(tmp_path / "r.geojson"),
                              "--db", filled])
    assert geo.exit_code == 0 and "receiving countries to" in geo.output
    stdout = runner.invoke(app, ["export", "--db", filled])
    assert stdout.exit_code == 0 and len(stdout.output.splitlines()) == 4
    geo = runner.invoke(app, ["export", "--format", "geojson", "--db", filled])
    assert json.loads(geo.output)["type"] == "FeatureCollection"
    wrong = runner.invoke(app, ["export", "--format", "geojson", "--what", "facts", "--db",
                                filled])
    assert wrong.exit_code == 2 and "use --what pairs" in wrong.output
    unknown = runner.invoke(app, ["export", "--format", "xml", "--db", filled])
    assert unknown.exit_code == 2 and "'xml' is not one of csv, jsonl, geojson" in unknown.output


def test_export_refuses_unknown_subjects_and_formats(engine) -> None:
    with Session(engine) as session:
        with pytest.raises(ValueError, match="unknown export subject 'people'"):
            export(session, io.StringIO(), format="csv", what="people")
        with pytest.raises(ValueError, match="unknown export format 'pdf'"):
            export(session, io.StringIO(), format="pdf", what="facts")
