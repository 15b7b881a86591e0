"""The ``tc_cues`` component: every cue word of the lexicons in ``data/cues/``, as spans.

Writes ``doc.spans["cues"]`` (overlaps kept: "agreed to" and "agreed" both land): each span's
``label_`` is the cue category (``STAGE``, ``KIND``, ``COURT``, ``HEDGE``...) and its ``kb_id_``
the value it stands for (a stage, a kind, or ``any``). The rules read these spans by category,
so what a cue means is data, and the fact records which cue produced it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

# File → how its top-level keys read: a flat {value: [phrases]} file names its category here.
FLAT_FILES = {"stages.json": "STAGE", "kinds.json": "KIND"}
CUES_KEY = "thirdcountry.cues"
NESTED_FILES = ("context.json", "certainty.json", "legal.json", "concerns.json")


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
            self.matcher.add(key, [nlp.make_doc(p) for p in sorted(set(phrases))])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            category, value = self.keys[match_id]
            spans.append(Span(doc, start, end, label=category, kb_id=value))
        spans.sort(key=lambda c: c.start)
        doc.spans["cues"] = spans
        # Iterating a SpanGroup rebuilds every Span; the rules read this list instead.
        doc.user_data[CUES_KEY] = spans
        return doc


def cues_of(doc: Doc) -> list[Span]:
    """The cue spans of ``doc`` in text order, without rebuilding them."""
    cues = doc.user_data.get(CUES_KEY)
    if cues is None:
        cues = doc.user_data[CUES_KEY] = sorted(doc.spans["cues"], key=lambda c: c.start)
    return cues


@Language.factory("tc_cues")
def make_cues(nlp: Language, name: str) -> Cues:
    return Cues(nlp, name)
