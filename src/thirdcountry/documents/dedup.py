"""Duplicate and near-duplicate fingerprints of documents: content hash, URL key, MinHash bands.

Three checks decide what an incoming document is, cheapest first:

* **Same URL.** :func:`url_key` normalises a URL (scheme, ``www.``, default port, trailing
  slash, fragment, tracking parameters such as ``utm_source``) so two links to one page compare
  equal.
* **Same text.** ``Fingerprint.content_hash`` hashes the word sequence of the text, case-folded and
  Unicode-normalised, so whitespace, punctuation and typography do not make a new document.
* **Syndicated copy.** Wire stories are republished with a new headline, a trimmed last
  paragraph or an editor's note. Such a copy is recognised by the Jaccard similarity of the two
  texts' sets of five-word shingles (:data:`NEAR_DUPLICATE_JACCARD`).

Why MinHash with LSH bands rather than SimHash: a 64-bit SimHash is cheap to index with the
pigeonhole trick only for small Hamming distances (4 bands of 16 bits find distance <= 3).
A copy that loses a paragraph of a 250-word story keeps about 75% of its shingles; SimHash then
differs by roughly 8 bits, beyond what few, wide bands can find, while narrow bands make every
lookup return thousands of unrelated documents. MinHash estimates Jaccard similarity directly,
and banding its signature (:data:`BANDS` bands of :data:`ROWS_PER_BAND` values) turns "probably
similar" into exact-match lookups on an indexed ``(band, hash)`` table: a pair with Jaccard 0.7
shares at least one band with probability 0.9998, a pair at 0.5 with 0.87, an unrelated pair
at 0.1 with 0.003. Each ingest therefore runs one indexed query for :data:`BANDS` keys and
compares the exact shingle sets of a handful of candidates, whatever the size of the store;
no signatures are loaded in bulk.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    import numpy

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS_PER_BAND = NUM_PERM // BANDS
NEAR_DUPLICATE_JACCARD = 0.5
# A fixed seed makes signatures, and so the stored band hashes, identical across processes.
MINHASH_SEED = 1

_WORD = re.compile(r"\w+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs to know about one text.

    Attributes:
        content_hash: hex SHA-256 of the normalised word sequence: two texts that differ only
            in case, whitespace, punctuation or Unicode presentation (curly quotes, non-breaking
            spaces, ligatures) get the same hash.
        url_key: the normalised URL, or None when the document has no URL.
        shingles: the set of five-word shingles of the normalised text.
        bands: one signed 64-bit hash per MinHash band; empty when the text has no words.
    """

    content_hash: str
    url_key: str | None
    shingles: frozenset[str]
    bands: tuple[int, ...]


def fingerprint(text: str, url: str | None = None) -> Fingerprint:
    """Compute every dedup key of a document.

    Args:
        text: the document text as ingested.
        url: its URL, if known.

    Returns:
        The fingerprint; ``bands[i]`` belongs to band ``i``.
    """
    words = normalised_words(text)
    shingle_set = shingles_of(words)
    return Fingerprint(
        content_hash=_sha256(" ".join(words)),
        url_key=url_key(url) if url else None,
        shingles=shingle_set,
        bands=band_hashes(shingle_set),
    )


