"""``thirdcountry timeline``: one country pair's history, stage by stage, with its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from thirdcountry.cli.db import DbOption, open_store
from thirdcountry.cli.output import country_label, shorten, stdout_console
from thirdcountry.countries import get_country

if TYPE_CHECKING:
    from thirdcountry.tracker import PairTimeline, SourcedFact, TimelineEntry

QUOTE_WIDTH = 320
# Reports read beyond those quoted, to name the outlets behind the rest of an entry.
OUTLET_SAMPLE = 20


def register(app: typer.Typer) -> None:
    """Add the ``timeline`` command to the app."""
    app.command("timeline")(timeline_command)


def timeline_command(
    deporting: Annotated[str, typer.Argument(help="Deporting state: name, ISO2 or ISO3.")],
    receiving: Annotated[str, typer.Argument(help="Receiving state: name, ISO2 or ISO3.")],
    db: DbOption = None,
    quotes: Annotated[
        int, typer.Option("--quotes", min=0, help="Quotes shown per stage; the rest are counted.")
    ] = 3,
) -> None:
    """Show how an arrangement between two states developed, with dates, quotes and outlets.

    Each line is a stage (or a removal) reported by one or more articles, oldest first, with
    its certainty; disputes between sources are listed at the top.

    Example: thirdcountry timeline US Rwanda --db news.db
    """
    from sqlalchemy.orm import Session

    from thirdcountry.tracker import catch_up, pair_timeline

    dep = _country(deporting, "DEPORTING")
    rec = _country(receiving, "RECEIVING")
    engine = open_store(db)
    catch_up(engine)
    with Session(engine) as session:
        timeline = pair_timeline(session, dep, rec, quotes=quotes + OUTLET_SAMPLE)
    out = stdout_console()
    if timeline is None:
        out.print(f"Nothing is known about {escape(country_label(dep))} → "
                  f"{escape(country_label(rec))}.", soft_wrap=True)
        raise typer.Exit(1)
    print_timeline(out, timeline, quotes=quotes)


def print_timeline(out: Console, timeline: PairTimeline, *, quotes: int) -> None:
    """Print a pair's header, disputes and entries to a console."""
    out.print(f"[bold]{escape(country_label(timeline.deporting))} → "
              f"{escape(country_label(timeline.receiving))}[/bold]", soft_wrap=True)
    current = timeline.current
    if current is not None:
        when = str(current.date) if current.date else "undated"
        out.print(f"Current stage: [bold]{current.stage}[/bold] ({current.certainty}, {when}) · "
                  f"{timeline.kind.replace('_', ' ')} · furthest stage reached: "
                  f"{timeline.furthest_stage or 'none confirmed'}", soft_wrap=True)
    total = timeline.removal_total
    out.print(f"People removed: {total.text if total.events else 'none reported'} · "
              f"{timeline.source_count} sources · {timeline.fact_count} facts", soft_wrap=True)
    if timeline.disputes:
        out.print("[bold red]Disputed:[/]")
        for dispute in timeline.disputes:
            out.print(f"  • {escape(dispute.summary)}", soft_wrap=True)
    for entry in timeline.entries:
        out.print()
        _print_entry(out, entry, quotes)


def _print_entry(out: Console, entry: TimelineEntry, quotes: int) -> None:
    if entry.date is not None:
        when = str(entry.date)
    else:
        when = f"undated (by {entry.placed})" if entry.placed else "undated"
    kind = f" · {entry.kind.replace('_', ' ')}" if entry.kind and entry.removal is None else ""
    flag = " [bold red]disputed[/]" if entry.disputed else ""
    curated = ", curated" if entry.curated else ""
    out.print(f"[bold]{escape(when)}[/bold]  {escape(entry.label)}{kind}  "
              f"[dim]{entry.certainty}{curated}[/dim]{flag}", soft_wrap=True)
    for sourced in entry.facts[:quotes]:
        out.print(f"    {_quote_line(sourced)}", soft_wrap=True)
    hidden = entry.fact_count - min(quotes, len(entry.facts))
    if hidden:
        sampled = entry.facts[quotes:]
        outlets = sorted({s.outlet or f"document {s.document_id}" for f in sampled
                          for s in f.sources})
        more = ", …" if hidden > len(sampled) else ""
        out.print(f"    [dim]… and {hidden} more reports: {escape(', '.join(outlets))}{more}"
                  "[/dim]", soft_wrap=True)


def _quote_line(sourced: SourcedFact) -> str:
    fact = sourced.fact
    quote = escape(shorten(fact.evidence.quote, QUOTE_WIDTH))
    said = f", according to {escape(fact.attributed_to)}" if fact.attributed_to else ""
    document = sourced.document
    where = ", ".join(escape(part) for part in (document.outlet or document.title,
                                                document.published) if part)
    copies = f" (+{len(sourced.copies)} copies)" if sourced.copies else ""
    link = f" · {escape(document.url)}" if document.url else ""
    return (f"“{quote}” [dim]({fact.certainty}{said}) — {where or 'unnamed source'}"
            f"{copies}{link}[/dim]")


def _country(value: str, hint: str) -> str:
    try:
        return get_country(value).iso3
    except LookupError as exc:
        raise typer.BadParameter(str(exc), param_hint=hint) from exc
