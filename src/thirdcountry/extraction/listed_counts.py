"""A group counted by the list of its nationalities (FACTS.md rule 7).

"The first group, 13 Nigerians and a Gambian, landed …" counts 14 people; "11 people — nine
Nicaraguans and two Cubans — arrived …" counts 11, not the two Cubans nearest the verb. A list
is counts (or "a"/"an") each followed by a demonym, joined by commas and "and". When a count of
the whole group stands just before the list, in apposition ("11 people — …", "the 14
deportees, …"), it is the group's count; otherwise the list's items add up to it.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.counts import CountMention

# between two items of a list: ", ", " and ", ", and "
LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# between the whole group's count and its list: "11 people — ", "14 deportees, ", "seven men ("
# ("Eight deportees - two Cubans, …": a spaced hyphen as a dash)
APPOSITION = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+)?\s*(?:—|–|--|-(?=\s)|,|\(|:)\s*"
                        r"(?:(?:including|among\s+them|among\s+whom|of\s+whom)\s+)?$",
                        re.IGNORECASE)
# the list names a part of the group: "among them a Gambian and a Liberian"
PART_BEFORE = re.compile(r"\b(?:among\s+them|among\s+whom|including|such\s+as|of\s+whom|"
                         r"mostly|mainly|most\s+of\s+them)\b[^.;—–]*$", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
DEMONYM_REACH = 3  # characters between a count's end and its demonym ("13 Nigerians")


def _items(view, counts: list[CountMention], spans: list[tuple[int, int, str]]) -> list:
    """(start, end, value, qualifier, iso3) of each count or article followed by a demonym."""
    items = []
    for lo, hi, iso3 in spans:
        counted = next((c for c in counts if c.value is not None and
                        (lo <= c.end <= hi or 0 < lo - c.end <= DEMONYM_REACH and
                         view.text[c.end:lo].isspace())), None)
        if counted is not None:
            items.append((counted.start, hi, counted.value, counted.qualifier or "exact", iso3))
            continue
        article = ARTICLE_BEFORE.search(view.text, max(0, lo - 4), lo)
        if article is not None:
            items.append((article.start(), hi, 1, "exact", iso3))
    return sorted(set(items))


def demonym_spans(doc, view) -> list[tuple[int, int, str]]:
    """Character spans (in the sentence) and states of the demonyms the sentence names."""
    return [(doc[m.start].idx - view.start_char,
             doc[m.end - 1].idx + len(doc[m.end - 1]) - view.start_char, m.iso3)
            for m in view.mentions if m.label == "DEMONYM"]


def listed_group_count(view, counts: list[CountMention], spans: list[tuple[int, int, str]],
                       chosen, receiver: str):
    """The group's count when ``chosen`` is an item of a list of nationalities: the count in
    apposition before the list, or the sum of its items; else ``chosen``. A list naming the
    receiver's own nationals ("238 Venezuelans and 23 Salvadorans to El Salvador") counts them
    apart (rule 13) and is left to that rule."""
    if chosen is None or getattr(chosen, "start", None) is None or " and " not in view.text \
            or len(spans) < 2:
        return chosen
    items = _items(view, counts, spans)
    chains: list[list] = []
    for item in items:
        if chains and LIST_JOINER.fullmatch(view.text, chains[-1][-1][1], item[0]):
            chains[-1].append(item)
        else:
            chains.append([item])
    chain = next((c for c in chains if len(c) > 1 and
                  any(i[0] <= chosen.start < i[1] for i in c)), None)
    if chain is None or any(i[4] == receiver for i in chain):
        return chosen
    start = chain[0][0]
    whole = [c for c in counts if c.value is not None and c.end <= start and
             APPOSITION.match(view.text, c.end, start) and
             not any(i[0] <= c.start < i[1] for i in items)]
    if whole:
        return whole[-1]
    qualifiers = {i[3] for i in chain}
    return CountMention(start=start, end=chain[-1][1], text=view.text[start:chain[-1][1]],
                        value=sum(i[2] for i in chain),
                        qualifier=qualifiers.pop() if len(qualifiers) == 1 else "exact",
                        head=None)


def listed_alone(view, counts: list[CountMention], spans: list[tuple[int, int, str]],
                 receiver: str):
    """The sum of a list of nationalities when the sentence has no count of its own ("The men —
    a Cuban, a Jamaican, a Laotian, a Vietnamese and a Yemeni national — were flown …"), or
    None."""
    if len(spans) < 2 or " and " not in view.text:
        return None
    items = _items(view, counts, spans)
    chain: list = []
    for item in items:
        if chain and LIST_JOINER.fullmatch(view.text, chain[-1][1], item[0]):
            chain.append(item)
        elif len(chain) > 1:
            break
        else:
            chain = [item]
    if len(chain) < 2 or any(i[4] == receiver for i in chain):
        return None
    start = chain[0][0]
    if PART_BEFORE.search(view.text, max(0, start - 40), start) or any(
            LIST_JOINER.fullmatch(view.text, hi, start) for _lo, hi, _iso3 in spans if hi <= start):
        return None  # "among them Nigerians, a Gambian and a Liberian": a part, or uncounted
    return CountMention(start=chain[0][0], end=chain[-1][1],
                        text=view.text[chain[0][0]:chain[-1][1]],
                        value=sum(i[2] for i in chain), qualifier="exact", head=None)
