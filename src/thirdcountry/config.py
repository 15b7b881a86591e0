"""Settings: where thirdcountry keeps its data, built once by the CLI or app and passed down.

Nothing here runs at import time. The command line (or ``create_app``) calls
:meth:`Settings.from_environment` once and hands the object to the code that needs it, so tests
build their own ``Settings`` without touching the environment.

The database is chosen, first match wins, by the ``--db`` option, the ``THIRDCOUNTRY_DB``
environment variable, or the default SQLite file ``$XDG_DATA_HOME/thirdcountry/thirdcountry.db``
(``~/.local/share/thirdcountry/thirdcountry.db`` when ``XDG_DATA_HOME`` is unset). Each may be a
SQLAlchemy URL (``sqlite:///...``, ``postgresql+psycopg://user@host:port/db``) or a plain file
path, which means an SQLite database at that path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DATABASE_ENV_VAR = "THIRDCOUNTRY_DB"
DATABASE_FILE_NAME = "thirdcountry.db"

# PostgreSQL URLs without a driver would make SQLAlchemy look for psycopg2, which we do not ship.
_POSTGRES_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything thirdcountry needs to know about its environment.

    Attributes:
        database_url: a SQLAlchemy URL (SQLite file or PostgreSQL via psycopg 3).
    """

    database_url: str

    @classmethod
    def from_environment(
        cls, *, database: str | None = None, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Build settings from an explicit option, then the environment, then defaults.

        Args:
            database: the ``--db`` value (URL or path), or None when not given.
            environ: the environment to read; ``os.environ`` when None.

        Returns:
            The settings, with ``database_url`` always a full SQLAlchemy URL.

        Raises:
            ValueError: ``database`` was given but is empty.
        """
        env = os.environ if environ is None else environ
        if database is None:
            # An empty variable counts as unset, as shells make it easy to leave one behind.
            database = env.get(DATABASE_ENV_VAR) or str(default_database_path(env))
        return cls(database_url=database_url_from(database))


def default_database_path(environ: Mapping[str, str] | None = None) -> Path:
    """Return the default SQLite file, under ``$XDG_DATA_HOME`` or ``~/.local/share``.

    Args:
        environ: the environment to read; ``os.environ`` when None.

    Returns:
        An absolute path; the folder may not exist yet (the engine creates it).
    """
    env = os.environ if environ is None else environ
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser().resolve() / "thirdcountry" / DATABASE_FILE_NAME


def database_url_from(value: str) -> str:
    """Turn a ``--db`` value into a SQLAlchemy URL.

    Args:
        value: a URL (anything with ``://``) or a filesystem path to an SQLite database.

    Returns:
        The URL; plain paths become ``sqlite:///<absolute path>`` and driverless PostgreSQL
        URLs get the psycopg 3 driver.

    Raises:
        ValueError: the value is empty.
    """
    value = value.strip()
    if not value:
        raise ValueError("empty database URL or path")
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    scheme, rest = value.split("://", 1)
    return f"{_POSTGRES_SCHEMES.get(scheme, scheme)}://{rest}"
