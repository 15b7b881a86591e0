"""``thirdcountry serve``: run the JSON API and the web dashboard with uvicorn."""

from __future__ import annotations

import os
import socket
from typing import Annotated

import typer

from thirdcountry.config import DATABASE_ENV_VAR, Settings


def serve(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL or SQLite path (default: THIRDCOUNTRY_DB, "
                                  "then the per-user SQLite file)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes answering "
                                                            "requests (one per CPU).")] = 1,
) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the JSON API under /api/ (docs at /docs).

    One worker answers one request's Python work at a time; on a machine with several CPUs,
    ``--workers`` runs that many processes on the same port, each with its own connections.

    Example: thirdcountry serve --db data/thirdcountry.db --port 8080 --workers 2
    """
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from thirdcountry.api.app import create_app
    from thirdcountry.store import StoreError

    try:
        settings = Settings.from_environment(database=db)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--db") from exc
    try:
        app = create_app(settings)
    except (StoreError, ValueError, SQLAlchemyError) as exc:
        # A database at an older revision or out of reach: one clear line, not a traceback.
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        typer.echo(f"Error: {settings.database_url}: {reason}", err=True)
        raise typer.Exit(1) from exc
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    # Several processes: uvicorn starts each from an import string, so the database goes to
    # them through the environment (the check above already ran once, here).
    app.state.engine.dispose()
    os.environ[DATABASE_ENV_VAR] = settings.database_url
    _run_workers(host, port, workers)


def _run_workers(host: str, port: int, workers: int) -> None:
    """What ``uvicorn.run(..., workers=N)`` does, but on a listening socket declared as TCP.

    uvicorn binds the socket its workers share with ``socket.socket(family)``, whose protocol
    number is 0; connections accepted from it inherit that 0, and asyncio only turns off Nagle's
    algorithm (``TCP_NODELAY``) on sockets whose protocol is ``IPPROTO_TCP``. A response goes
    out as headers then body, and the body waited for the client's delayed ACK of the headers:
    about 40 ms on every request. One worker does not have this (asyncio binds that socket).
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("thirdcountry.api.app:app_from_environment", factory=True,
                            host=host, port=port, workers=workers, log_level="info")
    listener = tcp_listener(config.bind_socket())
    try:
        Multiprocess(config, sockets=[listener]).run()
    except KeyboardInterrupt:
        pass


def tcp_listener(sock: socket.socket) -> socket.socket:
    """``sock`` as a socket whose protocol is ``IPPROTO_TCP`` (same descriptor), so that the
    connections asyncio accepts from it get ``TCP_NODELAY``; other sockets are returned as is.
    """
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
        return sock
    if sock.proto == socket.IPPROTO_TCP:
        return sock
    return socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``thirdcountry`` app."""
    app.command("serve")(serve)
