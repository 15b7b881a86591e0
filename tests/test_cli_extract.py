"""``thirdcountry extract``: JSON lines that fit the schema, tables, folders and bad input."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import thirdcountry.extraction
from thirdcountry.cli import app
from thirdcountry.facts.schema import Evidence, Fact, LegalAction, Removal, RightsConcern

SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "facts.schema.json"

ARTICLE = (
    "US deportees land in Eswatini\n\n"
    "Five men deported from the United States arrived in Eswatini on Tuesday, officials said. "
    "A federal judge in Boston had declined to halt the flight, and lawyers for the men say "
    "they will keep fighting the transfers in court. Rights groups said the kingdom could not "
    "be trusted to respect the rights of foreign detainees held in its prisons.\n"
)
FRENCH = (
    "Les autorités ont confirmé mardi que cinq hommes expulsés des États-Unis sont arrivés "
    "dans le royaume. Selon le gouvernement, ils seront détenus dans une prison de haute "
    "sécurité en attendant leur renvoi vers leur pays d'origine, mais les avocats contestent "
    "cette décision devant la justice et dénoncent une violation de leurs droits.\n"
)


def _span(text: str, sentence_start: str) -> Evidence:
    start = text.index(sentence_start)
    end = text.index(".", start) + 1
    return Evidence(text[start:end], start, end)


class FakeExtractor:
    """Finds three facts in any text mentioning Eswatini, with exact evidence offsets."""

    calls: list[tuple[str, str | None]] = []

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[list[Fact]]:
        for text, published in items:
            FakeExtractor.calls.append((text, published))
            if "Eswatini" not in text:
                yield []
                continue
            yield [
                Removal(
                    deporting_country="USA", receiving_country="SWZ", date=None, count=5,
                    count_qualifier="exact", nationalities=["VNM", "CUB"],
                    certainty="reported", attributed_to="officials",
                    evidence=_span(text, "Five men"), rule="removal.arrived",
                ),
                LegalAction(
                    jurisdiction="USA", court="federal judge", subject="the flight",
                    outcome="allowed", date=None, certainty="confirmed", attributed_to=None,
                    evidence=_span(text, "A federal judge"), rule="legal.declined_to_halt",
                ),
                RightsConcern(
                    country="SWZ", concern="rights of foreign detainees", certainty="reported",
                    attributed_to="Rights groups", evidence=_span(text, "Rights groups"),
                    rule="rights.trust",
                ),
            ]


@pytest.fixture()
def fake_extractor(monkeypatch):
    FakeExtractor.calls = []
    # The command imports the extractor when it runs, so it finds this one.
    monkeypatch.setattr(thirdcountry.extraction, "Extractor", FakeExtractor)
    return FakeExtractor


@pytest.fixture()
def schema():
    text = resources.files("thirdcountry.facts").joinpath("facts.schema.json").read_text()
    return json.loads(text)


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args], env={"COLUMNS": "80"})


def table_rows(output: str) -> list[list[str]]:
    """The cells of a Rich table with row lines, each cell's wrapped lines joined."""
    rows: list[list[str]] = []
    current: list[list[str]] | None = None
    for line in output.splitlines():
        if line.startswith(("┃", "│")):
            cells = [cell.strip() for cell in line.strip("┃│").replace("┃", "│").split("│")]
            if current is None:
                current = [[] for _ in cells]
                rows.append([])
            for parts, cell in zip(current, cells, strict=True):
                if cell:
                    parts.append(cell)
        elif current is not None:  # a rule between rows, or the end of the table
            rows[-1] = [" ".join(parts) for parts in current]
            current = None
    return rows


def plain(text: str) -> str:
    """Rich output as one line of words, without table and panel borders."""
    return " ".join(text.replace("│", " ").split())


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_jsonl_lines_validate_against_the_packaged_schema(tmp_path, fake_extractor, schema):
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run(str(article), "--published", "2025-07-17")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["type"] for line in lines] == ["removal", "legal_action", "rights_concern"]
    [(text, published)] = fake_extractor.calls
    assert published == "2025-07-17" and text.startswith("US deportees land in Eswatini")
    for line in lines:
        jsonschema.validate(line, schema)
        assert "rule" not in line and "document" not in line
        evidence = line["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_real_extractor_runs(tmp_path):
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run(str(article))
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)


def test_explain_adds_the_rule_and_with_document_the_file(tmp_path, fake_extractor):
    first = write(tmp_path / "a.txt", ARTICLE)
    second = write(tmp_path / "b.txt", ARTICLE.replace("Boston", "Houston"))
    result = run(str(first), str(second), "--explain", "--with-document")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["document"] for line in lines] == [str(first)] * 3 + [str(second)] * 3
    assert lines[0]["rule"] == "removal.arrived"


def test_several_files_without_with_document_stay_schema_exact(tmp_path, fake_extractor, schema):
    files = [str(write(tmp_path / f"{name}.txt", ARTICLE)) for name in "abc"]
    result = run(*files)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 9
    strict = {**schema, "unevaluatedProperties": False}
    for line in lines:
        jsonschema.validate(line, strict)


