"""The ``tc_country_mentions`` component: which words name which state, and which do not."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import thirdcountry.extraction.country_mentions  # noqa: F401  (registers the factory)
from thirdcountry.countries import find_country, gazetteer
from thirdcountry.extraction import Extractor
from thirdcountry.extraction.country_mentions import CountryMentions, Mention
from thirdcountry.facts.schema import Removal

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def nlp():
    """A blank English pipeline: spaCy's own sentencizer, then the component."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("tc_country_mentions")
    return pipeline


@pytest.fixture(scope="module")
def found(nlp):
    def run(text: str) -> list[tuple[str, str, str]]:
        doc = nlp(text)
        return [(s.text, s.label_, s.kb_id_) for s in doc.spans["countries"]]

    return run


def iso3s(mentions: list[tuple[str, str, str]]) -> set[str]:
    return {iso3 for _, _, iso3 in mentions}


@pytest.mark.parametrize(
    ("text", "span", "label", "iso3"),
    [
        ("Deportees landed in Eswatini.", "Eswatini", "NAME", "SWZ"),
        ("Swaziland was renamed.", "Swaziland", "NAME", "SWZ"),
        ("The government of eSwatini confirmed it.", "eSwatini", "NAME", "SWZ"),
        ("The U.S. paid for it.", "U.S.", "NAME", "USA"),
        ("The US paid for it.", "US", "NAME", "USA"),
        ("He has lived in the States since 2001.", "the States", "NAME", "USA"),
        ("America wants more deals.", "America", "NAME", "USA"),
        ("Britain scrapped the plan.", "Britain", "NAME", "GBR"),
        ("The UK scrapped the plan.", "UK", "NAME", "GBR"),
        ("Holland signed a letter.", "Holland", "NAME", "NLD"),
        ("The DRC accused its neighbour.", "DRC", "NAME", "COD"),
        ("DR Congo accused its neighbour.", "DR Congo", "NAME", "COD"),
        ("Ivory Coast declined.", "Ivory Coast", "NAME", "CIV"),
        ("Côte d’Ivoire declined.", "Côte d’Ivoire", "NAME", "CIV"),
        ("Burma is now Myanmar.", "Burma", "NAME", "MMR"),
        ("Türkiye hosts refugees.", "Türkiye", "NAME", "TUR"),
        ("Deportees from the Gambia arrived.", "Gambia", "NAME", "GMB"),
        ("The UAE agreed.", "UAE", "NAME", "ARE"),
        ("The United States of America signed.", "United States of America", "NAME", "USA"),
        ("The Republic of Uganda signed.", "Republic of Uganda", "NAME", "UGA"),
        ("Kosovo will host 50 people.", "Kosovo", "NAME", "XKX"),
        ("A Venezuelan man was sent.", "Venezuelan", "DEMONYM", "VEN"),
        ("Venezuelans were sent.", "Venezuelans", "DEMONYM", "VEN"),
        ("A Salvadoran court ruled.", "Salvadoran", "DEMONYM", "SLV"),
        ("A Salvadorean court ruled.", "Salvadorean", "DEMONYM", "SLV"),
        ("An Emirati official said.", "Emirati", "DEMONYM", "ARE"),
        ("A Kosovar minister said.", "Kosovar", "DEMONYM", "XKX"),
        ("Nigerians were among them.", "Nigerians", "DEMONYM", "NGA"),
        ("The group included a Gambian.", "Gambian", "DEMONYM", "GMB"),
        ("Congolese officials objected.", "Congolese", "DEMONYM", "COD"),
        ("Only one is South Sudanese.", "South Sudanese", "DEMONYM", "SSD"),
        ("Afghans were forced home.", "Afghans", "DEMONYM", "AFG"),
        ("British ministers said.", "British", "DEMONYM", "GBR"),
        ("The Dutch minister said.", "Dutch", "DEMONYM", "NLD"),
        ("A Filipino worker was held.", "Filipino", "DEMONYM", "PHL"),
        ("Ten Americans were freed.", "Americans", "DEMONYM", "USA"),
        ("Officials in Washington declined.", "Washington", "CAPITAL", "USA"),
        ("Kigali will vet each person.", "Kigali", "CAPITAL", "RWA"),
        ("Officials in Mbabane said.", "Mbabane", "CAPITAL", "SWZ"),
        ("A deal with London fell apart.", "London", "CAPITAL", "GBR"),
        ("A deal with Rome was signed.", "Rome", "CAPITAL", "ITA"),
        ("A deal with Tirana was signed.", "Tirana", "CAPITAL", "ALB"),
        ("Juba refused the man.", "Juba", "CAPITAL", "SSD"),
        ("Kampala denied it.", "Kampala", "CAPITAL", "UGA"),
        ("Canberra paid Nauru.", "Canberra", "CAPITAL", "AUS"),
        ("Civic groups in Accra objected.", "Accra", "CAPITAL", "GHA"),
        ("Tripoli denies any deal.", "Tripoli", "CAPITAL", "LBY"),
        ("Ministers met in Downing Street.", "Downing Street", "GOV", "GBR"),
        ("Whitehall sources said.", "Whitehall", "GOV", "GBR"),
        ("It was cleared by the Home Office.", "Home Office", "GOV", "GBR"),
        ("The White House said.", "White House", "GOV", "USA"),
        ("A State Department cable said.", "State Department", "GOV", "USA"),
        ("The Department of Homeland Security said.", "Department of Homeland Security", "GOV",
         "USA"),
        ("DHS said so.", "DHS", "GOV", "USA"),
        ("ICE detained them.", "ICE", "GOV", "USA"),
        ("The Trump administration asked.", "Trump administration", "GOV", "USA"),
        ("Asked about it, the Kremlin declined.", "Kremlin", "GOV", "RUS"),
        ("The Élysée said.", "Élysée", "GOV", "FRA"),
        ("The Elysee said.", "Elysee", "GOV", "FRA"),
        ("President Trump signed it.", "Trump", "GOV", "USA"),
        ("Enrique Peña Nieto once said no.", "Enrique Peña Nieto", "GOV", "MEX"),
        ("Santiago Peña signed it.", "Santiago Peña", "GOV", "PRY"),
        ("King Mswati III agreed.", "King Mswati III", "GOV", "SWZ"),
    ],
)
def test_forms_of_each_label_are_found(found, text, span, label, iso3):
    assert (span, label, iso3) in found(text)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Trump", "USA"), ("Biden", "USA"), ("Rubio", "USA"), ("Noem", "USA"), ("Bukele", "SLV"),
     ("Kagame", "RWA"), ("Museveni", "UGA"), ("Mulino", "PAN"), ("Chaves", "CRI"),
     ("Meloni", "ITA"), ("Rama", "ALB"), ("Sunak", "GBR"), ("Starmer", "GBR"),
     ("Albanese", "AUS"), ("Mahama", "GHA"), ("Tinubu", "NGA"), ("Ruto", "KEN"),
     ("Mswati", "SWZ"), ("Netanyahu", "ISR"), ("Merz", "DEU"), ("Scholz", "DEU"),
     ("Kristersson", "SWE"), ("Frederiksen", "DNK"), ("Peña", "PRY"), ("Sheinbaum", "MEX"),
     ("Petro", "COL"), ("Maduro", "VEN")],
)
def test_leaders_stand_for_their_state(found, name, iso3):
    assert found(f"On Tuesday {name} said the talks would continue.") == [(name, "GOV", iso3)]


