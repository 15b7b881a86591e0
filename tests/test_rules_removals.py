"""Removal rules on invented sentences: each rule with a case it fires on and a near miss."""

from __future__ import annotations

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.schema import Removal

PUBLISHED = "2025-08-06"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _removals(extractor: Extractor, text: str) -> list[Removal]:
    return [f for f in extractor.extract(text, PUBLISHED) if isinstance(f, Removal)]


def _pairs(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.deporting_country, f.receiving_country) for f in _removals(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # passive "were returned": someone sent them
    ("Some 900 migrants were returned by Greece to Turkey last year, officials said.",
     {("GRC", "TUR")}),
    # active "returned": people going home on their own
    ("Some 900 migrants have returned to Turkey from the Greek islands, officials said.", set()),
])
def test_passive_return_is_a_removal_and_active_return_is_going_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("About 300 asylum seekers were moved to Rwanda by Britain in the spring.", {("GBR", "RWA")}),
    ("Britain flew the asylum seekers to Rwanda in 2023. Many later moved on to Uganda, aid "
     "groups said.", {("GBR", "RWA")}),
])
def test_people_moved_are_removed_but_people_moving_on_are_not(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "No deportees have been sent to Paraguay so far, the US embassy said.",
    "So far none of the migrants have been flown to Paraguay by the United States.",
])
def test_nobody_moved_is_no_removal(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


def test_an_aside_saying_none_are_nationals_does_not_negate_the_removal(
        extractor: Extractor) -> None:
    text = ("Twelve men deported from the United States, none of them Gabonese, were flown to "
            "Gabon on Monday.")
    removals = _removals(extractor, text)
    assert [(r.deporting_country, r.receiving_country, r.count) for r in removals] == [
        ("USA", "GAB", 12)]
    assert removals[0].nationalities == []


def test_a_number_beats_a_vague_amount_for_the_group(extractor: Extractor) -> None:
    text = ("About 130 deportees, among them dozens of children, were flown from the United "
            "States to Panama in February.")
    assert [(r.count, r.count_qualifier) for r in _removals(extractor, text)] == [
        (130, "about")]


def test_people_received_under_a_deal_in_the_future_are_no_removal(
        extractor: Extractor) -> None:
    text = ("Migrants received under the memorandum will be allowed to work in Palau, the US "
            "State Department said.")
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Belize appears to have received a group of deportees from the United States in May.",
     [("USA", "BLZ", "speculative")]),
    ("Belize could receive a group of deportees from the United States in May.", []),
])
def test_a_hedged_past_removal_is_speculative_and_a_possible_one_is_none(
        extractor: Extractor, text: str, expected: list) -> None:
    assert [(r.deporting_country, r.receiving_country, r.certainty)
            for r in _removals(extractor, text)] == expected


@pytest.mark.parametrize(("follow_up", "expected"), [
    ("The nine — from Peru, Chile and Bolivia — were taken to a shelter.", ["PER", "CHL", "BOL"]),
    ("Most were from Peru and Chile, the ministry said.", ["PER", "CHL"]),
    ("Flights from Peru and Chile also landed that week.", []),
])
def test_the_next_sentence_names_the_groups_origins(
        extractor: Extractor, follow_up: str, expected: list) -> None:
    text = ("Nine people deported from the United States arrived in Kosovo on Friday, the "
            "interior ministry said. " + follow_up)
    removals = [r for r in _removals(extractor, text) if r.receiving_country == "XKX"]
    assert [r.nationalities for r in removals] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the police that move people name the sender, and their nationality is not the people's
    ("Moroccan border police drove about 80 migrants to the Algerian border and handed them to "
     "Algerian officers last week, a rights group said.", [("MAR", "DZA", [])]),
    # a state's officials speaking are not the ones moving people
    ("Moroccan officials said about 80 migrants deported from Spain were flown to Algeria.",
     [("ESP", "DZA", [])]),
])
def test_the_police_moving_people_are_the_sender(
        extractor: Extractor, text: str, expected: list) -> None:
    assert [(r.deporting_country, r.receiving_country, r.nationalities)
            for r in _removals(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the people's past removal is a description; the verb of the sentence moves them on
    ("Lawyers for several Cameroonians deported from the United States to Gabon say their "
     "clients were later driven to the border with Nigeria.", {("GAB", "NGA")}),
    ("Lawyers say several men deported from the United States were later driven to the border "
     "with Nigeria.", {("USA", "NGA")}),
])
def test_a_described_earlier_removal_makes_the_onward_sender(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_people_put_on_buses_after_arriving_are_moved_on_by_the_receiver(
        extractor: Extractor) -> None:
    text = ("Gabon received 30 deportees from the United States in May, the government said. "
            "Some were later put on buses to Cameroon, lawyers said.")
    assert _pairs(extractor, text) == {("USA", "GAB"), ("GAB", "CMR")}


@pytest.mark.parametrize(("text", "expected"), [
    ("A U.S. charter carrying 25 deportees landed at the main airport on Friday, Gabon's "
     "interior ministry said.", {("USA", "GAB")}),
    # two states besides the sender: no telling which one the plane landed in
    ("A U.S. charter carrying 25 deportees landed at the main airport on Friday, Gabon and "
     "Cameroon said in a joint statement.", set()),
])
def test_a_landing_without_a_destination_goes_to_the_only_state_named(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_people_who_went_home_after_a_transfer_are_no_removal(extractor: Extractor) -> None:
    text = ("Mexico's migration institute bused some deportees from the United States to the "
            "southern border, from where they returned to Guatemala, their country of origin.")
    assert ("USA", "GTM") not in _pairs(extractor, text)


@pytest.mark.parametrize(("follow_up", "expected"), [
    # a total counted over several months has no date (dev n05, n10)
    ("The new arrivals bring to 40 the number of deportees Gabon has received since early "
     "March.", (40, None)),
    ("The new arrivals bring the total number of deportees in Gabon's centre to 40.",
     (40, "2025-07-28")),
    # a total about another pair of states is not this removal's
    ("That brings the total sent to Senegal to 40.", (25, "2025-07-28")),
])
def test_a_running_total_is_the_removals_count(
        extractor: Extractor, follow_up: str, expected: tuple) -> None:
    text = ("Twenty-five deportees from the United States arrived in Gabon on July 28, the "
            "government said. " + follow_up)
    removals = [r for r in _removals(extractor, text) if r.receiving_country == "GAB"]
    assert [(r.count, r.date) for r in removals] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the date of the statement is not the date of the removal
    ("Libyan police detained 60 migrants in the last week of June and drove them to the Niger "
     "border, a monitoring group said on Monday.", "2025-06"),
    # a year naming the deal is not the date of the removal
    ("Italy flew 20 asylum seekers to Albania under a 2023 protocol in the last week of June.",
     "2025-06"),
    # removals over several months have no date (dev d19)
    ("Between November 2019 and March 2020, the United States sent 900 asylum seekers to "
     "Guatemala.", None),
    # "that month" points back to the date before
    ("Italy's first flight to Albania left on October 14, 2024. Sixteen migrants were flown to "
     "Albania that month.", "2024-10"),
])
def test_a_removal_is_dated_by_its_own_event(
        extractor: Extractor, text: str, expected: str) -> None:
    assert [r.date for r in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 50 migrants have been moved to Gjader this year, Italy's interior ministry said.",
     {("ITA", "ALB")}),
    ("The navy carried 12 asylum seekers from Italy to the port of Shengjin on Sunday.",
     {("ITA", "ALB")}),
    # a place named without a movement to it
    ("Italy's interior ministry said the Gjader centre has 400 places for migrants.", set()),
])
def test_a_named_place_stands_for_its_state(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("second", "expected"), [
    ("A second group of migrants was driven across the border into Niger a week later.",
     ("LBY", "NER")),
    ("Twelve more migrants were driven across the border into Niger a week later.",
     ("USA", "NER")),
])
def test_a_second_group_is_moved_by_the_same_sender(
        extractor: Extractor, second: str, expected: tuple) -> None:
    text = ("The United States has paid Libya to stop migrants. Libyan police drove 80 migrants "
            "to the Algerian border in May, a rights group said. " + second)
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco has for years expelled migrants into Mauritania, a rights group said.",
     {("MAR", "MRT")}),
    # the state before a verb of receiving is the receiver, not the sender
    ("Mauritania has for years received migrants from the United States, a rights group said.",
     {("USA", "MRT")}),
])
def test_a_state_right_before_a_verb_of_sending_sends(
        extractor: Extractor, text: str, expected: set) -> None:
    story = "The United States has asked Mauritania to take in deportees. "
    assert _pairs(extractor, story + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Belize has never signed such a deal, though it continues to take in some deportees from "
     "the United States.", {("USA", "BLZ")}),
    ("Belize is furthest along. Under its deal with the United States, it has been receiving "
     "migrants from other countries since May.", {("USA", "BLZ")}),
    # "it" is not a state when it receives something other than people
    ("Belize has never signed such a deal, though it continues to receive funding from the "
     "United States for migrants.", set()),
])
def test_it_receiving_people_is_the_state_just_named(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_a_total_since_a_first_flight_months_ago_is_undated(extractor: Extractor) -> None:
    text = ("Belize is furthest along. Under its deal with the United States, it has been "
            "receiving migrants from other countries. Officials say the total since the first "
            "flight in March is 120.")
    assert [(r.receiving_country, r.count, r.date) for r in _removals(extractor, text)] == [
        ("BLZ", 120, None)]


@pytest.mark.parametrize(("second", "expected"), [
    ("That night 90 migrants were flown to Gabon.", "2025-05-02"),
    ("Days later, 90 migrants were flown to Gabon.", "2025-05"),
    ("Some 90 migrants were flown to Gabon.", None),
])
def test_that_night_is_the_day_just_mentioned(
        extractor: Extractor, second: str, expected: str | None) -> None:
    text = ("On May 2, the United States deported 40 migrants to Cameroon under a new deal. "
            + second)
    assert [r.date for r in _removals(extractor, text) if r.receiving_country == "GAB"] == [
        expected]


@pytest.mark.parametrize(("follow_up", "expected"), [
    ("Most were from Peru and Chile; none of them was Gabonese.", ["PER", "CHL"]),
    ("The ministry listed Peruvians and Chileans among them.", ["PER", "CHL"]),
    ("The ministry listed Peruvians and Chileans in a statement.", []),
])
def test_the_groups_origins_leave_out_what_they_are_not(
        extractor: Extractor, follow_up: str, expected: list) -> None:
    text = ("Nine people deported from the United States arrived in Gabon on Friday, the "
            "interior ministry said. " + follow_up)
    removals = [r for r in _removals(extractor, text) if r.receiving_country == "GAB"]
    assert [r.nationalities for r in removals] == [expected]



@pytest.mark.parametrize(("text", "expected"), [
    # a headline reports in the present tense; the count of another clause is not this verb's
    ("Spanish police push back 40 migrants as Rome sends new group to Albania\n\nThe interior "
     "ministry said the asylum seekers were taken to Gjader.", [("ITA", "ALB", None)]),
    # in running text the present tense states a practice
    ("Italy sends asylum seekers to Albania under its protocol, the interior ministry said.", []),
])
def test_a_headline_in_the_present_tense_reports_a_removal(
        extractor: Extractor, text: str, expected: list) -> None:
    assert [(r.deporting_country, r.receiving_country, r.count)
            for r in _removals(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The deportees were handed over to Panamanian authorities on Monday, the US said.",
     {("USA", "PAN")}),
    ("Honduran authorities took custody of 60 deportees from the United States on Tuesday.",
     {("USA", "HND")}),
    ("A plane carrying 60 deportees from the United States touched down in Honduras on "
     "Tuesday.", {("USA", "HND")}),
])
def test_more_ways_of_taking_people_in(extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def _counts(extractor: Extractor, text: str) -> set[tuple[str, str, int | None]]:
    return {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # an airport in the gazetteer of places stands for its state
    ("Deportation flights resumed. A U.S. plane carrying 40 deportees landed at Entebbe "
     "International Airport on Sunday, officials said.", {("USA", "UGA", 40)}),
    ("Deportation flights resumed. Thirty deportees from the United States were flown into "
     "San Pedro Sula on Sunday.", {("USA", "HND", 30)}),
    # a place the plane left from is no destination
    ("Deportation flights resumed. A U.S. plane carrying 40 deportees left Entebbe on Sunday "
     "for an unknown destination.", set()),
])
def test_an_airport_or_city_names_the_destination(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportations continue. Britain deported 12 more migrants to the West African nation of "
     "Ghana on Friday.", {("GBR", "GHA", 12)}),
    ("Deportations continue. 9 asylum seekers were moved by Belgium to a camp outside Kigali "
     "in May.",
     {("BEL", "RWA", 9)}),
    # a state after "of" that is not a place phrase ("the home of") is no destination
    ("Deportations continue. 9 asylum seekers were moved by Belgium to the home of Kenya's "
     "ambassador in May.", set()),
])
def test_a_place_phrase_after_to_names_the_state_at_its_end(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Timeline of deportations to third countries.\n"
     "May 3: A Spanish military plane lands in Nouakchott carrying 60 migrants.\n"
     "June 9: Spain transfers 25 asylum seekers to Mauritania.",
     {("ESP", "MRT", 60), ("ESP", "MRT", 25)}),
    # in running text the present states a practice, not an event
    ("Spain transfers asylum seekers to Mauritania under a 2023 deal, officials say.", set()),
])
def test_a_dated_timeline_line_tells_its_event_in_the_present(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportations continue. Some 90 deportees, including 20 children, were flown to Gabon "
     "by France on Friday.", {("FRA", "GAB", 90)}),
    # a capacity is no count of people sent
    ("Deportations continue. Gabon agreed to take in up to 300 deportees from France, and "
     "officials said a first group of twelve had arrived in June.", {("FRA", "GAB", 12)}),
])
def test_a_subset_or_a_capacity_is_not_the_group_count(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportations from the United States. Eleven men deported from the United States have been "
     "held for weeks. The men landed in Malabo on Friday aboard a charter.",
     {("USA", "GNQ", 11)}),
    ("Deportations from the United States. The first deportees sent to Gabon under the deal "
     "arrived on Friday. The four men will be housed near the capital.", {("USA", "GAB", 4)}),
    # another noun does not pick up the count
    ("Deportations from the United States. Eleven journalists covered the deportation. The men "
     "landed in Malabo on Friday aboard a charter.", {("USA", "GNQ", None)}),
])
def test_a_definite_group_takes_the_count_given_for_it_nearby(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Court halts British transfer of Sudanese man to Rwanda", set()),
    ("Correction: An earlier version of this story said that 20 deportees had been flown from "
     "the United States to Gabon on Monday.", set()),
    ("Deportation news. After a court refused to halt it, Britain flew a Sudanese man to "
     "Rwanda on Monday.", {("GBR", "RWA", 1)}),
])
def test_a_stopped_or_corrected_movement_is_no_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation talks. Gabon's ministry said it had received and turned down a French "
     "request to host deportees.", set()),
    ("Deportation news. Gabon has received more than 2,000 of its own citizens from France this "
     "year.", set()),
    ("Deportation news. Gabon has received 20 deportees from France this year, none of them "
     "Gabonese.", {("FRA", "GAB", 20)}),
])
def test_a_request_or_own_citizens_received_are_no_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Under the scrapped plan, migrants would have been flown to Rwanda.", set()),
    ("Deportation news. Migrants relocated to Rwanda receive housing and training.", set()),
    ("Deportation news. Fifty migrants have been flown to Rwanda by Denmark.",
     {("DNK", "RWA", 50)}),
])
def test_a_counterfactual_or_describing_participle_is_no_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_a_headline_batch_gives_way_to_the_running_total(extractor: Extractor) -> None:
    text = ("Gabon takes 12 more deportees from France\n"
            "A further 12 deportees from France arrived in Libreville on Tuesday, bringing to 40 "
            "the number of people Gabon has received under the deportation arrangement.")
    assert _counts(extractor, text) == {("FRA", "GAB", 40)}


def test_a_group_taken_on_inside_the_same_state_is_the_same_removal(
        extractor: Extractor) -> None:
    text = ("Deportation news. Italy carried 16 migrants to the port of Shëngjin on Monday. The "
            "remaining 12 were moved inland to a detention centre at Gjadër.")
    assert _counts(extractor, text) == {("ITA", "ALB", 16)}


