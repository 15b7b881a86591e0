"""Bulk article files, JSON Lines and CSV: one document per record, streamed.

Each record has ``text`` (required) and optionally ``url``, ``title``, ``published``,
``outlet``, ``author``; other fields are ignored. Files are read a line at a time, so a file
with millions of records never sits in memory, and a bad record yields a SourceError whose
origin is ``"file.jsonl:line 12"`` while the records around it go on.

Lines should be UTF-8; a line that is not is read as Windows-1252 and its document says so.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument, SourceItem, clean_metadata
from thirdcountry.sources.text import DEFAULT_MAX_BYTES, check_english, clean_text, headline

TEXT_FIELD = "text"
_COPY_CHUNK = 1 << 16


class _LineTooLong(Exception):
    """A physical line over the byte limit; CSV cannot resynchronize after one."""

    def __init__(self, lineno: int) -> None:
        super().__init__(lineno)
        self.lineno = lineno


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceItem]:
    """Read a JSON Lines file of articles, one JSON object a line.

    Args:
        path: the ``.jsonl`` / ``.ndjson`` file.
        max_bytes: longest line accepted; a longer one is skipped as TOO_LARGE.

    Returns:
        An iterator of documents (source ``"bulk"``) and SourceErrors: NOT_FOUND or
        UNREADABLE for the file; per line BAD_RECORD (not JSON, not an object, no ``text``),
        EMPTY, TOO_LARGE, ENCODING, BINARY, NOT_ENGLISH.
    """
    try:
        handle = _open(path)
    except SourceError as exc:
        yield exc
        return
    records = 0
    with handle:
        for lineno, line in _physical_lines(handle, max_bytes):
            origin = f"{path}:line {lineno}"
            records += 1
            if line is None:
                yield SourceError(
                    SkipReason.TOO_LARGE, origin, f"line over the {max_bytes}-byte limit"
                )
                continue
            if not line.strip():
                records -= 1
                continue
            text, warning = _decode_line(line, lineno)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield SourceError(
                    SkipReason.BAD_RECORD, origin, f"not JSON ({exc.msg}, column {exc.colno})"
                )
                continue
            if not isinstance(record, dict):
                yield SourceError(SkipReason.BAD_RECORD, origin, "not a JSON object")
                continue
            yield _record_item(record, origin, [warning] if warning else [])
    if not records:
        yield SourceError(SkipReason.EMPTY, str(path), "no records")


def iter_csv(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceItem]:
    """Read a CSV file of articles with a header row naming the columns.

    Quoted fields may span lines. A physical line longer than ``max_bytes`` ends the file
    (one TOO_LARGE error saying so), because the records after it cannot be found reliably.

    Args:
        path: the ``.csv`` file.
        max_bytes: longest line and longest field accepted.

    Returns:
        An iterator of documents (source ``"bulk"``) and SourceErrors: NOT_FOUND or
        UNREADABLE for the file, BAD_RECORD for a header without ``text``; per record
        BAD_RECORD (wrong number of fields, malformed CSV), EMPTY, TOO_LARGE, ENCODING,
        BINARY, NOT_ENGLISH.
    """
    try:
        handle = _open(path)
    except SourceError as exc:
        yield exc
        return
    # Bounds the memory one quoted field can take before its size is checked. The limit is
    # process-wide in the csv module, so it is only ever raised, never lowered.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    fallback_lines: set[int] = set()  # lines of the current record read as cp1252
    with handle:
        reader = csv.reader(_decoded_lines(handle, max_bytes, fallback_lines))
        try:
            header = [name.strip().lower() for name in next(reader, [])]
        except _LineTooLong:
            detail = f"header line over the {max_bytes}-byte limit"
            yield SourceError(SkipReason.TOO_LARGE, f"{path}:line 1", detail)
            return
        except csv.Error as exc:
            yield SourceError(SkipReason.BAD_RECORD, f"{path}:line 1", f"unreadable header ({exc})")
            return
        fallback_lines.clear()
        if not header:
            yield SourceError(SkipReason.EMPTY, str(path), "empty file")
            return
        if TEXT_FIELD not in header:
            yield SourceError(
                SkipReason.BAD_RECORD, f"{path}:line 1", "header has no 'text' column"
            )
            return
        records = 0
        while True:
            start = reader.line_num + 1
            origin = f"{path}:line {start}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except _LineTooLong as exc:
                detail = f"line {exc.lineno} over the {max_bytes}-byte limit; rest of file not read"
                yield SourceError(SkipReason.TOO_LARGE, origin, detail)
                return
            except csv.Error as exc:
                records += 1
                fallback_lines.clear()
                reason = (
                    SkipReason.TOO_LARGE if "field larger" in str(exc) else SkipReason.BAD_RECORD
                )
                yield SourceError(reason, origin, f"malformed CSV ({exc})")
                continue
            if not any(cell.strip() for cell in row):
                fallback_lines.clear()
                continue
            records += 1
            if len(row) != len(header):
                yield SourceError(
                    SkipReason.BAD_RECORD,
                    origin,
                    f"{len(row)} fields where the header has {len(header)}",
                )
                continue
            size = sum(len(cell.encode("utf-8")) for cell in row)
            if size > max_bytes:
                fallback_lines.clear()
                detail = f"record of {size} bytes, over the {max_bytes}-byte limit"
                yield SourceError(SkipReason.TOO_LARGE, origin, detail)
                continue
            # The reader never reads ahead, so the set holds this record's lines only.
            warnings = ["decoded as cp1252"] if fallback_lines else []
            fallback_lines.clear()
            yield _record_item(dict(zip(header, row, strict=True)), origin, warnings)
    if not records:
        yield SourceError(SkipReason.EMPTY, str(path), "no records after the header")


def _open(path: Path) -> BinaryIO:
    origin = str(path)
    if not path.is_file():
        if path.exists():
            raise SourceError(SkipReason.UNSUPPORTED, origin, "not a regular file")
        raise SourceError(SkipReason.NOT_FOUND, origin, "no such file")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise SourceError(SkipReason.UNREADABLE, origin, f"cannot read ({exc.strerror})") from exc


def _physical_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, line bytes), or None for a line over the limit, which is skipped."""
    lineno = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(_COPY_CHUNK)
            yield lineno, None
        else:
            yield lineno, line


