"""Counts of removals (FACTS.md rules 4, 7): how many people were moved.

The count is the group's number: not a subset ("including 81 children"), a capacity ("up to
250", "built to hold 5,000"), a population ("a country of about seven million people") or the
people who speak ("two former detainees told …"). A definite group takes the number it was
given just before or after ("Only one of the eight is …", "All eight had …"); "a Jamaican man"
is one; an aside ("The fourteen deportees — Nigerians and a Gambian — …") may hold the count
and date; a running total ("bringing the total to 56") is the count when the text gives one
for the pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.counts import qualifier_before
from thirdcountry.extraction.onward import a_person_by_nationality
from thirdcountry.extraction.removal_dates import SINCE_BEFORE_DATE
from thirdcountry.extraction.removal_words import (
    AUTHORITY_WORDS,
    NON_PEOPLE_HEADS,
    PEOPLE_HEADS,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    is_passive,
    receiving,
)
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class, word_tuple


def group_count(ctx: DocumentContext, view: SentenceView, receiver: str, move_char: int,
                window: tuple[int, int] | None = None, clause: tuple[int, int] | None = None):
    """The count of people moved: a people count nearest the movement verb.

    With several destinations ("eight men to South Sudan and five to Eswatini") each takes the
    count between the previous destination and its own name (``window``, in sentence chars).
    A count in the verb's own clause (``clause``, in sentence chars) beats one in another
    clause ("63 were flown to Honduras, and nine were sent to Guatemala").
    """
    best, best_rank = None, None
    found = every_count = ctx.counts_in(view)
    in_window = [] if window is None else [
        c for c in found if window[0] <= c.start < window[1]
        and (c.head or "").lower() not in NON_PEOPLE_HEADS]
    if in_window:
        found = in_window[-1:]
    elif clause is not None:
        inside = [c for c in found if clause[0] <= c.start < clause[1]
                  and (c.head or "").lower() not in NON_PEOPLE_HEADS and c.value is not None]
        if inside:
            found = inside
    for c in found:
        head = (c.head or "").lower()
        if head in NON_PEOPLE_HEADS or head in ESCORT_HEADS or \
                POPULATION.search(view.text[max(0, c.start - 40):c.start]):
            continue
        if head in POPULATION_NOUNS and HOLDS_BEFORE.search(view.text, max(0, c.start - 30),
                                                           c.start):
            continue  # "The Pacific nation, with about 12,000 residents": who lives there
        aside = _group_aside_end(view.text, c.end, move_char) if c.end <= move_char else None
        if SPEAKERS_AFTER.match(view.text, aside or c.end) or \
                SPOKEN_WITH_BEFORE.search(view.text, max(0, c.start - 30), c.start):
            continue  # "relatives and two former detainees told the Network": the sources
        if c.end <= move_char and (aside is None or len(view.text[aside:move_char].split()) > 3
                                   or _other_clause(view.text, aside, move_char)) and \
                _other_clause(view.text, c.end, move_char) and \
                not MOVEMENT_OF_BEFORE.search(view.text, max(0, c.start - 40), c.start):
            continue  # "police hand back 63 migrants as Rome sends a new group": not this verb's
        if c.end <= move_char and _counted_again(view, every_count, c.end, move_char):
            continue  # "14 West Africans have arrived; several are later bused to Togo"
        if c.start > move_char and ";" in view.text[move_char:c.start]:
            continue  # "most of those it received have since left; … put 15 Chinese nationals
            # on a flight to Beijing": a count past a semicolon is another clause's
        if c.value is not None and c.value >= 1_000_000:
            continue
        if BUILT_FOR_BEFORE.search(view.text, max(0, c.start - 30), c.start):
            continue  # "a mega-prison built for 40,000 inmates": what a place holds, not a group
        if c.qualifier == "up_to" and CAPACITY_BEFORE.search(view.text, max(0, c.start - 30),
                                                              c.start):
            continue  # "agreed to take in up to 250 deportees": a capacity (rule 7)
        if RATE_AFTER.match(view.text, c.end):
            continue  # "the 3,000 people a month that Rome said they could take": a rate
        if SUBSET_BEFORE.search(view.text, max(0, c.start - 25), c.start) and \
                len(every_count) > 1:
            continue  # "200 deportees, including 81 children": a part of the group
        if _in_a_breakdown(view.text, every_count, c):
            continue  # "Nine people — six men and three women — arrived": the parts
        # "one South Sudanese": the head is the demonym's last word
        # (not "200 non-Costa Ricans": people who are not the receiver's)
        demonym_of_receiver = any(m.iso3 == receiver and m.label == "DEMONYM" and
                                  head and head.startswith(m.text.lower().split()[-1][:5]) and
                                  not view.text[:view.char_at(m.start)].lower().endswith("non-")
                                  for m in view.mentions)
        if demonym_of_receiver or c.value is None and c.qualifier is None and not head:
            continue
        # "Some 200 people, among them dozens of children": a number beats a vague amount
        # "a second group of ten", "a further 10": a group whose noun is left out is people
        elided = not head and c.value is not None and bool(ELIDED_GROUP.search(
            view.text, max(0, c.start - ELIDED_REACH), c.start))
        rank = (head not in PEOPLE_HEADS and not head.endswith(("ans", "ese", "is")) and
                not elided,
                c.value is None,
                min(abs(c.start - move_char), abs(c.end - move_char)))
        if best_rank is None or rank < best_rank:
            best, best_rank = c, rank
    return _with_the_person_before(view, best)


# "He and four other men landed", "Kamara and two Liberian men were driven": a person named at
# the start of the sentence, then a count of the others moved with them
PERSON_AND_COUNT = re.compile(r"^\W*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?"
                              r"(?:he|she|(?-i:[A-Z])[\w'’-]+)\s+and\s+$", re.IGNORECASE)


def _with_the_person_before(view: SentenceView, count):
    """``count`` plus one when a person named before it is moved with the people it counts."""
    if count is None or count.value is None or not _counts_people(count) or \
            not PERSON_AND_COUNT.match(view.text, 0, count.start):
        return count
    if any(view.char_at(m.start) < count.start for m in view.mentions):
        return count  # "Ghana and two other states": a state, not a person
    return replace(count, value=count.value + 1)


def _counts_people(count) -> bool:
    """Whether a count's noun is people: "27 men", "four others", "14 West Africans"."""
    head = count.head or ""
    return head.lower() in PEOPLE_COUNT_HEADS or head.endswith(("ans", "ese", "is"))


