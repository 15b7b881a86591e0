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


@pytest.mark.parametrize("sentence", [
    "Detainees told researchers that guards in Eswatini kept them without adequate food or "
    "medical care.",
    "A lawyer in Mbabane warned that anyone held there could face open-ended detention.",
    "Monitors said people in Eswatini's prisons had inadequate access to legal aid.",
    "Several of them said they had been pressed to leave the country within days.",
    "Detainees in Eswatini said they had not been allowed to contact relatives.",
    "Human rights monitors said people held in Eswatini were detained arbitrarily.",
])
def test_wordings_of_abuse_and_deprivation(nlp: Language, sentence: str) -> None:
    [fact] = concerns(nlp, SENT + sentence, {"SWZ"})
    assert (fact.country, fact.certainty) == ("SWZ", "reported")


def test_permission_is_no_deprivation(nlp: Language) -> None:
    text = SENT + "Detainees in Eswatini said they were allowed to contact relatives."
    assert concerns(nlp, text, {"SWZ"}) == []


def test_an_ombudsman_and_the_un_agency_raise_concerns(nlp: Language) -> None:
    ombudsman = SENT + ("Eswatini's human rights ombudsman has raised concerns about the centre. "
                        "It says the centre is overcrowded.")
    agency = SENT + ("The U.N. refugee agency has said that Eswatini's asylum system has very "
                     "limited capacity.")
    [by_ombudsman] = concerns(nlp, ombudsman, {"SWZ"})
    [by_agency] = concerns(nlp, agency, {"SWZ"})
    assert by_ombudsman.certainty == by_agency.certainty == "reported"
    assert "ombudsman" in by_ombudsman.attributed_to
    assert by_agency.concern == "asylum system unable to protect"


def test_a_rule_about_any_country_is_about_none(nlp: Language) -> None:
    generic = SENT + ("The court said a country cannot be deemed safe if part of its population "
                      "lacks protection.")
    described = SENT + "Rights groups say Eswatini is a country where torture is common."
    assert concerns(nlp, generic, {"SWZ"}) == []
    assert countries(concerns(nlp, described, {"SWZ"})) == ["SWZ"]


def test_a_headline_concern_joins_the_sourced_one(nlp: Language) -> None:
    text = ("Judge halts deportations to Eswatini, citing torture risk\n\n" + SENT + "\n\n"
            "A former U.N. investigator said detainees in Eswatini's prisons are beaten.")
    [fact] = concerns(nlp, text, {"SWZ"})
    assert (fact.certainty, fact.attributed_to) == ("reported", "A former U.N. investigator")