def normalised_words(text: str) -> list[str]:
    """Return the words of ``text``, NFKC-normalised and case-folded, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles_of(words: list[str]) -> frozenset[str]:
    """Return the set of :data:`SHINGLE_WORDS`-word shingles; a shorter text is one shingle."""
    if not words:
        return frozenset()
    if len(words) < SHINGLE_WORDS:
        return frozenset([" ".join(words)])
    # Shifted copies of the word list, zipped: each tuple is one shingle's words in order.
    shifted = (words[i:] for i in range(SHINGLE_WORDS))
    return frozenset(map(" ".join, zip(*shifted, strict=False)))


def band_hashes(shingle_set: frozenset[str]) -> tuple[int, ...]:
    """Return the LSH band hashes of a shingle set's MinHash signature.

    Args:
        shingle_set: shingles from :func:`shingles_of`.

    Returns:
        :data:`BANDS` signed 64-bit integers (they fit a PostgreSQL ``bigint``), or an empty
        tuple for an empty set, which must never match anything.
    """
    if not shingle_set:
        return ()
    import numpy as np  # numpy is imported by the first fingerprint, not by every command

    signature = minhash_signature(shingle_set).astype("<u4")
    # Little-endian bytes whatever the machine, so band hashes are portable between hosts.
    return tuple(
        int.from_bytes(
            hashlib.blake2b(row.tobytes(), digest_size=8).digest(), "little", signed=True
        )
        for row in np.split(signature, BANDS)
    )


def minhash_signature(shingle_set: frozenset[str]) -> numpy.ndarray:
    """Return the :data:`NUM_PERM` MinHash values of a non-empty shingle set, as ``uint32``.

    The scheme is datasketch 2.0's default (``MinHash(num_perm=128, seed=1)``, "affine32"),
    written out here so that stored band hashes stay valid: the first four bytes of each
    shingle's SHA-1 (little-endian), mixed by the MurmurHash3 finalizer, then permuted by
    ``a * h + b`` modulo 2**32 with odd ``a``; the signature keeps each permutation's minimum.
    Computing it directly costs a fraction of datasketch's per-document objects and saves
    importing datasketch and scipy; ``tests/test_dedup.py`` pins the resulting band hashes.
    """
    import numpy as np

    digests = b"".join([hashlib.sha1(s.encode("utf-8")).digest() for s in shingle_set])
    # Each 20-byte digest is five 32-bit words; the first one is the shingle's hash.
    first_words = np.frombuffer(digests, dtype="<u4")[::5]
    hashed = _murmur3_finalizer(first_words.astype(np.uint32))
    multipliers, offsets = _permutations()
    with np.errstate(over="ignore"):  # the wrap-around is the modulo 2**32
        return (hashed[:, None] * multipliers + offsets).min(axis=0)


@lru_cache(maxsize=1)
def _permutations() -> tuple[numpy.ndarray, numpy.ndarray]:
    """The ``a`` (odd) and ``b`` of each permutation, drawn as datasketch draws them."""
    import numpy as np

    generator = np.random.RandomState(MINHASH_SEED)
    multipliers = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + 1
    offsets = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return multipliers.astype(np.uint32), offsets


def _murmur3_finalizer(values: numpy.ndarray) -> numpy.ndarray:
    import numpy as np

    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint32(16))
        values = values * np.uint32(0x85EBCA6B)
        values = values ^ (values >> np.uint32(13))
        values = values * np.uint32(0xC2B2AE35)
        return values ^ (values >> np.uint32(16))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a ∩ b| / |a ∪ b|, 0.0 when both are empty."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def url_key(url: str) -> str:
    """Normalise a URL so that links to the same page compare equal.

    Lower-cases scheme and host, treats ``http`` as ``https``, drops ``www.``, default ports,
    the fragment, tracking parameters and a trailing slash, and sorts the query.

    Args:
        url: an absolute URL; anything else is returned stripped but otherwise unchanged.

    Returns:
        The key used to find same-URL duplicates.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().removeprefix("www.")
    port = parts.port
    if port and port != _DEFAULT_PORTS[parts.scheme.lower()]:
        host = f"{host}:{port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking_parameter(name)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, urlencode(query), ""))


def _is_tracking_parameter(name: str) -> bool:
    exact, prefixes = _tracking_parameters()
    name = name.lower()
    return name in exact or name.startswith(prefixes)


@lru_cache(maxsize=1)
def _tracking_parameters() -> tuple[frozenset[str], tuple[str, ...]]:
    lines = files("thirdcountry.documents").joinpath("tracking_params.txt").read_text("utf-8")
    names = [n.strip().lower() for n in lines.splitlines() if n.strip() and not n.startswith("#")]
    exact = frozenset(n for n in names if not n.endswith("*"))
    prefixes = tuple(n[:-1] for n in names if n.endswith("*"))
    return exact, prefixes


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()
