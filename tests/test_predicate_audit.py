"""scripts/predicate_audit.py: every yes/no rule forced each way, its facts won and lost tallied.

A made-up folder keeps the figures put whatever the rules learn: a plain removal ("deported 12
people to Rwanda") that the negation reading must let through, so forcing that reading to say
"negated" everywhere loses exactly that fact.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import thirdcountry.extraction.stage as stage_module

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "predicate_audit.py"
FLIGHT = "The United States deported 12 people to Rwanda on Friday."
TEXT = "Deportations to third countries have grown this year. " + FLIGHT


def _folder(tmp_path: Path) -> Path:
    start = TEXT.index(FLIGHT)
    fact = {"type": "removal", "deporting_country": "USA", "receiving_country": "RWA",
            "date": "2026-02-27", "count": 12, "count_qualifier": "exact", "nationalities": [],
            "facility": None, "legal_basis": None, "certainty": "confirmed",
            "attributed_to": None,
            "evidence": {"quote": FLIGHT, "start": start, "end": start + len(FLIGHT)}}
    (tmp_path / "flight.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "flight.meta.json").write_text(json.dumps({"published": "2026-03-01"}))
    (tmp_path / "flight.facts.jsonl").write_text(json.dumps(fact) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory, load_dev_script):
    """The audit of the stage module's predicates on the folder, with the module's names as
    they were before it ran."""
    folder = _folder(tmp_path_factory.mktemp("audit"))
    before = dict(vars(stage_module))
    audit_module = load_dev_script("predicate_audit")
    audit = audit_module.Audit(audit_module.read_items([folder]))
    findings = {(f.predicate, f.forced): f for f in audit.run({"stage"})}
    return audit_module, audit, findings, folder.name, before


def test_forcing_a_gate_tallies_the_facts_it_changes(audited) -> None:
    audit_module, audit, findings, folder, _ = audited
    assert audit.totals() == {folder: audit_module.Counts(1, 0, 0)}
    negated = findings[("stage.is_negated", True)]
    assert negated.documents == 1
    assert negated.change == {folder: audit_module.Counts(-1, 0, 1)}
    # it answered False only: forcing False changes nothing and is not run
    assert ("stage.is_negated", False) not in findings


def test_the_rules_are_left_as_they_were(audited) -> None:
    assert dict(vars(stage_module)) == audited[-1]


def test_the_command_prints_counts_not_text(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(_folder(tmp_path)), "--only=stage"],
                          capture_output=True, text=True, check=True)
    assert f"stage.is_negated\tTrue\t1\t{tmp_path.name}:-1/+0/+1 -1000.00" in \
        done.stdout.splitlines()
    assert "Rwanda" not in done.stdout
