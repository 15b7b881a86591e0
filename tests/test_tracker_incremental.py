"""The tracker kept incrementally (document by document, in batches, after curation) writes
exactly the rows a rebuild writes, and reads back what the facts in memory give."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from thirdcountry.facts.schema import (
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    RightsConcern,
)
from thirdcountry.ingest import ingest
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import FactRecord, repository, writer
from thirdcountry.tracker import (
    catch_up,
    country_summary,
    mark_for_update,
    pair_timeline,
    rebuild,
    refresh,
    update_for_document,
)
from thirdcountry.tracker.country_facts import merge_legal_actions, merge_rights_concerns
from thirdcountry.tracker.records import load_facts, load_pair_facts
from thirdcountry.tracker.tables import (
    BucketFactRow,
    BucketLinkRow,
    BucketRow,
    CountryRow,
    DisputeRow,
    EntryLinkRow,
    EntryRow,
    PairStatusRow,
    RemovalEventFactRow,
    RemovalEventRow,
    SubjectRow,
)
from thirdcountry.tracker.timeline import build_timeline

STAGES = ["approached", "negotiating", "agreed", "implemented", "suspended", "declined"]
KINDS = ["third_country_removal", "safe_third_country", "unspecified"]
CERTAINTIES = ["confirmed", "reported", "rumored", "speculative"]
DATES = ["2025", "2025-03", "2025-03-15", "2025-03-20", "2025-04", "2025-04-02", "2024-11",
         None, None]
PUBLISHED = ["2025-03-16", "2025-03-25", "2025-04-05", "2024-12-01", "2025-05-01", None]
COUNTS = [(238, "exact"), (200, "more_than"), (130, "at_least"), (5, "exact"), (7, "exact"),
          (300, "about"), (None, None)]
COURTS = ["U.S. District Judge Brian E. Murphy", "Judge Brian E. Murphy in Boston",
          "Supreme Court", "the Supreme Court", "federal judge"]
PAIRS = [("USA", "SLV"), ("USA", "RWA")]


class DictExtractor:
    def __init__(self) -> None:
        self.facts: dict[str, list[Fact]] = {}

    def extract(self, text: str, published: str | None = None) -> list[Fact]:
        return self.facts.get(text, [])

    def extract_many(self, items, batch_size: int = 32) -> Iterator[list[Fact]]:
        for text, published in items:
            yield self.extract(text, published)


def random_fact(rng: random.Random) -> Fact:
    evidence = Evidence("quote", 0, 5)
    pair = rng.choice(PAIRS)
    roll = rng.random()
    if roll < 0.45:
        return Arrangement(deporting_country=pair[0], receiving_country=pair[1],
                           kind=rng.choice(KINDS), stage=rng.choice(STAGES),
                           date=rng.choice(DATES), certainty=rng.choice(CERTAINTIES),
                           attributed_to=None, evidence=evidence)
    if roll < 0.8:
        count, qualifier = rng.choice(COUNTS)
        return Removal(deporting_country=pair[0], receiving_country=pair[1],
                       date=rng.choice(DATES), count=count, count_qualifier=qualifier,
                       nationalities=rng.sample(["VEN", "CUB"], rng.randrange(0, 3)),
                       facility=rng.choice([None, "CECOT"]), legal_basis=None,
                       certainty=rng.choice(CERTAINTIES), attributed_to=None, evidence=evidence)
    if roll < 0.9:
        return LegalAction(jurisdiction="USA", court=rng.choice(COURTS), subject="transfers",
                           outcome=rng.choice(["blocked", "allowed"]), date=rng.choice(DATES),
                           certainty=rng.choice(CERTAINTIES), attributed_to=None,
                           evidence=evidence)
    return RightsConcern(country=pair[1], concern=rng.choice(["Torture", "torture.", "crowding"]),
                         certainty=rng.choice(CERTAINTIES), attributed_to=None,
                         evidence=evidence)


def random_articles(seed: int, n: int) -> list[tuple[RawDocument, list[Fact]]]:
    rng = random.Random(seed)
    items: list[tuple[RawDocument, list[Fact]]] = []
    for i in range(n):
        if items and rng.random() < 0.15:  # a syndicated copy of an earlier article
            original = rng.choice(items)[0]
            text = original.text + f" Reprinted {i}."
            facts: list[Fact] = []
        else:
            text = " ".join(f"s{seed}a{i}w{j}" for j in range(60))
            facts = [random_fact(rng) for _ in range(rng.randrange(0, 5))]
        items.append((RawDocument(text=text, source="file", origin=f"{i}.txt", title=f"A {i}",
                                  url=f"https://news.example/{seed}/{i}",
                                  outlet=rng.choice(["Wire", "Daily", None]),
                                  published=rng.choice(PUBLISHED)), facts))
    return items


def store(engine, items, hook) -> None:
    extractor = DictExtractor()
    for raw, facts in items:
        extractor.facts[raw.text] = facts
    summary = ingest([raw for raw, _ in items], engine, extractor, on_document=hook,
                     batch_size=4)
    assert summary.failures == []


def snapshot(engine) -> list[list[tuple]]:
    """Every tracker row, bucket ids replaced by bucket keys (they differ between runs)."""
    with Session(engine) as session:
        keys = {row.id: (row.subject, row.family, row.key)
                for row in session.execute(select(BucketRow.id, BucketRow.subject,
                                                  BucketRow.family, BucketRow.key))}
        tables = []
        for model in (PairStatusRow, RemovalEventRow, RemovalEventFactRow, CountryRow, EntryRow,
                      DisputeRow, EntryLinkRow, SubjectRow, BucketRow, BucketFactRow,
                      BucketLinkRow):
            rows = []
            for row in session.execute(select(model.__table__)).mappings():
                values = dict(row)
                values.pop("updated_at", None)
                if model is BucketRow:
                    values.pop("id")
                if model is EntryRow:
                    values["buckets"] = sorted(keys[b] for b in values["buckets"])
                if model is BucketFactRow:
                    values["bucket_id"] = keys[values["bucket_id"]]
                if model is BucketLinkRow:
                    values["first"], values["second"] = sorted(
                        (keys[values["first"]], keys[values["second"]]))
                rows.append(tuple(sorted((k, repr(v)) for k, v in values.items())))
            tables.append(sorted(rows))
        return tables


def rebuilt(engine) -> list[list[tuple]]:
    with Session(writer(engine)) as session, session.begin():
        rebuild(session)
    return snapshot(engine)


@pytest.mark.parametrize("seed", range(6))
def test_document_by_document_equals_a_rebuild(engine, seed: int) -> None:
    store(engine, random_articles(seed, 40), update_for_document)
    incremental = snapshot(engine)
    assert incremental[0]  # some pair has a status
    assert rebuilt(engine) == incremental


@pytest.mark.parametrize("seed", range(3))
def test_batches_equal_a_rebuild(engine, seed: int) -> None:
    items = random_articles(100 + seed, 45)
    for start in range(0, len(items), 15):
        store(engine, items[start:start + 15], mark_for_update)
        catch_up(engine)
    incremental = snapshot(engine)
    assert rebuilt(engine) == incremental


def test_a_copy_caught_up_with_its_story_counts_as_a_source(engine) -> None:
    """A syndicated copy folded in the same catch-up as the story it copies adds a source to
    the story's new entries too (they are merged from memory)."""
    rng = random.Random(5)
    (story, facts), = random_articles(5, 1)
    facts = [random_fact(rng) for _ in range(12)]
    copy = RawDocument(text=story.text + " Reprinted.", source="file", origin="copy.txt",
                       url="https://news.example/copy")
    store(engine, [(story, facts), (copy, [])], mark_for_update)
    catch_up(engine)
    incremental = snapshot(engine)
    entries = incremental[4]
    assert entries and all("('sources', '2')" in str(row) or "('sources', 'None')" in str(row)
                           for row in entries)
    assert rebuilt(engine) == incremental


