"""Accuracy on the in-house generalisation corpora (tests/corpus/README.md).

Floors sit a little under what the rules reached when they were last changed, so that a
change that costs accuracy on wording the rules were not written for fails here even when
the dev corpus holds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.scoring import score_folder

CORPORA = Path(__file__).resolve().parent / "corpus"
# Reached 2026-11-29 (session 4): gen 0.928 (228 articles by 16 authors; the rules were
# developed on all of them), sealed 0.788 (58 articles by four authors, never read: 0.769
# before that day's rules, which raised the sets they were written against by 0.05-0.09).
GEN_FLOOR = 0.91
SEALED_FLOOR = 0.77


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("folder", "floor"), [("gen", GEN_FLOOR), ("sealed", SEALED_FLOOR)])
def test_generalisation_corpus_floor(extractor: Extractor, folder: str, floor: float) -> None:
    report = score_folder(CORPORA / folder, extractor=extractor)
    overall = report.to_dict()["overall"]
    assert overall["f1"] >= floor, f"{folder}: F1 {overall['f1']:.3f} below {floor}"


def test_every_gold_quote_is_in_its_article() -> None:
    """The gold was written by hand: each evidence quote must slice its article exactly."""
    for gold in sorted(CORPORA.glob("*/*.facts.jsonl")):
        text = gold.with_name(gold.name.replace(".facts.jsonl", ".txt")).read_text()
        for line in gold.read_text().splitlines():
            evidence = json.loads(line)["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["quote"], gold.name
