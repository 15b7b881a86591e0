"""Many rows of plain values written in one driver call, past SQLAlchemy's per-row work.

A first catch-up writes thousands of small rows: each fact's bucket, each bucket's entry, the
facts of each removal event. Through ``session.execute(insert(table), [dict, ...])``
SQLAlchemy builds and processes a parameter dict per row (a fifth of a catch-up's CPU on
SQLite), and psycopg then sends every row as a statement of its own in a pipeline. Here the
rows go to the driver as they are: on SQLite as tuples to ``executemany``; on PostgreSQL as one
array per column to a single statement that ``unnest``s them (:func:`insert_rows`, and
:func:`add_rows` for the running totals and bucket links that add to stored rows). Only for
columns of plain values (integers, strings), which both drivers take without conversion.
Wider rows with JSON columns (buckets, timeline entries, removal events) go to PostgreSQL as
one JSON document of rows (:func:`insert_dict_rows`); SQLite keeps SQLAlchemy's
``executemany`` for them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Integer, Table, insert
from sqlalchemy.orm import Session

_LENGTH = re.compile(r"\(\d+\)$")


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows``, tuples of the values of ``columns`` in that order."""
    _insert(session, table, columns, rows, "")


def add_rows(session: Session, table: Table, columns: Sequence[str],
             rows: Sequence[tuple[Any, ...]], *, keys: Sequence[str],
             added: Sequence[str]) -> None:
    """Insert ``rows`` as :func:`insert_rows` does; a row whose ``keys`` (a unique index) are
    stored already adds its values of the ``added`` columns to the stored ones instead.

    No key may come twice in ``rows`` (PostgreSQL refuses to update a row twice in one
    statement).
    """
    if not rows:
        return
    quote = session.connection().dialect.identifier_preparer.quote
    adding = ", ".join(f"{quote(name)} = {quote(table.name)}.{quote(name)} + excluded.{quote(name)}"
                       for name in added)
    _insert(session, table, columns, rows,
            f" ON CONFLICT ({', '.join(quote(key) for key in keys)}) DO UPDATE SET {adding}")


def _insert(session: Session, table: Table, columns: Sequence[str],
            rows: Sequence[tuple[Any, ...]], tail: str) -> None:
    """One ``INSERT`` of all ``rows`` followed by ``tail``: on PostgreSQL one array a column
    unpacked by ``unnest``, elsewhere the rows as the driver's parameters."""
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
            f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays}){tail}",
            tuple(_array(table.c[name], values)
                  for name, values in zip(columns, zip(*rows, strict=True), strict=True)))
    else:
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks}){tail}", list(rows))


def _array(column: Any, values: Sequence[Any]) -> Any:
    """The values of a column as a parameter of a PostgreSQL array: integers as the array's
    text, which psycopg would otherwise build one value at a time in Python (a tenth of a
    first catch-up's time for the tens of thousands of integers it writes); others as a
    list."""
    if isinstance(column.type, Integer):
        return "{" + ",".join("NULL" if v is None else str(int(v)) for v in values) + "}"
    return list(values)


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
            (_array(table.c.id, [key for key, _ in ordered]),
             _array(table.c[column], [value for _, value in ordered])))
    else:
        connection.exec_driver_sql(
            f"UPDATE {quote(table.name)} SET {quote(column)} = ? WHERE id = ?",
            [(value, key) for key, value in ordered])


def insert_dict_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of column values, JSON columns included) into ``table``.

    On PostgreSQL the rows go as one JSON parameter, unpacked by ``json_to_recordset`` into one
    ``INSERT``: an ``executemany`` sends each row as a statement of its own in a pipeline, with
    SQLAlchemy's processing of every value on the way. Dates and times go as ISO text, which
    PostgreSQL reads back to the same value. A JSON column holding None would be stored as
    SQL NULL this way, not as the JSON ``null`` SQLAlchemy stores, so such rows take the
    ``executemany``, as they do on SQLite, and so do rows leaving out a column with a default.
    """
    if not rows:
        return
    columns = list(rows[0])
    json_columns = [name for name in columns if isinstance(table.c[name].type, JSON)]
    dialect = session.get_bind().dialect
    if (dialect.name != "postgresql"
            or any(row[name] is None for row in rows for name in json_columns)
            or any(column.default is not None for column in table.c
                   if column.name not in columns)):  # SQLAlchemy fills those in Python
        session.execute(insert(table), list(rows))
        return
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    # Unbounded VARCHAR: a longer value is then refused by the column, as by a plain INSERT.
    kinds = ", ".join(f"{quote(name)} {_LENGTH.sub('', table.c[name].type.compile(dialect))}"
                      for name in columns)
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({names}) SELECT {names} "
        f"FROM json_to_recordset(CAST(%s AS json)) AS given ({kinds})",
        (json.dumps(list(rows), default=_iso_text),))


def _iso_text(value: Any) -> str:
    return value.isoformat()
