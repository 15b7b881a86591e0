"""Legal-action facts from court news (FACTS.md rules 6 and 9), on short invented sentences."""

from __future__ import annotations

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.schema import LegalAction

US = "The United States has deported migrants to third countries under its removal program. "
UK = "Britain planned to deport asylum seekers to Rwanda under its migration scheme. "


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def legal(extractor: Extractor, text: str, published: str = "2025-06-06") -> list[LegalAction]:
    return [f for f in extractor.extract(text, published) if isinstance(f, LegalAction)]


def keys(facts: list[LegalAction]) -> list[tuple[str, str]]:
    return sorted((f.jurisdiction, f.outcome) for f in facts)


def test_a_court_acting_on_transfers(extractor: Extractor) -> None:
    facts = legal(extractor, US + "A federal judge in Boston on Tuesday blocked the flights "
                  "carrying deportees to Libya.")
    assert keys(facts) == [("USA", "blocked")]
    assert facts[0].court == "federal judge in Boston"
    assert facts[0].date == "2025-06-03"
    assert facts[0].certainty == "confirmed"


def test_declining_and_negation_flip_the_outcome(extractor: Extractor) -> None:
    declined = legal(extractor, US + "An appeals court declined to halt the removals to Ghana.")
    refused = legal(extractor, UK + "A tribunal refused to approve the transfers to Rwanda.")
    negated = legal(extractor, US + "The justices did not block the flights to Eswatini.")
    assert keys(declined) == [("USA", "allowed")]
    assert keys(refused) == [("GBR", "blocked")]
    assert keys(negated) == [("USA", "allowed")]


def test_a_request_is_pending_until_the_court_decides_it(extractor: Extractor) -> None:
    asked = legal(extractor, US + "On Friday lawyers asked a judge in Denver to stop the "
                  "flight to Ghana.")
    assert keys(asked) == [("USA", "pending")]
    answered = legal(extractor, US + "On Friday lawyers asked a judge in Denver to stop the "
                     "flight to Ghana. The judge refused.")
    assert keys(answered) == [("USA", "allowed")]
    assert answered[0].date == "2025-06-06"
    assert answered[0].evidence.quote.startswith("On Friday lawyers asked")


def test_lifting_a_block_reports_the_block_once(extractor: Extractor) -> None:
    lifted = legal(extractor, US + "An appeals court lifted a district judge's injunction on "
                   "deportations to South Sudan.")
    assert keys(lifted) == [("USA", "allowed"), ("USA", "blocked")]
    told = legal(extractor, US + "In March, Judge Ann Carter issued an injunction barring "
                 "deportations to South Sudan. In May, the Supreme Court lifted Carter's "
                 "injunction.")
    assert keys(told) == [("USA", "allowed"), ("USA", "blocked")]
    assert {f.outcome: f.date for f in told} == {"blocked": "2025-03", "allowed": "2025-05"}


def test_overturned_is_read_by_what_it_overturned(extractor: Extractor) -> None:
    facts = legal(extractor, UK + "The High Court found the Rwanda policy lawful, but the Court "
                  "of Appeal overturned that decision.")
    by_court = {f.court: f.outcome for f in facts}
    assert by_court == {"High Court": "allowed", "Court of Appeal": "blocked"}


def test_rulings_read_from_what_the_court_states(extractor: Extractor) -> None:
    inverted = legal(extractor, UK + "The plan to send people to Rwanda is unlawful, the Supreme "
                     "Court ruled on Wednesday.")
    permitted = legal(extractor, UK + "Britain's Supreme Court ruled that the state could "
                      "deport asylum seekers to a third country.")
    attributive = legal(extractor, US + "The judge said illegal migrants would be flown to "
                        "Rwanda.")
    assert keys(inverted) == [("GBR", "blocked")]
    assert inverted[0].date == "2025-06-04"
    assert keys(permitted) == [("GBR", "allowed")]
    assert attributive == []


def test_hypotheticals_and_questions_give_nothing(extractor: Extractor) -> None:
    for text in ("Critics said migrants could challenge their transfer in the courts.",
                 "Whether the courts would allow the transfers to Rwanda is unclear.",
                 "If the Supreme Court upholds the ruling, flights to Rwanda could resume.",
                 "The judge is expected to rule next week on the flights to Rwanda."):
        assert legal(extractor, UK + text) == [], text


def test_headline_and_lede_are_one_ruling(extractor: Extractor) -> None:
    text = ("Judge halts deportation flight to Libya\n" + US + "A federal judge on Monday halted "
            "a deportation flight to Libya.")
    facts = legal(extractor, text)
    assert keys(facts) == [("USA", "blocked")]
    assert facts[0].date == "2025-06-02"


def test_other_immigration_rulings_are_out(extractor: Extractor) -> None:
    assert legal(extractor, US + "A judge blocked the administration's attempt to end "
                 "birthright citizenship.") == []


def test_a_judge_named_earlier_acts_by_surname(extractor: Extractor) -> None:
    facts = legal(extractor, US + "In April, U.S. District Judge Ann Carter blocked removals to "
                  "Eswatini. In May, Carter found that officials had violated her order.")
    assert keys(facts) == [("USA", "blocked"), ("USA", "blocked")]
    assert sorted(f.date for f in facts) == ["2025-04", "2025-05"]


def test_jurisdiction_of_named_unnamed_and_international_courts(extractor: Extractor) -> None:
    named = legal(extractor, US + "A Kenyan court suspended the agreement to host migrants "
                  "deported from the United States.")
    echr = legal(extractor, UK + "The European Court of Human Rights issued an interim measure "
                 "halting the flight to Rwanda.")
    assert keys(named) == [("KEN", "blocked")]
    assert keys(echr) == [("GBR", "blocked")]


def test_a_court_in_the_receiving_state_only_when_the_text_says_so(extractor: Extractor) -> None:
    story = "KAMPALA — {} The United States sent deportees to Uganda last month."
    inside = legal(extractor, story.format(
        "Lawyers filed a case at the High Court challenging the government's agreement to "
        "receive deportees from the United States."))
    outside = legal(extractor, story.format("A court blocked further deportation flights."))
    assert keys(inside) == [("UGA", "pending")]
    assert keys(outside) == [("USA", "blocked")]


def test_a_ruling_after_another_event_is_not_dated_by_it(extractor: Extractor) -> None:
    facts = legal(extractor, US + "In May, eight men were flown to South Sudan after the "
                  "Supreme Court cleared the way for their removal.")
    assert keys(facts) == [("USA", "allowed")]
    assert facts[0].date is None


def test_a_ruling_reported_by_lawyers_is_reported(extractor: Extractor) -> None:
    facts = legal(extractor, US + "Lawyers for the men said a judge had blocked their "
                  "transfer to Ghana.")
    assert [(f.outcome, f.certainty) for f in facts] == [("blocked", "reported")]


def test_continuing_cases_are_pending(extractor: Extractor) -> None:
    facts = legal(extractor, US + "The class action over the removals continues in Boston, "
                  "and the government's appeal is pending before the Court of Appeals.")
    assert keys(facts) == [("USA", "pending"), ("USA", "pending")]
