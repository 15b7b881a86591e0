"""What the CLI, API and web pages ask the tracker, answered from its tables with few queries.

Lists read the materialised tables through their indexes and are paginated (``limit`` and
``offset``); related rows (an event's sources) come in one extra query per page, or, when
only the first few of each event's are wanted, one short indexed query per event. A pair's
timeline and a country's legal actions and rights concerns are read from their materialised
entries with a page of the best-weighed facts of each (``quotes`` and ``offset``): the first
:data:`~thirdcountry.tracker.buckets.TOP_FACTS` come with the entries, later pages take one
indexed query per entry; only the disputes of the entries on the page come with it. Country
arguments are ISO3 codes; resolve names and ISO2 codes with
``thirdcountry.countries.get_country`` first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, bindparam, distinct, func, select
from sqlalchemy.orm import Session

from thirdcountry.countries import country_name
from thirdcountry.store.tables import Document, FactRecord
from thirdcountry.tracker.buckets import CERTAINTY_RANK, COUNTRY_FAMILIES, PAIR_FAMILIES, TOP_FACTS
from thirdcountry.tracker.country_facts import (
    LegalActionEntry,
    RightsConcernEntry,
    legal_action_entry,
    rights_concern_entry,
)
from thirdcountry.tracker.counts import CountTotal, NationalityTotal, nationality_totals
from thirdcountry.tracker.dates import PartialDate, parse_lenient
from thirdcountry.tracker.layout import DisputeLayout, Entry, PairLayout
from thirdcountry.tracker.materialise import firm_removal_total, pair_subject
from thirdcountry.tracker.records import (
    CHUNK,
    DOCUMENT_COLUMNS,
    FACT_COLUMNS,
    SourcedFact,
    SourceRef,
    load_copies,
    sourced_facts,
)
from thirdcountry.tracker.tables import (
    BucketFactRow,
    CountryRow,
    DisputeRow,
    EntryRow,
    PairStatusRow,
    RemovalEventFactRow,
    RemovalEventRow,
)
from thirdcountry.tracker.timeline import PairTimeline, public_timeline

# Facts shown per timeline entry, legal action and rights concern unless asked otherwise.
DEFAULT_QUOTES = TOP_FACTS

_ISO3 = re.compile(r"[A-Z]{3}")
Filter = str | Collection[str] | None


@dataclass(frozen=True, slots=True)
class PairStatus:
    """One pair's current status as materialised (see ``tracker.timeline`` for the rules).

    Attributes:
        date: the date the current stage was reached, as reported (None if undated).
        as_of_start, as_of_end: the days the current status dates from (its date, or where
            the timeline places an undated one); None when nothing dates it.
        furthest_stage: the furthest of approached..implemented firm reports reached.
        removals: people removed between the two states (firm removal events).
        sources: distinct articles (syndicated copies included) behind the pair's facts.
    """

    deporting: str
    deporting_name: str
    receiving: str
    receiving_name: str
    kind: str
    stage: str
    certainty: str
    curated: bool
    date: str | None
    as_of_start: str | None
    as_of_end: str | None
    furthest_stage: str | None
    disputed: bool
    disputes: int
    removals: CountTotal
    sources: int
    facts: int
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RemovalEventView:
    """A removal event with its sources, as listed by :func:`removal_events`."""

    id: int
    deporting: str
    receiving: str
    date: str | None
    count: int | None
    count_qualifier: str | None
    nationalities: tuple[str, ...]
    facility: str | None
    legal_basis: str | None
    certainty: str
    curated: bool
    firm: bool
    disputed: bool
    counts_reported: tuple[tuple[int, str], ...]
    fact_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    source_count: int = 0


@dataclass(frozen=True, slots=True)
class CountrySummary:
    """Everything the tracker knows about one country.

    Attributes:
        receiving_stage: the most advanced current stage among pairs where it receives.
        as_deporting, as_receiving: its pairs, on either side.
        received, sent: people removed to it and from it (firm removal events).
        legal_actions: legal actions in its jurisdiction, merged across articles (a page of
            them when asked for one, oldest first).
        rights_concerns: rights concerns about it, merged across articles (likewise).
        legal_action_count, rights_concern_count: all of them, whatever the page.
    """

    iso3: str
    name: str
    receiving_stage: str | None
    disputed: bool
    as_deporting: list[PairStatus]
    as_receiving: list[PairStatus]
    received: CountTotal
    sent: CountTotal
    legal_actions: list[LegalActionEntry]
    rights_concerns: list[RightsConcernEntry]
    legal_action_count: int
    rights_concern_count: int


@dataclass(frozen=True, slots=True)
class Totals:
    """Headline numbers.

    Attributes:
        countries_approached: receiving countries with firm reports at any stage.
        countries_agreed: receiving countries that firm reports say agreed (at any time).
        countries_receiving: receiving countries people were sent to (firm reports).
        people_removed: all firm removal events added up, with an honest qualifier.
    """

    pairs: int
    disputed_pairs: int
    countries_approached: int
    countries_agreed: int
    countries_receiving: int
    people_removed: CountTotal


def pair_statuses(
    session: Session,
    *,
    country: Filter = None,
    deporting: Filter = None,
    receiving: Filter = None,
    stage: Filter = None,
    kind: Filter = None,
    certainty: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    disputed: bool | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[PairStatus]:
    """List pairs with their current status, ordered by deporting then receiving ISO3.

    Args:
        session: an open session.
        country: ISO3 code(s) to keep on either side.
        deporting, receiving: ISO3 code(s) to keep.
        stage, kind, certainty: value(s) of the current status to keep.
        date_from, date_to: keep pairs whose current status may date from this range
            (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; undated statuses never match a range).
        disputed: keep only disputed (True) or undisputed (False) pairs.
        limit, offset: the page.

    Returns:
        The pairs of the page.

    Raises:
        ValueError: a country is not an ISO3 code or a date is malformed.
    """
    statement = _pair_filter(
        select(PairStatusRow), country=country, deporting=deporting, receiving=receiving,
        stage=stage, kind=kind, certainty=certainty, date_from=date_from, date_to=date_to,
        disputed=disputed,
    )
    statement = statement.order_by(PairStatusRow.deporting_country,
                                   PairStatusRow.receiving_country)
    statement = statement.offset(offset).limit(limit)
    return [_pair_status(row) for row in session.scalars(statement)]


def pair_status_count(session: Session, **filters: Any) -> int:
    """Count the pairs :func:`pair_statuses` would list with the same filters (no paging)."""
    statement = _pair_filter(select(func.count()).select_from(PairStatusRow), **filters)
    return session.scalar(statement) or 0


def pair_timeline(
    session: Session,
    deporting: str,
    receiving: str,
    *,
    quotes: int | None = DEFAULT_QUOTES,
    quote_offset: int = 0,
    entries: Collection[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
    latest: bool = False,
) -> PairTimeline | None:
    """Return one pair's timeline with a page of every entry's facts and their sources.

    Args:
        session: an open session.
        deporting, receiving: the pair (ISO3).
        quotes: facts per entry, best-weighed first (None: all of them).
        quote_offset: facts of each entry to skip (to page through them).
        entries: only the entries with these keys (``TimelineEntry.key``).
        limit, offset: a page of the (chosen) entries, oldest first.
        latest: the page is the last ``limit`` entries (``offset`` is then ignored): where a
            long timeline has its current status.

    Returns:
        The timeline, or None when no arrangement or removal of the pair is known. Its
        status, disputes and removals are those of the whole pair whatever the page;
        ``entry_count`` says how many entries it has (of those chosen).

    Raises:
        ValueError: a country is not an ISO3 code, or a page bound is negative.
    """
    pair = (_iso3(deporting), _iso3(receiving))
    _check_page(quotes, quote_offset, limit, offset)
    # Rows are read through Core on the session's connection: the ORM's row path costs a few
    # microseconds a row and a statement, and nothing here needs ORM objects.
    connection = session.connection()
    row = connection.execute(_STATUS, {"deporting": pair[0], "receiving": pair[1]}).first()
    if row is None:
        return None
    subject = pair_subject(pair)
    chosen = {"subject": subject}
    if entries is None:
        entry_count = row.entry_count  # kept with the status: no COUNT per page
    else:
        chosen["keys"] = list(entries)
        entry_count = connection.scalar(_COUNT_CHOSEN, chosen) or 0
    if latest and limit is not None:
        offset = max(0, entry_count - limit)
        # Read backwards from the end: an OFFSET would step over every earlier entry, thousands
        # for a large pair, on each country page.
        page = list(connection.execute(_LATEST[entries is not None],
                                       {**chosen, "limit": limit}))
    elif limit is None:
        page = list(connection.execute(
            _page_statement(entries is not None).offset(offset), chosen))
    else:
        page = list(connection.execute(_page_statement(entries is not None, paged=True),
                                       {**chosen, "offset": offset, "limit": limit}))
    on_page = {r.id for r in page}
    # A large pair has thousands of disputes: those of the entries on the page come with it,
    # chosen by the database (reading all of them cost the largest pair a millisecond or two).
    if limit is not None or entries is not None:
        dispute_rows = connection.execute(
            _PAGE_DISPUTES, {"subject": subject, "keys": sorted(on_page)}).all()
    else:
        dispute_rows = connection.execute(_ALL_DISPUTES, {"subject": subject}).all()
    wanted = {d.first_entry for d in dispute_rows} | {
        d.second_entry for d in dispute_rows if d.second_entry is not None}
    wanted -= on_page
    # The current entry comes with the disputed entries off the page: one statement, unless it
    # is on the page already.
    current_row = next((r for r in page if r.current), None)
    others = []
    if current_row is None and not wanted:
        others = list(connection.execute(_CURRENT, {"subject": subject}))
    for start in range(0, len(wanted), CHUNK):
        statement = _CURRENT_OR_OTHERS if current_row is None and start == 0 else _OTHERS
        others += connection.execute(
            statement, {"subject": subject, "keys": sorted(wanted)[start:start + CHUNK]})
    if current_row is None:
        current_row = next((r for r in others if r.current), None)
    rows = {r.id: r for r in (*others, *page)}
    loaded_entries = {key: _entry_of(r) for key, r in rows.items()}
    removals = [key for key, r in rows.items() if r.family == "removal"]
    for start in range(0, len(removals), CHUNK):
        for event in connection.execute(_EVENTS_OF, {"keys": removals[start:start + CHUNK]}):
            _add_event(loaded_entries[event.id], event, whole=event.id in on_page)
    disputes = [
        DisputeLayout(d.kind, tuple(loaded_entries[k] for k in (d.first_entry, d.second_entry)
                                    if k is not None))
        for d in dispute_rows
    ]
    ordered = sorted(loaded_entries.values(), key=lambda e: rows[e.key].position)
    shown = [loaded_entries[r.id] for r in page]
    pages = _pages(connection, shown, quotes, quote_offset)
    loaded = _load(connection, [i for ids in pages.values() for i in ids])
    facts = {key: tuple(loaded[i] for i in ids if i in loaded) for key, ids in pages.items()}
    layout = PairLayout(
        entries=ordered,
        current=loaded_entries[current_row.id] if current_row else None,
        disputes=disputes,
        kind=row.kind,
        furthest_stage=row.furthest_stage,
        removals=sorted((e for e in shown if e.is_removal),
                        key=lambda e: (e.date is None, e.date or PartialDate(0), e.key)),
        removal_total=CountTotal(row.removals_value, row.removals_qualifier,
                                 row.removal_events, row.removals_unknown),
    )
    outlets = _outlets(connection, {k for d in dispute_rows if d.kind == "stage"
                                 for k in (d.first_entry, d.second_entry) if k is not None})
    timeline = public_timeline(
        pair[0], pair[1], layout, lambda e: facts.get(e.key, ()), lambda e: outlets[e.key],
        fact_count=row.facts, source_count=row.sources,
    )
    timeline.entries = [e for e in timeline.entries if e.key in on_page]
    timeline.entry_count = entry_count
    return timeline


# What reading an entry needs (its buckets are read only when its facts must be paged).
_ENTRY_COLUMNS = tuple(c for c in EntryRow.__table__.columns
                       if c.name not in ("buckets", "details", "state"))
# What an entry off the page needs (for the current status and disputes).
_OTHER_COLUMNS = tuple(c for c in _ENTRY_COLUMNS if c.name != "top_facts")

# The timeline's statements are built once, with bound parameters: building a statement and
# its cache key anew took SQLAlchemy 0.1 to 0.6 ms each (the fact statement's 30 columns the
# most), several times a page; a statement built once keeps its cache key.
_PAIRS = PairStatusRow.__table__
_EVENTS = RemovalEventRow.__table__
_KEYS = bindparam("keys", expanding=True)
_OF_PAIR = (EntryRow.subject == bindparam("subject"), EntryRow.family.in_(PAIR_FAMILIES))
_STATUS = select(_PAIRS).where(_PAIRS.c.deporting_country == bindparam("deporting"),
                               _PAIRS.c.receiving_country == bindparam("receiving"))
_COUNT_CHOSEN = select(func.count()).select_from(EntryRow).where(*_OF_PAIR, EntryRow.id.in_(_KEYS))
_PAGES = {
    (chosen, paged): (lambda statement: statement.offset(bindparam("offset"))
                      .limit(bindparam("limit")) if paged else statement)(
        select(*_ENTRY_COLUMNS).where(*_OF_PAIR, *((EntryRow.id.in_(_KEYS),) if chosen else ()))
        .order_by(EntryRow.position))
    for chosen in (False, True) for paged in (False, True)
}
_LATEST = {
    chosen: select(*_ENTRY_COLUMNS).where(*_OF_PAIR, *((EntryRow.id.in_(_KEYS),) if chosen else ()))
    .order_by(EntryRow.position.desc()).limit(bindparam("limit"))
    for chosen in (False, True)
}
_DISPUTES = select(DisputeRow.kind, DisputeRow.first_entry, DisputeRow.second_entry).where(
    DisputeRow.subject == bindparam("subject")).order_by(DisputeRow.position)
_ALL_DISPUTES = _DISPUTES
_PAGE_DISPUTES = _DISPUTES.where(DisputeRow.first_entry.in_(_KEYS)
                                 | DisputeRow.second_entry.in_(_KEYS))
_CURRENT = select(*_OTHER_COLUMNS).where(*_OF_PAIR, EntryRow.current.is_(True))
_OTHERS = select(*_OTHER_COLUMNS).where(*_OF_PAIR, EntryRow.id.in_(_KEYS))
_CURRENT_OR_OTHERS = select(*_OTHER_COLUMNS).where(
    *_OF_PAIR, EntryRow.current.is_(True) | EntryRow.id.in_(_KEYS))
_EVENTS_OF = select(_EVENTS).where(_EVENTS.c.id.in_(_KEYS))
_BUCKETS_OF = select(EntryRow.buckets).where(EntryRow.id == bindparam("key"))
_BUCKET_PAGE = (select(BucketFactRow.fact_id).where(BucketFactRow.bucket_id.in_(_KEYS))
                .order_by(BucketFactRow.rank, BucketFactRow.fact_id)
                .offset(bindparam("offset")))
_FACTS_OF = (select(*FACT_COLUMNS, *DOCUMENT_COLUMNS)
             .join(Document, Document.id == FactRecord.document_id)
             .where(FactRecord.id.in_(_KEYS)))
_ENTRY_BUCKETS = select(EntryRow.id, EntryRow.buckets).where(EntryRow.id.in_(_KEYS))
_BUCKET_OUTLETS = (select(BucketFactRow.bucket_id, BucketFactRow.rank, BucketFactRow.fact_id,
                          BucketFactRow.document_id, Document.outlet)
                   .join(Document, Document.id == BucketFactRow.document_id)
                   .where(BucketFactRow.bucket_id.in_(_KEYS)))


_BUCKET_PAGE_LIMITED = _BUCKET_PAGE.limit(bindparam("limit"))


def _page_statement(chosen: bool, paged: bool = False) -> Select[Any]:
    """A page of a pair's entries (only some keys when ``chosen``; bounded when ``paged``)."""
    return _PAGES[chosen, paged]


