"""Countries: ISO 3166 from pycountry plus what it lacks (Kosovo, XKX), with the names news uses.

The registry is the one place where a code or a name becomes a ``Country``. Names, aliases,
demonyms, capitals, regions and forms ("kingdom", "island") live in ``data/countries.tsv``;
bodies and leaders that stand for a state live in ``data/governments.json``.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

KOSOVO = ("XKX", "XK", "Kosovo", "Republic of Kosovo")


@dataclass(frozen=True, slots=True)
class Country:
    """One state, with the words news uses for it."""

    iso3: str
    iso2: str
    name: str
    official_name: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


def _read_data(name: str) -> str:
    return resources.files("thirdcountry.countries").joinpath("data", name).read_text("utf-8")


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    extra: dict[str, list[str]] = {}
    for line in _read_data("countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        extra[cols[0]] = cols
    out: dict[str, Country] = {}
    records = [(c.alpha_3, c.alpha_2, c.name, getattr(c, "official_name", None))
               for c in pycountry.countries]
    records.append(KOSOVO)
    for iso3, iso2, iso_name, official in records:
        cols = extra.get(iso3)
        if cols:
            _, short, aliases, demonyms, capitals, regions, forms = cols
            aliases_t = _split(aliases)
            if iso_name not in aliases_t and iso_name != short:
                aliases_t = (*aliases_t, iso_name)
            country = Country(iso3, iso2, short or iso_name, official, aliases_t,
                              _split(demonyms), _split(capitals), _split(regions), _split(forms))
        else:
            common = getattr(pycountry.countries.get(alpha_3=iso3), "common_name", None)
            name = common or iso_name
            aliases_t = tuple(n for n in {iso_name} if n != name)
            country = Country(iso3, iso2, name, official, aliases_t)
        out[iso3] = country
    return out


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in _countries().values():
        for key in (c.iso3, c.iso2, c.name, c.official_name or "", *c.aliases):
            if key:
                index.setdefault(key.casefold(), c.iso3)
    for c in _countries().values():
        for key in c.demonyms:
            index.setdefault(key.casefold(), c.iso3)
    return index


@lru_cache(maxsize=1)
def government_names() -> dict[str, str]:
    """Name of a seat, body or leader → ISO3 of the state it stands for."""
    data = json.loads(_read_data("governments.json"))
    return {name: iso3 for iso3, names in data.items() if not iso3.startswith("_")
            for name in names}


def all_countries() -> list[Country]:
    """Every country, sorted by name."""
    return sorted(_countries().values(), key=lambda c: c.name)


def find_country(code_or_name: str) -> Country | None:
    """Return the country for an ISO2/ISO3 code, name, alias or demonym (any case), or None."""
    key = code_or_name.strip().casefold()
    if key.startswith("the "):
        key = key[4:]
    iso3 = _name_index().get(key) or _name_index().get("the " + key)
    return _countries().get(iso3) if iso3 else None


def get_country(code_or_name: str) -> Country:
    """Like ``find_country`` but raise ``LookupError`` naming the closest matches."""
    country = find_country(code_or_name)
    if country is None:
        close = difflib.get_close_matches(code_or_name.casefold(), list(_name_index()), n=3)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise LookupError(f"unknown country {code_or_name!r}{hint}")
    return country


def country_name(iso3: str) -> str:
    """Common short English name of an ISO3 code (the code itself if unknown)."""
    country = _countries().get(iso3.upper())
    return country.name if country else iso3
