"""The country registry: every ISO 3166-1 country plus Kosovo, with names, regions and forms.

Countries come from ``pycountry``; ``data/countries.json`` adds what it lacks (Kosovo, common
short names, aliases), ``data/regions.json`` and ``data/forms.json`` say where a country is and
what kind of state it is. Lookups accept ISO2, ISO3, names, official names and aliases in any
case, with or without dots and accents ("US", "usa", "U.S.", "Britain", "cote d'ivoire").
The registry is built on first use and cached; importing this module does no work.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry

#: Forms a country has because of its official name, not because data lists it.
REPUBLIC_FORM = "republic"


@dataclass(frozen=True)
class Country:
    """One state: codes, names, and the regions and forms an epithet can describe it by."""

    iso3: str
    iso2: str
    name: str
    official_name: str | None
    regions: tuple[str, ...]
    forms: tuple[str, ...]


def load_data(filename: str) -> dict[str, Any]:
    """Read one JSON file of ``thirdcountry/countries/data``.

    Args:
        filename: file name inside the data folder, e.g. ``"countries.json"``.

    Returns:
        The parsed JSON object.

    Raises:
        ValueError: the file is not valid JSON (the message names the file).
    """
    text = resources.files("thirdcountry.countries").joinpath("data", filename).read_text("utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"countries/data/{filename}: invalid JSON: {exc}") from exc


def fold_accents(text: str) -> str:
    """Return ``text`` without combining accents ("Côte" -> "Cote", "Türkiye" -> "Turkiye")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lookup_key(text: str) -> str:
    """Normalise a code or name for lookup: casefolded, no accents, dots, apostrophes, hyphens
    or leading "the" ("Côte d'Ivoire" and "cote d ivoire" give the same key)."""
    key = fold_accents(text).casefold()
    for mark in ".'’-":
        key = key.replace(mark, " ")
    key = " ".join(key.split())
    return key[4:] if key.startswith("the ") else key


class _Registry:
    """All countries and the lookup index over their codes and names."""

    def __init__(self) -> None:
        data = load_data("countries.json")
        overrides: dict[str, dict[str, Any]] = data["countries"]
        regions = _invert(load_data("regions.json")["regions"], "regions.json")
        forms = _invert(load_data("forms.json")["forms"], "forms.json")

        records: list[dict[str, Any]] = []
        for entry in pycountry.countries:
            records.append(
                {
                    "iso3": entry.alpha_3,
                    "iso2": entry.alpha_2,
                    "name": getattr(entry, "common_name", None) or entry.name,
                    "official_name": getattr(entry, "official_name", None),
                    "pycountry_names": [
                        getattr(entry, attr, None)
                        for attr in ("name", "common_name", "official_name")
                    ],
                }
            )
        for extra in data["extra_countries"]:
            records.append({**extra, "pycountry_names": []})

        self.by_iso3: dict[str, Country] = {}
        self.aliases: dict[str, tuple[str, ...]] = {}
        for record in records:
            iso3 = record["iso3"]
            override = overrides.get(iso3, {})
            name = override.get("name", record["name"])
            official = override.get("official_name", record["official_name"])
            if official:
                official = official[4:] if official.startswith("the ") else official
            if official == name:
                official = None
            own_forms = forms.get(iso3, ())
            if "Republic" in (official or "") or "Republic" in name:
                own_forms = (*own_forms, REPUBLIC_FORM)
            self.by_iso3[iso3] = Country(
                iso3=iso3,
                iso2=record["iso2"],
                name=name,
                official_name=official,
                regions=regions.get(iso3, ()),
                forms=own_forms,
            )
            self.aliases[iso3] = tuple(override.get("aliases", ()))
        unknown = sorted(set(overrides) - set(self.by_iso3))
        if unknown:
            raise ValueError(f"countries/data/countries.json: unknown ISO3 codes {unknown}")
        unknown = sorted((set(regions) | set(forms)) - set(self.by_iso3))
        if unknown:
            raise ValueError(f"countries/data regions/forms: unknown ISO3 codes {unknown}")
        self.index = self._build_index(records)

    def _build_index(self, records: list[dict[str, Any]]) -> dict[str, str]:
        """Map lookup keys to ISO3; codes and data names outrank pycountry's long names."""
        ranked: dict[str, tuple[int, str]] = {}

        def add(text: str | None, iso3: str, rank: int) -> None:
            if not text:
                return
            key = lookup_key(text)
            held = ranked.get(key)
            if held is None or rank < held[0]:
                ranked[key] = (rank, iso3)
            elif rank == held[0] and held[1] != iso3:
                raise ValueError(f"country lookup {text!r} is ambiguous: {held[1]} and {iso3}")

        for record in records:
            iso3 = record["iso3"]
            country = self.by_iso3[iso3]
            add(iso3, iso3, 0)
            add(country.iso2, iso3, 0)
            for text in (country.name, country.official_name, *self.aliases[iso3]):
                add(text, iso3, 1)
            for text in record["pycountry_names"]:
                add(text, iso3, 2)
        return {key: iso3 for key, (_, iso3) in ranked.items()}

    def find(self, code_or_name: str) -> Country | None:
        iso3 = self.index.get(lookup_key(code_or_name))
        return self.by_iso3[iso3] if iso3 else None

    def closest(self, code_or_name: str, limit: int = 3) -> list[str]:
        """Names of the countries whose keys look most like ``code_or_name``."""
        keys = difflib.get_close_matches(lookup_key(code_or_name), self.index, n=limit * 3)
        names: list[str] = []
        for key in keys:
            name = self.by_iso3[self.index[key]].name
            if name not in names:
                names.append(name)
        return names[:limit]


