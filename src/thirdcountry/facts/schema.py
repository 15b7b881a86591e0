"""The four fact types of FACTS.md as typed objects that serialise to its JSON lines.

Each class mirrors one fact type field for field; ``to_dict()`` gives exactly the JSON object
of the contract (``facts.schema.json``), and ``fact_from_dict()`` reads one back. ``rule`` is
not part of the contract: it names the extraction rule or cue that produced the fact and is
written only when asked for (``to_dict(explain=True)``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

Certainty = Literal["confirmed", "reported", "rumored", "speculative"]
Stage = Literal[
    "approached", "negotiating", "close", "agreed", "implemented", "suspended", "declined", "ended"
]
Kind = Literal["third_country_removal", "safe_third_country", "detention", "unspecified"]
Outcome = Literal["blocked", "allowed", "pending"]
CountQualifier = Literal["exact", "more_than", "at_least", "about", "up_to"]

FACT_TYPES = ("arrangement", "removal", "legal_action", "rights_concern")
CERTAINTIES = ("confirmed", "reported", "rumored", "speculative")
STAGES = (
    "approached", "negotiating", "close", "agreed", "implemented", "suspended", "declined", "ended"
)
KINDS = ("third_country_removal", "safe_third_country", "detention", "unspecified")
OUTCOMES = ("blocked", "allowed", "pending")
COUNT_QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence(s) stating a fact; ``text[start:end] == quote`` for the ingested text."""

    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end}


@dataclass(slots=True, kw_only=True)
class Fact:
    """Fields every fact has. Use one of the four subclasses."""

    type: ClassVar[str]
    certainty: Certainty
    attributed_to: str | None
    evidence: Evidence
    rule: str | None = None

    def _body(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """Return the FACTS.md JSON object; with ``explain`` add the producing ``rule``."""
        out: dict[str, Any] = {"type": self.type}
        out.update(self._body())
        out["certainty"] = self.certainty
        out["attributed_to"] = self.attributed_to
        out["evidence"] = self.evidence.to_dict()
        if explain:
            out["rule"] = self.rule
        return out

    def to_json(self, *, explain: bool = False) -> str:
        return json.dumps(self.to_dict(explain=explain), ensure_ascii=False)

    @property
    def countries(self) -> tuple[str, ...]:
        """ISO3 codes this fact is about, deporting state first where there is one."""
        raise NotImplementedError


@dataclass(slots=True, kw_only=True)
class Terms:
    """Optional terms of an arrangement: payment, capacity, nationalities, incentive."""

    payment_amount: float | None = None
    payment_currency: str | None = None
    capacity: int | None = None
    nationalities: list[str] = field(default_factory=list)
    incentive: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.payment_amount is not None and self.payment_currency:
            amount = self.payment_amount
            out["payment"] = {
                "amount": int(amount) if float(amount).is_integer() else amount,
                "currency": self.payment_currency,
            }
        if self.capacity is not None:
            out["capacity"] = self.capacity
        if self.nationalities:
            out["nationalities"] = list(self.nationalities)
        if self.incentive:
            out["incentive"] = self.incentive
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Terms | None:
        if not data:
            return None
        payment = data.get("payment") or {}
        return cls(
            payment_amount=payment.get("amount"),
            payment_currency=payment.get("currency"),
            capacity=data.get("capacity"),
            nationalities=list(data.get("nationalities") or []),
            incentive=data.get("incentive"),
        )


@dataclass(slots=True, kw_only=True)
class Arrangement(Fact):
    """A deporting state and a receiving state, about sending people there."""

    type: ClassVar[str] = "arrangement"
    deporting_country: str
    receiving_country: str
    kind: Kind
    stage: Stage
    date: str | None
    terms: Terms | None = None

    def _body(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "deporting_country": self.deporting_country,
            "receiving_country": self.receiving_country,
            "kind": self.kind,
            "stage": self.stage,
            "date": self.date,
        }
        terms = self.terms.to_dict() if self.terms else {}
        if terms:
            out["terms"] = terms
        return out

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.deporting_country, self.receiving_country)


@dataclass(slots=True, kw_only=True)
class Removal(Fact):
    """People actually sent from one state to a third country."""

    type: ClassVar[str] = "removal"
    deporting_country: str
    receiving_country: str
    date: str | None
    count: int | None
    count_qualifier: CountQualifier | None
    nationalities: list[str] = field(default_factory=list)
    facility: str | None = None
    legal_basis: str | None = None

    def _body(self) -> dict[str, Any]:
        return {
            "deporting_country": self.deporting_country,
            "receiving_country": self.receiving_country,
            "date": self.date,
            "count": self.count,
            "count_qualifier": self.count_qualifier,
            "nationalities": list(self.nationalities),
            "facility": self.facility,
            "legal_basis": self.legal_basis,
        }

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.deporting_country, self.receiving_country)


@dataclass(slots=True, kw_only=True)
class LegalAction(Fact):
    """A court ruling or legal challenge about third-country transfers."""

    type: ClassVar[str] = "legal_action"
    jurisdiction: str
    court: str
    subject: str
    outcome: Outcome
    date: str | None

    def _body(self) -> dict[str, Any]:
        return {
            "jurisdiction": self.jurisdiction,
            "court": self.court,
            "subject": self.subject,
            "outcome": self.outcome,
            "date": self.date,
        }

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.jurisdiction,)


@dataclass(slots=True, kw_only=True)
class RightsConcern(Fact):
    """A human-rights concern the text ties to a receiving (or holding) country."""

    type: ClassVar[str] = "rights_concern"
    country: str
    concern: str

    def _body(self) -> dict[str, Any]:
        return {"country": self.country, "concern": self.concern}

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.country,)


FACT_CLASSES: dict[str, type[Fact]] = {
    cls.type: cls for cls in (Arrangement, Removal, LegalAction, RightsConcern)
}


FIELD_NAMES: dict[type[Fact], frozenset[str]] = {
    cls: frozenset(f.name for f in fields(cls)) - {"certainty", "attributed_to", "evidence", "rule"}
    for cls in FACT_CLASSES.values()
}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Build a typed fact from one FACTS.md JSON object.

    Raises:
        ValueError: the object has no known ``type`` or lacks a required field.
    """
    kind = data.get("type")
    cls = FACT_CLASSES.get(kind)  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown fact type {kind!r}")
    ev = data.get("evidence") or {}
    common = {
        "certainty": data.get("certainty"),
        "attributed_to": data.get("attributed_to"),
        "evidence": Evidence(ev.get("quote", ""), int(ev.get("start", 0)), int(ev.get("end", 0))),
        "rule": data.get("rule"),
    }
    # Keys beyond the contract (an export's "document_url") are carried by the line, not the fact.
    known = FIELD_NAMES[cls]
    body = {k: v for k, v in data.items() if k in known}
    if cls is Arrangement:
        body["terms"] = Terms.from_dict(body.get("terms"))
        body.setdefault("date", None)
    try:
        return cls(**common, **body)
    except TypeError as exc:
        raise ValueError(f"bad {kind} fact: {exc}") from exc
