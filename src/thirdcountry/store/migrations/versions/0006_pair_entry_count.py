"""How many timeline entries each pair has, kept in ``tracker_pairs.entry_count``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

Every page of a pair's timeline says how many entries the whole timeline has (``next_offset``
and ``entry_count`` depend on it). It was a ``COUNT`` over the pair's rows of
``tracker_entries`` on every request: for the largest pair of the 100,000-article store,
3,900 index entries walked per page. The tracker now writes the count with the pair's status
(``tracker.merging``) and this revision fills it for stores materialised before. Mirrors
``PairStatusRow.entry_count`` in ``tracker/tables.py``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tracker_pairs", sa.Column("entry_count", sa.Integer(), nullable=False,
                                             server_default="0"))
    # A pair's subject is "DEP:REC"; its entries are the arrangement and removal ones.
    op.execute(
        "UPDATE tracker_pairs SET entry_count = (SELECT count(*) FROM tracker_entries e "
        "WHERE e.subject = tracker_pairs.deporting_country || ':' || "
        "tracker_pairs.receiving_country AND e.family IN ('arrangement', 'removal'))"
    )


def downgrade() -> None:
    with op.batch_alter_table("tracker_pairs") as batch:
        batch.drop_column("entry_count")
