"""Legal-action facts from court news (FACTS.md rules 6 and 9), on short invented sentences."""

from __future__ import annotations

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.schema import LegalAction

US = "The United States has deported migrants to third countries under its removal program. "
UK = "Britain planned to deport asylum seekers to Rwanda under its migration scheme. "


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # the rules' own readings: the legal check is measured on articles (test_legal_check.py)
    return Extractor(checks=False)


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


IT = "Italy sends asylum seekers to centres it runs in Albania under a migration protocol. "


def test_a_finding_stated_by_an_adverb(extractor: Extractor) -> None:
    unlawful = legal(extractor, IT + "The Court of Justice ruled on Friday that Italy acted "
                     "unlawfully when it held the men in Albania.")
    lawful = legal(extractor, IT + "The Court of Justice ruled on Friday that Italy acted "
                   "lawfully when it held the men in Albania.")
    assert keys(unlawful) == [("ITA", "blocked")]
    assert keys(lawful) == [("ITA", "allowed")]


def test_an_adjective_inside_a_compound_or_quotes_is_no_finding(extractor: Extractor) -> None:
    found = legal(extractor, UK + "The tribunal found that Rwanda was safe for the men sent "
                  "there.")
    compound = legal(extractor, UK + "The tribunal found that the men sent to Rwanda had lost "
                     "their claims on safe-third-country grounds.")
    quoted = legal(extractor, UK + 'The tribunal found that a list of "safe" countries had '
                   "been used to send the men to Rwanda.")
    assert keys(found) == [("GBR", "allowed")]
    assert compound == quoted == []


def test_rules_against_in_a_headline(extractor: Extractor) -> None:
    facts = legal(extractor, "Top court rules against government over Rwanda deportations\n"
                  + UK)
    assert keys(facts) == [("GBR", "blocked")]


def test_a_passive_verb_is_not_the_court_acting(extractor: Extractor) -> None:
    passive = legal(extractor, UK + "The court found that the men had been denied any remedy "
                    "before their transfer to Rwanda.")
    by_court = legal(extractor, UK + "The flights to Rwanda were blocked by the High Court on "
                     "Tuesday.")
    active = legal(extractor, UK + "The High Court denied the government's appeal over the "
                   "transfers to Rwanda.")
    assert passive == []
    assert keys(by_court) == [("GBR", "blocked")]
    assert keys(active) == [("GBR", "blocked")]


def test_an_international_court_named_by_its_seat(extractor: Extractor) -> None:
    facts = legal(extractor, UK + "The Luxembourg court ruled that the transfers to Rwanda "
                  "were unlawful.")
    highest = legal(extractor, IT + "The European Union's highest court ruled that the "
                    "transfers to Albania were illegal.")
    assert keys(facts) == [("GBR", "blocked")]
    assert keys(highest) == [("ITA", "blocked")]


def test_a_month_after_a_court_is_its_date_not_its_place(extractor: Extractor) -> None:
    [fact] = legal(extractor, US + "Lawyers filed a suit at the Supreme Court in October "
                   "challenging the transfers to Ghana.")
    assert (fact.court, fact.outcome, fact.date) == ("Supreme Court", "pending", "2024-10")


def test_a_challenge_to_the_deal_filed_from_the_receiving_state(extractor: Extractor) -> None:
    story = "ACCRA — {} The United States has sent 40 deportees to Ghana under the deal."
    local = legal(extractor, story.format(
        "A suit filed at the Supreme Court by two opposition lawmakers, who argue that the "
        "arrangement needed Parliament's approval, has yet to be heard."))
    american = legal(extractor, story.format(
        "Lawyers in the United States filed a suit at the Supreme Court against the "
        "arrangement."))
    assert keys(local) == [("GHA", "pending")]
    assert keys(american) == [("USA", "pending")]


def test_intended_and_denied_challenges_are_no_facts(extractor: Extractor) -> None:
    intended = legal(extractor, US + "An opposition lawmaker said he plans to challenge the deal "
                     "with Ghana before the Constitutional Court, but no petition had been "
                     "lodged by Friday.")
    lodged = legal(extractor, US + "An opposition lawmaker lodged a petition with the "
                   "Constitutional Court against the deal with Ghana.")
    assert intended == []
    # The United States has no Constitutional Court: the petition is before Ghana's.
    assert keys(lodged) == [("GHA", "pending")]


def test_a_challenge_used_as_a_noun_is_no_filing(extractor: Extractor) -> None:
    facts = legal(extractor, US + "The Supreme Court barred the removals to El Salvador until "
                  "their challenges could be heard.")
    assert keys(facts) == [("USA", "blocked")]


def test_a_step_filed_without_a_court(extractor: Extractor) -> None:
    filed = legal(extractor, US + "A separate application, lodged in May by a refugee group, "
                  "challenges the agreement with Ghana and is still pending.")
    asylum = legal(extractor, US + "Their asylum applications, lodged in May before the "
                   "transfers to Ghana, are still pending.")
    assert keys(filed) == [("USA", "pending")]
    assert asylum == []


def test_a_suit_naming_no_court_is_the_one_the_ruling_decided(extractor: Extractor) -> None:
    decided = legal(extractor, US + "A federal judge blocked the flights to Ghana on Tuesday. "
                    "The order came in a lawsuit filed last month by five men.")
    open_case = legal(extractor, US + "A federal judge blocked the flights to Ghana on Tuesday. "
                      "A second lawsuit against the flights is still pending.")
    assert keys(decided) == [("USA", "blocked")]
    assert keys(open_case) == [("USA", "blocked"), ("USA", "pending")]


def test_clauses_of_one_sentence_report_one_step(extractor: Extractor) -> None:
    [fact] = legal(extractor, US + "Refugee groups challenged the accord with Honduras in "
                   "federal court in Washington in March; the case is pending.")
    assert (fact.court, fact.outcome, fact.date) == (
        "federal court in Washington", "pending", "2025-03")


def test_judges_weighing_a_case(extractor: Extractor) -> None:
    weighing = legal(extractor, IT + "Judges at the Court of Cassation in Rome are weighing "
                     "whether holding people in Albania is lawful.")
    assert keys(weighing) == [("ITA", "pending")]


def test_a_reporting_verb_about_a_later_claim_does_not_attribute_the_ruling(
        extractor: Extractor) -> None:
    own = legal(extractor, UK + "The High Court ruled on Thursday that the transfers to Rwanda "
                "were unlawful, a judgment lawyers said would slow the scheme.")
    trailing = legal(extractor, UK + "The High Court blocked the transfers to Rwanda on "
                     "Thursday, lawyers for the men said.")
    assert [(f.outcome, f.certainty) for f in own] == [("blocked", "confirmed")]
    assert [(f.outcome, f.certainty) for f in trailing] == [("blocked", "reported")]


def test_a_list_of_related_stories_is_not_part_of_the_document(extractor: Extractor) -> None:
    text = (US + "Nine deportees were flown to Cameroon last month.\n\nRelated coverage\n"
            "- Eswatini court postpones hearing on US deportees\n- Judge blocks flights to "
            "Ghana\n")
    assert legal(extractor, text) == []
    assert keys(legal(extractor, text.replace("Related coverage\n", ""))) != []


def test_the_side_a_court_takes(extractor: Extractor) -> None:
    government = legal(extractor, US + "The justices sided with the administration in the "
                       "dispute over removals to Ghana.")
    migrants = legal(extractor, US + "The court ruled in favour of the men facing removal to "
                     "Ghana.")
    assert keys(government) == [("USA", "allowed")]
    assert keys(migrants) == [("USA", "blocked")]


def test_upholding_an_order_reads_the_order(extractor: Extractor) -> None:
    facts = legal(extractor, US + "An appeals court upheld the injunction blocking removals to "
                  "third countries.")
    assert keys(facts) == [("USA", "blocked"), ("USA", "blocked")]


def test_going_to_court_is_a_challenge(extractor: Extractor) -> None:
    gone = legal(extractor, UK + "Rights groups have gone to court to stop the flights to "
                 "Rwanda.")
    planned = legal(extractor, UK + "Rights groups plan to go to court to stop the flights to "
                    "Rwanda.")
    assert keys(gone) == [("GBR", "pending")]
    assert planned == []


def test_a_state_in_the_courts_name(extractor: Extractor) -> None:
    [fact] = legal(extractor, "Australia sends asylum seekers to Nauru for processing. The High "
                   "Court of Australia ruled that the detention of asylum seekers on Nauru was "
                   "lawful.")
    assert (fact.jurisdiction, fact.outcome, fact.court) == (
        "AUS", "allowed", "High Court of Australia")


def test_negation_reaches_a_finding_with_its_article(extractor: Extractor) -> None:
    negated = legal(extractor, UK + "The Court of Appeal ruled that Rwanda could not be treated "
                    "as a safe third country.")
    plain = legal(extractor, UK + "The Court of Appeal ruled that Rwanda could be treated as a "
                  "safe third country.")
    assert keys(negated) == [("GBR", "blocked")]
    assert keys(plain) == [("GBR", "allowed")]


def test_a_court_asked_in_the_passive(extractor: Extractor) -> None:
    asked = legal(extractor, UK + "The Supreme Court has been asked by rights groups to review "
                  "the Rwanda scheme.")
    assert keys(asked) == [("GBR", "pending")]


def test_challengers_from_the_receiving_state_go_to_its_courts(extractor: Extractor) -> None:
    base = "The Netherlands signed a deal with Uganda to host rejected asylum seekers. "
    local = legal(extractor, base + "A Ugandan lawyer filed a petition in the Constitutional "
                  "Court challenging the deal.")
    dutch = legal(extractor, base + "A Dutch lawyer filed a petition in the Constitutional "
                  "Court challenging the deal.")
    assert keys(local) == [("UGA", "pending")]
    assert keys(dutch) == [("NLD", "pending")]


def test_a_ruling_stated_after_an_opening_phrase(extractor: Extractor) -> None:
    opened = legal(extractor, US + "In a 2-1 decision, the appeals court ruled that the "
                   "administration could continue the removals to Ghana.")
    inverted = legal(extractor, US + "The removals to Ghana are unlawful, the appeals court "
                     "ruled.")
    assert keys(opened) == [("USA", "allowed")]
    assert keys(inverted) == [("USA", "blocked")]


def test_a_courts_decision_as_the_subject(extractor: Extractor) -> None:
    decision = legal(extractor, US + "The Supreme Court's decision allows the administration to "
                     "resume flights to third countries.")
    courtless = legal(extractor, US + "The new decision allows the administration to resume "
                      "flights to third countries.")
    assert keys(decision) == [("USA", "allowed")]
    assert courtless == []


def test_a_sentence_going_on_about_the_step_attributes_it(extractor: Extractor) -> None:
    base = US + "Lawyers for two of the men asked a federal judge in Denver to bar their removal "\
        "to Ghana. "
    attributed = legal(extractor, base + "That request was still pending when the plane left, "
                       "the lawyers said.")
    unrelated = legal(extractor, base + "The plane left on Friday, the lawyers said.")
    assert [(f.outcome, f.certainty) for f in attributed] == [("pending", "reported")]
    assert attributed[0].evidence.quote.endswith("the lawyers said.")
    assert [(f.outcome, f.certainty) for f in unrelated] == [("pending", "confirmed")]


@pytest.mark.parametrize("sentence", [
    "Several of the men sent to Ghana lodged an application for asylum there.",
    "The men filed a request to be transferred to Ghana.",
])
def test_applications_to_officials_are_no_legal_steps(extractor: Extractor,
                                                      sentence: str) -> None:
    assert legal(extractor, US + sentence) == []


def test_a_ruling_on_the_deal_in_a_story_from_the_receiving_state(extractor: Extractor) -> None:
    text = ("KIGALI — Rwanda said it stood ready to receive migrants from Britain. The Supreme "
            "Court ruled in 2023 that the plan was unlawful.")
    assert keys(legal(extractor, text)) == [("GBR", "blocked")]