@pytest.mark.parametrize(
    "text",
    ["Eric Trump opened a hotel.", "Francesca Albanese criticised the plan.",
     "They met at Trump Tower.", "Crowds gathered on Bondi Beach."],
)
def test_leader_surnames_of_other_people_or_places_are_not_mentions(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "iso3", "shorter"),
    [
        ("He was flown to South Sudan.", "South Sudan", "SSD", "SDN"),
        ("He was flown to Equatorial Guinea.", "Equatorial Guinea", "GNQ", "GIN"),
        ("He was flown to Guinea-Bissau.", "Guinea-Bissau", "GNB", "GIN"),
        ("He was flown to Papua New Guinea.", "Papua New Guinea", "PNG", "GIN"),
        ("He was flown to the Dominican Republic.", "Dominican Republic", "DOM", "DMA"),
        ("He was flown to Nigeria.", "Nigeria", "NGA", "NER"),
        ("He was flown to the Democratic Republic of the Congo.",
         "Democratic Republic of the Congo", "COD", "COG"),
        ("He was flown to Congo-Kinshasa.", "Congo-Kinshasa", "COD", "COG"),
        ("He was flown to the Republic of the Congo.", "Republic of the Congo", "COG", "COD"),
        ("He was flown to Congo-Brazzaville.", "Congo-Brazzaville", "COG", "COD"),
    ],
)
def test_longest_match_wins(found, text, span, iso3, shorter):
    mentions = found(text)
    assert (span, "NAME", iso3) in mentions
    assert shorter not in iso3s(mentions)