def test_a_place_pointing_back_takes_the_main_state_of_its_paragraph(nlp: Language) -> None:
    text = SENT + ("\n\nLawyers said the men were confined at a camp outside the capital without "
                   "access to counsel. Some were later put on buses to Mozambique, the lawyers "
                   "said. The government says all of them left Eswatini voluntarily.")
    assert countries(concerns(nlp, text, {"SWZ", "MOZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    "Activists say Eswatini routinely jails critics and bans political parties.",
    "A lawyer for the men said they had not been charged with any crime in Eswatini.",
    "Lawyers said the deportees held in Eswatini had limited contact with their families.",
])
def test_repression_and_detention_wordings(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


def test_charges_in_the_deporting_state_are_not_about_the_receiving_one(nlp: Language) -> None:
    text = SENT + "Before the flight, ICE held the men for months although they had not been "\
        "charged with any crime."
    assert concerns(nlp, text, {"SWZ"}) == []


@pytest.mark.parametrize("sentence", [
    "Eswatini has had no contact with Washington about further flights, officials said.",
    "Reporters had limited access to the airport in Eswatini, where the plane landed.",
    "Flooding forced residents of Eswatini's capital to leave their homes.",
])
def test_contact_access_and_leaving_in_other_senses(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


@pytest.mark.parametrize("sentence", [
    "The men have been detained without trial in Eswatini for months, their lawyers said.",
    "Several of the deportees held in Eswatini went on hunger strike, their lawyers said.",
    "Lawyers said the men held in Eswatini were threatened with violence by guards.",
    "Two of the men held in Eswatini have attempted suicide, a lawyer said.",
    "Human rights groups have accused Eswatini of cracking down on dissent.",
])
def test_more_wordings_of_abuse(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


def test_the_deporting_state_describing_the_receiving_one(nlp: Language) -> None:
    report = SENT + ("The State Department's own human rights report cites arbitrary killings "
                     "and harsh prison conditions in Eswatini.")
    statement = SENT + ("The State Department said in a statement that Eswatini's prisons are "
                        "overcrowded.")
    own = SENT + "Eswatini's interior ministry said the kingdom's prisons were not overcrowded."
    assert countries(concerns(nlp, report, {"SWZ"})) == ["SWZ"]
    assert countries(concerns(nlp, statement, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, own, {"SWZ"}) == []


def test_what_happened_before_people_were_sent(nlp: Language) -> None:
    before = SENT + ("In Texas, the men were held without access to lawyers before their "
                     "deportation to Eswatini.")
    held_there = SENT + ("The men were held in Eswatini without access to lawyers before being "
                         "sent on to Malawi, lawyers said.")
    assert concerns(nlp, before, {"SWZ"}) == []
    assert countries(concerns(nlp, held_there, {"SWZ", "MWI"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    "Their lawyers said the men held in Eswatini had been denied phone calls with relatives.",
    "Two detainees in Eswatini said they were refused regular access to a lawyer.",
    "Monitors said people released in Eswatini were left destitute, sleeping rough in the city.",
    "Researchers found that many released in Eswatini were left without legal status.",
    "Critics say Eswatini's police have a record of handing over exiles to their governments.",
])
def test_deprivations_after_transfer_are_concerns(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


def test_a_guarantee_under_doubt_is_a_concern_but_a_plain_one_is_not(nlp: Language) -> None:
    doubted = SENT + "Rights groups questioned whether Eswatini can guarantee access to lawyers."
    plain = SENT + "Officials in Eswatini said they guarantee access to lawyers."
    assert countries(concerns(nlp, doubted, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, plain, {"SWZ"}) == []


def test_a_return_of_nationals_home_is_not_a_host(nlp: Language) -> None:
    text = SENT + ("Critics cite the abduction in Mbabane of two Zambian activists and their "
                   "forced return to Zambia as evidence that exiles in Eswatini risk enforced "
                   "disappearance.")
    # Zambia is a receiver elsewhere in the story; here it is only the men's home.
    [fact] = concerns(nlp, text, {"SWZ", "ZMB"})
    assert fact.country == "SWZ" and fact.certainty == "reported"


def test_this_country_in_a_local_voice_points_to_the_state_discussed(nlp: Language) -> None:
    text = SENT + ("Eswatini has said little about the men. This country's record of torture "
                   "should worry anyone sending people here.")
    assert countries(concerns(nlp, text, {"SWZ"})) == ["SWZ"]


def test_a_concern_goes_to_the_state_of_its_own_clause(nlp: Language) -> None:
    text = ("The United States deported migrants to Ghana, Eswatini and Rwanda this year. "
            "Monitors have criticised prison conditions in Eswatini, where deportees are held "
            "without charge, and have questioned whether Rwanda can guarantee their safety.")
    facts = concerns(nlp, text, {"GHA", "SWZ", "RWA"})
    assert sorted(countries(facts)) == ["RWA", "SWZ"]


def test_people_without_legal_status_in_the_deporting_state_are_no_concern(
        nlp: Language) -> None:
    text = SENT + ("Eswatini will take in up to 60 more people who are in the United States "
                   "without legal status.")
    assert concerns(nlp, text, {"SWZ"}) == []


def test_an_unowned_spokesperson_is_no_government_explaining_itself(nlp: Language) -> None:
    unowned = SENT + ('A spokesperson said Eswatini "cannot currently guarantee the safety" of '
                      "people sent there.")
    minister = SENT + ("Eswatini's interior minister said Eswatini cannot guarantee the safety of "
                       "anyone who enters illegally.")
    assert countries(concerns(nlp, unowned, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, minister, {"SWZ"}) == []


def test_the_detainees_point_back_to_the_state_holding_them(nlp: Language) -> None:
    text = SENT + ("Their lawyers said last week that the detainees had been refused access to "
                   "counsel.")
    assert countries(concerns(nlp, text, {"SWZ"})) == ["SWZ"]


def test_a_place_noun_after_the_points_back_to_the_host(nlp: Language) -> None:
    the = SENT + ("Lawyers said they were taken to the military barracks without access to "
                  "counsel.")
    a = SENT + "Lawyers said they were taken to a military barracks without access to counsel."
    assert countries(concerns(nlp, the, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, a, {"SWZ"}) == []


def test_a_pointer_far_from_the_state_takes_the_stories_host(nlp: Language) -> None:
    text = SENT + ("The men were flown on a chartered plane. Officials said the flight was "
                   "uneventful. Local reporters described the weather. Monitors said residents "
                   "of the centre complained of stays without access to interpreters.")
    assert countries(concerns(nlp, text, {"SWZ"})) == ["SWZ"]


def test_cut_off_from_the_outside_world_is_a_concern(nlp: Language) -> None:
    cut_off = SENT + ("Rights groups said the men held at the camp were cut off from the outside "
                      "world for weeks.")
    internet = SENT + ("Rights groups said the men held at the camp were cut off from the "
                       "internet for weeks.")
    assert countries(concerns(nlp, cut_off, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, internet, {"SWZ"}) == []


def test_there_naming_the_speaker_points_nowhere(nlp: Language) -> None:
    speakers = SENT + 'Officials there described the men as "abused" by the Americans.'
    detainees = SENT + "Monitors said detainees there were abused by guards."
    assert concerns(nlp, speakers, {"SWZ"}) == []
    assert countries(concerns(nlp, detainees, {"SWZ"})) == ["SWZ"]


def test_a_clause_describing_the_peoples_home_is_not_the_hosts(nlp: Language) -> None:
    home = ("The United States deported twelve migrants to Mexico in July. Three Haitians who "
            "could not be flown to Port-au-Prince, where the airport was closed by gang violence, "
            "were sent to Mexico.")
    hosted = ("The United States deported twelve migrants to Mexico in July. Three Haitians were "
              "flown to Mexico City, where gang violence is rife.")
    assert concerns(nlp, home, {"MEX"}) == []
    assert countries(concerns(nlp, hosted, {"MEX"})) == ["MEX"]


def test_citing_reports_makes_the_concern_reported(nlp: Language) -> None:
    reports = SENT + "The focus falls on Eswatini, citing reports of torture in its prisons."
    own = SENT + "The focus falls on Eswatini, citing torture in its prisons."
    assert [f.certainty for f in concerns(nlp, reports, {"SWZ"})] == ["reported"]
    assert [f.certainty for f in concerns(nlp, own, {"SWZ"})] == ["confirmed"]
    # Round 19: unnamed people pointing to it are a speaker (FACTS.md rule 1)
    pointed = SENT + "Some point to Eswatini, citing torture in its prisons."
    assert [f.certainty for f in concerns(nlp, pointed, {"SWZ"})] == ["reported"]


def test_the_men_point_back_only_when_said_to_be_held(nlp: Language) -> None:
    held = SENT + ("The men have been held in solitary confinement at a maximum-security prison, "
                   "their lawyers said.")
    quoted = SENT + 'Officials described the men as "abused" by the Americans, their lawyers said.'
    assert countries(concerns(nlp, held, {"SWZ"})) == ["SWZ"]
    assert concerns(nlp, quoted, {"SWZ"}) == []


def test_one_kind_of_source_on_one_state_is_one_concern(nlp: Language) -> None:
    text = SENT + ("Lawyers said the men were held at the prison without charge.\n\nHuman Rights "
                   "Watch has documented torture in Eswatini's prisons.\n\nThe men's lawyers "
                   "later said they were held at the prison without access to their families.")
    facts = concerns(nlp, text, {"SWZ"})
    assert countries(facts) == ["SWZ"]
    assert "no access to lawyers or family" in facts[0].concern


@pytest.mark.parametrize("sentence", [
    "Families held at the camp said they were not allowed to leave.",
    "Families held at the camp said they lacked medical care.",
])
def test_confinement_and_missing_care_are_concerns(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


def test_whom_people_cannot_reach_is_not_the_source(nlp: Language) -> None:
    text = SENT + ("The men were held for weeks at the prison without access to their lawyers, "
                   "the ombudsman said.")
    lawyers = SENT + "The men were held for weeks at the prison without charge, their lawyers said."
    assert [f.attributed_to for f in concerns(nlp, text, {"SWZ"})] == ["the ombudsman"]
    assert [f.attributed_to for f in concerns(nlp, lawyers, {"SWZ"})] == ["their lawyers"]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Human Rights Watch has described conditions in Eswatini's prisons as inhumane.", True),
    ("Critics called the deportation policy of the United States inhumane.", False),
    ("Eswatini is an absolute monarchy where political parties are effectively banned.", True),
    ("Rights groups say Eswatini has a record of intimidating dissidents abroad.", True),
    ("Pro-democracy protests in Eswatini have been violently suppressed.", True),
    ("Pro-democracy protests in Eswatini have been peaceful.", False),
])
def test_inhumane_treatment_and_repression(nlp: Language, sentence: str, found: bool) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == (["SWZ"] if found else [])


# Concrete descriptions of mistreatment or conditions, without any "concern" word.
@pytest.mark.parametrize("description", [
    "Lawyers said the men in Eswatini had been held without any charge for three months.",
    "Relatives said guards in Eswatini's prisons threatened them and beat them up.",
    "Volunteers said deportees released in Eswatini were left with no money and no means of "
    "support.",
    "According to a charity, families sent to Eswatini slept in tents with poor sanitation.",
    "The deportees in Eswatini's prisons were not allowed to call their families, their "
    "lawyers said.",
    "The men held at Matsapha have never been allowed to see a lawyer, their families say.",
    "Lawyers told the court that people held at Sidvwashini were denied access to counsel.",
    "Rights groups said the men were confined in Eswatini without a court order.",
])
def test_concrete_mistreatment_is_a_concern(nlp: Language, description: str) -> None:
    assert countries(concerns(nlp, SENT + description, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("near_miss", [
    # Allowed, not denied: no concern.
    "Lawyers said the men in Eswatini were allowed to call a lawyer on arrival.",
    # A plan abandoned is no person abandoned.
    "A similar plan to send people to Eswatini was abandoned in July.",
    # Any country, not the receiving state.
    "A country may be peaceful and still lack the capacity to give a fair hearing to people "
    "sent there.",
    # What the government says of itself, on the record.
    "Eswatini's government spokesman said the men were never held without charge.",
])
def test_near_misses_of_concrete_mistreatment(nlp: Language, near_miss: str) -> None:
    assert concerns(nlp, SENT + near_miss, {"SWZ"}) == []


def test_an_opposition_shadow_minister_is_a_critic_not_the_government(nlp: Language) -> None:
    text = ("The United States deported migrants to Uganda under the arrangement. The Shadow "
            "Minister for Foreign Affairs said Uganda's security agencies have been accused of "
            "torturing opposition supporters in unregistered detention facilities.")
    assert countries(concerns(nlp, text, {"UGA"})) == ["UGA"]


def test_a_state_named_after_a_generic_subject_is_the_concerns(nlp: Language) -> None:
    text = SENT + ("A third country is only safe if it can offer protection, and Eswatini's "
                   "asylum office was never equipped to do that.")
    assert countries(concerns(nlp, text, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("description", [
    "Lawyers say they have not been able to contact the men held in Eswatini.",
    "Family members said they had not heard from the men in Eswatini's prison in weeks.",
    "The men in Eswatini are being kept in a cramped room with no windows, a relative said.",
    "Advocates said the deportees in Eswatini were held in windowless cells.",
    "The deportees held in Eswatini have no idea how long they will be detained, their lawyer "
    "said.",
])
def test_cut_off_and_confined_people_are_a_concern(nlp: Language, description: str) -> None:
    assert countries(concerns(nlp, SENT + description, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("near_miss", [
    "Lawyers said they had been able to contact the men in Eswatini every day.",
    "Officials in Eswatini said they had heard from Washington about more flights.",
])
def test_contact_that_works_is_no_concern(nlp: Language, near_miss: str) -> None:
    assert concerns(nlp, SENT + near_miss, {"SWZ"}) == []


# Cut off from counsel or phones, and complaints as the way a concern is raised (g09, g15, j02,
# j11: different authors).
@pytest.mark.parametrize("sentence", [
    "Lawyers said the men held in Eswatini were cut off from phones and legal advice for weeks.",
    "The deportees have been cut off from their lawyers since they landed in Eswatini, a rights "
    "group said.",
    "Held in a guarded hotel in Mbabane, the men were cut off from counsel, advocates said.",
    "Activists complained that detainees in Eswatini had their phones taken on arrival.",
    "Relatives say the men, confined to a hotel in Eswatini, are cut off from lawyers.",
    "Lawyers have complained that the men detained in Eswatini were kept under armed guard with "
    "no access to counsel.",
    "The review follows complaints from civil society groups about the treatment of the men "
    "flown to Eswatini.",
])
def test_isolation_and_complaints(nlp: Language, sentence: str) -> None:
    [fact] = concerns(nlp, SENT + sentence, {"SWZ"})
    assert (fact.country, fact.certainty) == ("SWZ", "reported")


@pytest.mark.parametrize("sentence", [
    "Power cuts left parts of Eswatini cut off from phone networks for a day.",
    "Residents of Eswatini complained about power cuts and the cost of phone calls.",
])
def test_isolation_and_complaints_in_other_senses(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


# A source raising a concern through a participle ("…, warning that", "echoed that concern")
# is the source of the concern (j07 and the participial wordings of other sets).
@pytest.mark.parametrize("sentence", [
    "Refugee groups in Mbabane echoed that concern, warning that people sent to Eswatini would "
    "face torture.",
    "Amnesty International issued a statement accusing Eswatini of torturing detainees.",
    "Lawyers filed affidavits alleging that the men held in Eswatini were beaten.",
    "Researchers published a report documenting abuse in Eswatini's prisons.",
    "Advocates spoke out on Monday, describing inhumane conditions in Eswatini's prisons.",
])
def test_a_source_raising_a_concern_by_a_participle(nlp: Language, sentence: str) -> None:
    [fact] = concerns(nlp, SENT + sentence, {"SWZ"})
    assert (fact.country, fact.certainty) == ("SWZ", "reported")


@pytest.mark.parametrize("sentence", [
    "Officials in Eswatini echoed the minister, saying the men were well treated.",
    "Eswatini's police issued a warning about flooding on Monday.",
])
def test_participles_that_raise_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


# A story on the men held at a named deportee prison may never say "deported" or "migrants":
# the prison's name tells what it is about, so its concerns are still read.
@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


HELD_STORY = ("The men spent four months behind bars. Their families waited for news in Caracas. "
              "Officials said little about the case. ")


@pytest.mark.parametrize(("text", "iso3"), [
    (HELD_STORY + "Venezuelans sent under the Alien Enemies Act told reporters that guards at "
     "CECOT had beaten them.", "SLV"),
    ("Inside the Terrorism Confinement Center, the men say, beatings were routine. "
     + HELD_STORY + "Lawyers who reached them said they were held incommunicado at the "
     "Terrorism Confinement Centre.", "SLV"),
    (HELD_STORY + "The families of those held at CECOT say they were denied any contact with "
     "lawyers. The prison, CECOT, was built for gang members.", "SLV"),
    (HELD_STORY + "Families were confined for weeks at the CATEM near the Panamanian border. "
     "The Ombudsman said the families at CATEM lived in overcrowded rooms.", "CRI"),
    (HELD_STORY + "Lawyers who visited Gjadër described the men there as held in isolation. "
     "The centre at Gjader has stood largely empty since.", "ALB"),
])
def test_a_named_deportee_prison_sets_the_topic(extractor: Extractor, text: str,
                                                iso3: str) -> None:
    facts = [f for f in extractor.extract(text, "2025-08-20") if isinstance(f, RightsConcern)]
    assert iso3 in countries(facts)


@pytest.mark.parametrize("text", [
    # One passing mention of the prison in a story on something else.
    HELD_STORY + "Prisoners at CECOT were beaten, a gang member's mother said of her son.",
    # Another prison, named by no list: not the topic.
    HELD_STORY + "Guards at the La Esperanza prison beat inmates during a riot last week.",
])
def test_a_prison_named_once_in_another_story_is_no_topic(extractor: Extractor,
                                                           text: str) -> None:
    assert not [f for f in extractor.extract(text, "2025-08-20") if isinstance(f, RightsConcern)]


@pytest.mark.parametrize(("receivers", "text", "iso3"), [
    # a town, an airport, a region, a camp: real places of the receiving state
    ({"UGA"}, "Researchers who followed up with people who landed at Entebbe found that many "
     "had been left without residence papers.", "UGA"),
    ({"SLV"}, "Interviews with the returned men paint a picture of their time in Tecoluca: "
     "beatings on arrival and no contact with lawyers.", "SLV"),
    ({"PAN"}, "The migrants were bussed to a camp near the Darién jungle, where lawyers said "
     "they were cut off from their lawyers for weeks.", "PAN"),
    ({"GHA"}, "Lawyers complained that detainees at Bundase were kept under armed guard with no "
     "access to counsel.", "GHA"),
    ({"SWZ"}, "In Manzini, relatives said, the deportees were held without charge.", "SWZ"),
    # passive, the place after the concern
    ({"ALB"}, "Men were held in isolation, lawyers said, after being landed at the port of "
     "Durrës.", "ALB"),
])
def test_a_real_place_of_the_receiving_state_names_it(nlp: Language, receivers: set[str],
                                                      text: str, iso3: str) -> None:
    assert countries(concerns(nlp, SENT + text, receivers)) == [iso3]


@pytest.mark.parametrize("text", [
    # a place of the people's own state, named as their home
    "Mexican deportees said they had been beaten by police in Tijuana before they left home.",
    # a place, but no concern
    "The flight landed at Entebbe on Friday and the men were taken to a hotel.",
])
def test_a_place_alone_or_of_the_peoples_home_makes_no_concern(nlp: Language,
                                                                text: str) -> None:
    assert "MEX" not in countries(concerns(nlp, SENT + text, {"SWZ"}))
    assert "UGA" not in countries(concerns(nlp, SENT + text, {"SWZ"}))


@pytest.mark.parametrize("text", [
    "Deportees in Eswatini are being held without any legal rights, according to their "
    "attorneys.",
    "Lawyers said the men sent to Eswatini were left without any legal status.",
    "The Ombudsman denounced that the migrants in Eswatini lived without clear legal status.",
    "Eswatini has kept the men for months with no legal status, rights groups say.",
    "Rights groups said Eswatini was holding the deportees, who were stripped of legal status "
    "on arrival.",
])
def test_people_held_without_legal_status_or_rights(nlp: Language, text: str) -> None:
    [fact] = concerns(nlp, SENT + text, {"SWZ"})
    assert (fact.country, fact.concern) == ("SWZ", "no legal status")


@pytest.mark.parametrize("text", [
    # the people's status in the deporting state, before any transfer
    "Immigrants without legal status in the United States could be sent to Eswatini.",
    # status granted
    "Eswatini granted the men legal status and the right to work.",
])
def test_legal_status_in_the_deporting_state_or_granted_is_no_concern(nlp: Language,
                                                                      text: str) -> None:
    assert concerns(nlp, SENT + text, {"SWZ"}) == []


# Round 6: people held cut off from lawyers or legal information, in other words than the cue
# list had (b02, b11, l14).
@pytest.mark.parametrize("sentence", [
    "Lawyers for the men told the court that prison authorities in Eswatini had repeatedly "
    "refused them access to their clients.",
    "The ombudsman warned that the deportees held in Eswatini lacked adequate legal information "
    "and interpreters.",
    "\"They were held in Eswatini's Matsapha prison with no information and no lawyers,\" a "
    "rights group said.",
    "Attorneys say the men, detained in Eswatini since July, have been held without a lawyer.",
    "Rights groups said the authorities in Eswatini denied him access to counsel for weeks.",
])
def test_people_held_cut_off_from_legal_help(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    # the deporting state's procedure, not the receiving state's treatment
    "Lawyers said the men were deported from the United States without a lawyer present at any "
    "hearing.",
    # an access word with no people held
    "Eswatini's government said journalists would be given access to the new prison.",
])
def test_legal_help_words_without_a_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


def test_a_demonym_naming_a_border_is_not_the_state_holding(nlp: Language) -> None:
    text = ("The United States deported 200 migrants to Costa Rica in February under a new "
            "agreement. Rights groups said the families were held near the Panamanian border "
            "with no lawyers.")
    assert "PAN" not in countries(concerns(nlp, text, {"CRI", "PAN"}))


# Round 6: an asylum system too small or stretched to protect the people sent (f13, q07, z04,
# z05).
PY = "The United States began sending asylum seekers to Paraguay in March under a new deal. "


@pytest.mark.parametrize("sentence", [
    "UNHCR has said Paraguay's asylum commission handles only a few hundred cases a year and "
    "would need more staff and interpreters.",
    "Rights activists in Paraguay have warned that the refugee system is already stretched.",
    "\"Paraguay does not have an asylum system that could handle even a few dozen cases,\" a "
    "rights group said.",
    "Lawyers said Paraguay's refugee agency, which has only a handful of permanent staff, "
    "would be swamped.",
    "Critics say Paraguay's asylum office is understaffed and overstretched.",
])
def test_an_asylum_system_too_small_to_protect(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, PY + sentence, {"PRY"})) == ["PRY"]


@pytest.mark.parametrize("sentence", [
    # a hospital, not the asylum system; and a doubt, not a lack
    "Senators in Paraguay questioned whether the national hospital could cope with extra "
    "demand.",
    # the deporting state's own asylum office
    "Officials said the U.S. asylum office was understaffed before the deal.",
])
def test_capacity_words_that_raise_no_concern(nlp: Language, sentence: str) -> None:
    assert "PRY" not in countries(concerns(nlp, PY + sentence, {"PRY"}))


# Round 7: what visitors, lawyers and relatives report of the people held (self-harm, no access
# to counsel, no doctor, confinement) in the words reporters use (c12, c13, i11, o09, o11).
AL = "Italy transferred forty men to its centre at Gjadër in Albania last week. "


@pytest.mark.parametrize("sentence", [
    "Lawyers who visited Gjadër said one detainee had harmed himself on the first night.",
    "Several others at the centre had been unable to speak to counsel, their lawyers said.",
    "Opposition lawmakers who toured the centre said some men were held for weeks without "
    "seeing a doctor.",
    "Relatives said they had not been allowed to speak to the men since they landed.",
    "According to the ombudsman, the men held at Gjadër received inadequate medical care.",
    "Albania's ombudsman found the men had been deprived of their liberty at Gjadër.",
    "Several of them have since described being kept in cells with the lights on all day.",
])
def test_visitors_reports_of_the_people_held(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, AL + sentence, {"ALB"})) == ["ALB"]


@pytest.mark.parametrize("sentence", [
    # the people's wellbeing in their own words about the journey, no treatment by the host
    "The men said they were unable to sleep on the ship.",
    # a doctor who saw them: care given, not withheld
    "A doctor examined the men on arrival, officials said.",
])
def test_visits_and_care_that_raise_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, AL + sentence, {"ALB"}) == []


# Round 7: a travel advisory's reasons are the risks to travellers, in whichever clause they
# stand (FACTS.md rule 5; b10, c04, o02).
SS = "The United States flew eight men to South Sudan on Friday. "


@pytest.mark.parametrize("sentence", [
    "The State Department advises Americans not to travel to South Sudan because of crime, "
    "kidnapping and armed conflict.",
    "The State Department's travel advisory for South Sudan warns Americans not to travel "
    "there because of crime, kidnapping and armed conflict.",
    "Washington tells its citizens not to visit South Sudan, citing kidnapping and violent "
    "crime.",
    "A U.S. travel warning, in force since 2011, lists kidnapping among the dangers in South "
    "Sudan.",
    "The State Department's own travel advisory warns Americans against visiting South Sudan "
    "due to kidnapping.",
])
def test_an_advisorys_reasons_are_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SS + sentence, {"SSD"}) == []


@pytest.mark.parametrize("sentence", [
    # the treatment of the people sent, before the advisory or in a sentence of its own
    "Lawyers say the men have been held incommunicado in South Sudan; the State Department "
    "advises Americans not to travel there.",
    "The State Department advises Americans not to travel to South Sudan. Lawyers say the men "
    "have been held incommunicado there.",
])
def test_the_people_sent_after_an_advisory_are_a_concern(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SS + sentence, {"SSD"})) == ["SSD"]


# Round 7: a condition any state must meet names none ("a state cannot be designated safe if
# parts of its population are not protected"; c09, l02).
@pytest.mark.parametrize("sentence", [
    "The court said a country could not be listed as safe if parts of its population, such "
    "as LGBT people, were not protected there.",
    "Under the rules in force, a state cannot be designated safe if parts of its population "
    "are not protected.",
    "The judges held that, under EU law, a state could not be deemed safe unless it protected "
    "gay people.",
    "A country may be called safe only if torture is absent from its prisons, the court said.",
    "It added that a state can only be designated safe if it is safe for everyone.",
])
def test_a_condition_for_any_state_names_none(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, AL + sentence, {"ALB"}) == []


@pytest.mark.parametrize("sentence", [
    "Albania, a country where gay people face persecution, hosts the centre.",
    "Rights groups said Albania's prisons are overcrowded, and a country cannot be safe if "
    "detainees are tortured, as they are in Albania.",
])
def test_a_named_state_beside_a_condition_is_a_concern(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, AL + sentence, {"ALB"})) == ["ALB"]


# Round 7: the state people were moved on to after being held is not the one that held them
# (f15, i09).
GH = "Ghana took in fourteen deportees from the United States in September. "


@pytest.mark.parametrize("sentence", [
    "Lawyers accused the authorities of holding the men at a military camp without access to "
    "counsel before transporting them across the border into Togo.",
    "Lawyers said the deportees were held at the camp without charge before being driven to "
    "Togo.",
    "Lawyers said the men were kept at the camp without access to lawyers and then bussed to "
    "Togo.",
    "The men were held incommunicado at the camp and later taken to Togo, lawyers said.",
    "Lawyers said the group was detained at the camp without charge, subsequently being "
    "handed over to Togo.",
])
def test_the_state_moved_on_to_is_not_the_holder(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, GH + sentence, {"GHA"})) == ["GHA"]


@pytest.mark.parametrize("sentence", [
    # the treatment in the state they were moved to
    "The men were driven to Togo, where lawyers say they were held without charge.",
    "After the camp, the men were taken to Togo and held incommunicado in Lomé, lawyers said.",
])
def test_treatment_in_the_state_moved_to(nlp: Language, sentence: str) -> None:
    assert "TGO" in countries(concerns(nlp, GH + sentence, {"GHA", "TGO"}))


# Round 7: "sending people to a country whose laws …" describes where the story sends them,
# even when another scheme's state was named the sentence before (f02, i08, w01).
NL = ("The Netherlands agreed on Thursday to send rejected asylum seekers to Uganda, and Uganda "
      "confirmed the deal. Denmark held talks with Rwanda in 2022 about a similar scheme. ")


@pytest.mark.parametrize("sentence", [
    "The Dutch Council for Refugees said it was deeply concerned about sending people to a "
    "country whose laws punish same-sex relations with long prison terms.",
    "Critics said the deal would send people to a country where arbitrary detention of critics "
    "is routine.",
    "\"Nobody should be sent to a country where torture in custody is still routine,\" a "
    "researcher said.",
    "Lawyers said the plan could send them to a country where, they argued, detainees are "
    "routinely tortured.",
    "Amnesty warned against deporting anyone to a country that jails critics.",
])
def test_a_country_described_as_the_destination(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, NL + sentence, {"UGA"})) == ["UGA"]


@pytest.mark.parametrize("sentence", [
    # a country described, but nobody sent there
    "Critics said a country where arbitrary detention is routine cannot be a partner.",
    # the people's own country, not the destination
    "Lawyers said the men had fled a country where critics are jailed.",
])
def test_a_country_described_but_not_as_the_destination(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, NL + sentence, {"UGA"}) == []


# Round 7: a concern raised about a state's prisons or treatment of people, or a doubt how the
# people sent would be protected, with the doubt before or (passive) after (c08, f08, i16).
RS = "Britain is in talks to send rejected asylum seekers to a return hub in Serbia. "


@pytest.mark.parametrize("sentence", [
    "Serbia's treatment of migrants in its reception camps has been criticised by the Council "
    "of Europe.",
    "Rights groups have repeatedly raised concerns about prisons in Serbia.",
    "Refugee advocates questioned how people sent to Serbia would be protected.",
    "Campaigners have voiced concerns about Serbia's detention centres.",
    "In a report last year, Serbia's treatment of asylum seekers was condemned by monitors.",
])
def test_a_doubt_about_a_states_prisons_or_treatment(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, RS + sentence, {"SRB"})) == ["SRB"]


@pytest.mark.parametrize("sentence", [
    # the deal criticised, not the state's treatment of people
    "The plan has been criticised by opposition MPs in London.",
    # prisons named with no doubt about them
    "Serbia's prisons will not be used for the hub, officials said.",
])
def test_no_doubt_about_a_states_prisons(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, RS + sentence, {"SRB"}) == []


# Round 7: people moved on to their own countries go home; that is no refoulement (o15, x06).
GH2 = "Ghana took in more than forty West Africans deported from the United States. "


@pytest.mark.parametrize("sentence", [
    "Most of them were then sent on to their own countries by road.",
    "Most were moved on to their home countries within days, according to lawyers in Accra.",
    "Ghana has since sent most of them on to their own countries.",
    "Nearly all were later moved on to their home country by bus, officials said.",
    "The men were quickly sent on to their own countries, Ghana's foreign minister said.",
])
def test_moved_on_home_is_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, GH2 + sentence, {"GHA"}) == []


@pytest.mark.parametrize("sentence", [
    "Most were sent on to Togo, a country none of them came from, lawyers said.",
    "Lawyers said the men had been sent on to Nigeria although several were not Nigerian.",
])
def test_moved_on_to_another_state_is_a_concern(nlp: Language, sentence: str) -> None:
    assert "GHA" in countries(concerns(nlp, GH2 + sentence, {"GHA"}))


# Round 8: contact denied, read from its parts (a lack of contact or a negated permission, then
# within a few words the people or means of contact), not from a list of every combination
# (composed_cues.py; ta02, ua02, ua07).
@pytest.mark.parametrize("sentence", [
    "Their lawyers said the men had not been allowed to see relatives since they landed.",
    "Relatives said the deportees were never allowed to telephone their families from the "
    "prison in Eswatini.",
    "Staff found people at the camp in Eswatini with limited access to telephones, the "
    "ombudsman said.",
    "The detainees, who have had no contact with their lawyers for weeks, are held at "
    "Matsapha, rights groups said.",
    "According to advocates, the men in Eswatini's custody are not permitted to meet their "
    "attorneys.",
    "Held near Mbabane, they have been cut off from legal advice, lawyers said. They have "
    "not been able to call their families either.",
])
def test_contact_denied_read_from_its_parts(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, SENT + sentence, {"SWZ"})
    assert countries(facts) == ["SWZ"]
    assert "no access to lawyers or family" in facts[0].concern


@pytest.mark.parametrize("sentence", [
    # a permission granted, and contact restored
    "Officials said the men in Eswatini were allowed to see their lawyers on Monday.",
    "The government said the deportees held in Eswatini are able to call their families "
    "every day.",
])
def test_contact_granted_is_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


# Round 8: children without schooling and rights violated of people held, read from their
# parts (composed_cues.py; l14, o06, ta14, q02).
CR = "The United States flew 200 migrants to Costa Rica in February under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "The ombudsman reported that children at CATEM lacked schooling and medical care.",
    "Children held at the camp in Costa Rica had gone months without schooling, the "
    "ombudsman told the court.",
    "The Constitutional Chamber found that the State violated the rights of the families held "
    "at CATEM.",
    "Families detained at CATEM, the court said, had had their rights violated.",
    "Rights groups said the children kept at the centre in Costa Rica were denied education "
    "for months.",
    "In a ruling on Monday the court held that Costa Rica breached the basic rights of "
    "deportees confined at CATEM.",
])
def test_schooling_and_rights_of_people_held(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, CR + sentence, {"CRI"})) == ["CRI"]


@pytest.mark.parametrize("sentence", [
    # the sender's procedure, and the people's own background
    "A judge found the administration violated the rights of migrants by flying them to Costa "
    "Rica without notice.",
    "Most of the migrants flown to Costa Rica had no schooling beyond primary level, "
    "officials said.",
])
def test_no_schooling_or_rights_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, CR + sentence, {"CRI"}) == []


# Round 9: a sentence that names no state, where a pronoun for the people sent stands as the
# subject of their being held, points back to the state just named (ga09, ua13).
SS = "The United States flew eight men to Juba, South Sudan, in July under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "A rights group fears they are being held incommunicado.",
    "Their lawyer said they had been detained without charge for weeks.",
    "Relatives say they're still held incommunicado by the security services.",
    "Monitors believe he was kept in solitary confinement and beaten.",
    "She said she fears they are being held incommunicado.",
    "Activists warned that they were being held without access to lawyers, and that they "
    "could face torture.",
])
def test_people_held_named_by_a_pronoun(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SS + sentence, {"SSD"})) == ["SSD"]