@pytest.mark.parametrize("sentence", [
    "The Inter-American Commission on Human Rights granted precautionary measures to the men "
    "deported to El Salvador.",
    "The ECHR ruled that the transfers to Rwanda would breach the convention.",
    "The UN Committee against Torture found that the deportations to Eswatini violated the "
    "convention.",
])
def test_international_bodies_rule_for_the_deporting_state(extractor: Extractor,
                                                           sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == [("USA", "blocked")]


def test_a_fault_the_court_finds_in_the_government(extractor: Extractor) -> None:
    government = legal(extractor, UK + "The tribunal found that the government had ignored the "
                       "conditions for transfers to Rwanda.")
    applicants = legal(extractor, UK + "The tribunal found that the applicants had ignored the "
                       "deadline for challenging transfers to Rwanda.")
    assert keys(government) == [("GBR", "blocked")]
    assert applicants == []


def test_a_finding_stated_by_an_adverb_before_the_verb(extractor: Extractor) -> None:
    unlawful = legal(extractor, US + "An appeals court ruled on Monday that the president had "
                     "unlawfully invoked the Alien Enemies Act to deport the men.")
    plain = legal(extractor, US + "An appeals court ruled on Monday that the president had "
                  "invoked the Alien Enemies Act to deport the men.")
    assert keys(unlawful) == [("USA", "blocked")]
    assert plain == []


def test_lifting_restrictions_a_judge_placed_allows(extractor: Extractor) -> None:
    facts = legal(extractor, US + "The Supreme Court lifted the restrictions a judge had placed "
                  "on removals to third countries.")
    assert ("USA", "allowed") in keys(facts)


def test_refusing_to_sign_off_on_transfers_blocks(extractor: Extractor) -> None:
    refused = legal(extractor, IT + "Judges in Rome refused to sign off on the transfers to "
                    "Albania.")
    signed = legal(extractor, IT + "Judges in Rome signed off on the transfers to Albania.")
    assert keys(refused) == [("ITA", "blocked")]
    assert keys(signed) == [("ITA", "allowed")]


def test_undoing_is_dated_after_its_object_but_not_by_the_objects_date(
        extractor: Extractor) -> None:
    lifted = legal(extractor, US + "A federal judge blocked the flights to Libya in May. The "
                   "Supreme Court lifted that order in June, clearing the way for removals.")
    upheld = legal(extractor, UK + "The justices upheld a Court of Appeal decision from June, "
                   "finding that Rwanda was not safe.", published="2023-11-20")
    assert [f.date for f in lifted if f.outcome == "allowed"] == ["2025-06"]
    # The order lifted keeps its own date, not the date it was lifted.
    undated = legal(extractor, US + "The Supreme Court lifted the judge's order in June, "
                    "clearing the way for removals.")
    assert [f.date for f in undated if f.outcome == "blocked"] == [None]
    assert "2023-06" not in [f.date for f in upheld if f.court.lower().startswith("the justices")]


def test_a_timeline_entry_dates_the_ruling_on_its_line(extractor: Extractor) -> None:
    facts = legal(extractor, US + "\n\nMay 21: A federal judge in Boston blocks the flights to "
                  "South Sudan.\n")
    assert [(f.outcome, f.date) for f in facts] == [("blocked", "2025-05-21")]


def test_a_fronted_locative_places_an_unplaced_court(extractor: Extractor) -> None:
    story = "The United States has sent 40 deportees to Ghana under the deal. {}"
    placed = legal(extractor, story.format(
        "In Accra, a suit filed at the Supreme Court challenges the deal."))
    unplaced = legal(extractor, story.format(
        "A suit filed at the Supreme Court challenges the deal."))
    assert keys(placed) == [("GHA", "pending")]
    assert keys(unplaced) == [("USA", "pending")]


def test_a_court_barring_the_receiving_state_from_admitting_deportees(
        extractor: Extractor) -> None:
    text = ("The United States agreed to send deportees to Kenya under a new deal. A judge "
            "barred the government from admitting anyone removed by the US under the deal.")
    assert keys(legal(extractor, text)) == [("KEN", "blocked")]


def test_a_court_of_the_receiving_state_hears_the_people_sent(extractor: Extractor) -> None:
    text = ("Australia sends asylum seekers to Nauru and Papua New Guinea under offshore "
            "processing deals. {}")
    foreign = legal(extractor, text.format(
        "Papua New Guinea's Supreme Court ruled in 2016 that holding the men on the island was "
        "unconstitutional."))
    home = legal(extractor, text.format(
        "Australia's High Court ruled in 2016 that holding the men on the island was "
        "unconstitutional."))
    assert keys(foreign) == [("PNG", "blocked")]
    assert home == []


def test_holding_people_just_sent_is_about_the_program(extractor: Extractor) -> None:
    # A standing program ("sends"), no people moved: the later module-level IT ("has sent")
    # used to shadow the lead this test was written with.
    program = ("Italy sends asylum seekers to centres it runs in Albania under a migration "
               "protocol. ")
    story = program + "On Tuesday the navy sent 11 men to the centre at Gjader in Albania. {}"
    held = legal(extractor, story.format(
        "By Thursday a Rome court had refused to validate their detention."))
    other = legal(extractor, program + "Tourism to Rome is rising. By Thursday a Rome court had "
                  "refused to validate their detention.")
    assert keys(held) == [("ITA", "blocked")]
    assert other == []


def test_a_third_person_press_release_makes_rulings_reported(extractor: Extractor) -> None:
    text = ("PRESS RELEASE\n\nThe Migrant Defence Network (MDN) welcomes Wednesday's decision "
            "of the Supreme Court of Costa Rica, which found that the confinement of migrants "
            "deported from the United States was unlawful.\n")
    [fact] = legal(extractor, text)
    assert fact.certainty == "reported"


def test_lawyers_telling_of_their_own_filing_are_the_source(extractor: Extractor) -> None:
    told = legal(extractor, IT + "Lawyers for the men tell us they have lodged appeals with the "
                 "Court of Appeal in Rome against the transfers to Albania.")
    stated = legal(extractor, IT + "Lawyers for the men have lodged appeals with the Court of "
                   "Appeal in Rome against the transfers to Albania.")
    assert [f.certainty for f in told] == ["reported"]
    assert [f.certainty for f in stated] == ["confirmed"]


def test_a_case_going_on_beside_its_ruling_is_no_second_fact(extractor: Extractor) -> None:
    beside = legal(extractor, US + "A federal judge in Boston ordered the government to keep "
                   "the men in custody; they remain in Djibouti while the case continues.")
    alone = legal(extractor, US + "The case over the flights to Djibouti continues in a "
                  "federal court in Boston.")
    assert keys(beside) == [("USA", "blocked")]
    assert keys(alone) == [("USA", "pending")]


def test_putting_on_hold_reads_what_it_points_back_to(extractor: Extractor) -> None:
    text = ("The United States has deported migrants to third countries. The injunction, issued "
            "by a federal judge in May, required notice before any third-country deportation. "
            "The Supreme Court put it on hold in June.")
    deal = ("The United States has deported migrants to third countries. The deal with Ghana "
            "took effect in May. The Supreme Court put it on hold in June.")
    assert ("USA", "allowed") in keys(legal(extractor, text))
    assert ("USA", "allowed") not in keys(legal(extractor, deal))


@pytest.mark.parametrize("sentence", [
    '"We are weighing every option, including asking the court to rehear the case," a lawyer '
    "for the deportees said.",
    "The lawyers said they were considering asking a federal judge to halt the removals.",
])
def test_steps_only_weighed_are_not_taken(extractor: Extractor, sentence: str) -> None:
    assert [f for f in legal(extractor, US + sentence) if f.outcome == "pending"] == []


def test_a_ruling_in_a_relative_clause_beside_a_court_taking_up_the_appeal(
        extractor: Extractor) -> None:
    text = US + ("On Monday the Supreme Court agreed to hear the government's appeal of a ruling "
                 "by an appeals court, which held in May that the proclamation invoking the act "
                 "was unlawful.")
    facts = legal(extractor, text)
    assert keys(facts) == [("USA", "blocked"), ("USA", "pending")]
    assert [f.court for f in facts if f.outcome == "pending"] == ["Supreme Court"]


def test_a_fronted_locative_naming_the_home_state_keeps_it(extractor: Extractor) -> None:
    text = ("The United States has sent deportees to Eswatini. In Mbabane, the High Court "
            "postponed a case challenging the detention of the men sent there. In the United "
            "States, the Supreme Court in June allowed removals to third countries to proceed.")
    assert keys(legal(extractor, text)) == [("SWZ", "pending"), ("USA", "allowed")]


def test_a_challenge_to_the_deal_in_a_story_set_in_the_receiving_state(
        extractor: Extractor) -> None:
    story = ("Lawmakers in Lusaka clashed on Tuesday over the memorandum of understanding under "
             "which Zambia receives deportees from the United States. Zambia's interior minister "
             "defended the MoU in parliament. {} filed a suit at the Supreme Court last month "
             "asking it to declare the MoU void.")
    local = legal(extractor, story.format("A civic group"))
    from_home = legal(extractor, story.format("Lawyers in the United States"))
    assert keys(local) == [("ZMB", "pending")]
    assert keys(from_home) == [("USA", "pending")]


def test_an_appeal_of_a_ruling_goes_to_the_rulings_state(extractor: Extractor) -> None:
    ruling = ("The United States has sent deportees to Eswatini. The High Court of Eswatini on "
              "Monday dismissed a challenge to the detention of the men. ")
    appealed = legal(extractor, ruling + "The applicants lodged a notice of appeal with the "
                     "Supreme Court within hours of the ruling.")
    no_ruling = legal(extractor, "The United States has sent deportees to Eswatini. The "
                      "applicants lodged a notice of appeal with the Supreme Court on Monday.")
    assert keys(appealed) == [("SWZ", "allowed"), ("SWZ", "pending")]
    assert no_ruling == []


def test_a_national_court_and_an_international_one_are_two_rulings(
        extractor: Extractor) -> None:
    text = ("Italy has sent migrants to its centres in Albania. In March, a court in Rome refused "
            "to validate the detention of 12 men taken to Albania. The EU Court of Justice ruled "
            "in August that Italy could not rely on its own list of safe countries to send "
            "people there.")
    assert keys(legal(extractor, text)) == [("ITA", "blocked"), ("ITA", "blocked")]


@pytest.mark.parametrize(("ruling", "outcome"), [
    ("Italy could not rely on its own list of safe countries to send people there", "blocked"),
    ("Italy could rely on its own list of safe countries to send people there", "allowed"),
    ("an asylum claim may not be rejected as inadmissible when Turkey will not take the "
     "applicant back", "blocked"),
    ("migrants must be given a chance to raise fears of torture before any deportation to a "
     "third country", "blocked"),
])
def test_what_a_ruling_permits_or_forbids_the_government(extractor: Extractor, ruling: str,
                                                        outcome: str) -> None:
    text = ("Italy has sent migrants to its centres in Albania. The EU Court of Justice ruled in "
            f"August that {ruling}.")
    assert [f.outcome for f in legal(extractor, text)] == [outcome]


def test_an_order_handed_down_is_dated_by_it(extractor: Extractor) -> None:
    [fact] = legal(extractor, US + "The injunction was handed down in April by a federal judge "
                   "in Boston, barring deportations to third countries without notice.")
    assert (fact.outcome, fact.date) == ("blocked", "2025-04")


def test_an_emphatic_did_keeps_the_verb_a_verb(extractor: Extractor) -> None:
    emphatic = legal(extractor, US + "A federal judge in Boston did block such removals to "
                     "Libya in May.")
    noun = legal(extractor, US + "A federal judge in Boston saw the block on removals to Libya "
                 "in May.")
    assert keys(emphatic) == [("USA", "blocked")]
    assert noun == []


def test_a_receiving_states_authorities_make_a_motion_about_transfers(
        extractor: Extractor) -> None:
    story = ("The United States has sent deportees to South Sudan. Lawyers filed a motion in "
             "federal court in Boston on Wednesday asking a judge to {}.")
    handing = legal(extractor, story.format("bar the government from handing the men to South "
                                            "Sudanese authorities"))
    other = legal(extractor, story.format("order South Sudanese restaurants to close"))
    assert keys(handing) == [("USA", "pending")]
    assert other == []


def test_a_sentence_telling_when_the_step_was_filed_dates_it(extractor: Extractor) -> None:
    story = ("The United States has sent deportees to Eswatini. The High Court of Eswatini on "
             "Wednesday postponed a case challenging the detention of the men deported there. ")
    dated = legal(extractor, story + "The application was filed in August.")
    new_step = legal(extractor, story + "An application for bail was filed in August.")
    assert [(f.jurisdiction, f.date) for f in dated] == [("SWZ", "2024-08")]
    assert len(new_step) == 2


def test_a_ruling_that_another_order_does_not_hold_allows(extractor: Extractor) -> None:
    story = (US + "A federal judge in Boston blocked the flights to South Sudan in May. The men "
             "waited for weeks. Last Thursday the justices made clear that the judge's ruling {} "
             "the men in Djibouti.")
    not_held = legal(extractor, story.format("couldn't keep"))
    held = legal(extractor, story.format("kept"))
    assert keys(not_held) == [("USA", "allowed"), ("USA", "blocked")]
    assert keys(held) == [("USA", "blocked")]


def test_a_ruling_on_another_ruling_needs_one_reported(extractor: Extractor) -> None:
    text = ("The United States has deported migrants to third countries. Last Thursday the "
            "justices made clear that the judge's ruling couldn't keep the men there.")
    assert legal(extractor, text) == []


def test_a_dissent_is_no_ruling(extractor: Extractor) -> None:
    story = (US + "The Supreme Court allowed the removals to South Sudan on Monday. Justice Ann "
             "Carter {}, saying the government had flouted the lower court's order.")
    dissent = legal(extractor, story.format("wrote a sharp dissent"))
    majority = legal(extractor, story.format("wrote for the court"))
    assert keys(dissent) == [("USA", "allowed")]
    assert ("USA", "blocked") in keys(majority)


def test_the_order_alone_points_back_to_the_ruling_told(extractor: Extractor) -> None:
    told = legal(extractor, US + "A federal judge blocked the flights to South Sudan. An appeals "
                 "court refused to lift the order.")
    described = legal(extractor, US + "An appeals court refused to lift the order on the "
                      "flights to South Sudan.")
    assert keys(told) == [("USA", "blocked"), ("USA", "blocked")]
    assert sorted(f.court for f in described) == ["appeals court", "lower court"]


@pytest.mark.parametrize(("sentence", "pending"), [
    ("The Court of Cassation referred the case on the transfers to the EU Court of Justice.",
     True),
    ("The Court of Cassation referred to the transfers in a speech.", False),
    ("The Court of Cassation is due to hear the challenge to the protocol in July.", True),
    ("The Court of Cassation is due to close for the holidays in July.", False),
])
def test_a_case_referred_or_due_to_be_heard_is_pending(extractor: Extractor, sentence: str,
                                                      pending: bool) -> None:
    facts = legal(extractor, IT + sentence)
    assert keys(facts) == ([("ITA", "pending")] if pending else [])
    assert all(f.date is None for f in facts)  # a hearing to come does not date the step


@pytest.mark.parametrize(("purpose", "found"), [
    ("end protected status for Venezuelans", False),
    ("send migrants to Libya", True),
])
def test_a_plan_is_the_program_only_when_it_sends_people(extractor: Extractor, purpose: str,
                                                         found: bool) -> None:
    text = ("The United States has deported migrants to South Sudan. Separately, a federal judge "
            f"in California blocked the administration's plan to {purpose}.")
    assert keys(legal(extractor, text)) == ([("USA", "blocked")] if found else [])


@pytest.mark.parametrize(("ruling", "found"), [
    ("that holding the migrants in Nairobi was unlawful", True),
    ("that the eviction of farmers in Nakuru was unlawful", False),
])
def test_another_states_court_rules_on_the_program_about_people(
        extractor: Extractor, ruling: str, found: bool) -> None:
    text = ("The United States has deported migrants to South Sudan. The Kenyan High Court "
            f"ruled {ruling}.")
    assert keys(legal(extractor, text)) == ([("KEN", "blocked")] if found else [])


@pytest.mark.parametrize(("verb", "appeals"), [
    ("temporarily halted", "allowed"),
    ("froze", "allowed"),
    ("declined to halt", "blocked"),
])
def test_holding_up_a_ruling_undoes_it(extractor: Extractor, verb: str, appeals: str) -> None:
    text = US + f"A judge blocked the flights to Libya in May. In June an appeals court {verb} " \
        "the judge's order."
    facts = legal(extractor, text)
    assert [f.outcome for f in facts if f.court == "appeals court"] == [appeals]


def test_put_on_hold_before_its_object(extractor: Extractor) -> None:
    held = legal(extractor, US + "The Supreme Court put on hold a lower court ruling that "
                 "required notice before deportations to third countries.")
    flights = legal(extractor, US + "The Supreme Court put on hold the flights to Libya.")
    assert keys(held) == [("USA", "allowed"), ("USA", "blocked")]
    assert keys(flights) == [("USA", "blocked")]


@pytest.mark.parametrize(("finding", "outcome"), [
    ("the injunction did not apply to the men sent to South Sudan", ["allowed"]),
    ("the transfer order was not lawful", ["blocked"]),
    ("the injunction must not be lifted", []),
])
def test_a_negated_order_is_one_that_does_not_hold(extractor: Extractor, finding: str,
                                                   outcome: list[str]) -> None:
    facts = legal(extractor, US + f"The appeals court ruled that {finding}.")
    assert [f.outcome for f in facts] == outcome


@pytest.mark.parametrize(("grant", "outcome"), [
    ("granted permission for a judicial review of the Rwanda policy", "pending"),
    ("granted the government's application to proceed with the Rwanda flights", "allowed"),
])
def test_permission_to_go_on_leaves_the_case_pending(extractor: Extractor, grant: str,
                                                     outcome: str) -> None:
    facts = legal(extractor, UK + f"The High Court in London {grant}.")
    assert [f.outcome for f in facts] == [outcome]


# A court whose name the deporting state's courts do not bear sits in the receiving state.
@pytest.mark.parametrize(("text", "expected"), [
    ("ASUNCIÓN — The United States sent asylum seekers to Paraguay under the accord. A group of "
     "lawyers filed an action before the Supreme Court of Justice last month, arguing that the "
     "accord needed the approval of Congress.", [("PRY", "pending")]),
    ("SAN JOSÉ — The United States sent 200 deportees to Costa Rica in February. The "
     "Constitutional Chamber ruled that the State had violated the migrants' rights by "
     "confining them at the camp.", [("CRI", "blocked")]),
    ("MBABANE — The United States deported five men to Eswatini in July. A full bench of the "
     "High Court yesterday reserved judgment in the application challenging the agreement.",
     [("SWZ", "pending")]),
    ("The United States has sent deportees to Uganda under the arrangement. Activists "
     "petitioned the Constitutional Court, contending that the deal with Washington was "
     "concluded without the approval of Parliament.", [("UGA", "pending")]),
    ("The United States plans to send asylum seekers to Honduras. A challenge to the transfer "
     "accord was lodged with the Constitutional Court by opposition deputies in Tegucigalpa.",
     [("HND", "pending")]),
])
def test_a_court_the_home_state_has_not_is_the_receiving_states(
        extractor: Extractor, text: str, expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A generic court in a story filed from the receiving state stays the sender's.
    ("JUBA — The United States deported eight men to South Sudan. The Supreme Court lifted "
     "the order blocking deportations to third countries.",
     [("USA", "allowed"), ("USA", "blocked")]),
    # Britain has a High Court.
    (UK + "The High Court ruled that the Rwanda policy was lawful.", [("GBR", "allowed")]),
])
def test_courts_the_home_state_has_stay_home(extractor: Extractor, text: str,
                                             expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize("court", [
    "The country's Constitutional Court", "The nation's top court", "The kingdom's High Court",
])
def test_the_countrys_court_is_the_state_just_named(extractor: Extractor, court: str) -> None:
    text = ("Italy has sent asylum seekers to centres in Albania under the protocol. In Albania, "
            f"the protocol has faced fewer obstacles. {court} ruled in January 2024 that the "
            "agreement did not violate the constitution.")
    assert ("ALB", "allowed") in keys(legal(extractor, text))


def test_a_partys_argument_is_no_ruling(extractor: Extractor) -> None:
    text = ("The United States has sent deportees to Uganda under the arrangement. Lawyers "
            "petitioned the Constitutional Court, arguing that the arrangement was concluded in "
            "breach of the Constitution.")
    assert keys(legal(extractor, text)) == [("UGA", "pending")]


@pytest.mark.parametrize("sentence", [
    "The full Fifth Circuit is now considering whether the act applies, after hearing arguments "
    "last month.",
    "A challenge to the removals by local lawyers is still awaiting judgment.",
    "The lawsuit against the deportation flights is awaiting a ruling from a federal judge.",
    "The appeals court has yet to rule on the government's appeal of the order on third-country "
    "removals.",
    "The Supreme Court is currently considering the administration's request to resume the "
    "deportation flights.",
])
def test_a_case_still_undecided_is_pending(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == [("USA", "pending")]


@pytest.mark.parametrize("sentence", [
    # A backlog of other people's cases is no challenge.
    "Lawyers told the court that the refugee office has a backlog of 5,000 pending cases.",
    # A government still considering its options takes no step.
    "Officials are now considering whether to send more deportees to third countries.",
])
def test_undecided_words_without_a_step_are_no_case(extractor: Extractor, sentence: str) -> None:
    assert legal(extractor, US + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The justices told the administration not to remove any Venezuelans under the act.",
    "A federal judge instructed the government not to deport the men to South Sudan.",
    "The judge directed officials to halt the flights to Libya.",
    "In April the Supreme Court told the government not to deport anyone under the act until "
    "further notice.",
    "The court, in a one-line order, told officials not to carry out the transfers.",
])
def test_telling_the_government_not_to_send_blocks(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == [("USA", "blocked")]


@pytest.mark.parametrize("sentence", [
    "A federal judge in Pennsylvania upheld the president's use of the law.",
    "The appeals court upheld the administration's use of the act to deport the men.",
    "The Supreme Court backed the invocation of the act against the gang.",
])
def test_upholding_the_use_of_the_power_allows(extractor: Extractor, sentence: str) -> None:
    text = "The United States deported Venezuelans under the Alien Enemies Act. " + sentence
    assert keys(legal(extractor, text)) == [("USA", "allowed")]


def test_a_court_addressed_by_lawyers_is_not_deciding(extractor: Extractor) -> None:
    text = ("MBABANE — The United States deported five men to Eswatini in July. Lawyers told the "
            "court that their requests to see the detainees had been refused for months.")
    assert legal(extractor, text) == []


def test_a_chamber_of_a_court_is_that_court(extractor: Extractor) -> None:
    text = ("SAN JOSÉ — The United States sent 200 deportees to Costa Rica in February. The "
            "Constitutional Chamber of the Supreme Court, known as Sala IV, ruled that the State "
            "had violated the migrants' rights by confining them at the camp.")
    assert keys(legal(extractor, text)) == [("CRI", "blocked")]


KE = "The United States signed a deal with Kenya to receive deportees. "


@pytest.mark.parametrize("sentence", [
    "Activists in Nairobi have gone to court to stop the agreement.",
    "The Law Society of Kenya has challenged the agreement in court.",
    "Kenyan lawyers filed a petition against the deal.",
    "A petition against the deal was filed by a bar council of Kenya.",
    "Lawmakers of Kenya's opposition sued to stop the arrangement.",
])
def test_challengers_of_the_receiving_state_go_to_its_courts(extractor: Extractor,
                                                             sentence: str) -> None:
    assert keys(legal(extractor, KE + sentence)) == [("KEN", "pending")]


@pytest.mark.parametrize("sentence", [
    # Challengers in the deporting state go to its courts.
    "Lawyers in the United States filed a suit against the deal with Kenya.",
    # A capital named as the deal's party, not the challengers' home.
    "Activists sued to stop the agreement with Nairobi.",
])
def test_challengers_elsewhere_stay_home(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, KE + sentence)) == [("USA", "pending")]


@pytest.mark.parametrize("sentence", [
    "The 9th Circuit Court of Appeals upheld the lower court's injunction against the "
    "third-country removals.",
    "An appeals court affirmed the temporary restraining order on the deportation flights.",
    "The appeals court upheld the injunction on deportations to third countries.",
])
def test_upholding_an_injunction_blocks(extractor: Extractor, sentence: str) -> None:
    assert ("USA", "blocked") in keys(legal(extractor, US + sentence))


def test_conservatory_orders_are_court_orders(extractor: Extractor) -> None:
    text = KE + ("The High Court in Nairobi issued conservatory orders stopping the "
                 "implementation of the agreement.")
    assert keys(legal(extractor, text)) == [("KEN", "blocked")]


@pytest.mark.parametrize("sentence", [
    "The flights to Libya were blocked on May 7 by a federal district judge in Boston.",
    "Deportations to third countries were halted on May 7 by a federal judge in Boston.",
])
def test_a_court_after_by_and_adjectives_is_the_passives_agent(extractor: Extractor,
                                                               sentence: str) -> None:
    facts = legal(extractor, US + sentence)
    assert [(f.outcome, f.date) for f in facts] == [("blocked", "2025-05-07")]


@pytest.mark.parametrize("follow_up", [
    "The judge barred any further transfers under the agreements.",
    "The judge halted the deportation flights until the screening was fixed.",
    "The judge blocked removals to third countries.",
])
def test_an_order_and_the_next_sentence_on_it_are_one_ruling(extractor: Extractor,
                                                             follow_up: str) -> None:
    text = US + ("The injunction on the removals was issued on May 7 by a federal district "
                 "judge in Boston. ") + follow_up
    facts = legal(extractor, text)
    assert [(f.outcome, f.date) for f in facts] == [("blocked", "2025-05-07")]


def test_an_order_and_a_later_dated_decision_stay_two(extractor: Extractor) -> None:
    text = US + ("A federal judge in Boston issued an injunction on May 7 halting the "
                 "deportation flights. On June 2 the judge blocked removals to third countries.")
    assert len(legal(extractor, text)) == 2


# A challenge awaiting its hearing (g14, j01: different authors): the case is brought and not
# decided, whatever verb says it will be heard.
SW = "The United States deported five men to Eswatini in July under an agreement. "


@pytest.mark.parametrize("sentence", [
    "A case brought by Swazi lawyers against the deal is due to be heard by the High Court in "
    "Mbabane next month.",
    "An urgent application brought by three of the detainees is expected to be heard next month "
    "in the High Court of Eswatini.",
    "The High Court of Eswatini will hear a challenge to the agreement in November.",
    "Swazi rights lawyers have challenged the deal in court. The case is scheduled to be heard by "
    "the High Court in Mbabane next week.",
    "The challenge to the deportation deal, which the High Court of Eswatini is set to hear in "
    "October, was brought by a group of lawyers.",
])
def test_a_challenge_awaiting_its_hearing_is_pending(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, SW + sentence)) == [("SWZ", "pending")]