def test_table_shows_names_codes_details_and_file_title(tmp_path, fake_extractor, monkeypatch):
    # Relative paths keep the table title short enough not to wrap at 80 columns.
    monkeypatch.chdir(tmp_path)
    article = write(tmp_path / "eswatini-story.txt", ARTICLE)
    quiet = write(tmp_path / "quiet.txt", ARTICLE.replace("Eswatini", "the kingdom"))
    result = run(article.name, quiet.name, "--format", "table", "--explain")
    assert result.exit_code == 0, result.stderr
    out = plain(result.stdout)
    assert article.name in out and f"{quiet.name}: no facts found" in out
    rows = table_rows(result.stdout)
    assert rows[0] == ["Fact", "Stage / outcome / count, quote", "Certainty"]
    removal, legal, concern = rows[1:]
    assert removal[0] == "removal United States (USA) → Eswatini (SWZ)"
    assert removal[1].startswith("5 people “Five men deported from the United States")
    assert removal[1].endswith("officials said.” rule: removal.arrived")
    assert removal[2] == "reported officials"
    assert legal[0] == "legal action United States (USA)"
    assert legal[1].startswith("allowed, federal judge “A federal judge")
    assert concern[:1] == ["rights concern Eswatini (SWZ)"]
    assert concern[2] == "reported Rights groups"


def test_folders_are_searched_recursively_for_articles(tmp_path, fake_extractor):
    folder = tmp_path / "news"
    write(folder / "a.txt", ARTICLE)
    write(folder / "deep" / "b.md", "# " + ARTICLE)
    write(folder / "deep" / "deeper" / "c.html", f"<html><body><p>{ARTICLE}</p></body></html>")
    write(folder / "deep" / "d.htm", f"<html><body><article><p>{ARTICLE}</p></article></html>")
    write(folder / ".hidden" / "e.txt", ARTICLE)
    write(folder / "a.meta.json", json.dumps({"published": "2025-07-17"}))
    write(folder / "notes.csv", "not,an,article\n")
    result = run(str(folder), "--with-document")
    assert result.exit_code == 0, result.stderr
    documents = [json.loads(line)["document"] for line in result.stdout.splitlines()]
    names = [Path(d).name for d in dict.fromkeys(documents)]
    # Depth first, in name order: "d.htm" sorts before the folder "deeper".
    assert names == ["a.txt", "b.md", "d.htm", "c.html"]


def test_meta_json_supplies_published_unless_given(tmp_path, fake_extractor):
    article = write(tmp_path / "story.txt", ARTICLE)
    write(tmp_path / "story.meta.json", json.dumps({"published": "2025-07-17"}))
    assert run(str(article)).exit_code == 0
    assert run(str(article), "--published", "2024-01-02").exit_code == 0
    assert [published for _, published in fake_extractor.calls] == ["2025-07-17", "2024-01-02"]


def _bad_input_case(tmp_path: Path, name: str) -> tuple[Path, str]:
    if name == "empty":
        return write(tmp_path / "empty.txt", "  \n"), "empty"
    if name == "binary":
        return write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary"
    if name == "too large":
        return write(tmp_path / "large.txt", ARTICLE * 5), "large"
    return write(tmp_path / "french.txt", FRENCH), "English"


@pytest.mark.parametrize("case", ["empty", "binary", "too large", "not English"])
def test_bad_file_gets_one_line_and_the_others_still_run(tmp_path, fake_extractor, case):
    good = write(tmp_path / "good.txt", ARTICLE)
    bad, reason_word = _bad_input_case(tmp_path, case)
    result = run(str(bad), str(good), "--max-bytes", str(len(ARTICLE.encode()) + 10))
    assert result.exit_code == 1
    error_lines = result.stderr.strip().splitlines()
    assert len(error_lines) == 1
    assert str(bad) in error_lines[0] and reason_word in error_lines[0]
    assert len(result.stdout.splitlines()) == 3  # the good file's facts


def test_non_utf8_text_is_decoded_with_a_warning(tmp_path, fake_extractor):
    text = ARTICLE.replace("officials said", "officials said in a “statement” — café")
    article = write(tmp_path / "cp1252.txt", text.encode("cp1252"))
    result = run(str(article))
    assert result.exit_code == 0
    assert str(article) in result.stderr and "warning" in result.stderr
    assert "officials said in a “statement” — café" in fake_extractor.calls[0][0]
    assert len(result.stdout.splitlines()) == 3


def test_progress_with_many_files_keeps_stdout_clean(tmp_path, fake_extractor):
    for index in range(6):
        write(tmp_path / f"story{index}.txt", ARTICLE)
    result = run(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 18
    for line in lines:
        json.loads(line)


def test_unknown_path_is_a_clear_error(tmp_path):
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "does not exist" in plain(result.stderr)


def test_folder_without_articles_is_an_error(tmp_path):
    write(tmp_path / "data.csv", "a,b\n")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert "no article files" in result.stderr


@pytest.mark.parametrize(
    ("value", "reason"),
    [("17/07/2025", "YYYY-MM-DD"), ("2025-02-30", "day is out of range"), ("2025-7-1", "YYYY")],
)
def test_bad_published_is_a_usage_error_with_the_reason(tmp_path, value, reason):
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run(str(article), "--published", value)
    assert result.exit_code == 2
    message = plain(result.stderr)
    assert value in message and reason in message


@pytest.mark.skipif(not SHARED_SCHEMA.is_file(), reason="shared spec absent")
def test_packaged_schema_is_the_shared_contract(schema):
    assert schema == json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
