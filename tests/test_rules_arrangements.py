"""Arrangement rules on invented sentences: stages, who deports and who receives, and facts
that are not there. Each rule has a sentence it must read and a near miss it must not."""

from __future__ import annotations

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.schema import Arrangement, Removal


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # the rules' own readings: the learned checks are measured on articles (test_*_check.py)
    return Extractor(checks=False)


def pairs(extractor: Extractor, text: str, published: str = "2025-09-10") -> set[tuple]:
    return {(f.deporting_country, f.receiving_country, f.stage)
            for f in extractor.extract(text, published) if isinstance(f, Arrangement)}


def removals(extractor: Extractor, text: str, published: str = "2025-09-10") -> set[tuple]:
    return {(f.deporting_country, f.receiving_country)
            for f in extractor.extract(text, published) if isinstance(f, Removal)}


# --- stage wording -------------------------------------------------------------------------

def test_floating_the_idea_of_a_deal_is_an_approach(extractor: Extractor) -> None:
    text = ("Diplomats say Spain has floated with Mauritania the idea of hosting a centre for "
            "migrants whose claims were rejected.")
    assert ("ESP", "MRT", "approached") in pairs(extractor, text)


def test_seeking_protection_is_no_approach(extractor: Extractor) -> None:
    text = ("Greek officials dismissed the asylum claims of 40 migrants, arguing that the "
            "applicants could have sought protection in Turkey.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_an_ordinal_transfer_under_a_deal_is_its_use(extractor: Extractor) -> None:
    text = ("Thirty migrants were taken to a centre in Montenegro on Friday. It was the fourth "
            "transfer this year under Austria's agreement with Montenegro.")
    assert ("AUT", "MNE", "implemented") in pairs(extractor, text)


def test_an_awaited_or_future_first_flight_is_no_use(extractor: Extractor) -> None:
    text = ("Austria signed an agreement with Montenegro to send rejected asylum seekers there. "
            "Officials are preparing for the first flight, which could leave next spring.")
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert all(f.certainty == "speculative" for f in implemented)


def test_a_signing_and_the_flight_after_it_are_two_stages(extractor: Extractor) -> None:
    text = ("Deportees from the United States were on board, officials said. It was the second "
            "such flight since the president announced in June that Togo would accept West "
            "Africans the United States cannot send home.")
    found = pairs(extractor, text)
    assert {("USA", "TGO", "agreed"), ("USA", "TGO", "implemented")} <= found


def test_a_receiving_state_stopping_returns_suspends_the_deal(extractor: Extractor) -> None:
    text = ("Morocco stopped taking back migrants from the Canary Islands under its readmission "
            "arrangement with Spain in May, officials said.")
    assert ("ESP", "MAR", "suspended") in pairs(extractor, text)


def test_stopping_people_is_no_suspension(extractor: Extractor) -> None:
    text = ("Spanish police stopped 40 migrants near the border with Morocco on Sunday, "
            "officials said, after a deal on returns was signed in May.")
    assert not {p for p in pairs(extractor, text) if p[2] == "suspended"}


def test_a_judge_barring_transfers_suspends_the_deal(extractor: Extractor) -> None:
    text = ("A federal judge on Monday barred the Trump administration from sending anyone to "
            "Chad under its deportation agreement with the country.")
    assert ("USA", "TCD", "suspended") in pairs(extractor, text)


def test_barring_something_else_is_no_suspension(extractor: Extractor) -> None:
    text = ("Chad agreed in May to accept deportees from the United States. A judge on Monday "
            "barred reporters from the hearing.")
    assert {p[2] for p in pairs(extractor, text)} == {"agreed"}


def test_grounding_the_flight_suspends_the_deal_of_the_story(extractor: Extractor) -> None:
    text = ("Denmark signed a deal with Kenya in 2024 to send asylum seekers there. In March a "
            "court order grounded the first chartered flight an hour before take-off.")
    assert ("DNK", "KEN", "suspended") in pairs(extractor, text)


def test_a_deal_that_has_concluded_has_ended(extractor: Extractor) -> None:
    text = ("Panama received 200 deportees from the United States in February. The ministry "
            "said on Tuesday that the arrangement with the United States had concluded.")
    assert ("USA", "PAN", "ended") in pairs(extractor, text)


def test_concluding_an_agreement_is_a_signing(extractor: Extractor) -> None:
    text = ("Panama has concluded an agreement with the United States to receive deportees of "
            "other nationalities.")
    assert pairs(extractor, text) == {("USA", "PAN", "agreed")}


def test_people_rejected_somewhere_are_no_refusal(extractor: Extractor) -> None:
    text = ("Sweden wrote to Kosovo last month asking whether it would host a return hub for "
            "people rejected in Sweden.")
    found = pairs(extractor, text)
    assert ("SWE", "XKX", "approached") in found
    assert ("SWE", "XKX", "declined") not in found


def test_a_state_rejecting_the_request_declines(extractor: Extractor) -> None:
    text = "Kosovo rejected a request from Sweden to host a centre for rejected asylum seekers."
    assert ("SWE", "XKX", "declined") in pairs(extractor, text)


def test_who_a_deal_excludes_is_a_condition_not_a_refusal(extractor: Extractor) -> None:
    text = ("Zambia agreed in May to take in deportees from the United States. The ministry said "
            "it would not accept people with criminal records or unaccompanied minors.")
    assert pairs(extractor, text) == {("USA", "ZMB", "agreed")}


def test_no_further_flights_ends_the_deal(extractor: Extractor) -> None:
    text = ("Panama took in 300 deportees from the United States under a deal in February. "
            "\"Panama will not receive further flights of this kind,\" the ministry said.")
    found = pairs(extractor, text)
    assert ("USA", "PAN", "ended") in found and ("USA", "PAN", "declined") not in found


def test_of_their_own_free_will_is_no_power_to_refuse(extractor: Extractor) -> None:
    text = ("Angola confirmed that it had an arrangement with Denmark, but said it would accept "
            "only people who came of their own free will and would not take anyone deported "
            "against their wishes.")
    assert ("DNK", "AGO", "declined") in pairs(extractor, text)


def test_a_passive_request_with_an_adverb_is_an_approach(extractor: Extractor) -> None:
    text = ("Gabon was also asked last year to accept deportees of other nationalities from the "
            "United States, two diplomats said.")
    assert ("USA", "GAB", "approached") in pairs(extractor, text)


def test_a_bare_refusal_after_a_request_is_about_the_request(extractor: Extractor) -> None:
    text = ("Ghana was asked to accept deportees from the United States. Nigeria, by contrast, "
            "has repeatedly refused.")
    assert ("USA", "NGA", "declined") in pairs(extractor, text)


def test_a_refusal_of_a_similar_request_needs_no_migration_word(extractor: Extractor) -> None:
    text = ("Kosovo took in eight deportees from the United States last week. Montenegro's "
            "president said in March that he had turned down a similar U.S. request.")
    assert ("USA", "MNE", "declined") in pairs(extractor, text)


def test_a_refusal_of_something_unrelated_is_no_refusal(extractor: Extractor) -> None:
    text = ("Kosovo took in eight deportees from the United States last week. Montenegro's "
            "president said in March that he had turned down an invitation to a summit.")
    assert ("USA", "MNE", "declined") not in pairs(extractor, text)


# --- states referred to, not named ---------------------------------------------------------

def test_both_countries_are_the_two_states_named_before(extractor: Extractor) -> None:
    text = ("Between 2015 and 2018 Israel sent about 4,000 migrants to Rwanda and Uganda. "
            "Officials said both countries had agreed to take the men.")
    found = pairs(extractor, text)
    assert {("ISR", "RWA", "agreed"), ("ISR", "UGA", "agreed")} <= found


def test_the_two_countries_skip_where_people_moved_on_by_themselves(
        extractor: Extractor) -> None:
    text = ("Officials said Rwanda and Uganda had agreed to take migrants deported from Israel. "
            "Many moved on within weeks, some to South Sudan, others towards Libya. In March the "
            "Supreme Court froze the planned deportations to the two countries.")
    suspended = {p[1] for p in pairs(extractor, text) if p[2] == "suspended"}
    assert suspended == {"RWA", "UGA"}


def test_between_the_two_governments_includes_the_sender(extractor: Extractor) -> None:
    text = ("The Netherlands signed a letter of intent with Uganda on a return hub for rejected "
            "asylum seekers. There are discussions between the two governments on migration, a "
            "spokesperson said.")
    assert ("NLD", "UGA", "negotiating") in pairs(extractor, text)


def test_all_three_are_the_three_states_listed(extractor: Extractor) -> None:
    text = ("Guatemala, El Salvador and Honduras signed asylum cooperative agreements with the "
            "United States in 2019, and the Biden administration scrapped all three in 2021.")
    ended = {p[1] for p in pairs(extractor, text) if p[2] == "ended"}
    assert ended == {"GTM", "SLV", "HND"}


def test_a_pronoun_subject_stands_for_the_state_named_before(extractor: Extractor) -> None:
    text = ("Well, Belize is furthest along. Under the agreement it signed with the United States "
            "in June, it has been receiving asylum seekers from other countries.")
    found = pairs(extractor, text)
    assert {("USA", "BLZ", "agreed"), ("USA", "BLZ", "implemented")} <= found


def test_the_country_stands_for_the_state_of_the_sentence(extractor: Extractor) -> None:
    text = ("Liberia's foreign ministry issued a statement on Monday. It said the country would "
            "accept West Africans deported by the United States who cannot be sent home.")
    assert ("USA", "LBR", "agreed") in pairs(extractor, text)


def test_a_pronoun_after_a_denied_deal_reports_nothing(extractor: Extractor) -> None:
    text = ("Mexico, despite pressure from the United States, has never signed such an "
            "agreement, though it continues to take in some non-Mexican deportees.")
    assert not {p for p in pairs(extractor, text) if p[2] in ("agreed", "implemented")}


def test_a_state_following_suit_reaches_the_same_stage(extractor: Extractor) -> None:
    text = ("Which countries have signed? Paraguay signed an asylum agreement with the United "
            "States in August 2025. Ecuador followed in September.")
    assert ("USA", "ECU", "agreed") in pairs(extractor, text)


def test_following_something_is_not_following_suit(extractor: Extractor) -> None:
    text = ("Paraguay signed an asylum agreement with the United States in August 2025. Ecuador "
            "followed the debate closely.")
    assert ("USA", "ECU", "agreed") not in pairs(extractor, text)


# --- who deports ---------------------------------------------------------------------------

def test_the_state_whose_request_it_was_is_the_sender(extractor: Extractor) -> None:
    text = ("Italy transferred 40 migrants to its centres in Albania. Albania's prime minister "
            "said he had turned down a British request to host a similar facility.")
    found = pairs(extractor, text)
    assert ("GBR", "ALB", "declined") in found and ("ITA", "ALB", "declined") not in found


def test_officers_between_a_demonym_and_its_verb_keep_the_sender(extractor: Extractor) -> None:
    text = ("Spanish border police sent 40 migrants back into Morocco on Sunday, handing them "
            "to Moroccan officers under the readmission agreement the two countries signed in "
            "1992, sources said.")
    assert ("ESP", "MAR", "agreed") in pairs(extractor, text)
    assert ("ESP", "MAR") in removals(extractor, text)


def test_a_known_sender_acts_for_itself_when_the_main_sender_is_absent(
        extractor: Extractor) -> None:
    text = ("The Netherlands signed a letter of intent with Uganda on a return hub. Vienna was "
            "in talks with one country outside Europe about a return hub, but refused to name "
            "it.")
    found = pairs(extractor, text)
    assert not {p for p in found if "AUT" in p}


def test_two_senders_in_one_story_keep_their_own_receivers(extractor: Extractor) -> None:
    text = ("French police sent 60 migrants back into Italy over the weekend, sources said. "
            "Meanwhile a navy ship carried 37 men to the Albanian port of Durres on Sunday. It "
            "was the ninth transfer this year under Italy's protocol with Albania.")
    assert ("ITA", "ALB") in removals(extractor, text)
    assert ("FRA", "ALB") not in removals(extractor, text)


def test_the_destination_of_returns_is_no_sender(extractor: Extractor) -> None:
    text = ("Britain and Belgium have agreed a pilot under which people who cross by boat can be "
            "returned to Belgium, while Britain will accept an equal number of asylum seekers "
            "from Belgium. The first people could be sent back to Belgium within weeks.")
    found = pairs(extractor, text)
    assert ("GBR", "BEL", "agreed") in found and ("BEL", "GBR", "agreed") not in found


# --- facts that are not there --------------------------------------------------------------

def test_a_counterfactual_actor_receives_nothing(extractor: Extractor) -> None:
    text = ("Israel deported asylum seekers to Rwanda. A plan under which Western countries "
            "including Canada and Germany would have resettled 16,000 of the asylum seekers was "
            "cancelled within a day.")
    assert not {p for p in pairs(extractor, text) if p[1] in ("CAN", "DEU")}


def test_an_eu_memorandum_is_no_states_arrangement(extractor: Extractor) -> None:
    text = ("Tunisian forces expelled 140 migrants to the Libyan border. The European Union "
            "continues to disburse funds under its 2023 memorandum of understanding with Tunisia.")
    assert not pairs(extractor, text)


def test_a_states_dated_memorandum_is_a_signing(extractor: Extractor) -> None:
    text = ("Italy returned 300 migrants to Tunisia last year under its 2023 memorandum of "
            "understanding with Tunisia on the transfer of third-country nationals.")
    assert ("ITA", "TUN", "agreed") in pairs(extractor, text)


def test_a_deal_with_an_international_body_is_no_arrangement(extractor: Extractor) -> None:
    text = ("Israel deported asylum seekers to Rwanda under a secret arrangement. A deal with the "
            "UN refugee agency announced in April was suspended by the prime minister.")
    assert ("ISR", "RWA", "suspended") not in pairs(extractor, text)


def test_demands_listed_under_a_call_are_no_events(extractor: Extractor) -> None:
    text = ("Italy returned migrants to Tunisia under a readmission deal, the group said.\n"
            "The group calls on:\n- the Tunisian authorities to halt collective expulsions;\n"
            "- the Italian government to suspend returns to Tunisia.")
    assert not {p for p in pairs(extractor, text) if p[2] == "suspended"}


def test_a_counterpart_left_unnamed_gives_no_pair(extractor: Extractor) -> None:
    text = ("The Netherlands plans a return hub in Uganda. Senegal's foreign minister said his "
            "country would not host return hubs and had turned down approaches from more than "
            "one European partner.")
    assert not {p for p in pairs(extractor, text) if p[1] == "SEN"}


def test_a_named_counterpart_gives_the_pair(extractor: Extractor) -> None:
    text = ("Senegal's foreign minister said his country had turned down approaches from Spain "
            "to host a centre for rejected asylum seekers.")
    assert ("ESP", "SEN", "declined") in pairs(extractor, text)


def test_own_nationals_going_home_make_no_arrangement(extractor: Extractor) -> None:
    text = ("Austria deported 40 Afghan men with criminal convictions to Afghanistan on Friday, "
            "its second such flight this year, the interior ministry said.")
    assert not pairs(extractor, text)


def test_not_citizens_of_the_receiver_are_no_own_nationals(extractor: Extractor) -> None:
    text = ("The United States has paid Chad $5 million to take in people deported from "
            "American soil who are not citizens of the Central African nation.")
    assert ("USA", "TCD", "agreed") in pairs(extractor, text)


def test_people_sent_home_under_a_returns_deal_make_no_arrangement(
        extractor: Extractor) -> None:
    text = ("Georgians made up a large share of asylum seekers in Ireland in 2023, and hundreds "
            "have since been sent home under a returns agreement the two governments signed "
            "that year.")
    assert not pairs(extractor, text)


def test_a_flight_halted_on_the_way_is_no_receiver(extractor: Extractor) -> None:
    text = ("Eight men were deported from the United States toward South Sudan under a deal. "
            "That flight was halted in Djibouti after a judge found the removals unlawful.")
    assert ("USA", "DJI", "suspended") not in pairs(extractor, text)


def test_an_ordinal_group_with_no_deal_is_no_use_of_one(extractor: Extractor) -> None:
    text = ("Police expelled 90 migrants across the border into Niger on Monday. A second group "
            "was driven across the border into Mali in the same week.")
    assert not {p for p in pairs(extractor, text) if p[2] == "implemented" and p[1] == "MLI"}


def test_expected_arrivals_under_the_deal_are_a_speculative_use(extractor: Extractor) -> None:
    text = ("Nauru and Australia signed a memorandum under which Nauru will receive up to 100 "
            "deportees. Arrivals are expected to begin in early 2026, officials said.")
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert [(f.receiving_country, f.certainty) for f in implemented] == [("NRU", "speculative")]


def test_home_countries_refusing_their_citizens_are_no_receiver(extractor: Extractor) -> None:
    text = ("The United States has paid Chad to take in deportees, adding it to a list of "
            "governments used in a drive to deport migrants whose own countries will not take "
            "them back.")
    assert ("USA", "TCD", "declined") not in pairs(extractor, text)


def test_a_source_asking_not_to_be_named_approached_nobody(extractor: Extractor) -> None:
    text = ("Chad agreed to accept deportees from the United States. \"It is outsourcing,\" said "
            "an advocate who works with detained migrants and asked not to be named.")
    assert {p[2] for p in pairs(extractor, text)} == {"agreed"}


def test_talks_that_led_to_a_deal_are_no_stage_of_their_own(extractor: Extractor) -> None:
    text = ("Chad received five deportees from the United States on Friday. A spokeswoman said "
            "the deal was the product of months of discussions with Washington.")
    assert not {p for p in pairs(extractor, text) if p[2] == "negotiating"}


def test_talks_under_way_are_negotiating(extractor: Extractor) -> None:
    text = "Chad is in talks with Washington about accepting deportees of other nationalities."
    assert ("USA", "TCD", "negotiating") in pairs(extractor, text)


def test_a_dispute_with_the_eu_is_no_deal_with_the_eu(extractor: Extractor) -> None:
    text = ("Turkey stopped taking back migrants from the Greek islands under the readmission "
            "arrangement with Greece in March 2020, amid a wider dispute with the EU.")
    assert ("GRC", "TUR", "suspended") in pairs(extractor, text)


def kinds(extractor: Extractor, text: str) -> dict[tuple[str, str, str], str]:
    return {(f.deporting_country, f.receiving_country, f.stage): f.kind
            for f in extractor.extract(text, "2025-09-10") if isinstance(f, Arrangement)}


def test_a_denied_kind_is_no_kind(extractor: Extractor) -> None:
    text = ("Palau and the United States signed a memorandum, which is not a safe third country "
            "agreement, under which Palau will receive up to 75 third-country nationals.")
    assert kinds(extractor, text)[("USA", "PLW", "agreed")] == "third_country_removal"


def test_rejected_asylum_seekers_make_a_removal_deal(extractor: Extractor) -> None:
    text = ("Sweden signed a deal with Kosovo to send rejected asylum seekers to a return hub "
            "there.")
    assert kinds(extractor, text)[("SWE", "XKX", "agreed")] == "third_country_removal"


def test_detention_at_home_is_not_the_receivers_detention(extractor: Extractor) -> None:
    text = ("The men were told at a detention centre in Texas that they would be deported. A "
            "declaration listed Cameroon as another country that had been asked to accept "
            "some of the men deported from the United States.")
    assert kinds(extractor, text)[("USA", "CMR", "approached")] == "third_country_removal"


def test_prisons_of_the_receiver_make_a_detention_deal(extractor: Extractor) -> None:
    text = ("El Salvador agreed to hold deportees from the United States in its prisons for a "
            "fee.")
    assert kinds(extractor, text)[("USA", "SLV", "agreed")] == "detention"


def test_the_senders_own_country_is_no_receiver(extractor: Extractor) -> None:
    text = ("Denmark shelved its plan to send asylum seekers to Rwanda in 2023. Austria's "
            "chancellor said his country would not accept any EU scheme that forced it to take "
            "in migrants.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


def test_a_deal_signed_in_passing_is_a_signing_beside_its_use(extractor: Extractor) -> None:
    text = ("Greece opened a centre in Montenegro last year under a protocol signed in March "
            "2023, and asylum seekers have been held there since.")
    found = pairs(extractor, text)
    assert {("GRC", "MNE", "implemented"), ("GRC", "MNE", "agreed")} <= found


def test_ready_to_receive_is_consent(extractor: Extractor) -> None:
    text = "In May Zambia declared itself ready to receive up to 100 deportees from the USA."
    assert ("USA", "ZMB", "agreed") in pairs(extractor, text)


def test_people_returning_under_pressure_were_not_approached(extractor: Extractor) -> None:
    text = ("More than a million people have returned to Afghanistan from Iran and Pakistan "
            "this year, most of them under pressure or deported, according to UN agencies.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_suspending_asylum_at_home_is_no_suspension_of_a_deal(extractor: Extractor) -> None:
    text = ("Italy suspends asylum for arrivals from Tunisia as Rome seeks returns deal\n"
            "Italy has asked Tunisia to take back migrants who left from its shores, officials "
            "said.")
    found = pairs(extractor, text)
    assert ("ITA", "TUN", "approached") in found and ("ITA", "TUN", "suspended") not in found


def test_rejecting_accounts_is_no_refusal(extractor: Extractor) -> None:
    text = ("El Salvador agreed to hold deportees from the United States. The men say guards beat "
            "them, accounts the Salvadoran government has rejected.")
    assert {p[2] for p in pairs(extractor, text)} == {"agreed"}


def test_a_list_of_signatories_stays_in_one_clause(extractor: Extractor) -> None:
    text = ("During the first term, Guatemala, El Salvador and Honduras signed asylum cooperative "
            "agreements with the United States.")
    agreed = {p[1] for p in pairs(extractor, text) if p[2] == "agreed"}
    assert agreed == {"GTM", "SLV", "HND"}


def test_helping_send_others_home_is_no_own_nationals_deal(extractor: Extractor) -> None:
    text = ("Guatemala agreed in February to accept deportees of other nationalities from the "
            "United States and help send them home.")
    assert ("USA", "GTM", "agreed") in pairs(extractor, text)


def test_opening_talks_is_negotiating_not_use(extractor: Extractor) -> None:
    text = ("Greece's migration ministry said it has opened talks with Mauritania on a return hub "
            "for rejected asylum seekers.")
    found = pairs(extractor, text)
    assert ("GRC", "MRT", "negotiating") in found and ("GRC", "MRT", "implemented") not in found


def test_claims_rejected_more_easily_end_nothing(extractor: Extractor) -> None:
    text = ("Germany deported 60 Georgians home this week. Germany classified Georgia as a safe "
            "country of origin in 2023, so asylum claims from its citizens are rejected more "
            "easily.")
    assert not {p for p in pairs(extractor, text) if p[2] in ("ended", "declined")}


def test_people_asking_to_stay_are_no_approach(extractor: Extractor) -> None:
    text = ("Rwanda agreed to take deportees from the United States. Three of the deportees had "
            "asked to remain in Rwanda, officials said.")
    assert pairs(extractor, text) == {("USA", "RWA", "agreed")}


def test_a_court_a_few_words_on_is_still_a_court(extractor: Extractor) -> None:
    text = ("Eswatini took in five deportees from the United States. Civic groups in Eswatini "
            "have asked the kingdom's High Court to order their release.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_trade_talks_are_no_migration_talks(extractor: Extractor) -> None:
    text = ("Kenya denied that it would take deportees from the United States. Kenya's pending "
            "tariff talks with Washington are a separate matter, the ministry said.")
    assert ("USA", "KEN", "negotiating") not in pairs(extractor, text)


def test_a_denial_that_talks_exist_is_no_negotiation(extractor: Extractor) -> None:
    text = ("The president denied on Tuesday that negotiations with the United States on a safe "
            "third country agreement for asylum seekers exist.")
    assert ("USA", "MEX", "negotiating") not in pairs(extractor, text.replace("The president",
                                                                              "Mexico's president"))


def test_a_denial_in_the_sentence_before_does_not_negate(extractor: Extractor) -> None:
    text = ("Kampala repeatedly denied it. Rwanda acknowledged that it had received asylum "
            "seekers deported from Israel under the scheme.")
    assert ("ISR", "RWA") in removals(extractor, text)


def test_people_sent_to_a_state_do_not_follow_suit(extractor: Extractor) -> None:
    text = ("The United States asked Eswatini to accept deportees in June. Flights carrying "
            "eight men to South Sudan and five to Eswatini followed in July.")
    assert ("USA", "SWZ", "approached") in pairs(extractor, text)
    assert ("USA", "SSD", "approached") not in pairs(extractor, text)


def test_a_venue_is_no_receiver(extractor: Extractor) -> None:
    text = ("Arriving in Luxembourg, the Dutch migration minister said the memorandum signed "
            "with Uganda in September on a return hub for rejected asylum seekers was a model.")
    assert not {p for p in pairs(extractor, text) if p[1] == "LUX"}


def test_an_epithet_skips_a_list_of_nationalities(extractor: Extractor) -> None:
    text = ("A charter carried 131 deportees from the United States to Tashkent, Uzbekistan. Of "
            "those, 97 were Uzbek citizens and the rest nationals of Tajikistan and Kyrgyzstan. "
            "It was the first flight under an arrangement the Central Asian republic agreed to "
            "in the spring.")
    found = pairs(extractor, text)
    assert ("USA", "UZB", "agreed") in found and ("USA", "KGZ", "agreed") not in found


def test_declining_to_comment_is_no_refusal(extractor: Extractor) -> None:
    text = ("Britain is in talks with Serbia about hosting return hubs for rejected asylum "
            "seekers. The Foreign Office in Sarajevo declined to comment.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


def test_a_journalists_question_is_no_approach(extractor: Extractor) -> None:
    text = ("Mexico took in deportees from the United States last year. Mexico's president was "
            "asked about it at her news conference on Tuesday.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_a_further_request_in_a_senders_story_needs_no_migration_word(
        extractor: Extractor) -> None:
    text = ("Britain is in talks with Serbia about hosting return hubs for rejected asylum "
            "seekers. The Foreign Office in Belgrade declined to comment. London has also "
            "approached Montenegro, according to a diplomat.")
    assert ("GBR", "MNE", "approached") in pairs(extractor, text)


def test_a_request_turned_down_with_a_pronoun_is_declined(extractor: Extractor) -> None:
    text = ("Moldova's foreign ministry said it had received a German request to host a return "
            "hub for rejected asylum seekers and turned it down.")
    assert ("DEU", "MDA", "declined") in pairs(extractor, text)


def test_rejecting_claims_that_an_offer_was_made_is_no_approach(extractor: Extractor) -> None:
    text = ("Ghana agreed to take deportees from the United States. The minister rejected claims "
            "that Washington had offered visa concessions in exchange.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_a_portfolio_demonym_is_the_state(extractor: Extractor) -> None:
    text = ("The Danish justice ministry says the first transfers of inmates facing expulsion to "
            "the prison in Kosovo are now expected in 2027.")
    assert ("DNK", "XKX", "implemented") in pairs(extractor, text)


def test_a_nationality_before_asylum_seekers_stays_a_nationality(extractor: Extractor) -> None:
    text = ("Honduras signed an asylum accord with the United States in 2024. The first transfers "
            "under its accord took place in February, when 12 Venezuelan asylum seekers were "
            "flown from Texas to San Pedro Sula.")
    found = pairs(extractor, text)
    assert ("USA", "HND", "implemented") in found and ("USA", "VEN", "implemented") not in found


def test_claims_allowed_to_be_rejected_are_no_refusal(extractor: Extractor) -> None:
    text = ("Germany flew 60 Georgians home. A designation allows asylum claims from Georgia to be "
            "processed faster and rejected more easily.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


def test_an_understanding_reached_is_a_signing(extractor: Extractor) -> None:
    text = ("Ghana confirmed that 14 deportees from the United States had landed in Accra under an "
            "understanding reached with Washington in July.")
    assert ("USA", "GHA", "agreed") in pairs(extractor, text)


# --- the sender a paragraph names ----------------------------------------------------------

STOCKTAKE_OTHER_SENDER = ("Belgium and Benin signed a memorandum last year on a return centre "
                          "for people whose claims were rejected in Belgium.\n\n")


def test_a_paragraph_names_its_sender_once(extractor: Extractor) -> None:
    text = (STOCKTAKE_OTHER_SENDER +
            "Since March Canada has pursued deportation deals with several governments. "
            "Benin agreed in May to take deportees who are not its own nationals; and Togo "
            "agreed to accept up to 40 people.")
    found = pairs(extractor, text)
    assert {("CAN", "BEN", "agreed"), ("CAN", "TGO", "agreed")} <= found
    assert ("BEL", "TGO", "agreed") not in found


def test_a_new_paragraph_forgets_the_sender(extractor: Extractor) -> None:
    text = ("Belgium has deported rejected asylum seekers to Benin under a memorandum, the "
            "ministry said. Belgium deported 30 more people there in May.\n\n"
            "Canada has pursued deportation deals with several governments.\n\n"
            "Benin agreed last year to take deportees who are not its own nationals.")
    found = pairs(extractor, text)
    assert ("BEL", "BEN", "agreed") in found
    assert ("CAN", "BEN", "agreed") not in found


# --- kind ---------------------------------------------------------------------------------

def test_a_kind_named_for_other_states_is_theirs(extractor: Extractor) -> None:
    text = ("Canada has pursued deportation deals with several governments. Safe third country "
            "agreements have been signed with Chile and Peru; Bolivia agreed in May to take "
            "deportees who are not its own nationals.")
    kinds = {f.receiving_country: f.kind for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement)}
    assert kinds.get("CHL") == "safe_third_country"
    assert kinds.get("BOL") == "third_country_removal"


def test_a_kind_in_the_receivers_own_clause_counts(extractor: Extractor) -> None:
    text = ("Canada has pursued deportation deals with several governments. Bolivia signed a "
            "safe third country agreement with Canada in May; Peru refused.")
    kinds = {f.receiving_country: f.kind for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement)}
    assert kinds.get("BOL") == "safe_third_country"


# --- a receiver the story sends people to is no sender ------------------------------------

def test_a_state_the_story_sends_people_to_is_not_the_sender(extractor: Extractor) -> None:
    text = ("Britain has returned 40 asylum seekers to Spain under a new pilot.\n\n"
            "Officials said more people would be removed to Spain next month.\n\n"
            "The Spanish government agreed in July to accept the returns.")
    found = pairs(extractor, text)
    assert ("GBR", "ESP", "agreed") in found
    assert not {p for p in found if p[0] == "ESP"}


def test_a_sending_state_is_a_sender_in_its_own_sentence(extractor: Extractor) -> None:
    text = ("Britain has returned 40 asylum seekers to Greece under a new pilot.\n\n"
            "Officials said more people would be removed to Greece next month.\n\n"
            "Separately, Spain agreed in July to send rejected asylum seekers to Mauritania.")
    found = pairs(extractor, text)
    assert ("ESP", "MRT", "agreed") in found
    assert ("GBR", "MRT", "agreed") not in found


# --- more stage wording -------------------------------------------------------------------

def test_deciding_to_terminate_a_partnership_ends_it(extractor: Extractor) -> None:
    text = ("Ghana said it had honoured the migration partnership with Canada until Canada "
            "decided to terminate the partnership in March, ending transfers of deportees.")
    assert ("CAN", "GHA", "ended") in pairs(extractor, text)


def test_a_lease_ratified_by_a_parliament_is_agreed(extractor: Extractor) -> None:
    text = ("Norway wants to hold foreign prisoners facing deportation abroad. Norway's lease "
            "of 200 cells in Estonia was ratified by the Estonian parliament in May.")
    assert ("NOR", "EST", "agreed") in pairs(extractor, text)


def test_first_transfers_expected_later_are_no_use_yet(extractor: Extractor) -> None:
    text = ("Prison cells in Estonia: Norway's lease on track, first transfers expected in 2027\n"
            "Norway signed a lease with Estonia in May to hold prisoners facing deportation.")
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert all(f.certainty == "speculative" for f in implemented)


def test_talks_said_to_be_near_a_deal_are_also_close(extractor: Extractor) -> None:
    text = ("Austria wants to send rejected asylum seekers abroad. An official described the "
            "talks with Montenegro as constructive and said both sides were close to finalising "
            "a text.")
    assert {("AUT", "MNE", "negotiating"), ("AUT", "MNE", "close")} <= pairs(extractor, text)


def test_talks_not_yet_near_a_deal_are_not_close(extractor: Extractor) -> None:
    text = ("Austria wants to send rejected asylum seekers abroad. An official described the "
            "talks with Montenegro as constructive but said both sides were not close to "
            "finalising a text.")
    found = pairs(extractor, text)
    assert ("AUT", "MNE", "negotiating") in found
    assert ("AUT", "MNE", "close") not in found


def test_would_not_take_migrants_is_a_refusal(extractor: Extractor) -> None:
    text = ("Canada has asked several governments to take deportees. Peru's president told "
            "reporters his country would not take migrants from Canada.")
    assert ("CAN", "PER", "declined") in pairs(extractor, text)


def test_refused_migrants_are_people_not_a_refusal(extractor: Extractor) -> None:
    text = ("Canada signed a deal with Peru in May. Peru's president said refused migrants "
            "from Canada would be housed in Lima.")
    assert ("CAN", "PER", "declined") not in pairs(extractor, text)


LIVE_BLOG_TALKS = ("09:10\nCanada deported twelve asylum seekers to Ghana this morning, "
                   "officials said.\n\n{stamp}An official said talks with several governments "
                   "continue. He named Peru as a country where discussions are under way.")


def test_a_live_blog_timestamp_is_no_sentence(extractor: Extractor) -> None:
    text = LIVE_BLOG_TALKS.format(stamp="10:45\n")
    assert ("CAN", "PER", "negotiating") in pairs(extractor, text)


def test_talks_three_sentences_from_the_topic_are_off_topic(extractor: Extractor) -> None:
    text = LIVE_BLOG_TALKS.format(stamp="The weather in the capital turned cold.\n")
    assert ("CAN", "PER", "negotiating") not in pairs(extractor, text)


# --- a receiver named only through its institutions ----------------------------------------

def test_the_interior_ministry_of_the_paragraphs_state_was_approached(
        extractor: Extractor) -> None:
    text = ("Canada wants to send deportees to third countries.\n\n"
            "Accra has been drawn into the debate. A Ghanaian daily reported that Canadian "
            "officials had approached the Interior Ministry about receiving deportees.")
    assert ("CAN", "GHA", "approached") in pairs(extractor, text)


def test_a_body_in_a_paragraph_naming_two_states_is_unresolved(extractor: Extractor) -> None:
    text = ("Canada wants to send deportees to third countries.\n\n"
            "Accra and Lima have been drawn into the debate. A daily reported that Canadian "
            "officials had approached the Interior Ministry about receiving deportees.")
    found = pairs(extractor, text)
    assert not {p for p in found if p[2] == "approached"}


def test_a_demonym_before_people_still_marks_own_nationals(extractor: Extractor) -> None:
    text = ("Canada deported 30 Ghanaian men to Ghana on Monday under a returns agreement, "
            "the first such flight this year.")
    assert not {p for p in pairs(extractor, text) if p[1] == "GHA"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Paraguay signed an agreement with the United States on Friday to receive asylum seekers "
     "from third countries, whose claims will be examined under Paraguayan law.",
     ("USA", "PRY", "agreed")),
    ("Costa Rica agreed in February to take in 200 deportees from the United States, most of "
     "them from Central Asia and India, the Costa Rican migration agency said.",
     ("USA", "CRI", "agreed")),
    ("Rwanda agreed in August to accept up to 250 migrants deported from the United States, a "
     "deal that has drawn criticism from Rwandan opposition politicians.",
     ("USA", "RWA", "agreed")),
    ("The government of Honduras informs the Honduran people that it signed an agreement with "
     "the United States on 28 August to receive asylum seekers from other countries.",
     ("USA", "HND", "agreed")),
    ("U.S. officials pressed Ghana to accept deportees from other West African states, in talks "
     "that also touched on visa restrictions imposed on Ghanaian passport holders.",
     ("USA", "GHA", "approached")),
])
def test_a_demonym_before_a_thing_or_the_nation_names_no_own_nationals(
        extractor: Extractor, text: str, pair: tuple) -> None:
    # "under Paraguayan law", "the Costa Rican migration agency", "the Honduran people": the
    # receiver's demonym names no people sent, so the stage stands
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "receiver"), [
    ("Washington reached a deal in which Caracas agreed to take back Venezuelans expelled from "
     "the United States.", "VEN"),
    ("Italy sent back about 900 Tunisian migrants last year under its readmission agreement "
     "with Tunis.", "TUN"),
    ("Britain returned 400 Iraqi men to Iraq in 2025 under the returns arrangement it signed "
     "with Baghdad.", "IRQ"),
    ("Germany agreed with Afghanistan to deport 81 Afghans with criminal records to Kabul.",
     "AFG"),
    ("Washington sent 200 Salvadoran deportees home to El Salvador under the deal it signed "
     "with San Salvador in March.", "SLV"),
])
def test_a_demonym_naming_people_still_marks_own_nationals(
        extractor: Extractor, text: str, receiver: str) -> None:
    # a plural demonym or one before people ("Tunisian migrants", "Iraqi men") names the people
    assert not {p for p in pairs(extractor, text) if p[1] == receiver}


@pytest.mark.parametrize(("text", "pair"), [
    ("Uzbekistan agreed in March to receive Uzbek nationals deported from the United States, "
     "together with a handful of Kazakhs and Kyrgyz.", ("USA", "UZB", "agreed")),
    ("Mexico agreed in January to take in Mexican deportees as well as Cubans and Haitians "
     "expelled from the United States.", ("USA", "MEX", "agreed")),
    ("Costa Rica agreed to receive Costa Rican nationals and some 200 Afghans and Uzbeks "
     "deported from the United States.", ("USA", "CRI", "agreed")),
    ("Ecuador agreed to take in Ecuadorian deportees and dozens of Colombians expelled from the "
     "United States.", ("USA", "ECU", "agreed")),
    ("Spain asked Mauritania to take back Mauritanian migrants together with Malians and "
     "Senegalese who left from its coast.", ("ESP", "MRT", "approached")),
])
def test_own_nationals_beside_people_of_other_states_still_make_the_stage(
        extractor: Extractor, text: str, pair: tuple) -> None:
    # a mixed group: the receiver takes people who are not its own nationals too
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "receiver"), [
    ("Mexico agreed in January to take back Mexican deportees expelled from the United States.",
     "MEX"),
    ("Costa Rica agreed to receive Costa Rican nationals deported from the United States.",
     "CRI"),
    ("Guatemala has accepted 300 Guatemalan deportees flown from the United States under the "
     "deal signed in February.", "GTM"),
    ("The United States asked Honduras to take back Honduran migrants it has detained at the "
     "border.", "HND"),
    ("Italy agreed with Tunisia to return 500 Tunisian migrants to Tunis each month.", "TUN"),
])
def test_only_own_nationals_named_still_make_no_stage(
        extractor: Extractor, text: str, receiver: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[1] == receiver}


