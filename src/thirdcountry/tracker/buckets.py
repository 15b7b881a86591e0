"""Buckets: the facts of one subject that every merge treats alike, added up.

Every merge of the tracker (``tracker.layout``) decides what a fact joins from a few of its
fields only: an arrangement from its stage, firmness and date; a removal from its date and
count; a legal action from its court's words, outcome and date; a rights concern from its
wording; undated facts also from the publication date of their article. Facts that agree on
those fields always end up together, so the merges work on *buckets* of them: a bucket keeps
how many facts it has, its best-weighed fact, its first fact id, its first and last
publication, its best :data:`TOP_FACTS` facts and what the merges add up (kinds, nationalities,
facilities, legal bases). Adding a fact to a bucket is O(1), which is what lets the tracker
take in a new article without reading the facts it already has.

Facts are weighed as in ``tracker.records``: a fact's *weight* is 4 if a curator confirmed or
edited it, plus the rank of its certainty (speculative 0, rumored 1, reported 2, confirmed 3);
its *key* for ordering is ``(weight, -fact id)``, so the best-weighed, then oldest, comes first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from thirdcountry.facts.schema import Arrangement, LegalAction, Removal, RightsConcern
from thirdcountry.tracker.dates import PartialDate, parse_lenient, parse_published
from thirdcountry.tracker.records import (
    CERTAINTY_RANK,
    CURATED_STATUSES,
    FIRM_CERTAINTIES,
    SourcedFact,
)

# Best facts kept per bucket and per entry: what a timeline shows without another query.
TOP_FACTS = 10
PAIR_FAMILIES = ("arrangement", "removal")
COUNTRY_FAMILIES = ("legal_action", "rights_concern")
CERTAINTY_OF_RANK = {rank: name for name, rank in CERTAINTY_RANK.items()}
STAGE_RANK = {
    "approached": 0, "negotiating": 1, "close": 2, "agreed": 3, "implemented": 4,
    "suspended": 5, "declined": 5, "ended": 6,
}
REMOVAL_STAGE = "implemented"
# Stages a receiving state's refusal contradicts when both are said of the same time.
AGREEING_STAGES = frozenset({"close", "agreed", "implemented"})
UNSPECIFIED_KIND = "unspecified"

_NOT_WORD = re.compile(r"[^\w]+")
# Words that vary between reports of one court without naming another court.
_COURT_NOISE = frozenset({"the", "u", "s", "us", "a", "of", "in"})

Key = tuple[int, int]  # (weight, -fact id): larger is better


def court_words(court: str) -> frozenset[str]:
    """The words of a court's name that tell courts apart ("U.S." and "the" do not)."""
    return frozenset(w for w in _NOT_WORD.split(court.lower()) if w and w not in _COURT_NOISE)


def concern_words(concern: str) -> str:
    """A rights concern's wording without case and punctuation."""
    return " ".join(w for w in _NOT_WORD.split(concern.lower()) if w)


@dataclass(slots=True)
class FactInfo:
    """What the buckets need of one fact (read from the store or from a ``SourcedFact``)."""

    fact_id: int
    document_id: int
    published: str | None
    type: str
    status: str
    certainty: str
    date: str | None = None
    deporting: str | None = None
    receiving: str | None = None
    kind: str | None = None
    stage: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    nationalities: tuple[str, ...] = ()
    facility: str | None = None
    legal_basis: str | None = None
    jurisdiction: str | None = None
    court: str | None = None
    outcome: str | None = None
    country: str | None = None
    concern: str | None = None
    copies: int = 0
    sourced: SourcedFact | None = None

    @property
    def curated(self) -> bool:
        return self.status in CURATED_STATUSES

    @property
    def firm(self) -> bool:
        return self.certainty in FIRM_CERTAINTIES

    @property
    def weight(self) -> int:
        return 4 * self.curated + CERTAINTY_RANK[self.certainty]

    @property
    def subject(self) -> str:
        if self.type in PAIR_FAMILIES:
            return f"{self.deporting}:{self.receiving}"
        return (self.jurisdiction if self.type == "legal_action" else self.country) or ""

    @classmethod
    def of(cls, sourced: SourcedFact) -> FactInfo:
        """The fields of a sourced fact (its article's copies counted as sources)."""
        fact = sourced.fact
        info = cls(sourced.fact_id, sourced.document.document_id, sourced.document.published,
                   fact.type, sourced.status, fact.certainty, copies=len(sourced.copies),
                   sourced=sourced)
        if isinstance(fact, Arrangement):
            info.deporting, info.receiving = fact.deporting_country, fact.receiving_country
            info.kind, info.stage, info.date = fact.kind, fact.stage, fact.date
        elif isinstance(fact, Removal):
            info.deporting, info.receiving = fact.deporting_country, fact.receiving_country
            info.date, info.count = fact.date, fact.count
            info.count_qualifier = fact.count_qualifier
            info.nationalities = tuple(fact.nationalities)
            info.facility, info.legal_basis = fact.facility, fact.legal_basis
        elif isinstance(fact, LegalAction):
            info.jurisdiction, info.court = fact.jurisdiction, fact.court
            info.outcome = fact.outcome
            info.date = fact.date
        elif isinstance(fact, RightsConcern):
            info.country, info.concern = fact.country, fact.concern
        return info


