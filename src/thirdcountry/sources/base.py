"""The sources extension point: what every source yields (RawDocument) and the Source protocol.

A source is any iterable of :data:`SourceItem`: a document, or a :class:`SourceError` for an
input it had to skip. Yielding errors instead of raising keeps one bad file, page or record
from stopping a batch, and lets the caller report each skip with its typed reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable

from thirdcountry.errors import SourceError

METADATA_FIELDS = ("title", "url", "outlet", "author", "published")

# Written-out date layouts seen in news metadata; ISO and RFC 2822 dates are handled first.
_DATE_LAYOUTS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(slots=True)
class RawDocument:
    """One article as read from its source, before storage, dedup and extraction.

    ``text`` is the article as it will be stored; fact evidence offsets point into it.
    ``published`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``. ``warnings`` lists what was
    guessed or dropped on the way (``"decoded as cp1252"``), one short sentence each.
    """

    text: str
    source: str  # "file" | "html" | "feed" | "url" | "bulk"
    origin: str  # path, URL, or "bulk.jsonl:line 12"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


SourceItem = RawDocument | SourceError


@runtime_checkable
class Source(Protocol):
    """Anything that yields documents and skip errors; new input kinds implement this."""

    def __iter__(self) -> Iterator[SourceItem]: ...


def normalize_published(value: str) -> str | None:
    """Turn a publication date as sources write it into ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Args:
        value: ISO date or datetime (partial dates kept partial), RFC 2822 date
            (RSS ``pubDate``), or a written-out date such as ``"July 17, 2025"``.

    Returns:
        The normalized date, or None when the value is not a real calendar date.
    """
    value = value.strip()
    match = _ISO_PARTIAL.match(value)
    if match and (match.end() == len(value) or value[match.end()] in "T "):
        year, month, day = match.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            if month:
                return date(int(year), int(month), 1).isoformat()[:7]
            return year if int(year) >= 1 else None
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for layout in _DATE_LAYOUTS:
        try:
            return datetime.strptime(value, layout).date().isoformat()
        except ValueError:
            continue
    return None


def one_line(value: str | None) -> str | None:
    """Collapse whitespace in a metadata value (title, author, outlet); None if nothing is left."""
    if not value:
        return None
    return " ".join(value.split()) or None


def clean_metadata(record: Mapping[str, object], warnings: list[str]) -> dict[str, str]:
    """Keep the usable metadata fields of a record (sidecar file, bulk row, front matter).

    Args:
        record: a mapping that may hold ``title``, ``url``, ``outlet``, ``author``,
            ``published``; other keys are ignored.
        warnings: list to append a note to for each value that had to be dropped.

    Returns:
        The fields that are non-empty strings, with ``published`` normalized and ``url``
        limited to http(s).
    """
    cleaned: dict[str, str] = {}
    for name in METADATA_FIELDS:
        value = record.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warnings.append(f"{name} {value!r} is not text, ignored")
            continue
        value = " ".join(value.split())
        if not value:
            continue
        if name == "published":
            normalized = normalize_published(value)
            if normalized is None:
                warnings.append(f"published date {value!r} not understood, ignored")
                continue
            value = normalized
        elif name == "url" and not value.lower().startswith(("http://", "https://")):
            warnings.append(f"url {value!r} is not http(s), ignored")
            continue
        cleaned[name] = value
    return cleaned
