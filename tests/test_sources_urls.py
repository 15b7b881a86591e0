"""Fetching article URLs: bounded fetches, the request forgery guard, URL dispatch.

Every request goes to a local ThreadingHTTPServer on 127.0.0.1; an autouse fixture makes any
connection elsewhere fail the test, so nothing ever leaves the machine.
"""

from __future__ import annotations

import gzip
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpcore
import pytest

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources import (
    FetchPolicy,
    RawDocument,
    document_from_url,
    fetch,
    iter_sources,
    urls,
)
from thirdcountry.sources.urls import address_problem

PARAGRAPH = (
    "Five men deported from the United States arrived in Eswatini earlier this week, the first "
    "people sent to the southern African kingdom under an agreement that neither government "
    "had disclosed, officials said on Thursday."
)
PAGE = (
    "<html><head><title>Deportees land in Eswatini | Meridian</title>"
    '<meta property="og:site_name" content="Meridian">'
    '<meta property="article:published_time" content="2025-07-17">'
    f"</head><body><nav>Home | World | Subscribe</nav><article><h1>Deportees land in Eswatini</h1>"
    f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
).encode()
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Meridian feed</title>'
    b"<item><title>Deportees land in Eswatini</title><link>/page</link>"
    b"<pubDate>Thu, 17 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>"
)
ALLOW = FetchPolicy(allow_private=True, timeout=5.0)


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0


