"""The user documentation stays true to the program it documents.

* ``docs/cli.md`` has a section per command of the live Typer app (and none for a command that
  does not exist), and each section names every option of its command; it names the database
  variable and the default database file as ``thirdcountry.config`` computes them.
* ``docs/api.md`` names every route of ``create_app(...)`` and every query parameter of the API,
  names no ``/api/`` path that does not exist, and its ``curl`` examples are valid requests.
* README.md opens with the two commands a newcomer runs: ``scripts/demo.sh`` (which exists)
  and what ``.ci/run`` runs.
* Every relative link in README.md and ``docs/*.md`` points to an existing file, and an
  ``#anchor`` to an existing heading of that file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import typer.main
from fastapi import FastAPI
from fastapi.testclient import TestClient

from thirdcountry.api.app import create_app
from thirdcountry.cli import app as cli_app
from thirdcountry.config import DATABASE_ENV_VAR, Settings, default_database_path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
CLI_MD = DOCS / "cli.md"
API_MD = DOCS / "api.md"
MARKDOWN_FILES = [README, *sorted(DOCS.glob("*.md"))]

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_COMMAND_HEADING = re.compile(r"`thirdcountry ([a-z][a-z -]*)`")
_INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_LINK = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$", re.MULTILINE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_CURL_URL = re.compile(r"^curl\b.*?'https?://[^/']+(/[^']*)'", re.MULTILINE)


# --- Markdown helpers ----------------------------------------------------------------------


def without_code_blocks(text: str) -> str:
    """The Markdown text with fenced code blocks blanked out (links in them are not links)."""
    return _FENCE.sub("", text)


def code_spans(text: str) -> list[str]:
    """The contents of the inline code spans outside fenced blocks."""
    return [match.group(2).strip() for match in _CODE_SPAN.finditer(without_code_blocks(text))]


def fenced_blocks(text: str) -> list[str]:
    return [match.group(0) for match in _FENCE.finditer(text)]


def headings(text: str) -> list[tuple[int, str, int, int]]:
    """``(level, title, start, end)`` of every heading outside fenced code blocks."""
    fences = [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    return [
        (len(m.group(1)), m.group(2), m.start(), m.end())
        for m in _HEADING.finditer(text)
        if not any(start <= m.start() < end for start, end in fences)
    ]


def slug(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    plain = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return plain.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every heading anchor of a Markdown text, with GitHub's ``-1``, ``-2`` for repeats."""
    seen: dict[str, int] = {}
    found = set()
    for _level, title, _start, _end in headings(text):
        base = slug(title)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def path_tokens(spans: Iterable[str]) -> set[str]:
    """Paths written in code spans: ``/api/facts?type=removal`` gives ``/api/facts``."""
    tokens = set()
    for span in spans:
        for word in span.split():
            if not word.startswith("/"):
                continue
            path = re.split(r"[?#]", word, maxsplit=1)[0]
            tokens.add(path.rstrip("/") or "/")
    return tokens


# --- CLI -----------------------------------------------------------------------------------


def cli_commands() -> dict[str, Any]:
    """Every leaf command of the live Typer app by its full name (``db upgrade``)."""
    found: dict[str, Any] = {}

    def walk(command: Any, path: tuple[str, ...]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, (*path, name))
        else:
            found[" ".join(path)] = command

    walk(typer.main.get_command(cli_app), ())
    return found


def cli_options() -> list[tuple[str, str]]:
    """``(command, option)`` for every option spelling of every command (``-f``, ``--format``)."""
    pairs = []
    for name, command in cli_commands().items():
        for param in command.params:
            if getattr(param, "param_type_name", None) != "option":
                continue
            for spelling in (*param.opts, *param.secondary_opts):
                if spelling.startswith("-") and spelling != "--help":
                    pairs.append((name, spelling))
    return pairs


def command_sections(text: str) -> dict[str, str]:
    """The text under each ``## `thirdcountry NAME``` heading, up to the next heading as high."""
    found = headings(text)
    sections = {}
    for index, (level, title, _start, end) in enumerate(found):
        match = _COMMAND_HEADING.fullmatch(title)
        if match is None:
            continue
        stop = next((start for lvl, _t, start, _e in found[index + 1 :] if lvl <= level), len(text))
        sections[match.group(1).strip()] = text[end:stop]
    return sections


def test_cli_md_has_a_section_for_every_command() -> None:
    sections = command_sections(CLI_MD.read_text(encoding="utf-8"))
    missing = sorted(set(cli_commands()) - set(sections))
    assert not missing, f"docs/cli.md has no '## `thirdcountry NAME`' section for: {missing}"


def test_cli_md_documents_no_command_that_does_not_exist() -> None:
    sections = command_sections(CLI_MD.read_text(encoding="utf-8"))
    stale = sorted(set(sections) - set(cli_commands()))
    assert not stale, f"docs/cli.md documents commands the CLI does not have: {stale}"


@pytest.mark.parametrize(("command", "option"), cli_options())
def test_cli_md_documents_every_option_in_its_command_section(command: str, option: str) -> None:
    section = command_sections(CLI_MD.read_text(encoding="utf-8")).get(command, "")
    named = re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", section)
    assert named, f"docs/cli.md: the section of `thirdcountry {command}` never names {option}"


