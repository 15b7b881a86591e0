"""Nationalities of the people removed (FACTS.md rules 4, 13).

Nationalities are those named for the group, in the sentence ("five men from Vietnam, Jamaica,
Laos …", "32 citizens of Venezuela") or the ones after it, never the sender's; demonyms that
are negated ("none of them Cameroonian"), that describe a thing ("a Salvadoran prison") or a
state's agents ("Libyan armed units") are not the people's. States named as the people's origin
are neither sender nor destination. The receiving state's own nationals counted apart ("most of
them Uzbek citizens but also 14 nationals of Kyrgyzstan", "238 Venezuelans and 23 Salvadorans")
are not in the group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from thirdcountry.extraction.context import DATELINE, DocumentContext
from thirdcountry.extraction.group_origins import reported_group
from thirdcountry.extraction.onward import a_person_of_the_story
from thirdcountry.extraction.own_nationals import national_of
from thirdcountry.extraction.removal_counts import GROUP_LOOKAHEAD
from thirdcountry.extraction.removal_senders import names_enforcers
from thirdcountry.extraction.removal_words import (
    PEOPLE_NOUNS,
    PERSON_WORDS,
    about_the_group,
    plural_demonym,
)
from thirdcountry.extraction.roles import Roles, a_thing_comes_from, clause_roles, list_joined
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

# "… among them", "the group, which included Nigerians", "Only one of the eight is …", "Of
# those, 12 were Nigerians": a sentence naming some of the group's people
AMONG_THEM = re.compile(r"\bamong\s+them\b|\b(?:which|who)\s+included\b|"
                        r"\bone\s+of\s+(?:the|those|them)\b|^\W*of\s+(?:those|them|these)\b",
                        re.IGNORECASE)


def _origins(ctx: DocumentContext, view: SentenceView, skip: set[str]) -> list[str]:
    """States after "from" in a list ("from Jamaica, Colombia and Ukraine"): where the group's
    people come from, once the sender and the destination are set aside."""
    words = lower_words(ctx.doc)
    found: list = []
    for m in view.mentions:
        after_from = m.start > 0 and words[m.start - 1] == "from" and \
            not a_thing_comes_from(words[max(0, m.start - 3):m.start - 1])
        if after_from or found and list_joined(ctx.doc, found[-1], m):
            found.append(m)
    return [m.iso3 for m in found if m.iso3 not in skip]


def group_nationalities(ctx: DocumentContext, index: int, destination: str,
                        single: bool = False) -> list[str]:
    """"The men, who are nationals of Vietnam, Jamaica and Laos, …" in the sentences after: the
    nationalities of the group just reported removed ("Only one of the eight is South Sudanese.
    The others come from Cuba, Laos …" names them over two)."""
    found: list[str] = []
    for view in ctx.views[index + 1:index + 1 + GROUP_LOOKAHEAD + 1]:
        if DATELINE.match(view.text):
            break  # a round-up's next story ("JUBA, South Sudan — …") speaks of another group
        if not (about_the_group(view) or AMONG_THEM.search(view.text) or
                reported_group(view) or single and a_person_of_the_story(view)):
            continue  # "It listed Nigerians and Liberians among them" names them too
        roles = clause_roles(ctx.doc, view, view.clauses[0], ctx.deporter, whole_sentence=True)
        not_of = not_nationalities(view)
        found += [n for n in roles.nationalities if n != ctx.deporter and n not in not_of] or \
            _origins(ctx, view, {ctx.deporter, destination})
    found = list(dict.fromkeys(found))
    return found if found != [destination] else []


NOT_A_NATIONALITY = word_class("not_a_nationality")
# words that may stand between the negation and the demonym: "none of them Cameroonian"
# "None of the passengers is Ghanaian"
# "none of them being Togolese"
# "none of whom is a South Sudanese national"
NEGATION_GAP = {"of", "them", "whom", "those", "the", "were", "are", "is", "was", "being", "been",
                "-", "all", "passengers", "actually", "a", "an", "one"} | PEOPLE_NOUNS
NEGATION_REACH = 6  # words before a demonym in which its negation is looked for


def _negated_at(words: list[str], view: SentenceView, start: int) -> bool:
    """Whether a negation ends just before the word at ``start``, across only NEGATION_GAP
    words: "none of them | Cameroonian", "who are not | citizens of Kosovo"."""
    before = words[max(view.start, start - NEGATION_REACH):start]
    negations = [i for i, w in enumerate(before) if w in NOT_A_NATIONALITY]
    return bool(negations) and all(w in NEGATION_GAP for w in before[negations[-1] + 1:])


def _negated_demonym(words: list[str], view: SentenceView, m) -> bool:
    """"none of them Cameroonian", "not Ghanaian", "non-Mexicans", "ethnic Nepali": no
    nationality (not "not Mexican, mainly Venezuelans", whose negation ends at the comma)."""
    return _negated_at(words, view, m.start)


def _negated_citizenship(words: list[str], view: SentenceView, m) -> bool:
    """"11 people … who are not citizens of Equatorial Guinea", "none of them nationals of
    Kosovo", "none of them is a citizen of South Sudan": the state named is the one the people
    are said not to belong to."""
    if not national_of(words, m):
        return False
    return _negated_at(words, view, m.start - (2 if words[m.start - 1] == "of" else 3))


def negates_a_nationality(view: SentenceView, cue) -> bool:
    """"46 people who were not Mexican citizens handed to Mexican immigration agents": the
    negation just before the verb says who the people are, not that they were not moved."""
    words = lower_words(view.doc)
    lo = max(view.start, cue.start - NEGATION_REACH)
    for m in view.mentions:
        if m.label == "DEMONYM" and lo < m.start < cue.start and \
                words[m.start - 1] in NOT_A_NATIONALITY and \
                all(w in NATIONALS_OF for w in words[m.end:cue.start]):
            return True
    return False


def not_nationalities(view: SentenceView) -> set[str]:
    """Demonyms that are not the people's nationality: "none of them Cameroonian", "not
    Ghanaian", and a state's agents ("handed over to Libyan armed units") unless the sentence
    names people of that state too ("the eleven Tajiks were … handed to Tajik border guards")."""
    words = lower_words(view.doc)
    things = {m.iso3 for m in view.mentions if m.label == "DEMONYM" and (
        _describes_a_thing(view, m) or names_enforcers(view.doc, m))}
    # "a national of the United Mexican States, was handed over to Mexican consular officials"
    people = {m.iso3 for m in view.mentions if m.label == "DEMONYM" and
              not _describes_a_thing(view, m) and not names_enforcers(view.doc, m) or
              m.label != "DEMONYM" and national_of(words, m)}
    return things - people | {m.iso3 for m in view.mentions if m.label == "DEMONYM" and
                              _negated_demonym(words, view, m) or
                              m.label != "DEMONYM" and _negated_citizenship(words, view, m)}


DESCRIBED_REACH = 3  # words after a demonym in which the person it describes is looked for
LIST_WORDS = word_class("list_words")
# "the Jamaican was", "a Laotian who": the verb or relative word after a demonym used as a noun
PERSON_DEMONYM_FOLLOWERS = word_class("person_demonym_followers")


# "the rest from Cuba, Laos and Vietnam", "others came from Mali", "one from South Sudan": where
# the people come from; "The eight — from Cuba, …", "11 men, from Bangladesh and Egypt,": an
# aside on the people
FROM_PEOPLE = word_class("from_people")


def people_from(ctx: DocumentContext, view: SentenceView, skip: set[str]) -> list[str]:
    """States listed after "from" when the word before it speaks of the people ("the rest from
    Cuba, Myanmar and Laos", "men from Laos, Vietnam and Cuba", "the men, who are from Cuba,
    Eritrea …"), not of a place they were sent from ("refugees from Bhutan who have been
    deported … to Bhutan" names no list)."""
    return [m.iso3 for m in _people_from_mentions(ctx, view) if m.iso3 not in skip]


def _people_from_mentions(ctx: DocumentContext, view: SentenceView) -> list:
    """The mentions ``people_from`` reads as where the people come from."""
    words = lower_words(ctx.doc)
    found: list = []
    lists: list[list] = []
    for m in view.mentions:
        before = words[m.start - 2] if m.start > 1 and words[m.start - 1] == "from" else None
        if a_thing_comes_from(words[max(0, m.start - 3):m.start - 1]):
            continue  # "the starkest accounts come from Equatorial Guinea": not the people
        if before in FROM_PEOPLE or before in PEOPLE_NOUNS:
            lists.append([m])
            found.append((m, before in FROM_PEOPLE))
        elif lists and list_joined(ctx.doc, lists[-1][-1], m) and \
                _same_clause(view, lists[-1][-1], m) and \
                words[m.end:m.end + 1] not in (["'s"], ["’s"]):  # "…, and Chad's offer": a subject
            lists[-1].append(m)
    return [m for group, (_first, by_word) in zip(lists, found, strict=True)
            if by_word or len(group) > 1 for m in group]


def _same_clause(view: SentenceView, a, b) -> bool:
    """Whether two mentions are in one clause ("from France, Chad has agreed …" are not)."""
    return any(c.start <= a.start < c.end and c.start <= b.start < c.end for c in view.clauses)


# "32 citizens of Venezuela", "nationals of Cuba and Laos": the people's states
NATIONALS_OF = word_class("nationals_of")
# "deported from the United States": the sender
SENT_FROM = word_class("sent_from")


def people_not_senders(ctx: DocumentContext, view: SentenceView, roles: Roles) -> Roles:
    """"five men from Vietnam, Jamaica, Laos, Cuba and Yemen", "32 citizens of Venezuela
    deported from the United States": states listed after "from" that say where the people come
    from, or named as their citizenship, are their nationalities, neither the sender (the state
    they were "deported from", else the story's deporter) nor where they went."""
    listed = _people_from_mentions(ctx, view)
    origins = [m.iso3 for m in listed] if len(listed) > 1 else []
    words = lower_words(ctx.doc)
    origins += [m.iso3 for m in view.mentions if m.start > 1 and words[m.start - 1] == "of"
                and words[m.start - 2] in NATIONALS_OF]
    if roles.deporting not in origins:
        if len(listed) < 2 or not roles.receivers:
            return roles
        # "the men, who are from Cuba, Eritrea, Sudan and Vietnam, had been received": the
        # states of the list are where the people come from, not where they went (unless
        # named again: "…, from Cuba, Laos and South Sudan, are flown to Juba")
        only_origins = {m.iso3 for m in listed} - {m.iso3 for m in view.mentions
                                                   if m not in listed}
        return replace(roles, receivers=[m for m in roles.receivers
                                         if m.iso3 not in only_origins])
    sent_from = [m.iso3 for m in view.mentions if m.start > 1 and words[m.start - 1] == "from"
                 and words[m.start - 2] in SENT_FROM and m.iso3 not in origins]
    # "… have been sent to Rwanda by the US": the passive's agent
    agents = [m.iso3 for m in view.mentions if m.label != "DEMONYM" and m.iso3 not in origins
              and m.start > 1 and (words[m.start - 1] == "by" or
                                   words[m.start - 2:m.start] == ["by", "the"])]
    sender = sent_from[0] if sent_from else agents[0] if agents else ctx.deporter
    return replace(roles, deporting=sender if sender not in origins else None,
                   receivers=[m for m in roles.receivers
                              if m.iso3 not in origins and m.iso3 != sender],
                   nationalities=list(dict.fromkeys([*roles.nationalities, *origins])))


# the end of a counted noun phrase: "23 Salvadoran nationals, …", "21 members and …"
PHRASE_END = re.compile(r"[,;.:()—–]|\s(?:and|or|but|while|to|from|for)\s")
COUNTED_REACH = 60  # characters after a count in which its people's demonym is looked for


def counted_apart(ctx: DocumentContext, view: SentenceView, iso3: str) -> bool:
    """Whether the sentence counts the state's own nationals by themselves ("23 Salvadorans",
    "23 Salvadoran nationals", "21 alleged gang members who are Salvadoran citizens")."""
    demonyms = [m for m in view.mentions if m.iso3 == iso3 and m.label == "DEMONYM"]
    if not demonyms:
        return False
    for c in ctx.counts_in(view):
        if any((c.head or "") == m.text.lower() for m in demonyms):
            return True
        if c.value is None or c.start == 0 and len(ctx.counts_in(view)) == 1:
            continue  # the one count that opens the sentence is the whole group
        end = PHRASE_END.search(view.text, c.end, c.end + COUNTED_REACH)
        stop = end.start() if end else c.end + COUNTED_REACH
        if any(c.start < view.char_at(m.start) < stop for m in demonyms):
            return True
    return False


def _describes_a_thing(view: SentenceView, m) -> bool:
    """"on Ugandan social media", "the Salvadoran government": a singular demonym before words
    that are not a person ("Venezuelan gang members" is), which names no nationality. A demonym
    that is the subject of a verb names the person ("the Jamaican was flown to Kingston", "The
    two Vietnamese were driven to the border")."""
    if m.text.endswith("s") or m.end >= view.end:
        return False
    following = view.doc[m.end:min(m.end + DESCRIBED_REACH, view.end)]
    return following[0].is_alpha and following[0].lower_ not in LIST_WORDS and \
        following[0].lower_ not in PERSON_DEMONYM_FOLLOWERS and not any(
            t.lower_ in PERSON_WORDS for t in following)


# Rule 13, the receiver's own nationals counted apart from the others on the same flight: "most
# of them Uzbek citizens but also 14 nationals of Kyrgyzstan", "Of those, 97 were Uzbek
# citizens. The other 34 were nationals of …", "16,000 people …, about 9,000 of them not
# Nigerien": the others' count is the removal's.
OWN_NOUNS = word_class("own_nouns")
OTHERS_BEFORE = re.compile(r"(?:\bbut\s+(?:also\s+)?|\bthe\s+(?:other|remaining)\s+|"
                           r"\b(?:while|whereas)\s+)$", re.IGNORECASE)
OTHERS_AFTER = re.compile(r"\s+(?:others?\b|(?:of\s+(?:them|whom)\s+)?(?:were|are)\s+"
                          r"(?:nationals|citizens|from)\b|(?:nationals|citizens)\s+of\b)",
                          re.IGNORECASE)
# "9,000 of them not Nigerien", "170 of those on board were not from Niger"
NOT_OWN_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)(?:\s+on\s+board|\s+aboard)?\s+"
                           r"(?:were\s+|are\s+)?(?:not\s+(?:from\s+)?|non-)$", re.IGNORECASE)
