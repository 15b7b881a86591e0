"""The text side of the country data: every surface form of a state and the context word lists.

``load_gazetteer()`` reads ``data/countries.json`` (names, aliases, demonyms, capitals),
``data/government.json`` (bodies and people), ``data/context.json`` (blocked phrases and
disambiguation words) and ``data/epithets.json`` once and returns one frozen ``Gazetteer``.
Surface forms get their spelling variants here (accent-free, curly apostrophe, capital "The"),
so the matcher never guesses. Nothing here needs spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from thirdcountry.countries.registry import (
    REPUBLIC_FORM,
    all_countries,
    country_aliases,
    fold_accents,
    load_data,
)

BLOCK = "BLOCK"


@dataclass(frozen=True)
class SurfaceForm:
    """One way of writing a state: ``label`` is NAME, DEMONYM, CAPITAL, GOV or BLOCK."""

    text: str
    label: str
    iso3: str  # "" for BLOCK
    leader: bool = False  # a person's name on its own ("Trump"): checked for other first names


@dataclass(frozen=True)
class PlaceSense:
    """A name shared by a state and a US state (Georgia; Washington the capital)."""

    name: str
    iso3: str
    forms: frozenset[str]
    other_before: tuple[tuple[str, ...], ...]
    other_after: frozenset[str]
    other_possessed: frozenset[str]
    document_other: tuple[str, ...]
    document_country: tuple[str, ...]


@dataclass(frozen=True)
class DocumentSense:
    """Bare forms two states share; the document decides which one is meant."""

    forms: frozenset[str]
    default: str
    alternative: str


@dataclass(frozen=True)
class EpithetRules:
    """How to read 'the <descriptors> <head>' and which countries each descriptor fits."""

    generic_heads: frozenset[str]
    form_heads: dict[str, str]
    descriptors: dict[tuple[str, ...], str]
    max_words: int
    named_place_heads: dict[str, frozenset[str]]
    country_tags: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Gazetteer:
    """Everything the country-mention component matches and the words its rules consult."""

    forms: tuple[SurfaceForm, ...]
    person_names: frozenset[str]
    titles: frozenset[str]
    not_first_names: frozenset[str]
    continuations: frozenset[str]
    capitals_needing_context: frozenset[str]  # accent-folded
    language_demonyms: frozenset[str]
    language_cues_after: frozenset[str]
    language_cues_before: frozenset[str]
    language_phrase_final_before: frozenset[str]
    pronoun_forms: frozenset[str]
    pronoun_before: frozenset[str]
    road_forms: frozenset[str]
    landmarks_before: frozenset[str]
    landmarks_after: frozenset[str]
    ethnic_heads: frozenset[str]
    us_states: frozenset[str]  # names and abbreviations
    us_state_names: tuple[str, ...]
    place_senses: dict[str, PlaceSense]  # by surface form
    document_senses: dict[str, DocumentSense]  # by surface form
    epithets: EpithetRules


def _variants(text: str, unfolded: frozenset[str]) -> set[str]:
    """The spellings of ``text`` news may use: accent-free, either apostrophe, capital "The"."""
    out = {text}
    if text not in unfolded:
        out.add(fold_accents(text))
    out |= {v.replace("'", "’") for v in out} | {v.replace("’", "'") for v in out}
    out |= {"The" + v[3:] for v in out if v.startswith("the ")}
    return out


def _surface_forms(context: dict) -> tuple[SurfaceForm, ...]:
    """Every form of every state, plus the blocked phrases, each spelling variant once."""
    countries = load_data("countries.json")["countries"]
    government = load_data("government.json")
    unfolded = frozenset(context["no_ascii_variant"]["forms"])
    raw: list[SurfaceForm] = []
    for country in all_countries():
        extra = countries.get(country.iso3, {})
        names = [country.name, country.official_name, *country_aliases(country.iso3)]
        raw += [SurfaceForm(name, "NAME", country.iso3) for name in names if name]
        raw += [SurfaceForm(text, "DEMONYM", country.iso3) for text in extra.get("demonyms", ())]
        raw += [SurfaceForm(text, "CAPITAL", country.iso3) for text in extra.get("capitals", ())]
    for iso3, bodies in government["bodies"].items():
        raw += [SurfaceForm(text, "GOV", iso3) for text in bodies]
    for iso3, people in government["people"].items():
        for person in people:
            raw += [SurfaceForm(text, "GOV", iso3) for text in person["full"]]
            raw += [SurfaceForm(text, "GOV", iso3, leader=True) for text in person["short"]]
    raw += [SurfaceForm(text, BLOCK, "") for text in context["blocked_phrases"]["phrases"]]

    by_text: dict[str, SurfaceForm] = {}
    for form in raw:
        for text in _variants(form.text, unfolded):
            held = by_text.get(text)
            variant = SurfaceForm(text, form.label, form.iso3, form.leader)
            if held is None:
                by_text[text] = variant
            elif (held.label, held.iso3) != (form.label, form.iso3):
                raise ValueError(
                    f"country form {text!r} is both {held.label} {held.iso3 or '-'} and "
                    f"{form.label} {form.iso3 or '-'}; keep one in countries/data"
                )
    return tuple(by_text.values())


def _place_senses(context: dict) -> dict[str, PlaceSense]:
    senses: dict[str, PlaceSense] = {}
    for name, spec in context["place_senses"].items():
        if name == "about":
            continue
        document_other = list(spec["document_other"])
        if spec["document_other_us_states"]:
            shared = set(context["place_senses"]) - {"about"}
            document_other += [s for s in context["us_states"]["names"] if s not in shared]
        sense = PlaceSense(
            name=name,
            iso3=spec["iso3"],
            forms=frozenset(spec["forms"]),
            other_before=tuple(tuple(phrase.split()) for phrase in spec["other_before"]),
            other_after=frozenset(spec["other_after"]),
            other_possessed=frozenset(spec["other_possessed"]),
            document_other=tuple(document_other),
            document_country=tuple(spec["document_country"]),
        )
        for form in sense.forms:
            senses[form] = sense
    return senses


def _epithet_rules(data: dict) -> EpithetRules:
    tags: dict[str, frozenset[str]] = {
        country.iso3: frozenset((*country.regions, *country.forms)) for country in all_countries()
    }
    known = set().union(*tags.values()) | {REPUBLIC_FORM}
    descriptors = {tuple(phrase.split()): tag for phrase, tag in data["descriptors"].items()}
    for tag in (*descriptors.values(), *data["form_heads"].values()):
        if tag not in known:
            raise ValueError(f"countries/data/epithets.json: {tag!r} is no region or form")
    return EpithetRules(
        generic_heads=frozenset(data["generic_heads"]),
        form_heads=dict(data["form_heads"]),
        descriptors=descriptors,
        max_words=int(data["max_descriptor_words"]),
        named_place_heads={k: frozenset(v) for k, v in data["named_place_heads"].items()},
        country_tags=tags,
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer from the data files once per process.

    Returns:
        The shared, immutable ``Gazetteer``.

    Raises:
        ValueError: a data file is malformed, or one spelling is given to two different
            states or labels (the message names the form and both owners).
    """
    context = load_data("context.json")
    people = context["person_names"]
    languages = context["languages"]
    abbreviations = context["abbreviations"]
    us_states = context["us_states"]
    return Gazetteer(
        forms=_surface_forms(context),
        person_names=frozenset(people["names"]),
        titles=frozenset(people["titles"]),
        not_first_names=frozenset(people["not_first_names"]),
        continuations=frozenset(people["country_continuations"]),
        capitals_needing_context=frozenset(
            fold_accents(name) for name in context["capitals_needing_context"]["names"]
        ),
        language_demonyms=frozenset(languages["demonyms"]),
        language_cues_after=frozenset(languages["cues_after"]),
        language_cues_before=frozenset(languages["cues_before"]),
        language_phrase_final_before=frozenset(languages["phrase_final_before"]),
        pronoun_forms=frozenset(abbreviations["pronoun_forms"]),
        pronoun_before=frozenset(abbreviations["pronoun_before"]),
        road_forms=frozenset(abbreviations["road_forms"]),
        landmarks_before=frozenset(context["landmarks"]["before"]),
        landmarks_after=frozenset(context["landmarks"]["after"]),
        ethnic_heads=frozenset(context["ethnic_compounds"]["heads"]),
        us_states=frozenset((*us_states["names"], *us_states["abbreviations"])),
        us_state_names=tuple(us_states["names"]),
        place_senses=_place_senses(context),
        document_senses={
            form: DocumentSense(frozenset(spec["forms"]), spec["default"], spec["alternative"])
            for spec in context["document_senses"]["senses"]
            for form in spec["forms"]
        },
        epithets=_epithet_rules(load_data("epithets.json")),
    )
