"""Counts in news text: "more than 130 alleged gang members" → 130, more_than, "members".

A count is a number in digits ("1,200", "1.5 million") or words ("fourteen", "two hundred", "a
dozen"), with the qualifier written before it ("about", "at least", "up to"; bare is "exact"),
and the noun it counts. Vague amounts ("dozens", "several", "one or two") are found with value
None. "between 200 and 300" counts its lower bound, qualified "at_least".

Numbers that are not counts are refused: dates and years (``dates.find_dates``), money
(``money.find_money``), ages, percentages, clock times, vote tallies ("5-4"), hyphenated
compounds ("a 32-year-old", "MS-13"), numbers naming things ("Article 3", "Title 42") and the
pronoun "one" ("no one", "one of the", "one another").
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files

from thirdcountry.extraction.dates import DateMention, find_dates, phrase_regex
from thirdcountry.extraction.money import CURRENCY_WORDS, MoneyMention, find_money
from thirdcountry.extraction.plural_nouns import COUNT_STOPWORDS, NAMED_LAW_NOUNS, looks_plural
from thirdcountry.extraction.words import word_class, word_tuple


def _data(name: str) -> dict:
    return json.loads((files("thirdcountry.extraction") / "data" / name).read_text("utf-8"))


_NUMBERS = _data("numbers.json")
_CONTEXT = _data("count_context.json")
_QUALIFIER_OF: dict[str, str] = {
    " ".join(phrase.split()): qualifier
    for qualifier, phrases in _data("count_qualifiers.json").items()
    if qualifier != "_about"
    for phrase in phrases
}
_PARTICLE_VERBS = frozenset(_CONTEXT["qualifier_particle_verbs"])


@dataclass(frozen=True, slots=True)
class CountMention:
    """One count; ``text == source[start:end]`` and includes the qualifier words."""

    start: int
    end: int
    text: str
    value: int | None
    qualifier: str | None
    head: str | None


_UNITS: dict[str, int] = _NUMBERS["units"]
_TENS: dict[str, int] = _NUMBERS["tens"]
_MULTIPLIERS: dict[str, int] = _NUMBERS["multipliers"]
_SCALES: dict[str, int] = _NUMBERS["scales"]
_PHRASES: dict[str, int] = _NUMBERS["phrases"]

_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+{phrase_regex(_SCALES)}\b)?"
_ONES = phrase_regex(word for word, value in _UNITS.items() if value < 10)
_SMALL = rf"(?:{phrase_regex(_TENS)}(?:[-\s](?:{_ONES}))?|{phrase_regex(_UNITS)})\b"
_GROUP = rf"{_SMALL}(?:\s+{phrase_regex(_MULTIPLIERS)}\b(?:\s+(?:and\s+)?{_SMALL})?)?"
_WORDS = rf"{_GROUP}(?:\s+{phrase_regex(_SCALES)}\b(?:,?\s+(?:and\s+)?{_GROUP})?)?"
# "a hundred and twelve": a multiplier after "a" with the rest of the number (not the phrase "a
# hundred" alone, which would leave "and twelve" out)
_A_GROUP = rf"a\s+{phrase_regex(_MULTIPLIERS)}\s+(?:and\s+)?{_SMALL}"
_NUMBER = rf"{_A_GROUP}|{phrase_regex(_PHRASES)}\b|{_DIGITS}|{_WORDS}"

# Where a count can start: digits, or a word that begins a number, a vague amount or a range.
_DIGIT_START_RE = re.compile(r"\d+")
_WORD_START_RE = re.compile(
    phrase_regex([*_UNITS, *_TENS, *_PHRASES, *_NUMBERS["vague"], "between"], cased=True)
)
# The count itself, matched at a start position; the qualifier before it is looked up apart.
_COUNT_RE = re.compile(
    rf"(?P<pair>(?:{_SMALL}|\d+)\s+or\s+(?:{_SMALL}|\d+))"
    rf"|between\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})"
    rf"|(?<!from\s)(?P<low2>{_NUMBER})\s+to\s+(?P<high2>{_NUMBER})"
    rf"|(?P<vague>{phrase_regex(_NUMBERS['vague'])})\b"
    rf"|(?P<num>{_NUMBER})",
    re.IGNORECASE,
)
_END_RE = re.compile(r"[\w%]")
_NONSPACE_RE = re.compile(r"\S+")
_BEFORE_COUNT = "$£€¥.,/#:-"  # characters that glue a number to something else: "$5", "MS-13"
_AFTER_RULED_OUT_RE = re.compile(
    rf"[-–/]|[:.,]\d|\s*{phrase_regex(_CONTEXT['percent_after'])}(?!\w)"
    rf"|\s*{phrase_regex(_CONTEXT['time_after'])}(?!\w)"
    rf"|\s+{phrase_regex(_CONTEXT['age_after'])}\b",
    re.IGNORECASE,
)
_AGE_BEFORE = frozenset(_CONTEXT["age_before"])
# "a 10-strong group of deportees": the size suffix is part of the count
_SIZE_SUFFIX_RE = re.compile(rf"-{phrase_regex(_CONTEXT['size_suffixes'])}\b", re.IGNORECASE)
_NAME_PREFIXES = frozenset(_CONTEXT["name_prefixes"])
_NAME_PREFIXES_ANY_CASE = frozenset(_CONTEXT["name_prefixes_any_case"])
_TOKEN_RE = re.compile(
    r"(?P<space>\s+)|(?P<word>(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*)|(?P<other>.)",
    re.DOTALL,
)
_HEAD_WINDOW = 5  # words scanned after the number for its noun: "alleged Venezuelan gang members"
# The word lists a count's context is read with, as sets: each word after a number is looked up
# in several of them, and a list is scanned word by word.
_OF_DETERMINERS = frozenset(_CONTEXT["of_determiners"])
_MEASURE_UNITS = frozenset(_CONTEXT["units"])
_DESCRIPTORS = frozenset(_CONTEXT["descriptors"])
_HEAD_VERBS = frozenset(_CONTEXT["verbs"])
_ONE_NOT_AFTER = frozenset(_CONTEXT["one_not_after"])
_ONE_NOT_BEFORE = frozenset(_CONTEXT["one_not_before"])


def _number_value(phrase: str) -> Decimal:
    """Value of a number phrase matched by ``_NUMBER``: "1.5 million", "two hundred and five"."""
    words = phrase.lower().replace("-", " ").split()
    joined = " ".join(words)
    if joined in _PHRASES:
        return Decimal(_PHRASES[joined])
    if words[0][0].isdigit():
        scale = _SCALES[words[1]] if len(words) > 1 else 1
        return Decimal(words[0].replace(",", "")) * scale
    total = current = 0
    for word in words:
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word) or _TENS[word]
        elif word in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[word]
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
    return Decimal(total + current)


def _head(text: str, pos: int, singular: bool) -> str | None:
    """The noun counted by the number ending at ``pos``, lowercased, or None.

    Scans a few words, skipping "of the" and descriptors, and stops at function words, verbs
    and punctuation. A plural is the head; for a count of one, the last singular noun is.
    """
    candidate = None
    scanned = 0
    previous = ""
    for token in _TOKEN_RE.finditer(text, pos, min(len(text), pos + 120)):
        kind = token.lastgroup  # the one group of the three that matched: cheaper than each
        if kind == "space":
            if "\n" in token.group():
                break
            continue
        if kind == "other" and scanned == 0 and previous == "" and token.group() in _CLOSING_QUOTES:
            continue  # had received "a small number" of people: the amount quoted, then its noun
        if kind != "word" or scanned >= _HEAD_WINDOW:
            break
        word = token.group()
        lowered = word.lower()
        if scanned == 0 and (
            (lowered == "of" and not previous)
            or (previous == "of" and lowered in _OF_DETERMINERS)
        ):
            previous = lowered  # "dozens of migrants", "two of the men"
            continue
        scanned += 1
        previous = lowered
        if lowered in _MEASURE_UNITS:
            return lowered  # "30 km from the capital": a measure, counted in its unit
        if lowered in _DESCRIPTORS:
            continue
        if lowered in COUNT_STOPWORDS or lowered in _HEAD_VERBS:
            break
        if looks_plural(word):
            return None if singular else lowered
        if lowered.endswith(("ed", "ing")):
            break
        candidate = lowered
    return candidate if singular else None


def _words_before(text: str, start: int) -> list[str]:
    return text[max(0, start - 40) : start].split()[-3:]


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier ("at least", "about") written just before ``text[start:]``."""
    return _qualifier_before(text, start)[1]


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    """Start and qualifier of "more than", "about"... written just before ``start``."""
    if start == 0 or not text[start - 1].isspace():
        return start, None
    lo = max(0, start - 40)
    words = text[lo:start].split()[-4:]  # the words of _NONSPACE_RE: split() ends them alike
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        # a quotation may open on the qualifier: had taken in "around a dozen"
        phrase = " ".join(words[-n:]).lower().lstrip(_OPENING_QUOTES)
        if phrase in _QUALIFIER_OF:
            if len(words) > n and words[-n - 1].lower() in _PARTICLE_VERBS:
                return start, None  # "handed over 30 migrants": the verb's particle
            first = list(_NONSPACE_RE.finditer(text, lo, start))[-n]  # where the words start
            return first.start() + len(first.group()) - len(
                first.group().lstrip(_OPENING_QUOTES)), _QUALIFIER_OF[phrase]
    return start, None


