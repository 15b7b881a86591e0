"""Word classes of the rule modules, read from ``data/words/*.json``.

Each file there is a JSON object of named word classes (``{"receiving_verbs": ["accept", ...]}``)
with a leading ``"_about"`` key; keys that start with ``_`` are notes, not classes. A rule module
binds a class once, at import, to its module-level constant::

    RECEIVING_VERBS = word_class("receiving_verbs")

``word_class`` gives a frozenset (membership tests); ``word_tuple`` gives a tuple in file order,
for the few classes whose order the code relies on (regex alternations, first-match lookups;
such classes are listed under the file's ``"_ordered"`` key and need not be sorted).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

WORDS_FOLDER = "data/words"


@cache
def _classes() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every class name -> (file name, words), over all files of ``data/words/``."""
    folder = files("thirdcountry.extraction").joinpath("data", "words")
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        for name, words in json.loads(entry.read_text(encoding="utf-8")).items():
            if name.startswith("_"):
                continue
            if name in out:
                raise ValueError(f"word class {name!r} is in both {WORDS_FOLDER}/{out[name][0]} "
                                 f"and {WORDS_FOLDER}/{entry.name}")
            out[name] = (entry.name, tuple(words))
    return out


def _words(name: str) -> tuple[str, ...]:
    try:
        return _classes()[name][1]
    except KeyError:
        raise KeyError(f"no word class {name!r} in any file of "
                       f"thirdcountry/extraction/{WORDS_FOLDER}/*.json") from None


def word_class(name: str) -> frozenset[str]:
    """The words of class ``name`` as a frozenset."""
    return frozenset(_words(name))


def word_tuple(name: str) -> tuple[str, ...]:
    """The words of class ``name`` as a tuple, in the order the file lists them."""
    return _words(name)


@cache
def _longest(phrases: frozenset[str]) -> int:
    return max(len(p.split()) for p in phrases)


def contains_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` (a word class whose entries may be several words, "protected
    status") stands in ``words`` (lower-case tokens)."""
    longest = _longest(phrases)
    return any(" ".join(words[i:i + n]) in phrases
               for i in range(len(words)) for n in range(1, longest + 1))


def class_file(name: str) -> str:
    """The file of ``data/words/`` that holds class ``name``."""
    _words(name)
    return _classes()[name][0]


def all_classes() -> dict[str, tuple[str, ...]]:
    """Every class name -> its words in file order (for tests and tools)."""
    return {name: words for name, (_, words) in _classes().items()}
