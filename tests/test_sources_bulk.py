"""Bulk JSONL and CSV files: one document per record, bad records reported by line, streaming."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources import FetchPolicy, RawDocument, iter_csv, iter_jsonl, iter_sources

TEXT = (
    "Rwanda agrees to take 250 deportees\n\n"
    "Rwanda has agreed to accept up to 250 people deported from the United States, a "
    "government spokeswoman said on Tuesday, in a deal that the two countries had negotiated "
    "for several months according to officials in Kigali."
)
FRENCH = (
    "Le gouvernement britannique a annoncé mardi que les premiers demandeurs d'asile seraient "
    "envoyés au Rwanda avant la fin du mois, malgré les critiques des organisations de défense "
    "des droits humains qui dénoncent un accord contraire au droit international."
)


def jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(
        b"".join((ln if isinstance(ln, bytes) else ln.encode()) + b"\n" for ln in lines)
    )
    return path


def record(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields}, ensure_ascii=False)


def test_jsonl_records_with_metadata(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "bulk.jsonl",
        [
            record(
                url="https://news.example/rwanda",
                title="Rwanda deal",
                published="2025-08-05T10:00:00Z",
                outlet="Meridian",
                author="Jane Roe",
                id="extra fields are ignored",
            ),
            "",
            record(published="sometime", url="ftp://x", title=None),
        ],
    )
    first, second = iter_jsonl(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.text == TEXT
    assert (first.source, first.origin) == ("bulk", f"{path}:line 1")
    assert (first.url, first.title, first.published, first.outlet, first.author) == (
        "https://news.example/rwanda",
        "Rwanda deal",
        "2025-08-05",
        "Meridian",
        "Jane Roe",
    )
    assert first.language == "en" and first.warnings == []
    assert second.origin == f"{path}:line 3"
    assert second.title == "Rwanda agrees to take 250 deportees"  # headline fallback
    assert (second.published, second.url) == (None, None)
    assert second.warnings == [
        "url 'ftp://x' is not http(s), ignored",
        "published date 'sometime' not understood, ignored",
    ]


@pytest.mark.parametrize(
    ("line", "reason", "detail"),
    [
        ("{not json", SkipReason.BAD_RECORD, "not JSON"),
        ('["a list"]', SkipReason.BAD_RECORD, "not a JSON object"),
        ('{"title": "no text"}', SkipReason.BAD_RECORD, "no 'text' field"),
        ('{"text": 42}', SkipReason.BAD_RECORD, "'text' is not a string"),
        ('{"text": "   "}', SkipReason.EMPTY, "empty"),
        ('{"text": "\\u0001\\u0002\\u0003 x"}', SkipReason.BINARY, "control characters"),
        (json.dumps({"text": FRENCH}), SkipReason.NOT_ENGLISH, "not look like English"),
    ],
)
def test_jsonl_bad_records(tmp_path: Path, line: str, reason: SkipReason, detail: str) -> None:
    path = jsonl(tmp_path / "bulk.jsonl", [record(), line, record()])
    items = list(iter_jsonl(path))
    assert [type(item) for item in items] == [RawDocument, SourceError, RawDocument]
    error = items[1]
    assert error.reason is reason and detail in error.detail
    assert error.origin == f"{path}:line 2"
    assert str(error).startswith(f"{path}:line 2: ")


def test_jsonl_overlong_and_cp1252_lines(tmp_path: Path) -> None:
    long_line = record(title="x" * 5000)
    cp1252 = json.dumps({"text": TEXT + " – café"}, ensure_ascii=False).encode("cp1252")
    path = jsonl(tmp_path / "bulk.jsonl", [record(), long_line, cp1252, record()])
    items = list(iter_jsonl(path, max_bytes=2000))
    assert [type(item) for item in items] == [RawDocument, SourceError, RawDocument, RawDocument]
    assert items[1].reason is SkipReason.TOO_LARGE and items[1].origin == f"{path}:line 2"
    assert items[2].text.endswith("– café") and items[2].warnings == ["decoded as cp1252"]
    assert items[3].origin == f"{path}:line 4"


def test_big_jsonl_with_one_bad_line_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    with open(path, "w", encoding="utf-8") as out:
        for number in range(1, 10_001):
            if number == 7_777:
                out.write("{broken\n")
            else:
                out.write(json.dumps({"text": f"{TEXT} Record {number}.", "title": f"r{number}"}))
                out.write("\n")
    items = iter_jsonl(path)
    first = next(items)
    assert first.title == "r1"
    # Streaming: the tail of the file has not been read yet, so a change to it now shows up.
    with open(path, "r+b") as handle:
        handle.seek(-len(b'"r10000"}\n'), 2)
        handle.write(b'"zzzzzz"}\n')
    rest = list(items)
    assert len(rest) == 9_999
    errors = [item for item in rest if isinstance(item, SourceError)]
    assert [(e.reason, e.origin) for e in errors] == [(SkipReason.BAD_RECORD, f"{path}:line 7777")]
    assert rest[-1].title == "zzzzzz"
    assert sum(isinstance(item, RawDocument) for item in rest) == 9_998


def test_empty_bulk_files(tmp_path: Path) -> None:
    empty_jsonl = jsonl(tmp_path / "e.jsonl", ["", "  "])
    (error,) = iter_jsonl(empty_jsonl)
    assert error.reason is SkipReason.EMPTY and error.origin == str(empty_jsonl)
    (tmp_path / "e.csv").write_text("")
    (error,) = iter_csv(tmp_path / "e.csv")
    assert error.reason is SkipReason.EMPTY
    (tmp_path / "h.csv").write_text("text,title\n")
    (error,) = iter_csv(tmp_path / "h.csv")
    assert error.reason is SkipReason.EMPTY


def test_missing_bulk_files(tmp_path: Path) -> None:
    (error,) = iter_jsonl(tmp_path / "missing.jsonl")
    assert error.reason is SkipReason.NOT_FOUND
    (error,) = iter_csv(tmp_path / "missing.csv")
    assert error.reason is SkipReason.NOT_FOUND


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_csv_records_multiline_fields_and_bad_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bulk.csv",
        [
            ["Text", "URL", "published", "notes"],
            [TEXT, "https://news.example/a", "July 17, 2025", "ignored"],
            [],
            [TEXT, "https://news.example/b"],
            [FRENCH, "", "", ""],
            ["", "https://news.example/c", "", ""],
            [TEXT + " Last.", "", "2025", ""],
        ],
    )
    items = list(iter_csv(path))
    assert [type(item) for item in items] == [
        RawDocument,
        SourceError,
        SourceError,
        SourceError,
        RawDocument,
    ]
    first, short_row, french, empty, last = items
    assert first.text == TEXT  # the quoted field spans lines 2 to 4
    assert (first.origin, first.url, first.published) == (
        f"{path}:line 2",
        "https://news.example/a",
        "2025-07-17",
    )
    assert short_row.reason is SkipReason.BAD_RECORD
    assert short_row.detail == "2 fields where the header has 4"
    assert short_row.origin == f"{path}:line 6"
    assert french.reason is SkipReason.NOT_ENGLISH
    assert empty.reason is SkipReason.EMPTY
    assert (last.text, last.published, last.origin) == (TEXT + " Last.", "2025", f"{path}:line 11")


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bulk.csv", [["body", "url"], [TEXT, ""]])
    (error,) = iter_csv(path)
    assert (error.reason, error.origin) == (SkipReason.BAD_RECORD, f"{path}:line 1")
    assert error.detail == "header has no 'text' column"


def test_csv_bom_and_cp1252_rows(tmp_path: Path) -> None:
    path = tmp_path / "bulk.csv"
    path.write_bytes(
        "\ufefftext,title\n".encode()
        + f'"{TEXT}",Fine\n'.encode()
        + f'"{TEXT} – café",Excel\n'.encode("cp1252")
    )
    first, second = iter_csv(path)
    assert first.title == "Fine" and first.warnings == []
    assert second.text.endswith("– café") and second.warnings == ["decoded as cp1252"]


def test_csv_oversized_field_and_line(tmp_path: Path) -> None:
    over_limit = "\n".join([TEXT] * 40)  # short lines, long field
    over_csv_limit = "\n".join([TEXT] * 600)  # past the csv module's own field limit too
    path = write_csv(
        tmp_path / "bulk.csv",
        [["text"], [TEXT], [over_limit], [over_csv_limit], [TEXT], ["x" * 5000], [TEXT]],
    )
    items = list(iter_csv(path, max_bytes=3000))
    assert [type(item) for item in items] == [
        RawDocument,
        SourceError,
        SourceError,
        RawDocument,
        SourceError,
    ]
    # A record over the limit is skipped and the file goes on; a line over it ends the file.
    assert [items[i].reason for i in (1, 2, 4)] == [SkipReason.TOO_LARGE] * 3
    assert "rest of file not read" in items[4].detail


def test_iter_sources_dispatches_bulk_files(tmp_path: Path) -> None:
    jsonl(tmp_path / "a.jsonl", [record()])
    write_csv(tmp_path / "b.csv", [["text"], [TEXT]])
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.facts.jsonl").write_text('{"type": "removal"}\n', encoding="utf-8")
    items = list(iter_sources([str(tmp_path), str(tmp_path / "nope.jsonl")], policy=FetchPolicy()))
    assert [item.origin for item in items] == [
        f"{tmp_path / 'a.jsonl'}:line 1",
        f"{tmp_path / 'b.csv'}:line 2",
        str(tmp_path / "c.txt"),
        str(tmp_path / "nope.jsonl"),
    ]
    assert [getattr(item, "source", None) for item in items[:3]] == ["bulk", "bulk", "file"]
    assert items[3].reason is SkipReason.NOT_FOUND