@pytest.mark.parametrize("sentence", [
    "Eswatini's parliament is due to hear the minister on the deal next month.",
    "The High Court of Eswatini is due to hear a land dispute next month.",
])
def test_hearings_of_other_matters_are_no_challenge(extractor: Extractor, sentence: str) -> None:
    assert legal(extractor, SW + sentence) == []


# A ruling that a state may not label a country safe (g06, j09: different authors) forbids the
# list the transfers rest on; the word "safe" in it is no finding that the transfers are safe.
@pytest.mark.parametrize("sentence", [
    "The EU Court of Justice ruled in August that member states could not designate a country "
    "of origin as safe without letting courts check the sources, a blow to the protocol.",
    "On Aug. 1 the EU Court of Justice ruled that a member state may not designate a country of "
    "origin as safe unless the designation is open to judicial review.",
    "The EU's top court held that governments cannot declare a country safe without "
    "disclosing their sources, in a blow to the Albania scheme.",
    "The Court of Justice found that Italy was not entitled to classify Bangladesh as a safe "
    "country of origin, a judgment that undercut the protocol.",
    "A country of origin cannot be designated as safe for the Albania scheme unless the whole "
    "population is protected, the EU's top court ruled on Friday.",
])
def test_a_ruling_forbidding_a_safe_designation_blocks(extractor: Extractor,
                                                       sentence: str) -> None:
    assert keys(legal(extractor, IT + sentence)) == [("ITA", "blocked")]


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The EU Court of Justice ruled that member states could designate a country of origin as "
     "safe under the protocol.", "allowed"),
    ("The EU Court of Justice ruled that Albania was safe for the people held there.", "allowed"),
])
def test_a_ruling_permitting_a_safe_designation_allows(extractor: Extractor, sentence: str,
                                                       outcome: str) -> None:
    assert keys(legal(extractor, IT + sentence)) == [("ITA", outcome)]


def test_a_judgment_on_how_states_may_act_permits_nothing(extractor: Extractor) -> None:
    text = IT + ("The judges said Egypt could not be treated as a safe country, citing a judgment "
                 "of the EU Court of Justice on how member states may designate countries as safe.")
    assert keys(legal(extractor, text)) == [("ITA", "blocked")]


# Courts declining to keep people sent abroad in detention (g06, j09: different authors).
HELD = IT + "On Tuesday the navy sent 11 men to the centre at Gjader in Albania. "


@pytest.mark.parametrize("sentence", [
    "By Thursday judges in Rome had declined to extend their detention.",
    "A Rome court refused to prolong the detention of the men, and they were brought back.",
    "Within days a Rome tribunal had refused to validate the detention of the men on board.",
    "Their detention was not extended by the Rome court, which ordered their release.",
    "Judges in Rome did not extend their custody, so the navy brought them back to Italy.",
])
def test_a_court_declining_to_keep_people_held_blocks(extractor: Extractor,
                                                      sentence: str) -> None:
    assert keys(legal(extractor, HELD + sentence)) == [("ITA", "blocked")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("By Thursday judges in Rome had extended their detention.", [("ITA", "allowed")]),
    ("Tourism to Rome is rising. A Rome court declined to extend the opening hours of museums.",
     []),
])
def test_extending_detention_and_other_extensions(extractor: Extractor, sentence: str,
                                                  found: list) -> None:
    assert keys(legal(extractor, HELD + sentence)) == found


# A web page puts menus, cookie banners and a byline before the story's dateline: the dateline
# still sets the story in the receiving state, whose courts hear suits against the deal.
PAGE = ("Kampala deportee deal faces challenge\nSkip to main content\n"
        "This site uses cookies. Accept all | Manage preferences\n"
        "Menu  Home  News  Politics  Business  Sport\nPolitics | 3 min read | Comments (12)\n"
        "Written by: News Desk\n")
LEAD = ("{city} — {state} has received 20 more migrants deported from the United States "
        "under its arrangement with Washington, officials said.\n")


@pytest.mark.parametrize(("city", "state", "iso3", "sentence"), [
    ("ACCRA", "Ghana", "GHA", "A suit filed at the Supreme Court in September by a civic group "
     "asks the court to declare the arrangement void."),
    ("KAMPALA", "Uganda", "UGA", "Opposition lawmakers have challenged the agreement before "
     "the Constitutional Court, which has yet to rule."),
    ("NAIROBI", "Kenya", "KEN", "The deal is being challenged in the High Court by a coalition "
     "of activists. No hearing date has been set."),
    ("ACCRA", "Ghana", "GHA", "Lawyers for a civic group, who say the memorandum needed "
     "ratification, lodged their petition at the Supreme Court last month."),
    ("MBABANE", "Eswatini", "SWZ", "Civil society groups are asking the High Court to strike "
     "down the pact, and the case is pending."),
])
def test_a_dateline_after_page_furniture_sets_the_court(extractor: Extractor, city: str,
                                                         state: str, iso3: str,
                                                         sentence: str) -> None:
    facts = legal(extractor, PAGE + LEAD.format(city=city, state=state) + sentence)
    assert keys(facts) == [(iso3, "pending")]


@pytest.mark.parametrize("lead", [
    # A capitals' line in the body, not opening a paragraph with a dash, is no dateline.
    "Officials said the UNITED STATES had sent 20 migrants to Ghana under its arrangement.\n",
    # An upper-case place in a menu line, past the first lines, without a dash.
    "GHANA NEWS  Home  Politics\nThe United States has sent 20 migrants to Ghana.\n",
])
def test_capitals_without_a_dateline_dash_set_nothing(extractor: Extractor, lead: str) -> None:
    facts = legal(extractor, PAGE + lead + US + "A federal judge in Boston blocked the "
                  "transfers to Ghana on Tuesday.")
    assert keys(facts) == [("USA", "blocked")]


# A court acting in the clause after a dated transfer, joined to it, acted when it happened
# (s06, x10: different authors).
@pytest.mark.parametrize("sentence", [
    "The first asylum seekers were taken there in October 2024, but judges in Rome refused to "
    "approve their detention.",
    "Its first transfer, in October 2024, saw 16 men shipped to Albania; all were brought back "
    "within days after a Rome court refused to validate their detention.",
    "In October 2024 the navy carried 16 migrants to Gjader, and a tribunal in Rome declined "
    "to extend their detention.",
    "Twelve asylum seekers who had been transferred to the centre in October 2024 were freed, "
    "yet a Rome court had refused to validate their detention.",
    "The navy landed the first migrants at Shengjin in October 2024; judges in Rome, who "
    "would not validate their detention, ordered them back to Italy.",
])
def test_a_ruling_in_the_clause_after_a_dated_transfer_takes_its_date(
        extractor: Extractor, sentence: str) -> None:
    facts = legal(extractor, HELD + sentence, "2026-01-15")
    assert keys(facts) == [("ITA", "blocked")]
    assert facts[0].date == "2024-10"


