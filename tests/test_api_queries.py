"""Fact and article lists walk indexes page by page: the same answers as checking every row."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from thirdcountry.api.queries import FactFilter, list_documents, list_facts
from thirdcountry.store import ensure_current, make_engine, writer
from thirdcountry.store.tables import Document, FactRecord

DATES = (None, "2023", "2024", "2024-03", "2024-03-05", "2024-03-20", "2024-12", "2025-01-02",
         "2025", "2025-06", "2025-06-30")
COUNTRIES = ("USA", "RWA", "GBR", "SLV")
NOW = dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc)


def _can_fall_in(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """The documented rule, row by row: a partial date matches if it can fall in the range."""
    if date is None:
        return False
    if date_from and date < date_from[:len(date)]:
        return False
    return not date_to or date <= date_to + "-99" * (2 - date_to.count("-"))


@pytest.fixture
def filled(engine: Engine) -> Engine:
    ensure_current(engine)
    rng = random.Random(5)
    documents, facts = [], []
    for n in range(1, 61):
        # Stored roughly in date order, as real ingestion does, with some stragglers.
        published = DATES[min(len(DATES) - 1, 1 + n // 6)] if rng.random() < 0.8 \
            else rng.choice(DATES)
        documents.append(dict(id=n, text=f"article {n}", content_hash=f"{n:064d}",
                              source_kind="file", origin=f"{n}.txt", warnings=[],
                              ingested_at=NOW, published=published))
        for k in range(4):
            kind = rng.choice(("arrangement", "removal", "legal_action", "rights_concern"))
            dep, rec = rng.sample(COUNTRIES, 2)
            roles = {
                "arrangement": dict(deporting_country=dep, receiving_country=rec,
                                    stage=rng.choice(("agreed", "approached")), kind="detention"),
                "removal": dict(deporting_country=dep, receiving_country=rec),
                "legal_action": dict(jurisdiction=dep, outcome="blocked", court="a court",
                                     subject="removals"),
                "rights_concern": dict(country=rec, concern="detention"),
            }[kind]
            date = None if kind == "rights_concern" else (
                published if rng.random() < 0.7 else rng.choice(DATES))
            every_column = dict.fromkeys(("deporting_country", "receiving_country", "stage",
                                          "kind", "jurisdiction", "outcome", "court",
                                          "subject", "country", "concern"))
            facts.append(dict(every_column, document_id=n, fact_key=f"k{k}", type=kind,
                              date=date,
                              status=rng.choice(("automatic",) * 6 + ("rejected",)),
                              certainty=rng.choice(("confirmed", "reported")),
                              evidence_quote="q", evidence_start=0, evidence_end=1,
                              extractor_version="test", data={}, created_at=NOW,
                              updated_at=NOW) | roles)
    with writer(engine).begin() as connection:
        connection.execute(insert(Document), documents)
        connection.execute(insert(FactRecord), facts)
    return engine


def _walk_facts(session: Session, fact_filter: FactFilter) -> list[int]:
    ids, after = [], None
    while True:
        rows, after = list_facts(session, fact_filter, limit=7, after_id=after)
        ids += [row.id for row in rows]
        if after is None:
            return ids


RANGES = [(None, None), ("2024-03-10", None), ("2024-03", "2024-03"), (None, "2024-03-05"),
          ("2025", None), ("2024-03-05", "2024-03-05"), ("2026", None), ("2024-04", "2024-11")]


@pytest.mark.parametrize(("date_from", "date_to"), RANGES)
def test_fact_lists_match_a_check_of_every_fact(filled: Engine, date_from, date_to) -> None:
    with Session(filled) as session:
        every = list(session.scalars(select(FactRecord).order_by(FactRecord.id)))
        for types, country in itertools.product(((), ("legal_action",), ("arrangement",
                                                                          "removal")),
                                                (None, "RWA", "USA")):
            fact_filter = FactFilter(types=types, country=country, date_from=date_from,
                                     date_to=date_to)
            expected = [
                f.id for f in every
                if f.status != "rejected" and (not types or f.type in types)
                and (country is None or country in (f.deporting_country, f.receiving_country,
                                                    f.jurisdiction, f.country))
                and (not (date_from or date_to) or _can_fall_in(f.date, date_from, date_to))
            ]
            assert _walk_facts(session, fact_filter) == expected, (types, country)


def test_fact_lists_of_one_state_or_pair_match_a_check_of_every_fact(filled: Engine) -> None:
    with Session(filled) as session:
        every = list(session.scalars(select(FactRecord).order_by(FactRecord.id)))
        for types, states, stages in itertools.product(
                ((), ("removal",), ("arrangement",), ("arrangement", "removal")),
                ((None, "RWA"), ("USA", None), ("USA", "RWA")),
                ((), ("agreed",), ("agreed", "approached"))):
            deporting, receiving = states
            fact_filter = FactFilter(types=types, deporting=deporting, receiving=receiving,
                                     stages=stages)
            expected = [
                f.id for f in every
                if f.status != "rejected" and (not types or f.type in types)
                and deporting in (None, f.deporting_country)
                and receiving in (None, f.receiving_country)
                and (not stages or f.stage in stages)
            ]
            assert _walk_facts(session, fact_filter) == expected, (types, states, stages)


@pytest.mark.parametrize(("fact_filter", "index"), [
    (FactFilter(types=("removal",), receiving="SLV"), "ix_facts_receiving_type"),
    (FactFilter(types=("arrangement",), deporting="USA"), "ix_facts_deporting_type"),
    (FactFilter(types=("arrangement",), deporting="SWE", stages=("approached",)),
     "ix_facts_deporting_stage"),
    (FactFilter(stages=("suspended",), receiving="SLV"), "ix_facts_receiving_stage"),
    (FactFilter(types=("removal",), deporting="USA", receiving="SLV"),
     "ix_facts_receiving_type"),
    (FactFilter(types=("arrangement",), stages=("agreed", "ended"), deporting="USA"),
     "ix_facts_deporting_type"),
    (FactFilter(types=("arrangement", "removal"), receiving="SLV"), "ix_facts_receiving"),
])
def test_sqlite_walks_one_type_or_stage_of_one_state_through_its_index(
        tmp_path, fact_filter: FactFilter, index: str) -> None:
    # Without statistics SQLite chose by the conditions alone: the removals sent to one state
    # were found by reading all its facts, one state's approaches among all (migration 0005).
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.db'}")
    ensure_current(engine)
    with Session(engine) as session:
        statement = select(FactRecord.id).where(*fact_filter.where(sqlite=True)) \
            .order_by(FactRecord.id).limit(10)
        sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[-1] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    engine.dispose()
    assert f"USING INDEX {index} " in plan, plan


@pytest.mark.parametrize(("date_from", "date_to"), RANGES)
def test_article_lists_by_publication_date_match_a_check_of_every_article(
        filled: Engine, date_from, date_to) -> None:
    with Session(filled) as session:
        every = list(session.scalars(select(Document).order_by(Document.id)))
        expected = [d.id for d in every
                    if not (date_from or date_to) or _can_fall_in(d.published, date_from,
                                                                  date_to)]
        ids, after = [], None
        while True:
            rows, after = list_documents(session, limit=5, after_id=after,
                                         published_from=date_from, published_to=date_to)
            ids += [document.id for document, _ in rows]
            if after is None:
                break
    assert ids == expected
