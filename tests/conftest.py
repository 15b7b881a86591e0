"""Shared fixtures: a fresh database per test on SQLite and PostgreSQL, and a marker extractor.

``store_url`` runs each test that uses it twice: on a new SQLite file, and on a new PostgreSQL
schema when ``THIRDCOUNTRY_TEST_POSTGRES_URL`` is set, e.g.
``postgresql+psycopg://postgres@127.0.0.1:54329/thirdcountry_test`` (any database the user may
create schemas in; each test gets its own schema through ``search_path`` and drops it after).
Without the variable the PostgreSQL runs are skipped, except under ``CI=true``, where they fail:
CI must never pass with half the backends silently untested.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from thirdcountry.config import database_url_from
from thirdcountry.facts.schema import (
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    RightsConcern,
)
from thirdcountry.store import ensure_current, make_engine

POSTGRES_URL_ENV = "THIRDCOUNTRY_TEST_POSTGRES_URL"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="session")
def load_dev_script() -> Callable[[str], ModuleType]:
    """Import a rule writers' script of ``scripts/`` by name (the folder is no package)."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    return load


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """URL of an empty database of its own: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'thirdcountry.db'}"
        return
    base = os.environ.get(POSTGRES_URL_ENV)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {POSTGRES_URL_ENV} is not set: PostgreSQL tests cannot run")
        pytest.skip(f"{POSTGRES_URL_ENV} is not set")
    base = database_url_from(base)
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """An engine on a fresh database with the current schema."""
    engine = make_engine(store_url)
    ensure_current(engine)
    try:
        yield engine
    finally:
        engine.dispose()


_MARKER = re.compile(r"\[\[(arrangement|removal|legal|concern) ([^\]]*)\]\]")


class MarkerExtractor:
    """A stand-in for ``Extractor`` that turns ``[[...]]`` markers in a text into facts.

    ``[[arrangement USA SWZ agreed]]``, ``[[removal USA SLV 238]]``, ``[[legal USA blocked]]``
    and ``[[concern SWZ]]`` each give one fact whose evidence is the marker itself. It counts
    the texts it sees and can be told to fail on texts containing ``fail_on``.
    """

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.seen: list[str] = []

    def extract(self, text: str, published: str | None = None) -> list[Fact]:
        self.seen.append(text)
        if self.fail_on and self.fail_on in text:
            raise RuntimeError(f"cannot parse {self.fail_on}")
        return [_marker_fact(m) for m in _MARKER.finditer(text)]

    def extract_many(
        self, items: Iterable[tuple[str, str | None]], batch_size: int = 32
    ) -> Iterator[list[Fact]]:
        for body, published in items:
            yield self.extract(body, published)


def _marker_fact(match: re.Match[str]) -> Fact:
    kind, args = match.group(1), match.group(2).split()
    evidence = Evidence(match.group(0), match.start(), match.end())
    common = {"certainty": "reported", "attributed_to": None, "evidence": evidence,
              "rule": f"marker.{kind}"}
    if kind == "arrangement":
        return Arrangement(deporting_country=args[0], receiving_country=args[1],
                           kind="third_country_removal", stage=args[2], date="2025-07", **common)
    if kind == "removal":
        return Removal(deporting_country=args[0], receiving_country=args[1], date="2025-07-16",
                       count=int(args[2]), count_qualifier="exact", nationalities=["CUB"],
                       facility=None, legal_basis=None, **common)
    if kind == "legal":
        return LegalAction(jurisdiction=args[0], court="federal judge", subject="transfers",
                           outcome=args[1], date=None, **common)
    return RightsConcern(country=args[0], concern="mistreatment of detainees", **common)


@pytest.fixture
def marker_extractor() -> MarkerExtractor:
    """A fresh :class:`MarkerExtractor`."""
    return MarkerExtractor()
