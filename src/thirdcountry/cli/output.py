"""Rich consoles, number formats and a progress bar shared by the command modules.

Consoles are built per command call, not at import, so Typer's ``CliRunner`` (which swaps
``sys.stdout``/``sys.stderr``) captures them and importing the CLI has no side effects.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from thirdcountry.countries import find_country

# With more files than this, long commands show a progress bar on stderr.
PROGRESS_THRESHOLD = 3

MISSING = "—"


def stdout_console() -> Console:
    """Return a console on standard output, without guessing highlights in plain text."""
    return Console(highlight=False)


def stderr_console() -> Console:
    """Return a console on standard error, for warnings, errors and progress."""
    return Console(stderr=True, highlight=False)


def format_ratio(value: float | None) -> str:
    """Format a precision, recall, F1 or accuracy as ``0.812``; ``—`` when undefined."""
    return MISSING if value is None else f"{value:.3f}"


def shorten(text: str, width: int) -> str:
    """Collapse whitespace and cut ``text`` to ``width`` characters, ending with ``…`` if cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(width - 1, 0)].rstrip() + "…"


def country_label(iso3: str) -> str:
    """Return ``Eswatini (SWZ)`` for an ISO3 code, or the bare code if it is not a country."""
    country = find_country(iso3)
    return f"{country.name} ({iso3})" if country else iso3


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Progress | None]:
    """Show a progress bar on stderr for ``total`` items when there are more than a few.

    Yields:
        The Rich ``Progress`` (advance its single task with ``advance_progress``), or None
        when ``total`` is small and no bar is shown.
    """
    if total <= PROGRESS_THRESHOLD:
        yield None
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr_console(),
        transient=True,
        # Rich routes stdout through the bar's console only if that console is a terminal;
        # when stdout is piped to a file while stderr is a terminal, that would move the
        # command's output onto stderr, so redirect only when stdout is a terminal too.
        redirect_stdout=sys.stdout.isatty(),
    )
    with progress:
        progress.add_task(description, total=total)
        yield progress


def advance_progress(progress: Progress | None) -> None:
    """Advance the bar of ``progress_bar`` by one item (no-op without a bar)."""
    if progress is not None:
        progress.advance(progress.task_ids[0])
