"""Certainty and attribution (FACTS.md rule 1) read from invented sentences.

Each test reads one sentence with ``certainty_of``, given the word that states the claim, as the
fact builders do.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from thirdcountry.extraction import Extractor
from thirdcountry.extraction.certainty import Certainty, certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.pipeline import build_nlp
from thirdcountry.extraction.sentences import TEXT_KEY


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def certainty(nlp: Language, sentence: str, claim: str) -> Certainty:
    """The certainty of the claim stated by the word ``claim`` in ``sentence``."""
    doc = nlp.make_doc(sentence)
    doc.user_data[TEXT_KEY] = sentence
    ctx = DocumentContext(nlp(doc), None)
    [view] = ctx.views
    at = next(t.i for t in view.span if t.text == claim)
    return certainty_of(view, at, at + 1)


def test_a_reporting_verb_with_its_own_clause_reports_that_clause(nlp: Language) -> None:
    own = certainty(nlp, "Ghana received 14 deportees on Tuesday, a step critics said would "
                    "strain its shelters.", "received")
    trailing = certainty(nlp, "Ghana received 14 deportees on Tuesday, critics said.",
                         "received")
    assert (own.level, own.attributed_to) == ("confirmed", None)
    assert (trailing.level, trailing.attributed_to) == ("reported", "critics")
    according = certainty(nlp, "Ghana received 14 deportees on Tuesday, according to the "
                          "Associated Press.", "received")
    assert (according.level, according.attributed_to) == ("reported", "the Associated Press")


def test_a_governments_lawyers_speak_for_it(nlp: Language) -> None:
    government = certainty(nlp, "Justice Department lawyers told the judge that nine men had "
                           "been flown to Ghana.", "flown")
    private = certainty(nlp, "Lawyers for the men told the judge that nine of them had been "
                        "flown to Ghana.", "flown")
    assert government.level == "confirmed"
    assert private.level == "reported"


def test_the_head_of_a_source_decides_not_its_modifiers(nlp: Language) -> None:
    lawyers = certainty(nlp, "Nine men were flown to Ghana, according to lawyers in Accra and "
                        "a flight manifest seen by Coastal Wire Service.", "flown")
    spokesman = certainty(nlp, "Nine men were flown to Ghana, according to a spokesman for the "
                          "interior ministry.", "flown")
    assert lawyers.level == "reported"
    assert spokesman.level == "confirmed"


def test_a_named_organisation_is_no_person(nlp: Language) -> None:
    monitor = certainty(nlp, "Police drove 80 migrants to the border with Mali, the Sahel "
                        "Migration Monitor said on Monday.", "drove")
    minister = certainty(nlp, "Police drove 80 migrants to the border with Mali, Interior "
                         "Minister Ana Lopez said on Monday.", "drove")
    assert monitor.level == "reported"
    assert minister.level == "confirmed"


def test_a_long_subject_is_read_to_its_head(nlp: Language) -> None:
    found = certainty(nlp, "Lawyers representing several of the men deported from the United "
                      "States to Ghana last month say some were driven to the border with Togo.",
                      "driven")
    assert found.level == "reported"
    assert found.attributed_to.startswith("Lawyers representing")


def test_corridor_talk_is_rumour(nlp: Language) -> None:
    talk = certainty(nlp, "Corridor talk among diplomats is that Italy has asked Tunisia to "
                     "host a centre.", "asked")
    said = certainty(nlp, "Diplomats said that Italy has asked Tunisia to host a centre.",
                     "asked")
    assert talk.level == "rumored"
    assert said.level == "reported"


def test_belief_is_speculative_and_hearsay_reported(nlp: Language) -> None:
    believed = certainty(nlp, "Ghana is believed to have agreed to accept deportees.", "agreed")
    said = certainty(nlp, "Ghana is said to have agreed to accept deportees.", "agreed")
    stated = certainty(nlp, "Ghana has agreed to accept deportees.", "agreed")
    assert believed.level == "speculative"
    assert (said.level, said.attributed_to) == ("reported", None)
    assert stated.level == "confirmed"


def test_and_inside_a_name_is_part_of_the_source(nlp: Language) -> None:
    ministry = certainty(nlp, "The Ministry of Justice and Security said the deal with Uganda "
                         "was signed in May.", "signed")
    media = certainty(nlp, "Newspapers in Tirana and Pristina reported that Denmark had signed "
                      "a deal with Kosovo.", "signed")
    clauses = certainty(nlp, "Denmark signed a deal with Kosovo and officials said it would "
                        "start in 2027.", "signed")
    assert (ministry.level, ministry.attributed_to) == (
        "confirmed", "The Ministry of Justice and Security")
    assert (media.level, media.attributed_to) == ("reported", "Newspapers in Tirana and Pristina")
    assert clauses.level == "confirmed" and clauses.attributed_to is None


def test_unverified_claims_are_rumors(nlp: Language) -> None:
    rumor = certainty(nlp, "Unverified claims on social media held that ten men were flown to "
                      "Uganda in January.", "flown")
    plain = certainty(nlp, "Ten men were flown to Uganda in January.", "flown")
    assert rumor.level == "rumored"
    assert plain.level == "confirmed"


def test_a_press_release_in_the_third_person_speaks_for_its_organisation(nlp: Language) -> None:
    def organisation(text: str) -> str | None:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text
        return DocumentContext(nlp(doc), None).issuing_organisation

    release = ("PRESS RELEASE\n\nACCRA — Coastal Refugee Project today called on Ghana to "
               "release the deportees held at the camp.\n")
    report = ("ACCRA — The Coastal Refugee Project called on Ghana on Monday to release the "
              "deportees held at the camp, a spokesman said.\n")
    assert organisation(release) == "Coastal Refugee Project"
    assert organisation(report) is None


def test_a_passive_reporting_verb_names_its_source_after_by(nlp: Language) -> None:
    sentence = ("Palau agreed in May to take up to 50 people; Dominica and Grenada are both "
                "reported by regional media to be negotiating with Washington.")
    talks = certainty(nlp, sentence, "negotiating")
    deal = certainty(nlp, sentence, "agreed")
    assert (talks.level, talks.attributed_to) == ("reported", "regional media")
    assert deal.level == "confirmed"


def test_an_aside_between_subject_and_verb_is_not_the_source(nlp: Language) -> None:
    aside = certainty(nlp, "Serbia, however, has already said it rejected the request.",
                      "rejected")
    assert (aside.level, aside.attributed_to) == ("confirmed", "Serbia")


def test_hearsay_stays_in_its_own_statement(nlp: Language) -> None:
    sentence = ("Palau agreed in May to take up to 50 people; Libya has reportedly been "
                "approached by US diplomats.")
    assert certainty(nlp, sentence, "agreed").level == "confirmed"
    assert certainty(nlp, sentence, "approached").level == "reported"


def test_a_government_named_in_the_release_body_does_not_make_it_official(
        nlp: Language) -> None:
    def organisation(text: str) -> str | None:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text
        return DocumentContext(nlp(doc), None).issuing_organisation

    ngo = ("MEDIA RELEASE\n\nThe Harbour Refugee Centre today warned that the men sent to Nauru "
           "face indefinite detention, and called on the Australian Government to bring them "
           "back.\n")
    ministry = ("MEDIA RELEASE\nDepartment of Home Affairs\n\nThe Harbour Refugee Centre today "
                "warned that the men sent to Nauru face indefinite detention.\n")
    assert organisation(ngo) == "Harbour Refugee Centre"
    assert organisation(ministry) is None


@pytest.mark.parametrize(("sentence", "level"), [
    ("Kosovo agreed to host deportees, Swedish public radio reported.", "reported"),
    ("The Daily Beacon reported that Kenya agreed to host deportees.", "reported"),
    ("A Kenyan weekly reported that Kenya agreed to host deportees.", "reported"),
    ("Kenya agreed to host deportees, the Kenyan Foreign Ministry said.", "confirmed"),
])
def test_the_press_is_reported_whatever_names_it_carries(nlp: Language, sentence: str,
                                                        level: str) -> None:
    assert certainty(nlp, sentence, "agreed").level == level


def test_a_state_agency_is_official_though_it_sounds_like_an_institute(nlp: Language) -> None:
    agency = certainty(nlp, "Guatemala received 87 deportees, the Guatemalan Migration "
                       "Institute said.", "received")
    ngo = certainty(nlp, "Guatemala received 87 deportees, the Guatemalan Human Rights "
                    "Institute said.", "received")
    assert (agency.level, ngo.level) == ("confirmed", "reported")


def test_told_before_an_article_names_the_hearer(nlp: Language) -> None:
    hearer = certainty(nlp, "Officials held talks with Serbia about return hubs, Whitehall "
                       "sources have told The Daily Gallop.", "talks")
    complement = certainty(nlp, "Officials held talks with Serbia about return hubs, a move "
                           "critics said the government would regret.", "talks")
    assert (hearer.level, hearer.attributed_to) == ("reported", "Whitehall sources")
    assert complement.level == "confirmed"


def test_the_governments_counsel_speaks_for_it(nlp: Language) -> None:
    state = certainty(nlp, "Counsel for the Attorney General replied that Eswatini had agreed "
                      "to accept deportees.", "agreed")
    deportees = certainty(nlp, "Counsel for the deportees replied that Eswatini had agreed to "
                          "accept deportees.", "agreed")
    assert (state.level, deportees.level) == ("confirmed", "reported")


def test_talk_is_that_is_rumour(nlp: Language) -> None:
    talk = certainty(nlp, "In diplomatic circles, talk is that Belgium has sounded out Uganda.",
                     "sounded")
    talks = certainty(nlp, "In diplomatic circles, talks on Belgium's plan have sounded out "
                      "Uganda.", "sounded")
    assert (talk.level, talks.level) == ("rumored", "confirmed")


def test_now_expected_in_a_year_is_speculative() -> None:
    extractor = Extractor()
    story = ("Denmark says the first transfers of inmates to the prison in Gjilan, Kosovo, under "
             "its agreement {}.")
    expected = extractor.extract(story.format("are now expected in 2027"))
    began = extractor.extract(story.format("began in 2025"))
    assert [(f.stage, f.certainty) for f in expected] == [("implemented", "speculative")]
    assert [(f.stage, f.certainty) for f in began] == [("implemented", "confirmed")]


def test_he_after_an_official_named_as_subject_is_that_official() -> None:
    extractor = Extractor()
    story = ("The United States has deported migrants to third countries. But {} the idea. He "
             "told reporters in Accra that Ghana would not take migrants from the United States.")
    official = extractor.extract(story.format("Ghana's president has already rejected"))
    unnamed = extractor.extract(story.format("one source called early"))
    assert [(f.certainty, f.attributed_to) for f in official] == [
        ("confirmed", "Ghana's president")]
    assert [f.certainty for f in unnamed] == ["reported"]


def test_an_agreement_its_partners_deny_is_reported() -> None:
    extractor = Extractor()
    story = ("Israel planned to deport asylum seekers to Africa. The Israeli government announced "
             "that Rwanda and Uganda had agreed to take the men. Both African governments "
             "publicly denied {}.")
    denied = extractor.extract(story.format("signing anything"))
    detail = extractor.extract(story.format("that the deals were tied to aid"))
    assert {f.certainty for f in denied} == {"reported"}
    assert {f.certainty for f in detail} == {"confirmed"}


def test_a_denial_naming_another_partner_leaves_the_deal_alone() -> None:
    extractor = Extractor()
    story = ("The Netherlands signed a deal with Uganda in June to send rejected asylum seekers "
             "there. Uganda's government denied having agreed to any deal with {}.")
    other = extractor.extract(story.format("Belgium"))
    same = extractor.extract(story.format("the Netherlands"))
    assert [f.certainty for f in other] == ["confirmed"]
    assert [f.certainty for f in same] == ["reported"]


def test_claiming_asylum_is_no_statement(nlp: Language) -> None:
    asylum = certainty(nlp, "Under the scheme Britain can send back to France people who could "
                       "have claimed asylum there.", "send")
    statement = certainty(nlp, "Under the scheme Britain can send back to France people, the "
                          "newspaper claimed.", "send")
    assert asylum.level == "confirmed"
    assert statement.level == "reported"


def test_none_reported_in_a_table_names_no_source(nlp: Language) -> None:
    row = certainty(nlp, "Kosovo | Agreed in June, up to 50 people | None reported", "Agreed")
    said = certainty(nlp, "Kosovo | Agreed in June, up to 50 people | media reported", "Agreed")
    assert row.level == "confirmed"
    assert said.level == "reported"


def test_who_was_told_is_not_the_source(nlp: Language) -> None:
    told = certainty(nlp, "Rwanda agreed to accept 250 deportees, a government spokeswoman, "
                     "Yolande Makolo, told Reuters.", "agreed")
    reported = certainty(nlp, "Rwanda agreed to accept 250 deportees, Reuters reported.",
                         "agreed")
    assert (told.level, told.attributed_to) == ("confirmed",
                                                "a government spokeswoman, Yolande Makolo")
    assert reported.level == "reported"


@pytest.mark.parametrize("sentence", [
    "Rwanda has agreed to accept 250 deportees, CBS News reported.",
    "Rwanda has agreed to accept 250 deportees, the BBC understands.",
    "Rwanda has agreed to accept 250 deportees, the Associated Press has learned.",
])
def test_news_outlets_and_their_idioms_are_reported(nlp: Language, sentence: str) -> None:
    assert certainty(nlp, sentence, "agreed").level == "reported"


def test_a_press_secretary_is_no_press(nlp: Language) -> None:
    said = certainty(nlp, "Rwanda has agreed to accept 250 deportees, White House press "
                     "secretary Karoline Leavitt said.", "agreed")
    assert said.level == "confirmed"


def test_lawyers_for_people_the_state_holds_are_not_its_lawyers(nlp: Language) -> None:
    held = certainty(nlp, "Lawyers for the men held by the administration said Eswatini had "
                     "agreed to accept deportees.", "agreed")
    state = certainty(nlp, "Lawyers for the government said Eswatini had agreed to accept "
                      "deportees.", "agreed")
    assert (held.level, state.level) == ("reported", "confirmed")


def test_they_after_people_named_as_subject_are_those_people() -> None:
    extractor = Extractor()
    story = ("The United States deported 14 people to Ghana in September. {} given a different "
             "account. They allege that several of the men were driven to Togo and left there.")
    lawyers = extractor.extract(story.format("Lawyers for some of the deportees have"))
    unnamed = extractor.extract(story.format("The government has"))
    assert [(f.certainty, f.attributed_to) for f in lawyers if f.receiving_country == "TGO"] == [
        ("reported", "Lawyers")]
    assert [f.attributed_to for f in unnamed if f.receiving_country == "TGO"] == ["They"]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The Ministry of Foreign Affairs and International Cooperation said South Sudan had agreed "
     "to receive the men.", "agreed"),
    ("In a statement, the Ministry of Interior and Human Rights Protection said Eswatini had "
     "received five men.", "received"),
    ("The Principal Secretary in the Ministry of Foreign Affairs and International Cooperation "
     "confirms that the agreement was signed on 14 May.", "signed"),
    ("Ghana's Ministry of Foreign Affairs and Regional Integration announced that it had agreed "
     "to take the deportees.", "agreed"),
    ("The Department of Immigration and International Relations stated that the accord was "
     "signed in May.", "signed"),
])
def test_a_ministry_whose_name_holds_other_words_is_the_government(
        nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


@pytest.mark.parametrize(("sentence", "claim"), [
    # Unnamed officials, and an organisation's office, are reported.
    ("A ministry official said South Sudan had agreed to receive the men.", "agreed"),
    ("The International Organization for Migration office said the men had arrived.",
     "arrived"),
    # An independent rights office is no government.
    ("The National Commissioner for Human Rights said the men had arrived.", "arrived"),
])
def test_unnamed_officials_and_organisations_stay_reported(nlp: Language, sentence: str,
                                                           claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim", "source"), [
    ("Media reports claiming that Guyana has refused to accept the deportees are false.",
     "refused", "Media reports"),
    ("The ministry has taken note of reports by foreign outlets alleging that Benin has agreed "
     "to receive deportees.", "agreed", "reports by foreign outlets"),
    ("The government dismissed press reports claiming that Kenya had signed the deal.",
     "signed", "press reports"),
    ("Officials rejected news reports alleging that the men were sent to Libya.", "sent",
     "news reports"),
    ("The statement denied newspaper reports claiming that Rwanda had agreed to the plan.",
     "agreed", "newspaper reports"),
])
def test_reports_claiming_are_the_source_of_the_claim(nlp: Language, sentence: str,
                                                      claim: str, source: str) -> None:
    found = certainty(nlp, sentence, claim)
    assert (found.level, found.attributed_to) == ("reported", source)


def test_the_ministry_itself_saying_is_not_a_report(nlp: Language) -> None:
    found = certainty(nlp, "The ministry said in a report that Benin had agreed to receive the "
                      "deportees.", "agreed")
    assert found.level == "confirmed"


# Background in a relative clause set off by commas is the outlet's own statement, not part of
# the claim a party argues around it (g14, g15, j02: different authors).
@pytest.mark.parametrize(("sentence", "claim"), [
    ("The coalition had argued that the agreement, which was signed in May, breached the "
     "constitution.", "signed"),
    ("Opposition MPs argue that the arrangement, which Ghana agreed to in September, needs "
     "ratification.", "agreed"),
    ("Critics say the deal, which Kigali signed last year, is unlawful.", "signed"),
    ("Lawyers contended that the pact, under which 40 people were sent to Eswatini, was void.",
     "sent"),
    ("According to advocates, Guatemala, whose foreign ministry agreed in February to accept "
     "more flights, has received few deportees.", "agreed"),
])
def test_background_in_a_relative_clause_is_confirmed(nlp: Language, sentence: str,
                                                      claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The coalition argued that Eswatini had signed the agreement in secret.", "signed"),
    ("Advocates say the deal that Kigali signed last year is unlawful, and that Uganda agreed "
     "to take 50 people.", "agreed"),
    ("The men were sent to Panama, which held them in a camp for weeks, lawyers said.", "held"),
])
def test_the_claim_itself_stays_reported(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


# Figures a government party published are that government on the record (j02, n05: different
# authors); figures others compiled stay theirs.
@pytest.mark.parametrize("sentence", [
    "At least 42 people have arrived in Ghana, according to figures the Interior Ministry "
    "presented to the committee.",
    "According to figures of Mexico's Secretariat of the Interior, 5,000 foreigners were received.",
    "According to data from the Guatemalan Migration Institute, 300 people were received.",
    "Official statistics released by the Home Office show 200 people were received in Rwanda.",
    "Some 190 people were received in Albania, according to interior ministry figures.",
])
def test_figures_a_government_published_are_confirmed(nlp: Language, sentence: str) -> None:
    assert certainty(nlp, sentence, "received" if "received" in sentence else "arrived").level \
        == "confirmed"


@pytest.mark.parametrize("sentence", [
    "According to figures compiled by Human Rights Watch, 300 people were received in Eswatini.",
    "According to data gathered by reporters, 300 people were received in Eswatini.",
])
def test_figures_others_compiled_are_reported(nlp: Language, sentence: str) -> None:
    assert certainty(nlp, sentence, "received").level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Wednesday's flight brought the number of non-Hondurans received to 41, the INM said.",
     "received"),
    ("The IGM confirmed that 12 Haitians were handed over to Mexican officials.", "handed"),
    ("According to Panama's SNM, the 299 migrants arrived on three flights.", "arrived"),
    ("The head of the federal Executive recalled that her government accepted to receive "
     "migrants in January.", "accepted"),
    ("Israel's Population and Immigration Authority said 4,000 people had left for Rwanda.",
     "left"),
    ("Costa Rica's DGME said in a statement that the families were transferred to the CATEM.",
     "transferred"),
])
def test_a_receiving_states_agency_by_its_acronym_is_on_the_record(
        nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


@pytest.mark.parametrize(("sentence", "claim"), [
    # a newspaper quoting the agency's data is still the newspaper
    ("The Daily Beacon reported that the men had arrived, citing no source.", "arrived"),
    # rights groups, not the agency
    ("Rights groups said the men had been transferred without notice.", "transferred"),
])
def test_press_and_groups_stay_reported(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Media reports claim that the United States has reached an agreement with Libya.",
     "reached"),
    ("Opposition lawmakers claim that Maseru signed a deal to take US deportees.", "signed"),
    ("British officials had briefed reporters that Albania had been approached.", "approached"),
    ("Aides briefed journalists on Monday that the deal was close.", "close"),
    ("A Kenyan weekly, in a story officials deny, claims that Nairobi was approached.",
     "approached"),
])
def test_a_claim_or_a_briefing_reports_what_it_says(nlp: Language, sentence: str,
                                                    claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    # an asylum claim is no statement
    ("Eswatini agreed to take the men, whose asylum claims were never heard.", "agreed"),
    # the outlet's own statement
    ("Ghana received 14 deportees on Tuesday.", "received"),
])
def test_an_asylum_claim_or_the_outlets_word_is_confirmed(nlp: Language, sentence: str,
                                                         claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


# Round 7: a reporting verb inside another event's clause ("hours after their lawyers said
# buses had arrived") reports that event, not the claim before it (c01).
@pytest.mark.parametrize(("sentence", "claim"), [
    ("The Supreme Court ordered the government not to remove the men, a rare intervention that "
     "came hours after their lawyers said buses had arrived.", "ordered"),
    ("A judge blocked the flight to Libya shortly after lawyers said the men were on a bus.",
     "blocked"),
    ("Eswatini received five deportees on Tuesday, a day before officials said a second flight "
     "was planned.", "received"),
    ("Ghana took in 14 deportees in September, weeks after Mahama said it would help.", "took"),
    ("The court halted the transfers when the men's attorneys told it they feared torture.",
     "halted"),
])
def test_a_report_of_another_event_leaves_the_claim_confirmed(nlp: Language, sentence: str,
                                                              claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


@pytest.mark.parametrize(("sentence", "claim"), [
    # the report covers the whole sentence
    ("The judge blocked the flight after a hearing, lawyers said.", "blocked"),
    ("Ghana took in 14 deportees after weeks of talks, officials said.", "took"),
])
def test_a_trailing_report_still_covers_the_claim(nlp: Language, sentence: str,
                                                  claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


# Round 8: a denial the denying state itself leaves, confirming on the record that it agreed
# (f05, ua05): the agreement is its own word, confirmed; another state's word against the
# denial stays a claim (rule 1).
@pytest.mark.parametrize("text", [
    "Uganda has agreed to take in deportees from the United States, the Ministry of Foreign "
    "Affairs said on Thursday, days after a minister had dismissed reports of such a deal.",
    "KAMPALA — Uganda has signed an agreement to receive people deported from the United "
    "States, the foreign ministry said. Last week a junior minister had denied that any such "
    "agreement existed.",
    "A junior minister denied on Monday that any agreement existed. On Thursday, Uganda agreed "
    "to receive deportees from the United States, the government said in a statement.",
    "Uganda agreed in July to accept up to 200 people deported from the United States, "
    "Foreign Minister Jeje Odongo said, after officials had denied reports of a deal.",
    "Uganda, which had denied any agreement with Washington, has now agreed to take in "
    "deportees from the United States. Uganda agreed to the plan last month, the ministry "
    "said on Thursday.",
])
def test_a_denial_its_own_state_retracts(text: str) -> None:
    facts = [f for f in Extractor().extract(text, "2025-08-22")
             if f.type == "arrangement" and f.stage == "agreed"]
    assert [(f.receiving_country, f.certainty) for f in facts] == [("UGA", "confirmed")]


@pytest.mark.parametrize("text", [
    # the other party speaks, or the state speaks only to deny
    "Uganda has agreed to take in deportees from the United States, the State Department said, "
    "but Uganda's government denied that any such agreement existed.",
    "Uganda's government denied that it had agreed to take deportees from the United States. "
    "\"Uganda has not agreed to anything,\" a government spokesman said.",
])
def test_a_denial_that_stands(text: str) -> None:
    facts = [f for f in Extractor().extract(text, "2025-08-22")
             if f.type == "arrangement" and f.stage == "agreed"]
    assert all(f.certainty == "reported" for f in facts)


# Round 8: a report refused or negated, or the noun "say", attributes nothing (g06, i04, q11,
# ua10): the claim stays the outlet's.
@pytest.mark.parametrize(("sentence", "claim"), [
    ("The Netherlands signed a letter of intent with Uganda in September, though Dutch "
     "officials have not said when anyone might be sent there.", "signed"),
    ("Ghana agreed in July to take deportees from the United States, but officials did not "
     "say how many.", "agreed"),
    ("Officials have declined to say how many more people will be sent, though Nauru agreed "
     "to take them.", "agreed"),
    ("Eswatini received five men in July; the government would not immediately say where they "
     "were held.", "received"),
    ("Kigali agreed in 2025 to accept up to 250 people and keeps the final say over who "
     "comes.", "agreed"),
    ("Rwanda signed the deal in April, and its government never said what it was paid.",
     "signed"),
])
def test_a_report_refused_attributes_nothing(nlp: Language, sentence: str, claim: str) -> None:
    found = certainty(nlp, sentence, claim)
    assert (found.level, found.attributed_to) == ("confirmed", None)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Ghana agreed in July to take deportees from the United States, officials said.",
     "agreed"),
    ("Officials, who declined to be named, said Ghana had agreed to take the deportees.",
     "agreed"),
])
def test_a_report_made_still_attributes(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


# Round 9: a short parenthesis after the speaker (its acronym) is no clause boundary: the
# speaker is still the one who said it (q05, ta16).
@pytest.mark.parametrize(("sentence", "claim", "speaker", "level"), [
    ("The National Commissioner for Human Rights (CONADEH) said on Tuesday that the detainees "
     "lacked lawyers.", "lacked", "The National Commissioner for Human Rights", "reported"),
    ("Human Rights Watch (HRW) has documented beatings of deportees at the camp.", "beatings",
     "Human Rights Watch", "reported"),
    ("The UN refugee agency (UNHCR) warned that the deportees faced torture.", "torture",
     "The UN refugee agency", "reported"),
    ("Rwanda received 14 deportees on Tuesday, the Ministry of Foreign Affairs (MoFA) said.",
     "received", "the Ministry of Foreign Affairs", "confirmed"),
    ("According to the Panamanian National Migration Service (SNM), 299 people arrived.",
     "arrived", "the Panamanian National Migration Service", "confirmed"),
    ("The Uganda Law Society (ULS) argued the deal was unconstitutional.", "unconstitutional",
     "The Uganda Law Society", "reported"),
])
def test_an_acronym_in_brackets_keeps_the_speaker(nlp: Language, sentence: str, claim: str,
                                                  speaker: str, level: str) -> None:
    found = certainty(nlp, sentence, claim)
    assert (found.level, found.attributed_to) == (level, speaker)


@pytest.mark.parametrize(("sentence", "claim"), [
    # a bracketed aside that is a clause, or a parenthesis after the claim, names no speaker
    ("Ghana received 14 deportees (most of them Nigerians) said to be in good health.",
     "received"),
    ("Eswatini received five men (all convicted of violent crimes) on Tuesday.", "received"),
])
def test_a_bracketed_clause_is_no_speaker(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


# Round 13: a release's opening in the forms many organisations use (ba09 c14 ca12 ga11 i13 ia09
# pa07 ra14 ua13): a dateline with a date, a name with lower-case links, an apposition after the
# name, a verb of publishing or filing. Its claims are the organisation's (dev d24).
@pytest.mark.parametrize(("release", "name"), [
    ("PRESS RELEASE\n\nNairobi/Juba, 10 September 2025 — The East Africa Justice Network today "
     "called on the authorities to disclose where the deported men are held.\n",
     "East Africa Justice Network"),
    ("FOR IMMEDIATE RELEASE\n\nKAMPALA, 28 August 2025 — The Centre for Legal Accountability "
     "Uganda (CLAU) today filed a petition challenging the deportation agreement.\n",
     "Centre for Legal Accountability Uganda"),
    ("PRESS RELEASE\n\nRome, 10 September 2026 — The Osservatorio Frontiere Adriatiche (OFA), a "
     "network of Italian lawyers and medical volunteers, today publishes its second report on "
     "the centre in Albania.\n", "Osservatorio Frontiere Adriatiche"),
    ("FOR IMMEDIATE RELEASE\nSAN JOSÉ, 9 April 2025 — The Red Mesoamericana de Protección today "
     "calls on the Government of Costa Rica to release the families still confined at the "
     "migrant centre in Corredores, six weeks after they were flown there.\n",
     "Red Mesoamericana de Protección"),
    ("PRESS RELEASE\nFor immediate release — 27 January 2026\n\nChannel Rights Network today "
     "published testimony from 38 people sent from the United Kingdom to France.\n",
     "Channel Rights Network"),
])
def test_release_openings_in_other_forms_name_their_organisation(
        nlp: Language, release: str, name: str) -> None:
    doc = nlp.make_doc(release)
    doc.user_data[TEXT_KEY] = release
    assert DocumentContext(nlp(doc), None).issuing_organisation == name


@pytest.mark.parametrize("statement", [
    # a ministry's own release is the government on the record
    "PRESS RELEASE\n\nKAMPALA, 28 August 2025 — The Ministry of Foreign Affairs today called on "
    "the public to disregard reports about the agreement.\n",
    # a news story about an organisation is no release
    "KAMPALA, 28 August 2025 — The Centre for Legal Accountability Uganda today filed a petition "
    "challenging the agreement, its director said.\n",
])
def test_a_ministry_statement_or_a_news_story_is_no_ngo_release(nlp: Language,
                                                                 statement: str) -> None:
    doc = nlp.make_doc(statement)
    doc.user_data[TEXT_KEY] = statement
    assert DocumentContext(nlp(doc), None).issuing_organisation is None


# Round 14: a reporting verb in a clause of its own that a contrast or ", and" opens after the
# claim ("…, though officials in Kampala say no one has been sent") reports that clause only:
# qa13 x06 ya01 sb15.
@pytest.mark.parametrize(("sentence", "claim"), [
    ("Uganda agreed in August to take in people denied asylum, though officials in Kampala say "
     "no one has yet been sent.", "agreed"),
    ("Uganda signed an arrangement with Washington in August, although officials insist nobody "
     "has arrived.", "signed"),
    ("Rwanda and Uganda have also agreed to accept deportees, and officials in Washington say "
     "talks with others are continuing.", "agreed"),
    ("Ghana received 14 deportees in September, but lawyers say several were sent on to Togo.",
     "received"),
    ("Eswatini took in five men in July, while rights groups said the kingdom had no law to "
     "hold them.", "took"),
])
def test_a_report_in_a_later_contrasting_clause(nlp: Language, sentence: str,
                                                claim: str) -> None:
    found = certainty(nlp, sentence, claim)
    assert (found.level, found.attributed_to) == ("confirmed", None)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Ghana received 14 deportees in September, officials said.", "received"),
    ("Uganda agreed to take the men, officials in Kampala said, though no one has yet been "
     "sent.", "agreed"),
    ("Though officials say Uganda agreed to take the men, no one has yet been sent.", "agreed"),
])
def test_a_report_of_the_claim_itself_stays(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


# Round 17: a media report named as where the claim comes from, with no reporting verb (c16
# ga12 l11: "outlets had reported", "named in media reports", "a report by a news website that").
@pytest.mark.parametrize(("sentence", "claim"), [
    ("Benin and Angola have been named in media reports as possible partners.", "named"),
    ("Officials pushed back on a report by a U.S. news website that Washington asked "
     "Tegucigalpa to hold detainees.", "asked"),
    ("Several U.S. outlets had reported that Washington asked Libya to accept deportees.",
     "asked"),
    ("News reports that Kigali agreed to take 250 deportees were not denied.", "agreed"),
    ("Togo was approached in March, according to a report in the Nairobi daily The Star, and "
     "in press reports since.", "approached"),
    ("As first disclosed in press reports last week, Uganda agreed to take deportees.",
     "agreed"),
])
def test_a_media_report_as_the_source(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    # the minister speaks, the report is only where
    ("In a report to parliament, Interior Minister Piantedosi said Albania had agreed to "
     "extend the deal.", "agreed"),
    # a report as the object of the outlet's own statement
    ("Uganda agreed to take the men after the report was published.", "agreed"),
])
def test_a_media_report_as_the_source_near_misses(nlp: Language, sentence: str,
                                                  claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


def test_reports_as_the_verb_of_a_named_body(nlp: Language) -> None:
    found = certainty(nlp, "The Ministry of Foreign Affairs reports that Paraguay signed the "
                      "agreement on Thursday.", "signed")
    assert found.level == "confirmed"


@pytest.mark.parametrize("sentence", [
    "Officials in Bhutan have never confirmed reports that the kingdom received a small group.",
    "The government denied reports that Honduras agreed to take Venezuelan deportees.",
])
def test_reports_denied_or_unconfirmed(nlp: Language, sentence: str) -> None:
    claim = "received" if "received" in sentence else "agreed"
    assert certainty(nlp, sentence, claim).level == "reported"


# Round 19: a speaker, often a pronoun or an acronym, with a verb of noting or pointing (l11
# sb15 ua13 ac14 z11: "they note", "They point to", "PANMR notes", "The organisations note").
@pytest.mark.parametrize(("sentence", "claim"), [
    ("RLNU notes that Uganda had concluded the arrangement with Washington.", "concluded"),
    ("The organisations note that Uganda signed the agreement in May.", "signed"),
    ("Guatemala, they note, signed the agreement in July.", "signed"),
    ("The group pointed out that Uganda had signed the deal in August.", "signed"),
    ("As HRW points out, Rwanda signed the agreement in May.", "signed"),
    ("Critics point to the fact that Rwanda signed the agreement without a vote.", "signed"),
    ("Amnesty, noting that Eswatini signed the deal in May, called for the men's release.",
     "signed"),
    ("Rwanda signed the agreement in May, the researchers noted.", "signed"),
])
def test_a_speaker_noting_or_pointing(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    # "note" and "point" as nouns
    ("Rwanda signed the agreement in May, notes from the meeting show.", "signed"),
    ("Rwanda signed the agreement in May, a point the minister did not dispute.", "signed"),
    ("At one point in May Rwanda signed the agreement.", "signed"),
    ("In a diplomatic note, Rwanda signed the agreement in May.", "signed"),
    # the party itself noting it, on the record
    ("The Foreign Ministry noted that Rwanda signed the agreement in May.", "signed"),
])
def test_a_speaker_noting_or_pointing_near_misses(nlp: Language, sentence: str,
                                                 claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


# Round 19: a document named as the source with "according to" (ad08 qb04 sb15): a notice, a
# copy, a cable or documents are the outlet's reading, not an official speaking on the record.
@pytest.mark.parametrize(("sentence", "claim"), [
    ("And Equatorial Guinea, according to a State Department notice to Congress reviewed by "
     "the Courier, has agreed to take deportees.", "agreed"),
    ("Eswatini signed the agreement with Washington in May, according to a copy filed in "
     "court.", "signed"),
    ("Equatorial Guinea, which according to a congressional notice disclosed last year received "
     "$7.5 million from Washington, has said nothing.", "received"),
    ("According to internal Home Office documents, Rwanda agreed to take up to 250 people.",
     "agreed"),
    ("Palau accepted the first three men in July, according to diplomatic cables.", "accepted"),
    ("According to a notification sent to Congress, the State Department paid Eswatini "
     "$5.1 million.", "paid"),
])
def test_a_document_as_the_source(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    # the party itself, on the record, with a document only nearby
    ("According to the Interior Ministry, which sent a notice to parliament, Albania received "
     "40 men.", "received"),
    ("According to Foreign Minister Olivier Nduhungirehe, Rwanda signed the agreement in "
     "May.", "signed"),
])
def test_a_document_as_the_source_near_misses(nlp: Language, sentence: str,
                                              claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"


# Round 19: a document as the subject of a verb of showing (ga07 qa06 qb04 sb01 ua10: "A
# document seen by this newspaper shows", "A notice to Congress showed", "cables show").
@pytest.mark.parametrize(("sentence", "claim"), [
    ("A document seen by this newspaper shows Washington agreed to pay the kingdom $5.1 million.",
     "agreed"),
    ("A notice to Congress showed a $7.5m payment to Malabo for receiving deportees.",
     "payment"),
    ("Diplomatic cables show that Rwanda was approached in March.", "approached"),
    ("Internal documents suggest the kingdom agreed to take up to 160 deportees.", "agreed"),
    ("Palau accepted three men in July. A copy of the memo shows it agreed in May.", "agreed"),
])
def test_a_document_showing(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence.split(". ")[-1], claim).level == "reported"


@pytest.mark.parametrize(("sentence", "claim"), [
    # figures and the party's own showing stay the party's; a document that is not the subject
    ("Ministry figures show Albania received 40 men in October.", "received"),
    ("Rwanda showed the document to reporters after it agreed to take the men.", "agreed"),
    ("The minister said the documents were signed and that Uganda agreed in May, as shown "
     "on television.", "agreed"),
])
def test_a_document_showing_near_misses(nlp: Language, sentence: str, claim: str) -> None:
    assert certainty(nlp, sentence, claim).level == "confirmed"
