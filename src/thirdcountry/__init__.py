"""thirdcountry: track third-country deportation and asylum-transfer arrangements from the news.

The public Python surface is small on purpose::

    import thirdcountry
    facts = thirdcountry.extract(text, published="2025-04-10")
    for fact in facts:
        print(fact.to_json())
"""

from thirdcountry.facts.schema import (
    Arrangement,
    Evidence,
    Fact,
    LegalAction,
    Removal,
    RightsConcern,
)

__version__ = "0.1.0"


def extract(text: str, published=None):
    """Extract facts from one article (see ``thirdcountry.extraction.extract``).

    Imported on first call: commands that only read the store need not load spaCy.
    """
    from thirdcountry.extraction import extract as _extract

    return _extract(text, published)

__all__ = [
    "Arrangement",
    "Evidence",
    "Fact",
    "LegalAction",
    "Removal",
    "RightsConcern",
    "__version__",
    "extract",
]
