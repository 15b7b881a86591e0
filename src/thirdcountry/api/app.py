"""The web application: JSON API under ``/api/``, HTML pages, vendored static files.

:func:`create_app` builds everything from one :class:`Settings`; nothing is created at import
time, so tests and ``thirdcountry serve`` each make their own app over their own database.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from thirdcountry import __version__
from thirdcountry.api.deps import InvalidParameter, NotFound
from thirdcountry.api.routes import api_router
from thirdcountry.api.schemas import ErrorDetail, ErrorResponse
from thirdcountry.config import Settings
from thirdcountry.store import ensure_current, make_engine
from thirdcountry.web import pages
from thirdcountry.web.map import load_world_map
from thirdcountry.web.pages import STATIC_DIR, render_error_page

log = logging.getLogger(__name__)

API_DESCRIPTION = """\
Third-country deportation and asylum-transfer arrangements, as reported in the news, with the
evidence for every fact.

* Country parameters take ISO 3166-1 alpha-2 or alpha-3 codes in any case (`RW`, `rwa`).
* Dates are partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a date range keeps what can fall in it.
* Lists of facts and documents are paginated: pass a page's `next_cursor` as `cursor`.
* Every list is also CSV: add `?format=csv`, or `.csv` to the path (`/api/facts.csv`).
* Errors are JSON: `{"error": code, "message": one line, "details": [...]}`.
"""


class CsvSuffixMiddleware:
    """Serve ``/api/<list>.csv`` as ``/api/<list>?format=csv`` (one route, two spellings).

    Only the paths of lists (routes with a ``format`` parameter) get the second spelling;
    ``/api/totals.csv`` stays a 404 rather than answering JSON under a CSV name.
    """

    def __init__(self, app: ASGIApp, csv_paths: frozenset[str]) -> None:
        self.app = app
        self.csv_paths = csv_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and path.endswith(".csv") and path[:-4] in self.csv_paths:
            query = scope.get("query_string", b"")
            extra = b"format=csv"
            scope = dict(scope, path=path[:-4], raw_path=path[:-4].encode(),
                         query_string=(query + b"&" + extra) if query else extra)
        await self.app(scope, receive, send)


def app_from_environment() -> FastAPI:
    """The app over the database ``THIRDCOUNTRY_DB`` names: what each process of
    ``thirdcountry serve --workers N`` runs (uvicorn starts them from an import string)."""
    return create_app(Settings.from_environment())


def create_app(settings: Settings) -> FastAPI:
    """Build the API and dashboard over the database that ``settings`` names.

    Args:
        settings: where the data is.

    Returns:
        The ASGI application; its engine is disposed when the app shuts down.

    Raises:
        ValueError: the database URL is malformed or of an unsupported kind.
        thirdcountry.store.StoreError: the database schema is at another revision.
    """
    engine = make_engine(settings.database_url)
    ensure_current(engine)
    load_world_map()  # project the map once now, not on the first visitor's request

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="thirdcountry",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.include_router(api_router, prefix="/api")
    app.include_router(pages.router)
    # zlib's default level, not Starlette's 9: a page of 100 facts (80 kB) compresses in 0.55
    # instead of 0.9 ms of the server's time, to 5% more bytes.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=6)
    app.add_middleware(CsvSuffixMiddleware, csv_paths=_csv_paths(app))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_docs(app)
    _add_error_handlers(app)
    return app


def _csv_paths(app: FastAPI) -> frozenset[str]:
    """The paths that can answer CSV: their GET takes a ``format`` parameter (per OpenAPI)."""
    return frozenset(
        path for path, operations in app.openapi()["paths"].items()
        if any(param.get("name") == "format"
               for param in operations.get("get", {}).get("parameters", []))
    )


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the vendored copy in ``static/vendor`` (no CDN)."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="thirdcountry API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            # An empty inline icon: the default would be fetched from fastapi's website.
            swagger_favicon_url="data:,",
        )


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path == "/api" or path.endswith(".json"))


def _error(request: Request, status: int, error: str, message: str,
           details: list[ErrorDetail] | None = None) -> Response:
    if _wants_html(request):
        return render_error_page(request, status, message)
    body = ErrorResponse(error=error, message=message, details=details or [])
    return JSONResponse(body.model_dump(), status_code=status)


def _location(loc: tuple[Any, ...]) -> str:
    """``("query", "stage", 0)`` → ``query.stage``: the parameter, not the list position."""
    return ".".join(str(part) for part in loc if not isinstance(part, int))


def _validation_message(error: dict[str, Any]) -> str:
    message = error.get("msg", "invalid value")
    value = error.get("input")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        message += f" (got {str(value)[:80]!r})"
    return message


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [ErrorDetail(location=_location(e.get("loc", ())),
                               message=_validation_message(e))
                   for e in exc.errors()]
        first = details[0] if details else ErrorDetail(location="request", message="invalid")
        message = f"{first.location}: {first.message}"
        if len(details) > 1:
            message += f" (and {len(details) - 1} more)"
        return _error(request, 422, "invalid_parameter", message, details)

    @app.exception_handler(InvalidParameter)
    async def invalid_parameter(request: Request, exc: InvalidParameter) -> Response:
        detail = ErrorDetail(location=exc.location, message=exc.message)
        return _error(request, 422, "invalid_parameter", str(exc), [detail])

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, "not_found", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or resource at {request.url.path}"
        response = _error(request, exc.status_code, codes.get(exc.status_code, "http_error"),
                          message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal_error",
                      f"internal error ({type(exc).__name__}); see the server log")