@pytest.mark.parametrize("sentence", [
    # The text says the court acted later.
    "The first asylum seekers were taken there in October 2024, but months later judges in "
    "Rome refused to validate their detention.",
    # The date is the deal's, not a transfer's.
    "The protocol was signed in November 2023, but judges in Rome refused to validate the "
    "detention of the men.",
])
def test_a_ruling_after_another_dated_event_keeps_no_date(extractor: Extractor,
                                                          sentence: str) -> None:
    facts = legal(extractor, HELD + sentence, "2026-01-15")
    assert keys(facts) == [("ITA", "blocked")]
    assert facts[0].date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Court suspends Kenya deportee pact\n" + KE + "The High Court on Wednesday suspended the "
     "agreement.", [("KEN", "blocked")]),
    # the lede repeats the headline undated; the body dates the order, by a judge of the court
    ("Court suspends US deportee pact as Interior denies any arrivals\nNAIROBI — The High "
     "Court has suspended an agreement under which Kenya would receive people deported from the "
     "United States. The Interior Ministry said no one had arrived. In conservatory orders "
     "issued on Wednesday, a judge of the Constitutional Division barred the government from "
     "admitting anyone removed by the US under the deal.",
     [("KEN", "blocked")]),
    ("Constitutional court orders release of US deportees held near Panama border\nSAN JOSÉ — "
     "Costa Rica's Constitutional Chamber on Tuesday ordered the government to release the "
     "migrants deported from the United States who had been confined at a centre.",
     [("CRI", "blocked")]),
    ("Judges rule Rwanda plan unlawful\n" + UK + "The Court of Appeal on Thursday ruled that "
     "the policy was unlawful.", [("GBR", "blocked")]),
    ("Eswatini court throws out challenge to deportee deal\n" + SW + "The High Court on "
     "Thursday dismissed an application by civic groups seeking to stop the government from "
     "receiving the deportees.", [("SWZ", "allowed")]),
    ("Top court lets deportations to South Sudan go ahead\n" + US + "In a brief order on "
     "Monday, the Supreme Court allowed the administration to resume removals to third "
     "countries.", [("USA", "allowed")]),
])
def test_a_headline_ruling_is_the_ruling_the_story_reports(extractor: Extractor, text: str,
                                                           expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


def test_a_headline_ruling_of_another_outcome_stays(extractor: Extractor) -> None:
    text = ("Judge halts flights to Ghana\n" + US + "A judge in Boston on Monday halted the "
            "flights to Ghana. An appeals court on Friday allowed the removals to resume.")
    assert sorted(keys(legal(extractor, text))) == [("USA", "allowed"), ("USA", "blocked")]
    two = legal(extractor, US + "A judge in Boston blocked the flights to Ghana in May. In June "
                "a judge in Maryland blocked transfers to Eswatini.")
    assert keys(two) == [("USA", "blocked"), ("USA", "blocked")]


TX = US + "A federal judge in Texas ruled in May that removals under the Alien Enemies Act were " \
    "unlawful. "


@pytest.mark.parametrize(("text", "expected"), [
    (TX + "A federal judge in Colorado reached a similar conclusion in June.",
     [("USA", "blocked"), ("USA", "blocked")]),
    (TX + "Weeks later a judge in Colorado came to the same conclusion.",
     [("USA", "blocked"), ("USA", "blocked")]),
    (US + "A federal judge in Texas blocked removals under the Alien Enemies Act in May. Days "
     "later a judge in Denver followed suit.", [("USA", "blocked"), ("USA", "blocked")]),
    (US + "A federal judge in Pennsylvania upheld the president's use of the Alien Enemies Act "
     "in April. A judge in Ohio reached the same conclusion in May, allowing removals to "
     "proceed.", [("USA", "allowed"), ("USA", "allowed")]),
    # the same court again, split from its first ruling by a subordinate clause
    (US + "In June the Supreme Court stayed a judge's injunction on removals to third "
     "countries. On July 3 the justices said that their June order also covered the judge's "
     "later ruling on the eight men.", [("USA", "allowed"), ("USA", "blocked"),
                                        ("USA", "allowed")]),
    (US + "On June 23 the Supreme Court paused a judge's injunction on removals to third "
     "countries. When the judge said a separate order still stood, the justices intervened "
     "again on July 3, saying their earlier order applied to that ruling as well.",
     [("USA", "allowed"), ("USA", "blocked"), ("USA", "allowed")]),
])
def test_a_ruling_told_as_the_same_as_another(extractor: Extractor, text: str,
                                              expected: list) -> None:
    assert sorted(keys(legal(extractor, text, "2025-08-01"))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # nothing reported before it to be the same as
    (US + "A federal judge in Colorado reached a similar conclusion in April.", []),
    # not a court reaching it
    (TX + "Lawyers for the men reached a similar conclusion.", [("USA", "blocked")]),
])
def test_the_same_as_nothing_or_said_by_no_court(extractor: Extractor, text: str,
                                                 expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    US + "A federal judge in Boston warned that any such flight to Libya would violate his "
    "order.",
    US + "Judge Brian Murphy, who had barred removals without notice, warned on Wednesday that "
    "a flight to Libya would violate that order.",
    US + "The federal judge in Massachusetts who barred removals without notice has weighed in. "
    "Responding to an emergency motion, he wrote that any removal to Libya would clearly "
    "violate his order.",
    US + "A federal judge in Boston heard the lawyers on Friday. She ruled that the flight to "
    "Libya was unlawful.",
    US + "A judge in Seattle was asked to act overnight. In a short order, she barred the "
    "transfer of the men to Ghana.",
])
def test_a_judges_warning_or_a_pronoun_for_the_judge(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text)) == [("USA", "blocked")]


@pytest.mark.parametrize("text", [
    # "he" is not the judge: no judge in the sentence before
    US + "The minister spoke on Friday. He said the flight to Libya was unlawful.",
    # two judges before: whose "she" is unclear
    US + "A judge in Boston and a judge in Seattle heard the case. She ruled that the flight to "
    "Libya was unlawful.",
])
def test_a_pronoun_without_one_judge_before_is_no_court(extractor: Extractor,
                                                       text: str) -> None:
    assert [f for f in legal(extractor, text) if f.outcome != "pending"] == []


# Round 6: a challenger's step turned down, told in the passive, with its court split from the
# verb by an appositive, or by a bench of judges (f03, f09, j10, j13).
@pytest.mark.parametrize(("text", "expected"), [
    (US + "A last-minute bid by two of the men in a federal court in Maryland to stop their "
     "deportation was rejected late on Friday.", [("USA", "allowed")]),
    (US + "Hours earlier, a judge in Greenbelt, Md., had turned down a request by lawyers for "
     "a Vietnamese man to halt his transfer to Eswatini.", [("USA", "allowed")]),
    (US + "The men's emergency motion to stop the flight to South Sudan was denied by a "
     "federal judge in Boston.", [("USA", "allowed")]),
    (UK + "An application by the asylum seekers to stop their removal to Rwanda was dismissed "
     "by the High Court.", [("GBR", "allowed")]),
    (US + "Their petition in federal court to halt the deportations to Ghana was thrown out "
     "on Monday.", [("USA", "allowed")]),
    (US + "A judge, sitting in Boston, rejected the migrants' request to halt the flights to "
     "South Sudan.", [("USA", "allowed")]),
    (UK + "Lawyers for one man had asked the High Court to stop his removal to Rwanda. The "
     "full bench dismissed the application last month.", [("GBR", "allowed")]),
])
def test_a_challengers_step_turned_down(extractor: Extractor, text: str,
                                        expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # no court: asylum claims turned down by officials
    US + "The men's asylum claims were rejected, and they were deported to Ghana.",
    US + "A request by the lawyers for the flight manifest to Ghana was rejected by officials.",
    # a state's bid, not a legal step before a court
    US + "A bid by Ghana to join the deportation program was rejected.",
])
def test_a_step_turned_down_by_no_court(extractor: Extractor, text: str) -> None:
    assert [f for f in legal(extractor, text) if f.outcome != "pending"] == []


# Round 6: a timeline line's heading date, whatever mark follows it, dates every event on the
# line, in its first sentence or a later one (b08, j03).
@pytest.mark.parametrize(("text", "date"), [
    (US + "\n\nApril 7 — In a 5-4 order, the Supreme Court vacates the judge's restraining "
     "order on removals to El Salvador.\n", "2025-04-07"),
    (US + "\n\nApril 19 – The justices tell the administration not to remove any Venezuelans "
     "to El Salvador.\n", "2025-04-19"),
    (UK + "\n\nDecember 2022. The High Court in London rules the Rwanda policy lawful.\n",
     "2022-12"),
    (US + "\n\nMarch 15 — Three planes leave Texas for El Salvador. A federal judge orders "
     "the planes carrying the deportees to be turned around.\n", "2025-03-15"),
    (UK + "\n\nJune 2023: The Court of Appeal rules that the removals to Rwanda are "
     "unlawful.\n", "2023-06"),
])
def test_a_timeline_heading_dates_its_line(extractor: Extractor, text: str, date: str) -> None:
    facts = [f for f in legal(extractor, text) if f.outcome != "pending"]
    assert [f.date for f in facts if not f.court.lower().startswith("lower")][:1] == [date]


@pytest.mark.parametrize("text", [
    # a date inside prose, not heading a line
    US + "\n\nOfficials said that on April 7 the planes left. Later a federal judge blocked "
    "the removals to El Salvador.\n",
    # the heading date is on another line
    US + "\n\nApril 7 — Three planes leave Texas for El Salvador.\n\nA federal judge blocked "
    "the removals to El Salvador.\n",
])
def test_a_date_that_heads_no_line_of_the_ruling(extractor: Extractor, text: str) -> None:
    facts = [f for f in legal(extractor, text) if f.outcome == "blocked"]
    assert [f.date for f in facts] == [None]


@pytest.mark.parametrize("text", [
    US + "In March, Judge James Boasberg ordered the planes carrying deportees to El Salvador "
    "turned around. In April, the Supreme Court vacated Boasberg's temporary restraining order.",
    US + "Judge Brian Murphy barred removals to third countries without notice in April. In "
    "June the justices stayed Murphy's injunction.",
    US + "Judge Brian Murphy in April blocked removals to third countries without notice. The "
    "Supreme Court later lifted Murphy's order.",
])
def test_the_order_undone_is_the_one_its_judge_made(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text)) == [("USA", "allowed"), ("USA", "blocked")]


def test_a_finding_of_the_judge_is_not_the_order_undone(extractor: Extractor) -> None:
    text = (US + "In May, Judge Brian Murphy found that officials had violated his order by "
            "deporting the men to South Sudan. The men are held in Djibouti. In June the justices "
            "stayed Murphy's injunction.")
    assert keys(legal(extractor, text)) == [("USA", "allowed"), ("USA", "blocked"),
                                           ("USA", "blocked")]


def test_the_order_of_another_judge_is_another_ruling(extractor: Extractor) -> None:
    text = (US + "Judge James Boasberg blocked the flights to El Salvador in March. In May the "
            "appeals court vacated Judge Murphy's injunction on removals to South Sudan.")
    assert keys(legal(extractor, text)) == [("USA", "allowed"), ("USA", "blocked"),
                                           ("USA", "blocked")]


# Round 6: courts refusing to validate the detention of people just moved abroad under the
# program (b09, x10, g06): holding them is about the program when this sentence or the one
# before tells them moved to a place abroad.
ROME = "Italy signed a protocol with Albania to hold migrants in centres there. "


@pytest.mark.parametrize("text", [
    ROME + "The first group arrived at Shëngjin on 16 October 2024. Within two days a Rome "
    "tribunal refused to validate their detention.",
    ROME + "Italy built two centres in Albania. The first asylum seekers were taken there in "
    "October 2024, but judges in Rome refused to approve their detention.",
    ROME + "Sixteen men were shipped to Albania in October. Judges in Rome declined to "
    "validate their detention, and the men were brought back.",
    ROME + "Twelve men were flown to Albania last week; a court in Rome refused to approve "
    "their continued detention.",
    ROME + "The navy brought seven men to the centre at Gjadër. A Rome court did not validate "
    "the detention of the men.",
])
def test_a_court_refusing_to_hold_people_moved_abroad(extractor: Extractor, text: str) -> None:
    assert ("ITA", "blocked") in keys(legal(extractor, text, "2025-11-01"))


@pytest.mark.parametrize("text", [
    # people who came from abroad, held at home: no transfer under the program
    ROME + "Forty migrants arrived in Lampedusa from Libya on Monday. A judge in Rome refused "
    "to validate their detention.",
    # nobody moved
    ROME + "A judge in Rome refused to validate the detention of a Tunisian man arrested in "
    "Milan.",
])
def test_a_court_refusing_to_hold_people_at_home(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text, "2025-11-01")) == []


# Round 6: a new legal step right after a sentence on the deal or the transfers is about them,
# though its own sentence names neither (b11, f01, g14, q12).
SW6 = "The United States deported five men to Eswatini in July under a deal with the kingdom. "


@pytest.mark.parametrize(("text", "expected"), [
    (SW6 + "A group of civil society organisations filed an application in the High Court in "
     "Mbabane last month asking judges to declare it unconstitutional.", [("SWZ", "pending")]),
    (SW6 + "Meanwhile, a lawsuit filed in federal court in Maryland by the men's attorneys, "
     "seeking to have them returned, is yet to be heard.", [("USA", "pending")]),
    (SW6 + "Three of the detainees have brought an urgent application of their own, which is "
     "expected to be heard next month.", [("USA", "pending")]),
    (SW6 + "The detainees' lawyers have since gone to court in Washington, and the case is "
     "awaiting a hearing.", [("USA", "pending")]),
    (SW6 + "The men's lawyers have petitioned a federal judge in Boston to order their return.",
     [("USA", "pending")]),
])
def test_a_new_step_after_a_sentence_on_the_program(extractor: Extractor, text: str,
                                                    expected: list) -> None:
    assert keys(legal(extractor, text, "2025-10-01")) == expected


@pytest.mark.parametrize("text", [
    # the case already told goes on: no new step
    SW6 + "The case was adjourned to a date in October.",
    # a step on another matter, which neither the people nor the deal
    SW6 + "The High Court of Eswatini is due to hear a land dispute brought by a farmer next "
    "month.",
    # a step after a sentence on something else
    "The kingdom held elections in September. An opposition group filed an application in "
    "the High Court in Mbabane challenging the results.",
])
def test_no_new_step_after_the_program(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text, "2025-10-01")) == []


