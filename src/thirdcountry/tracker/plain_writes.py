"""Many rows of plain values written in one driver call, past SQLAlchemy's per-row work.

A first catch-up writes thousands of small rows: each fact's bucket, each bucket's entry, the
facts of each removal event. Through ``session.execute(insert(table), [dict, ...])``
SQLAlchemy builds and processes a parameter dict per row (a fifth of a catch-up's CPU on
SQLite), and psycopg then sends every row as a statement of its own in a pipeline. Here the
rows go to the driver as they are: on SQLite as tuples to ``executemany``; on PostgreSQL as one
array per column to a single statement that ``unnest``s them. Only for columns of plain values
(integers, strings), which both drivers take without conversion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows``, tuples of the values of ``columns`` in that order."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    if dialect.name == "postgresql":
        arrays = ", ".join(f"CAST(%s AS {table.c[name].type.compile(dialect)}[])"
                           for name in columns)
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays})",
            tuple(list(column) for column in zip(*rows, strict=True)))
    else:
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", list(rows))


def set_column_by_id(session: Session, table: Table, column: str,
                     values: dict[int, Any]) -> None:
    """Set ``column`` of the rows of ``table`` whose ``id`` is a key of ``values``."""
    if not values:
        return
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    ordered = sorted(values.items())
    if dialect.name == "postgresql":
        id_kind = table.c.id.type.compile(dialect)
        kind = table.c[column].type.compile(dialect)
        connection.exec_driver_sql(
            f"UPDATE {quote(table.name)} SET {quote(column)} = given.value "
            f"FROM unnest(CAST(%s AS {id_kind}[]), CAST(%s AS {kind}[])) AS given(id, value) "
            f"WHERE {quote(table.name)}.id = given.id",
            ([key for key, _ in ordered], [value for _, value in ordered]))
    else:
        connection.exec_driver_sql(
            f"UPDATE {quote(table.name)} SET {quote(column)} = ? WHERE id = ?",
            [(value, key) for key, value in ordered])
