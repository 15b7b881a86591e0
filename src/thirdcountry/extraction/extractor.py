"""The orchestrator: run the spaCy pipeline, then assemble facts (work in progress)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache

from thirdcountry.facts.schema import Fact

EXTRACTOR_VERSION = "0.1.0"

Published = str | dt.date | None


class Extractor:
    """A loaded extraction pipeline; build once, call many times."""

    def extract(self, text: str, published: Published = None) -> list[Fact]:
        """Return every fact stated in ``text``; evidence offsets slice ``text`` exactly."""
        return []

    def extract_many(
        self, items: Iterable[tuple[str, Published]], batch_size: int = 32
    ) -> Iterator[list[Fact]]:
        """Yield the facts of each ``(text, published)`` pair, in order."""
        for text, published in items:
            yield self.extract(text, published)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: Published = None) -> list[Fact]:
    """Extract facts from one article with the default pipeline."""
    return default_extractor().extract(text, published)
