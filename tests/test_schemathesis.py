"""Property-based API tests: schemathesis generates requests from the OpenAPI document.

For every operation it sends a bounded number of generated requests (valid and invalid
parameters) to the app over the sample store, on SQLite and on PostgreSQL (see conftest), and
checks that none fails with a 5xx and that each answer matches what the OpenAPI document
promises: status code, content type and JSON schema, the JSON error shape of 404 and 422
included.

The operations are read from an app over a throwaway database when this module is imported
(schemathesis's pytest integration needs them to collect one test per operation); each test
then calls the app of its own ``engine`` fixture.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine

from test_api_support import fill_sample_store
from thirdcountry.api.app import create_app
from thirdcountry.config import Settings

# Enough to try each parameter's edge cases without making the suite slow on two cores.
EXAMPLES_PER_OPERATION = 30
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


def _schema_app() -> FastAPI:
    """An app whose only use is to describe the API; its empty database is thrown away."""
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(Settings(database_url=f"sqlite:///{Path(folder) / 'schema.db'}"))
        app.state.engine.dispose()
    return app


schema = schemathesis.openapi.from_asgi("/openapi.json", _schema_app())


@pytest.fixture
def sample_app(engine: Engine) -> FastAPI:
    fill_sample_store(engine)
    return create_app(Settings(database_url=engine.url.render_as_string(hide_password=False)))


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_answers_as_documented_and_never_5xx(case, sample_app: FastAPI) -> None:
    case.call_and_validate(app=sample_app, checks=CHECKS)
