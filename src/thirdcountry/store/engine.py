"""Database engines for SQLite and PostgreSQL, set up the same way wherever they are made.

SQLite gets write-ahead logging (readers never block the writer), a busy timeout (a second
process waits for the lock instead of failing at once), enforced foreign keys and
``synchronous=NORMAL`` (a commit survives a killed process; only a power cut may lose the last
ones). Python's sqlite3 module opens transactions lazily and not for DDL, so we turn that off and
issue ``BEGIN`` ourselves: every transaction, DDL included, is then a real SQLite transaction.

Write transactions should use :func:`writer`: on SQLite it starts them with ``BEGIN IMMEDIATE``,
which takes the write lock up front. A deferred transaction that reads first and writes later
can otherwise fail with "database is locked" at its first write when another process committed
in between, which the busy timeout cannot help with.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from thirdcountry.errors import ThirdcountryError

BUSY_TIMEOUT_MS = 30_000
_BEGIN_OPTION = "thirdcountry_sqlite_begin"


class StoreError(ThirdcountryError):
    """The database cannot be used as it is (wrong schema revision, foreign tables...)."""


def make_engine(url: str) -> Engine:
    """Create an engine for a SQLite file or a PostgreSQL database.

    Args:
        url: a SQLAlchemy URL; ``sqlite:///path`` (the folder is created if missing) or
            ``postgresql+psycopg://user@host:port/db``.

    Returns:
        The engine. Nothing is connected yet.

    Raises:
        ValueError: the URL is malformed or names a backend other than SQLite or PostgreSQL.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError with a vague message
        raise ValueError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise ValueError(f"unsupported database {backend!r} in {url!r}: use sqlite or postgresql")


def writer(engine: Engine) -> Engine:
    """Return a view of ``engine`` whose transactions take the write lock when they begin.

    Args:
        engine: an engine from :func:`make_engine`.

    Returns:
        An engine sharing the same connection pool; on PostgreSQL it behaves like ``engine``.
    """
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Autocommit at the driver level: SQLAlchemy's "begin" hook below opens transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        # Under WAL, NORMAL syncs the log only when it is checkpointed into the database: a
        # commit is still atomic and survives a killed process (what one transaction per
        # batch of documents relies on), and FULL would add a disk flush to every commit.
        # The checkpoint interval stays SQLite's (1,000 pages): measured on ingestion, a
        # larger one mostly moves the checkpoint's flushes to the end of the run and widens
        # what a power cut can lose.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def switch_to_wal(cursor: Any) -> None:
    # Several processes opening a new database file at once all ask for WAL; the switch needs
    # the file to itself, and SQLite answers "database is locked" at once rather than after the
    # busy timeout (seen about once in 150 triple first uses), so wait for it here.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)