# Round 6: a sentence on another sending state's scheme, naming it and not the story's own:
# its courts rule, and international courts rule on its transfers (g06, l15).
@pytest.mark.parametrize(("text", "expected"), [
    (US + "The partnership London signed with Kigali never sent anyone; after the Supreme Court "
     "found Rwanda unsafe, the scheme was scrapped.", [("GBR", "blocked")]),
    (US + "Italy's centre at Gjader in Albania has held about 400 people, although a reference "
     "on its legality is still pending before the EU Court of Justice.", [("ITA", "pending")]),
    (US + "Denmark's plan to fly asylum seekers to Rwanda stalled after the Supreme Court ruled "
     "the transfers unlawful.", [("DNK", "blocked")]),
    (US + "Britain's Rwanda policy was halted in 2022 when the European Court of Human Rights "
     "issued an interim measure against the flight.", [("GBR", "blocked")]),
    (US + "In Rome the government says the Albanian centres are lawful, but the Court of Justice "
     "ruled in August that Italy could not rely on its own list of safe countries to send "
     "migrants there.", [("ITA", "blocked")]),
])
def test_a_court_on_another_senders_scheme(extractor: Extractor, text: str,
                                           expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # the story's own state named: its courts
    US + "Like Britain's scheme with Rwanda, the U.S. deportations to Eswatini were blocked by "
    "the Supreme Court.",
    # no sending state named at all
    US + "A federal judge blocked the flights to South Sudan.",
])
def test_a_court_of_the_storys_own_state(extractor: Extractor, text: str) -> None:
    assert [j for j, _ in keys(legal(extractor, text))] == ["USA"]


# A passive verb and the court whose order it followed, later in the sentence (b03, l03, j03).
@pytest.mark.parametrize("text", [
    UK + "The first flight was grounded at the last minute in June 2022 after an intervention "
    "from the European Court of Human Rights.",
    UK + "The first flight to Rwanda was grounded on the tarmac after a last-minute interim "
    "measure from the European Court of Human Rights in Strasbourg.",
    UK + "The flight to Rwanda was halted following an injunction by the High Court.",
    UK + "Removals to Rwanda were stopped after a ruling by the Court of Appeal.",
    UK + "The deportation flight was cancelled hours before take-off after a decision from the "
    "Strasbourg court.",
])
def test_a_passive_stop_after_a_courts_order(extractor: Extractor, text: str) -> None:
    assert ("GBR", "blocked") in keys(legal(extractor, text))


@pytest.mark.parametrize("text", [
    # no court's order: the weather, a minister
    UK + "The first flight to Rwanda was grounded after a storm, a court official said.",
    UK + "The flight to Rwanda was halted after a decision from the Home Secretary.",
])
def test_a_passive_stop_after_no_courts_order(extractor: Extractor, text: str) -> None:
    assert [k for k in keys(legal(extractor, text)) if k[1] == "blocked"] == []


def test_a_court_refusing_to_hold_people_a_ship_carried_abroad(extractor: Extractor) -> None:
    text = (ROME + "When the first naval vessel carrying asylum seekers docked at Shëngjin in "
            "October 2024, the government hailed a model for Europe. Within days, judges in Rome "
            "had refused to validate the detention of the men on board.")
    assert ("ITA", "blocked") in keys(legal(extractor, text, "2025-11-01"))


# Round 6: a weekday dates the news its sentence tells, wherever it stands (f06, l09, l10, u03).
PA = "The United States flew 299 migrants to Panama under a new agreement. "


@pytest.mark.parametrize(("text", "date"), [
    (PA + "A group of Panamanian lawyers said on Tuesday they had filed a writ of habeas corpus "
     "before the Supreme Court on behalf of the deportees.", "2025-02-18"),
    (PA + "A lawyer for several of the deportees filed a habeas corpus petition with the "
     "Constitutional Chamber of the Supreme Court of Panama on Friday.", "2025-02-14"),
    (PA + "In an order issued on Monday, Panama's Supreme Court ordered the government to "
     "release the deportees held in the Darién.", "2025-02-17"),
    (PA + "Delivering judgment on Wednesday, the Supreme Court of Panama ruled that holding the "
     "deportees was unconstitutional.", "2025-02-19"),
    (PA + "On Thursday, lawyers for the deportees asked Panama's Supreme Court to order their "
     "release.", "2025-02-13"),
])
def test_a_weekday_dates_the_step(extractor: Extractor, text: str, date: str) -> None:
    facts = legal(extractor, text, "2025-02-19")
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize("text", [
    # the weekday is the flight's, cut off from the court by "after"
    PA + "The deportees left Panama on Monday after the Supreme Court of Panama had refused to "
    "halt their removal.",
    # two weekdays: which is the court's is unclear
    PA + "Lawyers met on Monday and on Wednesday filed a writ with Panama's Supreme Court over "
    "the deportees, said an official who spoke on Friday.",
])
def test_a_weekday_of_another_event(extractor: Extractor, text: str) -> None:
    facts = legal(extractor, text, "2025-02-19")
    assert "2025-02-17" not in [f.date for f in facts]


@pytest.mark.parametrize(("text", "date"), [
    (UK + "The first flight was grounded at the last minute in June 2022 after an intervention "
     "from the European Court of Human Rights.", "2022-06"),
    (UK + "In June 2022 the first flight to Rwanda was halted after an interim measure from the "
     "Strasbourg court.", "2022-06"),
])
def test_a_passive_stop_is_dated_by_its_verb(extractor: Extractor, text: str, date: str) -> None:
    assert [f.date for f in legal(extractor, text) if f.outcome == "blocked"] == [date]


# Round 7: a challenge still before a court, or taken to one, in the words reporters use
# ("remains before the High Court", "have gone to the High Court", "brought by civic groups";
# g03, g14, o01, o10).
SZ = "The United States deported five men to Eswatini in July under an agreement with Mbabane. "
AU = "Australia flew three men to Nauru last week under its new deal with the island. "


@pytest.mark.parametrize(("text", "key"), [
    (SZ + "A challenge to the arrangement brought by civic groups remains before the High "
     "Court in Mbabane, with no hearing date set.", ("SWZ", "pending")),
    (AU + "Lawyers for at least one other man in the cohort have already gone to the High "
     "Court to try to stop his removal.", ("AUS", "pending")),
    (AU + "Lawyers for two of the men went to the Federal Court of Australia on Monday to "
     "stop their transfers.", ("AUS", "pending")),
    (SZ + "The case against the deal is now before the High Court of Eswatini.",
     ("SWZ", "pending")),
    (US + "The class action over the flights to Ghana, brought by a coalition of legal aid "
     "groups, has not yet gone to trial.", ("USA", "pending")),
    (US + "Lawyers for the deportees turned to the federal courts to halt the flights to "
     "South Sudan.", ("USA", "pending")),
])
def test_a_challenge_before_or_taken_to_a_court(extractor: Extractor, text: str,
                                                key: tuple[str, str]) -> None:
    assert keys(legal(extractor, text)) == [key]


@pytest.mark.parametrize("text", [
    # a visit, and a hypothetical step
    AU + "Officials went to the High Court building on Monday to meet the judges' staff "
    "about security.",
    SZ + "Lawyers said they could go to the High Court if the men are not released.",
])
def test_no_challenge_taken_to_a_court(extractor: Extractor, text: str) -> None:
    assert legal(extractor, text) == []


# Round 7: a ruling on holding people at a place the sentence points back to ("held there",
# "brought there", "detention abroad"), once the story has moved people abroad (c10, o09).
IT = "Italy transferred forty men to its centre at Gjadër in northern Albania on Friday. "
IT_NOTE = "The interior minister said the government would respect the courts. "


@pytest.mark.parametrize("sentence", [
    "Earlier this month a magistrate in Rome ordered the release of two men held there, saying "
    "the law did not allow their detention abroad.",
    "But judges in Rome declined to validate the detention of the first groups brought there "
    "last October.",
    "A Rome tribunal refused to validate the detention of the men held there.",
    "The Court of Appeal in Rome ruled that holding the men there was unlawful.",
    "Within days, judges in Rome had ordered that the men detained there be released.",
])
def test_a_ruling_on_holding_people_where_they_were_sent(extractor: Extractor,
                                                        sentence: str) -> None:
    assert keys(legal(extractor, IT + IT_NOTE + sentence)) == [("ITA", "blocked")]


@pytest.mark.parametrize("text", [
    # no one moved abroad: a ruling on a jail at home
    "The interior minister spoke in Rome on Friday. " + IT_NOTE + "A magistrate in Rome "
    "ordered the release of two men held there.",
    # holding people, but no place pointed back to
    IT + IT_NOTE + "A magistrate in Rome ordered the release of two smugglers from prison.",
])
def test_a_ruling_on_holding_people_elsewhere(extractor: Extractor, text: str) -> None:
    assert legal(extractor, text) == []


# Round 7: a fronted date or phrase before the court does not make its ruling an afterthought
# ("In November 2023, the Supreme Court ruled unanimously that …"; c07, dev, gen).
@pytest.mark.parametrize("sentence", [
    "In November 2023, the Supreme Court ruled unanimously that the government's plan to fly "
    "asylum seekers to Rwanda was unlawful.",
    "Last year, the UK Supreme Court ruled 5-0 that the Rwanda scheme was unlawful.",
    "In a landmark judgment, the justices found unanimously that the plan was unlawful.",
    "On Wednesday, the Court of Appeal ruled by a majority that the Rwanda policy was unlawful.",
    "Two years ago, the Supreme Court concluded on appeal that the scheme was unlawful.",
])
def test_a_fronted_phrase_before_the_court_and_its_ruling(extractor: Extractor,
                                                        sentence: str) -> None:
    assert keys(legal(extractor, UK + sentence)) == [("GBR", "blocked")]


@pytest.mark.parametrize("sentence", [
    # the ruling told first, its court after it: the content before the court decides
    "The plan to send people to Rwanda is lawful, the High Court ruled on Monday.",
    "Rwanda is a safe country, the High Court found, clearing the way for flights.",
])
def test_a_ruling_told_before_its_court(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, UK + sentence)) == [("GBR", "allowed")]


# Round 7: the Alien Enemies Act named by an epithet reporters use ("the wartime statute", "the
# 1798 law"; c02, d08, j14, q10, t04).
AEA = "The United States deported Venezuelans to El Salvador in March. "


@pytest.mark.parametrize("sentence", [
    "Several judges have since ruled that the use of the wartime statute was unlawful.",
    "A federal judge in Texas ruled in May that invoking the 1798 law was unlawful.",
    "An appeals court blocked removals under the 1798 statute on Tuesday.",
    "A judge in Colorado found that removals under the 18th-century statute were unlawful.",
    "A judge in New York barred the government from using the centuries-old law against the "
    "men.",
])
def test_the_act_named_by_an_epithet(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, AEA + sentence)) == [("USA", "blocked")]


@pytest.mark.parametrize("sentence", [
    # another old law, on another matter
    "A judge ruled that the 1798 Sedition Act had no bearing on a tax dispute.",
    "Several judges have ruled that the wartime curfew in the city was unlawful.",
])
def test_other_old_laws_are_no_subject(extractor: Extractor, sentence: str) -> None:
    assert legal(extractor, "A tax case went to court in Ohio. " + sentence) == []


# Round 8: going to court read from its parts (a verb of going, turning or applying, "to", a
# court within a few words), not from a lexicon of every combination (composed_cues.py).
@pytest.mark.parametrize(("text", "key"), [
    (AU + "Lawyers for the men turned to Australia's top court on Monday to stop the "
     "transfers to Nauru.", ("AUS", "pending")),
    (UK + "The charities are applying to the European Court of Human Rights to halt the "
     "flights to Rwanda.", ("GBR", "pending")),
    (US + "Relatives of the deportees rushed to a federal court in Boston to halt the flights "
     "to South Sudan.", ("USA", "pending")),
    (SZ + "Activists opposed to the deal have gone to court in Mbabane to stop any further "
     "transfers.", ("SWZ", "pending")),
    (SZ + "Opposition lawmakers went to the country's High Court last week, arguing that the "
     "agreement with Washington was unconstitutional.", ("SWZ", "pending")),
    (AU + "To stop the transfers to Nauru, the men's lawyers went on Friday to the High "
     "Court.", ("AUS", "pending")),
])
def test_going_to_a_court_read_from_its_parts(extractor: Extractor, text: str,
                                              key: tuple[str, str]) -> None:
    assert keys(legal(extractor, text)) == [key]


@pytest.mark.parametrize("text", [
    AU + "The new security rules applied to the court's own staff as well as to visitors.",
    SZ + "The deported men went to Mbabane's main prison after their arrival.",
    US + "The officials who went to the courthouse on Monday spoke to reporters about "
    "parking.",
])
def test_going_somewhere_else_is_no_suit(extractor: Extractor, text: str) -> None:
    assert legal(extractor, text) == []


# Round 8: the case already told moving up to another court, beside its ruling, is that one
# action (rule 9); people going to a court is a step of its own (ta04).
@pytest.mark.parametrize("text", [
    US + "A federal judge in Washington barred the flights to El Salvador; the case later "
    "went to the Supreme Court.",
    US + "A federal judge blocked the removals to South Sudan, and the matter then went to "
    "the appeals court.",
    US + "The judge halted the deportations to Ghana before the lawsuit went on to the "
    "Supreme Court.",
    UK + "The High Court blocked the flight to Rwanda, and the challenge eventually went to "
    "the Supreme Court.",
    US + "The flights to Eswatini were blocked by a federal judge in Boston, after which the "
    "case went to the court of appeals.",
])
def test_a_case_moving_up_beside_its_ruling(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text)) == [("USA" if text.startswith(US) else "GBR",
                                            "blocked")]


@pytest.mark.parametrize("text", [
    US + "Lawyers for the deportees went to the Supreme Court in May to stop the flights to "
    "Ghana.",
    US + "The case against the flights to Ghana went to the Supreme Court in May.",
])
def test_going_to_a_court_without_a_ruling_beside_it(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text)) == [("USA", "pending")]


# Round 8: an unplaced court after a receiving state owning the deal or the case is that
# state's (z15, ta15), unless the sentence names home as more than the counterpart.
USBZ = "The United States signed safe third country agreements with Paraguay and Belize. "


@pytest.mark.parametrize("text", [
    USBZ + "In Belize's case, the Supreme Court is still weighing a challenge to the "
    "agreement.",
    USBZ + "Paraguay has taken in a dozen people, although in Belize's case a challenge to "
    "the deal is pending before the Supreme Court.",
    USBZ + "Belize's agreement with Washington is pending before the Supreme Court, where "
    "the opposition has challenged it.",
    USBZ + "Belize's deal has been challenged by opposition lawmakers, and the Supreme Court "
    "is still weighing the case.",
    USBZ + "Belize's challenge to the accord, brought by the opposition, remains before the "
    "Supreme Court.",
])
def test_a_court_of_the_state_owning_the_deal(extractor: Extractor, text: str) -> None:
    assert keys(legal(extractor, text)) == [("BLZ", "pending")]


@pytest.mark.parametrize("text", [
    # the owner's record is no deal; a court placed in the home state's capital
    UK + "Rwanda's record was cited when the Supreme Court ruled the plan unlawful.",
    USBZ + "Belize's agreement aside, the Supreme Court in Washington is still weighing a "
    "challenge to the deportations.",
])
def test_a_possessive_that_owns_no_case(extractor: Extractor, text: str) -> None:
    assert all(j in ("USA", "GBR") for j, _ in keys(legal(extractor, text)))


