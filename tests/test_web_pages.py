"""Pages: titles, JSON links, the server-drawn map, escaping of an XSS probe, feed, map module."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from test_api_support import XSS_MARKUP, XSS_SCRIPT, XSS_TITLE, sample_client
from thirdcountry.api.app import create_app
from thirdcountry.config import Settings
from thirdcountry.facts.schema import STAGES
from thirdcountry.web.charts import removal_chart
from thirdcountry.web.map import (
    MAP_FILE,
    STAGE_COLOURS,
    equal_earth,
    load_world_map,
    project_countries,
)

ATOM = "{http://www.w3.org/2005/Atom}"


class PageParser(HTMLParser):
    """Collects what the tests look at: the title, script tags, map links and marks."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.scripts: list[dict] = []
        self.event_handlers: list[tuple[str, str]] = []
        self.map_links: dict[str, dict] = {}
        self.marks = 0
        self._in_title = False
        self._link: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self._in_title = tag == "title" and not self.title
        if tag == "script":
            self.scripts.append(attributes)
        self.event_handlers += [(tag, name) for name, _ in attrs if name.startswith("on")]
        if tag == "a" and "data-iso3" in attributes:
            self._link = attributes["data-iso3"]
            self.map_links[self._link] = {"href": attributes["href"], "fills": []}
        if tag in ("path", "circle") and self._link and "fill" in attributes:
            self.map_links[self._link]["fills"].append(attributes["fill"])
        if tag == "mark":
            self.marks += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._link = None
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


@pytest.fixture
def site(engine: Engine) -> Iterator[tuple[TestClient, dict[str, int]]]:
    with sample_client(engine) as (test_client, ids):
        yield test_client, ids


def page(client: TestClient, path: str) -> tuple[str, PageParser]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    return response.text, parse(response.text)


def test_every_page_has_a_title_and_a_json_link(site) -> None:
    client, ids = site
    expected = {
        "/": ("Third-country deportation arrangements · thirdcountry", "/api/pairs"),
        "/country/RWA": ("Rwanda · thirdcountry", "/api/countries/RWA"),
        "/pair/USA/RWA": ("United States → Rwanda · thirdcountry",
                          "/api/pairs/USA/RWA?limit=50"),
        f"/document/{ids['nigeria']}": (
            "Nigeria rejects US request to take Venezuelan deportees · thirdcountry",
            f"/api/documents/{ids['nigeria']}"),
        "/search?q=Kigali": ("Search: Kigali · thirdcountry", "/api/search?q=Kigali"),
        "/changes": ("What changed · thirdcountry", "/api/changes"),
    }
    for path, (title, json_url) in expected.items():
        html, parsed = page(client, path)
        assert parsed.title == title, path
        assert f'href="{json_url}"' in html, path
        assert client.get(json_url).status_code == 200, json_url


def test_home_map_colours_receiving_countries_by_stage_and_links_them(site) -> None:
    client, _ = site
    html, parsed = page(client, "/")
    links = parsed.map_links
    assert set(links) == {"RWA", "SWZ", "SLV", "NGA", "PLW", "HND"}
    assert links["RWA"]["href"] == "/country/RWA"
    assert links["RWA"]["fills"][0] == STAGE_COLOURS["implemented"]
    assert links["NGA"]["fills"] == [STAGE_COLOURS["declined"]]
    assert links["PLW"]["fills"][0] == STAGE_COLOURS["approached"]
    assert len(links["PLW"]["fills"]) == 2  # Palau is tiny: a dot besides its outline
    assert "<title>Rwanda: Ended with United Kingdom; People sent with United States</title>" \
        in html
    assert html.count("<path") > 200  # the uncoloured world is drawn too
    for stage in STAGES:
        assert STAGE_COLOURS[stage] in html  # the legend shows every stage


def test_home_table_and_totals_work_without_javascript(site) -> None:
    client, _ = site
    html, parsed = page(client, "/")
    table = html[html.index('<table class="sortable'):html.index("</table>")]
    assert table.count("<tr>") == 1 + 7  # header + one row per pair
    assert "more than 212" in html
    assert [s.get("src") for s in parsed.scripts] == ["/static/js/sortable.js"]
    assert client.get("/static/js/sortable.js").status_code == 200
    assert client.get("/static/css/site.css").status_code == 200


