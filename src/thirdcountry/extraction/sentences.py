"""The ``tc_sentences`` component: sentence starts from punctuation and line breaks.

News text scraped from pages puts headlines, datelines, list items and table rows on lines of
their own without final punctuation, so a line break always ends a sentence here; within a line,
a sentence ends after ``.``, ``!`` or ``?`` (and any closing quotes or brackets) when the next
word starts like a sentence (a capital, a digit, or an opening quote before one).
Abbreviations such as "U.S." and "Mr." stay single tokens in spaCy's English tokenizer, so
their periods never end a sentence.

The boundaries are computed from token offsets and written with ``Doc.from_array`` in one call:
setting ``Token.is_sent_start`` token by token costs more than tokenizing the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

TEXT_KEY = "thirdcountry.text"
# The text exactly as given, when the rules read a plainer copy of it (extractor.py).
GIVEN_TEXT_KEY = "thirdcountry.given_text"
STARTS_KEY = "thirdcountry.sentence_starts"
WORDS_KEY = "thirdcountry.words"
LOWER_KEY = "thirdcountry.lower_words"
OFFSETS_KEY = "thirdcountry.offsets"
FIRSTS_KEY = "thirdcountry.sentence_firsts"
ENDS = {".", "!", "?", "…"}
LINE_BREAK = re.compile(r"\n\s*")
# An end mark, any closing quotes or brackets, white space, then what starts a sentence.
END_OF_SENTENCE = re.compile(r"[.!?…][\"”’')\]»]*\s*(?=[\"“‘(]?[A-Z0-9À-Ý])")
def sentence_starts(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """1 where a sentence starts, -1 elsewhere, for tokens spanning ``starts[i]:ends[i]``.

    Candidate boundaries are found with two regular expressions over the text, then kept only
    where the end mark is a token of its own (so "U.S. Supreme Court" stays one sentence).
    """
    n = len(starts)
    flags = [-1] * n
    if not n:
        return flags
    flags[0] = 1
    for match in LINE_BREAK.finditer(text):
        i = _token_at(starts, match.end())
        if i is not None:
            flags[i] = 1
    for match in END_OF_SENTENCE.finditer(text):
        mark = _token_at(starts, match.start())
        if mark is None or text[starts[mark]:ends[mark]] not in ENDS:
            continue
        i = _token_at(starts, match.end())
        if i is not None:
            flags[i] = 1
    return flags


def _token_at(starts: list[int], offset: int) -> int | None:
    """The token starting at character ``offset``, if one does: a bisection of the sorted
    starts for each of the few candidate boundaries costs less than a map of every token."""
    i = bisect_left(starts, offset)
    return i if i < len(starts) and starts[i] == offset else None


class _LastDocument(dict):
    """A word table of the document read last, keyed by that document alone.

    The rules ask for the tables tens of thousands of times per pass: the public readers below
    are the bound ``__getitem__`` of one of these, a look-up that costs a third of a call of a
    Python function. A new document replaces the old one (``__missing__`` runs only then), and
    the table itself is kept in the document's ``user_data``, so an earlier document read
    again gets the table it had.
    """

    __slots__ = ("build",)

    def __init__(self, build: Callable[[Doc], Any]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, doc: Doc) -> Any:
        self.clear()
        table = self[doc] = self.build(doc)
        return table


def _text_of(doc: Doc) -> str:
    """The document text; ``Doc.text`` rebuilds it token by token, so it is kept once here."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


text_of: Callable[[Doc], str] = _LastDocument(_text_of).__getitem__


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence, as set by ``tc_sentences``."""
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        starts = [s.start for s in doc.sents]
    if not starts:
        return []
    ends = starts[1:] + [len(doc)]
    return list(zip(starts, ends, strict=True))


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts on ``doc`` in one array write."""
    if not len(doc):
        doc.user_data[STARTS_KEY] = []
        return doc
    starts, ends = token_bounds(doc)
    flags = numpy.asarray(sentence_starts(text_of(doc), starts, ends), dtype="int32")
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
    doc.user_data[STARTS_KEY] = numpy.flatnonzero(flags == 1).tolist()
    return doc


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, as two flat lists (built once).

    Flat lists of plain ints: converting an (n, 2) uint64 array row by row costs more than
    tokenizing.
    """
    bounds = doc.user_data.get(OFFSETS_KEY)
    if bounds is None:
        array = doc.to_array([IDX, LENGTH]).astype("int64")
        starts = array[:, 0].tolist() if len(doc) else []
        ends = (array[:, 0] + array[:, 1]).tolist() if len(doc) else []
        bounds = doc.user_data[OFFSETS_KEY] = (starts, ends)
    return bounds


token_bounds: Callable[[Doc], tuple[list[int], list[int]]] = \
    _LastDocument(_token_bounds).__getitem__


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, sliced from the document's text: a ``Span`` builds its text
    from a ``Token`` per word."""
    if end <= start:
        return ""
    starts, ends = token_bounds(doc)
    return text_of(doc)[starts[start]:ends[end - 1]]


def _token_words(doc: Doc) -> list[str]:
    """Every token's text, sliced from the document text once (no Token objects).

    Slicing by offsets gives each token's ORTH string and costs less than looking the ORTH
    column up in the string store.
    """
    words = doc.user_data.get(WORDS_KEY)
    if words is None:
        text = text_of(doc)
        starts, ends = token_bounds(doc)
        words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        doc.user_data[WORDS_KEY] = words
    return words


token_words: Callable[[Doc], list[str]] = _LastDocument(_token_words).__getitem__


def _lower_words(doc: Doc) -> list[str]:
    """Every token's lower-case text (``Token.lower_``), built once (no Token objects)."""
    words = doc.user_data.get(LOWER_KEY)
    if words is None:
        words = doc.user_data[LOWER_KEY] = [word.lower() for word in token_words(doc)]
    return words


lower_words: Callable[[Doc], list[str]] = _LastDocument(_lower_words).__getitem__


# Tokens from "only for" back from the infinitive's "to": "only for the UK Supreme Court in
# London to rule".
ONLY_FOR_REACH = 9
ONLY_FOR_STOPS = (",", ";", ".")


def opened_by_only_for(words: list[str], to_at: int, lo: int = 0) -> bool:
    """Whether "only for" opens the subject of the infinitive whose "to" is at ``to_at``
    ("…, only for a judge to block it"): what happened next, told as a letdown, not a plan or a
    request. A comma, a sentence end or an earlier "to" between them ends the search ("only for
    the US to try to deport them": the first infinitive is the event)."""
    for i in range(to_at - 1, max(lo, to_at - ONLY_FOR_REACH - 1), -1):
        if words[i] == "for" and i > lo and words[i - 1] == "only":
            return True
        if words[i] in ONLY_FOR_STOPS or words[i] == "to":
            return False
    return False


def _sentence_firsts(doc: Doc) -> list[int]:
    """For every token (and the end of the document), the first token of its sentence, built
    once: the rules that look a few words back stop at the sentence start, and a list lookup
    costs less than a bisection of the sentence starts for each of them."""
    firsts = doc.user_data.get(FIRSTS_KEY)
    if firsts is None:
        starts = doc.user_data.get(STARTS_KEY) or [0]
        firsts = [starts[0]] * starts[0]
        for start, end in zip(starts, [*starts[1:], len(doc) + 1], strict=True):
            firsts += [start] * (end - start)
        doc.user_data[FIRSTS_KEY] = firsts
    return firsts


sentence_firsts: Callable[[Doc], list[int]] = _LastDocument(_sentence_firsts).__getitem__


@Language.component("tc_sentences")
def tc_sentences(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
