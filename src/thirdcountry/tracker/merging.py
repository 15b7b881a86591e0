"""Merge a subject's buckets into its rows, in O(what changed) when nothing moves.

After folding (``tracker.materialise``) each subject a batch touched is merged again.

**Incrementally** when the batch only added facts to buckets that are already merged, or made
buckets whose place follows from the stored entries alone. A new bucket comes last in the
merge order among those of its date's precision, so it moves nothing else as long as it joins
an entry without changing what later buckets look at: an undated report joins the latest
stage entry its article could know of (or the undated one), or the latest removal it fits; a
dated report joins the stage entry of a more precise compatible date, the removal of a
compatible date whose counts it does not narrow, or the first legal action that fits; a
report of a stage or rights concern nobody reported before starts its own entry. The new facts
are then added to the stored tallies of their entries, and the pair's entries are weighed again
(``tracker.layout.arrange``) from the small columns of every entry and the links between them:
never from its buckets or facts.

**By regrouping** otherwise (a report that starts a removal or a legal action, or narrows what a
removal's count can mean, a refolded subject): the subject's buckets are grouped again from
their keys; entries whose buckets did not change keep their stored tallies, the others are
added up from their buckets.

Either way the rows written are those a rebuild writes: entries, removal events and the facts
reporting them, entry links, disputes, the pair's status.
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Select,
    bindparam,
    delete,
    except_,
    func,
    insert,
    intersect,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from thirdcountry.store.tables import Document
from thirdcountry.tracker.buckets import COUNTRY_FAMILIES, PAIR_FAMILIES, Bucket, FactInfo
from thirdcountry.tracker.counts import CountRange, CountTotal, count_range, total_of_groups
from thirdcountry.tracker.dates import PartialDate, date_fits, parse_lenient
from thirdcountry.tracker.layout import (
    Entry,
    PairLayout,
    arrange,
    concern_entries,
    finish_entry,
    legal_clusters,
    range_json,
    range_of,
    removal_clusters,
    same_court,
    stage_clusters,
    stage_groups,
)
from thirdcountry.tracker.materialise import Folded
from thirdcountry.tracker.plain_writes import (
    insert_dict_rows,
    insert_rows,
    set_column_by_id,
)
from thirdcountry.tracker.records import CERTAINTY_RANK, CHUNK, among
from thirdcountry.tracker.tables import (
    BucketFactRow,
    BucketLinkRow,
    BucketRow,
    DisputeRow,
    EntryLinkRow,
    EntryRow,
    PairStatusRow,
    RemovalEventFactRow,
    RemovalEventRow,
    SubjectRow,
)

logger = logging.getLogger(__name__)

_ENTRIES = EntryRow.__table__
_EVENTS = RemovalEventRow.__table__
_BUCKETS = BucketRow.__table__
_EVENT_FACTS = RemovalEventFactRow.__table__
_ENTRY_LINK_COLUMNS = ("first", "second", "subject")
_ENTRY_COLUMNS = tuple(c.name for c in _ENTRIES.columns if c.name != "id")
_EVENT_COLUMNS = tuple(c.name for c in _EVENTS.columns if c.name != "id")
# What arranging needs of an entry that gains nothing (plus its removal's count, joined).
_LIGHT = tuple(c for c in _ENTRIES.columns if c.name not in ("buckets", "top_facts", "details"))
# The columns arranging may change on such an entry.
_ARRANGED = ("position", "kind", "placed", "disputed", "current")


class Regroup(Exception):
    """What a batch changed may move other buckets: the subject is regrouped."""


def merge_subjects(session: Session, folded: Folded, now: dt.datetime) -> None:
    """Merge the subjects folding changed and write what changed.

    Args:
        session: an open session; the caller commits.
        folded: what folding changed.
        now: the ``updated_at`` to write.
    """
    subject_of = {b.id: b.subject for b in folded.fresh.values()}
    missing = {bucket for _, bucket in folded.facts} | set(folded.buckets)
    missing |= {b for buckets in folded.copy_buckets.values() for b in buckets}
    missing |= {b for buckets in folded.before.values() for b in buckets}
    missing |= {b for pair in folded.links for b in pair}
    subject_of.update(_subjects_of(session, missing - set(subject_of)))
    changes = {subject: _Change(subject, subject in folded.refolded, folded.weights)
               for subject in folded.subjects}
    for bucket in folded.fresh.values():
        changes[bucket.subject].fresh.append(bucket)
        changes[bucket.subject].fresh_ids.add(bucket.id)
    for info, bucket in folded.facts:
        changes[subject_of[bucket]].facts.append((info, bucket))
    for bucket in folded.buckets:
        changes[subject_of[bucket]].touched.add(bucket)
    for first, second in folded.links:
        changes[subject_of[first]].links.append((first, second))
    for document, buckets in folded.before.items():
        for bucket in buckets:
            change = changes.get(subject_of.get(bucket, ""))
            if change is not None:
                change.before.setdefault(document, set()).add(bucket)
    for canonical, buckets in folded.copy_buckets.items():
        for bucket in buckets:
            n = folded.copies.get(canonical, 0)
            changes[subject_of[bucket]].copies.setdefault(canonical, (n, set()))[1].add(bucket)
    new_pairs = _new_pairs(session, [c for s, c in changes.items() if ":" in s])
    _load_stored_buckets(session, [changes[s] for s in sorted(new_pairs) if changes[s].refolded])
    new_countries = _new_countries(session, [c for s, c in changes.items() if ":" not in s])
    for subject in sorted(changes):
        if subject in new_pairs or subject in new_countries:
            continue
        if ":" in subject:
            _merge_pair(session, changes[subject], now)
        else:
            _merge_country(session, changes[subject])
    _merge_new_pairs(session, [changes[s] for s in sorted(new_pairs)], now)
    _merge_new_countries(session, [changes[s] for s in sorted(new_countries)])


def _subjects_of(session: Session, buckets: Collection[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(buckets)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        found.update(session.execute(select(BucketRow.id, BucketRow.subject)
                                     .where(among(session, BucketRow.id, chunk))).all())
    return found


class _Change:
    """What a batch changed in one subject (see ``materialise.Folded``): its new buckets,
    the facts filed (with their buckets), the buckets that gained facts or sources, the bucket
    links made, the buckets the batch's documents were in before, and new copies (with their
    canonical document's buckets)."""

    def __init__(self, subject: str, refolded: bool, weights: dict[int, int]) -> None:
        self.subject = subject
        self.refolded = refolded
        self.fresh: list[Bucket] = []
        self.fresh_ids: set[int] = set()
        self.facts: list[tuple[FactInfo, int]] = []
        self.touched: set[int] = set()
        self.links: list[tuple[int, int]] = []
        self.weights = weights
        self.before: dict[int, set[int]] = {}
        self.copies: dict[int, tuple[int, set[int]]] = {}
        # A new subject merged from its stored buckets: (fact id, bucket id) of all its facts.
        self.stored_facts: list[tuple[int, int]] | None = None

    def filed(self) -> list[tuple[int, int]]:
        """(fact id, bucket id) of the facts to link to removal events."""
        if self.stored_facts is not None:
            return self.stored_facts
        return [(info.fact_id, bucket) for info, bucket in self.facts]

    def known(self) -> set[int]:
        """The stored buckets the batch adds to or links to."""
        known = set(self.touched)
        known |= {b for ids in self.before.values() for b in ids}
        known |= {b for _, ids in self.copies.values() for b in ids}
        known |= {b for pair in self.links for b in pair}
        return known - self.fresh_ids


# --- entries as stored -----------------------------------------------------------------------

