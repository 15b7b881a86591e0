"""The word classes of ``extraction/data/words/``: they load, and stay tidy."""

import ast
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import get_args

import pytest

from thirdcountry.extraction import words
from thirdcountry.extraction.cues import cue_lexicon
from thirdcountry.facts import schema

FOLDER = files("thirdcountry.extraction").joinpath("data", "words")
EXTRACTION = Path(words.__file__).parent
# Classes the code compares with text as written, not lowercased.
CASED = {"month_names_capitalised"}


def _files() -> dict[str, dict]:
    return {e.name: json.loads(e.read_text(encoding="utf-8"))
            for e in FOLDER.iterdir() if e.name.endswith(".json")}


def test_every_file_says_what_it_holds_first():
    assert len(_files()) >= 3
    for name, data in _files().items():
        assert next(iter(data)) == "_about", name
        assert data["_about"].strip(), name


def test_every_class_loads_non_empty_and_sorted():
    for name, data in _files().items():
        ordered = set(data.get("_ordered", ()))
        assert ordered <= data.keys(), name
        for cls, members in data.items():
            if cls.startswith("_"):
                continue
            assert isinstance(members, list) and members, (name, cls)
            assert all(isinstance(w, str) and w for w in members), (name, cls)
            assert len(set(members)) == len(members), (name, cls)
            if cls not in ordered:
                assert members == sorted(members), (name, cls)
            assert words.word_class(cls) == frozenset(members)
            assert words.word_tuple(cls) == tuple(members)
            assert words.class_file(cls) == name


def test_classes_are_lowercase_where_the_code_lowercases():
    for cls, members in words.all_classes().items():
        if cls in CASED:
            assert all(w[0].isupper() for w in members), cls
        else:
            assert all(w == w.lower() for w in members), cls


def test_no_class_duplicates_another():
    seen: dict[frozenset[str], str] = {}
    for cls, members in words.all_classes().items():
        key = frozenset(members)
        assert key not in seen, f"{cls} has the same words as {seen.get(key)}"
        seen[key] = cls


def test_class_names_are_unique_across_files():
    names = [c for data in _files().values() for c in data if not c.startswith("_")]
    assert len(names) == len(set(names))


def test_every_class_the_code_names_exists_and_is_used():
    named = set()
    for path in EXTRACTION.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("word_class", "word_tuple")):
                named.add(node.args[0].value)
    assert named == set(words.all_classes())


def test_a_missing_class_names_the_folder():
    with pytest.raises(KeyError, match="data/words"):
        words.word_class("no_such_class")


def _module_level_string_literals(path: Path):
    """(name, strings) of each module-level name bound to a literal collection of strings."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id in ("frozenset", "set", "tuple") and len(value.args) == 1):
            value = value.args[0]
        if not isinstance(value, (ast.Set, ast.Tuple, ast.List)) or not value.elts:
            continue
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
            for target in targets:
                if isinstance(target, ast.Name):
                    yield target.id, [e.value for e in value.elts]


def _values_the_code_may_name() -> set[str]:
    """The spec's own vocabularies (stages, kinds...) and the values the cue files define."""
    literals = (schema.Certainty, schema.Stage, schema.Kind, schema.Outcome, schema.CountQualifier)
    spec = {value for literal in literals for value in get_args(literal)}
    fact_types = {"arrangement", "removal", "legal_action", "rights_concern"}
    return spec | fact_types | {value for _, value, _ in cue_lexicon()}


WORD = re.compile(r"[a-z][a-z' -]*")


def test_no_word_list_is_left_in_the_rule_modules():
    allowed = _values_the_code_may_name()
    left = []
    for path in sorted(EXTRACTION.glob("*.py")):
        for name, strings in _module_level_string_literals(path):
            lexical = [s for s in strings if WORD.fullmatch(s) and s not in allowed]
            if name != "__all__" and lexical:
                left.append(f"{path.name}: {name} {lexical[:4]}")
    assert left == [], "word lists belong in data/words/*.json:\n" + "\n".join(left)
