"""Money amounts in news text: "$5.1 million", "£140m", "7.5 million euros" → amount + ISO 4217.

Amounts are written in digits, with an optional multiplier word ("million", "bn", a glued "m").
The currency comes from a symbol or code before the number ("US$", "£", "USD") or a currency
word after it ("euros", "Australian dollars"). Markers that name several currencies are not
mapped (see ``data/currencies.json``); a bare "$" is read as USD, so an Australian text's "$40
million" comes out as USD and callers that know the country may re-map it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files

_DATA = json.loads(
    (files("thirdcountry.extraction") / "data" / "currencies.json").read_text(encoding="utf-8")
)


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """One amount of money; ``text`` is the mention, ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    amount: float
    currency: str


_SYMBOLS: dict[str, str] = _DATA["symbols"]
_CODES: frozenset[str] = frozenset(_DATA["codes"])
_WORDS: dict[str, str] = _DATA["words"]
_MULTIPLIERS: dict[str, int] = _DATA["multipliers"]
_GLUED_ONLY: frozenset[str] = frozenset(_DATA["glued_only_multipliers"])

# Every word that names a currency after an amount, lowercased; counts.py uses it to refuse
# "two million dollars" as a count of dollars.
CURRENCY_WORDS: frozenset[str] = frozenset(word.lower().split()[-1] for word in _WORDS) | frozenset(
    code.lower() for code in _CODES
)


def _alternation(options: list[str]) -> str:
    """Regex alternation of literal options, longest first so "US$" beats "$"."""
    return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))


def _word_alternation() -> str:
    parts = []
    for word in sorted(_WORDS, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(piece) for piece in word.split())
        if word in _DATA["words_not_before_of"]:
            # "200 pounds of cocaine" is a weight, not money.
            pattern += r"(?!\s+of\b)"
        parts.append(pattern)
    return "|".join(parts)


_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _multiplier(name: str) -> str:
    """Optional multiplier after the number: spaced words ("5 million") or glued ("£140m")."""
    spaced = _alternation([m for m in _MULTIPLIERS if m not in _GLUED_ONLY])
    glued = _alternation(list(_GLUED_ONLY))
    return rf"(?:\s*(?P<{name}>{spaced})\b|(?P<{name}_glued>{glued})\b)?"


_SIGN = _alternation(list(_SYMBOLS)) + "|" + r"\b(?:" + _alternation(sorted(_CODES)) + r")\b"
# "$5-7 million" and "$5 to $7 million": the lower bound is the amount. "to" needs a second
# currency sign so that "paid $500 to 300 families" keeps its count.
_RANGE_TAIL = rf"(?:\s*[-–]\s*(?:{_SIGN})?\s?(?:{_NUMBER})|\s+to\s+(?:{_SIGN})\s?(?:{_NUMBER}))?"

_MONEY_RE = re.compile(
    rf"(?<![\w$£€₹₦₵₱₩₪₺])(?P<sign>{_SIGN})\s?(?P<num>{_NUMBER}){_RANGE_TAIL}"
    + _multiplier("mult")
    + r"(?![\d])"
    + r"|"
    + rf"(?<![\w$£€.,])(?P<num2>{_NUMBER}){_RANGE_TAIL}"
    + _multiplier("mult2")
    + rf"\s+(?P<word>{_word_alternation()}|\b(?:{_alternation(sorted(_CODES))}))\b"
)
_DIGIT_RE = re.compile(r"\d")


def _money_strings() -> tuple[str, ...]:
    """Strings one of which every match of ``_MONEY_RE`` holds: a currency sign or code before
    the number, or the last word of a currency after it; a string holding another is dropped."""
    strings = {*_SYMBOLS, *_CODES, *(word.split()[-1] for word in _WORDS)}
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


# The pattern opens with a look-behind, so ``re`` tries it at every character: a sentence with
# a number but no currency (most of them) is settled by substring tests at a fifth of the cost.
_MONEY_STRINGS = _money_strings()


def _names_a_currency(text: str) -> bool:
    for string in _MONEY_STRINGS:  # a loop: a generator costs more than the substring tests
        if string in text:
            return True
    return False


def _currency(match: re.Match[str]) -> str:
    """ISO 4217 code of a match: from its symbol or code, else from its currency word."""
    if match["sign"] is not None:
        return _SYMBOLS.get(match["sign"], match["sign"])
    word = " ".join(match["word"].split())
    return _WORDS.get(word, word)


def find_money(text: str) -> list[MoneyMention]:
    """Find every amount of money written in digits in ``text``.

    Args:
        text: a sentence or a whole document.

    Returns:
        Mentions in text order; ``amount`` is the full value ("$5.1 million" → 5100000.0) and,
        for a range ("$5-7 million"), its lower bound.
    """
    if not _DIGIT_RE.search(text) or not _names_a_currency(text):
        return []
    mentions = []
    for match in _MONEY_RE.finditer(text):
        number = match["num"] or match["num2"]
        multiplier = match["mult"] or match["mult_glued"] or match["mult2"] or match["mult2_glued"]
        amount = Decimal(number.replace(",", ""))
        if multiplier:
            amount *= _MULTIPLIERS[multiplier]
        mentions.append(
            MoneyMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                amount=float(amount),
                currency=_currency(match),
            )
        )
    return mentions
