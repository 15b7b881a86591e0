"""Ingestion: sources → dedup → extraction → store, one transaction per batch of documents.

:func:`ingest` reads source items in batches. It first looks up the whole batch for earlier
copies (same URL, same normalised text, or a syndicated near-duplicate) in a few indexed
queries, so that repeated and syndicated articles are not extracted at all; the rest of the
batch goes through ``Extractor.extract_many`` together, in this process or in child processes
(``extraction_processes.ExtractionProcesses``), which extract the next batches while this
process stores the previous one. A batch looked up while earlier ones were still waiting to be
stored is looked up again just before it is stored, so that both ways store the same. Then
the batch's documents are stored with their facts in one transaction (a few statements per
document: see ``docs/store.md``), each compared first with the documents stored since the
lookup; a same-URL or same-text document stored meanwhile is refused by the unique indexes.
Should any document of the batch fail, the transaction is rolled back and the batch stored
again one transaction per document, so that the failing document alone is left out. So a run
killed at any point leaves only whole documents behind (at most the batch being stored is
missing), and running the same command again adds exactly what is missing.

:func:`reextract` runs the current extractor again over every stored canonical document and
updates its automatic facts, leaving curated ones alone (``store.repository`` explains the fact
keys that make this possible).

Both take a ``on_document`` hook, called for every stored or re-extracted document inside the
transaction that writes it, once its rows are written, with the session, the document and its
facts as stored now
(plain ``repository.StoredDocument`` and ``StoredFact`` values; a syndicated copy has no facts,
and ``document.canonical_id`` names the story it adds a source to).
This is where the tracker updates its per-pair view: whatever it writes commits or rolls back
together with the document. An exception in the hook counts as that document's failure and
rolls it back; during ingestion the other documents of its batch are then stored again, so the
hook may be called twice for them and must write only through the session. The default does
nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from thirdcountry.documents.dedup import Fingerprint, fingerprint
from thirdcountry.errors import SourceError
from thirdcountry.extraction_processes import (
    BatchExtraction,
    ExtractionProcesses,
    FactExtractor,
    InProcessExtraction,
    extract_batch,
    installed_extractor_version,
    one_line_message,
)
from thirdcountry.facts.schema import Fact
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import repository
from thirdcountry.store.engine import writer
from thirdcountry.store.repository import StoredDocument, StoredFact
from thirdcountry.store.tables import Document

DEFAULT_BATCH_SIZE = 32

DocumentHook = Callable[[Session, StoredDocument, list[StoredFact]], None]
T = TypeVar("T")


def no_tracker_update(
    session: Session, document: StoredDocument, facts: list[StoredFact]
) -> None:
    """The default ``on_document`` hook: nothing to update."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that could not be ingested: where it came from and a one-line reason."""

    origin: str
    reason: str


