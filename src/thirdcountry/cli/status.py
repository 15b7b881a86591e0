"""``thirdcountry status``: the current status of every country pair, as one table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from thirdcountry.cli.db import DbOption, open_store
from thirdcountry.cli.output import MISSING, country_label, stdout_console
from thirdcountry.countries import get_country
from thirdcountry.facts.schema import KINDS, STAGES

if TYPE_CHECKING:
    from thirdcountry.tracker import PairStatus

PIPED_WIDTH = 150
COMPACT_BELOW = 120
KIND_LABELS = {
    "third_country_removal": "removals",
    "safe_third_country": "safe 3rd country",
    "detention": "detention",
    "unspecified": MISSING,
}


def register(app: typer.Typer) -> None:
    """Add the ``status`` command to the app."""
    app.command("status")(status_command)


def status_command(
    country: Annotated[
        str | None,
        typer.Argument(help="Only pairs with this country on either side (name, ISO2 or ISO3).",
                       show_default=False),
    ] = None,
    db: DbOption = None,
    stage: Annotated[
        str | None, typer.Option("--stage", help=f"Only this current stage: {', '.join(STAGES)}.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help=f"Only this kind: {', '.join(KINDS)}.")
    ] = None,
    disputed: Annotated[
        bool, typer.Option("--disputed", help="Only pairs with contradicting reports.")
    ] = False,
    recompute: Annotated[
        bool,
        typer.Option("--rebuild", help="Recompute every pair from the stored facts first."),
    ] = False,
) -> None:
    """Show each deporting/receiving pair: kind, current stage, certainty, date, removals.

    The stage is the latest firm evidence (a rumour never overrules a confirmed stage);
    "disputed" marks pairs whose sources contradict each other (see `thirdcountry timeline`).

    Example: thirdcountry status Rwanda --db news.db
    """
    from sqlalchemy.orm import Session

    from thirdcountry.tracker import catch_up, pair_statuses, rebuild_all, totals

    iso3 = _country(country) if country else None
    _check_choice("--stage", stage, STAGES)
    _check_choice("--kind", kind, KINDS)
    engine = open_store(db)
    if recompute:
        rebuild_all(engine)
    else:
        catch_up(engine)
    with Session(engine) as session:
        pairs = pair_statuses(session, country=iso3, stage=stage, kind=kind,
                              disputed=True if disputed else None)
        headline = totals(session)
    out = stdout_console()
    if not out.is_terminal:
        # Piped or redirected output has no width to respect: keep each pair on one line.
        out.width = max(out.width, PIPED_WIDTH)
    if not pairs:
        out.print("No country pairs match." if iso3 or stage or kind or disputed
                  else "No country pairs yet: ingest some articles first.")
        return
    out.print(pair_table(pairs, compact=out.width < COMPACT_BELOW))
    if iso3 is None and stage is None and kind is None and not disputed:
        out.print(
            f"{headline.pairs} pairs · receiving countries approached "
            f"{headline.countries_approached}, agreed {headline.countries_agreed}, "
            f"receiving people {headline.countries_receiving} · people removed "
            f"{headline.people_removed.text}",
            soft_wrap=True,
        )


def pair_table(pairs: list[PairStatus], *, compact: bool = False) -> Table:
    """Build the Rich table of pair statuses.

    Args:
        pairs: the pairs, one row each.
        compact: name countries by ISO3 code and leave less space between columns, for
            terminals narrower than :data:`COMPACT_BELOW` columns.
    """
    table = Table(title="Third-country arrangements", title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 0 if compact else 1))
    for name in ("from", "to", "kind", "stage", "certainty", "date"):
        table.add_column(name, no_wrap=name in ("from", "stage", "certainty", "date"))
    table.add_column("removed", justify="right")
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("disputed")
    for pair in pairs:
        table.add_row(
            pair.deporting if compact else escape(country_label(pair.deporting)),
            pair.receiving if compact else escape(country_label(pair.receiving)),
            KIND_LABELS.get(pair.kind, pair.kind),
            pair.stage,
            pair.certainty + (" (curated)" if pair.curated else ""),
            pair.date or MISSING,
            pair.removals.text if pair.removals.events else MISSING,
            str(pair.sources),
            "[bold red]yes[/]" if pair.disputed else "",
        )
    return table


def _country(value: str) -> str:
    try:
        return get_country(value).iso3
    except LookupError as exc:
        raise typer.BadParameter(str(exc), param_hint="COUNTRY") from exc


def _check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}",
                                 param_hint=option)