@pytest.mark.parametrize("sentence", [
    # the pronoun holds something, or holds nobody sent
    "They held a news conference to denounce torture around the world.",
    "Critics say they have kept silent about torture for too long.",
])
def test_a_pronoun_not_held_points_nowhere(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SS + sentence, {"SSD"}) == []


# Round 9: a concern that the accused state denies in the same text is reported as its claimant
# stated it (rule 1), whoever states it (b08, ia13).
SV = "The United States flew 238 Venezuelan men to El Salvador's CECOT prison in March. "


@pytest.mark.parametrize("sentence", [
    "The men have been beaten by guards at CECOT, an accusation El Salvador has rejected.",
    "Guards at CECOT have beaten the men; El Salvador has denied the allegations.",
    "The men were tortured at CECOT, claims the Salvadoran government denies.",
    "The men have been beaten by guards at CECOT. El Salvador dismissed the accusations as "
    "lies.",
    "Guards at CECOT tortured the men, a charge San Salvador rejects.",
])
def test_a_concern_the_accused_state_denies_is_reported(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, SV + sentence, {"SLV"})
    assert [(f.country, f.certainty) for f in facts] == [("SLV", "reported")]


@pytest.mark.parametrize("sentence", [
    # no denial of the claim: a request refused, or none at all
    "The men have been beaten by guards at CECOT; El Salvador rejected a request to let "
    "monitors visit.",
    "The men have been beaten by guards at CECOT.",
])
def test_a_concern_not_denied_keeps_its_certainty(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, SV + sentence, {"SLV"})
    assert [(f.country, f.certainty) for f in facts] == [("SLV", "confirmed")]