def _dates(extractor: Extractor, text: str) -> set[tuple[str, str | None]]:
    return {(f.receiving_country, f.date) for f in _removals(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # only the announcement is dated: its date, not the date of the deal (rule 8)
    ("Deportation news. Gabon confirmed on Tuesday that 20 deportees from France had landed in "
     "Libreville under an understanding reached with Paris in late June.",
     {("GAB", "2025-08-05")}),
    # the movement's own date wins over the statement's
    ("Deportation news. Gabon said on Tuesday that 20 deportees from France had landed in "
     "Libreville on July 30.", {("GAB", "2025-07-30")}),
])
def test_a_statement_date_beats_a_deal_date(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Gabon has received 20 people deported from France, a spokesman said on "
     "Tuesday. The 20 arrived in Libreville late on Saturday aboard a charter.",
     {("GAB", "2025-08-02")}),
    # a next sentence about something else lends no date
    ("Deportation news. Gabon has received 20 people deported from France, a spokesman said on "
     "Tuesday. A court in Paris ruled on Saturday on another case.", {("GAB", "2025-08-05")}),
])
def test_the_next_sentence_about_the_group_dates_its_arrival(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Figures published on Monday show that 60 people have now been removed "
     "to Gabon by France since the first flight in mid-May.", {("GAB", None)}),
    ("Deportation news. Figures published on Monday show that 60 people have now been removed "
     "to Gabon by France since the first flight on August 1.", {("GAB", "2025-08-01")}),
    ("Deportation news. From May 3 to date, France has removed 60 people to Gabon, the ministry "
     "said.", {("GAB", None)}),
    ("Deportation news. Three flights carrying 90 deportees from France landed in Gabon between "
     "July 2 and July 9.", {("GAB", "2025-07")}),
    ("Deportation news. A flight carrying 30 deportees from France landed in Gabon on July 2.",
     {("GAB", "2025-07-02")}),
])
def test_a_running_count_over_months_is_undated_and_one_within_a_month_is_dated(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


def _nationalities(extractor: Extractor, text: str) -> dict[str, list[str]]:
    return {f.receiving_country: sorted(f.nationalities) for f in _removals(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # a demonym describing a thing names nobody's nationality
    ("Deportation news. Reports on Gabonese social media said 12 Eritreans had been flown into "
     "Libreville by France.", {"GAB": ["ERI"]}),
    ("Deportation news. 12 alleged Eritrean gang members had been flown into Libreville by "
     "France.", {"GAB": ["ERI"]}),
    # "the rest from …" lists where the people come from
    ("Deportation news. Nine men deported from France — one of them Gabonese, the rest from Mali "
     "and Chad — were flown into the Gabonese capital in July.",
     {"GAB": ["GAB", "MLI", "TCD"]}),
    # the receiver's own nationals counted apart are not in the group (rule 13)
    ("Deportation news. March 3: Two planes carry 90 Eritreans and 12 Gabonese to Gabon from "
     "France.", {"GAB": ["ERI"]}),
])
def test_nationalities_name_the_people_sent(
        extractor: Extractor, text: str, expected: dict) -> None:
    assert _nationalities(extractor, text) == expected


def test_the_new_arrivals_sentence_names_the_group(extractor: Extractor) -> None:
    text = ("Deportation news. A further 20 deportees from France arrived in Libreville on "
            "Tuesday. The new arrivals include nationals of Mali and Chad.")
    assert _nationalities(extractor, text) == {"GAB": ["MLI", "TCD"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a definite group arriving goes where the story's last removal went, not to a nationality
    ("Deportation news. Gabon received ten men deported by France on Tuesday. They are "
     "nationals of Mali and Chad. The first five deportees arrived in July.",
     {("FRA", "GAB", 10), ("FRA", "GAB", 5)}),
    ("Deportation news. The first five deportees arrived in July.", set()),
])
def test_an_arrival_without_a_place_goes_to_the_story_destination(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_home_after_another_verb_does_not_make_a_return(extractor: Extractor) -> None:
    text = ("France deported 40 people to Gabon in May. Most passengers were Gabonese, but 12 of "
            "them were Malians, whom the Gabonese authorities received and then drove to their "
            "home countries.")
    assert ("FRA", "GAB", 12) in _counts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. The government of Gabon confirms the arrival in Libreville, on 2 August "
     "2025, of a first group of nine migrants relocated from France.", {("FRA", "GAB", 9)}),
    # an arrival the text does not report as done
    ("Deportation news. Gabon is preparing for the arrival in Libreville of nine migrants from "
     "France.", set()),
])
def test_a_confirmed_arrival_noun_is_a_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_a_transfer_noun_keeps_its_count_across_a_when_clause(extractor: Extractor) -> None:
    text = ("Deportation news. Gabon accepted a French request, and the transfer of the first 40 "
            "of them took place on July 2, when a flight from Paris landed in Libreville.")
    assert _counts(extractor, text) == {("FRA", "GAB", 40)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. A case about the detention of six men deported by France to Gabon in "
     "June remains undecided.", {("FRA", "GAB", 6)}),
    ("Deportation news. Figures show that 15 men deported from the United States are now being "
     "held at CECOT.", {("USA", "SLV", 15)}),
    # an undated, uncounted description of people is no report of a removal
    ("Deportation news. Men deported by France to Gabon face long detention, lawyers say.",
     set()),
])
def test_a_counted_group_described_with_a_date_or_place_was_moved(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_the_place_a_verb_reaches_first_is_the_destination(extractor: Extractor) -> None:
    text = ("Deportation news. The 200 Venezuelans that the United States sent in March to the "
            "Terrorism Confinement Center, invoking a wartime law, were repatriated in July to "
            "Caracas.")
    assert _counts(extractor, text) == {("USA", "SLV", 200)}


def test_a_parenthesis_after_each_destination_gives_its_count_and_date(
        extractor: Extractor) -> None:
    text = ("Deportation news. Gabon (six men, in July) and Chad (nine women, in May) have both "
            "received deportees from France under unpublished arrangements.")
    assert {(f.receiving_country, f.count, f.date) for f in _removals(extractor, text)} == {
        ("GAB", 6, "2025-07"), ("TCD", 9, "2025-05")}


def test_a_parenthesis_without_a_count_leaves_the_count_to_the_verb(
        extractor: Extractor) -> None:
    text = ("Deportation news. France flew 30 migrants to Gabon (a former colony) on Monday.")
    assert _counts(extractor, text) == {("FRA", "GAB", 30)}


@pytest.mark.parametrize(("text", "expected"), [
    # a later mention of a receiving state is a destination too
    ("Deportation news.\nMay 5: The six men held in Djibouti, from Mali, Gabon and Chad, are "
     "flown by France to Libreville.", {("FRA", "GAB", 6)}),
    ("Deportation news. A case on the detention in Libreville of six men deported by France to "
     "Gabon in June is pending.", {("FRA", "GAB", 6)}),
])
def test_every_mention_of_a_receiving_state_can_be_the_destination(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a present passive in running text states a practice
    ("Deportation news. Migrants intercepted at sea are brought back to Libya by its coast "
     "guard.", set()),
    # a coordinated verb shares the modal before it
    ("Deportation news. Under the pilot, people who cross by boat will be detained and returned "
     "to France.", set()),
    # "up to" is no modal
    ("Deportation news. Gabon agreed to accept up to 250 people and received its first seven "
     "from France in August.", {("FRA", "GAB", 7)}),
])
def test_practices_and_shared_modals_are_no_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_a_state_after_another_verb_of_movement_is_that_verbs(extractor: Extractor) -> None:
    text = ("Deportation news. Australia has sent asylum seekers who arrive by boat to centres on "
            "Nauru since 2012.")
    assert {(d, r) for d, r, _ in _counts(extractor, text)} == {("AUS", "NRU")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. A charter from France landed in Bamako in May carrying 90 deportees. "
     "Most of the passengers were Malian citizens, but 11 of them were nationals of Chad, whom the "
     "Malian authorities received.", {("FRA", "MLI", 11)}),
    # no own nationals counted apart: the flight's count stands
    ("Deportation news. A charter from France landed in Bamako in May carrying 90 deportees. "
     "Most of the passengers were from Chad and Niger.", {("FRA", "MLI", 90)}),
])
def test_own_nationals_counted_apart_leave_the_others_as_the_removal(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_a_state_named_after_the_destination_is_no_onward_sender(extractor: Extractor) -> None:
    text = ("Deportation news. Gabon received 30 deportees from France in May. Taken together, a "
            "flight already landed in Chad and deportees arriving in Gabon show the reach of the "
            "policy.")
    assert ("GAB", "TCD") not in {(d, r) for d, r, _ in _counts(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. France flew 40 Malians to Gabon in March. In July the men were flown "
     "from Gabon to Bamako in a prisoner swap.", {("FRA", "GAB", 40)}),
    # a group of mixed nationality moved on is an onward removal
    ("Deportation news. France flew 40 Malians and Chadians to Gabon in March. In July the men "
     "were flown from Gabon to Bamako.", {("FRA", "GAB", 40), ("GAB", "MLI", None)}),
])
def test_the_group_moved_on_to_its_own_state_went_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. A flight from France already landed on Chad's main airstrip on Monday "
     "with 30 deportees.", {("FRA", "TCD", 30)}),
    ("Deportation news. France used a decree to deport 30 men to Chad's notorious Koro Toro "
     "prison.", {("FRA", "TCD", 30)}),
    # a state's possession that is no place
    ("Deportation news. A flight from France already landed in Gabon with 30 deportees, while a "
     "request sits on Chad's desk.", {("FRA", "GAB", 30)}),
])
def test_a_possessive_state_is_a_destination_only_with_a_place(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date after a relative clause is the main verb's
    ("Deportation news. Gabon, which took in 40 deportees from France under a deal, released "
     "the last of them in March.", {("GAB", None)}),
    ("Deportation news. Gabon, which took in 40 deportees from France in May, released the last "
     "of them in July.", {("GAB", "2025-05")}),
    # lines with no state and no date between are passed over to find the dating sentence
    ("Deportation news. Gabon has received 20 deportees from France, a spokesman said on "
     "Tuesday.\nAdvertisement\nThe 20 arrived in Libreville late on Saturday.",
     {("GAB", "2025-08-02")}),
])
def test_a_removal_takes_the_date_of_its_own_clause(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Ten men deported by France were flown into Gabon on Monday. They join "
     "the four men who were transferred to the same prison in July.",
     {("FRA", "GAB", 10), ("FRA", "GAB", 4)}),
    # "the same" thing that is no place
    ("Deportation news. Ten men deported by France were flown into Gabon on Monday. They join "
     "the four men who were transferred to the same lawyers in July.", {("FRA", "GAB", 10)}),
])
def test_the_same_place_is_where_the_last_removal_went(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated verb of receiving shares the subject named before it
    ("Deportation news. Gabon agreed in May to take up to 90 people deported from France, and "
     "received its first six in June.", {("FRA", "GAB", 6)}),
    # a gapped subject: "and Chad about 40"
    ("Deportation news. Gabon received 70 people from France on two flights and Chad about 40 "
     "on one.", {("FRA", "GAB", 70), ("FRA", "TCD", 40)}),
    # "and" before a state with no number after it is no gapped subject
    ("Deportation news. Gabon received 70 people from France on two flights, officials in Gabon "
     "and Chad said.", {("FRA", "GAB", 70)}),
])
def test_coordinated_and_gapped_receivers(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. A French charter landed in Libreville in March. Most passengers were "
     "Gabonese, but Gabon received 12 Malians from France on it.", {("GAB", "2025-03")}),
    # a date the sentence before gives another state
    ("Deportation news. Chad agreed in March to act as a stopover. Gabon received 70 people "
     "from France on two flights.", {("GAB", None)}),
])
def test_an_undated_sentence_on_the_same_state_continues_the_date_before(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


def test_an_acceptance_of_up_to_n_is_a_capacity(extractor: Extractor) -> None:
    text = ("Deportation news. Gabon has already received deportees from France, and Chad's "
            "acceptance of up to 50 deportees was announced in June.")
    assert _counts(extractor, text) == {("FRA", "GAB", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Flights carrying eight men to Gabon and five to Chad followed in July, "
     "France said.", {("FRA", "GAB", 8), ("FRA", "TCD", 5)}),
    # boats carrying migrants are crossings, not removals
    ("Deportation news. France has deported many. Boats carrying 300 migrants to Italy were "
     "spotted on Monday.", set()),
])
def test_carrying_is_a_removal_by_flight_or_bus(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. The practice is not new. Chad expelled 300 people into Niger in May, "
     "aid groups said.", {("TCD", "NER")}),
    # the negation is in the verb's own sentence
    ("Deportation news. The practice is new. Chad has not expelled anyone into Niger, aid "
     "groups said.", set()),
])
def test_a_negation_in_the_sentence_before_does_not_negate_the_movement(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A charter from France landed in Dakar on Friday carrying 90 deportees, most of them "
     "Senegalese citizens but also 11 nationals of Mali and Guinea.",
     {("SEN", 11, ("GIN", "MLI"))}),
    ("A charter from France landed in Dakar on Friday carrying 90 deportees, officials said. Of "
     "those, 79 were Senegalese citizens. The other 11 were nationals of Mali and Guinea.",
     {("SEN", 11, ("GIN", "MLI"))}),
    ("Deportation news. Libya expelled more than 2,000 people into Chad last year, about 700 of "
     "them not Chadian, many from Sudan, aid groups said.", {("TCD", 700, ("SDN",))}),
    # a part of the group that is not the receiver's own nationals counted apart
    ("Deportation news. Libya expelled more than 2,000 people into Chad last year, about 700 of "
     "them women, aid groups said.", {("TCD", 2000, ())}),
    # all of them going home: no third-country removal
    ("A charter from France landed in Dakar on Friday carrying 90 deportees, all of them "
     "Senegalese citizens.", set()),
])
def test_the_receivers_own_nationals_counted_apart_leave_the_others(
        extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.receiving_country, f.count, tuple(sorted(f.nationalities)))
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Gabon agreed in May to take up to 100 people from France. Its first nine "
     "arrived in June, officials said.", {("FRA", "GAB", 9)}),
    ("Deportation news. Gabon agreed in May to take up to 100 people from France. Its first "
     "flight is expected in June, officials said.", set()),
])
def test_its_first_group_arrived_in_the_state_just_named(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Chad has said it has accepted more than 400 non-Chadians from France "
     "since January.", {("FRA", "TCD", 400)}),
    # a capacity, and a request accepted, are not people taken in
    ("Deportation news. Chad has said it has accepted up to 400 non-Chadians from France.",
     set()),
    ("Deportation news. Chad has said it has accepted a French request to take migrants.",
     set()),
])
def test_accepting_a_counted_group_is_taking_people_in(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. A spokesman said the Malian national had been returned to Bamako by "
     "France.", set()),
    ("Deportation news. A spokesman said the Guinean national had been returned to Bamako by "
     "France.", {("FRA", "MLI")}),
])
def test_an_own_national_sent_to_his_country_goes_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. The nine — from Cuba, Laos and Chad — were flown to Gabon by France in "
     "May.", {"GAB": ["CUB", "LAO", "TCD"]}),
    # the state after "from" a verb leads to sends the people
    ("Deportation news. Nine men were flown from France to Gabon in May.", {"GAB": []}),
    ("Deportation news. France flew nine deportees to Gabon in May. Only one of the nine is "
     "Gabonese. The others come from Chad and Mali.", {"GAB": ["GAB", "MLI", "TCD"]}),
    ("Deportation news. Gabon has received 300 people from France who are not Gabonese, mainly "
     "Malians and Chadians.", {"GAB": ["MLI", "TCD"]}),
    ("Deportation news. A dozen ethnic Somali men were deported from France to Kenya in May.",
     {"KEN": []}),
    ("Deportation news. France flew 20 deportees to Gabon in May. None of the passengers is "
     "Gabonese. It listed Malians and Chadians among them.", {"GAB": ["MLI", "TCD"]}),
])
def test_the_people_named_in_an_aside_or_the_sentences_after(
        extractor: Extractor, text: str, expected: dict) -> None:
    assert _nationalities(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LIVE: deportees freed\n\n15:00 — The plane carrying the men has landed in Caracas.\n\n"
     "14:00 — The 200 Venezuelans were sent to El Salvador by the United States in March.",
     {("USA", "SLV")}),
    # the men go to a state that is not theirs
    ("LIVE: deportees freed\n\n15:00 — The plane carrying the men has landed in Bogotá.\n\n"
     "14:00 — The 200 Venezuelans were sent to El Salvador by the United States in March.",
     {("USA", "SLV"), ("USA", "COL")}),
])
def test_the_group_flown_to_its_own_country_later_in_a_live_blog_goes_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("GUATEMALA CITY — The United States has deported 80 people of other nationalities to "
     "Guatemala since March, officials said. The institute confirmed that 12 Haitians were "
     "handed over to Mexican immigration officers at the border in May.",
     {("USA", "GTM"), ("GTM", "MEX")}),
    # the sender named
    ("GUATEMALA CITY — The United States has deported 80 people of other nationalities to "
     "Guatemala since March, officials said. The United States also handed over 12 Haitians to "
     "Mexican immigration officers at the border in May.", {("USA", "GTM"), ("USA", "MEX")}),
])
def test_people_handed_over_to_a_states_officers_by_the_state_holding_them(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. France deported 12 men to Gabon in May, according to advocates in "
     "Dakar.", {("FRA", "GAB")}),
    ("Deportation news. France deported 12 men to detention centres in Gabon in May.",
     {("FRA", "GAB")}),
])
def test_according_to_leads_to_no_destination(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Italy's two centres in northern Albania opened last year. Since April "
     "about 300 migrants have been transferred to the centres, officials said.",
     {("ITA", "ALB", 300)}),
    # centres the story has not placed
    ("Deportation news. Italy opened two new centres last year. Since April about 300 migrants "
     "have been transferred to the centres, officials said.", set()),
])
def test_the_centres_are_where_the_story_placed_them(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date in a later clause about another state is that state's
    ("Deportation news. Gabon has already received deportees from France, Chad has agreed to "
     "take some, and Niger's offer was announced in June.", {("GAB", None)}),
    ("Deportation news. Gabon has already received deportees from France, and more arrived "
     "in June.", {("GAB", "2025-06")}),
    # a practice since a year is undated; so is a count over several months
    ("Deportation news. France has sent asylum seekers to centres in Gabon since 2019.",
     {("GAB", None)}),
    ("Deportation news. France has sent 40 asylum seekers to centres in Gabon since March.",
     {("GAB", None)}),
])
def test_a_removal_is_dated_by_its_own_clause_and_count(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the headline's one migration word puts a long story on topic
    ("Nine deportees reach Libreville\n\nThe story has taken weeks. Officials were quiet. "
     "Lawyers were busy. Families waited. Nine men were flown to Gabon by France on Monday.",
     {("FRA", "GAB", 9)}),
    # one such word in the body of a long story does when the story moves people to a state
    # (a story moving no one needs two: test_a_headline_not_about_deportation_keeps_the_gate)
    ("Weekend round-up\n\nThe story has taken weeks. Officials were quiet. Lawyers were busy. "
     "Families waited. Nine deportees were flown to Gabon by France on Monday.",
     {("FRA", "GAB", 9)}),
    ("Weekend round-up\n\nThe story has taken weeks. Officials were quiet. Lawyers were busy. "
     "Families waited. Deportation was debated. Nine men were flown to Gabon by France.",
     {("FRA", "GAB", 9)}),
])
def test_a_headline_about_deportation_puts_a_story_on_topic(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the group as the verb's subject takes the count given three sentences before
    ("Deportation news. France held nine men for weeks. Lawyers fought. Then came the ruling. "
     "Well, the men landed in Gabon on Saturday.", {("FRA", "GAB", 9)}),
    # or the whole a part of it is taken from, just after
    ("Deportation news. France said the men landed in Gabon on Saturday. Only one of the seven "
     "is Gabonese.", {("FRA", "GAB", 7)}),
    ("Deportation news. France said the men landed in Gabon on Saturday. One of the lawyers "
     "spoke.", {("FRA", "GAB", None)}),
])
def test_a_definite_group_takes_the_count_given_around_it(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_no_one_is_deported_by_his_own_state(extractor: Extractor) -> None:
    text = ("Deportation news. Gabon received 20 deportees from France in May. Gabonese police "
            "later handed over the men to Cameroonian officers. One of the men said he was from "
            "Gabon.")
    assert {f.receiving_country: f.nationalities for f in _removals(extractor, text)
            if f.deporting_country == "GAB"} == {"CMR": []}


US_STORY = "The United States is expanding deportations. "


@pytest.mark.parametrize(("text", "expected"), [
    # a list of states after "men from" names the people, not the sender
    (US_STORY + "The first group, five men from Vietnam, Laos and Cuba, arrived in Eswatini in "
     "July.", {("USA", "SWZ", ("CUB", "LAO", "VNM"))}),
    # a single state after "deported from" is the sender
    (US_STORY + "Five men deported from France arrived in Eswatini in July.",
     {("FRA", "SWZ", ())}),
])
def test_a_list_of_origins_is_no_sender(extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, tuple(sorted(f.nationalities)))
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Rwanda said it had welcomed the first seven migrants deported by the United "
     "States.", {("USA", "RWA", 7)}),
    (US_STORY + "Rwanda welcomed the first 300 delegates to the conference in Kigali.", set()),
    (US_STORY + "Panama has received 2,000 migrants crossing the Darién jungle this month.",
     set()),
    (US_STORY + "Panama has received 2,000 migrants deported from the United States this year.",
     {("USA", "PAN", 2000)}),
])
def test_people_welcomed_are_taken_in_but_people_coming_by_themselves_are_not(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Among those deported to El Salvador were 238 Venezuelans.", {("USA", "SLV", 238)}),
    (US_STORY + "Among those deported to El Salvador, many were never charged.", set()),
    (US_STORY + "Eight men deported by the U.S. to South Sudan were being held in Juba.",
     {("USA", "SSD", 8)}),
    (US_STORY + "Eight men to be deported by the U.S. to South Sudan are waiting in Texas.",
     set()),
])
def test_a_participle_counted_after_among_those_or_held_after_reports_the_move(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deportation news. Britain relocated its first asylum seeker to Rwanda under a voluntary "
     "scheme.", {("GBR", "RWA", 1)}),
    ("Deportation news. The Netherlands sent the first rejected asylum seeker to Uganda's return "
     "hub.", {("NLD", "UGA", 1)}),
    # a state's thing that is no place
    ("Deportation news. The Netherlands sent the first asylum seeker's file to Uganda's desk.",
     set()),
    # a move inside the receiving state, in a story with no other sender
    ("Deportation news. Panama bused the deportees to a camp in the Darién.", set()),
])
def test_one_person_and_a_states_hub(extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date opening the sentence before, in the same paragraph, sets the story's time
    ("Deportation news. In March, the two central African states agreed to serve as stopovers. "
     "Gabon received 70 people from France on two flights.", {("GAB", "2025-03")}),
    ("Deportation news. Since April the centres have held people under deportation orders. About "
     "300 men have been moved to Gabon by France on that basis.", {("GAB", "2025-04")}),
    # a date inside the sentence before dates only its own event
    ("Deportation news. The two central African states agreed in March to serve as stopovers. "
     "Gabon received 70 people from France on two flights.", {("GAB", None)}),
])
def test_an_undated_sentence_takes_the_time_the_paragraph_opened_with(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _dates(extractor, text) == expected


def test_the_sentence_after_names_the_group_sent_last(extractor: Extractor) -> None:
    text = (US_STORY + "The United States has also sent eight men to South Sudan and seven to "
            "Rwanda, and last week a flight carrying 14 West Africans landed in Ghana. Of those, "
            "12 were Nigerians and two were Gambians, officials in Accra said.")
    assert _nationalities(extractor, text) == {"SSD": [], "RWA": [], "GHA": ["GMB", "NGA"]}


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Panama, which received three flights with 299 deportees in February, released "
     "them in March.", {("USA", "PAN", 299)}),
    # flights that carry no people named
    (US_STORY + "Panama received three flights in February.", set()),
])
def test_flights_received_with_people_aboard(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


def test_a_day_and_its_month_merge_to_the_day(extractor: Extractor) -> None:
    text = ("First deportees from France arrive in Gabon this month under deal\n\n"
            "LIBREVILLE — Four people deported from France landed in Libreville late on "
            "Wednesday, the interior ministry said, the first arrivals under an arrangement that "
            "Gabon's government approved in June.")
    implemented = [f.date for f in extractor.extract(text, "2025-09-12")
                   if getattr(f, "stage", None) == "implemented"]
    assert implemented == ["2025-09-10"]


@pytest.mark.parametrize(("text", "expected"), [
    # the others, not counted, after the receiver's own nationals who are most of the group
    (US_STORY + "Gabon has received thousands of people returned by the United States, of whom "
     "the immense majority are Gabonese nationals. The foreigners are a few hundred, mainly from "
     "Chad and Mali.", {("GAB", None, ("MLI", "TCD"))}),
    # one of the group being the receiver's own national leaves the group's count
    (US_STORY + "The United States flew eight men to Gabon on Saturday. Only one of the eight is "
     "Gabonese. The others come from Chad and Mali.", {("GAB", 8, ("GAB", "MLI", "TCD"))}),
])
def test_only_a_larger_share_of_own_nationals_is_counted_apart(
        extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.receiving_country, f.count, tuple(sorted(f.nationalities)))
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Belize has itself received tens of thousands of refugees from Guatemala, Honduras "
     "and El Salvador since the 1980s.", set()),
    (US_STORY + "Belize has received 40 refugees deported from the United States this year.",
     {("USA", "BLZ")}),
])
def test_refugees_received_came_unless_sent(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Since March, the country has been holding Venezuelans expelled by the United "
     "States in its CECOT mega-prison.", {("USA", "SLV")}),
    # people described as sent, with no one holding them
    (US_STORY + "Lawyers are helping Venezuelans expelled by the United States in its CECOT "
     "mega-prison.", set()),
])
def test_people_a_state_holds_after_they_were_sent(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Transfer window: five deals that could still happen\n\nThe story has taken weeks. "
    "Officials were quiet. Lawyers were busy. Families waited. Nine men were flown to Gabon by "
    "France on Monday.",
    # a lone migration word of another sense, in the body, beside people moved to a state
    "Villages are emptying. Officials were quiet. Rural migration has grown for years. "
    "Families waited. Nine men were flown to Gabon by France on Monday.",
])
def test_a_word_of_another_sense_puts_nothing_on_topic(extractor: Extractor, text: str) -> None:
    assert _counts(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Dozens of Venezuelans deported by the US to El Salvador in March are still "
     "held there.", {("USA", "SLV", None)}),
    # a group described, neither counted nor dated nor placed
    (US_STORY + "Venezuelans deported by the US to El Salvador fear for their lives.", set()),
])
def test_a_vaguely_counted_group_dated_after_its_participle_was_moved(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "The Kosovar government said it had received four deportees from the US.",
     {("USA", "XKX", 4)}),
    # a demonym describing the people is no receiver
    (US_STORY + "Kosovar lawyers said it had received four deportees from the US.", set()),
    (US_STORY + "Uzbek officials said 131 people arrived on the flight, 12 of them from "
     "Kazakhstan.", {("USA", "UZB", 131)}),
])
def test_a_state_named_by_its_authorities_receives(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a flight diverted on its way stops in transit
    (US_STORY + "A flight carrying eight men bound for South Sudan was diverted to Djibouti.",
     set()),
    (US_STORY + "A flight carrying eight men was flown to Djibouti.", {("USA", "DJI", 8)}),
    # a count across a semicolon is another clause's
    (US_STORY + "Ghana said 14 West Africans had arrived; several were later bused to Togo.",
     {("USA", "GHA", 14), ("GHA", "TGO", None)}),
    # a pronoun after the semicolon is the group counted before it
    (US_STORY + "Costa Rica agreed to take 200 migrants; they arrived on two flights in May.",
     {("USA", "CRI", 200)}),
])
def test_diverted_flights_and_counts_of_other_clauses(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("TEGUCIGALPA — The Government of Honduras received on Thursday a first flight with 32 "
     "citizens of Venezuela deported from the United States, the migration institute said.",
     {("USA", "HND", ("VEN",))}),
    # the state people are citizens of is no sender even when no other is named
    ("Deportation news. Honduras received on Thursday 32 citizens of Venezuela, the migration "
     "institute said.", set()),
])
def test_citizens_of_a_state_are_not_sent_by_it(
        extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, tuple(f.nationalities))
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Nine of the 14 deportees sent to Ghana were Nigerians.", {("USA", "GHA", 14)}),
    # a group still to be sent
    (US_STORY + "Nine of the 14 deportees to be sent to Ghana are Nigerians.", set()),
])
def test_a_definite_counted_group_described_as_sent_was_sent(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


# --- parallel removals in one sentence (clause-level counts and senders) -------------------

@pytest.mark.parametrize(("text", "expected"), [
    # coordinated clauses, each with its own counted group and destination (capitals too)
    (US_STORY + "By then, 63 asylum seekers, most of them from Ecuador, Colombia and Peru, had "
     "been flown to Tegucigalpa, and nine Venezuelans had been sent to Guatemala City.",
     {("USA", "HND", 63), ("USA", "GTM", 9)}),
    (US_STORY + "Some 40 Cubans were deported to Mexico, while 12 Haitians were removed to "
     "Panama.", {("USA", "MEX", 40), ("USA", "PAN", 12)}),
    (US_STORY + "Officials said 25 men had been flown to Kigali, and 11 others had been sent to "
     "Kampala.", {("USA", "RWA", 25), ("USA", "UGA", 11)}),
    # one clause, a list of relative clauses, each moving its own counted group
    (US_STORY + "The removals included 64 Cuban nationals who were transferred to Mexico, 41 "
     "nationals of Ecuador who were removed to Honduras, and 26 Nicaraguans who were removed "
     "to Guatemala.", {("USA", "MEX", 64), ("USA", "HND", 41), ("USA", "GTM", 26)}),
    (US_STORY + "Last month 30 Venezuelans were deported to El Salvador and 12 Cubans sent to "
     "Costa Rica.", {("USA", "SLV", 30), ("USA", "CRI", 12)}),
    (US_STORY + "It said 18 West Africans had been removed to Ghana, 7 Nigerians who were "
     "flown to Togo and 5 Cameroonians deported to Equatorial Guinea.",
     {("USA", "GHA", 18), ("USA", "TGO", 7), ("USA", "GNQ", 5)}),
    # near miss: the second state is where the same group was later held, not a new group
    (US_STORY + "The 30 men were deported to Ghana and later moved to a camp near Accra.",
     {("USA", "GHA", 30)}),
    # near miss: the second verb is a plan, not a removal
    (US_STORY + "Twenty men were flown to Eswatini, and officials said more would be sent to "
     "Rwanda.", {("USA", "SWZ", 20)}),
])
def test_parallel_removals_keep_their_own_counts_and_sender(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # running totals whose sentence names the people's nationality or a transit stop
    (US_STORY + "El Salvador confirmed it received a further 30 Venezuelan men on Wednesday, "
     "bringing to 288 the number of Venezuelans held under its agreement with Washington.",
     {("USA", "SLV", 288)}),
    (US_STORY + "Another 12 Cubans were flown to Eswatini, taking the tally of Cubans, "
     "Laotians and Yemenis sent there to 27.", {("USA", "SWZ", 27)}),
    (US_STORY + "The original group of eight men spent weeks at a US base in Djibouti before "
     "being flown to Juba in July, and the total has since risen to at least 15.",
     {("USA", "SSD", 15)}),
    (US_STORY + "Nine Haitians were deported to Ghana in September; the total number of "
     "deportees received by Accra now stands at 42.", {("USA", "GHA", 42)}),
    (US_STORY + "Rwanda received seven Eritrean migrants on Friday, bringing the total to 19.",
     {("USA", "RWA", 19)}),
    # near miss: a total of another pair is not this removal's
    (US_STORY + "Rwanda received seven migrants on Friday, while Uganda's total rose to 40.",
     {("USA", "RWA", 7)}),
])
def test_running_totals_through_nationalities_and_transit(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time gerund takes the tense of its clause; "were the first to arrive" happened
    (US_STORY + "The men were held in Djibouti for weeks before being flown to South Sudan.",
     {("USA", "SSD")}),
    (US_STORY + "After being deported to Ghana in September, the 14 men were held at a camp "
     "near Accra.", {("USA", "GHA")}),
    (US_STORY + "Five men from Vietnam and Cuba were the first to arrive in Eswatini, in July.",
     {("USA", "SWZ")}),
    (US_STORY + "Three Laotians were among the first to be deported to Eswatini.",
     {("USA", "SWZ")}),
    (US_STORY + "Since being sent to Rwanda in August, the seven migrants have been housed in "
     "Kigali.", {("USA", "RWA")}),
    # near misses: a future clause, a future "first"
    (US_STORY + "The men will be held in Djibouti before being flown to South Sudan.", set()),
    (US_STORY + "Officials said the men would be the first to arrive in Eswatini.", set()),
])
def test_time_gerunds_and_first_to_arrive(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # states listed after "their own countries" are the people's homes
    ("Mexico has received 5,412 foreigners deported from the United States. The report said "
     "1,830 of them had since been flown to their own countries on Mexican government planes, "
     "mainly to Honduras and Guatemala.", {("USA", "MEX")}),
    ("Mexico has received 900 foreigners deported from the United States. Of those, 300 were "
     "returned to their home countries, among them Honduras and Cuba.", {("USA", "MEX")}),
    ("Ghana has received 42 West Africans deported from the United States. Most were bused "
     "to their countries of origin, including Nigeria and Togo.", {("USA", "GHA")}),
    ("Costa Rica took in 200 deportees from the United States. Dozens were later flown to "
     "their home countries such as Russia and China.", {("USA", "CRI")}),
    # people moved on inside the receiving state are the same removal
    ("Mexico has received 5,412 foreigners deported from the United States. The report said "
     "others had been taken by bus to Tapachula.", {("USA", "MEX")}),
    # near miss: a third country named after another verb of sending is a removal
    ("Ghana has received 42 West Africans deported from the United States. Most were sent "
     "to their countries of origin, and 12 were later deported to Togo.",
     {("USA", "GHA"), ("GHA", "TGO")}),
])
def test_states_listed_as_the_peoples_homes(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the people counted as speakers are not the group moved
    (US_STORY + "The nine were flown to Yaoundé in January, relatives and two former "
     "detainees told the Network.", {("USA", "CMR", 9)}),
    (US_STORY + "Eleven men were deported to Ghana last week, three of their lawyers said.",
     {("USA", "GHA", 11)}),
    # "Home Office" is no word for the people's home
    ("Britain has been deporting migrants to France. 153 people had been returned to France, "
     "the Home Office said this week.", {("GBR", "FRA", 153)}),
    ("Britain has been deporting migrants to France. Forty migrants were returned to France on "
     "Tuesday, the Home Secretary told MPs.", {("GBR", "FRA", 40)}),
    # an aside "none of them X citizens" describes the people
    (US_STORY + "Four people deported from the United States, none of them Kosovo citizens, "
     "had landed at Pristina airport.", {("USA", "XKX", 4)}),
    (US_STORY + "Five men, none of whom are Rwandan nationals, arrived in Kigali on Friday.",
     {("USA", "RWA", 5)}),
    # near misses: "two Nigerian men who said …" are the group; nobody was sent
    (US_STORY + "Two Nigerian men who said they feared returning home were deported to Ghana.",
     {("USA", "GHA", 2)}),
    (US_STORY + "So far none have been sent to Kosovo.", set()),
])
def test_speakers_home_office_and_asides(extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people described as sent, held in a state, were sent there
    (US_STORY + "Since February, 200 deportees from the United States have been housed in "
     "Costa Rica.", {("USA", "CRI")}),
    (US_STORY + "Five migrants sent from the United States were detained in Eswatini's "
     "Matsapha prison, lawyers said.", {("USA", "SWZ")}),
    (US_STORY + "The 252 men deported by the United States are now held at CECOT in El "
     "Salvador.", {("USA", "SLV")}),
    (US_STORY + "Seven people removed from the United States are being housed in a hotel in "
     "Kigali.", {("USA", "RWA")}),
    (US_STORY + "Nine West Africans expelled by the United States were held in Accra for two "
     "weeks.", {("USA", "GHA")}),
    # near misses: held on the way, or held before being deported
    (US_STORY + "Eight men deported from the United States were held at a US base in Djibouti "
     "for weeks.", set()),
    (US_STORY + "Migrants who were detained in Texas were later deported from the United "
     "States.", set()),
])
def test_people_described_as_sent_and_held_in_a_state(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_people_to_be_held_were_not_sent(extractor: Extractor) -> None:
    text = US_STORY + "Deportees sent from the United States will be held in Eswatini."
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a definite noun of sending with its counted people and destination reports the event
    (US_STORY + "The deportation of eight men to South Sudan in July drew criticism.",
     {("USA", "SSD", 8)}),
    (US_STORY + "Lawyers condemned the removal of 238 Venezuelans to El Salvador in March.",
     {("USA", "SLV", 238)}),
    (US_STORY + "The expulsion of some 40 migrants to Ghana last month angered Nigeria.",
     {("USA", "GHA", 40)}),
    (US_STORY + "The transfer of 30 migrants to Rwanda took place on Friday.",
     {("USA", "RWA", 30)}),
    (US_STORY + "Since the deportation of five men to Eswatini in July, their lawyers have "
     "had no access to them.", {("USA", "SWZ", 5)}),
    # near misses: stopped, hypothetical, awaited
    (US_STORY + "A judge halted the deportation of eight men to South Sudan.", set()),
    (US_STORY + "The deportation of eight men to South Sudan would be unlawful, lawyers argue.",
     set()),
    (US_STORY + "Officials are preparing for the transfer of 30 migrants to Rwanda.", set()),
])
def test_a_definite_noun_of_sending_reports_the_event(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Home Office is a ministry, not the people's home
    ("Deportation news. The first migrants removed under the pilot were flown to Paris by "
     "Britain on Thursday, the Home Office said.", {("GBR", "FRA")}),
    ("Deportation news. The first migrants were flown home to Paris by Britain on Thursday.",
     set()),
    # "moved" with people as its object moves them
    ("Deportation news. Italian authorities said they had moved 25 men to Gjadër.",
     {("ITA", "ALB")}),
    ("Deportation news. Italy deported 40 migrants to Tunisia. Many moved on to Albania.",
     {("ITA", "TUN")}),
    # what was received is no people
    (US_STORY + "Officials in Kathmandu said the men had received due process.", set()),
])
def test_ministries_transitive_moves_and_things_received(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_since_an_event_is_no_running_count(extractor: Extractor) -> None:
    text = ("Deportation news. Italian authorities said they had moved 25 men to Gjadër over the "
            "weekend, the largest group since the centres reopened in April.")
    assert _dates(extractor, text) == {("ALB", "2025-08")}


def test_one_removal_told_twice_keeps_its_precise_date(extractor: Extractor) -> None:
    text = ("Deportation news. France deported five men to Gabon in July, lawyers said. The men "
            "were flown to Gabon on July 15 and have been held since.")
    assert _dates(extractor, text) == {("GAB", "2025-07-15")}


@pytest.mark.parametrize(("text", "expected"), [
    # a receiving state as subject of a progressive or adverb-split verb of taking in
    ("Panama, whose president had agreed to act as a transit point, ended up taking in 299 "
     "deportees from the United States over three days.", {("USA", "PAN")}),
    ("Costa Rica followed a week later, receiving about 200 people deported by the United "
     "States.", {("USA", "CRI")}),
    ("Mexico has quietly taken in thousands of non-Mexican deportees from the United States "
     "since January.", {("USA", "MEX")}),
    ("Since March, Kigali has been taking in migrants expelled by Washington who are not "
     "Rwandan.", {("USA", "RWA")}),
    ("Guatemala began taking in 40 Salvadorans deported by the United States in May.",
     {("USA", "GTM")}),
    ("The United States deported 40 Venezuelans in May. Honduras, taking in the group at "
     "San Pedro Sula, held them for a week.", {("USA", "HND")}),
    # near misses: the receiving state as a noun, and talks about taking people in
    ("Officials in the receiving country, Ghana, say the United States has not asked yet.",
     set()),
    ("Dominica is in talks with Washington on taking in deportees from the United States.",
     set()),
])
def test_a_state_taking_in_people_in_progressive_or_split_forms(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the size of a place is not the group sent there
    (US_STORY + "Venezuelans deported by the United States were sent to CECOT, a mega-prison in "
     "El Salvador built for 40,000 inmates.", {("USA", "SLV", None)}),
    (US_STORY + "Deportees from the United States were flown to Eswatini, to a prison with room "
     "for 500 people.", {("USA", "SWZ", None)}),
    (US_STORY + "Men deported by the United States were flown to Kosovo, whose prison can hold "
     "up to 300 detainees.", {("USA", "XKX", None)}),
    # a count of people moved stays the count
    (US_STORY + "The 238 men were flown to El Salvador and held in a mega-prison built for "
     "40,000 inmates.", {("USA", "SLV", 238)}),
    (US_STORY + "The United States flew 40 men to Eswatini, which built a new wing for them.",
     {("USA", "SWZ", 40)}),
])
def test_the_size_of_a_place_is_not_a_count(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counts(extractor, text) == expected


GHANA_STORY = "The United States has deported 14 West Africans to Ghana since September. "


@pytest.mark.parametrize(("text", "expected"), [
    # onward removals overland, the next state named only by its demonym: the state the people
    # are in moves them (FACTS.md rule 4)
    (GHANA_STORY + "Seven of them were later handed to Togolese officers at the Aflao border "
     "post.", {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Two of the men were dropped on the Togolese side of the Aflao crossing, "
     "their lawyers said.", {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Several were driven to the Togolese border and left there, lawyers said.",
     {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "The men were later turned over to Ivorian immigration police at the "
     "frontier.", {("USA", "GHA"), ("GHA", "CIV")}),
    (GHANA_STORY + "Lawyers said three men, who had been held at a camp near Accra, were "
     "pushed across the Burkinabe border.", {("USA", "GHA"), ("GHA", "BFA")}),
    ("Monitors documented at least seven men deported from the United States who were driven "
     "to the border post by Ghanaian soldiers and handed to Togolese officers.",
     {("GHA", "TGO")}),
    ("Bhutan has received 30 men deported from the United States. Several have since turned up "
     "in Nepal after being driven to the Indian border, the advocates said.",
     {("USA", "BTN"), ("BTN", "IND")}),
    (GHANA_STORY + "Two of them were later driven to neighbouring Togo.",
     {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Some were bused across the border into Burkina Faso, lawyers said.",
     {("USA", "GHA"), ("GHA", "BFA")}),
    # near misses: the neighbour's officials speaking, and the receiver's own officers
    (GHANA_STORY + "Togolese officials said they had received no request from Accra.",
     {("USA", "GHA")}),
    (GHANA_STORY + "The men were handed to Ghanaian immigration officers on arrival.",
     {("USA", "GHA")}),
    (GHANA_STORY + "A report was handed to Togolese officials at the border.",
     {("USA", "GHA")}),
])
def test_onward_removals_to_a_neighbour_named_by_its_demonym(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a call or a wish about the future, with the removal that prompted it told after "after"
    ("Rights groups called on Ghana to stop the practice after seven men deported from the "
     "United States were handed to Togolese officers.", {("GHA", "TGO")}),
    (US_STORY + "The lawyers want the court to halt the flights, after 12 Venezuelans were "
     "flown to El Salvador by the United States in March.", {("USA", "SLV")}),
    ("Opposition MPs called on the government to publish the deal, since 40 people have "
     "already been deported to Eswatini by Washington.", {("USA", "SWZ")}),
    ("The UN called on Kosovo to review the arrangement following reports that six men "
     "deported by the United States had been flown to Pristina.", {("USA", "XKX")}),
    (US_STORY + "Families hope the men can come home soon, after they were sent to Rwanda by "
     "Britain in the spring.", {("GBR", "RWA")}),
    # near misses: the wished-for movement itself, and a reason without people moved
    ("The government hopes to send deportees to Ghana after the court rules.", set()),
    ("Ghana called on the United States to stop deporting people to Togo after the deal "
     "expired.", set()),
])
def test_a_removal_told_as_the_reason_for_a_call(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a semicolon or a colon joins sentences of their own: the wish of one does not reach the
    # movements of the other
    ("Forty men were flown to Eswatini by the United States in July; their lawyers hope to "
     "bring them back if a court allows it.", {("USA", "SWZ")}),
    ("Whether the deal will last is unclear: 12 deportees were flown to Ghana by the United "
     "States last week.", {("USA", "GHA")}),
    ("The United States flew 30 migrants to Costa Rica in February; some say they will face "
     "danger if returned.", {("USA", "CRI")}),
    # a relative pronoun opens a clause about the people already moved
    (US_STORY + "Days earlier, South Sudan had received eight men whom the administration had "
     "spent weeks trying to deliver to Juba.", {("USA", "SSD")}),
    (US_STORY + "Uganda has received nine deportees from the United States who hope to be "
     "resettled elsewhere.", {("USA", "UGA")}),
    # near misses: the wish in the movement's own part, a movement after the wish with no
    # reason clause, a fear of being sent, a condition before the semicolon
    ("The United States wants to fly 30 migrants to Costa Rica; officials say talks go on.",
     set()),
    ("The plan is clear: Washington hopes to send 50 deportees to Rwanda next month.", set()),
    ("Rights groups urge Uganda, which has agreed to receive people deported from the United "
     "States, to refuse them.", set()),
    (US_STORY + "The migrants feared being sent to Libya if they were returned to Tunisia.",
     set()),
    ("If the court agrees, 40 men will be flown to Eswatini by the United States; the ministry "
     "said so on Monday.", set()),
])
def test_a_wish_reaches_only_its_own_part_of_the_sentence(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "aliens", the word of US government statements for the people removed
    (US_STORY + "This week, ICE removed 12 criminal illegal aliens to Eswatini.",
     {("USA", "SWZ")}),
    (US_STORY + "DHS has deported 30 illegal aliens to Rwanda since August.", {("USA", "RWA")}),
    (US_STORY + "Nine criminal aliens were flown to Equatorial Guinea on Friday, ICE said.",
     {("USA", "GNQ")}),
    (US_STORY + "The aliens, all convicted of violent crimes, were removed to South Sudan on a "
     "chartered flight.", {("USA", "SSD")}),
    (US_STORY + "ICE sent 9 criminal aliens to the Republic of Equatorial Guinea, which agreed "
     "to take them.", {("USA", "GNQ")}),
    # near misses: a removal still to come, and people who fear one
    (US_STORY + "DHS said it would remove more criminal aliens to Eswatini next month.", set()),
    (US_STORY + "Illegal aliens living in Texas fear removal to Rwanda, advocates said.", set()),
])
def test_aliens_are_people_removed(extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the receiving state left implied: "there", "the country", "under it", "non-Hondurans",
    # the state the story just named (running totals above all)
    ("Italy reopened its centre in Albania in April. By the end of August some 190 people in "
     "total had been transferred there, ministry figures show.", {("ITA", "ALB", 190)}),
    (US_STORY + "Eswatini signed the deal with the United States in May. To date only five "
     "men have been sent under it, in July.", {("USA", "SWZ", 5)}),
    (US_STORY + "Ghana agreed to the US plan in September. The government says it has "
     "received more than 40 people.", {("USA", "GHA", 40)}),
    (US_STORY + "Eswatini signed an agreement with Washington in May. A further group "
     "arrived in October, bringing the total number of deportees received by the country to 15.",
     {("USA", "SWZ", 15)}),
    (US_STORY + "Honduras signed an accord with Washington last year. Wednesday's flight "
     "brings the number of non-Hondurans received under the accord to 41.", {("USA", "HND", 41)}),
    ("Nauru agreed in 2025 to take people Australia cannot deport. Three men were flown to the "
     "island last week on a charter from Brisbane.", {("AUS", "NRU", 3)}),
    # near misses: no one moved, a plan, people going on their own, no movement
    (US_STORY + "Ghana agreed to the US plan in September. The government says it has "
     "received no request for more flights.", set()),
    (US_STORY + "Uganda agreed in August to take deportees from the United States. "
     "Officials said people would be sent there soon.", set()),
    ("Albania hosts two centres run by Italy. Conditions there are poor, lawyers said.", set()),
])
def test_a_removal_to_a_state_left_implied(extractor: Extractor, text: str,
                                            expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize("text", [
    # nobody in particular sent to the state left implied
    US_STORY + "Paraguay signed the accord in August. No asylum seekers have been sent there yet.",
    "Britain paid Rwanda for its asylum scheme. Not one asylum seeker was ever removed under "
    "the scheme.",
    "The Netherlands plans a return hub in Uganda. Critics say Uganda cannot guarantee the "
    "safety of everyone sent there.",
    "Labour scrapped the Rwanda asylum plan in July 2024, without a single asylum seeker having "
    "been sent under it.",
    US_STORY + "Eswatini signed the deal in May. Lawyers said anyone flown there faced "
    "indefinite detention.",
])
def test_nobody_sent_to_a_state_left_implied(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # "took" with people as its object, and "transported"
    (US_STORY + "The judge pointed to the flights that took men to South Sudan last year.",
     {("USA", "SSD")}),
    (US_STORY + "A US military plane took 104 migrants to Guatemala on Friday.",
     {("USA", "GTM")}),
    (US_STORY + "Charter flights from Texas took the deportees to Rwanda in August.",
     {("USA", "RWA")}),
    (US_STORY + "ICE transported 20 detainees to Honduras on Friday.", {("USA", "HND")}),
    (US_STORY + "The men were transported to Eswatini by the United States aboard a charter "
     "jet.", {("USA", "SWZ")}),
    # near misses: "took" without people, and talk about transporting
    (US_STORY + "Rwanda's president took office in 2000 and took steps to welcome investors.",
     set()),
    (US_STORY + "Officials in Kigali spoke about transporting deportees to Rwanda.", set()),
])
def test_carrying_verbs_with_people_as_object(extractor: Extractor, text: str,
                                              expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people going to the state of their own nationality, however the sentence is built
    (US_STORY + "Venezuelans freed from a Salvadoran prison land in Caracas in a swap with "
     "Washington.", set()),
    (US_STORY + "Honduran airports serve as a stopover for flights carrying Venezuelans "
     "deported from the United States to Caracas.", set()),
    (US_STORY + "Mexico has continued receiving, by the northern border, thousands of its own "
     "nationals deported.", set()),
    (US_STORY + "Guatemala received, on three flights from Texas, some 500 of its own citizens "
     "deported by the US.", set()),
    (US_STORY + "Cuban men deported from the United States on a Mexican plane were flown to "
     "Havana.", set()),
    # near misses: others in the group, or others besides the state's own
    (US_STORY + "The United States flew 238 Venezuelans and 23 Salvadorans to El Salvador.",
     {("USA", "SLV")}),
    (US_STORY + "Mexico has received, by the northern border, thousands of Cubans deported by "
     "the US.", {("USA", "MEX")}),
])
def test_own_nationals_sent_home_are_no_removal(extractor: Extractor, text: str,
                                                expected: set) -> None:
    assert _pairs(extractor, text) == expected


