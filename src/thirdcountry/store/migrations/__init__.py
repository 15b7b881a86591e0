"""Schema migrations (Alembic), run programmatically: no ``alembic.ini`` is needed or shipped.

:func:`upgrade` brings a database to the newest revision (``thirdcountry db upgrade``).
:func:`ensure_current` is called on first use of a database by every command: an empty database
is created on the spot, a current one is used as is, and one at an older (or unknown) revision
is refused with a message that says to run ``thirdcountry db upgrade``, so data is never
migrated as a side effect of, say, a search.

Each upgrade runs in one transaction holding the write lock (SQLite ``BEGIN IMMEDIATE``,
a PostgreSQL advisory lock), so two processes opening a new database at once do not both try to
create it: the second waits, then finds it current.

To add a revision, write ``versions/NNNN_what.py`` from ``script.py.mako`` with
``revision = "NNNN"`` and ``down_revision`` the previous one, and mirror the change in
``store/tables.py``; ``tests/test_migrations.py`` checks that the two agree.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from thirdcountry.store.engine import StoreError, writer
from thirdcountry.store.tables import Base

_SCRIPT_LOCATION = Path(__file__).resolve().parent
# Any fixed number will do; it only has to be the same for every thirdcountry process.
_POSTGRES_LOCK_KEY = 0x7468_6972_6463


def alembic_config(connection: Connection | None = None) -> Config:
    """Return an Alembic configuration for the packaged migrations.

    Args:
        connection: the connection migrations run on; needed for upgrades, not to read the
            revision graph.

    Returns:
        The configuration, usable with ``alembic.command``.
    """
    config = Config()
    config.set_main_option("script_location", str(_SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the newest revision of the packaged migrations."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # only if the versions folder were missing from the package
        raise StoreError("no migrations found in the thirdcountry package")
    return head


def current_revision(engine: Engine) -> str | None:
    """Return the database's revision, or None when it has never been migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Migrate the database to the newest revision, in one transaction.

    Args:
        engine: an engine from ``make_engine``.

    Returns:
        The revisions before and after; equal when there was nothing to do.

    Raises:
        StoreError: the database holds thirdcountry tables that no migration recorded.
        sqlalchemy.exc.SQLAlchemyError: the database cannot be reached or a migration failed
            (the transaction is rolled back).
    """
    with writer(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            lock = text("SELECT pg_advisory_xact_lock(:key)")
            connection.execute(lock, {"key": _POSTGRES_LOCK_KEY})
        before = MigrationContext.configure(connection).get_current_revision()
        if before is None:
            _refuse_unrecorded_tables(connection)
        command.upgrade(alembic_config(connection), "head")
        after = MigrationContext.configure(connection).get_current_revision()
    return before, after or head_revision()


def ensure_current(engine: Engine) -> None:
    """Create the schema of a new database; accept a current one; refuse any other.

    Args:
        engine: an engine from ``make_engine``.

    Raises:
        StoreError: the database is at another revision than this version of thirdcountry
            expects (the message says what to run), or holds unrecorded thirdcountry tables.
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if current is None:
        upgrade(engine)
        return
    url = engine.url.render_as_string(hide_password=True)
    if not _is_known_revision(current):
        raise StoreError(
            f"database {url} is at schema revision {current}, unknown to this thirdcountry "
            f"(which expects {head}): it was written by a newer version"
        )
    raise StoreError(
        f"database {url} is at schema revision {current}, this thirdcountry expects {head}: "
        f"run `thirdcountry db upgrade --db {url}`"
    )


def _is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _refuse_unrecorded_tables(connection: Connection) -> None:
    existing = set(inspect(connection).get_table_names()) & set(Base.metadata.tables)
    if existing:
        url = connection.engine.url.render_as_string(hide_password=True)
        raise StoreError(
            f"database {url} has thirdcountry tables ({', '.join(sorted(existing))}) but no "
            "migration history; use an empty database"
        )
