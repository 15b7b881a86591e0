"""Rights-concern facts (FACTS.md rule 5) on short invented texts.

Most tests call the builder directly with the receiving states given, so they test the concern
rules alone; one goes through the whole extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from thirdcountry.extraction import Extractor
from thirdcountry.extraction.concerns import build_rights_concerns
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.pipeline import build_nlp
from thirdcountry.extraction.sentences import TEXT_KEY
from thirdcountry.facts.schema import RightsConcern

SENT = "The United States deported twelve migrants to Eswatini in July under a new agreement. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def concerns(nlp: Language, text: str, receivers: set[str]) -> list[RightsConcern]:
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return build_rights_concerns(DocumentContext(nlp(doc), None), receivers)


def countries(facts: list[RightsConcern]) -> list[str]:
    return [f.country for f in facts]


def test_ngo_claim_about_the_receiving_states_prisons(nlp: Language) -> None:
    text = SENT + ("Amnesty International said detainees in Eswatini's prisons face torture and "
                   "deaths in custody.")
    [fact] = concerns(nlp, text, {"SWZ"})
    assert fact.country == "SWZ"
    assert fact.concern == "torture; deaths in custody"
    assert fact.certainty == "reported"
    assert fact.attributed_to == "Amnesty International"
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.quote


def test_outlets_own_statement_is_confirmed(nlp: Language) -> None:
    text = SENT + "Eswatini has held political prisoners for years without charge."
    [fact] = concerns(nlp, text, {"SWZ"})
    assert (fact.certainty, fact.attributed_to) == ("confirmed", None)


@pytest.mark.parametrize("sentence", [
    # the deporting state's procedure
    "Lawyers said the men got no notice and no chance to say they feared torture there.",
    # conditions in the people's own countries
    "In Eswatini, the men told lawyers they had fled persecution and torture at home.",
    # a plain mention of conflict, a travel advisory
    "Eswatini has seen clashes between protesters and police in recent years.",
    "A travel advisory warns of kidnapping and torture in Eswatini.",
    # the deporting state's own detention
    "Before the flight to Eswatini, ICE held the men for weeks without access to lawyers.",
    # denials, criminal records, generic claims about no state
    "The government of Eswatini said the men were not mistreated.",
    "Officials in Eswatini said the men had been convicted of crimes including rape.",
    "Critics say such deportations expose migrants to abuse.",
])
def test_not_a_concern_about_the_receiving_state(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


def test_the_state_whose_prisons_are_described_among_several(nlp: Language) -> None:
    text = ("Washington has sent deportees to Rwanda and Uganda. Rights groups say Uganda's laws "
            "punish same-sex relations with life imprisonment, unlike Rwanda.")
    assert countries(concerns(nlp, text, {"RWA", "UGA"})) == ["UGA"]


def test_destination_of_people_sent_where(nlp: Language) -> None:
    text = ("Lawyers argued that sending the men to Libya, where migrants are tortured in "
            "detention centres, would break the law.")
    assert countries(concerns(nlp, text, set())) == ["LBY"]


def test_named_facility_stands_for_its_state(nlp: Language) -> None:
    text = "Former detainees said guards at CECOT beat them every day."
    assert countries(concerns(nlp, text, set())) == ["SLV"]


def test_a_word_pointing_back_finds_the_state_just_discussed(nlp: Language) -> None:
    text = SENT + "Its prisons are overcrowded, activists say."
    [fact] = concerns(nlp, text, {"SWZ"})
    assert (fact.country, fact.concern) == ("SWZ", "harsh detention conditions")
    assert concerns(nlp, SENT + "Prisons are overcrowded, activists say.", {"SWZ"}) == []


def test_capacity_under_negation_from_critics_not_officials(nlp: Language) -> None:
    base = "Paraguay agreed to take asylum seekers from the United States. "
    critics = base + "Advocates warned that Paraguay's asylum office was never equipped for it."
    official = base + "Paraguay is in no condition to take them, the foreign minister said."
    assert countries(concerns(nlp, critics, {"PRY"})) == ["PRY"]
    assert concerns(nlp, official, {"PRY"}) == []


def test_onward_removal_is_about_the_state_that_moved_people_on(nlp: Language) -> None:
    text = ("Ghana received fourteen deportees from the United States. Most were sent on to "
            "Nigeria within days, lawyers said.")
    [fact] = concerns(nlp, text, {"GHA", "NGA"})
    assert (fact.country, fact.concern) == ("GHA", "onward removal (refoulement)")


def test_separate_and_restated_concerns_across_paragraphs(nlp: Language) -> None:
    first = SENT + "Lawyers said the men were held without charge in Eswatini.\n\n"
    restated = first + "The men are still held without charge in Eswatini, lawyers said."
    other = first + "The UN has documented torture in Eswatini's prisons."
    assert len(concerns(nlp, restated, {"SWZ"})) == 1
    sources = [f.attributed_to for f in concerns(nlp, other, {"SWZ"})]
    assert sources == ["Lawyers", "The UN"]


def test_extractor_ties_the_concern_to_the_receiving_state() -> None:
    text = ("Eswatini agreed to accept deportees from the United States. The first five "
            "deportees arrived in July. Their lawyers said the men had been held without "
            "access to counsel in Eswatini.")
    facts = [f for f in Extractor().extract(text, "2025-08-01") if f.type == "rights_concern"]
    assert countries(facts) == ["SWZ"]
