"""The tracker's materialised tables: buckets of facts, timeline entries, pair status, removal
events, country rows.

They are derived data: ``tracker.status`` folds the facts of the documents ingestion records
in ``tracker_pending_documents`` into them, and ``rebuild`` recomputes all of them from the
facts. Reading them is what makes ``thirdcountry status``, the map, a pair's timeline and a
country's page fast on a store of 100k articles. They live on the store's ``Base`` and are
created by the migrations ``store/migrations/versions/0002_tracker.py`` and
``0003_tracker_entries.py``, which must build exactly these definitions.

**Buckets** (``tracker_buckets``) hold the facts every merge treats alike: for a pair, the
arrangement facts of one stage, firmness and date (undated ones: of one publication date), or
the removal facts of one date and count; for a country, the legal actions of one court,
outcome and date, or the rights concerns of one wording. Each keeps counts, its best
certainty, first and last publication and its best few fact ids; ``tracker_bucket_facts``
files every fact under its bucket, best-weighed first. **Entries** (``tracker_entries``) are
what the merges make of the buckets: one row per timeline entry (stage or removal) of a pair,
and per legal action or rights concern of a country, in display order, with the ids of its
buckets and its best few facts.

Counts of people keep their qualifier: ``*_value`` is the number, ``*_qualifier`` says whether
it is exact, a lower bound ("at least", "more than"), "about" or "up to" (None: no count known),
and ``*_unknown`` counts the removals whose size no source states.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from thirdcountry.store.tables import Base, JSONDocument


class PairStatusRow(Base):
    """The current status of one (deporting, receiving) pair, as ``tracker.timeline`` weighs it.

    ``as_of_start``/``as_of_end`` are the first and last day the current status dates from:
    its stated date, or for an undated one the bound the timeline places it at.
    """

    __tablename__ = "tracker_pairs"
    __table_args__ = (
        Index("ix_tracker_pairs_receiving", "receiving_country"),
        Index("ix_tracker_pairs_stage", "stage"),
        Index("ix_tracker_pairs_kind", "kind"),
        Index("ix_tracker_pairs_certainty", "certainty"),
        Index("ix_tracker_pairs_as_of", "as_of_start"),
    )

    deporting_country: Mapped[str] = mapped_column(String(3), primary_key=True)
    receiving_country: Mapped[str] = mapped_column(String(3), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    stage: Mapped[str] = mapped_column(String(16))
    certainty: Mapped[str] = mapped_column(String(16))
    curated: Mapped[bool] = mapped_column(Boolean)
    status_date: Mapped[str | None] = mapped_column(String(10))
    as_of_start: Mapped[str | None] = mapped_column(String(10))
    as_of_end: Mapped[str | None] = mapped_column(String(10))
    furthest_stage: Mapped[str | None] = mapped_column(String(16))
    disputed: Mapped[bool] = mapped_column(Boolean)
    disputes: Mapped[int] = mapped_column(Integer)
    removal_events: Mapped[int] = mapped_column(Integer)
    removals_value: Mapped[int] = mapped_column(Integer)
    removals_qualifier: Mapped[str | None] = mapped_column(String(16))
    removals_unknown: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)
    facts: Mapped[int] = mapped_column(Integer)
    # Its timeline's entries (stages and removals), so a page need not count them (0006).
    entry_count: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RemovalEventRow(Base):
    """One removal reported by one or more articles (see ``tracker.merge``).

    ``id`` is the smallest id of the facts reporting it, so it stays the same across rebuilds
    while those facts do. ``date_start``/``date_end`` are the first and last day its date can
    mean, for range filters.
    """

    __tablename__ = "tracker_removal_events"
    __table_args__ = (
        Index("ix_tracker_removal_events_pair", "deporting_country", "receiving_country"),
        Index("ix_tracker_removal_events_receiving", "receiving_country"),
        Index("ix_tracker_removal_events_date", "date_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    deporting_country: Mapped[str] = mapped_column(String(3))
    receiving_country: Mapped[str] = mapped_column(String(3))
    date: Mapped[str | None] = mapped_column(String(10))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    count: Mapped[int | None] = mapped_column(Integer)
    count_qualifier: Mapped[str | None] = mapped_column(String(16))
    nationalities: Mapped[list[str]] = mapped_column(JSONDocument)
    facility: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(16))
    curated: Mapped[bool] = mapped_column(Boolean)
    firm: Mapped[bool] = mapped_column(Boolean)
    disputed: Mapped[bool] = mapped_column(Boolean)
    counts_reported: Mapped[list[Any]] = mapped_column(JSONDocument)
    sources: Mapped[int] = mapped_column(Integer)
    facts: Mapped[int] = mapped_column(Integer)


class RemovalEventFactRow(Base):
    """Which facts report which removal event."""

    __tablename__ = "tracker_removal_event_facts"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("tracker_removal_events.id", ondelete="CASCADE"), primary_key=True
    )
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CountryRow(Base):
    """What the tracker knows about one country, for maps and country lists.

    ``receiving_stage`` is the most advanced current stage among the pairs where the country
    receives (implemented, agreed, close, negotiating, approached, then suspended, ended,
    declined). ``received_*`` and ``sent_*`` add up the firm removal events to and from it.
    ``legal_action_reports`` and ``rights_concern_reports`` count facts, not merged entries.
    """

    __tablename__ = "tracker_countries"
    __table_args__ = (Index("ix_tracker_countries_receiving_stage", "receiving_stage"),)

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    pairs_as_deporting: Mapped[int] = mapped_column(Integer)
    pairs_as_receiving: Mapped[int] = mapped_column(Integer)
    receiving_stage: Mapped[str | None] = mapped_column(String(16))
    disputed: Mapped[bool] = mapped_column(Boolean)
    received_events: Mapped[int] = mapped_column(Integer)
    received_value: Mapped[int] = mapped_column(Integer)
    received_qualifier: Mapped[str | None] = mapped_column(String(16))
    received_unknown: Mapped[int] = mapped_column(Integer)
    sent_events: Mapped[int] = mapped_column(Integer)
    sent_value: Mapped[int] = mapped_column(Integer)
    sent_qualifier: Mapped[str | None] = mapped_column(String(16))
    sent_unknown: Mapped[int] = mapped_column(Integer)
    legal_action_reports: Mapped[int] = mapped_column(Integer)
    rights_concern_reports: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PendingRow(Base):
    """A pair (``scope`` ``pair``, ``key`` ``USA:RWA``) or country (``country``, ``USA``) that
    stored documents touched and the tracker has not recomputed yet (see ``tracker.status``).

    ``generation`` grows each time the key is marked again, so a recomputation removes only
    the marks it has seen.
    """

    __tablename__ = "tracker_pending"

    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(7), primary_key=True)
    generation: Mapped[int] = mapped_column(Integer)


class BucketRow(Base):
    """Facts of one subject that every merge treats alike (see the module docstring).

    ``subject`` is ``DEP:REC`` for a pair's arrangements and removals, the ISO3 code of the
    jurisdiction for legal actions and of the country for rights concerns. ``key`` encodes
    what the facts share (``tracker.buckets`` builds it); the typed columns repeat its parts.
    ``published`` is part of the key of undated facts only: the publication date of their
    articles. ``best_weight`` is 4 for a curated fact plus the rank of its certainty
    (speculative 0 .. confirmed 3); ``top_facts`` lists ``[weight, fact id]`` of the best few
    facts, best first; ``details`` holds what the merges add up (kinds, nationalities, counts);
    ``entry`` is the id of the entry (``tracker_entries``) the bucket is merged into.
    """

    __tablename__ = "tracker_buckets"
    __table_args__ = (
        Index("ix_tracker_buckets_key", "subject", "family", "key", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(7))
    family: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(16))
    firm: Mapped[bool] = mapped_column(Boolean)
    date: Mapped[str | None] = mapped_column(String(10))
    published: Mapped[str | None] = mapped_column(String(10))
    count: Mapped[int | None] = mapped_column(Integer)
    count_qualifier: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))
    facts: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)
    best_weight: Mapped[int] = mapped_column(SmallInteger)
    best_fact_id: Mapped[int] = mapped_column(Integer)
    first_fact_id: Mapped[int] = mapped_column(Integer)
    any_firm: Mapped[bool] = mapped_column(Boolean)
    first_published: Mapped[str | None] = mapped_column(String(10))
    last_published: Mapped[str | None] = mapped_column(String(10))
    top_facts: Mapped[list[Any]] = mapped_column(JSONDocument)
    details: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    entry: Mapped[int | None] = mapped_column(Integer)


class BucketFactRow(Base):
    """Which bucket a fact is filed under; ``rank`` orders a bucket's facts best first.

    ``rank`` is 7 minus the fact's weight (see :class:`BucketRow`), so that the index
    ``(bucket_id, rank, fact_id)`` lists a bucket's facts best-weighed first, oldest first.
    There is no foreign key to ``facts``: the tracker must still find a fact's bucket after the
    fact is gone, to take it out.
    """

    __tablename__ = "tracker_bucket_facts"
    __table_args__ = (
        Index("ix_tracker_bucket_facts_order", "bucket_id", "rank", "fact_id"),
        Index("ix_tracker_bucket_facts_document", "document_id"),
    )

    fact_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bucket_id: Mapped[int] = mapped_column(
        ForeignKey("tracker_buckets.id", ondelete="CASCADE")
    )
    document_id: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int] = mapped_column(SmallInteger)


class BucketLinkRow(Base):
    """Two buckets of a pair with facts from the same article(s), where that matters.

    Recorded only for the pairs of buckets whose sharing an article changes a timeline: a
    removal and a firm agreement (the removal's kind), an undated report and a report of a
    later stage (where the undated one is placed), a firm refusal and a firm agreement (one
    article saying both is no dispute). ``documents`` counts the articles.
    """

    __tablename__ = "tracker_bucket_links"
    __table_args__ = (Index("ix_tracker_bucket_links_subject", "subject"),)

    first: Mapped[int] = mapped_column(
        ForeignKey("tracker_buckets.id", ondelete="CASCADE"), primary_key=True
    )
    second: Mapped[int] = mapped_column(
        ForeignKey("tracker_buckets.id", ondelete="CASCADE"), primary_key=True
    )
    subject: Mapped[str] = mapped_column(String(7))
    documents: Mapped[int] = mapped_column(Integer)


class EntryRow(Base):
    """One timeline entry of a pair (a stage, or a removal: then ``id`` is the removal event's),
    or one legal action or rights concern of a country, as the merges make them.

    ``id`` is the smallest id of its facts. ``position`` is its place in display order among
    the entries of its subject and family (a pair's stages and removals share one timeline).
    ``placed`` is the date an undated entry is ordered by. ``buckets`` lists the ids of its
    buckets, ``top_facts`` the ``[weight, fact id]`` of its best few facts, ``details`` what
    its facts add up to (as ``tracker_buckets.details``); ``state`` keeps what the merge needs
    to place a new report without regrouping the subject (a removal's creation index and the
    counts it can mean, a legal action's court and outcome).
    """

    __tablename__ = "tracker_entries"
    __table_args__ = (
        Index("ix_tracker_entries_subject", "subject", "family", "position"),
        # A pair's current entry, found without reading its thousands of others (0004).
        Index("ix_tracker_entries_current", "subject", "current"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    subject: Mapped[str] = mapped_column(String(7))
    family: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(10))
    placed: Mapped[str | None] = mapped_column(String(10))
    certainty: Mapped[str] = mapped_column(String(16))
    curated: Mapped[bool] = mapped_column(Boolean)
    firm: Mapped[bool] = mapped_column(Boolean)
    disputed: Mapped[bool] = mapped_column(Boolean)
    current: Mapped[bool] = mapped_column(Boolean)
    facts: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int | None] = mapped_column(Integer)
    best_fact_id: Mapped[int] = mapped_column(Integer)
    first_published: Mapped[str | None] = mapped_column(String(10))
    last_published: Mapped[str | None] = mapped_column(String(10))
    buckets: Mapped[list[int]] = mapped_column(JSONDocument)
    top_facts: Mapped[list[Any]] = mapped_column(JSONDocument)
    details: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    state: Mapped[dict[str, Any]] = mapped_column(JSONDocument)


class DisputeRow(Base):
    """A dispute of a pair: a refusal against an agreement (``stage``: ``first_entry`` is the
    agreement, ``second_entry`` the refusal), or one removal with two counts (``count``)."""

    __tablename__ = "tracker_disputes"

    subject: Mapped[str] = mapped_column(String(7), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(8))
    first_entry: Mapped[int] = mapped_column(Integer)
    second_entry: Mapped[int | None] = mapped_column(Integer)


class EntryLinkRow(Base):
    """Two entries of a pair with facts from the same article(s), where that matters (the
    entries of linked buckets, see :class:`BucketLinkRow`)."""

    __tablename__ = "tracker_entry_links"
    __table_args__ = (Index("ix_tracker_entry_links_subject", "subject"),)

    first: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    second: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    subject: Mapped[str] = mapped_column(String(7))


class SubjectRow(Base):
    """Running totals of one subject, kept as documents arrive: for a pair (``family``
    ``pair``) its facts and the distinct sources (articles and their syndicated copies)
    behind them; for a country its legal-action or rights-concern facts."""

    __tablename__ = "tracker_subjects"

    subject: Mapped[str] = mapped_column(String(7), primary_key=True)
    family: Mapped[str] = mapped_column(String(16), primary_key=True)
    facts: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)


class PendingDocumentRow(Base):
    """A stored document whose facts (or, for a syndicated copy, whose extra source) the
    tracker has not folded into its buckets yet (see ``tracker.status``)."""

    __tablename__ = "tracker_pending_documents"

    document_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
