"""Dates of another event, told in a dependent clause of the removal's sentence (FACTS.md
rules 8 and 11).

"… were flown to Guatemala before the Biden administration terminated the agreements in 2021",
"… after a judge ruled in May that …": a clause opened by a conjunction after the movement has
a subject and verb of its own, and its date is that event's. "Italy's centres in Albania, which
opened last October, have held …": a relative clause set off by commas before the movement
dates what it describes. Neither dates the removal.
"""

from __future__ import annotations

import re

# "before the Biden administration terminated the agreements in 2021": a conjunction, a subject
# of up to five words and a finite verb in the past, all after the movement ("since the first
# flight landed in July" is left out: a running count starts then, FACTS.md rule 11)
LATER_CLAUSE = re.compile(
    r"\b(?:before|after|until|till|because)\s+(?!being\b|having\b)"
    r"(?:[\w'’.-]+\s+){1,5}?(?:had\s+|has\s+|was\s+|were\s+)?"
    r"(?:\w+ed|began|took|came|won|lost|left|made|struck|ruled|said|went|brought|fell|rose|"
    r"set|sent|held|gave|spoke|met)\b", re.IGNORECASE)
# ", which opened last October,": a relative clause closed by a comma
RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|that|whose)\s[^,;]*$", re.IGNORECASE)


# "An Indian national who crossed the Channel in August was removed …": a relative clause on the
# subject, with a verb of its own before the date, that runs up to the movement verb
SUBJECT_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|which)\s+(?:[\w'’.-]+\s+){0,8}?(?!during\b|according\b)(?:\w+ed|\w+ing|began|took|came|"
    r"won|lost|left|made|struck|fled|went|brought|fell|sent|held|gave|met|spent|got|lived|"
    r"crossed|arrived)\b[^;.]*$", re.IGNORECASE)
# between the date and the movement: the clause ends right at the main verb, no new verb joins
JOINED_AFTER = re.compile(r"\b(?:and|but|then|before|after|when)\b", re.IGNORECASE)
RELATIVE_DATE_WORDS = 3  # words between the date and the movement verb ("in May were flown")


def _in_subject_relative(text: str, move_start: int, date) -> bool:
    between = text[date.end:move_start]
    if len(between.split()) > RELATIVE_DATE_WORDS or "," in between or \
            JOINED_AFTER.search(between):
        return False
    return SUBJECT_RELATIVE.search(text, max(0, date.start - 120), date.start) is not None


def dates_a_dependent_clause(text: str, move_start: int, move_end: int, date) -> bool:
    """Whether ``date`` (a mention in the sentence ``text``) sits in a dependent clause about
    another event: a clause with its own subject and verb after the movement, or a relative
    clause closed before it."""
    if date.start >= move_end:
        return bool(LATER_CLAUSE.search(text, move_end, date.start))
    if date.end <= move_start:
        opening = RELATIVE_BEFORE.search(text, 0, date.start)
        return opening is not None and "," in text[date.end:move_start] or \
            _in_subject_relative(text, move_start, date)
    return False