# Round 8: in a story about the receiving state that also tells what the sender does, a
# challenge to the deal itself by local challengers goes to that state's top court (ua03).
GH = ("The United States deported 42 West Africans to Ghana this year. President John Mahama "
      "said Ghana agreed to take them, and Mahama defended the deal in Accra on Tuesday. ")


@pytest.mark.parametrize("sentence", [
    "On Monday, a civic group filed a suit at the Supreme Court asking it to declare the "
    "agreement unconstitutional.",
    "Opposition lawmakers have challenged the agreement at the Supreme Court.",
    "The deal is being challenged at the Supreme Court by a coalition of civil society groups.",
    "A suit by activists asking the Supreme Court to annul the arrangement was filed last week.",
    "Civic groups went to the Supreme Court on Friday, arguing that the deal needed the "
    "approval of parliament.",
])
def test_a_challenge_to_the_deal_in_a_story_about_the_receiver(extractor: Extractor,
                                                              sentence: str) -> None:
    assert keys(legal(extractor, GH + sentence)) == [("GHA", "pending")]


@pytest.mark.parametrize("sentence", [
    # a court of the sender's, by its name or place; the flights, not the deal
    "Lawyers for the deportees filed a suit in federal court in Washington over the "
    "agreement.",
    "Lawyers asked the Supreme Court in Washington to halt the flights to Ghana.",
])
def test_a_sender_court_in_a_story_about_the_receiver(extractor: Extractor,
                                                     sentence: str) -> None:
    assert keys(legal(extractor, GH + sentence)) == [("USA", "pending")]


# Round 9: a court that has not yet scheduled the case keeps it pending, read from its parts
# (a "not yet" marker, a verb of scheduling, a date or hearing): ga15, ha07, b11, ua16.
IT = ("Italy sent 12 asylum seekers to its centre at Gjader in Albania this week under a "
      "deal with Tirana. ")


@pytest.mark.parametrize("sentence", [
    "Italy's Court of Cassation has yet to set a date for a hearing on the transfers.",
    "The Court of Cassation, Italy's highest appeals court, has not yet fixed a date to hear "
    "the government's appeal against the transfers.",
    "The government's appeal against the transfers lies with the Court of Cassation, which "
    "has yet to schedule a hearing.",
    "No date has yet been set by the Court of Cassation for a hearing on the challenge to the "
    "transfers.",
    "The challenge to the transfers has reached the Court of Cassation, but the court has not "
    "yet named a date for the hearing.",
    "Judges at the Court of Cassation had still not set a hearing date on the transfers.",
])
def test_a_court_yet_to_schedule_a_hearing_is_pending(extractor: Extractor,
                                                      sentence: str) -> None:
    assert ("ITA", "pending") in keys(legal(extractor, IT + sentence))


@pytest.mark.parametrize("sentence", [
    # no court: a flight or a visit not yet scheduled is no legal action
    "Officials have yet to set a date for the next flight to Albania.",
    "The interior ministry has not yet fixed a date for the minister's visit to the centre.",
])
def test_an_unscheduled_flight_is_no_legal_action(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, IT + sentence)) == []


# Round 9: a ruling "within days" of a transfer dated just before is dated by that transfer's
# month (b09, c09, g06, ea02, ha15): the day is not the ruling's.
CENTRES = "Italy holds asylum seekers at two centres in Albania under a deal with Tirana. "


@pytest.mark.parametrize("text", [
    "The first 16 men arrived at Shengjin aboard an Italian navy ship on 16 October 2024. "
    "Within two days a Rome tribunal refused to validate their detention.",
    "Italy shipped 16 men to its centre in Albania on Oct. 16, 2024, but within days the Rome "
    "tribunal refused to validate their detention.",
    "Italy's navy brought 16 men to Albania in October 2024. Within days, judges in Rome had "
    "refused to validate their detention.",
    "The first 16 men were taken to Albania by navy ship in October 2024, but Italian judges "
    "ordered their release within days.",
    "Italy took 16 men to its centre in Albania on October 16, 2024, and a Rome court refused "
    "to validate their detention within a week.",
])
def test_a_ruling_within_days_of_a_transfer_takes_its_month(extractor: Extractor,
                                                           text: str) -> None:
    facts = legal(extractor, CENTRES + text, "2025-06-01")
    assert [(f.jurisdiction, f.outcome, f.date) for f in facts] == [("ITA", "blocked",
                                                                      "2024-10")]


@pytest.mark.parametrize("text", [
    # the lapse is not the ruling's, or the ruling carries its own date
    "The first 16 men arrived at Shengjin aboard an Italian navy ship on 16 October 2024. "
    "Within days, on 18 October, a Rome tribunal refused to validate their detention.",
    "Italy took 16 men to its centre in Albania on October 16, 2024. In January a Rome "
    "tribunal refused to validate the detention of a second group within days of arrival.",
])
def test_a_lapse_that_is_not_the_rulings_dates_nothing(extractor: Extractor,
                                                      text: str) -> None:
    facts = legal(extractor, CENTRES + text, "2025-06-01")
    assert facts and all(f.date != "2024-10" for f in facts)


# Round 9: a scene is set by a fronted locative ("In Accra, …", "Meanwhile, in Accra, …"), not by
# a state named in passing mid-sentence before the court ("landed in South Sudan, after the
# Supreme Court …", "the base in Djibouti, could …": ga02, i12).
@pytest.mark.parametrize("sentence", [
    "In Accra, a civic group has challenged the agreement at the Supreme Court.",
    "And in Accra, a civic group has challenged the agreement at the Supreme Court.",
    "Meanwhile, in Accra, a civic group has challenged the agreement at the Supreme Court.",
    "Back in Ghana, a civic group has challenged the agreement at the Supreme Court.",
    "Elsewhere in Ghana, a civic group has challenged the agreement at the Supreme Court.",
])
def test_a_fronted_locative_sets_the_court(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, GH + sentence)) == [("GHA", "pending")]


@pytest.mark.parametrize("sentence", [
    "The first test came in South Sudan, where eight men finally landed in Juba in early July "
    "after the Supreme Court cleared their transfer.",
    "The eight men, held at the U.S. military base in Djibouti, could be on a plane to Juba "
    "within days after the Supreme Court lifted a lower-court order barring the transfers.",
])
def test_a_state_named_in_passing_sets_no_court(extractor: Extractor, sentence: str) -> None:
    text = "The United States deported eight men to South Sudan this year. " + sentence
    assert {j for j, _ in keys(legal(extractor, text))} == {"USA"}


# Round 10: a challenge asking a court to stop the receiving state's government from taking
# people in is heard by that state's courts, though the sentence names no state, names the
# sender only as where the people come from, or names the receiver by its capital (ka02,
# f15, ua12 and the listed cause of c, ea, ha, ga).
GH_US = "The United States has sent 14 deportees to Ghana since September. "


@pytest.mark.parametrize("sentence", [
    "Separately, a civic group filed a suit at the Supreme Court asking it to restrain the "
    "government from receiving further deportees.",
    "Lawyers have asked the High Court to stop the government from accepting more people "
    "deported from the United States.",
    "A suit filed at the Supreme Court seeks to bar Accra from taking in any more deportees.",
    "The opposition went to the Supreme Court on Tuesday, asking the judges to order the "
    "government to stop admitting deportees sent by Washington.",
    "A suit asking that the government be barred from hosting deportees was filed at the "
    "Supreme Court, which has yet to hear it.",
])
def test_a_challenge_to_the_receivers_intake_goes_to_its_courts(extractor: Extractor,
                                                                sentence: str) -> None:
    assert keys(legal(extractor, GH_US + sentence)) == [("GHA", "pending")]


@pytest.mark.parametrize("sentence", [
    # the sender's government is the one barred, or the act is sending, not receiving
    "Lawyers asked the Supreme Court to bar the administration from sending more deportees "
    "to Ghana.",
    "A suit at the Supreme Court asks that the United States be barred from deporting more "
    "people to Ghana.",
])
def test_a_challenge_to_the_senders_acts_stays_with_its_courts(extractor: Extractor,
                                                               sentence: str) -> None:
    assert ("GHA", "pending") not in keys(legal(extractor, GH_US + sentence))


# Round 10: a state named as where people are sent ("removal to France", "flown to France")
# is the destination, not another sending state whose courts rule: an unplaced court stays
# the home state's (c07, pa04, ea15).
UK_FR = ("Britain has begun returning small-boat arrivals to France under a new pilot, the "
         "Home Office said. ")


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("High Court halts removal of Eritrean man to France hours before flight", "blocked"),
    ("The man was removed to France on Wednesday, hours after a High Court judge refused his "
     "application for an injunction.", "allowed"),
    ("A judge at the High Court blocked the transfer of an Iranian asylum seeker to France.",
     "blocked"),
    ("The Court of Appeal cleared the way for two Syrians to be sent back to France.",
     "allowed"),
    ("The removal to France of a Sudanese man was halted by the High Court on Monday.",
     "blocked"),
])
def test_a_destination_is_not_a_sender_with_courts(extractor: Extractor, sentence: str,
                                                   outcome: str) -> None:
    assert keys(legal(extractor, UK_FR + sentence)) == [("GBR", outcome)]


@pytest.mark.parametrize(("sentence", "state"), [
    # a state named as the one sending keeps its own courts
    ("France's Council of State halted the transfer of two asylum seekers to Italy.", "FRA"),
    ("The Italian government's transfers to Albania were halted by the Court of Appeal in "
     "Rome.", "ITA"),
])
def test_a_sender_named_as_acting_keeps_its_courts(extractor: Extractor, sentence: str,
                                                   state: str) -> None:
    assert (state, "blocked") in keys(legal(extractor, UK_FR + sentence))


# Round 10: a ruling verb in the passive, its finding right after it and its court after "by"
# ("was ruled unlawful by the UK Supreme Court"): ga03, ma05, and the same court-not-subject
# construction in f04.
@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The scheme was ruled unlawful by the UK Supreme Court in November 2023.", "blocked"),
    ("Britain's deal with Rwanda was declared unlawful by the Supreme Court in 2023.",
     "blocked"),
    ("In November 2023 the policy was found unlawful by the Supreme Court.", "blocked"),
    ("The Rwanda plan, which was ruled unlawful by the Supreme Court, was scrapped last year.",
     "blocked"),
    ("The transfers were found lawful by the High Court last week.", "allowed"),
    ("The scheme was ruled unlawful by the Supreme Court and later abandoned without a "
     "single flight.", "blocked"),
])
def test_a_passive_ruling_with_its_court_after_by(extractor: Extractor, sentence: str,
                                                  outcome: str) -> None:
    assert keys(legal(extractor, UK + sentence)) == [("GBR", outcome)]


@pytest.mark.parametrize("sentence", [
    # no court after "by", or the finding only expected
    "The scheme was described as unlawful by rights groups.",
    "The scheme may yet be ruled unlawful by the Supreme Court.",
    "The scheme was ruled unlawful, critics said.",
])
def test_a_passive_finding_without_a_court_ruling(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, UK + sentence)) == []


# A court the sentence does not place, in a story about one receiving state's courts (its court
# named with the state elsewhere in the story, and no court of the sending state anywhere in
# it): that state's court, not the sending state's.
SWZ_DEAL = ("MBABANE — Eswatini has received 15 deportees from the United States under an "
            "agreement with Washington, and holds them at a prison outside the capital.\n\n")


@pytest.mark.parametrize("text, expected", [
    (SWZ_DEAL + "The High Court of Eswatini on Tuesday dismissed a challenge to the agreement. "
     "A separate application asking the court to order the men's release has yet to be "
     "decided.", [("SWZ", "allowed"), ("SWZ", "pending")]),
    # the ruling told in a second sentence, by a court it does not place
    (SWZ_DEAL + "Civic groups asked an Eswatini court last month to declare the agreement "
     "unlawful. On Wednesday the court dismissed the application.",
     [("SWZ", "allowed")]),
    # passive, the highest court, the state's court named only in the headline
    ("Eswatini court hears deportee case\n\n" + SWZ_DEAL + "A challenge to the agreement was "
     "thrown out by the Supreme Court on Monday.", [("SWZ", "allowed")]),
    # a pending case in a relative clause, the court first named with its state
    ("ACCRA — Ghana has taken in 42 deportees from the United States under a memorandum with "
     "Washington.\n\nGhana's Supreme Court will decide the matter, the minister said. A suit "
     "challenging the deal, he added, is before the Supreme Court.",
     [("GHA", "pending")]),
    # the court named with its state once, then by its rank alone
    ("Eswatini's High Court heard a challenge to the agreement under which the kingdom took in "
     "deportees from the United States.\n\nOn Friday the High Court dismissed the challenge "
     "to the agreement.",
     [("SWZ", "allowed")]),
])
def test_an_unplaced_court_in_a_receiving_states_story(extractor: Extractor, text: str,
                                                      expected: list) -> None:
    assert keys(legal(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower court is the sending state's: the unplaced Supreme Court is its too
    ("JUBA — South Sudan has received eight deportees from the United States.\n\nThe Supreme "
     "Court in late June lifted a lower-court order that had kept the men in Djibouti.",
     [("USA", "allowed"), ("USA", "blocked")]),
    # a court of the sending state placed in the story
    (SWZ_DEAL + "A federal judge in Boston had refused to halt the flight to Eswatini. The "
     "Supreme Court later declined to intervene.", [("USA", "allowed")]),
])
def test_an_unplaced_court_beside_a_sending_states_court(extractor: Extractor, text: str,
                                                        expected: list) -> None:
    assert sorted(set(keys(legal(extractor, text)))) == expected


# The judges of a court the sentence before named ("A full bench of three judges found …") are
# that court: one ruling, whatever words name them.
@pytest.mark.parametrize("text", [
    SWZ_DEAL + "The High Court of Eswatini on Tuesday dismissed a challenge to the agreement. "
    "A full bench of three judges found that it did not need Parliament's approval.",
    SWZ_DEAL + "Eswatini's Supreme Court upheld the agreement on Monday. The judges said the "
    "executive had acted within its powers.",
    SWZ_DEAL + "A challenge to the agreement was dismissed by the High Court of Eswatini. "
    "Writing for the bench, the judge said the deal was lawful.",
    UK + "The High Court ruled on Monday that the transfers to Rwanda were lawful. The two "
    "judges found that the Home Office had assessed the risks properly.",
    UK + "The Court of Appeal cleared the transfers to Rwanda. Its judges held that the scheme "
    "was lawful.",
])
def test_the_judges_of_the_court_just_named_are_that_court(extractor: Extractor,
                                                          text: str) -> None:
    assert len(legal(extractor, text)) == 1


def test_another_court_in_the_next_sentence_is_another_ruling(extractor: Extractor) -> None:
    text = UK + ("The High Court ruled on Monday that the transfers to Rwanda were lawful. A "
                 "judge in Manchester ruled that a second group's transfers to Rwanda were "
                 "lawful too.")
    assert len(legal(extractor, text)) == 2


IT = "Italy has sent asylum seekers to its centres in Albania under its deal with Tirana. "