# Round 10: the people held named as families, children, detainees or "those held" point back
# to the state holding them, as "the men" does, in a sentence saying they are held (ka06, pa12,
# ia03, ia12).
CR = "The United States sent 20 migrants to Costa Rica last month under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "Lawyers told the court that families had been kept behind fences for weeks, with little "
    "access to legal advice.",
    "The families have been held for a month in a former warehouse with poor medical care, "
    "advocates said.",
    "Detainees are being held without charge, their lawyers said.",
    "Children detained with their parents have been denied visits, according to advocates.",
    "Those detained since February have been confined without access to lawyers, a rights "
    "group said.",
])
def test_families_and_detainees_held_point_back(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, CR + sentence, {"CRI"})) == ["CRI"]


@pytest.mark.parametrize("sentence", [
    # not held, or no concern
    "Families in the region flee gang violence and extortion every year.",
    "Families of the deportees said they had been held up at the airport for hours.",
])
def test_families_not_held_point_nowhere(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, CR + sentence, {"CRI"}) == []


# Round 11: a state described by its own people's flight ("a country where thousands of
# citizens flee", "Honduras, which tens of thousands of its own people flee") cites that
# state's record; "flee" there is no sign of the deportees' home (ka05, l11, ta03).
HN = "The United States has agreed to send asylum seekers to Honduras under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "The ombudsman said a country where thousands of citizens flee extortion and gang violence "
    "every year cannot guarantee the safety of foreigners sent to seek asylum there.",
    "Honduras, which tens of thousands of its own people flee each year, cannot guarantee the "
    "safety of those sent there, the coalition said.",
    "Critics say Honduras, a country its own citizens are fleeing in large numbers, cannot "
    "protect the safety of the people it receives.",
    "Rights groups warned that a country that thousands of families flee every year could not "
    "ensure the safety of asylum seekers.",
    "A country from which hundreds of residents fled last year cannot guarantee the safety of "
    "deportees sent there, lawyers argued.",
])
def test_a_state_its_own_people_flee_is_the_host(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, HN + sentence, {"HND"})
    assert [(f.country, f.certainty) for f in facts] == [("HND", "reported")]


