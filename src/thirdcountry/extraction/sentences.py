"""The ``tc_sentences`` component: sentence starts from punctuation and line breaks.

News text scraped from pages puts headlines, datelines, list items and table rows on lines of
their own without final punctuation, so a line break always ends a sentence here; within a line,
a sentence ends after ``.``, ``!`` or ``?`` (and any closing quotes or brackets) when the next
word starts like a sentence. Abbreviations such as "U.S." and "Mr." stay single tokens in
spaCy's English tokenizer, so their periods never end a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDS = {".", "!", "?", "…"}
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark ``is_sent_start`` on every token; O(n) over the tokens."""
    if not len(doc):
        return doc
    start_next = True
    for token in doc:
        text = token.text
        if token.is_space:
            token.is_sent_start = start_next
            if "\n" in text:
                start_next = True
            continue
        token.is_sent_start = start_next
        if text in ENDS:
            start_next = None  # decided by what follows
        elif start_next is None and text in CLOSERS:
            start_next = None
        elif start_next is None:
            token.is_sent_start = text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"'‘("
            start_next = False
        else:
            start_next = False
        if start_next is None:
            nxt = token.nbor(1) if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.text not in CLOSERS and not nxt.is_space:
                first = nxt.text[:1]
                start_next = first.isupper() or first.isdigit() or first in "“\"‘("
            elif nxt is not None and nxt.is_space:
                start_next = True if "\n" in nxt.text else None
            else:
                start_next = None if nxt is not None else False
        if "\n" in token.whitespace_:
            start_next = True
    return doc


@Language.component("tc_sentences")
def tc_sentences(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