@pytest.mark.parametrize("sentence", [
    "In August the EU Court of Justice ruled that national judges must be able to review a "
    "government's list of safe countries of origin.",
    "The Luxembourg court found that governments must let judges check whether a country "
    "designated as safe really is safe.",
    "The court in Luxembourg held that a member state's list of safe countries of origin must be "
    "open to full review by national courts.",
    "Judges in Luxembourg ruled on Friday that Rome is required to let the courts scrutinise "
    "each designation of a safe country of origin.",
    "The European Court of Justice decided that a designation of a safe country of origin must "
    "be subject to judicial review.",
    "The EU's top court ruled that a member state cannot fast-track claims from a safe country "
    "of origin unless the country is safe for its whole population.",
    "The Court of Justice ruled that Italy could not treat Bangladesh as a safe country of "
    "origin unless a judge could check the sources behind the designation.",
])
def test_a_ruling_that_binds_the_government_to_judges_review_blocks(extractor: Extractor,
                                                                    sentence: str) -> None:
    assert keys(legal(extractor, IT + sentence)) == [("ITA", "blocked")]


@pytest.mark.parametrize("sentence", [
    # The court's own duty or inability, not a bar on the government.
    "The EU Court of Justice said it must review the documents before it rules on the list of "
    "safe countries of origin.",
    "The judge in Rome said she could not rule on the transfers unless the ministry sent the "
    "files.",
    # A review that is no ruling.
    "Ministers said national judges must be able to review the list of safe countries of origin.",
])
def test_a_courts_own_duty_or_a_ministers_view_is_no_such_ruling(extractor: Extractor,
                                                                   sentence: str) -> None:
    assert ("ITA", "blocked") not in keys(legal(extractor, IT + sentence))


@pytest.mark.parametrize("sentence", [
    "The deal remains on hold while the Supreme Court hears a challenge brought by the "
    "opposition.",
    "The full appeals court agreed to rehear the case over the deportations last month.",
    "The injunction against the removals stays in place while the government's appeal is heard "
    "by the First Circuit.",
    "The full Fifth Circuit heard oral argument on Wednesday over the deportations under the "
    "Alien Enemies Act.",
    "The full court is rehearing the challenge to the third-country flights this week.",
    "The court reheard the challenge to the flights on Monday and gave no sign of when it "
    "would rule.",
])
def test_a_court_hearing_a_case_is_pending(extractor: Extractor, sentence: str) -> None:
    assert ("USA", "pending") in keys(legal(extractor, US + sentence))


@pytest.mark.parametrize("sentence", [
    "The judge heard that the men had been flown to Ghana without notice.",
    "Officials said the men's fears of torture were never heard before the flight to Juba.",
    # what a court does at all, in a relative clause
    "Lawyers wrote to the Supreme Court, which hears cases on deportations, about the men.",
])
def test_hearing_news_or_being_heard_is_no_case(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A judge in Boston had barred the deportations to South Sudan. The Supreme Court put that "
     "order on hold in June.", ("USA", "allowed")),
    ("In June the justices put the judge's injunction on hold, and the flights resumed.",
     ("USA", "allowed")),
    ("The appeals court set the injunction against the removals aside on Friday.",
     ("USA", "allowed")),
    ("A judge in Boston had barred the deportations to South Sudan. The First Circuit refused "
     "in May to put that order on hold.", ("USA", "blocked")),
    ("A federal judge threw the government's request out on Monday, keeping the men in "
     "Djibouti.", ("USA", "blocked")),
    ("The Supreme Court struck the administration's deportation policy down last year.",
     ("USA", "blocked")),
    ("The appeals court turned the administration's bid down, so the flight to Ghana stayed "
     "grounded.", ("USA", "blocked")),
])
def test_a_particle_verb_with_its_object_inside(extractor: Extractor, sentence: str,
                                                expected: tuple[str, str]) -> None:
    assert expected in keys(legal(extractor, US + sentence))


@pytest.mark.parametrize("sentence", [
    # a government, not a court, turning a request down or putting a plan on hold
    "Ghana's government turned the American request down in March.",
    "The ministry put the deportation plan on hold after the election.",
    # a clause break between the verb and the particle
    "A federal judge in Boston set out the history of the case, and officials said the "
    "deportation plan was on hold.",
])
def test_a_particle_verb_without_a_court_is_no_ruling(extractor: Extractor,
                                                      sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == []


CR = ("SAN JOSE — Costa Rica took in 200 migrants deported from the United States and held "
      "them at a migrant station near the Panamanian border. ")


@pytest.mark.parametrize("sentence", [
    "The Constitutional Chamber of the Supreme Court — the Sala IV — found that the government "
    "had violated the migrants' rights by confining them at the station.",
    "The Constitutional Chamber — known as the Sala IV — ruled in June that holding the families "
    "at the station was unconstitutional.",
    "The Constitutional Chamber — the Sala IV, as Costa Ricans call it — ordered the "
    "government to release the families held at the station.",
    "The Constitutional Chamber of the Supreme Court — the Sala IV in local parlance — has "
    "declared the detention of the deportees at the station unlawful.",
    "Costa Rica's Constitutional Chamber — the Sala IV — barred the authorities on Friday from "
    "holding the deportees at the station any longer.",
])
def test_a_court_with_an_aside_between_dashes_before_its_verb(extractor: Extractor,
                                                              sentence: str) -> None:
    assert keys(legal(extractor, CR + sentence)) == [("CRI", "blocked")]


@pytest.mark.parametrize("sentence", [
    # the aside is the court, the verb's subject is the government after it
    "The Constitutional Chamber — the Sala IV — was asked by lawyers last week; the government "
    "said it had found places for the families at the station.",
    # the aside names no court and the subject is a minister
    "The security minister — a former police chief — ordered the families moved to the station.",
])
def test_an_aside_between_dashes_gives_no_court_to_another_subject(extractor: Extractor,
                                                                   sentence: str) -> None:
    assert ("CRI", "blocked") not in keys(legal(extractor, CR + sentence))


PA = ("The United States deported 299 migrants to Panama, which moved dozens of them to a camp "
      "in the Darien province. ")


@pytest.mark.parametrize("sentence", [
    "In Panama, a habeas corpus petition filed in March on behalf of the dozens moved to the camp "
    "is still awaiting a decision from the Supreme Court, lawyers said.",
    "A habeas corpus petition filed with Panama's Supreme Court in February on behalf of some of "
    "them has not yet been decided.",
    "Lawyers lodged a habeas petition in Panama City last week on behalf of the migrants at the "
    "camp; it is pending.",
    "Panama's Supreme Court has yet to rule on a habeas corpus petition brought for the families "
    "held at the camp.",
    "A habeas corpus petition for those at the camp was filed in Panama in March, and the court "
    "has not yet ruled.",
])
def test_a_habeas_petition_in_the_receiving_state_is_its_case(extractor: Extractor,
                                                              sentence: str) -> None:
    assert ("PAN", "pending") in keys(legal(extractor, PA + sentence))


@pytest.mark.parametrize("sentence", [
    # a habeas petition in the sender's courts stays there
    "In Washington, a habeas corpus petition filed on behalf of the migrants is still awaiting "
    "a decision.",
    # Panama named as where people were sent, not where the case is
    "A habeas corpus petition filed in federal court in Boston on behalf of the men sent to "
    "Panama is pending.",
])
def test_a_habeas_petition_elsewhere_is_not_the_receivers(extractor: Extractor,
                                                          sentence: str) -> None:
    assert ("PAN", "pending") not in keys(legal(extractor, PA + sentence))


@pytest.mark.parametrize("sentence", [
    "Lawyers who filed the habeas corpus petitions told the court that families had been kept "
    "behind fences for weeks.",
    "The petitions, filed in March by the families' lawyers, said the children had no schooling "
    "at the station.",
    "The lawsuit had been brought by a legal aid group on behalf of the families held there.",
])
def test_a_step_no_sentence_places_in_a_story_of_one_states_rulings(extractor: Extractor,
                                                                    sentence: str) -> None:
    text = CR + ("The Constitutional Chamber ruled on Friday that holding the families at the "
                 "station was unconstitutional. ") + sentence
    assert keys(legal(extractor, text)) == [("CRI", "blocked")]


@pytest.mark.parametrize("sentence", [
    "The Supreme Court on Monday lifts for now the injunction that U.S. District Judge Brian "
    "Murphy in Boston had imposed in April on deportations to third countries.",
    "The justices late Friday vacate the order a federal judge in Boston entered on removals to "
    "third countries.",
    "The 1st Circuit on Tuesday pauses the district judge's order on third-country deportations.",
    "The Supreme Court, late on Monday, stays the injunction that barred deportations to third "
    "countries without notice.",
    "The high court this week lifts a lower-court order that had halted deportations to third "
    "countries.",
    "The justices on June 23 lift the Boston judge's nationwide order on third-country removals.",
])
def test_a_court_whose_verb_follows_a_time_aside(extractor: Extractor, sentence: str) -> None:
    """A present-tense verb that is also a noun ('lifts', 'stays', 'pauses') after its court and
    a time aside: the court lifts another court's order, which is a blocked fact of its own."""
    found = keys(legal(extractor, US + sentence))
    assert ("USA", "allowed") in found and ("USA", "blocked") in found


@pytest.mark.parametrize("sentence", [
    # the court is not the subject: a verb stands between it and the noun
    "The Supreme Court on Monday heard arguments about stays the administration had sought "
    "for deportations to third countries.",
    # the noun after a determiner
    "Lawyers said the Supreme Court's earlier stays covered deportations to third countries.",
])
def test_a_noun_after_a_court_and_more_than_a_time_aside(extractor: Extractor,
                                                         sentence: str) -> None:
    assert ("USA", "allowed") not in keys(legal(extractor, US + sentence))


GH_MOU = ("Ghana has received West African deportees from the United States under a memorandum of "
      "understanding. ")


@pytest.mark.parametrize("sentence", [
    "The Minority in Parliament says the deal needed ratification. A civic group has filed a suit "
    "at the Supreme Court challenging the constitutionality of the arrangement.",
    "Opposition lawyers asked the Supreme Court to halt the agreement, arguing that it should "
    "have been ratified by Parliament.",
    "MPs were never shown the memorandum. The deal is now before the Supreme Court, where a "
    "suit challenging it is due to be heard in November.",
    "A group of lawyers has asked the Supreme Court to halt the government's arrangement to take "
    "in deportees from the United States, saying Parliament should have approved it first.",
    "Critics argue the accord required the approval of the National Assembly. The Supreme "
    "Court has been asked to declare the agreement unconstitutional.",
])
def test_a_top_court_hearing_the_deal_in_a_passage_on_parliament(extractor: Extractor,
                                                                 sentence: str) -> None:
    found = keys(legal(extractor, GH_MOU + sentence))
    assert ("GHA", "pending") in found and ("USA", "pending") not in found


@pytest.mark.parametrize("sentence", [
    # no parliament in the passage: the court stays the story's default
    "A group of lawyers has asked the Supreme Court to halt the government's arrangement.",
    # home named as a party, not as the counterpart
    "Ghana's parliament has not debated the deal. The United States asked the Supreme Court to "
    "let it resume the arrangement's flights.",
])
def test_a_top_court_without_a_host_parliament_is_not_moved(extractor: Extractor,
                                                            sentence: str) -> None:
    assert ("GHA", "pending") not in keys(legal(extractor, GH_MOU + sentence))


@pytest.mark.parametrize("sentence", [
    "The court of appeal in Rome on Thursday refused to uphold the detention of twelve asylum "
    "seekers held at Gjader.",
    "Judges at the Court of Appeal in Rome declined to confirm the detention of the five men "
    "taken to Gjader.",
    "A Rome appeals court has refused to confirm the detention of another group of men moved "
    "to Gjader.",
    "The Court of Appeal in Rome heard the cases on Tuesday and refused to confirm the "
    "detention of all five men held in Albania.",
    "The Court of Appeal in Rome declined to validate the continued detention of nine of the "
    "men held in Albania.",
])
def test_a_court_refusing_to_uphold_detention_blocks(extractor: Extractor,
                                                     sentence: str) -> None:
    found = keys(legal(extractor, IT + sentence))
    assert ("ITA", "blocked") in found and ("ITA", "allowed") not in found


@pytest.mark.parametrize("sentence", [
    # a court upholding the detention allows it
    "The Court of Appeal in Rome upheld the detention of the men held at Gjader.",
    # an official confirming detention is no court
    "The interior ministry confirmed the detention of twelve men at Gjader on Thursday.",
])
def test_upholding_detention_or_an_official_confirming_it_blocks_nothing(
        extractor: Extractor, sentence: str) -> None:
    assert ("ITA", "blocked") not in keys(legal(extractor, IT + sentence))


# Round 15: the story's own receiving state named in a ruling sentence in any role other than
# a destination after "to" (the subject of a finding, a place, a capital) is the counterpart of
# the home state's scheme, not another sending state whose courts or international case rule
# (ra01, ca09; the same cause as round 10's "removal to France" in c07, pa04, ea15).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Last week a High Court judge refused an application by a Sudanese man to halt his "
     "removal, ruling that France was obliged to consider any asylum claim he made there.",
     [("GBR", "allowed")]),
    ("The Court of Appeal dismissed the challenge, finding that France would examine the men's "
     "claims fairly.", [("GBR", "allowed")]),
    ("A judge refused to stop the removal of an Iranian man who said he would be left "
     "destitute in France.", [("GBR", "allowed")]),
    ("Satisfied that Paris would honour its obligations, the High Court declined to block the "
     "removals.", [("GBR", "allowed")]),
    ("The tribunal blocked the return of a Kurdish man, saying France had not shown that it "
     "would house him.", [("GBR", "blocked")]),
    ("The European Court of Human Rights refused to halt the removal of a Syrian man who said "
     "France had failed to house him.", [("GBR", "allowed")]),
    ("The European Court of Human Rights ordered the British government not to remove a "
     "teenager. Last month the same court turned down a request from a Syrian man who had "
     "argued that he would be left destitute in France.",
     [("GBR", "allowed"), ("GBR", "blocked")]),
    # near-misses: the receiving state's own courts, and no court at all
    ("France's Council of State halted the transfer of two asylum seekers to Italy.",
     [("FRA", "blocked")]),
    ("The administrative court in Paris blocked the transfer of a Guinean man from France to "
     "Italy.", [("FRA", "blocked")]),
    ("French judges have blocked the removal of several asylum seekers from France to Italy.",
     [("FRA", "blocked")]),
    ("France was obliged to consider his claim, a Home Office minister said.", []),
])
def test_the_receiving_state_in_another_role_is_no_sender(extractor: Extractor, sentence: str,
                                                          expected: list) -> None:
    assert keys(legal(extractor, UK_FR + sentence)) == expected


# Round 16: a court's ruling as the subject of the undoing verb, with adjectives before the
# ruling noun or a participle aside after it ("The court's brief unsigned order, issued without
# explanation, stays a preliminary injunction that Judge X entered on April 18") also reports
# the injunction it undoes as its own block (f02, pa02, qa15; dev d27, n08).
US_SC = ("The U.S. Supreme Court on Monday allowed the Trump administration to resume deporting "
         "migrants to South Sudan. ")