def _buckets(connection: Connection, key: int) -> list[int]:
    return connection.scalar(_BUCKETS_OF, {"key": key}) or []


def _check_page(quotes: int | None, quote_offset: int, limit: int | None = None,
                offset: int = 0) -> None:
    if min(quotes or 0, quote_offset, limit or 0, offset) < 0:
        raise ValueError("quotes, limit and offsets cannot be negative")


def _entry_of(row: Any) -> Entry:
    """A stored entry, as ``tracker.layout`` made it (without its buckets)."""
    weight = 4 * row.curated + CERTAINTY_RANK[row.certainty]
    entry = Entry(family=row.family, stage=row.stage, date=parse_lenient(row.date),
                  firm=row.firm, kind=row.kind, placed=parse_lenient(row.placed),
                  disputed=row.disputed, current=row.current, sources=row.sources)
    entry.facts = row.facts
    entry.best = (weight, -row.best_fact_id)
    entry.first_fact_id = row.id
    entry.first_published = parse_lenient(row.first_published)
    entry.last_published = parse_lenient(row.last_published)
    if "top_facts" in row._fields:
        entry.top = [(w, i) for w, i in row.top_facts]
    return entry


def _add_event(entry: Entry, row: Any, *, whole: bool = True) -> None:
    entry.count, entry.count_qualifier = row.count, row.count_qualifier
    if whole:
        entry.nationalities = set(row.nationalities)
        entry.facility, entry.legal_basis = row.facility, row.legal_basis
    entry.count_disputed = row.disputed
    entry.counts_reported = tuple((c, q) for c, q in row.counts_reported)
    entry.sources = row.sources


