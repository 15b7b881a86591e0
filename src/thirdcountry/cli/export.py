"""``thirdcountry export``: facts, pair statuses or removals as CSV, JSON Lines or GeoJSON."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from thirdcountry.cli.db import DbOption, open_store
from thirdcountry.cli.output import stderr_console
from thirdcountry.exports import FORMATS, SUBJECTS, export

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(app: typer.Typer) -> None:
    """Add the ``export`` command to the app."""
    app.command("export")(export_command)


def export_command(
    format: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "jsonl",
    what: Annotated[
        str | None,
        typer.Option("--what", help=f"What to export: {', '.join(SUBJECTS)}. Default: facts "
                     "(pairs for GeoJSON, which maps the receiving countries).",
                     show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout.",
                     dir_okay=False, show_default=False),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export what the store knows, for spreadsheets, scripts and maps.

    JSON Lines facts are FACTS.md objects, one a line, with the article's `document_url`;
    pairs are the current status of each country pair; removals are merged removal events
    with their sources. GeoJSON gives each receiving country as a point with its status.
    Rejected facts are never exported. A file is written whole or not at all.

    Example: thirdcountry export --format csv --what pairs -o pairs.csv
    """
    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r} is not one of {', '.join(FORMATS)}",
                                 param_hint="--format")
    subject = what or ("pairs" if format == "geojson" else "facts")
    if subject not in SUBJECTS:
        raise typer.BadParameter(f"{subject!r} is not one of {', '.join(SUBJECTS)}",
                                 param_hint="--what")
    if format == "geojson" and subject != "pairs":
        raise typer.BadParameter("GeoJSON exports the receiving countries with their pairs; "
                                 "use --what pairs", param_hint="--what")
    from sqlalchemy.orm import Session

    from thirdcountry.tracker import catch_up

    engine = open_store(db)
    catch_up(engine)
    with Session(engine) as session:
        if output is None:
            written = export(session, sys.stdout, format=format, what=subject)
        else:
            written = _export_to_file(session, output, format, subject)
    if output is not None:
        # A GeoJSON feature is a receiving country (with all its pairs), not a pair.
        noun = "receiving countries" if format == "geojson" else subject
        stderr_console().print(f"Wrote {written} {noun} to {escape(str(output))}",
                               soft_wrap=True)


def _export_to_file(session: Session, output: Path, format: str, subject: str) -> int:
    """Write to a temporary file beside ``output`` and move it into place when complete."""
    partial = output.with_name(output.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            written = export(session, out, format=format, what=subject)
        os.replace(partial, output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        stderr_console().print(f"Error: cannot write {escape(str(output))}: {exc.strerror}",
                               soft_wrap=True)
        raise typer.Exit(1) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written
