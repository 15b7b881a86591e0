"""Every list of the API as CSV: one row per item, nested objects flattened to dotted columns.

The columns come from the response model, not from the data, so an empty result still has its
header and every page of a list has the same columns. Lists of scalars become ``a; b``; lists
of objects (a pair's sources) become compact JSON in one cell. Text that a spreadsheet would
run as a formula (starting with ``=``, ``+``, ``-``, ``@``) is prefixed with an apostrophe:
article quotes are untrusted input.
"""

from __future__ import annotations

import csv
import io
import json
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any

from fastapi.responses import Response
from pydantic import BaseModel

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model an annotation holds directly (``Model`` or ``Model | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        models = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(models) == 1:
            return _model_in(models[0])
    return None


def csv_columns(model: type[BaseModel]) -> list[tuple[str, ...]]:
    """Return the path of every leaf field of ``model``; nested models are expanded.

    Args:
        model: the item model of a list.

    Returns:
        Paths in field order; a column is named by its path joined with dots.
    """
    paths: list[tuple[str, ...]] = []
    for name, info in model.model_fields.items():
        key = info.serialization_alias or name
        nested = _model_in(info.annotation)
        if nested is not None:
            paths.extend((key, *sub) for sub in csv_columns(nested))
        else:
            paths.append((key,))
    return paths


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return "; ".join(_cell(v) for v in value)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _lookup(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def write_csv(model: type[BaseModel], items: Iterable[BaseModel | dict[str, Any]]) -> str:
    """Render items of one model as CSV text with a header row.

    Args:
        model: the item model (decides the columns).
        items: the items, instances of ``model`` or dicts of its fields (validated here).

    Returns:
        The CSV document (RFC 4180 quoting, ``\\r\\n`` line ends).
    """
    columns = csv_columns(model)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([".".join(path) for path in columns])
    for item in items:
        data = model.model_validate(item).model_dump(mode="json", by_alias=True)
        writer.writerow([_cell(_lookup(data, path)) for path in columns])
    return out.getvalue()


def csv_response(model: type[BaseModel], items: Sequence[BaseModel | dict[str, Any]], filename: str,
                 next_cursor: str | None = None) -> Response:
    """A CSV download of one page of a list; the next page's cursor travels in a header.

    Args:
        model: the item model.
        items: the page's items (models or dicts of their fields).
        filename: the suggested download name, without extension.
        next_cursor: the cursor of the next page, sent as ``X-Next-Cursor`` when there is one.

    Returns:
        A ``text/csv`` response.
    """
    headers = {"Content-Disposition": f'inline; filename="{filename}.csv"'}
    if next_cursor:
        headers["X-Next-Cursor"] = next_cursor
    return Response(write_csv(model, items), media_type=CSV_MEDIA_TYPE, headers=headers)


CSV_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "JSON, or CSV with `format=csv` (`X-Next-Cursor` carries the next page)",
    }
}
