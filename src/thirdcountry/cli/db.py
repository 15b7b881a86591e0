"""``thirdcountry db``: manage the database; also the ``--db`` option every store command shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.markup import escape

from thirdcountry.cli.output import stderr_console, stdout_console
from thirdcountry.config import Settings

# SQLAlchemy, Alembic and the store are imported by the commands that open a database, so that
# `thirdcountry --help` and the commands that never do start without them.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import SQLAlchemyError

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Database URL (sqlite:///file.db, postgresql+psycopg://user@host:port/db) or SQLite "
        "path. Default: THIRDCOUNTRY_DB, then $XDG_DATA_HOME/thirdcountry/thirdcountry.db.",
    ),
]

db_app = typer.Typer(name="db", help="Manage the thirdcountry database.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the ``db`` command group to the app."""
    app.add_typer(db_app)


def settings_from_option(db: str | None) -> Settings:
    """Build the settings of a command from its ``--db`` value.

    Raises:
        typer.BadParameter: the value is empty.
    """
    try:
        return Settings.from_environment(database=db)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--db") from exc


def open_store(db: str | None) -> Engine:
    """Open the database of a command, creating it if new; exit 1 with a message if unusable.

    Args:
        db: the ``--db`` value, or None.

    Returns:
        An engine on a database at the current schema revision.

    Raises:
        typer.Exit: the database cannot be reached or is at another schema revision.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from thirdcountry.store import StoreError, ensure_current, make_engine

    settings = settings_from_option(db)
    try:
        engine = make_engine(settings.database_url)
        ensure_current(engine)
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        _fail(f"cannot open database {_shown(settings)}: {_first_line(exc)}")
    return engine


@db_app.command("upgrade")
def upgrade_command(db: DbOption = None) -> None:
    """Create the database, or migrate it to the newest schema revision.

    Example: thirdcountry db upgrade --db postgresql+psycopg://tracker@localhost/thirdcountry
    """
    from sqlalchemy.exc import SQLAlchemyError

    from thirdcountry.store import StoreError, make_engine, upgrade

    settings = settings_from_option(db)
    try:
        before, after = upgrade(make_engine(settings.database_url))
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        _fail(f"cannot upgrade database {_shown(settings)}: {_first_line(exc)}")
    if before == after:
        message = f"{_shown(settings)} is up to date (revision {after})"
    else:
        message = f"{_shown(settings)} upgraded from {before or 'empty'} to revision {after}"
    stdout_console().print(escape(message), soft_wrap=True)


def _shown(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.database_url).render_as_string(hide_password=True)


def _first_line(exc: SQLAlchemyError) -> str:
    return str(exc.orig if getattr(exc, "orig", None) else exc).strip().splitlines()[0]


def _fail(message: str) -> NoReturn:
    stderr_console().print(f"Error: {escape(message)}", soft_wrap=True)
    raise typer.Exit(1)