@dataclass
class LocalServer:
    port: int
    routes: dict[str, Reply | Callable[[], Reply]]
    requests: list[tuple[str, dict[str, str]]]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any connection that would leave 127.0.0.1 / ::1 instead of sending traffic."""
    real_connect = httpcore.SyncBackend.connect_tcp

    def guarded(self: httpcore.SyncBackend, host: str, port: int, *args: object, **kw: object):
        assert host in ("127.0.0.1", "::1"), f"test tried to connect to {host}"
        return real_connect(self, host, port, *args, **kw)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", guarded)


class QuietServer(ThreadingHTTPServer):
    """Does not print the broken pipes of tests whose client hangs up on purpose."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    routes: dict[str, Reply | Callable[[], Reply]] = {}
    requests: list[tuple[str, dict[str, str]]] = []
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            requests.append((self.path, dict(self.headers)))
            route = routes.get(self.path, Reply(404, body=b"not here"))
            reply = route() if callable(route) else route
            if reply.delay:
                stop.wait(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if "Content-Length" not in reply.headers:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield LocalServer(httpd.server_address[1], routes, requests)
    stop.set()
    httpd.shutdown()
    httpd.server_close()


def html_reply(body: bytes = PAGE, content_type: str = "text/html; charset=utf-8") -> Reply:
    return Reply(
        headers={"Content-Type": content_type, "Content-Length": str(len(body))}, body=body
    )


def fetch_error(url: str, policy: FetchPolicy = ALLOW, **kwargs: object) -> SourceError:
    with pytest.raises(SourceError) as info:
        fetch(url, policy, **kwargs)
    assert info.value.origin == url
    return info.value


def test_fetch_follows_redirects_and_sends_user_agent(server: LocalServer) -> None:
    server.routes["/start"] = Reply(302, {"Location": "/moved", "Content-Length": "0"})
    server.routes["/moved"] = Reply(301, {"Location": server.url("/page"), "Content-Length": "0"})
    server.routes["/page"] = html_reply()
    body, final_url, content_type = fetch(server.url("/start"), ALLOW)
    assert body == PAGE
    assert final_url == server.url("/page")
    assert content_type == "text/html; charset=utf-8"
    assert [path for path, _ in server.requests] == ["/start", "/moved", "/page"]
    assert all(h["User-Agent"].startswith("thirdcountry/") for _, h in server.requests)


def test_document_from_url_reads_page_metadata(server: LocalServer) -> None:
    server.routes["/page"] = html_reply()
    doc = document_from_url(server.url("/page"), ALLOW)
    assert doc.source == "url"
    assert doc.origin == doc.url == server.url("/page")
    assert doc.text.startswith("Deportees land in Eswatini\n\nFive men deported")
    assert "Subscribe" not in doc.text
    assert doc.outlet == "Meridian"
    assert doc.published == "2025-07-17"
    assert doc.language == "en"


def test_plain_text_page_uses_header_charset(server: LocalServer) -> None:
    text = "Deportees land – again\n\n" + PARAGRAPH
    server.routes["/plain"] = html_reply(text.encode("cp1252"), "text/plain; charset=windows-1252")
    doc = document_from_url(server.url("/plain"), ALLOW)
    assert doc.text == text
    assert doc.title == "Deportees land – again"
    assert doc.outlet == "127.0.0.1"


def test_gzip_body_is_decoded(server: LocalServer) -> None:
    packed = gzip.compress(PAGE)
    server.routes["/gz"] = Reply(
        headers={
            "Content-Type": "text/html",
            "Content-Encoding": "gzip",
            "Content-Length": str(len(packed)),
        },
        body=packed,
    )
    assert fetch(server.url("/gz"), ALLOW)[0] == PAGE


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://2130706433/",  # 127.0.0.1 written as one number
    ],
)
def test_private_addresses_are_refused(url: str) -> None:
    error = fetch_error(url, FetchPolicy())
    assert error.reason is SkipReason.PRIVATE_ADDRESS


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "non-public"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fc00::1", "private"),
        ("fe80::1%eth0", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    assert address_problem(address) == problem


def pretend_loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let 127.0.0.1 pass the guard so a redirect from the local server can be tested."""
    real_problem = urls.address_problem
    monkeypatch.setattr(
        urls, "address_problem", lambda a: None if a == "127.0.0.1" else real_problem(a)
    )


@pytest.mark.parametrize(
    "target",
    ["http://127.0.0.2/", "http://[::1]/", "http://10.0.0.5/", "http://[::ffff:10.0.0.5]/"],
)
def test_redirect_to_private_address_is_refused(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    pretend_loopback_is_public(monkeypatch)
    server.routes["/hop"] = Reply(302, {"Location": target, "Content-Length": "0"})
    error = fetch_error(server.url("/hop"), FetchPolicy())
    assert error.reason is SkipReason.PRIVATE_ADDRESS
    assert f"redirect to {target}" in error.detail
    assert [path for path, _ in server.requests] == ["/hop"]


def test_redirect_to_other_scheme_is_refused(server: LocalServer) -> None:
    server.routes["/hop"] = Reply(302, {"Location": "file:///etc/passwd", "Content-Length": "0"})
    assert fetch_error(server.url("/hop")).reason is SkipReason.UNSUPPORTED


def test_connection_goes_to_the_checked_address(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The host is resolved once per hop and the connection uses that answer (no rebinding)."""
    lookups: list[str] = []

    def fake_getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list:
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    server.routes["/page"] = html_reply()
    url = f"http://news.invalid:{server.port}/page"
    body, final_url, _ = fetch(url, ALLOW)
    assert body == PAGE and final_url == url
    # The name is looked up once; the connection then only "resolves" the checked IP literal.
    assert lookups == ["news.invalid", "127.0.0.1"]
    assert server.requests[0][1]["Host"] == f"news.invalid:{server.port}"


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert fetch_error("http://nowhere.invalid/").reason is SkipReason.NOT_FOUND


def test_too_many_redirects(server: LocalServer) -> None:
    server.routes["/loop"] = Reply(302, {"Location": "/loop", "Content-Length": "0"})
    error = fetch_error(server.url("/loop"), FetchPolicy(allow_private=True, max_redirects=3))
    assert error.reason is SkipReason.TOO_MANY_REDIRECTS
    assert len(server.requests) == 4


def test_http_errors(server: LocalServer) -> None:
    server.routes["/gone"] = Reply(410, {"Content-Length": "0"})
    server.routes["/noloc"] = Reply(302, {"Content-Length": "0"})
    error = fetch_error(server.url("/gone"))
    assert error.reason is SkipReason.HTTP_ERROR and error.detail == "HTTP 410 Gone"
    assert fetch_error(server.url("/missing")).reason is SkipReason.HTTP_ERROR
    assert fetch_error(server.url("/noloc")).reason is SkipReason.HTTP_ERROR


def test_content_type_is_checked_before_the_body(server: LocalServer) -> None:
    server.routes["/img"] = html_reply(b"\x89PNG....", "image/png")
    server.routes["/none"] = Reply(headers={"Content-Length": "4"}, body=b"data")
    assert fetch_error(server.url("/img")).reason is SkipReason.CONTENT_TYPE
    assert fetch_error(server.url("/none")).reason is SkipReason.CONTENT_TYPE
    assert fetch(server.url("/img"), ALLOW, accept=("image/png",))[0] == b"\x89PNG...."


def test_body_over_the_cap(server: LocalServer) -> None:
    small = FetchPolicy(allow_private=True, max_bytes=1000)
    server.routes["/announced"] = html_reply(b"x" * 5000)
    server.routes["/streamed"] = Reply(headers={"Content-Type": "text/html"}, body=b"x" * 50_000)
    bomb = gzip.compress(b"<p>" + b"a" * 200_000)
    server.routes["/bomb"] = Reply(
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}, body=bomb
    )
    for path in ("/announced", "/streamed", "/bomb"):
        assert fetch_error(server.url(path), small).reason is SkipReason.TOO_LARGE, path


