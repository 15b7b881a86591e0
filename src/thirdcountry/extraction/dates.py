"""Dates in news text, resolved against the publication date: "on Saturday" → "2025-07-05".

A value keeps the precision the text gives: "in 2021" → "2021", "in May" → "2025-05", "July 3"
→ "2025-07-03". Conventions (the project's gold rules):

- A month or day without a year takes the publication year, or the year before when the month
  is later than the publication month ("in November" published 2025-06-02 → "2024-11").
- A weekday is the most recent such day on or before publication ("on Wednesday" published on a
  Wednesday is that day); "last Friday" is strictly before, "next Friday" strictly after.
- Week-level expressions ("last week", "earlier this week", "two weeks ago", "at the weekend")
  give the month of the day they point to; "today"/"yesterday" give the day.
- A day range ("between February 12 and 15") gives its earliest day.

``relative`` marks deictic expressions, ones that point from the moment of writing (weekdays,
"today", "last month", "three weeks ago", "on the 15th"). A calendar date missing its year ("in
May") is not relative but still needs the publication date; without one its value is None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib.resources import files


def _data(name: str) -> dict:
    return json.loads((files("thirdcountry.extraction") / "data" / name).read_text("utf-8"))


_MONTH_DATA = _data("months.json")
_WORDS = _data("date_words.json")
_COUNT_CONTEXT = _data("count_context.json")
_QUALIFIERS = _data("count_qualifiers.json")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression; ``text == source[start:end]``, ``value`` None if unresolvable."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Read a publication date given as an ISO string, a date or a datetime.

    Args:
        value: "2025-04-10", "2025-04-10T08:00:00Z", a ``date``/``datetime``, or None.

    Returns:
        The calendar date as written (a datetime's own local date), or None for None.

    Raises:
        ValueError: the value is not an ISO date or datetime.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        cleaned = value.strip()
        if cleaned.endswith(("Z", "z")):
            cleaned = cleaned[:-1] + "+00:00"
        try:
            if len(cleaned) == 10:
                return dt.date.fromisoformat(cleaned)
            return dt.datetime.fromisoformat(cleaned).date()
        except ValueError:
            pass
    raise ValueError(
        f"published date {value!r} is not an ISO date (YYYY-MM-DD) or datetime"
    )


def _alt(options: list[str] | dict[str, object]) -> str:
    """Alternation of literal phrases, longest first, any whitespace between words."""
    phrases = sorted(options, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in phrases)


_MONTH_NUMBER: dict[str, int] = {**_MONTH_DATA["months"], **_MONTH_DATA["abbreviations"]}
_WEEKDAY_NUMBER = {name: index for index, name in enumerate(_WORDS["weekdays"])}
_SEASONS: dict[str, list[int]] = _WORDS["seasons"]
_ANCHORS: dict[str, int] = _WORDS["anchors"]

_FULL = rf"(?:{_alt(_MONTH_DATA['months'])})\b"
_ANY_MONTH = rf"(?:{_alt(_MONTH_NUMBER)})\b\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[7-9]\d\d|20\d\d)(?!\d)"
_MOD = rf"(?i:{_alt(_MONTH_DATA['period_modifiers'])})(?:-|\s+)?"
_WEEKDAY = rf"(?:{_alt(_WEEKDAY_NUMBER)})\b"
_DAY_PART = rf"(?:\s+(?i:{_alt(_WORDS['day_parts'])})\b)?"
_NUMBER_WORDS = _data("numbers.json")
_AGO_AMOUNT = (
    rf"\d+|(?i:an?|{_alt(_NUMBER_WORDS['units'])}|{_alt(_NUMBER_WORDS['tens'])})\b"
    rf"|(?P<vague>(?i:{_alt(_WORDS['ago_vague_amounts'])}))"
)

_ISO_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")
_MONTH_DAY_RE = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<mon>{_ANY_MONTH})\s+(?P<day>{_DAY})"
    rf"(?:\s*(?:-|–|to|and|through)\s*(?:{_ANY_MONTH}\s+)?{_DAY})?(?:,?\s+(?P<year>{_YEAR}))?"
)
_DAY_MONTH_RE = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<day>{_DAY})(?:\s*(?:-|–|to|and)\s*{_DAY})?(?:\s+day)?\s+(?:of\s+)?"
    rf"(?P<mon>{_ANY_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"
)
_MONTH_YEAR_RE = re.compile(rf"\b(?:{_MOD})?(?P<mon>{_ANY_MONTH}),?\s+(?P<year>{_YEAR})")
# "in March and April 2019": the first month borrows the year written after the second.
_MONTH_PAIR_RE = re.compile(
    rf"\b(?:{_MOD})?(?P<mon>{_FULL})(?=\s*(?:and|or|to|through|until|-|–)\s*(?:{_MOD})?{_FULL}"
    rf"(?:\s+{_DAY})?,?\s+(?P<year>{_YEAR}))"
)
_MODIFIED_MONTH_RE = re.compile(rf"\b{_MOD}(?P<mon>{_FULL})")
_CONTEXT_MONTH_RE = re.compile(
    rf"\b(?P<ctx>(?i:{_alt(_MONTH_DATA['standalone_context'])}))\s+(?:the\s+)?(?P<mon>{_FULL})"
)
_MONTH_LIST_RE = re.compile(
    rf"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)"
    rf"(?P<core>(?:{_MOD})?(?P<mon>{_FULL}))"
)
_YEAR_RE = re.compile(
    rf"(?<![\w$£€.,/-])(?:(?i:{_alt(_MONTH_DATA['period_modifiers'])})[-\s])?(?P<year>{_YEAR})"
    rf"(?:\s*[-–]\s*(?:{_YEAR}|\d\d(?!\d)))?(?![\w%]|[.,:]\d|[-–/]\d)"
)
_DAY_WORD_RE = re.compile(
    rf"\b(?:(?P<word>(?i:{_alt(_WORDS['day_words'])})){_DAY_PART}"
    rf"|(?P<phrase>(?i:{_alt(_WORDS['this_day_phrases'])})))\b"
)
_WITHIN_RE = re.compile(rf"\b(?P<phrase>(?i:{_alt(_WORDS['within_phrases'])}))\b")
_ANCHORED_RE = re.compile(
    rf"\b(?:(?i:{_alt(_WORDS['anchor_modifiers'])})\s+)?(?P<anchor>(?i:{_alt(_ANCHORS)}))\s+"
    rf"(?:(?P<unit>(?i:{_alt(_WORDS['units'])}))\b|(?P<season>(?i:{_alt(_SEASONS)}))\b"
    rf"|(?P<mon>{_FULL})|(?P<wd>{_WEEKDAY}){_DAY_PART})"
)
_MONTH_ANCHORED_YEAR_RE = re.compile(
    rf"\b(?:{_MOD})?(?P<mon>{_FULL})\s+(?P<anchor>(?i:{_alt(_ANCHORS)}))\s+(?i:year)\b"
)
_PAST_WEEKEND_RE = re.compile(
    rf"\b(?i:{_alt(_WORDS['past_weekend_prepositions'])})\s+"
    r"(?P<core>(?i:the\s+weekend))\b"
)
_AGO_RE = re.compile(
    rf"\b(?P<amount>{_AGO_AMOUNT})\s+(?P<unit>(?i:{_alt(_WORDS['ago_units'])}))s?\s+(?i:ago)\b"
)
_WEEKDAY_RE = re.compile(rf"\b(?P<wd>{_WEEKDAY}){_DAY_PART}")
_ORDINAL_DAY_RE = re.compile(
    rf"\b(?i:{_alt(_WORDS['ordinal_day_context'])})\s+(?P<core>the\s+"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?i:{_alt(_WORDS['ordinal_day_followers'])})\b)"
)
_PRECHECK_RE = re.compile(
    rf"\d|\b(?:{_alt(_MONTH_NUMBER)}|{_alt(_WEEKDAY_NUMBER)})\b|(?i:\b(?:"
    rf"{_alt(_WORDS['day_words'])}|{_alt(_WORDS['units'])}|{_alt(_SEASONS)}|ago|night"
    r"|morning|afternoon|evening)\b)"
)
_WORD_BEFORE_RE = re.compile(r"([\w'’.]+)\s*$")
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_]+)")
_COUNT_QUALIFIERS = [p for key, group in _QUALIFIERS.items() if key != "_about" for p in group]
_QUALIFIER_BEFORE_RE = re.compile(rf"\b(?i:{_alt(_COUNT_QUALIFIERS)})\s+$")


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_of(day: dt.date) -> str:
    return _fmt(day.year, day.month)


def _shift_month(published: dt.date, months: int) -> str:
    index = published.year * 12 + published.month - 1 + months
    return _fmt(index // 12, index % 12 + 1)


def _yearless_year(month: int, published: dt.date) -> int:
    """Year of a month named without one: this year, or last year if still ahead."""
    return published.year if month <= published.month else published.year - 1


def _day_exists(month: int, day: int, year: int | None) -> bool:
    """Whether the day is in the month; a yearless February 29 is allowed."""
    return day <= calendar.monthrange(year or 2000, month)[1]


def _calendar_value(
    month: int, day: int | None, year: int | None, published: dt.date | None
) -> str | None:
    """Value of a calendar date; a yearless one takes its year from ``published``."""
    if year is None:
        if published is None:
            return None
        year = _yearless_year(month, published)
        if day is not None and not _day_exists(month, day, year):
            return _fmt(year, month)  # February 29 in a year without one: keep the month
    return _fmt(year, month, day)


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _looks_plural(word: str) -> bool:
    lowered = word.lower()
    if lowered in _COUNT_CONTEXT["irregular_plurals"] or lowered.endswith("men"):
        return True
    return (
        word.islower()
        and len(word) > 3
        and lowered.endswith("s")
        and not lowered.endswith(tuple(_COUNT_CONTEXT["not_plural_endings"]))
        and lowered not in _COUNT_CONTEXT["stopwords"]
    )


def _weekday_date(target: int, anchor: str | None, published: dt.date) -> dt.date:
    back = (published.weekday() - target) % 7
    if anchor == "next":
        return published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    if anchor == "this":
        return published + dt.timedelta(days=target - published.weekday())
    if anchor == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _last_saturday(published: dt.date) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - 5 - 1) % 7 + 1)


def _season_year(season: str, shift: int, published: dt.date) -> int:
    first, last = _SEASONS[season]
    if shift < 0:
        return published.year if published.month > last and last >= first else published.year - 1
    if shift > 0:
        return published.year if published.month < first else published.year + 1
    return published.year


def _unit_value(unit: str, shift: int, published: dt.date) -> str:
    if unit == "day":
        return (published + dt.timedelta(days=shift)).isoformat()
    if unit == "week":
        return _month_of(published + dt.timedelta(weeks=shift))
    if unit == "weekend":
        if shift < 0:
            return _month_of(_last_saturday(published))
        return _month_of(published + dt.timedelta(days=5 - published.weekday() + 7 * shift))
    if unit == "month":
        return _shift_month(published, shift)
    return _fmt(published.year + shift)


# Each rule turns a match into (start, end, value, relative), or None to reject it; the value
# is computed only when a publication date is known or the text itself gives the year.
Candidate = tuple[int, int, str | None, bool]


def _iso(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    try:
        value = dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None
    return m.start(), m.end(), value, False


def _calendar(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    month = _MONTH_NUMBER[m["mon"].rstrip(".")]
    day = int(re.match(r"\d+", m["day"]).group()) if "day" in m.re.groupindex else None
    year = int(m["year"]) if m["year"] else None
    if day is not None and not _day_exists(month, day, year):
        return None
    return m.start(), m.end(), _calendar_value(month, day, year, published), False


def _month_only(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    month = _MONTH_NUMBER[m["mon"]]
    ctx = m.groupdict().get("ctx")
    if ctx and m["mon"] == "May" and ctx.lower() in _MONTH_DATA["standalone_context_not_for_may"]:
        return None  # "appointed by May", "after May resigned": Theresa May, not the month
    start = m.start("mon") if ctx else m.start()
    value = _fmt(_yearless_year(month, published), month) if published else None
    return start, m.end(), value, False


def _year(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    before = _word_before(text, m.start())
    if before in _COUNT_CONTEXT["name_prefixes"]:
        return None  # "Section 1952"
    after = _NEXT_WORD_RE.match(text, m.end())
    if after and _looks_plural(after.group(1)):
        # "more than 2000 people" or "sent 2000 migrants" count people; "in 2019 talks" is a year.
        counted = _QUALIFIER_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if counted or before.lower() not in _WORDS["year_context"]:
            return None
    return m.start(), m.end(), _fmt(int(m["year"])), False


def _day_word(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    word = (m["word"] or m["phrase"]).lower()
    shift = _WORDS["day_words"].get(word, -1 if word == "last night" else 0)
    value = _unit_value("day", shift, published) if published else None
    return m.start(), m.end(), value, True


def _within(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    unit = _WORDS["within_phrases"][" ".join(m["phrase"].lower().split())]
    value = _unit_value(unit, 0, published) if published else None
    return m.start(), m.end(), value, True


def _anchored(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    if _word_before(text, m.start()).lower() in ("the", "past"):
        return None  # "over the last year" is a span of time, not a date
    anchor = m["anchor"].lower()
    shift = _ANCHORS[anchor]
    value = None
    if published is None:
        pass
    elif m["unit"]:
        value = _unit_value(m["unit"].lower(), shift, published)
    elif m["season"]:
        value = _fmt(_season_year(m["season"].lower(), shift, published))
    elif m["mon"]:
        month = _MONTH_NUMBER[m["mon"]]
        year = published.year
        if shift < 0 and month >= published.month:
            year -= 1
        elif shift > 0 and month <= published.month:
            year += 1
        value = _fmt(year, month)
    else:
        value = _weekday_date(_WEEKDAY_NUMBER[m["wd"]], anchor, published).isoformat()
    return m.start(), m.end(), value, True


def _month_anchored_year(
    m: re.Match[str], text: str, published: dt.date | None
) -> Candidate | None:
    """ "August last year", "in March next year"."""
    value = None
    if published is not None:
        value = _fmt(published.year + _ANCHORS[m["anchor"].lower()], _MONTH_NUMBER[m["mon"]])
    return m.start(), m.end(), value, True


def _past_weekend(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    value = _unit_value("weekend", -1, published) if published else None
    return m.start("core"), m.end(), value, True


def _ago(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    amount = m["amount"].lower()
    if published is None or m["vague"]:
        return m.start(), m.end(), None, True
    units = _NUMBER_WORDS["units"] | _NUMBER_WORDS["tens"]
    count = 1 if amount in ("a", "an") else units.get(amount) or int(amount)
    unit = m["unit"].lower()
    if unit == "year":
        return m.start(), m.end(), _fmt(published.year - count), True
    if unit == "month":
        return m.start(), m.end(), _shift_month(published, -count), True
    days = count * (7 if unit == "week" else 1)
    day = published - dt.timedelta(days=days)
    value = _month_of(day) if unit == "week" else day.isoformat()
    return m.start(), m.end(), value, True


def _weekday(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    if _word_before(text, m.start()) in _WORDS["weekday_not_after"]:
        return None  # "On March 15, a Saturday", "Good Friday"
    value = None
    if published is not None:
        value = _weekday_date(_WEEKDAY_NUMBER[m["wd"]], None, published).isoformat()
    return m.start(), m.end(), value, True


def _ordinal_day(m: re.Match[str], text: str, published: dt.date | None) -> Candidate | None:
    day = int(m["day"])
    value = None
    if published is not None:
        month_start = published.replace(day=1)
        if day > published.day:
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        if day <= calendar.monthrange(month_start.year, month_start.month)[1]:
            value = month_start.replace(day=day).isoformat()
    return m.start("core"), m.end("core"), value, True


_RULES = (
    (_ISO_RE, _iso),
    (_MONTH_DAY_RE, _calendar),
    (_DAY_MONTH_RE, _calendar),
    (_MONTH_YEAR_RE, _calendar),
    (_MONTH_PAIR_RE, _calendar),
    (_MODIFIED_MONTH_RE, _month_only),
    (_CONTEXT_MONTH_RE, _month_only),
    (_YEAR_RE, _year),
    (_DAY_WORD_RE, _day_word),
    (_WITHIN_RE, _within),
    (_ANCHORED_RE, _anchored),
    (_MONTH_ANCHORED_YEAR_RE, _month_anchored_year),
    (_PAST_WEEKEND_RE, _past_weekend),
    (_AGO_RE, _ago),
    (_WEEKDAY_RE, _weekday),
    (_ORDINAL_DAY_RE, _ordinal_day),
)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest non-overlapping candidates in text order; ties go to the earlier rule."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(cand[1] <= other[0] or cand[0] >= other[1] for other in chosen):
            chosen.append(cand)
    return sorted(chosen)


def _listed_months(text: str, chosen: list[Candidate], published: dt.date | None):
    """Months listed after a date without their own cue: "in March and April", "May to July"."""
    extra: list[Candidate] = []
    for _start, end, _value, _relative in chosen:
        while (m := _MONTH_LIST_RE.match(text, end)) is not None:
            if any(c[0] < m.end() and m.start("core") < c[1] for c in chosen):
                break
            month = _MONTH_NUMBER[m["mon"]]
            value = _fmt(_yearless_year(month, published), month) if published else None
            extra.append((m.start("core"), m.end(), value, False))
            end = m.end()
    return extra


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Find every date expression in ``text`` and resolve it against ``published``.

    Args:
        text: a sentence or a whole document.
        published: the publication date; None leaves relative and yearless dates unresolved.

    Returns:
        Non-overlapping mentions in text order. ``value`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD",
        or None when the year cannot be known.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if not _PRECHECK_RE.search(text):
        return []
    candidates = []
    for pattern, rule in _RULES:
        for match in pattern.finditer(text):
            candidate = rule(match, text, published)
            if candidate is not None:
                candidates.append(candidate)
    chosen = _select(candidates)
    chosen = sorted(chosen + _listed_months(text, chosen, published))
    return [DateMention(s, e, text[s:e], value, rel) for s, e, value, rel in chosen]
