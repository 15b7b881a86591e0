"""``thirdcountry status`` and ``thirdcountry timeline`` on a store of hand-made facts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from thirdcountry.cli import app
from thirdcountry.facts.schema import Arrangement, Evidence, Fact, Removal
from thirdcountry.ingest import ingest
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import writer
from thirdcountry.tracker import update_for_document
from thirdcountry.tracker.tables import PairStatusRow

AGREED = "Rwanda has agreed to accept as many as 250 migrants deported from the United States."
MAYBE = "The first deportees could arrive within weeks, according to a person familiar."
ARRIVED = "The first seven people sent under the deal arrived in mid-August."
NIGERIA_YES = "Nigeria will take Venezuelan deportees, officials in Washington said."
NIGERIA_NO = "Nigeria rejected the request, its foreign minister said on the record."


def fact(quote: str, stage: str, certainty: str, date: str | None, receiving: str = "RWA",
         attributed_to: str | None = None) -> Arrangement:
    return Arrangement(deporting_country="USA", receiving_country=receiving,
                       kind="third_country_removal", stage=stage, date=date,
                       certainty=certainty, attributed_to=attributed_to,
                       evidence=Evidence(quote, 0, len(quote)))


def seven_arrived() -> Removal:
    return Removal(deporting_country="USA", receiving_country="RWA", date="2025-08", count=7,
                   count_qualifier="exact", nationalities=[], facility=None, legal_basis=None,
                   certainty="confirmed", attributed_to="Rwanda's government",
                   evidence=Evidence(ARRIVED, 0, len(ARRIVED)))


ARTICLES: list[tuple[str, str, str, list[Fact]]] = [
    ("Great Lakes Daily", "2025-08-06", AGREED, [
        fact(AGREED, "agreed", "confirmed", "2025-08-05", attributed_to="Yolande Makolo"),
        fact(MAYBE, "implemented", "speculative", None),
    ]),
    ("Lake Region Wire", "2025-08-29", ARRIVED, [
        fact(ARRIVED, "implemented", "confirmed", "2025-08"), seven_arrived(),
    ]),
    ("Capitol Wire", "2025-07-10", NIGERIA_YES, [
        fact(NIGERIA_YES, "agreed", "reported", "2025-07", receiving="NGA"),
    ]),
    ("Pan-African Wire", "2025-07-11", NIGERIA_NO, [
        fact(NIGERIA_NO, "declined", "confirmed", "2025-07-10", receiving="NGA"),
    ]),
]


class DictExtractor:
    """Gives each article its hand-made facts."""

    def __init__(self, facts: dict[str, list[Fact]]) -> None:
        self.facts = facts

    def extract(self, text: str, published: str | None = None) -> list[Fact]:
        return self.facts[text]

    def extract_many(self, items, batch_size: int = 32) -> Iterator[list[Fact]]:
        for text, published in items:
            yield self.extract(text, published)


@pytest.fixture
def filled(engine, store_url: str) -> str:
    """A store with the articles above, tracked as ingested; returns its URL."""
    texts = {}
    documents = []
    for n, (outlet, published, lead, facts) in enumerate(ARTICLES):
        text = lead + " " + " ".join(f"filler{n}w{i}" for i in range(60))
        texts[text] = facts
        documents.append(RawDocument(text=text, source="file", origin=f"{n}.txt", title=lead,
                                     url=f"https://news.example/{n}", outlet=outlet,
                                     published=published))
    summary = ingest(documents, engine, DictExtractor(texts), on_document=update_for_document)
    assert summary.new == len(ARTICLES)
    return store_url


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_status_shows_one_row_per_pair_with_weighed_stage_and_totals(filled: str) -> None:
    result = run("status", "--db", filled)
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if "(USA)" in line]
    assert len(rows) == 2
    rwanda = next(line for line in result.output.splitlines() if "Rwanda (RWA)" in line)
    assert "implemented" in rwanda and "confirmed" in rwanda and "2025-08" in rwanda
    assert rwanda.split()[-1] == "2"  # removed 7, from 2 sources, not disputed
    assert " 7 " in rwanda
    nigeria = next(line for line in result.output.splitlines() if "Nigeria (NGA)" in line)
    assert "declined" in nigeria and nigeria.rstrip().endswith("yes")
    assert "2 pairs" in result.output and "people removed 7" in result.output


@pytest.mark.parametrize("country", ["Rwanda", "rw", "RWA"])
def test_status_of_one_country_accepts_names_and_codes(filled: str, country: str) -> None:
    result = run("status", country, "--db", filled)
    assert result.exit_code == 0, result.output
    assert "Rwanda (RWA)" in result.output and "Nigeria" not in result.output


def test_status_filters_and_refuses_bad_values(filled: str) -> None:
    disputed = run("status", "--disputed", "--db", filled)
    assert "Nigeria (NGA)" in disputed.output and "Rwanda" not in disputed.output
    agreed = run("status", "--stage", "agreed", "--db", filled)
    assert "No country pairs match." in agreed.output
    bad_stage = run("status", "--stage", "signed", "--db", filled)
    assert bad_stage.exit_code == 2 and "'signed' is not one of approached" in bad_stage.output
    unknown = run("status", "Narnia", "--db", filled)
    assert unknown.exit_code == 2 and "unknown country 'Narnia'" in unknown.output


def test_status_rebuild_restores_the_tracker_from_the_facts(filled: str, engine) -> None:
    with Session(writer(engine)) as session, session.begin():
        session.execute(delete(PairStatusRow))
    assert "No country pairs yet" in run("status", "--db", filled).output
    result = run("status", "--rebuild", "--db", filled)
    assert result.exit_code == 0 and "Rwanda (RWA)" in result.output


def test_status_of_an_empty_store_says_to_ingest(engine, store_url: str) -> None:
    result = run("status", "--db", store_url)
    assert result.exit_code == 0
    assert "No country pairs yet: ingest some articles first." in result.output


def test_timeline_tells_the_history_with_quotes_dates_certainty_and_outlets(filled: str) -> None:
    result = run("timeline", "US", "Rwanda", "--db", filled)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("United States (USA) → Rwanda (RWA)")
    assert "Current stage: implemented (confirmed, 2025-08)" in out
    assert "People removed: 7" in out
    agreed, maybe, arrived = out.index("2025-08-05  agreed"), out.index(MAYBE), out.index(ARRIVED)
    assert agreed < out.index(AGREED) < maybe and maybe < arrived
    assert "according to Yolande Makolo" in out and "Great Lakes Daily, 2025-08-06" in out
    assert "speculative" in out and "removal of 7 people" in out
    assert "https://news.example/0" in out


def test_timeline_lists_disputes_and_counts_hidden_quotes(filled: str) -> None:
    result = run("timeline", "USA", "NGA", "--quotes", "0", "--db", filled)
    assert result.exit_code == 0, result.output
    assert "Disputed:" in result.output
    assert "agreed (Capitol Wire) vs declined (Pan-African Wire)" in result.output
    assert "… and 1 more reports: Pan-African Wire" in result.output
    assert NIGERIA_NO not in result.output


def test_timeline_of_an_unknown_pair_or_country(filled: str) -> None:
    nothing = run("timeline", "France", "Japan", "--db", filled)
    assert nothing.exit_code == 1
    assert "Nothing is known about France (FRA) → Japan (JPN)." in nothing.output
    bad = run("timeline", "USA", "Atlantis", "--db", filled)
    assert bad.exit_code == 2 and "unknown country 'Atlantis'" in bad.output


def test_timeline_counts_every_fact_and_source_however_few_are_quoted(filled: str) -> None:
    def header(*quotes: str) -> str:
        result = run("timeline", "US", "Rwanda", *quotes, "--db", filled)
        assert result.exit_code == 0, result.output
        return next(line for line in result.output.splitlines()
                    if line.startswith("People removed"))

    assert header("--quotes", "0") == header() == header("--quotes", "50")
    assert " 0 facts" not in header("--quotes", "0")