def test_niger_and_dominica_are_found_on_their_own(found):
    assert found("Niger and Dominica said no.") == [("Niger", "NAME", "NER"),
                                                    ("Dominica", "NAME", "DMA")]


def test_bare_congo_is_dr_congo_unless_the_text_names_only_brazzaville(found):
    assert iso3s(found("Fighting continues in eastern Congo.")) == {"COD"}
    assert iso3s(found("Brazzaville said Congo would take part; Congolese ministers agreed.")) \
        == {"COG"}
    assert iso3s(found("Kinshasa and Brazzaville traded barbs; Congo denied it.")) \
        == {"COD", "COG"}
    assert ("Congo", "NAME", "COD") in found("Kinshasa and Brazzaville traded barbs; Congo denied.")


def test_tripoli_is_the_lebanese_port_in_a_story_naming_lebanon_and_not_libya(found):
    assert iso3s(found("Boats left Tripoli for Cyprus; Lebanon took them back.")) == {"CYP", "LBN"}
    assert iso3s(found("Militias in Tripoli hold migrants.")) == {"LBY"}
    assert iso3s(found("Tripoli, Libya's capital, is far from Lebanon.")) == {"LBY", "LBN"}


@pytest.mark.parametrize(
    "text",
    [
        "Migrants from Latin America.", "Flights to Central America.", "Across South America.",
        "The North America tour.", "Latin American governments.", "An African American lawyer.",
        "Deported to New Mexico.", "A storm in the Gulf of Mexico.", "Oil in the Niger Delta.",
        "Boats on the Niger River.", "Tension in the South China Sea.", "The Washington Post said.",
        "Apples from Washington state.", "A portrait of George Washington.",
        "He studied at Georgia Tech.", "Detainees held at Guantánamo.",
        "Detainees held at Guantanamo Bay.", "Detainees held at Guantánamo Bay, Cuba.",
        "Baptised in the Jordan River.", "Small boats crossed the Channel.",
        "Boats crossed the English Channel.", "We ate turkey and chile on fine china.",
        "A guinea pig escaped.", "Guinea pigs escaped.", "A Cuban American lawyer.",
        "Two Mexican-Americans testified.",
    ],
)
def test_phrases_containing_a_country_form_are_not_mentions(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's governor welcomed the plant.",
        "He is held in Lumpkin, Georgia, far from home.",
        "The team will play in Atlanta, Georgia.",
        "The Georgia Ports Authority said cargo was delayed.",
        "ELLABELL, Ga. — After the raid in Bryan County, workers near Savannah said the plant in"
        " Georgia would open late.",
        "Flights left Texas, Georgia and Florida.",
    ],
)
def test_georgia_the_us_state_is_not_a_mention(found, text):
    assert "GEO" not in iso3s(found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Tbilisi, Georgia, are routine.",
        "Germany has partnerships with Georgia and Moldova.",
        "Deportation flights to Tbilisi are routine; Georgia agreed to more.",
        "Georgia signed the agreement.",
        "Over in Paris, Georgia's captain celebrated a title.",
    ],
)
def test_georgia_the_country_is_a_mention(found, text):
    assert "GEO" in iso3s(found(text))


def test_paris_before_a_possessive_georgia_is_still_paris(found):
    assert ("Paris", "CAPITAL", "FRA") in found("Over in Paris, Georgia's captain celebrated.")


