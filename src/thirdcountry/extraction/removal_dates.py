"""Dates of removals (FACTS.md rule 4): when the people were moved.

A removal takes the date that governs its verb, not a date of a statement or a deal told in the
same sentence ("said on Monday", "a 2023 agreement"), nor one inside another clause or a
relative clause; a removal over several days ("between February 12 and 15") dates to the month;
an undated sentence continuing one about the same state takes that sentence's one date; when a
sentence dates only the announcement ("the spokeswoman said on Monday"), the next sentence
about the group may date the movement ("The 11 arrived late on Saturday"). A running total
dates to the day its new batch arrived, else to the date it counts from. A count that runs over
more than one month ("since July", "from January 20 to date", "between November 2019 and March
2020") is flagged: the removal then has no date (rule 7 as the dev gold reads it: n05, n10,
d19; within one month it keeps its date, d07), while the deal it shows implemented is dated by
when the count began.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.dates import span_start
from thirdcountry.extraction.dependent_dates import dates_a_dependent_clause
from thirdcountry.extraction.removal_words import about_the_group, perfect
from thirdcountry.extraction.sentence_view import CASE_MATCH_VARIANTS, SentenceView
from thirdcountry.extraction.words import word_class, word_tuple

BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)  # "between February 12 and …"
SPAN_OF_DAYS = re.compile(r"\d\s*(?:and|to|-|–)\s*\d|\bbetween\b", re.IGNORECASE)

# "since early September", "since the first flight in July": when the total starts counting (not
# "since the centres reopened in April", which dates another event)
SINCE_BEFORE_DATE = re.compile(r"\bsince\b(?:\s+(?!\w+ed\b)[\w-]+){0,4}\s+$", re.IGNORECASE)
# "from January 20 to date", "from March until now": a count that runs to the story's day
FROM_BEFORE_DATE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
TO_DATE_AFTER = re.compile(r"\s*(?:to date|until now|till now|to this day|so far)\b", re.IGNORECASE)

# "said today", "told reporters on Monday", "figures published on Thursday": when the statement
# was made, not the movement; "under an agreement signed that year": when the deal was made.
# the verbs each pattern opens on, kept apart so that a window without any is ruled out by
# substring tests (``_dated_by``)
STATEMENT_VERBS = word_tuple("statement_verbs_before_date")
DEAL_VERBS = word_tuple("deal_verbs_before_date")
STATEMENT_BEFORE_DATE = re.compile(
    r"\b(?:" + "|".join(STATEMENT_VERBS) + r")(?:\s+\w+){0,2}?\s+(?:on\s+|in\s+|this\s+|"
    r"last\s+)?$", re.IGNORECASE)
DEAL_BEFORE_DATE = re.compile(
    r"\b(?:" + "|".join(DEAL_VERBS) + r")(?:\s+(?!and\b|but\b|then\b)"
    r"[\w'’.-]+){0,5}?\s+(?:on\s+|in\s+|this\s+|last\s+)?$", re.IGNORECASE)
# "under a 2023 protocol", "the 2019 agreement": a year naming a thing, not a time.
DETERMINER_BEFORE_YEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|that|this)\s+$",
                                    re.IGNORECASE)


DATED_BY_REACH = 60  # characters before the date in which its statement's or deal's verb stands


def _dated_by(pattern: re.Pattern[str], verbs: tuple[str, ...], view: SentenceView, d) -> bool:
    """Whether ``pattern``, case-blind and needing one of the lower-case ``verbs``, ends just
    before the date. Most windows hold none of the verbs: a substring test for each spares the
    pattern's tries at each of the 60 places (unless a letter that lower() and the case-blind
    match take apart, as "İ" or "ſ", leaves the test unproven)."""
    window = view.text[max(0, d.start - DATED_BY_REACH):d.start]
    if not any(v in window for v in CASE_MATCH_VARIANTS):
        lower = window.lower()
        for verb in verbs:  # a loop: a generator costs more than the few tests
            if verb in lower:
                break
        else:
            return False
    return bool(pattern.search(view.text, max(0, d.start - DATED_BY_REACH), d.start))


def _stated_before(view: SentenceView, d) -> bool:
    return _dated_by(STATEMENT_BEFORE_DATE, STATEMENT_VERBS, view, d)


def _deal_before(view: SentenceView, d) -> bool:
    return _dated_by(DEAL_BEFORE_DATE, DEAL_VERBS, view, d)


def _event_dates(view: SentenceView, found: list) -> list:
    """The dates of a sentence that date an event itself: not the date of a statement about it
    ("…, the Monitor said today") or of the deal ("an agreement signed that year"), nor a year
    used as a name ("a 2023 protocol")."""
    return [d for d in found
            if not _stated_before(view, d)
            and not _deal_before(view, d)
            and not (len(d.text) == 4 and DETERMINER_BEFORE_YEAR.search(
                view.text, max(0, d.start - 6), d.start))]


def _dates_of_events(view: SentenceView, found: list) -> list:
    """The dates that may date the sentence's movement: its event dates; else, as the text dates
    only the announcement, the statement's date (rule 8), before the deal's."""
    return _event_dates(view, found) or [
        d for d in found if _stated_before(view, d)] or [
        d for d in found if not _deal_before(view, d)]


RELATIVE_OPENERS = word_class("relative_pronouns_that_which_who_whom")


def _relative_clause_end(view: SentenceView, move) -> int | None:
    """Where a relative clause the movement verb is in ends (", which took in 299 deportees
    under a deal,"), in sentence characters, or None when the verb is not in one."""
    doc = move.doc
    openers = [i for i in range(max(view.start + 1, move.start - 3), move.start)
               if doc[i].lower_ in RELATIVE_OPENERS]
    if not openers or doc[openers[-1] - 1].text != ",":
        return None
    close = view.text.find(",", move.end_char - view.start_char)
    return close if close >= 0 else None


# "In February, …", "Since April they …": a date opening a sentence sets the time of the story
# the paragraph goes on to tell
OPENING_DATE = re.compile(r"\W*(?:(?:in|on|since|by|from|during|last|early|late|earlier|"
                          r"later)\s+)*$", re.IGNORECASE)


def _date_set_before(ctx: DocumentContext, index: int, view: SentenceView) -> str | None:
    """An undated sentence continuing the one before it takes that sentence's one date when
    both speak of the same state ("… landed in Tashkent in late May … Most of the passengers
    were Uzbek citizens, but 12 … whom the Uzbek authorities received"), or when the date
    opens the sentence before in the same paragraph, a sentence naming no other state ("In
    February, the two Central American countries agreed to serve as stopovers … Panama received
    299 people")."""
    if index == 0:
        return None
    previous = ctx.views[index - 1]
    found = [d for d in ctx.dates_in(previous) if d.value]
    values = {d.value for d in found}
    if len(values) != 1:
        return None
    named_before = {m.iso3 for m in previous.mentions}
    named_here = {m.iso3 for m in view.mentions}
    # the date opening a sentence about another receiving state is that state's
    opening = OPENING_DATE.fullmatch(previous.text, 0, found[0].start) is not None and \
        previous in ctx.paragraph_of(view) and named_before <= named_here | {ctx.deporter}
    return values.pop() if named_before & named_here or opening else None


def removal_when(ctx: DocumentContext, view: SentenceView, index: int, clause,
                 move) -> tuple[str | None, bool]:
    """When the people were moved: the date of the movement's own phrase, and whether the
    movement is a count over more than one month.

    A sentence that dates only the announcement takes the date the next sentence gives the
    movement, if it speaks of the group ("… said on Monday. The 11 arrived on Saturday").
    A date before "and" belongs to the verb before it ("signed in May and received five men …
    in July"), and one in a later clause about another state is that state's ("…, and Kosovo's
    acceptance … was announced in June"); flights over several days ("between February 12 and
    15") date to the month, and removals over a span ("between November 2019 and March 2020")
    to its start.
    """
    every = ctx.dates_in(view)
    own = [d for d in every if not _dates_another_clause(ctx, view, clause, d) and
           not dates_a_dependent_clause(view.text, move.start_char - view.start_char,
                                        move.end_char - view.start_char, d)]
    if every and not own:
        return None, False
    every = own
    move_char = move.start_char - view.start_char
    counted = any(c.value for c in ctx.counts_in(view))
    since = [d for d in every if counted and perfect(move) and SINCE_BEFORE_DATE.search(
        view.text, max(move_char, d.start - 40), d.start) or FROM_BEFORE_DATE.search(
        view.text, max(0, d.start - 6), d.start) and TO_DATE_AFTER.match(view.text, d.end)]
    if since:
        # "42 people have now been removed … since mid-September": a running count starts then
        # (rule 11); "has sent asylum seekers … since 2012" states a practice, left undated
        return since[0].value, runs_over_months(ctx, since[0].value)
    if not counted and perfect(move):
        every = [d for d in every if not SINCE_BEFORE_DATE.search(
            view.text, max(0, d.start - 40), d.start)]
        if not every:
            return None, False
    if not _event_dates(view, every):
        told_next = _date_told_next(ctx, index)
        if told_next:
            return told_next, False
    found = _dates_of_events(view, every)
    if every and not found:
        return None, False  # "Uganda, which agreed in August to take deportees, has received 14"
    relative_end = _relative_clause_end(view, move)
    if relative_end is not None:
        # "Panama, which took in 299 deportees …, released them in March": the main verb's date
        found = [d for d in found if move_char <= d.start < relative_end]
        if not found:
            return None, False
    joins = [m.start() for m in re.finditer(r"\band\b", view.text[:move_char])]
    if joins:
        later = [d for d in found if d.start > joins[-1]]
        if later:
            found = later
    if not found:
        return ctx.date_near(view, move.start, clause) or _date_set_before(ctx, index, view), \
            False
    best = min(found, key=lambda d: min(abs(d.start - move_char), abs(d.end - move_char)))
    end = next((d for d in every if d is not best and span_start(view.text, every, d) is best),
               best)
    best = span_start(view.text, every, best)
    # "between November 2019 and March 2020": removals over several months
    over_months = best is not end and _months_apart(best.value, end.value)
    value = best.value
    if value and len(value) == 10 and (SPAN_OF_DAYS.search(best.text) or BETWEEN_BEFORE.search(
            view.text, max(0, best.start - 10), best.start)):
        value = value[:7]
    return value, over_months


def _dates_another_clause(ctx: DocumentContext, view: SentenceView, clause, d) -> bool:
    """Whether date ``d`` is in another clause of the sentence, one that names a state the
    movement's clause does not ("…, and Kosovo's acceptance … was announced in June")."""
    if len(view.clauses) == 1:
        return False
    token = ctx.char_to_token(view, d.start)
    if clause.start <= token < clause.end:
        return False
    other = next((c for c in view.clauses if c.start <= token < c.end), None)
    named = {m.iso3 for m in clause.mentions}
    return other is not None and any(m.iso3 not in named for m in other.mentions)


TOLD_NEXT_REACH = 3  # lines after a removal in which the sentence dating it is looked for


def _date_told_next(ctx: DocumentContext, index: int) -> str | None:
    """"Rwanda has received 11 people, the spokeswoman said on Monday. The 11 arrived late on
    Saturday": when the sentence dates only the announcement, the next sentence about the
    group may date the movement itself."""
    for nxt in ctx.views[index + 1:index + 1 + TOLD_NEXT_REACH]:
        if about_the_group(nxt) and nxt.has("MOVE"):
            events = _event_dates(nxt, ctx.dates_in(nxt))
            return events[0].value if events else None
        if nxt.mentions or ctx.dates_in(nxt):
            return None  # another matter; lines with neither ("Advertisement") are passed over
    return None


def runs_over_months(ctx: DocumentContext, start: str | None) -> bool:
    """Whether a count that runs from ``start`` to the story's day spans more than a month."""
    return _months_apart(start, ctx.published.isoformat() if ctx.published else None)


def _months_apart(start: str | None, end: str | None) -> bool:
    """Whether two dates (ISO prefixes) may lie in different months; unknown ones may."""
    return start is None or end is None or len(start) < 7 or start[:7] != end[:7]


def total_date(ctx: DocumentContext, view: SentenceView, index: int, clause, move,
               since: str) -> str:
    """A running total's date: the day its new batch arrived, when the sentence dates that
    batch by a day ("Ten more men landed on Monday, bringing to 15 the number … since July"),
    else the date it counts from."""
    own = removal_when(ctx, view, index, clause, move)[0]
    return own if own and len(own) == 10 and own > since else since
