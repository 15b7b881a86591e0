"""Documents as ingested, and how a new one is recognised as a duplicate or a syndicated copy."""

from thirdcountry.documents.dedup import (
    NEAR_DUPLICATE_JACCARD,
    Fingerprint,
    fingerprint,
    jaccard,
    url_key,
)

__all__ = ["NEAR_DUPLICATE_JACCARD", "Fingerprint", "fingerprint", "jaccard", "url_key"]
