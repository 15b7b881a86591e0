"""Opaque keyset cursors for paginated lists: the client passes back what it was given.

A cursor names the last id of the page just served, so the next page starts strictly after it;
rows added meanwhile never shift or repeat a page. The encoding is an implementation detail:
a version tag keeps old cursors recognisable if it ever changes.
"""

from __future__ import annotations

import base64
import binascii

_PREFIX = "v1:"


class CursorError(ValueError):
    """A cursor that this server did not hand out."""


def encode_cursor(last_id: int) -> str:
    """Return the opaque cursor for the page that ends with ``last_id``."""
    raw = f"{_PREFIX}{last_id}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> int:
    """Return the last id a cursor stands for.

    Raises:
        CursorError: the text is not a cursor from :func:`encode_cursor`.
    """
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise CursorError(f"cursor {cursor!r} is not one this API returned") from exc
    number = raw.removeprefix(_PREFIX)
    if not raw.startswith(_PREFIX) or not number.isdigit() or len(number) > 18:
        raise CursorError(f"cursor {cursor!r} is not one this API returned")
    return int(number)