_OPENING_QUOTES = "\"“‘'("
_CLOSING_QUOTES = "\"”’'"


def _ruled_out(text: str, start: int, end: int, value: Decimal | None) -> bool:
    """Whether the number at ``text[start:end]`` is not a count by its context."""
    if _AFTER_RULED_OUT_RE.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[end : end + 1] in (".", ")") and not text[line_start:start].strip():
        return True  # "1. The United States must...": a list item number
    before = _words_before(text, start)
    if before and (
        before[-1] in _NAME_PREFIXES
        or before[-1].lower() in _NAME_PREFIXES_ANY_CASE
        or " ".join(before[-2:]).lower() in _AGE_BEFORE
        or before[-1].lower() in _AGE_BEFORE
        or before[-1] == "of" and len(before) > 1 and before[-2] in NAMED_LAW_NOUNS
    ):
        return True  # … "the Alien Enemies Act of 1798"
    # "Juan Pérez, 32, was deported": an age between commas after a name.
    return (
        value is not None
        and value <= 120
        and text[end : end + 1] == ","
        and len(before) > 0
        and before[-1][:1].isupper()
        and before[-1].endswith(",")
    )


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    """ "no one", "the one", "one of the", "one another": "one" that counts nothing."""
    before = _words_before(text, start)
    after = text[end : end + 20].split()
    return bool(
        (before and before[-1].lower() in _ONE_NOT_AFTER)
        or (after and after[0].lower() in _ONE_NOT_BEFORE)
    )