# "Nine people — six men and three women, from … —", "The 19, including nine Sudanese", "About
# 120 people, among them Cubans as well as a dozen children, were …": the group's count, its
# head, then an aside opening on a dash, a bracket or "among them", closing before the verb
BREAKDOWN_OPENING = re.compile(r"(?:\s+[\w-]+)?\s*(?:[\u2014\u2013(]|\s-\s|,\s*(?:among\s+them|"
                               r"including)\b)")
BREAKDOWN_CLOSE = re.compile(r"[\u2014\u2013);]|\s-\s|,\s+(?:were|was|had|have|has|are)\b")


def _in_a_breakdown(text: str, found: list, count) -> bool:
    """Whether ``count`` stands in an aside that breaks down a group counted just before it."""
    for whole in found:
        if whole.end >= count.start or whole.value is None or \
                (whole.head or "").lower() in NON_PEOPLE_HEADS:
            continue
        opening = BREAKDOWN_OPENING.match(text, whole.end, count.start)
        if opening and not BREAKDOWN_CLOSE.search(text, opening.end(), count.start):
            return True
    return False


# "flown to Nauru on a charter with three guards": the people who escort the group
ESCORT_HEADS = word_class("escort_heads")
# "The eight men, who had spent weeks in Djibouti while lawyers fought, were flown …": a counted
# group, then an aside about it set off by commas (a relative clause or a participle), then the
# verb; a conjunction inside the aside does not make the count another clause's.
GROUP_ASIDE = re.compile(r"[^,;:()]{0,60}?,\s*(?:who|whom|whose|which|[a-z]+ed)\b[^;:()]*?,\s*",
                         re.IGNORECASE)


def _group_aside_end(text: str, count_end: int, move_char: int) -> int | None:
    """Where an aside that follows a count and closes before the movement verb ends."""
    if "," not in text[count_end:move_char]:
        return None
    m = GROUP_ASIDE.match(text, count_end, move_char)
    return None if m is None else m.end()


# "two former detainees told …", "three lawyers said": a count of the people who speak
SPEAKERS_AFTER = re.compile(r"\s*(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,3}?(?:told|said|say|says|"
                            r"recounted|testified|"
                            r"described|recalled)\b", re.IGNORECASE)
