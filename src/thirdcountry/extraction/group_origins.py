"""The nationalities of a removal's people named just before it (FACTS.md: nationalities list
those the text names).

"From 2014, Israel told Eritrean and Sudanese asylum seekers … Israel's immigration authority
said that about 1,500 people had been deported to Rwanda": a removal of "people" with no
nationality of its own takes those of the people the paragraph introduced just before.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class, word_tuple

PEOPLE_AFTER = word_class("people_after")
LIST_GAP = word_class("list_gap")
LOOKBACK = 2  # sentences before, in the same paragraph, in which the people are looked for
REACH = 4  # tokens after a demonym in which the people noun is looked for


def _people_demonyms(view, skip: set[str]) -> list[str]:
    words = lower_words(view.doc)
    found: list[str] = []
    demonyms = [m for m in view.mentions if m.label == "DEMONYM"]
    starts = {m.start for m in demonyms}
    for m in demonyms:
        i = m.end
        while i < min(m.end + REACH, view.end) and (words[i] in LIST_GAP or i in starts):
            i += 1  # "Eritrean and Sudanese asylum seekers"
        if i < view.end and words[i] in PEOPLE_AFTER and m.iso3 not in skip:
            found.append(m.iso3)
    return list(dict.fromkeys(found))


def earlier_group_nationalities(ctx, index: int, skip: set[str]) -> list[str]:
    """The nationalities of the people named by demonym in the sentences just before, in the
    same paragraph; ``skip`` holds the states of the removal itself."""
    view = ctx.views[index]
    paragraph = ctx.paragraph_of(view)
    if view not in paragraph:
        return []
    at = paragraph.index(view)
    for before in reversed(paragraph[max(0, at - LOOKBACK):at]):
        found = _people_demonyms(before, skip)
        if found:
            return sorted(found)
    return []


# "A spokesperson told reporters that the nine men who arrived were nationals of …", "a police
# source said most were from …", "According to lawyers, the group included …": the group just
# reported removed, as the subject of what someone says of it
_GROUP = (r"(?:(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:men|women|people|persons|group|"
          r"deportees|migrants|detainees|arrivals|passengers|individuals|returnees|foreigners)|"
          r"most(?:\s+of\s+them)?|all(?:\s+of\s+them)?|many\s+of\s+them|they)")
SPEAKING_VERBS = word_tuple("speaking_verbs_of_a_group")
_SPEAKS = (r"(?:\b(?:" + "|".join(SPEAKING_VERBS) + r")\b(?:\s+[\w.]+){0,4}?"
           r"\s+that|\b(?:said|says|added|stated)|\baccording\s+to\s+[^,]{1,60},)")
# what a match needs: a verb of speaking (the second branch's are among them) or "according"
SPEAKING_NEEDED = (*SPEAKING_VERBS, "according")
REPORTED_GROUP = re.compile(
    _SPEAKS + r"\s+" + _GROUP + r"\b(?:\s+(?:who|that|which)(?:\s+[\w-]+){1,4}?)?,?\s+"
    r"(?:were|are|was|is|include|included|includes|come|came|hail|hailed)\b", re.IGNORECASE)


def reported_group(view) -> bool:
    """Whether a speaker tells something of the group just reported removed (the pattern
    needs a verb of speaking or "according", which most sentences lack: one substring test
    each spares the scan)."""
    return next(view.finditer(REPORTED_GROUP, SPEAKING_NEEDED), None) is not None


def moved_on_elsewhere(view, clause, moves, states: set[str]) -> bool:
    """Whether a movement later in the sentence than ``clause`` names a state other than
    ``states`` after it ("… landed in Accra, and three were later driven to Togo"): the group
    named next may be that later one. "… and the group was driven to a camp near the Panamanian
    border" or "… the number Washington has removed there" move no one elsewhere."""
    later = [c.start for c in moves if c.start >= clause.end]
    return bool(later) and any(m.start > min(later) and m.label != "DEMONYM" and
                               m.iso3 not in states for m in view.mentions)