def _pages(connection: Connection, entries: list[Entry], quotes: int | None,
           offset: int) -> dict[int, list[int]]:
    """The ids of a page of each entry's facts, best-weighed first."""
    pages: dict[int, list[int]] = {}
    for entry in entries:
        if quotes is not None and (offset + quotes <= len(entry.top)
                                   or len(entry.top) >= entry.facts):
            pages[entry.key] = [i for _, i in entry.top[offset:offset + quotes]]
            continue
        values = {"keys": _buckets(connection, entry.key), "offset": offset}
        statement = _BUCKET_PAGE
        if quotes is not None:
            statement, values["limit"] = _BUCKET_PAGE_LIMITED, quotes
        pages[entry.key] = list(connection.scalars(statement, values))
    return pages


def _load(connection: Connection, ids: Collection[int]) -> dict[int, SourcedFact]:
    """Some facts with their articles and copies, by id (rejected ones are left out).

    Only the primary key is queried: with more conditions SQLite may scan an index of them.
    """
    every = sorted(set(ids))
    rows = []
    for start in range(0, len(every), CHUNK):
        rows += [row for row in connection.execute(_FACTS_OF,
                                                   {"keys": every[start:start + CHUNK]})
                 if row.status != "rejected"]
    return {f.fact_id: f for f in sourced_facts(connection, rows)}


