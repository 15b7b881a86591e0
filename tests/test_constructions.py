"""Construction grids (tests/constructions/README.md): each passage yields exactly the facts
FACTS.md says it states, compared on their scoring keys; a passage marked ``known_gap`` must
still fail, so that the day a rule reads it the mark has to go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.scoring import KEY_FIELDS

GRIDS = Path(__file__).resolve().parent / "constructions"
PASSAGE_FIELDS = {"id", "frame", "text", "published", "types", "expect", "known_gap"}


def _passages() -> list[dict]:
    passages = []
    for path in sorted(GRIDS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                passage = json.loads(line)
                passage["_where"] = f"{path.name}:{number}"
                passages.append(passage)
    return passages


PASSAGES = _passages()


def _key(fact: dict) -> tuple:
    return (fact["type"], *(fact.get(name) for name in KEY_FIELDS[fact["type"]]))


def _unmatched(expected: list[dict], found: list[dict]) -> tuple[list[dict], list[dict]]:
    """Expected facts no found fact matches, and found facts left over: matched on the FACTS.md
    key as the scorer does (a removal's count counts only when the expected fact gives one)."""
    left = list(found)
    missed = []
    for fact in expected:
        match = next((f for f in left if _key(f) == _key(fact) and
                      (fact["type"] != "removal" or fact.get("count") is None or
                       f.get("count") == fact["count"])), None)
        if match is None:
            missed.append(fact)
        else:
            left.remove(match)
    return missed, left


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # the rules' own readings: the stage check is measured on articles (test_stage_check.py)
    return Extractor(checks=False)


def test_grids_are_well_formed() -> None:
    assert len(PASSAGES) >= 100, "the grids are there and read"
    ids = [p["id"] for p in PASSAGES]
    assert len(ids) == len(set(ids)), "passage ids are unique"
    for passage in PASSAGES:
        assert set(passage) - {"_where"} <= PASSAGE_FIELDS, passage["_where"]
        assert {"id", "frame", "text", "published", "types", "expect"} <= set(passage), \
            passage["_where"]
        for fact in passage["expect"]:
            assert fact["type"] in passage["types"], passage["_where"]
            assert set(KEY_FIELDS[fact["type"]]) <= set(fact), passage["_where"]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_passage_yields_its_facts(extractor: Extractor, passage: dict,
                                  request: pytest.FixtureRequest) -> None:
    if "known_gap" in passage:
        request.applymarker(pytest.mark.xfail(reason=passage["known_gap"], strict=True))
    found = [f.to_dict() for f in extractor.extract(passage["text"], passage["published"])
             if f.type in passage["types"]]
    missed, extra = _unmatched(passage["expect"], found)
    assert not missed and not extra, (
        f"{passage['_where']} ({passage['frame']}): {passage['text']}\n"
        f"missed {[_key(f) for f in missed]}, not expected {[_key(f) for f in extra]}")