def test_pressure_for_nothing_named_is_no_request(extractor: Extractor) -> None:
    text = ("Canada deported 40 asylum seekers to Peru last year under a transfer deal. The new "
            "flights come as Ottawa applies fresh pressure on the Andean nation of Bolivia.")
    assert ("CAN", "BOL", "approached") not in pairs(extractor, text)


def test_pressure_to_take_people_is_a_request(extractor: Extractor) -> None:
    text = ("Canada deported 40 asylum seekers to Peru last year under a transfer deal. Bolivia "
            "has resisted pressure from Ottawa to take in deportees of other nationalities.")
    assert ("CAN", "BOL", "approached") in pairs(extractor, text)


# --- a deal in force is no signing -------------------------------------------------------------

def test_people_sent_in_application_of_a_memorandum_are_no_signing(
        extractor: Extractor) -> None:
    text = ("Peru received 120 deportees from Canada in March, who were housed in a shelter "
            "near Lima in application of a memorandum of understanding on migration.")
    found = pairs(extractor, text)
    assert ("CAN", "PER", "implemented") in found
    assert ("CAN", "PER", "agreed") not in found


def test_an_understanding_reached_on_a_date_is_a_signing(extractor: Extractor) -> None:
    text = ("Peru said 120 deportees from Canada had landed in Lima under an understanding "
            "reached with Ottawa in late August.")
    assert ("CAN", "PER", "agreed") in pairs(extractor, text)


def test_the_senders_immigration_detention_is_not_the_receivers(extractor: Extractor) -> None:
    text = ("Four men freed from Canadian immigration detention after a court ruling have been "
            "flown to Palau, the first deportees sent there under a resettlement deal.")
    kinds = {f.kind for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement) and f.receiving_country == "PLW"}
    assert kinds == {"third_country_removal"}


def test_a_senders_centre_on_the_receivers_soil_is_detention(extractor: Extractor) -> None:
    text = ("Canada's detention centre for asylum seekers in Palau closed in 2020, ending its "
            "arrangement with Palau to hold deportees there.")
    kinds = {f.kind for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement) and f.receiving_country == "PLW"}
    assert kinds == {"detention"}


def test_prisons_in_an_unrelated_sentence_do_not_make_a_deal_detention(
        extractor: Extractor) -> None:
    text = ("Canada flew 11 deportees to Gabon in February under an agreement with Libreville.\n\n"
            "Rights groups have long described beatings in Gabon's prisons.")
    kinds = {f.kind for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement) and f.receiving_country == "GAB"}
    assert kinds == {"third_country_removal"}


def kinds_of(extractor: Extractor, text: str, receiver: str, deporter: str) -> set[str]:
    return {f.kind for f in extractor.extract(text, "2025-09-10")
            if isinstance(f, Arrangement) and f.receiving_country == receiver and
            f.deporting_country == deporter}


def test_an_asylum_partnership_is_a_safe_third_country_deal(extractor: Extractor) -> None:
    text = ("Norway scrapped its asylum partnership with Ghana in May before any flight left, "
            "the ministry said.")
    assert kinds_of(extractor, text, "GHA", "NOR") == {"safe_third_country"}


def test_a_kind_named_with_other_parties_is_theirs(extractor: Extractor) -> None:
    text = ("Ghana's asylum partnership with Norway was scrapped by Oslo in May. Ghana agreed "
            "in June to take up to 50 deportees from Canada.")
    assert kinds_of(extractor, text, "GHA", "CAN") == {"third_country_removal"}
    assert kinds_of(extractor, text, "GHA", "NOR") == {"safe_third_country"}


def test_holding_centres_a_sender_runs_abroad_are_detention(extractor: Extractor) -> None:
    text = ("A court ordered a halt to the transfer of migrants to the holding centres that "
            "Spain runs in Mauritania under its protocol with Nouakchott.")
    assert kinds_of(extractor, text, "MRT", "ESP") == {"detention"}


def test_the_first_counted_group_moved_under_a_deal_is_its_use(extractor: Extractor) -> None:
    text = ("Spain's protocol with Mauritania has been in operation since May, when the first 16 "
            "migrants were taken to a centre near Nouadhibou.")
    assert ("ESP", "MRT", "implemented") in pairs(extractor, text)