def test_people_not_of_the_state_are_no_own_nationals(extractor: Extractor) -> None:
    text = (US_STORY + "Eswatini and South Sudan have already received deportees from the "
            "United States who are not their own nationals.")
    assert _pairs(extractor, text) == {("USA", "SWZ"), ("USA", "SSD")}


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of receiving after "but" shares the subject named before it
    (US_STORY + "Mexico has never signed a formal deal but has quietly taken in thousands of "
     "non-Mexican deportees from the US.", {("USA", "MEX")}),
    (US_STORY + "Guatemala refused the label of safe third country but received 400 "
     "Salvadorans deported by Washington.", {("USA", "GTM")}),
    (US_STORY + "Costa Rica denied any formal agreement but accepted 200 deportees from the "
     "United States in February.", {("USA", "CRI")}),
    (US_STORY + "Panama signed nothing but has since received 299 deportees from the US.",
     {("USA", "PAN")}),
    (US_STORY + "Kosovo never published the memorandum, but it has received six deportees from "
     "the US.", {("USA", "XKX")}),
    # near misses: its own nationals, and nobody received
    (US_STORY + "Mexico refused to take non-Mexicans from the US but received its own "
     "nationals.", set()),
    (US_STORY + "Uganda agreed to the deal but has not received any deportees from the United "
     "States.", set()),
])
def test_a_verb_of_receiving_after_but_shares_the_subject(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a removal told before a wish, in a clause of its own
    (US_STORY + "Six people deported from the United States landed in Uganda on Tuesday, months "
     "after Kampala agreed to host asylum seekers Washington does not want to keep.",
     {("USA", "UGA")}),
    (US_STORY + "Rwanda received seven deportees from the US in August, officials said, and "
     "hopes to take more.", {("USA", "RWA")}),
    (US_STORY + "Ghana has taken in 42 West Africans deported by the United States, but the "
     "government wants the deal reviewed.", {("USA", "GHA")}),
    (US_STORY + "Eight men were flown by the United States to South Sudan, whose government "
     "now wants them to leave.", {("USA", "SSD")}),
    (US_STORY + "The first five deportees arrived in Eswatini from the United States in July "
     "(the kingdom hopes for more aid).", {("USA", "SWZ")}),
    # near misses: the wished-for movement, and a condition
    (US_STORY + "Washington wants to send 40 more men to Eswatini.", set()),
    ("Under the partnership, people who arrived in the UK by small boat would have had their "
     "asylum claims decided in Rwanda, and, if successful, would have stayed there.", set()),
    (US_STORY + "Officials hope the first deportees will be flown to Rwanda by June, after the "
     "court rules.", set()),
])
def test_a_removal_told_before_a_wish(extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


TOPIC = "Deportation news. "


@pytest.mark.parametrize(("text", "expected"), [
    # a deporting state's centres on another state's soil holding people (rule 4)
    ("Italy's centre at Gjader in Albania has held about 400 migrants since April, lawmakers "
     "said.", {("ITA", "ALB")}),
    ("Italy's two centres in Albania, which opened last October, have held only a few dozen "
     "migrants.", {("ITA", "ALB")}),
    ("Australia's processing centre on Nauru has housed 120 asylum seekers since 2012.",
     {("AUS", "NRU")}),
    ("The two migrant facilities Italy runs in northern Albania have so far hosted some 190 "
     "men.", {("ITA", "ALB")}),
    ("Since opening, Italy's migrant hub in Albania had held more than 300 men.",
     {("ITA", "ALB")}),
    # near misses: a state's own prisons, centres at home, a capacity
    ("Albania's prisons have held 5,000 inmates this year, officials said of migrants.", set()),
    ("Italy's reception centres in Sicily have held 20,000 migrants this year.", set()),
    ("The migrant centre in Albania could have held 3,000 people a month, Italy said.", set()),
    # a vague amount of plain "people" held or received there (ra07, rb04, ha07)
    (TOPIC + "Italy's centres in Albania have held only a small number of people since they "
     "opened.",
     {("ITA", "ALB")}),
    (TOPIC + "Italy's two sites in Albania have since housed several hundred people, "
     "officials said.", {("ITA", "ALB")}),
    (TOPIC + "Italy's migrant hub in Albania, which a court shut twice, has held only a few "
     "hundred people.",
     {("ITA", "ALB")}),
    (TOPIC + "Rome's two facilities in Albania had housed just a handful of people by the summer.",
     {("ITA", "ALB")}),
    (TOPIC + "Italy's centre in Albania, which opened last year, has so far held only a few dozen "
     "people. Officials called it a success.", {("ITA", "ALB")}),
    (TOPIC + "Australia's processing centre on Nauru has since held hundreds of people.",
     {("AUS", "NRU")}),
    # the centre's owner sends the people, not the state the story is about
    ("Sweden wants to deport rejected asylum seekers to return hubs abroad. Italy's centres in "
     "Albania have held only a small number of people since they opened.", {("ITA", "ALB")}),
    # near misses: sites at home, things received, a capacity
    (TOPIC + "Italy's reception centres in Sicily have held thousands of people this year.", set()),
    (TOPIC + "Italy's centres in Albania have held a series of open days for people in Rome.",
     set()),
    (TOPIC + "The sites in Albania could have held several thousand people a month, Italy "
     "said.", set()),
])
def test_centres_on_another_states_soil_holding_people(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


SOUTH_SUDAN_STORY = "The United States deported eight men to South Sudan in July. "


@pytest.mark.parametrize(("text", "expected"), [
    # onward removals of one of the group, to a neighbour with an adjective before its name
    (SOUTH_SUDAN_STORY + "Since then, at least one of the men has been transferred by the "
     "South Sudanese authorities to neighbouring Sudan, a relative said.",
     {("USA", "SSD", 8), ("SSD", "SDN", 1)}),
    (SOUTH_SUDAN_STORY + "One of the deportees was later flown on to Kenya by South Sudanese "
     "officials.", {("USA", "SSD", 8), ("SSD", "KEN", 1)}),
    (SOUTH_SUDAN_STORY + "Lawyers said one of them had been handed to Ugandan officers at the "
     "border.", {("USA", "SSD", 8), ("SSD", "UGA", 1)}),
    # near miss: a part counted by its own number
    (SOUTH_SUDAN_STORY + "Two of the men were later flown on to Kenya by South Sudanese "
     "officials.", {("USA", "SSD", 8), ("SSD", "KEN", 2)}),
])
def test_one_of_the_group_sent_on(extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date of the deal is not the date of the removal
    (US_STORY + "Guatemala, which signed its own agreement with Washington in July, has so far "
     "received 18 asylum seekers deported from the US.", None),
    (US_STORY + "Uganda, which agreed in August to take deportees from the United States, has "
     "received 14 people.", None),
    (US_STORY + "Rwanda, which struck a deal with the US in May, has taken in seven deportees.",
     None),
    (US_STORY + "Kosovo signed the memorandum with Washington in June and has since received six "
     "deportees from the US.", None),
    (US_STORY + "Honduras, whose congress ratified the accord last October, has received 63 "
     "asylum seekers from the United States.", None),
    # near misses: the removal dated in its own words
    (US_STORY + "Eswatini signed the deal in May and received five deportees from the US in "
     "July.", "2025-07"),
    (US_STORY + "Rwanda received seven deportees from the US in August, after signing a deal in "
     "June.", "2025-08"),
])
def test_the_date_of_the_deal_does_not_date_the_removal(
        extractor: Extractor, text: str, expected: str | None) -> None:
    assert [f.date for f in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the group's nationalities named in the next sentence, however the group is called
    (US_STORY + "Six people deported from the United States arrived in Kosovo on Monday. The "
     "persons are nationals of Ecuador, Peru and Colombia.", ["COL", "ECU", "PER"]),
    (US_STORY + "Ghana has received 42 people deported from the United States. Those received "
     "so far include Nigerians, Liberians and Malians, the minister said.",
     ["LBR", "MLI", "NGA"]),
    (US_STORY + "Nine people deported from the United States landed in Rwanda. The individuals "
     "are citizens of Cuba and Laos.", ["CUB", "LAO"]),
    (US_STORY + "Eswatini took in ten men deported from the United States. Those sent include "
     "Cubans and Vietnamese.", ["CUB", "VNM"]),
    (US_STORY + "Five people deported from the United States were flown to Uganda. The "
     "returnees are from Eritrea and Somalia.", ["ERI", "SOM"]),
    # near miss: the next sentence is about other people
    (US_STORY + "Six people deported from the United States arrived in Kosovo on Monday. "
     "Colombian officials said nothing.", []),
])
def test_the_groups_nationalities_named_next(extractor: Extractor, text: str,
                                             expected: list) -> None:
    assert [sorted(f.nationalities) for f in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    # a distance is not the group's count, however the unit is written
    US_STORY + "The men deported from the United States were flown to Eswatini and held at a "
    "prison about 30 km from the capital.",
    US_STORY + "The men deported from the United States were flown to Panama and held at a camp "
    "some 350 kilometers from the capital.",
    US_STORY + "The deportees from the United States were flown to South Sudan and held at a "
    "compound 12 mi outside Juba.",
])
def test_a_distance_is_not_a_count(extractor: Extractor, text: str) -> None:
    assert [f.count for f in _removals(extractor, text)] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # the people introduced by demonym just before a removal of "people"
    ("From 2014, Israel told Eritrean and Sudanese asylum seekers to leave or face detention. "
     "Officials said in 2017 that about 1,500 people had been deported to Rwanda by Israel.",
     ["ERI", "SDN"]),
    ("Israel offered Eritrean asylum seekers $3,500 to leave. Over the following years several "
     "thousand people were flown to Rwanda by Israel.", ["ERI"]),
    ("The United States held Cuban and Vietnamese men in Djibouti for weeks over deportations. "
     "In July the men were flown to South Sudan by the United States.", ["CUB", "VNM"]),
    ("Britain detained Albanian and Iraqi migrants at Manston under its asylum plan. Later, 200 "
     "people were flown to Rwanda by Britain.", ["ALB", "IRQ"]),
    ("Italy intercepted Bangladeshi and Egyptian migrants at sea. Sixteen people were then "
     "carried by Italy to Albania.", ["BGD", "EGY"]),
    # near miss: a demonym of officials, not of people
    ("Eritrean officials denied the claims about asylum seekers. About 1,500 people had been "
     "deported to Rwanda by Israel.", []),
])
def test_the_peoples_nationalities_named_just_before(
        extractor: Extractor, text: str, expected: list) -> None:
    assert [sorted(f.nationalities) for f in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the group's nationalities reported by a speaker in the next sentence
    (US_STORY + "Nine men deported from the United States landed in Juba on Tuesday. A ministry "
     "spokesperson told reporters on Wednesday that the nine men who arrived were nationals of "
     "Mexico, Cuba and Eritrea.", ["CUB", "ERI", "MEX"]),
    (US_STORY + "Forty men deported from the United States were flown to Ghana on Friday. The "
     "ministry gave no details, though a police source said most were from Nigeria and Togo.",
     ["NGA", "TGO"]),
    (US_STORY + "Rwanda received seven people deported from the United States in August. "
     "Officials confirmed that the seven deportees are citizens of Cuba and Laos.",
     ["CUB", "LAO"]),
    (US_STORY + "Twelve people deported from the United States landed in Eswatini. According to "
     "lawyers, the group included Vietnamese and Yemeni nationals.", ["VNM", "YEM"]),
    (US_STORY + "Ten deportees from the United States arrived in Uganda. The government said "
     "they came from Eritrea, Somalia and Sudan.", ["ERI", "SDN", "SOM"]),
    # the sentence goes on to move the group within the receiving state
    (US_STORY + "A plane carrying 135 migrants deported from the United States landed in Costa "
     "Rica, and the group was driven by bus to a camp near the Panamanian border. The "
     "passengers, who include people from Uzbekistan and China, were held there.",
     ["CHN", "UZB"]),
    (US_STORY + "A plane carrying men deported from the United States landed in South Sudan, "
     "bringing to 15 the number Washington has removed to the country since July. The seven new "
     "arrivals, described as citizens of Cuba and Laos, were driven to a compound.",
     ["CUB", "LAO"]),
    # near misses: a speaker on other people; the group moved on to another state
    (US_STORY + "Nine men deported from the United States landed in Juba on Tuesday. A "
     "spokesperson said that Kenyan officials were consulted.", []),
    (US_STORY + "Forty men deported from the United States were flown to Ghana on Friday. A "
     "police source said most migrants in the region come from Nigeria.", []),
])
def test_the_groups_nationalities_reported_next(extractor: Extractor, text: str,
                                                expected: list) -> None:
    assert [sorted(f.nationalities) for f in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    # a deal or a law that lets a state send people: a power, not people sent
    "The agreement would let Washington transfer to Belize asylum seekers who reached the "
    "United States.",
    "The pact, which would let Britain send rejected asylum seekers to Rwanda, was signed in "
    "April.",
    "Signed in July, the treaty lets Britain send back to France some people who arrive by "
    "small boat.",
    "It lets U.S. authorities transfer people who ask for asylum at the border to Paraguay.",
    "The law will let Italy send migrants rescued at sea to Albania.",
    "A clause letting Washington fly asylum seekers to Paraguay is being challenged.",
    "The accord is meant to let the Netherlands deport rejected asylum seekers to Uganda.",
    "The deal allows the United States to send deportees to Belize.",
])
def test_a_power_to_send_is_no_removal(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the permission used in the past, and people sent under a deal that lets
    ("In September the deal let the United States deport 14 West Africans to Ghana.",
     {("USA", "GHA")}),
    ("Under the treaty, which lets Britain return some migrants, 26 people have been flown "
     "back to France by Britain.", {("GBR", "FRA")}),
])
def test_people_sent_beside_a_power_to_send(extractor: Extractor, text: str,
                                            expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "took" / "taking" a counted group of people: the subject state received them
    (US_STORY + "Costa Rica, which took some 200 Asian and African deportees in February, has "
     "said it will not repeat the exercise.", {("USA", "CRI", 200)}),
    (US_STORY + "Costa Rica took about 200 deportees from the United States in February.",
     {("USA", "CRI", 200)}),
    (US_STORY + "Panama stepped in first, taking 299 people in February 2025.",
     {("USA", "PAN", 299)}),
    (US_STORY + "Rwanda has taken seven deportees so far, a government spokeswoman said.",
     {("USA", "RWA", 7)}),
    (US_STORY + "By October Eswatini had taken 15 men from Washington.", {("USA", "SWZ", 15)}),
    (US_STORY + "Guatemala agreed to the plan in July. It took 40 migrants of other "
     "nationalities the next month.", {("USA", "GTM", 40)}),
    # near misses: "took" of time or steps, and "took … to", which carries people elsewhere
    (US_STORY + "Costa Rica took 200 days to answer the request for deportees.", set()),
    (US_STORY + "Panama took steps to receive 299 deportees from the United States.", set()),
    (US_STORY + "The United States took 40 migrants to Ghana on a military plane.",
     {("USA", "GHA", 40)}),
])
def test_a_state_taking_a_counted_group(extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize("text", [
    # what a state received is a thing, however the thing is qualified
    US_STORY + "Grenada has received a formal request from the United States to consider "
    "accepting deportees.",
    US_STORY + "Three of the seven deportees went home, while the other four are staying in "
    "Rwanda and receiving vocational training.",
    US_STORY + "Uganda received fresh diplomatic assurances from Washington about the "
    "deportees.",
    US_STORY + "Eswatini received significant financial support from the United States for "
    "housing the deportees.",
    US_STORY + "Ghana received an official letter from the US embassy about the deportees.",
    US_STORY + "Costa Rica has received a written proposal from Washington to take in "
    "deportees.",
])
def test_a_qualified_thing_received_is_no_removal(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: people received, with adjectives before them
    (US_STORY + "Ghana received 14 West African deportees from the United States.",
     {("USA", "GHA")}),
    (US_STORY + "Rwanda received seven deported men from the United States in August.",
     {("USA", "RWA")}),
    (US_STORY + "Eswatini has received several third-country nationals from the United States.",
     {("USA", "SWZ")}),
])
def test_qualified_people_received_are_a_removal(extractor: Extractor, text: str,
                                                 expected: set) -> None:
    assert _pairs(extractor, text) == expected