def test_curation_and_reextraction_equal_a_rebuild(engine) -> None:
    store(engine, random_articles(7, 30), update_for_document)
    with Session(writer(engine)) as session, session.begin():
        records = list(session.scalars(select(FactRecord).order_by(FactRecord.id)))
        touched = set()
        for record, status in zip(records[::3], ["confirmed", "rejected", "edited"] * 20,
                                  strict=False):
            if status == "edited":
                continue
            repository.set_fact_status(session, record.id, status)
            if record.deporting_country and record.receiving_country:
                touched.add((record.deporting_country, record.receiving_country))
        refresh(session, pairs=touched, countries=["USA", "SLV", "RWA"])
    incremental = snapshot(engine)
    assert rebuilt(engine) == incremental


@pytest.mark.parametrize("seed", range(4))
def test_stored_timelines_read_back_as_merged_in_memory(engine, seed: int) -> None:
    store(engine, random_articles(200 + seed, 40), update_for_document)
    with Session(engine) as session:
        for pair in PAIRS:
            facts = load_pair_facts(session, [pair]).get(pair, [])
            stored = pair_timeline(session, *pair, quotes=None)
            if not facts:
                assert stored is None
                continue
            memory = build_timeline(*pair, facts)
            assert stored is not None
            assert [_entry(e) for e in stored.entries] == [_entry(e) for e in memory.entries]
            assert [(d.kind, d.summary) for d in stored.disputes] == [
                (d.kind, d.summary) for d in memory.disputes]
            assert (stored.kind, stored.stage, stored.furthest_stage, stored.removal_total) == (
                memory.kind, memory.stage, memory.furthest_stage, memory.removal_total)
            assert (stored.fact_count, stored.source_count) == (len(memory.facts),
                                                                len(memory.sources))
        for iso3 in ("USA", "SLV", "RWA"):
            summary = country_summary(session, iso3, quotes=None)
            legal = load_facts(session, FactRecord.jurisdiction == iso3, types=("legal_action",))
            concerns = load_facts(session, FactRecord.country == iso3,
                                  types=("rights_concern",))
            if summary is None:
                continue
            assert [(a.court, str(a.date), a.certainty, [f.fact_id for f in a.facts])
                    for a in summary.legal_actions] == [
                (a.court, str(a.date), a.certainty, [f.fact_id for f in a.facts])
                for a in merge_legal_actions(legal)]
            assert [(c.concern, c.certainty, c.source_count, [f.fact_id for f in c.facts])
                    for c in summary.rights_concerns] == [
                (c.concern, c.certainty, c.source_count, [f.fact_id for f in c.facts])
                for c in merge_rights_concerns(concerns)]


