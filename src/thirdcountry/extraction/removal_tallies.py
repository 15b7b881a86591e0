"""Tallies: a list whose lines give, for each receiving state, how many people were sent there
(FACTS.md rules 4 and 7).

"… the declaration lists: • Panama: 299 people, on three flights in February 2025. • Eswatini: 15
to date." A fact box, a court filing's table, a flight monitor ("- Malabo, Jan. 13: 17 people,
none of them Equatoguinean.") leave the verb to the line that opens the list; each line is a
removal by the story's deporter to the state (or capital) that labels it, counted by the count
the line opens on. A line of the state's own people ("- Dakar: 141 Senegalese") is no removal
(rule 13), and a line that counts a part of its people apart ("58 passengers, of whom 44
were Ghanaian") is left out: who of them was sent to a third country is not a count the line
gives. A line with a verb of its own is read by the removal rules like any sentence.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.labelled_lines import tally_label
from thirdcountry.extraction.removal_nationalities import not_nationalities
from thirdcountry.extraction.removal_words import NON_PEOPLE_HEADS
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.facts.schema import Removal

ENTRY_REACH = 12  # characters between the label and the count ("a flight of 31")
LEAD_IN_PARAGRAPHS = 2  # paragraphs before the list in which the verb that opens it is looked for
# "nine of them Haitian", "of whom 44 were Ghanaian": a part of the line's people counted apart
# (not "most of them from Central Asia", which counts no part)
PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
PART_BEFORE = re.compile(r"\bof\s+whom\s+$", re.IGNORECASE)
# "since September", "so far": the count runs up to the story's day, with no date of its own
RUNNING = re.compile(r"\b(?:since|to\s+date|so\s+far|in\s+all|in\s+total)\b", re.IGNORECASE)


def tally_removal(ctx: DocumentContext, index: int, view: SentenceView) -> Removal | None:
    """The removal a line of a tally states, or None."""
    labelled = tally_label(view)
    if labelled is None or ctx.deporter is None:
        return None
    state, entry = labelled
    if state.iso3 == ctx.deporter or not _opened_by_a_movement(ctx, index):
        return None
    found = ctx.counts_in(view)
    count = found[0] if found else None
    if count is None or not count.value or count.qualifier == "up_to" or \
            not 0 <= count.start - entry <= ENTRY_REACH or \
            (count.head or "").lower() in NON_PEOPLE_HEADS:
        return None
    if any(PART_AFTER.match(view.text, c.end) or PART_BEFORE.search(view.text[:c.start])
           for c in found[1:]):
        return None
    not_of = not_nationalities(view)
    people_of = {m.iso3 for m in view.mentions if m.label == "DEMONYM" and m.iso3 not in not_of}
    if state.iso3 in people_of:
        return None  # "- Dakar, Jan. 7: 141 Senegalese": the state's own people went home
    cert = certainty_of(view)
    return Removal(
        deporting_country=ctx.deporter,
        receiving_country=state.iso3,
        date=_line_date(ctx, view, count.end),
        count=count.value,
        count_qualifier=count.qualifier,
        nationalities=list(dict.fromkeys(m.iso3 for m in view.mentions
                                         if m.iso3 in people_of - {ctx.deporter})),
        facility=None,
        legal_basis=None,
        certainty=cert.level, attributed_to=cert.attributed_to,
        evidence=ctx.evidence(view),
        rule="removal:tally" + (f"+{cert.cue}" if cert.cue else ""))


def _opened_by_a_movement(ctx: DocumentContext, index: int) -> bool:
    """Whether a verb of moving people opens the list the line is in: in the paragraphs before
    its first line ("Four flights carried people who were not nationals of …:") or in the
    headline ("Where the US has sent deportees who aren't from there")."""
    at = index
    while at > 0 and tally_label(ctx.paragraph_of(ctx.views[at - 1])[0]) is not None:
        at -= 1
    before: list[SentenceView] = []
    while at > 0 and len({id(ctx.paragraph_of(v)[0]) for v in before}) < LEAD_IN_PARAGRAPHS:
        at -= 1
        before.append(ctx.views[at])
    return any(v.has("MOVE") for v in before) or bool(ctx.views) and ctx.views[0].has("MOVE")


def _line_date(ctx: DocumentContext, view: SentenceView, after: int) -> str | None:
    """The month or day the line dates its people to: none for a running count ("15 to date",
    "since September") or one spread over months ("in two flights in July and October")."""
    if RUNNING.search(view.text):
        return None
    months = {d.value[:7] for d in ctx.dates_in(view) if d.value}
    if len(months) != 1:
        return None
    return next(d.value for d in ctx.dates_in(view) if d.value)