def _decode_line(line: bytes, lineno: int) -> tuple[str, str | None]:
    """Decode one line as UTF-8, else as Windows-1252 with a warning."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five byte values undefined; those become U+FFFD rather than
        # failing the whole record.
        return line.decode("cp1252", errors="replace"), "decoded as cp1252"
    return (text.lstrip("\ufeff") if lineno == 1 else text), None


def _decoded_lines(handle: BinaryIO, max_bytes: int, fallback_lines: set[int]) -> Iterator[str]:
    for lineno, line in _physical_lines(handle, max_bytes):
        if line is None:
            raise _LineTooLong(lineno)
        text, warning = _decode_line(line, lineno)
        if warning:
            fallback_lines.add(lineno)
        yield text


def _record_item(record: Mapping[str, object], origin: str, warnings: list[str]) -> SourceItem:
    """Turn one record into a document, or the SourceError saying why it is skipped."""
    text = record.get(TEXT_FIELD)
    if text is None:
        return SourceError(SkipReason.BAD_RECORD, origin, "no 'text' field")
    if not isinstance(text, str):
        return SourceError(SkipReason.BAD_RECORD, origin, "'text' is not a string")
    try:
        text = clean_text(text, origin)
        language = check_english(text, origin)
    except SourceError as exc:
        return exc
    metadata = clean_metadata(record, warnings)
    title = metadata.pop("title", None) or headline(text)
    return RawDocument(
        text=text,
        source="bulk",
        origin=origin,
        title=title,
        language=language,
        warnings=warnings,
        **metadata,
    )