@pytest.mark.parametrize(
    "text",
    ["He grew up in Seattle, Washington.", "Farms in eastern Washington need workers.",
     "Rome, Georgia, has a Mayor.", "A conference in Athens, Ga., ended.",
     "A storm hit Panama City, Florida."],
)
def test_us_towns_and_states_named_like_capitals_are_not_mentions(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Some sleep in tents along the Canal Saint-Martin.", "A hotel on Avenue de Kinshasa.",
     "A shop on Jamaica Avenue closed.", "They met on Rue de Rwanda.",
     "A charter landed at Liberia airport in Guanacaste."],
)
def test_streets_canals_and_namesake_airports_are_not_mentions(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("The avenue leads to Kinshasa.", "COD"), ("Liberia's airport reopened.", "LBR"),
     ("The Street Child charity works in Liberia.", "LBR")],
)
def test_states_beside_landmark_words_that_do_not_name_a_landmark_stay(found, text, iso3):
    assert iso3s(found(text)) == {iso3}


@pytest.mark.parametrize(
    "text",
    ["Michael Jordan retired.", "Mr. Jordan said no.", "Chad Wolf was acting secretary.",
     "Jordan Peterson spoke.", "Kenya Moore appeared.", "Paris Hilton arrived."],
)
def test_people_named_like_states_are_not_mentions(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "iso3"),
    [("Chad's government refused.", "Chad", "TCD"), ("Jordan's king visited.", "Jordan", "JOR"),
     ("The Israel Police said.", "Israel", "ISR"), ("Kenya Airways resumed flights.", "Kenya",
                                                     "KEN")],
)
def test_person_like_names_stay_states_before_possessives_and_state_bodies(found, text, span,
                                                                            iso3):
    assert (span, "NAME", iso3) in found(text)


@pytest.mark.parametrize(
    ("text", "span", "label", "iso3"),
    [("Deportees From US Arrive in Juba After Weeks in Djibouti", "Juba", "CAPITAL", "SSD"),
     ("Eight Men Land in Kigali Before Dawn", "Kigali", "CAPITAL", "RWA"),
     ("Talks With Jordan Over Deportees Stall", "Jordan", "NAME", "JOR")],
)
def test_a_function_word_in_a_title_case_headline_is_no_surname(found, text, span, label, iso3):
    assert (span, label, iso3) in found(text)


def test_us_pronoun_and_numbered_road_and_dollars_are_not_mentions(found):
    assert found("Let us know. Tell us more about us.") == []
    assert found("FOR MORE, CONTACT US OR FOLLOW US.") == []
    assert found("Traffic on U.S. 280 and US 1 is light.") == []
    assert found("It cost US$5.1 million.") == []
    assert found("DEPORTEES FROM US LAND IN ESWATINI") == [("US", "NAME", "USA"),
                                                          ("ESWATINI", "NAME", "SWZ")]


def test_all_caps_text_matches(found):
    mentions = found("MINISTRY OF FOREIGN AFFAIRS\nTHE REPUBLIC OF UGANDA\n\nCOOPERATION BETWEEN"
                     " UGANDA AND THE UNITED STATES OF AMERICA")
    assert mentions == [("REPUBLIC OF UGANDA", "NAME", "UGA"), ("UGANDA", "NAME", "UGA"),
                        ("UNITED STATES OF AMERICA", "NAME", "USA")]
    assert found("KIGALI — Rwanda agreed.")[0] == ("KIGALI", "CAPITAL", "RWA")


def test_lowercase_forms_of_cased_names_do_not_match(found):
    assert found("the republic of uganda and the united states") == []


def test_glued_abbreviation_token_is_a_mention_and_tokens_are_left_alone(nlp, found):
    text = "The U.S.-Mexico border, U.S.-based groups and the U.A.E.-funded port."
    doc = nlp(text)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]
    assert found(text) == [("U.S.-Mexico", "NAME", "USA"), ("U.S.-based", "NAME", "USA"),
                           ("U.A.E.-funded", "NAME", "ARE")]


