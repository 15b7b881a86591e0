"""Response models of the JSON API, one family per resource, separate from the tables.

Facts are flat: every FACTS.md field of every type is a column, null where the type has no
such field, so one list (and one CSV) can hold arrangements, removals, legal actions and
rights concerns. Country codes are ISO alpha-3 and come with their English names.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    """One thing wrong with a request."""

    location: str = Field(description="Where: `query.stage`, `path.document_id`, ...")
    message: str


class ErrorResponse(BaseModel):
    """Every error: a machine-readable code and one line for a person."""

    error: str = Field(description="`not_found`, `invalid_parameter`, `method_not_allowed`, ...")
    message: str
    details: list[ErrorDetail] = Field(default_factory=list)


class SourcePublic(BaseModel):
    """An article a fact was read in."""

    document_id: int
    title: str | None
    url: str | None = Field(description="The original article")
    outlet: str | None
    published: str | None = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")


class EvidencePublic(BaseModel):
    """The sentence(s) of the article stating the fact, with offsets into its text."""

    quote: str
    start: int
    end: int


class PaymentPublic(BaseModel):
    amount: float | None = None
    currency: str | None = None


class TermsPublic(BaseModel):
    """Optional terms of an arrangement."""

    payment: PaymentPublic | None = None
    capacity: int | None = None
    nationalities: list[str] = Field(default_factory=list)
    incentive: str | None = None


class FactPublic(BaseModel):
    """One fact of FACTS.md with its source article; fields of other types are null."""

    id: int
    type: str = Field(description="arrangement, removal, legal_action or rights_concern")
    status: str = Field(description="automatic, confirmed or edited (by a curator)")
    certainty: str
    attributed_to: str | None
    date: str | None
    deporting_country: str | None = None
    receiving_country: str | None = None
    kind: str | None = None
    stage: str | None = None
    terms: TermsPublic | None = None
    count: int | None = None
    count_qualifier: str | None = None
    nationalities: list[str] = Field(default_factory=list)
    facility: str | None = None
    legal_basis: str | None = None
    jurisdiction: str | None = None
    court: str | None = None
    subject: str | None = None
    outcome: str | None = None
    country: str | None = None
    concern: str | None = None
    evidence: EvidencePublic
    document: SourcePublic
    added: str = Field(description="When the fact entered the database (ISO 8601, UTC)")


class FactPage(BaseModel):
    """One page of facts; pass ``next_cursor`` as ``cursor`` to get the next one."""

    items: list[FactPublic]
    next_cursor: str | None


class DocumentSummary(BaseModel):
    """An ingested article without its text."""

    id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    language: str | None
    canonical_id: int | None = Field(description="Set when this is a copy of another article")
    fact_count: int


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    next_cursor: str | None


class DocumentDetail(DocumentSummary):
    """An article with its text, its facts and its syndicated copies."""

    text: str
    facts: list[FactPublic]
    copies: list[SourcePublic]


class SearchHitPublic(BaseModel):
    """An article matching a search; ``snippet`` is plain text around the match."""

    document_id: int
    canonical_id: int | None
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    snippet: str
    matched: list[str] = Field(description="The words of the snippet that matched")
    score: float


class SearchResults(BaseModel):
    query: str
    items: list[SearchHitPublic]


class CountTotalPublic(BaseModel):
    """People removed, added up honestly: ``value`` is a bound when ``qualifier`` says so."""

    value: int
    qualifier: str | None = Field(description="exact, at_least, more_than, about, up_to; null "
                                              "when no removal states a count")
    events: int = Field(description="Removal events added up")
    unknown_events: int = Field(description="Of them, removals whose size no source states")
    text: str = Field(description="As a person says it: `at least 135`")


class PairStatusPublic(BaseModel):
    """A (deporting, receiving) pair with the current status of its arrangement."""

    deporting_country: str
    deporting_name: str
    receiving_country: str
    receiving_name: str
    kind: str
    stage: str
    certainty: str
    curated: bool
    date: str | None = Field(description="When the current stage was reached, as reported")
    as_of_start: str | None
    as_of_end: str | None
    furthest_stage: str | None
    disputed: bool
    disputes: int
    removals: CountTotalPublic
    sources: int
    facts: int


class PairList(BaseModel):
    items: list[PairStatusPublic]
    total: int = Field(description="Pairs matching the filters, over all pages")


class TotalsPublic(BaseModel):
    """Headline numbers; countries count receiving states, from firm reports only."""

    pairs: int
    disputed_pairs: int
    countries_approached: int
    countries_agreed: int
    countries_receiving: int
    people_removed: CountTotalPublic


class CountReport(BaseModel):
    count: int
    qualifier: str


class RemovalPublic(BaseModel):
    """One removal (a flight, a handover) merged from every article reporting it."""

    id: int = Field(description="Stable while its reports stay: the smallest fact id")
    deporting_country: str
    receiving_country: str
    date: str | None
    count: int | None
    count_qualifier: str | None
    count_text: str
    nationalities: list[str]
    facility: str | None
    legal_basis: str | None
    certainty: str
    curated: bool
    firm: bool = Field(description="Confirmed or reported (not only rumoured or speculated)")
    disputed: bool = Field(description="Reports give incompatible counts")
    counts_reported: list[CountReport]
    fact_ids: list[int] = Field(description="The reports listed, lowest id first")
    sources: list[SourcePublic] = Field(description="The articles (and copies) of those reports")
    source_count: int = Field(description="Every article and copy reporting it, listed or not")


class RemovalList(BaseModel):
    items: list[RemovalPublic]


class TimelineEntryPublic(BaseModel):
    """A stage of a pair (or a removal, which counts as `implemented`) with a page of its
    reports, best-weighed first."""

    id: int = Field(0, description="Stable while its reports stay: the smallest fact id "
                                   "(pass it as `entry` to page through its facts)")
    stage: str
    label: str
    date: str | None
    kind: str | None
    certainty: str
    curated: bool
    disputed: bool
    current: bool = Field(description="This entry sets the pair's current status")
    removal: RemovalPublic | None
    facts: list[FactPublic] = Field(description="A page of its facts (see `quotes`)")
    fact_count: int = Field(0, description="All its facts")
    next_quote_offset: int | None = Field(None, description="Pass as `quote_offset` (with "
                                                            "`entry`) for its next facts; null "
                                                            "on the last page")


class DisputePublic(BaseModel):
    kind: str = Field(description="`stage` (refusal against agreement) or `count`")
    summary: str


class PairTimelinePublic(BaseModel):
    """Everything known about one pair, oldest entry first, each entry with a page of its
    facts and their sources."""

    deporting_country: str
    deporting_name: str
    receiving_country: str
    receiving_name: str
    kind: str
    stage: str | None
    certainty: str | None
    furthest_stage: str | None
    removals: CountTotalPublic
    entries: list[TimelineEntryPublic] = Field(description="A page of the entries (see "
                                                           "`limit`)")
    entry_count: int = Field(0, description="All the entries (of the one asked for, if any)")
    next_offset: int | None = Field(None, description="Pass as `offset` for the next entries; "
                                                      "null on the last page")
    disputes: list[DisputePublic]
    sources: list[SourcePublic] = Field(description="The articles of the facts shown")
    fact_count: int = Field(0, description="All the pair's arrangement and removal facts")
    source_count: int = Field(0, description="All distinct articles (and syndicated copies) "
                                             "behind them")


class LegalActionPublic(BaseModel):
    """A court ruling or challenge, merged from every article reporting it."""

    jurisdiction: str
    court: str
    subject: str
    outcome: str
    date: str | None
    certainty: str
    curated: bool
    facts: list[FactPublic]


class RightsConcernPublic(BaseModel):
    """A rights concern about a country, merged from every article raising it."""

    country: str
    concern: str
    certainty: str
    curated: bool
    facts: list[FactPublic]


class CountryPublic(BaseModel):
    """A country the tracker has reports about."""

    iso3: str
    iso2: str | None
    name: str
    receiving_stage: str | None = Field(description="Most advanced current stage among the "
                                                    "pairs where it receives")
    disputed: bool
    pairs_as_deporting: int
    pairs_as_receiving: int
    received: CountTotalPublic
    sent: CountTotalPublic
    legal_action_reports: int
    rights_concern_reports: int


class CountryList(BaseModel):
    items: list[CountryPublic]


class CountryDetail(BaseModel):
    """A country with its pairs on both sides, legal actions and rights concerns."""

    iso3: str
    iso2: str | None
    name: str
    receiving_stage: str | None
    disputed: bool
    received: CountTotalPublic
    sent: CountTotalPublic
    as_receiving: list[PairStatusPublic]
    as_deporting: list[PairStatusPublic]
    legal_actions: list[LegalActionPublic] = Field(description="A page of them (see `limit` "
                                                               "and `legal_offset`)")
    legal_action_count: int = Field(0, description="All the legal actions")
    rights_concerns: list[RightsConcernPublic] = Field(description="A page of them (see "
                                                                   "`limit` and "
                                                                   "`concern_offset`)")
    rights_concern_count: int = Field(0, description="All the rights concerns")


class ChangePublic(BaseModel):
    """A new fact, or a pair whose current status changed, on the day the database learnt it."""

    day: str = Field(description="YYYY-MM-DD (UTC) the change entered the database")
    change: str = Field(description="`status_change` or `new_fact`")
    summary: str
    deporting_country: str | None
    receiving_country: str | None
    from_stage: str | None = Field(description="Status before (status changes; null: new pair)")
    to_stage: str | None
    fact_id: int | None
    fact_type: str | None
    document_id: int | None


class ChangeList(BaseModel):
    """Changes of some days, newest first; pass ``next_before`` as ``before`` for older days."""

    items: list[ChangePublic]
    next_before: str | None