@dataclass(slots=True)
class IngestSummary:
    """What one ingestion run did; ``read`` is the sum of the four outcomes."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    facts_added: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass(slots=True)
class ReextractSummary:
    """What one re-extraction run did to the stored facts."""

    documents: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept_curated: int = 0
    suppressed_rejected: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def ingest(
    items: Iterable[RawDocument | SourceError],
    engine: Engine,
    extractor: FactExtractor | ExtractionProcesses,
    *,
    extractor_version: str | None = None,
    on_document: DocumentHook = no_tracker_update,
    progress: Callable[[IngestSummary], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestSummary:
    """Store every new document of ``items`` with its facts; skip and link the others.

    Args:
        items: what the sources yield; a ``SourceError`` is counted as a failure.
        engine: an engine on a current database (``store.ensure_current``).
        extractor: usually ``thirdcountry.extraction.Extractor()``, or
            ``ExtractionProcesses(Extractor)`` to extract in child processes while this one
            stores (see ``extraction_processes``). After a run that raised, its processes
            are stopped.
        extractor_version: recorded with each fact; by default ``EXTRACTOR_VERSION`` of the
            process that extracts.
        on_document: the tracker hook (see the module docstring).
        progress: called with the running summary after each item is settled.
        batch_size: documents extracted together.

    Returns:
        The summary. One bad item never stops the run; it is listed in ``failures``.

    Raises:
        ExtractionProcessError: a child extraction process died or could not start; the
            documents stored until then are kept.
    """
    summary = IngestSummary()
    batches = _batches(items, batch_size)
    extraction: BatchExtraction = (
        extractor if isinstance(extractor, ExtractionProcesses)
        else InProcessExtraction(extractor, batch_size))
    # Batches looked up and sent to extraction, not stored yet. With extraction in child
    # processes, a batch is looked up while the ones before it are still being extracted.
    waiting: deque[_LookedUpBatch] = deque()

    def store_next() -> None:
        extracted = extraction.next_result()
        _store_batch(engine, waiting.popleft(), extracted, summary,
                     extractor_version or extraction.extractor_version, on_document, progress)

    try:
        for batch in batches:
            looked_up = _look_up_batch(engine, batch, summary, progress, stale=bool(waiting))
            if looked_up is None:
                continue
            extraction.submit(looked_up.texts_to_extract())
            waiting.append(looked_up)
            while len(waiting) > extraction.lookahead:
                store_next()
        while waiting:
            store_next()
    except BaseException:
        extraction.close()  # what the children still extract belongs to no batch any more
        raise
    return summary


def reextract(
    engine: Engine,
    extractor: FactExtractor,
    *,
    extractor_version: str | None = None,
    on_document: DocumentHook = no_tracker_update,
    progress: Callable[[ReextractSummary, int], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ReextractSummary:
    """Run the extractor again on every canonical document, sparing curated facts.

    Args:
        engine: an engine on a current database.
        extractor: the extractor to run.
        extractor_version: recorded with each new or updated fact and on each document; by
            default ``thirdcountry.extraction.EXTRACTOR_VERSION``.
        on_document: the tracker hook (see the module docstring).
        progress: called after each document with the running summary and the total.
        batch_size: documents extracted together.

    Returns:
        The summary; a document that fails keeps its facts as they were.
    """
    summary = ReextractSummary()
    extractor_version = extractor_version or installed_extractor_version()
    with Session(engine) as session:
        document_ids = repository.canonical_document_ids(session)
    for id_batch in _batches(document_ids, batch_size):
        with Session(engine) as session:
            loaded = session.execute(
                select(Document.id, Document.text, Document.published, Document.origin)
                .where(Document.id.in_(id_batch))
                .order_by(Document.id)
            ).all()
        extracted = extract_batch(extractor, [(row.text, row.published) for row in loaded],
                                  batch_size)
        for row, facts in zip(loaded, extracted, strict=True):
            summary.documents += 1
            if isinstance(facts, Exception):
                summary.failures.append(_failure(row.origin, "extraction failed", facts))
            else:
                _replace(engine, row.id, row.origin, facts, summary, extractor_version,
                         on_document)
            if progress:
                progress(summary, len(document_ids))
    return summary


@dataclass(frozen=True, slots=True)
class _LookedUp:
    """What the store held for a batch when it was first looked up, before extraction.

    ``duplicates`` and ``copies`` give, per document, the id of a stored duplicate and the
    canonical document it copies (with the similarity); ``last_id`` is the largest document
    id then, so storing checks again only the documents added since.
    """

    last_id: int
    duplicates: list[int | None]
    copies: list[tuple[int, float] | None]


@dataclass(frozen=True, slots=True)
class _LookedUpBatch:
    """The documents of a batch that were not duplicates when it was looked up, in order.

    ``stale`` when it was looked up while earlier batches were still waiting to be stored:
    it is then looked up again before storing (see :func:`_store_batch`).
    """

    documents: list[tuple[RawDocument, Fingerprint]]
    looked_up: _LookedUp
    stale: bool

    def to_extract(self) -> list[int]:
        """Indexes of the documents that are not copies of a stored one: only these are
        extracted."""
        return [index for index, copy_of in enumerate(self.looked_up.copies) if copy_of is None]

    def texts_to_extract(self) -> list[tuple[str, str | None]]:
        """``(text, published)`` of the documents :meth:`to_extract` names, in order."""
        return [(self.documents[i][0].text, self.documents[i][0].published)
                for i in self.to_extract()]


def _look_up_batch(
    engine: Engine,
    batch: list[RawDocument | SourceError],
    summary: IngestSummary,
    progress: Callable[[IngestSummary], None] | None,
    *,
    stale: bool,
) -> _LookedUpBatch | None:
    """Fingerprint a batch and look it up; count its unreadable items and duplicates.

    Fingerprints are made here, not in the extraction processes: the lookup needs them to
    decide what is extracted at all, and extraction is the busier side (measured: about 3.2 s
    of CPU against 2.4 s of storing here, fingerprints included, for 500 articles on SQLite).
    """
    documents: list[tuple[RawDocument, Fingerprint]] = []
    for item in batch:
        summary.read += 1
        if isinstance(item, SourceError):
            summary.failures.append(Failure(item.origin, str(item)))
            _report(progress, summary)
        else:
            documents.append((item, fingerprint(item.text, item.url)))
    if not documents:
        return None
    try:
        looked_up = _look_up(engine, [fp for _, fp in documents])
    except SQLAlchemyError as exc:
        for raw, _ in documents:
            summary.failures.append(_failure(raw.origin, "database error", exc))
            _report(progress, summary)
        return None
    kept: list[int] = []
    for index, duplicate in enumerate(looked_up.duplicates):
        if duplicate is None:
            kept.append(index)
        else:
            summary.duplicates += 1
            _report(progress, summary)
    return _LookedUpBatch([documents[i] for i in kept],
                          _LookedUp(looked_up.last_id, [None] * len(kept),
                                    [looked_up.copies[i] for i in kept]),
                          stale)


def _store_batch(
    engine: Engine,
    batch: _LookedUpBatch,
    extracted: list[list[Fact] | Exception],
    summary: IngestSummary,
    extractor_version: str,
    on_document: DocumentHook,
    progress: Callable[[IngestSummary], None] | None,
) -> None:
    """Store a batch's documents: first the copies, then the new ones with their facts.

    A stale batch is looked up again first, now that every batch before it is stored, so it
    is classified and stored exactly as if it had been looked up only now, as in a run
    extracting in this process: a document found to repeat one of the batches before it is
    then a duplicate or a copy, its facts extracted for nothing.
    """
    fps = [fp for _, fp in batch.documents]
    try:
        looked_up = _look_up(engine, fps) if batch.stale else batch.looked_up
    except SQLAlchemyError as exc:
        for raw, _ in batch.documents:
            summary.failures.append(_failure(raw.origin, "database error", exc))
            _report(progress, summary)
        return
    extracted_by_index = dict(zip(batch.to_extract(), extracted, strict=True))
    copies: list[_ToStore] = []
    new: list[_ToStore] = []
    for index, (document, duplicate, copy_of) in enumerate(
        zip(batch.documents, looked_up.duplicates, looked_up.copies, strict=True)
    ):
        if duplicate is not None:
            summary.duplicates += 1
            _report(progress, summary)
        elif copy_of is not None:
            copies.append(_ToStore(*document, None))
        else:
            # None when the first lookup took it for a copy of a document deleted since.
            new.append(_ToStore(*document, extracted_by_index.get(index)))
    _store_together(engine, copies + new, looked_up.last_id, summary, extractor_version,
                    on_document, progress)


@dataclass(frozen=True, slots=True)
class _ToStore:
    """A document of a batch to store: its facts, None for a known copy (or a document left
    unextracted), or the exception its extraction raised."""

    raw: RawDocument
    fp: Fingerprint
    facts: list[Fact] | Exception | None


def _store_together(
    engine: Engine,
    documents: list[_ToStore],
    looked_up_to: int,
    summary: IngestSummary,
    extractor_version: str,
    on_document: DocumentHook,
    progress: Callable[[IngestSummary], None] | None,
) -> None:
    """Store a batch's documents in one transaction; if any of them fails, store them again
    one per transaction, so that only the failing one is lost.

    One commit per batch rather than per document: on PostgreSQL ``BEGIN`` and ``COMMIT`` were
    two of six round trips per document, and on SQLite the commit a quarter of storing. A kill
    loses at most the batch being stored, which is not in the store and so is ingested again
    by the next run; each document still goes in whole, with its facts and tracker marks.
    Documents are stored in the same order and each compared with the ones before it (the
    transaction sees them), so the store ends up the same as with one transaction each.
    """
    for document in documents:
        if isinstance(document.facts, Exception):
            summary.failures.append(
                _failure(document.raw.origin, "extraction failed", document.facts))
            _report(progress, summary)
    storable = [d for d in documents if not isinstance(d.facts, Exception)]
    try:
        with Session(writer(engine)) as session, session.begin():
            outcomes = [_add(session, document, looked_up_to, extractor_version, on_document)
                        for document in storable]
    except Exception:  # noqa: BLE001 - each document is tried again alone, and fails alone
        for document in storable:
            _store(engine, document, looked_up_to, summary, extractor_version, on_document)
            _report(progress, summary)
        return
    for outcome in outcomes:
        _count(summary, *outcome)
        _report(progress, summary)


def _look_up(engine: Engine, fps: list[Fingerprint]) -> _LookedUp:
    """Classify a batch in one read transaction: a few indexed queries for all its documents."""
    if not fps:
        return _LookedUp(0, [], [])
    with Session(engine) as session:
        last_id = repository.last_document_id(session)
        duplicates = repository.find_duplicates(session, fps)
        copies = repository.find_near_duplicates(session, fps)
    return _LookedUp(last_id, duplicates, copies)


def _store(
    engine: Engine,
    document: _ToStore,
    looked_up_to: int,
    summary: IngestSummary,
    extractor_version: str,
    on_document: DocumentHook,
) -> None:
    """Store one document (and its facts, or its link to a canonical one) in one transaction,
    counting a failure instead of raising."""
    try:
        with Session(writer(engine)) as session, session.begin():
            outcome = _add(session, document, looked_up_to, extractor_version, on_document)
    except IntegrityError as exc:
        # A document with the same URL or text was stored since the batch was looked up.
        with Session(engine) as session:
            if repository.find_duplicate(session, document.fp) is not None:
                summary.duplicates += 1
                return
        summary.failures.append(_failure(document.raw.origin, "database error", exc))
        return
    except Exception as exc:  # a bad document or a failing hook must not stop the batch
        summary.failures.append(_failure(document.raw.origin, "could not store", exc))
        return
    _count(summary, *outcome)


def _add(
    session: Session,
    document: _ToStore,
    looked_up_to: int,
    extractor_version: str,
    on_document: DocumentHook,
) -> tuple[str, int]:
    """Add a document to the open transaction; return ``("copy" or "new", facts added)``.

    In the transaction, a new document is compared again with the documents stored since its
    batch was looked up (``looked_up_to``): an earlier document of the same batch, or another
    process, may have stored its original. A same-URL or same-text document stored meanwhile
    is caught by the unique indexes.

    ``facts`` is None for a document already known to be a copy, which is looked up again in
    full; should its canonical document have vanished in the meantime, the document is stored
    without facts, as a new canonical one, and ``reextract`` will fill them in.
    """
    raw, fp, facts = document.raw, document.fp, document.facts
    assert not isinstance(facts, Exception)
    after = 0 if facts is None else looked_up_to
    copy_of = repository.find_near_duplicate(session, fp, after=after)
    if copy_of is not None:
        stored = repository.add_document(session, raw, fp, copy_of=copy_of)
        on_document(session, stored, [])
        return "copy", 0
    version = extractor_version if facts is not None else None
    stored = repository.add_document(session, raw, fp, extractor_version=version)
    records = repository.add_facts(session, stored.id, facts or [], extractor_version)
    on_document(session, stored, records)
    return "new", len(records)


def _count(summary: IngestSummary, outcome: str, added: int) -> None:
    if outcome == "copy":
        summary.near_duplicates += 1
    else:
        summary.new += 1
        summary.facts_added += added


def _replace(
    engine: Engine,
    document_id: int,
    origin: str,
    facts: list[Fact],
    summary: ReextractSummary,
    extractor_version: str,
    on_document: DocumentHook,
) -> None:
    try:
        with Session(writer(engine)) as session, session.begin():
            document = session.get_one(Document, document_id)
            counts = repository.replace_automatic_facts(
                session, document, facts, extractor_version
            )
            on_document(session,
                        StoredDocument(document.id, document.origin, document.canonical_id),
                        repository.stored_facts(session, document.id))
    except Exception as exc:  # one failing document must not stop the run
        summary.failures.append(_failure(origin, "could not update facts", exc))
        return
    summary.added += counts.added
    summary.updated += counts.updated
    summary.removed += counts.removed
    summary.kept_curated += counts.kept_curated
    summary.suppressed_rejected += counts.suppressed_rejected


def _failure(origin: str, what: str, exc: Exception) -> Failure:
    first_sentence = one_line_message(exc).split(" [SQL:")[0]  # SQLAlchemy appends the statement
    return Failure(origin, f"{origin}: {what}: {first_sentence}")


def _report(progress: Callable[[IngestSummary], None] | None, summary: IngestSummary) -> None:
    if progress:
        progress(summary)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