@pytest.mark.parametrize("sentence", [
    "The court's brief unsigned order stays a preliminary injunction that U.S. District Judge "
    "Brian Murphy entered on April 18.",
    "The court's order, issued without explanation, stays a preliminary injunction that a "
    "federal judge in Boston entered in April.",
    "The justices' two-page order, signed by no one, pauses the nationwide injunction a Boston "
    "judge had handed down in April.",
    "The Supreme Court's unsigned, brief order lifts the injunction that Judge Murphy imposed "
    "in April.",
    "The high court's emergency ruling, handed down late Monday, sets aside the order a district "
    "judge in Massachusetts had issued.",
])
def test_a_rulings_adjectives_or_aside_keep_it_the_subject_of_the_undoing(
        extractor: Extractor, sentence: str) -> None:
    assert ("USA", "blocked") in keys(legal(extractor, US_SC + sentence))


@pytest.mark.parametrize("sentence", [
    # a stay as a noun, and a government's order as the subject
    "The court's brief unsigned order stays in force until the appeal is heard.",
    "The department's new order, issued on Friday, pauses all flights to South Sudan.",
])
def test_near_misses_of_a_ruling_subject_undo_nothing(extractor: Extractor,
                                                        sentence: str) -> None:
    assert keys(legal(extractor, US_SC + sentence)) == keys(legal(extractor, US_SC))


# Round 17: a ruling named by no court ("The order, issued late on Monday, lifts …", "That
# decision put on hold …") as the subject of an undoing verb is the ruling of the court the story
# just reported deciding, or of the court its aside names; undoing another court's ruling also
# reports that ruling as a block (pa02, qa15, ua02, v09, t05 and dev's wording).
@pytest.mark.parametrize("sentence", [
    "The brief, unsigned order, issued without an explanation, pauses a nationwide injunction "
    "that a federal judge in Boston handed down in April.",
    "The order, issued late on Monday, lifts for now the injunction that U.S. District Judge "
    "Brian Murphy had imposed in April.",
    "The ruling sets aside the order a district judge in Massachusetts had issued.",
    "That decision put on hold the injunction a federal judge in Boston had imposed.",
    "The emergency order vacated a Boston judge's injunction on third-country removals.",
    "Its decision, handed down over three dissents, stays the preliminary injunction entered "
    "by a federal judge in Boston.",
])
def test_a_ruling_named_by_no_court_undoes_another(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US_SC + sentence)) == [("USA", "allowed"), ("USA", "blocked")]


def test_a_ruling_named_by_no_court_takes_the_court_of_its_aside(extractor: Extractor) -> None:
    facts = legal(extractor, "The order, issued late on Monday over the dissent of the Supreme "
                  "Court's three liberal justices, lifts for now the injunction that U.S. "
                  "District Judge Brian Murphy had imposed in April, which required notice "
                  "before deporting migrants to a country other than their own.")
    assert keys(facts) == [("USA", "allowed"), ("USA", "blocked")]


@pytest.mark.parametrize("sentence", [
    # what the ruling lifts is no ruling; a government's order is no court's
    "The order, issued late on Monday, lifts the curfew in the capital.",
    "The department's order, issued on Friday, lifts the injunction's reporting duty.",
])
def test_near_misses_of_a_ruling_named_by_no_court(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US_SC + sentence)) == keys(legal(extractor, US_SC))


def test_a_bare_ruling_with_no_court_in_the_story_gives_nothing(extractor: Extractor) -> None:
    assert keys(legal(extractor, "The order, issued on Friday, lifts the ban on travel to the "
                      "capital for deportees.")) == []



@pytest.mark.parametrize("phrase", [
    "wrote a dissent over the order", "dissented, writing alone", "filed a dissent over it",
])
def test_a_dissent_over_a_ruling_is_still_no_ruling(extractor: Extractor, phrase: str) -> None:
    # only a ruling made "over the dissent" stands; a dissent "over" the ruling decides nothing
    story = (US + "The Supreme Court allowed the removals to South Sudan on Monday. Justice Ann "
             "Carter {}, saying the government had flouted the lower court's order.")
    assert keys(legal(extractor, story.format(phrase))) == [("USA", "allowed")]


@pytest.mark.parametrize("sentence", [
    # a court that lacks the power to act declines to act (qb03, ya06, vb11, b04, ga04)
    "Judge Tanya Chutkan said she lacked the power to order the administration to bring the "
    "men back.",
    "A federal judge in Boston said Thursday he had no power to halt the removals.",
    "The judge ruled that the court lacked jurisdiction to block the deportations to Ghana.",
    "A federal judge said on Monday that she was powerless to stop the flights.",
    "The judge said the court did not have the authority to halt the transfers, which went "
    "ahead on Friday.",
    "A federal judge heard the men's request on Monday. She said she lacked the authority to "
    "block their removal to Ghana.",
    "The appeals court, which said it was unable to halt the removals, sent the case back.",
])
def test_a_court_without_power_to_act_allows(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == [("USA", "allowed")]


@pytest.mark.parametrize("sentence", [
    # the power lacking is the government's, or the court has the power: no court allows
    "A federal judge ruled that the government had no power to deport the men and blocked "
    "the flights to Ghana.",
    "A federal judge used her power to halt the removals to Ghana on Monday.",
    "A federal judge said she had the authority to block the flights to Ghana.",
])
def test_near_misses_of_a_court_without_power(extractor: Extractor, sentence: str) -> None:
    assert ("USA", "allowed") not in keys(legal(extractor, US + sentence))


@pytest.mark.parametrize(("sentence", "outcome"), [
    # bringing back people sent abroad is about the transfers (ga04, vb11, qb03, b04)
    ("A federal judge declined to order the administration to bring the men back.", "allowed"),
    ("A federal judge said she could not order the government to bring back the deportees.",
     "allowed"),
    ("On Saturday a federal judge refused to order their return, saying she lacked "
     "jurisdiction over them.", "allowed"),
    ("A federal judge ordered officials to fly them back within a week.", "blocked"),
    ("The appeals court did not order the government to return the men.", "allowed"),
    ("The men have asked a federal judge for help. She ordered the administration to bring "
     "them back.", "blocked"),
])
def test_a_ruling_on_bringing_people_back(extractor: Extractor, sentence: str,
                                          outcome: str) -> None:
    assert keys(legal(extractor, US + sentence)) == [("USA", outcome)]


@pytest.mark.parametrize("sentence", [
    # what is brought back is no person; a return home that is no court's remedy
    "A federal judge declined to order the city to bring back its bus service.",
    "A state judge ordered the council to bring the market back to the square.",
])
def test_near_misses_of_bringing_people_back(extractor: Extractor, sentence: str) -> None:
    assert keys(legal(extractor, US + sentence)) == []


IT_MOVED = ("Italy transferred 40 men to its centre at Gjader in Albania in April. "
            "The interior minister says the scheme is a success. ")


@pytest.mark.parametrize("sentence", [
    # a question on holding or sending people put to an international court, in a story of
    # people moved abroad: pending there, for the state whose transfers are at issue
    # (b09, ya05, wb03, rb02)
    "Italy's Court of Cassation has asked the EU Court of Justice to rule on whether holding "
    "people with return orders outside EU territory is compatible with the Return Directive.",
    "Judges in Rome asked the Court of Justice whether detaining migrants abroad is lawful.",
    "The top court has asked Luxembourg judges whether the use of the centres complies with "
    "European law, and a ruling is not expected before the summer.",
    "The question of their detention was referred to the Court of Justice in Luxembourg "
    "earlier this year.",
    "Last month the case was referred to the European Court of Justice. The Luxembourg "
    "judges have not yet ruled.",
    "A Rome tribunal referred the question of whether the men may be held there to the "
    "EU Court of Justice, which has yet to rule.",
])
def test_a_question_referred_to_an_international_court(extractor: Extractor,
                                                       sentence: str) -> None:
    assert keys(legal(extractor, IT_MOVED + sentence)) == [("ITA", "pending")]


@pytest.mark.parametrize("text", [
    # no people moved abroad: a referral on something else; "referred to" a ruling
    "Italy's Court of Cassation has asked the EU Court of Justice whether holding prisoners "
    "in police cells for a week is compatible with EU law.",
    IT_MOVED + "The minister referred to the Court of Justice's ruling of last year in his speech.",
])
def test_near_misses_of_a_question_referred(extractor: Extractor, text: str) -> None:
    assert ("ITA", "pending") not in keys(legal(extractor, text))


AEA_RULED = (US + "A federal judge in Texas blocked deportations of Venezuelans under the Alien "
             "Enemies Act in May. Officials say the gang is a threat to the country. ")


@pytest.mark.parametrize("sentence", [
    # a court still hearing or weighing the case, appeal or order the story's litigation is
    # about, in a story that has reported a ruling on the program (ad10, q12, vb14, qb09)
    "The full 5th Circuit reheard the case in January and has not yet ruled.",
    "The full Fifth Circuit, sitting in New Orleans, is now considering whether a gang can "
    "invade, after hearing arguments in the case last month.",
    "Whether the injunction ever returns is now a question for the 5th Circuit, which heard "
    "argument last month.",
    "The Supreme Court is still weighing the appeal, with a decision expected in spring.",
    "Last week the justices agreed to hear the appeal.",
    "That appeal is now before the Supreme Court, and the justices have yet to rule.",
])
def test_a_court_going_on_with_the_story_case(extractor: Extractor, sentence: str) -> None:
    assert ("USA", "pending") in keys(legal(extractor, AEA_RULED + sentence))


@pytest.mark.parametrize("text", [
    # no ruling on the program told before; a case of its own on another matter
    US + "The full 5th Circuit reheard the case in January and has not yet ruled.",
    AEA_RULED + "Separately, the 5th Circuit is weighing a tax case brought by a Texas oil firm.",
])
def test_near_misses_of_a_court_going_on(extractor: Extractor, text: str) -> None:
    assert ("USA", "pending") not in keys(legal(extractor, text))


# The ruling another court undid is not the finding told in the sentence next to it: "Judge X
# found the flight violated his order. The Supreme Court lifted the judge's injunction" tells
# two rulings of the judge, the finding (dated May) and the order lifted (undated).
FINDING_THEN_UNDOING = [
    "In May a federal judge in Boston found that the flight violated his order. On June 23, "
    "the Supreme Court lifted the restrictions the judge had placed on removals.",
    "In May a federal judge in Boston ruled that the removals to South Sudan had violated his "
    "order. The Supreme Court on June 23 paused the judge's nationwide injunction.",
    "A judge in Boston concluded in May that the deportation flight to Libya was unlawful. In "
    "June the justices stayed the injunction he had placed on third-country removals.",
    "The Supreme Court set aside the Boston judge's injunction on third-country removals on "
    "June 23. In May the judge had found that the flight to South Sudan violated his order.",
    "A federal judge ruled in May that the deportations to Eswatini were illegal. The "
    "injunction of that judge, which governs third-country removals, was then vacated by an "
    "appeals court.",
]


@pytest.mark.parametrize("text", FINDING_THEN_UNDOING)
def test_an_undone_order_is_not_the_finding_beside_it(extractor: Extractor, text: str) -> None:
    facts = legal(extractor, US + text)
    assert [o for _, o in keys(facts)].count("blocked") == 2, keys(facts)
    assert ("USA", "allowed") in keys(facts)


@pytest.mark.parametrize("text", [
    # The order told beside the undoing, by a verb of acting, is the order undone.
    "In April a federal judge in Boston barred removals to third countries without notice. "
    "The Supreme Court lifted the judge's injunction on June 23.",
    # "that order" points back at the ruling already told: no second one.
    "In May a federal judge in Boston found that the flight violated his order. The Supreme "
    "Court put that order on hold in June.",
])
def test_an_undone_order_told_beside_it_is_that_order(extractor: Extractor, text: str) -> None:
    facts = legal(extractor, US + text)
    assert [o for _, o in keys(facts)].count("blocked") == 1, keys(facts)


# Rule 6 the other way round: in a story about transfers, a named court's ruling or a challenge
# before it is on the transfers unless its sentence says what else it is about.
@pytest.mark.parametrize(("sentence", "key"), [
    ("A last-minute bid by two of the men in a federal court in Maryland was rejected late on "
     "Friday.", ("USA", "allowed")),
    ("A lawsuit filed in federal court in Washington by a group of asylum seekers is still "
     "awaiting a decision.", ("USA", "pending")),
    ("Lawyers for three of the men filed a lawsuit in federal court in Boston on Tuesday.",
     ("USA", "pending")),
    ("A federal judge in Maryland on Friday rejected an emergency request by two of the men.",
     ("USA", "allowed")),
    ("The U.S. Supreme Court on Monday sided with the administration.", ("USA", "allowed")),
])
def test_a_named_courts_step_in_a_transfer_story_needs_no_program_word(
        extractor: Extractor, sentence: str, key: tuple[str, str]) -> None:
    assert keys(legal(extractor, US + sentence)) == [key]


@pytest.mark.parametrize("sentence", [
    # another immigration matter
    "A federal judge in Boston blocked the administration's bid to revoke visas of foreign "
    "students.",
    "A federal court in Texas struck down a rule on work permits for the spouses of skilled "
    "workers.",
    "A federal judge in Seattle halted delays to naturalisation ceremonies.",
    "A federal judge in San Francisco blocked the end of protected status for Haitians.",
    "A federal judge in Chicago blocked the denial of green cards to dozens of applicants.",
    # another topic
    "A federal judge in Boston blocked the sale of land owned by the city.",
    "A federal court in Texas struck down the state's new tax on streaming services.",
    "A federal judge in Atlanta dismissed a challenge to the results of the county elections.",
    "A federal judge in Denver ordered the city to reopen its museums on Sundays.",
    "A federal court in Ohio blocked the evictions of tenants from a housing block.",
    # crime and sentencing
    "A federal judge in Miami ordered a former official jailed for fraud.",
    "A federal court in Houston upheld the sentencing of two men for running a smuggling "
    "ring.",
    "A federal judge in Phoenix stayed the execution of a man convicted of murder.",
    "A federal court in Dallas remanded the suspect to await trial.",
    "A federal judge in El Paso dismissed a challenge by a smuggler to his sentence.",
    # the state's own nationals
    "A federal judge in Boston blocked a rule denying passports to the country's own citizens "
    "abroad.",
    "A federal court in Texas blocked a rule denying benefits to the state's own citizens.",
    "The Supreme Court blocked a law stripping the state's own nationals of consular help.",
    "A federal judge in Chicago ordered officials to stop monitoring their own citizens "
    "online.",
    "A federal appeals court struck down a ban on voting by its own citizens living abroad.",
    # another case
    "Separately, a federal judge in Boston ruled against the administration on Friday.",
    "In an unrelated case, a federal court in Texas ruled for the plaintiffs on Monday.",
    "A federal judge in Seattle ruled against the administration in a separate lawsuit "
    "brought by a union.",
    "In another case, the Supreme Court sided with the administration on Monday.",
    "A federal appeals court, in an unrelated matter, rejected the government's request.",
    # the court's building, not a case
    "A federal judge in Boston ordered protesters away from the court building.",
    "A federal judge in Boston ordered repairs to the court building after a flood.",
    "A federal court in Seattle blocked a plan to sell its old building.",
    "A federal court in Texas ordered its premises closed after a flood.",
    "The Supreme Court ordered its building closed to visitors on Monday.",
])
def test_a_named_courts_step_on_something_else_stays_out(extractor: Extractor,
                                                         sentence: str) -> None:
    assert legal(extractor, US + sentence) == [], sentence