COSTA_RICA_STORY = ("In the month of February, Costa Rica received some 200 migrants deported from "
                    "the United States. The ombudsman denounced their conditions in March. ")


@pytest.mark.parametrize(("text", "expected"), [
    # a removal "in the same month" as the one before shares its date, across other dates
    (COSTA_RICA_STORY + "Panama, for its part, received in the same month 299 deportees from "
     "the United States.", "2025-02"),
    (COSTA_RICA_STORY + "In Panama, a similar scheme began in the same month: 299 migrants "
     "deported from the United States arrived in the capital.", "2025-02"),
    (COSTA_RICA_STORY + "That same month, Panama took in 299 deportees from the United States.",
     "2025-02"),
    (COSTA_RICA_STORY + "Panama received 299 people deported from the United States the same "
     "month.", "2025-02"),
    (COSTA_RICA_STORY + "The same year, 299 migrants deported from the United States were "
     "flown to Panama.", "2025"),
    # near miss: "that month" takes the date just before it
    (COSTA_RICA_STORY + "Panama received 299 deportees from the United States that month.",
     "2025-03"),
])
def test_a_removal_in_the_same_month_as_the_one_before(
        extractor: Extractor, text: str, expected: str) -> None:
    dates = {f.receiving_country: f.date for f in _removals(extractor, text)}
    assert dates.get("PAN") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a later sentence about the counted group gives the day of its removal
    ("Fourteen West Africans deported from the United States were flown to Ghana in July. The "
     "group landed in Accra on July 5, lawyers said.", "2025-07-05"),
    ("Ghana has moved on most of the 14 West Africans it received from the United States "
     "earlier this month. The deportees were flown into Accra's Kotoka airport on Aug. 2.",
     "2025-08-02"),
    ("The United States deported eight men to South Sudan in July. The men landed in Juba on "
     "July 5, officials said.", "2025-07-05"),
    ("In July, 12 men deported from the United States arrived in Eswatini. They were flown to "
     "Eswatini on a chartered jet on July 16.", "2025-07-16"),
    ("Rwanda said it received seven people deported from the United States in July. The "
     "deportees had been flown to Kigali on July 14, a spokeswoman said.", "2025-07-14"),
    # near misses: a mention of another month is another event; a day for one of two batches
    ("The United States deported eight men to South Sudan in July. Deportees also landed in "
     "Juba on August 5, officials said.", "2025-07"),
    # near miss: a running total over months has no date
    ("Guatemala has received 412 people deported from the United States since mid-July. The "
     "first group arrived in Guatemala on July 19.", None),
])
def test_a_later_sentence_gives_the_day(extractor: Extractor, text: str, expected: str) -> None:
    counted = [f for f in _removals(extractor, text) if f.count is not None]
    assert [f.date for f in counted] == [expected]