# "She has talked with three of the men", "interviews with 71 of them", "lawyers who spoke to
# two of them": the people a source spoke with, not the group moved
SPOKEN_WITH_BEFORE = re.compile(r"\b(?:" + "|".join(word_tuple("talked_with_verbs")) +
                                r")\s+(?:(?:with|to)\s+)?$", re.IGNORECASE)
# "the transfer of the first 135 …, when a flight landed": the count a noun of movement takes
MOVEMENT_OF_BEFORE = re.compile(r"\b(?:transfer|arrival|removal|deportation|relocation|"
                                r"expulsion)\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?$",
                                re.IGNORECASE)
# A conjunction between a count and the verb: the count belongs to another clause ("as well
# as" only adds to a list: "Some 200 people, among them Afghans as well as dozens of children,
# were flown").
OTHER_CLAUSE = re.compile(r"\b(?:as(?!\s+well\s+as\b)(?<!\bwell\sas)|while|whereas|but|when|"
                          r"although|though)\b", re.IGNORECASE)
# "known as CECOT", "described as gang members": "as" naming what something is, no clause
NAMING_AS_BEFORE = re.compile(r"\b(?:known|described|describes|describe|designated|identified|"
                              r"listed|classified|labelled|labeled|branded|named|regarded|"
                              r"regards|treated|treats|such|same)\s+$", re.IGNORECASE)


def _other_clause(text: str, lo: int, hi: int) -> bool:
    """Whether a conjunction between ``lo`` and ``hi`` opens another clause."""
    return any(not (m.group().lower() == "as" and
                    NAMING_AS_BEFORE.search(text, max(lo, m.start() - 15), m.start()))
               for m in OTHER_CLAUSE.finditer(text, lo, hi))
# "including 81 children", "among them 12 women", "of whom 40 were minors": a part of the group.
SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)"
                           r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# "to take in up to 250", "to receive as many as 200": how many a state may take.
# "built for 40,000 inmates", "with room for 500 people", "able to hold 300": a place's size.
BUILT_FOR_BEFORE = re.compile(r"\b(?:(?:built|designed|made)\s+(?:to\s+hold|for)|room\s+for|"
                              r"space\s+for|beds\s+for|(?:able|built|designed)\s+to\s+house|"
                              r"(?:can|could|able\s+to)\s+(?:hold|house|accommodate))"
                              r"(?:\s+(?:up\s+to|about|some|around|nearly|more\s+than))?\s+$",
                              re.IGNORECASE)
# "to take in up to 250", "Kosovo will receive no more than 50 persons": what a state may take
CAPACITY_BEFORE = re.compile(r"(?:\b(?:to|will|would|could|can|may)\s+\w+(?:\s+in)?|"
                             r"\b(?:acceptance|capacity|intake|quota)\s+of)\s+$", re.IGNORECASE)
# "3,000 people a month", "36,000 a year", "500 migrants per week": a rate, no group
RATE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b",
                        re.IGNORECASE)
# "a country of about seven million people", "home to 230 million": a population, not a group.
POPULATION = re.compile(r"(?:\b(?:country|nation|island|archipelago|state|city|kingdom|territory)"
                        r"\s+of|\bhome\s+to|\bpopulation\s+of)\s+(?:about|some|around|nearly|"
                        r"roughly|more\s+than|just\s+over)?\s*$", re.IGNORECASE)