def test_timeout(server: LocalServer) -> None:
    server.routes["/slow"] = Reply(headers={"Content-Type": "text/html"}, body=PAGE, delay=3)
    error = fetch_error(server.url("/slow"), FetchPolicy(allow_private=True, timeout=0.3))
    assert error.reason is SkipReason.TIMEOUT


def test_refused_connection_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/").reason is SkipReason.NETWORK_ERROR


@pytest.mark.parametrize("url", ["ftp://example.org/x", "http://", "https:///path"])
def test_only_http_urls(url: str) -> None:
    assert fetch_error(url, FetchPolicy()).reason is SkipReason.UNSUPPORTED


def test_page_that_is_not_english(server: LocalServer) -> None:
    french = (
        "<html><body><article><p>Le gouvernement britannique a annoncé mardi que les premiers "
        "demandeurs d'asile seraient envoyés au Rwanda avant la fin du mois, malgré les "
        "critiques des organisations de défense des droits humains qui dénoncent un accord "
        "contraire au droit international.</p></article></body></html>"
    ).encode()
    server.routes["/fr"] = html_reply(french)
    with pytest.raises(SourceError) as info:
        document_from_url(server.url("/fr"), ALLOW)
    assert info.value.reason is SkipReason.NOT_ENGLISH


def test_iter_sources_dispatches_pages_and_feeds(server: LocalServer) -> None:
    server.routes["/page"] = html_reply()
    server.routes["/rss"] = html_reply(RSS, "application/rss+xml")
    server.routes["/mislabelled"] = html_reply(RSS, "text/html")
    items = list(
        iter_sources(
            [server.url("/page"), server.url("/rss"), server.url("/mislabelled"), "gopher://x"],
            policy=ALLOW,
        )
    )
    assert [type(item) for item in items] == [RawDocument, RawDocument, RawDocument, SourceError]
    page, from_feed, from_sniffed_feed, refused = items
    assert page.source == "url"
    assert from_feed.source == from_sniffed_feed.source == "feed"
    assert from_feed.url == server.url("/page")
    assert from_feed.published == "2025-07-17"
    assert refused.reason is SkipReason.UNSUPPORTED


def test_iter_sources_yields_fetch_errors(server: LocalServer) -> None:
    items = list(iter_sources([server.url("/missing"), "http://10.0.0.1/"], policy=FetchPolicy()))
    assert [item.reason for item in items] == [
        SkipReason.PRIVATE_ADDRESS,
        SkipReason.PRIVATE_ADDRESS,
    ]
    assert server.requests == []  # the guard refused before connecting
