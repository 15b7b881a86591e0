"""``thirdcountry score``: tables, JSON, the error list and the summary lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import thirdcountry.extraction
from thirdcountry.cli import app
from thirdcountry.facts.schema import Evidence, Fact, fact_from_dict
from thirdcountry.facts.scoring import score_folder

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

TEXT = "Rwanda agreed to take 250 deportees. Rights groups warned of abuses in its prisons.\n"
AGREED = {
    "type": "arrangement", "deporting_country": "USA", "receiving_country": "RWA",
    "kind": "third_country_removal", "stage": "agreed", "date": "2025-05",
    "certainty": "confirmed", "attributed_to": "Rwanda's government",
    "evidence": {"quote": TEXT[:36], "start": 0, "end": 36},
}
CONCERN = {
    "type": "rights_concern", "country": "RWA", "concern": "abuses in prisons",
    "certainty": "reported", "attributed_to": "Rights groups",
    "evidence": {"quote": TEXT[37:83], "start": 37, "end": 83},
}
STRAY = {
    "type": "legal_action", "jurisdiction": "USA", "court": "federal judge",
    "subject": "transfers to Rwanda", "outcome": "pending", "date": None,
    "certainty": "reported", "attributed_to": None,
    "evidence": {"quote": TEXT[:36], "start": 0, "end": 36},
}


def write_facts(path: Path, facts: list[dict]) -> None:
    path.write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")


@pytest.fixture()
def gold(tmp_path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "rwanda.txt").write_text(TEXT, encoding="utf-8")
    (folder / "rwanda.meta.json").write_text(json.dumps({"published": "2025-05-20"}))
    write_facts(folder / "rwanda.facts.jsonl", [AGREED, CONCERN])
    return folder


@pytest.fixture()
def pred(tmp_path) -> Path:
    """Predictions with one mismatch (certainty), one miss (concern), one false positive."""
    folder = tmp_path / "pred"
    folder.mkdir()
    write_facts(folder / "rwanda.facts.jsonl", [{**AGREED, "certainty": "reported"}, STRAY])
    return folder


def plain(text: str) -> str:
    """Rich output as one line of words, without table and panel borders."""
    return " ".join(text.replace("│", " ").split())


def run(*args: str, columns: int = 80):
    return CliRunner().invoke(app, ["score", *args], env={"COLUMNS": str(columns)})


def test_gold_against_itself_prints_perfect_summary_last(gold):
    result = run(str(gold), "--pred", str(gold))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.rstrip().splitlines()
    assert lines[-2] == (
        "Overall: precision 1.000, recall 1.000, F1 1.000 (2 of 2 gold facts matched, 2 predicted)"
    )
    assert lines[-1] == "Certainty accuracy: 1.000 (2 of 2 matched pairs)"
    for heading in ("arrangement", "rights_concern", "Attributes of matched pairs", "certainty"):
        assert heading in result.stdout


def test_table_shows_per_type_figures_and_summary(gold, pred):
    result = run(str(gold), "--pred", str(pred))
    assert result.exit_code == 0, result.stderr
    rows = {cells[0]: cells[1:] for cells in map(str.split, result.stdout.splitlines()) if cells}
    # Gold, Pred., Matched, Missed, False pos., P, R, F1
    assert rows["arrangement"] == ["1", "1", "1", "0", "0", "1.000", "1.000", "1.000"]
    assert rows["legal_action"] == ["0", "1", "0", "0", "1", "0.000", "—", "0.000"]
    assert rows["rights_concern"] == ["1", "0", "0", "1", "0", "—", "0.000", "0.000"]
    assert rows["all"] == ["2", "2", "1", "1", "1", "0.500", "0.500", "0.500"]
    assert rows["certainty"] == ["1", "0", "0.000", "arrangement", "0.000"]
    lines = result.stdout.rstrip().splitlines()
    assert lines[-2].startswith("Overall: precision 0.500, recall 0.500, F1 0.500")
    assert lines[-1] == "Certainty accuracy: 0.000 (0 of 1 matched pairs)"


def test_json_is_the_report_as_data(gold, pred):
    result = run(str(gold), "--pred", str(pred), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == score_folder(gold, pred_dir=pred).to_dict()
    assert data["overall"]["true_positives"] == 1
    assert data["attributes"]["certainty"]["accuracy"] == 0.0
    assert "errors" not in data


def test_errors_list_every_miss_false_positive_and_mismatch(gold, pred):
    result = run(str(gold), "--pred", str(pred), "--errors", columns=240)  # rows unwrapped
    assert result.exit_code == 0, result.stderr
    out = plain(result.stdout)
    for expected in (
        "missed", "RWA", "Rights groups warned of abuses in its prisons.",
        "false positive", "USA pending",
        "mismatch", "USA→RWA agreed", "certainty gold confirmed, predicted reported",
        "Rwanda agreed to take 250 deportees.",
    ):
        assert expected in out
    assert result.stdout.rstrip().splitlines()[-1].startswith("Certainty accuracy")

    as_json = json.loads(run(str(gold), "--pred", str(pred), "--errors", "--json").stdout)
    assert [e["error"] for e in as_json["errors"]] == ["missed", "false_positive", "mismatch"]


def test_type_option_scores_one_type(gold, pred):
    result = run(str(gold), "--pred", str(pred), "--type", "rights_concern", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data["by_type"]) == ["rights_concern"]
    assert data["overall"]["gold"] == 1 and data["overall"]["predicted"] == 0
    bad = run(str(gold), "--type", "treaty")
    assert bad.exit_code == 2 and "treaty" in bad.stderr


class OneFactExtractor:
    """Predicts the gold arrangement for any text dated by its meta.json."""

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[list[Fact]]:
        for text, published in items:
            fact = fact_from_dict(AGREED)
            assert isinstance(fact.evidence, Evidence) and published == "2025-05-20"
            yield [fact] if text == TEXT else []


def test_without_pred_the_extractor_runs(gold, monkeypatch):
    monkeypatch.setattr(thirdcountry.extraction, "Extractor", OneFactExtractor)
    result = run(str(gold), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["overall"]["true_positives"] == 1 and data["overall"]["false_negatives"] == 1
    assert data["predictions"].startswith("extractor ")


def test_real_extractor_scores_without_crashing(gold):
    result = run(str(gold))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.rstrip().splitlines()[-2].startswith("Overall: precision")


def test_missing_prediction_file_warns(gold, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(str(gold), "--pred", str(empty))
    assert result.exit_code == 0
    assert "rwanda.facts.jsonl: missing" in " ".join(result.stderr.split())


def test_broken_gold_folder_is_one_clear_error(gold):
    (gold / "rwanda.facts.jsonl").write_text('{"type": "treaty"}\n', encoding="utf-8")
    result = run(str(gold), "--pred", str(gold))
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert "rwanda.facts.jsonl:1" in message and "treaty" in message


def test_unknown_gold_folder_is_a_usage_error(tmp_path):
    result = run(str(tmp_path / "nope"))
    assert result.exit_code == 2 and "does not exist" in plain(result.stderr)


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus absent")
def test_dev_corpus_against_itself_is_perfect():
    result = run(str(DEV_CORPUS), "--pred", str(DEV_CORPUS))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.rstrip().splitlines()
    assert lines[-2].startswith("Overall: precision 1.000, recall 1.000, F1 1.000")
    assert lines[-1].startswith("Certainty accuracy: 1.000")