def _outlets(connection: Connection, keys: Collection[int]) -> dict[int, str]:
    """The outlets (or ``document N``) behind some entries' facts, best-weighed fact first,
    by entry key; a few queries whatever the number of entries."""
    entry_of: dict[int, int] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), CHUNK):
        for key, buckets in connection.execute(_ENTRY_BUCKETS,
                                               {"keys": ordered[start:start + CHUNK]}):
            entry_of.update((bucket, key) for bucket in buckets or ())
    buckets = sorted(entry_of)
    rows = [row for start in range(0, len(buckets), CHUNK) for row in connection.execute(
        _BUCKET_OUTLETS, {"keys": buckets[start:start + CHUNK]})]
    rows.sort(key=lambda r: (r.rank, r.fact_id))
    copies = load_copies(connection, {row.document_id for row in rows})
    names: dict[int, dict[str, None]] = {key: {} for key in ordered}
    seen: dict[int, set[int]] = {key: set() for key in ordered}
    for row in rows:
        key = entry_of[row.bucket_id]
        if row.document_id in seen[key]:
            continue
        seen[key].add(row.document_id)
        names[key].setdefault(row.outlet or f"document {row.document_id}")
        for copy in copies.get(row.document_id, ()):
            names[key].setdefault(copy.outlet or f"document {copy.document_id}")
    return {key: ", ".join(found) for key, found in names.items()}


