"""Every query of the store: finding duplicates, adding documents and facts, curation, search.

Functions take an open SQLAlchemy ``Session`` and never commit: the caller owns the
transaction (one per document during ingestion).

**Fact keys.** A fact's ``fact_key`` names the claim it makes within its document, so that a
curator's decision survives re-extraction. It is built from the fields FACTS.md scores a fact on,
which are also what makes a fact one fact (rule 11: one fact per pair and stage in a document):

* ``arrangement:<deporting>:<receiving>:<stage>``
* ``removal:<deporting>:<receiving>:<count or ->``
* ``legal_action:<jurisdiction>:<outcome>``
* ``rights_concern:<country>``

When one extraction yields several facts with the same key, they are told apart by their order
in the text (by evidence offset): the second gets ``#2``, and so on. Evidence offsets, certainty,
dates and wording stay out of the key on purpose: a new extractor version that finds the same
claim in a slightly different sentence, or dates it better, refers to the same curated fact.
The key is computed when the fact is first extracted and kept when a curator edits the fact.

:func:`replace_automatic_facts` (used by ``thirdcountry reextract``) matches new facts to stored
ones by this key: automatic facts are updated in place (their ids stay), added or deleted;
a confirmed or edited fact wins over the new extraction; a rejected one keeps its key out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Select,
    SmallInteger,
    bindparam,
    func,
    insert,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from thirdcountry.documents.dedup import (
    BANDS,
    NEAR_DUPLICATE_JACCARD,
    Fingerprint,
    jaccard,
    normalised_words,
    shingles_of,
)
from thirdcountry.facts.schema import Fact, fact_from_dict
from thirdcountry.store.tables import FACT_STATUSES, Document, DocumentBand, FactRecord

if TYPE_CHECKING:
    from thirdcountry.sources.base import RawDocument

# Snippets mark matched terms with these control characters; they never occur in ingested text,
# so a web page can escape the snippet and then turn them into <mark> tags safely.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

# How many of the documents sharing the most bands are compared exactly; syndicated copies of
# one story share nearly all bands, so the first few candidates are the ones that matter.
NEAR_DUPLICATE_CANDIDATES = 8
# Fingerprints looked up per query: 32 band hashes each stay far below SQLite's 32,766
# parameters.
LOOKUP_CHUNK = 200

_KEY_FIELDS = {
    "arrangement": ("deporting_country", "receiving_country", "stage"),
    "removal": ("deporting_country", "receiving_country", "count"),
    "legal_action": ("jurisdiction", "outcome"),
    "rights_concern": ("country",),
}
_TYPED_COLUMNS = (
    "deporting_country", "receiving_country", "country", "jurisdiction", "kind", "stage",
    "outcome", "date", "count", "count_qualifier", "facility", "legal_basis", "court", "subject",
    "concern",
)
# The stored vector of title and text that migration 0004 adds and indexes (GIN).
POSTGRES_SEARCH_VECTOR = "d.search_vector"
_VARCHAR_LENGTH = re.compile(r"\(\d+\)$")
_PUBLISHED = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_FTS_TERM = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True, slots=True)
class ReplaceCounts:
    """What :func:`replace_automatic_facts` did to one document's facts."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    kept_curated: int = 0
    suppressed_rejected: int = 0


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document just stored by :func:`add_document`: what the ingestion hook needs of it.

    Plain values rather than an ORM object: building and attaching ``Document`` objects cost
    more than the statements that store them.
    """

    id: int
    origin: str
    canonical_id: int | None


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact just stored by :func:`add_facts`: its id and key and the columns naming its
    countries (``tracker.status.FactLike``)."""

    id: int
    fact_key: str
    type: str
    deporting_country: str | None
    receiving_country: str | None
    country: str | None
    jurisdiction: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One document matching a full-text query.

    ``snippet`` is plain text around the match, matched terms wrapped in
    :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`. ``score`` is higher for better matches;
    its scale depends on the database.
    """

    document_id: int
    canonical_id: int | None
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


def utcnow() -> dt.datetime:
    """Return the current time, timezone-aware UTC, as stored in every timestamp column."""
    return dt.datetime.now(dt.timezone.utc)


def find_duplicate(session: Session, fp: Fingerprint) -> int | None:
    """Return the id of the stored document with the same URL key or content hash, if any."""
    return find_duplicates(session, [fp])[0]


def find_duplicates(session: Session, fps: Sequence[Fingerprint]) -> list[int | None]:
    """For each fingerprint, the id of a stored document with its URL key or content hash.

    One query per :data:`LOOKUP_CHUNK` fingerprints, on the two unique indexes only.
    """
    found: list[int | None] = []
    for start in range(0, len(fps), LOOKUP_CHUNK):
        chunk = fps[start:start + LOOKUP_CHUNK]
        urls = [fp.url_key for fp in chunk if fp.url_key is not None]
        condition = Document.content_hash.in_([fp.content_hash for fp in chunk])
        if urls:
            condition = condition | Document.url_key.in_(urls)
        rows = session.connection().execute(
            select(Document.id, Document.content_hash, Document.url_key).where(condition)
        ).all()
        by_hash = {row.content_hash: row.id for row in rows}
        by_url = {row.url_key: row.id for row in rows if row.url_key is not None}
        for fp in chunk:
            same = by_hash.get(fp.content_hash)
            found.append(same if same is not None else by_url.get(fp.url_key))
    return found


def find_near_duplicate(
    session: Session, fp: Fingerprint, *, after: int = 0
) -> tuple[int, float] | None:
    """Find the canonical document that ``fp``'s text is a syndicated copy of.

    One indexed lookup of the band hashes gives the candidates; the few sharing the most bands
    are compared on their exact shingle sets (their texts read in one more query).

    Args:
        session: an open session.
        fp: the new document's fingerprint.
        after: only documents with a greater id are considered; ingestion passes the largest
            id it saw when it first looked, to check again only what was stored since.

    Returns:
        The id of the most similar canonical document and its Jaccard similarity, when at
        least ``NEAR_DUPLICATE_JACCARD``; otherwise None.
    """
    if not fp.bands:
        return None
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        rows = connection.exec_driver_sql(_POSTGRES_BAND_LOOKUP, {
            "bands": list(range(len(fp.bands))), "hashes": list(fp.bands), "after": after})
    else:
        params = {f"hash{band}": value for band, value in enumerate(fp.bands)}
        rows = connection.execute(_band_lookup(), {**params, "after": after})
    return _closest(session, [fp], [[document_id for document_id, _shared in rows]])[0]


def find_near_duplicates(
    session: Session, fps: Sequence[Fingerprint]
) -> list[tuple[int, float] | None]:
    """:func:`find_near_duplicate` for many fingerprints, in two queries per
    :data:`LOOKUP_CHUNK` of them (the second only when there are candidates)."""
    found: list[tuple[int, float] | None] = []
    for start in range(0, len(fps), LOOKUP_CHUNK):
        chunk = fps[start:start + LOOKUP_CHUNK]
        params = {f"hash{band}": sorted({fp.bands[band] for fp in chunk if fp.bands})
                  for band in range(BANDS)}
        holders: dict[tuple[int, int], list[int]] = {}
        if any(fp.bands for fp in chunk):
            connection = session.connection()
            if connection.dialect.name == "postgresql":
                wanted = [(band, value) for band, values in enumerate(params.values())
                          for value in values]
                rows = connection.exec_driver_sql(_POSTGRES_BATCH_BAND_LOOKUP, {
                    "bands": [band for band, _ in wanted],
                    "hashes": [value for _, value in wanted]})
            else:
                rows = connection.execute(_batch_band_lookup(), params)
            for band, value, document_id in rows:
                holders.setdefault((band, value), []).append(document_id)
        candidates = []
        for fp in chunk:
            shared = Counter(
                document_id
                for band, value in enumerate(fp.bands)
                for document_id in holders.get((band, value), ())
            )
            ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
            candidates.append([document_id for document_id, _ in
                               ranked[:NEAR_DUPLICATE_CANDIDATES]])
        found += _closest(session, chunk, candidates)
    return found


def _closest(
    session: Session, fps: Sequence[Fingerprint], candidates: Sequence[Sequence[int]]
) -> list[tuple[int, float] | None]:
    """Per fingerprint, its most similar candidate at or above the threshold, if any."""
    wanted = sorted({document_id for ids in candidates for document_id in ids})
    shingles: dict[int, frozenset[str]] = {}
    if wanted:
        texts = session.connection().execute(
            select(Document.id, Document.text).where(Document.id.in_(wanted))
        )
        shingles = {row.id: shingles_of(normalised_words(row.text)) for row in texts}
    found: list[tuple[int, float] | None] = []
    for fp, ids in zip(fps, candidates, strict=True):
        best: tuple[int, float] | None = None
        for document_id in ids:
            similarity = jaccard(fp.shingles, shingles.get(document_id, frozenset()))
            if similarity >= NEAR_DUPLICATE_JACCARD and (best is None or similarity > best[1]):
                best = (document_id, similarity)
        found.append(best)
    return found


@lru_cache(maxsize=1)
def _band_lookup() -> Select[tuple[int, int]]:
    """The candidate query of one document, built once: constructing it costs more than
    running it.

    One indexed equality lookup per band, glued with UNION ALL: written as a single IN over
    (band, hash) pairs, SQLite's planner scans the whole table instead.
    """
    matches = union_all(
        *(
            select(DocumentBand.document_id).where(
                DocumentBand.band == band,
                DocumentBand.hash == bindparam(f"hash{band}"),
                DocumentBand.document_id > bindparam("after"),
            )
            for band in range(BANDS)
        )
    ).subquery()
    shared = func.count().label("shared")
    return (
        select(matches.c.document_id, shared)
        .group_by(matches.c.document_id)
        .order_by(shared.desc(), matches.c.document_id)
        .limit(NEAR_DUPLICATE_CANDIDATES)
    )


# On PostgreSQL the (band, hash) pairs come as two arrays joined to the table's primary key:
# a statement short enough for psycopg to cache its parsing and to prepare it on the server.
# The UNION ALL of 32 lookups that SQLite needs is longer than psycopg's 4,096-character
# cache limit: parsing its text again took ~2 ms of client CPU per document.
_POSTGRES_BAND_LOOKUP = f"""
    SELECT stored.document_id, count(*) AS shared
    FROM unnest(CAST(%(bands)s AS smallint[]), CAST(%(hashes)s AS bigint[])) AS given (band, hash)
    JOIN document_bands AS stored ON stored.band = given.band AND stored.hash = given.hash
    WHERE stored.document_id > %(after)s
    GROUP BY stored.document_id
    ORDER BY shared DESC, stored.document_id
    LIMIT {NEAR_DUPLICATE_CANDIDATES}
"""
_POSTGRES_BATCH_BAND_LOOKUP = """
    SELECT stored.band, stored.hash, stored.document_id
    FROM unnest(CAST(%(bands)s AS smallint[]), CAST(%(hashes)s AS bigint[])) AS given (band, hash)
    JOIN document_bands AS stored ON stored.band = given.band AND stored.hash = given.hash
"""


@lru_cache(maxsize=1)
def _batch_band_lookup() -> CompoundSelect:
    """The candidate query of many documents: per band, an indexed lookup of all their hashes
    (an expanding ``IN``); the rows are grouped per document in Python."""
    return union_all(
        *(
            select(DocumentBand.band, DocumentBand.hash, DocumentBand.document_id).where(
                DocumentBand.band == band,
                DocumentBand.hash.in_(bindparam(f"hash{band}", expanding=True)),
            )
            for band in range(BANDS)
        )
    )


# Core statements for the rows ingestion adds: a fraction of the ORM's per-object cost.
_INSERT_DOCUMENT = insert(Document.__table__).returning(Document.__table__.c.id)
_SQLITE_INSERT_BANDS = "INSERT INTO document_bands (band, hash, document_id) VALUES (?, ?, ?)"
_INSERT_FACT = insert(FactRecord.__table__).returning(
    FactRecord.__table__.c.fact_key, FactRecord.__table__.c.id
)


@lru_cache(maxsize=1)
def _postgres_insert_document_and_bands() -> Select[tuple[int]]:
    """On PostgreSQL, a document and its band hashes in one statement (one round trip less per
    document): the document's INSERT … RETURNING feeds the bands' INSERT, both as CTEs."""
    documents = Document.__table__
    columns = [c for c in documents.c if c.name != "id"]
    stored = (
        insert(documents)
        .values({c.name: bindparam(c.name, type_=c.type) for c in columns})
        .returning(documents.c.id)
        .cte("stored")
    )
    bands = func.unnest(
        bindparam("bands", type_=postgresql.ARRAY(SmallInteger)),
        bindparam("hashes", type_=postgresql.ARRAY(BigInteger)),
    ).table_valued("band", "hash").render_derived()
    add_bands = insert(DocumentBand.__table__).from_select(
        ["band", "hash", "document_id"],
        select(bands.c.band, bands.c.hash, stored.c.id).select_from(bands.join(stored, true())),
    ).cte("add_bands")
    return select(stored.c.id).add_cte(add_bands)


@lru_cache(maxsize=1)
def _postgres_insert_facts() -> str:
    """On PostgreSQL, a document's facts as one JSON array of rows, unpacked by
    ``json_to_recordset`` into one ``INSERT``.

    The multi-row ``VALUES`` that SQLAlchemy writes has ~25 parameters a row and a new text
    for every number of facts: psycopg parsed each one anew (it caches statements of at most
    50 parameters) and the server planned it anew. This one text is parsed once and prepared,
    and its one parameter is encoded by ``json.dumps`` in C (arrays per column were tried:
    psycopg escapes every quote of the ``data`` JSON inside a text array in Python).
    Rows come out in array order, so the ids follow the facts' order as before.
    """
    table = FactRecord.__table__
    dialect = postgresql.dialect()
    columns = [column.name for column in table.c if column.name != "id"]
    # Unbounded VARCHAR: assigning a longer value to a VARCHAR(3) column is refused, as by a
    # plain INSERT, where an explicit cast to VARCHAR(3) would cut it silently.
    kinds = ", ".join(
        f"{name} {_VARCHAR_LENGTH.sub('', table.c[name].type.compile(dialect))}"
        for name in columns)
    return (f"INSERT INTO facts ({', '.join(columns)}) "
            f"SELECT {', '.join(columns)} "
            f"FROM json_to_recordset(CAST(%s AS json)) AS given ({kinds}) "
            "RETURNING fact_key, id")


def last_document_id(session: Session) -> int:
    """Return the largest document id, 0 for an empty store."""
    return session.connection().scalar(select(func.max(Document.id))) or 0


def add_document(
    session: Session,
    raw: RawDocument,
    fp: Fingerprint,
    *,
    copy_of: tuple[int, float] | None = None,
    extractor_version: str | None = None,
) -> StoredDocument:
    """Store a new document; a canonical one also gets its band hashes indexed.

    Args:
        session: an open session.
        raw: the document as read from its source.
        fp: its fingerprint (``dedup.fingerprint(raw.text, raw.url)``).
        copy_of: the canonical document's id and the similarity when this is a syndicated
            copy.
        extractor_version: the extractor that produced its facts (None for a copy).

    Returns:
        The new document's id, origin and canonical document.
    """
    warnings = list(raw.warnings)
    published = raw.published
    if published is not None and not _PUBLISHED.fullmatch(published):
        warnings.append(f"published date {published!r} is not YYYY[-MM[-DD]], not stored")
        published = None
    values = {
        "text": raw.text,
        "title": raw.title,
        "url": raw.url,
        "url_key": fp.url_key,
        "outlet": raw.outlet,
        "author": raw.author,
        "published": published,
        "language": raw.language,
        "content_hash": fp.content_hash,
        "canonical_id": copy_of[0] if copy_of else None,
        "similarity": copy_of[1] if copy_of else None,
        "source_kind": raw.source,
        "origin": raw.origin,
        "warnings": warnings,
        "ingested_at": utcnow(),
        "extractor_version": extractor_version,
    }
    connection = session.connection()
    bands = fp.bands if copy_of is None else ()
    if bands and connection.dialect.name == "postgresql":
        document_id = connection.execute(
            _postgres_insert_document_and_bands(),
            {**values, "bands": list(range(len(bands))), "hashes": list(bands)},
        ).scalar_one()
        return StoredDocument(document_id, raw.origin, values["canonical_id"])
    document_id = connection.execute(_INSERT_DOCUMENT, values).scalar_one()
    if bands:
        # Plain integers need no conversion: handing the driver tuples spares SQLAlchemy's
        # per-row parameter processing, a third of this statement's cost.
        connection.exec_driver_sql(
            _SQLITE_INSERT_BANDS,
            [(band, value, document_id) for band, value in enumerate(bands)],
        )
    return StoredDocument(document_id, raw.origin, values["canonical_id"])


def fact_keys(facts: Sequence[Fact]) -> list[str]:
    """Return the stable key of each fact, in the order given (see the module docstring)."""
    base = [_base_key(fact) for fact in facts]
    by_position = sorted(
        range(len(facts)), key=lambda i: (facts[i].evidence.start, facts[i].evidence.end, i)
    )
    seen: Counter[str] = Counter()
    keys = [""] * len(facts)
    for i in by_position:
        seen[base[i]] += 1
        keys[i] = base[i] if seen[base[i]] == 1 else f"{base[i]}#{seen[base[i]]}"
    return keys


def add_facts(
    session: Session, document_id: int, facts: Sequence[Fact], extractor_version: str
) -> list[StoredFact]:
    """Store the facts extracted from a new document, all ``automatic``, in one statement.

    Returns:
        The new facts, in the order of ``facts``.
    """
    if not facts:
        return []
    now = utcnow()
    keys = fact_keys(facts)
    rows = [
        {"document_id": document_id, "fact_key": key, "status": "automatic", "created_at": now,
         **_fact_values(fact, extractor_version, now)}
        for fact, key in zip(facts, keys, strict=True)
    ]
    # One INSERT for all rows. Asking for the ids in parameter order would make SQLite insert
    # the rows one by one, so they are matched by key instead (unique within a document).
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        returned = connection.exec_driver_sql(
            _postgres_insert_facts(), (json.dumps(rows, default=dt.datetime.isoformat),))
    else:
        returned = connection.execute(_INSERT_FACT, rows)
    ids = {key: fact_id for key, fact_id in returned}
    return [StoredFact(ids[row["fact_key"]], row["fact_key"], row["type"],
                       row["deporting_country"], row["receiving_country"], row["country"],
                       row["jurisdiction"]) for row in rows]


def stored_facts(session: Session, document_id: int) -> list[StoredFact]:
    """Return a document's facts as stored now, in id order."""
    rows = session.execute(
        select(FactRecord.id, FactRecord.fact_key, FactRecord.type,
               FactRecord.deporting_country, FactRecord.receiving_country, FactRecord.country,
               FactRecord.jurisdiction)
        .where(FactRecord.document_id == document_id).order_by(FactRecord.id)
    )
    return [StoredFact(*row) for row in rows]


def replace_automatic_facts(
    session: Session, document: Document, facts: Sequence[Fact], extractor_version: str
) -> ReplaceCounts:
    """Bring a document's facts in line with a new extraction, sparing curated facts.

    Args:
        session: an open session.
        document: a canonical document.
        facts: what the current extractor finds in its text.
        extractor_version: that extractor's version.

    Returns:
        How many automatic facts were added, updated and removed, and how many new facts were
        left out because a curator confirmed, edited or rejected their key.
    """
    stored = {
        record.fact_key: record
        for record in session.scalars(
            select(FactRecord).where(FactRecord.document_id == document.id)
        )
    }
    now = utcnow()
    added = updated = kept = suppressed = 0
    new_keys = fact_keys(facts)
    for fact, key in zip(facts, new_keys, strict=True):
        record = stored.get(key)
        if record is None:
            session.add(_new_record(document, key, fact, extractor_version, now))
            added += 1
        elif record.status == "automatic":
            _apply(record, fact, extractor_version, now)
            updated += 1
        elif record.status == "rejected":
            suppressed += 1
        else:
            kept += 1
    found = set(new_keys)
    stale = [r for k, r in stored.items() if r.status == "automatic" and k not in found]
    for record in stale:
        session.delete(record)
    document.extractor_version = extractor_version
    session.flush()
    return ReplaceCounts(added, updated, len(stale), kept, suppressed)


def set_fact_status(session: Session, fact_id: int, status: str) -> FactRecord:
    """Record a curator's decision on a fact.

    Raises:
        ValueError: ``status`` is not one of ``FACT_STATUSES``.
        sqlalchemy.exc.NoResultFound: there is no fact with that id.
    """
    if status not in FACT_STATUSES:
        raise ValueError(f"unknown fact status {status!r}; expected one of {FACT_STATUSES}")
    record = session.get_one(FactRecord, fact_id)
    record.status = status
    record.updated_at = utcnow()
    return record


def edit_fact(session: Session, fact_id: int, fact: Fact) -> FactRecord:
    """Replace a fact's content with a curator's corrected version; its key stays.

    Raises:
        ValueError: the corrected fact has another type than the stored one.
        sqlalchemy.exc.NoResultFound: there is no fact with that id.
    """
    record = session.get_one(FactRecord, fact_id)
    if fact.type != record.type:
        raise ValueError(f"fact {fact_id} is a {record.type}, not a {fact.type}")
    _apply(record, fact, record.extractor_version, utcnow())
    record.status = "edited"
    return record


def fact_from_record(record: FactRecord) -> Fact:
    """Return the typed FACTS.md fact stored in a record (with its rule)."""
    return fact_from_dict(record.data)


def canonical_document_ids(session: Session) -> list[int]:
    """Return the ids of all documents that are not copies, in ingestion order."""
    return list(
        session.scalars(
            select(Document.id).where(Document.canonical_id.is_(None)).order_by(Document.id)
        )
    )


def search_documents(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Full-text search over document titles and texts, best matches first.

    Words are matched by stem ("deported" also finds "deportation"); all words must occur;
    ``"double quotes"`` match a phrase.

    Args:
        session: an open session.
        query: the words to look for, as a user types them.
        limit: the most hits to return.

    Returns:
        The hits; empty when the query has no searchable words.
    """
    if session.get_bind().dialect.name == "postgresql":
        # Rank on the stored vectors, then cut headlines (which parse the text again) for
        # the best few only.
        statement = text(
            f"""
            WITH best AS (
                SELECT d.id, ts_rank({POSTGRES_SEARCH_VECTOR}, q) AS score
                FROM documents AS d, websearch_to_tsquery('english', :query) AS q
                WHERE {POSTGRES_SEARCH_VECTOR} @@ q
                ORDER BY score DESC, d.id
                LIMIT :limit
            )
            SELECT d.id, d.canonical_id, d.title, d.url, d.outlet, d.published,
                   ts_headline('english', d.text, q, :options) AS snippet, best.score
            FROM best JOIN documents AS d ON d.id = best.id,
                 websearch_to_tsquery('english', :query) AS q
            ORDER BY best.score DESC, d.id
            """
        )
        options = (f'StartSel="{HIGHLIGHT_START}", StopSel="{HIGHLIGHT_END}", '
                   "MaxWords=35, MinWords=15, MaxFragments=2")
        params = {"query": query, "limit": limit, "options": options}
    else:
        match = _fts5_query(query)
        if not match:
            return []
        # Rank every match inside the index, then read the articles and cut snippets for the
        # best few only: a common word matches nearly every article, and reading each one's
        # row (its text) before ranking cost seconds on 100,000 of them. CROSS JOIN keeps
        # that order; the second MATCH is what snippet() needs, looked up by rowid.
        statement = text(
            """
            WITH best AS (
                SELECT rowid AS id, -bm25(documents_fts, 2.0, 1.0) AS score
                FROM documents_fts
                WHERE documents_fts MATCH :query
                ORDER BY score DESC, rowid
                LIMIT :limit
            )
            SELECT d.id, d.canonical_id, d.title, d.url, d.outlet, d.published,
                   snippet(documents_fts, 1, :start, :end, '…', 24) AS snippet,
                   best.score
            FROM best CROSS JOIN documents_fts CROSS JOIN documents AS d
            WHERE documents_fts MATCH :query AND documents_fts.rowid = best.id
              AND d.id = best.id
            ORDER BY best.score DESC, d.id
            """
        )
        params = {"query": match, "limit": limit, "start": HIGHLIGHT_START, "end": HIGHLIGHT_END}
    return [SearchHit(*row) for row in session.execute(statement, params)]


def _fts5_query(query: str) -> str:
    """Quote every word and phrase so user input can never be FTS5 syntax."""
    terms = []
    for phrase, word in _FTS_TERM.findall(query):
        term = (phrase or word).strip()
        if any(ch.isalnum() for ch in term):
            terms.append('"' + term.replace('"', '""') + '"')
    return " ".join(terms)


def _base_key(fact: Fact) -> str:
    values = [getattr(fact, name) for name in _KEY_FIELDS[fact.type]]
    return ":".join([fact.type, *("-" if v is None else str(v) for v in values)])


def _new_record(
    document: Document, key: str, fact: Fact, extractor_version: str, now: dt.datetime
) -> FactRecord:
    return FactRecord(document_id=document.id, fact_key=key, status="automatic", created_at=now,
                      **_fact_values(fact, extractor_version, now))


def _apply(record: FactRecord, fact: Fact, extractor_version: str, now: dt.datetime) -> None:
    for column, value in _fact_values(fact, extractor_version, now).items():
        setattr(record, column, value)


def _fact_values(fact: Fact, extractor_version: str, now: dt.datetime) -> dict[str, Any]:
    """The columns of a fact record that come from the fact itself."""
    values = {column: getattr(fact, column, None) for column in _TYPED_COLUMNS}
    values.update(
        type=fact.type,
        certainty=fact.certainty,
        attributed_to=fact.attributed_to,
        evidence_quote=fact.evidence.quote,
        evidence_start=fact.evidence.start,
        evidence_end=fact.evidence.end,
        rule=fact.rule,
        extractor_version=extractor_version,
        data=fact.to_dict(explain=True),
        updated_at=now,
    )
    return values