def test_capitals_that_need_context_need_their_state_in_the_document(found):
    assert ("San José", "CAPITAL", "CRI") in found("Costa Rica agreed; flights landed in San José.")
    assert found("Flights landed in San Jose.") == []
    assert found("He moved to Georgetown last year.") == []
    assert ("Georgetown", "CAPITAL", "GUY") in found("Guyana's leaders met in Georgetown.")
    assert found("Police in Panama City said the beach was closed.") == []
    assert iso3s(found("Panama agreed. Later a plane landed in Panama City, Florida.")) == {"PAN"}


@pytest.mark.parametrize(
    "text",
    ["The prison is known by its Spanish initials.", "She speaks French fluently.",
     "It was published in German, and later in English.", "French-speaking staff helped."],
)
def test_language_names_are_not_mentions(found, text):
    assert found(text) == []


def test_nationality_adjectives_that_are_also_languages_still_count(found):
    assert found("French officials and Spanish prisons.") == [("French", "DEMONYM", "FRA"),
                                                              ("Spanish", "DEMONYM", "ESP")]


@pytest.mark.parametrize(
    ("text", "epithet", "iso3"),
    [
        ("Five men arrived in Eswatini, the first sent to the southern African kingdom.",
         "the southern African kingdom", "SWZ"),
        ("Eswatini took five men. Officials said the kingdom would hold them.", "the kingdom",
         "SWZ"),
        ("Kigali will vet each person. They could arrive in the East African nation soon.",
         "the East African nation", "RWA"),
        ("Belize signed. People will go to the Central American country.",
         "the Central American country", "BLZ"),
        ("Albania hosts two centres. Migrants stay in the Balkan country.", "the Balkan country",
         "ALB"),
        ("Nauru agreed. The island nation will take them.", "The island nation", "NRU"),
        ("Qatar mediated. The Gulf state said talks went well.", "The Gulf state", "QAT"),
        ("Palau signed. The Pacific nation will take 15 people.", "The Pacific nation", "PLW"),
        ("Dominica is in talks. The tiny country hopes for visas.", "The tiny country", "DMA"),
        ("Bhutan expelled them. The Himalayan kingdom did not respond.",
         "The Himalayan kingdom", "BTN"),
        ("Cambodia signed with Australia. The south-east Asian nation took four.",
         "The south-east Asian nation", "KHM"),
    ],
)
def test_epithets_resolve_to_the_state_named_before(found, text, epithet, iso3):
    assert (epithet, "EPITHET", iso3) in found(text)


def test_epithet_takes_the_latest_fitting_state_skipping_ones_that_do_not_fit(found):
    mentions = found("Kenya and Uganda met. Later the United States asked the East African"
                     " nation to take deportees.")
    assert ("the East African nation", "EPITHET", "UGA") in mentions
    mentions = found("Eswatini signed with the United States. The kingdom got paid.")
    assert ("The kingdom", "EPITHET", "SWZ") in mentions


def test_epithet_prefers_the_subject_of_the_sentence_holding_the_latest_fitting_state(found):
    text = ("Kosovo, which declared independence from Serbia in 2008, agreed. The Balkan country"
            " has 1.6 million people.")
    assert ("The Balkan country", "EPITHET", "XKX") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda agreed. The country will vet each person.",
        "Rwanda agreed. The Balkan country said nothing.",
        "The East African nation agreed.",
        "Rwanda is a safe third country, the third country said.",
        "Nauru hosts a centre. Detainees on Manus Island said the island was unsafe.",
        "Eswatini signed. The kingdom of Lesotho did not.",
        "Nauru signed. Leaders met at the Pacific Island Forum.",
    ],
)
def test_unresolved_or_undescribed_epithets_are_not_emitted(found, text):
    assert all(label != "EPITHET" for _, label, _ in found(text))


def test_spans_are_sorted_non_overlapping_with_iso3_kb_ids(nlp):
    doc = nlp("The U.S. State Department said South Sudanese men reached Juba, and the East"
              " African nation held them. Washington paid.")
    spans = list(doc.spans["countries"])
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert [(s.label_, s.kb_id_) for s in spans] == [
        ("NAME", "USA"), ("GOV", "USA"), ("DEMONYM", "SSD"), ("CAPITAL", "SSD"),
        ("EPITHET", "SSD"), ("CAPITAL", "USA")]