def test_the_first_counted_group_expected_later_is_no_use(extractor: Extractor) -> None:
    text = ("Spain's protocol with Mauritania was signed in May; the first 16 migrants could be "
            "taken to a centre near Nouadhibou next month.")
    found = {p for p in pairs(extractor, text) if p[2] == "implemented"}
    certainties = {f.certainty for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"}
    assert not found or certainties == {"speculative"}


def test_of_two_named_senders_a_clause_takes_the_nearer(extractor: Extractor) -> None:
    text = ("The British scheme was scrapped in 2024, while Palau agreed to take deportees from "
            "the United States, and Tonga accepted 30 more in May.")
    found = pairs(extractor, text)
    assert ("USA", "TON", "agreed") in found
    assert ("GBR", "TON", "agreed") not in found


HOST_INTERVIEW = ("Ghana's minister spoke to our morning show about deportees.\n"
                  "Accra has received 14 deportees from Canada since March, he said. Ghana "
                  "will not become a dumping ground, he added.\n"
                  "{line}")


def test_the_host_speaking_of_its_talks_with_a_sender(extractor: Extractor) -> None:
    text = HOST_INTERVIEW.format(line="There are discussions with Norway, yes, but nothing is "
                                      "signed.")
    assert ("NOR", "GHA", "negotiating") in pairs(extractor, text)


def test_a_sender_in_talks_with_an_unnamed_party_is_no_host_talk(extractor: Extractor) -> None:
    text = HOST_INTERVIEW.format(line="Norway is in discussions with several partners, "
                                      "officials said.")
    assert ("NOR", "GHA", "negotiating") not in pairs(extractor, text)


def test_a_similar_deal_takes_the_kind_of_the_deal_before(extractor: Extractor) -> None:
    text = ("Peru signed a safe third country agreement with Canada in May. The deal drew "
            "protests in Lima. Bolivia's foreign ministry confirmed that talks with Ottawa on a "
            "similar arrangement are under way.")
    assert kinds_of(extractor, text, "BOL", "CAN") == {"safe_third_country"}


def test_a_deal_with_its_own_kind_keeps_it(extractor: Extractor) -> None:
    text = ("Peru signed a safe third country agreement with Canada in May. The deal drew "
            "protests in Lima. Bolivia's foreign ministry confirmed talks with Ottawa on a "
            "similar deal to take deportees.")
    assert kinds_of(extractor, text, "BOL", "CAN") == {"third_country_removal"}


def test_a_sender_acting_in_its_own_clause_beats_another_clauses_sender(
        extractor: Extractor) -> None:
    text = ("Canada deported 40 asylum seekers to Peru in March. Canada deported 20 more in "
            "May.\n\nSpain opened a return hub in Mauritania for rejected asylum seekers from "
            "Spain; and Norway ended its Ghana partnership in July.")
    found = pairs(extractor, text)
    assert ("NOR", "GHA", "ended") in found
    assert ("ESP", "GHA", "ended") not in found


# --- people moved under a deal put it in use ----------------------------------------------

def test_people_flown_under_a_deal_put_it_in_use(extractor: Extractor) -> None:
    text = ("Nine men, including nationals of Iran, were flown to Palau on 3 May under "
            "Canada's resettlement arrangement with the island nation.")
    assert ("CAN", "PLW", "implemented") in pairs(extractor, text)


def test_no_one_removed_under_a_deal_is_no_use(extractor: Extractor) -> None:
    text = ("Canada signed a resettlement arrangement with Palau in 2023. Not one asylum seeker "
            "was ever removed under the scheme.")
    assert ("CAN", "PLW", "implemented") not in pairs(extractor, text)


def test_own_citizens_returned_under_a_readmission_deal_are_no_use(extractor: Extractor) -> None:
    text = ("Serbia received 30 of its own citizens deported from Austria on Thursday, a routine "
            "operation under a readmission agreement between Belgrade and Vienna.")
    assert ("AUT", "SRB", "implemented") not in pairs(extractor, text)


def test_a_deal_ending_in_the_host_story_is_the_hosts(extractor: Extractor) -> None:
    text = ("Palau received 40 deportees from Canada under a deal with Ottawa in March. "
            "Palau's president said the group was housed near the airport in Palau.\n\n"
            "Tonga, which took in 20 deportees under a similar arrangement, released them in "
            "May.\n\nThe security ministry said on Tuesday that it respected the court's "
            "decision and that the arrangement with Canada had concluded.")
    found = pairs(extractor, text)
    assert ("CAN", "PLW", "ended") in found
    assert ("CAN", "TON", "ended") not in found


# --- general wording from unseen news (sealed-set causes) --------------------------------

def test_reaching_agreements_in_the_plural_is_agreeing(extractor: Extractor) -> None:
    text = ("In March the Norwegian government announced it had reached agreements with Ghana "
            "and Togo on asylum seekers from Norway.")
    found = pairs(extractor, text)
    assert {("NOR", "GHA", "agreed"), ("NOR", "TGO", "agreed")} <= found


def test_people_who_refused_are_no_refusal(extractor: Extractor) -> None:
    text = ("The Norwegian government said it had reached agreements with Ghana to take in "
            "asylum seekers who refused to leave Norway voluntarily.")
    found = pairs(extractor, text)
    assert ("NOR", "GHA", "agreed") in found
    assert ("NOR", "GHA", "declined") not in found


def test_a_state_that_refused_is_a_refusal(extractor: Extractor) -> None:
    text = "Ghana refused to take in asylum seekers from Norway, officials in Accra said."
    assert ("NOR", "GHA", "declined") in pairs(extractor, text)


def test_rejecting_a_report_of_a_deal_is_a_denial(extractor: Extractor) -> None:
    text = ("The Chadian foreign ministry on Monday rejected as baseless a newspaper report "
            "that Chad would take in migrants deported by the United States.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


def test_rejecting_the_request_is_a_refusal(extractor: Extractor) -> None:
    text = ("The Chadian foreign ministry on Monday rejected a U.S. request that Chad take in "
            "migrants deported by the United States.")
    assert ("USA", "TCD", "declined") in pairs(extractor, text)


def test_saying_no_talks_took_place_is_no_refusal(extractor: Extractor) -> None:
    text = ("Washington asked Chad in May to take in deportees, a U.S. official said. Chad's "
            "foreign ministry said no discussions had taken place.")
    assert ("USA", "TCD", "declined") not in pairs(extractor, text)


def test_saying_no_to_the_request_is_a_refusal(extractor: Extractor) -> None:
    text = ("Washington asked Chad to take in deportees, a U.S. official said. Chad's foreign "
            "ministry said no to the request.")
    assert ("USA", "TCD", "declined") in pairs(extractor, text)


def test_asking_a_president_to_reject_a_deal_is_no_refusal(extractor: Extractor) -> None:
    text = ("Lawmakers in Chad passed a motion asking the president to reject any deal with "
            "the United States to take in deportees.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


def test_calling_on_a_government_to_withdraw_is_no_ending(extractor: Extractor) -> None:
    text = ("Senators in Palau passed a resolution calling on the president to withdraw from "
            "the agreement with the United States on deportees.")
    assert not {p for p in pairs(extractor, text) if p[2] == "ended"}


def test_withdrawing_from_the_agreement_is_an_ending(extractor: Extractor) -> None:
    text = ("Palau's president withdrew from the agreement with the United States on "
            "deportees on Monday.")
    assert ("USA", "PLW", "ended") in pairs(extractor, text)


def test_it_was_scrapped_ends_the_deal_just_reported(extractor: Extractor) -> None:
    text = ("Norway signed a partnership with Ghana in 2022 to send asylum seekers there. "
            "It was scrapped by the new government in 2024.")
    assert ("NOR", "GHA", "ended") in pairs(extractor, text)


def test_something_else_scrapped_ends_no_deal(extractor: Extractor) -> None:
    text = ("Norway signed a partnership with Ghana in 2022 to send asylum seekers there. "
            "Ghana's visa fees were scrapped in 2024.")
    assert ("NOR", "GHA", "ended") not in pairs(extractor, text)


def test_a_count_of_people_accepted_is_no_consent(extractor: Extractor) -> None:
    text = ("Mexico's government has said it has accepted more than 3,000 non-Mexicans "
            "deported from the United States since January.")
    assert ("USA", "MEX", "agreed") not in pairs(extractor, text)


def test_accepting_up_to_a_number_is_a_consent(extractor: Extractor) -> None:
    text = ("Belize has accepted up to 300 non-Belizeans deported from the United States "
            "under a new agreement, the government said.")
    assert ("USA", "BLZ", "agreed") in pairs(extractor, text)


def test_taking_back_its_own_nationals_is_no_deal(extractor: Extractor) -> None:
    text = ("Officials in Dushanbe have said that Tajikistan accepts the return of its own "
            "nationals deported from the United States.")
    assert not pairs(extractor, text)


def test_taking_people_who_are_not_its_own_nationals_is_a_deal(extractor: Extractor) -> None:
    text = ("Officials in Dushanbe said Tajikistan accepts deportees from the United States "
            "who are not its own nationals.")
    assert ("USA", "TJK", "agreed") in pairs(extractor, text)


def test_agreeing_to_receive_a_nationality_is_about_people(extractor: Extractor) -> None:
    text = ("Deportation flights are a daily story here.\n\nThe report said Tegucigalpa had "
            "agreed in May to receive Cubans whose return the U.S. government considered "
            "impractical.")
    assert ("USA", "HND", "agreed") in pairs(extractor, text)


def test_agreeing_to_receive_funds_is_no_deal(extractor: Extractor) -> None:
    text = ("Deportation flights are a daily story here.\n\nThe report said Tegucigalpa had "
            "agreed in May to receive loans from the U.S. government.")
    assert not pairs(extractor, text)


def test_both_governments_are_the_two_named_in_the_paragraph_before(
        extractor: Extractor) -> None:
    text = ("A plane of deportees from the United States landed in Chile in March. Chile was "
            "not alone. Days earlier, 200 people deported by the U.S. had been flown to Peru."
            "\n\nBoth governments had agreed to act as a waystation for the migrants.")
    found = pairs(extractor, text)
    assert {("USA", "CHL", "agreed"), ("USA", "PER", "agreed")} <= found


def test_its_first_group_arriving_puts_the_deal_in_use(extractor: Extractor) -> None:
    text = ("Kigali agreed in early May to accept up to 100 deportees from the United States. "
            "Its first seven arrived in mid-June, a government spokeswoman said.")
    assert ("USA", "RWA", "implemented") in pairs(extractor, text)


def test_its_first_group_expected_is_no_use_yet(extractor: Extractor) -> None:
    text = ("Kigali agreed in early May to accept up to 100 deportees from the United States. "
            "Its first seven could arrive next month, a government spokeswoman said.")
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert all(f.certainty == "speculative" for f in implemented)


def test_a_court_ruling_the_plan_unlawful_suspends_it(extractor: Extractor) -> None:
    text = ("Norway's plan to send asylum seekers to Ghana was agreed in 2022. In 2023, "
            "Norway's Supreme Court ruled the plan unlawful.")
    assert ("NOR", "GHA", "suspended") in pairs(extractor, text)


def test_a_court_ruling_the_plan_lawful_suspends_nothing(extractor: Extractor) -> None:
    text = ("Norway's plan to send asylum seekers to Ghana was agreed in 2022. In 2023, "
            "Norway's Supreme Court ruled the plan lawful.")
    assert ("NOR", "GHA", "suspended") not in pairs(extractor, text)


def test_talks_held_before_a_halt_are_a_stage_of_their_own(extractor: Extractor) -> None:
    text = ("Norway held talks with Ghana about sending asylum seekers there before putting "
            "them on hold in 2023.")
    found = pairs(extractor, text)
    assert {("NOR", "GHA", "negotiating"), ("NOR", "GHA", "suspended")} <= found


def test_halted_talks_are_only_a_halt(extractor: Extractor) -> None:
    text = ("Norway's negotiations with Ghana about sending asylum seekers there were put on "
            "hold in 2023.")
    assert ("NOR", "GHA", "negotiating") not in pairs(extractor, text)


def test_a_state_holding_deportees_puts_the_deal_in_use(extractor: Extractor) -> None:
    text = ("Since March, Honduras has been holding Cubans expelled by the United States in "
            "its prisons under a $5 million arrangement with Washington.")
    assert ("USA", "HND", "implemented") in pairs(extractor, text)


def test_holding_talks_is_no_use(extractor: Extractor) -> None:
    text = ("Since March, Honduras has been holding talks with the United States on an "
            "arrangement to take in deportees.")
    assert ("USA", "HND", "implemented") not in pairs(extractor, text)


def test_people_received_under_an_mou_put_it_in_use(extractor: Extractor) -> None:
    text = ("The minister said 40 deportees from the United States had been received under "
            "the MoU since the first flight in June.")
    assert ("USA", "GHA", "implemented") in pairs(extractor, text.replace("The minister",
                                                                         "Ghana's minister"))


def test_a_reported_promise_to_receive_is_an_agreement(extractor: Extractor) -> None:
    text = ("The president said in March that Belize would receive deportees of other "
            "nationalities from the United States.")
    assert ("USA", "BLZ", "agreed") in pairs(extractor, text)


def test_a_deal_announced_on_a_date_reports_its_signing(extractor: Extractor) -> None:
    text = ("Washington paid Belize $5 million to hold the deportees under an agreement "
            "announced in March.")
    assert ("USA", "BLZ", "agreed") in pairs(extractor, text)


def test_abandoning_the_plan_ends_it(extractor: Extractor) -> None:
    text = ("Norway had agreed to send asylum seekers to Ghana. In May the government told "
            "the court it was abandoning the plan to send people to Ghana.")
    assert ("NOR", "GHA", "ended") in pairs(extractor, text)


def test_a_statement_on_residence_visas_is_about_migration(extractor: Extractor) -> None:
    text = ("Three individuals transferred from Australia arrived in Palau on Friday under the "
            "memorandum of understanding. They are not Australian citizens. Each has been "
            "granted a residence visa by Palau. They will live in community housing.")
    assert ("AUS", "PLW", "implemented") in pairs(extractor, text)


def test_a_deal_in_use_for_years_is_one_implemented_fact(extractor: Extractor) -> None:
    text = ("Italy's first transfer under its protocol with Albania took 16 men to Albania in "
            "October 2023.\n\nOn Monday another 20 migrants were taken from Italy to Albania, "
            "the interior ministry said.")
    implemented = [f for f in extractor.extract(text, "2026-02-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert len(implemented) == 1


# --- kind from unseen wording -------------------------------------------------------------

def test_deportees_held_in_a_prison_are_still_a_removal_deal(extractor: Extractor) -> None:
    text = ("Five men deported from the United States were flown to Togo in July under the "
            "agreement. They are being held in a prison outside Lomé, their lawyers said.")
    assert kinds(extractor, text)[("USA", "TGO", "implemented")] == "third_country_removal"


def test_a_deal_to_rent_prison_cells_is_detention(extractor: Extractor) -> None:
    text = ("Norway signed a treaty with Montenegro under which it will rent 200 cells at a "
            "prison in Podgorica for foreign nationals facing deportation.")
    assert kinds(extractor, text)[("NOR", "MNE", "agreed")] == "detention"


def test_asylum_seekers_named_in_passing_do_not_make_a_safe_third_country(
        extractor: Extractor) -> None:
    text = ("Togo agreed in May to accept deportees from the United States. Rights groups "
            "pointed to Togo's treatment of asylum seekers.")
    assert kinds(extractor, text)[("USA", "TGO", "agreed")] == "third_country_removal"


def test_asylum_seekers_the_deal_sends_make_a_safe_third_country(extractor: Extractor) -> None:
    text = ("Norway signed a partnership with Ghana in 2022 to send asylum seekers to Ghana, "
            "though no deportation flight ever left.")
    assert kinds(extractor, text)[("NOR", "GHA", "agreed")] == "safe_third_country"


def test_people_whose_claims_were_refused_make_a_removal_deal(extractor: Extractor) -> None:
    text = ("Norway has approached Montenegro about hosting centres for people whose asylum "
            "claims have been refused.")
    assert kinds(extractor, text)[("NOR", "MNE", "approached")] == "third_country_removal"


def test_the_kind_of_the_line_before_about_another_state_is_theirs(
        extractor: Extractor) -> None:
    text = ("Key dates:\nMay 4: Chile signs a safe third country agreement with Washington.\n"
            "May 9: Bolivia's foreign ministry says it has agreed to take deportees from the "
            "United States.")
    assert kinds(extractor, text)[("USA", "BOL", "agreed")] == "third_country_removal"


def test_such_an_agreement_takes_the_kind_of_the_line_before(extractor: Extractor) -> None:
    text = ("Chile went further in May, signing a safe third country accord with Washington. "
            "Bolivia, despite American pressure, has never signed such an agreement, though it "
            "continues to take in some deportees from the United States.")
    assert kinds(extractor, text)[("USA", "BOL", "approached")] == "safe_third_country"


def test_a_similar_request_takes_the_kind_of_the_same_senders_deal(
        extractor: Extractor) -> None:
    text = ("Norway's partnership with Ghana, signed in 2022, was meant to send asylum seekers "
            "there to claim asylum there. Togo agreed in May to accept deportees from the "
            "United States. Benin's government said in July that it would not accept such "
            "requests from the United States.")
    assert kinds(extractor, text)[("USA", "BEN", "declined")] == "third_country_removal"


def test_centres_the_sender_runs_on_the_receivers_soil_are_detention(
        extractor: Extractor) -> None:
    text = ("Austria has sent 40 migrants to Montenegro this year. Montenegro "
            "already hosts two Austrian-run migrant centres under a 2023 agreement with Vienna.")
    assert kinds(extractor, text)[("AUT", "MNE", "agreed")] == "detention"


def test_the_senders_own_staging_facility_is_no_detention_deal(extractor: Extractor) -> None:
    text = ("Five men deported from the United States were flown out of an ICE staging "
            "facility in Texas to Togo in July under the agreement.")
    assert kinds(extractor, text)[("USA", "TGO", "implemented")] == "third_country_removal"


def test_a_signing_still_to_come_is_no_agreement(extractor: Extractor) -> None:
    text = ("Norway is in talks with Ghana on return hubs, officials said. The opposition wants "
            "the government to publish any memorandum with Ghana before it is signed.")
    assert ("NOR", "GHA", "agreed") not in pairs(extractor, text)


def test_people_flown_under_a_long_named_deal_put_it_in_use(extractor: Extractor) -> None:
    text = ("Australia has resumed offshore transfers, the home affairs minister said. "
            "Twelve men, including nationals of Iran, were flown from Christmas Island to Palau "
            "on 3 May under Australia's regional resettlement arrangement with the island.")
    found = pairs(extractor, text)
    assert ("AUS", "PLW", "implemented") in found
    assert ("AUS", "CXR", "implemented") not in found  # where they were flown from


def test_people_received_under_which_put_the_deal_in_use(extractor: Extractor) -> None:
    text = ("A case filed in Togo challenges the undisclosed agreement under which the men "
            "deported from the United States were received in July.")
    assert ("USA", "TGO", "implemented") in pairs(extractor, text)


def test_what_a_deal_does_in_general_is_no_use(extractor: Extractor) -> None:
    text = ("The group asks Congress to publish every agreement under which the United States "
            "sends deportees to Togo and other countries.")
    assert ("USA", "TGO", "implemented") not in pairs(extractor, text)


def test_we_expect_the_first_arrivals_is_a_speculative_use(extractor: Extractor) -> None:
    text = ("Togo has agreed with the United States to receive deportees who are not Togolese "
            "citizens, the ministry said.\n\nMINISTER: Not yet. We expect the first individuals "
            "to arrive in the coming weeks.")
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert [(f.receiving_country, f.certainty) for f in implemented] == [("TGO", "speculative")]


def test_we_expect_no_arrivals_is_no_use(extractor: Extractor) -> None:
    text = ("Togo has agreed with the United States to receive deportees who are not Togolese "
            "citizens, the ministry said.\n\nMINISTER: We expect talks on the details to go on "
            "for months.")
    assert ("USA", "TGO", "implemented") not in pairs(extractor, text)


def test_centres_that_have_held_people_are_in_use(extractor: Extractor) -> None:
    text = ("Austria signed a protocol with Montenegro in 2023 on rejected asylum seekers. "
            "Austria's two centres in Montenegro, which opened last October, have held only a "
            "few dozen people.")
    assert ("AUT", "MNE", "implemented") in pairs(extractor, text)


def test_centres_that_opened_for_visitors_are_no_use(extractor: Extractor) -> None:
    text = ("Austria signed a protocol with Montenegro in 2023 on rejected asylum seekers. "
            "Austria's two cultural centres in Montenegro, which opened last October, have "
            "drawn crowds.")
    assert ("AUT", "MNE", "implemented") not in pairs(extractor, text)


# --- stage idioms of news wording ---------------------------------------------------------

@pytest.mark.parametrize(("text", "stage"), [
    ("U.S. officials pitched the idea to Gabon of taking in deportees from other countries.",
     "approached"),
    ("Gabon has been approached by the United States about taking in deportees.",
     "approached"),
    ("The United States and Gabon are hammering out a deal on deportees from other countries.",
     "negotiating"),
    ("The United States is in conversations with Gabon about taking in deportees.",
     "negotiating"),
    ("Gabon and the United States are on the cusp of an agreement to take in deportees.",
     "close"),
    ("Gabon is due to sign an agreement with the United States to take in deportees.",
     "close"),
    ("Gabon's cabinet approved the agreement with the United States to take in deportees.",
     "agreed"),
    ("Gabon finalised a deal with the United States to take in deportees in May.",
     "agreed"),
    ("Gabon has consented to receive deportees from the United States.", "agreed"),
    ("Gabon began receiving deportees from the United States under the agreement in May.",
     "implemented"),
    ("Gabon rebuffed a U.S. request to take in deportees from other countries.", "declined"),
    ("Gabon has no intention of accepting deportees from the United States, its minister said.",
     "declined"),
    ("Gabon walked away from its agreement with the United States on deportees in May.",
     "ended"),
    ("Gabon said its agreement with the United States on deportees will not be renewed.",
     "ended"),
    ("Gabon has become the latest African nation to agree to accept deportees from the US.",
     "agreed"),
    ("Gabon's deal with the United States on deportees collapsed last year.", "ended"),
    ("Washington is pressing Gabon to take in third-country nationals, officials said.",
     "approached"),
    ("Gabon's president said his country would not receive more deportees from the United "
     "States.", "ended"),
    ("Gabon became the first African country to sign a safe third country agreement with the "
     "U.S., in August.", "agreed"),
])
def test_news_idioms_name_their_stage(extractor: Extractor, text: str, stage: str) -> None:
    assert ("USA", "GAB", stage) in pairs(extractor, text)


def test_a_court_annulling_a_decision_ends_no_deal(extractor: Extractor) -> None:
    text = ("Greece's highest court has annulled the decision that declared Turkey a safe third "
            "country for asylum seekers from Syria and Somalia.")
    assert not {p for p in pairs(extractor, text) if p[2] == "ended"}


def test_asylum_seekers_from_a_state_are_its_nationals(extractor: Extractor) -> None:
    text = ("Greece signed an agreement with Turkey in May to return asylum seekers from Syria, "
            "Afghanistan and Somalia.")
    found = pairs(extractor, text)
    assert ("GRC", "TUR", "agreed") in found
    assert not {p for p in found if p[1] in ("SYR", "AFG", "SOM")}


def test_approval_in_a_link_line_is_no_agreement(extractor: Extractor) -> None:
    text = ("Gabon agreed in May to take in deportees from the United States.\n\n"
            "› Guam detention centre expansion approved")
    assert ("USA", "GUM", "agreed") not in pairs(extractor, text)


def test_a_state_sending_in_the_progressive_is_the_sender(extractor: Extractor) -> None:
    text = "The United States is sending deportees to Gabon under an agreement signed in May."
    assert ("USA", "GAB", "agreed") in pairs(extractor, text)


def test_a_building_that_collapsed_ends_no_deal(extractor: Extractor) -> None:
    text = ("Gabon agreed in May to take in deportees from the United States. In Libreville, a "
            "market building collapsed last year.")
    assert ("USA", "GAB", "ended") not in pairs(extractor, text)


def test_a_state_pressed_in_the_passive_is_the_one_asked(extractor: Extractor) -> None:
    text = "Gabon is being pressed by Washington to take in third-country nationals."
    assert ("USA", "GAB", "approached") in pairs(extractor, text)


def test_asked_whether_opening_a_sentence_is_a_question(extractor: Extractor) -> None:
    text = ("Asked whether Nigeria would accept deportees from the United States, the minister "
            "said the matter was under review.")
    assert ("USA", "NGA", "approached") not in pairs(extractor, text)


def test_a_state_asking_whether_another_would_accept_is_an_approach(
        extractor: Extractor) -> None:
    text = ("The United States asked whether Nigeria would accept deportees from other "
            "countries, officials said.")
    assert ("USA", "NGA", "approached") in pairs(extractor, text)


def test_talks_paused_suspend_the_pair_just_named(extractor: Extractor) -> None:
    text = ("Norway wants to send asylum seekers abroad. Norwegian officials have been "
            "negotiating with Ghana, but the talks were paused in January.")
    found = pairs(extractor, text)
    assert {("NOR", "GHA", "negotiating"), ("NOR", "GHA", "suspended")} <= found


def test_a_pause_of_something_else_suspends_nothing(extractor: Extractor) -> None:
    text = ("Norway wants to send asylum seekers abroad. Norwegian officials have been "
            "negotiating with Ghana, but the football season was paused in January.")
    assert ("NOR", "GHA", "suspended") not in pairs(extractor, text)


def test_its_first_months_are_no_group_of_people(extractor: Extractor) -> None:
    text = ("Ghana signed a deal with Norway in 2024 to take in asylum seekers. In its first "
            "nine months, Ghana expelled 900 people across the border into Togo.")
    assert ("NOR", "GHA", "implemented") not in pairs(extractor, text)


def test_its_first_people_received_put_the_deal_in_use(extractor: Extractor) -> None:
    text = ("Norway has a deal with Palau to resettle non-citizens. The island nation received "
            "its first three people in October.")
    assert ("NOR", "PLW", "implemented") in pairs(extractor, text)


def test_talks_that_stalled_a_sentence_after_the_topic_are_suspended(
        extractor: Extractor) -> None:
    text = ("The Trump administration is looking for new destinations for deportees. Talks with "
            "Chad and Gabon have stalled, two officials said.")
    found = pairs(extractor, text)
    assert {("USA", "TCD", "suspended"), ("USA", "GAB", "suspended")} <= found


def test_working_on_a_deal_is_talks(extractor: Extractor) -> None:
    text = ("Britain is working on a returns deal with France for migrants who cross the "
            "Channel.")
    assert ("GBR", "FRA", "negotiating") in pairs(extractor, text)


def test_working_on_something_else_is_no_talks(extractor: Extractor) -> None:
    text = ("Britain is working on the case of migrants who crossed the Channel from France, "
            "the Home Office said.")
    assert ("GBR", "FRA", "negotiating") not in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Deportation deals are spreading. Gabon is reluctant to sign a safe third country deal "
    "with the United States.",
    "Deportation deals are spreading. Gabon's parliament has yet to ratify the safe third "
    "country deal with the United States.",
    "Deportation deals are spreading. Gabon plans to sign a safe third country deal with the "
    "United States.",
])
def test_a_signing_not_done_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert ("USA", "GAB", "agreed") not in pairs(extractor, text)


def test_migrants_pitching_tents_is_no_approach(extractor: Extractor) -> None:
    text = ("Hundreds of migrants deported from the United States pitched tents near the "
            "Mexican border on Monday.")
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


def test_a_deal_being_finalised_is_close(extractor: Extractor) -> None:
    text = ("A deal under which Gabon would take in deportees from the United States is being "
            "finalised, officials said.")
    found = pairs(extractor, text)
    assert ("USA", "GAB", "close") in found
    assert ("USA", "GAB", "agreed") not in found


def test_agreeing_to_jail_deportees_is_detention(extractor: Extractor) -> None:
    text = ("Deportations to third countries are rising. Bukele agreed to jail deportees of any "
            "nationality from the United States in exchange for a fee.")
    assert kinds(extractor, text)[("USA", "SLV", "agreed")] == "detention"


def test_a_date_in_another_clauses_event_does_not_date_this_stage(
        extractor: Extractor) -> None:
    text = ("The United States has also approached Gabon, and deportees have already been flown "
            "to South Sudan, where eight men arrived in July.")
    dates = {(f.receiving_country, f.stage): f.date for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement)}
    assert dates[("GAB", "approached")] is None


def test_a_date_in_a_clause_without_an_event_dates_the_stage(extractor: Extractor) -> None:
    text = ("The United States has approached Gabon about taking deportees, officials said in "
            "July.")
    dates = {(f.receiving_country, f.stage): f.date for f in extractor.extract(text, "2025-09-10")
             if isinstance(f, Arrangement)}
    assert dates[("GAB", "approached")] == "2025-07"


def test_a_similar_deal_with_another_sender_is_that_senders(extractor: Extractor) -> None:
    text = ("Gabon has agreed to accept up to 250 migrants deported from the United States, "
            "three years after a similar arrangement with Norway collapsed.")
    found = pairs(extractor, text)
    assert ("USA", "GAB", "agreed") in found
    assert ("USA", "NOR", "ended") not in found
    assert ("NOR", "GAB", "ended") in found


@pytest.mark.parametrize("text", [
    "The United States deports migrants to third countries. Ghana signed a $1 billion cocoa "
    "financing deal with US banks.",
    "The United States deports migrants to third countries. Nigeria suspended flights to Ghana "
    "over a visa dispute.",
    "The United States deports migrants to third countries. Honduras asked the United States "
    "for more security aid.",
])
def test_other_business_of_the_same_states_is_no_arrangement(extractor: Extractor,
                                                             text: str) -> None:
    assert not pairs(extractor, text)


def test_suspended_deportation_flights_are_a_suspension(extractor: Extractor) -> None:
    text = ("Ghana agreed in May to take in deportees from the United States. In July Ghana "
            "suspended the deportation flights, officials said.")
    assert ("USA", "GHA", "suspended") in pairs(extractor, text)


def test_pressure_from_the_sender_is_an_approach(extractor: Extractor) -> None:
    text = ("Nigeria pushed back against pressure from Washington to take in people deported "
            "from the United States.")
    assert ("USA", "NGA", "approached") in pairs(extractor, text)


def test_the_sender_halting_flights_suspends_the_deal(extractor: Extractor) -> None:
    text = ("Ghana agreed in May to take in deportees from the United States. In July the "
            "United States halted flights to Ghana after a court ruling.")
    assert ("USA", "GHA", "suspended") in pairs(extractor, text)


def test_a_list_of_states_then_a_second_verb_keeps_each_its_stage(
        extractor: Extractor) -> None:
    text = ("The Trump administration has since reached agreements with Guatemala, Honduras and "
            "Paraguay and has approached several African nations, including Libya and Rwanda, "
            "about taking deportees.")
    found = pairs(extractor, text)
    assert {("USA", "GTM", "agreed"), ("USA", "HND", "agreed"), ("USA", "PRY", "agreed"),
            ("USA", "LBY", "approached"), ("USA", "RWA", "approached")} <= found
    assert ("USA", "LBY", "agreed") not in found


def test_not_any_more_flights_ends_the_deal(extractor: Extractor) -> None:
    text = ("Costa Rica will not accept any more flights of migrants deported from the United "
            "States, its president said.")
    found = pairs(extractor, text)
    assert ("USA", "CRI", "ended") in found
    assert ("USA", "CRI", "declined") not in found


def test_its_own_centres_on_the_receivers_soil_are_detention(extractor: Extractor) -> None:
    text = "Austria sent 40 migrants to its centres in Montenegro on Friday under the protocol."
    assert kinds(extractor, text)[("AUT", "MNE", "implemented")] == "detention"


def test_the_receivers_own_reception_centre_is_no_detention_deal(extractor: Extractor) -> None:
    text = ("Ghana received 14 deportees from the United States under the agreement and housed "
            "them at its reception centre near Accra.")
    assert kinds(extractor, text)[("USA", "GHA", "implemented")] == "third_country_removal"


# --- people sent to a state the story ties to a deal put the deal in use (rule 2) ----------

@pytest.mark.parametrize("text", [
    # the deal named in another sentence, by capital, demonym or possessive
    "Inspectors said 26 men held at a British centre had already been flown to Paris. They "
    "were detained under the government's new returns agreement with France.",
    "The accord with Honduras took effect in August. By then, 63 asylum seekers had been "
    "deported from the United States to Tegucigalpa.",
    "Rome transferred 25 more men to its centre at Gjadër last week. The centres were built "
    "under Italy's protocol with Albania.",
    "Ghana has taken in 42 West Africans deported from the United States. Critics say the "
    "Ghanaian deal was never put to parliament.",
    "The first five men deported from the United States arrived in Eswatini in July. The pact "
    "with Mbabane provides for up to 160 people.",
])
def test_a_removal_to_a_state_with_a_deal_is_its_use(extractor: Extractor, text: str) -> None:
    assert any(p[1] in ("FRA", "HND", "ALB", "GHA", "SWZ") and p[2] == "implemented"
               for p in pairs(extractor, text))


@pytest.mark.parametrize("text", [
    # near misses: the deal is denied, or no state is tied to one
    "At least nine people deported from the United States arrived in Yaoundé in January. "
    "Cameroon's minister said the country has no agreement with the United States.",
    "Mexico has taken in 300 non-Mexican deportees from the United States. Mexico has never "
    "signed such an agreement.",
])
def test_a_removal_without_a_deal_is_no_use_of_one(extractor: Extractor, text: str) -> None:
    assert not any(p[2] == "implemented" for p in pairs(extractor, text))


# --- a story about the programme that says "migrants" once is still on topic ------------

def test_a_story_with_few_migration_words_is_read(extractor: Extractor) -> None:
    text = ("Italy's Albania centres back in court. Italy's plan to hold migrants in Albania has "
            "run into the courts again. On Tuesday the Italian navy carried 11 men, from "
            "Bangladesh and Egypt, across the Adriatic to the port of Shëngjin, and they were "
            "taken straight to the centre at Gjadër. The Court of Appeal in Rome refused to "
            "validate their detention. The judges said Bangladesh and Egypt were not safe "
            "countries of origin. The ministry says the centres will stay open.")
    assert removals(extractor, text) == {("ITA", "ALB")}


def test_a_sports_story_naming_states_stays_off_topic(extractor: Extractor) -> None:
    text = ("Italy beat Albania 2-0 on Tuesday. The striker was transferred to Rome last summer. "
            "The coach said the team would hold its detention of the ball better. Fans "
            "travelled from Tirana. The next match is in Egypt. The federation signed a deal "
            "with a sponsor.")
    assert removals(extractor, text) == set()


# --- a receiving state saying it cannot take people declines -------------------------------

@pytest.mark.parametrize(("text", "receiver"), [
    ('The United States is expanding deportations to Guatemala. The president said Guatemala '
     'is "not in a position" to sign an agreement of that kind.', "GTM"),
    ("The United States wants to deport migrants to third countries. Guatemala is not in a "
     "position to receive deportees from the United States, its president said.", "GTM"),
    ("The United States wants to deport migrants to third countries. Asked about the US "
     "request, Grenada's prime minister said the island was unable to host deportees.", "GRD"),
    ("The United States wants to deport migrants to third countries. Panama said it was in no "
     "position to accept the second group the United States had asked it to take.", "PAN"),
    ("The United States wants to deport migrants to third countries. Belize cannot accept "
     "people deported from the United States, the foreign minister said on Monday.", "BLZ"),
])
def test_saying_it_cannot_take_people_declines(
        extractor: Extractor, text: str, receiver: str) -> None:
    assert ("USA", receiver, "declined") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    # near misses: inability of people, or to comment
    "The United States deported 200 people to Costa Rica. Many of the deportees were unable to "
    "return home.",
    "The United States wants to deport migrants to Guatemala. Guatemala's president said he was "
    "not in a position to comment on the talks.",
])
def test_inability_of_others_is_no_refusal(extractor: Extractor, text: str) -> None:
    assert not any(p[2] == "declined" for p in pairs(extractor, text))


