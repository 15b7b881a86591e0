"""Tracker buckets and entries: what lets one new article update a large pair in O(its facts).

Revision ID: 0003
Revises: 0002
Create Date: 2025-06-20

Mirrors the tables ``tracker_buckets`` .. ``tracker_pending_documents`` of
``thirdcountry/tracker/tables.py``. They are derived from the facts: a database that already
has facts gets a ``rebuild`` mark in ``tracker_pending``, so the next catch-up (``thirdcountry
ingest``, ``status``, ``timeline``, ``export``) rebuilds the tracker from them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "tracker_buckets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject", sa.String(7), nullable=False),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("firm", sa.Boolean(), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("count_qualifier", sa.String(16), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("best_weight", sa.SmallInteger(), nullable=False),
        sa.Column("best_fact_id", sa.Integer(), nullable=False),
        sa.Column("first_fact_id", sa.Integer(), nullable=False),
        sa.Column("any_firm", sa.Boolean(), nullable=False),
        sa.Column("first_published", sa.String(10), nullable=True),
        sa.Column("last_published", sa.String(10), nullable=True),
        sa.Column("top_facts", _JSON, nullable=False),
        sa.Column("details", _JSON, nullable=False),
        sa.Column("entry", sa.Integer(), nullable=True),
    )
    op.create_index("ix_tracker_buckets_key", "tracker_buckets", ["subject", "family", "key"],
                    unique=True)

    op.create_table(
        "tracker_bucket_facts",
        sa.Column("fact_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("bucket_id", sa.Integer(),
                  sa.ForeignKey("tracker_buckets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.SmallInteger(), nullable=False),
    )
    op.create_index("ix_tracker_bucket_facts_order", "tracker_bucket_facts",
                    ["bucket_id", "rank", "fact_id"])
    op.create_index("ix_tracker_bucket_facts_document", "tracker_bucket_facts", ["document_id"])

    op.create_table(
        "tracker_bucket_links",
        sa.Column("first", sa.Integer(),
                  sa.ForeignKey("tracker_buckets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("second", sa.Integer(),
                  sa.ForeignKey("tracker_buckets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("subject", sa.String(7), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
    )
    op.create_index("ix_tracker_bucket_links_subject", "tracker_bucket_links", ["subject"])

    op.create_table(
        "tracker_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("subject", sa.String(7), nullable=False),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("placed", sa.String(10), nullable=True),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("curated", sa.Boolean(), nullable=False),
        sa.Column("firm", sa.Boolean(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=True),
        sa.Column("best_fact_id", sa.Integer(), nullable=False),
        sa.Column("first_published", sa.String(10), nullable=True),
        sa.Column("last_published", sa.String(10), nullable=True),
        sa.Column("buckets", _JSON, nullable=False),
        sa.Column("top_facts", _JSON, nullable=False),
        sa.Column("details", _JSON, nullable=False),
        sa.Column("state", _JSON, nullable=False),
    )
    op.create_index("ix_tracker_entries_subject", "tracker_entries",
                    ["subject", "family", "position"])

    op.create_table(
        "tracker_disputes",
        sa.Column("subject", sa.String(7), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("first_entry", sa.Integer(), nullable=False),
        sa.Column("second_entry", sa.Integer(), nullable=True),
    )

    op.create_table(
        "tracker_entry_links",
        sa.Column("first", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("second", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("subject", sa.String(7), nullable=False),
    )
    op.create_index("ix_tracker_entry_links_subject", "tracker_entry_links", ["subject"])

    op.create_table(
        "tracker_subjects",
        sa.Column("subject", sa.String(7), primary_key=True),
        sa.Column("family", sa.String(16), primary_key=True),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
    )

    op.create_table(
        "tracker_pending_documents",
        sa.Column("document_id", sa.Integer(), primary_key=True, autoincrement=False),
    )

    # Facts stored before this revision are in no bucket yet: rebuild at the next catch-up.
    op.execute(
        "INSERT INTO tracker_pending (scope, key, generation) "
        "SELECT 'rebuild', 'all', 1 WHERE EXISTS (SELECT 1 FROM facts)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM tracker_pending WHERE scope = 'rebuild'")
    op.drop_table("tracker_pending_documents")
    op.drop_table("tracker_subjects")
    op.drop_table("tracker_entry_links")
    op.drop_table("tracker_disputes")
    op.drop_table("tracker_entries")
    op.drop_table("tracker_bucket_links")
    op.drop_table("tracker_bucket_facts")
    op.drop_table("tracker_buckets")
