"""The shortcuts the arrangement and payment rules take over the document's word tables read
what the spaCy objects and the per-word tests they replace read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.pipeline import build_nlp
from thirdcountry.extraction.sentences import TEXT_KEY, tokens_text

TEXT = ("The U.S. has struck deals in Africa, Central America and the Pacific;  Eswatini was "
        "promised $5.1 million.\nRwanda, which hosts deportees, said it would not take more "
        "— \"not now\".")


@pytest.fixture(scope="module")
def ctx() -> DocumentContext:
    nlp: Language = build_nlp()
    doc = nlp.make_doc(TEXT)
    doc.user_data[TEXT_KEY] = TEXT
    return DocumentContext(nlp(doc), None)


def test_tokens_text_is_the_text_of_the_span(ctx: DocumentContext) -> None:
    n = len(ctx.doc)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert tokens_text(ctx.doc, start, end) == ctx.doc[start:end].text, (start, end)


def test_tokens_text_is_empty_for_no_tokens(ctx: DocumentContext) -> None:
    assert tokens_text(ctx.doc, 5, 5) == ""
    assert tokens_text(ctx.doc, 5, 3) == ctx.doc[5:3].text == ""