def test_country_page_shows_timeline_quotes_removals_chart_and_concerns(site) -> None:
    client, ids = site
    html, _ = page(client, "/country/RWA")
    assert "Arrangements to send people to Rwanda" in html
    assert "Rwanda has agreed to accept as many as 250 migrants" in html
    assert 'class="badge badge-confirmed"' in html
    assert f'href="/document/{ids["rwanda-agrees"]}"' in html
    assert 'href="https://example.org/rwanda-250"' in html
    assert "People removed to Rwanda" in html and '<svg class="chart"' in html
    assert "Rights concerns about Rwanda" in html
    assert "2025-08-05" in html


def test_country_page_has_legal_actions_and_handles_codes(site) -> None:
    client, _ = site
    html, _ = page(client, "/country/SWZ")
    assert "High Court of Eswatini" in html and "badge-outcome-pending" in html
    redirect = client.get("/country/sz", follow_redirects=False)
    assert redirect.status_code == 301 and redirect.headers["location"] == "/country/SWZ"
    html, parsed = page(client, "/country/FRA")
    assert "No arrangement, removal, legal action or rights concern" in html
    assert client.get("/country/QQQ").status_code == 422


def test_pair_page_pages_through_the_timeline(site) -> None:
    client, _ = site
    html, _ = page(client, "/pair/USA/RWA")
    assert "United States → Rwanda" in html
    assert "Rwanda has agreed to accept as many as 250 migrants" in html
    html, _ = page(client, "/pair/USA/RWA?offset=1")
    assert "Entries 2–2 of 2" in html and 'href="/pair/USA/RWA?offset=0"' in html
    redirect = client.get("/pair/us/rw?offset=1", follow_redirects=False)
    assert redirect.status_code == 301
    assert redirect.headers["location"] == "/pair/USA/RWA?offset=1"
    assert client.get("/pair/USA/FRA").status_code == 404


def test_document_page_highlights_each_evidence_span(site) -> None:
    client, ids = site
    html, parsed = page(client, f"/document/{ids['eswatini']}")
    # Two facts share one sentence: one highlighted run labelled twice, plus the other two.
    assert parsed.marks == 3
    assert html.count('class="label"') == 4
    assert 'id="fact-' in html
    assert "Removal of 5 people: United States → Eswatini" in html
    copy_html, _ = page(client, f"/document/{ids['eswatini-copy']}")
    assert "syndicated copy of" in copy_html