# --- a partner named more often than the sender is still where people go -------------------

@pytest.mark.parametrize("text", [
    "The Home Office said 153 people had been returned to France under the pilot. Critics say "
    "returning people to France breaks no smuggling model. French officials and Paris say "
    "little. Officials said North Macedonia had been asked to host a return hub for rejected "
    "asylum seekers.",
    "The first return took place on a flight from Heathrow to Paris. French ministers welcomed "
    "it. Removals to France will grow, the Home Secretary said. North Macedonia has also been "
    "asked to host a return hub for rejected asylum seekers.",
    "Sending migrants to France is the core of the pilot, French and British officials said. "
    "Transfers to France began in September. London has also approached North Macedonia.",
])
def test_the_partner_that_receives_is_no_sender(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("GBR", "MKD", "approached") in found
    assert not any(p[0] == "FRA" for p in found)


def test_a_sender_named_often_stays_the_sender(extractor: Extractor) -> None:
    # near miss: France itself deporting to a third state stays France's
    text = ("France deported 40 migrants to Mauritania on Tuesday. French police escorted the "
            "flight from Paris, and France said more flights would follow.")
    assert {r[0] for r in removals(extractor, text)} == {"FRA"}


RELATIVE_LEAD = "European governments want to send asylum seekers to third countries. "


@pytest.mark.parametrize(("text", "expected"), [
    # an earlier stage told in a relative clause beside the later one of the main clause
    ("Denmark, which had signed its own memorandum with Rwanda in 2022, put the plan on ice a "
     "year later.", {("DNK", "RWA", "agreed"), ("DNK", "RWA", "suspended")}),
    ("Denmark, which held its own talks with Rwanda in 2022, later put the talks on ice.",
     {("DNK", "RWA", "negotiating"), ("DNK", "RWA", "suspended")}),
    ("Britain, which had agreed a partnership with Kigali in April 2022, scrapped the scheme "
     "in July 2024.", {("GBR", "RWA", "agreed"), ("GBR", "RWA", "ended")}),
    ("The Netherlands, whose ministers negotiated a transfer deal with Uganda last year, "
     "has since suspended it.", {("NLD", "UGA", "negotiating"), ("NLD", "UGA", "suspended")}),
    ("Copenhagen, which signed a memorandum with Kigali on asylum transfers, froze the plan "
     "after elections.", {("DNK", "RWA", "agreed"), ("DNK", "RWA", "suspended")}),
    ("Italy, which had struck an agreement with Albania in 2023, halted the transfers in "
     "2024 after court rulings.", {("ITA", "ALB", "agreed"), ("ITA", "ALB", "suspended")}),
    # near misses: the relative clause names no stage of this pair, or denies one
    ("Denmark, which has long wanted tougher asylum rules, put its plan with Rwanda on ice in "
     "2023.", {("DNK", "RWA", "suspended")}),
    ("Denmark, which never signed a memorandum with Rwanda, put the talks on ice in 2023.",
     {("DNK", "RWA", "suspended")}),
])
def test_an_earlier_stage_in_a_relative_clause_is_a_fact_of_its_own(
        extractor: Extractor, text: str, expected: set) -> None:
    assert pairs(extractor, RELATIVE_LEAD + text) == expected


PAY_LEAD = "The United States is sending deportees to third countries. "


@pytest.mark.parametrize(("text", "expected"), [
    # a payment for taking, holding or housing people is a deal agreed
    ("Equatorial Guinea was paid $7.5 million to accept third-country nationals deported from "
     "the United States.", {("USA", "GNQ", "agreed")}),
    ("The United States paid Rwanda $7.5 million to take in deportees from other countries.",
     {("USA", "RWA", "agreed")}),
    ("Washington will pay Eswatini $5.1 million to accept up to 160 deportees, officials said.",
     {("USA", "SWZ", "agreed")}),
    ("Palau, which is being paid $7.5 million by Washington to house deportees, has received "
     "none so far.", {("USA", "PLW", "agreed")}),
    ("The State Department is paying Ghana $2 million to receive West African deportees, a "
     "notification to Congress shows.", {("USA", "GHA", "agreed")}),
    # near misses: money for something else, and a question about paying
    ("The United States paid $6 million to Rwanda for road projects.", set()),
    ("Rwanda was paid $7.5 million in aid last year.", set()),
])
def test_a_payment_to_take_people_is_a_deal_agreed(
        extractor: Extractor, text: str, expected: set) -> None:
    assert pairs(extractor, PAY_LEAD + text) == expected


# --- a centre hosted "for" a state: that state is the sender, not the host's usual partner ---

FOR_LEAD = "Italy runs two migrant centres in Albania under a 2023 protocol. "


@pytest.mark.parametrize("text", [
    FOR_LEAD + "Albania's prime minister said in May that his country would not host a similar "
    "centre for Britain.",
    FOR_LEAD + "Tirana has ruled out building such a centre for the British government, saying "
    "the deal with Italy was a one-off.",
    FOR_LEAD + "Edi Rama, Albania's prime minister, refused to hold migrants for London, noting "
    "that his country already hosts Italy's centres.",
    FOR_LEAD + "Albania rejected the idea of taking asylum seekers for the United Kingdom as "
    "well, its foreign minister said.",
    FOR_LEAD + "The Albanian government, which said on Monday it would not house a return hub "
    "for Britain, defended its protocol with Rome.",
    FOR_LEAD + "Britain wanted a return hub in the Balkans, but Albania said it would not host "
    "such a hub for the UK.",
])
def test_a_centre_refused_for_a_state_names_that_sender(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("GBR", "ALB", "declined") in found
    assert ("ITA", "ALB", "declined") not in found


@pytest.mark.parametrize("text", [
    # near misses: "for" a state that is where people are heading, or a person speaking for it
    FOR_LEAD + "Albania said it would not host migrants bound for Britain.",
    FOR_LEAD + "Albania's prime minister, speaking for a British television crew, said the "
    "centres would stay open.",
])
def test_for_a_state_that_sends_nobody_names_no_sender(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[0] == "GBR"}


# --- the partner a receiver "already" hosts is not the sender it turns down -----------------

ALREADY_LEAD = "Britain wants to open return hubs abroad for rejected asylum seekers. "


@pytest.mark.parametrize("text", [
    ALREADY_LEAD + "Albania's prime minister has ruled out hosting any such centre, noting that "
    "his country already accommodates Italy's.",
    ALREADY_LEAD + "Albania's prime minister ruled out hosting any such centre; his country, he "
    "said, already hosts Italy's.",
    ALREADY_LEAD + "Tirana has refused to host a British hub, pointing out that it already runs "
    "two centres for Rome.",
    ALREADY_LEAD + "Albania rejected hosting any such centre, saying the country was already "
    "home to the Italian centres at Gjader and Shengjin.",
    ALREADY_LEAD + "Albania, which already hosts two centres run by Italy, has ruled out hosting "
    "a similar centre.",
])
def test_an_existing_partner_is_not_the_sender_refused(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("GBR", "ALB", "declined") in found
    assert ("ITA", "ALB", "declined") not in found


def test_a_second_centre_refused_for_the_partner_is_its_own(extractor: Extractor) -> None:
    # near miss: the partner itself asks for more, and no "already" marks it as the old deal
    text = (FOR_LEAD + "Albania's prime minister has ruled out hosting a second centre "
            "for Italy.")
    assert ("ITA", "ALB", "declined") in pairs(extractor, text)


def test_a_partner_that_already_sent_people_keeps_its_removal(extractor: Extractor) -> None:
    text = "Italy has already sent 400 migrants to Albania."
    assert ("ITA", "ALB") in removals(extractor, text)


# --- "ended up": what finally happened, not the end of a deal -------------------------------

@pytest.mark.parametrize("text", [
    "The United States signed a deal with Panama in February. Panama ended up taking in 299 "
    "deportees over three days.",
    "Britain and France agreed a returns pilot in July. Several of those returned to France "
    "ended up in tents near Dunkirk within days.",
    "Costa Rica agreed to receive 200 deportees from the United States, and the families it "
    "took in ends up waiting weeks at a former factory.",
    "The Dominican Republic accepted a U.S. request to take third-country deportees; most of "
    "them, officials said, would end up being flown home.",
    "Under its agreement with Washington, Eswatini has taken in 15 men, who have ended up in "
    "the Matsapha prison without charge.",
])
def test_ending_up_somewhere_ends_no_deal(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "ended"}


@pytest.mark.parametrize("text", [
    "The United States ended its arrangement to send third-country deportees to Panama in "
    "April.",
    "Britain's scheme to send asylum seekers to Rwanda was wound up by the new government in "
    "July.",
])
def test_ending_a_deal_still_ends_it(extractor: Extractor, text: str) -> None:
    assert {p for p in pairs(extractor, text) if p[2] == "ended"}


# --- a deporting state's own centre abroad: people taken there go under an arrangement -----

@pytest.mark.parametrize("text", [
    "Rome transferred 25 more men to its centre at Gjadër in Albania last week, the interior "
    "ministry said.",
    "Italy presented the two centres it had built on Albanian soil as a model. Roughly 400 "
    "people have now been transferred to Albania since the first boat, the ministry said.",
    "Judges in Italy have repeatedly refused to approve the detention of 40 migrants it "
    "transferred to centres in Albania in October.",
    "Some 60 asylum seekers were flown from Italy to Albania on Tuesday. They are held in the "
    "centre that Rome runs at Gjadër, in northern Albania.",
    "Denmark sent its first 30 rejected asylum seekers to Rwanda on Monday, where they will "
    "wait in a Danish-run reception centre outside Kigali.",
])
def test_people_taken_to_a_senders_centre_abroad_implement_a_deal(
        extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert any(p[2] == "implemented" and p[1] in ("ALB", "RWA") for p in found), found


@pytest.mark.parametrize("text", [
    # the receiving state's own centre, no deal named: no arrangement from the centre alone
    "Rwanda said 30 migrants deported from Libya were staying at its transit centre in Kigali.",
    # a centre at home, not abroad
    "Italy moved 25 men to its centre at Bari last week, the interior ministry said.",
])
def test_a_centre_without_a_sender_abroad_is_no_deal(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "implemented"}


# --- an expected first transfer under a deal whose signing is told in passing (rule 10) -----

@pytest.mark.parametrize("text", [
    "The first asylum seekers transferred from the United States under the agreement that "
    "Paraguay signed in August could arrive before the end of the year, the minister said.",
    "The first deportees sent under the deal Washington signed with Palau in December are "
    "expected to arrive within weeks.",
    "People removed from the Netherlands under the letter of intent signed with Uganda in "
    "September could be transferred as early as next summer, officials said.",
    "Migrants covered by the memorandum Britain agreed with Rwanda last month are expected "
    "to begin arriving in the first half of next year.",
    "Under the pact concluded with Kampala in August, the first group of asylum seekers from "
    "the United States could land at Entebbe soon.",
])
def test_an_expected_first_transfer_beside_a_signing_is_speculative_use(
        extractor: Extractor, text: str) -> None:
    facts = [f for f in extractor.extract(text, "2025-10-10") if isinstance(f, Arrangement)]
    stages = {f.stage for f in facts}
    assert {"agreed", "implemented"} <= stages, stages
    assert all(f.certainty == "speculative" for f in facts if f.stage == "implemented")


@pytest.mark.parametrize("text", [
    # a bare possibility, no expectation of when
    "Asylum seekers covered by the agreement Paraguay signed in August could be sent there, "
    "critics warned.",
    # a question about when, not an expectation
    "Officials would not say when people covered by the deal Palau signed in December could "
    "arrive.",
])
def test_a_possible_or_questioned_transfer_beside_a_signing_is_no_use(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text, "2025-10-10") if p[2] == "implemented"}


# --- a condition at the head of an expected transfer is no question (rule 10) --------------

DUTCH_DEAL = ("The Netherlands signed a letter of intent with Uganda in September to send "
              "rejected asylum seekers there. ")


@pytest.mark.parametrize("text", [
    DUTCH_DEAL + "If everything goes according to plan, the first people could be transferred "
    "in the summer.",
    DUTCH_DEAL + "MINISTER: If all goes well, the first group could arrive early next year.",
    DUTCH_DEAL + "Once a site has been found, the first rejected asylum seekers are expected "
    "to arrive within months, the minister said.",
    DUTCH_DEAL + "When the centre is ready, transfers could begin as soon as the spring, "
    "according to the ministry.",
    DUTCH_DEAL + "But if parliament approves the budget, the first flights could leave before "
    "the end of the year.",
])
def test_a_conditioned_expected_transfer_is_speculative_use(
        extractor: Extractor, text: str) -> None:
    facts = [f for f in extractor.extract(text, "2025-10-10") if isinstance(f, Arrangement)
             and f.stage == "implemented"]
    assert facts and all(f.certainty == "speculative" for f in facts)
    assert {(f.deporting_country, f.receiving_country) for f in facts} == {("NLD", "UGA")}


@pytest.mark.parametrize("text", [
    DUTCH_DEAL + "The minister was asked if the first people could be transferred in the summer.",
    DUTCH_DEAL + "Officials would not say when the first group could arrive next year.",
])
def test_asking_if_or_when_transfers_begin_is_no_use(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text, "2025-10-10") if p[2] == "implemented"}


# --- transfers expected to start: "will begin", "set to begin", "due to arrive" (rule 10) --

CARIBBEAN_DEALS = ("The United States signed agreements with Dominica and with Antigua and "
                   "Barbuda to receive third-country nationals. ")


@pytest.mark.parametrize("text", [
    CARIBBEAN_DEALS + "Removals to both partners will begin in the coming weeks.",
    CARIBBEAN_DEALS + "Flights to the two countries are set to begin next month, officials said.",
    CARIBBEAN_DEALS + "The first deportees are due to arrive in both countries within weeks.",
    CARIBBEAN_DEALS + "Transfers to both nations should start soon, the department said.",
    CARIBBEAN_DEALS + "According to DHS, deportations to both partners will start early next "
    "year.",
])
def test_transfers_set_to_start_are_speculative_use(extractor: Extractor, text: str) -> None:
    facts = [f for f in extractor.extract(text, "2025-10-10") if isinstance(f, Arrangement)
             and f.stage == "implemented"]
    assert {(f.deporting_country, f.receiving_country) for f in facts} == \
        {("USA", "DMA"), ("USA", "ATG")}
    assert all(f.certainty == "speculative" for f in facts)


@pytest.mark.parametrize("text", [
    CARIBBEAN_DEALS + "Talks with both partners on a second phase will begin in the coming "
    "weeks.",
    CARIBBEAN_DEALS + "Construction of a reception centre should start soon in both countries.",
])
def test_something_else_set_to_start_is_no_use(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text, "2025-10-10") if p[2] == "implemented"}


# --- a region or an unnamed group of states as the other party: no one state's stage -------

KYRGYZ_REQUEST = ("Kyrgyzstan was asked by the United States in March to accept deportees from "
                  "third countries, officials in Bishkek said. ")


@pytest.mark.parametrize("text", [
    KYRGYZ_REQUEST + "The administration has struck deals in Africa, Central America and the "
    "Pacific to send people to places willing to hold them.",
    KYRGYZ_REQUEST + "Analysts said the pressure reflected a pattern that has also shaped its "
    "talks with Latin American and Asian governments over the past year.",
    KYRGYZ_REQUEST + "Washington has signed similar agreements across East Africa and the "
    "Caribbean.",
    KYRGYZ_REQUEST + "It has also approached several other countries, a diplomat said.",
    KYRGYZ_REQUEST + "Deals have been agreed with a handful of governments, according to the "
    "State Department.",
])
def test_a_region_or_unnamed_states_take_no_stage(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert found == {("USA", "KGZ", "approached")}, found


@pytest.mark.parametrize(("text", "stage"), [
    ("The United States has been talking to Gabon, Liberia and Senegal. The administration "
     "asked the three governments to accept deportees from other countries.", "approached"),
    ("The Netherlands signed a letter of intent with Uganda in September. \"There are "
     "discussions between the two governments on migration, as there are with many "
     "partners,\" the spokesperson said.", "negotiating"),
])
def test_people_from_other_countries_are_no_generic_party(
        extractor: Extractor, text: str, stage: str) -> None:
    assert any(p[2] == stage for p in pairs(extractor, text))


@pytest.mark.parametrize(("text", "stage"), [
    ("Uganda agreed in August to take deportees from the United States, the first country in "
     "East Africa to do so.", "agreed"),
    ("The United States signed an agreement with Uganda in August to send asylum seekers "
     "there. The scheme, the first of its kind in Africa, was suspended by a federal judge in "
     "October.", "suspended"),
])
def test_a_named_party_or_a_region_before_the_stage_keeps_it(
        extractor: Extractor, text: str, stage: str) -> None:
    assert ("USA", "UGA", stage) in pairs(extractor, text)


# --- people named as "non-Liberians": others' nationals, so a deal to receive people --------

@pytest.mark.parametrize(("text", "pair"), [
    ("The foreign ministry in Monrovia said it had agreed, on humanitarian grounds, to accept a "
     "limited number of non-Liberians deported from the United States.",
     ("USA", "LBR", "agreed")),
    ("Palau has agreed to take in as many as 75 non-Palauans deported by Washington.",
     ("USA", "PLW", "agreed")),
    ("Honduras will accept non-Honduran deportees from the United States under a deal signed "
     "on Monday, officials said.", ("USA", "HND", "agreed")),
    ("Guatemala's president said his country would take in non-Guatemalans deported from the "
     "United States.", ("USA", "GTM", "agreed")),
    ("Officials in Kigali agreed to receive up to 100 non-Rwandans removed from Britain.",
     ("GBR", "RWA", "agreed")),
])
def test_agreeing_to_take_non_nationals_is_a_deal(extractor: Extractor, text: str,
                                                  pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Liberia agreed to accept a loan from the United States for non-Liberian contractors.",
    "The ministry in Monrovia said it had agreed to host a conference with non-Liberian "
    "investors from the United States.",
])
def test_non_nationals_in_another_deal_are_no_deportation_deal(
        extractor: Extractor, text: str) -> None:
    assert not pairs(extractor, text)


# --- a refusal: the request in the cue; the receiver's own nationals only in comparison -----

@pytest.mark.parametrize(("text", "receiver"), [
    ("The Honduran government said it had rejected a U.S. request to hold some of the "
     "Venezuelan detainees in Honduran prisons, saying its prisons are for Hondurans who break "
     "Honduran laws.", "HND"),
    ("Ouagadougou had been asked by Washington to take deportees from other countries and had "
     "turned the request down flat, the foreign minister said.", "BFA"),
    ("Nigeria turned the U.S. request down, saying it would not take Venezuelan deportees "
     "because it had enough Nigerians of its own to look after.", "NGA"),
    ("Albania's prime minister said Tirana had turned the request down: it would not hold "
     "Iraqi and Iranian asylum seekers refused in the UK.", "ALB"),
    ("Mexico rejected a U.S. request to receive Cuban deportees, the foreign ministry said, "
     "adding that Mexico only takes back Mexicans.", "MEX"),
])
def test_a_refusal_of_a_request_to_take_others_declines(
        extractor: Extractor, text: str, receiver: str) -> None:
    assert any(p[1] == receiver and p[2] == "declined" for p in pairs(extractor, text)), \
        pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Honduras rejected a U.S. request to take back 300 Hondurans, saying its consulates "
    "needed more time.",
    "Guatemala turned the offer down, saying Guatemalans deported from the United States "
    "already overwhelm its shelters.",
])
def test_refusing_to_take_back_its_own_is_no_declined_deal(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


# --- a court stopping the removal of named people, no deal named: their case, no halt -------

LIBERIA_DEAL = ("Liberia signed a memorandum in November to receive third-country nationals "
                "deported from the United States. ")


@pytest.mark.parametrize("text", [
    LIBERIA_DEAL + "A federal judge temporarily barred the government from deporting a "
    "Salvadoran man to Liberia, finding officials had not shown he would be safe.",
    LIBERIA_DEAL + "Judge bars removal of four West Africans to Liberia.",
    LIBERIA_DEAL + "On Friday a court in Maryland blocked the deportation of two Cameroonian "
    "brothers to Liberia.",
    LIBERIA_DEAL + "The removal of the three men to Liberia was halted by a judge in Boston, "
    "who said they had not been heard.",
    LIBERIA_DEAL + "A judge enjoined the administration from sending the Guatemalan woman to "
    "Liberia while her appeal is heard.",
])
def test_a_court_stopping_named_peoples_removal_suspends_no_deal(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "suspended"}


@pytest.mark.parametrize("text", [
    LIBERIA_DEAL + "A federal judge temporarily barred immigration authorities from deporting "
    "22 men to Liberia under the administration's agreement with the West African country.",
    LIBERIA_DEAL + "A judge barred the government from sending anyone to Liberia under the "
    "memorandum until the screening is fixed.",
])
def test_a_court_stopping_removals_under_the_deal_suspends_it(
        extractor: Extractor, text: str) -> None:
    assert ("USA", "LBR", "suspended") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    LIBERIA_DEAL + "The order bars the men's transfer to Liberia while the case proceeds.",
    LIBERIA_DEAL + "The ruling halted the family's removal to Liberia.",
])
def test_a_court_stopping_the_mens_transfer_suspends_no_deal(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "suspended"}