@pytest.mark.parametrize("sentence", [
    # the people sent fled their own country: a concern about home, not the host
    "Many of the deportees had fled gang violence and said their safety could not be "
    "guaranteed if they returned.",
    "Many had fled Nicaragua, a country that thousands of dissidents flee each year, and said "
    "their safety could not be guaranteed if they returned.",
    "Most of them fled a country that millions have left, and their lawyers said they could "
    "not be protected at home.",
])
def test_people_fleeing_their_own_country_stay_at_home(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, HN + sentence, {"HND"}) == []


# Round 11: an opposition politician on the record is a critic of the government, not a party
# to the matter: the concern is reported (rule 1), as an NGO's is (ka04, x03, ha06, sa10).
UG = "The United States sent twelve deportees to Uganda in August under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "In Parliament on Thursday, Leader of the Opposition Joel Ssenyonyi said Uganda could not "
    "be trusted with foreigners, warning that its security agencies torture detainees.",
    "Opposition leader Joel Ssenyonyi said on Thursday that Uganda's security forces had "
    "tortured detainees in safe houses.",
    "Uganda's prisons are overcrowded and detainees there are routinely beaten, the shadow "
    "foreign minister told parliament.",
    "According to opposition MP Betty Nambooze, detainees in Ugandan prisons are beaten and "
    "denied medical care.",
    "The Leader of the Opposition warned that Uganda's security forces torture detainees.",
])
def test_an_opposition_speaker_reports_a_concern(nlp: Language, sentence: str) -> None:
    assert [(f.country, f.certainty) for f in concerns(nlp, UG + sentence, {"UGA"})] == [
        ("UGA", "reported")]


