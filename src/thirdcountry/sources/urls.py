"""Bounded, guarded HTTP fetching of article pages, with a server-side request forgery guard.

Every hop of a fetch (the URL and each redirect, which we follow ourselves) is checked: the
scheme must be http(s), and every address the host resolves to must be public unless the
policy allows private ones. The connection then goes to one of the addresses that were
checked, never to a fresh DNS answer, so a host cannot pass the check with a public address
and then be reached at a private one (DNS rebinding). TLS still verifies the certificate
against the host name. Environment proxies are ignored, since a proxy would make the
connection on our behalf to an address we never checked. Bodies are streamed with a byte cap
(counted after decompression) and a deadline, and the content type is checked before the body
is read. What remains outside our control: the DNS lookup itself uses the system resolver and
its own timeouts.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import httpcore
import httpx

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument
from thirdcountry.sources.html import decode_html, document_from_html
from thirdcountry.sources.text import DEFAULT_MAX_BYTES, check_english, decode_bytes, headline

PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_NETWORK_ERRORS = (
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    httpx.HTTPError,
)
_TIMEOUT_ERRORS = (httpcore.TimeoutException, httpx.TimeoutException)


def _default_user_agent() -> str:
    try:
        package_version = version("thirdcountry")
    except PackageNotFoundError:  # running from a source tree that was never installed
        package_version = "dev"
    return f"thirdcountry/{package_version} (+news tracker)"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for fetching pages and feeds.

    ``timeout`` bounds each network operation and also the whole fetch, redirects included.
    ``allow_private`` lets a fetch reach loopback and private networks (for tests and
    intranet feeds); leave it off for URLs that come from outside.
    """

    timeout: float = 15.0
    max_redirects: int = 5
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False
    user_agent: str = field(default_factory=_default_user_agent)


def media_type(content_type: str) -> str:
    """Return the lower-case media type of a Content-Type value, without parameters."""
    return content_type.split(";", 1)[0].strip().lower()


def content_charset(content_type: str) -> str | None:
    """Return the ``charset`` parameter of a Content-Type value, if any."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def address_problem(address: str) -> str | None:
    """Say why an IP address must not be fetched from, or None if it is a public address.

    IPv4-mapped, 6to4 and Teredo IPv6 addresses are judged by the IPv4 address they carry.

    Args:
        address: an IPv4 or IPv6 address, possibly with an IPv6 zone (``fe80::1%eth0``).

    Returns:
        ``"loopback"``, ``"private"``, ``"link-local"``, ``"multicast"``, ``"reserved"``,
        ``"unspecified"`` or ``"non-public"``; None for a public address.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return address_problem(str(embedded))
    for problem, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-public", not ip.is_global),
    ):
        if flag:
            return problem
    return None


def resolve_checked(host: str, port: int, policy: FetchPolicy, origin: str) -> list[str]:
    """Resolve a host and refuse it if any of its addresses is not public.

    Args:
        host: host name or IP literal.
        port: the port to connect to.
        policy: ``allow_private`` skips the address check.
        origin: the URL being fetched, for errors.

    Returns:
        The resolved addresses, in resolver order, each one checked.

    Raises:
        SourceError: NOT_FOUND (no such host), PRIVATE_ADDRESS.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise SourceError(SkipReason.NOT_FOUND, origin, f"host {host} not found ({exc})") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not policy.allow_private:
        for address in addresses:
            problem = address_problem(address)
            if problem is not None:
                where = f"{address} is" if address == host else f"{host} resolves to {address},"
                raise SourceError(
                    SkipReason.PRIVATE_ADDRESS, origin, f"{where} a {problem} address"
                )
    return addresses


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects to the addresses checked for a host instead of resolving it again."""

    def __init__(self, host: str, addresses: list[str]) -> None:
        self._host = host
        self._addresses = addresses
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        if host.lower() != self._host.lower():
            raise httpcore.ConnectError(f"connection to unchecked host {host} refused")
        failure: httpcore.ConnectError | None = None
        for address in self._addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"no address for {host}")


