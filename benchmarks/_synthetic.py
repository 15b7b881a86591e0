"""Shared benchmark data: distinct documents from a corpus, and large synthetic stores.

Two generators, both deterministic for a given seed:

* :func:`distinct_documents` turns a small corpus (the dev articles) into any number of
  *distinct* documents for ingestion benchmarks. Repeating an article with a numbered sentence
  appended is not enough: ingestion recognises such a copy as a syndicated near-duplicate
  (Jaccard similarity of five-word shingles >= 0.5) and stores it without extracting it, which
  would make ingestion look faster than extraction. So each document keeps the headline and lead
  paragraph of one corpus article (and its publication date) and is filled up to that article's
  length with paragraphs drawn at random from the whole corpus: real news prose, similar
  lengths, and no two documents close enough to be linked as copies.
* :func:`build_store` writes a store of N articles and M facts straight through the store's
  tables (bulk inserts, no extraction), then runs the tracker's rebuild. The data is
  synthetic but shaped like real coverage: ~50 deporting/receiving pairs whose sizes follow
  Zipf's law (the largest pair has about a fifth of all pair facts), all four fact types,
  stages that move along each pair's own trajectory, removal facts reporting a limited set of
  real flights with the count variations articles give, dates over three years (some partial,
  some missing), a few curated and rejected facts, and syndicated copies (about 8% of the
  articles, no facts of their own). :func:`cached_store` keeps each built store under
  ``artifacts/bench/`` so reruns skip the build.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import math
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CACHE_DIR = REPO_ROOT / "artifacts" / "bench"
# Bump when the generated data changes, so stale cached stores are not reused.
GENERATOR_VERSION = 1
FACTS_PER_ARTICLE = 10
COPY_SHARE = 0.08
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1
ZIPF_EXPONENT = 1.0
ROWS_PER_INSERT = 5_000
# Documents made by distinct_documents stay this far below the near-duplicate threshold (0.5).
DISTINCT_BELOW = 0.4

# (deporting, receiving) pairs, most reported first: sizes fall off as 1 / rank.
PAIRS: tuple[tuple[str, str], ...] = (
    ("USA", "SLV"), ("USA", "MEX"), ("USA", "CRI"), ("USA", "PAN"), ("USA", "SWZ"),
    ("USA", "SSD"), ("GBR", "RWA"), ("ITA", "ALB"), ("USA", "RWA"), ("USA", "GHA"),
    ("USA", "UGA"), ("USA", "HND"), ("USA", "GTM"), ("AUS", "NRU"), ("AUS", "PNG"),
    ("USA", "PRY"), ("DNK", "RWA"), ("ISR", "RWA"), ("ISR", "UGA"), ("DNK", "XKX"),
    ("NLD", "UGA"), ("DEU", "RWA"), ("USA", "BTN"), ("USA", "UZB"), ("USA", "KAZ"),
    ("USA", "GNQ"), ("USA", "CMR"), ("ITA", "TUN"), ("ITA", "LBY"), ("GRC", "TUR"),
    ("GBR", "ALB"), ("AUT", "UGA"), ("USA", "COL"), ("USA", "ECU"), ("USA", "DOM"),
    ("GBR", "MAR"), ("DEU", "UGA"), ("BEL", "UGA"), ("USA", "LBY"), ("USA", "MRT"),
    ("SWE", "RWA"), ("FRA", "MRT"), ("ITA", "EGY"), ("GRC", "EGY"), ("AUT", "RWA"),
    ("NLD", "RWA"), ("DNK", "TUN"), ("GBR", "TUN"), ("USA", "SEN"), ("USA", "NER"),
)
NAMES = {
    "USA": "the United States", "GBR": "Britain", "ITA": "Italy", "DEU": "Germany",
    "NLD": "the Netherlands", "DNK": "Denmark", "AUS": "Australia", "ISR": "Israel",
    "GRC": "Greece", "AUT": "Austria", "SWE": "Sweden", "BEL": "Belgium", "FRA": "France",
    "SLV": "El Salvador", "MEX": "Mexico", "CRI": "Costa Rica", "PAN": "Panama",
    "SWZ": "Eswatini", "SSD": "South Sudan", "RWA": "Rwanda", "ALB": "Albania", "GHA": "Ghana",
    "UGA": "Uganda", "HND": "Honduras", "GTM": "Guatemala", "NRU": "Nauru",
    "PNG": "Papua New Guinea", "PRY": "Paraguay", "XKX": "Kosovo", "BTN": "Bhutan",
    "UZB": "Uzbekistan", "KAZ": "Kazakhstan", "GNQ": "Equatorial Guinea", "CMR": "Cameroon",
    "TUN": "Tunisia", "LBY": "Libya", "TUR": "Turkey", "COL": "Colombia", "ECU": "Ecuador",
    "DOM": "the Dominican Republic", "MAR": "Morocco", "MRT": "Mauritania", "EGY": "Egypt",
    "SEN": "Senegal", "NER": "Niger",
}
NATIONALITIES = ("VEN", "CUB", "HTI", "NIC", "AFG", "SYR", "ERI", "SDN", "VNM", "LAO", "JAM",
                 "YEM", "IRN", "IRQ", "CHN", "IND", "RUS", "PAK", "BGD", "NGA")
OUTLETS = tuple(f"{name} {kind}" for name, kind in itertools.product(
    ("Meridian", "Harbor", "Northern", "Continental", "Capital", "Coastal", "Summit", "Union"),
    ("Wire", "Times", "Post", "Herald", "Review"),
))
CERTAINTY_WEIGHTS = {"confirmed": 25, "reported": 50, "rumored": 15, "speculative": 10}
TYPE_WEIGHTS = {"arrangement": 40, "removal": 30, "legal_action": 15, "rights_concern": 15}
TRAJECTORY = ("approached", "negotiating", "close", "agreed", "implemented")
COURTS = ("a federal judge", "the Supreme Court", "an appeals court", "the High Court",
          "the Court of Appeal", "a district court", "the constitutional court",
          "the administrative court")
SUBJECTS = ("third-country removals", "the transfer agreement", "deportation flights",
            "detention abroad", "the designation as a safe third country",
            "removals under the Alien Enemies Act")
CONCERNS = ("detention conditions", "mistreatment of detainees", "lack of access to lawyers",
            "risk of onward refoulement", "overcrowded prisons", "indefinite detention",
            "no asylum procedure")
FACILITIES = {"SLV": "CECOT", "SWZ": "Matsapha Correctional Centre", "NRU": "the regional "
              "processing centre", "ALB": "the Gjader centre", "SSD": "a holding facility in Juba"}
ATTRIBUTIONS = ("officials", "the interior ministry", "a government spokesperson",
                "the Department of Homeland Security", "two people familiar with the talks",
                "lawyers for the deportees", "the foreign minister", "diplomats")
FILLER_WORDS = (
    "asylum", "migrants", "policy", "border", "government", "parliament", "lawyers", "rights",
    "groups", "officials", "agreement", "deportees", "detention", "flight", "court", "ruling",
    "talks", "ministers", "opposition", "critics", "budget", "payment", "capacity", "camp",
    "families", "children", "nationals", "appeal", "hearing", "statement", "embassy", "visa",
    "returns", "reception", "funding", "monitoring", "observers", "commission", "inquiry",
    "election", "campaign", "coalition", "senators", "governor", "prosecutors", "advocates",
)
FILLER_TEMPLATES = (
    "The {a} said the {b} would be reviewed by {c} before the {d}.",
    "Critics of the {a} warned that {b} and {c} had not been consulted.",
    "In a statement, {c} described the {a} as a matter of {b} and {d}.",
    "The {a} has drawn attention from {b}, {c} and {d} in recent weeks.",
    "It was not clear how the {a} would affect {b} already waiting for a {c}.",
    "Several {b} declined to comment on the {a}, citing the {d}.",
    "The {d} follows months of {a} between {b} and {c}.",
    "Asked about the {a}, a spokesperson pointed to the {b} announced last year.",
    "Figures published by the {c} show the {a} rose sharply after the {d}.",
    "The {b} said it would publish details of the {a} once the {c} had ended.",
)


@dataclass(frozen=True)
class StoreInfo:
    """What a synthetic store holds and how long it took to build.

    ``pair_facts`` maps ``"DEP:REC"`` to the number of arrangement and removal facts of the
    pair, largest first.
    """

    articles: int
    facts: int
    copies: int
    pair_facts: dict[str, int]
    build_seconds: float
    rebuild_seconds: float
    tracker_pairs: int
    tracker_events: int
    tracker_countries: int

    def largest_pair(self) -> tuple[str, str, int]:
        key, size = next(iter(self.pair_facts.items()))
        return key[:3], key[4:], size

    def median_pair(self) -> tuple[str, str, int]:
        items = list(self.pair_facts.items())
        key, size = items[len(items) // 2]
        return key[:3], key[4:], size


# ----------------------------------------------------------------------------------------------
# Distinct documents from a corpus (ingestion benchmarks)
# ----------------------------------------------------------------------------------------------


def distinct_documents(
    articles: Sequence[tuple[str, str | None]], count: int, seed: int = 1
) -> list[tuple[str, str | None]]:
    """Make ``count`` distinct ``(text, published)`` documents out of a corpus.

    Document ``i`` keeps the headline and lead paragraph of article ``i mod n`` (only the
    headline when those two make half the article) and its publication date, then takes
    random paragraphs from the whole corpus until it is as long as that article (see the
    module docstring for why).

    Args:
        articles: ``(text, published)`` pairs, the headline on the first line and one
            paragraph a line (blank lines between them are ignored).
        count: how many documents to make.
        seed: the random seed.

    Returns:
        The documents, all different from one another.
    """
    rng = random.Random(seed)
    split = [_paragraphs(text) for text, _ in articles]
    pool = [paragraph for paragraphs in split for paragraph in paragraphs[2:]] or [
        paragraph for paragraphs in split for paragraph in paragraphs
    ]
    pool_words = [len(paragraph.split()) for paragraph in pool]
    documents: list[tuple[str, str | None]] = []
    # Documents sharing a lead are the ones that could come close to one another: each is kept
    # as (paragraph indices, words), and the share of words two of them have in common bounds
    # the Jaccard similarity of their shingles well enough.
    earlier_by_lead: dict[int, list[tuple[Counter[int], int]]] = {}
    for i in range(count):
        lead = i % len(articles)
        text, published = articles[lead]
        target = len(text.split())
        head = split[lead][:2]
        if sum(len(p.split()) for p in head) > target / 2:
            head = head[:1]  # a short article: its headline only
        head_words = sum(len(p.split()) for p in head)
        earlier = earlier_by_lead.setdefault(lead, [])
        for _attempt in range(20):
            picked: Counter[int] = Counter()
            words = head_words
            while words < target or not picked:
                index = rng.randrange(len(pool))
                picked[index] += 1
                words += pool_words[index]
            if all(_overlap(picked, words, other, other_words, head_words, pool_words)
                   < DISTINCT_BELOW for other, other_words in earlier):
                break
        earlier.append((picked, words))
        body = head + [pool[index] for index in picked.elements()]
        documents.append(("\n\n".join(body) + "\n", published))
    return documents


def _overlap(a: Counter[int], a_words: int, b: Counter[int], b_words: int, head_words: int,
             pool_words: list[int]) -> float:
    """Words two documents of the same lead share, over the words of both (as in Jaccard)."""
    shared = head_words + sum(pool_words[i] * min(n, b[i]) for i, n in a.items() if i in b)
    return shared / max(a_words + b_words - shared, 1)


def _paragraphs(text: str) -> list[str]:
    """Headline, then paragraphs: the non-blank lines (the corpus has one paragraph a line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# ----------------------------------------------------------------------------------------------
# Synthetic stores (tracker and API benchmarks)
# ----------------------------------------------------------------------------------------------


def cached_store(
    cache_dir: Path, articles: int, facts: int, *, seed: int = 1,
    log: Any = print,
) -> tuple[Path, StoreInfo, bool]:
    """Return a synthetic SQLite store from the cache, building it first if needed.

    The store is built in a temporary folder inside ``cache_dir`` and moved into place only
    when complete, so an interrupted build never leaves a half store in the cache. The file name
    carries the sizes, the seed, the generator version and the schema revision.

    Args:
        cache_dir: where stores are kept (``artifacts/bench/`` by default).
        articles: number of documents, copies included.
        facts: number of facts.
        seed: the random seed.
        log: called with progress messages.

    Returns:
        The store's path, its description, and whether it came from the cache.
    """
    from thirdcountry.store.migrations import head_revision

    cache_dir.mkdir(parents=True, exist_ok=True)
    name = (f"synthetic-{articles}a-{facts}f-seed{seed}-v{GENERATOR_VERSION}"
            f"-rev{head_revision()}")
    path = cache_dir / f"{name}.db"
    info_path = cache_dir / f"{name}.json"
    if path.exists() and info_path.exists():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        return path, StoreInfo(**info), True
    with tempfile.TemporaryDirectory(dir=cache_dir, prefix=".build-") as folder:
        building = Path(folder) / path.name
        log(f"building a synthetic store of {articles:,} articles and {facts:,} facts "
            f"in {folder} ...")
        info = build_store(f"sqlite:///{building}", articles, facts, seed=seed)
        building.replace(path)
    info_path.write_text(json.dumps(asdict(info), indent=1), encoding="utf-8")
    return path, info, False


def build_store(url: str, articles: int, facts: int, *, seed: int = 1) -> StoreInfo:
    """Create a store at ``url`` and fill it with synthetic articles, facts and tracker rows.

    Args:
        url: a database URL for an empty database (SQLite file or PostgreSQL schema).
        articles: number of documents, syndicated copies included.
        facts: number of facts, spread over the canonical documents.
        seed: the random seed.

    Returns:
        What was written and how long the insertion and the tracker rebuild took.
    """
    from thirdcountry.store import ensure_current, make_engine
    from thirdcountry.tracker import rebuild_all

    engine = make_engine(url)
    try:
        ensure_current(engine)
        start = time.perf_counter()
        generator = _Generator(articles, facts, seed)
        _insert_all(engine, generator)
        build_seconds = time.perf_counter() - start
        start = time.perf_counter()
        summary = rebuild_all(engine)
        rebuild_seconds = time.perf_counter() - start
    finally:
        engine.dispose()
    ordered = sorted(generator.pair_facts.items(), key=lambda item: (-item[1], item[0]))
    return StoreInfo(
        articles=articles, facts=generator.facts_written, copies=generator.copies,
        pair_facts={f"{dep}:{rec}": size for (dep, rec), size in ordered},
        build_seconds=round(build_seconds, 2), rebuild_seconds=round(rebuild_seconds, 2),
        tracker_pairs=summary.pairs, tracker_events=summary.removal_events,
        tracker_countries=summary.countries,
    )


def _insert_all(engine: Engine, generator: _Generator) -> None:
    from thirdcountry.store.engine import writer
    from thirdcountry.store.tables import Document, FactRecord

    with writer(engine).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A throwaway file being built: durability buys nothing here. The pragma must be
            # set outside a transaction, so on the driver connection itself.
            connection.connection.dbapi_connection.execute("PRAGMA synchronous=OFF")
        with connection.begin():
            for documents, fact_rows in generator.chunks():
                connection.execute(insert(Document), documents)
                if fact_rows:
                    connection.execute(insert(FactRecord), fact_rows)
            if sqlite:
                # Merge the full-text index's segments, as a long-lived store would have.
                connection.execute(text("INSERT INTO documents_fts(documents_fts) "
                                        "VALUES ('optimize')"))
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA synchronous=NORMAL")


@dataclass
class _Pair:
    deporting: str
    receiving: str
    kind: str
    # Day offsets at which the pair reaches each stage of TRAJECTORY (None: never).
    reached: list[int | None]
    ended: tuple[int, str] | None
    # Real removal flights: (day offset, number of people), by day.
    flights: list[tuple[int, int]]


class _Generator:
    """Draws the documents and facts of a synthetic store, chunk by chunk."""

    def __init__(self, articles: int, facts: int, seed: int) -> None:
        from thirdcountry.extraction import EXTRACTOR_VERSION

        self.version = EXTRACTOR_VERSION
        self.rng = random.Random(seed)
        self.articles = articles
        self.facts = facts
        self.pairs = [self._pair(dep, rec, rank) for rank, (dep, rec) in enumerate(PAIRS)]
        weights = [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(PAIRS))]
        self.pair_cumulative = list(itertools.accumulate(weights))
        self.is_copy = [i > 20 and self.rng.random() < COPY_SHARE for i in range(articles)]
        self.copies = sum(self.is_copy)
        canonical = [i for i in range(articles) if not self.is_copy[i]]
        per_document = Counter(self.rng.choices(canonical, k=facts)) if canonical else Counter()
        self.fact_counts = [per_document.get(i, 0) for i in range(articles)]
        self.days = sorted(self.rng.randrange(DAYS) for _ in range(articles))
        self.facts_written = 0
        self.pair_facts: Counter[tuple[str, str]] = Counter()
        self.texts: dict[int, tuple[str, str]] = {}  # recent canonical texts, for copies

    def _pair(self, deporting: str, receiving: str, rank: int) -> _Pair:
        rng = self.rng
        kind = rng.choices(("third_country_removal", "safe_third_country", "detention"),
                           (70, 20, 10))[0]
        day = rng.randrange(0, DAYS // 3)
        # The most reported pairs are those where people are actually being sent.
        furthest = (len(TRAJECTORY) - 1 if rank < 10
                    else rng.choices(range(len(TRAJECTORY)), (5, 10, 10, 25, 50))[0])
        reached: list[int | None] = []
        for stage in range(len(TRAJECTORY)):
            reached.append(day if stage <= furthest else None)
            day += rng.randrange(20, 150)
        ended = None
        if rank >= 5 and rng.random() < 0.15 and day < DAYS:
            ended = (min(day, DAYS - 1), rng.choice(("suspended", "ended")))
        flights: list[tuple[int, int]] = []
        start = reached[-1] if reached[-1] is not None else None
        if start is not None:
            number = max(2, 60 // (rank + 1) + rng.randrange(3))
            stop = ended[0] if ended else DAYS
            span = max(stop - start, 1)
            flights = sorted((start + rng.randrange(span), rng.choice((5, 8, 12, 40, 100, 238,
                                                                       261)) + rng.randrange(30))
                             for _ in range(number))
        return _Pair(deporting, receiving, kind, reached, ended, flights)

    def chunks(self) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
        """Yield ``(document rows, fact rows)`` of at most :data:`ROWS_PER_INSERT` documents."""
        for start in range(0, self.articles, ROWS_PER_INSERT):
            documents: list[dict[str, Any]] = []
            fact_rows: list[dict[str, Any]] = []
            for i in range(start, min(start + ROWS_PER_INSERT, self.articles)):
                document, rows = self._document(i)
                documents.append(document)
                fact_rows.extend(rows)
            yield documents, fact_rows

    def _document(self, i: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        from thirdcountry.documents.dedup import url_key

        rng = self.rng
        doc_id = i + 1
        day = self.days[i]
        published = FIRST_DAY + dt.timedelta(days=day)
        ingested = dt.datetime.combine(published, dt.time(6), dt.timezone.utc) + dt.timedelta(
            hours=rng.randrange(36), minutes=rng.randrange(60))
        outlet = rng.choice(OUTLETS)
        canonical_id = None
        similarity = None
        rows: list[dict[str, Any]] = []
        if self.is_copy[i] and self.texts:
            canonical_id = rng.choice(list(self.texts)[-50:])
            title, body = self.texts[canonical_id]
            body = f"{body}\n\n(Republished by {outlet}.)\n"
            similarity = round(rng.uniform(0.6, 0.98), 3)
        else:
            title, body, facts = self._story(day, self.fact_counts[i])
            keyed = list(zip(facts, _fact_keys(facts), strict=True))
            rows = [self._fact_row(doc_id, fact, key, ingested) for fact, key in keyed]
            self.texts[doc_id] = (title, body)
            if len(self.texts) > 200:
                del self.texts[next(iter(self.texts))]
        slug = "-".join("".join(ch for ch in word if ch.isalnum())
                        for word in title.lower().split()[:6])
        url = f"https://{outlet.lower().replace(' ', '')}.example/{published:%Y/%m}/{slug}-{doc_id}"
        document = {
            "id": doc_id, "text": body, "title": title, "url": url, "url_key": url_key(url),
            "outlet": outlet, "author": None, "published": published.isoformat(),
            "language": "en",
            # Synthetic texts are not checked for duplicates; the id keeps the hash unique.
            "content_hash": hashlib.sha256(f"{doc_id}\n{body}".encode()).hexdigest(),
            "canonical_id": canonical_id, "similarity": similarity, "source_kind": "bulk",
            "origin": f"synthetic:{doc_id}", "warnings": [], "ingested_at": ingested,
            "extractor_version": None if canonical_id else self.version,
        }
        return document, rows

    def _story(self, day: int, count: int) -> tuple[str, str, list[Any]]:
        """Draw one article: headline, text, and its facts with evidence offsets into the text."""
        rng = self.rng
        index = bisect.bisect_left(self.pair_cumulative,
                                   rng.random() * self.pair_cumulative[-1])
        main = self.pairs[index]
        other = rng.choice(self.pairs) if rng.random() < 0.25 else main
        title = (f"{_cap(NAMES[main.deporting])} and {NAMES[main.receiving]}: "
                 f"{rng.choice(FILLER_WORDS)} {rng.choice(FILLER_WORDS)} in focus")
        kinds = rng.choices(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()), k=count)
        parts: list[str] = [title, "\n\n"]
        offset = len(title) + 2
        facts = []
        fillers = max(6, 22 - count)
        plan = [("fact", kind) for kind in kinds] + [("filler", None)] * fillers
        rng.shuffle(plan)
        for n, (what, kind) in enumerate(plan):
            pair = main if rng.random() < 0.8 else other
            if what == "filler":
                sentence = self._filler()
                fact = None
            else:
                fact, sentence = self._fact(kind, pair, day)
            if fact is not None:
                fact.evidence = _evidence(sentence, offset)
                facts.append(fact)
            separator = "\n\n" if n % 3 == 2 else " "
            parts.extend((sentence, separator))
            offset += len(sentence) + len(separator)
        return title, "".join(parts).rstrip() + "\n", facts

    def _filler(self) -> str:
        words = self.rng.sample(FILLER_WORDS, 4)
        return self.rng.choice(FILLER_TEMPLATES).format(a=words[0], b=words[1], c=words[2],
                                                        d=words[3])

    def _fact(self, kind: str, pair: _Pair, day: int) -> tuple[Any, str]:
        from thirdcountry.facts.schema import (
            Arrangement,
            Evidence,
            LegalAction,
            Removal,
            RightsConcern,
            Terms,
        )

        rng = self.rng
        certainty = rng.choices(list(CERTAINTY_WEIGHTS), list(CERTAINTY_WEIGHTS.values()))[0]
        attributed = rng.choice(ATTRIBUTIONS) if rng.random() < 0.4 else None
        said = f", according to {attributed}" if attributed else ""
        dep, rec = NAMES[pair.deporting], NAMES[pair.receiving]
        placeholder = Evidence("", 0, 0)
        common = {"certainty": certainty, "attributed_to": attributed, "evidence": placeholder}
        known = pair.flights[:bisect.bisect_right(pair.flights, (day, math.inf))]
        if kind == "removal" and not known:
            kind = "arrangement"  # nobody sent yet: articles talk about the deal instead
        if kind == "arrangement":
            stage = self._stage(pair, day)
            terms = None
            if rng.random() < 0.05:
                terms = Terms(payment_amount=rng.choice((5, 15, 50, 100)) * 1_000_000,
                              payment_currency="USD", capacity=rng.choice((50, 300, 3000)))
            date = self._date(day, rng.randrange(0, 10))
            fact = Arrangement(deporting_country=pair.deporting, receiving_country=pair.receiving,
                               kind=pair.kind if rng.random() < 0.9 else "unspecified",
                               stage=stage, date=date, terms=terms,
                               rule="synthetic.arrangement", **common)
            sentence = (f"{_cap(dep)} and {rec} have {stage} a deal to send deportees "
                        f"to {rec}{said}.")
            return fact, sentence
        if kind == "removal":
            # Mostly the latest flight the article could know of, sometimes an earlier one.
            flight_day, people = known[-1] if rng.random() < 0.7 else rng.choice(known)
            qualifier = rng.choices(("exact", "more_than", "about", "at_least", "up_to", None),
                                    (60, 10, 10, 5, 3, 12))[0]
            count = None if qualifier is None else people
            if qualifier in ("more_than", "about", "at_least") and people >= 20:
                count = people - people % 10
            nationalities = sorted(rng.sample(NATIONALITIES, rng.choice((0, 1, 1, 2, 3))))
            fact = Removal(deporting_country=pair.deporting, receiving_country=pair.receiving,
                           date=self._date(flight_day, 0), count=count, count_qualifier=qualifier,
                           nationalities=nationalities,
                           facility=FACILITIES.get(pair.receiving) if rng.random() < 0.5
                           else None,
                           legal_basis="Alien Enemies Act"
                           if pair.deporting == "USA" and rng.random() < 0.1 else None,
                           rule="synthetic.removal", **common)
            number = "Deportees" if count is None else f"{count} people"
            sentence = f"{number} deported from {dep} arrived in {rec} on a flight{said}."
            return fact, sentence
        if kind == "legal_action":
            where = pair.deporting if rng.random() < 0.8 else pair.receiving
            court = rng.choice(COURTS)
            subject = rng.choice(SUBJECTS)
            outcome = rng.choice(("blocked", "allowed", "pending"))
            fact = LegalAction(jurisdiction=where, court=court, subject=subject, outcome=outcome,
                               date=self._date(day, rng.randrange(0, 5)),
                               rule="synthetic.legal_action", **common)
            verb = {"blocked": "blocked", "allowed": "allowed", "pending": "is weighing"}[outcome]
            sentence = f"In {NAMES[where]}, {court} {verb} {subject}{said}."
            return fact, sentence
        concern = rng.choice(CONCERNS)
        fact = RightsConcern(country=pair.receiving, concern=concern,
                             rule="synthetic.rights_concern", **common)
        sentence = f"Rights groups raised concerns about {concern} in {rec}{said}."
        return fact, sentence

    def _stage(self, pair: _Pair, day: int) -> str:
        rng = self.rng
        if pair.ended and day >= pair.ended[0] and rng.random() < 0.8:
            return pair.ended[1]
        current = 0
        for index, reached in enumerate(pair.reached):
            if reached is not None and reached <= day:
                current = index
        if rng.random() < 0.8:
            return TRAJECTORY[current]
        if rng.random() < 0.1:
            return "declined"
        return TRAJECTORY[max(0, min(len(TRAJECTORY) - 1, current + rng.choice((-2, -1, 1))))]

    def _date(self, day: int, days_before: int) -> str | None:
        """A fact's date: a day, a month or none, a little before the article."""
        precision = self.rng.random()
        if precision < 0.15:
            return None
        when = FIRST_DAY + dt.timedelta(days=max(0, day - days_before))
        return when.isoformat() if precision < 0.75 else when.isoformat()[:7]

    def _fact_row(self, doc_id: int, fact: Any, key: str, created: dt.datetime
                  ) -> dict[str, Any]:
        self.facts_written += 1
        if fact.type in ("arrangement", "removal"):
            self.pair_facts[(fact.deporting_country, fact.receiving_country)] += 1
        roll = self.rng.random()
        status = ("rejected" if roll < 0.005 else "confirmed" if roll < 0.01
                  else "edited" if roll < 0.012 else "automatic")
        row = {name: getattr(fact, name, None) for name in _TYPED_COLUMNS}
        row.update(
            document_id=doc_id, fact_key=key, status=status, type=fact.type,
            certainty=fact.certainty, attributed_to=fact.attributed_to,
            evidence_quote=fact.evidence.quote, evidence_start=fact.evidence.start,
            evidence_end=fact.evidence.end, rule=fact.rule, extractor_version=self.version,
            data=fact.to_dict(explain=True), created_at=created, updated_at=created,
        )
        return row


_TYPED_COLUMNS = (
    "deporting_country", "receiving_country", "country", "jurisdiction", "kind", "stage",
    "outcome", "date", "count", "count_qualifier", "facility", "legal_basis", "court", "subject",
    "concern",
)


def _fact_keys(facts: list[Any]) -> list[str]:
    from thirdcountry.store.repository import fact_keys

    return fact_keys(facts)


def _evidence(sentence: str, offset: int) -> Any:
    from thirdcountry.facts.schema import Evidence

    return Evidence(sentence, offset, offset + len(sentence))


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def machine_line() -> str:
    """Describe the machine's CPUs and current load: figures taken under load are inflated."""
    cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:  # not available on this platform
        return f"machine: {cpus} CPUs"
    busy = " (busy: other processes compete for the CPUs)" if load > cpus / 2 else ""
    return f"machine: {cpus} CPUs, load average {load:.2f} over the last minute{busy}"


def percentile(values: Sequence[float], share: float) -> float:
    """Return the nearest-rank percentile (``share`` in 0..1) of non-empty ``values``."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


__all__ = [
    "DEFAULT_CACHE_DIR",
    "FACTS_PER_ARTICLE",
    "StoreInfo",
    "build_store",
    "cached_store",
    "distinct_documents",
    "machine_line",
    "percentile",
]
