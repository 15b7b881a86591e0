"""The API's routers, one module per resource, gathered into ``api_router`` (mounted at /api).

Every route documents the JSON error it can answer with, so clients (and schemathesis) know
the shape of a 404 or 422 as well as of a success.
"""

from fastapi import APIRouter

from thirdcountry.api.routes import (
    changes,
    concerns,
    countries,
    documents,
    facts,
    legal,
    pairs,
    removals,
    search,
)
from thirdcountry.api.schemas import ErrorResponse

ERROR_RESPONSES = {
    404: {"model": ErrorResponse, "description": "No such resource"},
    422: {"model": ErrorResponse, "description": "A parameter is malformed or unknown"},
}

api_router = APIRouter(responses=ERROR_RESPONSES)
for module in (pairs, facts, documents, removals, legal, concerns, countries, search, changes):
    api_router.include_router(module.router)

__all__ = ["ERROR_RESPONSES", "api_router"]