@pytest.mark.parametrize("sentence, expected", [
    # the government explaining itself is no concern; the outlet's own statement is confirmed
    ("Foreign Minister Henry Oryem Okello said Uganda was in no condition to take more "
     "deportees.", []),
    ("Detainees in Uganda's prisons have been tortured, the newspaper's investigation found, "
     "and some of the deportees are held in the same wing.", [("UGA", "reported")]),
    ("Uganda's security forces have tortured detainees in unregistered safe houses.",
     [("UGA", "confirmed")]),
])
def test_government_and_outlet_voices_are_not_opposition(nlp: Language, sentence: str,
                                                        expected: list) -> None:
    facts = concerns(nlp, UG + sentence, {"UGA"})
    assert [(f.country, f.certainty) for f in facts] == expected


# A story about people held in one receiving state describes their conditions in a later
# paragraph without naming that state or pointing back to it: the concern is that state's
# (rule 5), in any wording a reporter uses, when the sentence names no state at all.
HELD_STORY = ("The United States deported ten men to Eswatini in July under a new agreement, "
              "and they have been held there since.\n\n")


@pytest.mark.parametrize("sentence", [
    "Several detainees said by phone that guards had taken their mobile phones and beaten them.",
    "Lawyers who visited in May described cramped, windowless rooms where families slept.",
    "Human Rights Watch said the families had their phones confiscated and faced abuse.",
    # passive, a relative clause
    "Abuse of the detainees, which relatives say has gone on for weeks, was reported by a lawyer.",
    # the claim split across two sentences, the second carrying the cue
    "Relatives spoke to reporters on Tuesday. They said the men had been tortured.",
    # the people first, the treatment in a parenthetical report
    "The men, their relatives said, were beaten and denied medical care.",
])
def test_unplaced_conditions_in_a_held_story_are_the_hosts(nlp: Language,
                                                           sentence: str) -> None:
    assert countries(concerns(nlp, HELD_STORY + sentence, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    # the deporting state's own act, named
    "ICE officers beat several of the men before the flight, lawyers said.",
    # the deporting state's procedure
    "Lawyers said the men got no notice and no chance to say they feared torture.",
    # a state named elsewhere that is not the host
    "In Nigeria, where some of the men come from, rights groups have documented torture.",
    # a generic claim about nobody in particular
    "Prisons are overcrowded and guards use torture, activists say.",
    "The dissent said the ruling exposes thousands of people to torture in unknown countries.",
    # "there" is where the speakers are
    "Officials there described the men as kidnapped and abused.",
])
def test_unplaced_conditions_near_misses(nlp: Language, sentence: str) -> None:
    assert "SWZ" not in countries(concerns(nlp, HELD_STORY + sentence, {"SWZ"}))


def test_unplaced_conditions_need_a_single_host(nlp: Language) -> None:
    text = ("The United States sent men to Ghana and to Eswatini this year.\n\n"
            "Lawyers said people had their phones confiscated and faced abuse.")
    assert concerns(nlp, text, {"GHA", "SWZ"}) == []


# Restricted contact told with a qualifier of access ("sporadic", "irregular") or a negated
# permission to receive visits, not only with "no access" or "not allowed to see".
@pytest.mark.parametrize("sentence", [
    "Monitors found the detainees had only sporadic access to lawyers.",
    "The men have had irregular access to their families, lawyers said.",
    "Lawyers said the detainees were not permitted to receive visitors.",
    "Relatives said the men had not been allowed to receive visits from their families.",
    "The deportees, their lawyers said, are not able to receive visitors.",
    "Since July the detainees have had only occasional access to counsel.",
])
def test_restricted_contact_in_other_words(nlp: Language, sentence: str) -> None:
    [fact] = concerns(nlp, HELD_STORY + sentence, {"SWZ"})
    assert (fact.country, fact.concern) == ("SWZ", "no access to lawyers or family")


@pytest.mark.parametrize("sentence", [
    "Lawyers said the detainees were permitted to receive visitors on Sundays.",
    "Officials said the men have regular access to lawyers and family.",
])
def test_access_granted_is_no_concern(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, HELD_STORY + sentence, {"SWZ"}) == []


# Round 13: a source named by a word the source class lacked ("the Coalition", "volunteers")
# or raising the concern by a verb the class lacked ("argue", "notes", "recorded") is still
# the concern's source, so the concern is reported, not the outlet's (ha05 pa07 ca12 ba03 ma07).
@pytest.mark.parametrize("sentence", [
    "The Coalition notes that Eswatini's security agencies have tortured detainees.",
    "A coalition of Swazi NGOs argues that the men held at Matsapha have been beaten.",
    "Rights organisations argue that detainees in Eswatini's prisons are tortured.",
    "Lawyers in Mbabane have a case before the High Court arguing that the men were beaten "
    "in detention in Eswatini.",
    "Volunteers who visited the prison in Eswatini recorded beatings of detainees.",
    "\"Eswatini tortures detainees,\" said the coalition's spokesperson.",
    "Monitors noted that detainees in Eswatini's prisons had been beaten.",
])
def test_more_sources_and_verbs_make_a_concern_reported(nlp: Language, sentence: str) -> None:
    assert [(f.country, f.certainty) for f in concerns(nlp, SENT + sentence, {"SWZ"})] == [
        ("SWZ", "reported")]


@pytest.mark.parametrize("sentence", [
    "The coalition government in Mbabane has tortured opposition activists for years.",
    "As noted above, Eswatini's police have tortured detainees.",
])
def test_the_outlets_own_voice_stays_confirmed(nlp: Language, sentence: str) -> None:
    assert [(f.country, f.certainty) for f in concerns(nlp, SENT + sentence, {"SWZ"})] == [
        ("SWZ", "confirmed")]


