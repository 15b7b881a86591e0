"""HTML pages to documents: the article's main text and metadata, without site boilerplate.

trafilatura finds the main text (dropping navigation, footers, related-story boxes and
comments) and reads title, date, author and site name from the page's metadata.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument, normalize_published, one_line
from thirdcountry.sources.text import check_english, decode_bytes

# A charset declared in the first kilobytes of the page, as <meta charset="..."> or
# <meta http-equiv="Content-Type" content="text/html; charset=...">.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_SNIFF_BYTES = 4096
# Elements that start a new paragraph when an HTML fragment is flattened to text.
_BLOCK_TAGS = tuple(
    "p div li blockquote pre tr table section article figcaption h1 h2 h3 h4 h5 h6".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Dates only from markup meant to carry them (meta tags, <time>, JSON-LD, the URL): a free-text
# search takes a footer's "© 2025" for a publication date of 2025-01-01.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def decode_html(data: bytes, origin: str, *, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode HTML bytes, honouring the charset of the HTTP header or the page's ``<meta>``.

    Args:
        data: the page bytes.
        origin: path or URL, used in errors.
        declared: charset from the ``Content-Type`` header, if any; it wins over ``<meta>``.

    Returns:
        The HTML text and decoding warnings.

    Raises:
        SourceError: EMPTY, BINARY or ENCODING, as :func:`~.text.decode_bytes`.
    """
    if not declared:
        match = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
        if match:
            declared = match.group(1).decode("ascii")
    return decode_bytes(data, origin, declared=declared)


def document_from_html(html: str, *, origin: str, url: str | None, source: str) -> RawDocument:
    """Extract the article from an HTML page.

    The stored text starts with the headline, as in plain-text articles, then one paragraph
    per block of the main text, separated by blank lines.

    Args:
        html: the page.
        origin: path or URL the page came from, for errors and ``RawDocument.origin``.
        url: the page's URL if known; when None the page's canonical URL is used.
        source: the ``RawDocument.source`` to record (``"html"``, ``"url"``, ``"feed"``).

    Returns:
        The document with title, published date, author and outlet from the page metadata
        (outlet falls back to the URL's host name).

    Raises:
        SourceError: EMPTY when no article text is found, NOT_ENGLISH.
    """
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_SEARCH,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise SourceError(SkipReason.EMPTY, origin, "no article text found in the HTML")
    title = one_line(extracted.title)
    paragraphs = [line.strip() for line in extracted.text.splitlines() if line.strip()]
    if title and paragraphs[0].casefold() != title.casefold():
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs)
    language = check_english(text, origin)

    page_url = url or _http_url(extracted.url)
    outlet = one_line(extracted.sitename) or (urlsplit(page_url).hostname if page_url else None)
    return RawDocument(
        text=text,
        source=source,
        origin=origin,
        title=title,
        url=page_url,
        outlet=outlet,
        author=one_line(extracted.author),
        published=normalize_published(extracted.date) if extracted.date else None,
        language=language,
    )


def _http_url(value: str | None) -> str | None:
    if value and value.lower().startswith(("http://", "https://")):
        return value
    return None


def fragment_to_text(fragment: str, origin: str) -> str:
    """Flatten an HTML fragment (a feed entry's content) to paragraphs of plain text.

    Fragments are not pages, so there is no boilerplate to remove: every text node is kept,
    scripts and styles dropped, and block elements become paragraphs separated by blank lines.

    Args:
        fragment: the HTML fragment, or plain text.
        origin: where it came from, for errors.

    Returns:
        The text.

    Raises:
        SourceError: EMPTY when no text is left, PARSE_ERROR when lxml cannot parse it.
    """
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError) as exc:
        raise SourceError(SkipReason.PARSE_ERROR, origin, f"unparseable HTML ({exc})") from exc
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(root.text_content()))
    text = "\n\n".join(part for part in paragraphs if part)
    if not text:
        raise SourceError(SkipReason.EMPTY, origin, "no text in the HTML")
    return text