def entry_row(subject: str, position: int, entry: Entry) -> dict[str, Any]:
    """An entry (with its tally) as a ``tracker_entries`` row."""
    state: dict[str, Any] = {"any_firm": entry.any_firm}
    state.update({k: v for k, v in entry.state.items() if k in ("index", "range", "ranges")})
    if entry.family == "removal":
        state["count_disputed"] = entry.count_disputed
    elif entry.family == "legal_action":
        state.update(court=sorted(entry.court), outcome=entry.outcome)
    return {
        "id": entry.key, "subject": subject, "family": entry.family, "position": position,
        "stage": entry.stage, "kind": entry.kind, "date": _text(entry.date),
        "placed": _text(entry.placed), "certainty": entry.certainty, "curated": entry.curated,
        "firm": entry.firm, "disputed": entry.disputed, "current": entry.current,
        "facts": entry.facts, "sources": entry.sources, "best_fact_id": entry.best_fact_id,
        "first_published": _text(entry.first_published),
        "last_published": _text(entry.last_published),
        "buckets": sorted(entry.bucket_ids), "top_facts": [list(t) for t in entry.top],
        "details": entry.details(), "state": state,
    }


def stored_entry(row: Any) -> Entry:
    """An entry read back from its ``tracker_entries`` row; from a light row (without its
    tally, joined with its removal event's count) the entry is not ``loaded``."""
    state = row.state or {}
    entry = Entry(family=row.family, stage=row.stage, date=parse_lenient(row.date),
                  firm=row.firm, kind=row.kind, placed=parse_lenient(row.placed),
                  disputed=row.disputed, current=row.current, sources=row.sources,
                  state={k: v for k, v in state.items() if k in ("index", "range", "ranges")})
    entry.facts = row.facts
    entry.best = (4 * row.curated + CERTAINTY_RANK[row.certainty], -row.best_fact_id)
    entry.first_fact_id = row.id
    entry.any_firm = state.get("any_firm", row.firm)
    entry.first_published = parse_lenient(row.first_published)
    entry.last_published = parse_lenient(row.last_published)
    entry.count_disputed = state.get("count_disputed", False)
    entry.court = frozenset(state.get("court", ()))
    entry.outcome = state.get("outcome")
    if "details" in row._fields:
        _load(entry, row)
    else:
        entry.loaded = False
        if entry.family == "removal":
            entry.count, entry.count_qualifier = row.event_count, row.event_qualifier
    return entry


def _load(entry: Entry, row: Any) -> None:
    """Give an entry read without its tally the rest of it (what placing it changed stays)."""
    entry.stored = row
    entry.top = [(w, i) for w, i in row.top_facts]
    entry.bucket_ids = list(row.buckets) + entry.bucket_ids
    entry.load_details(row.details or {})
    entry.loaded = True
    if entry.family == "removal":
        finish_entry(entry)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _light(session: Session, subject: str, families: Sequence[str]) -> dict[int, Any]:
    """A subject's entries without their tallies, each removal with its event's count."""
    return {row.id: row for row in session.execute(
        select(*_LIGHT, _EVENTS.c.count.label("event_count"),
               _EVENTS.c.count_qualifier.label("event_qualifier"))
        .outerjoin(_EVENTS, _EVENTS.c.id == _ENTRIES.c.id)
        .where(_ENTRIES.c.subject == subject, _ENTRIES.c.family.in_(list(families))))}


def _full(session: Session, keys: Collection[int]) -> dict[int, Any]:
    ordered = sorted(keys)
    return {row.id: row for start in range(0, len(ordered), CHUNK) for row in session.execute(
        select(_ENTRIES).where(among(session, _ENTRIES.c.id, ordered[start:start + CHUNK])))}


def _load_all(session: Session, entries: Iterable[Entry]) -> None:
    """Load the tallies of the entries not loaded yet (in one query)."""
    wanted = {e.key: e for e in entries if not e.loaded}
    for key, row in _full(session, wanted).items():
        _load(wanted[key], row)


class _LinkedEntries:
    """The entry links half of ``layout.Documents``: which entries share an article."""

    def __init__(self, links: Iterable[tuple[int, int]]) -> None:
        self._linked: dict[int, set[int]] = {}
        for a, b in links:
            self._linked.setdefault(a, set()).add(b)
            self._linked.setdefault(b, set()).add(a)

    def linked(self, entry: Entry) -> set[int]:
        return self._linked.get(entry.key, set())


class EntryDocuments(_LinkedEntries):
    """``layout.Documents`` from the stored entry links and, for exact counts, the facts."""

    def __init__(self, session: Session, links: Iterable[tuple[int, int]]) -> None:
        super().__init__(links)
        self._session = session
        self._buckets: dict[int, list[int]] = {}

    def _documents(self, entry: Entry) -> Select[Any]:
        buckets = entry.bucket_ids
        if not entry.loaded:
            if entry.key not in self._buckets:
                self._buckets[entry.key] = self._session.scalar(
                    select(_ENTRIES.c.buckets).where(_ENTRIES.c.id == entry.key)) or []
            buckets = self._buckets[entry.key]
        return select(BucketFactRow.document_id).where(BucketFactRow.bucket_id.in_(buckets))

    def shared(self, a: Entry, b: Entry) -> tuple[int, int]:
        both = sorted(self._session.scalars(intersect(self._documents(a), self._documents(b))))
        return len(both) + sum(_copies(self._session, both).values()), both[0]

    def same(self, a: Entry, b: Entry) -> bool:
        if b.key not in self.linked(a):
            return False
        for first, second in ((a, b), (b, a)):
            if self._session.execute(except_(self._documents(first),
                                             self._documents(second)).limit(1)).first():
                return False
        return True


