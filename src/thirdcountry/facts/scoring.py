"""Score extracted facts against a gold folder: precision, recall, F1 and attribute accuracy.

A gold folder holds, for each document ``<id>``: ``<id>.txt`` (the text as ingested),
``<id>.facts.jsonl`` (the gold facts, FACTS.md lines) and optionally ``<id>.meta.json`` (its
``published`` date anchors relative dates for the extractor). Predictions come either from an
extractor run on each text or from saved ``<id>.facts.jsonl`` files in another folder.

Matching follows FACTS.md "Scoring": a prediction matches a gold fact of the same document and
type on its key (see ``keys_match``), and each gold fact matches at most one prediction. Among
all one-to-one pairings we take the one that, in this order of priority, has the most matches,
the most matches of removals keyed on a gold count (so a count-null gold fact never takes the
only prediction that a counted one needs), the most agreeing attributes, and then the largest
evidence overlap (which only decides which of two equally good pairs the error list shows).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from thirdcountry.facts.jsonl import read_facts
from thirdcountry.facts.schema import FACT_TYPES, Fact
from thirdcountry.facts.score_report import (
    ATTRIBUTE_TYPES,
    KEY_FIELDS,
    Accuracy,
    AttributeMismatch,
    Discrepancy,
    DocumentScore,
    MatchedPair,
    ScoreReport,
    Tally,
    describe_key,
)

__all__ = [
    "ATTRIBUTE_TYPES",
    "KEY_FIELDS",
    "Accuracy",
    "AttributeMismatch",
    "Discrepancy",
    "DocumentScore",
    "FactExtractor",
    "MatchedPair",
    "ScoreReport",
    "ScoringError",
    "Tally",
    "compare_attributes",
    "describe_key",
    "gold_document_ids",
    "keys_match",
    "score_document",
    "score_folder",
]

FACTS_SUFFIX = ".facts.jsonl"


class ScoringError(ValueError):
    """A gold or prediction folder cannot be scored; ``str()`` names the file and the reason."""


class FactExtractor(Protocol):
    """What the scorer needs from an extractor (``thirdcountry.extraction.Extractor`` fits)."""

    def extract_many(
        self, items: Iterable[tuple[str, str | None]]
    ) -> Iterator[list[Fact]]: ...  # pragma: no cover - protocol


def keys_match(gold: Fact, predicted: Fact) -> bool:
    """Whether a prediction may match a gold fact (same type and same FACTS.md key).

    A removal's count is part of the key only when the gold fact has one.
    """
    if gold.type != predicted.type:
        return False
    g, p = gold.to_dict(), predicted.to_dict()
    if any(g[name] != p[name] for name in KEY_FIELDS[gold.type]):
        return False
    return gold.type != "removal" or g["count"] is None or g["count"] == p["count"]


def compare_attributes(gold: Fact, predicted: Fact) -> MatchedPair:
    """Compare a matched pair on every attribute scored for its type.

    ``count_qualifier`` is scored only when the gold removal has a count; ``nationalities``
    compare as sets; a null date equals only a null date.
    """
    g, p = gold.to_dict(), predicted.to_dict()
    scored: list[str] = []
    mismatches: list[AttributeMismatch] = []
    for attribute, types in ATTRIBUTE_TYPES.items():
        if gold.type not in types:
            continue
        if attribute == "count_qualifier" and g["count"] is None:
            continue
        scored.append(attribute)
        gold_value, predicted_value = g.get(attribute), p.get(attribute)
        if attribute == "nationalities":
            same = set(gold_value or ()) == set(predicted_value or ())
        else:
            same = gold_value == predicted_value
        if not same:
            mismatches.append(AttributeMismatch(attribute, gold_value, predicted_value))
    return MatchedPair(gold, predicted, tuple(scored), tuple(mismatches))


def _evidence_overlap(gold: Fact, predicted: Fact) -> float:
    a, b = gold.evidence, predicted.evidence
    shared = min(a.end, b.end) - max(a.start, b.start)
    covered = max(a.end, b.end) - min(a.start, b.start)
    return shared / covered if shared > 0 and covered > 0 else 0.0


def _match_group(gold: Sequence[Fact], predicted: Sequence[Fact]) -> list[tuple[int, int]]:
    """Return the best one-to-one pairing of same-type facts of one document as index pairs.

    The priorities of the module docstring become one weight per pair: each level's unit
    exceeds the largest total the lower levels can reach, so a maximum-weight assignment is
    the lexicographic optimum.
    """
    if not gold or not predicted:
        return []
    most_pairs = min(len(gold), len(predicted))
    # Highest level first: matched, count-keyed removal, agreeing attributes, evidence overlap.
    level_maxima = (1.0, 1.0, float(len(ATTRIBUTE_TYPES)), 1.0)
    units: list[float] = []
    reachable = 0.0
    for maximum in reversed(level_maxima):
        unit = reachable + 1.0
        units.append(unit)
        reachable += most_pairs * maximum * unit
    units.reverse()

    weights = [[0.0] * len(predicted) for _ in gold]
    for i, g in enumerate(gold):
        count_keyed = g.type == "removal" and g.to_dict()["count"] is not None
        for j, p in enumerate(predicted):
            if not keys_match(g, p):
                continue
            pair = compare_attributes(g, p)
            levels = (
                1.0,
                1.0 if count_keyed else 0.0,
                float(len(pair.scored) - len(pair.mismatches)),
                _evidence_overlap(g, p),
            )
            weights[i][j] = sum(u * v for u, v in zip(units, levels, strict=True))
    # scipy is imported here: commands that never score need not load it at start-up
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weights[i][j] > 0]


def score_document(
    doc_id: str,
    gold: Sequence[Fact],
    predicted: Sequence[Fact],
    fact_types: Sequence[str] = FACT_TYPES,
) -> DocumentScore:
    """Match one document's predictions to its gold facts.

    Args:
        doc_id: the document id, carried into the result.
        gold: the gold facts of the document.
        predicted: the predicted facts of the document.
        fact_types: only facts of these types are scored; others are ignored on both sides.

    Returns:
        The pairs, misses and false positives of the document, in input order.
    """
    matched: list[MatchedPair] = []
    missed: list[Fact] = []
    false_positives: list[Fact] = []
    for fact_type in fact_types:
        g = [f for f in gold if f.type == fact_type]
        p = [f for f in predicted if f.type == fact_type]
        pairs = sorted(_match_group(g, p))
        matched.extend(compare_attributes(g[i], p[j]) for i, j in pairs)
        used_gold = {i for i, _ in pairs}
        used_pred = {j for _, j in pairs}
        missed.extend(f for i, f in enumerate(g) if i not in used_gold)
        false_positives.extend(f for j, f in enumerate(p) if j not in used_pred)
    return DocumentScore(doc_id, tuple(matched), tuple(missed), tuple(false_positives))


def _read_fact_file(path: Path) -> list[Fact]:
    try:
        return list(read_facts(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoringError(f"{path}: cannot read: {exc}") from exc
    except ValueError as exc:  # read_facts already names the file and line
        raise ScoringError(str(exc)) from exc


def _read_published(meta_path: Path) -> str | None:
    if not meta_path.exists():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScoringError(f"{meta_path}: not a readable JSON object: {exc}") from exc
    published = meta.get("published") if isinstance(meta, dict) else None
    return published if isinstance(published, str) and published else None


def gold_document_ids(gold_dir: Path) -> list[str]:
    """Return the ids of the documents of a gold folder (each ``<id>.txt``), sorted.

    Raises:
        ScoringError: the folder does not exist, has no ``.txt`` files, or a text has no
            ``<id>.facts.jsonl`` (a document without facts needs an empty file).
    """
    if not gold_dir.is_dir():
        raise ScoringError(f"{gold_dir}: not a folder")
    ids = sorted(p.name[: -len(".txt")] for p in gold_dir.glob("*.txt") if p.is_file())
    if not ids:
        raise ScoringError(f"{gold_dir}: no <id>.txt documents to score")
    without_gold = [i for i in ids if not (gold_dir / f"{i}{FACTS_SUFFIX}").is_file()]
    if without_gold:
        raise ScoringError(
            f"{gold_dir}: no gold {FACTS_SUFFIX} for {', '.join(without_gold)} "
            "(a document without facts needs an empty file)"
        )
    return ids


def score_folder(
    gold_dir: Path,
    *,
    extractor: FactExtractor | None = None,
    pred_dir: Path | None = None,
    fact_types: Sequence[str] = FACT_TYPES,
    on_document: Callable[[str], None] | None = None,
) -> ScoreReport:
    """Score an extractor, or saved predictions, against a gold folder.

    Args:
        gold_dir: folder of ``<id>.txt`` + ``<id>.facts.jsonl`` (+ ``<id>.meta.json``).
        extractor: run on each text with its ``published`` date; defaults to a new
            ``thirdcountry.extraction.Extractor`` when ``pred_dir`` is not given.
        pred_dir: folder of saved ``<id>.facts.jsonl`` predictions, used instead of an
            extractor. A missing file counts as no predictions and adds a warning.
        fact_types: the fact types to score.
        on_document: called with each document id once it is scored (progress display).

    Returns:
        The typed report.

    Raises:
        ScoringError: a folder or file cannot be read, or a line is not a fact.
        ValueError: both ``extractor`` and ``pred_dir`` are given, or an unknown fact type.
    """
    unknown = [t for t in fact_types if t not in FACT_TYPES]
    if unknown:
        raise ValueError(f"unknown fact type(s) {unknown}; expected some of {FACT_TYPES}")
    if extractor is not None and pred_dir is not None:
        raise ValueError("give either an extractor or a prediction folder, not both")
    ids = gold_document_ids(gold_dir)
    warnings: list[str] = []
    if pred_dir is not None:
        if not pred_dir.is_dir():
            raise ScoringError(f"{pred_dir}: not a folder")
        source = f"saved predictions in {pred_dir}"
        predictions = _read_saved_predictions(pred_dir, ids, warnings)
    else:
        if extractor is None:
            from thirdcountry.extraction import EXTRACTOR_VERSION, Extractor

            extractor, source = Extractor(), f"extractor {EXTRACTOR_VERSION}"
        else:
            source = f"extractor {type(extractor).__name__}"
        predictions = _run_extractor(extractor, gold_dir, ids)
    documents = []
    for doc_id, predicted in zip(ids, predictions, strict=True):
        gold = _read_fact_file(gold_dir / f"{doc_id}{FACTS_SUFFIX}")
        documents.append(score_document(doc_id, gold, predicted, fact_types))
        if on_document is not None:
            on_document(doc_id)
    return ScoreReport(gold_dir, source, tuple(fact_types), tuple(documents), tuple(warnings))


def _read_saved_predictions(
    pred_dir: Path, ids: Sequence[str], warnings: list[str]
) -> Iterator[list[Fact]]:
    for doc_id in ids:
        path = pred_dir / f"{doc_id}{FACTS_SUFFIX}"
        if path.is_file():
            yield _read_fact_file(path)
        else:
            warnings.append(f"{path}: missing, scored as no predictions")
            yield []


def _run_extractor(
    extractor: FactExtractor, gold_dir: Path, ids: Sequence[str]
) -> Iterator[list[Fact]]:
    def texts() -> Iterator[tuple[str, str | None]]:
        for doc_id in ids:
            path = gold_dir / f"{doc_id}.txt"
            try:
                # Bytes decoded as-is: gold offsets index the text without newline translation.
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ScoringError(f"{path}: cannot read as UTF-8: {exc}") from exc
            yield text, _read_published(gold_dir / f"{doc_id}.meta.json")

    yield from extractor.extract_many(texts())