@pytest.mark.parametrize("text", [
    # "not one", "not a single", "zero": nobody was moved, however the negation is put
    "Not one asylum seeker was ever removed to Rwanda by Britain under the scheme.",
    "Not a single asylum seeker was flown to Rwanda by Britain before the scheme was scrapped.",
    "So far, zero asylum seekers have been transferred to Belize by the United States.",
    "Britain signed a deal with Rwanda in 2022, yet not one migrant had been relocated to "
    "Rwanda by Britain when it was scrapped.",
    "Not even one of the asylum seekers was sent to Rwanda by Britain.",
    "Zero deportees have so far been flown to Belize by the United States.",
    "So far, no deportees have been sent to Paraguay by the United States.",
])
def test_not_one_moved_is_no_removal(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: "not one but two", and a negation of something else before the people
    ("Not one but two planes carrying 40 deportees from the United States landed in Eswatini.",
     {("USA", "SWZ")}),
    ("Though the deal is not yet public, 14 West Africans deported from the United States were "
     "flown to Ghana on Friday.", {("USA", "GHA")}),
])
def test_other_negations_keep_the_removal(extractor: Extractor, text: str,
                                              expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "at least one" of the group: one, at least
    (SOUTH_SUDAN_STORY + "Since then, at least one of the men has been transferred by the South "
     "Sudanese authorities to Sudan.", ("SSD", "SDN", 1, "at_least")),
    (SOUTH_SUDAN_STORY + "At least one of the deportees has since been transferred by South "
     "Sudanese officials to Sudan, a relative said.", ("SSD", "SDN", 1, "at_least")),
    (SOUTH_SUDAN_STORY + "South Sudan has since sent at least one man on to Sudan.",
     ("SSD", "SDN", 1, "at_least")),
    (SOUTH_SUDAN_STORY + "Relatives say at least one deportee was handed over to Sudan by "
     "South Sudanese officers.", ("SSD", "SDN", 1, "at_least")),
    (SOUTH_SUDAN_STORY + "More than one of the men has been transferred by the South Sudanese "
     "authorities to Sudan.", ("SSD", "SDN", 1, "more_than")),
    # near miss: one of them, exactly
    (SOUTH_SUDAN_STORY + "One of the men was later transferred by the South Sudanese "
     "authorities to Sudan.", ("SSD", "SDN", 1, "exact")),
])
def test_at_least_one_of_the_group(extractor: Extractor, text: str, expected: tuple) -> None:
    onward = [(f.deporting_country, f.receiving_country, f.count, f.count_qualifier)
              for f in _removals(extractor, text) if f.deporting_country == "SSD"]
    assert onward == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # "here" in a story filed from the receiving state: the dateline's state
    ("JUBA, South Sudan — Eight men deported from the United States were flown here in July, "
     "a relative said.", {("USA", "SSD")}),
    ("JUBA, South Sudan — The eight deported men flown here from a U.S. military base in "
     "Djibouti in July are still held, a relative said.", {("USA", "SSD")}),
    # a round-up: the dateline of the story the sentence is in
    ("MBABANE, Eswatini — Ten men deported from the United States landed in Eswatini on "
     "Monday.\n\nJUBA, South Sudan — Of the eight deported men flown here in July, only one "
     "remains free.", {("USA", "SWZ"), ("USA", "SSD")}),
    ("BRAZZAVILLE, Congo — Israel has sent 12 asylum seekers here under the deal, officials "
     "said.", {("ISR", "COG")}),
    ("SAN JOSE, Costa Rica — Dozens of migrants sent here by the United States in February "
     "remain at a camp near the border.", {("USA", "CRI")}),
    ("KIGALI, Rwanda — Seven people deported from the United States have arrived here, a "
     "spokeswoman said.", {("USA", "RWA")}),
    # near misses: no dateline to say where "here" is; a movement only possible
    ("Eight men deported from the United States were flown here in July, a relative said.",
     set()),
    ("JUBA, South Sudan — Asylum seekers could be sent here by the United States under the "
     "deal, officials said.", set()),
])
def test_here_is_the_dateline_state(extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # the next story of a round-up, opened by its own dateline, speaks of another group
    "KIGALI, Rwanda — Rwanda has so far received seven deportees from the United States, a "
    "spokeswoman said.\n\nJUBA, South Sudan — A Mexican national among them was repatriated.",
    "KOSOVO — Four people deported from the United States landed at Pristina airport.\n\n"
    "UZBEKISTAN — A charter flight landed in Tashkent. The remaining 22, nationals of "
    "Kyrgyzstan and Tajikistan, were accepted for onward travel.",
    "ACCRA — Fourteen people deported from the United States arrived in Ghana on Friday.\n\n"
    "KAMPALA — The men, who are nationals of Eritrea and Somalia, remain in Uganda.",
    "MBABANE, Eswatini (Wire) — Ten men deported from the United States landed in Eswatini.\n\n"
    "KIGALI, Rwanda (Wire) — Most were from Cuba and Laos, officials said of a group there.",
    "KAMPALA, Uganda, Oct 3 (LRW) — Uganda received 14 people deported from the United "
    "States.\n\nNAIROBI, Oct 3 (LRW) — They include Ethiopians and Somalis, police said.",
])
def test_a_round_ups_next_story_names_another_group(extractor: Extractor, text: str) -> None:
    assert [f.nationalities for f in _removals(extractor, text)][:1] == [[]]


# Round 7: onward removals over land by the state the people are in, when the excerpt names
# the first sender only in the people's past ("deportees from the United States"), as the
# describer of a thing ("a U.S. immigration judge"), or not at all (authors c, f, i, j, o).
GHANA_BEFORE = "Ghana has taken in 14 deportees from the United States since September. "


@pytest.mark.parametrize("text", [
    GHANA_BEFORE + "Lawyers say at least four were later put on a bus and taken to the Togolese "
    "border, where they were left on the other side despite none of them being Togolese.",
    GHANA_BEFORE + "The Gambian, who lawyers say had been granted protection by a U.S. "
    "immigration judge, was driven to Lomé, the Togolese capital, and left there.",
    GHANA_BEFORE + "Lawyers said the Gambian man had simply been left at the border post at "
    "Aflao and handed to Togolese police.",
    GHANA_BEFORE + "The two Nigerians were bused to Lomé and left at a bus station.",
    "The men were among 14 deportees from the United States who landed in Accra in September; "
    "lawyers said one of them was later handed to Togolese police at the border.",
    GHANA_BEFORE + "Two of them were later driven across the border into Togo.",
    GHANA_BEFORE + "Officials said the man had been handed over to Togolese immigration officers "
    "at Aflao.",
])
def test_onward_over_land_is_the_holding_states_removal(extractor: Extractor, text: str) -> None:
    pairs = _pairs(extractor, text)
    assert ("GHA", "TGO") in pairs
    assert ("USA", "TGO") not in pairs


@pytest.mark.parametrize("text", [
    # a flight from the first sender's land to the neighbour's capital: not overland
    "The United States flew the Gambian man to Lomé on a charter flight.",
    # the person's own country: going home is no removal
    GHANA_BEFORE + "The Togolese man was driven home to Lomé by relatives.",
])
def test_onward_over_land_near_misses(extractor: Extractor, text: str) -> None:
    assert ("GHA", "TGO") not in _pairs(extractor, text)


# Round 7: one person named without a numeral is a count of one: "an Indian national", "the
# Gambian man", "the man", "The Gambian, who …" (authors c, i, l, o).
@pytest.mark.parametrize("text", [
    "Officials said an Indian national had been flown to Paris under the UK-France returns "
    "deal, the first person removed under it.",
    GHANA_BEFORE + "Lawyers said the Gambian man had been handed to Togolese police at Aflao.",
    GHANA_BEFORE + "The Gambian, who lawyers say had been granted protection by a U.S. "
    "immigration judge, was driven to Lomé, the Togolese capital, and left there.",
    "Australia has begun deporting non-citizens to Nauru. Mr Burke said the man, whose visa "
    "had been cancelled, was flown to Nauru last week on a chartered flight.",
    "A Cuban citizen was deported from the United States to Eswatini on Monday.",
    "Britain removed a single Eritrean asylum seeker to France on Tuesday.",
])
def test_one_person_counts_one(extractor: Extractor, text: str) -> None:
    assert 1 in {f.count for f in _removals(extractor, text)}


@pytest.mark.parametrize("text", [
    # the man speaks about a group; the group is not one person
    "The man who leads the charity said 40 migrants had been flown to Rwanda from Britain.",
    # a person's own role, not who was moved
    "A Rwandan official said the 40 deportees from the United States had arrived in Kigali.",
])
def test_one_person_near_misses(extractor: Extractor, text: str) -> None:
    assert 1 not in {f.count for f in _removals(extractor, text)}


# Round 7: a removal told by its vehicle takes the number of people aboard given in the next
# sentence (authors b, z).
@pytest.mark.parametrize(("text", "expected"), [
    ("A chartered jet carrying the first people deported to Palau under its deal with the United "
     "States landed in Airai this afternoon. Three men were on board, a spokesperson said.", 3),
    ("A US military plane carrying deportees landed in Guatemala City on Tuesday. Aboard were "
     "12 Hondurans, officials said.", 12),
    ("A flight with deportees from the United States touched down in Kigali on Friday. On board "
     "were seven people, the government said.", 7),
    ("A flight carrying asylum seekers deported from Britain landed in Kigali on Monday. There "
     "were four asylum seekers aboard, the Home Office said.", 4),
    ("Three planes carrying deportees from the United States landed in El Salvador overnight. "
     "Aboard are 238 Venezuelans, who were taken to CECOT.", 238),
    ("A plane carrying deportees from the United States landed in Juba. Eight men, whose "
     "nationalities were not given, were on board.", 8),
])
def test_the_people_aboard_are_the_count(extractor: Extractor, text: str, expected: int) -> None:
    assert expected in {f.count for f in _removals(extractor, text)}


@pytest.mark.parametrize("text", [
    # the crew of the plane is no one deported
    "A plane carrying deportees from the United States landed in Kigali. Its crew of five was "
    "on board for the return flight.",
    # a second flight's people are its own
    "A plane carrying deportees from the United States landed in Kigali. A second plane left "
    "Texas on Friday. Nine people were aboard it.",
])
def test_people_aboard_near_misses(extractor: Extractor, text: str) -> None:
    assert {f.count for f in _removals(extractor, text)} <= {None}


# Round 7: "a second group had arrived" without a number is a batch of its own beside the
# counted first one (authors c, o); "a further group" told with its number is the same one.
@pytest.mark.parametrize(("text", "expected"), [
    ("Fourteen deportees from the United States landed in Accra on September 5. The minister "
     "said on Tuesday that a second group had arrived in Accra.", 2),
    ("Seven people deported from the United States arrived in Kigali in August. Officials said "
     "in November that another group of deportees had arrived in Rwanda.", 2),
    ("The United States deported five men to Eswatini in July. A second flight carrying "
     "deportees landed in Mbabane in October, officials said.", 2),
    # the later batch is counted: one fact for it
    ("The United States deported five men to Eswatini in July. Ten more deportees arrived in "
     "Eswatini in October. The kingdom said it had received a further group of deportees.", 2),
])
def test_a_second_uncounted_batch_is_its_own_removal(extractor: Extractor, text: str,
                                                       expected: int) -> None:
    assert len(_removals(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # the person's lawyer speaks; the group is uncounted
    "The man's lawyer said deportees from the United States had been flown to Eswatini.",
    "Lawyers for the detainee said deportees from the United States had been flown to Eswatini.",
    # an institution whose name ends like a demonym is no person
    "The Vatican has criticised the flights that carried deportees from the United States to "
    "Eswatini.",
])
def test_no_one_person_in_a_possessive_or_an_institution(extractor: Extractor,
                                                          text: str) -> None:
    assert 1 not in {f.count for f in _removals(extractor, text)}


def test_a_plural_demonym_is_no_one_person(extractor: Extractor) -> None:
    text = ("The United States deported 238 Venezuelans to El Salvador. The Venezuelans were "
            "taken straight to CECOT, a mega-prison in Tecoluca.")
    assert 1 not in {f.count for f in _removals(extractor, text)}


# Round 7: a date in a dependent clause about another event does not date the removal: "before
# the administration terminated the agreements in 2021", "which opened last October" (authors
# d, i).
@pytest.mark.parametrize(("text", "expected"), [
    ("The United States deported more than 900 Hondurans and Salvadorans to Guatemala before "
     "the Biden administration terminated the agreements in 2021.", None),
    ("The United States deported 40 Venezuelans to El Salvador after a judge ruled in May that "
     "the flights could go ahead.", None),
    ("Britain sent 12 asylum seekers to Rwanda after the scheme, which was signed in April "
     "2022, was revived.", None),
    ("Italy's two centres in Albania, which opened last October, have held 40 migrants sent by "
     "Rome.", None),
    ("The United States flew 20 deportees to Eswatini, which signed the deal in June, on "
     "Saturday.", "2025-08-02"),
    # near-misses: the removal's own date stays, and a running count starts when its "since"
    # clause says (rule 11)
    ("Ghana has received 42 West Africans deported from the United States since the first "
     "flight landed in early July.", "2025-07"),
    ("The United States flew 20 deportees to Eswatini in July before the court ruled.", "2025-07"),
    ("In July, after weeks of talks, the United States sent 20 deportees to Eswatini.", "2025-07"),
])
def test_a_dependent_clause_dates_another_event(extractor: Extractor, text: str,
                                                expected: str | None) -> None:
    assert [f.date for f in _removals(extractor, text) if f.count] == [expected]


# Round 7: the receiver's own nationals counted apart in a mixed group are not among the
# people's nationalities (rule 13; authors b, i, j).
@pytest.mark.parametrize("text", [
    "On March 15, the United States deported 238 Venezuelans to El Salvador, along with 23 "
    "Salvadoran nationals accused of gang membership.",
    "The United States sent 241 Venezuelan deportees to El Salvador over the weekend, along with "
    "21 alleged MS-13 members who are Salvadoran citizens.",
    "The deportation flights the United States sent to El Salvador carried 238 Venezuelans and "
    "23 Salvadoran members of MS-13.",
    "The United States deported 238 Venezuelans to El Salvador; 23 Salvadorans were on the same "
    "flights.",
    "El Salvador received 238 Venezuelans deported from the United States, as well as 23 "
    "Salvadoran gang suspects.",
])
def test_own_nationals_counted_apart_are_not_the_groups(extractor: Extractor, text: str) -> None:
    facts = [f for f in _removals(extractor, text) if f.receiving_country == "SLV"]
    assert facts and all("SLV" not in f.nationalities and "VEN" in f.nationalities
                         for f in facts)


@pytest.mark.parametrize("text", [
    # a mixed group named together, not counted apart: both stay
    "The United States deported 40 Venezuelans and Salvadorans to El Salvador.",
    # the one count is the whole group
    "Twelve Salvadoran and Venezuelan men were deported from the United States to El Salvador.",
])
def test_own_nationals_not_counted_apart_stay(extractor: Extractor, text: str) -> None:
    facts = [f for f in _removals(extractor, text) if f.receiving_country == "SLV"]
    assert all("SLV" in f.nationalities for f in facts)


# Round 8: a movement over land that ends with a verb of leaving the people at a place ("driven
# across the frontier and left in Lomé"): the place is the destination (authors j, ua).
@pytest.mark.parametrize("text", [
    GHANA_BEFORE + "Lawyers said at least six of the group were put on a bus on Tuesday night, "
    "driven across the frontier at Aflao and left in Lomé.",
    GHANA_BEFORE + "Two of the men were driven across the eastern border and abandoned in Togo, "
    "their lawyers said.",
    GHANA_BEFORE + "According to their lawyers, the Nigerians were taken across the border by "
    "bus and dumped in Lomé without papers.",
    GHANA_BEFORE + "Several of the deportees were bused to the frontier and left stranded in "
    "Togo, a lawyer said.",
    GHANA_BEFORE + "Some of the men, who had been put on buses at night, were dropped off in "
    "Lomé, the Togolese capital.",
])
def test_people_left_in_a_neighbour(extractor: Extractor, text: str) -> None:
    pairs = _pairs(extractor, text)
    assert ("GHA", "TGO") in pairs
    assert ("USA", "TGO") not in pairs


@pytest.mark.parametrize("text", [
    # a movement still to come
    GHANA_BEFORE + "Officials said the men would be driven across the border and left in Lomé "
    "if the court allowed it.",
    # the person's own country: going home
    GHANA_BEFORE + "The Togolese man was driven home by relatives and left in Lomé with his "
    "family.",
    # no movement of people before the leaving verb
    GHANA_BEFORE + "A lawyer for the men said he had left copies of the court order in Lomé.",
])
def test_people_left_in_a_neighbour_near_misses(extractor: Extractor, text: str) -> None:
    assert ("GHA", "TGO") not in _pairs(extractor, text)


# Round 8: a running total given in a participial clause after a batch whose people are named by
# their origins ("26 men from Bangladesh …, bringing to 118 the number moved to Albania"): the
# origins belong to the batch, not to the total's clause, so the total is recorded (rule 7;
# authors ea, ta).
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "A charter carrying 40 migrants, most of them from India and Nepal, landed in "
     "San José on Tuesday, bringing to 240 the number of foreigners Costa Rica has received "
     "from the United States.", ("USA", "CRI", 240)),
    ("Italy has moved migrants to its centres in Albania since October. "
     "The latest group, 12 men from Egypt and Tunisia, arrived at the Albanian port of Shëngjin "
     "aboard an Italian navy ship on Monday, taking the total moved to Albania to 130.",
     ("ITA", "ALB", 130)),
    (US_STORY + "Nine more deportees from Cuba and Vietnam were flown to Eswatini by the United "
     "States on Friday, which brought the kingdom's total to 24.", ("USA", "SWZ", 24)),
    (US_STORY + "Twenty Afghans and Iranians deported by the United States were handed over to "
     "Mexican officers at Tijuana, pushing the number of non-Mexicans received this year to "
     "5,620.", ("USA", "MEX", 5620)),
    (US_STORY + "Ten men from Laos and Vietnam deported by the United States were flown to "
     "Kigali on Sunday. That brings to 17 the number of deportees Rwanda has taken in from "
     "Washington.", ("USA", "RWA", 17)),
])
def test_a_running_total_after_a_batch_named_by_origin(extractor: Extractor, text: str,
                                                       expected: tuple) -> None:
    assert _counts(extractor, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    # the total of another state, in a clause of its own
    (US_STORY + "A charter carrying 40 migrants from India, deported by the United States, "
     "landed in Costa Rica on Tuesday, and a separate flight took the total received by Panama "
     "to 299.", ("USA", "CRI", 40)),
    # a total of flights, not of people
    (US_STORY + "A charter carrying 40 migrants from India, deported by the United States, "
     "landed in San José on Tuesday, bringing to 75 the number of flights Costa Rica has "
     "handled this year.", ("USA", "CRI", 40)),
    # the receiver's own nationals listed apart are no part of the group (rule 13)
    (US_STORY + "Two planes carried 238 Venezuelans and 23 Salvadorans to El Salvador's CECOT "
     "prison on March 15.", ("USA", "SLV", 238)),
])
def test_a_running_total_after_a_batch_near_misses(extractor: Extractor, text: str,
                                                   expected: tuple) -> None:
    assert expected in _counts(extractor, text)


