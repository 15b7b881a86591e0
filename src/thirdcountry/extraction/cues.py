"""The ``tc_cues`` component: every cue word of the lexicons in ``data/cues/``.

Keeps the matches, read with ``cues_of(doc)`` (overlaps kept: "agreed to" and "agreed" both
land): each cue's ``label_`` is its category (``STAGE``, ``KIND``, ``COURT``, ``HEDGE``...) and
its ``kb_id_`` the value it stands for (a stage, a kind, or ``any``). The rules read cues by
category, so what a cue means is data, and the fact records which cue produced it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from thirdcountry.extraction.composed_cues import compose
from thirdcountry.extraction.sentences import text_of, token_bounds
from thirdcountry.extraction.words import word_class

# File → how its top-level keys read: a flat {value: [phrases]} file names its category here.
FLAT_FILES = {"stages.json": "STAGE", "kinds.json": "KIND"}
CUES_KEY = "thirdcountry.cues"
NESTED_FILES = ("context.json", "certainty.json", "legal.json", "concerns.json", "removals.json")
# A reporter quotes an official's own words and the quotation closes inside a stage phrase:
# 'was "in conversations" with Washington', 'had held "technical talks" with Uzbekistan'.
QUOTED_CATEGORIES = frozenset({"STAGE"})
CLOSING_QUOTES = word_class("closing_quotes")


@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[tuple[str, str, str], ...]:
    """Every (category, value, phrase) of the packaged cue files."""
    folder = resources.files("thirdcountry.extraction").joinpath("data", "cues")
    rows: list[tuple[str, str, str]] = []
    for name, category in FLAT_FILES.items():
        data = json.loads(folder.joinpath(name).read_text("utf-8"))
        for value, phrases in data.items():
            if not value.startswith("_"):
                rows.extend((category, value, p) for p in phrases)
    for name in NESTED_FILES:
        data = json.loads(folder.joinpath(name).read_text("utf-8"))
        for category, values in data.items():
            if category.startswith("_"):
                continue
            for value, phrases in values.items():
                if not value.startswith("_"):
                    rows.extend((category, value, p) for p in phrases)
    return tuple(rows)


class Cues:
    """Case-insensitive phrase matching of the cue lexicons."""

    def __init__(self, nlp: Language, name: str = "tc_cues") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        grouped: dict[str, list[str]] = defaultdict(list)
        for category, value, phrase in cue_lexicon():
            grouped[f"{category}|{value}"].append(phrase)
        self.keys: dict[int, tuple[str, str]] = {}
        for key, phrases in grouped.items():
            category, value = key.split("|")
            self.keys[nlp.vocab.strings.add(key)] = (category, value)
            patterns = [nlp.make_doc(p) for p in sorted(set(phrases))]
            if category in QUOTED_CATEGORIES:
                patterns += _with_closing_quotes(nlp, patterns)
            self.matcher.add(key, patterns)

    def __call__(self, doc: Doc) -> Doc:
        keys = self.keys
        # The PhraseMatcher reports matches by start token already: no sort is needed.
        cues = [Cue(doc, start, end, keys[match_id])
                for match_id, start, end in self.matcher(doc)]
        # Cues read from their parts ("went" + "to" + a court is a suit): composed_cues.py.
        doc.user_data[CUES_KEY] = compose(cues)
        return doc


def _with_closing_quotes(nlp: Language, patterns: list[Doc]) -> list[Doc]:
    """Each phrase of several words with a closing quotation mark after one of its inner words:
    "talks with" also matches 'held "technical talks" with Kigali'."""
    quoted = []
    for pattern in patterns:
        words = [t.text for t in pattern]
        for at in range(1, len(words)):
            quoted.extend(Doc(nlp.vocab, words=[*words[:at], quote, *words[at:]])
                          for quote in sorted(CLOSING_QUOTES))
    return quoted


class Cue:
    """A matched cue phrase: the parts of a spaCy ``Span`` the rules read, without its cost.

    A document has hundreds of cue matches; building a ``Span`` for each cost as much as
    tokenizing the text.
    """

    __slots__ = ("doc", "start", "end", "label_", "kb_id_", "_text")

    def __init__(self, doc: Doc, start: int, end: int, meaning: tuple[str, str]) -> None:
        # One plain assignment per slot: a document has hundreds of cues, and tuple packing
        # and star arguments here doubled the cost of building them.
        self.doc = doc
        self.start = start
        self.end = end
        self.label_, self.kb_id_ = meaning
        self._text: str | None = None

    @property
    def start_char(self) -> int:
        return token_bounds(self.doc)[0][self.start]

    @property
    def end_char(self) -> int:
        return token_bounds(self.doc)[1][self.end - 1]

    @property
    def text(self) -> str:
        if self._text is None:
            starts, ends = token_bounds(self.doc)
            self._text = text_of(self.doc)[starts[self.start]:ends[self.end - 1]]
        return self._text

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, index: int):
        return self.doc[self.start + index] if index >= 0 else self.doc[self.end + index]

    def __repr__(self) -> str:
        return f"Cue({self.text!r}, {self.label_}, {self.kb_id_})"


def cues_of(doc: Doc) -> list[Cue]:
    """The cues of ``doc`` in text order (set by the ``tc_cues`` component)."""
    return doc.user_data.get(CUES_KEY, [])


@Language.factory("tc_cues")
def make_cues(nlp: Language, name: str) -> Cues:
    return Cues(nlp, name)
