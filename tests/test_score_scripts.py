"""The rule writers' scoring loop: scripts/score_sets.py, error_diff.py and gold_folder.py.

Gold here is written for the test: one removal the extractor finds, and one a text does not
state (a miss whatever the rules learn), so that the figures are known in advance.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
FOUND = "The United States deported 12 Venezuelans to El Salvador on Friday."
WEATHER = "The weather in Kigali was mild on Friday."


def _removal(text: str, quote: str, receiver: str) -> dict:
    start = text.index(quote)
    return {"type": "removal", "deporting_country": "USA", "receiving_country": receiver,
            "date": "2026-02-27", "count": 12, "count_qualifier": "exact",
            "nationalities": ["VEN"], "facility": None, "legal_basis": None,
            "certainty": "confirmed", "attributed_to": None,
            "evidence": {"quote": quote, "start": start, "end": start + len(quote)}}


def _item(folder: Path, doc_id: str, text: str, facts: list[dict]) -> None:
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc_id}.meta.json").write_text(json.dumps({"published": "2026-03-01"}))
    (folder / f"{doc_id}.facts.jsonl").write_text(
        "".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")


def _gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    _item(folder, "xa01-found", FOUND, [_removal(FOUND, FOUND, "SLV")])
    _item(folder, "xb01-unstated", WEATHER, [_removal(WEATHER, WEATHER, "RWA")])
    return folder


def _run(script: str, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPTS / script), *map(str, args)],
                          capture_output=True, text=True, check=False, cwd=ROOT)


def test_score_sets_scores_a_folder_and_a_prefix_of_it(tmp_path):
    gold = _gold(tmp_path)
    run = _run("score_sets.py", gold, f"{gold}:xa", "--rules-only", "-j", "2")
    assert run.returncode == 0, run.stderr
    whole, prefix, total = run.stdout.splitlines()
    assert "2 docs" in whole and "(tp 1, fp 0, fn 1)" in whole
    assert "1 docs" in prefix and "F1 1.000" in prefix
    assert total.startswith("all") and "(tp 2, fp 0, fn 1)" in total


def test_errors_and_dump_then_error_diff_names_what_changed(tmp_path):
    gold = _gold(tmp_path)
    errors, dump = tmp_path / "before.errors", tmp_path / "pred"
    run = _run("score_sets.py", gold, "--errors", errors, "--dump", dump)
    assert run.returncode == 0, run.stderr
    written = [json.loads(line) for line in errors.read_text().splitlines()]
    [miss] = [error for error in written if error["error"] == "missed"]
    assert (miss["document"], miss["error"]) == ("xb01-unstated", "missed")
    predicted = (dump / gold.name / "xa01-found.facts.jsonl").read_text().splitlines()
    assert json.loads(predicted[0])["receiving_country"] == "SLV"

    after = tmp_path / "after.errors"
    after.write_text("")
    diff = _run("error_diff.py", errors, after)
    assert diff.returncode == 0, diff.stderr
    assert "== fixed: 1" in diff.stdout and "xb01-unstated" in diff.stdout
    assert "== introduced: 0" in diff.stdout


def test_errors_are_refused_on_the_sealed_set(tmp_path):
    run = _run("score_sets.py", "sealed:zz", "--errors", tmp_path / "sealed.errors")
    assert run.returncode != 0
    assert "never read" in run.stderr
    assert not (tmp_path / "sealed.errors").exists()


def test_gold_folder_fills_offsets_then_checks_clean(tmp_path):
    gold = _gold(tmp_path)
    facts_path = gold / "xa01-found.facts.jsonl"
    fact = json.loads(facts_path.read_text())
    fact["evidence"].update(start=0, end=3)
    facts_path.write_text(json.dumps(fact) + "\n")

    broken = _run("gold_folder.py", "check", gold)
    assert broken.returncode == 1
    assert "xa01-found.facts.jsonl:1: quote is not text[start:end]" in broken.stdout

    fixed = _run("gold_folder.py", "fix-offsets", gold)
    assert fixed.returncode == 0, fixed.stdout
    assert _run("gold_folder.py", "check", gold).stdout.strip() == "0 problems"


def test_gold_folder_check_names_a_bad_date_and_a_schema_error(tmp_path):
    gold = _gold(tmp_path)
    (gold / "xa01-found.meta.json").write_text(json.dumps({"published": "March 2026"}))
    fact = json.loads((gold / "xb01-unstated.facts.jsonl").read_text())
    fact["count_qualifier"] = "roughly"
    (gold / "xb01-unstated.facts.jsonl").write_text(json.dumps(fact) + "\n")
    run = _run("gold_folder.py", "check", gold)
    assert run.returncode == 1
    assert "xa01-found: meta.json has no 'published' as YYYY-MM-DD" in run.stdout
    assert "xb01-unstated.facts.jsonl:1: 'roughly' is not one of" in run.stdout


def test_dump_never_writes_over_gold(tmp_path):
    gold = _gold(tmp_path)
    before = (gold / "xa01-found.facts.jsonl").read_text()
    run = _run("score_sets.py", gold, "--dump", tmp_path)
    assert run.returncode != 0
    assert "over a gold folder" in run.stderr
    assert (gold / "xa01-found.facts.jsonl").read_text() == before