@pytest.mark.parametrize("text", [
    "A judge found that officials had not shown that Liberia had agreed to take the man "
    "deported from the United States.",
    "The government has never confirmed that Uganda accepted deportees from the United States.",
])
def test_what_no_one_has_shown_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}


def test_what_was_shown_is_an_agreement(extractor: Extractor) -> None:
    text = ("Documents have shown that Liberia agreed in November to take deportees from the "
            "United States.")
    assert ("USA", "LBR", "agreed") in pairs(extractor, text)


# --- a deal named by its sender's demonym; another state's scheme as a pattern -------------

UGANDA_DEALS = ("Uganda signed an agreement with the United States in August and a letter of "
                "intent with the Netherlands in September to receive rejected asylum seekers. "
                "Israel once sent Eritreans to Uganda. ")


@pytest.mark.parametrize("text", [
    UGANDA_DEALS + "He said the first people under the Dutch arrangement could arrive in the "
    "first half of next year.",
    UGANDA_DEALS + "The first transfers under the Dutch deal are expected to begin next spring.",
    UGANDA_DEALS + "Officials said the first group covered by the Dutch agreement could land "
    "within weeks.",
    UGANDA_DEALS + "Under the Dutch accord, the first rejected applicants are expected to arrive "
    "early next year.",
    UGANDA_DEALS + "The first people sent under the Dutch pact could be transferred in the "
    "summer, the minister said.",
])
def test_a_deal_named_by_its_senders_demonym_is_that_senders(
        extractor: Extractor, text: str) -> None:
    implemented = {p[:2] for p in pairs(extractor, text, "2025-10-10") if p[2] == "implemented"}
    # Israel's removals are told in their own sentence; the expected one is the Dutch deal's
    assert ("NLD", "UGA") in implemented and ("USA", "UGA") not in implemented, implemented


@pytest.mark.parametrize("text", [
    "Danish officials spent most of 2022 in talks with Kigali on a reception centre modelled on "
    "the British scheme for asylum seekers.",
    "Copenhagen opened talks with Rwanda on a plan for asylum seekers based on the British "
    "scheme.",
])
def test_a_scheme_taken_as_a_pattern_is_not_the_sender(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("DNK", "RWA", "negotiating") in found and not {p for p in found if p[0] == "GBR"}


# --- refusing the status or the request by a pro-form: "not going to be a safe third country",
# "would not do so" ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "receiver"), [
    ("Mexico's president said: \"Mexico is not going to be a safe third country. We have told "
     "them so,\" after U.S. officials pressed her to take in asylum seekers.", "MEX"),
    ("The United States has been deporting migrants to third countries in Africa. Nigeria's "
     "foreign minister said his country had come under pressure from the United States to "
     "take in Venezuelan deportees, and that Nigeria would not do so.", "NGA"),
    ("Guatemala will not become a safe third country for asylum seekers turned away by the "
     "United States, its president said.", "GTM"),
    ("Asked by Washington to take in third-country deportees, Ghana refused to do so, a "
     "government spokesman said.", "GHA"),
    ("Panama has refused to become a \"safe third country\" for asylum seekers the United "
     "States wants to send there.", "PAN"),
])
def test_refusing_the_status_or_the_request_declines(
        extractor: Extractor, text: str, receiver: str) -> None:
    assert any(p[1] == receiver and p[2] == "declined" for p in pairs(extractor, text)), \
        pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Palau agreed in August to take deportees from the United States. Its president said the "
    "deal was a humanitarian gesture and that Palau would not become a \"dumping ground\" for "
    "anyone.",
    "The United States asked Nigeria to take in Venezuelan deportees; officials in Abuja said "
    "they would do so only if visas were restored.",
])
def test_other_refusals_or_conditions_do_not_decline(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


# --- a halt whose object is a pronoun for the deal just told --------------------------------

HONDURAS_DEAL = ("In 2019 Honduras concluded an asylum cooperative agreement with the United "
                 "States to receive asylum seekers. ")


@pytest.mark.parametrize(("text", "stage"), [
    (HONDURAS_DEAL + "But the Biden administration terminated it in February 2021.", "ended"),
    (HONDURAS_DEAL + "The next administration scrapped it before anyone was sent.", "ended"),
    (HONDURAS_DEAL + "Two years later Washington suspended it, citing the pandemic.",
     "suspended"),
    (HONDURAS_DEAL + "The new government later abandoned it.", "ended"),
    (HONDURAS_DEAL + "In 2021 Washington froze it pending a review.", "suspended"),
])
def test_a_halt_of_it_continues_the_deal_before(extractor: Extractor, text: str,
                                                stage: str) -> None:
    assert ("USA", "HND", stage) in pairs(extractor, text), pairs(extractor, text)


@pytest.mark.parametrize("text", [
    HONDURAS_DEAL + "The president called the criticism unfair and dismissed it.",
    HONDURAS_DEAL + "A court heard a challenge to the law on elections and suspended it.",
])
def test_a_halt_of_something_else_is_no_halt(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] in ("ended", "suspended")}


# --- a signing and its halt told in one clause: two stages (rule 2) -------------------------

@pytest.mark.parametrize(("text", "pair", "halt"), [
    ("Rwanda signed a deal with Britain in 2022 to receive asylum seekers, only for the UK "
     "Supreme Court to rule in 2023 that the scheme was unlawful.", ("GBR", "RWA"), "suspended"),
    ("Denmark agreed a memorandum with Rwanda on asylum seekers in 2022 but then put the plan "
     "on hold.", ("DNK", "RWA"), "suspended"),
    ("Kenya signed the accord with Washington to receive deportees in May, until a High Court "
     "judge suspended the agreement in July.", ("USA", "KEN"), "suspended"),
    ("Honduras concluded an asylum cooperative agreement with the United States in 2019 before "
     "the Biden administration terminated the deal in 2021.", ("USA", "HND"), "ended"),
    ("Paraguay ratified the safe third country agreement with the United States, and later a "
     "court froze the deal.", ("USA", "PRY"), "suspended"),
])
def test_a_signing_then_its_halt_in_one_clause_are_two_stages(
        extractor: Extractor, text: str, pair: tuple, halt: str) -> None:
    found = pairs(extractor, text)
    assert {(*pair, "agreed"), (*pair, halt)} <= found, found


@pytest.mark.parametrize("text", [
    "Officials hoped Rwanda would sign a deal with Britain to receive asylum seekers, but the "
    "Supreme Court ruled the scheme unlawful.",
    "Rwanda had not signed any deal with Denmark on asylum seekers before Copenhagen put the "
    "plan on hold.",
])
def test_a_wished_or_unsigned_deal_before_a_halt_is_no_signing(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}


# --- paid to take people: a deal agreed, though no other stage word is there ---------------

@pytest.mark.parametrize(("text", "receiver"), [
    ("Equatorial Guinea was paid $7.5 million to accept third-country nationals deported from "
     "the United States, according to a notification to Congress.", "GNQ"),
    ("Washington is paying Ghana $2 million to receive West African deportees, officials said.",
     "GHA"),
    ("The United States paid El Salvador about $6 million to hold the deported Venezuelan men "
     "for a year.", "SLV"),
    ("Under the arrangement Palau will be paid $7.5 million to take in up to 75 deportees from "
     "the United States.", "PLW"),
    ("Rwanda, which was paid £240 million by Britain to house asylum seekers, says it will keep "
     "the money.", "RWA"),
])
def test_being_paid_to_take_people_is_a_deal(extractor: Extractor, text: str,
                                             receiver: str) -> None:
    assert any(p[1] == receiver and p[2] == "agreed" for p in pairs(extractor, text)), \
        pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Equatorial Guinea was paid $7.5 million for oil exploration rights by a U.S. company.",
    "The United States paid Ghana $2 million to build a new school, officials said.",
])
def test_being_paid_for_something_else_is_no_deal(extractor: Extractor, text: str) -> None:
    assert not pairs(extractor, text)


def test_being_paid_to_hold_those_already_sent_is_no_new_signing(extractor: Extractor) -> None:
    text = ("In March, more than two hundred Venezuelan men were deported from the United States "
            "to El Salvador and locked up in CECOT. El Salvador's government was paid to hold "
            "them.")
    found = pairs(extractor, text)
    assert not {p for p in found if p[2] == "agreed"}
    assert ("USA", "SLV", "implemented") in found  # sent under the deal the payment shows


# --- claims decided in the receiving state make a safe third country, whatever else is told -

def pair_kinds(extractor: Extractor, text: str) -> set[tuple]:
    return {(f.deporting_country, f.receiving_country, f.kind)
            for f in extractor.extract(text, "2025-09-10") if isinstance(f, Arrangement)}


FAILED_CLAIMANTS = (" Four people whose asylum claims had failed later accepted payments to "
                    "relocate to Rwanda under a separate voluntary scheme.")


@pytest.mark.parametrize("text", [
    "Britain agreed a partnership with Rwanda in April 2022 under which people arriving by "
    "small boat would have had their claims decided in Rwanda." + FAILED_CLAIMANTS,
    "Under the deal Britain signed with Rwanda, asylum seekers would be flown to Kigali to "
    "have their claims processed there." + FAILED_CLAIMANTS,
    "Britain signed an agreement with Rwanda so that migrants could claim asylum there instead "
    "of in the UK." + FAILED_CLAIMANTS,
    "Rwanda agreed with Britain that people crossing the Channel would be sent there and their "
    "claims heard by Rwandan officials." + FAILED_CLAIMANTS,
    "The treaty Britain signed with Rwanda said people sent there would apply for asylum there."
    + FAILED_CLAIMANTS,
])
def test_claims_decided_there_outweigh_failed_claimants(extractor: Extractor, text: str) -> None:
    found = pair_kinds(extractor, text)
    assert ("GBR", "RWA", "safe_third_country") in found, found


@pytest.mark.parametrize("text", [
    "Britain agreed with Rwanda in 2025 to send people whose asylum claims had failed there, "
    "to a return hub run by Kigali.",
    "The Netherlands signed a letter of intent with Uganda to send rejected asylum seekers "
    "there while their return home is organised.",
])
def test_failed_claimants_alone_are_a_removal_deal(extractor: Extractor, text: str) -> None:
    assert all(k[2] != "safe_third_country" for k in pair_kinds(extractor, text)), \
        pair_kinds(extractor, text)


# --- a request and its refusal told in one clause (round 6) ------------------------------------
# "Ouagadougou had been asked and had turned the request down", "a status that U.S. officials
# have pressed Mexico to accept": the approach is told as an event of its own beside the
# refusal, so both stages are facts (rule 2); "rejected a U.S. request" only implies it.

@pytest.mark.parametrize("text, receiver", [
    ("Chad's interior minister said in March that his country had been approached by "
     "Washington about taking in deportees and had refused.", "TCD"),
    ("Mauritania's foreign minister said the country would not sign a deal to receive "
     "deportees from the United States, an arrangement that U.S. envoys have pressed "
     "Nouakchott to accept since 2023.", "MRT"),
    ("Zambia, which had been sounded out by the State Department in June about hosting "
     "deportees, turned the offer down in July, officials in Lusaka said.", "ZMB"),
    ("Senegal was asked by the Trump administration to accept deportees and refused, the "
     "foreign ministry said.", "SEN"),
    ("The United States urged Gabon last spring to take in deportees of other nationalities, "
     "a request that Libreville rejected.", "GAB"),
    ("Malawi's government said it had been contacted by U.S. diplomats about receiving "
     "deportees and had ruled it out.", "MWI"),
])
def test_an_approach_told_beside_its_refusal_is_a_stage(extractor: Extractor, text: str,
                                                         receiver: str) -> None:
    found = pairs(extractor, text)
    assert {("USA", receiver, "approached"), ("USA", receiver, "declined")} <= found, found


@pytest.mark.parametrize("text", [
    "Senegal rejected a U.S. request to take in deportees from other countries, the foreign "
    "ministry said.",
    "The president said Mexico will not accept becoming a safe third country for the United "
    "States, a status that Washington pressed during Trump's first term.",
    "Asked whether Togo would accept deportees from the United States, the minister said it "
    "would not accept them.",
    "Chad had received and rejected an American request to take in deportees, officials said.",
])
def test_a_refusal_implying_its_request_is_one_stage(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert not {p for p in found if p[2] == "approached"}, found
    assert {p for p in found if p[2] == "declined"}, found


# --- a ratification is the same deal as its signing (round 6) ---------------------------------
# "Kosovo's parliament ratified the agreement in May 2024" after "signed in December 2022": the
# vote years later is no new deal; one agreed fact, dated by the signing (rule 11).

@pytest.mark.parametrize("text", [
    "Denmark and Kosovo signed a treaty in December 2022 to hold foreign convicts facing "
    "deportation in a Kosovo prison. Kosovo's parliament ratified it in May 2024.",
    "Denmark signed an agreement with Kosovo in December 2022 to rent 300 prison cells for "
    "foreign convicts facing deportation. Lawmakers in Pristina ratified the treaty last year.",
    "Kosovo's Assembly last Thursday ratified the agreement under which Denmark will rent 300 "
    "cells in Gjilan for deportees. The treaty was signed by the two governments in December "
    "2022.",
    "Kosovo agreed in 2022 to hold foreign prisoners deported from Denmark. The Assembly "
    "voted to ratify the deal in 2025 after months of delay.",
    "Under the treaty Denmark signed with Kosovo in 2022, Copenhagen will rent 300 cells for "
    "deportees. Kosovo's parliament finally ratified the accord in May 2024.",
])
def test_a_ratification_years_later_is_the_same_agreement(extractor: Extractor,
                                                          text: str) -> None:
    agreed = [f for f in extractor.extract(text, "2025-09-10") if isinstance(f, Arrangement)
              and f.stage == "agreed" and f.receiving_country == "XKX"]
    assert len(agreed) == 1 and agreed[0].date is not None and agreed[0].date.startswith("2022"), \
        [(f.deporting_country, f.date) for f in agreed]


@pytest.mark.parametrize("text", [
    "Kosovo's parliament ratified the agreement with Denmark to rent prison cells for deportees "
    "in May 2024.",
    "Denmark signed a deal with Kosovo in 2019 to hold deportees. A new agreement to rent 300 "
    "cells for deportees was signed with Kosovo in 2025.",
])
def test_a_lone_ratification_or_a_new_deal_stays_agreed(extractor: Extractor, text: str) -> None:
    agreed = [f for f in extractor.extract(text, "2025-09-10") if isinstance(f, Arrangement)
              and f.stage == "agreed" and f.receiving_country == "XKX"]
    assert len(agreed) == (1 if "ratified" in text else 2), [f.date for f in agreed]


# --- a request for something other than taking people (round 6) -------------------------------
# "The UN Committee against Torture has asked Eswatini to explain …", "requires the receiving
# country to offer a full and fair asylum procedure": the request is for an account, a release or
# protection, not for the state to take people, so no approach.

@pytest.mark.parametrize("text", [
    "The United States has sent deportees to Eswatini. The UN Committee against Torture has "
    "asked Eswatini to explain the legal basis for detaining them.",
    "The United States has sent deportees to Eswatini. Human rights groups urged the "
    "authorities in Mbabane to release the men, who have not been charged.",
    "The United States has sent deportees to Ghana. Lawmakers in Accra pressed Ghana's "
    "government to disclose how many had arrived.",
    "The United States has sent deportees to Uganda. The lawsuit argues that the law requires "
    "the receiving country to offer a full and fair asylum procedure.",
    "The United States has sent deportees to Rwanda. Amnesty International called on Rwanda "
    "and asked Kigali to guarantee the men access to lawyers.",
])
def test_a_request_for_an_account_is_no_approach(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert not {p for p in found if p[2] == "approached"}, found


@pytest.mark.parametrize("text, receiver", [
    ("The State Department has asked Eswatini to accept more deportees from third countries.",
     "SWZ"),
    ("U.S. officials pressed the government in Accra to take in West African deportees.", "GHA"),
])
def test_a_request_to_take_people_is_an_approach(extractor: Extractor, text: str,
                                                 receiver: str) -> None:
    assert ("USA", receiver, "approached") in pairs(extractor, text)


# --- a deal signed or approved by its leaders, told on the deal noun (round 6) -----------------
# "the arrangement announced by President Mahama in September", "Signed by Starmer and Macron in
# July, the treaty …", "the deal, which the cabinet of Prime Minister Kurti approved in June":
# the signing is an event told in passing, with the receiving state named by its leader.

@pytest.mark.parametrize("text, pair", [
    ("The Supreme Court has refused an application to stop the government from receiving "
     "further deportees from the United States under the arrangement announced by President "
     "John Dramani Mahama in September.", ("USA", "GHA")),
    ("Signed by Keir Starmer and Emmanuel Macron at a summit in July, the treaty lets Britain "
     "send some people who arrive by small boat back to France.", ("GBR", "FRA")),
    ("The ruling clears the way for Pristina to keep receiving deportees from the United States "
     "under the deal, which the cabinet of Prime Minister Albin Kurti approved in June.",
     ("USA", "XKX")),
    ("Deportees from the United States have been sent to El Salvador under an agreement "
     "struck by Nayib Bukele in March.", ("USA", "SLV")),
    ("The memorandum, which was approved by President Rodrigo Chaves in February, lets the "
     "United States send up to 200 deportees of other nationalities to Costa Rica.",
     ("USA", "CRI")),
])
def test_a_deal_signed_by_its_leaders_is_agreed(extractor: Extractor, text: str,
                                                pair: tuple[str, str]) -> None:
    assert (*pair, "agreed") in pairs(extractor, text), pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The Supreme Court has refused an application to stop deportations from the United States "
    "to Ghana, a plan criticised by President John Dramani Mahama's opponents.",
    "Deportees from the United States have been sent to El Salvador, a decision criticised by "
    "Nayib Bukele's opponents.",
])
def test_a_leader_named_beside_no_signing_is_no_agreement(extractor: Extractor,
                                                           text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}, pairs(extractor, text)


