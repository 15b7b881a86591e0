"""RSS/Atom feeds: entry pages, metadata fallbacks, inline-content fallback, per-entry errors.

Entry pages are served by a local ThreadingHTTPServer on 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources import FetchPolicy, RawDocument, iter_feed, iter_sources
from thirdcountry.sources.feeds import iter_feed_bytes, looks_like_feed

ALLOW = FetchPolicy(allow_private=True, timeout=5.0)
SENTENCE = (
    "Officials said the men were flown to the capital on Saturday and handed over to the "
    "authorities there, according to a statement issued by the ministry in the evening."
)


def page(title: str, body: str = SENTENCE, head: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><nav>Home | Subscribe</nav>"
        f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


FRENCH = (
    "Le gouvernement a annoncé mardi que les premiers demandeurs d'asile seraient envoyés au "
    "Rwanda avant la fin du mois, malgré les critiques des organisations de défense des droits "
    "humains qui dénoncent un accord contraire au droit international."
)


@dataclass
class LocalServer:
    port: int
    pages: dict[str, tuple[str, bytes]]
    requests: list[str]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    pages: dict[str, tuple[str, bytes]] = {}
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            requests.append(self.path)
            content_type, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield LocalServer(httpd.server_address[1], pages, requests)
    httpd.shutdown()
    httpd.server_close()


def rss(items: str, title: str = "Meridian World") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{title}</title><link>https://meridian.example/</link>{items}"
        "</channel></rss>"
    )


def item(title: str, link: str | None, extra: str = "") -> str:
    link_tag = f"<link>{link}</link>" if link else ""
    return (
        f"<item><title>{title}</title>{link_tag}"
        f"<pubDate>Sat, 07 Jun 2025 09:30:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>"
        f"{extra}</item>"
    )


def test_rss_entries_pages_fallbacks_and_failures(server: LocalServer, tmp_path: Path) -> None:
    server.pages["/ok"] = ("text/html", page("Page headline"))
    server.pages["/fr"] = ("text/html", page("Titre", FRENCH))
    inline = f"<![CDATA[<p>{SENTENCE}</p><p>{SENTENCE}</p>]]>"
    feed = tmp_path / "world.rss"
    feed.write_text(
        rss(
            item("Entry headline", server.url("/ok"))
            + item(
                "Gone but inline",
                server.url("/gone"),
                f"<content:encoded>{inline}</content:encoded>",
            )
            + item("Gone for good", server.url("/gone2"))
            + item("No link", None, f"<description>{SENTENCE}</description>")
            + item("French page", server.url("/fr"), f"<description>{SENTENCE}</description>")
        ),
        encoding="utf-8",
    )
    items = list(iter_feed(str(feed), ALLOW))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "RawDocument",
        "SourceError",
        "RawDocument",
        "SourceError",
    ]
    from_page, from_inline, gone, no_link, french = items

    assert from_page.source == "feed"
    assert from_page.origin == from_page.url == server.url("/ok")
    assert from_page.title == "Page headline"  # the page's own metadata wins
    assert from_page.published == "2025-06-07"  # the page has none: the entry's date
    assert from_page.author == "Jane Roe"
    assert from_page.outlet == f"127.0.0.1:{server.port}"  # trafilatura's site name: the host
    assert from_page.warnings == []

    assert from_inline.text.startswith(f"Gone but inline\n\n{SENTENCE}")
    assert from_inline.url == server.url("/gone")
    assert from_inline.outlet == "Meridian World"
    assert from_inline.warnings == [
        "page fetch failed (HTTP 404 Not Found); used the feed's inline content"
    ]

    assert gone.reason is SkipReason.HTTP_ERROR and gone.origin == server.url("/gone2")

    assert no_link.origin == f"{feed}:entry 4"
    assert no_link.text == f"No link\n\n{SENTENCE}"
    assert no_link.url is None
    assert no_link.warnings == ["entry has no http(s) link; used the feed's inline content"]

    assert french.reason is SkipReason.NOT_ENGLISH  # not papered over by the inline teaser


def test_entry_without_link_or_content(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(item("Title only", None)), encoding="utf-8")
    (error,) = iter_feed(str(feed), ALLOW)
    assert isinstance(error, SourceError)
    assert (error.reason, error.origin) == (SkipReason.EMPTY, f"{feed}:entry 1")


def test_atom_file_with_entry_metadata(server: LocalServer, tmp_path: Path) -> None:
    server.pages["/a"] = ("text/html", page("Atom page"))
    feed = tmp_path / "news.atom"
    feed.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
        f'<entry><title>Atom entry</title><link href="{server.url("/a")}"/>'
        "<updated>2025-03-15T12:00:00Z</updated><author><name>Ada Writer</name></author>"
        "</entry></feed>",
        encoding="utf-8",
    )
    (doc,) = iter_feed(str(feed), ALLOW)
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.published, doc.author) == ("Atom page", "2025-03-15", "Ada Writer")


def test_feed_url_with_relative_links(server: LocalServer) -> None:
    server.pages["/news/feed.xml"] = ("application/rss+xml", rss(item("Rel", "story")).encode())
    server.pages["/news/story"] = ("text/html", page("Relative story"))
    (doc,) = iter_feed(server.url("/news/feed.xml"), ALLOW)
    assert isinstance(doc, RawDocument)
    assert doc.url == server.url("/news/story")
    assert server.requests == ["/news/feed.xml", "/news/story"]


def test_private_entry_links_fall_back_to_inline_content(
    server: LocalServer, tmp_path: Path
) -> None:
    server.pages["/ok"] = ("text/html", page("Never fetched"))
    feed = tmp_path / "feed.xml"
    feed.write_text(
        rss(item("Teaser", server.url("/ok"), f"<description>{SENTENCE}</description>")),
        encoding="utf-8",
    )
    (doc,) = iter_feed(str(feed), FetchPolicy())
    assert isinstance(doc, RawDocument)
    assert doc.text == f"Teaser\n\n{SENTENCE}"
    assert "a loopback address" in doc.warnings[0]
    assert server.requests == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<rss><channel></chan", SkipReason.PARSE_ERROR),
        (b"just some words, not a feed", SkipReason.PARSE_ERROR),
        (b"<html><body><p>A page, not a feed.</p></body></html>", SkipReason.PARSE_ERROR),
        (rss("").encode(), SkipReason.EMPTY),
    ],
)
def test_unreadable_feeds(tmp_path: Path, content: bytes, reason: SkipReason) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(content)
    (error,) = iter_feed(str(feed), ALLOW)
    assert isinstance(error, SourceError)
    assert (error.reason, error.origin) == (reason, str(feed))


def test_missing_feed_file_and_feed_url_errors(server: LocalServer, tmp_path: Path) -> None:
    (missing,) = iter_feed(str(tmp_path / "nope.rss"), ALLOW)
    assert missing.reason is SkipReason.NOT_FOUND
    (gone,) = iter_feed(server.url("/feed.xml"), ALLOW)
    assert gone.reason is SkipReason.HTTP_ERROR
    (refused,) = iter_feed(server.url("/feed.xml"), FetchPolicy())
    assert refused.reason is SkipReason.PRIVATE_ADDRESS


def test_feed_bytes_are_never_taken_for_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(rss(item("Secret", None, f"<description>{SENTENCE}</description>")))
    items = list(iter_feed_bytes(str(secret).encode(), origin="x", policy=ALLOW))
    assert [i.reason for i in items] == [SkipReason.PARSE_ERROR]


def test_feed_file_inside_a_folder_is_dispatched(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(
        rss(item("Inline only", None, f"<description>{SENTENCE}</description>")),
        encoding="utf-8",
    )
    (doc,) = iter_sources([str(tmp_path)], policy=ALLOW)
    assert isinstance(doc, RawDocument) and doc.source == "feed"
    assert doc.published == "2025-06-07" and doc.author == "Jane Roe"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"<html><body>x</body></html>", "text/html", False),
        (b"<html><body>x</body></html>", "application/rss+xml", True),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "text/html", True),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "text/plain", True),
        (b"<html><body><pre>&lt;rss&gt; <rss ></pre></body></html>", "text/html", False),
    ],
)
def test_looks_like_feed(body: bytes, content_type: str, expected: bool) -> None:
    assert looks_like_feed(body, content_type) is expected