POPULATION_NOUNS = word_class("population_nouns")
# "with about 12,000 residents", "has 10,000 inhabitants": what a place holds
HOLDS_BEFORE = re.compile(r"\b(?:with|has|have|had|of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SINGLE_PERSON = re.compile(r"\b(?:an?|one|(?:the|its|their)\s+first)\s+(?:\w+\s+){0,2}?"
                           r"(?:man|woman|migrant|person|asylum\s+seeker|refugee|deportee|"
                           r"detainee|boy|girl|national|citizen|prisoner)\b|"
                           # "the Gambian man", "the man, whose visa …": one person of the story
                           # (not "lawyers for the detainee", the object of a preposition). The
                           # look-ahead for the "the" that follows spares the five look-behinds
                           # at every other place of the sentence (a third of the search's time)
                           r"(?=the\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)"
                           r"(?<!\bby\s)"
                           r"\bthe\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:man|woman|deportee|detainee)"
                           r"\b(?!\s+(?:who|whom|that)\s|['’])|"
                           # "The 31-year-old had been moved to Albania": one person by age
                           r"(?=the\s)(?<!\bfor\s)(?<!\bof\s)\bthe\s+\d{1,2}-year-old\b|"
                           # "at least one of the men", "one of them": one of the group
                           r"\bone\s+of\s+(?:them|those|the\s+(?:\w+\s+){0,2}?(?:men|women|"
                           r"migrants|deportees|detainees|people|group|returnees))\b|"
                           # "put him on a bus to Nogales", "flew her to Kigali": one person moved
                           r"\b(?:put|putting|handed|handing|turned|drove|flew|sent|deported|"
                           r"removed|expelled|transferred)\s+(?:him|her)\b|"
                           # "He was flown to Nauru on Monday": one person, the clause's subject
                           r"^\W*(?:then\s+|later\s+)?(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+"
                           r"(?:\w+ly\s+)?(?:flown|deported|sent|put|removed|transferred|taken|"
                           r"driven|expelled|returned|moved)\b",
                           re.IGNORECASE)


def _counted_again(view: SentenceView, found: list, after: int, move_char: int) -> bool:
    """Whether a clause after a semicolon between a count and the verb counts its own subject
    ("…; several are later bused to Togo"), not "…; they arrived on two flights"."""
    cut = view.text.rfind(";", after, move_char)
    return cut >= 0 and any(cut < c.start < move_char for c in found)


@dataclass(frozen=True)
class _One:
    value: int = 1
    qualifier: str = "exact"


def single_person(view: SentenceView, lo: int, hi: int):
    """"returned the first migrant to France": one person, though no numeral is written."""
    found = SINGLE_PERSON.search(view.text[lo:hi])
    if found is None:
        # "The Gambian, who …, was driven to Lomé": one person named by nationality alone
        return _One() if lo == 0 and a_person_by_nationality(view) else None
    if AND_RELATIVE.match(view.text, lo + found.end()):
        return _One(value=2)  # "A Nicaraguan woman and her adult son landed": two people
    # "at least one of the men": one, at least
    qualifier = qualifier_before(view.text, lo + found.start())
    return _One(qualifier=qualifier) if qualifier in ("at_least", "more_than") else _One()


# "a woman and her son", "a Honduran man and his wife": one person and one relative
AND_RELATIVE = re.compile(r"\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:son|daughter|husband|wife|"
                          r"brother|sister|mother|father|partner|child|baby|grandson|"
                          r"granddaughter)\b(?!\s*(?:,|and))", re.IGNORECASE)


# "Eight men were deported … The men landed in Juba": a definite group takes the count given
# for it just before; "… arrived on Monday. The three men, whose …", "Only one of the eight
# is …": or the one just after.
DEFINITE_GROUP = re.compile(r"\W*the\s+(?:(?:first|last|latest|remaining|other|same)\s+)?"
                            r"([a-z-]+)\b", re.IGNORECASE)
# "Well, the men landed", "…, the deportees were flown": the group is the verb's subject
DEFINITE_SUBJECT = re.compile(r"\bthe\s+(?:(?:first|last|latest|remaining|other|same)\s+)?"
                              r"([a-z-]+)\s+(?:(?:had|have|has|were|was|been|then|later|"
                              r"finally|eventually)\s+)*$", re.IGNORECASE)
# "Only one of the eight is …", and a sentence opening on the whole group: "Of the eight, only one
# was …", "Among the eight were …", "All eight had been convicted …"
PART_OF_THE = re.compile(r"\b(?:one|two|three|some|all|most|none|each|several|many|both)\s+of\s+"
                         r"the\s+$|^\W*(?:(?:only\s+)?(?:of|among)\s+the|all(?:\s+of\s+the)?)\s+$",
                         re.IGNORECASE)