# "called for the arrangement to be suspended": a demand, not a halt (round 6).
@pytest.mark.parametrize("text", [
    "Ghana agreed in September to receive West Africans deported from the United States. The "
    "opposition has called for the arrangement to be suspended until it is ratified.",
    "Ghana agreed in September to receive West Africans deported from the United States. "
    "Lawmakers are calling for the deal to be scrapped.",
    "Ghana agreed in September to receive West Africans deported from the United States. "
    "Activists demanded that the transfers be halted.",
])
def test_a_demand_to_halt_is_no_halt(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert not {p for p in found if p[2] in ("suspended", "ended")}, found


def test_people_taken_to_a_border_go_there(extractor: Extractor) -> None:
    text = ("Ghana received 14 deportees from the United States. Several of them were driven "
            "from a military camp near Accra to the Togolese border and left on the other "
            "side, their lawyers said.")
    assert ("GHA", "TGO") in removals(extractor, text)


# --- a request the receiving state is weighing (round 6) --------------------------------------
SENDER_STORY = ("Ghana agreed last year to take deportees of other nationalities from the United "
                "States. ")


@pytest.mark.parametrize("text, receiver", [
    ('One Western envoy said Togo was "seriously considering" an offer.', "TGO"),
    ("In the Caribbean, Dominica agreed in January to take a handful of people, while Grenada "
     "is still weighing a request.", "GRD"),
    ("Sierra Leone said it was mulling a proposal from Washington to host deportees.", "SLE"),
    ("Benin's cabinet is examining the U.S. request to accept deportees from other countries.",
     "BEN"),
    ("Togo is reviewing the request, a government spokesman in Lomé said.", "TGO"),
])
def test_a_request_being_weighed_is_an_approach(extractor: Extractor, text: str,
                                                receiver: str) -> None:
    found = pairs(extractor, SENDER_STORY + text)
    assert ("USA", receiver, "approached") in found, found


@pytest.mark.parametrize("text", [
    "Togo is considering an offer from a Chinese firm to build a new port.",
    "Togo is weighing a request to host a regional football tournament.",
])
def test_weighing_another_offer_is_no_approach(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, SENDER_STORY + text)
    assert not any(p[1] == "TGO" for p in found), found


# --- a request delivered or raised (round 6) ---------------------------------------------------
@pytest.mark.parametrize("text, receiver", [
    ("Niger's government said the request had been handed over by the U.S. embassy in "
     "September, asking it to take in deportees from other countries.", "NER"),
    ("The U.S. ambassador handed over a request to Chad's foreign minister last month for "
     "Chad to accept deportees from third countries.", "TCD"),
    ("U.S. diplomats delivered a request to the government of Benin to receive deportees of "
     "other nationalities, officials in Cotonou said.", "BEN"),
    ("Washington conveyed the request to Mauritania in August, asking it to host deportees "
     "from other countries.", "MRT"),
])
def test_a_request_delivered_or_raised_is_an_approach(extractor: Extractor, text: str,
                                                      receiver: str) -> None:
    found = pairs(extractor, text)
    assert ("USA", receiver, "approached") in found, found


@pytest.mark.parametrize("text", [
    "Chad's lawyers submitted a request to the court to halt the transfer of deportees from "
    "the United States.",
    "The men were handed over to Nigerian officials at the border after arriving from the "
    "United States.",
])
def test_a_request_to_a_court_or_a_handover_is_no_approach(extractor: Extractor,
                                                           text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}, pairs(extractor, text)


def test_a_call_for_an_inquiry_leaves_the_agreement(extractor: Extractor) -> None:
    text = ("The opposition has called for an inquiry after Ghana agreed to accept deportees "
            "from the United States.")
    assert ("USA", "GHA", "agreed") in pairs(extractor, text)


def test_reporters_in_a_capital_are_an_audience(extractor: Extractor) -> None:
    text = ("Albania's prime minister told reporters in Tirana that he had turned down a British "
            "request to host a hub for people refused asylum in the UK.")
    assert ("GBR", "ALB", "declined") in pairs(extractor, text)


# --- a halt of talks told by reference back to them (round 6) ----------------------------------
# "put those negotiations on hold, saying it would rather work with other EU states", "resumed
# talks with Kigali, two years after they were frozen": the talks just told were halted.

@pytest.mark.parametrize("text", [
    "Danish officials spent 2022 in talks with Kigali on a reception centre for asylum seekers. "
    "In January 2023 the new coalition put those negotiations on hold, saying it would rather "
    "pursue a solution together with other EU states.",
    "The Danish minister said Copenhagen had resumed talks with Kigali on a transfer "
    "arrangement for asylum seekers, more than two years after they were frozen.",
    "Denmark and Rwanda negotiated a transfer scheme for asylum seekers through 2022, but the "
    "talks were paused in January 2023.",
    "Denmark held talks with Rwanda on sending asylum seekers there until the new government "
    "froze them in 2023.",
    "Danish officials negotiated with Kigali on a centre for asylum seekers in 2022. Those "
    "discussions were suspended in 2023, officials said, adding that Denmark would rather act "
    "with other European states.",
])
def test_a_halt_of_the_talks_just_told_is_a_suspension(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("DNK", "RWA", "suspended") in found, found


@pytest.mark.parametrize("text", [
    "Danish officials are in talks with Kigali on a reception centre for asylum seekers. The "
    "minister said they were making progress.",
    "Danish officials are in talks with Kigali on a reception centre for asylum seekers, months "
    "after their bank accounts were frozen in a separate dispute.",
])
def test_talks_without_a_halt_are_not_suspended(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("DNK", "RWA", "suspended") not in found, found


# --- round 7: mechanisms that carry across authors ------------------------------------------

@pytest.mark.parametrize("text", [
    "Eight men deported from the United States arrived in South Sudan late Friday, ending a "
    "legal fight that had kept them in Djibouti for weeks.",
    "Uganda has agreed to receive deportees from the United States, the ministry said, ending "
    "weeks of speculation in Kampala.",
    "The flight from Texas landed in Juba on Saturday. Its arrival ended months of uncertainty "
    "for the families of the men, whom the United States had deported.",
    "Rwanda accepted the seven deportees from the United States on Tuesday, which ends their "
    "ordeal in a Louisiana jail.",
    "Ghana took in 14 West Africans deported from the United States, ending a long standoff "
    "with lawyers over where they would go.",
])
def test_ending_something_other_than_the_deal_is_no_end(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "ended"}


@pytest.mark.parametrize("text, pair", [
    ("Britain ended the scheme to send asylum seekers to Rwanda in July 2024.",
     ("GBR", "RWA", "ended")),
    ("Britain ended its deportation flights to Rwanda, where asylum seekers were to be sent.",
     ("GBR", "RWA", "ended")),
])
def test_ending_the_deal_itself_stays_an_end(extractor: Extractor, text: str,
                                             pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The High Court of Eswatini threw out an application by civil society groups seeking to have "
    "the kingdom's agreement with the United States declared unconstitutional.",
    "Government has noted the application filed before the High Court of Eswatini by a group of "
    "attorneys seeking access to the men deported from the United States.",
    "Lawyers for the deportees sought an injunction in Accra against the deal with the United "
    "States.",
    "A lawsuit filed in Belmopan seeks to block the safe third country agreement Belize signed "
    "with the United States.",
    "The petition, which is seeking the release of the men sent to Rwanda by the United States, "
    "will be heard next week.",
])
def test_litigants_seeking_relief_are_no_approach(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


@pytest.mark.parametrize("text, pair", [
    ("The United States is seeking an agreement with Honduras to send asylum seekers there.",
     ("USA", "HND", "approached")),
    ("Washington sought Kigali's help last spring to take in deportees from other countries.",
     ("USA", "RWA", "approached")),
])
def test_a_state_seeking_a_deal_is_still_an_approach(extractor: Extractor, text: str,
                                                     pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Denmark, which abandoned its own plan to process asylum seekers in Rwanda in 2023, has "
     "reopened talks with Kigali about a joint pilot.",
     {("DNK", "RWA", "ended"), ("DNK", "RWA", "negotiating")}),
    ("Burkina Faso, which Washington pressed to accept deportees with the threat of visa curbs, "
     "refused outright in October.",
     {("USA", "BFA", "approached"), ("USA", "BFA", "declined")}),
    ("Honduras, whose government had been asked by Washington to take in asylum seekers, signed "
     "the accord in June.",
     {("USA", "HND", "approached"), ("USA", "HND", "agreed")}),
    ("Guatemala, which had been approached by the United States in January, agreed in February "
     "to take deportees of other nationalities.",
     {("USA", "GTM", "approached"), ("USA", "GTM", "agreed")}),
    ("Austria, which scrapped its plan to send rejected asylum seekers to Uzbekistan last year, "
     "has approached Montenegro about a return hub.",
     {("AUT", "UZB", "ended"), ("AUT", "MNE", "approached")}),
])
def test_a_relative_on_the_subject_and_the_main_clause_are_two_stages(
        extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= pairs(extractor, text)


@pytest.mark.parametrize("text, absent", [
    ("Britain, which scrapped its Rwanda scheme in July 2024, is reportedly in talks with several "
     "Balkan states about return hubs for asylum seekers.", ("GBR", "RWA", "negotiating")),
    ("Denmark, which signed a deal with Rwanda in 2022 to send asylum seekers there, said on "
     "Monday it was examining other options.", ("DNK", "RWA", "negotiating")),
])
def test_a_main_clause_with_an_unnamed_counterpart_adds_no_stage(extractor: Extractor, text: str,
                                                                 absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


@pytest.mark.parametrize("text, kept", [
    ("Australia in September signed a memorandum of understanding with Nauru for the island to "
     "resettle former immigration detainees whose visas had been cancelled.",
     ("AUS", "NRU", "agreed")),
    ("Australia flew three men whose visas were cancelled on character grounds to Nauru, the "
     "first deportees sent under the deal signed in August.", ("AUS", "NRU", "implemented")),
    ("The Netherlands signed a letter of intent with Uganda for a hub to house asylum seekers "
     "whose claims have been rejected.", ("NLD", "UGA", "agreed")),
    ("Italy's centres in Albania, opened under the protocol signed in 2023, hold migrants whose "
     "asylum requests were rejected.", ("ITA", "ALB", "agreed")),
    ("Canberra agreed with Nauru to resettle non-citizens whose visas have since been revoked "
     "or cancelled by the minister.", ("AUS", "NRU", "agreed")),
])
def test_what_happened_to_a_thing_of_the_people_is_no_stage(extractor: Extractor, text: str,
                                                            kept: tuple) -> None:
    found = pairs(extractor, text)
    assert kept in found
    assert not {p for p in found if p[2] in ("ended", "declined", "suspended")}


@pytest.mark.parametrize("text, expected", [
    ("Britain, whose Rwanda scheme for asylum seekers was scrapped in 2024, is in talks with "
     "Albania about return hubs.", {("GBR", "RWA", "ended"), ("GBR", "ALB", "negotiating")}),
    ("Denmark, whose government signed a deal with Rwanda in 2022 to send asylum seekers there, "
     "put the plan on hold.", {("DNK", "RWA", "agreed"), ("DNK", "RWA", "suspended")}),
])
def test_whose_deal_or_government_still_reports_its_stage(extractor: Extractor, text: str,
                                                          expected: set) -> None:
    found = pairs(extractor, text)
    assert expected <= found
    assert ("GBR", "RWA", "negotiating") not in found and ("GBR", "ALB", "ended") not in found


FOIL = "Albania would not host a hub, Mr Rama said: Italy's centres there were a one-off. "


@pytest.mark.parametrize("lead", [
    'The Prime Minister said Britain was in talks with "a number of countries" about return hubs. ',
    "Britain is reportedly in talks with several Balkan states about return hubs. ",
    "Ministers confirmed that the UK has been holding talks with other governments about "
    "sending rejected asylum seekers abroad. ",
    "London is negotiating with three countries over return hubs, officials said. ",
    "Britain, officials said, is in discussions with various states in the Western Balkans "
    "about return hubs. ",
])
def test_talks_with_many_states_name_the_sender(extractor: Extractor, lead: str) -> None:
    text = lead + FOIL + ("\n\nAccording to two sources, officials have since sounded out "
                          "Serbia and North Macedonia about hosting rejected asylum seekers.")
    found = pairs(extractor, text)
    assert {("GBR", "SRB", "approached"), ("GBR", "MKD", "approached")} <= found


@pytest.mark.parametrize("text, absent", [
    ("Uganda is in talks with several European countries about hosting return hubs for asylum "
     "seekers. Kampala has sounded out Kenya about sharing the costs.", ("UGA", "KEN")),
    ("Britain is in talks with France about returns. Italy has sent 400 migrants to Albania "
     "and has sounded out Tunisia about hosting rejected asylum seekers.", ("GBR", "TUN")),
])
def test_talks_with_named_or_by_a_receiver_name_no_sender(extractor: Extractor, text: str,
                                                          absent: tuple) -> None:
    assert not {p for p in pairs(extractor, text) if p[:2] == absent}


@pytest.mark.parametrize("text, receiver", [
    ("In early February the president announced that Guatemala would take deportees of other "
     "nationalities, with Washington covering the cost.", "GTM"),
    ("Panama's president said his country would serve as a \"bridge\" for deportees from the "
     "United States of other nationalities.", "PAN"),
    ("Kosovo will temporarily host up to 50 people deported from the United States, the "
     "government said.", "XKX"),
    ("Costa Rica would act as a transit country for migrants deported by the United States, "
     "officials in San José said.", "CRI"),
    ("Officials in Kigali said Rwanda will receive some deportees from the United States "
     "later this year.", "RWA"),
])
def test_a_stated_promise_to_take_people_is_agreed(extractor: Extractor, text: str,
                                                   receiver: str) -> None:
    assert ("USA", receiver, "agreed") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Washington hopes Guatemala would take deportees of other nationalities.",
    "Officials said Honduras would take back only Hondurans deported from the United States.",
    "Honduras would not take asylum seekers from the United States.",
])
def test_a_wish_a_refusal_or_own_nationals_is_no_promise(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}


@pytest.mark.parametrize("text, absent", [
    ("Germany is weighing return hubs for rejected asylum seekers. Several Balkan states "
     "approached informally have made clear they want no part of it. For now, the most concrete "
     "result of Germany's interest has been an invitation to the informal group of EU states, "
     "led by Denmark, Italy and the Netherlands, that meets to compare notes.", ("DEU", "DNK")),
    ("BERLIN/VIENNA — Germany and Austria are both exploring arrangements to send rejected "
     "asylum seekers to countries outside the European Union, officials in the two capitals "
     "said.\n\nAustria's interior ministry has approached Uzbekistan about accepting rejected "
     "Afghan asylum seekers, a newspaper reported.", ("AUT", "DEU")),
    ("The Dutch plan is the most advanced. The Netherlands signed a letter of intent with Uganda "
     "in September under which Kampala would host a return hub.\n\nUganda has also agreed to "
     "take deportees from the United States, and the two deals have drawn sharp criticism.",
     ("USA", "NLD")),
    ("Germany is weighing return hubs for rejected asylum seekers. Berlin has invited Denmark, "
     "Italy and the Netherlands to share what they learned.", ("DEU", "ITA")),
    ("VIENNA — Austria and Germany are both looking at deals to send rejected asylum seekers "
     "to countries outside Europe, officials said.\n\nBerlin has sounded out Kenya about it.",
     ("AUT", "DEU")),
])
def test_two_sending_states_are_no_pair_without_moves_between_them(
        extractor: Extractor, text: str, absent: tuple) -> None:
    assert not {p for p in pairs(extractor, text) if p[:2] == absent}


@pytest.mark.parametrize("text, pair", [
    ("Under the one in, one out pilot signed in July, Britain returned the first migrants to "
     "France in September.", ("GBR", "FRA")),
    ("France has sent back to Italy hundreds of migrants under a readmission deal with Rome "
     "agreed in 1997.", ("FRA", "ITA")),
])
def test_a_sending_state_that_people_are_moved_to_stays_a_receiver(
        extractor: Extractor, text: str, pair: tuple) -> None:
    assert {p for p in pairs(extractor, text) if p[:2] == pair}


LOOKING = "Washington has been looking for more partners to take deportees. "


@pytest.mark.parametrize("text, receiver", [
    ("One person familiar with the discussions said Moldova had been sounded out in May.", "MDA"),
    ("Officials said Benin had also been sounded out, according to people familiar with the "
     "talks.", "BEN"),
    ("According to two officials involved in the negotiations, Gabon has been approached.", "GAB"),
    ("Kenya, three people briefed on the talks said, has been asked to take deportees.", "KEN"),
    ("Togo had been sounded out too, said a diplomat close to the discussions.", "TGO"),
])
def test_a_source_close_to_talks_reports_no_talks(extractor: Extractor, text: str,
                                                  receiver: str) -> None:
    found = pairs(extractor, LOOKING + text)
    assert ("USA", receiver, "approached") in found
    assert ("USA", receiver, "negotiating") not in found


@pytest.mark.parametrize("text, receiver", [
    ("A person familiar with the matter said Washington was in talks with Moldova.", "MDA"),
    ("Officials involved in the process said the United States had held talks with Benin.",
     "BEN"),
])
def test_talks_beside_a_source_are_still_talks(extractor: Extractor, text: str,
                                                receiver: str) -> None:
    assert ("USA", receiver, "negotiating") in pairs(extractor, LOOKING + text)


GHANA_DEAL = ("Ghana agreed in September to take West Africans deported from the United States "
              "under a memorandum of understanding. ")


@pytest.mark.parametrize("text", [
    "Fourteen deportees from the United States landed in Accra, the first group sent under the "
    "arrangement; two of them were later driven across the border into Togo.",
    "Two Gambian men who were among the deportees from the United States were taken from the "
    "Bundase camp and dropped on the Togolese side of the border at Aflao, under the deal.",
    "Lawyers said Ghana had bused four of the men sent from the United States to Togo.",
    "Ghana deported two of the West Africans it received from the United States to Togo, their "
    "lawyers said, under the arrangement.",
    "The men flown from the United States to Accra were later put on a bus to Lomé, under the "
    "same memorandum, Ghana's government confirmed.",
])
def test_an_onward_removal_is_no_use_of_a_deal_of_its_own(extractor: Extractor,
                                                           text: str) -> None:
    found = pairs(extractor, GHANA_DEAL + text)
    assert not {p for p in found if p[:2] == ("GHA", "TGO")}


def test_a_sender_known_to_deport_keeps_its_own_deal(extractor: Extractor) -> None:
    text = ("France hands migrants back to Italy at Ventimiglia every week. Italy has sent 40 "
            "men to its centre in Albania under the protocol signed with Tirana in 2023.")
    assert ("ITA", "ALB", "implemented") in pairs(extractor, text)


def test_the_first_deal_is_still_in_use(extractor: Extractor) -> None:
    text = GHANA_DEAL + ("Fourteen deportees from the United States landed in Accra on "
                         "September 5, the first group sent under the arrangement.")
    assert ("USA", "GHA", "implemented") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Italy's top court asks EU judges to rule on the centre in Albania where migrants are held.",
    "Rome's Court of Cassation asked the European judges whether Italy may send migrants to "
    "Albania.",
    "The government asked three magistrates in Tirana to review the transfer of migrants from "
    "Italy to Albania.",
    "Lawyers asked the tribunals in Rome to halt transfers of migrants from Italy to Albania.",
    "Italy has asked the Luxembourg judges for a quick ruling on its deal to hold migrants in "
    "Albania.",
])
def test_asking_judges_is_no_approach(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


@pytest.mark.parametrize("text", [
    "Italy asked Albania to host two centres for migrants rescued at sea.",
    "Rome has asked Tirana to take in more migrants at its centres, officials said.",
])
def test_asking_a_state_stays_an_approach(extractor: Extractor, text: str) -> None:
    assert ("ITA", "ALB", "approached") in pairs(extractor, text)


@pytest.mark.parametrize("text, absent", [
    ("Eswatini took five deportees from the United States. She declined to say what the kingdom "
     "had been offered in return.", ("USA", "SWZ", "approached")),
    ("South Sudan received a third group of deportees from the United States. It gave no figure "
     "for how many more people the country had agreed to accept.", ("USA", "SSD", "agreed")),
    ("Ghana took in deportees from the United States. The ministry would not say when Accra had "
     "been asked to take them.", ("USA", "GHA", "approached")),
    ("Rwanda received seven deportees from the United States. Officials refused to disclose what "
     "Kigali had agreed to in return for the grant.", ("USA", "RWA", "agreed")),
    ("Deportees from the United States are held in Uganda. Kampala did not explain how long the "
     "talks with Washington had lasted.", ("USA", "UGA", "negotiating")),
])
def test_a_stage_in_an_unanswered_question_is_not_reported(extractor: Extractor, text: str,
                                                           absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


@pytest.mark.parametrize("text, pair", [
    ("Rwanda said it had agreed to accept deportees from the United States, but declined to say "
     "how many.", ("USA", "RWA", "agreed")),
    ("Officials would not say which countries Washington had asked to take deportees; Gabon said "
     "it had been asked.", ("USA", "GAB", "approached")),
])
def test_a_stage_beside_an_unanswered_question_stays(extractor: Extractor, text: str,
                                                     pair: tuple) -> None:
    assert pair in pairs(extractor, text)


# --- refusals told without a refusal verb (refusals.py) ------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    # a negated pro-verb answering the request told before
    ("Britain asked Albania to host a return hub for rejected asylum seekers. Mr Rama made "
     "clear Albania would not be one of them.", ("GBR", "ALB", "declined")),
    ("The United States asked Nigeria to take Venezuelan deportees. Foreign Minister Yusuf "
     "Tuggar said Abuja would not be doing so.", ("USA", "NGA", "declined")),
    ("When Keir Starmer raised the idea of return hubs for rejected asylum seekers with Edi "
     "Rama in May, Rama told him Albania would not be doing it for anyone else.",
     ("GBR", "ALB", "declined")),
    # a bare "no" as the answer, the state being the one asked before
    ('Washington asked Mexico to sign a safe third country agreement. "No. We told them no, '
     'and the answer is still no," the president said.', ("USA", "MEX", "declined")),
    ("Micronesia's president said his government had been asked by U.S. officials whether it "
     "would host a group of deportees, and had said no.", ("USA", "FSM", "declined")),
    ("Rwanda was asked by Denmark to host an asylum processing centre. Kigali's reply was a "
     "firm no.", ("DNK", "RWA", "declined")),
    # the answer split from its noun by a colon or a quotation, or the noun naming the asker
    ('Edi Rama was asked directly whether Albania would host a hub for people refused asylum '
     'in the UK. His reply: "No. Our agreement with Italy is a one-off."',
     ("GBR", "ALB", "declined")),
    ("Washington asked Ghana to take in deportees of other nationalities. The government's "
     "response: no.", ("USA", "GHA", "declined")),
    ("Britain asked Albania to host a return hub for rejected asylum seekers. Albania's answer "
     "to London is still no.", ("GBR", "ALB", "declined")),
    ("The Netherlands approached Uganda about a centre for rejected asylum seekers; Kampala's "
     "answer, officials said, was no.", ("NLD", "UGA", "declined")),
    ("Denmark asked Tunisia to host a processing centre for asylum seekers. Tunis gave its "
     'answer in May: "no."', ("DNK", "TUN", "declined")),
    # taking only its own people
    ("Togo, which Washington also pressed last year to take in deportees, has said it will "
     "accept only its own nationals.", ("USA", "TGO", "declined")),
    ("Honduras insisted it would take back only Hondurans after the United States asked it to "
     "receive deportees.", ("USA", "HND", "declined")),
])
def test_a_refusal_told_by_reference_back_is_declined(extractor: Extractor, text: str,
                                                       pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # "do so" with no request told before it
    ("Officials in Rome said they would not do so until the court ruled; Albania hosts the "
     "centres for migrants.", ("ITA", "ALB", "declined")),
    # "no" that goes with a noun
    ("Rwanda agreed to take deportees from the United States. Its minister said no decision had "
     "been made on numbers.", ("USA", "RWA", "declined")),
    # an answer noun whose "no" goes with a noun, or an answer to a question nobody asked
    ("Rwanda was asked by Denmark to host an asylum processing centre. Kigali's reply: no "
     "decision yet.", ("DNK", "RWA", "declined")),
    ("Britain asked Albania to host a return hub for rejected asylum seekers. In reply, Rama "
     "said there was no deal yet.", ("GBR", "ALB", "declined")),
    ("Albania hosts two Italian centres for migrants. Asked about the centres, his reply: "
     '"No comment."', ("ITA", "ALB", "declined")),
    # "only" limiting who the deal covers, not the state's own people
    ("Uganda agreed to take deportees from the Netherlands. Officials said the pilot would take "
     "only rejected asylum seekers from the Netherlands.", ("NLD", "UGA", "declined")),
    ("Eswatini agreed to take deportees from the United States. It said the men would be held "
     "only until their return home.", ("USA", "SWZ", "declined")),
    # the refusal of someone who is not a state
    ("The judge asked the government to explain the deportations to Ghana. The government would "
     "not do so, lawyers said.", ("USA", "GHA", "declined")),
])
def test_no_refusal_without_a_request_or_a_state(extractor: Extractor, text: str,
                                                  absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


def test_other_states_saying_no_are_no_refusal_of_the_topic(extractor: Extractor) -> None:
    text = ("Britain asked Serbia and North Macedonia about return hubs for rejected asylum "
            "seekers. The most obvious candidate has already said no.")
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


# --- accepting flights is receiving them, not consenting to a deal (stage.py) --------------

@pytest.mark.parametrize("text", [
    "The United States has been sending deportees to third countries. Cuba rarely accepts "
    "deportation flights from the United States.",
    "The United States has been sending deportees to third countries. Uzbekistan has accepted "
    "more than a dozen U.S. charter flights carrying its own citizens home since January.",
    "The United States has been sending deportees to third countries. Havana accepted two U.S. "
    "deportation flights last month, the Cuban interior ministry said.",
    "The United States has been sending deportees to third countries. Guatemala, which accepts "
    "weekly flights from Texas, has also taken in some Hondurans.",
    "The United States has been sending deportees to third countries. Deportation flights from "
    "the United States are routinely accepted by Caracas.",
])
def test_accepting_flights_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}


@pytest.mark.parametrize(("text", "pair"), [
    # a readiness or consent to take further flights is one
    ("The United States has been sending deportees to third countries. Tashkent has since told "
     "Washington it is ready to accept further flights carrying Central Asian nationals.",
     ("USA", "UZB", "agreed")),
    # accepting a request or people, not flights
    ("Rwanda accepted a request from the United States to take in deportees of other "
     "nationalities.", ("USA", "RWA", "agreed")),
])
def test_consent_to_flights_or_a_request_stays_agreed(extractor: Extractor, text: str,
                                                      pair: tuple) -> None:
    assert pair in pairs(extractor, text)


# --- a question or request put by people who are no state is no approach (askers.py) ------

ASKED_CONTEXT = ("The United States has been sending deportees to Eswatini and Uganda under "
                 "deals with both. ")


@pytest.mark.parametrize("text", [
    "Several MPs pressed him on what Eswatini stood to gain.",
    "Opposition groups and trade unions have asked why the kingdom should house foreign "
    "convicts at all.",
    "Asked by reporters in Kampala whether Uganda would take more people, the minister said "
    "the deal stood.",
    "Lawmakers asked the minister why Uganda had agreed to take in deportees.",
    "Journalists pressed the Ugandan government for details of the deal.",
    "The prime minister of Eswatini, who was pressed by opposition MPs in parliament on "
    "Tuesday, said the deal stood.",
])
def test_a_question_from_people_who_are_no_state_is_no_approach(extractor: Extractor,
                                                                text: str) -> None:
    assert not {p for p in pairs(extractor, ASKED_CONTEXT + text) if p[2] == "approached"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Washington asked Kampala whether it could take in deportees of other nationalities.",
     ("USA", "UGA", "approached")),
    ("U.S. officials pressed the government in Juba to accept a second group of deportees.",
     ("USA", "SSD", "approached")),
    ("Malawi was asked by the United States to take in deportees of other nationalities.",
     ("USA", "MWI", "approached")),
])
def test_a_request_from_a_state_stays_an_approach(extractor: Extractor, text: str,
                                                  pair: tuple) -> None:
    assert pair in pairs(extractor, text)


# --- refusing a deal like the one a state has is no refusal of that one (other_deals.py) ----

ITALY_ALBANIA = "Italy runs two migrant centres in Albania under a 2023 protocol. "


@pytest.mark.parametrize("text", [
    "Albania's prime minister, Edi Rama, has said more than once that his country will not "
    "host similar centres for any other EU state.",
    "No other state has yet signed a comparable deal with Tirana, and Rama has said he will not "
    "sign one.",
    "Rama said the Italian arrangement was a one-off and that Albania would not host a similar "
    "centre for Britain.",
    "Albania's prime minister has said his country will not host a British hub, or one for any "
    "state other than Italy.",
    "Tirana has refused to sign another such protocol, Rama said.",
])
def test_refusing_another_deal_is_no_refusal_of_the_partners(extractor: Extractor,
                                                              text: str) -> None:
    assert ("ITA", "ALB", "declined") not in pairs(extractor, ITALY_ALBANIA + text)


@pytest.mark.parametrize(("text", "pair"), [
    # the state that asked for the similar deal is the one refused
    ("Britain asked Albania to host a return hub for rejected asylum seekers. Rama said Albania "
     "would not host a UK centre similar to the Italian ones.", ("GBR", "ALB", "declined")),
    # a refusal with no word of another deal
    ("Britain asked Albania to host a return hub for rejected asylum seekers. Albania refused "
     "the British request.", ("GBR", "ALB", "declined")),
])
def test_a_refusal_of_the_state_asking_stays(extractor: Extractor, text: str,
                                             pair: tuple) -> None:
    assert pair in pairs(extractor, ITALY_ALBANIA + text)


