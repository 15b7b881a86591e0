"""Migrations: they build exactly the tables of store/tables.py, run once, and guard old data."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from thirdcountry.cli import app
from thirdcountry.store import StoreError, ensure_current, make_engine, migrations, upgrade
from thirdcountry.store.tables import Base

# The store's own tables; other packages (the tracker) add theirs to the same metadata and
# check them in their own tests.
_STORE_TABLES = {"documents", "document_bands", "facts"}
# Created by the migrations for full-text search, on purpose not part of the ORM models.
_SEARCH_INDEX = "ix_documents_search"
_SEARCH_VECTOR = "search_vector"


def _is_store_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table":
        return name in _STORE_TABLES
    return obj.table.name in _STORE_TABLES and name not in (_SEARCH_INDEX, _SEARCH_VECTOR)


def test_migrated_schema_matches_the_models(store_url: str) -> None:
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _is_store_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_runs_once_and_reports_revisions(store_url: str) -> None:
    engine = make_engine(store_url)
    head = migrations.head_revision()
    assert migrations.current_revision(engine) is None
    assert upgrade(engine) == (None, head)
    assert upgrade(engine) == (head, head)
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "document_bands", "facts", "alembic_version"} <= tables
    engine.dispose()


def test_downgrade_removes_everything_and_upgrade_rebuilds(store_url: str) -> None:
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert migrations.current_revision(engine) == migrations.head_revision()
    engine.dispose()


def test_first_use_creates_a_new_database(store_url: str) -> None:
    engine = make_engine(store_url)
    ensure_current(engine)
    ensure_current(engine)
    assert migrations.current_revision(engine) == migrations.head_revision()
    engine.dispose()


def test_simultaneous_first_use_creates_the_schema_once(store_url: str) -> None:
    engines = [make_engine(store_url) for _ in range(3)]
    errors: list[BaseException] = []

    def open_store(engine) -> None:
        try:
            ensure_current(engine)
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=open_store, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert migrations.current_revision(engines[0]) == migrations.head_revision()
    for engine in engines:
        engine.dispose()


def test_older_revision_is_refused_with_the_command_to_run(store_url, monkeypatch) -> None:
    engine = make_engine(store_url)
    upgrade(engine)
    # Pretend this thirdcountry ships a newer revision than the database has.
    head = migrations.head_revision()
    monkeypatch.setattr(migrations, "head_revision", lambda: "9999")
    with pytest.raises(StoreError, match=rf"revision {head}, this thirdcountry expects 9999: run "
                                         r"`thirdcountry db upgrade --db "):
        ensure_current(engine)
    engine.dispose()


def test_unknown_revision_is_refused_as_newer(store_url: str) -> None:
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'abc123'"))
    with pytest.raises(StoreError, match="unknown to this thirdcountry.*newer version"):
        ensure_current(engine)
    engine.dispose()


def test_unrecorded_tables_are_refused(store_url: str) -> None:
    engine = make_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE documents (id INTEGER PRIMARY KEY)"))
    with pytest.raises(StoreError, match=r"thirdcountry tables \(documents\) but no migration"):
        ensure_current(engine)
    engine.dispose()


def test_db_upgrade_command(store_url: str) -> None:
    runner = CliRunner()
    head = migrations.head_revision()
    first = runner.invoke(app, ["db", "upgrade", "--db", store_url])
    assert first.exit_code == 0, first.output
    assert f"upgraded from empty to revision {head}" in first.output
    again = runner.invoke(app, ["db", "upgrade", "--db", store_url])
    assert again.exit_code == 0 and f"is up to date (revision {head})" in again.output


def test_db_upgrade_command_reports_unreachable_database() -> None:
    result = CliRunner().invoke(
        app, ["db", "upgrade", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"]
    )
    assert result.exit_code == 1
    assert "Error: cannot upgrade database postgresql+psycopg://nobody@127.0.0.1:1/none" in (
        result.output
    )
