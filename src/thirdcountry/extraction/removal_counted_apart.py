"""A removal told without a count whose people another sentence counts apart from the
receiver's own nationals (FACTS.md rules 7 and 13).

"Venezuelans flown to El Salvador despite court order … Aboard are 238 Venezuelans, who are taken
to CECOT, and 23 Salvadoran members of MS-13" / "… 238 members of the Venezuelan gang had
arrived, together with 23 members of MS-13, who are Salvadoran" / "Those flights carried 261
people: 238 Venezuelans …, and 23 Salvadorans": the count joined ("and", "together with", "as
well as", …) to the count of the receiver's own nationals is the group's. Only a sentence that
names no state but the pair's (demonyms of people aside) is read, and only for a pair the
document counts nowhere else.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.removal_nationalities import PHRASE_END
from thirdcountry.extraction.removal_words import NON_PEOPLE_HEADS
from thirdcountry.extraction.words import word_tuple

JOINER = re.compile(r"(?:^|[\s,])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in word_tuple("apart_joiners")) + r")\s",
    re.IGNORECASE)
# "23 members of MS-13, who are Salvadoran": the people's nationality told after their phrase
WHO_ARE = re.compile(r"\s*,?\s*(?:who|all\s+of\s+whom)\s+(?:are|were)\s+(?:all\s+)?",
                     re.IGNORECASE)
NATIONALITY_REACH = 60  # characters after a count in which its people's demonym is looked for
JOIN_REACH = 160  # characters between the two counts
PARTS_REACH = 40  # characters from one part of a group to the next ("nine Sudanese and four …")


def _phrase_end(text: str, start: int) -> int:
    end = PHRASE_END.search(text, start, start + NATIONALITY_REACH)
    return end.start() if end else min(len(text), start + NATIONALITY_REACH)


def _demonyms_of(view, count, demonyms) -> set[str]:
    """The states of the demonyms in the count's noun phrase ("238 Venezuelans", "23 Salvadoran
    members", "238 members of the Venezuelan gang") or its relative clause ("…, who are
    Salvadoran")."""
    stop = _phrase_end(view.text, count.end)
    found = {iso3 for lo, iso3 in demonyms if count.start <= lo <= stop}
    for lo, iso3 in demonyms:
        # "23 members of MS-13, who are Salvadoran": the relative clause after the phrase
        if stop < lo and WHO_ARE.fullmatch(view.text, stop, lo):
            found.add(iso3)
    return found


def _others_count(ctx, view, receiver: str, deporter: str):
    """The counts of the people who are not the receiver's own and of its own nationals, when the
    sentence joins the two, or None."""
    if not any(m.label == "DEMONYM" and m.iso3 == receiver for m in view.mentions):
        return None
    if any(m.label != "DEMONYM" and m.iso3 not in (receiver, deporter) for m in view.mentions):
        return None  # "In Honduras, 40 Hondurans and 12 Salvadorans arrived": another state's
    counts = [c for c in ctx.counts_in(view) if c.value is not None and
              (c.head or "").lower() not in NON_PEOPLE_HEADS]
    if len(counts) < 2:
        return None
    demonyms = [(view.char_at(m.start), m.iso3) for m in view.mentions if m.label == "DEMONYM"]
    of = [_demonyms_of(view, c, demonyms) for c in counts]
    for i, own in enumerate(of):
        if own != {receiver}:
            continue
        # the neighbouring count joined to the own share: before it, else after it
        for j in (i - 1, i + 1):
            if not 0 <= j < len(counts) or not of[j] or receiver in of[j]:
                continue
            lo, hi = (counts[j].end, counts[i].start) if j < i else (counts[i].end, counts[j].start)
            if hi - lo <= JOIN_REACH and JOINER.search(view.text, lo, hi):
                return counts[j], counts[i]
    return None