def test_xss_probe_renders_as_text_everywhere(site) -> None:
    client, ids = site
    for path in ("/", "/country/HND", f"/document/{ids['xss-probe']}", "/search?q=Honduras",
                 "/changes", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"):
        html, parsed = page(client, path)
        assert all(s.get("src") == "/static/js/sortable.js" for s in parsed.scripts), path
        assert parsed.event_handlers == [], path
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert 'href="javascript:' not in html, path
    html, parsed = page(client, f"/document/{ids['xss-probe']}")
    assert parsed.title == f"{XSS_TITLE} · thirdcountry"  # the parser unescaped it
    assert "<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Honduras probe" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "Probe &lt;b&gt;Outlet&lt;/b&gt;" in html
    assert parsed.marks == 1
    assert XSS_MARKUP not in html and XSS_SCRIPT not in html


def test_search_page_marks_matches_and_handles_empty_queries(site) -> None:
    client, ids = site
    html, parsed = page(client, "/search?q=solitary")
    assert f'href="/document/{ids["eswatini"]}"' in html
    assert "<mark>solitary</mark>" in html
    empty, _ = page(client, "/search")
    assert "Search the articles" in empty
    nothing, _ = page(client, "/search?q=zanzibar")
    assert "No article matches" in nothing
    control, _ = page(client, "/search?q=%00%01")
    assert "Search the articles" in control


def test_changes_page_groups_by_day_with_older_link(site) -> None:
    client, _ = site
    html, _ = page(client, "/changes")
    assert html.index("5 September 2025") < html.index("29 August 2025")
    assert "Status changes" in html and "New facts" in html
    assert 'href="/changes?before=' in html
    older, _ = page(client, "/changes?before=2025-07-17")
    assert "14 July 2025" in older and "29 August 2025" not in older


def test_atom_feed_is_well_formed_with_required_elements(site) -> None:
    client, ids = site
    response = client.get("/changes.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    assert stamp.fullmatch(feed.findtext(f"{ATOM}updated"))
    ids_seen = set()
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        assert stamp.fullmatch(entry.findtext(f"{ATOM}updated"))
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
        ids_seen.add(entry.findtext(f"{ATOM}id"))
    assert len(ids_seen) == len(entries)
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    probe = [e for e in entries if f"/document/{ids['xss-probe']}#" in e.findtext(f"{ATOM}id")]
    assert XSS_MARKUP in probe[0].findtext(f"{ATOM}summary")  # escaped in XML, intact as text


def test_pages_of_an_empty_store(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    with TestClient(create_app(Settings(database_url=url))) as client:
        html, parsed = page(client, "/")
        assert "No arrangements have been recorded yet" in html
        assert parsed.map_links == {} and html.count("<path") > 200
        assert "Nothing has been recorded yet" in page(client, "/changes")[0]
        assert "has been reported" in page(client, "/country/RWA")[0]
        feed = ET.fromstring(client.get("/changes.atom").content)
        assert feed.findall(f"{ATOM}entry") == []


def test_world_map_file_projects_every_country_once() -> None:
    world = load_world_map(MAP_FILE)
    codes = [shape.iso3 for shape in world.shapes]
    assert len(codes) == len(set(codes)) > 200
    for iso3 in ("RWA", "SWZ", "SLV", "XKX", "PLW", "NRU", "USA", "GBR"):
        shape = world.get(iso3)
        assert shape is not None and shape.path.startswith("M"), iso3
        assert 0 <= shape.centroid[0] <= world.width and 0 <= shape.centroid[1] <= world.height
    assert world.get("ATA") is None
    assert world.get("USA").area > world.get("RWA").area > world.get("NRU").area
    assert world.get("NRU").is_small and not world.get("BRA").is_small


def test_equal_earth_projection_and_layout() -> None:
    assert equal_earth(0, 0) == (0.0, 0.0)
    east, north = equal_earth(90, 45)
    assert east > 0 and north > 0
    assert equal_earth(-90, -45) == pytest.approx((-east, -north))
    square = {"iso3": "AAA", "name": "A", "rings": [[[0, 0], [10, 0], [10, 10], [0, 10]]]}
    world = project_countries([square], width=100)
    assert world.width == 100 and world.view_box.startswith("0 0 100 ")
    assert world.shapes[0].path.startswith("M0 ") and world.shapes[0].path.endswith("z")


def test_stage_palette_is_complete_and_distinct() -> None:
    assert set(STAGE_COLOURS) == set(STAGES)
    assert len(set(STAGE_COLOURS.values())) == len(STAGES)


def test_removal_chart_leaves_out_soft_and_undated_removals() -> None:
    from thirdcountry.tracker import RemovalEventView

    def event(date, count, firm=True):
        return RemovalEventView(1, "USA", "RWA", date, count, "exact", (), None, None,
                                "confirmed", False, firm, False, (), (1,), ())

    assert removal_chart([event(None, 5), event("2025", 5), event("2025-05", 9, False)]) is None
    assert removal_chart([event("2025-05", None)]) is None
    chart = removal_chart([event("2025-05-02", 10), event("2025-05-20", 5), event("2025-07", 3),
                           event("2025-08", None)])
    assert [bar.label for bar in chart.bars] == ["2025-05", "2025-07", "2025-08"]
    may, july, august = chart.bars
    assert may.height > july.height > 0 and august.unknown and august.height == 0
    assert "2025-05: 10 people; 5 people" == may.tooltip
    assert chart.y_ticks[0][1] == "0" and chart.y_ticks[-1][1] == "15"
