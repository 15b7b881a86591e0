"""The legal outcome check (extraction/legal_check.py): what it reads, what it drops and adds,
and that the weights shipped are what training on the folders they name gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import thirdcountry.extraction.legal_check as legal_check
from thirdcountry.cli import app as cli_app
from thirdcountry.extraction import Extractor
from thirdcountry.extraction.check_model import CheckModel
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.legal_check import LegalReading, read_legal_model
from thirdcountry.facts.schema import OUTCOMES, LegalAction

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FOLDERS = {"dev": DEV, "gen": ROOT / "tests" / "corpus" / "gen"}
MODEL = ROOT / "src" / "thirdcountry" / "extraction" / "data" / "models" / "legal_outcomes.json"

# Three sentences: the rules read a suit filed (pending) in the second; the third tells of a
# judge in words no legal rule reads as a ruling ("kept weighing").
STORY = ("The United States deported 12 men to Ghana on Friday, officials said. "
         "Lawyers for the men filed a lawsuit against the removals on Monday. "
         "A federal judge in Boston kept weighing the men's case against the government.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _outcomes(facts) -> set[tuple[str, str]]:
    return {(f.jurisdiction, f.outcome) for f in facts if isinstance(f, LegalAction)}


def test_sentences_about_courts_are_read_for_each_state(extractor: Extractor) -> None:
    doc = extractor.nlp(extractor._make_doc(STORY))
    ctx = DocumentContext(doc, None)
    reading = LegalReading(ctx, [])
    # the first sentence names no court, suit or ruling
    assert sorted(reading.sentences) == [1, 2]
    # the document's sender, though no sentence about courts names it
    assert reading.states == ["USA"]
    features = reading.features("USA")
    assert {"none:filed_a", "none:kept_weighing", "any:lawsuit", "nleg=2",
            "jur_is_deporter"} <= features
    assert "jur_named_legal" not in features


def test_an_outcome_the_model_rejects_goes_and_one_it_finds_comes(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_alone = _outcomes(Extractor(checks=False).extract(STORY, "2025-06-02"))
    assert rules_alone == {("USA", "pending")}
    # a model that never believes a pending case and reads "kept weighing" as a block
    model = CheckModel(threshold=0.5, labels={
        "pending": (-4.0, {}),
        "blocked": (-4.0, {"none:kept_weighing": 8.0}),
    })
    monkeypatch.setattr(legal_check, "legal_model", lambda: model)
    facts = extractor.extract(STORY, "2025-06-02")
    assert _outcomes(facts) == {("USA", "blocked")}
    added = next(f for f in facts if isinstance(f, LegalAction))
    assert added.evidence.quote == "A federal judge in Boston kept weighing the men's case " \
                                   "against the government."
    assert STORY[added.evidence.start:added.evidence.end] == added.evidence.quote
    assert added.court == "federal judge"
    assert added.subject == "third-country transfers"
    assert added.rule == "legal.blocked:legal check 0.98"


def test_an_outcome_the_model_keeps_shows_its_probability(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    pending = next(f for f in Extractor(checks=False).extract(STORY, "2025-06-02")
                   if isinstance(f, LegalAction))
    monkeypatch.setattr(legal_check, "legal_model",
                        lambda: CheckModel(threshold=0.5, labels={"pending": (4.0, {})}))
    kept = next(f for f in extractor.extract(STORY, "2025-06-02") if isinstance(f, LegalAction))
    assert kept.rule == f"{pending.rule}; legal check 0.98"


def test_a_text_of_one_or_two_sentences_is_left_to_the_rules(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(STORY.split(". ")[:2])
    rules_alone = _outcomes(Extractor(checks=False).extract(text, "2025-06-02"))
    assert rules_alone
    monkeypatch.setattr(legal_check, "legal_model",
                        lambda: CheckModel(threshold=0.5, labels={o: (-9.0, {}) for o in OUTCOMES}))
    assert _outcomes(extractor.extract(text, "2025-06-02")) == rules_alone


def test_the_shipped_model_reads() -> None:
    model = read_legal_model(MODEL.read_text("utf-8"))
    assert 0 < model.threshold < 1
    assert set(model.labels) == set(OUTCOMES)
    data = json.loads(MODEL.read_text("utf-8"))
    assert set(data["trained_on"]["folders"]) <= set(FOLDERS)
    assert "sealed" not in data["trained_on"]["folders"], "sealed is measured, never trained on"


def test_states_are_scored_on_the_features_training_names(extractor: Extractor) -> None:
    """Training names every feature (``LegalReading.features``); the check looks the rows up
    word by word (``LegalReading.rows``): both must give the model the same rows."""
    model = legal_check.legal_model()
    rules = Extractor(checks=False)
    compared = 0
    for path in sorted(DEV.glob("*.txt"))[:25]:
        doc = rules.nlp(rules._make_doc(path.read_text("utf-8")))
        reading = LegalReading(DocumentContext(doc, None), rules.facts_of(doc, None))
        for state in reading.states:
            assert reading.rows(model, state, {}) == set(model.rows(reading.features(state))), \
                (path.name, state)
            compared += 1
    assert compared > 20


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not beside the clone")
def test_training_is_deterministic(load_dev_script, tmp_path: Path, monkeypatch) -> None:
    train = load_dev_script("train_legal_check")
    written = []
    for name in ("one.json", "two.json"):
        monkeypatch.setattr(sys, "argv", ["train_legal_check.py", str(DEV),
                                          "--out", str(tmp_path / name)])
        assert train.main() == 0
        written.append((tmp_path / name).read_bytes())
    assert written[0] == written[1]
    assert json.loads(written[0])["outcomes"]["blocked"]["weights"], \
        "the dev corpus has blocks enough to learn from"


@pytest.mark.slow
def test_the_shipped_weights_were_trained_on_these_rules_and_this_gold(load_dev_script) -> None:
    """A rule or a gold file changed since training shows as other examples: retrain with
    ``scripts/train_legal_check.py`` on the folders the model names (docs/extraction.md)."""
    trained_on = json.loads(MODEL.read_text("utf-8"))["trained_on"]
    folders = [FOLDERS[name] for name in trained_on["folders"]]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("a training folder is not here (the dev corpus lives beside the clone)")
    train = load_dev_script("train_legal_check")
    features, rule_outcomes, gold_outcomes, documents = train.examples(folders)
    assert documents == trained_on["documents"]
    assert train.fingerprint(features, rule_outcomes, gold_outcomes) == \
        trained_on["examples_sha256"], "retrain: python scripts/train_legal_check.py " + \
        " ".join(str(f) for f in folders)


def test_the_cli_reads_with_the_rules_alone_when_asked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legal_check, "legal_model",
                        lambda: CheckModel(threshold=0.5, labels={"pending": (-9.0, {})}))
    article = tmp_path / "story.txt"
    article.write_text(STORY, encoding="utf-8")

    def outcomes(*options: str) -> set[str]:
        result = CliRunner().invoke(cli_app, ["extract", str(article), "--published",
                                              "2025-06-02", *options])
        assert result.exit_code == 0, result.output
        return {json.loads(line).get("outcome") for line in result.stdout.splitlines()}

    assert "pending" not in outcomes()
    assert "pending" in outcomes("--rules-only")


def test_each_state_is_read_in_its_role(extractor: Extractor) -> None:
    text = ("The United States deported 12 men to Ghana on Friday. Lawyers filed a petition in "
            "Accra on Monday. The High Court of Ghana will hear the case against the United "
            "States.")
    doc = extractor.nlp(extractor._make_doc(text))
    reading = LegalReading(DocumentContext(doc, None), [])
    assert reading.states == ["GHA", "USA"]
    ghana = reading.features("GHA")
    # Ghana's courts: the sentences name it (jur), the sender plays its own role
    assert {"jur:petition_in", "jur:in_xrecx", "jur:of_xrecx", "jur:the_xdepx",
            "jur_named_legal"} <= ghana
    # the sender's courts: Ghana is another state (the petition in Accra names only Ghana), and
    # no sender is read beside it
    usa = reading.features("USA")
    assert {"oth:in_xothx", "jur:of_xothx", "jur:the_xrecx"} <= usa
    assert not any("xdepx" in f for f in usa)