def _copies(session: Session, documents: Sequence[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(documents), CHUNK):
        rows = session.execute(
            select(Document.canonical_id, func.count())
            .where(among(session, Document.canonical_id, documents[start:start + CHUNK]))
            .group_by(Document.canonical_id))
        found.update((canonical, n) for canonical, n in rows)
    return found


class KnownDocuments(_LinkedEntries):
    """``layout.Documents`` of some entries whose articles were all read at once (see
    :func:`read_documents`), for pairs merged together: asking the database about each pair
    of entries ``arrange`` compares cost two queries a comparison."""

    def __init__(self, documents: dict[int, set[int]], copies: dict[int, int],
                 links: Iterable[tuple[int, int]]) -> None:
        super().__init__(links)
        self._documents = documents
        self._copies = copies

    def shared(self, a: Entry, b: Entry) -> tuple[int, int]:
        both = self._documents[a.key] & self._documents[b.key]
        return len(both) + sum(self._copies.get(d, 0) for d in both), min(both)

    def same(self, a: Entry, b: Entry) -> bool:
        return (b.key in self.linked(a)
                and self._documents[a.key] == self._documents[b.key])


def read_documents(session: Session, entries: Sequence[Entry]
                   ) -> tuple[dict[int, set[int]], dict[int, int]]:
    """The articles behind each entry's facts (by entry key), and the syndicated copies of
    each of those articles that have any, in one query per :data:`CHUNK` buckets and
    articles."""
    entry_of = {b: e.key for e in entries for b in e.bucket_ids}
    documents: dict[int, set[int]] = {e.key: set() for e in entries}
    buckets = sorted(entry_of)
    for start in range(0, len(buckets), CHUNK):
        for bucket, document in session.execute(
                select(BucketFactRow.bucket_id, BucketFactRow.document_id)
                .where(among(session, BucketFactRow.bucket_id, buckets[start:start + CHUNK]))):
            documents[entry_of[bucket]].add(document)
    copies = _copies(session, sorted({d for found in documents.values() for d in found}))
    return documents, copies


def _count_sources(session: Session, entries: Sequence[Entry]) -> dict[int, int]:
    """Distinct articles and copies behind each entry's facts (counted from the facts)."""
    documents, copies = read_documents(session, entries)
    return _sources_of(documents, copies)


def _sources_of(documents: dict[int, set[int]], copies: dict[int, int]) -> dict[int, int]:
    return {key: len(found) + sum(copies.get(d, 0) for d in found)
            for key, found in documents.items()}


# --- pairs -----------------------------------------------------------------------------------

def _merge_pair(session: Session, change: _Change, now: dt.datetime) -> None:
    try:
        if change.refolded:
            raise Regroup("refolded")
        if change.fresh and not change.known() and session.execute(
                select(_ENTRIES.c.id).where(_ENTRIES.c.subject == change.subject).limit(1)
        ).first() is None:
            raise Regroup("new")
        update_ = _update_pair(session, change)
    except Regroup as reason:
        logger.debug("regrouping %s: %s", change.subject, reason)
        light = _light(session, change.subject, PAIR_FAMILIES)
        entries, moved = _regroup(session, change, light)
    else:
        if update_.quiet:
            logger.debug("merged %s quietly", change.subject)
            _write_quiet(session, change, update_, now)
            return
        light = _light(session, change.subject, PAIR_FAMILIES)
        entries = dict(update_.entries)
        for key, row in light.items():
            if key not in entries:
                entries[key] = stored_entry(row)
        moved = update_.moved
        # The pair's kind may be what most reports of its stages say: read their tallies.
        _load_all(session, [e for e in entries.values() if not e.is_removal])
    links = session.execute(select(EntryLinkRow.first, EntryLinkRow.second)
                            .where(EntryLinkRow.subject == change.subject)).all()
    layout = arrange(list(entries.values()), EntryDocuments(session, links))
    _write_pair(session, change, light, layout, moved, now)


class _Update:
    """What merging a batch into a pair's stored entries did.

    Attributes:
        entries: the entries read (those the batch adds to loaded) and made, by key.
        moved: the entry of each new bucket.
        touched: the keys of the entries the batch added to.
        quiet: nothing ``arrange`` looks at changed, so the pair's order, status and
            disputes stay as stored.
    """

    def __init__(self, entries: dict[int, Entry], moved: dict[int, int], touched: set[int],
                 quiet: bool) -> None:
        self.entries, self.moved, self.touched, self.quiet = entries, moved, touched, quiet


def _arranging(entry: Entry) -> tuple[Any, ...]:
    """What ``arrange`` looks at of an entry (besides the links between entries)."""
    return (entry.best[0], None if entry.is_removal else entry.kind, entry.firm,
            entry.any_firm, entry.count_disputed, entry.first_published, entry.date,
            entry.stage)


def _update_pair(session: Session, change: _Change) -> _Update:
    """Merge a batch into a pair's stored entries, reading only the entries it adds to (and,
    to place new buckets, those they may join); :class:`Regroup` if that cannot be done."""
    known = change.known()
    keys = _bucket_entries(session, known)
    wanted = {key for key in keys.values() if key is not None}
    registry = {key: stored_entry(row) for key, row in _full(session, wanted).items()}
    if any(keys.get(b) not in registry for b in known):
        raise Regroup("a bucket without an entry")
    entry_of = {b: registry[key] for b, key in keys.items()}
    fresh = sorted(change.fresh, key=lambda b: (b.family != "arrangement",
                                                -(b.date.precision if b.date else 0),
                                                b.first_fact_id))
    of_pair = (_ENTRIES.c.subject == change.subject,)
    if any(b.family == "arrangement" for b in fresh):
        for row in session.execute(select(_ENTRIES).where(*of_pair,
                                                          _ENTRIES.c.family == "arrangement")):
            registry.setdefault(row.id, stored_entry(row))
    if any(b.family == "removal" for b in fresh):
        for key, row in _light(session, change.subject, ("removal",)).items():
            registry.setdefault(key, stored_entry(row))
    before = {key: _arranging(entry) for key, entry in registry.items()}
    every = list(registry.values())
    made = False
    for bucket in fresh:
        entry = _place_pair(bucket, every)
        if entry not in every:
            every.append(entry)
            made = True
        _load_all(session, [entry])
        entry.bucket_ids.append(bucket.id)
        entry_of[bucket.id] = entry
    _add_facts(change, entry_of)
    linked = _add_links(session, change, entry_of)
    touched = {e.key for e in entry_of.values()}
    quiet = not made and not linked and all(
        before.get(e.key) == _arranging(e) for e in entry_of.values())
    if quiet:
        quiet = not _may_rearrange(session, change.subject, [entry_of[b] for b in entry_of])
    return _Update({e.key: e for e in every}, {b.id: entry_of[b.id].key for b in fresh},
                   touched, quiet)


def _may_rearrange(session: Session, subject: str, entries: list[Entry]) -> bool:
    """Whether articles added to these entries may change what ``arrange`` finds even though
    nothing else about them changed: whether one article says both an agreement and a
    refusal, which agreements a removal's articles back most, the pair's kind by counts."""
    of_pair = (_ENTRIES.c.subject == subject, _ENTRIES.c.family == "arrangement")
    sides = [e for e in entries
             if e.firm and (e.is_removal or e.stage in ("declined", "close", "agreed",
                                                         "implemented"))]
    if sides and session.execute(select(_ENTRIES.c.id).where(
            *of_pair, _ENTRIES.c.stage == "declined", _ENTRIES.c.firm.is_(True)).limit(1)
    ).first():
        return True
    if sides and (session.scalar(select(func.count(func.distinct(_ENTRIES.c.kind))).where(
            *of_pair, _ENTRIES.c.firm.is_(True),
            _ENTRIES.c.stage.in_(("close", "agreed", "implemented")),
            _ENTRIES.c.kind.not_in(("unspecified",)))) or 0) > 1:
        return True
    if any(not e.is_removal for e in entries):
        kind = session.scalar(select(_ENTRIES.c.kind).where(_ENTRIES.c.subject == subject,
                                                            _ENTRIES.c.current.is_(True)))
        if kind in (None, "unspecified"):
            return True  # the pair's kind is what most reports say
    return False


def _write_quiet(session: Session, change: _Change, update_: _Update, now: dt.datetime) -> None:
    """Write a batch that changed no entry's place: the entries it added to, their removal
    events, and the pair's counts."""
    subject = change.subject
    deporting, receiving = subject[:3], subject[4:]
    touched = [update_.entries[key] for key in sorted(update_.touched)]
    rows = [entry_row(subject, e.stored.position, e) for e in touched]
    changed = [row for row, e in zip(rows, touched, strict=True)
               if any(getattr(e.stored, name) != row[name] for name in _ENTRY_COLUMNS)]
    _update_entries(session, changed)
    _write_bucket_entries(session, update_.moved)
    events = [e for e in touched if e.is_removal]
    if events:
        session.execute(
            update(_EVENTS).where(_EVENTS.c.id == bindparam("event_id"))
            .values({name: bindparam(name) for name in _EVENT_COLUMNS}),
            [{"event_id": e.key, **{k: v for k, v in _event_row(deporting, receiving, e).items()
                                    if k != "id"}} for e in events],
        )
        event_of = {b: e.key for e in events for b in e.bucket_ids}
        _insert_event_facts(session, [(info.fact_id, event_of[b]) for info, b in change.facts
                                      if b in event_of])
    facts, sources = session.execute(
        select(SubjectRow.facts, SubjectRow.sources)
        .where(SubjectRow.subject == subject, SubjectRow.family == "pair")).first() or (0, 0)
    total = _pair_removals(session, deporting, receiving)
    session.execute(
        update(PairStatusRow.__table__)
        .where(PairStatusRow.__table__.c.deporting_country == deporting,
               PairStatusRow.__table__.c.receiving_country == receiving)
        .values(facts=facts, sources=sources, removal_events=total.events,
                removals_value=total.value, removals_qualifier=total.qualifier,
                removals_unknown=total.unknown_events, updated_at=now))


def _pair_removals(session: Session, deporting: str, receiving: str) -> CountTotal:
    """The pair's firm removal events added up (as ``tracker.counts`` adds them)."""
    known = _EVENTS.c.count.is_not(None)
    rows = session.execute(
        select(_EVENTS.c.count_qualifier, known, func.count(),
               func.coalesce(func.sum(_EVENTS.c.count), 0))
        .where(_EVENTS.c.deporting_country == deporting, _EVENTS.c.receiving_country == receiving,
               _EVENTS.c.firm.is_(True))
        .group_by(_EVENTS.c.count_qualifier, known))
    return total_of_groups(((q or "exact") if has else None, n, int(value))
                           for q, has, n, value in rows)


def _bucket_entries(session: Session, buckets: Collection[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    ordered = sorted(buckets)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        found.update(session.execute(select(BucketRow.id, BucketRow.entry)
                                     .where(among(session, BucketRow.id, chunk))).all())
    return found


def _add_facts(change: _Change, entry_of: dict[int, Entry]) -> None:
    """Add the batch's facts and sources to their entries' tallies."""
    touched: dict[int, Entry] = {}
    documents: dict[int, dict[int, Entry]] = {}
    for info, bucket in change.facts:
        entry = entry_of[bucket]
        entry.add_fact(info)
        touched[id(entry)] = entry
        documents.setdefault(info.document_id, {})[id(entry)] = entry
    for document, found in documents.items():
        earlier = {id(entry_of[b]) for b in change.before.get(document, ()) if b in entry_of}
        for key, entry in found.items():
            if key not in earlier and entry.family == "removal":
                entry.sources = (entry.sources or 0) + change.weights.get(document, 1)
    for n, buckets in change.copies.values():
        for entry in {id(entry_of[b]): entry_of[b] for b in buckets if b in entry_of}.values():
            touched[id(entry)] = entry
            if entry.family == "removal":
                entry.sources = (entry.sources or 0) + n
    for entry in touched.values():
        finish_entry(entry)


def _add_links(session: Session, change: _Change, entry_of: dict[int, Entry]) -> bool:
    """Link the entries of the batch's linked buckets; whether any link is new."""
    pairs = set()
    for a, b in change.links:
        first, second = entry_of[a].key, entry_of[b].key
        if first != second:
            pairs.add((min(first, second), max(first, second)))
    if not pairs:
        return False
    ordered = sorted(pairs)
    for start in range(0, len(ordered), CHUNK):
        pairs -= {(a, b) for a, b in session.execute(
            select(EntryLinkRow.first, EntryLinkRow.second)
            .where(tuple_(EntryLinkRow.first, EntryLinkRow.second)
                   .in_(ordered[start:start + CHUNK])))}
    if pairs:
        session.execute(insert(EntryLinkRow), [{"first": a, "second": b, "subject": change.subject}
                                               for a, b in sorted(pairs)])
    return bool(pairs)


def _new_entry(bucket: Bucket, **fields: Any) -> Entry:
    entry = Entry(family=bucket.family, date=bucket.date, **fields)
    if bucket.family in ("removal", "rights_concern"):
        entry.sources = 0
    return entry


def _place_pair(bucket: Bucket, entries: list[Entry]) -> Entry:
    if bucket.family == "arrangement":
        return _place_stage(bucket, entries)
    return _place_removal(bucket, entries)


def _place_stage(bucket: Bucket, entries: list[Entry]) -> Entry:
    """The stage entry a new arrangement bucket joins, or a new one (see the module doc)."""
    group = stage_groups(entries).get((bucket.stage or "", bucket.firm))
    if not group:
        return _new_entry(bucket, stage=bucket.stage, firm=bucket.firm)
    dated = [e for e in group if e.date is not None]
    if bucket.date is not None:
        # The latest entry of a more precise date it is a prefix of; else it starts one,
        # which reports of less precise dates (and undated ones) may then join.
        fitting = [e for e in dated if _within(e.date, bucket.date)]
        if not fitting:
            raise Regroup("a new date of a stage")
        return max(fitting, key=lambda e: e.date or PartialDate(0))
    starts = [e.date.first_day() for e in dated if e.date is not None]
    published = bucket.published
    known = len(starts) if published is None else bisect_right(starts, published.last_day())
    if known:
        return dated[known - 1]
    undated = [e for e in group if e.date is None]
    return undated[0] if undated else _new_entry(bucket, stage=bucket.stage, firm=bucket.firm)


def _within(date: PartialDate | None, prefix: PartialDate) -> bool:
    """Whether ``date`` is ``prefix`` or more precise and starts with it."""
    if date is None or date.precision < prefix.precision:
        return False
    return date.prefixes()[prefix.precision - 1] == prefix.prefixes()[-1]


def _place_removal(bucket: Bucket, entries: list[Entry]) -> Entry:
    """The removal event a new removal bucket joins, or a new one (see the module doc)."""
    events = [e for e in entries if e.is_removal]
    counted = count_range(bucket.count, bucket.count_qualifier)
    if bucket.date is not None:
        return _place_dated_removal(bucket, events, counted)
    published = bucket.published
    latest = published.last_day() if published else None
    clusters = sorted(events, key=lambda e: e.state.get("index", 0))
    fitting: list[Entry] = []
    if counted is None:
        # Any event fits a report without a count: the latest known one, else the first
        # undated one (as ``layout._join_undated``).
        dated = sorted((e for e in clusters if e.date is not None), key=_latest_first)
        keys = [_latest_first(e) for e in dated]
        known = len(dated) if latest is None else bisect_right(keys, (latest, 0))
        if known:
            return dated[known - 1]
        undated = [e for e in clusters if e.date is None]
        if undated:
            return undated[0]
    else:
        fitting = [e for e in clusters
                   if (latest is None or _start(e) <= latest)
                   and ((span := _range(e)) is None or span.overlaps(counted))]
    if fitting:
        event = max(fitting, key=_latest_first)
        span = _range(event)
        if counted is not None:
            _set_range(event, counted if span is None else span.intersect(counted))
        return event
    event = _new_entry(bucket, stage="implemented")
    event.state = {"index": len(clusters)}
    _set_range(event, counted)
    return event


def _place_dated_removal(bucket: Bucket, events: list[Entry], counted: CountRange | None
                         ) -> Entry:
    """A dated removal bucket joins a removal of a compatible date as ``removal_clusters``
    joins it, last among the reports of its date's precision (against the counts each removal
    could mean then); :class:`Regroup` when it starts a removal or narrows those counts
    (reports taken after it may then move)."""
    date = bucket.date
    assert date is not None
    day = date.precision == 3
    best: tuple[tuple[bool, str, int], Entry, bool] | None = None
    for event in events:
        if not _within(event.date, date):
            continue
        span = range_of(event.state.get("ranges", {}).get(str(date.precision)))
        same_date = event.date == date
        fits = counted is None or span is None or span.overlaps(counted)
        if not fits and not (same_date and day):
            continue
        rank = (same_date, _start(event), -event.state.get("index", 0))
        if best is None or rank > best[0]:
            best = (rank, event, not fits)
    if best is None:
        raise Regroup("a new removal")
    event, conflict = best[1], best[2]
    span = range_of(event.state.get("ranges", {}).get(str(date.precision)))
    if conflict:
        event.count_disputed = True
    elif counted is not None and (span is None or span.intersect(counted) != span):
        raise Regroup("narrower counts of a removal")
    return event


def _start(event: Entry) -> str:
    return event.date.first_day() if event.date else ""


def _latest_first(event: Entry) -> tuple[str, int]:
    return (_start(event), -event.state.get("index", 0))


def _range(event: Entry) -> CountRange | None:
    return range_of(event.state.get("range"))


def _set_range(event: Entry, span: CountRange | None) -> None:
    event.state["range"] = range_json(span)


def _regroup(session: Session, change: _Change, light: dict[int, Any]
             ) -> tuple[dict[int, Entry], dict[int, int]]:
    """Group a subject's buckets again; keep the stored tallies of entries that did not change.

    Returns:
        The entries by key, and the entry key of each bucket whose entry changed.
    """
    pair = ":" in change.subject
    # A subject seen for the first time: every bucket is new and its tally at hand.
    new = not light and not change.refolded and not change.known()
    buckets = change.fresh if new else _light_buckets(
        session, change.subject, PAIR_FAMILIES if pair else COUNTRY_FAMILIES)
    if pair:
        entries = _cluster_pair(buckets)
    else:
        entries = legal_clusters(b for b in buckets if b.family == "legal_action")
        entries += concern_entries(b for b in buckets if b.family == "rights_concern")
    moved = {b.id: e.key for e in entries for b in e.buckets if b.entry != e.key}
    if new:
        sources = _count_sources(session, [e for e in entries if e.family == "removal"])
        for entry in entries:
            if entry.family == "removal":
                entry.sources = sources[entry.key]
    else:
        _fill_tallies(session, change, light, entries)
    if ":" in change.subject:
        _relink(session, change.subject, entries)
    return {e.key: e for e in entries}, moved


def _cluster_pair(buckets: Sequence[Bucket]) -> list[Entry]:
    entries = stage_clusters(b for b in buckets if b.family == "arrangement")
    return entries + removal_clusters(b for b in buckets if b.family == "removal")


def _light_buckets(session: Session, subject: str, families: Sequence[str]) -> list[Bucket]:
    """A subject's buckets with only what grouping looks at (and the entry they are in)."""
    legal = "legal_action" in families
    rows = session.execute(
        select(BucketRow.id, BucketRow.family, BucketRow.stage, BucketRow.firm, BucketRow.date,
               BucketRow.published, BucketRow.count, BucketRow.count_qualifier,
               BucketRow.outcome, BucketRow.first_fact_id, BucketRow.entry,
               *([BucketRow.details] if legal else []))
        .where(BucketRow.subject == subject, BucketRow.family.in_(list(families)))
    ).all()
    buckets = []
    for row in rows:
        bucket = Bucket(id=row.id, subject=subject, family=row.family, stage=row.stage,
                        firm=row.firm, date=parse_lenient(row.date),
                        published=parse_lenient(row.published), count=row.count,
                        count_qualifier=row.count_qualifier, outcome=row.outcome,
                        entry=row.entry)
        if row.family == "legal_action":
            bucket.court = frozenset((row.details or {}).get("court", ()))
        bucket.first_fact_id = row.first_fact_id
        buckets.append(bucket)
    return buckets


def _fill_tallies(session: Session, change: _Change, light: dict[int, Any],
                  entries: list[Entry]) -> None:
    """Give regrouped entries their tallies: stored plus the batch's facts when their buckets
    are those stored, else added up from their buckets (and their sources counted)."""
    stored = {} if change.refolded else _full(session, [e.key for e in entries if e.key in light])
    rebuilt: list[Entry] = []
    kept: dict[int, Entry] = {}
    for entry in entries:
        row = stored.get(entry.key)
        if row is not None and list(row.buckets) == sorted(entry.bucket_ids):
            kept[entry.key] = stored_entry(row)
        else:
            rebuilt.append(entry)
    if kept:
        entry_of = {b: kept[e.key] for e in entries if e.key in kept for b in e.bucket_ids}
        _add_kept(change, entry_of)
        for entry in entries:
            if entry.key in kept:
                _copy_tally(kept[entry.key], entry)
    ids = [b.id for e in rebuilt for b in e.buckets]
    full = {row.id: row for start in range(0, len(ids), CHUNK) for row in session.scalars(
        select(BucketRow).where(among(session, BucketRow.id, ids[start:start + CHUNK])))}
    sources = _count_sources(session, [e for e in rebuilt if e.family == "removal"])
    for entry in rebuilt:
        entry.buckets = [Bucket.from_row(full[b.id]) for b in entry.buckets]
        _reset_tally(entry)
        for bucket in entry.buckets:
            entry.add(bucket)
        if entry.family == "removal":
            entry.sources = sources[entry.key]
        elif entry.family == "rights_concern":
            entry.sources = sum(b.sources for b in entry.buckets)
    for entry in entries:
        finish_entry(entry)


def _add_kept(change: _Change, entry_of: dict[int, Entry]) -> None:
    """Add the batch's facts and sources to kept entries (``entry_of``: their buckets)."""
    facts = [(info, b) for info, b in change.facts if b in entry_of]
    documents: dict[int, dict[int, Entry]] = {}
    for info, bucket in facts:
        entry = entry_of[bucket]
        entry.add_fact(info)
        documents.setdefault(info.document_id, {})[id(entry)] = entry
    for document, found in documents.items():
        earlier = {id(entry_of[b]) for b in change.before.get(document, ()) if b in entry_of}
        for key, entry in found.items():
            if key not in earlier and entry.sources is not None:
                entry.sources += change.weights.get(document, 1)
    for n, buckets in change.copies.values():
        for entry in {id(entry_of[b]): entry_of[b] for b in buckets if b in entry_of}.values():
            if entry.sources is not None:
                entry.sources += n


_TALLY_FIELDS = ("facts", "best", "first_fact_id", "any_firm", "first_published",
                 "last_published", "top", "kinds", "nationalities", "facilities", "legal_bases",
                 "counts", "sources")


def _copy_tally(source: Entry, target: Entry) -> None:
    for name in _TALLY_FIELDS:
        setattr(target, name, getattr(source, name))


def _reset_tally(entry: Entry) -> None:
    empty = Entry()
    for name in _TALLY_FIELDS:
        if name != "sources":
            setattr(entry, name, getattr(empty, name))


def _relink(session: Session, subject: str, entries: list[Entry]) -> None:
    """Link a pair's entries again from its bucket links."""
    bucket_links = session.execute(select(BucketLinkRow.first, BucketLinkRow.second)
                                   .where(BucketLinkRow.subject == subject)).all()
    session.execute(delete(EntryLinkRow).where(EntryLinkRow.subject == subject))
    insert_rows(session, EntryLinkRow.__table__, _ENTRY_LINK_COLUMNS,
                [(a, b, subject) for a, b in _entry_links(entries, bucket_links)])


def _entry_links(entries: list[Entry], bucket_links: Iterable[tuple[int, int]]
                 ) -> list[tuple[int, int]]:
    """The links between entries that their buckets' links make, in order."""
    entry_of = {b: e.key for e in entries for b in e.bucket_ids}
    pairs = set()
    for a, b in bucket_links:
        first, second = entry_of.get(a), entry_of.get(b)
        if first is not None and second is not None and first != second:
            pairs.add((min(first, second), max(first, second)))
    return sorted(pairs)


# --- pairs seen for the first time -----------------------------------------------------------

def _new_pairs(session: Session, changes: list[_Change]) -> set[str]:
    """The pairs a batch sees for the first time: new buckets only (or refolded whole, to be
    merged from their stored buckets) and no row of any kind yet.

    They are merged together by :func:`_merge_new_pairs`; a fresh store's first catch-up is
    all such pairs, and so is a rebuild.
    """
    candidates = sorted(c.subject for c in changes
                        if c.refolded or (c.fresh and not c.known()))
    found = set(candidates)
    for start in range(0, len(candidates), CHUNK):
        chunk = candidates[start:start + CHUNK]
        pairs = [(s[:3], s[4:]) for s in chunk]
        for table in (_ENTRIES, EntryLinkRow.__table__, DisputeRow.__table__):
            found -= set(session.scalars(select(table.c.subject).distinct()
                                         .where(among(session, table.c.subject, chunk))))
        for table in (_EVENTS, PairStatusRow.__table__):
            found -= {f"{dep}:{rec}" for dep, rec in session.execute(
                select(table.c.deporting_country, table.c.receiving_country).distinct()
                .where(tuple_(table.c.deporting_country, table.c.receiving_country).in_(pairs)))}
    return found


def _load_stored_buckets(session: Session, changes: list[_Change]) -> None:
    """Read the buckets of refolded new pairs, and their facts, for :func:`_merge_new_pairs`
    (refolding files facts without keeping the buckets in memory)."""
    by_subject = {c.subject: c for c in changes}
    for change in changes:
        change.fresh, change.fresh_ids, change.stored_facts = [], set(), []
    subjects = sorted(by_subject)
    for start in range(0, len(subjects), CHUNK):
        rows = session.execute(select(_BUCKETS).where(
            among(session, _BUCKETS.c.subject, subjects[start:start + CHUNK]),
            _BUCKETS.c.family.in_(list(PAIR_FAMILIES))).order_by(_BUCKETS.c.id))
        for row in rows:
            change = by_subject[row.subject]
            change.fresh.append(Bucket.from_row(row))
            change.fresh_ids.add(row.id)
    subject_of = {b: c.subject for c in changes for b in c.fresh_ids}
    buckets = sorted(subject_of)
    for start in range(0, len(buckets), CHUNK):
        for fact_id, bucket_id in session.execute(
                select(BucketFactRow.fact_id, BucketFactRow.bucket_id)
                .where(among(session, BucketFactRow.bucket_id, buckets[start:start + CHUNK]))):
            by_subject[subject_of[bucket_id]].stored_facts.append((fact_id, bucket_id))


def _merge_new_pairs(session: Session, changes: list[_Change], now: dt.datetime) -> None:
    """Merge pairs seen for the first time (see :func:`_new_pairs`) together.

    Each is what regrouping a new pair makes of it (its buckets grouped, removal sources
    counted, entries linked and arranged, every row inserted), but what regrouping reads is
    read for all the pairs in a few queries, and each table's rows are inserted in one
    statement: one pair at a time cost about 17 statements a pair, each a round trip on
    PostgreSQL. Nothing here reads what another pair writes.
    """
    if not changes:
        return
    subjects = [c.subject for c in changes]
    clustered = {c.subject: _cluster_pair(c.fresh) for c in changes}
    bucket_links: dict[str, list[tuple[int, int]]] = {}
    totals: dict[str, tuple[int, int]] = {}
    for start in range(0, len(subjects), CHUNK):
        chunk = subjects[start:start + CHUNK]
        for first, second, subject in session.execute(
                select(BucketLinkRow.first, BucketLinkRow.second, BucketLinkRow.subject)
                .where(among(session, BucketLinkRow.subject, chunk))):
            bucket_links.setdefault(subject, []).append((first, second))
        totals.update((subject, (facts, n)) for subject, facts, n in session.execute(
            select(SubjectRow.subject, SubjectRow.facts, SubjectRow.sources)
            .where(among(session, SubjectRow.subject, chunk), SubjectRow.family == "pair")))
    entry_links = {subject: _entry_links(made, bucket_links.get(subject, ()))
                   for subject, made in clustered.items()}
    # The articles of removals (to count their sources) and of linked entries (which
    # ``arrange`` compares), read for all the pairs at once.
    every = [e for made in clustered.values() for e in made]
    in_links = {key for linked in entry_links.values() for pair in linked for key in pair}
    documents, copies = read_documents(
        session, [e for e in every if e.family == "removal" or e.key in in_links])
    sources = _sources_of(documents, copies)
    for entry in every:
        if entry.family == "removal":
            entry.sources = sources[entry.key]
    entries: list[dict[str, Any]] = []
    links: list[tuple[int, int, str]] = []
    moved: dict[int, int] = {}
    events: list[dict[str, Any]] = []
    event_facts: list[tuple[int, int]] = []
    disputes: list[dict[str, Any]] = []
    statuses: list[dict[str, Any]] = []
    for change in changes:
        subject = change.subject
        deporting, receiving = subject[:3], subject[4:]
        made = clustered[subject]
        moved.update((b.id, e.key) for e in made for b in e.buckets if b.entry != e.key)
        linked = entry_links[subject]
        links += [(a, b, subject) for a, b in linked]
        layout = arrange(made, KnownDocuments(documents, copies, linked))
        entries += [entry_row(subject, n, e) for n, e in enumerate(layout.entries)]
        events += [_event_row(deporting, receiving, e) for e in layout.removals]
        event_of = {b: e.key for e in layout.removals for b in e.bucket_ids}
        event_facts += [(fact, event_of[b]) for fact, b in change.filed() if b in event_of]
        disputes += [{"subject": subject, "position": n, "kind": d.kind,
                      "first_entry": d.entries[0].key,
                      "second_entry": d.entries[1].key if len(d.entries) > 1 else None}
                     for n, d in enumerate(layout.disputes)]
        if layout.current is not None:
            facts, n = totals.get(subject, (0, 0))
            statuses.append(_pair_row(deporting, receiving, layout, facts, n, now))
    for table, rows in ((_ENTRIES, entries), (_EVENTS, events), (DisputeRow.__table__, disputes),
                        (PairStatusRow.__table__, statuses)):
        for start in range(0, len(rows), 5000):
            insert_dict_rows(session, table, rows[start:start + 5000])
    insert_rows(session, EntryLinkRow.__table__, _ENTRY_LINK_COLUMNS, links)
    _insert_event_facts(session, event_facts)
    _write_bucket_entries(session, moved)


def _write_pair(session: Session, change: _Change, light: dict[int, Any], layout: PairLayout,
                moved: dict[int, int], now: dt.datetime) -> None:
    subject = change.subject
    deporting, receiving = subject[:3], subject[4:]
    _write_entries(session, light, subject, list(enumerate(layout.entries)))
    _write_bucket_entries(session, moved)
    _write_events(session, deporting, receiving, layout, change, moved)
    _write_disputes(session, subject, layout)
    session.execute(delete(PairStatusRow).where(PairStatusRow.deporting_country == deporting,
                                                PairStatusRow.receiving_country == receiving))
    if layout.current is not None:
        facts, sources = session.execute(
            select(SubjectRow.facts, SubjectRow.sources)
            .where(SubjectRow.subject == subject, SubjectRow.family == "pair")).first() or (0, 0)
        session.execute(insert(PairStatusRow), [
            _pair_row(deporting, receiving, layout, facts, sources, now)])


def _write_entries(session: Session, light: dict[int, Any], subject: str,
                   entries: Sequence[tuple[int, Entry]]) -> None:
    """Write what changed so that the subject's stored entries become ``entries`` (with their
    positions): loaded entries whole, the others only where arranging them changed them."""
    new_keys = {e.key for _, e in entries}
    gone = [key for key in light if key not in new_keys]
    for start in range(0, len(gone), CHUNK):
        session.execute(delete(_ENTRIES).where(_ENTRIES.c.id.in_(gone[start:start + CHUNK])))
    whole = [entry_row(subject, n, e) for n, e in entries if e.loaded]
    old = {e.key: e.stored for _, e in entries if e.loaded and e.stored is not None
           and e.stored.id == e.key}
    old.update(_full(session, [row["id"] for row in whole
                               if row["id"] in light and row["id"] not in old]))
    added = [row for row in whole if row["id"] not in light]
    changed = [row for row in whole if row["id"] in old
               and any(getattr(old[row["id"]], name) != row[name] for name in _ENTRY_COLUMNS)]
    arranged = []
    for position, entry in entries:
        if entry.loaded:
            continue
        values = {"position": position, "kind": entry.kind, "placed": _text(entry.placed),
                  "disputed": entry.disputed, "current": entry.current}
        if any(getattr(light[entry.key], name) != values[name] for name in _ARRANGED):
            arranged.append({"entry_id": entry.key, **values})
    if added:
        insert_dict_rows(session, _ENTRIES, added)
    _update_entries(session, changed)
    if arranged:
        session.execute(
            update(_ENTRIES).where(_ENTRIES.c.id == bindparam("entry_id"))
            .values({name: bindparam(name) for name in _ARRANGED}), arranged)


def _update_entries(session: Session, changed: list[dict[str, Any]]) -> None:
    """Write the columns of entries whose stored values changed (one executemany)."""
    if changed:
        session.execute(
            update(_ENTRIES).where(_ENTRIES.c.id == bindparam("entry_id"))
            .values({name: bindparam(name) for name in _ENTRY_COLUMNS}),
            [{"entry_id": row["id"], **{k: row[k] for k in _ENTRY_COLUMNS}} for row in changed],
        )


def _write_bucket_entries(session: Session, moved: dict[int, int]) -> None:
    set_column_by_id(session, _BUCKETS, "entry", moved)


def _write_events(session: Session, deporting: str, receiving: str, layout: PairLayout,
                  change: _Change, moved: dict[int, int]) -> None:
    """Bring the pair's removal events and the facts reporting them up to date (an event whose
    entry was not loaded did not change)."""
    keys = [e.key for e in layout.removals]
    old_keys = set(session.scalars(select(_EVENTS.c.id).where(
        _EVENTS.c.deporting_country == deporting, _EVENTS.c.receiving_country == receiving)))
    loaded = [e.key for e in layout.removals if e.loaded and e.key in old_keys]
    old = {row.id: row for start in range(0, len(loaded), CHUNK) for row in session.execute(
        select(_EVENTS).where(_EVENTS.c.id.in_(loaded[start:start + CHUNK])))}
    rows = {e.key: _event_row(deporting, receiving, e) for e in layout.removals if e.loaded}
    added = [row for key, row in rows.items() if key not in old_keys]
    changed = [row for key, row in rows.items() if key in old
               and any(getattr(old[key], name) != row[name] for name in _EVENT_COLUMNS)]
    if added:
        session.execute(insert(_EVENTS), added)
    if changed:
        session.execute(
            update(_EVENTS).where(_EVENTS.c.id == bindparam("event_id"))
            .values({name: bindparam(name) for name in _EVENT_COLUMNS}),
            [{"event_id": row["id"], **{k: row[k] for k in _EVENT_COLUMNS}} for row in changed],
        )
    stale = sorted(old_keys - set(keys))
    event_of = {b: e.key for e in layout.removals for b in e.bucket_ids}
    if change.refolded:
        # The pair's buckets were made anew: link every removal fact again.
        every = stale + keys
        for start in range(0, len(every), CHUNK):
            session.execute(delete(_EVENT_FACTS).where(
                _EVENT_FACTS.c.event_id.in_(every[start:start + CHUNK])))
        buckets = sorted(event_of)
        links = [link for start in range(0, len(buckets), CHUNK) for link in session.execute(
            select(BucketFactRow.fact_id, BucketFactRow.bucket_id)
            .where(BucketFactRow.bucket_id.in_(buckets[start:start + CHUNK])))]
        _insert_event_facts(session, [(f, event_of[b]) for f, b in links])
    else:
        shifted: dict[int, list[int]] = {}
        for bucket, key in moved.items():
            if bucket in event_of and bucket not in change.fresh_ids:
                shifted.setdefault(key, []).append(bucket)
        new_facts = sorted(info.fact_id for info, _ in change.facts)
        for key, buckets in shifted.items():
            facts = select(BucketFactRow.fact_id).where(BucketFactRow.bucket_id.in_(buckets))
            if new_facts:
                facts = facts.where(BucketFactRow.fact_id.not_in(new_facts))
            session.execute(update(_EVENT_FACTS).where(_EVENT_FACTS.c.fact_id.in_(facts))
                            .values(event_id=key))
        _insert_event_facts(session, [(info.fact_id, event_of[b]) for info, b in change.facts
                                      if b in event_of])
    for start in range(0, len(stale), CHUNK):
        session.execute(delete(_EVENTS).where(_EVENTS.c.id.in_(stale[start:start + CHUNK])))


def _insert_event_facts(session: Session, links: list[tuple[int, int]]) -> None:
    insert_rows(session, _EVENT_FACTS, ("fact_id", "event_id"), links)


def _event_row(deporting: str, receiving: str, event: Entry) -> dict[str, Any]:
    return {
        "id": event.key,
        "deporting_country": deporting,
        "receiving_country": receiving,
        "date": _text(event.date),
        "date_start": event.date.first_day() if event.date else None,
        "date_end": event.date.last_day() if event.date else None,
        "count": event.count,
        "count_qualifier": event.count_qualifier,
        "nationalities": sorted(event.nationalities),
        "facility": event.facility,
        "legal_basis": event.legal_basis,
        "certainty": event.certainty,
        "curated": event.curated,
        "firm": event.event_firm,
        "disputed": event.count_disputed,
        "counts_reported": [list(c) for c in event.counts_reported],
        "sources": event.sources or 0,
        "facts": event.facts,
    }


def _write_disputes(session: Session, subject: str, layout: PairLayout) -> None:
    rows = [{"subject": subject, "position": n, "kind": d.kind, "first_entry": d.entries[0].key,
             "second_entry": d.entries[1].key if len(d.entries) > 1 else None}
            for n, d in enumerate(layout.disputes)]
    old = [dict(row._mapping) for row in session.execute(
        select(DisputeRow.__table__).where(DisputeRow.subject == subject)
        .order_by(DisputeRow.position))]
    if old == rows:
        return
    session.execute(delete(DisputeRow).where(DisputeRow.subject == subject))
    if rows:
        session.execute(insert(DisputeRow), rows)


def _pair_row(deporting: str, receiving: str, layout: PairLayout, facts: int, sources: int,
              now: dt.datetime) -> dict[str, Any]:
    current = layout.current
    assert current is not None
    total = layout.removal_total
    return {
        "deporting_country": deporting,
        "receiving_country": receiving,
        "kind": layout.kind,
        "stage": current.stage,
        "certainty": current.certainty,
        "curated": current.curated,
        "status_date": _text(current.date),
        "as_of_start": current.placed.first_day() if current.placed else None,
        "as_of_end": current.placed.last_day() if current.placed else None,
        "furthest_stage": layout.furthest_stage,
        "disputed": bool(layout.disputes),
        "disputes": len(layout.disputes),
        "removal_events": total.events,
        "removals_value": total.value,
        "removals_qualifier": total.qualifier,
        "removals_unknown": total.unknown_events,
        "sources": sources,
        "facts": facts,
        "entry_count": len(layout.entries),
        "updated_at": now,
    }


# --- countries -------------------------------------------------------------------------------

def _merge_country(session: Session, change: _Change) -> None:
    """Merge a country's legal actions and rights concerns: only the entries the batch adds to
    are read whole; the others' order keys (date or sources, best fact) give the positions."""
    narrow = {row.id: row for row in session.execute(
        select(_ENTRIES.c.id, _ENTRIES.c.family, _ENTRIES.c.date, _ENTRIES.c.best_fact_id,
               _ENTRIES.c.sources, _ENTRIES.c.position)
        .where(_ENTRIES.c.subject == change.subject,
               _ENTRIES.c.family.in_(list(COUNTRY_FAMILIES))))}
    regrouped = False
    try:
        if change.refolded or not narrow:
            raise Regroup("refolded" if change.refolded else "new")
        entries, moved = _update_country(session, change, narrow)
    except Regroup as reason:
        logger.debug("regrouping %s: %s", change.subject, reason)
        entries, moved = _regroup(session, change, narrow)
        regrouped = True
    orders: dict[int, tuple[str, tuple[Any, ...]]] = {}
    if not regrouped:
        for key, row in narrow.items():
            orders[key] = (row.family, _country_order(row.family, parse_lenient(row.date),
                                                      row.sources, row.best_fact_id))
    positions = _country_positions(orders, entries)
    gone = [key for key in narrow if key not in positions]
    for start in range(0, len(gone), CHUNK):
        session.execute(delete(_ENTRIES).where(_ENTRIES.c.id.in_(gone[start:start + CHUNK])))
    stored = {e.key: e.stored for e in entries.values() if e.stored is not None}
    stored.update(_full(session, [k for k in entries if k in narrow and k not in stored]))
    whole = [entry_row(change.subject, positions[key], e) for key, e in entries.items()]
    added = [row for row in whole if row["id"] not in narrow]
    changed = [row for row in whole if row["id"] in stored and any(
        getattr(stored[row["id"]], name) != row[name] for name in _ENTRY_COLUMNS)]
    shifted = [{"entry_id": key, "position": position} for key, position in positions.items()
               if key not in entries and narrow[key].position != position]
    if added:
        insert_dict_rows(session, _ENTRIES, added)
    _update_entries(session, changed)
    if shifted:
        session.execute(update(_ENTRIES).where(_ENTRIES.c.id == bindparam("entry_id"))
                        .values(position=bindparam("position")), shifted)
    _write_bucket_entries(session, moved)


def _country_positions(orders: dict[int, tuple[str, tuple[Any, ...]]],
                       entries: dict[int, Entry]) -> dict[int, int]:
    """The position of every entry of a country within its family, from the order keys of
    the entries not read (``orders``) and of ``entries``."""
    orders = dict(orders)
    for key, entry in entries.items():
        orders[key] = (entry.family, _country_order(entry.family, entry.date, entry.sources,
                                                    entry.best_fact_id))
    positions: dict[int, int] = {}
    for family in COUNTRY_FAMILIES:
        ordered = sorted((order, key) for key, (f, order) in orders.items() if f == family)
        positions.update((key, n) for n, (_, key) in enumerate(ordered))
    return positions


def _new_countries(session: Session, changes: list[_Change]) -> set[str]:
    """The countries a batch sees for the first time: new buckets only and no entry yet.

    They are merged together by :func:`_merge_new_countries`.
    """
    candidates = sorted(c.subject for c in changes if not c.refolded and not c.known())
    found = set(candidates)
    for start in range(0, len(candidates), CHUNK):
        found -= set(session.scalars(
            select(_ENTRIES.c.subject).distinct()
            .where(among(session, _ENTRIES.c.subject, candidates[start:start + CHUNK]))))
    return found


def _merge_new_countries(session: Session, changes: list[_Change]) -> None:
    """Merge countries seen for the first time (see :func:`_new_countries`) together.

    Each is what :func:`_merge_country` makes of it (its new buckets grouped, which reads
    nothing, and every entry inserted), but the entries of all of them go in as one
    statement, and so do their buckets' entries: one country at a time cost three
    statements a country, each a round trip on PostgreSQL.
    """
    rows: list[dict[str, Any]] = []
    moved: dict[int, int] = {}
    for change in changes:
        entries, made = _regroup(session, change, {})
        positions = _country_positions({}, entries)
        rows += [entry_row(change.subject, positions[key], e) for key, e in entries.items()]
        moved.update(made)
    for start in range(0, len(rows), 5000):
        insert_dict_rows(session, _ENTRIES, rows[start:start + 5000])
    _write_bucket_entries(session, moved)


def _country_order(family: str, date: PartialDate | None, sources: int | None,
                   best_fact_id: int) -> tuple[Any, ...]:
    if family == "legal_action":
        return (date is None, date or PartialDate(0), best_fact_id)
    return (-(sources or 0), best_fact_id)


def _update_country(session: Session, change: _Change, narrow: dict[int, Any]
                    ) -> tuple[dict[int, Entry], dict[int, int]]:
    """The entries a batch adds to (loaded) or makes, and the entry of each new bucket."""
    known = change.known()
    keys = _bucket_entries(session, known)
    if any(keys.get(b) not in narrow for b in known):
        raise Regroup("a bucket without an entry")
    fresh = sorted(change.fresh, key=lambda b: (-(b.date.precision if b.date else 0),
                                                b.first_fact_id))
    actions: list[Entry] = []
    if any(b.family == "legal_action" for b in fresh):
        actions = [stored_entry(row) for row in session.execute(
            select(*_LIGHT).where(_ENTRIES.c.subject == change.subject,
                                  _ENTRIES.c.family == "legal_action"))]
    placed: dict[int, Entry | int] = {}
    made: list[Entry] = []
    for bucket in fresh:
        if bucket.family == "rights_concern":
            target = _new_entry(bucket, concern=bucket.concern)
        else:
            target = _place_legal(bucket, actions + made)
        if any(target is action for action in actions):
            placed[bucket.id] = target.key
        else:
            if not any(target is entry for entry in made):
                made.append(target)
            placed[bucket.id] = target
    wanted = set(keys.values()) | {t for t in placed.values() if isinstance(t, int)}
    entries = {key: stored_entry(row) for key, row in _full(session, wanted).items()}
    entry_of: dict[int, Entry] = {b: entries[key] for b, key in keys.items()}
    for bucket in fresh:
        target = placed[bucket.id]
        entry = entries[target] if isinstance(target, int) else target
        entry.bucket_ids.append(bucket.id)
        entry_of[bucket.id] = entry
    for info, bucket in change.facts:
        entry_of[bucket].add_fact(info)
    result = {e.key: e for e in entry_of.values()}
    _concern_sources(session, change, result)
    return result, {b.id: entry_of[b.id].key for b in fresh}


def _concern_sources(session: Session, change: _Change, entries: dict[int, Entry]) -> None:
    """A rights concern is one bucket: it has the sources its bucket counted."""
    by_bucket = {b: e for e in entries.values() if e.family == "rights_concern"
                 for b in e.bucket_ids}
    wanted = sorted(b for b in change.touched if b in by_bucket)
    if wanted:
        for bucket, n in session.execute(select(BucketRow.id, BucketRow.sources)
                                         .where(BucketRow.id.in_(wanted))):
            by_bucket[bucket].sources = n


def _place_legal(bucket: Bucket, entries: list[Entry]) -> Entry:
    """The legal action a new bucket joins: the first (in the order they were made) that
    ``legal_clusters`` had made when it took the bucket, last among those of its date's
    precision, and that fits; :class:`Regroup` when a dated bucket starts one (less precise
    reports may then join it)."""
    precision = bucket.date.precision if bucket.date else 0
    group = sorted((e for e in entries
                    if e.family == "legal_action" and e.outcome == bucket.outcome
                    and (e.date.precision if e.date else 0) >= precision),
                   key=lambda e: e.state.get("index", 0))
    for entry in group:
        if same_court(bucket.court, entry.court) and date_fits(entry.date, bucket.date,
                                                               bucket.published):
            return entry
    if bucket.date is not None:
        raise Regroup("a new legal action")
    index = 1 + max((e.state.get("index", 0) for e in entries
                     if e.family == "legal_action"), default=-1)
    return _new_entry(bucket, outcome=bucket.outcome, court=bucket.court,
                      state={"index": index})
