"""The tracker over a store: certainty weighing, disputes, curation, removals, queries, rebuild."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from thirdcountry.facts.schema import Arrangement, Evidence, Fact, LegalAction, Removal
from thirdcountry.ingest import ingest
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import FactRecord, repository, writer
from thirdcountry.store.tables import Base
from thirdcountry.tracker import (
    catch_up,
    country_summary,
    mark_for_update,
    nationality_breakdown,
    pair_status_count,
    pair_statuses,
    pair_timeline,
    rebuild,
    refresh,
    removal_events,
    totals,
    update_for_document,
)
from thirdcountry.tracker.tables import (
    BucketFactRow,
    BucketLinkRow,
    BucketRow,
    CountryRow,
    DisputeRow,
    EntryRow,
    PairStatusRow,
    PendingDocumentRow,
    PendingRow,
    RemovalEventFactRow,
    RemovalEventRow,
    SubjectRow,
)

TRACKER_TABLES = {t.__tablename__ for t in (PairStatusRow, RemovalEventRow, RemovalEventFactRow,
                                            CountryRow, PendingRow, BucketRow, BucketFactRow,
                                            BucketLinkRow, EntryRow, DisputeRow, SubjectRow,
                                            PendingDocumentRow)}


def arrangement(stage: str, certainty: str = "confirmed", date: str | None = None,
                pair: tuple[str, str] = ("USA", "RWA"),
                kind: str = "third_country_removal") -> Arrangement:
    return Arrangement(deporting_country=pair[0], receiving_country=pair[1], kind=kind,
                       stage=stage, date=date, certainty=certainty, attributed_to=None,
                       evidence=Evidence(f"They {stage} it.", 0, 10))


def removal(count: int | None, qualifier: str = "exact", date: str | None = None,
            pair: tuple[str, str] = ("USA", "SLV"), nationalities: Iterable[str] = (),
            certainty: str = "confirmed") -> Removal:
    return Removal(deporting_country=pair[0], receiving_country=pair[1], date=date, count=count,
                   count_qualifier=qualifier if count is not None else None,
                   nationalities=list(nationalities), facility=None, legal_basis=None,
                   certainty=certainty, attributed_to=None, evidence=Evidence("Men landed.", 0, 5))


def legal(court: str, outcome: str, date: str | None) -> LegalAction:
    return LegalAction(jurisdiction="USA", court=court, subject="transfers", outcome=outcome,
                       date=date, certainty="confirmed", attributed_to=None,
                       evidence=Evidence("A judge ruled.", 0, 5))


class DictExtractor:
    """Gives each article the facts the test assigned to its text."""

    def __init__(self) -> None:
        self.facts: dict[str, list[Fact]] = {}

    def extract(self, text: str, published: str | None = None) -> list[Fact]:
        return self.facts.get(text, [])

    def extract_many(self, items, batch_size: int = 32) -> Iterator[list[Fact]]:
        for text, published in items:
            yield self.extract(text, published)


def article(n: int, published: str | None = "2025-08-01", words: str | None = None) -> RawDocument:
    # Distinct words per article, so that dedup sees different stories.
    text = words or " ".join(f"story{n}word{i}" for i in range(60))
    return RawDocument(text=text, source="file", origin=f"a{n}.txt", title=f"Article {n}",
                       url=f"https://news.example/{n}", outlet=f"Outlet {n}", published=published)


def store(engine, items: list[tuple[RawDocument, list[Fact]]], hook=update_for_document) -> None:
    extractor = DictExtractor()
    for raw, facts in items:
        extractor.facts[raw.text] = facts
    summary = ingest([raw for raw, _ in items], engine, extractor, on_document=hook)
    assert summary.failures == []


def snapshot(engine) -> list[list[tuple]]:
    with Session(engine) as session:
        tables = []
        for model in (PairStatusRow, RemovalEventRow, RemovalEventFactRow, CountryRow):
            rows = session.execute(select(model.__table__)).mappings().all()
            tables.append(sorted(tuple((k, v) for k, v in row.items() if k != "updated_at")
                                 for row in rows))
        return tables


def status(engine, deporting: str = "USA", receiving: str = "RWA"):
    with Session(engine) as session:
        [pair] = pair_statuses(session, deporting=deporting, receiving=receiving)
        return pair


def test_tracker_tables_match_their_migration(engine) -> None:
    def is_tracker(obj, name, type_, reflected, compare_to) -> bool:
        table = name if type_ == "table" else obj.table.name
        return table in TRACKER_TABLES

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": is_tracker, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_latest_firm_evidence_sets_the_stage_and_soft_evidence_never_overrules(engine) -> None:
    store(engine, [
        (article(1, "2025-05-10"), [arrangement("negotiating", "reported", "2025-05")]),
        (article(2, "2025-06-02"), [arrangement("agreed", "confirmed", "2025-06-01")]),
        (article(3, "2025-07-01"), [arrangement("implemented", "speculative", "2025-07"),
                                    arrangement("declined", "rumored", "2025-07")]),
    ])
    pair = status(engine)
    assert (pair.stage, pair.certainty, pair.date) == ("agreed", "confirmed", "2025-06-01")
    assert pair.furthest_stage == "agreed" and not pair.disputed
    store(engine, [(article(4, "2025-08-20"), [arrangement("implemented", "reported",
                                                           "2025-08-18")])])
    assert (status(engine).stage, status(engine).furthest_stage) == ("implemented",
                                                                     "implemented")


def test_a_later_report_of_an_earlier_step_does_not_undo_an_agreement(engine) -> None:
    store(engine, [
        (article(1, "2025-09-11"), [arrangement("agreed", date="2025-09-10"),
                                    arrangement("implemented", date="2025-09-10")]),
        (article(2, "2025-09-12"), [arrangement("approached", "reported", "2025-09-11")]),
    ])
    assert status(engine).stage == "implemented"
    store(engine, [(article(3, "2025-10-02"), [arrangement("suspended", "reported",
                                                           "2025-10-01")])])
    assert status(engine).stage == "suspended"


def test_a_refusal_said_of_the_same_day_must_be_as_certain_as_the_agreement(engine) -> None:
    store(engine, [(article(1, "2025-08-05"), [
        arrangement("agreed", "confirmed", "2025-08-05"),
        arrangement("declined", "reported", "2025-08-05"),
    ])])
    pair = status(engine)
    assert (pair.stage, pair.certainty, pair.disputed) == ("agreed", "confirmed", False)


def test_undated_signature_in_an_article_about_its_end_comes_before_the_end(engine) -> None:
    store(engine, [(article(1, "2025-08-06"), [
        arrangement("agreed", pair=("GBR", "RWA"), kind="safe_third_country"),
        arrangement("ended", date="2024", pair=("GBR", "RWA"), kind="safe_third_country"),
    ])])
    pair = status(engine, "GBR", "RWA")
    assert (pair.stage, pair.kind, pair.furthest_stage) == ("ended", "safe_third_country",
                                                            "agreed")


def test_refusal_of_another_kind_does_not_end_removals_already_taking_place(engine) -> None:
    store(engine, [(article(1, "2025-07-16"), [
        arrangement("agreed", date="2025-01", pair=("USA", "MEX")),
        removal(None, pair=("USA", "MEX")),
        arrangement("declined", date="2025-07-15", pair=("USA", "MEX"),
                    kind="safe_third_country"),
    ])])
    pair = status(engine, "USA", "MEX")
    assert (pair.stage, pair.kind, pair.disputed) == ("implemented", "third_country_removal",
                                                      False)


def test_agreement_and_refusal_from_different_sources_are_kept_side_by_side(engine) -> None:
    store(engine, [
        (article(1, "2025-07-12"), [arrangement("agreed", "reported", "2025-07",
                                                pair=("USA", "NGA"))]),
        (article(2, "2025-07-14"), [arrangement("declined", "confirmed", "2025-07-11",
                                                pair=("USA", "NGA"))]),
    ])
    pair = status(engine, "USA", "NGA")
    assert pair.disputed and pair.disputes == 1
    with Session(engine) as session:
        timeline = pair_timeline(session, "USA", "NGA")
    assert timeline is not None
    [dispute] = timeline.disputes
    assert dispute.kind == "stage"
    assert [e.stage for e in dispute.entries] == ["agreed", "declined"]
    assert "Outlet 1" in dispute.summary and "Outlet 2" in dispute.summary
    assert {e.stage for e in timeline.entries if e.disputed} == {"agreed", "declined"}


def test_a_timeline_page_carries_the_disputes_of_its_entries(engine) -> None:
    store(engine, [
        (article(1, "2025-03-02"), [arrangement("approached", "reported", "2025-03",
                                                pair=("USA", "NGA"))]),
        (article(2, "2025-07-12"), [arrangement("agreed", "reported", "2025-07",
                                                pair=("USA", "NGA"))]),
        (article(3, "2025-07-14"), [arrangement("declined", "confirmed", "2025-07-11",
                                                pair=("USA", "NGA"))]),
    ])
    with Session(engine) as session:
        first = pair_timeline(session, "USA", "NGA", limit=1)
        rest = pair_timeline(session, "USA", "NGA", limit=2, offset=1)
        latest = pair_timeline(session, "USA", "NGA", limit=1, latest=True)
        last_two = pair_timeline(session, "USA", "NGA", limit=2, latest=True)
        more_than_all = pair_timeline(session, "USA", "NGA", limit=5, latest=True)
    assert first is not None and rest is not None and latest is not None
    # The latest page is read backwards from the end; it must still come oldest first.
    assert last_two is not None and more_than_all is not None
    assert [e.key for e in last_two.entries] == [e.key for e in rest.entries]
    assert [e.key for e in more_than_all.entries] == [
        e.key for e in (*first.entries, *rest.entries)]
    assert [e.stage for e in first.entries] == ["approached"] and first.disputes == []
    assert first.entry_count == rest.entry_count == latest.entry_count == 3
    assert {e.stage for e in rest.entries} == {"agreed", "declined"}
    [dispute] = rest.disputes
    assert "Outlet 2" in dispute.summary and "Outlet 3" in dispute.summary
    assert [e.key for e in latest.entries] == [rest.entries[-1].key]
    assert [d.summary for d in latest.disputes] == [dispute.summary]


def test_curated_facts_outweigh_automatic_ones_and_rejected_facts_are_ignored(engine) -> None:
    store(engine, [
        (article(1, "2025-06-02"), [arrangement("agreed", "reported", "2025-06-01")]),
        (article(2, "2025-07-02"), [arrangement("suspended", "confirmed", "2025-07-01")]),
    ])
    assert status(engine).stage == "suspended"
    with Session(writer(engine)) as session, session.begin():
        facts = {f.stage: f.id for f in session.scalars(select(FactRecord))}
        repository.set_fact_status(session, facts["agreed"], "confirmed")
        refresh(session, pairs=[("USA", "RWA")])
    pair = status(engine)
    assert (pair.stage, pair.curated) == ("agreed", True)
    with Session(writer(engine)) as session, session.begin():
        repository.set_fact_status(session, facts["agreed"], "rejected")
        refresh(session, pairs=[("USA", "RWA")])
    pair = status(engine)
    assert (pair.stage, pair.facts) == ("suspended", 1)


def test_one_removal_reported_three_times_is_one_event_and_totals_stay_honest(engine) -> None:
    store(engine, [
        (article(1, "2025-03-16"), [removal(238, date="2025-03-15", nationalities=["VEN"])]),
        (article(2, "2025-03-20"), [removal(238, date="2025-03")]),
        (article(3, "2025-04-01"), [removal(200, "more_than")]),
        (article(4, "2025-05-02"), [removal(130, "at_least", date="2025-05-01",
                                            pair=("USA", "SWZ")),
                                    removal(5, date="2025-05-01", pair=("USA", "SSD"))]),
    ])
    with Session(engine) as session:
        salvador = pair_statuses(session, receiving="SLV")[0]
        assert (salvador.removals.text, salvador.removals.events, salvador.sources) == (
            "238", 1, 3)
        [event] = removal_events(session, receiving="SLV")
        assert ([s.url for s in event.sources] == [f"https://news.example/{n}" for n in (1, 2, 3)])
        assert len(event.fact_ids) == 3
        assert totals(session).people_removed.text == "at least 373"
        assert [t.nationality for t in nationality_breakdown(session)] == ["VEN"]


def test_a_syndicated_copy_adds_a_source_to_its_story(engine) -> None:
    original = article(1)
    copy = article(2, words=original.text + " Reprinted with permission.")
    store(engine, [(original, [arrangement("agreed", date="2025-07")])])
    assert status(engine).sources == 1
    store(engine, [(copy, [])])
    assert status(engine).sources == 2
    with Session(engine) as session:
        timeline = pair_timeline(session, "USA", "RWA")
    assert timeline is not None
    assert [s.url for s in timeline.sources] == ["https://news.example/1",
                                                 "https://news.example/2"]


@pytest.mark.parametrize("hook", ["update_for_document", "mark_for_update"])
def test_incremental_updates_equal_a_full_rebuild(engine, hook: str) -> None:
    store(engine, [
        (article(1, "2025-05-10"), [arrangement("approached", "reported"),
                                    removal(5, date="2025-07-15", pair=("USA", "SWZ"))]),
        (article(2, "2025-07-20"), [arrangement("agreed", date="2025-07", pair=("USA", "SWZ")),
                                    removal(5, pair=("USA", "SWZ")),
                                    legal("federal judge", "blocked", "2025-07-18")]),
        (article(3, "2025-07-21"), [removal(7, date="2025-07-15", pair=("USA", "SWZ"))]),
        (article(4, "2025-08-01"), [arrangement("declined", pair=("USA", "NGA"))]),
    ], hook=update_for_document if hook == "update_for_document" else mark_for_update)
    assert catch_up(engine) == (0 if hook == "update_for_document" else 3 + 4)
    incremental = snapshot(engine)
    assert incremental[0] and incremental[1]
    with Session(writer(engine)) as session, session.begin():
        summary = rebuild(session)
    assert summary.pairs == 3 and summary.removal_events == 1
    assert snapshot(engine) == incremental


def test_marked_documents_wait_for_catch_up_and_are_never_lost(engine) -> None:
    store(engine, [(article(1), [arrangement("agreed", date="2025-07")])], hook=mark_for_update)
    with Session(engine) as session:
        assert pair_statuses(session) == []
        marks = session.execute(select(PendingRow.scope, PendingRow.key,
                                       PendingRow.generation)).all()
    assert sorted(tuple(m) for m in marks) == [("country", "RWA", 1), ("country", "USA", 1),
                                               ("pair", "USA:RWA", 1)]
    store(engine, [(article(2), [arrangement("implemented", date="2025-08")])],
          hook=mark_for_update)
    with Session(engine) as session:
        assert session.get(PendingRow, ("pair", "USA:RWA")).generation == 2
    assert catch_up(engine) == 3
    assert catch_up(engine) == 0
    assert (status(engine).stage, status(engine).sources) == ("implemented", 2)


def test_pair_queries_filter_page_and_count(engine) -> None:
    store(engine, [
        (article(1, "2025-08-06"), [arrangement("agreed", date="2025-08-05")]),
        (article(2, "2025-05-16"), [arrangement("negotiating", "reported", pair=("GBR", "SRB"))]),
        (article(3, "2025-03-01"), [arrangement("implemented", date="2025-02-12",
                                                pair=("USA", "PAN"))]),
    ])
    with Session(engine) as session:
        def pairs(**filters) -> list[str]:
            return [f"{p.deporting}-{p.receiving}" for p in pair_statuses(session, **filters)]

        assert pairs() == ["GBR-SRB", "USA-PAN", "USA-RWA"]
        assert pairs(deporting="usa") == ["USA-PAN", "USA-RWA"]
        assert pairs(country="SRB") == pairs(country=["SRB"]) == ["GBR-SRB"]
        assert pairs(stage=["agreed", "implemented"]) == ["USA-PAN", "USA-RWA"]
        assert pairs(certainty="reported") == ["GBR-SRB"]
        assert pairs(date_from="2025-08") == ["USA-RWA"]
        assert pairs(date_to="2025-04-30") == ["USA-PAN"]  # GBR-SRB: undated, as of 05-16
        assert pairs(limit=1, offset=1) == ["USA-PAN"]
        assert pair_status_count(session, deporting="USA") == 2
        assert pair_statuses(session)[2].receiving_name == "Rwanda"
        with pytest.raises(ValueError, match="not an ISO3 code"):
            pair_statuses(session, receiving="Rwanda")
        with pytest.raises(ValueError, match="date"):
            pair_statuses(session, date_from="August")
        headline = totals(session)
        assert (headline.pairs, headline.countries_approached, headline.countries_agreed,
                headline.countries_receiving) == (3, 3, 2, 1)


def test_removal_events_page_latest_first_and_filter_by_date(engine) -> None:
    store(engine, [(article(n, f"2025-0{n}-28"), [removal(n, date=f"2025-0{n}-20")])
                   for n in range(1, 6)])
    with Session(engine) as session:
        def counts(**filters) -> list[int | None]:
            return [e.count for e in removal_events(session, **filters)]

        assert counts() == [5, 4, 3, 2, 1]
        assert counts(limit=2, offset=1) == [4, 3]
        assert counts(date_from="2025-02", date_to="2025-03-31") == [3, 2]


def test_country_summary_merges_legal_actions_and_counts_removals(engine) -> None:
    store(engine, [
        (article(1, "2025-04-19"), [legal("U.S. District Judge Brian E. Murphy", "blocked",
                                          "2025-04-18"),
                                    removal(238, date="2025-03-15")]),
        (article(2, "2025-04-25"), [legal("Judge Brian E. Murphy in Boston", "blocked", None),
                                    legal("Supreme Court", "allowed", "2025-04-07")]),
    ])
    with Session(engine) as session:
        usa = country_summary(session, "usa")
        salvador = country_summary(session, "SLV")
        assert country_summary(session, "NOR") is None
    assert usa is not None and salvador is not None
    assert [(a.court, len(a.sources)) for a in usa.legal_actions] == [
        ("Supreme Court", 1), ("U.S. District Judge Brian E. Murphy", 2)]
    assert (usa.sent.text, salvador.received.text, salvador.receiving_stage) == (
        "238", "238", "implemented")
    assert [p.receiving for p in usa.as_deporting] == ["SLV"]


def test_a_fact_that_is_not_valid_is_left_out_with_a_warning(engine, caplog) -> None:
    store(engine, [(article(1), [arrangement("agreed", date="2025-07"),
                                 arrangement("implemented", date="2025-08")])])
    with Session(writer(engine)) as session, session.begin():
        bad = session.scalars(select(FactRecord).where(FactRecord.stage == "implemented")).one()
        bad_id, data = bad.id, dict(bad.data, stage="teleported")
        session.execute(update(FactRecord).where(FactRecord.id == bad_id)
                        .values(stage="teleported", data=data))
        with caplog.at_level(logging.WARNING, logger="thirdcountry.tracker.records"):
            refresh(session, pairs=[("USA", "RWA")])
    assert f"fact {bad_id} left out of the tracker: unknown stage 'teleported'" in caplog.text
    assert status(engine).stage == "agreed"
