"""The tables: documents, their MinHash bands, and facts, as SQLAlchemy 2 typed models.

The schema itself is created by the Alembic migrations in ``store/migrations``; these models
must describe exactly what the migrations build (``tests/test_migrations.py`` compares them).
The full-text index (SQLite FTS5 table or PostgreSQL GIN index) is created per dialect by the
migrations only and queried with SQL in ``repository.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# PostgreSQL stores JSON as jsonb (compact, comparable); elsewhere it is JSON text.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")

FACT_STATUSES = ("automatic", "confirmed", "rejected", "edited")


class Base(DeclarativeBase):
    """Declarative base of the thirdcountry tables."""


class Document(Base):
    """One ingested article: its text as ingested, metadata, and dedup keys.

    A near-duplicate (syndicated copy) has ``canonical_id`` set: it records one more source of
    the canonical document's story and carries no facts of its own.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    url_key: Mapped[str | None] = mapped_column(Text, unique=True)
    outlet: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str | None] = mapped_column(String(35))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    canonical_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    similarity: Mapped[float | None] = mapped_column(Float)
    source_kind: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(Text)
    warnings: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(String(32))

    facts: Mapped[list[FactRecord]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class DocumentBand(Base):
    """One LSH band hash of a canonical document's MinHash signature (see documents.dedup)."""

    __tablename__ = "document_bands"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FactRecord(Base):
    """One FACTS.md fact found in a document, with typed columns for keys and filters.

    ``data`` is the complete FACTS.md JSON object (with ``rule``); the typed columns repeat
    what the API filters and sorts on. ``fact_key`` identifies the claim within its document
    across re-extractions (see ``repository.fact_keys``) and never changes when a curator edits.
    """

    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("document_id", "fact_key", name="uq_facts_document_key"),
        CheckConstraint(
            f"status IN ({', '.join(repr(s) for s in FACT_STATUSES)})", name="ck_facts_status"
        ),
        # Lists of facts are pages in id order: each filter the API offers has an index
        # ending in the id, so a page is a walk of one index that stops after the page
        # (migration 0004). SQLite appends the rowid to every index, PostgreSQL does not.
        Index("ix_facts_pair", "deporting_country", "receiving_country", "id"),
        Index("ix_facts_deporting", "deporting_country", "id"),
        Index("ix_facts_receiving", "receiving_country", "id"),
        # One type or stage of one state's facts (removals sent to one country) in id order
        # (0005).
        Index("ix_facts_deporting_type", "deporting_country", "type", "id"),
        Index("ix_facts_receiving_type", "receiving_country", "type", "id"),
        Index("ix_facts_deporting_stage", "deporting_country", "stage", "id"),
        Index("ix_facts_receiving_stage", "receiving_country", "stage", "id"),
        Index("ix_facts_country", "country", "id"),
        Index("ix_facts_jurisdiction", "jurisdiction", "id"),
        Index("ix_facts_type", "type", "id"),
        Index("ix_facts_type_stage", "type", "stage", "id"),
        Index("ix_facts_type_outcome", "type", "outcome", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    fact_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="automatic", index=True)
    type: Mapped[str] = mapped_column(String(16))
    deporting_country: Mapped[str | None] = mapped_column(String(3))
    receiving_country: Mapped[str | None] = mapped_column(String(3))
    country: Mapped[str | None] = mapped_column(String(3))
    jurisdiction: Mapped[str | None] = mapped_column(String(3))
    kind: Mapped[str | None] = mapped_column(String(32))
    stage: Mapped[str | None] = mapped_column(String(16), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))
    certainty: Mapped[str] = mapped_column(String(16))
    attributed_to: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    count: Mapped[int | None] = mapped_column(Integer)
    count_qualifier: Mapped[str | None] = mapped_column(String(16))
    facility: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    court: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    concern: Mapped[str | None] = mapped_column(Text)
    evidence_quote: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    document: Mapped[Document] = relationship(back_populates="facts")
