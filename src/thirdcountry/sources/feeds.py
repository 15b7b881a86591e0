"""RSS and Atom feeds: one document per entry, read from the entry's page.

Each entry's linked page is fetched (within the fetch policy) because feeds usually carry a
teaser, not the article. The entry's own title, date, author and link fill whatever the page
does not say. When the page cannot be fetched, the entry's inline content, if any, is used
instead and the document's warnings say so; otherwise that entry yields a SourceError and the
other entries go on.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import feedparser

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument, SourceItem, one_line
from thirdcountry.sources.html import fragment_to_text
from thirdcountry.sources.text import check_english, clean_text, read_bytes
from thirdcountry.sources.urls import (
    PAGE_CONTENT_TYPES,
    FetchPolicy,
    document_from_url,
    fetch,
    media_type,
)

FEED_CONTENT_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
# The first element of a feed, found before any <html> in the first kilobytes.
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_HTML_ROOT = re.compile(rb"<html[\s>]", re.I)
_SNIFF_BYTES = 2048


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """Tell whether fetched bytes are an RSS/Atom feed rather than a page.

    Args:
        body: the fetched bytes.
        content_type: the Content-Type header value.

    Returns:
        True for a feed or XML media type, or for a body whose first element is ``<rss>``,
        ``<feed>`` or ``<rdf:RDF>`` (servers often label feeds ``text/html`` or
        ``text/plain``).
    """
    if media_type(content_type) in FEED_CONTENT_TYPES:
        return True
    head = body[:_SNIFF_BYTES]
    feed_root = _FEED_ROOT.search(head)
    html_root = _HTML_ROOT.search(head)
    return feed_root is not None and (html_root is None or feed_root.start() < html_root.start())


def iter_feed(location: str, policy: FetchPolicy) -> Iterator[SourceItem]:
    """Read an RSS/Atom feed from a file path or an http(s) URL, one item per entry.

    Args:
        location: path of a feed file, or feed URL.
        policy: limits for fetching the feed and each entry's page; ``max_bytes`` also caps
            a feed file.

    Returns:
        An iterator of documents (source ``"feed"``) and SourceErrors: one for the whole
        feed if it cannot be read, else one per failed entry.
    """
    base_url = None
    try:
        if location.lower().startswith(("http://", "https://")):
            body, base_url, _content_type = fetch(
                location, policy, accept=FEED_CONTENT_TYPES + PAGE_CONTENT_TYPES
            )
        else:
            body = read_bytes(Path(location), max_bytes=policy.max_bytes)
    except SourceError as exc:
        yield exc
        return
    yield from iter_feed_bytes(body, origin=location, policy=policy, base_url=base_url)


def iter_feed_bytes(
    body: bytes, *, origin: str, policy: FetchPolicy, base_url: str | None = None
) -> Iterator[SourceItem]:
    """Parse feed bytes already read, and turn each entry into a document.

    Args:
        body: the feed document.
        origin: where it came from (path or URL), for errors.
        policy: limits for fetching each entry's page.
        base_url: URL the feed was fetched from, to resolve relative entry links.

    Returns:
        As :func:`iter_feed`.
    """
    # Bytes go in as a stream: feedparser treats a str or bytes argument as a URL or a
    # file name to open, which must never happen with fetched content.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": base_url} if base_url else None,
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.entries:
        if parsed.bozo:
            detail = f"not a readable RSS/Atom feed ({parsed.bozo_exception})"
            yield SourceError(SkipReason.PARSE_ERROR, origin, detail)
        elif not parsed.version:
            yield SourceError(SkipReason.PARSE_ERROR, origin, "not an RSS/Atom feed")
        else:
            yield SourceError(SkipReason.EMPTY, origin, "feed has no entries")
        return
    feed_title = parsed.feed.get("title") or None
    feed_warnings = []
    if parsed.bozo:
        feed_warnings.append(f"feed is not well-formed ({parsed.bozo_exception}); read anyway")
    for index, entry in enumerate(parsed.entries, 1):
        item = _entry_item(entry, f"{origin}:entry {index}", feed_title, policy)
        if isinstance(item, RawDocument):
            item.warnings.extend(feed_warnings)
        yield item


def _entry_item(
    entry: Mapping[str, Any], entry_origin: str, feed_title: str | None, policy: FetchPolicy
) -> SourceItem:
    link = entry.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None
    try:
        if link is None:
            document = _inline_document(entry, entry_origin, None)
            document.warnings.append("entry has no http(s) link; used the feed's inline content")
        else:
            document = _page_or_inline_document(entry, link, policy)
    except SourceError as exc:
        return exc
    fallbacks = {
        "title": one_line(entry.get("title")),
        "published": _entry_date(entry),
        "author": one_line(entry.get("author")),
        "url": link,
        "outlet": one_line(feed_title),
    }
    for name, value in fallbacks.items():
        if getattr(document, name) is None and value:
            setattr(document, name, value)
    return document


def _page_or_inline_document(
    entry: Mapping[str, Any], link: str, policy: FetchPolicy
) -> RawDocument:
    try:
        return document_from_url(link, policy, source="feed")
    except SourceError as page_error:
        if page_error.reason is SkipReason.NOT_ENGLISH or not _inline_content(entry)[0]:
            raise
        try:
            document = _inline_document(entry, link, link)
        except SourceError:
            raise page_error from None  # the page failure is the news; inline was a fallback
        document.warnings.append(
            f"page fetch failed ({page_error.detail}); used the feed's inline content"
        )
        return document


def _inline_content(entry: Mapping[str, Any]) -> tuple[str, str]:
    """Return the entry's fullest inline content and its media type."""
    for content in entry.get("content") or ():
        if (content.get("value") or "").strip():
            return content["value"], content.get("type") or "text/html"
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type") or "text/html"


def _inline_document(entry: Mapping[str, Any], origin: str, link: str | None) -> RawDocument:
    """Build a document from the entry's inline content, headed by the entry title."""
    value, kind = _inline_content(entry)
    if not value.strip():
        raise SourceError(SkipReason.EMPTY, origin, "entry has no page link and no content")
    title = one_line(entry.get("title"))
    if kind == "text/plain":
        text = "\n\n".join(part.strip() for part in value.split("\n\n") if part.strip())
    else:
        text = fragment_to_text(value, origin)
    if title and not text.casefold().startswith(title.casefold()):
        text = f"{title}\n\n{text}"
    text = clean_text(text, origin)
    return RawDocument(
        text=text, source="feed", origin=origin, url=link, language=check_english(text, origin)
    )


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
