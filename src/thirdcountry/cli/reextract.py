"""``thirdcountry reextract``: run the current extractor again over every stored article.

Automatic facts are updated, added or removed to match what the extractor finds now; facts a
curator confirmed, edited or rejected are left as they are, and a rejected fact is not added
back. New facts are matched to stored ones by their fact key, built from the fields a fact is
scored on (see ``thirdcountry.store.repository``): ``arrangement:USA:SWZ:agreed``,
``removal:USA:SLV:238``, ``legal_action:USA:blocked``, ``rights_concern:SWZ``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.table import Table

from thirdcountry.cli.db import DbOption, open_store
from thirdcountry.cli.output import advance_progress, progress_bar, stdout_console

# The extractor (spaCy) and the store are imported by the command when it runs, so that every
# other command starts without them.
if TYPE_CHECKING:
    from thirdcountry.ingest import ReextractSummary


def register(app: typer.Typer) -> None:
    """Add the ``reextract`` command to the app."""
    app.command("reextract")(reextract_command)


def reextract_command(db: DbOption = None) -> None:
    """Extract facts again from every stored article with the current extractor.

    Curated facts (confirmed, edited, rejected) are never changed, and rejected
    facts are not added back. Run it after upgrading thirdcountry.

    Example: thirdcountry reextract --db news.db
    """
    from sqlalchemy.orm import Session

    from thirdcountry.extraction import EXTRACTOR_VERSION, Extractor
    from thirdcountry.ingest import reextract
    from thirdcountry.store import repository
    from thirdcountry.tracker import rebuild_all

    engine = open_store(db)
    with Session(engine) as session:
        total = len(repository.canonical_document_ids(session))
    with progress_bar(total, "Re-extracting") as progress:
        summary = reextract(
            engine, Extractor(), progress=lambda _summary, _total: advance_progress(progress)
        )
    rebuild_all(engine)  # re-extraction can move facts between pairs: recompute them all
    out = stdout_console()
    table = Table(title=f"Re-extraction with extractor {EXTRACTOR_VERSION}", title_justify="left")
    table.add_column("facts", style="bold")
    table.add_column("count", justify="right")
    for label, value in _rows(summary):
        table.add_row(label, str(value))
    out.print(table)
    for failure in summary.failures:
        out.print(failure.reason, soft_wrap=True, markup=False)
    raise typer.Exit(1 if summary.failed else 0)


def _rows(summary: ReextractSummary) -> list[tuple[str, int]]:
    return [
        ("documents", summary.documents),
        ("added", summary.added),
        ("updated", summary.updated),
        ("removed", summary.removed),
        ("kept (curated)", summary.kept_curated),
        ("not re-added (rejected)", summary.suppressed_rejected),
        ("failed documents", summary.failed),
    ]