def country_summary(
    session: Session,
    iso3: str,
    *,
    quotes: int | None = DEFAULT_QUOTES,
    limit: int | None = None,
    legal_offset: int = 0,
    concern_offset: int = 0,
) -> CountrySummary | None:
    """Return what the tracker knows about a country, or None when it knows nothing.

    Args:
        session: an open session.
        iso3: the country.
        quotes: facts shown per legal action and rights concern, best-weighed first (None:
            all of them); ``fact_count`` says how many each has.
        limit: legal actions and rights concerns per page (None: all of them); a country
            with many courts has tens of thousands of legal actions.
        legal_offset, concern_offset: legal actions and rights concerns to skip.

    Raises:
        ValueError: ``iso3`` is not an ISO3 code, or a page bound is negative.
    """
    iso3 = _iso3(iso3)
    _check_page(quotes, 0, limit, min(legal_offset, concern_offset))
    row = session.get(CountryRow, iso3)
    if row is None:
        return None
    counts = dict(session.execute(
        select(EntryRow.family, func.count())
        .where(EntryRow.subject == iso3, EntryRow.family.in_(COUNTRY_FAMILIES))
        .group_by(EntryRow.family)).all())
    rows = [r for family, offset in zip(COUNTRY_FAMILIES, (legal_offset, concern_offset),
                                        strict=True)
            for r in session.execute(
        select(*_ENTRY_COLUMNS).where(EntryRow.subject == iso3, EntryRow.family == family)
        .order_by(EntryRow.position).offset(offset).limit(limit))]
    entries = [(_entry_of(r), r) for r in rows]
    pages = _pages(session, [e for e, _ in entries], quotes, 0)
    loaded = _load(session, [i for ids in pages.values() for i in ids]
                   + [r.best_fact_id for r in rows])
    legal, concerns = [], []
    for entry, entry_row in entries:
        best = loaded.get(entry_row.best_fact_id)
        if best is None:
            continue
        page = tuple(loaded[i] for i in pages[entry.key] if i in loaded)
        if entry.family == "legal_action":
            legal.append(legal_action_entry(entry, page, best=best))
        else:
            concerns.append(rights_concern_entry(entry, page, best=best))
    return CountrySummary(
        iso3=iso3,
        name=country_name(iso3),
        receiving_stage=row.receiving_stage,
        disputed=row.disputed,
        as_deporting=pair_statuses(session, deporting=iso3),
        as_receiving=pair_statuses(session, receiving=iso3),
        received=CountTotal(row.received_value, row.received_qualifier, row.received_events,
                            row.received_unknown),
        sent=CountTotal(row.sent_value, row.sent_qualifier, row.sent_events, row.sent_unknown),
        legal_actions=legal,
        rights_concerns=concerns,
        legal_action_count=counts.get("legal_action", 0),
        rights_concern_count=counts.get("rights_concern", 0),
    )


