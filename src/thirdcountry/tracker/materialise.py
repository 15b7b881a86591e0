"""Write the tracker's tables: fold facts into buckets, then merge the buckets into rows.

``tracker.status`` decides what to update; this module does it in two steps.

**Folding** (:func:`fold_documents`, :func:`reset_subjects`) files facts under their buckets
(``tracker.buckets``) and adds them up. A new document costs O(its facts): its facts join
existing buckets or make new ones, its articles are counted once per bucket and pair (with
their syndicated copies), and the pairs of its buckets that matter for the timeline are linked
(``tracker_bucket_links``). A syndicated copy adds one source to every bucket and pair of the
story it copies. Anything else — a fact that changed, vanished or was rejected — refolds the
subjects concerned from their facts (:func:`reset_subjects`), as ``refresh`` and ``rebuild``
do; subjects are loaded in groups of at most :data:`FACTS_PER_LOAD` facts.

**Merging** is ``tracker.merging``. Country rows (:func:`refresh_countries`) add up pair
rows, removal events and the running totals of ``tracker_subjects``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Select,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.buckets import (
    COUNTRY_FAMILIES,
    PAIR_FAMILIES,
    Bucket,
    FactInfo,
    bucket_of,
    linked,
)
from thirdcountry.tracker.counts import CountTotal, total_of_groups
from thirdcountry.tracker.plain_writes import add_rows, insert_dict_rows, insert_rows
from thirdcountry.tracker.records import CHUNK, among, fact_problem
from thirdcountry.tracker.tables import (
    BucketFactRow,
    BucketLinkRow,
    BucketRow,
    CountryRow,
    EntryLinkRow,
    PairStatusRow,
    PendingDocumentRow,
    RemovalEventRow,
    SubjectRow,
)

logger = logging.getLogger("thirdcountry.tracker.records")

# A country's colour on the map: the most advanced current stage among its pairs.
RECEIVING_STAGE_ORDER = (
    "implemented", "agreed", "close", "negotiating", "approached", "suspended", "ended", "declined",
)
# Facts loaded into memory at once when refolding subjects.
FACTS_PER_LOAD = 50_000
TRACKED_TYPES = PAIR_FAMILIES + COUNTRY_FAMILIES

Pair = tuple[str, str]

# What folding needs of a fact, joined on its document, in the order of ``FactInfo``'s fields
# (``_infos`` passes them on by position).
FACT_COLUMNS = (
    FactRecord.id, FactRecord.document_id, Document.published, FactRecord.type,
    FactRecord.status, FactRecord.certainty, FactRecord.date, FactRecord.deporting_country,
    FactRecord.receiving_country, FactRecord.kind, FactRecord.stage, FactRecord.count,
    FactRecord.count_qualifier, FactRecord.data["nationalities"].label("nationalities"),
    FactRecord.facility, FactRecord.legal_basis, FactRecord.jurisdiction, FactRecord.court,
    FactRecord.outcome, FactRecord.country, FactRecord.concern,
)
_NATIONALITIES = [column.name for column in FACT_COLUMNS].index("nationalities")


def pair_subject(pair: Pair) -> str:
    return f"{pair[0]}:{pair[1]}"


def subject_pair(subject: str) -> Pair | None:
    """The pair of a pair subject ``DEP:REC``, None for a country subject."""
    return (subject[:3], subject[4:]) if ":" in subject else None


@dataclass(slots=True)
class Folded:
    """What folding changed, for merging.

    Attributes:
        subjects: subjects to merge again.
        refolded: subjects whose buckets were made anew (merged from scratch).
        buckets: ids of buckets that gained facts or sources.
        fresh: the buckets made by this fold (outside refolded subjects), by id.
        facts: the facts filed (outside refolded subjects), with their bucket ids.
        links: bucket links made or strengthened.
        weights: the sources each newly folded document counts for (itself and its copies).
        before: the buckets each newly folded document already had facts in.
        copies: new syndicated copies per canonical document.
        copy_buckets: the buckets of those canonical documents.
    """

    subjects: set[str] = field(default_factory=set)
    refolded: set[str] = field(default_factory=set)
    buckets: set[int] = field(default_factory=set)
    fresh: dict[int, Bucket] = field(default_factory=dict)
    facts: list[tuple[FactInfo, int]] = field(default_factory=list)
    links: set[tuple[int, int]] = field(default_factory=set)
    weights: dict[int, int] = field(default_factory=dict)
    before: dict[int, set[int]] = field(default_factory=dict)
    copies: dict[int, int] = field(default_factory=dict)
    copy_buckets: dict[int, set[int]] = field(default_factory=dict)

    def update(self, other: Folded) -> None:
        self.subjects |= other.subjects
        self.refolded |= other.refolded
        self.buckets |= other.buckets
        self.fresh.update(other.fresh)
        self.facts += other.facts
        self.links |= other.links
        self.weights.update(other.weights)
        for document, buckets in other.before.items():
            self.before.setdefault(document, set()).update(buckets)
        for canonical, n in other.copies.items():
            self.copies[canonical] = self.copies.get(canonical, 0) + n
        for canonical, buckets in other.copy_buckets.items():
            self.copy_buckets.setdefault(canonical, set()).update(buckets)


# --- reading facts ---------------------------------------------------------------------------

def _infos(rows: Iterable[Any]) -> Iterator[FactInfo]:
    """Facts as folding needs them; invalid ones are left out with a warning naming them."""
    for row in rows:
        problem = fact_problem(row)
        if problem:
            logger.warning("fact %d left out of the tracker: %s", row.id, problem)
            continue
        # By position: naming the 21 fields of each of thousands of rows cost more than
        # folding them.
        yield FactInfo(*row[:_NATIONALITIES], tuple(row[_NATIONALITIES] or ()),
                       *row[_NATIONALITIES + 1:])


def _fact_rows(session: Session, *conditions: Any) -> Select[Any]:
    return (
        select(*FACT_COLUMNS)
        .join(Document, Document.id == FactRecord.document_id)
        .where(FactRecord.status != "rejected", FactRecord.type.concat("").in_(TRACKED_TYPES),
               *conditions)
        .order_by(FactRecord.id)
    )


def _subject_condition(subjects: Collection[str]) -> Any:
    pairs = [p for p in map(subject_pair, subjects) if p is not None]
    countries = [s for s in subjects if ":" not in s]
    # ``type || ''`` keeps SQLite from scanning the type index instead of the country ones.
    fact_type = FactRecord.type.concat("")
    conditions = []
    if pairs:
        conditions.append(
            tuple_(FactRecord.deporting_country, FactRecord.receiving_country).in_(pairs)
            & fact_type.in_(PAIR_FAMILIES)
        )
    if countries:
        conditions.append((fact_type == "legal_action") & FactRecord.jurisdiction.in_(countries))
        conditions.append((fact_type == "rights_concern") & FactRecord.country.in_(countries))
    return or_(*conditions)


def _copies(session: Session, documents: Collection[int]) -> dict[int, int]:
    """How many syndicated copies each document has that are not waiting to be folded."""
    found: dict[int, int] = {}
    ordered = sorted(documents)
    pending = select(PendingDocumentRow.document_id)
    for start in range(0, len(ordered), CHUNK):
        rows = session.execute(
            select(Document.canonical_id, func.count())
            .where(among(session, Document.canonical_id, ordered[start:start + CHUNK]),
                   Document.id.not_in(pending))
            .group_by(Document.canonical_id)
        )
        found.update((canonical, n) for canonical, n in rows)
    return found


# --- folding ---------------------------------------------------------------------------------

def fold_documents(session: Session, document_ids: Collection[int]) -> Folded:
    """Fold the facts of some stored documents (and the sources of copies) into the buckets.

    A document's new facts are added to their buckets; when facts of it that were folded
    before changed, vanished or were rejected, the subjects concerned are refolded whole.
    Syndicated copies add a source to the story they copy.

    Args:
        session: an open session; the caller commits.
        document_ids: stored documents (canonical ones and copies).

    Returns:
        What changed.
    """
    folded = Folded()
    canonical: list[int] = []
    copies: list[tuple[int, int]] = []
    ordered = sorted(set(document_ids))
    for start in range(0, len(ordered), CHUNK):
        rows = session.execute(select(Document.id, Document.canonical_id)
                               .where(among(session, Document.id, ordered[start:start + CHUNK])))
        for document_id, canonical_id in rows:
            if canonical_id is None:
                canonical.append(document_id)
            else:
                copies.append((document_id, canonical_id))
    new_facts: list[FactInfo] = []
    stale: set[str] = set()
    for start in range(0, len(canonical), CHUNK):
        chunk = canonical[start:start + CHUNK]
        infos = list(_infos(session.execute(
            _fact_rows(session, among(session, FactRecord.document_id, chunk)))))
        filed = {row.fact_id: row for row in session.execute(
            select(BucketFactRow.fact_id, BucketFactRow.rank, BucketRow.subject,
                   BucketRow.family, BucketRow.key)
            .join(BucketRow, BucketRow.id == BucketFactRow.bucket_id)
            .where(among(session, BucketFactRow.document_id, chunk))
        )}
        for info in infos:
            old = filed.pop(info.fact_id, None)
            if old is None:
                new_facts.append(info)
                continue
            bucket = bucket_of(info)
            if (old.subject, old.family, old.key, old.rank) != (
                    bucket.subject, bucket.family, bucket.key, 7 - info.weight):
                stale.update((old.subject, bucket.subject))
        stale.update(row.subject for row in filed.values())  # facts gone or rejected
    if stale:
        folded.update(reset_subjects(session, stale))
    folded.update(_fold(session, [f for f in new_facts if f.subject not in stale]))
    if copies:
        folded.update(_fold_copies(session, copies, folded.fresh))
    return folded


def reset_subjects(session: Session, subjects: Collection[str]) -> Folded:
    """Throw away some subjects' buckets and fold all their facts again.

    Args:
        session: an open session; the caller commits.
        subjects: pair (``DEP:REC``) and country (ISO3) subjects.

    Returns:
        What changed: all of these subjects, refolded.
    """
    ordered = sorted(set(subjects))
    folded = Folded(subjects=set(ordered), refolded=set(ordered))
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        session.execute(delete(BucketRow).where(BucketRow.subject.in_(chunk)))
        session.execute(delete(SubjectRow).where(SubjectRow.subject.in_(chunk)))
        session.execute(delete(EntryLinkRow).where(EntryLinkRow.subject.in_(chunk)))
    for group in _load_groups(session, ordered):
        infos = list(_infos(session.execute(_fact_rows(session, _subject_condition(group)))))
        folded.update(_fold(session, infos, record=False))
    return folded


def _load_groups(session: Session, subjects: list[str]) -> list[list[str]]:
    """Split subjects into groups whose facts together stay under :data:`FACTS_PER_LOAD`."""
    sizes: Counter[str] = Counter()
    for start in range(0, len(subjects), CHUNK):
        chunk = subjects[start:start + CHUNK]
        pairs = [p for p in map(subject_pair, chunk) if p is not None]
        countries = [s for s in chunk if ":" not in s]
        if pairs:
            counted = session.execute(
                select(FactRecord.deporting_country, FactRecord.receiving_country, func.count())
                .where(tuple_(FactRecord.deporting_country,
                              FactRecord.receiving_country).in_(pairs),
                       FactRecord.type.in_(PAIR_FAMILIES))
                .group_by(FactRecord.deporting_country, FactRecord.receiving_country)
            )
            sizes.update({f"{dep}:{rec}": n for dep, rec, n in counted})
        for column, fact_type in ((FactRecord.jurisdiction, "legal_action"),
                                  (FactRecord.country, "rights_concern")):
            if countries:
                counted = session.execute(
                    select(column, func.count())
                    .where(column.in_(countries), FactRecord.type == fact_type)
                    .group_by(column)
                )
                sizes.update(dict(counted.all()))
    groups: list[list[str]] = [[]]
    load = 0
    for subject in subjects:
        size = sizes.get(subject, 0)
        if groups[-1] and (load + size > FACTS_PER_LOAD or len(groups[-1]) >= CHUNK):
            groups.append([])
            load = 0
        groups[-1].append(subject)
        load += size
    return groups if groups[0] else []


def _fold(session: Session, infos: list[FactInfo], *, record: bool = True) -> Folded:
    """File new facts (not yet in any bucket) under their buckets and add them up.

    With ``record`` the result says which facts went where, for an incremental merge;
    without (a subject refolded whole: it has no buckets yet) it only names the subjects.
    """
    folded = Folded()
    if not infos:
        return folded
    documents = {info.document_id for info in infos}
    weights = _copies(session, documents)
    # Where these documents' earlier facts are (for a document that gained a fact).
    before: dict[int, set[int]] = {}
    subjects_before: dict[int, set[str]] = {}
    ordered_documents = sorted(documents) if record else []
    for start in range(0, len(ordered_documents), CHUNK):
        for document_id, bucket_id, subject in session.execute(
            select(BucketFactRow.document_id, BucketFactRow.bucket_id, BucketRow.subject)
            .join(BucketRow, BucketRow.id == BucketFactRow.bucket_id)
            .where(among(session, BucketFactRow.document_id,
                         ordered_documents[start:start + CHUNK]))
        ):
            before.setdefault(document_id, set()).add(bucket_id)
            subjects_before.setdefault(document_id, set()).add(subject)
    keyed: dict[tuple[str, str, str], Bucket] = {}
    filed: list[tuple[FactInfo, tuple[str, str, str]]] = []
    # Each bucket's key is encoded once, not once per fact.
    key_of: dict[tuple[str, str, tuple[Any, ...]], tuple[str, str, str]] = {}
    for info in infos:
        bucket = bucket_of(info)
        identity = (bucket.subject, bucket.family, bucket.identity)
        key = key_of.get(identity)
        if key is None:
            key = key_of[identity] = (bucket.subject, bucket.family, bucket.key)
        keyed.setdefault(key, bucket)
        filed.append((info, key))
    stored = _stored_buckets(session, keyed) if record else {}
    buckets = {key: stored.get(key, bucket) for key, bucket in keyed.items()}
    fresh = [bucket for key, bucket in buckets.items() if key not in stored]
    # Add up, counting each article once per bucket and pair, with its copies.
    seen_bucket: set[tuple[int, tuple[str, str, str]]] = set()
    seen_subject: set[tuple[int, str]] = set()
    totals: dict[tuple[str, str], list[int]] = {}
    for info, key in filed:
        bucket = buckets[key]
        bucket.add_fact(info)
        weight = 1 + weights.get(info.document_id, 0)
        if (info.document_id, key) not in seen_bucket:
            seen_bucket.add((info.document_id, key))
            if bucket.id == 0 or bucket.id not in before.get(info.document_id, ()):
                bucket.sources += weight
        subject = bucket.subject
        total = totals.setdefault(_counter(subject, info.type), [0, 0])
        total[0] += 1
        if ":" in subject and (info.document_id, subject) not in seen_subject:
            seen_subject.add((info.document_id, subject))
            if subject not in subjects_before.get(info.document_id, ()):
                total[1] += weight
        folded.subjects.add(subject)
    _write_buckets(session, fresh, list(stored.values()))
    folded.buckets.update(b.id for b in buckets.values())
    insert_rows(session, BucketFactRow.__table__, ("fact_id", "document_id", "rank", "bucket_id"),
                [(info.fact_id, info.document_id, 7 - info.weight, buckets[key].id)
                 for info, key in filed])
    _add_totals(session, totals)
    made = _link(session, filed, buckets, before)
    if record:
        folded.fresh = {b.id: b for b in fresh}
        folded.facts = [(info, buckets[key].id) for info, key in filed]
        folded.links = made
        folded.weights = {d: 1 + weights.get(d, 0) for d in documents}
        folded.before = {d: ids for d, ids in before.items()}
    return folded


def _counter(subject: str, family: str) -> tuple[str, str]:
    """The ``tracker_subjects`` row counting a fact of this subject and family."""
    return (subject, "pair") if ":" in subject else (subject, family)


def _stored_buckets(session: Session, keyed: dict[tuple[str, str, str], Bucket]
                    ) -> dict[tuple[str, str, str], Bucket]:
    """The stored buckets among ``keyed``, in one query per :data:`CHUNK` keys: the subjects and
    families and keys narrow it down through the unique ``(subject, family, key)`` index, and
    the few rows of another combination are dropped here (one query per subject and family
    cost a round trip each, a hundred or more per catch-up)."""
    found: dict[tuple[str, str, str], Bucket] = {}
    ordered = sorted(keyed)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        for row in session.execute(select(_BUCKETS).where(
                among(session, _BUCKETS.c.subject, sorted({s for s, _, _ in chunk})),
                among(session, _BUCKETS.c.family, sorted({f for _, f, _ in chunk})),
                among(session, _BUCKETS.c.key, sorted({k for _, _, k in chunk})))):
            wanted = (row.subject, row.family, row.key)
            if wanted in keyed:
                found[wanted] = Bucket.from_row(row)
    return found


_BUCKETS = BucketRow.__table__
_BUCKET_TALLY = ("facts", "sources", "best_weight", "best_fact_id", "first_fact_id", "any_firm",
                 "first_published", "last_published", "top_facts", "details")


def _write_buckets(session: Session, fresh: list[Bucket], stored: list[Bucket]) -> None:
    if stored:
        session.execute(
            update(_BUCKETS).where(_BUCKETS.c.id == bindparam("bucket_id"))
            .values({name: bindparam(name) for name in _BUCKET_TALLY}),
            [{"bucket_id": b.id, **{k: v for k, v in b.row().items() if k in _BUCKET_TALLY}}
             for b in stored],
        )
    if fresh and session.get_bind().dialect.name == "postgresql":
        # The ids are drawn from the table's sequence first, so the rows go in as one prepared
        # statement: an INSERT .. RETURNING of many rows is sent as a few huge statements that
        # psycopg parses again each time (about a third of a first catch-up's time there).
        sequence = func.pg_get_serial_sequence(_BUCKETS.name, "id")
        ids = session.scalars(select(func.nextval(sequence))
                              .select_from(func.generate_series(1, len(fresh)))).all()
        for bucket, bucket_id in zip(fresh, ids, strict=True):
            bucket.id = bucket_id
        insert_dict_rows(session, _BUCKETS, [{"id": b.id, **b.row()} for b in fresh])
    elif fresh:
        # Ids are matched by the buckets' unique key: asking for them in parameter order would
        # make SQLite insert the rows one statement each.
        rows = session.execute(
            insert(_BUCKETS).returning(_BUCKETS.c.id, _BUCKETS.c.subject, _BUCKETS.c.family,
                                       _BUCKETS.c.key),
            [b.row() for b in fresh],
        )
        ids = {(row.subject, row.family, row.key): row.id for row in rows}
        for bucket in fresh:
            bucket.id = ids[(bucket.subject, bucket.family, bucket.key)]


def _add_totals(session: Session, totals: dict[tuple[str, str], list[int]]) -> None:
    """Add ``[facts, sources]`` to the running totals of some subjects."""
    add_rows(session, SubjectRow.__table__, ("subject", "family", "facts", "sources"),
             [(s, f, n, m) for (s, f), (n, m) in sorted(totals.items())],
             keys=("subject", "family"), added=("facts", "sources"))


def _link(session: Session, filed: list[tuple[FactInfo, tuple[str, str, str]]],
          buckets: dict[tuple[str, str, str], Bucket], before: dict[int, set[int]]
          ) -> set[tuple[int, int]]:
    """Link the pairs of buckets each document's facts now share (see ``BucketLinkRow``).

    Returns:
        The pairs of bucket ids linked or linked more strongly.
    """
    by_document: dict[int, dict[int, Bucket]] = {}
    for info, key in filed:
        if info.type in PAIR_FAMILIES:
            bucket = buckets[key]
            by_document.setdefault(info.document_id, {})[bucket.id] = bucket
    if not by_document:
        return set()
    old_ids = {b for ids in before.values() for b in ids}
    old = {row.id: Bucket.from_row(row) for row in _rows_by_id(session, old_ids)}
    counted: Counter[tuple[int, int]] = Counter()
    subjects: dict[tuple[int, int], str] = {}
    for document, new in by_document.items():
        earlier = {b: old[b] for b in before.get(document, ()) if b in old}
        every = {**earlier, **new}
        ids = sorted(every)
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                a, b = every[first], every[second]
                if a.subject != b.subject or (first in earlier and second in earlier):
                    continue
                if linked(a, b):
                    counted[(first, second)] += 1
                    subjects[(first, second)] = a.subject
    add_rows(session, BucketLinkRow.__table__, ("first", "second", "subject", "documents"),
             [(a, b, subjects[(a, b)], n) for (a, b), n in sorted(counted.items())],
             keys=("first", "second"), added=("documents",))
    return set(counted)


def _rows_by_id(session: Session, ids: Collection[int]) -> list[BucketRow]:
    ordered = sorted(ids)
    rows: list[BucketRow] = []
    for start in range(0, len(ordered), CHUNK):
        rows += session.scalars(select(BucketRow)
                                .where(among(session, BucketRow.id, ordered[start:start + CHUNK])))
    return rows


def _fold_copies(session: Session, copies: list[tuple[int, int]],
                 fresh: dict[int, Bucket]) -> Folded:
    """A syndicated copy is one more source for every bucket and pair of its story.

    ``fresh`` are the buckets the same fold just made, which merging reads in memory: a
    copy stored with its story adds to them there too.
    """
    folded = Folded()
    per_canonical = Counter(canonical for _, canonical in copies)
    canonicals = sorted(per_canonical)
    bucket_sources: Counter[int] = Counter()
    totals: dict[tuple[str, str], list[int]] = {}
    for start in range(0, len(canonicals), CHUNK):
        rows = session.execute(
            select(BucketFactRow.document_id, BucketFactRow.bucket_id, BucketRow.subject)
            .join(BucketRow, BucketRow.id == BucketFactRow.bucket_id)
            .where(among(session, BucketFactRow.document_id, canonicals[start:start + CHUNK]))
            .distinct()
        ).all()
        seen_subjects: set[tuple[int, str]] = set()
        for canonical, bucket_id, subject in rows:
            bucket_sources[bucket_id] += per_canonical[canonical]
            folded.copy_buckets.setdefault(canonical, set()).add(bucket_id)
            if ":" in subject and (canonical, subject) not in seen_subjects:
                seen_subjects.add((canonical, subject))
                totals.setdefault((subject, "pair"), [0, 0])[1] += per_canonical[canonical]
            folded.subjects.add(subject)
    for bucket_id, added in bucket_sources.items():
        if bucket_id in fresh:
            fresh[bucket_id].sources += added
    if bucket_sources:
        session.execute(
            update(_BUCKETS).where(_BUCKETS.c.id == bindparam("bucket_id"))
            .values(sources=_BUCKETS.c.sources + bindparam("added")),
            [{"bucket_id": b, "added": n} for b, n in sorted(bucket_sources.items())],
        )
    _add_totals(session, totals)
    folded.buckets.update(bucket_sources)
    folded.copies = {c: per_canonical[c] for c in folded.copy_buckets}
    return folded


# --- country rows ----------------------------------------------------------------------------

def refresh_countries(session: Session, countries: list[str], now: dt.datetime) -> None:
    """Recompute the rows of some countries from the pair, event and bucket rows.

    Args:
        session: an open session; the caller commits.
        countries: ISO3 codes, sorted; pairs must be merged first.
        now: the ``updated_at`` to write.
    """
    for start in range(0, len(countries), CHUNK):
        chunk = countries[start:start + CHUNK]
        session.execute(delete(CountryRow).where(CountryRow.iso3.in_(chunk)))
        rows = [row for row in _country_rows(session, chunk, now) if _has_data(row)]
        insert_dict_rows(session, CountryRow.__table__, rows)


def _country_rows(session: Session, countries: list[str], now: dt.datetime) -> list[dict]:
    rows = {
        iso3: {"iso3": iso3, "pairs_as_deporting": 0, "pairs_as_receiving": 0,
               "receiving_stage": None, "disputed": False, "legal_action_reports": 0,
               "rights_concern_reports": 0, "updated_at": now}
        for iso3 in countries
    }
    pairs = session.execute(
        select(PairStatusRow.deporting_country, PairStatusRow.receiving_country,
               PairStatusRow.stage, PairStatusRow.disputed)
        .where(or_(PairStatusRow.deporting_country.in_(countries),
                   PairStatusRow.receiving_country.in_(countries)))
    ).all()
    for deporting, receiving, stage, disputed in pairs:
        if deporting in rows:
            rows[deporting]["pairs_as_deporting"] += 1
            rows[deporting]["disputed"] |= disputed
        if receiving in rows:
            row = rows[receiving]
            row["pairs_as_receiving"] += 1
            row["disputed"] |= disputed
            row["receiving_stage"] = min(
                (s for s in (row["receiving_stage"], stage) if s), key=RECEIVING_STAGE_ORDER.index
            )
    for prefix, column in (("received", RemovalEventRow.receiving_country),
                           ("sent", RemovalEventRow.deporting_country)):
        totals = removal_totals_by(session, column, countries)
        for iso3, row in rows.items():
            total = totals.get(iso3, CountTotal())
            row.update({f"{prefix}_events": total.events, f"{prefix}_value": total.value,
                        f"{prefix}_qualifier": total.qualifier,
                        f"{prefix}_unknown": total.unknown_events})
    counted = session.execute(
        select(SubjectRow.subject, SubjectRow.family, SubjectRow.facts)
        .where(SubjectRow.subject.in_(countries), SubjectRow.family.in_(COUNTRY_FAMILIES))
    ).all()
    for iso3, family, number in counted:
        rows[iso3][f"{family}_reports"] = number
    return list(rows.values())


def removal_totals_by(
    session: Session, column: Any, countries: Collection[str] | None = None
) -> dict[str, CountTotal]:
    """Add up firm removal events per value of one of their country columns.

    Args:
        session: an open session.
        column: ``RemovalEventRow.receiving_country`` or ``RemovalEventRow.deporting_country``.
        countries: only these ISO3 codes; all when None.

    Returns:
        A total per country that has firm removal events.
    """
    statement = _firm_removal_groups(column)
    if countries is not None:
        statement = statement.where(column.in_(list(countries)))
    groups: dict[str, list[tuple[str | None, int, int]]] = {}
    for iso3, qualifier, has_count, events, value in session.execute(statement):
        groups.setdefault(iso3, []).append(_group(qualifier, has_count, events, value))
    return {iso3: total_of_groups(parts) for iso3, parts in groups.items()}


def firm_removal_total(session: Session) -> CountTotal:
    """Add up all firm removal events."""
    rows = session.execute(_firm_removal_groups()).all()
    return total_of_groups(_group(*row) for row in rows)


def _firm_removal_groups(*by: Any) -> Select[Any]:
    known = RemovalEventRow.count.is_not(None)
    return (
        select(*by, RemovalEventRow.count_qualifier, known, func.count(),
               func.coalesce(func.sum(RemovalEventRow.count), 0))
        .where(RemovalEventRow.firm.is_(True))
        .group_by(*by, RemovalEventRow.count_qualifier, known)
    )


def _group(
    qualifier: str | None, has_count: bool, events: int, value: int
) -> tuple[str | None, int, int]:
    return ((qualifier or "exact") if has_count else None, events, int(value))


def _has_data(row: dict[str, Any]) -> bool:
    return any(row[key] for key in ("pairs_as_deporting", "pairs_as_receiving",
                                    "received_events", "sent_events", "legal_action_reports",
                                    "rights_concern_reports"))
