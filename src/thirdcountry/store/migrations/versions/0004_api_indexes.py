"""Fact indexes ending in the id, so that every filter of ``/api/facts`` reads one page; a
pair's current timeline entry found directly; a stored search vector on PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Fact lists are pages in id order ("the next 100 facts after id N"). With an index on the
filtered column alone, PostgreSQL must collect every matching fact and sort them by id
before it can return the first page, and SQLite, which appends the rowid to each index but
picks one index per table, combined ``type`` with a sort of all legal actions to answer
``type=legal_action&outcome=blocked``. An index ending in the id lets either walk one
value's facts in id order and stop after the page. ``ix_facts_pair``, ``ix_facts_receiving``,
``ix_facts_country``, ``ix_facts_jurisdiction`` and ``ix_facts_type_stage`` are rebuilt with
the id at the end; ``ix_facts_deporting``, ``ix_facts_type`` and ``ix_facts_type_outcome``
are new. Mirrors ``FactRecord.__table_args__`` in ``store/tables.py``.

``ix_tracker_entries_current`` finds a pair's current timeline entry directly; without it a
timeline page read every entry row of the pair (150,000 facts' worth for the largest) to find
it. Mirrors ``EntryRow.__table_args__`` in ``tracker/tables.py``.

On PostgreSQL, ranking search hits computed ``to_tsvector`` of every matching article again
(the GIN index of 0001 is on that expression, but ``ts_rank`` needs the vector itself): a common
word took seconds. The vector becomes a stored generated column, ``search_vector``, and
``ix_documents_search`` a GIN index on it. Like the SQLite FTS5 table, the column is not part
of the ORM models: ``repository.search_documents`` queries it with SQL.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# What PostgreSQL searches: the title and text of an article (as in 0001's index).
_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
# name: (columns before this revision or None, columns from it on)
_INDEXES: dict[str, tuple[list[str] | None, list[str]]] = {
    "ix_facts_pair": (["deporting_country", "receiving_country"],
                      ["deporting_country", "receiving_country", "id"]),
    "ix_facts_deporting": (None, ["deporting_country", "id"]),
    "ix_facts_receiving": (["receiving_country"], ["receiving_country", "id"]),
    "ix_facts_country": (["country"], ["country", "id"]),
    "ix_facts_jurisdiction": (["jurisdiction"], ["jurisdiction", "id"]),
    "ix_facts_type": (None, ["type", "id"]),
    "ix_facts_type_stage": (["type", "stage"], ["type", "stage", "id"]),
    "ix_facts_type_outcome": (None, ["type", "outcome", "id"]),
}


def upgrade() -> None:
    for name, (before, after) in _INDEXES.items():
        if before is not None:
            op.drop_index(name, table_name="facts")
        op.create_index(name, "facts", after)
    op.create_index("ix_tracker_entries_current", "tracker_entries", ["subject", "current"])
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_documents_search", table_name="documents")
        op.execute(f"ALTER TABLE documents ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS ({_VECTOR}) STORED")
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_documents_search", table_name="documents")
        op.execute("ALTER TABLE documents DROP COLUMN search_vector")
        op.execute(f"CREATE INDEX ix_documents_search ON documents USING gin ({_VECTOR})")
    op.drop_index("ix_tracker_entries_current", table_name="tracker_entries")
    for name, (before, _after) in _INDEXES.items():
        op.drop_index(name, table_name="facts")
        if before is not None:
            op.create_index(name, "facts", before)
