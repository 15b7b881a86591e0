"""Countries and the names news uses for them (pycountry + Kosovo)."""

from thirdcountry.countries.registry import (
    Country,
    all_countries,
    country_name,
    find_country,
    get_country,
    government_names,
)

__all__ = ["Country", "all_countries", "country_name", "find_country", "get_country",
           "government_names"]
