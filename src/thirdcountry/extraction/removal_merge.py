"""The day a later sentence gives a counted removal (FACTS.md rules 8 and 11).

"Ghana has moved most of the 14 West Africans it received earlier this month … The deportees
… were flown into Accra on Sept. 5": the uncounted sentence about the group dates the counted
removal to the day. Its date refines the counted one only when it falls within it ("2025-09"
→ "2025-09-05") and one counted removal of the pair can take it; an uncounted mention of
another month is another event and adds nothing, and a running total ("has received 412 …
since mid-February") keeps the start of its count, not the day of its first batch.
"""

from __future__ import annotations

import re

RUNNING_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def refine_counted_dates(counted: list, uncounted: list) -> None:
    """Give each counted removal the more precise date of an uncounted one of its pair."""
    for loose in uncounted:
        if not loose.date:
            continue
        fits = [f for f in counted
                if (f.deporting_country, f.receiving_country) ==
                (loose.deporting_country, loose.receiving_country) and f.date and
                len(f.date) < len(loose.date) and loose.date.startswith(f.date) and
                not RUNNING_SINCE.search(f.evidence.quote)]
        if len(fits) == 1:
            fits[0].date = loose.date


# "a second group had arrived", "another flight landed on Monday": a batch of its own, reported
# apart from the counted one(s) before it (FACTS.md rule 11 is one fact per event)
ANOTHER_BATCH = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|new|later)\s+(?:group|batch|flight|"
    r"plane|contingent|charter)\b|\banother\s+(?:group|batch|flight|plane|contingent|"
    r"charter)\b", re.IGNORECASE)


# a counted removal that is itself a later batch ("ten more", "a further 10"): the uncounted
# "further group" may be the same one
LATER_BATCH = re.compile(r"\b(?:more|further|another|second|third|fourth|new|latest|later)\b",
                         re.IGNORECASE)


def a_batch_of_its_own(fact, facts: list) -> bool:
    """Whether an uncounted removal reports a batch of its own: a later one ("a second group
    had arrived"), which the counted removals of its pair (a first batch, none later) do not
    include, or an earlier one dated apart from every counted removal of its pair ("the
    first groups brought there last October" beside "the first 40 … transferred on Friday")."""
    if fact.count is not None:
        return False
    pair = (fact.deporting_country, fact.receiving_country)
    counted = [f for f in facts
               if f.count is not None and (f.deporting_country, f.receiving_country) == pair]
    if ANOTHER_BATCH.search(fact.evidence.quote):
        # "a third group … has arrived" beside "Rwanda says it has now received 25": the
        # running total takes the new batch in
        return not any(LATER_BATCH.search(f.evidence.quote) or
                       TOTAL_WORDS.search(f.evidence.quote) for f in counted)
    return _dated_before(fact, counted, [f for f in facts if f.count is None and
                                         (f.deporting_country, f.receiving_country) == pair])


# a count that takes in what came before it: "15 since July", "bringing the total to 118",
# "has now received 25"
TOTAL_WORDS = re.compile(r"\b(?:since|total|tally|so\s+far|in\s+all|altogether|"
                         r"(?:has|have)\s+now)\b", re.IGNORECASE)
# "the group … was flown to Yaoundé", "escorted the convoy to Gjadër": the one group the
# counted removal tells of, not an earlier batch
THE_GROUP = re.compile(r"\bthe\s+(?:group|convoy|contingent|batch)\b", re.IGNORECASE)


def _dated_before(fact, counted: list, told: list) -> bool:
    """Whether the uncounted removal, told in the sentences ``told``, is dated before, and
    apart from, every counted one of its pair (in an earlier month: "on 20 January" and "the
    next morning … 31 had arrived" are one transfer), none of which is a total that could
    include it. Uncounted sentences that all run over time ("has received West Africans …
    since September") or speak of the group ("received the group") tell no batch of their own."""
    if not fact.date or not counted or all(TOTAL_WORDS.search(f.evidence.quote) or
                                           THE_GROUP.search(f.evidence.quote) for f in told):
        return False
    return all(f.date and fact.date[:7] < f.date[:7] and not f.date.startswith(fact.date) and
               not TOTAL_WORDS.search(f.evidence.quote) for f in counted)


# "six men who had been transferred to … Gjadër", "Three men who had been taken to Gjadër in
# April have since been deported to Egypt": people told of again by a relative clause of their
# past transfer, while the story is about something else that happened to them
TOLD_AGAIN = re.compile(
    r"\b(?:men|women|people|migrants|asylum\s+seekers|deportees|detainees|of\s+them)\s+"
    r"(?:who|that)\s+(?:had|have|has)\s+(?:already\s+|previously\s+|earlier\s+)?been\s+"
    r"(?:taken|transferred|moved|sent|flown|brought|deported|removed|relocated)\b", re.IGNORECASE)


def a_part_told_again(fact, facts: list) -> bool:
    """Whether a counted removal only retells, in a relative clause, the transfer of part of a
    larger group the document counts for the same pair (FACTS.md rules 7 and 11)."""
    if fact.count is None or not TOLD_AGAIN.search(fact.evidence.quote):
        return False
    return any(f is not fact and f.count is not None and f.count > fact.count and
               (f.deporting_country, f.receiving_country) ==
               (fact.deporting_country, fact.receiving_country) for f in facts)


def a_batch_inside_a_total(fact, facts: list) -> bool:
    """Whether a counted removal is a batch that a running total of its pair, counted from a
    start no later than the batch, takes in ("That tally includes four Venezuelans who landed
    … on Thursday" beside "62 people have been transferred under it since the first arrivals
    in September"; "nine Afghan men were flown to Tashkent" on November 14 beside "the number
    sent to Uzbekistan since June at 87"): the total is the removal (FACTS.md rule 7). A batch
    dated before the count starts ("the first 16 men … in October 2024" beside "just over 400
    … since April 2025") stays a removal of its own."""
    if fact.count is None:
        return False
    pair = (fact.deporting_country, fact.receiving_country)
    return any(f is not fact and f.count is not None and f.count > fact.count and
               (f.deporting_country, f.receiving_country) == pair and
               TOTAL_WORDS.search(f.evidence.quote) and
               _not_before(fact.date, f.date) for f in facts)


def _not_before(date: str | None, start: str | None) -> bool:
    """Whether a date may fall on or after a count's start, read at the coarser of the two
    ("2025-12" is not before "2025-12-11"); an unknown one may."""
    if not date or not start:
        return True
    precision = min(len(date), len(start))
    return date[:precision] >= start[:precision]