# "Of the 95 deportees aboard …, 15 were Salvadoran": a part of the group, then its nationality
PARTITIVE_OF = re.compile(r"^\s*of\s+the\s+$", re.IGNORECASE)
PART_IS = re.compile(r"\s*,\s*$")
PART_VERB = re.compile(r"\s+(?:were|are)\s", re.IGNORECASE)
GROUP_THEN_PART = re.compile(r"\s+[\w-]+\s*,\s*")  # "103 deportees, " before "62 of them"
OF_THEM = re.compile(r"\s+of\s+them\s+(?:were\s+)?", re.IGNORECASE)
# "The 95 deportees … included 15 Salvadoran and Honduran nationals"
INCLUDED = re.compile(r"\b(?:included|including|includes|include)\s+$", re.IGNORECASE)


def _others_part(ctx, view, receiver: str, group):
    """The count of a part of ``group`` that the sentence names by other states' demonyms
    ("Of the 95 deportees aboard the US flight to Guatemala, 15 were Salvadoran and Honduran
    nationals", "The 95 deportees … included 15 Salvadorans"): the rest are, by implication, the
    receiver's own, so the part is the group counted apart (rule 13). None when the part names
    the receiver's own people ("Of the 95, 80 were Guatemalan") or no nationality at all."""
    text = view.text
    counts = [c for c in ctx.counts_in(view) if c.value is not None]
    if group not in counts or counts.index(group) + 1 >= len(counts):
        return None
    part = counts[counts.index(group) + 1]
    verb = PARTITIVE_OF.match(text, 0, group.start) and PART_IS.search(text, 0, part.start) \
        and PART_VERB.match(text, part.end)
    # "carried 103 deportees, 62 of them Hondurans and Salvadorans": the part's nationality
    # after "of them"
    of_them = GROUP_THEN_PART.fullmatch(text, group.end, part.start) and \
        OF_THEM.match(text, part.end)
    if not (verb or of_them or INCLUDED.search(text, 0, part.start)) or \
            part.value >= group.value:
        return None
    demonyms = [(view.char_at(m.start), m.iso3) for m in view.mentions if m.label == "DEMONYM"]
    if any(0 < c.start - part.end <= PARTS_REACH and " and " in text[part.end:c.start] and
           _demonyms_of(view, c, demonyms) for c in counts):
        return None  # "The 19, including nine Sudanese and four Eritreans": parts of a mixed group
    states = _demonyms_of(view, part, demonyms)
    after = verb or of_them
    if after:  # "15 were Salvadoran and Honduran nationals": the nationality after the verb
        states |= {iso3 for lo, iso3 in demonyms
                   if after.end() <= lo <= _phrase_end(text, after.end())}
    return part if states and receiver not in states else None


def count_apart_from_own(ctx, facts: list) -> None:
    """Give a removal the count of its people apart from the receiver's own nationals (in
    place): an uncounted removal takes it from any sentence of the document, a removal counted
    by the own nationals' number ("101 members … had arrived, together with 17 members of MS-13,
    who are Salvadoran") from its own sentence."""
    for fact in facts:
        pair = (fact.deporting_country, fact.receiving_country)
        if fact.count is None:
            if any((f.deporting_country, f.receiving_country) == pair and f.count is not None
                   for f in facts):
                continue  # the pair is counted elsewhere: that count stands
            views = ctx.views
        else:
            own_view = ctx.view_at(fact.evidence.start)
            views = [own_view] if own_view is not None else []
        for view in views:
            # an uncounted removal looks through every sentence: read counts only for a counted one
            group = next((c for c in ctx.counts_in(view) if c.value == fact.count), None) \
                if fact.count is not None else None
            part = _others_part(ctx, view, fact.receiving_country, group) \
                if group is not None else None
            if part is not None:
                fact.count, fact.count_qualifier = part.value, part.qualifier or "exact"
                break
            found = _others_count(ctx, view, fact.receiving_country, fact.deporting_country)
            if found is None or fact.count is not None and fact.count != found[1].value:
                continue
            fact.count = found[0].value
            fact.count_qualifier = found[0].qualifier or "exact"
            break
