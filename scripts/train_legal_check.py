"""Train the legal outcome check (``thirdcountry.extraction.legal_check``) on gold folders.

    .venv/bin/python scripts/train_legal_check.py GOLD_DIR... [--out FILE] [--c 0.3]
        [--threshold 0.3] [--min-states 5]

Every document of every folder is read by the rules alone (``Extractor(checks=False)``); each
state the check would consider gives one example per outcome, labelled by whether the gold
gives a legal action of that outcome for the state. One logistic model per outcome is fitted
as for the stage check (``train_stage_check.fit_labels``: L2 penalty, unpenalised bias,
L-BFGS), features seen with fewer than ``--min-states`` states are left out, and the weights are
written to the check's data file (default: the one the package reads), sorted and rounded, so
the same folders give the same file. Never train on a folder you will measure on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_stage_check import (  # noqa: E402
    GoldDocuments,
    fingerprint,
    fit_labels,
    training_arguments,
    write_weights,
)

from thirdcountry.extraction.check_model import FEWEST_SENTENCES  # noqa: E402
from thirdcountry.extraction.legal_check import MODEL_FILE, LegalReading  # noqa: E402
from thirdcountry.facts.schema import OUTCOMES  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "thirdcountry" / "extraction" / \
    "data" / "models" / MODEL_FILE


def examples(folders: list[Path]) -> tuple[list[set[str]], list[set[str]], list[set[str]], int]:
    """Per candidate state: its features, the outcomes the rules gave, the outcomes the gold
    gives; and the number of documents read."""
    features, rule_outcomes, gold_outcomes = [], [], []
    documents = GoldDocuments(folders, "states")
    for ctx, facts, gold_facts in documents:
        if len(ctx.views) < FEWEST_SENTENCES:
            continue  # left to the rules (``check_legal_actions``)
        gold: dict[str, set[str]] = {}
        for g in gold_facts:
            if g.type == "legal_action":
                gold.setdefault(g.jurisdiction, set()).add(g.outcome)
        reading = LegalReading(ctx, facts)
        for state in reading.states if reading.sentences else ():
            features.append(reading.features(state))
            rule_outcomes.append(reading.rule_labels(state))
            gold_outcomes.append(gold.get(state, set()))
        documents.examples = len(features)
    return features, rule_outcomes, gold_outcomes, documents.read


def main() -> int:
    args = training_arguments(__doc__.split("\n\n")[0], DEFAULT_OUT, 0.3, "an outcome",
                              "states")
    features, rule_outcomes, gold_outcomes, documents = examples(args.folders)
    outcomes = fit_labels(features, rule_outcomes, gold_outcomes, OUTCOMES, c=args.c,
                          min_count=args.min_count, this_label=False, noun="states")
    write_weights(args.out, {
        "_about": "Weights of the legal outcome check (thirdcountry.extraction.legal_check), "
                  "written by scripts/train_legal_check.py; do not edit by hand.",
        "trained_on": {"folders": [f.name for f in args.folders], "documents": documents,
                       "states": len(features),
                       "examples_sha256": fingerprint(features, rule_outcomes, gold_outcomes),
                       "min_states": args.min_count},
        "c": args.c,
        "threshold": args.threshold,
        "outcomes": outcomes,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