# ``json.dumps(parts, separators=(",", ":"))``, without building an encoder per bucket.
_KEY_ENCODER = json.JSONEncoder(separators=(",", ":"))


def _date_text(date: PartialDate | None) -> str | None:
    return str(date) if date is not None else None


@dataclass(slots=True, eq=False)
class Tally:
    """Facts added up: counts, the best-weighed fact, publication span, best few facts.

    ``kinds`` maps an arrangement kind to ``[facts, best weight, best fact id, first fact id]``;
    ``facilities`` and ``legal_bases`` map a value to ``[facts, best weight, best fact id]``;
    ``counts`` maps a removal's ``(count, qualifier)`` to ``[facts, best weight, best fact id]``.
    """

    facts: int = 0
    best: Key = (-1, 0)
    first_fact_id: int = 0
    any_firm: bool = False
    first_published: PartialDate | None = None
    last_published: PartialDate | None = None
    top: list[tuple[int, int]] = field(default_factory=list)
    kinds: dict[str, list[int]] = field(default_factory=dict)
    nationalities: set[str] = field(default_factory=set)
    facilities: dict[str, list[int]] = field(default_factory=dict)
    legal_bases: dict[str, list[int]] = field(default_factory=dict)
    counts: dict[tuple[int | None, str | None], list[int]] = field(default_factory=dict)

    @property
    def best_weight(self) -> int:
        return self.best[0]

    @property
    def best_fact_id(self) -> int:
        return -self.best[1]

    @property
    def curated(self) -> bool:
        return self.best[0] >= 4

    @property
    def certainty(self) -> str:
        return CERTAINTY_OF_RANK[self.best[0] & 3]

    @property
    def weight(self) -> tuple[int, int]:
        """The best fact's trust as ``SourcedFact.weight`` says it: (curated, certainty rank)."""
        return (self.best[0] >> 2, self.best[0] & 3)

    def add_fact(self, info: FactInfo) -> None:
        """Count one more fact."""
        weight = info.weight
        key = (weight, -info.fact_id)
        self.facts += 1
        if key > self.best:
            self.best = key
        if not self.first_fact_id or info.fact_id < self.first_fact_id:
            self.first_fact_id = info.fact_id
        self.any_firm = self.any_firm or info.firm or info.curated
        published = parse_published(info.published)
        if published is not None:
            if self.first_published is None or published < self.first_published:
                self.first_published = published
            if self.last_published is None or published > self.last_published:
                self.last_published = published
        _insert_top(self.top, (weight, info.fact_id))
        if info.type == "arrangement" and info.kind:
            _count(self.kinds, info.kind, weight, info.fact_id, first=True)
        elif info.type == "removal":
            self.nationalities.update(info.nationalities)
            if info.facility:
                _count(self.facilities, info.facility, weight, info.fact_id)
            if info.legal_basis:
                _count(self.legal_bases, info.legal_basis, weight, info.fact_id)
            _count(self.counts, (info.count, info.count_qualifier), weight, info.fact_id)

    def add(self, other: Tally) -> None:
        """Add up another tally's facts (of other facts than this one's)."""
        self.facts += other.facts
        if other.best > self.best:
            self.best = other.best
        if other.first_fact_id and (not self.first_fact_id
                                    or other.first_fact_id < self.first_fact_id):
            self.first_fact_id = other.first_fact_id
        self.any_firm = self.any_firm or other.any_firm
        if other.first_published is not None and (
                self.first_published is None or other.first_published < self.first_published):
            self.first_published = other.first_published
        if other.last_published is not None and (
                self.last_published is None or other.last_published > self.last_published):
            self.last_published = other.last_published
        for item in other.top:
            _insert_top(self.top, item)
        for mine, theirs in ((self.kinds, other.kinds), (self.facilities, other.facilities),
                             (self.legal_bases, other.legal_bases), (self.counts, other.counts)):
            for value, (n, weight, fact_id, *first) in theirs.items():
                _count(mine, value, weight, fact_id, n=n, first_id=first[0] if first else None)
        self.nationalities.update(other.nationalities)

    def details(self) -> dict[str, Any]:
        """What :meth:`add_fact` added up beyond the columns, as JSON."""
        out: dict[str, Any] = {}
        if self.kinds:
            out["kinds"] = dict(sorted(self.kinds.items()))
        if self.nationalities:
            out["nationalities"] = sorted(self.nationalities)
        if self.facilities:
            out["facilities"] = dict(sorted(self.facilities.items()))
        if self.legal_bases:
            out["legal_bases"] = dict(sorted(self.legal_bases.items()))
        if self.counts:
            out["counts"] = [[c, q, *v] for (c, q), v in sorted(
                self.counts.items(), key=lambda item: (item[0][0] is None, item[0][0] or 0,
                                                       item[0][1] or ""))]
        return out

    def load_details(self, details: dict[str, Any]) -> None:
        """Read back what :meth:`details` wrote."""
        self.kinds = {k: list(v) for k, v in details.get("kinds", {}).items()}
        self.nationalities = set(details.get("nationalities", ()))
        self.facilities = {k: list(v) for k, v in details.get("facilities", {}).items()}
        self.legal_bases = {k: list(v) for k, v in details.get("legal_bases", {}).items()}
        self.counts = {(c, q): list(v) for c, q, *v in details.get("counts", ())}


