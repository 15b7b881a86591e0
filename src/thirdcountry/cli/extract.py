"""``thirdcountry extract``: print the facts of articles as FACTS.md JSON lines or tables."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from thirdcountry.cli.output import (
    advance_progress,
    country_label,
    progress_bar,
    shorten,
    stderr_console,
    stdout_console,
)
from thirdcountry.errors import SourceError
from thirdcountry.facts.schema import Fact
from thirdcountry.sources.text import DEFAULT_MAX_BYTES

# The extractor (spaCy) and the file readers are imported by the command when it runs, so that
# every other command starts without them.
if TYPE_CHECKING:
    from thirdcountry.extraction import Extractor
    from thirdcountry.sources.base import RawDocument

QUOTE_WIDTH = 90
COUNT_QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "up_to": "up to ",
}


class OutputFormat(str, Enum):
    """How facts are printed: FACTS.md JSON lines, or one Rich table per file."""

    jsonl = "jsonl"
    table = "table"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to the app."""
    app.command("extract")(extract_command)


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    if not _ISO_DAY.fullmatch(value):
        raise typer.BadParameter(f"{value!r} is not a date written YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a calendar date ({exc})") from exc
    return value


def extract_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files, or folders searched recursively for .txt, .md, .html, .htm.",
            exists=True,
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date for relative dates; default: each <id>.meta.json.",
            callback=_check_published,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="jsonl: FACTS.md lines; table: one table per file."),
    ] = OutputFormat.jsonl,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add the rule that produced each fact.")
    ] = False,
    with_document: Annotated[
        bool,
        typer.Option("--with-document", help='Add the source file as a "document" key.'),
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Skip files larger than this.")
    ] = DEFAULT_MAX_BYTES,
    rules_only: Annotated[
        bool,
        typer.Option("--rules-only", help="Leave out the learned checks: the rules' stages "
                     "and legal outcomes alone."),
    ] = False,
) -> None:
    """Print every fact stated in each article.

    A file that cannot be read (empty, binary, too large, not English) is named on stderr.

    The other files still run; the exit status is 1 if any file failed.

    Example: thirdcountry extract article.txt --published 2025-07-17 --format table
    """
    from thirdcountry.extraction import Extractor
    from thirdcountry.sources.files import DOCUMENT_SUFFIXES

    files, listing_errors = collect_article_files(paths)
    err = stderr_console()
    for error in listing_errors:
        err.print(escape(str(error)), soft_wrap=True)
    if not files:
        shown = ", ".join(str(p) for p in paths)
        kinds = ", ".join(sorted(DOCUMENT_SUFFIXES))
        err.print(f"Error: no article files ({kinds}) in {escape(shown)}", soft_wrap=True)
        raise typer.Exit(1)
    out = stdout_console()
    failures = len(listing_errors)
    with progress_bar(len(files), "Extracting") as progress:

        def skip(error: SourceError) -> None:
            nonlocal failures
            failures += 1
            err.print(escape(str(error)), soft_wrap=True)
            advance_progress(progress)

        extractor = Extractor(checks=False) if rules_only else Extractor()
        extracted = extract_files(extractor, files, published, max_bytes, on_skip=skip)
        for path, document, facts in extracted:
            for warning in document.warnings:
                err.print(f"{escape(str(path))}: warning: {escape(warning)}", soft_wrap=True)
            if output_format is OutputFormat.jsonl:
                document_key = str(path) if with_document else None
                write_jsonl(facts, explain=explain, document=document_key)
            else:
                print_fact_table(out, str(path), facts, explain=explain)
            advance_progress(progress)
    raise typer.Exit(1 if failures else 0)


def collect_article_files(paths: Iterable[Path]) -> tuple[list[Path], list[SourceError]]:
    """Expand folders into their article files, recursively and in name order.

    Args:
        paths: files and folders as given; a file named directly is kept whatever its type,
            while a folder contributes only files of the article types
            (``thirdcountry.sources.files.DOCUMENT_SUFFIXES``), hidden ones left out.

    Returns:
        The files without repeats, and an error for each folder that could not be listed.
    """
    from thirdcountry.sources.files import DOCUMENT_SUFFIXES, walk_folder

    files: list[Path] = []
    errors: list[SourceError] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for item in walk_folder(path):
            if isinstance(item, SourceError):
                errors.append(item)
            elif item.suffix.lower() in DOCUMENT_SUFFIXES:
                files.append(item)
    return list(dict.fromkeys(files)), errors