def test_find_then_write_and_a_custom_spans_key():
    pipeline = spacy.blank("en")
    component = pipeline.add_pipe("tc_country_mentions", config={"spans_key": "states"})
    assert isinstance(component, CountryMentions)
    doc = pipeline.make_doc("Kosovo and Rwanda agreed.")
    mentions = component.match(doc)
    assert mentions == [Mention(0, 1, "NAME", "XKX"), Mention(2, 3, "NAME", "RWA")]
    component.set_annotations(doc, mentions)
    assert [s.text for s in doc.spans["states"]] == ["Kosovo", "Rwanda"]
    assert "countries" not in doc.spans


def test_runs_without_a_sentencizer():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("tc_country_mentions")
    doc = pipeline("Kosovo, near Serbia, agreed. The Balkan country said so.")
    assert [s.kb_id_ for s in doc.spans["countries"]] == ["XKX", "SRB", "SRB"]


def test_one_spelling_for_two_states_in_the_data_fails_loudly(monkeypatch):
    original = gazetteer.load_data

    def patched(filename):
        data = original(filename)
        if filename == "government.json":
            data["bodies"]["USA"] = [*data["bodies"]["USA"], "Kigali"]
        return data

    gazetteer.load_gazetteer.cache_clear()
    monkeypatch.setattr(gazetteer, "load_data", patched)
    try:
        with pytest.raises(ValueError, match="'Kigali' is both CAPITAL RWA and GOV USA"):
            gazetteer.load_gazetteer()
    finally:
        monkeypatch.undo()
        gazetteer.load_gazetteer.cache_clear()


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus not available")
def test_dev_corpus_articles(nlp):
    def mentions(prefix: str) -> list[tuple[str, str, str]]:
        path = next(DEV_CORPUS.glob(f"{prefix}-*.txt"))
        doc = nlp(path.read_text("utf-8"))
        return [(s.text, s.label_, s.kb_id_) for s in doc.spans["countries"]]

    assert "GEO" not in iso3s(mentions("d06"))  # a battery plant in Georgia, the US state
    assert ("Washington", "CAPITAL", "USA") in mentions("d06")
    assert ("the East African nation", "EPITHET", "RWA") in mentions("d26")
    assert ("the Himalayan kingdom", "EPITHET", "BTN") in mentions("n02")
    congo = mentions("d20")
    assert ("Republic of the Congo", "NAME", "COG") in congo
    assert ("Congo", "NAME", "COD") in congo
    assert ("Kinshasa", "CAPITAL", "COD") in congo
    assert all(name != "Jordan" for name, _, _ in congo)  # "Jordan Whitaker"
    press = mentions("d04")
    assert ("REPUBLIC OF UGANDA", "NAME", "UGA") in press
    assert ("UNITED STATES OF AMERICA", "NAME", "USA") in press


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus not available")
def test_dev_corpus_spans_are_well_formed(nlp):
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        doc = nlp(text)
        assert doc.text == text, path.name
        spans = list(doc.spans["countries"])
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False)), path.name
        for span in spans:
            assert find_country(span.kb_id_) is not None, (path.name, span.text)
            assert span.label_ in ("NAME", "DEMONYM", "CAPITAL", "GOV", "EPITHET")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Samuel Okudzeto Ablakwa", "GHA"), ("Ablakwa", "GHA"), ("Henry Okello Oryem", "UGA"),
     ("Oryem", "UGA"), ("David van Weel", "NLD")],
)
def test_ministers_who_speak_for_the_deals_stand_for_their_state(found, name, iso3):
    """Foreign and justice ministers who speak for real third-country deals (Ghana's, Uganda's,
    the Netherlands') name their state."""
    assert found(f"On Tuesday {name} said the talks would continue.") == [(name, "GOV", iso3)]