def _insert_top(top: list[tuple[int, int]], item: tuple[int, int]) -> None:
    """Keep ``top`` the best :data:`TOP_FACTS` ``(weight, fact id)``, best first."""
    weight, fact_id = item
    if len(top) >= TOP_FACTS and (weight, -fact_id) <= (top[-1][0], -top[-1][1]):
        return
    if item in top:
        return
    top.append(item)
    top.sort(key=lambda t: (-t[0], t[1]))
    del top[TOP_FACTS:]


def _count(table: dict, value: Any, weight: int, fact_id: int, *, n: int = 1,
           first: bool = False, first_id: int | None = None) -> None:
    """Add ``n`` facts with value ``value`` whose best is ``(weight, fact_id)``."""
    entry = table.get(value)
    if first and first_id is None:
        first_id = fact_id
    if entry is None:
        table[value] = [n, weight, fact_id] + ([first_id] if first_id is not None else [])
        return
    entry[0] += n
    if (weight, -fact_id) > (entry[1], -entry[2]):
        entry[1], entry[2] = weight, fact_id
    if first_id is not None and first_id < entry[3]:
        entry[3] = first_id


@dataclass(slots=True, eq=False)
class Bucket(Tally):
    """The facts of one subject that agree on what the merges look at (see the module doc).

    ``published`` is part of the key for undated facts only. ``court`` holds the words of a
    legal action's court; ``concern`` the wording of a rights concern; ``entry`` the stored
    entry it is merged into. In memory (when built
    from sourced facts) ``members`` holds the facts and ``documents`` maps each article to how
    many sources it is (itself and its syndicated copies).
    """

    id: int = 0
    subject: str = ""
    family: str = ""
    stage: str | None = None
    firm: bool = False
    date: PartialDate | None = None
    published: PartialDate | None = None
    count: int | None = None
    count_qualifier: str | None = None
    outcome: str | None = None
    court: frozenset[str] = frozenset()
    concern: str | None = None
    sources: int = 0
    entry: int | None = None
    members: list[FactInfo] = field(default_factory=list)
    documents: dict[int, int] = field(default_factory=dict)

    @property
    def identity(self) -> tuple[Any, ...]:
        """What tells the bucket apart within its subject and family: :attr:`key` before it
        is encoded (cheaper to compare than to encode, for a fact at a time)."""
        if self.family == "arrangement":
            parts: tuple[Any, ...] = (self.stage, self.firm)
        elif self.family == "removal":
            parts = (self.count, self.count_qualifier)
        elif self.family == "legal_action":
            parts = (self.outcome, tuple(sorted(self.court)))
        else:
            parts = (self.concern,)
        return (*parts, _date_text(self.date), _date_text(self.published))

    @property
    def key(self) -> str:
        """The bucket's identity within its subject and family, as stored (JSON)."""
        return _KEY_ENCODER.encode(self.identity)

    @property
    def rank(self) -> int:
        """Where the bucket's stage sits in a lifecycle (a removal is ``implemented``)."""
        return STAGE_RANK[self.stage or REMOVAL_STAGE]

    def row(self) -> dict[str, Any]:
        """The bucket as a ``tracker_buckets`` row (without ``id``)."""
        return {
            "subject": self.subject, "family": self.family, "key": self.key,
            "stage": self.stage, "firm": self.firm, "date": _date_text(self.date),
            "published": _date_text(self.published), "count": self.count,
            "count_qualifier": self.count_qualifier, "outcome": self.outcome,
            "facts": self.facts, "sources": self.sources, "best_weight": self.best[0],
            "best_fact_id": -self.best[1], "first_fact_id": self.first_fact_id,
            "any_firm": self.any_firm, "first_published": _date_text(self.first_published),
            "last_published": _date_text(self.last_published),
            "top_facts": [list(t) for t in self.top], "details": self.details_json(),
        }

    def details_json(self) -> dict[str, Any]:
        out = self.details()
        if self.family == "legal_action":
            out["court"] = sorted(self.court)
        elif self.family == "rights_concern":
            out["concern"] = self.concern
        return out

    @classmethod
    def from_row(cls, row: Any) -> Bucket:
        """Read a ``tracker_buckets`` row back."""
        details = row.details or {}
        bucket = cls(
            id=row.id, subject=row.subject, family=row.family, stage=row.stage, firm=row.firm,
            date=parse_lenient(row.date), published=parse_lenient(row.published),
            count=row.count, count_qualifier=row.count_qualifier, outcome=row.outcome,
            court=frozenset(details.get("court", ())), concern=details.get("concern"),
            sources=row.sources, entry=row.entry,
        )
        bucket.facts = row.facts
        bucket.best = (row.best_weight, -row.best_fact_id)
        bucket.first_fact_id = row.first_fact_id
        bucket.any_firm = row.any_firm
        bucket.first_published = parse_lenient(row.first_published)
        bucket.last_published = parse_lenient(row.last_published)
        bucket.top = [(w, i) for w, i in row.top_facts]
        bucket.load_details(details)
        return bucket


