"""Fact indexes by deporting or receiving state, then type or stage, then id: one type or stage
of one state's facts (``/api/facts?type=removal&receiving=SLV``) is one walk in id order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

With only ``ix_facts_receiving`` (state, id), the removals sent to El Salvador were found by
reading every one of its 148,000 facts in id order and checking the type of each: 140 ms for
the first page on the 100,000-article store, and as long for every later page. Led by the type
instead (``ix_facts_type_stage``), ``type=arrangement&deporting=SWE&stage=approached`` read
every approach of every state to find Sweden's; led by the state and type, the United States'
suspensions were found among all its arrangements (120 ms). With these the walk reads only the
facts asked for. Mirrors ``FactRecord.__table_args__`` in
``store/tables.py``; ``api.queries.FactFilter.where`` points SQLite at them.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_facts_deporting_type": ["deporting_country", "type", "id"],
    "ix_facts_receiving_type": ["receiving_country", "type", "id"],
    "ix_facts_deporting_stage": ["deporting_country", "stage", "id"],
    "ix_facts_receiving_stage": ["receiving_country", "stage", "id"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "facts", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="facts")