@pytest.mark.parametrize(
    ("text", "span", "iso3"),
    [
        ("Karoline Leavitt told reporters the flights would go on.", "Karoline Leavitt", "USA"),
        ("Asked about the deal, Leavitt said talks were private.", "Leavitt", "USA"),
        ("Interior minister Olubunmi Tunji-Ojo denied any agreement.", "Olubunmi Tunji-Ojo",
         "NGA"),
        ("Nordio defended the Albania centres in parliament.", "Nordio", "ITA"),
        ("Immigration minister Rasmus Stoklund welcomed the ruling.", "Rasmus Stoklund", "DNK"),
        ("Anandasangaree said Ottawa had not been asked.", "Anandasangaree", "CAN"),
        ("Bourita confirmed Rabat had received the request.", "Bourita", "MAR"),
        ("Murkomen said Kenya would not take the men.", "Murkomen", "KEN"),
        ("Makuei insisted the deportees were being looked after.", "Makuei", "SSD"),
        ("Van Bossuyt wants a return hub outside Europe.", "Van Bossuyt", "BEL"),
        ("A spokesperson for the Canada Border Services Agency declined to comment.",
         "Canada Border Services Agency", "CAN"),
        ("The BAMF rejected most of the claims.", "BAMF", "DEU"),
        ("Officials at UK Visas and Immigration refused the visas.", "UK Visas and Immigration",
         "GBR"),
        ("COMAR said it would process the asylum claims.", "COMAR", "MEX"),
        ("Fedasil opened more reception places.", "Fedasil", "BEL"),
        ("Senafront agents escorted the group to the bus.", "Senafront", "PAN"),
        ("Government spokesman Felix Kwakye Ofosu said Accra acted on humanitarian grounds.",
         "Felix Kwakye Ofosu", "GHA"),
        ("A spokesperson for His Majesty's Correctional Services said the men were well.",
         "His Majesty's Correctional Services", "SWZ"),
        ("The Uganda Human Rights Commission asked to visit the deportees.",
         "Uganda Human Rights Commission", "UGA"),
        ("CHRAJ said it would investigate the detentions.", "CHRAJ", "GHA"),
    ],
)
def test_ministers_and_migration_agencies_of_deal_states_stand_for_their_state(
        found, text, span, iso3):
    """Officials and agencies that real coverage of third-country deals quotes name their state."""
    assert (span, "GOV", iso3) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jean Nsengiyumva runs a shop in the market.",  # a surname after another first name
        "Amy Leavitt was arrested on Friday.",
        "Tony Gonsalves was arrested on Friday.",  # only Ralph Gonsalves speaks for his state
        "Boko Haram attacked a village.",  # Duma Boko is listed by full name only
        "The INM said it had received the group.",  # Mexico's and Honduras's INM: left out
        "Mark Rutte said the alliance would respond.",  # Nato, not the Netherlands, since 2024
    ],
)
def test_namesakes_of_added_officials_and_shared_agency_acronyms_are_not_mentions(found, text):
    assert found(text) == []


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an airport of a receiving state
        ("Deportation flights resumed. A U.S. plane carrying 40 deportees landed at Roberts "
         "International Airport on Sunday, officials said.", {("USA", "LBR", 40)}),
        ("Deportation flights resumed. A U.S. plane carrying 40 deportees landed at Lajas "
         "Blancas on Sunday.", {("USA", "PAN", 40)}),
        ("Deportation flights resumed. Twelve asylum seekers were flown from the United States "
         "to Silvio Pettirossi International Airport on Sunday.", {("USA", "PRY", 12)}),
        ("Deportation flights resumed. A U.S. plane carrying 10 deportees landed at "
         "Douglas-Charles Airport on Sunday.", {("USA", "DMA", 10)}),
        # a place of detention, in either spelling
        ("Deportation flights resumed. Thirty deportees from the United States were taken to "
         "Siglo XXI on Sunday.", {("USA", "MEX", 30)}),
        ("Deportation flights resumed. Twenty migrants deported by the United States were held "
         "at the Decápolis hotel on Sunday.", {("USA", "PAN", 20)}),
        # the deportees' own state's airport is no third-country place
        ("Deportation flights resumed. A U.S. plane carrying 40 deportees landed at Maiquetía "
         "on Sunday, officials said.", set()),
    ],
)
def test_airports_and_places_of_detention_name_the_receiving_state(extractor, text, expected):
    removals = [f for f in extractor.extract(text, "2025-08-06") if isinstance(f, Removal)]
    assert {(f.deporting_country, f.receiving_country, f.count) for f in removals} == expected
