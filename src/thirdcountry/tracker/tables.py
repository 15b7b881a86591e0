"""The tracker's materialised tables: current pair status, removal events, country rows.

They are derived data: ``tracker.status`` recomputes the rows of the pairs and countries that
ingested documents touch (recorded in ``tracker_pending`` until then), and ``rebuild``
recomputes all of them from the facts. Reading them is what makes ``thirdcountry status``
and the map fast on a store of 100k articles. They live on the store's ``Base`` and are
created by the migration ``store/migrations/versions/0002_tracker.py``, which must build
exactly these definitions.

Counts of people keep their qualifier: ``*_value`` is the number, ``*_qualifier`` says whether
it is exact, a lower bound ("at least", "more than"), "about" or "up to" (None: no count known),
and ``*_unknown`` counts the removals whose size no source states.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
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
