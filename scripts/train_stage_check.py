"""Train the arrangement stage check (``thirdcountry.extraction.stage_check``) on gold folders.

    .venv/bin/python scripts/train_stage_check.py GOLD_DIR... [--out FILE] [--c 0.3]
        [--threshold 0.4] [--min-pairs 5]

Every document of every folder is read by the rules alone (``Extractor(checks=False)``);
each pair of states the check would consider gives one example per stage, labelled by whether
the gold states that stage for the pair. One logistic model per stage is fitted (L2 penalty,
unpenalised bias, L-BFGS), features seen with fewer than ``--min-pairs`` pairs are left
out, and the weights are written to the check's data file (default: the one the package reads),
sorted and rounded, so the same folders give the same file. Train on every folder with gold
except the ones you will measure on: a folder the check was trained on flatters its score.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from thirdcountry.extraction import Extractor
from thirdcountry.extraction.check_model import THIS_LABEL
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.dates import parse_published
from thirdcountry.extraction.extractor import _release
from thirdcountry.extraction.stage_check import MODEL_FILE, DocumentReading
from thirdcountry.facts.schema import STAGES, Fact
from thirdcountry.facts.scoring import _read_fact_file, _read_published, gold_document_ids

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "thirdcountry" / "extraction" / \
    "data" / "models" / MODEL_FILE
SMALLEST_WEIGHT = 0.02  # moves a probability near the threshold by half a point: left out


class GoldDocuments:
    """The documents of gold folders, each read by the rules alone (``Extractor(checks=False)``):
    iterating gives (context, the rules' facts, the gold facts) of each one on topic, and
    ``read`` counts every document, on topic or not."""

    def __init__(self, folders: list[Path], noun: str) -> None:
        self.folders, self.noun, self.read = folders, noun, 0
        self.examples = 0  # candidates added so far by the caller (for the progress line)

    def __iter__(self) -> Iterator[tuple[DocumentContext, list[Fact], list[Fact]]]:
        extractor = Extractor(checks=False)
        for folder in self.folders:
            for doc_id in gold_document_ids(folder):
                text = (folder / f"{doc_id}.txt").read_bytes().decode("utf-8")
                published = _read_published(folder / f"{doc_id}.meta.json")
                doc = extractor.nlp(extractor._make_doc(text))
                facts = extractor.facts_of(doc, published)
                ctx = DocumentContext(doc, parse_published(published))
                self.read += 1
                if ctx.on_topic:
                    yield ctx, facts, _read_fact_file(folder / f"{doc_id}.facts.jsonl")
                _release(doc)
            print(f"{folder}: {self.read} documents, {self.examples} {self.noun} so far",
                  file=sys.stderr)


def examples(folders: list[Path]) -> tuple[list[set[str]], list[set[str]], list[set[str]], int]:
    """Per candidate pair: its features, the stages the rules gave, the stages the gold gives;
    and the number of documents read."""
    features, rule_stages, gold_stages = [], [], []
    documents = GoldDocuments(folders, "pairs")
    for ctx, facts, gold_facts in documents:
        gold: dict[tuple[str, str], set[str]] = {}
        for g in gold_facts:
            if g.type == "arrangement":
                gold.setdefault((g.deporting_country, g.receiving_country), set()).add(g.stage)
        reading = DocumentReading(ctx, facts)
        for pair in reading.pairs:
            features.append(reading.features(pair))
            rule_stages.append(reading.rule_labels(pair))
            gold_stages.append(gold.get(pair, set()))
        documents.examples = len(features)
    return features, rule_stages, gold_stages, documents.read


def fingerprint(features: list[set[str]], rule_stages: list[set[str]],
                gold_stages: list[set[str]]) -> str:
    """A digest of the examples: the rules or the gold changing under the weights shows as a
    different digest (``tests/test_stage_check.py`` recomputes it)."""
    digest = hashlib.sha256()
    for each, given, gold in zip(features, rule_stages, gold_stages, strict=True):
        digest.update(("\t".join(sorted(each)) + "|" + ",".join(sorted(given)) + "|" +
                       ",".join(sorted(gold)) + "\n").encode("utf-8"))
    return digest.hexdigest()


def fit(matrix: csr_matrix, labels: np.ndarray, c: float) -> tuple[float, np.ndarray]:
    """Minimise 0.5·|w|² + c·(log loss), the bias unpenalised; deterministic (L-BFGS)."""
    n_features = matrix.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        bias, w = theta[0], theta[1:]
        z = matrix @ w + bias
        # log(1 + e^z) - y·z, computed without overflow
        value = c * float(np.sum(np.logaddexp(0.0, z) - labels * z)) + 0.5 * float(w @ w)
        residual = c * (1.0 / (1.0 + np.exp(-z)) - labels)
        grad = np.concatenate(([residual.sum()], matrix.T @ residual + w))
        return value, grad

    result = minimize(loss, np.zeros(n_features + 1), jac=True, method="L-BFGS-B",
                      options={"maxiter": 3000, "gtol": 1e-6})
    return float(result.x[0]), result.x[1:]


FEWEST_EXAMPLES = 5  # a label with fewer gold examples is left to the rules


def fit_labels(features: list[set[str]], rule_labels: list[set[str]],
               gold_labels: list[set[str]], labels: tuple[str, ...], *, c: float,
               min_count: int, this_label: bool, noun: str) -> dict[str, dict]:
    """Fit one model per label; each candidate is an example, labelled by the gold. Features
    seen with fewer than ``min_count`` candidates are left out; with ``this_label`` the model
    also weighs whether the rules gave the very label scored (``THIS_LABEL``)."""
    seen: Counter[str] = Counter(f for each in features for f in each)
    vocabulary = sorted(f for f, n in seen.items() if n >= min_count)
    if this_label:
        vocabulary.append(THIS_LABEL)
    column = {f: i for i, f in enumerate(vocabulary)}
    out = {}
    for label in labels:
        gold = np.array([label in g for g in gold_labels], dtype=float)
        if gold.sum() < FEWEST_EXAMPLES:
            print(f"{label}: fewer than {FEWEST_EXAMPLES} examples, left to the rules",
                  file=sys.stderr)
            continue
        rows, cols = [], []
        for i, (each, given) in enumerate(zip(features, rule_labels, strict=True)):
            names = each | {THIS_LABEL} if this_label and label in given else each
            for name in names:
                j = column.get(name)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
        matrix = csr_matrix((np.ones(len(rows)), (rows, cols)),
                            shape=(len(features), len(vocabulary)))
        bias, weights = fit(matrix, gold, c)
        out[label] = {
            "bias": round(bias, 4),
            "weights": {name: round(float(w), 4) for name, w in zip(vocabulary, weights,
                                                                     strict=True)
                        if abs(w) >= SMALLEST_WEIGHT},
        }
        print(f"{label}: {int(gold.sum())} of {len(gold)} {noun}, "
              f"{len(out[label]['weights'])} weights", file=sys.stderr)
    return out


def write_weights(path: Path, weights: dict) -> None:
    """The model's JSON, sorted and rounded: the same examples give the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(weights, indent=0, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


def training_arguments(description: str, out: Path, threshold: float, label: str,
                       noun: str) -> argparse.Namespace:
    """The command line of a training script: the gold folders, where the weights go, the
    penalty, the threshold and the fewest candidates (``noun``) a feature must be seen with."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--c", type=float, default=0.3, help="inverse penalty (higher fits harder)")
    parser.add_argument("--threshold", type=float, default=threshold,
                        help=f"probability at which {label} is kept or added")
    parser.add_argument(f"--min-{noun}", type=int, default=5, dest="min_count", metavar="N",
                        help=f"leave out features seen with fewer {noun}")
    args = parser.parse_args()
    for folder in args.folders:
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
    return args


def main() -> int:
    args = training_arguments(__doc__.split("\n\n")[0], DEFAULT_OUT, 0.4, "a stage", "pairs")
    features, rule_stages, gold_stages, documents = examples(args.folders)
    stages = fit_labels(features, rule_stages, gold_stages, STAGES, c=args.c,
                        min_count=args.min_count, this_label=True, noun="pairs")
    write_weights(args.out, {
        "_about": "Weights of the arrangement stage check (thirdcountry.extraction."
                  "stage_check), written by scripts/train_stage_check.py; do not edit by hand.",
        "trained_on": {"folders": [f.name for f in args.folders], "documents": documents,
                       "pairs": len(features),
                       "examples_sha256": fingerprint(features, rule_stages, gold_stages),
                       "min_pairs": args.min_count},
        "c": args.c,
        "threshold": args.threshold,
        "stages": stages,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
