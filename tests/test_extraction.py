"""The extractor end to end: evidence offsets, determinism, off-topic articles, dev-corpus floor."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import thirdcountry
from thirdcountry.extraction import Extractor
from thirdcountry.facts.schema import Arrangement, Removal

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SCHEMA_PATH = Path(thirdcountry.__file__).parent / "facts" / "facts.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text())

ARTICLE = (
    "Rwanda has agreed to accept as many as 250 migrants deported from the United States, "
    "government spokeswoman Yolande Makolo confirmed on Tuesday. The first deportees could "
    "arrive in the East African nation within weeks, according to a person familiar with the "
    "plans.\nNigeria will not accept deportees from the United States, its foreign minister said.\n"
    "In March, the United States deported more than 130 Venezuelan men to El Salvador's CECOT "
    "prison under the Alien Enemies Act."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_facts_validate_and_quotes_slice_the_text(extractor: Extractor) -> None:
    facts = extractor.extract(ARTICLE, "2025-08-06")
    assert facts
    for fact in facts:
        jsonschema.validate(fact.to_dict(), SCHEMA)
        ev = fact.evidence
        assert ARTICLE[ev.start:ev.end] == ev.quote
        assert fact.rule


def test_stages_certainty_and_removal(extractor: Extractor) -> None:
    facts = extractor.extract(ARTICLE, "2025-08-06")
    stages = {(f.receiving_country, f.stage, f.certainty) for f in facts
              if isinstance(f, Arrangement)}
    assert ("RWA", "agreed", "confirmed") in stages
    assert ("RWA", "implemented", "speculative") in stages
    assert ("NGA", "declined", "confirmed") in stages
    removals = [f for f in facts if isinstance(f, Removal)]
    assert [(r.deporting_country, r.receiving_country, r.count, r.count_qualifier)
            for r in removals] == [("USA", "SLV", 130, "more_than")]
    assert removals[0].nationalities == ["VEN"]
    assert removals[0].facility == "CECOT"
    assert removals[0].legal_basis == "Alien Enemies Act"


def test_denials_and_negation_never_give_agreed(extractor: Extractor) -> None:
    text = ("Officials in Tripoli denied having agreed to receive deportees from the United "
            "States. Mexico has never signed a safe third country agreement with Washington.")
    facts = extractor.extract(text)
    assert not [f for f in facts if isinstance(f, Arrangement) and f.stage == "agreed"]


def test_off_topic_article_gives_nothing(extractor: Extractor) -> None:
    text = ("Rwanda and the Democratic Republic of the Congo signed a peace agreement in "
            "Washington on Friday, putting minerals at the centre of the accord.")
    assert extractor.extract(text) == []


@pytest.mark.parametrize("text", ["", "   \n\n ", "Rwanda.", "\u00a0"])
def test_empty_and_tiny_texts_give_no_facts(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_same_input_same_output(extractor: Extractor) -> None:
    first = [f.to_json(explain=True) for f in extractor.extract(ARTICLE, "2025-08-06")]
    again = [f.to_json(explain=True) for f in extractor.extract(ARTICLE, "2025-08-06")]
    assert first == again


def test_extract_many_matches_extract(extractor: Extractor) -> None:
    texts = [(ARTICLE, "2025-08-06"), ("Nothing to see here.", None)]
    many = [[f.to_json() for f in facts] for facts in extractor.extract_many(texts)]
    single = [[f.to_json() for f in extractor.extract(t, p)] for t, p in texts]
    assert many == single


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not beside the clone")
def test_dev_corpus_floor(extractor: Extractor) -> None:
    """Fails when accuracy drops clearly below what the rules reached (F1 0.985, certainty
    0.969 on 2026-11-29)."""
    from thirdcountry.facts.scoring import score_folder

    report = score_folder(DEV, extractor=extractor)
    overall = report.to_dict()["overall"]
    assert overall["f1"] >= 0.97
    per_type = report.attribute_accuracy()["certainty"].values()
    correct = sum(a.correct for a in per_type)
    total = sum(a.total for a in per_type)
    assert correct / total >= 0.95


def test_a_us_court_in_georgia_is_not_the_country(extractor: Extractor) -> None:
    text = ("Lawyers filed a habeas corpus petition in federal court in Georgia asking a judge to "
            "bar the government from deporting the man to a third country. ICE has held him "
            "since May.")
    legal = [f for f in extractor.extract(text) if f.type == "legal_action"]
    assert [(f.jurisdiction, f.outcome) for f in legal] == [("USA", "pending")]
    assert not [f for f in extractor.extract(text) if f.type == "arrangement"]


def _arrangements(extractor: Extractor, text: str, published: str | None = "2025-08-06"):
    return [(f.deporting_country, f.receiving_country, f.stage, f.certainty)
            for f in extractor.extract(text, published) if isinstance(f, Arrangement)]


def test_people_refused_are_not_a_refusal(extractor: Extractor) -> None:
    text = ("Rwanda agreed to accept deportees from the United States. Critics asked what "
            "happens to those who are refused by Kigali.")
    stages = {s for _, _, s, _ in _arrangements(extractor, text)}
    assert "agreed" in stages and "declined" not in stages


def test_a_possessive_approach_is_no_request(extractor: Extractor) -> None:
    text = ("Rwanda agreed to take deportees from the United States. Officials praised "
            "Rwanda's approach to migrants.")
    assert ("USA", "RWA", "approached", "confirmed") not in _arrangements(extractor, text)


def test_suspending_something_else_is_not_suspending_the_deal(extractor: Extractor) -> None:
    text = ("El Salvador agreed to hold deportees from the United States in its prisons. "
            "The government suspended some constitutional rights in 2022.")
    assert [s for _, _, s, _ in _arrangements(extractor, text)] == ["agreed"]


def test_a_pronoun_speaker_takes_the_name_given_before(extractor: Extractor) -> None:
    text = ("Yolande Makolo, a government spokeswoman, said Rwanda would help. She said Rwanda "
            "has agreed to accept 250 deportees from the United States.")
    agreed = [f for f in extractor.extract(text) if getattr(f, "stage", "") == "agreed"]
    assert [f.certainty for f in agreed] == ["confirmed"]
    assert agreed[0].attributed_to.startswith("Yolande Makolo")


def test_hyphenated_pairs_after_a_dotted_abbreviation_name_both_states(
        extractor: Extractor) -> None:
    text = ("Under the U.S.-Guatemala agreement, Guatemala agreed to accept deportees of other "
            "nationalities.")
    assert ("USA", "GTM", "agreed", "confirmed") in _arrangements(extractor, text)


def test_a_possibility_is_not_an_expected_transfer(extractor: Extractor) -> None:
    text = ("Britain signed a deal with Rwanda to send asylum seekers there. Asylum seekers who "
            "reached Britain were told they could be sent to Rwanda under the scheme. The first "
            "flights could leave within weeks, officials said.")
    implemented = [f for f in extractor.extract(text) if getattr(f, "stage", "") == "implemented"]
    assert [f.certainty for f in implemented] == ["speculative"]
    assert "within weeks" in implemented[0].evidence.quote


def test_an_onward_removal_belongs_to_the_state_that_moved_people_on(
        extractor: Extractor) -> None:
    text = ("Ghana has received 14 deportees from the United States, the government said. "
            "Lawyers say several of the men were later driven from a camp outside Accra to the "
            "border with Togo and left there.")
    removals = {(f.deporting_country, f.receiving_country) for f in extractor.extract(text)
                if isinstance(f, Removal)}
    assert removals == {("USA", "GHA"), ("GHA", "TGO")}


def test_a_state_offering_to_hold_deportees_has_agreed(extractor: Extractor) -> None:
    text = ("President Nayib Bukele offered in February to hold deportees of any nationality "
            "from the United States in his country's prisons.")
    assert ("USA", "SLV", "agreed", "confirmed") in _arrangements(extractor, text)


def test_non_demonyms_are_no_nationality(extractor: Extractor) -> None:
    text = "Mexico has continued to take in some non-Mexican deportees from the United States."
    removals = [f for f in extractor.extract(text) if isinstance(f, Removal)]
    assert [(f.receiving_country, f.nationalities) for f in removals] == [("MEX", [])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The men were deported from the United States to Ghana on Friday.", ("USA", "GHA", None)),
    ("Seven men deported from the United States arrived in Uganda on Friday, a Ugandan official "
     "said.", ("USA", "UGA", 7)),
])
def test_passive_removals_and_officials_named_by_nationality(
        extractor: Extractor, text: str, expected: tuple) -> None:
    removals = [(f.deporting_country, f.receiving_country, f.count)
                for f in extractor.extract(text, "2025-08-06") if isinstance(f, Removal)]
    assert removals == [expected]


def test_rejected_asylum_seekers_are_no_refusal(extractor: Extractor) -> None:
    text = ("The Netherlands signed a deal with Uganda to send rejected asylum seekers to a return "
            "hub there.")
    assert [s for _, _, s, _ in _arrangements(extractor, text)] == ["agreed"]


@pytest.mark.parametrize(("sentence", "level"), [
    ("Two African diplomats said Angola had been asked to take deportees from the United States.",
     "reported"),
    ("According to a cable described in media reports, the United States asked Benin to accept "
     "deportees.", "reported"),
    ("Foreign Minister Yusuf Tuggar said Nigeria would not accept deportees from the United "
     "States.", "confirmed"),
])
def test_who_speaks_decides_certainty(extractor: Extractor, sentence: str, level: str) -> None:
    facts = [f for f in extractor.extract(sentence) if isinstance(f, Arrangement)]
    assert facts and {f.certainty for f in facts} == {level}
