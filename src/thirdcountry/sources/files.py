"""Article files and folders: plain text, Markdown and HTML, with optional metadata sidecars.

A file ``story.txt`` may have ``story.meta.json`` beside it giving ``published``, ``title``,
``url``, ``outlet``, ``author`` and ``language``; the sidecar wins over what the file itself
says (Markdown front matter, HTML metadata), which wins over guesses (first line as title).
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources.base import RawDocument, SourceItem, clean_metadata
from thirdcountry.sources.html import decode_html, document_from_html
from thirdcountry.sources.text import (
    DEFAULT_MAX_BYTES,
    check_english,
    decode_bytes,
    headline,
    read_bytes,
)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
# Companion files of an article, not articles: metadata sidecars and gold facts.
COMPANION_SUFFIXES = (".meta.json", ".facts.jsonl")

_SIDECAR_MAX_BYTES = 1_000_000

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$")
_FRONT_MATTER_ALIASES = {"date": "published", "link": "url", "source": "outlet"}
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one article file (.txt, .md/.markdown, .html/.htm).

    Args:
        path: the file.
        max_bytes: largest file accepted.

    Returns:
        The document; source ``"file"`` for text and Markdown, ``"html"`` for HTML.

    Raises:
        SourceError: UNSUPPORTED (other file types), NOT_FOUND, TOO_LARGE, UNREADABLE, EMPTY,
            BINARY, ENCODING, NOT_ENGLISH (by the text, or declared in the sidecar).
    """
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise SourceError(
            SkipReason.UNSUPPORTED, origin, f"unsupported file type {suffix or '(no suffix)'}"
        )
    data = read_bytes(path, max_bytes=max_bytes)
    warnings: list[str] = []
    sidecar, declared_language = _read_sidecar(path, warnings)
    if declared_language is not None and declared_language not in ("en", "english"):
        raise SourceError(
            SkipReason.NOT_ENGLISH, origin, f"language declared as {declared_language!r}"
        )

    if suffix in HTML_SUFFIXES:
        page, decode_warnings = decode_html(data, origin)
        document = document_from_html(page, origin=origin, url=sidecar.get("url"), source="html")
    else:
        text, decode_warnings = decode_bytes(data, origin)
        found: dict[str, str] = {}
        if suffix in MARKDOWN_SUFFIXES:
            text, front_matter = markdown_to_text(text)
            if not text:
                raise SourceError(SkipReason.EMPTY, origin, "no text besides Markdown markup")
            found = clean_metadata(front_matter, warnings)
        title = found.pop("title", None) or headline(text)
        document = RawDocument(
            text=text,
            source="file",
            origin=origin,
            title=title,
            language=check_english(text, origin),
            **found,
        )
    for name, value in sidecar.items():
        setattr(document, name, value)
    if declared_language is not None:
        document.language = "en"
    document.warnings = decode_warnings + warnings + document.warnings
    return document


def _read_sidecar(path: Path, warnings: list[str]) -> tuple[dict[str, str], str | None]:
    """Return the sidecar's metadata and declared language (lower case), noting problems."""
    sidecar_path = path.with_name(f"{path.stem}.meta.json")
    if not sidecar_path.is_file():
        return {}, None
    try:
        record = json.loads(read_bytes(sidecar_path, max_bytes=_SIDECAR_MAX_BYTES))
    except (SourceError, ValueError) as exc:
        warnings.append(f"metadata file {sidecar_path.name} unreadable ({exc}), ignored")
        return {}, None
    if not isinstance(record, dict):
        warnings.append(f"metadata file {sidecar_path.name} is not a JSON object, ignored")
        return {}, None
    language = record.get("language")
    declared = None
    if isinstance(language, str) and language.strip():
        # "en-GB", "en_US" and "English" all declare English.
        declared = language.strip().lower().replace("_", "-").split("-")[0]
    return clean_metadata(record, warnings), declared


