"""scripts/removal_gate_trace.py: the rule writers' trace of why a gold removal was not proposed.

The gold here is made up on purpose (a removal the text does not state, a removal of another
pair than the text's) so that the misses, and the blocker the trace names, stay put whatever
the rules learn.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import thirdcountry.extraction.removals as removals_module

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "removal_gate_trace.py"
LEAD = "Deportations to third countries have grown this year. "


def _gold_item(folder: Path, doc_id: str, text: str, quote: str, pair: tuple[str, str]) -> None:
    start = text.index(quote)
    fact = {"type": "removal", "deporting_country": pair[0], "receiving_country": pair[1],
            "date": None, "count": 12, "count_qualifier": "exact", "nationalities": [],
            "facility": None, "legal_basis": None, "certainty": "confirmed",
            "attributed_to": None,
            "evidence": {"quote": quote, "start": start, "end": start + len(quote)}}
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc_id}.meta.json").write_text(json.dumps({"published": "2026-03-01"}))
    (folder / f"{doc_id}.facts.jsonl").write_text(json.dumps(fact) + "\n", encoding="utf-8")


def _folder(tmp_path: Path) -> Path:
    weather = "The weather in Kigali was mild on Friday."
    _gold_item(tmp_path, "a-no-verb", LEAD + weather, weather, ("USA", "RWA"))
    flight = "The United States deported 12 people to Rwanda on Friday."
    _gold_item(tmp_path, "b-other-pair", LEAD + flight, flight, ("USA", "BDI"))
    # nothing in it is about deportation, so the extractor reads it as off topic
    market = "Coffee prices in Kigali rose on Friday."
    _gold_item(tmp_path, "c-off-topic", market, market, ("USA", "RWA"))
    return tmp_path


def test_each_miss_is_traced_to_its_blocker(tmp_path: Path, load_dev_script) -> None:
    trace = load_dev_script("removal_gate_trace")
    missed = {m.doc_id: m for m in trace.trace_folder(_folder(tmp_path))}
    assert set(missed) == {"a-no-verb", "b-other-pair", "c-off-topic"}
    assert missed["a-no-verb"].blocker() == "no-move-cue"
    # a document after one the rules read is not traced in that one's sentences
    assert missed["c-off-topic"].blocker() == "document-not-read"
    assert missed["c-off-topic"].sentences == []
    other = missed["b-other-pair"]
    assert other.blocker() == "made-other-pair"
    [sentence] = other.sentences
    assert sentence.made == ["USA->RWA 12"]
    assert ("movement_cues", "['deported']") in sentence.calls
    assert ("destinations_of", "['RWA']") in sentence.calls


def test_the_rules_are_left_as_they_were(tmp_path: Path, load_dev_script) -> None:
    before = dict(vars(removals_module))
    load_dev_script("removal_gate_trace").trace_folder(_folder(tmp_path))
    assert {name: value for name, value in vars(removals_module).items()} == before


def test_the_command_prints_the_tally(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(_folder(tmp_path))],
                          capture_output=True, text=True, check=True)
    assert "== b-other-pair USA->BDI count=12" in done.stdout
    assert done.stdout.rstrip().splitlines()[-3:] == ["    1  document-not-read",
                                                      "    1  made-other-pair",
                                                      "    1  no-move-cue"]
