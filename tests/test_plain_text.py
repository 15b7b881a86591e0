"""The plainer copy of an article that the rules read (extraction/plain_text.py)."""

from __future__ import annotations

import textwrap

from thirdcountry.extraction import extract
from thirdcountry.extraction.plain_text import plain_text, unwrap_lines

PARAGRAPH = ("Five men deported from the United States arrived in Eswatini on July 16, the "
             "government said, and were taken to a maximum-security prison outside the capital "
             "where they will be held until they can be sent on to their own countries.")
ARTICLE = "\n\n".join(["US deportees land in Eswatini", PARAGRAPH,
                       PARAGRAPH.replace("Five", "Ten")])


def wrapped(text: str, width: int = 72) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) if line.strip() else line
                     for line in text.split("\n"))


def test_the_copy_has_the_length_of_the_text_given() -> None:
    for text in (ARTICLE, wrapped(ARTICLE), ARTICLE.replace(" ", "\u00a0"), ""):
        assert len(plain_text(text)) == len(text)


def test_typographic_spaces_and_hyphens_become_plain() -> None:
    assert plain_text("U.S.\u00a0officials sent 14\u202fmen to a third\u2011country") == (
        "U.S. officials sent 14 men to a third-country")


def test_a_wrapped_paragraph_becomes_one_line_and_paragraphs_stay_apart() -> None:
    unwrapped = unwrap_lines(wrapped(ARTICLE))
    assert unwrapped.split("\n\n") == ARTICLE.split("\n\n")


def test_text_a_paragraph_a_line_is_left_alone() -> None:
    assert unwrap_lines(ARTICLE) == ARTICLE
    short_lines = "Key dates\nMarch 15: first flights\nApril 7: Supreme Court ruling\nMay 1: talks"
    assert unwrap_lines(short_lines) == short_lines
    timeline = "\n".join([
        "Key dates in the deal",
        "March 15: more than 200 Venezuelans are flown to CECOT under the Alien Enemies Act",
        "April 7: the Supreme Court lets the administration resume removals under the act",
        "May 16: the court bars removals from northern Texas until notice is given",
        "July 18: the men are sent home to Caracas in a prisoner exchange"])
    assert unwrap_lines(timeline) == timeline


def test_list_items_and_datelines_keep_their_line_breaks() -> None:
    text = wrapped("Officials named the states that had agreed to take deportees so far this "
                   "year:") + "\n- Eswatini, which took five men\n- Rwanda, which took seven\n" + \
        wrapped("KIGALI, Rwanda (Wire) — " + PARAGRAPH)
    unwrapped = unwrap_lines(text)
    assert "\n- Eswatini" in unwrapped and "\n- Rwanda" in unwrapped


def test_facts_of_a_wrapped_article_match_the_unwrapped_one_and_quote_the_text_given() -> None:
    text = wrapped(ARTICLE, 60)
    facts = extract(text, published="2025-07-20")
    assert [f.to_dict()["type"] for f in facts] == [
        f.to_dict()["type"] for f in extract(ARTICLE, published="2025-07-20")]
    assert facts and all(text[f.evidence.start:f.evidence.end] == f.evidence.quote for f in facts)
    assert any("\n" in f.evidence.quote for f in facts)
