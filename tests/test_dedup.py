"""Dedup keys: normalised text hash, URL keys, MinHash bands and near-duplicate lookup."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from thirdcountry.documents import dedup
from thirdcountry.documents.dedup import fingerprint, jaccard, url_key
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import repository

DEV_CORPUS = Path("/work/shared/corpus/dev")
_WORDS = (
    "government officials said deportees arrived flight court ruling agreement minister "
    "migrants asylum detention prison talks country week statement human rights groups "
    "lawyers judge transfer people capital spokesperson embassy deal signed reported"
).split()


def article(seed: int, paragraphs: int = 6, words: int = 45) -> str:
    """A deterministic pseudo-article: a headline line, then paragraphs of random words."""
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(_WORDS) for _ in range(8)).capitalize()]
    lines += [" ".join(rng.choice(_WORDS) for _ in range(words)) + "." for _ in range(paragraphs)]
    return "\n\n".join(lines)


def syndicated_copy(text: str) -> str:
    """The same story under another headline, its last paragraph dropped."""
    headline, *body = text.split("\n\n")
    return "\n\n".join(["Wire: " + headline.lower(), *body[:-1]])


def test_content_hash_ignores_case_spacing_punctuation_and_typography() -> None:
    original = "Ghana said it “accepted” 14 deportees — officials confirmed.\n"
    variant = '  GHANA said it "accepted"\t14 deportees - officials confirmed'
    assert fingerprint(original).content_hash == fingerprint(variant).content_hash
    assert fingerprint(original).content_hash != fingerprint(original + " Later.").content_hash


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.Example.org/news/story/", "https://example.org/news/story"),
        ("http://example.org:80/news/story#comments", "https://example.org/news/story"),
        ("https://example.org/s?utm_source=x&id=2&fbclid=y&a=1", "https://example.org/s?a=1&id=2"),
        ("https://example.org:8443/s", "https://example.org:8443/s"),
        ("https://example.org", "https://example.org/"),
        ("  file:///tmp/a.txt ", "file:///tmp/a.txt"),
    ],
)
def test_url_key(url: str, key: str) -> None:
    assert url_key(url) == key


def test_short_and_empty_texts() -> None:
    assert fingerprint("Deal signed.").shingles == frozenset(["deal signed"])
    empty = fingerprint("— … —")
    assert empty.shingles == frozenset() and empty.bands == ()


def test_bands_are_deterministic_and_fit_bigint() -> None:
    text = article(1)
    bands = fingerprint(text).bands
    assert bands == fingerprint(text).bands and len(bands) == dedup.BANDS
    assert all(-(2**63) <= b < 2**63 for b in bands)


def test_band_hashes_stay_those_already_stored() -> None:
    """Stored band hashes are only comparable with new ones if the MinHash scheme never changes:
    these are datasketch 2.0's ``MinHash(num_perm=128, seed=1)`` values, banded."""
    bands = fingerprint("Ghana accepted 14 deportees on Friday, officials said.").bands
    assert bands[:4] == (-1252522338810946623, 339182016391756504, -8072803132663853872,
                         6003905969149780293)


def test_batch_lookups_agree_with_single_ones(engine) -> None:
    with Session(engine) as session, session.begin():
        ids = [_store(session, article(seed)) for seed in range(10)]
    probes = [fingerprint(syndicated_copy(article(3))), fingerprint(article(3)),
              fingerprint(article(77)), fingerprint("— … —"),
              fingerprint(syndicated_copy(article(8)), "https://example.org/8")]
    with Session(engine) as session:
        near = repository.find_near_duplicates(session, probes)
        assert near == [repository.find_near_duplicate(session, fp) for fp in probes]
        assert [found and found[0] for found in near] == [ids[3], ids[3], None, None, ids[8]]
        assert repository.find_near_duplicate(session, probes[0], after=ids[3]) is None
        assert repository.find_duplicates(session, probes) == [None, ids[3], None, None, None]


def test_syndicated_copy_shares_bands_and_passes_threshold() -> None:
    for seed in range(20):
        original, copy = fingerprint(article(seed)), fingerprint(syndicated_copy(article(seed)))
        assert jaccard(original.shingles, copy.shingles) >= dedup.NEAR_DUPLICATE_JACCARD
        assert set(enumerate(original.bands)) & set(enumerate(copy.bands))


def test_unrelated_articles_share_no_band() -> None:
    prints = [fingerprint(article(seed)) for seed in range(40)]
    for a, b in itertools.combinations(prints, 2):
        assert jaccard(a.shingles, b.shingles) < 0.1
        assert not set(enumerate(a.bands)) & set(enumerate(b.bands))


def test_banding_parameters_give_the_documented_probabilities() -> None:
    def candidate(similarity: float) -> float:
        return 1 - (1 - similarity**dedup.ROWS_PER_BAND) ** dedup.BANDS

    assert dedup.BANDS * dedup.ROWS_PER_BAND == dedup.NUM_PERM
    assert candidate(0.7) > 0.999 and candidate(0.5) > 0.85 and candidate(0.1) < 0.005


def test_dev_corpus_articles_are_not_near_duplicates_of_each_other() -> None:
    texts = sorted(DEV_CORPUS.glob("*.txt")) if DEV_CORPUS.is_dir() else []
    if len(texts) < 2:
        pytest.skip("dev corpus not available")
    prints = [fingerprint(p.read_text(encoding="utf-8")) for p in texts]
    for a, b in itertools.combinations(prints, 2):
        assert jaccard(a.shingles, b.shingles) < dedup.NEAR_DUPLICATE_JACCARD


def _store(session: Session, text: str) -> int:
    document = RawDocument(text=text, source="file", origin="x.txt")
    return repository.add_document(session, document, fingerprint(text)).id


def test_near_duplicate_lookup_finds_the_canonical_document(engine) -> None:
    with Session(engine) as session, session.begin():
        ids = [_store(session, article(seed)) for seed in range(30)]
    with Session(engine) as session:
        found = repository.find_near_duplicate(session, fingerprint(syndicated_copy(article(7))))
        assert found is not None
        document_id, similarity = found
        assert document_id == ids[7] and 0.5 <= similarity < 1.0
        assert repository.find_near_duplicate(session, fingerprint(article(99))) is None


def test_near_duplicate_lookup_reads_only_candidates(engine) -> None:
    """The lookup is one indexed query plus the candidates, whatever the store size."""
    with Session(engine) as session, session.begin():
        for seed in range(200):
            _store(session, article(seed, paragraphs=2))
    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        with Session(engine) as session:
            assert repository.find_near_duplicate(session, fingerprint(article(500))) is None
            assert len(statements) == 1 and "document_bands" in statements[0][0]
            band_query = statements[0]
            statements.clear()
            copy = fingerprint(syndicated_copy(article(3, paragraphs=2)))
            assert repository.find_near_duplicate(session, copy) is not None
            assert len(statements) == 2  # the band query, then one candidate document
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + band_query[0],
                                              band_query[1]).all()
            assert not [row for row in plan if "SCAN document_bands" in row[3]], plan
        else:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = connection.exec_driver_sql("EXPLAIN " + band_query[0], band_query[1]).all()
            assert not [row for row in plan if "Seq Scan" in row[0]], plan