# Round 8: a group counted by the list of its nationalities ("13 Nigerians and a Gambian") adds
# up to the group; a count of the whole group in apposition before the list ("11 people — nine
# Nicaraguans and two Cubans") is the group's (rule 7; authors ta, ua, and dev).
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "The first group, 13 Nigerians and a Gambian, landed in Accra on Friday.",
     ("USA", "GHA", 14)),
    (US_STORY + "Eleven people — nine Nicaraguans and two Cubans — arrived in Honduras on a U.S. "
     "charter on Thursday.", ("USA", "HND", 11)),
    (US_STORY + "Ghana received four Malians, two Liberians and a Togolese man from the United "
     "States on Sunday.", ("USA", "GHA", 7)),
    (US_STORY + "Five Cubans and three Vietnamese were flown to Eswatini by the United States on "
     "Monday.", ("USA", "SWZ", 8)),
    (US_STORY + "The deportees, six Laotians and a Burmese man, were flown to Juba on July 5 "
     "after weeks in Djibouti.", ("USA", "SSD", 7)),
    (US_STORY + "The men — a Cuban, a Jamaican, a Laotian, a Vietnamese and a Yemeni national — "
     "were flown to Eswatini in July.", ("USA", "SWZ", 5)),
])
def test_a_group_counted_by_its_nationalities(extractor: Extractor, text: str,
                                              expected: tuple) -> None:
    counts = _counts(extractor, text)
    assert expected in counts
    assert len({c for d, r, c in counts if (d, r) == expected[:2]}) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the group named after "among them": the group's own count
    (US_STORY + "Twelve men, among them three Cubans and two Haitians, were flown to Eswatini "
     "on Monday.", ("USA", "SWZ", 12)),
    # a part of the group named by a list, some uncounted: the list adds up to nothing
    (US_STORY + "The deportees, among them Nigerians, a Gambian and a Liberian, were flown to "
     "Ghana on Sept. 5.", ("USA", "GHA", None)),
    # two groups sent to two places: no list
    (US_STORY + "Nine Nicaraguans arrived in Honduras on Thursday and two Cubans landed in "
     "Guatemala on Friday.", ("USA", "HND", 9)),
])
def test_a_group_counted_by_its_nationalities_near_misses(extractor: Extractor, text: str,
                                                          expected: tuple) -> None:
    assert expected in _counts(extractor, text)


# Round 8: the count of a definite group ("The men … were flown to Juba") given by the sentence
# after it, opening on the whole ("Of the eight, only one was …", "All eight had …", "Among the
# eight were …") as well as taking a part of it ("Only one of the eight is …") (authors o, ua).
DJIBOUTI_MEN = (US_STORY + "The men, who had been held for weeks at a U.S. base in Djibouti, "
                "were flown to Juba on July 5. ")


@pytest.mark.parametrize("text", [
    DJIBOUTI_MEN + "Of the eight, only one was South Sudanese; the others came from Cuba and Laos.",
    DJIBOUTI_MEN + "Only one of the eight is South Sudanese.",
    DJIBOUTI_MEN + "All eight had been convicted of violent crimes, the department said.",
    DJIBOUTI_MEN + "Among the eight were nationals of Cuba, Laos and Vietnam.",
    DJIBOUTI_MEN + "None of the eight is from South Sudan, officials said.",
])
def test_the_whole_group_counted_next(extractor: Extractor, text: str) -> None:
    assert ("USA", "SSD", 8) in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    DJIBOUTI_MEN + "Of the eight judges on the panel, two dissented.",
    DJIBOUTI_MEN + "Of the 14 countries approached, only South Sudan agreed.",
])
def test_the_whole_group_counted_next_near_misses(extractor: Extractor, text: str) -> None:
    assert {c for d, r, c in _counts(extractor, text) if (d, r) == ("USA", "SSD")} == {None}


# Round 8: "as soon as" before a past clause times a movement that happened ("emptied almost as
# soon as they were filled: the first 16 men were transferred …"); before a present or future
# one it still marks an expected movement (authors ea, l).
ITALY_STORY = "Italy has moved migrants to its centres in Albania since October. "


@pytest.mark.parametrize(("text", "expected"), [
    (ITALY_STORY + "The centres were emptied almost as soon as they were filled: the first 16 "
     "men were transferred by navy ship to Gjadër in October 2024.", ("ITA", "ALB")),
    (US_STORY + "As soon as the judge ruled, the eight men were flown to South Sudan.",
     ("USA", "SSD")),
    (US_STORY + "The men were put on a plane to Juba as soon as the Supreme Court had lifted the "
     "order.", ("USA", "SSD")),
    (US_STORY + "Ghana took in 14 deportees from the United States as soon as the memorandum "
     "was signed in September.", ("USA", "GHA")),
    (US_STORY + "Rwanda received seven people from the United States in August, almost as soon "
     "as the deal took effect.", ("USA", "RWA")),
])
def test_as_soon_as_a_past_event(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    US_STORY + "The men will be flown to South Sudan as soon as the court allows it.",
    US_STORY + "Officials said deportees could be flown to Eswatini as soon as next week.",
    US_STORY + "Twelve men are to be flown to Rwanda as soon as the agreement is finalized.",
])
def test_as_soon_as_a_future_event(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


# Round 8: people "flown in" with no place after the verb went where the sentence holds them: a
# named facility, a state named in the holding phrase, or "the capital" of a story filed from
# there (authors j, ua).
@pytest.mark.parametrize(("text", "expected"), [
    ("YAOUNDÉ, Cameroon — At least nine people deported from the United States have been held "
     "at a compound in the capital since they were flown in last month, their lawyers said.",
     ("USA", "CMR", 9)),
    (US_STORY + "The new arrivals were taken to the Matsapha Correctional Centre, where the first "
     "five men have been kept since they were flown in in July.", ("USA", "SWZ", 5)),
    (US_STORY + "Since they were flown in on a chartered jet in July, the five men have been "
     "detained at a prison in Eswatini.", ("USA", "SWZ", 5)),
    (US_STORY + "Seven deportees have been housed at a hostel in Kigali ever since they were "
     "brought in from the United States in August.", ("USA", "RWA", 7)),
    (US_STORY + "Lawyers say the 14 West Africans are detained at the Bundase military camp, "
     "where they have been held since being flown in on September 5.", ("USA", "GHA", 14)),
])
def test_people_flown_in_are_where_they_are_held(extractor: Extractor, text: str,
                                                 expected: tuple) -> None:
    assert expected in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    # held in the sender's own land
    US_STORY + "The men have been held at a detention centre in Louisiana since they were "
    "flown in from Texas.",
    # no people moved: officials flown in
    US_STORY + "Officials flown in for the talks were housed at a hotel in Kigali.",
])
def test_people_flown_in_near_misses(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


# Round 8: lines of a list labelled by a receiving state ("• South Sudan: …"): each line is an
# entry of its own (no onward removal from the line before), and a movement the line leaves
# without a place reached the labelled state (authors o, ua).
TALLY = (US_STORY + "Where deportees have been sent:\n\n"
         "• Eswatini: of the 15 men sent to the kingdom since July, most are still held.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (TALLY + "• South Sudan: the families of the men flown to Juba in July have had no contact "
     "with them.", ("USA", "SSD")),
    (TALLY + "South Sudan: Eight men flown in July after weeks in Djibouti.\n", ("USA", "SSD")),
    (TALLY + "Rwanda: Seven in August. Officials told reporters in November that a second group "
     "had arrived.\n", ("USA", "RWA")),
    (TALLY + "- Ghana: At least 14 West Africans were deported in September, lawyers say.\n",
     ("USA", "GHA")),
    (TALLY + "Uganda: A first group of 14 people arrived in August, officials say.\n",
     ("USA", "UGA")),
])
def test_a_line_labelled_by_the_receiving_state(extractor: Extractor, text: str,
                                                expected: tuple) -> None:
    pairs = _pairs(extractor, text)
    assert expected in pairs
    assert ("SWZ", expected[1]) not in pairs


@pytest.mark.parametrize(("text", "absent"), [
    # a label that is not a state: the movement keeps its own place
    (TALLY + "Note: the men were flown to Juba in July.", ("SWZ", "USA")),
    # nobody moved in the labelled line
    (TALLY + "Kenya: officials said no deportees have been sent so far.", ("USA", "KEN")),
    # the label is the sender
    (TALLY + "United States: the administration flew eight men to Juba in July.",
     ("USA", "USA")),
])
def test_a_labelled_line_near_misses(extractor: Extractor, text: str, absent: tuple) -> None:
    assert absent not in _pairs(extractor, text)


def _dated(extractor: Extractor, text: str) -> set[tuple[str, str, int | None, str | None]]:
    return {(f.deporting_country, f.receiving_country, f.count, f.date)
            for f in _removals(extractor, text)}


# A running total counted over more than one month has no date, whatever day its new batch
# arrived ("landed on Monday, bringing to 15 the number … since July": dev n05, n10, d19); a
# total within one month takes the day its new batch arrived, or the day it counts from.
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Ten more men deported by the United States landed in Eswatini on Monday, "
     "bringing to 15 the number of deportees the kingdom has received since July.",
     ("USA", "SWZ", 15, None)),
    (US_STORY + "On Saturday a flight with 14 people deported by the United States landed in "
     "Accra, which brought to 42 the number of West Africans Ghana has received since June.",
     ("USA", "GHA", 42, None)),
    (US_STORY + "Eight more deportees were flown to Kigali by the United States on July 30, "
     "taking the total Rwanda has received since May to 15.", ("USA", "RWA", 15, None)),
    (US_STORY + "The charter carrying 40 migrants deported by the United States that landed in "
     "Costa Rica on Tuesday brought to 240 the number of foreigners the country has received "
     "since February.", ("USA", "CRI", 240, None)),
    (US_STORY + "Mexico received 120 more non-Mexicans from the United States on August 1, "
     "pushing the total received since January to 5,600.", ("USA", "MEX", 5600, None)),
])
def test_a_running_total_over_months_is_undated(extractor: Extractor, text: str,
                                                expected: tuple) -> None:
    assert expected in _dated(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Ten more men deported by the United States landed in Eswatini on Monday, "
     "bringing to 15 the number of deportees the kingdom has received since August 1.",
     ("USA", "SWZ", 15, "2025-08-04")),
    (US_STORY + "Ten more men deported by the United States landed in Eswatini this week, "
     "bringing to 15 the number of deportees the kingdom has received since August 1.",
     ("USA", "SWZ", 15, "2025-08-01")),
])
def test_a_running_total_within_one_month_keeps_its_date(extractor: Extractor, text: str,
                                                         expected: tuple) -> None:
    assert expected in _dated(extractor, text)


# Round 8: an uncounted removal dated before, and apart from, every counted one of its pair is an
# earlier batch of its own ("the first groups brought there last October" beside "the first 40
# … transferred on Friday"), unless a counted one is a total that takes it in (authors l, o, x).
@pytest.mark.parametrize("text", [
    ITALY_STORY + "The first 40 people were transferred to Gjadër on Friday by naval ship. "
    "Judges in Rome had refused to validate the detention of the first asylum seekers brought "
    "there in October 2024.",
    ITALY_STORY + "Fourteen men were taken to Albania aboard a navy patrol boat on January 8, "
    "2026. The first asylum seekers were taken there in October 2024, but judges freed them.",
    ITALY_STORY + "In October 2024 the first migrants were shipped to Albania and sent back "
    "within days. On April 11, 2025, 40 more were transferred to Gjadër.",
    ITALY_STORY + "Italian authorities moved asylum seekers to Shëngjin in November 2024. Some "
    "26 men were moved to Gjadër on June 11, 2025.",
    ITALY_STORY + "The first 16 men arrived in Albania in October 2024. Then, on April 11, 2025, "
    "Italy transferred 40 people to Gjadër.",
])
def test_an_earlier_uncounted_batch(extractor: Extractor, text: str) -> None:
    counts = {c for d, r, c in _counts(extractor, text) if (d, r) == ("ITA", "ALB")}
    assert None in counts or len(counts) > 1


@pytest.mark.parametrize("text", [
    # a total that takes the earlier batch in
    ITALY_STORY + "The first asylum seekers were taken to Albania in October 2024. Some 120 "
    "people have been transferred to Gjadër since then, bringing the total to 120 on June 11, "
    "2025.",
    # the same month: the same event
    ITALY_STORY + "Forty people were transferred to Gjadër on April 11, 2025. Migrants were "
    "taken to Albania in April 2025 by naval ship.",
])
def test_an_earlier_uncounted_batch_near_misses(extractor: Extractor, text: str) -> None:
    assert None not in {c for d, r, c in _counts(extractor, text) if (d, r) == ("ITA", "ALB")}


# Round 8: a negation inside a relative clause that describes the people ("The three men, whose
# nationalities have not been disclosed, arrived in Koror") does not negate their movement
# (authors e, n, ta).
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "The three men, whose nationalities have not been disclosed, arrived in Koror on "
     "a commercial flight on December 9.", ("USA", "PLW")),
    (US_STORY + "The seven, who had not been charged with any crime, were flown to Kigali in "
     "mid-August.", ("USA", "RWA")),
    (US_STORY + "The men, whose names were never made public, landed in Accra on Friday.",
     ("USA", "GHA")),
    (US_STORY + "Five deportees, none of whom had a criminal record that was not already spent, "
     "were sent to Eswatini in July.", ("USA", "SWZ")),
    (US_STORY + "The group, which did not include any children, was flown to Juba on July 5.",
     ("USA", "SSD")),
])
def test_a_negated_relative_clause_keeps_the_removal(extractor: Extractor, text: str,
                                                     expected: tuple) -> None:
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    US_STORY + "The men, whose nationalities were disclosed, have not been flown to Kigali.",
    US_STORY + "The men, who were detained in Texas, were never sent to Eswatini.",
])
def test_a_negated_relative_clause_near_misses(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


# Round 8: a participle describing a definite group, dated in the past ("The Venezuelans sent to
# the CECOT mega-prison last March", "the men flown to Juba in July"), presupposes the removal
# (authors ta, ua).
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "The Venezuelans sent to the CECOT mega-prison last March were flown home to "
     "Caracas in July.", ("USA", "SLV")),
    (US_STORY + "Families of the men flown to Juba in July have had no news of them.",
     ("USA", "SSD")),
    (US_STORY + "Lawyers for the Cubans deported to Eswatini on July 16 say they have no access "
     "to counsel.", ("USA", "SWZ")),
    (ITALY_STORY + "The migrants transferred to Albania in October were brought back within "
     "days.", ("ITA", "ALB")),
    (US_STORY + "A court heard that the deportees removed to Ghana in June had no chance to seek "
     "asylum.", ("USA", "GHA")),
])
def test_a_dated_definite_group_was_moved(extractor: Extractor, text: str,
                                          expected: tuple) -> None:
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    US_STORY + "The men sent to Juba next month will be held by the government.",
    US_STORY + "Migrants sent to Rwanda face detention, critics say.",
])
def test_a_dated_definite_group_near_misses(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


# Round 8: putting people on a vehicle read from its parts ("was put on a scheduled flight to
# Paris", "put him on a bus to Nogales", "put the 14 men aboard a chartered plane"), not only
# the lexicon's "put on a flight" (authors b, ea, ta).
UK_STORY = "Britain has begun returning small-boat migrants to France under a pilot deal. "


@pytest.mark.parametrize(("text", "expected"), [
    (UK_STORY + "The first person to be removed under the pilot was put on a scheduled flight to "
     "Paris this morning, the Home Office confirmed.", ("GBR", "FRA")),
    (US_STORY + "Immigration officers put him on a bus to Nogales, Sonora, and handed him over "
     "to Mexican authorities.", ("USA", "MEX")),
    (US_STORY + "Officials put the 14 men aboard a chartered plane to Accra on Friday.",
     ("USA", "GHA")),
    (US_STORY + "The Gambian man, lawyers said, was put on board a commercial flight to Kigali.",
     ("USA", "RWA")),
    (US_STORY + "Seven men were taken from the detention centre on Monday. They were put on a "
     "military plane to Juba the same night.", ("USA", "SSD")),
])
def test_people_put_on_a_vehicle(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    # one person, the subject of a clause split off before the verb's, or its pronoun object
    (UK_STORY + "The first person to be removed under the UK–France pilot was put on a scheduled "
     "flight to Paris this morning.", ("GBR", "FRA", 1)),
    (US_STORY + "Immigration officers put him on a bus to Nogales and handed him over to Mexican "
     "authorities.", ("USA", "MEX", 1)),
    (US_STORY + "Agents flew her to Kigali on a commercial flight in August.", ("USA", "RWA", 1)),
])
def test_one_person_put_on_a_vehicle(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    US_STORY + "The plan to send migrants to Rwanda was put on hold in 2024.",
    US_STORY + "Officials put pressure on Ghana to accept the men on a flight next week.",
    US_STORY + "The men will be put on a plane to Juba once the court rules.",
])
def test_people_put_on_a_vehicle_near_misses(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, text) == set()


# Round 8: a handover with its object inside ("handed him over to Mexican authorities", "turned
# the men over to Togolese police") is a handover like "handed over" (authors ta; and the
# gen stories e, h with "handing them over to Italian officers").
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Immigration officers drove him to the border and handed him over to Mexican "
     "authorities.", ("USA", "MEX")),
    (GHANA_BEFORE + "Lawyers said Ghanaian officers turned the two men over to Togolese police "
     "at Aflao.", ("GHA", "TGO")),
    (GHANA_BEFORE + "Two of them were later handed over to Togolese immigration officers.",
     ("GHA", "TGO")),
    (US_STORY + "Agents handed 12 Haitians over to Mexican immigration officers at the crossing.",
     ("USA", "MEX")),
    (GHANA_BEFORE + "Ghanaian soldiers handed them over to Togolese police at night, lawyers "
     "said.", ("GHA", "TGO")),
])
def test_a_handover_with_its_object_inside(extractor: Extractor, text: str,
                                           expected: tuple) -> None:
    assert expected in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    US_STORY + "The ministry handed the documents over to Mexican officials on Monday.",
    US_STORY + "Officials will hand them over to Mexican authorities next week.",
])
def test_a_handover_with_its_object_inside_near_misses(extractor: Extractor, text: str) -> None:
    assert ("USA", "MEX") not in _pairs(extractor, text)


def _nationality_lists(extractor: Extractor, text: str) -> list[list[str]]:
    return [f.nationalities for f in _removals(extractor, text)]


# Round 8: one person removed, whose nationality the next sentence gives ("The man, an Indian
# national, …") (authors b, ea).
@pytest.mark.parametrize("text", [
    UK_STORY + "Britain sent a man back to France on Thursday, the Home Office said. The man, an "
    "Indian national, was put on a commercial flight from Heathrow in the morning.",
    UK_STORY + "The first person removed under the pilot was flown to Paris this morning. The "
    "man, an Indian national who crossed in August, had been held at an immigration centre.",
    UK_STORY + "One migrant was returned to France on Thursday. The Indian man had arrived by "
    "small boat in August.",
    UK_STORY + "A single asylum seeker was removed to France on Thursday. Officials said the "
    "man, who is Indian, had crossed the Channel in August.",
    UK_STORY + "Britain returned its first migrant to France on Thursday. The man is an Indian "
    "national, officials said.",
])
def test_one_persons_nationality_named_next(extractor: Extractor, text: str) -> None:
    assert ["IND"] in _nationality_lists(extractor, text)


@pytest.mark.parametrize("text", [
    # a group of many: "the man" after it is somebody else
    UK_STORY + "Britain returned 40 migrants to France on Thursday. The man who ran the centre, "
    "an Indian national, resigned.",
    # the next sentence is about an official
    UK_STORY + "Britain returned a migrant to France on Thursday. Home Secretary Shabana "
    "Mahmood, who visited India last week, called it a first step.",
])
def test_one_persons_nationality_named_next_near_misses(extractor: Extractor, text: str) -> None:
    assert ["IND"] not in _nationality_lists(extractor, text)


