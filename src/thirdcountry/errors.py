"""Exception hierarchy of thirdcountry and the typed reasons an input is skipped.

Every stage that refuses an input says why with a :class:`SkipReason`, so callers can count,
filter and report skips instead of parsing messages.
"""

from __future__ import annotations

from enum import Enum


class ThirdcountryError(Exception):
    """Base class of every error thirdcountry raises on purpose."""


class SkipReason(str, Enum):
    """Why an input was not turned into a document; the value is stable for logs and exports."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    NOT_ENGLISH = "not_english"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    HTTP_ERROR = "http_error"
    NETWORK_ERROR = "network_error"
    TIMEOUT = "timeout"
    CONTENT_TYPE = "content_type"
    PRIVATE_ADDRESS = "private_address"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    BAD_RECORD = "bad_record"
    PARSE_ERROR = "parse_error"


class SourceError(ThirdcountryError):
    """An input (file, URL, feed entry or bulk record) that was skipped, and why.

    ``str(error)`` is one line naming the item, e.g.
    ``"articles/x.txt: binary file (NUL bytes), skipped"``.

    Attributes:
        reason: the typed reason.
        origin: the path, URL or ``"file.jsonl:line 12"`` of the skipped item.
        detail: what was wrong, in a few words, without the origin.
    """

    def __init__(self, reason: SkipReason, origin: str, detail: str) -> None:
        super().__init__(reason, origin, detail)
        self.reason = reason
        self.origin = origin
        self.detail = " ".join(detail.split())

    def __str__(self) -> str:
        return f"{self.origin}: {self.detail}, skipped"

    def __repr__(self) -> str:
        return f"SourceError({self.reason.name}, {self.origin!r}, {self.detail!r})"