# Round 13: contact denied in the wordings reporters use beside "no access to lawyers" (za07
# za09 ga04 sa02 ia12 oa01 o10 ma10 ia03 pa03): a bare verb of contact under a negation ("cannot
# see a lawyer"), access after a deprivation with words between ("denied prompt access to",
# "without mosquito nets or access to"), phones or papers taken, the people's own lawyers named
# as "clients", and people not told why, whether or how long they are held.
@pytest.mark.parametrize("sentence", [
    "Their lawyers said the men cannot see a lawyer or make a phone call.",
    "The detainees could not call their families for weeks, relatives said.",
    "Guards took their mobile phones on arrival, the men's relatives said.",
    "Lawyers said officials had seized the detainees' phones and passports.",
    "The men were held without mosquito nets or access to lawyers.",
    "An association of lawyers said the detainees had been denied prompt access to legal "
    "advice.",
    "Lawyers say they have had no contact with their clients since the flight landed.",
    "The men have not been told why they are held, their lawyers said.",
    "The men haven't been told whether they can leave, advocates say.",
])
def test_contact_denied_in_reporters_wordings(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, HELD_STORY + sentence, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    "Officials said the detainees can see a lawyer whenever they ask.",
    "A bus took their families to the border crossing on Monday.",
    "The men were told why they were held and given access to lawyers.",
    "Officials did not say why the flight had been delayed.",
    "Lawyers said they had not seen the documents the government filed.",
])
def test_contact_that_is_not_denied(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, HELD_STORY + sentence, {"SWZ"}) == []



# Round 13: a verdict that the receiving state is unfit to take people ("is no place to send",
# "in no position to protect"): ba05 ta03 ha06 ka10.
@pytest.mark.parametrize("sentence", [
    "Amnesty International said Eswatini was no place to send vulnerable people.",
    "Critics say Eswatini is in no position to protect refugees.",
    "Eswatini, rights groups warned, is no place for deportees with nowhere else to go.",
    "A kingdom that jails its critics is in no position to promise safety to anyone, said "
    "activists in Eswatini.",
    "Lawyers argued that Eswatini was in no position to guarantee the men a fair hearing.",
])
def test_a_verdict_of_unfitness_is_a_concern(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    "Eswatini's government said it was in no position to comment on the talks.",
    "Officials said there was no place to send the men until the flight was cleared.",
])
def test_unfitness_wordings_in_other_senses(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []



# Round 14: a critic named by the demonym of a host speaks of their own country, which the
# sentence leaves unnamed ("a country where …", "the country's law"), in a story about two
# hosts: ha06 sa10 ba08 (v12 c14 x03 ba05 say it without the demonym).
TWO_HOSTS = ("Denmark has agreed to send foreign prisoners to Kosovo, and Britain is in talks "
             "with Uganda about a return hub. Kosovo's parliament approved the lease last "
             "month, and the first prisoners are expected in Gjilan next year. ")


@pytest.mark.parametrize("sentence", [
    "Ugandan opposition politicians, for their part, warn that a country where critics are "
    "detained without charge is no place to send people.",
    "Ugandan opposition lawmakers pointed to the country's anti-homosexuality law and said gay "
    "deportees could not be safe there.",
    "A country that jails its critics without charge is no place for deportees, Ugandan "
    "activists said.",
    "Ugandan rights lawyers say the state routinely tortures detainees in unregistered "
    "safe houses.",
    "Ugandan human rights groups, which campaigned against the plan, argued that the "
    "government holds critics incommunicado for months.",
])
def test_a_critic_of_their_own_country(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, TWO_HOSTS + sentence, {"XKX", "UGA"})) == ["UGA"]


@pytest.mark.parametrize(("sentence", "absent"), [
    # the critic speaks of the other host, which the sentence names
    ("Ugandan activists said the prisoners sent to Kosovo have been held without charge.",
     "UGA"),
    # the speakers' nationality is the deporting state's
    ("Danish lawmakers said a country where critics are jailed without charge is no place to "
     "send prisoners.", "DNK"),
    # a demonym that names the people, not who speaks
    ("Lawyers said Eritrean detainees had been held without charge for months.", "ERI"),
])
def test_a_demonym_that_is_not_the_critics_own_country(nlp: Language, sentence: str,
                                                        absent: str) -> None:
    assert absent not in countries(concerns(nlp, TWO_HOSTS + sentence, {"XKX", "UGA"}))


def test_a_critic_of_their_own_country_is_reported(nlp: Language) -> None:
    text = TWO_HOSTS + ("Ugandan opposition politicians, for their part, warn that a country "
                        "where critics are detained without charge is no place to send people.")
    [fact] = concerns(nlp, text, {"XKX", "UGA"})
    assert (fact.certainty, fact.attributed_to) == ("reported", "Ugandan opposition politicians")


@pytest.mark.parametrize("sentence", [
    # a demonym naming a place, not who speaks
    "\"Families were held near the Ugandan border with no lawyers,\" said a coalition "
    "coordinator.",
    # a demonym naming the people spoken of, after the verb
    "Lawyers told reporters Ugandan officials had not yet seen the deal.",
])
def test_a_demonym_that_opens_no_speaker(nlp: Language, sentence: str) -> None:
    assert "UGA" not in countries(concerns(nlp, TWO_HOSTS + sentence, {"XKX", "UGA"}))


# Round 14: the state where people are held, named as the scene of the sentence ("In South
# Sudan, the men …") or right after their holding ("held incommunicado in Juba"), ties a
# concern even when no removal there was read: ga11 sb12.
ES = "The United States deported ten men to Eswatini in July under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "In South Sudan, the men deported in July have been held incommunicado since they arrived.",
    "In Juba, the deportees are being held without charge by the security services.",
    "In South Sudan, lawyers say, the deportees have been denied access to counsel.",
    "\n• In South Sudan, the men deported in July are being held incommunicado, families say.",
    "The men have been held incommunicado in South Sudan since July, their lawyers said.",
    "Lawyers said the deportees were detained without charge in Juba for weeks.",
])
def test_the_state_where_people_are_held(nlp: Language, sentence: str) -> None:
    assert "SSD" in countries(concerns(nlp, ES + sentence, {"SWZ"}))


@pytest.mark.parametrize("sentence", [
    "In South Sudan, fighting between rival forces displaced thousands this year.",
    "In Eritrea, the men had been jailed without charge before they fled.",
    "The men were held without charge for weeks before their flight to South Sudan.",
    "In Washington, lawyers said the men had been held without charge in Eswatini.",
])
def test_the_state_where_people_are_held_near_misses(nlp: Language, sentence: str) -> None:
    found = countries(concerns(nlp, ES + sentence, {"SWZ"}))
    assert "SSD" not in found and "ERI" not in found and "USA" not in found


# Round 14: an opposition critic speaks of their own government without naming the state
# ("a government which detains …", "the state tortures …"): ba05 x03 (v12 c14 likewise).
UG_ONLY = "The United States sent twelve deportees to Uganda in August under a new agreement. "


@pytest.mark.parametrize("sentence", [
    "Opposition legislators said on Friday that a government which detains its critics in "
    "military facilities was in no position to promise safety to people sent from the US.",
    "The Shadow Minister for Foreign Affairs said it was hypocritical for a government whose "
    "security agencies torture opposition supporters to present itself as a safe haven.",
    "A government that jails its critics without charge cannot protect deportees, opposition "
    "MPs said.",
    "Opposition leaders warned that the state routinely tortures detainees in unregistered "
    "safe houses.",
    "The leader of the opposition, speaking in parliament, said a country where critics "
    "disappear into secret detention is no place to send vulnerable people.",
])
def test_an_opposition_critic_of_their_own_government(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, UG_ONLY + sentence, {"UGA"})
    assert [(f.country, f.certainty) for f in facts] == [("UGA", "reported")]


@pytest.mark.parametrize("sentence", [
    "Opposition legislators said the deal had been signed without a vote in parliament.",
    # a government described by what it does to its parliament, not to people
    "Opposition legislators said a government that signs deals in secret owes parliament "
    "an explanation.",
])
def test_an_opposition_critic_near_misses(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, UG_ONLY + sentence, {"UGA"}) == []