# Round 8: a relative clause retelling the transfer of part of a group the story counts ("six men
# who had been transferred to Gjadër", "Three men who had been taken to Gjadër in April have
# since been deported to Egypt") is no removal of its own (authors ea, x).
FOURTEEN_TAKEN = ITALY_STORY + ("Fourteen men were taken to Albania aboard a navy patrol boat on "
                                "January 8. ")


@pytest.mark.parametrize("text", [
    FOURTEEN_TAKEN + "On Wednesday a court declined to validate the detention of six men who had "
    "been transferred to the centre at Gjadër, in northern Albania.",
    FOURTEEN_TAKEN + "Three men who had been taken to Gjadër in January have since been deported "
    "to Egypt.",
    FOURTEEN_TAKEN + "Lawyers for four of them who have been moved to Gjadër in northern Albania "
    "said they would appeal.",
    FOURTEEN_TAKEN + "A judge freed two migrants that had been brought to Albania by the navy.",
    FOURTEEN_TAKEN + "Five detainees who had previously been sent to Albania were returned to "
    "Italy on Friday.",
])
def test_part_of_a_group_told_again(extractor: Extractor, text: str) -> None:
    assert {c for d, r, c in _counts(extractor, text) if (d, r) == ("ITA", "ALB")} == {14}


@pytest.mark.parametrize(("text", "expected"), [
    # a larger group told again: its own count
    (FOURTEEN_TAKEN + "Twenty men who had been transferred to Gjadër in December were freed.",
     {14, 20}),
    # a new batch told in a main clause
    (FOURTEEN_TAKEN + "Six more men were transferred to Gjadër on Friday.", {6, 14}),
])
def test_part_of_a_group_told_again_near_misses(extractor: Extractor, text: str,
                                                expected: set) -> None:
    assert {c for d, r, c in _counts(extractor, text) if (d, r) == ("ITA", "ALB")} == expected


# A receiving verb in the passive: the people are its subject and the receiving state is its
# agent ("received by Ghana") or the one state named around it (authors ga, o, ta).
US_STORY = "The United States has been deporting migrants to third countries. "


@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "At least 42 West Africans have now been received by Ghana, the interior "
     "ministry said.", ("USA", "GHA", 42)),
    (US_STORY + "Some 30 Asian migrants were accepted by Costa Rica last month.",
     ("USA", "CRI", 30)),
    (US_STORY + "Kigali said that seven deportees had been received by Rwanda in August.",
     ("USA", "RWA", 7)),
    (US_STORY + "Ghana signed a memorandum in September under "
     "which at least 42 West Africans have been received, according to the interior ministry.",
     ("USA", "GHA", 42)),
    (US_STORY + "In Eswatini, officials confirmed that 15 men had been received so far, all "
     "of them held at Matsapha.", ("USA", "SWZ", 15)),
])
def test_people_received_in_the_passive(extractor: Extractor, text: str, expected) -> None:
    assert expected in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    # a future or possible reception is no removal
    US_STORY + "At least 42 West Africans could be received by Ghana under the deal.",
    # a thing received, not people
    US_STORY + "The request was received by Ghana's foreign ministry last week.",
])
def test_people_received_in_the_passive_near_misses(extractor: Extractor, text: str) -> None:
    assert not [f for f in _removals(extractor, text) if f.receiving_country == "GHA"]


# A counted group whose noun is left out after "its first", "another", "a further": in a story
# about deportations, the people a state received or took in (authors ga, j, ua).
@pytest.mark.parametrize(("text", "expected"), [
    (US_STORY + "Rwanda received its first seven in August.", ("USA", "RWA", 7)),
    (US_STORY + "Eswatini took in another ten in October.", ("USA", "SWZ", 10)),
    (US_STORY + "Ghana has now accepted a further 14 from the United States.",
     ("USA", "GHA", 14)),
    (US_STORY + "Kigali received the first seven on August 15, a government spokeswoman said.",
     ("USA", "RWA", 7)),
    (US_STORY + "After weeks of talks, Uganda received the first seven. They came on a "
     "charter.", ("USA", "UGA", 7)),
])
def test_a_counted_group_without_its_noun(extractor: Extractor, text: str, expected) -> None:
    assert expected in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    # the noun left out is a thing, named after the number
    US_STORY + "Rwanda received its first seven applications in August.",
    # not a verb of taking people in
    US_STORY + "Rwanda won its first seven matches in August.",
    US_STORY + "Rwanda signed the first seven in August.",
])
def test_a_counted_group_without_its_noun_near_misses(extractor: Extractor, text: str) -> None:
    assert not [f for f in _removals(extractor, text) if f.receiving_country == "RWA"]


# "there", "the centre" pointing back to a named place of detention of the sentence before,
# rather than to a state named there only as an attribute ("the Luxembourg judgment") or as the
# sender's (authors c, ha).
ITALY_CENTRES = "Italy's government has changed what its centres abroad are for. "


@pytest.mark.parametrize(("text", "expected"), [
    (ITALY_CENTRES + "Since the spring, Gjader has served as a pre-removal site, a use the "
     "Luxembourg judgment does not touch. Around 40 men were moved there in October.",
     ("ITA", "ALB", 40)),
    (ITALY_CENTRES + "The referral arose from the case of a Moroccan man moved to Gjader from a "
     "centre in Rome. Some 120 people have been transferred to the centre since April.",
     ("ITA", "ALB", 120)),
    (US_STORY + "Lawyers visited the Matsapha Correctional Centre last week, a trip the Dutch "
     "embassy paid for. Five more men were flown there on Friday.", ("USA", "SWZ", 5)),
    (ITALY_CENTRES + "Gjader, which a court in Rome has criticised, holds few people. In "
     "October, about 40 men were sent there from Sicily.", ("ITA", "ALB", 40)),
    (US_STORY + "CECOT, the mega-prison a Spanish court has criticised, is huge. In March the "
     "administration flew 238 Venezuelans there.", ("USA", "SLV", 238)),
])
def test_there_points_back_to_a_named_place(extractor: Extractor, text: str, expected) -> None:
    assert expected in _counts(extractor, text)


@pytest.mark.parametrize("text", [
    # a future move there is no removal
    US_STORY + "Lawyers visited the Matsapha Correctional Centre last week, a trip the Dutch "
    "embassy paid for. Five more men are expected to be flown there next month.",
    # no movement: people visiting the place
    ITALY_CENTRES + "The referral arose from the case of a Moroccan man held at Gjader. Some "
    "120 lawyers have visited the centre since April.",
])
def test_there_points_back_to_a_named_place_near_misses(extractor: Extractor, text: str) -> None:
    assert not [f for f in _removals(extractor, text) if f.receiving_country in ("SWZ", "ALB")]


# An earlier batch told again beside a running total that includes it ("bringing to 15 the
# number …" then "the first five have been held since July"): the total is the removal
# (FACTS.md rule 7; authors ga, o).
@pytest.mark.parametrize("text", [
    "Ten more men deported from the United States landed in Eswatini on Monday, bringing to 15 "
    "the number the kingdom has taken in since July. The first five men have been held at "
    "Matsapha since mid-July.",
    "Ten men deported from the United States landed in Eswatini on Monday, bringing to 15 the "
    "number of deportees it has received. The first five deportees, who arrived in mid-July, "
    "are still held at the same prison.",
    "Ten more U.S. deportees arrived in Mbabane on Monday, bringing to 15 the number Eswatini "
    "has received. Its first five arrived in mid-July.",
    "Ten more men deported from the United States were flown to Eswatini on Monday, bringing "
    "the total it has taken in to 15. Officials said the latest arrivals were taken to the "
    "prison where the first five men have been held since mid-July.",
    "Ten men deported from the United States landed in Eswatini on Monday, bringing to 15 the "
    "number it has taken in since July. The original five deportees, who were sent there in "
    "mid-July, remain in custody.",
])
def test_an_earlier_batch_inside_a_running_total(extractor: Extractor, text: str) -> None:
    assert {c for d, r, c in _counts(extractor, text) if (d, r) == ("USA", "SWZ")} == {15}


@pytest.mark.parametrize(("text", "expected"), [
    # no running total: both batches are removals
    ("Ten more men deported from the United States landed in Eswatini on Monday. The first "
     "five men deported from the United States arrived in Eswatini in mid-July.",
     {("USA", "SWZ", 10), ("USA", "SWZ", 5)}),
    # the earlier batch went to another state
    ("Ten more men deported from the United States landed in Eswatini on Monday, bringing to 15 "
     "the number the kingdom has taken in since July. Rwanda received its first seven deportees "
     "from the United States in August.", {("USA", "SWZ", 15), ("USA", "RWA", 7)}),
])
def test_an_earlier_batch_inside_a_running_total_near_misses(extractor: Extractor, text: str,
                                                             expected: set) -> None:
    assert _counts(extractor, text) == expected


def _counted(extractor: Extractor, text: str) -> set[tuple[str, str, int | None]]:
    return {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)}


# A counted group told as the subject, then an aside set off by commas that has a clause of its
# own ("while lawyers fought", "as their cases went on"), then the movement verb: the count is
# still the group's (authors ka, o, ma: "The eight men, who had spent weeks … while lawyers
# fought over their fate, were flown into Juba").
@pytest.mark.parametrize(("text", "expected"), [
    ("The eight men deported by the United States, who had spent weeks in Djibouti while "
     "lawyers fought over their fate, were flown into Juba on July 5.", ("USA", "SSD", 8)),
    ("Twelve Venezuelans, whom ICE had held in Texas while their appeals were heard, were "
     "deported by the United States to El Salvador on Monday.", ("USA", "SLV", 12)),
    ("Forty migrants, who were rescued at sea as their boat sank, were taken by Italy to "
     "Albania on Tuesday.", ("ITA", "ALB", 40)),
    ("The 14 West Africans, detained in Louisiana while their cases went through the courts, "
     "were deported from the United States to Ghana.", ("USA", "GHA", 14)),
    ("Seven deportees, whose cases a judge was still weighing when the plane left, were "
     "removed by the US to Rwanda in mid-August.", ("USA", "RWA", 7)),
    ("Ten men deported from the United States, who had waited for months while lawyers "
     "appealed, were flown to Eswatini on Monday.", ("USA", "SWZ", 10)),
])
def test_a_counted_subject_keeps_its_count_across_an_aside(
        extractor: Extractor, text: str, expected: tuple) -> None:
    assert _counted(extractor, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    # the count belongs to another clause, not set off as an aside about the group
    ("About 300 people protested in Rome while Italy flew migrants to Albania on Tuesday.",
     {("ITA", "ALB", None)}),
    ("Some 40 lawyers, who filed the case, said that migrants were later flown by the United "
     "States to Eswatini.", {("USA", "SWZ", None)}),
])
def test_a_counted_subject_keeps_its_count_across_an_aside_near_misses(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _counted(extractor, text) == expected


# A date inside a relative clause on the subject tells the people's earlier history, not the
# movement the main verb reports (authors ha, pa, ma: "An Indian national who crossed the
# Channel in August was removed to France on Thursday", "The eight men whom the United States
# had been holding … since May were flown on to Juba … on Friday").
@pytest.mark.parametrize(("text", "expected"), [
    ("An Indian national who crossed the Channel in a small boat in August was removed by "
     "Britain to France on July 18.", "2025-07-18"),
    ("The eight men whom ICE had been holding in Louisiana since May were deported by the "
     "United States to South Sudan on July 4.", "2025-07-04"),
    ("A Cuban man who had lived in Kentucky since 2016 was deported by the United States to "
     "Mexico on June 30.", "2025-06-30"),
    ("Migrants whose boats were intercepted in March were transferred by Italy to Albania in "
     "April.", "2025-04"),
    ("Deportees who had been held in Texas since February were flown by the United States to "
     "Costa Rica on March 3.", "2025-03-03"),
    ("The Jamaican man who was convicted of robbery in 2004 was deported by the United States to "
     "Eswatini on July 16.", "2025-07-16"),
])
def test_a_date_in_the_subjects_relative_clause_is_not_the_removals(
        extractor: Extractor, text: str, expected: str) -> None:
    assert [r.date for r in _removals(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the movement is itself in the relative clause
    ("Migrants who in April were flown by Italy to Albania have since been released.",
     "2025-04"),
    ("Migrants who during April were transferred by Italy to Albania have since been released.",
     "2025-04"),
    ("Forty men who were deported by the United States to Eswatini in July are held at Matsapha "
     "prison.", "2025-07"),
])
def test_a_date_in_the_subjects_relative_clause_is_not_the_removals_near_misses(
        extractor: Extractor, text: str, expected: str) -> None:
    assert [r.date for r in _removals(extractor, text)] == [expected]


RWANDA_DEAL = "Rwanda agreed in June to take in up to 250 people deported from the United States. "


# A counted group of sent people arriving, the place left unsaid: the state just named (authors
# ua, ta, ma: "a first group of seven had arrived in mid-August", "a second group of eight
# landed on Monday", "238 members of the gang had arrived overnight").
@pytest.mark.parametrize(("text", "expected"), [
    (RWANDA_DEAL + "A first group of seven had arrived in mid-August, officials said.",
     ("USA", "RWA", 7)),
    (RWANDA_DEAL + "Officials said seven deportees arrived in mid-August.", ("USA", "RWA", 7)),
    (RWANDA_DEAL + "Government spokesperson Yolande Makolo said that a first group of seven "
     "had arrived in mid-August.", ("USA", "RWA", 7)),
    ("Honduras agreed in June to take in migrants deported from the United States. A second "
     "group of eight landed on Monday.", ("USA", "HND", 8)),
    ("El Salvador agreed to hold people deported from the United States in its CECOT prison. "
     "In a post, Bukele said 238 more prisoners had arrived overnight.",
     ("USA", "SLV", 238)),
])
def test_a_counted_group_arriving_reaches_the_state_just_named(
        extractor: Extractor, text: str, expected: tuple) -> None:
    assert _counted(extractor, text) == {expected}


@pytest.mark.parametrize("text", [
    # people arriving by themselves, or a subject with a clause of its own
    RWANDA_DEAL + "The coastguard said 500 migrants arrived on Friday.",
    RWANDA_DEAL + "Seven people who were rescued at sea arrived on Friday.",
    RWANDA_DEAL + "Seven officials had arrived for the talks.",
])
def test_a_counted_group_arriving_reaches_the_state_just_named_near_misses(
        extractor: Extractor, text: str) -> None:
    assert _counted(extractor, text) == set()


# A total stated as the perfect of a sending or receiving verb with "now" or "so far" ("has now
# received 15 men", "312 people have now been returned", "has so far taken in seven") counts
# every batch so far: FACTS.md rule 7 records it, not the batch the same text reports.
@pytest.mark.parametrize(("text", "expected"), [
    ("Eswatini has now received 15 men deported from the United States, after a second group "
     "of ten landed in Mbabane on Monday.", {("USA", "SWZ", 15)}),
    ("Britain has now sent 153 people to France under the pilot, officials said, after a "
     "charter carrying 41 more migrants landed in Paris on Wednesday.", {("GBR", "FRA", 153)}),
    ("Some 312 migrants have now been sent back to France from Britain under the scheme, "
     "including 41 this week.", {("GBR", "FRA", 312)}),
    ("A further 14 West Africans deported from the United States landed in Accra on Friday. "
     "Ghana has so far received 56 of them, the interior ministry said.", {("USA", "GHA", 56)}),
    ("Rwanda, which has now accepted 20 migrants from the United States, welcomed a group of "
     "six of them in Kigali on Thursday.", {("USA", "RWA", 20)}),
    ("Ten more men from the United States arrived in Eswatini on Sunday. In all, the kingdom "
     "had by then received 15 deportees from Washington.", {("USA", "SWZ", 15)}),
])
def test_a_total_in_the_perfect_with_now_is_the_count(
        extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no number after the verb: the batch keeps its own count
    ("Ten men deported from the United States landed in Eswatini on Monday and have now been "
     "taken to Matsapha prison.", {("USA", "SWZ", 10)}),
    # a total of things, not of people
    ("Eight men deported from the United States landed in Juba on Friday; the court has now "
     "received 40 complaints about the flight.", {("USA", "SSD", 8)}),
])
def test_a_total_in_the_perfect_with_now_is_the_count_near_misses(
        extractor: Extractor, text: str, expected: set) -> None:
    assert {(f.deporting_country, f.receiving_country, f.count)
            for f in _removals(extractor, text)} == expected


# Rule 13, the receiver's own nationals counted apart from the others on the same flight: the
# others' count is the removal's, however the text splits the group (a demonym after the
# others' count, a spelled-out or partitive own share, "not <demonym>" in the next sentence).
_DEPORTATIONS = "The United States has stepped up deportations. "


@pytest.mark.parametrize(("text", "count"), [
    # the others' count right before their demonyms, coordinated with the own share
    ("A charter flight from the United States landed in Tashkent carrying 131 Uzbek citizens "
     "and seven Tajik and Kyrgyz nationals.", 7),
    ("A US deportation flight landed in Tegucigalpa with 140 Honduran nationals and 11 "
     "Venezuelans on board.", 11),
    # the own share spelled out and partitive, the others in the next sentence
    ("A plane carrying 131 people deported from the United States landed in Tashkent on "
     "Sunday. Eighty-seven of the passengers were Uzbek citizens. The remaining 44 were "
     "nationals of Kyrgyzstan and Tajikistan.", 44),
    # the majority own, then a count "not <demonym>" in the sentence after
    ("Honduras received 150 deportees from the United States on Tuesday. The vast majority "
     "were Hondurans. Twelve of them were not Honduran, officials said.", 12),
    # both shares in one sentence opened by the whole group, shares as clauses
    ("Of the 95 people the United States deported to Tashkent last week, 80 were Uzbek "
     "citizens and 15 were Kyrgyz.", 15),
    # a group counted before a dash is itemised after it: the group's count stays
    ("Alongside roughly 120 Honduran nationals, the plane carried a dozen third-country "
     "nationals — nine Venezuelans and three Nicaraguans — who were sent to Honduras.", 12),
])
def test_the_others_counted_apart_from_own_nationals_are_the_removal(
        extractor: Extractor, text: str, count: int) -> None:
    assert [f.count for f in _removals(extractor, _DEPORTATIONS + text)] == [count]


@pytest.mark.parametrize("text", [
    # only the receiver's own nationals: no third-country removal
    "A charter flight from the United States landed in Tashkent carrying 131 Uzbek citizens.",
    # a count of a kind of people, not of another nationality
    "A US flight landed in Tashkent carrying 131 Uzbek citizens and seven children.",
    # a share after the own majority that is no nationality
    "The plane landed in Tashkent with 131 Uzbek citizens deported from the United States. "
    "Most were men. But 22 of them were women.",
])
def test_own_nationals_with_a_share_of_no_other_nationality_are_no_removal(
        extractor: Extractor, text: str) -> None:
    assert _removals(extractor, _DEPORTATIONS + text) == []


