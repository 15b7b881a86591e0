"""``thirdcountry ingest``: read articles from files, folders, feeds and URLs into the store."""

from __future__ import annotations

from contextlib import ExitStack
from importlib.resources import as_file, files
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from thirdcountry.cli.db import DbOption, open_store
from thirdcountry.cli.output import stderr_console, stdout_console

# The extractor (spaCy), the sources and the store are imported by the command when it runs,
# so that every other command starts without them.
if TYPE_CHECKING:
    from thirdcountry.ingest import IngestSummary


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to the app."""
    app.command("ingest")(ingest_command)


def ingest_command(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="Files, folders, RSS/Atom feeds, bulk .jsonl/.csv files or http(s) URLs.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow fetching URLs on private, loopback and link-local addresses.",
        ),
    ] = False,
    examples: Annotated[
        bool, typer.Option("--examples", help="Also ingest the example articles shipped.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", min=0,
            help="Processes extracting facts while this one stores (runs of more than one "
                 "batch of 32 articles); 0 extracts here. [default: 1 on a machine with 2 "
                 "CPUs or more, else 0]",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Store articles and the facts found in them; link syndicated copies; skip repeats.

    Each article is stored with its facts in one transaction, so an interrupted
    run can simply be started again: articles already stored (same URL or same
    text) then count as duplicates.

    Items that cannot be read are listed with the reason; the exit status is 1.

    Example: thirdcountry ingest articles/ https://example.org/feed.xml --db news.db
    """
    from thirdcountry.extraction_processes import (
        ExtractionProcessError,
        ExtractionProcesses,
        default_jobs,
        new_extractor,
    )

    specs = list(sources or [])
    if not specs and not examples:
        raise typer.BadParameter("give at least one SOURCE, or --examples", param_hint="SOURCE")
    jobs = default_jobs() if jobs is None else jobs
    with ExitStack() as stack:
        if jobs:
            # Started first, so that the children import spaCy and build their extractors
            # while this process imports the rest, opens the store and reads the sources.
            extractor = stack.enter_context(ExtractionProcesses(new_extractor, jobs))
            extractor.start()
        from thirdcountry.ingest import ingest
        from thirdcountry.sources import FetchPolicy, iter_sources
        from thirdcountry.tracker import catch_up, mark_for_update

        engine = open_store(db)
        if not jobs:
            extractor = new_extractor()
        if examples:
            specs.append(str(stack.enter_context(as_file(files("thirdcountry") / "examples"))))
        items = iter_sources(specs, policy=FetchPolicy(allow_private=allow_private))
        with _progress(stderr_console()) as progress:
            task = progress.add_task("Ingesting", total=None, counts="")

            def show(summary: IngestSummary) -> None:
                progress.update(task, completed=summary.read, counts=_counts_line(summary))

            try:
                summary = ingest(items, engine, extractor, progress=show,
                                 on_document=mark_for_update)
            except ExtractionProcessError as exc:
                stderr_console().print(
                    f"Error: {escape(str(exc))}. The articles stored until then are kept: run "
                    "the same command again to go on.", soft_wrap=True)
                raise typer.Exit(1) from exc
    catch_up(engine)  # recompute the tracker's pairs and countries the run touched
    print_summary(stdout_console(), summary)
    raise typer.Exit(1 if summary.failed else 0)


def print_summary(console: Console, summary: IngestSummary) -> None:
    """Print the counts table, then one line per failed item with its reason."""
    table = Table(title="Ingestion summary", title_justify="left")
    table.add_column("items", style="bold")
    table.add_column("count", justify="right")
    for label, value in (
        ("read", summary.read),
        ("new documents", summary.new),
        ("duplicates (same URL or text)", summary.duplicates),
        ("near-duplicate copies linked", summary.near_duplicates),
        ("failed", summary.failed),
        ("facts added", summary.facts_added),
    ):
        table.add_row(label, str(value))
    console.print(table)
    if summary.failures:
        console.print(f"[bold]Failed ({summary.failed}):[/bold]")
        for failure in summary.failures:
            console.print(f"  {escape(failure.reason)}", soft_wrap=True)


def _progress(console: Console) -> Progress:
    # The number of items is unknown until the sources are exhausted: a spinner, not a bar.
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}: {task.completed} read"),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _counts_line(summary: IngestSummary) -> str:
    return (
        f"{summary.new} new · {summary.duplicates} duplicate · "
        f"{summary.near_duplicates} copies · {summary.failed} failed"
    )