class _PinnedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool that can only reach the checked addresses."""

    def __init__(self, host: str, addresses: list[str]) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=_PinnedBackend(host, addresses),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(
                    scheme=request.url.raw_scheme,
                    host=request.url.raw_host,
                    port=request.url.port,
                    target=request.url.raw_path,
                ),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
        )
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_CoreStream(core_response.stream),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _CoreStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


def fetch(
    url: str, policy: FetchPolicy, *, accept: tuple[str, ...] = PAGE_CONTENT_TYPES
) -> tuple[bytes, str, str]:
    """GET a URL within the policy's limits, following redirects ourselves.

    Args:
        url: an http(s) URL.
        policy: time, size, redirect and address limits.
        accept: media types accepted; others are refused before the body is read.

    Returns:
        The body (content-encoding undone), the final URL after redirects, and the
        Content-Type header value.

    Raises:
        SourceError: UNSUPPORTED (not http(s), malformed), NOT_FOUND (unknown host),
            PRIVATE_ADDRESS, TOO_MANY_REDIRECTS, HTTP_ERROR (status 4xx/5xx or a redirect
            without Location), CONTENT_TYPE, TOO_LARGE, TIMEOUT, NETWORK_ERROR.
    """
    deadline = time.monotonic() + policy.timeout
    current = url
    for _hop in range(policy.max_redirects + 1):
        target = _checked_url(current, url)
        host = target.raw_host.decode("ascii")  # IDNA form, as the connection will use it
        try:
            addresses = resolve_checked(host, target.port or _default_port(target), policy, url)
        except SourceError as exc:
            if current == url:
                raise
            raise SourceError(exc.reason, url, f"redirect to {current}: {exc.detail}") from exc
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SourceError(SkipReason.TIMEOUT, url, f"no answer within {policy.timeout:g} s")
        headers = {"User-Agent": policy.user_agent, "Accept": ", ".join(accept)}
        try:
            with (
                httpx.Client(
                    transport=_PinnedTransport(host, addresses),
                    timeout=remaining,
                    trust_env=False,  # an environment proxy would bypass the address check
                    follow_redirects=False,
                ) as client,
                client.stream("GET", target, headers=headers) as response,
            ):
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_STATUSES and location:
                    current = str(target.join(location))
                    continue
                content_type = _check_response(response, url, accept, policy)
                return _read_capped(response, url, policy, deadline), str(target), content_type
        except _TIMEOUT_ERRORS as exc:
            raise SourceError(
                SkipReason.TIMEOUT, url, f"no answer within {policy.timeout:g} s"
            ) from exc
        except _NETWORK_ERRORS as exc:
            raise SourceError(
                SkipReason.NETWORK_ERROR, url, f"network error ({type(exc).__name__}: {exc})"
            ) from exc
    raise SourceError(
        SkipReason.TOO_MANY_REDIRECTS, url, f"more than {policy.max_redirects} redirects"
    )


def _checked_url(value: str, origin: str) -> httpx.URL:
    try:
        target = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise SourceError(SkipReason.UNSUPPORTED, origin, f"malformed URL {value!r}") from exc
    if target.scheme not in ("http", "https") or not target.host:
        what = "redirect to" if value != origin else "URL"
        raise SourceError(
            SkipReason.UNSUPPORTED, origin, f"{what} {value!r} refused: only http(s) is fetched"
        )
    return target


def _default_port(target: httpx.URL) -> int:
    return 443 if target.scheme == "https" else 80


def _check_response(
    response: httpx.Response, origin: str, accept: tuple[str, ...], policy: FetchPolicy
) -> str:
    """Refuse error statuses, unaccepted content types and announced oversize bodies."""
    if not 200 <= response.status_code < 300:
        reason = response.reason_phrase or "error"
        raise SourceError(SkipReason.HTTP_ERROR, origin, f"HTTP {response.status_code} {reason}")
    content_type = response.headers.get("content-type", "")
    if media_type(content_type) not in accept:
        raise SourceError(
            SkipReason.CONTENT_TYPE,
            origin,
            f"content type {media_type(content_type) or '(none)'} is not one of "
            f"{', '.join(accept)}",
        )
    declared_length = response.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > policy.max_bytes:
        raise SourceError(
            SkipReason.TOO_LARGE,
            origin,
            f"{declared_length} bytes announced, over the {policy.max_bytes}-byte limit",
        )
    return content_type


def _read_capped(
    response: httpx.Response, origin: str, policy: FetchPolicy, deadline: float
) -> bytes:
    """Read the body, aborting past the byte cap (after decompression) or the deadline."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise SourceError(
                SkipReason.TOO_LARGE, origin, f"body over the {policy.max_bytes}-byte limit"
            )
        if time.monotonic() > deadline:
            raise SourceError(
                SkipReason.TIMEOUT, origin, f"body not complete within {policy.timeout:g} s"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def document_from_response(
    body: bytes, final_url: str, content_type: str, *, origin: str, source: str = "url"
) -> RawDocument:
    """Turn a fetched HTML or plain-text page into a document.

    Args:
        body: the page bytes.
        final_url: the URL after redirects, recorded as ``RawDocument.url``.
        content_type: the Content-Type header value (media type and charset are used).
        origin: the URL as given, recorded as ``RawDocument.origin``.
        source: ``"url"`` or ``"feed"``.

    Returns:
        The document.

    Raises:
        SourceError: EMPTY, BINARY, ENCODING, NOT_ENGLISH.
    """
    charset = content_charset(content_type)
    if media_type(content_type) == "text/plain":
        text, warnings = decode_bytes(body, origin, declared=charset)
        return RawDocument(
            text=text,
            source=source,
            origin=origin,
            url=final_url,
            title=headline(text),
            outlet=httpx.URL(final_url).host or None,
            language=check_english(text, origin),
            warnings=warnings,
        )
    html, warnings = decode_html(body, origin, declared=charset)
    document = document_from_html(html, origin=origin, url=final_url, source=source)
    document.warnings = warnings + document.warnings
    return document


def document_from_url(url: str, policy: FetchPolicy, *, source: str = "url") -> RawDocument:
    """Fetch an article page and turn it into a document.

    Args:
        url: the page URL.
        policy: fetch limits.
        source: ``"url"``, or ``"feed"`` for pages reached from a feed entry.

    Returns:
        The document, its ``url`` the final URL after redirects.

    Raises:
        SourceError: any reason of :func:`fetch` or :func:`document_from_response`.
    """
    body, final_url, content_type = fetch(url, policy)
    return document_from_response(body, final_url, content_type, origin=url, source=source)
