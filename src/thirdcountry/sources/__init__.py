"""Sources: turn every common input into RawDocuments, or typed SourceErrors saying why not.

Inputs are files (.txt, .md, .html), folders of them, RSS/Atom feeds, article URLs and bulk
JSONL/CSV files. Every function here yields a SourceError for an input it skips instead of
raising, so one bad item never stops a batch::

    from thirdcountry.sources import FetchPolicy, RawDocument, iter_sources

    for item in iter_sources(["articles/", "https://example.org/feed.xml"], policy=FetchPolicy()):
        if isinstance(item, RawDocument):
            store(item)
        else:
            print(item)  # "articles/x.txt: binary file (NUL bytes), skipped"

A new kind of input is a :class:`Source`: any iterable of documents and SourceErrors.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument, Source, SourceItem
from thirdcountry.sources.text import DEFAULT_MAX_BYTES, language_warning

if TYPE_CHECKING:
    from thirdcountry.sources.bulk import iter_csv, iter_jsonl
    from thirdcountry.sources.feeds import iter_feed
    from thirdcountry.sources.files import iter_paths, read_document
    from thirdcountry.sources.html import document_from_html
    from thirdcountry.sources.urls import FetchPolicy, document_from_url, fetch

# Where the names exported from the submodules that pull in trafilatura, lxml, feedparser,
# httpx or markdown-it live: they are imported on first use (PEP 562), so that commands that
# read no sources start without them.
_LAZY = {
    "iter_csv": "bulk", "iter_jsonl": "bulk",
    "iter_feed": "feeds",
    "iter_paths": "files", "read_document": "files", "walk_folder": "files",
    "document_from_html": "html",
    "FetchPolicy": "urls", "document_from_url": "urls", "fetch": "urls",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)


JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FetchPolicy",
    "RawDocument",
    "SkipReason",
    "Source",
    "SourceError",
    "SourceItem",
    "document_from_html",
    "document_from_url",
    "fetch",
    "iter_csv",
    "iter_feed",
    "iter_jsonl",
    "iter_paths",
    "iter_sources",
    "language_warning",
    "read_document",
]


def iter_sources(
    specs: Sequence[str], *, policy: FetchPolicy, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[SourceItem]:
    """Read every input named on a command line, whatever its kind.

    Dispatch: an http(s) URL is fetched once and read as a feed if it is one (feed content
    type, or a body starting with ``<rss>``/``<feed>``), else as an article page. A folder is
    walked recursively (hidden files and ``*.meta.json``/``*.facts.jsonl`` companions left
    out) and each file dispatched by suffix: ``.jsonl``/``.ndjson``/``.csv`` are bulk files,
    ``.xml``/``.rss``/``.atom`` feeds, ``.html``/``.htm``/``.txt``/``.md`` articles.

    Args:
        specs: URLs, file paths and folder paths.
        policy: limits for everything fetched over HTTP (feeds, their pages, URLs).
        max_bytes: largest article file or bulk line accepted.

    Returns:
        An iterator of documents and SourceErrors, in the order of ``specs``.
    """
    from thirdcountry.sources.files import walk_folder

    for spec in specs:
        scheme = spec.split("://", 1)[0].lower() if "://" in spec else None
        if scheme in ("http", "https"):
            yield from _iter_url(spec, policy)
        elif scheme is not None:
            yield SourceError(SkipReason.UNSUPPORTED, spec, "only http(s) URLs are fetched")
        else:
            path = Path(spec)
            if path.is_dir():
                for item in walk_folder(path):
                    if isinstance(item, SourceError):
                        yield item
                    else:
                        yield from _iter_file(item, policy, max_bytes)
            elif path.exists():
                yield from _iter_file(path, policy, max_bytes)
            else:
                yield SourceError(SkipReason.NOT_FOUND, spec, "no such file, folder or URL")


def _iter_file(path: Path, policy: FetchPolicy, max_bytes: int) -> Iterator[SourceItem]:
    from thirdcountry.sources.bulk import iter_csv, iter_jsonl
    from thirdcountry.sources.feeds import iter_feed
    from thirdcountry.sources.files import read_document

    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path, max_bytes=max_bytes)
    elif suffix in CSV_SUFFIXES:
        yield from iter_csv(path, max_bytes=max_bytes)
    elif suffix in FEED_SUFFIXES:
        yield from iter_feed(str(path), policy)
    else:
        try:
            yield read_document(path, max_bytes=max_bytes)
        except SourceError as exc:
            yield exc


def _iter_url(url: str, policy: FetchPolicy) -> Iterator[SourceItem]:
    from thirdcountry.sources.feeds import FEED_CONTENT_TYPES, iter_feed_bytes, looks_like_feed
    from thirdcountry.sources.urls import PAGE_CONTENT_TYPES, document_from_response, fetch

    try:
        body, final_url, content_type = fetch(
            url, policy, accept=PAGE_CONTENT_TYPES + FEED_CONTENT_TYPES
        )
        if looks_like_feed(body, content_type):
            yield from iter_feed_bytes(body, origin=url, policy=policy, base_url=final_url)
        else:
            yield document_from_response(body, final_url, content_type, origin=url)
    except SourceError as exc:
        yield exc
