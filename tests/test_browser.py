"""The dashboard in a real browser: Playwright drives Debian's Chromium against uvicorn.

A real uvicorn server runs on an ephemeral 127.0.0.1 port over the sample store. The tests
look at what a reader sees: the coloured map, a click through to Rwanda's timeline, a search,
and the XSS probe article shown as harmless text. Every request to another host is blocked and
recorded, so a page that reached for a CDN fails. Screenshots go to
``$THIRDCOUNTRY_ARTIFACTS/screenshots`` (``artifacts/screenshots`` by default).

Chromium comes from Debian (``apt-get install chromium``), never from ``playwright install``;
``THIRDCOUNTRY_CHROMIUM`` points elsewhere. Without it the tests skip, except under ``CI=true``
where they fail.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn

from test_api_support import XSS_MARKUP, XSS_SCRIPT, fill_sample_store
from thirdcountry.api.app import create_app
from thirdcountry.config import Settings
from thirdcountry.store import ensure_current, make_engine

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("THIRDCOUNTRY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("THIRDCOUNTRY_ARTIFACTS", "artifacts")) / "screenshots"


def _missing(message: str) -> None:
    """Skip for want of a browser, except in CI, where browser tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {message}")
    pytest.skip(message)


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        _missing(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    """A uvicorn server over the sample store: its base URL and the sample ids."""
    _require_chromium()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'thirdcountry.db'}"
    engine = make_engine(url)
    ensure_current(engine)
    ids = fill_sample_store(engine)
    engine.dispose()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(database_url=url)), log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, kwargs={"sockets": [listener]},
                              daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uvicorn_server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", ids
    finally:
        uvicorn_server.should_exit = True
        thread.join(timeout=30)
        listener.close()


@pytest.fixture(scope="module")
def browser(server):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -e .[test])")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Watch:
    """What a page did that it should not: dialogs, console errors, requests elsewhere."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []


@pytest.fixture
def page(browser, server):
    base, _ = server
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    watch = Watch()

    def route(request_route) -> None:
        if urlparse(request_route.request.url).netloc == urlparse(base).netloc:
            request_route.continue_()
        else:
            watch.foreign.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    new_page = context.new_page()
    new_page.on("dialog", lambda dialog: (watch.dialogs.append(dialog.message),
                                          dialog.dismiss()))
    new_page.on("console", lambda message: message.type == "error"
                and watch.errors.append(message.text))
    new_page.on("pageerror", lambda error: watch.errors.append(str(error)))
    new_page.watch = watch
    try:
        yield new_page
    finally:
        context.close()
    assert watch.foreign == [], f"requests left this server: {watch.foreign}"
    assert watch.dialogs == [], f"a page opened dialogs: {watch.dialogs}"
    assert watch.errors == [], f"console errors: {watch.errors}"


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_home_shows_the_map_with_coloured_countries(page, server) -> None:
    base, _ = server
    page.goto(base + "/")
    assert page.title() == "Third-country deportation arrangements · thirdcountry"
    coloured = page.locator("svg.world-map a[data-iso3]")
    assert coloured.count() == 6
    fill = page.locator('svg.world-map a[data-iso3="NGA"] path').evaluate(
        "element => getComputedStyle(element).fill")
    assert fill == "rgb(0, 158, 115)"  # Okabe-Ito bluish green: declined
    assert page.locator("svg.world-map .land path").count() > 200
    assert page.locator("#pairs tbody tr").count() == 7
    assert page.get_by_text("more than 212").is_visible()
    shot(page, "home")


def test_table_sorts_with_the_vendored_script(page, server) -> None:
    base, _ = server
    page.goto(base + "/")
    first_cells = page.locator("#pairs tbody tr td:first-child")
    before = first_cells.all_inner_texts()
    page.locator("#pairs thead th", has_text="Receiving").locator("button").click()
    page.locator("#pairs thead th", has_text="Receiving").locator("button").click()
    after = first_cells.all_inner_texts()
    assert after == sorted(before, reverse=True)
    assert page.locator("#pairs thead th[aria-sort=descending]").count() == 1


def test_clicking_rwanda_opens_its_timeline_with_a_quote(page, server) -> None:
    base, _ = server
    page.goto(base + "/")
    page.locator('svg.world-map a[data-iso3="RWA"] circle').click()
    page.wait_for_url(base + "/country/RWA")
    assert page.locator("h1").inner_text() == "Rwanda"
    timeline = page.locator("#pair-USA-RWA .timeline")
    assert timeline.is_visible()
    assert timeline.locator("li").count() == 2
    quote = timeline.locator("blockquote.quote").first
    assert "Rwanda has agreed to accept as many as 250 migrants" in quote.inner_text()
    assert page.locator("svg.chart rect.bar").count() == 1
    shot(page, "country-rwanda")
    page.locator("#pair-USA-RWA a", has_text="in context").first.click()
    page.wait_for_url("**/document/*")
    assert page.locator(".article-text mark").count() == 2
    shot(page, "article-rwanda")


def test_search_finds_an_article(page, server) -> None:
    base, ids = server
    page.goto(base + "/")
    page.locator("#nav-q").fill("solitary confinement")
    page.locator("#nav-q").press("Enter")
    page.wait_for_url("**/search?q=*")
    results = page.locator(".results li")
    assert results.count() == 2
    assert page.locator(".results mark", has_text="solitary").first.is_visible()
    shot(page, "search")
    results.first.locator("h3 a").click()
    page.wait_for_url(f"**/document/{ids['eswatini']}")
    assert "solitary confinement" in page.locator(".article-text").inner_text()


def test_xss_probe_article_renders_harmlessly(page, server) -> None:
    base, ids = server
    for path in (f"/document/{ids['xss-probe']}", "/country/HND", "/", "/search?q=Honduras"):
        page.goto(base + path)
        page.wait_for_load_state("load")
    page.goto(base + f"/document/{ids['xss-probe']}")
    text = page.locator(".article-text").inner_text()
    assert XSS_SCRIPT in text and XSS_MARKUP in text
    assert page.locator(".article-text img, .article-text script").count() == 0
    assert page.locator("h1").inner_text().startswith("<script>alert('title')</script>")
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    shot(page, "xss-probe")


def test_api_docs_load_offline(page, server) -> None:
    base, _ = server
    page.goto(base + "/docs")
    page.locator(".swagger-ui .opblock").first.wait_for(timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 12
    shot(page, "api-docs")
