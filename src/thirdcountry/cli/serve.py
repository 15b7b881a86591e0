"""``thirdcountry serve``: run the JSON API and the web dashboard with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from thirdcountry.config import Settings


def serve(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL or SQLite path (default: THIRDCOUNTRY_DB, "
                                  "then the per-user SQLite file)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the JSON API under /api/ (docs at /docs).

    Example: thirdcountry serve --db data/thirdcountry.db --port 8080
    """
    import uvicorn

    from thirdcountry.api.app import create_app

    try:
        settings = Settings.from_environment(database=db)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--db") from exc
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``thirdcountry`` app."""
    app.command("serve")(serve)