def bucket_of(info: FactInfo) -> Bucket:
    """An empty bucket with the key ``info`` belongs under (not yet counting it)."""
    date = parse_lenient(info.date)
    published = parse_published(info.published) if date is None else None
    bucket = Bucket(subject=info.subject, family=info.type, date=date, published=published)
    if info.type == "arrangement":
        bucket.stage = info.stage
        bucket.firm = info.firm or info.curated
    elif info.type == "removal":
        bucket.count, bucket.count_qualifier = info.count, info.count_qualifier
    elif info.type == "legal_action":
        bucket.outcome = info.outcome
        bucket.court = court_words(info.court or "")
    else:
        bucket.concern = concern_words(info.concern or "")
        bucket.date = bucket.published = None
    return bucket


def fill_buckets(facts: Iterable[FactInfo]) -> list[Bucket]:
    """Bucket some facts in memory, keeping each bucket's facts and articles.

    Args:
        facts: the facts (of any subjects and families).

    Returns:
        The buckets, in the order their first fact came; ids count from 1.
    """
    buckets: dict[tuple[str, str, str], Bucket] = {}
    for info in facts:
        bucket = bucket_of(info)
        found = buckets.setdefault((bucket.subject, bucket.family, bucket.key), bucket)
        if found is bucket:
            bucket.id = len(buckets)
        found.add_fact(info)
        found.members.append(info)
        if info.document_id not in found.documents:
            found.documents[info.document_id] = 1 + info.copies
            found.sources += 1 + info.copies
    return list(buckets.values())


def linked(a: Bucket, b: Bucket) -> bool:
    """Whether two buckets of a pair sharing an article can change its timeline.

    These are the pairs ``tracker_bucket_links`` records (see ``tracker.layout`` for why):
    a removal and a firm agreement; an undated report and a report of a later stage; a firm
    refusal and a firm agreement or a removal.
    """
    return _linked(a, b) or _linked(b, a)


def _linked(a: Bucket, b: Bucket) -> bool:
    if a.family not in PAIR_FAMILIES or b.family not in PAIR_FAMILIES:
        return False
    firm_agreeing = b.family == "arrangement" and b.firm and b.stage in AGREEING_STAGES
    if a.family == "removal" and firm_agreeing:
        return True
    if a.date is None and b.rank > a.rank:
        return True
    return (a.family == "arrangement" and a.firm and a.stage == "declined"
            and (firm_agreeing or b.family == "removal"))
