"""Lines of a list labelled by a state: "• South Sudan: the families of the men flown to Juba
…", "Rwanda: Seven in August … Officials there told reporters that a second group had
arrived" (FACTS.md rule 4).

A tally or a press release lists the receiving states one line each, the state as the line's
label. Each line is an entry of its own: the people of the line before are not the ones the
line moves on (no onward removal from the previous line's state), and a movement the line
leaves without a place ("Eight men flown in July", "a second group had arrived") reached the
state of the label.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentence_view import Mention, SentenceView

# "• South Sudan: ", "Eswatini: ", "- Rwanda: " (a label of at most four words before a colon)
LABEL = re.compile(r"^[\s•·\-–—*]{0,4}(?P<label>(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)"
                   r"\s*:\s", re.IGNORECASE)
# a place given after the movement: "flown to Juba", "sent on … to neighbouring countries"
PLACE_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:to|into|onto)\b", re.IGNORECASE)


def line_label(ctx, view) -> Mention | None:
    """The state labelling the line (paragraph) of ``view``, or None."""
    first = ctx.paragraph_of(view)[0]
    if ":" not in first.text[:48]:
        return None
    found = LABEL.match(first.text)
    if found is None:
        return None
    label = found.group("label")
    return next((m for m in first.mentions if m.label in ("NAME", "EPITHET") and
                 m.text == label), None)


def label_destination(ctx, view, move, deporter: str | None) -> list[Mention]:
    """[the labelled state] for a movement that names no place after it, or []."""
    label = line_label(ctx, view)
    if label is None or label.iso3 == deporter:
        return []
    if PLACE_AFTER.match(view.text, move.end_char - view.start_char):
        return []
    return [Mention(label.iso3, "EARLIER", move.start, move.end, move.text)]


# "• Panama: 299 people", "Ghana — at least 42 West Africans", "- Malabo, Jan. 13: 17 people":
# a state or its capital (with the line's date) labelling a count, set off by a colon or a dash
TALLY_LABEL = re.compile(
    r"^[\s•·\-–—*]{0,4}(?P<label>(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)"
    r"(?:,\s+[^:—–\n]{1,20}?)?(?:\s*:|\s+[—–])\s+", re.IGNORECASE)


def tally_label(view: SentenceView) -> tuple[Mention, int] | None:
    """The state labelling a line of a tally, and where the line's entry starts (a character
    offset in the sentence), or None."""
    # A label ends on a colon or a dash: most sentences have neither, and substring tests
    # settle them far cheaper than the pattern's backtracking over their first words.
    if ":" not in view.text and "—" not in view.text and "–" not in view.text:
        return None
    found = TALLY_LABEL.match(view.text)
    if found is None:
        return None
    label = found.group("label")
    state = next((m for m in view.mentions if m.label in ("NAME", "CAPITAL", "EPITHET") and
                  m.text == label), None)
    return (state, found.end()) if state is not None else None