# "Three men who are not Cambodian citizens were among 46 deportees": the others told by a
# relative clause, apart from a larger group the sentence counts
NOT_OWN_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:were|are|was|is)\s+"
                              r"(?:not\s+|non-)$", re.IGNORECASE)
# "Of the 4,312 people … it received …, 212 were not Mexican": the others told by a bare
# predicate, apart from a larger group the sentence counts
NOT_OWN_PREDICATE = re.compile(r"\s+(?:were|are)\s+not\s+(?:from\s+)?$", re.IGNORECASE)
APART_LOOKAHEAD = 3  # sentences after a removal that may count its people apart


@dataclass(frozen=True)
class _CountedApart:
    count: object  # the CountMention of the others, None when the text gives them no number
    nationalities: list[str]


# "most of them", "the immense majority are", "97 were", "The 117": the larger share of a group
OWN_SHARE_BEFORE = re.compile(r"(?:\b(?:most|mostly|majority|nearly\s+all|almost\s+all|bulk)\b"
                              r"[^.;]{0,30}|\b\d[\d,]*\s+(?:of\s+(?:them|those|whom)\s+)?"
                              r"(?:were\s+|are\s+)?)$", re.IGNORECASE)


# "Eighty-seven of the passengers were Uzbek citizens", "131 Uzbek citizens": a counted share
# told by any count (spelled or in digits), partitive or not
COUNTED_SHARE_BETWEEN = re.compile(r"\s+(?:of\s+(?:them|those|whom|the\s+[\w-]+)\s+)?"
                                   r"(?:were\s+|are\s+)?", re.IGNORECASE)
