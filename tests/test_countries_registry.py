"""The country registry: codes, names and aliases to ``Country``, regions, forms, Kosovo."""

from __future__ import annotations

import pycountry
import pytest

from thirdcountry.countries import (
    Country,
    all_countries,
    country_name,
    find_country,
    gazetteer,
    get_country,
    registry,
)


@pytest.fixture
def fresh_caches():
    """Rebuild the registry and gazetteer around a test that patches their data."""
    registry._registry.cache_clear()
    gazetteer.load_gazetteer.cache_clear()
    yield
    registry._registry.cache_clear()
    gazetteer.load_gazetteer.cache_clear()


@pytest.mark.parametrize("entry", list(pycountry.countries), ids=lambda c: c.alpha_3)
def test_every_pycountry_country_resolves_by_codes_and_names(entry):
    for key in (entry.alpha_3, entry.alpha_2, entry.alpha_3.lower(), entry.alpha_2.lower()):
        assert get_country(key).iso3 == entry.alpha_3
    names = {entry.name, getattr(entry, "common_name", None), getattr(entry, "official_name", None)}
    for name in filter(None, names):
        if entry.alpha_3 == "COG" and name == "Congo":
            continue  # bare "Congo" is DR Congo in news usage; tested below
        assert get_country(name).iso3 == entry.alpha_3, name
        assert get_country(name.upper()).iso3 == entry.alpha_3, name
    assert get_country(get_country(entry.alpha_3).name).iso3 == entry.alpha_3


def test_kosovo_is_in_the_registry():
    kosovo = get_country("Kosovo")
    assert (kosovo.iso3, kosovo.iso2, kosovo.name) == ("XKX", "XK", "Kosovo")
    assert kosovo.official_name == "Republic of Kosovo"
    assert get_country("xkx") == kosovo == get_country("XK")
    assert "Balkans" in kosovo.regions and "landlocked" in kosovo.forms
    assert kosovo in all_countries()


@pytest.mark.parametrize(
    ("query", "iso3"),
    [
        ("US", "USA"), ("usa", "USA"), ("U.S.", "USA"), ("u.s.a.", "USA"), ("America", "USA"),
        ("United States of America", "USA"), ("United Kingdom", "GBR"), ("Britain", "GBR"),
        ("UK", "GBR"), ("gb", "GBR"), ("rw", "RWA"), ("Rwanda", "RWA"), ("Swaziland", "SWZ"),
        ("eswatini", "SWZ"), ("The Gambia", "GMB"), ("the Netherlands", "NLD"), ("Holland", "NLD"),
        ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Côte d'Ivoire", "CIV"),
        ("cote d ivoire", "CIV"), ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("DRC", "COD"),
        ("DR Congo", "COD"), ("Congo", "COD"), ("Congo-Brazzaville", "COG"),
        ("Republic of the Congo", "COG"), ("Korea, Republic of", "KOR"), ("North Korea", "PRK"),
        ("Iran, Islamic Republic of", "IRN"), ("Russia", "RUS"), ("UAE", "ARE"),
        ("Czechia", "CZE"), ("Cape Verde", "CPV"), ("Vatican", "VAT"), ("East Timor", "TLS"),
    ],
)
def test_lookup_accepts_codes_names_and_aliases_in_any_case(query, iso3):
    assert get_country(query).iso3 == iso3
    assert find_country(query.upper()).iso3 == iso3


@pytest.mark.parametrize(
    ("iso3", "name"),
    [("BOL", "Bolivia"), ("IRN", "Iran"), ("RUS", "Russia"), ("XKX", "Kosovo"),
     ("SWZ", "Eswatini"), ("COD", "DR Congo"), ("VNM", "Vietnam"), ("TUR", "Turkey")],
)
def test_names_are_common_short_english_names(iso3, name):
    assert get_country(iso3).name == name
    assert country_name(iso3) == name
    assert country_name(iso3.lower()) == name


def test_unknown_input_raises_lookup_error_naming_it_and_the_closest_countries():
    with pytest.raises(LookupError, match=r"unknown country 'Rwandaa'; closest: Rwanda"):
        get_country("Rwandaa")
    with pytest.raises(LookupError, match="'Atlantis'"):
        get_country("Atlantis")
    assert find_country("Atlantis") is None
    assert find_country("") is None


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError, match="must be a string, got 840"):
        get_country(840)  # type: ignore[arg-type]


def test_country_name_leaves_unknown_codes_as_they_are():
    assert country_name("?") == "?"
    assert country_name("ZZZ") == "ZZZ"


def test_all_countries_lists_each_state_once_sorted_by_iso3():
    countries = all_countries()
    codes = [c.iso3 for c in countries]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes)) == len(pycountry.countries) + 1
    assert len({c.iso2 for c in countries}) == len(countries)
    assert all(isinstance(c, Country) for c in countries)


def test_regions_go_from_broad_to_narrow_and_forms_describe_the_state():
    rwanda = get_country("RWA")
    assert rwanda.regions[:1] == ("Africa",)
    assert {"East Africa", "Great Lakes"} <= set(rwanda.regions)
    assert rwanda.regions.index("Africa") < rwanda.regions.index("Great Lakes")
    assert {"landlocked", "small", "republic"} <= set(rwanda.forms)
    assert {"kingdom", "monarchy"} <= set(get_country("Eswatini").forms)
    assert "Southern Africa" in get_country("Eswatini").regions
    assert {"island", "small"} <= set(get_country("Nauru").forms)
    assert "Pacific" in get_country("Nauru").regions
    assert "Central America" in get_country("Panama").regions
    assert "republic" not in get_country("Japan").forms


def test_ambiguous_data_alias_fails_loudly(monkeypatch, fresh_caches):
    original = registry.load_data

    def patched(filename):
        data = original(filename)
        if filename == "countries.json":
            data["countries"]["UGA"] = {**data["countries"]["UGA"], "aliases": ["Rwanda"]}
        return data

    monkeypatch.setattr(registry, "load_data", patched)
    with pytest.raises(ValueError, match="'Rwanda' is ambiguous: RWA and UGA"):
        get_country("Uganda")


def test_unknown_code_in_region_data_fails_loudly(monkeypatch, fresh_caches):
    original = registry.load_data

    def patched(filename):
        data = original(filename)
        if filename == "regions.json":
            data["regions"]["Balkans"] = [*data["regions"]["Balkans"], "ZZZ"]
        return data

    monkeypatch.setattr(registry, "load_data", patched)
    with pytest.raises(ValueError, match="unknown ISO3 codes \\['ZZZ'\\]"):
        all_countries()