def removal_events(
    session: Session,
    *,
    deporting: Filter = None,
    receiving: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    firm_only: bool = False,
    limit: int | None = 100,
    offset: int = 0,
    facts: int | None = None,
) -> list[RemovalEventView]:
    """List removal events, latest first (undated last), with their sources.

    Args:
        session: an open session.
        deporting, receiving: ISO3 code(s) to keep.
        date_from, date_to: keep events whose date may fall in this range (undated events
            never match a range).
        firm_only: leave out events only rumoured or speculated.
        limit, offset: the page.
        facts: the facts (and their articles) listed per event, lowest id first (None: all;
            a flight reported for months can have thousands). ``sources`` counts them all.

    Returns:
        The events of the page.

    Raises:
        ValueError: a country is not an ISO3 code or a date is malformed.
    """
    statement = select(RemovalEventRow)
    for column, value in ((RemovalEventRow.deporting_country, deporting),
                          (RemovalEventRow.receiving_country, receiving)):
        if value is not None:
            statement = statement.where(column.in_([_iso3(c) for c in _values(value)]))
    if date_from is not None:
        statement = statement.where(RemovalEventRow.date_end >= _date(date_from).first_day())
    if date_to is not None:
        statement = statement.where(RemovalEventRow.date_start <= _date(date_to).last_day())
    if firm_only:
        statement = statement.where(RemovalEventRow.firm.is_(True))
    statement = statement.order_by(RemovalEventRow.date_start.desc().nulls_last(),
                                   RemovalEventRow.id.desc()).offset(offset).limit(limit)
    rows = list(session.scalars(statement))
    # The fact's document comes from the tracker's own filing of it (a narrow row).
    linked = (
        select(RemovalEventFactRow.event_id, BucketFactRow.fact_id, Document.id, Document.title,
               Document.url, Document.outlet, Document.published)
        .join(BucketFactRow, BucketFactRow.fact_id == RemovalEventFactRow.fact_id)
        .join(Document, Document.id == BucketFactRow.document_id)
        .order_by(RemovalEventFactRow.event_id, RemovalEventFactRow.fact_id)
    )
    if facts is None:
        links = session.execute(
            linked.where(RemovalEventFactRow.event_id.in_([row.id for row in rows]))).all()
    else:
        # A few facts of each event: one short walk of the (event, fact) key per event.
        # Core on the session's connection: a page of events runs one such walk per event, and
        # the ORM's per-statement overhead was most of a country page's time.
        first = linked.where(RemovalEventFactRow.event_id == bindparam("event")).limit(facts)
        connection = session.connection()
        links = [link for row in rows for link in connection.execute(first, {"event": row.id})]
    copies = load_copies(session, {link[2] for link in links})
    fact_ids: dict[int, list[int]] = {}
    sources: dict[int, dict[int, SourceRef]] = {}
    for event_id, fact_id, document_id, title, url, outlet, published in links:
        fact_ids.setdefault(event_id, []).append(fact_id)
        found = sources.setdefault(event_id, {})
        for ref in (SourceRef(document_id, title, url, outlet, published),
                    *copies.get(document_id, ())):
            found.setdefault(ref.document_id, ref)
    return [
        RemovalEventView(
            id=row.id, deporting=row.deporting_country, receiving=row.receiving_country,
            date=row.date, count=row.count, count_qualifier=row.count_qualifier,
            nationalities=tuple(row.nationalities), facility=row.facility,
            legal_basis=row.legal_basis, certainty=row.certainty, curated=row.curated,
            firm=row.firm, disputed=row.disputed,
            counts_reported=tuple((c[0], c[1]) for c in row.counts_reported),
            fact_ids=tuple(fact_ids.get(row.id, ())),
            sources=tuple(sources.get(row.id, {}).values()),
            source_count=row.sources,
        )
        for row in rows
    ]


