"""The scorer: FACTS.md keys, one-to-one matching, P/R/F1 and attribute accuracy."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from thirdcountry.facts.jsonl import read_facts
from thirdcountry.facts.schema import Fact, fact_from_dict
from thirdcountry.facts.scoring import (
    ScoringError,
    Tally,
    describe_key,
    keys_match,
    score_document,
    score_folder,
)

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
EVIDENCE = {"quote": "A sentence.", "start": 0, "end": 11}


def arrangement(dep: str, rec: str, stage: str, **fields: Any) -> Fact:
    data = {
        "type": "arrangement",
        "deporting_country": dep,
        "receiving_country": rec,
        "kind": "third_country_removal",
        "stage": stage,
        "date": None,
        "certainty": "confirmed",
        "attributed_to": None,
        "evidence": EVIDENCE,
    }
    return fact_from_dict({**data, **fields})


def removal(dep: str, rec: str, count: int | None, **fields: Any) -> Fact:
    data = {
        "type": "removal",
        "deporting_country": dep,
        "receiving_country": rec,
        "date": None,
        "count": count,
        "count_qualifier": None if count is None else "exact",
        "nationalities": [],
        "facility": None,
        "legal_basis": None,
        "certainty": "confirmed",
        "attributed_to": None,
        "evidence": EVIDENCE,
    }
    return fact_from_dict({**data, **fields})


def legal_action(jurisdiction: str, outcome: str, **fields: Any) -> Fact:
    data = {
        "type": "legal_action",
        "jurisdiction": jurisdiction,
        "court": "federal judge",
        "subject": "transfers",
        "outcome": outcome,
        "date": None,
        "certainty": "confirmed",
        "attributed_to": None,
        "evidence": EVIDENCE,
    }
    return fact_from_dict({**data, **fields})


def rights_concern(country: str, **fields: Any) -> Fact:
    data = {
        "type": "rights_concern",
        "country": country,
        "concern": "mistreatment of detainees",
        "certainty": "reported",
        "attributed_to": "Amnesty International",
        "evidence": EVIDENCE,
    }
    return fact_from_dict({**data, **fields})


def write_folder(folder: Path, docs: dict[str, list[Fact]], *, with_text: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, facts in docs.items():
        if with_text:
            (folder / f"{doc_id}.txt").write_text(f"Text of {doc_id}.\n", encoding="utf-8")
        lines = "".join(fact.to_json() + "\n" for fact in facts)
        (folder / f"{doc_id}.facts.jsonl").write_text(lines, encoding="utf-8")
    return folder


def score_one(gold: list[Fact], predicted: list[Fact]):
    return score_document("doc", gold, predicted)


# --- keys ---------------------------------------------------------------------------------


def test_arrangement_key_is_pair_and_stage():
    gold = arrangement("USA", "SWZ", "agreed")
    assert keys_match(gold, arrangement("USA", "SWZ", "agreed", kind="detention", date="2025"))
    assert not keys_match(gold, arrangement("USA", "SWZ", "implemented"))
    assert not keys_match(gold, arrangement("SWZ", "USA", "agreed"))
    assert not keys_match(gold, arrangement("USA", "RWA", "agreed"))


def test_removal_key_needs_the_gold_count_only_when_gold_has_one():
    counted = removal("USA", "SLV", 238)
    assert keys_match(counted, removal("USA", "SLV", 238, count_qualifier="about"))
    assert not keys_match(counted, removal("USA", "SLV", 237))
    assert not keys_match(counted, removal("USA", "SLV", None))
    assert not keys_match(counted, removal("USA", "HND", 238))
    uncounted = removal("USA", "SSD", None)
    assert keys_match(uncounted, removal("USA", "SSD", 8))
    assert keys_match(uncounted, removal("USA", "SSD", None))
    assert not keys_match(uncounted, removal("MEX", "SSD", 8))


def test_legal_action_key_is_jurisdiction_and_outcome():
    gold = legal_action("USA", "blocked")
    assert keys_match(gold, legal_action("USA", "blocked", court="Supreme Court", subject="x"))
    assert not keys_match(gold, legal_action("USA", "allowed"))
    assert not keys_match(gold, legal_action("GBR", "blocked"))


def test_rights_concern_key_is_country():
    gold = rights_concern("SWZ")
    assert keys_match(gold, rights_concern("SWZ", concern="other words", certainty="confirmed"))
    assert not keys_match(gold, rights_concern("SSD"))


def test_facts_of_different_types_never_match():
    assert not keys_match(arrangement("USA", "SWZ", "agreed"), removal("USA", "SWZ", None))


def test_describe_key_labels():
    assert describe_key(arrangement("USA", "SWZ", "agreed")) == "USA→SWZ agreed"
    assert describe_key(removal("USA", "SLV", 238)) == "USA→SLV count 238"
    assert describe_key(removal("USA", "SSD", None)) == "USA→SSD count ?"
    assert describe_key(legal_action("GBR", "blocked")) == "GBR blocked"
    assert describe_key(rights_concern("RWA")) == "RWA"


# --- one-to-one matching ------------------------------------------------------------------


def test_each_gold_fact_matches_at_most_one_prediction():
    gold = [arrangement("USA", "RWA", "agreed")]
    doc = score_one(gold, [arrangement("USA", "RWA", "agreed")] * 2)
    assert doc.tally("arrangement") == Tally(1, 1, 0)


def test_each_prediction_matches_at_most_one_gold_fact():
    gold = [legal_action("USA", "blocked"), legal_action("USA", "blocked", court="judge B")]
    doc = score_one(gold, [legal_action("USA", "blocked")])
    assert doc.tally("legal_action") == Tally(1, 0, 1)


def test_matching_maximises_the_number_of_matches():
    # Pairing the count-null gold with the 5 first (as a greedy pass in order would) leaves
    # the counted gold unmatched; the best pairing matches both.
    gold = [removal("USA", "SSD", None), removal("USA", "SSD", 5)]
    predicted = [removal("USA", "SSD", 5), removal("USA", "SSD", 9)]
    doc = score_one(gold, predicted)
    assert doc.tally("removal") == Tally(2, 0, 0)
    pairs = {(p.gold.count, p.predicted.count) for p in doc.matched}  # type: ignore[attr-defined]
    assert pairs == {(None, 9), (5, 5)}


def test_count_keyed_gold_removal_gets_the_prediction_first():
    # The null-count gold agrees with the prediction on more attributes, but the counted gold
    # can only match this prediction, so it takes it.
    counted = removal("USA", "SSD", 8, date="2025-07", certainty="reported")
    uncounted = removal("USA", "SSD", None, date="2025-05", nationalities=["CUB"])
    predicted = removal("USA", "SSD", 8, date="2025-05", nationalities=["CUB"])
    doc = score_one([uncounted, counted], [predicted])
    assert [p.gold for p in doc.matched] == [counted]
    assert doc.missed == (uncounted,)


def test_among_equal_matchings_the_more_agreeing_pairing_wins():
    first = arrangement("USA", "HND", "agreed", date="2019-09", certainty="confirmed")
    second = arrangement("USA", "HND", "agreed", date="2024", certainty="reported")
    predicted = [
        arrangement("USA", "HND", "agreed", date="2024", certainty="reported"),
        arrangement("USA", "HND", "agreed", date="2019-09", certainty="confirmed"),
    ]
    report = score_one([first, second], predicted)
    assert all(not p.mismatches for p in report.matched)
    assert {p.gold.date: p.predicted.date for p in report.matched} == {  # type: ignore[attr-defined]
        "2019-09": "2019-09",
        "2024": "2024",
    }


def test_facts_match_only_within_their_document(tmp_path):
    gold = write_folder(tmp_path / "gold", {"a": [rights_concern("SWZ")], "b": []})
    pred = write_folder(tmp_path / "pred", {"a": [], "b": [rights_concern("SWZ")]}, with_text=False)
    report = score_folder(gold, pred_dir=pred)
    assert report.overall() == Tally(0, 1, 1)


# --- P/R/F1 -------------------------------------------------------------------------------


def test_precision_recall_f1_are_micro_averaged(tmp_path):
    gold = write_folder(
        tmp_path / "gold",
        {
            "a": [arrangement("USA", "SWZ", "agreed"), arrangement("USA", "SWZ", "implemented")],
            "b": [removal("USA", "SLV", 238), legal_action("USA", "blocked"),
                  rights_concern("SLV")],
        },
    )
    pred = write_folder(
        tmp_path / "pred",
        {
            "a": [arrangement("USA", "SWZ", "agreed"), arrangement("USA", "SWZ", "declined")],
            "b": [removal("USA", "SLV", 238), legal_action("USA", "blocked")],
        },
        with_text=False,
    )
    report = score_folder(gold, pred_dir=pred)
    by_type = report.by_type()
    assert by_type["arrangement"] == Tally(1, 1, 1)
    assert by_type["removal"] == Tally(1, 0, 0)
    assert by_type["rights_concern"] == Tally(0, 0, 1)
    overall = report.overall()
    assert overall == Tally(3, 1, 2)
    assert overall.precision == pytest.approx(3 / 4)
    assert overall.recall == pytest.approx(3 / 5)
    assert overall.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


def test_ratios_without_a_denominator_are_none():
    nothing_predicted = Tally(0, 0, 4)
    assert nothing_predicted.precision is None
    assert nothing_predicted.recall == 0.0
    assert nothing_predicted.f1 == 0.0
    assert Tally().f1 is None and Tally().recall is None


def test_only_the_requested_fact_types_are_scored(tmp_path):
    gold = write_folder(tmp_path / "gold", {"a": [rights_concern("SWZ"), removal("USA", "SWZ", 5)]})
    pred = write_folder(tmp_path / "pred", {"a": [rights_concern("RWA")]}, with_text=False)
    report = score_folder(gold, pred_dir=pred, fact_types=("removal",))
    assert list(report.by_type()) == ["removal"]
    assert report.overall() == Tally(0, 0, 1)
    assert set(report.attribute_accuracy()) == {"certainty", "date", "count_qualifier",
                                                "nationalities"}


# --- attribute accuracy -------------------------------------------------------------------


def test_attribute_accuracy_over_matched_pairs():
    gold = [
        arrangement("USA", "SWZ", "agreed", kind="third_country_removal", date="2025-07"),
        arrangement("USA", "RWA", "approached", kind="detention", certainty="reported"),
        removal("USA", "SLV", 238, count_qualifier="about", nationalities=["VEN", "SLV"],
                date="2025-03"),
        removal("USA", "SSD", None, nationalities=["CUB"]),
        legal_action("USA", "blocked", date="2025-04-15"),
        rights_concern("SLV", certainty="reported"),
    ]
    predicted = [
        arrangement("USA", "SWZ", "agreed", kind="unspecified", date="2025-07"),
        arrangement("USA", "RWA", "approached", kind="detention", certainty="confirmed"),
        removal("USA", "SLV", 238, count_qualifier="exact", nationalities=["SLV", "VEN"],
                date="2025-03"),
        removal("USA", "SSD", 8, count_qualifier="more_than", nationalities=[]),
        legal_action("USA", "blocked", date="2025-04"),
        rights_concern("SLV", certainty="reported"),
    ]
    report = score_one(gold, predicted)
    assert len(report.matched) == 6
    totals: dict[str, tuple[int, int]] = {}
    for pair in report.matched:
        for attribute in pair.scored:
            wrong = any(m.attribute == attribute for m in pair.mismatches)
            correct, total = totals.get(attribute, (0, 0))
            totals[attribute] = (correct + (not wrong), total + 1)
    assert totals == {
        "kind": (1, 2),
        "certainty": (5, 6),
        "date": (4, 5),  # null == null agrees; 2025-04 is not 2025-04-15
        "count_qualifier": (0, 1),  # only the removal with a gold count is scored
        "nationalities": (1, 2),  # order does not matter; [CUB] vs [] does
    }


def test_report_attribute_accuracy_per_type_and_overall(tmp_path):
    gold = write_folder(tmp_path / "gold", {
        "a": [arrangement("USA", "SWZ", "agreed", certainty="reported"), rights_concern("SWZ")],
    })
    pred = write_folder(tmp_path / "pred", {
        "a": [arrangement("USA", "SWZ", "agreed", certainty="confirmed"), rights_concern("SWZ")],
    }, with_text=False)
    report = score_folder(gold, pred_dir=pred)
    certainty = report.attribute_accuracy()["certainty"]
    assert certainty["arrangement"].accuracy == 0.0
    assert certainty["rights_concern"].accuracy == 1.0
    assert certainty["removal"].accuracy is None
    assert report.attribute_totals()["certainty"].accuracy == 0.5


def test_errors_list_misses_false_positives_and_mismatches(tmp_path):
    gold = write_folder(tmp_path / "gold", {
        "a": [arrangement("USA", "SWZ", "agreed", date="2025-05"), rights_concern("SWZ")],
    })
    pred = write_folder(tmp_path / "pred", {
        "a": [arrangement("USA", "SWZ", "agreed", date=None), legal_action("SWZ", "pending")],
    }, with_text=False)
    errors = score_folder(gold, pred_dir=pred).to_dict(errors=True)["errors"]
    assert [(e["document"], e["error"], e["key"]) for e in errors] == [
        ("a", "missed", "SWZ"),
        ("a", "false_positive", "SWZ pending"),
        ("a", "mismatch", "USA→SWZ agreed"),
    ]
    assert errors[2]["mismatches"] == [{"attribute": "date", "gold": "2025-05", "predicted": None}]
    assert errors[0]["quote"] == EVIDENCE["quote"]


# --- folders and extractors ---------------------------------------------------------------


class RecordingExtractor:
    """Returns fixed facts per text and records what it was given."""

    def __init__(self, facts_by_text: dict[str, list[Fact]]) -> None:
        self.facts_by_text = facts_by_text
        self.seen: list[tuple[str, str | None]] = []

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[list[Fact]]:
        for text, published in items:
            self.seen.append((text, published))
            yield self.facts_by_text.get(text, [])


def test_extractor_gets_each_text_with_its_published_date(tmp_path):
    gold = write_folder(tmp_path, {"a": [rights_concern("SWZ")], "b": [rights_concern("RWA")]})
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-07-17"}))
    extractor = RecordingExtractor({"Text of a.\n": [rights_concern("SWZ")]})
    seen_ids: list[str] = []
    report = score_folder(gold, extractor=extractor, on_document=seen_ids.append)
    assert extractor.seen == [("Text of a.\n", "2025-07-17"), ("Text of b.\n", None)]
    assert seen_ids == ["a", "b"]
    assert report.overall() == Tally(1, 0, 1)
    assert "RecordingExtractor" in report.predictions


def test_missing_prediction_file_counts_as_no_predictions_with_a_warning(tmp_path):
    gold = write_folder(tmp_path / "gold", {"a": [rights_concern("SWZ")]})
    pred = tmp_path / "pred"
    pred.mkdir()
    report = score_folder(gold, pred_dir=pred)
    assert report.overall() == Tally(0, 0, 1)
    assert len(report.warnings) == 1 and "a.facts.jsonl" in report.warnings[0]


def test_gold_text_without_gold_facts_is_an_error(tmp_path):
    (tmp_path / "lonely.txt").write_text("Some text.", encoding="utf-8")
    with pytest.raises(ScoringError, match="lonely"):
        score_folder(tmp_path, pred_dir=tmp_path)


def test_folder_without_documents_is_an_error(tmp_path):
    with pytest.raises(ScoringError, match="no <id>.txt"):
        score_folder(tmp_path, pred_dir=tmp_path)
    with pytest.raises(ScoringError, match="not a folder"):
        score_folder(tmp_path / "absent", pred_dir=tmp_path)


def test_malformed_prediction_line_names_file_and_line(tmp_path):
    gold = write_folder(tmp_path / "gold", {"a": [rights_concern("SWZ")]})
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "a.facts.jsonl").write_text(rights_concern("SWZ").to_json() + "\n{oops\n")
    with pytest.raises(ScoringError, match=r"a\.facts\.jsonl:2"):
        score_folder(gold, pred_dir=pred)


def test_extractor_and_prediction_folder_are_exclusive(tmp_path):
    gold = write_folder(tmp_path, {"a": []})
    with pytest.raises(ValueError, match="not both"):
        score_folder(gold, extractor=RecordingExtractor({}), pred_dir=tmp_path)
    with pytest.raises(ValueError, match="unknown fact type"):
        score_folder(gold, pred_dir=tmp_path, fact_types=("treaty",))


# --- the dev corpus -----------------------------------------------------------------------


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus absent")
def test_gold_scored_against_itself_is_perfect():
    report = score_folder(DEV_CORPUS, pred_dir=DEV_CORPUS)
    gold_count = sum(len(list(read_facts(p))) for p in DEV_CORPUS.glob("*.facts.jsonl"))
    overall = report.overall()
    assert overall.true_positives == gold_count > 0
    assert (overall.precision, overall.recall, overall.f1) == (1.0, 1.0, 1.0)
    for attribute, accuracy in report.attribute_totals().items():
        assert accuracy.total > 0, attribute
        assert accuracy.accuracy == 1.0, attribute
    assert report.discrepancies() == []