def test_cli_md_names_the_database_variable_and_the_default_file() -> None:
    text = CLI_MD.read_text(encoding="utf-8")
    assert DATABASE_ENV_VAR in text
    default = default_database_path({"XDG_DATA_HOME": "/xdg"})
    under_xdg = "$XDG_DATA_HOME/" + default.relative_to("/xdg").as_posix()
    assert under_xdg in text, f"docs/cli.md should give the default database as {under_xdg}"
    home = default_database_path({}).relative_to(Path.home().resolve())
    assert "~/" + home.as_posix() in text


# --- API -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    database = tmp_path_factory.mktemp("docs") / "thirdcountry.db"
    return create_app(Settings(database_url=f"sqlite:///{database}"))


def route_paths(routes: Iterable[Any], prefix: str = "") -> Iterator[str]:
    """Every path the app answers, mounts included, through included routers of any depth.

    Older FastAPI flattens included routers into ``app.routes``; newer versions keep them as
    objects with the ``original_router`` and the prefix of their ``include_context``.
    """
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            context = getattr(route, "include_context", None)
            inner = prefix + getattr(context, "prefix", "") + getattr(included, "prefix", "")
            yield from route_paths(included.routes, inner)
        elif getattr(route, "path", None):
            yield prefix + route.path


def test_api_md_names_every_route(app: FastAPI) -> None:
    documented = path_tokens(code_spans(API_MD.read_text(encoding="utf-8")))
    routes = {path.rstrip("/") or "/" for path in route_paths(app.routes)}
    assert routes, "found no routes in the app"
    missing = sorted(routes - documented)
    assert not missing, f"docs/api.md never names these routes (in `code`): {missing}"


def test_api_md_names_no_api_path_that_does_not_exist(app: FastAPI) -> None:
    patterns = [
        re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for path in route_paths(app.routes)
    ]
    written = {
        p
        for p in path_tokens(code_spans(API_MD.read_text(encoding="utf-8")))
        if p.startswith("/api/")
    }
    stale = sorted(
        path
        for path in written
        if not any(
            pattern.match(path) or pattern.match(path.removesuffix(".csv")) for pattern in patterns
        )
    )
    assert not stale, f"docs/api.md names API paths the app does not have: {stale}"


def test_api_md_names_every_query_parameter(app: FastAPI) -> None:
    spans = code_spans(API_MD.read_text(encoding="utf-8"))
    missing = set()
    for path, operations in app.openapi()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            name = parameter["name"]
            if parameter["in"] != "query":
                continue
            if not any(
                span == name or re.search(rf"[?&]{re.escape(name)}=", span) for span in spans
            ):
                missing.add(f"{path}?{name}")
    assert not missing, f"docs/api.md never names these query parameters: {sorted(missing)}"


def test_api_md_curl_examples_are_valid_requests(app: FastAPI) -> None:
    text = API_MD.read_text(encoding="utf-8")
    urls = [url for block in fenced_blocks(text) for url in _CURL_URL.findall(block)]
    assert urls, "docs/api.md has no curl examples"
    with TestClient(app) as client:
        for url in urls:
            response = client.get(url)
            # The database is empty: an example of one item may be a 404, never a bad request.
            assert response.status_code in (200, 404), (url, response.status_code, response.text)


# --- README --------------------------------------------------------------------------------


def readme_first_commands() -> list[str]:
    """The first two commands of README.md's first code block, without their comments."""
    blocks = fenced_blocks(README.read_text(encoding="utf-8"))
    assert blocks, "README.md has no code block"
    lines = blocks[0].splitlines()[1:-1]
    commands = [line.split("#", 1)[0].strip() for line in lines]
    return [command for command in commands if command][:2]


def ci_command() -> str:
    """What ``.ci/run`` runs: its ``exec`` line, without the forwarded arguments."""
    for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines():
        if line.startswith("exec "):
            return line.removeprefix("exec ").replace('"$@"', "").strip()
    raise AssertionError(".ci/run has no exec line")


def test_readme_starts_with_the_demo_and_what_ci_runs() -> None:
    commands = readme_first_commands()
    assert len(commands) == 2, f"README.md's first code block should hold two commands: {commands}"
    demo, tests = commands
    assert demo == "bash scripts/demo.sh"
    assert (ROOT / "scripts" / "demo.sh").is_file()
    assert tests == ci_command(), f"README.md says {tests!r}, .ci/run runs {ci_command()!r}"
    assert (ROOT / tests.split()[-1]).is_file()


# --- Links ---------------------------------------------------------------------------------


def relative_links(path: Path) -> list[str]:
    text = without_code_blocks(path.read_text(encoding="utf-8"))
    text = _CODE_SPAN.sub("", text)
    targets = _INLINE_LINK.findall(text) + _REFERENCE_LINK.findall(text)
    return [t for t in targets if not _SCHEME.match(t) and not t.startswith("//")]


@pytest.mark.parametrize("markdown", MARKDOWN_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_point_to_existing_files_and_headings(markdown: Path) -> None:
    broken = []
    for target in relative_links(markdown):
        where, _, anchor = target.partition("#")
        file = (markdown.parent / unquote(where.split("?", 1)[0])).resolve() if where else markdown
        if not file.exists():
            broken.append(f"{target} (no file {file})")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file.read_text("utf-8")):
            broken.append(f"{target} (no heading #{anchor} in {file.name})")
    assert not broken, f"{markdown.relative_to(ROOT)}: broken links: {broken}"