def totals(session: Session) -> Totals:
    """Return the headline numbers (see :class:`Totals`)."""
    receiving = PairStatusRow.receiving_country

    def countries(*conditions: Any) -> int:
        statement = select(func.count(distinct(receiving))).where(*conditions)
        return session.scalar(statement) or 0

    firm = (PairStatusRow.certainty.in_(("confirmed", "reported"))) | PairStatusRow.curated
    return Totals(
        pairs=session.scalar(select(func.count()).select_from(PairStatusRow)) or 0,
        disputed_pairs=session.scalar(
            select(func.count()).select_from(PairStatusRow).where(PairStatusRow.disputed)
        ) or 0,
        countries_approached=countries(firm),
        countries_agreed=countries(PairStatusRow.furthest_stage.in_(("agreed", "implemented"))),
        countries_receiving=countries(
            (PairStatusRow.removal_events > 0) | (PairStatusRow.furthest_stage == "implemented")
        ),
        people_removed=firm_removal_total(session),
    )


def nationality_breakdown(
    session: Session, *, deporting: Filter = None, receiving: Filter = None
) -> list[NationalityTotal]:
    """Break the firm removal events (of some pairs) down by the nationalities reported.

    Raises:
        ValueError: a country is not an ISO3 code.
    """
    events = removal_events(session, deporting=deporting, receiving=receiving, firm_only=True,
                            limit=None)
    return nationality_totals(events)


