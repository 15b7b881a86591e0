"""``thirdcountry serve`` refuses a database it cannot use with one clear line."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from thirdcountry.cli import app


def test_unreachable_database_is_one_line_and_exit_1() -> None:
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    result = CliRunner().invoke(app, ["serve", "--db", "postgresql+psycopg://x@127.0.0.1:1/x"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: postgresql+psycopg://")


def test_database_from_another_program_is_refused(tmp_path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('not-a-thirdcountry-revision')")
    result = CliRunner().invoke(app, ["serve", "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