def _mention(match: re.Match[str], text: str) -> CountMention | None:
    """Turn a count match into a mention, or None when the number is not a count."""
    core_start, end = match.span()
    start, qualifier = _qualifier_before(text, core_start)
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _BEFORE_COUNT):
        return None
    value: Decimal | None = None
    if match["num"]:
        value = _number_value(match["num"])
        qualifier = qualifier or "exact"
    elif match["low"] or match["low2"]:
        value = _number_value(match["low"] or match["low2"])
        if value >= _number_value(match["high"] or match["high2"]):
            return None  # "ruled 6 to 3" is a vote tally
        qualifier = "at_least"
    if value is None:
        qualifier = None
    elif value != value.to_integral_value():
        return None  # "3.5 years" is not a count of anything
    sized = _SIZE_SUFFIX_RE.match(text, end) if value is not None else None
    if sized is None and _ruled_out(text, core_start, end, value):
        return None
    head = _head(text, sized.end() if sized else end, singular=value == 1)
    if head in CURRENCY_WORDS:
        return None
    if (
        match["num"]
        and match["num"].lower() == "one"
        and (head is None or _is_pronoun_one(text, core_start, end))
    ):
        return None
    return CountMention(
        start=start,
        end=end,
        text=text[start:end],
        value=None if value is None else int(value),
        qualifier=qualifier,
        head=head,
    )


