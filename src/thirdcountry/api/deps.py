"""Request dependencies shared by the API routes and the pages: session, settings, parameters.

The engine and settings live on ``app.state`` (set by ``create_app``), never in module globals,
so two apps over two databases can run in one process (as the tests do). Parameters that need
more than a type check (country codes, cursors, partial dates) are resolved here and refused
with :class:`InvalidParameter`, which the app turns into a 422 naming the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import Depends, Path, Query, Request
from sqlalchemy.orm import Session

from thirdcountry.api.cursors import CursorError, decode_cursor
from thirdcountry.config import Settings
from thirdcountry.countries import find_country


class InvalidParameter(Exception):
    """A request parameter with a well-formed type but a value that means nothing here.

    Attributes:
        location: ``query.<name>`` or ``path.<name>``.
        message: what is wrong, naming the value.
    """

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message


class NotFound(Exception):
    """A path names a resource that does not exist (answered with 404 and the message)."""


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    """A session for one request; read-only use, closed when the response is sent."""
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

# Free-text parameters may not hold control characters (PostgreSQL text cannot even hold NUL).
PRINTABLE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
PARTIAL_DATE_PATTERN = _PARTIAL_DATE.pattern

CountryQuery = Annotated[
    str | None,
    Query(min_length=2, max_length=3,
          description="ISO 3166-1 alpha-2 or alpha-3 code, any case (`RW`, `rwa`); Kosovo `XK`"),
]
DateQuery = Annotated[
    str | None,
    Query(pattern=f"^{PARTIAL_DATE_PATTERN}$", description="`YYYY`, `YYYY-MM` or `YYYY-MM-DD`"),
]
FormatQuery = Annotated[
    Literal["json", "csv"],
    Query(alias="format", description="`csv` for a CSV download (same as adding `.csv` to the "
                                      "path)"),
]
# Ids are INTEGER columns: PostgreSQL refuses to compare them with anything beyond 32 bits.
MAX_ID = 2**31 - 1
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
LimitQuery = Annotated[int, Query(ge=1, le=500, description="Page size")]
CursorQuery = Annotated[
    str | None,
    Query(max_length=64, description="`next_cursor` of the previous page"),
]


def iso3_of(code: str | None, location: str) -> str | None:
    """Resolve an ISO alpha-2 or alpha-3 code (any case) to alpha-3.

    Args:
        code: the parameter value, or None when not given.
        location: the parameter, for the error (``query.receiving``).

    Returns:
        The ISO3 code, or None for None.

    Raises:
        InvalidParameter: the value is not a known country code.
    """
    if code is None:
        return None
    country = find_country(code) if code.isascii() and code.isalpha() else None
    if country is None or code.upper() not in (country.iso2, country.iso3):
        raise InvalidParameter(location, f"{code!r} is not an ISO 3166-1 alpha-2 or alpha-3 "
                                         "country code")
    return country.iso3


def after_id_of(cursor: str | None) -> int | None:
    """The id a page cursor continues after.

    Raises:
        InvalidParameter: the cursor was not handed out by this API.
    """
    if cursor is None:
        return None
    try:
        return decode_cursor(cursor)
    except CursorError as exc:
        raise InvalidParameter("query.cursor", str(exc)) from exc


def check_date_range(date_from: str | None, date_to: str | None) -> None:
    """Refuse a range that ends before it starts.

    Raises:
        InvalidParameter: ``date_to`` is before ``date_from``.
    """
    if date_from and date_to and date_to < date_from[: len(date_to)]:
        raise InvalidParameter("query.date_to", f"{date_to} is before date_from {date_from}")