ALL_OPENING = re.compile(r"\W*all\s", re.IGNORECASE)  # "All eight had …" (a count of its own)
# "The men had been sent to El Salvador … In total there were more than 250.", "They numbered
# 238.", "There were 14 of them.", "Altogether, the group totalled 31": a next sentence that only
# gives the group's number, up to the count
GROUP_NUMBERED = re.compile(
    r"\W*(?:(?:in\s+total|in\s+all|altogether|all\s+told|all\s+in\s+all),?\s+)?"
    r"(?:there\s+were|they\s+(?:were|numbered|totall?ed)|the\s+(?:group|men|women|deportees|"
    r"detainees|migrants|people|passengers)\s+(?:numbered|totall?ed)|their\s+number\s+(?:was|stood\s+at)|"
    # "The group comprises four adult men", "The group consisted of 17 people"
    r"the\s+(?:(?:first|second|latest|new)\s+)?(?:group|contingent|batch)\s+"
    r"(?:comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of))"
    r"\s+", re.IGNORECASE)
# "They were driven to Gjadër", "They were then put on a bus": the group is a pronoun
THEY_SUBJECT = re.compile(r"\W*they\s+(?:(?:had|have|were|was|been|then|later|all|both|"
                          r"finally|eventually|subsequently)\s+)*$", re.IGNORECASE)
GROUP_LOOKBACK = 3  # sentences before in which the group's count is looked for
GROUP_LOOKAHEAD = 2  # sentences after in which "one of the eight" is looked for


def count_referred_to(ctx: DocumentContext, index: int, view: SentenceView, move):
    """The count of a group the sentence names without a number: the count with the same
    people noun in the sentences before ("eight men … The men"), a number opening the next
    sentence ("The first people … arrived. The three men …"), or the whole a part is taken
    from just after ("… the men landed in Juba. Only one of the eight is South Sudanese")."""
    before_move = move.start_char - view.start_char
    opening = DEFINITE_GROUP.match(view.text) or DEFINITE_SUBJECT.search(
        view.text, 0, before_move)
    if opening is None:
        # "… docked at Shëngjin with 27 men on board. They were driven to Gjadër": the people
        # a pronoun opening the sentence stands for were counted just before
        return _sole_people_count(ctx, index - 1) if THEY_SUBJECT.match(
            view.text, 0, before_move) else None
    noun = opening.group(1).lower()
    if noun in PEOPLE_NOUNS:
        for earlier in reversed(ctx.views[max(0, index - GROUP_LOOKBACK):index]):
            same = [c for c in ctx.counts_in(earlier)
                    if c.value is not None and (c.head or "").lower() == noun]
            if same:
                return same[-1]
    if index + 1 < len(ctx.views):
        nxt = ctx.views[index + 1]
        named = DEFINITE_GROUP.match(nxt.text)
        first = ctx.counts_in(nxt)[:1]
        if named and first and first[0].value is not None and first[0].start <= named.end() and \
                (first[0].head or "").lower() in PEOPLE_NOUNS:
            return first[0]
        numbered = GROUP_NUMBERED.match(nxt.text)
        if numbered and first and first[0].value is not None and \
                first[0].start == numbered.end() and \
                (first[0].head is None or first[0].head.lower() in PEOPLE_NOUNS | {"them"}):
            return first[0]
    if noun not in PEOPLE_NOUNS:
        return None
    for later in ctx.views[index + 1:index + 1 + GROUP_LOOKAHEAD]:
        whole = [c for c in ctx.counts_in(later) if c.value and c.head in (None, noun) and
                 (PART_OF_THE.search(later.text, max(0, c.start - 20), c.start) or
                  ALL_OPENING.match(later.text, c.start))]
        if whole:
            return whole[0]
    return None


def _sole_people_count(ctx: DocumentContext, index: int):
    """The one count of people in sentence ``index`` ("36 men … were flown from Copenhagen",
    "with 27 men on board"), or None when it has none or several (which of them a pronoun
    after it stands for is not known)."""
    if index < 0:
        return None
    view = ctx.views[index]
    people = [c for c in ctx.counts_in(view) if c.value is not None and _counts_people(c)]
    if len(people) != 1 or SUBSET_BEFORE.search(view.text, max(0, people[0].start - 25),
                                                  people[0].start) or \
            INCLUDED_BEFORE.search(view.text, max(0, people[0].start - 25), people[0].start) or \
            PARTITIVE_AFTER.match(view.text, people[0].end) or \
            OBJECT_OF_PREPOSITION.search(view.text, max(0, people[0].start - 25), people[0].start):
        return None  # "the group included two Haitians", "from two of the detainees": a part;
        # "Lawyers for 41 refugees filed …": people the sentence is not about moving
    return people[0]