def _dates_and_money(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` taken by dates or money, sorted and merged where they overlap."""
    return taken_spans(find_dates(text, None), find_money(text))


def taken_spans(
    dates: list[DateMention], money: list[MoneyMention]
) -> list[tuple[int, int]]:
    """Spans of a text taken by its ``dates`` and ``money``, sorted and merged where they
    overlap. A date's span does not depend on the publication date, only its value does."""
    spans = sorted([(m.start, m.end) for m in dates] + [(m.start, m.end) for m in money])
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_counts(
    text: str, taken_by: Callable[[], list[tuple[int, int]]] | None = None
) -> list[CountMention]:
    """Find every count in ``text``.

    Args:
        text: a sentence or a whole document.
        taken_by: returns the spans of ``text`` taken by dates or money (``taken_spans``), for a
            caller that has found them already; called once, only when a number is seen.
            By default they are found here.

    Returns:
        Mentions in text order. ``value`` is None for vague amounts; ``qualifier`` is
        "exact", "more_than", "at_least", "about" or "up_to" (None when ``value`` is None);
        ``head`` is the counted noun, lowercased, when one follows the number.
    """
    starts = {m.start() for m in _DIGIT_START_RE.finditer(text)}
    starts.update(m.start() for m in _WORD_START_RE.finditer(text))
    if not starts:
        return []
    taken: list[tuple[int, int]] | None = None
    taken_starts: list[int] = []
    mentions: list[CountMention] = []
    scanned_to = 0
    for pos in sorted(starts):
        if pos < scanned_to or (pos > 0 and text[pos - 1].isalnum()):
            continue  # inside a number already read, or inside a word ("none", "often")
        match = _COUNT_RE.match(text, pos)
        if match is None or _END_RE.match(text, match.end()):
            continue
        scanned_to = match.end()
        if taken is None:  # dates and money are only looked for once a number is seen
            taken = taken_by() if taken_by is not None else _dates_and_money(text)
            taken_starts = [start for start, _end in taken]
        i = bisect.bisect_right(taken_starts, pos)
        if (i and taken[i - 1][1] > pos) or (i < len(taken) and taken[i][0] < scanned_to):
            continue  # part of a date or an amount of money
        mention = _mention(match, text)
        if mention is not None:
            mentions.append(mention)
    return mentions


# "bringing the total to 56", "the tally now stands at 56", "bring to 56 the number of …": a
# running total that includes the batch just reported (FACTS.md rule 7 records the total).
_TOTAL_VERBS = (r"(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|"
                r"raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted|elevate|elevates|"
                r"elevating|elevated|put|puts|putting)")
# whose total it is: "the", "its", "Costa Rica's", "the kingdom's"
_TOTAL_OWNER = r"(?:the|its|their|(?:the\s+)?(?:[A-Za-z.-]+\s+){0,2}?[A-Za-z.-]+['’]s?)"
_TOTAL_NOUNS = word_tuple("total_nouns")
_TOTAL_NOUN = rf"(?:overall\s+)?(?:{'|'.join(_TOTAL_NOUNS)})\b"
_TOTAL_ANCHOR_RE = re.compile(
    rf"\b{_TOTAL_VERBS}\s+{_TOTAL_OWNER}\s+{_TOTAL_NOUN}"
    r"|\bthe\s+(?:overall\s+)?(?:total|tally)\b(?!\s+(?:cost|amount|price|budget|bill|value|sum))"
    # "The number of small-boat arrivals sent back … has reached 153", "the figure has since
    # risen to roughly 130": a number that grew to a new total
    r"|\bthe\s+(?:number|figure)\b(?=[^.;]{0,120}?\s(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:reached|risen\s+to|climbed\s+to|grown\s+to|increased\s+to|passed)\s)",
    re.IGNORECASE,
)
_TOTAL_VERB_BEFORE_RE = re.compile(
    r"(?:^|[^.;]*\s)(?:to|at|is|was|reached|passed|of)\s+$", re.IGNORECASE)
# characters between "the total" and its number: "… of deportees sent to Ghana to 56"
_TOTAL_REACH = 120
_TOTAL_FIRST_RE = re.compile(rf"\b{_TOTAL_VERBS}\s+(?:to|at)\s+$", re.IGNORECASE)
# "would bring to 46 the number … if a fifth is accepted": a total under a modal is hypothetical
_MODAL_TOTAL_FIRST_RE = re.compile(
    rf"\b(?:would|could|might|will|(?-i:may))\s+{_TOTAL_VERBS}\s+(?:to|at)\s+$", re.IGNORECASE)
# "bringing to fifteen (15) the number of …": a written-out number may be repeated in digits
_TOTAL_AFTER_RE = re.compile(rf"(?:\s*\(\d[\d,]*\))?\s+the\s+{_TOTAL_NOUN}", re.IGNORECASE)


# "for a total of 200" (the count may hold "a total of" itself)
_TOTAL_OF_RE = re.compile(r"\b(?:for|to|with)\s+(?:a\s+(?:combined\s+|overall\s+)?total\s+of\s+)?$",
                          re.IGNORECASE)
_MAKING_RE = re.compile(r"\b(?:making|makes|made)\s+(?:it\s+)?$", re.IGNORECASE)
_IN_ALL_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:in\s+all|in\s+total|altogether)\b",
                        re.IGNORECASE)


# "bringing to 75 the number of flights", "the tally of charters rose to 12": a total of things,
# not of people
_THINGS_TOTAL_RE = re.compile(
    rf"\b{_TOTAL_NOUN}\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:flights|planes|charters|aircraft|trips|"
    r"days|weeks|months|years|cases|claims|applications|countries|deals|agreements|hearings|"
    r"rulings|lawsuits|visits|dollars|euros|pounds)\b", re.IGNORECASE)
# who a perfect total may count: no noun ("has now received 15"), people, or a demonym
_TOTAL_PEOPLE = word_class("people_heads") | word_class("people_nouns")

# "has now received 15 men", "had by then sent 153 people", "312 people have now been returned":
# the perfect of a sending or receiving verb with "now" (or "so far", "by then", "to date")
# counts every batch so far. The count follows the active verb, or is the passive's subject
# with no clause between ("42 people who arrived by dinghy have now been removed").
_SO_FAR = r"(?:now|so\s+far|by\s+then|by\s+now|to\s+date)"
_CUMULATIVE = "|".join(word_tuple("cumulative_participles"))
_PERFECT_BEFORE_RE = re.compile(
    rf"\b(?:has|have|had)\s+{_SO_FAR}\s+(?:{_CUMULATIVE})(?:\s+in)?\s+$", re.IGNORECASE)
_PERFECT_AFTER_RE = re.compile(
    rf"(?:(?!\band\b)[^,;:.]){{0,45}}?\b(?:has|have|had)\s+{_SO_FAR}\s+been\s+(?:{_CUMULATIVE})\b",
    re.IGNORECASE)
_PERFECT_REACH = 45  # characters before a count in which its perfect verb is looked for
_SO_FAR_WORDS = (" now ", " so far", " by then", " to date")
# Both perfect phrasings hold "has now ", "have so far " or the like: " now " alone is common.
_HAS_SO_FAR_RE = re.compile(rf"(?:has|have|had)\s+{_SO_FAR}\s", re.IGNORECASE)
# Every phrasing but the perfect one needs a total noun as a word of its own, "in all" or
# "altogether": the substring test alone lets "country" and "account" through to find_counts.
_TOTAL_NOUN_WORD_RE = re.compile(rf"\b(?:{'|'.join(_TOTAL_NOUNS)})\b", re.IGNORECASE)


def _of_things(text: str, lo: int, hi: int) -> bool:
    """Whether the total noun between ``lo`` and ``hi`` counts things, not people."""
    return _THINGS_TOTAL_RE.search(text, max(0, lo), hi) is not None


def running_total(text: str) -> CountMention | None:
    """The running total a sentence gives ("bringing the total to 56"), or None.

    Args:
        text: one sentence.

    Returns:
        The first count with a value that a total phrase leads to.
    """
    lowered = text.lower()
    perfect = any(word in lowered for word in _SO_FAR_WORDS) and \
        _HAS_SO_FAR_RE.search(text) is not None
    if not perfect and " in all" not in lowered and "altogether" not in lowered and not (
            any(noun in lowered for noun in _TOTAL_NOUNS) and _TOTAL_NOUN_WORD_RE.search(text)):
        return None  # every phrasing needs one of these words: skip finding counts without one
    found = [c for c in find_counts(text) if c.value is not None]
    for count in found:
        # "bring to 56 the number of …"
        if _TOTAL_FIRST_RE.search(text, max(0, count.start - 20), count.start) and \
                not _MODAL_TOTAL_FIRST_RE.search(text, max(0, count.start - 30), count.start) and \
                _TOTAL_AFTER_RE.match(text, count.end) and \
                not _of_things(text, count.end, count.end + 50):
            return count
    for count in found:
        # "for a total of 200", "making 15 in all"
        if _TOTAL_OF_RE.search(text, max(0, count.start - 30), count.start) and \
                re.search(r"\btotal\s+of\s", text[max(0, count.start - 30):count.end]) or \
                _MAKING_RE.search(text, max(0, count.start - 20), count.start) and \
                _IN_ALL_RE.match(text, count.end):
            return count
    for match in _TOTAL_ANCHOR_RE.finditer(text):
        for count in found:
            between = text[match.end():count.start]
            if 0 < len(between) <= _TOTAL_REACH and _TOTAL_VERB_BEFORE_RE.match(between) and \
                    not _of_things(text, match.start(), count.start):
                return count
    for count in found if perfect else ():
        # "has now received 15 men", "312 people have now been returned"
        head = count.head or ""
        people = not head or head in _TOTAL_PEOPLE or head.endswith(("ans", "ese", "is"))
        if people and (_PERFECT_BEFORE_RE.search(text, max(0, count.start - _PERFECT_REACH),
                                                 count.start)
                       or _PERFECT_AFTER_RE.match(text, count.end)):
            return count
    return None