def extract_files(
    extractor: Extractor,
    files: Iterable[Path],
    published: str | None,
    max_bytes: int,
    *,
    on_skip: Callable[[SourceError], None],
) -> Iterator[tuple[Path, RawDocument, list[Fact]]]:
    """Read each file and extract its facts, streaming through ``Extractor.extract_many``.

    Args:
        extractor: the extraction pipeline.
        files: the article files.
        published: date for every file; None to use each document's own (its meta.json).
        max_bytes: files larger than this are skipped.
        on_skip: called with the error of each file that cannot be read; the rest go on.

    Returns:
        An iterator of ``(path, document, facts)`` for each file that could be read, in order.
    """
    # extract_many reads ahead in batches, so the documents wait here until their facts come.
    from thirdcountry.sources.files import read_document

    pending: deque[tuple[Path, RawDocument]] = deque()

    def texts() -> Iterator[tuple[str, str | None]]:
        for path in files:
            try:
                document = read_document(path, max_bytes=max_bytes)
            except SourceError as error:
                on_skip(error)
                continue
            pending.append((path, document))
            yield document.text, published or document.published

    for facts in extractor.extract_many(texts()):
        path, document = pending.popleft()
        yield path, document, facts


def write_jsonl(facts: Iterable[Fact], *, explain: bool, document: str | None) -> None:
    """Write facts to stdout as FACTS.md JSON lines, plus a ``document`` key when given."""
    for fact in facts:
        data = fact.to_dict(explain=explain)
        if document is not None:
            data["document"] = document
        typer.echo(json.dumps(data, ensure_ascii=False))


def fact_detail(fact: Fact) -> str:
    """Return the stage, outcome, count or concern of a fact, and its date, in a few words."""
    data = fact.to_dict()
    if fact.type == "arrangement":
        detail = f"{data['stage']}, {data['kind'].replace('_', ' ')}"
    elif fact.type == "removal":
        if data["count"] is None:
            detail = "count not stated"
        else:
            qualifier = COUNT_QUALIFIER_WORDS[data["count_qualifier"] or "exact"]
            detail = f"{qualifier}{data['count']} people"
    elif fact.type == "legal_action":
        detail = f"{data['outcome']}, {data['court']}"
    else:
        detail = str(data["concern"])
    return f"{detail} ({data['date']})" if data.get("date") else detail


def print_fact_table(out: Console, title: str, facts: list[Fact], *, explain: bool) -> None:
    """Print the facts of one file as a table titled with the file name.

    Three columns keep it readable in an 80-column terminal: the fact (type, then its
    countries as names and codes), what it says (stage, outcome, count or concern, the date,
    the shortened quote, and the rule with ``explain``), and its certainty with its source.
    """
    if not facts:
        out.print(f"[bold]{escape(title)}[/]: no facts found\n", soft_wrap=True)
        return
    table = Table(title=escape(title), title_justify="left", show_lines=True, expand=True)
    table.add_column("Fact", max_width=24)
    table.add_column("Stage / outcome / count, quote", ratio=1)
    table.add_column("Certainty", max_width=18)
    for fact in facts:
        countries = "\n→ ".join(escape(country_label(code)) for code in fact.countries)
        detail = (
            f"{escape(fact_detail(fact))}\n"
            f"[italic]“{escape(shorten(fact.evidence.quote, QUOTE_WIDTH))}”[/]"
        )
        if explain:
            detail += f"\n[dim]rule: {escape(fact.rule or 'none')}[/]"
        certainty = fact.certainty
        if fact.attributed_to:
            certainty += f"\n[dim]{escape(fact.attributed_to)}[/]"
        table.add_row(f"[bold]{fact.type.replace('_', ' ')}[/]\n{countries}", detail, certainty)
    out.print(table)