OWN_SHARE_REACH = 40  # characters from the end of the share's count to the demonym


def _own_share(ctx: DocumentContext, view: SentenceView, receiver: str) -> int | None:
    """Where the sentence names the receiver's own nationals as the larger, or a counted, share
    of the group ("most of them Uzbek citizens", "The 117 Uzbeks"; not "Only one of the eight is
    South Sudanese"), in sentence characters, or None."""
    words = lower_words(ctx.doc)
    for m in view.mentions:
        if m.iso3 != receiver or m.label != "DEMONYM":
            continue
        start = view.char_at(m.start)
        if not OWN_SHARE_BEFORE.search(view.text, max(0, start - 50), start) and not any(
                c.value and 0 <= start - c.end <= OWN_SHARE_REACH and
                COUNTED_SHARE_BETWEEN.fullmatch(view.text, c.end, start)
                for c in ctx.counts_in(view)):
            continue
        if plural_demonym(m.text) or m.end < view.end and words[m.end] in OWN_NOUNS:
            return view.char_at(m.end - 1)
    return None


def _others_named(ctx: DocumentContext, view: SentenceView, after: int,
                  skip: set[str]) -> list[str]:
    """The states named after the others' count, to the end of its clause: their nationalities."""
    stop = next((i for i in range(after, len(view.text)) if view.text[i] in ";"), len(view.text))
    found = [m.iso3 for m in view.mentions
             if after <= view.char_at(m.start) < stop and m.iso3 not in skip]
    return list(dict.fromkeys(found))