# --- requests told by reference back (requests_back.py) ------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    # an active verb with an object referring back; the state asked is the story's
    ("Guatemala said it would consider taking deportees from the United States. Two Guatemalan "
     "officials said U.S. officials raised it during a visit in June.",
     ("USA", "GTM", "approached")),
    ("Ghana said it was studying whether to accept deportees from the United States. American "
     "diplomats first broached the matter in May.", ("USA", "GHA", "approached")),
    ("Rwanda agreed in August to receive deportees from the United States. Washington had "
     "floated the idea in talks in March, officials said.", ("USA", "RWA", "approached")),
    # a passive request noun, with the requester after "by" or the state asked after "to"
    ("Niger has refused to take deportees from the United States. The request had been handed "
     "over by the U.S. embassy in September.", ("USA", "NER", "approached")),
    ("Palau has not yet said whether it will host deportees from the United States. The "
     "proposal was put to President Whipps in Washington last month.",
     ("USA", "PLW", "approached")),
    ("Washington wants more countries to take deportees. The request, according to a cable seen "
     "by reporters, was put to the delegations of Liberia and Senegal.",
     ("USA", "SEN", "approached")),
])
def test_a_request_told_by_reference_back_is_an_approach(extractor: Extractor, text: str,
                                                         pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # raised by someone who is not a state's side
    ("The United States sent deportees to Eswatini. Lawyers raised the matter in court on "
     "Monday.", ("USA", "SWZ", "approached")),
    # the object says what is raised: it refers to nothing before
    ("Rwanda agreed to take deportees from the United States. Critics raised the idea of a legal "
     "challenge.", ("USA", "RWA", "approached")),
    # a plan sent to a parliament asks no state
    ("Uganda agreed to take deportees from the United States. The plan was sent to parliament "
     "for approval.", ("USA", "UGA", "approached")),
    # "put its plan on ice" is a halt, not a request
    ("European governments want to send asylum seekers abroad. Denmark, which has long wanted "
     "tougher asylum rules, put its plan with Rwanda on ice in 2023.",
     ("DNK", "RWA", "approached")),
])
def test_no_request_told_back_without_a_state_asking(extractor: Extractor, text: str,
                                                     absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


# --- a deal announced (announcements.py) ---------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Honduras signed a safe third country agreement with the United States. Guatemala "
     "announced a similar accord with Washington in July.", ("USA", "GTM", "agreed")),
    ("The government of Paraguay announced an agreement with the United States on Tuesday to "
     "receive asylum seekers from third countries.", ("USA", "PRY", "agreed")),
    ("Belize has unveiled a safe third country pact with the United States, officials said.",
     ("USA", "BLZ", "agreed")),
    ("Kosovo's government announced on Wednesday that it had reached a deal with Washington to "
     "host 50 deportees.", ("USA", "XKX", "agreed")),
    # nothing named: the stage of the deal just told
    ("Dominica agreed to take deportees from the United States. Antigua and Barbuda announced "
     "something similar earlier this month.", ("USA", "ATG", "agreed")),
])
def test_a_deal_announced_is_agreed(extractor: Extractor, text: str, pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Those named in reports include Moldova and Benin, none of which has announced an "
     "agreement with the United States on deportees.", ("USA", "MDA", "agreed")),
    ("Guatemala has not announced a deal with Washington on deportees.", ("USA", "GTM", "agreed")),
    ("Eswatini took in five deportees from the United States. The government announced an "
     "investigation into their treatment.", ("USA", "SWZ", "agreed")),
    ("Britain wants return hubs. The Home Office announced the end of the agreement with Rwanda "
     "in July.", ("GBR", "RWA", "agreed")),
])
def test_no_deal_announced(extractor: Extractor, text: str, absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


# --- who or how many a deal excludes is no refusal (refusals.limits_the_deal) ---------------

@pytest.mark.parametrize("text", [
    "Belize signed the safe third country agreement with the United States, and said it would "
    "not accept anyone Washington classified as a security threat.",
    'Uganda agreed to take deportees from the Netherlands but said it would not take "anyone '
    'who is a danger to our people".',
    "Australia sent migrants to Nauru, and Nauru has signalled it will not take large numbers.",
    "Ghana agreed to take deportees from the United States but will not accept anyone with a "
    "criminal record.",
    "Eswatini agreed to take deportees from the United States and will not receive more than "
    "160 of them.",
])
def test_a_limit_on_who_is_taken_is_no_refusal(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] in ("declined", "ended")}


@pytest.mark.parametrize(("text", "pair"), [
    ("The United States asked Nigeria to take deportees. Nigeria said it would not accept anyone "
     "deported from the United States.", ("USA", "NGA", "declined")),
    ("The United States asked Ghana to take more deportees. Ghana said it will not take anyone "
     "else.", ("USA", "GHA", "declined")),
    ("Burkina Faso said it would not accept deportees from the United States.",
     ("USA", "BFA", "declined")),
])
def test_a_refusal_of_everyone_stays_a_refusal(extractor: Extractor, text: str,
                                               pair: tuple) -> None:
    assert pair in pairs(extractor, text)


# --- a payment for taking people is a deal agreed (stage._paid_to_hold) ---------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Deportees from the United States have been sent to Africa. A notice to Congress showed a "
     "$7.5m payment to Malabo for receiving deportees.", ("USA", "GNQ", "agreed")),
    ("Deportees from the United States have been sent to Africa. The State Department has set "
     "aside $7.5 million in foreign assistance for the government of Equatorial Guinea to "
     "receive people removed from the United States.", ("USA", "GNQ", "agreed")),
    ("The United States deported 238 Venezuelans to El Salvador in March. The administration has "
     "said it agreed to pay the Bukele government about $6 million to hold the Venezuelans for a "
     "year.", ("USA", "SLV", "agreed")),
    ("Deportees from the United States have been sent to Africa. Payments to Kigali for housing "
     "the deportees began in August.", ("USA", "RWA", "agreed")),
    ("Deportees from the United States have been sent to Africa. Washington is paying Ghana $2 "
     "million to receive deportees of other nationalities.", ("USA", "GHA", "agreed")),
])
def test_a_payment_for_taking_people_is_agreed(extractor: Extractor, text: str,
                                               pair: tuple) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a payment for something else
    ("Deportees from the United States have been sent to Africa. Washington made a $7.5m "
     "payment to Malabo for road repairs.", ("USA", "GNQ", "agreed")),
    # money set aside for a purpose that is no taking of people
    ("Deportees from the United States have been sent to Africa. The State Department has set "
     "aside $2 million for Ghana to build schools.", ("USA", "GHA", "agreed")),
])
def test_a_payment_for_something_else_is_no_deal(extractor: Extractor, text: str,
                                                 absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


# --- a halt asked for is no halt (stage._halt_asked_for) -----------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("The United States has sent deportees to Eswatini and Ghana. PANMR calls on the African "
     "Union to set common standards for any such arrangement and on the United States to "
     "suspend third-country removals until they are in place.", ("USA", "SWZ", "suspended")),
    ("Belize signed a safe third country agreement with the United States. The claim, filed by "
     "a church-backed legal aid group, seeks an injunction barring any transfers of asylum "
     "seekers from the United States until the case is decided.", ("USA", "BLZ", "suspended")),
    ("Rwanda agreed to take deportees from the United States. Rights groups have asked a court "
     "to halt the transfers.", ("USA", "RWA", "suspended")),
    ("The United States has sent deportees to Eswatini. Lawmakers called on Washington to halt "
     "the flights under the agreement.", ("USA", "SWZ", "suspended")),
    ("Britain agreed a deal with Rwanda. Campaigners applied for an order blocking the flights.",
     ("GBR", "RWA", "suspended")),
])
def test_a_halt_asked_for_is_no_suspension(extractor: Extractor, text: str,
                                           absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("The United States has sent deportees to Eswatini. A judge on Monday suspended the transfers "
     "under the agreement.", ("USA", "SWZ", "suspended")),
    ("Belize signed a safe third country agreement with the United States. The court granted an "
     "injunction barring any transfers under the agreement.", ("USA", "BLZ", "suspended")),
    ("The United States has sent deportees to Eswatini. The appeals court ruled on Monday to "
     "suspend the transfers under the agreement.", ("USA", "SWZ", "suspended")),
])
def test_a_halt_granted_stays_a_suspension(extractor: Extractor, text: str,
                                           pair: tuple) -> None:
    assert pair in pairs(extractor, text)


# --- a halt of removals under a law is a ruling on that power (stage._halts_a_power) ---------

@pytest.mark.parametrize(("text", "absent"), [
    ("The United States sent Venezuelans to El Salvador's CECOT prison. That same day, a judge "
     "temporarily barred removals under the wartime law.", ("USA", "SLV", "suspended")),
    ("In March, the administration sent 238 Venezuelan men to El Salvador's CECOT mega-prison "
     "under the Alien Enemies Act, a move that a federal judge in Washington had ordered halted.",
     ("USA", "SLV", "suspended")),
    ("El Salvador agreed to hold deportees from the United States. A federal judge blocked "
     "deportations under the 1798 statute on Saturday.", ("USA", "SLV", "suspended")),
    ("El Salvador agreed to hold deportees from the United States. The Supreme Court halted "
     "removals under the Alien Enemies Act.", ("USA", "SLV", "suspended")),
    ("El Salvador agreed to hold deportees from the United States. A judge suspended flights to "
     "El Salvador under the president's proclamation.", ("USA", "SLV", "suspended")),
])
def test_a_halt_under_a_law_is_no_suspension_of_the_deal(extractor: Extractor, text: str,
                                                          absent: tuple) -> None:
    assert absent not in pairs(extractor, text)


def test_a_halt_under_the_deal_stays_a_suspension(extractor: Extractor) -> None:
    text = ("The United States has sent deportees to Eswatini. A judge on Monday suspended the "
            "transfers under the agreement.")
    assert ("USA", "SWZ", "suspended") in pairs(extractor, text)


# --- named as a candidate: "named in media reports as possible partners" (FACTS.md rule 3) --

@pytest.mark.parametrize(("text", "pair"), [
    ("Benin and Angola have been named in media reports as possible partners for deportations "
     "from the United States.", ("USA", "AGO")),
    ("Serbia has been named in the regional press as a possible host for Britain's return hubs "
     "for rejected asylum seekers.", ("GBR", "SRB")),
    ("US media have named Luanda as a likely destination for deportees from the United States.",
     ("USA", "AGO")),
    ("Angola, mentioned by two officials as a potential recipient of US deportees, has not "
     "commented.", ("USA", "AGO")),
    ("Angola is among the countries named by officials as potential destinations for "
     "deportees from the United States.", ("USA", "AGO")),
    ("Rwanda was identified in a Home Office memo as a prospective partner for sending "
     "asylum seekers from Britain.", ("GBR", "RWA")),
    ("Reports have cited the Angolan government as a possible destination for deportees "
     "the United States cannot send home.", ("USA", "AGO")),
])
def test_named_as_a_candidate_is_an_approach(extractor: Extractor, text: str,
                                             pair: tuple) -> None:
    assert (*pair, "approached") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Angola was named in a report on deportees from the United States as a country where "
    "prisons are overcrowded.",
    "The United States named Angola's former minister as a partner in a corruption case, "
    "officials said of the deportee flights.",
    "Angola's president named a new envoy to the United States as deportations continued "
    "elsewhere.",
])
def test_named_for_something_else_is_no_approach(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


# --- every inflection of a halt or an ending verb (present, progressive, gerund) -------------

@pytest.mark.parametrize(("text", "pair", "stage"), [
    ("Ghana pauses its deportation deal with the United States.", ("USA", "GHA"), "suspended"),
    ("Accra is pausing the arrangement under which Washington sends West African deportees "
     "there.", ("USA", "GHA"), "suspended"),
    ("Denmark, which signed a memorandum of understanding with Rwanda in 2022 on asylum seekers "
     "before shelving it a year later, is now looking elsewhere.", ("DNK", "RWA"), "suspended"),
    ("Copenhagen shelves its plan to send asylum seekers to Rwanda.", ("DNK", "RWA"),
     "suspended"),
    ("The Dutch government freezes the deal with Uganda to send rejected asylum seekers there.",
     ("NLD", "UGA"), "suspended"),
    ("Britain is suspending its scheme to send asylum seekers to Rwanda.", ("GBR", "RWA"),
     "suspended"),
    ("Britain cancels its deal with Rwanda to send asylum seekers there.", ("GBR", "RWA"),
     "ended"),
    ("Berlin ditches its plan to send rejected Afghan asylum seekers to Rwanda.", ("DEU", "RWA"),
     "ended"),
])
def test_each_inflection_of_a_halt_or_an_end_is_read(extractor: Extractor, text: str,
                                                     pair: tuple, stage: str) -> None:
    assert (*pair, stage) in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "High Court halts removal of Eritrean asylum seeker to France under the returns pilot",
    "Rights groups say Mauritanian forces round up West African migrants sent back by Spain "
    "and abandon them in the desert near the border with Mali.",
    "Washington answered by revoking every visa held by South Sudanese passport holders and "
    "halting new ones, accusing Juba of failing to take back its own citizens deported from "
    "the United States.",
    "Ghana's foreign minister pauses before answering questions about the deportees the "
    "United States sent to Accra.",
    "The judge is halting the hearing on the deportees sent to Eswatini by the United States "
    "until lawyers file new papers.",
    "The judge halted the hearing on the deportees sent to Eswatini by the United States.",
    "Uganda's minister paused while reporters asked about the deportees the Netherlands plans "
    "to send to Kampala.",
])
def test_a_halt_of_something_else_is_no_suspension(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] in ("suspended", "ended")}


# --- an official visit to a state to ask or discuss is an approach (FACTS.md rule 3) --------

@pytest.mark.parametrize(("text", "pair"), [
    ("An Austrian delegation travelled to Kampala in June to ask whether Uganda would host "
     "rejected asylum seekers.", ("AUT", "UGA")),
    ("British officials visited Pristina in December to discuss a return hub for rejected "
     "asylum seekers.", ("GBR", "XKX")),
    ("British officials flew to Kosovo last month to discuss hosting a return hub for rejected "
     "asylum seekers.", ("GBR", "XKX")),
    ("Dutch ministers went to Kampala to propose a centre for rejected asylum seekers from the "
     "Netherlands.", ("NLD", "UGA")),
    ("Denmark's immigration minister visited Rwanda to explore a centre for asylum seekers "
     "sent from Denmark.", ("DNK", "RWA")),
    ("German envoys, who travelled to Tashkent in May, went there to ask whether Uzbekistan "
     "would take rejected Afghan asylum seekers.", ("DEU", "UZB")),
])
def test_a_visit_to_ask_is_an_approach(extractor: Extractor, text: str, pair: tuple) -> None:
    assert (*pair, "approached") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "British officials visited Pristina in December to attend a conference on rejected asylum "
    "seekers.",
    "Many migrants travelled to Libya to seek work before they were deported from Italy.",
    "Sudanese refugees went to Kampala to ask the UN refugee agency for protection from "
    "deportation.",
])
def test_a_visit_for_something_else_is_no_approach(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "approached"}


# --- a story whose one migration word stands where two states meet -------------------------
# Excerpts clipped from longer stories may say "deported" or "asylum" only once; when the
# sentence that says it names two states, the story is about moving people between them.

_FILLER = ("The weather in the capital was mild for the season. Markets were busy on the "
           "weekend and officials spoke of a good harvest. Traffic on the ring road was "
           "heavy on Monday morning. ")


def test_one_deportation_word_between_two_states_is_on_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Eight men the United States deported landed in Juba on Friday after "
            "weeks at a base in Djibouti.")
    assert ("USA", "SSD") in removals(extractor, text)


def test_one_asylum_word_in_talks_with_a_capital_is_on_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Two officials said London had held detailed discussions with Serbia "
            "about a facility for people whose asylum claims have been refused.")
    assert ("GBR", "SRB", "negotiating") in pairs(extractor, text)


def test_one_deportees_word_in_a_split_sentence_is_on_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Palau signed an agreement with Washington in December. Under it, the "
            "island republic will take in up to 75 deportees from the United States who are "
            "not Palauan.")
    assert ("USA", "PLW", "agreed") in pairs(extractor, text)


def test_one_migrant_word_with_a_demonym_is_on_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Rome has asked the Albanian government to hold migrants picked up at "
            "sea in two centres on its coast, a ministry spokesman said.")
    assert ("ITA", "ALB", "approached") in pairs(extractor, text)


def test_one_expulsion_word_in_a_passive_is_on_topic(extractor: Extractor) -> None:
    text = (_FILLER + "The men were expelled from the United States and were received by "
            "Eswatini under an agreement signed in June, the government said.")
    assert ("USA", "SWZ", "agreed") in pairs(extractor, text) or \
        ("USA", "SWZ", "implemented") in pairs(extractor, text)


# --- an excerpt about a court fight over moving people, with no migration word ------------
# Clipped from the middle of a story, an excerpt may never say "deport": "The men … were put on
# a plane to Juba, hours after the Supreme Court …". People moved to a state in a story where a
# court rules is the story of a removal.

@pytest.mark.parametrize("text", [
    "The men, who had spent seven weeks at a U.S. naval base in Djibouti, were put on a plane to "
    "Juba late on Friday, hours after the Supreme Court declined to keep a lower-court order in "
    "place. The others come from Cuba, Laos and Vietnam.",
    "The eight men, held for weeks by U.S. authorities at a base in Djibouti, landed in South "
    "Sudan on Saturday. A federal judge in Boston had said on Thursday that he could not stop "
    "the flight.",
    "A court filing by their lawyers says the group, held by the U.S. government since May, was "
    "flown to Eswatini overnight. The judge had ruled in May that the first attempt broke his "
    "order.",
])
def test_people_moved_in_a_court_fight_are_on_topic(extractor: Extractor, text: str) -> None:
    assert removals(extractor, text) & {("USA", "SSD"), ("USA", "SWZ")}


@pytest.mark.parametrize("text", [
    _FILLER + "The players landed in Doha on Friday, hours after the Court of Arbitration for "
    "Sport upheld their federation's appeal.",
    _FILLER + "A judge in Lisbon fined the club on Monday. The team flew to Madrid on Tuesday for "
    "the final.",
])
def test_a_court_beside_travel_of_another_kind_stays_off_topic(extractor: Extractor,
                                                              text: str) -> None:
    assert not extractor.extract(text)


def test_a_football_transfer_between_two_states_is_off_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Napoli agreed the transfer of the Georgian striker to Paris in January, "
            "and Portugal signed a deal with Brazil to play a friendly in Lisbon.")
    assert not pairs(extractor, text)


def test_one_migration_word_about_one_state_is_off_topic(extractor: Extractor) -> None:
    text = (_FILLER + "Migration to the cities has emptied villages across Uzbekistan. "
            "Uzbekistan signed a cotton agreement with Turkey and agreed to export more "
            "textiles to Germany.")
    assert not pairs(extractor, text)


def test_a_headline_not_about_deportation_keeps_the_gate(extractor: Extractor) -> None:
    text = ("Markets rally as harvest beats forecasts\n\n" + _FILLER + "Two officials said "
            "London had held detailed discussions with Serbia about a facility for people "
            "whose asylum claims have been refused.")
    assert not pairs(extractor, text)



# --- a payment of money to a state is its consent (round 12: authors f, ga, qa, ua) ---------

PAYMENT_LEAD = ("The Trump administration has been looking for countries willing to take "
                "deportees from the United States who are not their own nationals. ")


@pytest.mark.parametrize("text", [
    "Equatorial Guinea has been paid $7.5 million.",
    "Washington had paid Malabo seven and a half million dollars, a notification to Congress "
    "showed last year.",
    "Equatorial Guinea was promised $7.5 million.",
    "A document seen by this newspaper shows Washington agreed to pay Equatorial Guinea "
    "$7.5 million.",
    "Equatorial Guinea is to receive $7.5 million for border and migration capacity, according "
    "to the text of the agreement.",
    "The State Department is paying Malabo some $7.5 million, officials said.",
    "A payment of $7.5 million to Equatorial Guinea came to light in October.",
    "The Equatorial Guinean government, which was paid US$7.5 million, has said little.",
    "Officials confirmed that $7.5 million had been paid to Equatorial Guinea. It has said "
    "little since.",
    "Malabo has said little. We already knew Washington had paid the Central African country "
    "$7.5 million, which came out in a notification to Congress in October.",
])
def test_a_payment_to_a_state_is_its_consent(extractor: Extractor, text: str) -> None:
    assert ("USA", "GNQ", "agreed") in pairs(extractor, PAYMENT_LEAD + text)


@pytest.mark.parametrize("text", [
    "Equatorial Guinea paid $3 million for new border scanners last year.",
    "Washington has paid $2 million to the International Organization for Migration to fly "
    "the men home from Malabo.",
    "The United States gave Equatorial Guinea $50 million in hurricane relief last year.",
    "Equatorial Guinea has not been paid $7.5 million, officials in Malabo said.",
    "Migrants said they had paid smugglers $5,000 each to reach Equatorial Guinea.",
])
def test_money_not_paid_to_a_state_is_no_consent(extractor: Extractor, text: str) -> None:
    assert ("USA", "GNQ", "agreed") not in pairs(extractor, PAYMENT_LEAD + text)



# --- a refusal read from its parts: a verb of rejecting + the request as its object ---------
# (refusals._rejects_the_request; round 13: da03 ea10 ia06 pa14 ra13)
@pytest.mark.parametrize("text", [
    "Washington asked Albania to take some deportees, but the government turned the request "
    "down.",
    "The United States approached Albania about taking deportees. Tirana turned that request "
    "down in March.",
    "Washington had asked Albania to sign a deal to take deportees, and the prime minister said "
    "that request had been turned down.",
    "The United States asked Albania to host deportees. Officials in Tirana have dismissed the "
    "idea.",
    "Washington has asked Albania to accept deportees; the government has poured cold water on "
    "the proposal.",
    "The United States pressed Albania to take deportees, an overture the government rebuffed.",
    "Washington sounded out Albania about a deal to take in deportees. The proposal was rejected "
    "by Albanian ministers in May.",
])
def test_rejecting_the_request_declines_it(extractor: Extractor, text: str) -> None:
    assert ("USA", "ALB", "declined") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    # no request told before: a rejection of something else
    "Albania signed a deal with the United States. The court dismissed the idea that the deal "
    "was unlawful.",
    # a request for comment is no request to take people
    "The United States asked Albania to take deportees. The Albanian embassy turned down a "
    "request for comment.",
    # a judge rejecting a government's request is a ruling, not a state's refusal
    "The United States asked Albania to take deportees. A federal judge rejected the "
    "administration's request to speed up the case.",
    # a person's request, or a request to visit, is no request to take people
    "The United States asked Albania to take deportees. Officials there turned down her "
    "repeated requests to visit the men.",
    "The United States asked Albania to take deportees. The ministry rejected his request for "
    "asylum.",
])
def test_rejecting_something_else_is_no_refusal(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


# --- the sender of a refused site, named inside the refusal (roles._deporter_signal) -------
@pytest.mark.parametrize("text", [
    "Albania's prime minister said his country will not host a British hub for failed asylum "
    "seekers.",
    "Montenegro's government ruled out hosting a UK centre for failed asylum seekers.",
    "Albania, which already hosts Italy's centres for migrants, has said it will not host a "
    "similar centre for Britain.",
    "Asked whether Albania would take a British return hub for deportees, Rama said the Italian "
    "deal was a one-off and his country would not host a British one.",
    "Albania has poured cold water on the idea of hosting a UK return hub for rejected asylum "
    "seekers.",
])
def test_a_refused_site_names_its_sender(extractor: Extractor, text: str) -> None:
    found = {p for p in pairs(extractor, text) if p[2] == "declined"}
    assert found and all(p[0] == "GBR" for p in found)


@pytest.mark.parametrize("text", [
    # a site of the sender at home is no refusal by anyone
    "The British hub at Manston was closed after an outbreak.",
    # a demonym of the people, not a sender
    "Albania will not host British tourists at the site this year.",
])
def test_a_site_named_by_a_state_without_a_refusal_is_no_refusal(extractor: Extractor,
                                                                 text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "declined"}


# --- a halt and an end told by coordinated verbs are two stages (stage._ended_after_a_halt) --
@pytest.mark.parametrize("text", [
    "A 2022 deal under which Britain was to send asylum seekers to Rwanda was ruled unlawful by "
    "the UK Supreme Court the following year and scrapped by Prime Minister Keir Starmer in "
    "July 2024.",
    "Britain's agreement with Rwanda to take asylum seekers was ruled unlawful by the Supreme "
    "Court in 2023 and later abandoned without any flights taking off.",
    "London's deal to send migrants to Kigali was halted by judges in 2022 and then axed by "
    "Labour.",
    "Britain's scheme to deport asylum seekers to Rwanda was suspended in 2023 and finally "
    "scrapped in 2024.",
    "The UK plan to fly asylum seekers to Rwanda, blocked by the courts for two years, was "
    "blocked again in 2023 and was dropped after the election.",
])
def test_a_halt_and_an_end_are_two_stages(extractor: Extractor, text: str) -> None:
    found = pairs(extractor, text)
    assert ("GBR", "RWA", "ended") in found
    assert ("GBR", "RWA", "suspended") in found


@pytest.mark.parametrize("text", [
    "Britain's deal to send asylum seekers to Rwanda was ruled unlawful by the Supreme Court, "
    "and the ruling ended months of uncertainty for the men.",
    "Britain's deal to send asylum seekers to Rwanda was ruled unlawful in 2023 and the "
    "government appealed.",
])
def test_a_halt_beside_another_ending_is_no_end_of_the_deal(extractor: Extractor,
                                                            text: str) -> None:
    assert ("GBR", "RWA", "ended") not in pairs(extractor, text)


# --- a signing with the deal left unnamed, in the story of the sender's deals ---------------
# (arrangements._elided_signing; da13 f14 ua14 z15 ba07)
STORY = ("The United States has agreed deals with Eswatini and Rwanda to take deportees who are "
         "not their own citizens. ")


@pytest.mark.parametrize("text", [
    STORY + "Palau signed up in September.",
    STORY + "Palau, the Pacific archipelago, signed up in September to take as many as 75.",
    STORY + "Palau has also signed on, officials in Koror said.",
    STORY + "Palau signed its own in September; no one has been sent.",
    STORY + "Ghana and Palau have both signed up in some form.",
    STORY + "In September, the government of Palau signed its version.",
])
def test_a_signing_of_an_unnamed_deal_in_the_story_is_agreed(extractor: Extractor,
                                                             text: str) -> None:
    assert ("USA", "PLW", "agreed") in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    # no story of the sender's deals before it
    "Palau signed up in September to the Pacific Islands Forum's fisheries plan.",
    # the signing of something else, with its object named
    STORY + "Palau signed a fisheries accord with Japan in September.",
])
def test_a_bare_signing_outside_the_story_is_no_deal(extractor: Extractor, text: str) -> None:
    assert ("USA", "PLW", "agreed") not in pairs(extractor, text)


# --- rejecting an account of the deal is a denial, not a refusal (stage._rejects_accounts) --
# (round 13: ba03 ia13 ya10)
DEAL = "El Salvador agreed in March to hold deportees from the United States in its prisons. "