def _entry(entry) -> tuple:
    removal = entry.removal
    return (entry.key, entry.stage, str(entry.date), entry.kind, entry.certainty, entry.curated,
            str(entry.placed), entry.disputed, entry.fact_count,
            [f.fact_id for f in entry.facts],
            None if removal is None else (removal.count, removal.count_qualifier,
                                          removal.nationalities, removal.facility,
                                          removal.counts_reported, removal.disputed,
                                          removal.source_count))


def test_a_page_of_quotes_and_entries(engine) -> None:
    store(engine, random_articles(300, 40), update_for_document)
    with Session(engine) as session:
        whole = pair_timeline(session, "USA", "SLV", quotes=None)
        assert whole is not None and whole.entry_count == len(whole.entries)
        big = max(whole.entries, key=lambda e: e.fact_count)
        ids = [f.fact_id for f in big.facts]
        paged = []
        for offset in range(0, big.fact_count, 2):
            page = pair_timeline(session, "USA", "SLV", quotes=2, quote_offset=offset,
                                 entries=[big.key])
            assert page is not None and [e.key for e in page.entries] == [big.key]
            paged += [f.fact_id for f in page.entries[0].facts]
        assert paged == ids
        second = pair_timeline(session, "USA", "SLV", quotes=0, limit=2, offset=1)
        assert second is not None
        assert [e.key for e in second.entries] == [e.key for e in whole.entries[1:3]]
        assert second.entry_count == whole.entry_count
        assert all(e.facts == () for e in second.entries)


def test_folded_fact_columns_are_in_fact_info_order() -> None:
    """``materialise._infos`` passes the columns it reads to ``FactInfo`` by position."""
    import dataclasses

    from thirdcountry.tracker.buckets import FactInfo
    from thirdcountry.tracker.materialise import FACT_COLUMNS

    renamed = {"id": "fact_id", "deporting_country": "deporting",
               "receiving_country": "receiving"}
    names = [renamed.get(column.name, column.name) for column in FACT_COLUMNS]
    assert names == [f.name for f in dataclasses.fields(FactInfo)][:len(names)]
