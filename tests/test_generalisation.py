"""Accuracy on the in-house generalisation corpora (tests/corpus/README.md).

Floors sit a little under what the rules reached when they were last changed, so that a
change that costs accuracy on wording the rules were not written for fails here even when
the dev corpus holds.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from thirdcountry.extraction import Extractor
from thirdcountry.facts.scoring import score_folder

CORPORA = Path(__file__).resolve().parent / "corpus"
# Reached 2026-12-02 (session 21; both corpora's gold follows the dev gold's conventions): gen
# 0.859 by the rules alone (2,072 articles and excerpts by 141 authors; the rules were developed
# on its older part and the learned checks are trained on all of it, so only the rules' figure
# says anything there); sealed 0.801 with the checks, 0.784 by the rules alone (308 by
# twenty-two authors, written in sessions 17 to 21, never read, never trained on).
GEN_FLOOR = 0.85
SEALED_FLOOR = 0.79


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("folder", "floor", "checks"),
                         [("gen", GEN_FLOOR, False), ("sealed", SEALED_FLOOR, True)])
def test_generalisation_corpus_floor(folder: str, floor: float, checks: bool) -> None:
    report = score_folder(CORPORA / folder, extractor=Extractor(checks=checks))
    overall = report.to_dict()["overall"]
    assert overall["f1"] >= floor, f"{folder}: F1 {overall['f1']:.3f} below {floor}"


def test_every_gold_quote_is_in_its_article() -> None:
    """The gold was written by hand: each evidence quote must slice its article exactly."""
    for gold in sorted(CORPORA.glob("*/*.facts.jsonl")):
        text = gold.with_name(gold.name.replace(".facts.jsonl", ".txt")).read_text()
        for line in gold.read_text().splitlines():
            evidence = json.loads(line)["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["quote"], gold.name


def _curly_quotes(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w|\s|[.,;:!?]|$)", "’", text)
    text = re.sub(r"'(?=\w)", "‘", text).replace("'", "’")
    return re.sub(r'"(?=\w)', "“", text).replace('"', "”")


def _no_break_spaces(text: str) -> str:
    text = re.sub(r"\b(U\.S\.|Mr\.|Ms\.|Dr\.|St\.) ", lambda m: m.group(1) + "\u00a0", text)
    return re.sub(r"(?<=\d) (?=[^\W\d_])", "\u00a0", text)


def _every_space_no_break(text: str) -> str:
    """Some pages set every space of a paragraph as a no-break space."""
    return text.replace(" ", "\u00a0")


def _wrapped_at(width: int):
    def wrap(text: str) -> str:
        """Plain-text feeds, e-mailed releases and Markdown break paragraphs into lines."""
        return "\n".join("\n".join(textwrap.wrap(line, width)) if line.strip() else line
                         for line in text.split("\n"))
    wrap.__name__ = f"wrapped_at_{width}"
    return wrap


@pytest.fixture(scope="module")
def plain_f1(extractor: Extractor) -> float:
    return score_folder(CORPORA / "gen", extractor=extractor).to_dict()["overall"]["f1"]


@pytest.mark.parametrize("typeset", [_curly_quotes, _no_break_spaces, _every_space_no_break,
                                     _wrapped_at(72), _wrapped_at(60)],
                         ids=lambda typeset: typeset.__name__.strip("_"))
def test_real_news_typography_costs_nothing(extractor: Extractor, plain_f1: float, typeset,
                                            tmp_path) -> None:
    """In-house articles were typed plainly, a paragraph a line; published text comes with
    curly quotes, no-break spaces ("Rwanda’s", "U.S.\u00a0officials", "14\u00a0men") or
    paragraphs wrapped into lines. The gold keys do not depend on the typography."""
    changed = 0
    for source in (CORPORA / "gen").iterdir():
        text = source.read_text()
        if source.suffix == ".txt":
            changed += typeset(text) != text
            text = typeset(text)
        (tmp_path / source.name).write_text(text)
    assert changed > 100  # the test means something only if most articles changed
    typeset_f1 = score_folder(tmp_path, extractor=extractor).to_dict()["overall"]["f1"]
    assert typeset_f1 >= plain_f1 - 0.005, \
        f"{typeset.__name__}: F1 {typeset_f1:.3f} vs {plain_f1:.3f}"
    # Evidence still slices the text as given, typographic characters and line breaks included.
    for path in sorted(tmp_path.glob("*.txt"))[:20]:
        text = path.read_text()
        for fact in extractor.extract(text):
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.quote
