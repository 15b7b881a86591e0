"""``thirdcountry score``: precision, recall and F1 of the extractor against a gold folder."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from thirdcountry.cli.output import (
    advance_progress,
    format_ratio,
    progress_bar,
    stderr_console,
    stdout_console,
)
from thirdcountry.facts.schema import FACT_TYPES
from thirdcountry.facts.scoring import (
    ScoreReport,
    ScoringError,
    gold_document_ids,
    score_folder,
)

# The --type choices, made from the fact types so the two can never drift apart.
FactTypeName = Enum("FactTypeName", {name: name for name in FACT_TYPES}, type=str)

ERROR_LABELS = {"missed": "missed", "false_positive": "false positive", "mismatch": "mismatch"}


def register(app: typer.Typer) -> None:
    """Add the ``score`` command to the app."""
    app.command("score")(score_command)


def score_command(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            help="Gold folder: <id>.txt, <id>.facts.jsonl and optional <id>.meta.json.",
            exists=True,
            file_okay=False,
            dir_okay=True,
        ),
    ],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            help="Score saved predictions (<id>.facts.jsonl) instead of running the extractor.",
            exists=True,
            file_okay=False,
            dir_okay=True,
        ),
    ] = None,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List every miss, false positive and attribute mismatch."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    fact_type: Annotated[
        FactTypeName | None, typer.Option("--type", help="Score only facts of this type.")
    ] = None,
    rules_only: Annotated[
        bool,
        typer.Option("--rules-only", help="Score the rules alone, without the learned checks."),
    ] = False,
) -> None:
    """Score the extractor (or saved predictions) against a gold folder.

    Facts match on their FACTS.md key; precision, recall and F1 are micro-averaged.

    Kind, certainty, date, count qualifier and nationalities: accuracy over matched pairs.

    Example: thirdcountry score corpus/dev --errors
    """
    fact_types = (fact_type.value,) if fact_type else FACT_TYPES
    if rules_only and pred is not None:
        stderr_console().print("Error: --rules-only runs the extractor; --pred scores saved "
                               "predictions instead", soft_wrap=True)
        raise typer.Exit(1)
    extractor = None  # score_folder's default: the whole extractor
    if rules_only:
        from thirdcountry.extraction import Extractor

        extractor = Extractor(checks=False)
    try:
        total = len(gold_document_ids(gold_dir))
        # Saved predictions are read in a blink; only an extractor run earns a progress bar.
        with progress_bar(0 if pred else total, "Scoring") as progress:
            report = score_folder(
                gold_dir,
                extractor=extractor,
                pred_dir=pred,
                fact_types=fact_types,
                on_document=lambda _doc_id: advance_progress(progress),
            )
    except ScoringError as exc:
        stderr_console().print(f"Error: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from exc

    err = stderr_console()
    for warning in report.warnings:
        err.print(f"Warning: {escape(warning)}", soft_wrap=True)
    if as_json:
        typer.echo(json.dumps(report.to_dict(errors=errors), indent=2, ensure_ascii=False))
        return
    out = stdout_console()
    if errors:
        print_discrepancies(out, report)
    print_scores(out, report)


def print_discrepancies(out: Console, report: ScoreReport) -> None:
    """Print every miss, false positive and attribute mismatch as one table."""
    discrepancies = report.discrepancies()
    if not discrepancies:
        out.print("No errors: every gold fact matched, with every scored attribute right.\n")
        return
    # Two columns (what and where, then the evidence) so quotes stay readable at 80 columns.
    table = Table(
        title=f"Errors ({len(discrepancies)})", show_lines=True, title_justify="left", expand=True
    )
    table.add_column("Error, document, fact", overflow="fold", max_width=32)
    table.add_column("Quote and attribute differences", ratio=1)
    for item in discrepancies:
        entry = item.to_dict()
        detail = f"“{escape(' '.join(entry['quote'].split()))}”"
        if item.pair is not None:
            diffs = "; ".join(
                f"[bold]{m['attribute']}[/] gold {_value(m['gold'])}, "
                f"predicted {_value(m['predicted'])}"
                for m in entry["mismatches"]
            )
            detail = f"{diffs}\n{detail}"
        table.add_row(
            f"[bold]{ERROR_LABELS[item.kind]}[/]\n{escape(item.doc_id)}\n"
            f"{item.fact.type} {escape(entry['key'])}",
            detail,
        )
    out.print(table)


def _documents(count: int) -> str:
    return f"{count} document" if count == 1 else f"{count} documents"


def _value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(sorted(str(v) for v in value)) + "]"
    return escape(str(value))


def print_scores(out: Console, report: ScoreReport) -> None:
    """Print the per-type table, the attribute table, and the overall summary lines last."""
    # No vertical rules: nine columns then fit an 80-column terminal without cutting figures.
    table = Table(
        title=f"{_documents(len(report.documents))}, {escape(report.predictions)}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column("Type", no_wrap=True)
    for name in ("Gold", "Pred.", "Matched", "Missed", "False pos.", "P", "R", "F1"):
        table.add_column(name, justify="right")
    rows = list(report.by_type().items())
    if len(rows) > 1:
        rows.append(("all", report.overall()))
    for index, (name, tally) in enumerate(rows):
        table.add_row(
            name,
            str(tally.gold),
            str(tally.predicted),
            str(tally.true_positives),
            str(tally.false_negatives),
            str(tally.false_positives),
            format_ratio(tally.precision),
            format_ratio(tally.recall),
            format_ratio(tally.f1),
            style="bold" if name == "all" else None,
            end_section=index == len(rows) - 2,
        )
    out.print(table)

    attributes = Table(
        title="Attributes of matched pairs", title_justify="left", box=box.SIMPLE_HEAD
    )
    attributes.add_column("Attribute")
    attributes.add_column("Pairs", justify="right")
    attributes.add_column("Correct", justify="right")
    attributes.add_column("Accuracy", justify="right")
    attributes.add_column("By type")
    totals = report.attribute_totals()
    for attribute, per_type in report.attribute_accuracy().items():
        by_type = ", ".join(
            f"{t} {format_ratio(a.accuracy)}" for t, a in per_type.items() if a.total
        )
        total = totals[attribute]
        attributes.add_row(
            attribute.replace("_", " "),
            str(total.total),
            str(total.correct),
            format_ratio(total.accuracy),
            by_type if len(per_type) > 1 else "",
        )
    out.print(attributes)

    overall = report.overall()
    out.print(
        f"Overall: precision {format_ratio(overall.precision)}, "
        f"recall {format_ratio(overall.recall)}, F1 {format_ratio(overall.f1)} "
        f"({overall.true_positives} of {overall.gold} gold facts matched, "
        f"{overall.predicted} predicted)",
        soft_wrap=True,
    )
    certainty = totals["certainty"]  # scored on every fact type, so always present
    out.print(
        f"Certainty accuracy: {format_ratio(certainty.accuracy)} "
        f"({certainty.correct} of {certainty.total} matched pairs)",
        soft_wrap=True,
    )