INCLUDED_BEFORE = re.compile(r"\b(?:included|includes|include)\s+(?:\w+\s+)?$", re.IGNORECASE)
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:for|of|from|by|to|about|against|on\s+behalf\s+of)"
                                   r"\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least)\s+)?$",
                                   re.IGNORECASE)
PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|whom)\b", re.IGNORECASE)


TOTAL_LOOKAHEAD = 3  # sentences after a removal that may give the running total it brings

# ", and …", "; …", and the participle or relative clause a running total opens with (", bringing
# to 118 the number …", ", which brought the total to 24"): what comes before is the batch's
CLAUSE_OPENING = re.compile(r",\s+(?:and|but|while|as)\s|;|,\s+(?:which\s+)?(?:bring|brings|"
                            r"bringing|brought|take|takes|taking|took|raise|raises|raising|raised|"
                            r"push|pushes|pushing|pushed|lift|lifts|lifting|lifted|elevate|"
                            r"elevates|elevating|elevated|putting|puts|put)\s")


def _clause_opening(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: after its ", and" or ";", or 0."""
    return max((m.start() for m in CLAUSE_OPENING.finditer(text, 0, pos)), default=0)


def _names_people(doc, m) -> bool:
    """"Venezuelans", "Venezuelan men", "of Moroccan, Tunisian and Bangladeshi nationality": a
    demonym naming people (alone or in a list sharing the noun after it), not a state that
    acts."""
    if m.label != "DEMONYM":
        return False
    words = lower_words(doc)
    after = words[m.end:m.end + 1]
    if after and after[0] in AUTHORITY_WORDS:
        return False  # "the Swiss government"
    last = m.text.split()[-1]
    return last[:1].isupper() and last.endswith(("s", "ese")) or \
        bool(after) and after[0] in PERSON_WORDS or _list_of_origins(doc, words, m.end) or \
        _a_person_in_a_list(words, m)


def _a_person_in_a_list(words: list[str], m) -> bool:
    """"three Cubans, two Haitians, a Somali, an Ethiopian and a Mexican": a singular demonym
    after "a"/"an" that no noun follows is one person of the group, not a state."""
    return m.start > 0 and words[m.start - 1] in ("a", "an") and \
        words[m.end:m.end + 1] in ([","], ["and"], ["or"], ["—"], ["–"], [")"], [";"], ["."])


ORIGIN_NOUNS = word_class("origin_nouns")
LISTED_DEMONYMS_REACH = 8  # tokens from a demonym to the noun a list of them shares


def _list_of_origins(doc, words: list[str], at: int) -> bool:
    """Whether the demonyms listed from ``at`` end on "nationality" or "origin"."""
    for i in range(at, min(at + LISTED_DEMONYMS_REACH, len(words))):
        if words[i] in ORIGIN_NOUNS:
            return True
        if words[i] not in (",", "and", "or") and not doc[i].text[:1].isupper():
            return False
    return False


def running_total(ctx: DocumentContext, index: int, destination: str, deporter: str):
    """"The new arrivals bring to 56 the number of non-Ghanaians the country has received": the
    running total stated in the removal's sentence or just after it (FACTS.md rule 7), with
    the date it counts from ("since early September"), when that sentence is about no other
    pair of states."""
    for view in ctx.views[index:index + 1 + TOTAL_LOOKAHEAD]:
        total = ctx.running_total_in(view)
        if total is None:
            continue
        # the people's nationality ("the number of Venezuelans held") names no other pair; in
        # the removal's own sentence only the total's clause is looked at ("held in Djibouti
        # before being flown to Juba, and the total has since risen to 15")
        lo = view.start_char + (_clause_opening(view.text, total.start)
                                if view is ctx.views[index] else 0)
        if any(m.iso3 not in (destination, deporter) and not _names_people(ctx.doc, m)
               and ctx.doc[m.start].idx >= lo for m in view.mentions):
            continue
        if total is not None:
            since = [d.value for d in ctx.dates_in(view)
                     if SINCE_BEFORE_DATE.search(view.text, max(0, d.start - 40), d.start)]
            return total, since[0] if since else None
    return None, None


def aside_after(ctx: DocumentContext, view: SentenceView, dest) -> tuple[int, int] | None:
    """The characters of a parenthesis right after a destination ("Eswatini (five men, in
    July), South Sudan (eight men, in July) … have all received deportees"), or None."""
    if dest.label == "EARLIER" or dest.end >= view.end or ctx.doc[dest.end].text != "(":
        return None
    start = ctx.doc[dest.end].idx + 1 - view.start_char
    close = view.text.find(")", start)
    return (start, close) if close > start else None


def aside_count(ctx: DocumentContext, view: SentenceView, aside: tuple[int, int] | None):
    """The people count a destination's parenthesis gives for it."""
    if aside is None:
        return None
    found = [c for c in ctx.counts_in(view) if aside[0] <= c.start < aside[1] and
             c.value is not None and (c.head or "").lower() not in NON_PEOPLE_HEADS]
    return found[0] if found else None


def aside_date(ctx: DocumentContext, view: SentenceView,
               aside: tuple[int, int] | None) -> str | None:
    """The date a destination's parenthesis gives for the people sent there."""
    if aside is None:
        return None
    found = [d.value for d in ctx.dates_in(view) if aside[0] <= d.start < aside[1] and d.value]
    return found[0] if found else None


def counts_a_new_group(ctx: DocumentContext, view: SentenceView,
                       chars: tuple[int, int]) -> bool:
    """"…, and nine Venezuelans had been sent to Guatemala City": the clause counts people of its
    own (not "several were later bused", the group of the clause before)."""
    return any(chars[0] <= c.start < chars[1] and c.value is not None and
               (c.head or "").lower() not in NON_PEOPLE_HEADS and
               not DEFINITE_BEFORE.search(view.text, max(0, c.start - 12), c.start)
               for c in ctx.counts_in(view))


DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.IGNORECASE)