# Round 14: an act of repression read from its parts, the act then within two words its
# target ("restricting dissent", "detaining government critics", "intimidation of critics"),
# not listed combination by combination: ra16 sb03 ua13 (x03 ba05 ha06 likewise).
@pytest.mark.parametrize("sentence", [
    "Human Rights Watch said Eswatini's record of restricting dissent should weigh against "
    "the deal.",
    "Rights groups cited the Eswatini authorities' record of harassing and detaining "
    "government critics.",
    "Amnesty International pointed to Eswatini's surveillance and intimidation of critics "
    "and refugees.",
    "Lawyers noted that Eswatini has spent years persecuting journalists and activists.",
    "The harassment of dissidents in Eswatini, activists say, makes the kingdom unfit to "
    "receive anyone.",
])
def test_repression_read_from_its_parts(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, SENT + sentence, {"SWZ"})
    assert countries(facts) == ["SWZ"]
    assert "repression" in facts[0].concern


@pytest.mark.parametrize("sentence", [
    "Eswatini's government said critics of the deal had misunderstood it.",
    "Officials said they were detaining the deportees while critics waited outside.",
])
def test_repression_parts_apart(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


# Round 15: the people held named with a modifier between the article and the noun ("the
# remaining men", "the 12 migrants", "these other deportees"), not only as "the men": the
# host of a story about one receiving state (za07; likewise ia12 pa03 qb03 in other wordings).
@pytest.mark.parametrize("sentence", [
    "Lawyers for the applicants say the remaining men have been detained for months without "
    "charge.",
    "The 12 migrants, their lawyers said, are being held without access to counsel.",
    "According to their lawyers, the other deportees were jailed for weeks without charge.",
    "Advocates say these two women have been kept without access to their families.",
    "The men arrived in July. Lawyers say the detained men have had no access to lawyers "
    "since.",
])
def test_the_people_held_named_with_a_modifier(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, SENT + sentence, {"SWZ"})) == ["SWZ"]


@pytest.mark.parametrize("sentence", [
    "Rights groups say migrants from many countries are routinely detained without charge.",
    "Rights groups say young men across the region are often detained without charge.",
])
def test_the_people_held_elsewhere_or_anyone(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, SENT + sentence, {"SWZ"}) == []


# Round 17: the state a stopped transfer was bound for is the one the lawyers' concern is about,
# though nobody arrived there and no deal is read (f02 ga02 ma06 ba02: "a flight bound for
# South Sudan" ... "detainees there are routinely tortured").
@pytest.mark.parametrize("text", [
    "Officials put eight men on a flight bound for South Sudan in May. Their lawyers argued "
    "that detainees there are routinely tortured.",
    "A charter plane destined for South Sudan left Texas on Tuesday with eight men aboard. "
    "Lawyers said the men would face torture in South Sudan.",
    "The deportation flight, which was headed for South Sudan, was diverted to Djibouti. "
    "Rights groups said that South Sudan's prisons are notorious for torture.",
    "The eight deportees were heading for Juba when the judge intervened. Advocates warned "
    "that the men could be tortured in South Sudan.",
    "The plane carrying them, bound for Juba, stopped in Djibouti.\n\nAttorneys for the "
    "migrants said the men could be sent to a country where detainees are tortured.",
])
def test_the_state_a_stopped_flight_was_bound_for(nlp: Language, text: str) -> None:
    assert countries(concerns(nlp, text, set())) == ["SSD"]


@pytest.mark.parametrize("text", [
    # no people nor vehicle carried there
    "A shipment of grain bound for South Sudan left Mombasa. Analysts said detainees there "
    "are routinely tortured.",
    # "bound to", not a destination
    "The ruling was bound to anger officials in South Sudan. Lawyers said detainees there "
    "are routinely tortured.",
])
def test_the_state_a_stopped_flight_was_bound_for_near_misses(nlp: Language, text: str) -> None:
    assert "SSD" not in countries(concerns(nlp, text, set()))


# Round 17: a state's security services hold people as its prisons or police do (ma06 f02 sa03
# ga09 h08 oa14 ...: "South Sudan's security services have detained, beaten ...").
US_TRYING = "The United States has been trying to deport the men since May. "


@pytest.mark.parametrize("sentence", [
    "Attorneys argued that South Sudan's security services have beaten people returned from "
    "abroad.",
    "Lawyers said the South Sudanese security services routinely torture detainees.",
    "Rights groups said detainees held by the security services in South Sudan are tortured.",
    "People deported from abroad have been beaten in custody by South Sudan's national "
    "security service, advocates said.",
    "South Sudan's security service, rights groups say, tortures detainees in unofficial sites.",
])
def test_a_states_security_services(nlp: Language, sentence: str) -> None:
    assert countries(concerns(nlp, US_TRYING + sentence, set())) == ["SSD"]


@pytest.mark.parametrize("sentence", [
    "South Sudan's security services said on Tuesday that the border was calm.",
    "Eritrean asylum seekers said Eritrea's security services had tortured them before they "
    "fled.",
])
def test_a_states_security_services_near_misses(nlp: Language, sentence: str) -> None:
    found = countries(concerns(nlp, US_TRYING + sentence, set()))
    assert "SSD" not in found and "ERI" not in found


# Round 18: a receiving state described by its own people's flight, with no other concern cue
# ("Guatemala, they note, is itself a country that tens of thousands of people flee each
# year"), is itself the concern (FACTS.md rule 5; da16, l11, ta03).
@pytest.mark.parametrize("sentence", [
    "Honduras, they note, is itself a country that tens of thousands of people flee each year.",
    "Critics point out that Honduras is a nation its own citizens are fleeing.",
    "Honduras is a country from which hundreds of thousands of residents have fled in the past "
    "decade, rights groups said.",
    "Rights groups said the deal sends asylum seekers to a country that thousands of its own "
    "citizens flee every year.",
    "Rights groups were scathing. Honduras, they said, is a state that millions flee.",
    "The opposition said the government had agreed to send people to Honduras, which "
    "thousands of Hondurans flee every year.",
])
def test_a_state_its_own_people_flee_is_a_concern(nlp: Language, sentence: str) -> None:
    facts = concerns(nlp, HN + sentence, {"HND"})
    assert [(f.country, f.concern) for f in facts] == [("HND", "a state its own people flee")]


@pytest.mark.parametrize("sentence", [
    # the people sent fled their own country: their home, not the host
    "The men sent to Honduras had fled Nicaragua, a country that thousands of dissidents flee.",
    # flight with no state it describes
    "Thousands of people flee violence in the region every year.",
    # a home country, not a flight
    "Dutch governments have searched for years for a country willing to take people whose "
    "home countries will not cooperate with deportations.",
])
def test_flight_that_describes_no_receiving_state(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, HN + sentence, {"HND"}) == []


RW = "Britain has flown 200 asylum seekers to Rwanda under the scheme. "


@pytest.mark.parametrize("sentence", [
    "Judges found that people sent to Rwanda would be returned to their home countries to face "
    "ill-treatment.",
    "Rights groups fear Rwanda will return genuine refugees to their countries of origin, where "
    "they could be persecuted.",
])
def test_a_return_home_from_the_receiving_state_is_refoulement(nlp: Language,
                                                                sentence: str) -> None:
    facts = concerns(nlp, RW + sentence, {"RWA"})
    assert countries(facts) == ["RWA"]
    assert "onward removal (refoulement)" in facts[0].concern


@pytest.mark.parametrize("sentence", [
    # a return home from the deporting state
    "Judges found that asylum seekers returned to their home countries would face ill-treatment.",
    # an onward return with no concern it brings
    "Some of those sent to Rwanda were later returned to their home countries.",
])
def test_a_return_home_that_is_no_refoulement(nlp: Language, sentence: str) -> None:
    assert concerns(nlp, RW + sentence, {"RWA"}) == []


def test_sent_there_points_to_the_state_named_before(nlp: Language) -> None:
    text = "The Supreme Court ruled that Rwanda could not be trusted to protect asylum seekers " \
           "sent there by Britain from ill-treatment."
    assert countries(concerns(nlp, text, set())) == ["RWA"]


def test_a_state_name_modifying_a_site_holds(nlp: Language) -> None:
    text = "Conditions at the Panama camp where US deportees were taken were appalling, with " \
           "little food or water, lawyers said."
    assert countries(concerns(nlp, text, set())) == ["PAN"]
