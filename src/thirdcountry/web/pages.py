"""HTML pages: map, country, article, search and "what changed", rendered on the server.

Every page works without JavaScript (the only script sorts tables), has a stable URL, a
``<title>`` and a link to the same data as JSON. Pages read the store and the tracker; they
never parse article text. Templates autoescape everything and no article content is marked
safe, and a Content-Security-Policy forbids inline scripts as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from thirdcountry.api.changes import recent_changes
from thirdcountry.api.deps import IdPath, NotFound, SessionDep, iso3_of
from thirdcountry.api.queries import copies_of, facts_of_document
from thirdcountry.api.routes.search import split_snippet
from thirdcountry.countries import country_name
from thirdcountry.store.repository import search_documents
from thirdcountry.store.tables import Document
from thirdcountry.web import dashboard, feed, present
from thirdcountry.web.map import STAGE_COLOURS

STATIC_DIR = Path(__file__).parent / "static"
TEMPLATES_DIR = Path(__file__).parent / "templates"
SEARCH_LIMIT = 50
CHANGES_DAYS = 5
# Scripts and styles only from our own files: even a tag slipped into a page could run nothing.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The Jinja2 templates, with the presentation helpers as globals.

    Autoescaping is on for every template whatever its name (Jinja's default decides by
    extension), so no template can ever be added that leaves article text unescaped.
    """
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
    env.globals.update(
        stage_label=present.stage_label, kind_label=present.kind_label,
        count_text=present.count_text, total_text=present.total_text,
        country_name=country_name,
        pair_text=present.pair_text, stage_colours=STAGE_COLOURS, web_url=present.web_url,
    )
    return Jinja2Templates(env=env)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a page template with the security headers every page gets."""
    response = templates().TemplateResponse(request, template, context, status_code=status)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def render_error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An error as a page (for browsers); the API answers the same errors as JSON."""
    titles = {404: "Not found", 422: "Bad request", 405: "Not allowed"}
    return render(request, "error.html", status=status, json_url=None, nav=None,
                  page_title=titles.get(status, "Something went wrong"), message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep) -> HTMLResponse:
    """The world map coloured by arrangement stage, the same data as a table, and totals."""
    return render(request, "home.html", nav="home", json_url="/api/pairs",
                  page_title="Third-country deportation arrangements",
                  **dashboard.home_context(session))


OffsetQuery = Annotated[int, Query(ge=0, le=1_000_000)]


@router.get("/country/{code}", response_class=HTMLResponse, response_model=None)
def country(request: Request, session: SessionDep, code: str, legal_offset: OffsetQuery = 0,
            concern_offset: OffsetQuery = 0) -> Response:
    """One country: its arrangements with their latest timeline entries, removals, and a page
    of legal actions and rights concerns."""
    iso3 = iso3_of(code, "path.code")
    if code != iso3:
        # One stable URL per country: /country/rw and /country/rwa both lead to /country/RWA.
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/country/{iso3}{query}", status_code=301)
    context = dashboard.country_context(session, iso3, legal_offset=legal_offset,
                                        concern_offset=concern_offset)
    json_query = urlencode({k: v for k, v in (("legal_offset", legal_offset),
                                              ("concern_offset", concern_offset)) if v})
    return render(request, "country.html", nav=None,
                  json_url=f"/api/countries/{iso3}" + (f"?{json_query}" if json_query else ""),
                  page_title=country_name(iso3), **context)


@router.get("/pair/{deporting}/{receiving}", response_class=HTMLResponse, response_model=None)
def pair(request: Request, session: SessionDep, deporting: str, receiving: str,
         offset: OffsetQuery = 0) -> Response:
    """One pair's whole timeline, a page of entries at a time, oldest first."""
    dep = iso3_of(deporting, "path.deporting")
    rec = iso3_of(receiving, "path.receiving")
    if (deporting, receiving) != (dep, rec):
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/pair/{dep}/{rec}{query}", status_code=301)
    context = dashboard.pair_context(session, dep, rec, offset)
    if context is None:
        raise NotFound(f"no arrangement or removal reported from {dep} to {rec}")
    limit = context["page_entries"]
    return render(request, "pair.html", nav=None,
                  json_url=f"/api/pairs/{dep}/{rec}?limit={limit}"
                  + (f"&offset={offset}" if offset else ""),
                  page_title=f"{country_name(dep)} → {country_name(rec)}", **context)


@router.get("/document/{document_id}", response_class=HTMLResponse)
def document(request: Request, session: SessionDep, document_id: IdPath) -> HTMLResponse:
    """An article with each fact's evidence highlighted and labelled."""
    found = session.get(Document, document_id)
    if found is None:
        raise NotFound(f"no article with id {document_id}")
    facts = facts_of_document(session, document_id)
    canonical = session.get(Document, found.canonical_id) if found.canonical_id else None
    return render(
        request, "document.html", nav=None, json_url=f"/api/documents/{document_id}",
        page_title=found.title or f"Article {document_id}", document=found,
        runs=present.highlight_runs(found.text, facts),
        facts=[(record, present.fact_view(record, found)) for record in facts],
        unplaced={r.id for r in facts if present.evidence_span(found.text, r) is None},
        copies=copies_of(session, document_id), canonical=canonical,
        fact_label=present.fact_label,
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    session: SessionDep,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    """Full-text search over the articles; an empty query shows the form."""
    query = present.clean_query(q)
    hits = search_documents(session, query, limit=SEARCH_LIMIT) if query else []
    return render(
        request, "search.html", nav="search", page_title=f"Search: {query}" if query else "Search",
        json_url=f"/api/search?{urlencode({'q': query})}" if query else None, query=query,
        hits=[(hit, split_snippet(hit.snippet)) for hit in hits],
    )


@router.get("/changes", response_class=HTMLResponse)
def changes(
    request: Request,
    session: SessionDep,
    before: Annotated[dt.date | None, Query()] = None,
) -> HTMLResponse:
    """New facts and pair status changes, newest day first, a page of active days at a time."""
    days, older = recent_changes(session, days=CHANGES_DAYS, before=before)
    json_url = "/api/changes" + (f"?before={before.isoformat()}" if before else "")
    return render(request, "changes.html", nav="changes", json_url=json_url,
                  page_title="What changed", days=days, older=older,
                  fact_label=present.fact_label)


@router.get("/changes.atom")
def changes_feed(request: Request, session: SessionDep) -> Response:
    """The same changes as an Atom feed: one entry per status change and per new fact."""
    days, _ = recent_changes(session, days=CHANGES_DAYS)
    base = str(request.base_url).rstrip("/")
    body = feed.render_feed(feed.feed_entries(days, base), base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
