"""A small news store for the API, page and browser tests, filled without the extractor.

Articles are realistic briefs; each fact is written by hand with its evidence located in the
text, stored through the store's repository, and the tracker's tables are rebuilt from them,
so these tests depend on neither the extractor's accuracy nor ingestion. One article is an XSS
probe: its title, text and quotes carry markup that must render as text everywhere.

Other test modules import :func:`fill_sample_store` and the ``SAMPLE`` constants; the self
checks at the bottom keep the sample honest (every quote sits at its offsets).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from thirdcountry.api.app import create_app
from thirdcountry.config import Settings
from thirdcountry.documents.dedup import fingerprint
from thirdcountry.facts.schema import (
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    RightsConcern,
    Terms,
)
from thirdcountry.sources.base import RawDocument
from thirdcountry.store import FactRecord, repository, writer
from thirdcountry.tracker import rebuild

XSS_TITLE = "<script>alert('title')</script> Honduras probe"
XSS_MARKUP = '<img src=x onerror="alert(1)">'
XSS_SCRIPT = "<script>alert('body')</script>"
XSS_URL = "javascript:alert(document.domain)"


@dataclass
class SampleArticle:
    """One article of the sample store and the facts to store for it."""

    key: str
    title: str
    outlet: str
    published: str
    text: str
    url: str
    added: str  # the day its facts entered the database (for "what changed")
    facts: list[tuple] = field(default_factory=list)  # (factory, quote sentence, fields)
    copy_of: str | None = None


RWANDA_AGREES = SampleArticle(
    key="rwanda-agrees",
    title="Rwanda to take up to 250 deportees from US",
    outlet="Great Lakes Daily",
    published="2025-08-06",
    url="https://example.org/rwanda-250",
    added="2025-08-06",
    text=(
        "Rwanda to take up to 250 deportees from US\n\n"
        "KIGALI — Rwanda has agreed to accept as many as 250 migrants deported from the United "
        "States, government spokeswoman Yolande Makolo confirmed on Tuesday. "
        "Rwanda signed an earlier deal to take in asylum seekers from Britain, but London "
        "scrapped that scheme in 2024 before a single deportation flight had left."
    ),
    facts=[
        ("arrangement", "Rwanda has agreed to accept as many as 250 migrants deported from the "
                        "United States, government spokeswoman Yolande Makolo confirmed on "
                        "Tuesday.",
         dict(deporting_country="USA", receiving_country="RWA", kind="third_country_removal",
              stage="agreed", date="2025-08-05", terms=Terms(capacity=250),
              certainty="confirmed", attributed_to="Yolande Makolo")),
        ("arrangement", "Rwanda signed an earlier deal to take in asylum seekers from Britain, "
                        "but London scrapped that scheme in 2024 before a single deportation "
                        "flight had left.",
         dict(deporting_country="GBR", receiving_country="RWA", kind="safe_third_country",
              stage="ended", date="2024", certainty="confirmed", attributed_to=None)),
    ],
)

RWANDA_FIRST_SEVEN = SampleArticle(
    key="rwanda-first-seven",
    title="First seven deportees from the US arrive in Kigali",
    outlet="East Africa Wire",
    published="2025-08-29",
    url="https://example.org/rwanda-seven",
    added="2025-08-29",
    text=(
        "First seven deportees from the US arrive in Kigali\n\n"
        "Seven people deported from the United States arrived in Rwanda in mid-August, the "
        "government said. Rights groups have raised concerns about detention conditions in "
        "Rwanda for people sent there."
    ),
    facts=[
        ("removal", "Seven people deported from the United States arrived in Rwanda in "
                    "mid-August, the government said.",
         dict(deporting_country="USA", receiving_country="RWA", date="2025-08", count=7,
              count_qualifier="exact", nationalities=[], facility=None, legal_basis=None,
              certainty="confirmed", attributed_to="the government")),
        ("rights_concern", "Rights groups have raised concerns about detention conditions in "
                           "Rwanda for people sent there.",
         dict(country="RWA", concern="detention conditions", certainty="reported",
              attributed_to="Rights groups")),
    ],
)

ESWATINI = SampleArticle(
    key="eswatini",
    title="Five deportees land in Eswatini; lawyers go to court",
    outlet="Southern Times",
    published="2025-07-17",
    url="https://example.org/eswatini-five",
    added="2025-07-17",
    text=(
        "Five deportees land in Eswatini; lawyers go to court\n\n"
        "MBABANE — Five men deported from the United States arrived in Eswatini on July 16, "
        "officials said. Lawyers filed a challenge in the High Court of Eswatini against their "
        "detention. Amnesty International said the men risk solitary confinement in Eswatini."
    ),
    facts=[
        ("removal", "Five men deported from the United States arrived in Eswatini on July 16, "
                    "officials said.",
         dict(deporting_country="USA", receiving_country="SWZ", date="2025-07-16", count=5,
              count_qualifier="exact", nationalities=["CUB", "VNM"], facility=None,
              legal_basis=None, certainty="reported", attributed_to="officials")),
        ("arrangement", "Five men deported from the United States arrived in Eswatini on July "
                        "16, officials said.",
         dict(deporting_country="USA", receiving_country="SWZ", kind="third_country_removal",
              stage="implemented", date="2025-07-16", certainty="reported",
              attributed_to="officials")),
        ("legal_action", "Lawyers filed a challenge in the High Court of Eswatini against their "
                         "detention.",
         dict(jurisdiction="SWZ", court="High Court of Eswatini", subject="detention of deportees",
              outcome="pending", date="2025-07", certainty="confirmed", attributed_to=None)),
        ("rights_concern", "Amnesty International said the men risk solitary confinement in "
                           "Eswatini.",
         dict(country="SWZ", concern="solitary confinement of deportees", certainty="reported",
              attributed_to="Amnesty International")),
    ],
)

ESWATINI_COPY = SampleArticle(
    key="eswatini-copy",
    title="Five deportees land in Eswatini; lawyers go to court",
    outlet="Syndicated Wire",
    published="2025-07-18",
    url="https://example.net/wire/eswatini-five",
    added="2025-07-18",
    text=ESWATINI.text + "\n\nThis article first appeared in the Southern Times.",
    copy_of="eswatini",
)

EL_SALVADOR = SampleArticle(
    key="el-salvador",
    title="Judge blocks Alien Enemies Act removals after CECOT flights",
    outlet="Capital Courier",
    published="2025-03-20",
    url="https://example.org/cecot",
    added="2025-03-20",
    text=(
        "Judge blocks Alien Enemies Act removals after CECOT flights\n\n"
        "El Salvador agreed in February to hold deportees from the United States in its "
        "prisons, President Nayib Bukele said. More than 200 Venezuelans were flown to the CECOT "
        "prison in mid-March under the Alien Enemies Act, officials said. A federal judge "
        "blocked further removals under the act on March 15."
    ),
    facts=[
        ("arrangement", "El Salvador agreed in February to hold deportees from the United "
                        "States in its prisons, President Nayib Bukele said.",
         dict(deporting_country="USA", receiving_country="SLV", kind="detention",
              stage="agreed", date="2025-02", certainty="confirmed",
              attributed_to="Nayib Bukele")),
        ("removal", "More than 200 Venezuelans were flown to the CECOT prison in mid-March "
                    "under the Alien Enemies Act, officials said.",
         dict(deporting_country="USA", receiving_country="SLV", date="2025-03", count=200,
              count_qualifier="more_than", nationalities=["VEN"], facility="CECOT",
              legal_basis="Alien Enemies Act", certainty="reported", attributed_to="officials")),
        ("legal_action", "A federal judge blocked further removals under the act on March 15.",
         dict(jurisdiction="USA", court="federal judge", subject="Alien Enemies Act",
              outcome="blocked", date="2025-03-15", certainty="confirmed", attributed_to=None)),
    ],
)

NIGERIA = SampleArticle(
    key="nigeria",
    title="Nigeria rejects US request to take Venezuelan deportees",
    outlet="Lagos Ledger",
    published="2025-07-14",
    url="https://example.org/nigeria-no",
    added="2025-07-14",
    text=(
        "Nigeria rejects US request to take Venezuelan deportees\n\n"
        "Nigeria has refused a request from the United States to accept Venezuelan deportees, "
        "Foreign Minister Yusuf Tuggar said on Sunday."
    ),
    facts=[
        ("arrangement", "Nigeria has refused a request from the United States to accept "
                        "Venezuelan deportees, Foreign Minister Yusuf Tuggar said on Sunday.",
         dict(deporting_country="USA", receiving_country="NGA", kind="third_country_removal",
              stage="declined", date="2025-07-13", certainty="confirmed",
              attributed_to="Yusuf Tuggar")),
    ],
)

PALAU = SampleArticle(
    key="palau",
    title="US asks Palau to take asylum seekers",
    outlet="Pacific Report",
    published="2025-09-02",
    url="https://example.org/palau",
    added="2025-09-02",
    text=(
        "US asks Palau to take asylum seekers\n\n"
        "The United States has asked Palau to take in some asylum seekers, according to people "
        "familiar with the talks."
    ),
    facts=[
        ("arrangement", "The United States has asked Palau to take in some asylum seekers, "
                        "according to people familiar with the talks.",
         dict(deporting_country="USA", receiving_country="PLW", kind="safe_third_country",
              stage="approached", date="2025-09", certainty="rumored",
              attributed_to="people familiar with the talks")),
    ],
)

XSS_PROBE = SampleArticle(
    key="xss-probe",
    title=XSS_TITLE,
    outlet="Probe <b>Outlet</b>",
    published="2025-09-05",
    url=XSS_URL,
    added="2025-09-05",
    text=(
        f"{XSS_TITLE}\n\n"
        f"Honduras was approached by the United States about taking deportees {XSS_MARKUP}, "
        f"officials said. {XSS_SCRIPT} Honduran officials gave no answer."
    ),
    facts=[
        ("arrangement", f"Honduras was approached by the United States about taking deportees "
                        f"{XSS_MARKUP}, officials said.",
         dict(deporting_country="USA", receiving_country="HND", kind="unspecified",
              stage="approached", date=None, certainty="reported",
              attributed_to=f"officials {XSS_SCRIPT}")),
    ],
)

SAMPLE = (NIGERIA, ESWATINI, ESWATINI_COPY, EL_SALVADOR, RWANDA_AGREES, RWANDA_FIRST_SEVEN,
          PALAU, XSS_PROBE)
FACT_CLASSES = {"arrangement": Arrangement, "removal": Removal, "legal_action": LegalAction,
                "rights_concern": RightsConcern}
SAMPLE_FACT_COUNT = sum(len(article.facts) for article in SAMPLE)


def make_fact(text: str, kind: str, sentence: str, fields: dict) -> Fact:
    """A fact whose evidence is ``sentence`` at its place in ``text``."""
    start = text.index(sentence)
    evidence = Evidence(sentence, start, start + len(sentence))
    return FACT_CLASSES[kind](evidence=evidence, rule="test.sample", **fields)


def fill_sample_store(engine: Engine) -> dict[str, int]:
    """Store the sample articles and facts, date their facts, and rebuild the tracker.

    Args:
        engine: an engine on a database with the current schema and no documents.

    Returns:
        The id of each sample article by its key.
    """
    ids: dict[str, int] = {}
    with Session(writer(engine)) as session, session.begin():
        for article in SAMPLE:
            raw = RawDocument(text=article.text, source="file", origin=f"{article.key}.txt",
                              title=article.title, url=article.url, outlet=article.outlet,
                              published=article.published, language="en")
            fp = fingerprint(raw.text, raw.url)
            copy_of = (ids[article.copy_of], 0.97) if article.copy_of else None
            document = repository.add_document(session, raw, fp, copy_of=copy_of,
                                               extractor_version="test")
            ids[article.key] = document.id
            facts = [make_fact(article.text, kind, sentence, fields)
                     for kind, sentence, fields in article.facts]
            records = repository.add_facts(session, document.id, facts, "test")
            added = dt.datetime.fromisoformat(article.added).replace(hour=12,
                                                                     tzinfo=dt.timezone.utc)
            session.execute(
                update(FactRecord).where(FactRecord.id.in_([r.id for r in records]))
                .values(created_at=added, updated_at=added)
            )
        rebuild(session)
    return ids


@contextmanager
def sample_client(engine: Engine) -> Iterator[tuple[TestClient, dict[str, int]]]:
    """A test client of a fresh app over the sample store, and the sample articles' ids.

    Args:
        engine: an engine on an empty database with the current schema (conftest ``engine``).
    """
    ids = fill_sample_store(engine)
    url = engine.url.render_as_string(hide_password=False)
    with TestClient(create_app(Settings(database_url=url))) as client:
        yield client, ids


def test_every_sample_quote_is_at_its_offsets() -> None:
    for article in SAMPLE:
        for kind, sentence, fields in article.facts:
            fact = make_fact(article.text, kind, sentence, fields)
            assert article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.quote
            assert fact.to_dict()["type"] == kind


def test_sample_store_fills_and_counts(engine: Engine) -> None:
    ids = fill_sample_store(engine)
    assert len(ids) == len(SAMPLE)
    with Session(engine) as session:
        stored = session.query(FactRecord).count()
    assert stored == SAMPLE_FACT_COUNT