def _invert(groups: dict[str, list[str]], filename: str) -> dict[str, tuple[str, ...]]:
    """Turn ``{group: [iso3, ...]}`` into ``{iso3: (group, ...)}`` keeping the file's order."""
    out: dict[str, list[str]] = {}
    for group, members in groups.items():
        if not isinstance(members, list):
            raise ValueError(f"countries/data/{filename}: {group!r} must list ISO3 codes")
        for iso3 in members:
            out.setdefault(iso3, []).append(group)
    return {iso3: tuple(found) for iso3, found in out.items()}


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    return _Registry()


def find_country(code_or_name: str) -> Country | None:
    """Return the country a code, name or alias refers to, or None.

    Args:
        code_or_name: ISO2, ISO3, name, official name or alias, any case ("rw", "U.S.",
            "Britain", "Kosovo").

    Returns:
        The ``Country``, or None when nothing matches.

    Raises:
        TypeError: ``code_or_name`` is not a string.
    """
    if not isinstance(code_or_name, str):
        raise TypeError(f"country code or name must be a string, got {code_or_name!r}")
    return _registry().find(code_or_name)


def get_country(code_or_name: str) -> Country:
    """Return the country a code, name or alias refers to.

    Args:
        code_or_name: ISO2, ISO3, name, official name or alias, any case.

    Returns:
        The ``Country``.

    Raises:
        LookupError: nothing matches; the message names the input and the closest countries.
        TypeError: ``code_or_name`` is not a string.
    """
    country = find_country(code_or_name)
    if country is None:
        closest = _registry().closest(code_or_name)
        hint = f"; closest: {', '.join(closest)}" if closest else ""
        raise LookupError(f"unknown country {code_or_name!r}{hint}")
    return country


def country_name(iso3: str) -> str:
    """Return the common short English name of an ISO3 code, for display.

    Args:
        iso3: an ISO 3166-1 alpha-3 code, or ``XKX`` for Kosovo; any case.

    Returns:
        The country's ``name`` ("SWZ" -> "Eswatini"); an unknown code comes back unchanged, so
        pages and exports can show whatever a stored record holds ("?" stays "?").
    """
    country = _registry().by_iso3.get(iso3.upper())
    return country.name if country else iso3


def all_countries() -> list[Country]:
    """Return every country, sorted by ISO3.

    Returns:
        A new list of all ``Country`` records (pycountry's countries plus Kosovo).
    """
    return sorted(_registry().by_iso3.values(), key=lambda country: country.iso3)


def country_aliases(iso3: str) -> tuple[str, ...]:
    """Return the aliases ``data/countries.json`` gives an ISO3 code (empty if none)."""
    return _registry().aliases.get(iso3, ())