# Rule 4, people held at the deporting state's own centre on another state's soil: "held at its
# centre(s) in <state>" is a removal to the state the centre is in, told with an auxiliary, a
# named subject, or a time the holding lasts since; a centre at home reaches no state.
@pytest.mark.parametrize(("text", "pair"), [
    ("Italy has held people awaiting deportation at its centre in Gjadër, in northern Albania, "
     "since April.", ("ITA", "ALB")),
    ("Rome detained more than 100 migrants at its two facilities in Albania last year.",
     ("ITA", "ALB")),
    ("Some 40 asylum seekers picked up at sea have been housed at Italy's new camp at Gjader "
     "since October.", ("ITA", "ALB")),
    ("Italy remains the only EU state to have moved deportees abroad, with a few hundred men "
     "held at its centres in Albania since late 2024.", ("ITA", "ALB")),
    ("Migrants facing deportation have been detained by Italy at its centre in Albania, the "
     "ministry said.", ("ITA", "ALB")),
])
def test_people_held_at_the_senders_centre_abroad_are_removed_there(
        extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert _pairs(extractor, text) == {pair}


@pytest.mark.parametrize("text", [
    # a plan or a condition: nobody held yet
    "Italy plans to hold up to 3,000 migrants a month at its centres in Albania.",
    "Under the deal, migrants facing deportation would be held at Italy's centres in Albania.",
    # a participle describing people in a ruling, no holding told
    "The court ruled on the deportation of two Bangladeshi migrants held at its centre in "
    "Albania.",
    # a centre at home: no state reached, not the state named later
    "Britain has held 300 asylum seekers at its camp in Kent since January, with the "
    "deportation flights to Rwanda stalled.",
])
def test_people_not_held_at_a_centre_abroad_are_no_removal(
        extractor: Extractor, text: str) -> None:
    assert _removals(extractor, text) == []


# Rules 7 and 13 across sentences: a removal told without a count ("flew deportees to El
# Salvador") whose people another sentence counts apart from the receiver's own nationals
# ("238 Venezuelans … and 23 Salvadorans"): the others' count is the removal's.
_UNCOUNTED = "The United States flew deportees to El Salvador on Saturday despite a court order. "


@pytest.mark.parametrize(("text", "count"), [
    # "aboard" with a relative clause between the two counts
    (_UNCOUNTED + "Aboard were 101 Venezuelans, who were taken to the mega-prison, and 17 "
     "Salvadoran members of MS-13.", 101),
    # "together with", the own nationals named by a relative clause after their count
    (_UNCOUNTED + "Officials said 101 members of a Venezuelan gang had arrived overnight, "
     "together with 17 members of MS-13, who are Salvadoran.", 101),
    # the whole group before a colon, the shares itemised after it
    (_UNCOUNTED + "The planes carried 118 people, according to court filings: 101 Venezuelans "
     "the government called gang members, and 17 Salvadorans.", 101),
    # the own share first, the others after "along with"
    (_UNCOUNTED + "Seventeen Salvadorans were on the flights, along with 101 Venezuelans.", 101),
    # another receiver named by its capital, "as well as", nationals of the receiver
    ("Deportees from the United States landed in Tegucigalpa on Monday. The plane carried 40 "
     "Honduran nationals as well as 12 Nicaraguans, the migration institute said.", 12),
])
def test_others_counted_apart_in_another_sentence_count_the_removal(
        extractor: Extractor, text: str, count: int) -> None:
    assert [f.count for f in _removals(extractor, text)] == [count]


@pytest.mark.parametrize("text", [
    # a sentence that counts no own nationals of the receiver
    _UNCOUNTED + "Lawyers said 101 Venezuelans and 17 Colombians were held in Texas last year.",
    # the counts are of a group moved to another state
    _UNCOUNTED + "In Honduras, 40 Hondurans and 12 Salvadorans arrived on a separate flight.",
    # the own nationals counted, but no others
    _UNCOUNTED + "Seventeen Salvadorans were also aboard, officials said.",
])
def test_others_counted_apart_in_another_sentence_near_misses(
        extractor: Extractor, text: str) -> None:
    assert [f.count for f in _removals(extractor, text) if f.receiving_country == "SLV"] == [None]



# Rule 4, a base on the way: the state right after "a base in" is where people were held in
# transit; a destination named after it ("from a base in Djibouti to Juba", "held at a base in
# Djibouti were flown to South Sudan") is still where they were sent.
@pytest.mark.parametrize("text", [
    "The eight men were flown from a U.S. military base in Djibouti to Juba on July 5.",
    "Eight men who had been held at a base in Djibouti were flown to South Sudan late Friday.",
    "After weeks at an American naval base in Djibouti, the deportees were put on a plane to "
    "South Sudan.",
    "A plane left the U.S. base in Djibouti on Friday and landed in Juba with eight deportees "
    "aboard.",
    "The men held at the military base in Djibouti have been deported to South Sudan, officials "
    "in Juba said.",
])
def test_a_destination_after_a_base_on_the_way_is_the_receiver(
        extractor: Extractor, text: str) -> None:
    pairs = _pairs(extractor, "The United States has stepped up deportations. " + text)
    assert ("USA", "SSD") in pairs and ("USA", "DJI") not in pairs


@pytest.mark.parametrize("text", [
    "Eight men were held at a U.S. military base in Djibouti for weeks.",
    "The eight deportees remain at a U.S. base in Djibouti while lawyers fight their removal.",
])
def test_a_destination_after_a_base_on_the_way_near_misses(extractor: Extractor,
                                                           text: str) -> None:
    assert _pairs(extractor, "The United States has stepped up deportations. " + text) == set()


# Rule 7, a few of the receiver's own nationals in the group: a count of them named by a
# demonym of two words ("one South Sudanese", "two Costa Ricans") is not the group's count.
@pytest.mark.parametrize(("text", "count"), [
    ("Eight men from Cuba, Laos and Vietnam, plus one South Sudanese, were flown to Juba on "
     "July 4.", 8),
    ("The eight men — nationals of Cuba, Laos and Myanmar, along with one South Sudanese — were "
     "flown to Juba on Saturday.", 8),
    ("Nine men, Cubans and Laotians and one South Sudanese, were deported to South Sudan on "
     "Friday.", 9),
    ("Eight deportees landed in Juba on Friday; one South Sudanese was among them.", 8),
    ("Twelve deportees were flown to San José on Monday, and two Costa Ricans were among "
     "them.", 12),
])
def test_a_two_word_demonym_of_the_receiver_is_not_the_groups_count(
        extractor: Extractor, text: str, count: int) -> None:
    counts = [f.count for f in _removals(extractor, _DEPORTATIONS + text)]
    assert counts == [count]


@pytest.mark.parametrize("text", [
    "Twelve Costa Ricans were deported to San José by the United States on Monday.",
    "Two Costa Ricans were deported to San José by the United States on Monday.",
])
def test_a_two_word_demonym_of_the_receiver_near_misses(extractor: Extractor,
                                                        text: str) -> None:
    assert _removals(extractor, _DEPORTATIONS + text) == []


# Rules 4 and 7, a running count of the people a detention site abroad has held: "N people have
# passed through <site>" (or "through it", or a bare "passed through" after the site is named)
# is a removal to the state the site is in (removal_passages).
_GJADER = "Italy built two centres in Albania under a 2023 protocol. "


@pytest.mark.parametrize(("text", "count"), [
    (_GJADER + "About 130 men have passed through Gjader since April, according to an NGO.", 130),
    (_GJADER + "Since April 2025 Gjader has held people facing deportation; the ministry says "
     "just over 400 people have passed through it in total.", 400),
    (_GJADER + "On the day I visited Gjadër there were ninety men inside, and officials say "
     "that some 900 people have passed through.", 900),
    (_GJADER + "More than 200 migrants have been through the centre at Gjadër, the interior "
     "ministry told parliament.", 200),
    (_GJADER + "The camp at Gjader reopened in April. Since then, roughly 300 detainees have "
     "gone through it, lawyers say.", 300),
])
def test_people_passed_through_a_site_abroad_are_removed_there(
        extractor: Extractor, text: str, count: int) -> None:
    removals = _removals(extractor, text)
    assert {(f.deporting_country, f.receiving_country) for f in removals} == {("ITA", "ALB")}
    assert [f.count for f in removals] == [count]


@pytest.mark.parametrize("text", [
    # migrants on their own way through a state, not a place of detention
    "Some 500,000 migrants have passed through Panama's Darién jungle this year, officials say.",
    "Thousands of Venezuelans have passed through Mexico City on their way north since January.",
    # a bill, not people
    _GJADER + "The bill on the centres has passed through parliament in Tirana.",
])
def test_passing_through_no_site_near_misses(extractor: Extractor, text: str) -> None:
    assert _removals(extractor, text) == []


# Rule 4, people moved across the sea between the sender and the state just named: "moved
# across the Adriatic", "taken across the Channel"; "shipped back across" goes home.
_ALBANIA = "Italy's centres in Albania were meant to hold asylum seekers. "


@pytest.mark.parametrize(("text", "pair"), [
    (_ALBANIA + "About 130 people have been moved across the Adriatic since April.",
     ("ITA", "ALB")),
    (_ALBANIA + "Rome has moved roughly 130 people across the Adriatic since April.",
     ("ITA", "ALB")),
    (_ALBANIA + "The Tunisian man, who had been taken across the Adriatic by navy ship in June, "
     "was not in court.", ("ITA", "ALB")),
    ("Britain signed a returns pilot with France last year. A total of 312 people have now been "
     "sent across the Channel under the scheme, the Home Office says.", ("GBR", "FRA")),
    ("Britain signed a returns pilot with France last year. The Home Office said 41 migrants "
     "were flown across the Channel this week.", ("GBR", "FRA")),
])
def test_people_moved_across_the_sea_reach_the_state_just_named(
        extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert _pairs(extractor, text) == {pair}


@pytest.mark.parametrize("text", [
    # brought back home from the site abroad
    _ALBANIA + "Of the men held at Gjadër, 212 were flown home after "
    "being shipped back across the Adriatic.",
    # people crossing by themselves
    "Britain signed a returns pilot with France last year. Some 40,000 people crossed the "
    "Channel in small boats this year.",
    # a plan
    "Britain signed a returns pilot with France last year. Ministers want 50 people a week to "
    "be sent across the Channel.",
])
def test_moved_across_the_sea_near_misses(extractor: Extractor, text: str) -> None:
    assert _removals(extractor, text) == []


# Round 15: onward removals over land read from their parts: a putting on a road vehicle, or
# any movement "across the border into" a neighbour (sb12 ma01 sa04 f15)
@pytest.mark.parametrize(("text", "expected"), [
    (GHANA_STORY + "Ghanaian officials then put at least six of them on a bus to Lomé, the "
     "Togolese capital.", {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "The Gambian man said he had been put on a bus to Lomé and left there.",
     {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "At least six of them were put across the border into Togo by Ghanaian "
     "officials.", {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Two of the men were later loaded onto a minibus to Lomé, lawyers said.",
     {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Lawyers say the authorities later transported the men across the border "
     "into Togo.", {("USA", "GHA"), ("GHA", "TGO")}),
    (GHANA_STORY + "Several of them were moved over the border to Togo, lawyers said.",
     {("USA", "GHA"), ("GHA", "TGO")}),
    # near misses: a bus inside the receiving country, and people crossing on their own
    (GHANA_STORY + "The men were put on a bus to a camp outside Accra.", {("USA", "GHA")}),
    (GHANA_STORY + "Togolese traders cross the border into Ghana every day by bus.",
     {("USA", "GHA")}),
    (GHANA_STORY + "Ghana put its troops on a bus to the Togolese border for an exercise.",
     {("USA", "GHA")}),
    (GHANA_STORY + "Ghanaian officials put the cargo on a truck to Lomé.", {("USA", "GHA")}),
])
def test_onward_removals_over_land_read_from_their_parts(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


# A group named by its nationality in the sentence before, then referred back to ("the man",
# "those men", "most", "them") and moved to that nationality's state, went home (FACTS.md rule
# 4: no removal of own nationals).
@pytest.mark.parametrize(("text", "expected"), [
    ("In March the United States deported 238 Venezuelans to El Salvador. Those men spent four "
     "months in the prison before El Salvador sent them back to Caracas in July.",
     {("USA", "SLV")}),
    ("South Sudan received eight deportees from the United States in July. Juba has sent home "
     "a Mexican man who was among them, the ministry said. The man was put on a commercial "
     "flight to Mexico City on Saturday.", {("USA", "SSD")}),
    ("In May Cyprus deported 40 migrants to Lebanon. More than 8,000 Syrians had left Cyprus "
     "over the past year through the voluntary return programme. Most flew to Damascus.",
     {("CYP", "LBN")}),
    ("Ghana has received 14 deportees from the United States. Among them were several "
     "Nigerians, lawyers said. The men were later driven to Lagos by bus.", {("USA", "GHA")}),
    ("Rwanda took in seven people deported by the United States in August. Two were "
     "Jamaicans. They were flown on to Kingston last month, officials in Kigali said.",
     {("USA", "RWA")}),
    ("Eswatini received five deportees from the United States in July. One of them was a "
     "Jamaican national, his lawyer said. The man was later repatriated by the kingdom to "
     "Jamaica.", {("USA", "SWZ")}),
])
def test_a_group_named_before_and_moved_to_its_own_state_went_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the people named before are of another state than the destination
    ("In March the United States deported 238 Venezuelans to El Salvador. Those men were later "
     "sent on to Honduras by El Salvador, officials said.", {"SLV", "HND"}),
    # a demonym of a place, not of the people: no nationality of the group
    ("Ghana has received 14 deportees from the United States. They were held at a Ghanaian "
     "military camp. The men were later flown by Ghana to Togo.", {"GHA", "TGO"}),
])
def test_a_group_named_before_near_misses(extractor: Extractor, text: str, expected: set) -> None:
    assert {f.receiving_country for f in _removals(extractor, text)} == expected


@pytest.mark.parametrize(("text", "receiver"), [
    # people said to be of other states than the one named
    ("Costa Rica agreed to take 200 non-Costa Rican migrants. The migrants were flown by the "
     "United States to San José in February.", "CRI"),
    # people named by where they are from beside the demonym
    ("Dozens of Uzbek nationals were sent home, and the plane also carried 22 men from "
     "Kyrgyzstan deported by the United States. The men were handed over to officials at "
     "Tashkent's airport.", "UZB"),
])
def test_a_group_of_others_named_before_is_still_removed(
        extractor: Extractor, text: str, receiver: str) -> None:
    assert receiver in {f.receiving_country for f in _removals(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # "Homeland" opening a proper name is no word for the people's home (rule 4)
    ("Eight deportees were flown to South Sudan late Friday, a Department of Homeland Security "
     "spokeswoman confirmed.", {("USA", "SSD")}),
    ("The United States deported five men to Eswatini on Tuesday, Homeland Security Secretary "
     "Kristi Noem said.", {("USA", "SWZ")}),
    ("Washington has sent seven deportees to Rwanda, the Homeland Security department said in a "
     "statement.", {("USA", "RWA")}),
    ("Twelve deportees from the United States landed in Juba on Friday, Homeland Security "
     "officials confirmed.", {("USA", "SSD")}),
    ("Seven deportees were transferred to Rwanda in August, Homeland Security said.",
     {("USA", "RWA")}),
])
def test_homeland_in_a_proper_name_is_not_the_peoples_home(
        extractor: Extractor, text: str, expected: set) -> None:
    assert _pairs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # "homeland" for the people's own state: they went home, no removal
    "The United States flew 40 Guatemalans to Guatemala, their homeland, on Monday.",
    "The United States returned 30 Hondurans to Honduras, their Homeland, officials said.",
])
def test_homeland_as_the_peoples_home_near_misses(extractor: Extractor, text: str) -> None:
    assert ("USA", "GTM") not in _pairs(extractor, text) and \
        ("USA", "HND") not in _pairs(extractor, text)


STORY = "The United States deported 200 people to Costa Rica in February. "


@pytest.mark.parametrize(("text", "receiver", "count"), [
    # a receiving state with a bare count as its object: the noun is left out (rule 4)
    (STORY + "Panama, for its part, received nearly 300 on three military flights.", "PAN", 300),
    (STORY + "Panama has received 11 so far, its migration service said.", "PAN", 11),
    (STORY + "Rwanda took in seven, government officials said.", "RWA", 7),
    (STORY + "In March, Guatemala accepted more than 40 on two flights.", "GTM", 40),
    (STORY + "Panama has since taken in about 120.", "PAN", 120),
    (STORY + "Eswatini, which signed a deal in June, received five in July.", "SWZ", 5),
])
def test_a_receiving_state_with_a_bare_count_took_in_people(
        extractor: Extractor, text: str, receiver: str, count: int) -> None:
    found = [f for f in _removals(extractor, text) if f.receiving_country == receiver]
    assert [(f.deporting_country, f.count) for f in found] == [("USA", count)]


@pytest.mark.parametrize("text", [
    # a bare count received that is no group of people
    STORY + "Panama received 300 in aid from Washington last year.",
    STORY + "Panama received 3 of the 10 votes it needed at the council.",
    STORY + "Panama received nearly 300 applications for asylum in March.",
])
def test_a_bare_count_received_that_is_no_people_near_misses(
        extractor: Extractor, text: str) -> None:
    assert "PAN" not in {f.receiving_country for f in _removals(extractor, text)}


PANAMA_STORY = ("PANAMA CITY — Panama agreed in February to take in migrants deported by the "
                "United States. ")


@pytest.mark.parametrize(("text", "receiver", "count"), [
    # "flown in": "in" as a particle (hither) points to the state the story is about (rule 4)
    (PANAMA_STORY + "Nearly 300 people were flown in from the United States in February.",
     "PAN", 300),
    (PANAMA_STORY + "Mulino said the nearly 300 people flown in from the United States in "
     "February had been treated with dignity and that most had already left.", "PAN", 300),
    (PANAMA_STORY + "A further 120 deportees were flown in on Tuesday, officials said.",
     "PAN", 120),
    (PANAMA_STORY + "The five men, who were flown in aboard a US military plane in July, remain "
     "in custody.", "PAN", 5),
    (PANAMA_STORY + "The government said eight deportees had been flown in, all of them men.",
     "PAN", 8),
    ("Eswatini signed a deal with Washington in June to take third-country deportees. Ten more "
     "men were flown in from the United States last week, the prisons service said.", "SWZ", 10),
])
def test_people_flown_in_reach_the_state_the_story_is_about(
        extractor: Extractor, text: str, receiver: str, count: int) -> None:
    found = [f for f in _removals(extractor, text) if f.receiving_country == receiver]
    assert [(f.deporting_country, f.count) for f in found] == [("USA", count)]


@pytest.mark.parametrize("text", [
    # "in" as a preposition, or nobody removed
    PANAMA_STORY + "Officials flew in from Washington for the talks on Tuesday.",
    PANAMA_STORY + "Engineers were flown in from Spain to repair the runway.",
    PANAMA_STORY + "Nearly 300 tourists were flown in for the carnival.",
])
def test_people_flown_in_hither_near_misses(extractor: Extractor, text: str) -> None:
    assert "PAN" not in {f.receiving_country for f in _removals(extractor, text)}


@pytest.mark.parametrize(("line", "expected"), [
    # a "›" line links to another story: nothing it says is this story's report
    ("› Eswatini detains five deportees flown in from US", set()),
    ("› Ten more men deported from the United States to Eswatini", set()),
    ("Ten more men were deported from the United States to Eswatini.", {("USA", "SWZ")}),
])
def test_a_link_to_another_story_reports_no_removal(
        extractor: Extractor, line: str, expected: set) -> None:
    text = "Uganda confirmed the deal with Washington on Monday.\n\n" + line
    assert {p for p in _pairs(extractor, text) if p[1] == "SWZ"} == expected


POLICY_STORY = ("The United States has sent deportees to several African states under its "
                "third-country policy. ")


@pytest.mark.parametrize(("text", "expected"), [
    # a second batch coordinated with the first: "a second group of ten", "a further ten",
    # "another 12" are people with their noun left out, and take their clause's count
    (POLICY_STORY + "The small southern African kingdom of Eswatini received five men in July, "
     "and a second group of ten landed in Mbabane in early October.",
     {("SWZ", 5), ("SWZ", 10)}),
    (POLICY_STORY + "In July Eswatini received five men; a further ten were flown to Mbabane in "
     "October.", {("SWZ", 5), ("SWZ", 10)}),
    (POLICY_STORY + "Rwanda received seven people in August, and another 12 were flown to Kigali "
     "in October.", {("RWA", 7), ("RWA", 12)}),
    (POLICY_STORY + "Ghana received 14 West Africans in September, and a further 28 landed in "
     "Accra in November.", {("GHA", 14), ("GHA", 28)}),
    (POLICY_STORY + "Five men were flown to Eswatini in July, and a second group of ten landed in "
     "Mbabane in October.", {("SWZ", 5), ("SWZ", 10)}),
])
def test_a_second_batch_in_a_coordinated_clause_keeps_its_own_count(
        extractor: Extractor, text: str, expected: set) -> None:
    found = _removals(extractor, text)
    assert {(f.receiving_country, f.count) for f in found} == expected
    assert len({f.date for f in found}) == 2  # each batch its own month


@pytest.mark.parametrize("text", [
    # "a group of officials": a group that is no batch of people moved
    POLICY_STORY + "Eswatini received five men in July, a group of officials said.",
    POLICY_STORY + "Eswatini received five men in July, another official said.",
])
def test_a_second_batch_near_misses(extractor: Extractor, text: str) -> None:
    assert {(f.receiving_country, f.count) for f in _removals(extractor, text)} == {("SWZ", 5)}


# --- the people who tell of a removal are not the people moved ------------------------------
@pytest.mark.parametrize("text", [
    "The men, held for weeks at a U.S. base in Djibouti, were put aboard a chartered plane on "
    "Friday and landed in Juba, according to a court filing by their lawyers and two officials "
    "in the South Sudanese capital.",
    "The group deported by the United States arrived in Kigali on Thursday, three diplomats in "
    "the Rwandan capital confirmed.",
    "According to two sources briefed on the flight, the men deported by Washington landed in "
    "Mbabane overnight.",
    "The deportees sent by the United States arrived in Accra on Monday, four lawmakers who met "
    "them at the airport said.",
])
def test_a_count_of_sources_is_not_the_people_moved(extractor: Extractor, text: str) -> None:
    found = _removals(extractor, text)
    assert found and all(r.count is None for r in found)


def test_a_count_of_people_beside_sources_stays(extractor: Extractor) -> None:
    found = _removals(extractor, "Eight men deported by the United States landed in Juba on "
                      "Friday, two officials said.")
    assert [r.count for r in found] == [8]


def test_a_sent_group_read_from_its_own_movement_is_no_arrival(extractor: Extractor) -> None:
    """"A sent group arrived": asked about the movement "sent", which comes before the group
    noun, the sent-group reading answers no instead of failing to find the noun before it."""
    from thirdcountry.extraction.context import DocumentContext
    from thirdcountry.extraction.removal_destinations import _sent_group_arrives

    doc = extractor.nlp(extractor._make_doc("A sent group arrived on Friday."))
    ctx = DocumentContext(doc, None)
    assert _sent_group_arrives(ctx, ctx.views[0], doc[1:2]) is False
