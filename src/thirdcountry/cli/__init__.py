"""The ``thirdcountry`` command line: a Typer app whose commands live one module each.

Each command module exposes ``register(app)``; this file only gathers them, so commands stay
small and can be tested alone with Typer's ``CliRunner``.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="thirdcountry",
    help="Track third-country deportation and asylum-transfer arrangements from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules register themselves here, one import line each.
COMMAND_MODULES: list[str] = ["extract", "score"]
COMMAND_MODULES += ["db", "ingest", "reextract"]
COMMAND_MODULES += ["status", "timeline", "export"]
COMMAND_MODULES += ["serve"]


def _register_all() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"thirdcountry.cli.{name}").register(app)


_register_all()


def main() -> None:
    """Console-script entry point."""
    app()
