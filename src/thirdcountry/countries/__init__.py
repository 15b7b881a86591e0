"""Countries: ISO 3166 from pycountry plus Kosovo (XKX), with the names news uses for them.

``get_country``/``find_country`` turn any code, name or alias into a ``Country``;
``country_name`` gives the display name of an ISO3 code; ``all_countries`` lists them all.
The text-facing forms (demonyms, capitals, government bodies) are in ``gazetteer``.
"""

from thirdcountry.countries.registry import (
    Country,
    all_countries,
    country_name,
    find_country,
    get_country,
)

__all__ = ["Country", "all_countries", "country_name", "find_country", "get_country"]
