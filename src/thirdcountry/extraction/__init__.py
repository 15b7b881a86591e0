"""Text → facts. The extractor never touches the database.

``extract(text, published=None)`` is the one-call API; ``Extractor`` keeps the spaCy pipeline
loaded and streams many documents (``extract_many``).
"""

from thirdcountry.extraction.extractor import EXTRACTOR_VERSION, Extractor, extract

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract"]
