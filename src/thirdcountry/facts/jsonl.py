"""Read and write facts as JSON Lines (the FACTS.md export format)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from thirdcountry.facts.schema import Fact, fact_from_dict


def write_facts(facts: Iterable[Fact], out: TextIO, *, explain: bool = False) -> int:
    """Write one JSON object a line; return how many were written."""
    n = 0
    for fact in facts:
        out.write(fact.to_json(explain=explain))
        out.write("\n")
        n += 1
    return n


def read_facts(path: Path) -> Iterator[Fact]:
    """Yield typed facts from a ``*.facts.jsonl`` file.

    Raises:
        ValueError: a line is not JSON or not a fact, naming the file and line number.
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield fact_from_dict(json.loads(line))
            except (json.JSONDecodeError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
