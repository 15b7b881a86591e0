"""The typed result of scoring: tallies, attribute accuracies, per-document matchings.

``thirdcountry.facts.scoring`` builds a ``ScoreReport``; every figure in it (P/R/F1 per type
and overall, attribute accuracy per type and overall) derives from the per-document matchings
it keeps, so the error list and the totals can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from thirdcountry.facts.schema import FACT_TYPES, Fact

# The fields a prediction must share with a gold fact to match it (FACTS.md "Scoring"); a
# removal also needs the gold count when there is one (see ``keys_match``).
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "arrangement": ("deporting_country", "receiving_country", "stage"),
    "removal": ("deporting_country", "receiving_country"),
    "legal_action": ("jurisdiction", "outcome"),
    "rights_concern": ("country",),
}

# Attributes scored over matched pairs, in report order, with the fact types each applies to.
ATTRIBUTE_TYPES: dict[str, tuple[str, ...]] = {
    "kind": ("arrangement",),
    "certainty": FACT_TYPES,
    "date": ("arrangement", "removal", "legal_action"),
    "count_qualifier": ("removal",),
    "nationalities": ("removal",),
}


def describe_key(fact: Fact) -> str:
    """Return the matching key of a fact as a short label.

    E.g. ``USA→SWZ agreed``, ``USA→SLV count 238``, ``USA→SSD count ?`` (no count),
    ``GBR blocked``, ``RWA``.
    """
    data = fact.to_dict()
    fields = [data[name] for name in KEY_FIELDS[fact.type]]
    if fact.type in ("arrangement", "removal"):
        fields[:2] = [f"{fields[0]}→{fields[1]}"]
    if fact.type == "removal":
        fields.append("count ?" if data["count"] is None else f"count {data['count']}")
    return " ".join(str(f) for f in fields)


@dataclass(frozen=True, slots=True)
class Tally:
    """Matched (true positives), false positives and misses, with micro-averaged P/R/F1.

    A ratio with a zero denominator is ``None`` (nothing to measure), not 0 or 1.
    """

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def gold(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def predicted(self) -> int:
        return self.true_positives + self.false_positives

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        # 2TP / (2TP + FP + FN) equals the harmonic mean and stays defined when P or R is not.
        denominator = 2 * self.true_positives + self.false_positives + self.false_negatives
        return 2 * self.true_positives / denominator if denominator else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )

    def to_dict(self) -> dict[str, Any]:
        names = (
            "gold",
            "predicted",
            "true_positives",
            "false_positives",
            "false_negatives",
            "precision",
            "recall",
            "f1",
        )
        return {name: getattr(self, name) for name in names}


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many matched pairs agree on one attribute, out of the pairs it was scored on."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class AttributeMismatch:
    """One scored attribute on which a matched prediction disagrees with its gold fact."""

    attribute: str
    gold: Any
    predicted: Any


@dataclass(frozen=True, slots=True)
class MatchedPair:
    """A gold fact, the prediction matched to it, and how they compare on scored attributes."""

    gold: Fact
    predicted: Fact
    scored: tuple[str, ...]
    mismatches: tuple[AttributeMismatch, ...]


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One thing to look at: a miss, a false positive, or a matched pair that disagrees.

    ``fact`` is the gold fact for a miss or a mismatch and the prediction for a false
    positive; ``pair`` is set only for a mismatch.
    """

    doc_id: str
    kind: Literal["missed", "false_positive", "mismatch"]
    fact: Fact
    pair: MatchedPair | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document": self.doc_id,
            "error": self.kind,
            "type": self.fact.type,
            "key": describe_key(self.fact),
            "quote": self.fact.evidence.quote,
        }
        if self.pair is not None:
            out["predicted_quote"] = self.pair.predicted.evidence.quote
            out["mismatches"] = [
                {"attribute": m.attribute, "gold": m.gold, "predicted": m.predicted}
                for m in self.pair.mismatches
            ]
        return out


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The matching of one document: pairs, misses (gold unmatched) and false positives."""

    doc_id: str
    matched: tuple[MatchedPair, ...]
    missed: tuple[Fact, ...]
    false_positives: tuple[Fact, ...]

    def tally(self, fact_type: str) -> Tally:
        return Tally(
            sum(1 for p in self.matched if p.gold.type == fact_type),
            sum(1 for f in self.false_positives if f.type == fact_type),
            sum(1 for f in self.missed if f.type == fact_type),
        )

    def discrepancies(self) -> list[Discrepancy]:
        """Misses, then false positives, then mismatched pairs of this document."""
        return [
            *(Discrepancy(self.doc_id, "missed", f) for f in self.missed),
            *(Discrepancy(self.doc_id, "false_positive", f) for f in self.false_positives),
            *(
                Discrepancy(self.doc_id, "mismatch", p.gold, p)
                for p in self.matched
                if p.mismatches
            ),
        ]


@dataclass(frozen=True, slots=True)
class ScoreReport:
    """Scores of a whole folder; every figure derives from ``documents``.

    Attributes:
        gold_dir: the gold folder scored against.
        predictions: where predictions came from, e.g. ``"extractor 0.1.0"``.
        fact_types: the fact types scored (others were ignored on both sides).
        documents: one ``DocumentScore`` per gold document, sorted by id.
        warnings: problems that did not stop scoring (e.g. a missing prediction file).
    """

    gold_dir: Path
    predictions: str
    fact_types: tuple[str, ...]
    documents: tuple[DocumentScore, ...]
    warnings: tuple[str, ...] = ()

    def by_type(self) -> dict[str, Tally]:
        """Tally per scored fact type, in FACTS.md order."""
        return {t: sum((d.tally(t) for d in self.documents), Tally()) for t in self.fact_types}

    def overall(self) -> Tally:
        """Micro-averaged tally over every scored fact."""
        return sum(self.by_type().values(), Tally())

    def attribute_accuracy(self) -> dict[str, dict[str, Accuracy]]:
        """Per attribute, accuracy per fact type it applies to (only types being scored)."""
        out: dict[str, dict[str, Accuracy]] = {}
        for attribute, types in ATTRIBUTE_TYPES.items():
            per_type = {t: Accuracy() for t in types if t in self.fact_types}
            if not per_type:
                continue
            for doc in self.documents:
                for pair in doc.matched:
                    if attribute in pair.scored:
                        wrong = any(m.attribute == attribute for m in pair.mismatches)
                        per_type[pair.gold.type] += Accuracy(0 if wrong else 1, 1)
            out[attribute] = per_type
        return out

    def attribute_totals(self) -> dict[str, Accuracy]:
        """Per attribute, accuracy over all matched pairs it was scored on."""
        return {
            attribute: sum(per_type.values(), Accuracy())
            for attribute, per_type in self.attribute_accuracy().items()
        }

    def discrepancies(self) -> list[Discrepancy]:
        """Every miss, false positive and attribute mismatch, document by document."""
        return [d for doc in self.documents for d in doc.discrepancies()]

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """Return the report as JSON-ready data; ``errors`` adds every discrepancy."""
        totals = self.attribute_totals()
        out: dict[str, Any] = {
            "gold_dir": str(self.gold_dir),
            "predictions": self.predictions,
            "documents": len(self.documents),
            "fact_types": list(self.fact_types),
            "overall": self.overall().to_dict(),
            "by_type": {t: tally.to_dict() for t, tally in self.by_type().items()},
            "attributes": {
                attribute: {
                    **totals[attribute].to_dict(),
                    "by_type": {t: acc.to_dict() for t, acc in per_type.items()},
                }
                for attribute, per_type in self.attribute_accuracy().items()
            },
            "warnings": list(self.warnings),
        }
        if errors:
            out["errors"] = [d.to_dict() for d in self.discrepancies()]
        return out
