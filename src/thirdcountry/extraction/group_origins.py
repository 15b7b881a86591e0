"""The nationalities of a removal's people named just before it (FACTS.md: nationalities list
those the text names).

"From 2014, Israel told Eritrean and Sudanese asylum seekers … Israel's immigration authority
said that about 1,500 people had been deported to Rwanda": a removal of "people" with no
nationality of its own takes those of the people the paragraph introduced just before.
"""

from __future__ import annotations

from thirdcountry.extraction.sentences import lower_words

PEOPLE_AFTER = {"asylum", "migrants", "men", "women", "nationals", "refugees", "citizens",
                "deportees", "detainees", "people", "families", "children", "returnees",
                "workers", "prisoners", "infiltrators"}
LIST_GAP = {"and", ",", "or", "-"}
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
