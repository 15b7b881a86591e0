"""Exports of the store: facts, pair statuses and removal events as CSV, JSON Lines, GeoJSON.

``export(session, out, format=..., what=...)`` writes one of them to a text stream; the
formats live one module each (``csv``, ``jsonl``, ``geojson``). GeoJSON exports the receiving
countries as points with their status and counts, whatever the subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FORMATS = ("csv", "jsonl", "geojson")
SUBJECTS = ("facts", "pairs", "removals")


def _writers() -> dict[tuple[str, str], Callable[[Session, TextIO], int]]:
    # Imported on first use: the command line reads FORMATS and SUBJECTS for its help, and
    # the writers pull in the tracker and SQLAlchemy.
    from thirdcountry.exports import csv, geojson, jsonl

    return {
        ("csv", "facts"): csv.write_facts,
        ("csv", "pairs"): csv.write_pairs,
        ("csv", "removals"): csv.write_removals,
        ("jsonl", "facts"): jsonl.write_facts,
        ("jsonl", "pairs"): jsonl.write_pairs,
        ("jsonl", "removals"): jsonl.write_removals,
        ("geojson", "pairs"): geojson.write_geojson,
    }


def export(session: Session, out: TextIO, *, format: str, what: str) -> int:
    """Write one export to a text stream.

    Args:
        session: an open session.
        out: where to write (a file opened with ``newline=""`` for CSV, or stdout).
        format: ``csv``, ``jsonl`` or ``geojson``.
        what: ``facts``, ``pairs`` or ``removals``; GeoJSON takes only ``pairs`` (the
            receiving countries with their pairs).

    Returns:
        How many records (rows, lines, features) were written.

    Raises:
        ValueError: an unknown format or subject, or GeoJSON of something else than pairs.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if what not in SUBJECTS:
        raise ValueError(f"unknown export subject {what!r}; use one of {', '.join(SUBJECTS)}")
    writer = _writers().get((format, what))
    if writer is None:
        raise ValueError(f"GeoJSON exports receiving countries with their pairs, not {what}: "
                         "use --what pairs")
    return writer(session, out)


__all__ = ["FORMATS", "SUBJECTS", "export"]