def walk_folder(folder: Path) -> Iterator[Path | SourceError]:
    """Yield the files under a folder, recursively, in name order.

    Hidden files and folders (name starting with ``.``) and article companions
    (``*.meta.json``, ``*.facts.jsonl``) are left out; symbolic links to folders are not
    followed, so a link loop cannot recurse forever.

    Args:
        folder: the folder to walk.

    Returns:
        An iterator of file paths, and a SourceError (UNREADABLE) for each folder that
        cannot be listed.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield SourceError(
            SkipReason.UNREADABLE, str(folder), f"cannot list folder ({exc.strerror})"
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(path)
        elif not entry.name.endswith(COMPANION_SUFFIXES):
            yield path


def iter_paths(
    paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[SourceItem]:
    """Read article files and folders of article files.

    Args:
        paths: files and folders; folders are walked with :func:`walk_folder`.
        max_bytes: largest file accepted.

    Returns:
        An iterator of documents, and a SourceError for each file that was skipped (missing,
        unsupported type, binary, not English, ...), so one bad file never stops the rest.
    """
    for path in paths:
        if path.is_dir():
            for item in walk_folder(path):
                yield item if isinstance(item, SourceError) else _read_or_error(item, max_bytes)
        else:
            yield _read_or_error(path, max_bytes)


def _read_or_error(path: Path, max_bytes: int) -> SourceItem:
    try:
        return read_document(path, max_bytes=max_bytes)
    except SourceError as exc:
        return exc


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    """Turn Markdown into the readable article text a reader would see.

    Front matter is removed and returned as fields; heading marks, emphasis, link targets,
    images, HTML tags and horizontal rules are dropped; list bullets and code are kept as text.
    Lines wrapped inside a paragraph are joined, as a renderer shows them.

    Args:
        source: the Markdown source.

    Returns:
        The text, and metadata: front matter fields (``date`` read as ``published``) plus the
        first heading as ``title`` when front matter has none.
    """
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(source)
    if match:
        fields = _front_matter_fields(match.group(2))
        source = source[match.end() :]
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(source)
    blocks, first_heading = _render_blocks(tokens)
    if first_heading and "title" not in fields:
        fields["title"] = first_heading
    return "".join(blocks).strip(), fields


def _front_matter_fields(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.splitlines():
        match = _FRONT_MATTER_FIELD.match(line)
        if not match:
            continue
        key = match.group(1).lower()
        key = _FRONT_MATTER_ALIASES.get(key, key)
        value = match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            fields.setdefault(key, value)
    return fields


def _render_blocks(tokens: list[Token]) -> tuple[list[str], str | None]:
    """Render block tokens to text pieces, each carrying the separator that precedes it."""
    blocks: list[str] = []
    first_heading: str | None = None
    lists: list[int | None] = []  # per open list: next ordinal, or None for bullets
    marker = ""
    tight = False
    in_heading = False
    row: list[str] | None = None
    rows_in_table = 0
    starting_list = False

    def add(text: str, separator: str) -> None:
        blocks.append((separator if blocks else "") + text)

    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            starting_list = starting_list or not lists
            lists.append(int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            ordinal = lists[-1]
            marker = "  " * (len(lists) - 1) + ("- " if ordinal is None else f"{ordinal}. ")
            if ordinal is not None:
                lists[-1] = ordinal + 1
        elif kind == "paragraph_open":
            tight = token.hidden
        elif kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "table_open":
            rows_in_table = 0
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            add(" | ".join(row), "\n" if rows_in_table else "\n\n")
            rows_in_table += 1
            row = None
        elif kind == "inline":
            text = _render_inline(token.children or [])
            if row is not None:
                row.append(text)
                continue
            if in_heading and first_heading is None and text:
                first_heading = text
            if text:
                add(marker + text, "\n" if tight and marker and not starting_list else "\n\n")
                starting_list = False
            marker = ""
        elif kind in ("fence", "code_block"):
            add(token.content.rstrip("\n"), "\n\n")
        elif kind == "html_block":
            text = html.unescape(_HTML_TAG.sub("", _HTML_COMMENT.sub("", token.content))).strip()
            if text:
                add(text, "\n\n")
    return blocks, first_heading


def _render_inline(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        # Markup (emphasis, link and image tokens, inline HTML) carries no article text.
    return "".join(parts).strip()
