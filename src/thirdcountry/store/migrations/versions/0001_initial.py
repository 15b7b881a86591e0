"""Documents, MinHash bands, facts, and full-text search over documents.

Revision ID: 0001
Revises:
Create Date: 2025-06-01

Full-text search depends on the dialect: SQLite gets an FTS5 table with external content
(the text stays in ``documents`` only) kept in sync by triggers; PostgreSQL gets a GIN index on
the ``tsvector`` of title and text, which ``repository.search_documents`` must query with the
very same expression for the index to be used.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]
_POSTGRES_FTS = [
    """CREATE INDEX ix_documents_search ON documents
        USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))""",
]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("url_key", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("language", sa.String(35), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column(
            "canonical_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("warnings", _JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=True),
        sa.UniqueConstraint("url_key"),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_canonical_id", "documents", ["canonical_id"])

    op.create_table(
        "document_bands",
        sa.Column("band", sa.SmallInteger(), primary_key=True),
        sa.Column("hash", sa.BigInteger(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("fact_key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("deporting_country", sa.String(3), nullable=True),
        sa.Column("receiving_country", sa.String(3), nullable=True),
        sa.Column("country", sa.String(3), nullable=True),
        sa.Column("jurisdiction", sa.String(3), nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("count_qualifier", sa.String(16), nullable=True),
        sa.Column("facility", sa.Text(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("court", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("concern", sa.Text(), nullable=True),
        sa.Column("evidence_quote", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("data", _JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("document_id", "fact_key", name="uq_facts_document_key"),
        sa.CheckConstraint(
            "status IN ('automatic', 'confirmed', 'rejected', 'edited')", name="ck_facts_status"
        ),
    )
    op.create_index("ix_facts_document_id", "facts", ["document_id"])
    op.create_index("ix_facts_status", "facts", ["status"])
    op.create_index("ix_facts_pair", "facts", ["deporting_country", "receiving_country"])
    op.create_index("ix_facts_receiving", "facts", ["receiving_country"])
    op.create_index("ix_facts_country", "facts", ["country"])
    op.create_index("ix_facts_jurisdiction", "facts", ["jurisdiction"])
    op.create_index("ix_facts_type_stage", "facts", ["type", "stage"])
    op.create_index("ix_facts_stage", "facts", ["stage"])
    op.create_index("ix_facts_date", "facts", ["date"])

    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_FTS if dialect == "sqlite" else _POSTGRES_FTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE documents_fts")
    else:
        op.drop_index("ix_documents_search", table_name="documents")
    op.drop_table("facts")
    op.drop_table("document_bands")
    op.drop_table("documents")