def _pair_filter(
    statement: Select[Any],
    *,
    country: Filter = None,
    deporting: Filter = None,
    receiving: Filter = None,
    stage: Filter = None,
    kind: Filter = None,
    certainty: Filter = None,
    date_from: str | None = None,
    date_to: str | None = None,
    disputed: bool | None = None,
) -> Select[Any]:
    if country is not None:
        codes = [_iso3(c) for c in _values(country)]
        statement = statement.where(PairStatusRow.deporting_country.in_(codes)
                                    | PairStatusRow.receiving_country.in_(codes))
    for column, value in ((PairStatusRow.deporting_country, deporting),
                          (PairStatusRow.receiving_country, receiving)):
        if value is not None:
            statement = statement.where(column.in_([_iso3(c) for c in _values(value)]))
    for column, value in ((PairStatusRow.stage, stage), (PairStatusRow.kind, kind),
                          (PairStatusRow.certainty, certainty)):
        if value is not None:
            statement = statement.where(column.in_(_values(value)))
    if date_from is not None:
        statement = statement.where(PairStatusRow.as_of_end >= _date(date_from).first_day())
    if date_to is not None:
        statement = statement.where(PairStatusRow.as_of_start <= _date(date_to).last_day())
    if disputed is not None:
        statement = statement.where(PairStatusRow.disputed.is_(disputed))
    return statement


def _pair_status(row: PairStatusRow) -> PairStatus:
    return PairStatus(
        deporting=row.deporting_country,
        deporting_name=country_name(row.deporting_country),
        receiving=row.receiving_country,
        receiving_name=country_name(row.receiving_country),
        kind=row.kind,
        stage=row.stage,
        certainty=row.certainty,
        curated=row.curated,
        date=row.status_date,
        as_of_start=row.as_of_start,
        as_of_end=row.as_of_end,
        furthest_stage=row.furthest_stage,
        disputed=row.disputed,
        disputes=row.disputes,
        removals=CountTotal(row.removals_value, row.removals_qualifier, row.removal_events,
                            row.removals_unknown),
        sources=row.sources,
        facts=row.facts,
        updated_at=row.updated_at,
    )


def _values(value: str | Collection[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _iso3(code: str) -> str:
    upper = code.strip().upper()
    if not _ISO3.fullmatch(upper):
        raise ValueError(f"country {code!r} is not an ISO3 code")
    return upper


def _date(text: str) -> PartialDate:
    date = PartialDate.parse(text)
    if date is None:  # only for None, which callers never pass
        raise ValueError("no date given")
    return date