def _not_own_count(ctx: DocumentContext, view: SentenceView, receiver: str, skip: set[str]):
    """"about 9,000 of them not Nigerien", "Three men who are not Cambodian citizens were among
    46 deportees": a count of those who are not the receiver's own."""
    words = lower_words(ctx.doc)
    for m in view.mentions:
        if m.iso3 != receiver or m.label != "DEMONYM" and words[m.start - 1] != "from":
            continue
        start = view.char_at(m.start)
        counts = ctx.counts_in(view)
        for c in counts:
            if c.value and c.end < start and (
                    NOT_OWN_AFTER.fullmatch(view.text, c.end, start) or
                    (NOT_OWN_RELATIVE.fullmatch(view.text, c.end, start) or
                     NOT_OWN_PREDICATE.fullmatch(view.text, c.end, start)) and
                    any(o.value and o.value > c.value for o in counts)):
                return _CountedApart(c, _others_named(ctx, view, start, skip | {receiver}))
    return None


def others_counted_apart(ctx: DocumentContext, index: int, receiver: str,
                         deporter: str) -> _CountedApart | None:
    """The count, and nationalities, of the group's people who are not the receiver's own, when
    the removal's sentence or the few after it count them apart (rule 13)."""
    skip = {receiver, deporter}
    views = ctx.views[index:index + 1 + APART_LOOKAHEAD]
    for i, view in enumerate(views):
        apart = _not_own_count(ctx, view, receiver, skip)
        if apart is not None:
            return apart
        own = _own_share(ctx, view, receiver)
        if own is None:
            continue
        # the others are counted after the own share, in its sentence or the next
        for other, lo in [(view, own), *[(v, 0) for v in views[i + 1:i + 2]]]:
            for c in ctx.counts_in(other):
                if c.value and c.start >= lo and (
                        OTHERS_BEFORE.search(other.text, max(0, c.start - 20), c.start) or
                        OTHERS_AFTER.match(other.text, c.end) or
                        _others_demonym_after(other, c, skip) and
                        not ITEMISED.search(other.text, lo, c.start)):
                    return _CountedApart(c, _others_named(ctx, other, c.end, skip))
            if other is not view:
                # "The great majority were Uzbek citizens. But …, 22 of them were not Uzbek"
                apart = _not_own_count(ctx, other, receiver, skip)
                if apart is not None:
                    return apart
        # "The foreigners are 'some thousands', mainly of Cuba, …": the others, not counted
        for other in views[i + 1:i + 2]:
            if OTHERS_OPENING.match(other.text):
                return _CountedApart(None, _others_named(ctx, other, 0, skip))
        return None
    return None


# "a dozen third-country nationals — nine Venezuelans and three Nicaraguans": the counts after
# a dash or colon itemise a group counted before them
ITEMISED = re.compile(r"[—–:(]")
OTHERS_DEMONYM_REACH = 3  # tokens from the others' count to their demonym ("seven Tajik and …")


def _others_demonym_after(view: SentenceView, count, skip: set[str]) -> bool:
    """"131 Uzbek citizens and seven Tajik and Kyrgyz nationals", "140 Hondurans and 11
    Venezuelans": a count right before another state's demonym counts the others."""
    token = next((m for m in view.mentions if m.label == "DEMONYM" and
                  view.char_at(m.start) >= count.end), None)
    if token is None or token.iso3 in skip:
        return False
    between = view.text[count.end:view.char_at(token.start)].split()
    return len(between) < OTHERS_DEMONYM_REACH and not any(
        ch in " ".join(between) for ch in ",;.")


OTHERS_OPENING = re.compile(r"\W*the\s+(?:foreigners|others|rest|remainder|non-\w+)\b",
                            re.IGNORECASE)