# what the people aboard are counted as: "three men", "238 Venezuelans"
PEOPLE_COUNT_HEADS = PEOPLE_HEADS | {"venezuelans", "nationals", "passengers", "deportees",
                                     "asylum", "adults", "children", "minors"}


# "Rwanda received its first seven", "took in another ten": a count whose noun is left out
ELIDED_GROUP = re.compile(r"\b(?:" + "|".join(o.replace(" ", r"\s+") for o in
                                            word_tuple("elided_group_openers")) + r")\s+$",
                          re.IGNORECASE)
ELIDED_REACH = 20  # characters before a count in which its opener is looked for


# "Panama received nearly 300 on three flights": only a particle may stand between the verb of
# receiving and its bare count
BARE_GAP = re.compile(r"\s+(?:in\s+)?")


def received_bare_count(ctx: DocumentContext, view: SentenceView, movements) -> bool:
    """Whether a state's verb of receiving ("received", "took in", "accepted") has a count with
    no noun as its object ("Panama received nearly 300", "has received 11 so far"): the people
    the story is about, their noun left out (FACTS.md rule 4)."""
    moves = [m for m in movements if receiving(m) and not is_passive(m)]
    if not moves:
        return False
    bare = [c for c in ctx.counts_in(view) if c.head is None and c.value]
    for move in moves:
        end = move.end_char - view.start_char
        for c in bare:
            if c.start > end and BARE_GAP.fullmatch(view.text, end, c.start) and \
                    not BARE_NOT_PEOPLE.match(view.text, c.end):
                return True
    return False


# what a bare count received can be instead of people: "300 in aid", "3 of the 10 votes"
BARE_NOT_PEOPLE = re.compile(r"\s*(?:%|of\s+the\b|per\s*cent|percent|in\s+(?:"
                             + "|".join(word_tuple("aid_received_nouns")) + r")\b)",
                             re.IGNORECASE)


def elided_group(ctx: DocumentContext, view: SentenceView) -> bool:
    """Whether the sentence counts a group with its noun left out ("its first seven", "a
    further 14", "Those eight were flown to Juba", "the nine were removed"): in a sentence with
    a movement, people."""
    return any(c.head is None and c.value and (
        ELIDED_GROUP.search(view.text, max(0, c.start - ELIDED_REACH), c.start) or
        DEFINITE_COUNTED_SUBJECT.search(view.text, max(0, c.start - ELIDED_REACH), c.start))
        for c in ctx.counts_in(view))


# "Those eight were flown", "The two were detained … and taken across the river": a definite
# count standing for people told of before, as the sentence's or a clause's subject
DEFINITE_COUNTED_SUBJECT = re.compile(r"(?:^|[,;]\s+(?:and\s+)?|\band\s+)\W*"
                                      r"(?:the|those|these)\s+$",
                                      re.IGNORECASE)