@pytest.mark.parametrize("text", [
    DEAL + "Former inmates described beatings, accounts that the government of President Nayib "
    "Bukele has rejected.",
    DEAL + "Lawyers said the men were tortured, an accusation El Salvador has rejected.",
    DEAL + "Salvadoran officials reject that characterisation and say the prison meets "
    "international standards.",
    DEAL + "Salvadoran officials have dismissed those allegations as lies.",
    DEAL + "The men described abuse; the Salvadoran government rejected the claims.",
    DEAL + "Relatives spoke of beatings, claims which the Salvadoran authorities have repeatedly "
    "rejected.",
])
def test_rejecting_an_account_is_no_refusal(extractor: Extractor, text: str) -> None:
    assert ("USA", "SLV", "declined") not in pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The United States asked El Salvador to take more deportees, a request the Salvadoran "
    "government has rejected.",
    "The United States asked El Salvador to hold more deportees. El Salvador rejected that "
    "request in May.",
])
def test_rejecting_the_request_beside_an_account_word_still_declines(extractor: Extractor,
                                                                    text: str) -> None:
    assert ("USA", "SLV", "declined") in pairs(extractor, text)


# --- a centre the sender runs on another state's soil, however its owner is told (round 14) ---

def _hosts_of_senders_sites(extractor: Extractor, text: str) -> set[str]:
    from thirdcountry.extraction.context import DocumentContext
    from thirdcountry.extraction.dates import parse_published
    from thirdcountry.extraction.senders_sites import states_hosting_senders_sites
    return states_hosting_senders_sites(
        DocumentContext(extractor.nlp(text), parse_published("2025-09-10")))


@pytest.mark.parametrize("text", [
    "Italy's centre at Gjader in Albania has held about 400 people since April.",
    "Its two centres in Albania have received just over 100 people, the ministry in Rome said.",
    "Italy, whose centres in Albania received their first detainees a year ago, kept sending "
    "people there.",
    "The Italian repatriation centre at Gjadër, in Albania, now holds 60 men.",
    "Rome's facility in Albania took in 26 more men on Wednesday.",
    "The men were held at the British-funded camp in Rwanda. Britain's centre in Rwanda is "
    "half empty.",
    "Their two Dutch-built sites in Uganda opened in May, "
    "the Netherlands said.",
])
def test_the_senders_own_centre_abroad_names_its_host(extractor: Extractor, text: str) -> None:
    found = _hosts_of_senders_sites(extractor, text)
    assert found & {"ALB", "RWA", "UGA"}


@pytest.mark.parametrize("text", [
    "A Moroccan man was moved to Gjader from a centre in Rome on Friday.",
    "Officials said 30 more men had passed through Shëngjin, Italy's interior ministry said.",
    "Australia flew the men to Manus Island in 2014.",
])
def test_a_named_site_the_sender_runs_abroad_names_its_host(extractor: Extractor,
                                                            text: str) -> None:
    assert _hosts_of_senders_sites(extractor, text) & {"ALB", "PNG"}


@pytest.mark.parametrize("text", [
    # the host's own camps, not the sender's
    "The United States wants to send people to Uganda's refugee camps in the north.",
    # the sender's centres at home; another state named further on
    "Its detention centres in Texas hold thousands of people deported later to Honduras, "
    "the United States said.",
    # a site name with no sender in the document
    "Fishermen in Shengjin said the season had been poor.",
])
def test_near_misses_name_no_host_of_a_senders_site(extractor: Extractor, text: str) -> None:
    assert not _hosts_of_senders_sites(extractor, text) & {"UGA", "HND", "ALB"}


# --- people received under an understanding with the sender, the receiver left implicit ----

RECEIVED_LEAD = "Thirteen men deported by the United States landed in Juba on Wednesday. "


@pytest.mark.parametrize("text", [
    "The ministry said they had been received \"in line with the understanding reached with "
    "our partners in Washington\".",
    "The foreign ministry later confirmed that the group had been received under what it called "
    "\"a cooperation framework\" with Washington.",
    "A senior officer said the government was acting under an understanding reached with "
    "Washington earlier this year.",
    "They were accepted under a transit arrangement with the United States, the ministry said.",
    "Officials said the men, who will travel on to their home countries, were admitted as part "
    "of an agreement with Washington.",
    "The men were taken in on humanitarian grounds, pursuant to a framework agreed with the "
    "U.S., officials said.",
])
def test_people_received_under_an_understanding_implement_it(extractor: Extractor,
                                                             text: str) -> None:
    assert ("USA", "SSD", "implemented") in pairs(extractor, RECEIVED_LEAD + text)


@pytest.mark.parametrize("text", [
    "The ministry said it had reached no understanding with Washington.",
    "Under pressure from Washington, the ministry said it would study the request.",
    "The men were held under a court order, lawyers in Washington said.",
    "Juba is still negotiating a framework with Washington, officials said.",
])
def test_no_understanding_told_is_no_use_of_one(extractor: Extractor, text: str) -> None:
    assert ("USA", "SSD", "implemented") not in pairs(extractor, RECEIVED_LEAD + text)


# --- a court barring removals under a power or an order that is not the deal (round 14) -----

CECOT_LEAD = ("The United States sent 238 Venezuelans to El Salvador's CECOT prison in March "
              "under a deal with President Nayib Bukele. ")


@pytest.mark.parametrize("text", [
    "Separately, a federal judge in Texas ruled that the invocation was unlawful and "
    "permanently barred removals from his district.",
    "In September, an appeals court held that the president had improperly invoked the law, "
    "barring removals under it in three states.",
    "A judge said the removals had violated his earlier order, which bars the government from "
    "sending migrants to countries other than their own.",
    "Lawyers say some were sent on despite orders by immigration judges barring their return "
    "to their home countries.",
    "Further flights were halted when a judge found that the administration had invoked the "
    "wartime statute unlawfully.",
])
def test_a_bar_under_another_power_suspends_no_deal(extractor: Extractor, text: str) -> None:
    assert ("USA", "SLV", "suspended") not in pairs(extractor, CECOT_LEAD + text)


@pytest.mark.parametrize("text", [
    "A federal judge later halted further transfers to El Salvador under the arrangement.",
    "Days later a judge froze the deal, barring any more flights.",
])
def test_a_bar_on_the_deal_still_suspends_it(extractor: Extractor, text: str) -> None:
    assert ("USA", "SLV", "suspended") in pairs(extractor, CECOT_LEAD + text)


# --- a signing told in a clause on the deal noun (round 15) ----------------------------------
# "the arrangement with Washington, which Cabinet approved in June", "the agreement Kigali
# announced earlier this month", "an arrangement that Nicosia and Beirut agreed in 2020": a
# relative (with "which", "that" or none) or a participle with its agent or time, after a short
# complement on the noun, reports the signing as an event (ka ga ea pa za). A bare "under the
# agreement", or a signing still to come, reports none (rule 10).

@pytest.mark.parametrize("text, pair", [
    ("Eswatini has housed the men at Matsapha. The arrangement with Washington, which Cabinet "
     "approved in June, covers up to 160 people deported from the United States.",
     ("USA", "SWZ")),
    ("Seven people deported from the United States arrived in Kigali, the first to be sent "
     "under the agreement Rwanda announced earlier this month.", ("USA", "RWA")),
    ("Deportees from the United States have been flown to Uganda under a memorandum that "
     "Kampala signed with Washington last August.", ("USA", "UGA")),
    ("More deportees from the United States are expected in Accra under the arrangement, "
     "announced by the Foreign Minister in September.", ("USA", "GHA")),
    ("Deportees from the United States were flown to Kosovo under a deal Pristina struck with "
     "Washington in June.", ("USA", "XKX")),
    ("Costa Rica has sheltered deportees from the United States under the memorandum between "
     "the two governments that was concluded in February.", ("USA", "CRI")),
])
def test_a_signing_in_a_clause_on_the_deal_is_agreed(extractor: Extractor, text: str,
                                                     pair: tuple[str, str]) -> None:
    assert (*pair, "agreed") in pairs(extractor, text), pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "Deportees from the United States have been flown to Uganda under the agreement.",
    "Deportees from the United States have been flown to Uganda under a memorandum that "
    "Kampala has yet to sign.",
    "Deportees from the United States have been flown to Uganda under an arrangement which "
    "parliament never approved.",
    "Deportees from the United States have been flown to Uganda; critics argue that the "
    "arrangement with Washington should have been approved by Parliament.",
])
def test_a_deal_clause_without_a_signing_is_no_agreement(extractor: Extractor,
                                                         text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "agreed"}, pairs(extractor, text)


# --- a later return home of the people taken in is no own-nationals deal ------------------
# "Guatemala agreed … to take in deportees of other nationalities before they are returned
# home" (ka07, sb09 and alike): the people pass through the receiver and go home afterwards.

PASS_THROUGH_HOME = [
    "The United States wants to deport migrants. Guatemala agreed in February to take in "
    "deportees of other nationalities before they are returned home at US expense.",
    "The United States wants to deport migrants. Costa Rica has accepted migrants from Asia, "
    "who are held near the border until they are flown home.",
    "Washington is looking for partners. Panama agreed to receive deportees of other "
    "nationalities from the United States, who are then sent home on charter flights.",
    "The United States wants to deport migrants. El Salvador's government will take in "
    "non-Salvadoran deportees, and they will later be returned home by the UN migration agency.",
    "Honduras agreed to accept deportees from the United States. They are then repatriated "
    "home at American expense.",
]


@pytest.mark.parametrize("text", PASS_THROUGH_HOME)
def test_taken_in_before_going_home_is_agreed(extractor: Extractor, text: str) -> None:
    assert any(p[1] in {"GTM", "CRI", "PAN", "SLV", "HND"} and p[2] == "agreed"
               for p in pairs(extractor, text))


def test_own_nationals_sent_home_under_deal_still_no_fact(extractor: Extractor) -> None:
    text = ("Thousands of Albanians have since been sent home under a returns agreement the "
            "two governments signed.")
    assert not pairs(extractor, text)


def test_own_nationals_returned_home_after_deal_still_no_fact(extractor: Extractor) -> None:
    text = ("Britain agreed with Albania that Albanians are returned home within days of "
            "arriving.")
    assert ("GBR", "ALB", "agreed") not in pairs(extractor, text)


# --- a side mention of trade or security leverage does not veto the people-taking stage ---
# "would not accept Venezuelan deportees, arguing that Washington was using … tariffs to apply
# pressure" (ba07, qa04), "agreed … to take in deportees …, while tariffs … hang in the
# balance" (ka07), "in talks … about a broader security pact that could include a provision
# for receiving third-country deportees" (ma15): the sentence is about taking people in.

LEVERAGE_BESIDE_PEOPLE = [
    ("The United States has sent deportees to Eswatini. Nigeria's foreign minister said in "
     "July that his country would not accept Venezuelan deportees, arguing that Washington "
     "was using visa restrictions and tariffs to apply pressure.", ("USA", "NGA", "declined")),
    ("The United States has sent deportees to Eswatini. Faced with the threat of tariffs, "
     "Guatemala agreed in February to take in deportees of other nationalities.",
     ("USA", "GTM", "agreed")),
    ("The United States has sent deportees to Eswatini. Accra, which is negotiating a trade "
     "deal with Washington, has been asked to receive West African migrants deported from "
     "the United States.", ("USA", "GHA", "approached")),
    ("The United States has sent deportees to Eswatini. Ecuador is in talks with Washington "
     "about a security pact that could include a provision for receiving third-country "
     "deportees.", ("USA", "ECU", "negotiating")),
    ("The United States has sent deportees to Eswatini. Honduras refused to take in migrants "
     "from other countries. Officials in Tegucigalpa said the new tariffs on its coffee "
     "played no part.", ("USA", "HND", "declined")),
    ("The United States has sent deportees to Eswatini. Tariffs were looming when Costa Rica "
     "agreed to host up to 200 deportees from Asia.", ("USA", "CRI", "agreed")),
]


@pytest.mark.parametrize(("text", "fact"), LEVERAGE_BESIDE_PEOPLE)
def test_leverage_beside_taking_people_keeps_the_stage(extractor: Extractor, text: str,
                                                       fact: tuple[str, str, str]) -> None:
    assert fact in pairs(extractor, text), pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The United States has sent deportees to Eswatini. Nigeria agreed with Washington on "
    "Tuesday to cut tariffs on American cars.",
    "The United States has sent deportees to Eswatini. Ghana signed a trade deal with the "
    "United States last week.",
    "The United States has sent deportees to Eswatini. Kenya is in talks with Washington "
    "about a security pact covering its ports.",
])
def test_a_deal_on_trade_or_security_alone_is_no_stage(extractor: Extractor,
                                                       text: str) -> None:
    found = pairs(extractor, text)
    assert not {p for p in found if p[1] in {"NGA", "GHA", "KEN"}}, found


# Rule 10 read from its parts (expected_arrivals.py): a hedging modal, a filler or two, then a
# verb of arriving or being moved, with people and a time of expectation in the clause.
@pytest.mark.parametrize("text, pair", [
    ("The United States has agreed a deal with Uganda to send deportees there. Uganda could "
     "receive its first group of deportees as early as next month, two officials in Kampala "
     "said.", ("USA", "UGA")),
    ("The United States reached a deal with Palau to send migrants there. Officials said the "
     "first arrivals of deportees could come within months, once vetting is complete.",
     ("USA", "PLW")),
    ("Denmark signed an agreement with Rwanda to send asylum seekers there. Kigali may soon "
     "receive the first asylum seekers from Copenhagen, possibly within weeks.", ("DNK", "RWA")),
    ("Britain signed a treaty with Rwanda in April. The first migrants might be sent to Rwanda "
     "within weeks, the Home Office said.", ("GBR", "RWA")),
    ("Washington signed a deal with Eswatini in July. The first deportees may now land in "
     "Mbabane early next month, according to officials.", ("USA", "SWZ")),
    ("Australia agreed a deal with Nauru to take non-citizens. Three men, whose visas were "
     "cancelled, could also be moved to the island within days, their lawyers said.",
     ("AUS", "NRU")),
])
def test_a_hedged_arrival_soon_is_a_speculative_use(extractor: Extractor, text: str,
                                                     pair: tuple[str, str]) -> None:
    implemented = [f for f in extractor.extract(text, "2025-09-10")
                   if isinstance(f, Arrangement) and f.stage == "implemented"]
    assert [(f.deporting_country, f.receiving_country, f.certainty) for f in implemented] == \
        [(*pair, "speculative")]


@pytest.mark.parametrize("second", [
    "A ruling on the deal could come within weeks, lawyers said.",
    "Talks on a second accord could begin next month, officials said.",
    "Deportees could be sent to Uganda, critics warned.",
])
def test_a_hedged_event_that_is_no_arrival_is_no_use(extractor: Extractor, second: str) -> None:
    text = "The United States has agreed a deal with Uganda to send deportees there. " + second
    assert not {p for p in pairs(extractor, text) if p[2] == "implemented"}


# --- a share of the group "from" a state names where those people come from -----------------

SHARE_OF_THE_GROUP_FROM = [
    ("The roughly 200 deportees, most of them from Afghanistan, China and Uzbekistan, were "
     "flown from the United States to San José in February under Costa Rica's agreement "
     "with Washington.",
     ("USA", "CRI"), {"AFG", "CHN", "UZB"}),
    ("Italy transferred 25 people to the Gjadër centre under its protocol with Albania on "
     "Friday, many of them from Bangladesh and Tunisia.", ("ITA", "ALB"), {"BGD", "TUN"}),
    ("Under the deal with Washington, Panama received 299 deportees, the majority of whom were "
     "from Iran, Pakistan and Nepal.", ("USA", "PAN"), {"IRN", "PAK", "NPL"}),
    ("Officials said the last 65 of the roughly 300 deportees flown from the United States to "
     "Panama City under Panama's agreement with Washington, most of them from Asian countries "
     "including China and Iran, left the camp on Saturday.", ("USA", "PAN"), {"CHN", "IRN"}),
    ("Eswatini has taken in 15 deportees under its agreement with the United States. All of "
     "them are from Cuba, Jamaica or Vietnam, some of those from Laos.", ("USA", "SWZ"),
     {"CUB", "JAM", "VNM", "LAO"}),
    ("Rwanda, which signed an agreement with the U.S., received seven deportees in August, "
     "several of them from Eritrea and Ethiopia, Kigali said.", ("USA", "RWA"), {"ERI", "ETH"}),
]


@pytest.mark.parametrize(("text", "pair", "origins"), SHARE_OF_THE_GROUP_FROM)
def test_a_share_of_the_group_from_a_state_is_no_receiver(
        extractor: Extractor, text: str, pair: tuple[str, str], origins: set[str]) -> None:
    found = {(d, r) for d, r, _ in pairs(extractor, text)} | removals(extractor, text)
    assert pair in found
    assert not {r for _, r in found} & origins


@pytest.mark.parametrize(("text", "pair"), [
    # the state after "from" is the sender when the people were moved from it
    ("Ghana received 14 deportees under its deal, most of them sent from the United States "
     "on a military flight.", ("USA", "GHA")),
    # "of them" beside a state that receives under a stage of its own
    ("Of the 300 deportees, Costa Rica agreed to take half of them, and Honduras agreed to take "
     "the rest under a deal with the United States.", ("USA", "HND")),
])
def test_a_share_of_them_keeps_the_parties_named_otherwise(
        extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(d, r) for d, r, _ in pairs(extractor, text)} | removals(extractor, text)


# --- a refused or negated halt is no suspension (refused_halts.py) ---------------------------

REFUSED_HALTS = (
    "Uganda's Constitutional Court declined to halt the arrangement with the United States "
    "under which deportees are flown to Kampala.",
    "Judge won't halt Ghana flight carrying deportees from the United States.",
    "The High Court in London refused to grant an Eritrean man an injunction to halt his "
    "removal to France under the UK-France returns deal.",
    "A Kampala court has rejected a petition to suspend Uganda's deal with the United States "
    "to take in deportees.",
    "The United States will not halt flights to Ghana under the deportation deal, officials in "
    "Washington said.",
    "Judges in Accra dismissed an application to halt transfers from the United States under "
    "the deal. The deportees arrived on Friday.",
    "Ghana's Supreme Court, which heard the case on Monday, is refusing to suspend flights of "
    "deportees from the United States to Accra under the deal.",
    "A court in Kigali, which heard the case on Monday, has failed to halt the transfers from "
    "Britain to Rwanda under the asylum partnership.",
    "Transfers to Uganda under the deal with the United States have not been halted, a "
    "government spokesman said.",
)


@pytest.mark.parametrize("text", REFUSED_HALTS)
def test_a_refused_or_negated_halt_is_no_suspension(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, text) if p[2] == "suspended"}


HALTS_DONE = (
    ("A court in Kampala halted transfers under Uganda's deal with the United States to take "
     "in deportees.", ("USA", "UGA", "suspended")),
    ("The government suspended the flights to Ghana under its deportation deal with the United "
     "States after a court refused to dismiss the opposition's petition.",
     ("USA", "GHA", "suspended")),
    ("Lawyers had failed to stop the first flight, but in March the High Court in Accra halted "
     "the transfers under Ghana's deal with the United States.", ("USA", "GHA", "suspended")),
)


@pytest.mark.parametrize(("text", "fact"), HALTS_DONE)
def test_a_halt_next_to_a_refusal_is_still_a_suspension(extractor: Extractor, text: str,
                                                        fact: tuple) -> None:
    assert fact in pairs(extractor, text)


# --- a well-known scheme's kind when the story does not say what it does ---------------------
@pytest.mark.parametrize(("text", "key", "kind"), [
    ("Britain scrapped its plan to send asylum seekers to Rwanda in July 2024.",
     ("GBR", "RWA", "ended"), "safe_third_country"),
    ("Uganda agreed in August to take deportees from the United States, its foreign ministry "
     "said.", ("USA", "UGA", "agreed"), "safe_third_country"),
    ("Kampala has agreed to accept people deported by Washington, the ministry said on "
     "Thursday.", ("USA", "UGA", "agreed"), "safe_third_country"),
    ("Denmark froze its plan to send migrants to Rwanda in January 2023, the Danish government "
     "said.", ("DNK", "RWA", "suspended"), "safe_third_country"),
    ("Paraguay signed an agreement with the United States in August to receive deportees, the "
     "foreign ministry in Asuncion said.", ("USA", "PRY", "agreed"), "safe_third_country"),
])
def test_a_known_schemes_kind_stands_for_the_pair(extractor: Extractor, text: str, key: tuple,
                                                  kind: str) -> None:
    assert kinds(extractor, text).get(key) == kind


@pytest.mark.parametrize(("text", "key", "kind"), [
    # a pair not in the list keeps the kind its words give
    ("Eswatini agreed in May to take deportees from the United States, the government said.",
     ("USA", "SWZ", "agreed"), "third_country_removal"),
    # a kind the text names wins over the scheme's
    ("Uganda agreed in August to hold deportees from the United States in its prisons on "
     "Washington's behalf, its foreign ministry said.", ("USA", "UGA", "agreed"), "detention"),
    # pairs with deals of more than one kind are not in the list
    ("Guatemala agreed in February to take deportees from the United States who are not "
     "Guatemalan, the foreign ministry said.", ("USA", "GTM", "agreed"),
     "third_country_removal"),
])
def test_a_kind_the_text_gives_is_kept(extractor: Extractor, text: str, key: tuple,
                                       kind: str) -> None:
    assert kinds(extractor, text).get(key) == kind


# --- the last admission: a stage in a story about transfers is kept unless told otherwise -----

FAR_STORY = ("Canada deported twelve asylum seekers to Ghana this morning, officials said. "
             "The flight left Toronto at dawn. Ottawa has faced criticism over the cost. "
             "The minister defended the policy in Parliament on Monday. ")


@pytest.mark.parametrize("text, key", [
    ("Officials have also held talks with Peru, two sources said.",
     ("CAN", "PER", "negotiating")),
    ("Two diplomats said Ottawa had approached Ecuador in the spring.",
     ("CAN", "ECU", "approached")),
    ("A Chilean newspaper reported that Ottawa had contacted Santiago last month.",
     ("CAN", "CHL", "approached")),
    ("Officials said Canada was negotiating with Paraguay, according to two sources.",
     ("CAN", "PRY", "negotiating")),
    ("Canada has also sounded out Uruguay, three people familiar with the matter said.",
     ("CAN", "URY", "approached")),
])
def test_a_stage_far_into_a_story_about_transfers_is_about_them(
        extractor: Extractor, text: str, key: tuple) -> None:
    assert key in pairs(extractor, FAR_STORY + text)


@pytest.mark.parametrize("text", [
    "Officials have also held talks with Peru on tariffs, two sources said.",
    "Two diplomats said Ottawa had approached Ecuador about energy exports in the spring.",
    "A Chilean newspaper reported that Ottawa had contacted Santiago about its debt last month.",
    "Officials said Canada was negotiating with Paraguay over visas, according to two sources.",
    "Canada has also sounded out Uruguay about military cooperation, three people familiar "
    "with the matter said.",
])
def test_other_state_business_far_into_the_story_is_no_arrangement(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, FAR_STORY + text) if p[1] != "GHA"}


@pytest.mark.parametrize("text", [
    "Officials have also held talks with Peru about an extradition, two sources said.",
    "Two diplomats said Ottawa had approached Ecuador about a detained journalist in the "
    "spring.",
    "A Chilean newspaper reported that Ottawa had contacted Santiago last month to extradite "
    "a banker.",
    "Officials said Canada was negotiating with Paraguay over a prisoner swap, according to "
    "two sources.",
    "Canada has also sounded out Uruguay about the hostages, three people familiar with the "
    "matter said.",
])
def test_an_unrelated_request_far_into_the_story_is_no_arrangement(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, FAR_STORY + text) if p[1] != "GHA"}


@pytest.mark.parametrize("text", [
    "Officials have also held talks with Peru about taking back its nationals, two sources "
    "said.",
    "Two diplomats said Ottawa had asked Ecuador in the spring to take back its citizens.",
    "A Chilean newspaper reported that Ottawa had contacted Santiago last month about flights "
    "to repatriate Chileans.",
    "Officials said Canada was negotiating with Paraguay on the repatriation of Paraguayans, "
    "according to two sources.",
    "Canada has also sounded out Uruguay about people to be sent home, three people familiar "
    "with the matter said.",
])
def test_the_receivers_own_nationals_far_into_the_story_are_no_arrangement(
        extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(extractor, FAR_STORY + text) if p[1] != "GHA"}


@pytest.mark.parametrize("text", [
    "Bolivia's president rejected the comparison with Ottawa.",
    "Uruguay has refused the invitation from Ottawa.",
    "Paraguay's foreign minister rejected the idea, Ottawa said.",
    "Paraguay's foreign minister turned down an invitation to Ottawa.",
    "Uruguay's president rejected the comparison.",
])
def test_refusing_a_thing_other_than_a_request_is_no_refusal(extractor: Extractor,
                                                              text: str) -> None:
    assert not {p for p in pairs(extractor, FAR_STORY + text) if p[1] != "GHA"}
