"""The copy of an article that the rules read: plainer than the text given, at the same offsets.

Every change swaps one character for one, so an offset into the copy is an offset into the
text as given, and evidence quotes are cut from the latter (``context.DocumentContext``).

- Typography: published pages set no-break and other typographic spaces ("U.S.\u00a0officials",
  "14\u00a0men", sometimes every space of a paragraph) and non-breaking hyphens where a reporter
  typed plain ones; spaCy splits words only at plain spaces.
- Hard-wrapped paragraphs: plain-text feeds, e-mailed releases and Markdown files break long
  paragraphs into lines of some fixed width. A line break ends a sentence in ``tc_sentences``
  (headlines, datelines and list items end without punctuation), so in such a text every line
  break inside a paragraph becomes a space.
"""

from __future__ import annotations

import re

PLAIN_TYPOGRAPHY = str.maketrans(
    {**{chr(c): " " for c in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)},
     "\u2010": "-", "\u2011": "-"})
# Any character ``PLAIN_TYPOGRAPHY`` replaces: most articles have none, and a search for them
# costs a fifteenth of ``str.translate``, which looks every character of a non-ASCII text up.
TYPOGRAPHIC = re.compile("[" + "".join(map(chr, PLAIN_TYPOGRAPHY)) + "]")

# Wrapped text has no line longer than this: a paragraph a line runs far longer.
WIDEST_WRAP = 100
# A line starting like a list item, a dateline or a label ("FACT:") keeps its break before it;
# a dash in running text ("— who were told") may start a wrapped line.
OWN_LINE = re.compile(r"\s*(?:[-*•]\s|\d{1,2}[.)]\s|[A-Z][A-Z .,'-]{2,40}\s[—–-]{1,2}\s|[A-Z]+:)")
FIRST_WORD = re.compile(r"\s*(\S+)")


def plain_text(text: str) -> str:
    """The copy the rules read (see the module docstring); same length as ``text``."""
    if TYPOGRAPHIC.search(text):
        text = text.translate(PLAIN_TYPOGRAPHY)
    return unwrap_lines(text)


def unwrap_lines(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs with spaces; other text comes back as it is.

    A wrap breaks a line before the first word that would not fit: so a break is a wrap's when
    the line before it and the next line's first word would run past the widest line. A text
    is taken as wrapped when no line is longer than ``WIDEST_WRAP`` and most breaks after a
    line at least half the widest are such breaks; then those breaks become spaces, unless the
    next line starts like a list item or a dateline. A list or timeline of short lines is left
    alone: its next entry would have fitted on the line before.
    """
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    if not any(widths) or max(widths) > WIDEST_WRAP:
        return text
    widest = max(widths)
    wraps = []
    for index, (width, line) in enumerate(zip(widths, lines[1:], strict=False)):
        word = FIRST_WORD.match(line)
        if width and word and width + 1 + len(word.group(1)) > widest:
            wraps.append(index)
    # Short lines (bylines, timestamps, share buttons) end where their writer ended them: only
    # breaks after lines at least half the widest are weighed against the wraps.
    breaks = sum(1 for width, following in zip(widths, widths[1:], strict=False)
                 if width * 2 >= widest and following)
    if len(wraps) < 3 or len(wraps) * 5 < breaks * 3:
        return text
    soft = {index for index in wraps if not OWN_LINE.match(lines[index + 1])}
    return "".join((" " if index - 1 in soft else "\n") + line if index else line
                   for index, line in enumerate(lines))
