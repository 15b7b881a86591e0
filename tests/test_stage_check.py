"""The arrangement stage check (extraction/stage_check.py): what it reads, what it drops and
adds, and that the weights shipped are what training on the folders they name gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import thirdcountry.extraction.stage_check as stage_check
from thirdcountry.cli import app as cli_app
from thirdcountry.extraction import Extractor
from thirdcountry.extraction.check_model import CheckModel, sentence_features
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.stage_check import DocumentReading, read_stage_model
from thirdcountry.facts.schema import STAGES, Arrangement

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FOLDERS = {"dev": DEV, "gen": ROOT / "tests" / "corpus" / "gen"}
MODEL = ROOT / "src" / "thirdcountry" / "extraction" / "data" / "models" / "arrangement_stages.json"

# Three sentences: the rules read an agreement in the first; the third tells of talks with the
# same state in words no stage rule reads as talks ("kept comparing notes").
STORY = ("The United States agreed to send deportees to Rwanda, officials said on Monday. "
         "The plan drew criticism from lawyers in Washington. "
         "Officials of the United States and Rwanda kept comparing notes on a second phase.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _stages(facts) -> set[tuple[str, str, str]]:
    return {(f.deporting_country, f.receiving_country, f.stage) for f in facts
            if isinstance(f, Arrangement)}


def test_states_are_read_as_their_roles(extractor: Extractor) -> None:
    doc = extractor.nlp(extractor._make_doc("Britain paid Rwanda, and France watched."))
    ctx = DocumentContext(doc, None)
    words = DocumentReading(ctx, []).sentences[0].words("GBR", "RWA")
    assert words == ["xdepx", "paid", "xrecx", "and", "xothx", "watched"]


def test_a_stage_the_model_rejects_goes_and_one_it_finds_comes(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_alone = _stages(Extractor(checks=False).extract(STORY, "2025-06-02"))
    assert ("USA", "RWA", "agreed") in rules_alone
    assert ("USA", "RWA", "negotiating") not in rules_alone
    # a model that never believes an agreement and reads "comparing notes" as talks
    model = CheckModel(threshold=0.5, labels={
        "agreed": (-4.0, {}),
        "negotiating": (-4.0, {"both:comparing_notes": 8.0}),
    })
    monkeypatch.setattr(stage_check, "stage_model", lambda: model)
    facts = extractor.extract(STORY, "2025-06-02")
    found = _stages(facts)
    assert ("USA", "RWA", "agreed") not in found
    assert ("USA", "RWA", "negotiating") in found
    added = next(f for f in facts if isinstance(f, Arrangement) and f.stage == "negotiating")
    assert added.evidence.quote.startswith("Officials of the United States and Rwanda kept")
    assert STORY[added.evidence.start:added.evidence.end] == added.evidence.quote
    assert added.rule == "arrangement.negotiating:stage check 0.98"
    # stages the model has no weights for stay as the rules gave them
    assert found - {("USA", "RWA", "negotiating")} == rules_alone - {("USA", "RWA", "agreed")}


def test_a_stage_the_model_keeps_shows_its_probability(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_alone = Extractor(checks=False).extract(STORY, "2025-06-02")
    agreed = next(f for f in rules_alone if isinstance(f, Arrangement) and f.stage == "agreed")
    monkeypatch.setattr(stage_check, "stage_model",
                        lambda: CheckModel(threshold=0.5, labels={"agreed": (4.0, {})}))
    kept = next(f for f in extractor.extract(STORY, "2025-06-02")
                if isinstance(f, Arrangement) and f.stage == "agreed")
    assert kept.rule == f"{agreed.rule}; stage check 0.98"
    assert kept.evidence == agreed.evidence


def test_a_text_of_one_or_two_sentences_is_left_to_the_rules(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(STORY.split(". ")[:2])
    rules_alone = _stages(Extractor(checks=False).extract(text, "2025-06-02"))
    assert rules_alone
    monkeypatch.setattr(stage_check, "stage_model",
                        lambda: CheckModel(threshold=0.5, labels={s: (-9.0, {}) for s in STAGES}))
    assert _stages(extractor.extract(text, "2025-06-02")) == rules_alone


def test_the_shipped_model_reads() -> None:
    model = read_stage_model(MODEL.read_text("utf-8"))
    assert 0 < model.threshold < 1
    assert {"approached", "negotiating", "agreed", "implemented", "declined"} <= set(model.labels)
    data = json.loads(MODEL.read_text("utf-8"))
    assert set(data["trained_on"]["folders"]) <= set(FOLDERS)
    assert "sealed" not in data["trained_on"]["folders"], "sealed is measured, never trained on"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not beside the clone")
def test_training_is_deterministic(load_dev_script, tmp_path: Path, monkeypatch) -> None:
    train = load_dev_script("train_stage_check")
    written = []
    for name in ("one.json", "two.json"):
        monkeypatch.setattr(sys, "argv", ["train_stage_check.py", str(DEV),
                                          "--out", str(tmp_path / name)])
        assert train.main() == 0
        written.append((tmp_path / name).read_bytes())
    assert written[0] == written[1]
    assert "agreed" in read_stage_model(written[0].decode("utf-8")).labels
    assert json.loads(written[0])["stages"]["agreed"]["weights"], \
        "the dev corpus has agreements enough to learn from"


@pytest.mark.slow
def test_the_shipped_weights_were_trained_on_these_rules_and_this_gold(load_dev_script) -> None:
    """A rule or a gold file changed since training shows as other examples: retrain with
    ``scripts/train_stage_check.py`` on the folders the model names (docs/extraction.md)."""
    trained_on = json.loads(MODEL.read_text("utf-8"))["trained_on"]
    folders = [FOLDERS[name] for name in trained_on["folders"]]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("a training folder is not here (the dev corpus lives beside the clone)")
    train = load_dev_script("train_stage_check")
    features, rule_stages, gold_stages, documents = train.examples(folders)
    assert documents == trained_on["documents"]
    assert train.fingerprint(features, rule_stages, gold_stages) == \
        trained_on["examples_sha256"], "retrain: python scripts/train_stage_check.py " + \
        " ".join(str(f) for f in folders)


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not beside the clone")
def test_pairs_are_scored_on_the_features_training_names(extractor: Extractor) -> None:
    """Training names every feature (``DocumentReading.features``); the check looks the rows
    up word by word (``DocumentReading.rows``): both must give the model the same rows for
    every pair, and a sentence's features are its words and word pairs with the states read as
    their roles."""
    model = stage_check.stage_model()
    rules = Extractor(checks=False)
    compared = 0
    for path in sorted(DEV.glob("*.txt"))[:20]:
        doc = rules.nlp(rules._make_doc(path.read_text("utf-8")))
        facts = rules.facts_of(doc, None)
        reading = DocumentReading(DocumentContext(doc, None), facts)
        for pair in reading.pairs:
            for sentence in reading.sentences.values():
                for where in ("both", "rec"):
                    # a sentence's n-grams are its fixed ones and the ones its states' roles make
                    assert sentence.fixed(where) | sentence.by_role(*pair, where) == \
                        sentence_features(sentence.words(*pair), where)
            assert reading.rows(model, pair, {}) == set(model.rows(reading.features(pair))), \
                (path.name, pair)
            compared += 1
    assert compared > 50


def test_the_cli_reads_with_the_rules_alone_when_asked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage_check, "stage_model",
                        lambda: CheckModel(threshold=0.5, labels={"agreed": (-9.0, {})}))
    article = tmp_path / "story.txt"
    article.write_text(STORY, encoding="utf-8")

    def stages(*options: str) -> set[str]:
        result = CliRunner().invoke(cli_app, ["extract", str(article), "--published",
                                              "2025-06-02", *options])
        assert result.exit_code == 0, result.output
        return {json.loads(line).get("stage") for line in result.stdout.splitlines()}

    assert "agreed" not in stages()
    assert "agreed" in stages("--rules-only")
    (tmp_path / "story.facts.jsonl").write_text("", encoding="utf-8")
    scored = CliRunner().invoke(cli_app, ["score", str(tmp_path), "--rules-only", "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["overall"]["false_positives"] >= 1
    refused = CliRunner().invoke(cli_app, ["score", str(tmp_path), "--rules-only",
                                           "--pred", str(tmp_path)])
    assert refused.exit_code == 1
