"""Tracker tables: pair status, removal events and their facts, country rows, pending marks.

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-02

Mirrors ``thirdcountry/tracker/tables.py``. The tables are derived from the facts; a new
database starts with them empty, and ``tracker.rebuild`` fills them from existing facts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def _counted(prefix: str) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_events", sa.Integer(), nullable=False),
        sa.Column(f"{prefix}_value", sa.Integer(), nullable=False),
        sa.Column(f"{prefix}_qualifier", sa.String(16), nullable=True),
        sa.Column(f"{prefix}_unknown", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "tracker_pairs",
        sa.Column("deporting_country", sa.String(3), primary_key=True),
        sa.Column("receiving_country", sa.String(3), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("curated", sa.Boolean(), nullable=False),
        sa.Column("status_date", sa.String(10), nullable=True),
        sa.Column("as_of_start", sa.String(10), nullable=True),
        sa.Column("as_of_end", sa.String(10), nullable=True),
        sa.Column("furthest_stage", sa.String(16), nullable=True),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("disputes", sa.Integer(), nullable=False),
        sa.Column("removal_events", sa.Integer(), nullable=False),
        sa.Column("removals_value", sa.Integer(), nullable=False),
        sa.Column("removals_qualifier", sa.String(16), nullable=True),
        sa.Column("removals_unknown", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_tracker_pairs_receiving", "tracker_pairs", ["receiving_country"])
    op.create_index("ix_tracker_pairs_stage", "tracker_pairs", ["stage"])
    op.create_index("ix_tracker_pairs_kind", "tracker_pairs", ["kind"])
    op.create_index("ix_tracker_pairs_certainty", "tracker_pairs", ["certainty"])
    op.create_index("ix_tracker_pairs_as_of", "tracker_pairs", ["as_of_start"])

    op.create_table(
        "tracker_removal_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("deporting_country", sa.String(3), nullable=False),
        sa.Column("receiving_country", sa.String(3), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("date_start", sa.String(10), nullable=True),
        sa.Column("date_end", sa.String(10), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("count_qualifier", sa.String(16), nullable=True),
        sa.Column("nationalities", _JSON, nullable=False),
        sa.Column("facility", sa.Text(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("curated", sa.Boolean(), nullable=False),
        sa.Column("firm", sa.Boolean(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("counts_reported", _JSON, nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Integer(), nullable=False),
    )
    op.create_index(
        "ix_tracker_removal_events_pair",
        "tracker_removal_events",
        ["deporting_country", "receiving_country"],
    )
    op.create_index(
        "ix_tracker_removal_events_receiving", "tracker_removal_events", ["receiving_country"]
    )
    op.create_index("ix_tracker_removal_events_date", "tracker_removal_events", ["date_start"])

    op.create_table(
        "tracker_removal_event_facts",
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("tracker_removal_events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "fact_id",
            sa.Integer(),
            sa.ForeignKey("facts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index(
        "ix_tracker_removal_event_facts_fact_id", "tracker_removal_event_facts", ["fact_id"]
    )

    op.create_table(
        "tracker_countries",
        sa.Column("iso3", sa.String(3), primary_key=True),
        sa.Column("pairs_as_deporting", sa.Integer(), nullable=False),
        sa.Column("pairs_as_receiving", sa.Integer(), nullable=False),
        sa.Column("receiving_stage", sa.String(16), nullable=True),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        *_counted("received"),
        *_counted("sent"),
        sa.Column("legal_action_reports", sa.Integer(), nullable=False),
        sa.Column("rights_concern_reports", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "ix_tracker_countries_receiving_stage", "tracker_countries", ["receiving_stage"]
    )

    op.create_table(
        "tracker_pending",
        sa.Column("scope", sa.String(8), primary_key=True),
        sa.Column("key", sa.String(7), primary_key=True),
        sa.Column("generation", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tracker_pending")
    op.drop_table("tracker_countries")
    op.drop_table("tracker_removal_event_facts")
    op.drop_table("tracker_removal_events")
    op.drop_table("tracker_pairs")
