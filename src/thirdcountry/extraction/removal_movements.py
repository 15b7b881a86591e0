"""Movements of removals (FACTS.md rule 4): the verbs and nouns that say people were moved.

A movement is a verb ("flown to", "arrived in", "received"), a verb of acceptance of a counted
group ("has accepted more than 5,000 non-Mexicans") or a noun reported as done ("confirms the
arrival in Kigali of …"). Planned, possible, counterfactual, stopped or awaited movements, a
participle describing people ("migrants deported from the US"), people carried by another
vehicle and present-tense practices outside headlines and dated timeline lines are not done;
some that look planned or describing are ("were the first to arrive", "15 men deported from
the US are now being held at …").
"""

from __future__ import annotations

import re

from thirdcountry.extraction.aboard import aboard_to
from thirdcountry.extraction.centres_held import centre_holding_verbs
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.left_at import dropped_by_no_one
from thirdcountry.extraction.move_verbs import (
    arrived_in,
    handed_over,
    put_on_a_vehicle,
    took_a_group,
    took_people,
    turned_back,
)
from thirdcountry.extraction.removal_passages import passages
from thirdcountry.extraction.removal_words import (
    ARRIVAL_VERBS,
    DEPORTATION_VEHICLES,
    DESCRIBING_PARTICIPLES,
    HELD_MOVES,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    THINGS,
    counts_people,
    is_passive,
    plural_demonym,
)
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words, opened_by_only_for, token_words
from thirdcountry.extraction.words import word_class, word_tuple

# Nouns of movement, a removal only when the text says it happened ("confirms the arrival in
# Kigali of seven migrants", "the transfer … took place"), not "ahead of the arrival of".
NOMINAL_MOVES = word_class("arrival_nouns")
HAPPENED_BEFORE = re.compile(r"\b(?:confirm|confirms|confirmed|announced|announces|welcomed|"
                             r"welcomes|reported|marked|witnessed|followed)\s+(?:the|their|its)\s+$",
                             re.IGNORECASE)
HAPPENED_AFTER = re.compile(r"^[^.;]*?\b(?:took\s+place|happened|came|followed|was\s+completed)\b",
                            re.IGNORECASE)

# Present tense reports a removal only in a headline ("US deports 45 migrants to Costa Rica")
# or a dated timeline entry ("March 15: Two planes carry 238 men to El Salvador"); in running
# text it states a practice or a plan.
HEADLINE_TENSE = word_class("headline_tense")
# "Feb. 12: …", "12 March 2025 — …": a line that opens with its date.
TIMELINE_SEPARATOR = re.compile(r"\s*[:—–-]")
PAST_MEANS = word_class("past_means")
DONE_AUXILIARIES = word_class("done_auxiliaries")


def _purpose_of_past_act(cue) -> bool:
    """"Trump used the Alien Enemies Act … to deport 238 men": an infinitive of purpose after a
    past act reports the removal as done."""
    window = lower_words(cue.doc)[max(0, cue.start - 25):cue.start]
    stops = [i for i, w in enumerate(window) if w in (".", ";")]
    return any(w in PAST_MEANS for w in window[stops[-1] + 1 if stops else 0:])


def is_headline(index: int, view: SentenceView) -> bool:
    """The document's first line when it does not end like a sentence."""
    return index == 0 and not view.text.rstrip().endswith((".", "!", "?", ":"))


def present_passive(cue) -> bool:
    """"the migrants intercepted at sea are brought back to Libya": a practice, not an event."""
    return cue.start > 0 and lower_words(cue.doc)[cue.start - 1] in ("are", "is")


def timeline_entry(ctx: DocumentContext, view: SentenceView) -> bool:
    """A line that opens with its date and a colon or dash ("Feb. 12: A plane lands in …"),
    which tells its event in the historic present."""
    found = ctx.dates_in(view)
    lead = len(view.text) - len(view.text.lstrip())
    return bool(found) and found[0].start <= lead and bool(
        TIMELINE_SEPARATOR.match(view.text, found[0].end))


PLANNING_WORDS = word_class("planning_words")
# "up to 250 people and received": "to" is no modal a coordinated verb can share
SHARED_MODALS = PLANNING_WORDS - {"to"}
COORDINATED_REACH = 5  # tokens before "and <verb>" in which a shared modal is looked for
COUNTERFACTUAL = [["would", "have"], ["should", "have"], ["could", "have"]]


def planned(cue) -> bool:
    """"to send", "would be transferred", "will land": a movement not (yet) made.

    Also "migrants deported from the US" after a verb of agreement: a participle describing the
    people, not the event (the event's own verb, "arrived", still counts).
    """
    # "May" capitalised is the month ("in May and received five men"), not the modal.
    lo = max(0, cue.start - 2)
    words, lower = token_words(cue.doc), lower_words(cue.doc)
    before = [lower[i] if words[i] != "May" else "" for i in range(lo, cue.start)]
    if before and before[-1] == "to" and _purpose_of_past_act(cue):
        return False
    if before[-1:] == ["to"] and opened_by_only_for(lower, cue.start - 1):
        return False  # "…, only for the United States to deport them": what happened next
    if before[-1:] in (["and"], ["or"]):
        # "can be detained and returned": a coordinated verb shares the modal before it
        shared = [lower[i] if words[i] != "May" else ""
                  for i in range(max(0, cue.start - COORDINATED_REACH), cue.start)]
        if any(w in SHARED_MODALS for w in shared) and not any(w in (".", ";") for w in shared):
            return True
        if _modal_of_the_first_verb(words, lower, cue.start - 1):
            return True
    if before == ["to", "have"]:
        return False  # "appears to have received": a past movement, hedged
    if lower[max(0, cue.start - 3):cue.start][:2] in COUNTERFACTUAL:
        return True  # "would have been flown to Kigali": it did not happen
    if before == ["after", "being"] or before == ["before", "being"] or \
            before == ["since", "being"] or before == ["upon", "being"]:
        # "spent weeks in Djibouti before being flown to Juba": a gerund of time shares the
        # tense of its clause's verb
        return any(w in SHARED_MODALS for w in _clause_words_before(cue))
    if cue.text.lower() in HELD_MOVES:
        return any(w in SHARED_MODALS for w in before)  # "are being held" now; "will be held"
    if before and before[-1] in ("being", "of"):
        return True
    if before and (before[-1] in PEOPLE_NOUNS or plural_demonym(words[cue.start - 1])) and \
            cue.text.lower() in DESCRIBING_PARTICIPLES:
        return True
    if before and before[-1] in ("to", "be") and FIRST_TO.search(" ".join(
            lower[max(0, cue.start - 6):cue.start])):
        return False  # "were the first to arrive", "was among the last to be deported"
    if after_an_infinitive_of_moving(cue):
        return False
    if before[:1] == ["to"] and len(before) == 2 and words[cue.start - 1][:1].isupper():
        # "a flight to Honduras carried 12 men": "to" leads to a place, no infinitive
        return before[1] in PLANNING_WORDS
    return any(w in PLANNING_WORDS for w in before)


FIRST_VERB_REACH = 10  # tokens back from "and" to the first verb's modal


def _modal_of_the_first_verb(words: list[str], lower: list[str], conjunction: int) -> bool:
    """"Two of them are to be driven to the border and handed to Cameroonian gendarmes": the
    modal of the first of two coordinated verbs, past the first verb's own place phrase, is the
    second's too. The search stops at a finite verb ("were flown to Juba and handed to …": done)
    or a clause break ("signed an agreement in May and received": the month, no modal)."""
    for at in range(conjunction - 1, max(-1, conjunction - 1 - FIRST_VERB_REACH), -1):
        word = lower[at]
        if word in SHARED_MODALS and words[at] != "May":
            return True
        if word in FINITE_GROUP_VERBS or word in (".", ";", ","):
            return False
    return False


# "deport", "remove", "send": the bare verb of an infinitive
PRESENT_MOVES = word_class("present_moves")


def after_an_infinitive_of_moving(cue) -> bool:
    """"Eight men whom the United States spent weeks trying to deport landed in Juba", "men the
    administration had fought to remove arrived": a past verb right after the infinitive that
    closes a relative clause of intent is the sentence's main verb, and it happened (the
    infinitive itself stays planned)."""
    lower = lower_words(cue.doc)
    verb = cue.text.lower()
    return cue.start >= 2 and lower[cue.start - 2] == "to" and \
        lower[cue.start - 1] in PRESENT_MOVES and (verb.endswith("ed") or verb in ARRIVAL_VERBS)


# "were the first to arrive", "was among the last to be flown": a past movement, ranked
FIRST_TO = re.compile(r"\b(?:was|were|had\s+been|became)\s+(?:among\s+)?the\s+(?:first|last|"
                      r"latest|second|third|only\s+ones?)\s+(?:[a-z]+\s+)?to(?:\s+be)?$")
def ranked_past(cue) -> bool:
    """"were the first to arrive": an infinitive, not the present tense of a headline."""
    return bool(FIRST_TO.search(" ".join(lower_words(cue.doc)[max(0, cue.start - 6):cue.start])))


TIME_GERUND_REACH = 12  # tokens before "before being …" in which its clause's modal is looked for


def _clause_words_before(cue) -> list[str]:
    """The words before ``cue`` back to the sentence's last "." or ";"."""
    lower = lower_words(cue.doc)
    words = lower[max(0, cue.start - TIME_GERUND_REACH):cue.start]
    cut = max((i for i, w in enumerate(words) if w in (".", ";")), default=-1)
    return words[cut + 1:]


# "court halts Dutch transfer of …", "a judge blocked the deportation": the movement was stopped.
STOPPING_VERBS = word_class("stopping_verbs")
STOPPED_REACH = 4  # tokens between the stopping verb and the movement noun


# "15 men deported from the US are now being held at …": where a described group is now
NOW_HELD = re.compile(r"^[^;]*?\b(?:are|were|is)\s+(?:now\s+)?(?:being\s+)?(?:held|detained|"
                      r"housed|kept|jailed)\b", re.IGNORECASE)
PARTICIPLE_REACH = 12  # tokens after a participle in which its date or "now held" is looked for

# "has been holding Venezuelans expelled by the United States … in its CECOT mega-prison": people
# a state holds were sent to it
HOLDING_BEFORE = re.compile(r"\b(?:holding|detaining|housing|jailing|keeping|held|detained|"
                            r"housed|jailed|kept)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def held_after_sending(view: SentenceView, cue) -> bool:
    """A participle describing people a state is holding ("holding Venezuelans expelled by
    the United States"): they were moved."""
    start = cue.start_char - view.start_char
    return cue.text.lower() in DESCRIBING_PARTICIPLES and \
        HOLDING_BEFORE.search(view.text, max(0, start - 50), start) is not None


def definite_counted_group(view: SentenceView, cue) -> bool:
    """"Nine of the 14 deportees sent to Ghana were Nigerians", "the 252 Venezuelans sent to El
    Salvador": a participle describing a definite, counted group presupposes the movement."""
    tokens = cue.doc[max(view.start, cue.start - 4):cue.start]
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or not tokens or not (
            tokens[-1].lower_ in PEOPLE_NOUNS or plural_demonym(tokens[-1].text)):
        return False
    return any(a.lower_ == "the" and b.like_num for a, b in zip(tokens, tokens[1:], strict=False))


# "Among those deported to El Salvador were 238 Venezuelans": the group, counted after the verb
AMONG_THOSE_BEFORE = re.compile(r"\bamong\s+(?:those|the\s+\w+)\s+$", re.IGNORECASE)
WERE_AFTER = re.compile(r"\b(?:were|are)\s+$", re.IGNORECASE)


def among_those_moved(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """"Among those deported to X were 238 Venezuelans": a participle whose people are counted
    after "were" reports them moved."""
    start, end = cue.start_char - view.start_char, cue.end_char - view.start_char
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or \
            not AMONG_THOSE_BEFORE.search(view.text, max(0, start - 30), start):
        return False
    return any(c.start > end and c.value and WERE_AFTER.search(view.text, end, c.start)
               for c in ctx.counts_in(view))


def counted_and_dated(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """A participle describing a counted or definite group that the text dates or places ("the
    detention of five men deported by the US to Eswatini in July", "15 men deported from the US
    are now being held at …", "the Venezuelans sent to CECOT last March"): the group was
    moved."""
    tokens = cue.doc[max(view.start, cue.start - 3):cue.start]
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or not tokens or not (
            tokens[-1].lower_ in PEOPLE_NOUNS or plural_demonym(tokens[-1].text)):
        return False
    lo = tokens[0].idx - view.start_char
    if not any(t.like_num for t in tokens) and not any(
            lo <= c.start < cue.start_char - view.start_char for c in ctx.counts_in(view)) \
            and not (len(tokens) > 1 and tokens[-2].lower_ == "the"):
        return False  # neither counted nor definite ("the men flown to Juba in July")
    end = min(cue.end + PARTICIPLE_REACH, view.end)
    start_char = cue.end_char - view.start_char
    end_char = cue.doc[end - 1].idx + len(cue.doc[end - 1]) - view.start_char
    dated = any(start_char <= d.start < end_char and d.value and ctx.published and
                d.value < ctx.published.isoformat() for d in ctx.dates_in(view))
    return dated or bool(NOW_HELD.search(view.text[start_char:end_char]))


# "have", "were", "remain": the verb of a clause whose subject is a group described by a
# participle ("Eight migrants sent to South Sudan have not been heard from")
FINITE_GROUP_VERBS = word_class("finite_group_verbs")
MODALS = word_class("modals_and_to") - {"to"}
# tokens from the sentence's start to the participle ("Hundreds of Venezuelans")
SUBJECT_GROUP_REACH = 5


def counted_subject_group(ctx: DocumentContext, view: SentenceView, cue, movements) -> bool:
    """"Eight migrants sent by Washington to South Sudan have not been heard from since",
    "Hundreds of Venezuelans sent to El Salvador remain in CECOT": a counted group that opens the
    sentence, described by a participle, is the subject of a finite verb that tells of the
    people afterwards; the sending is presupposed. Not "Up to 250 migrants sent to Rwanda would
    be housed in hotels" (a modal: a plan), nor an object ("agreed to accept 250 migrants
    deported from the US"), nor a group the sentence's own verb moves on ("Fourteen men deported
    from the US to Ghana were later driven to the Togolese border": the onward move is the news)."""
    if cue.text.lower() not in DESCRIBING_PARTICIPLES or \
            cue.start - view.start > SUBJECT_GROUP_REACH or \
            any(m.start > cue.start for m in movements):
        return False
    tokens = cue.doc[view.start:cue.start]
    if not tokens or not (tokens[-1].lower_ in PEOPLE_NOUNS or plural_demonym(tokens[-1].text)):
        return False
    if not any(t.like_num for t in tokens) and not any(
            c.start < cue.start_char - view.start_char for c in ctx.counts_in(view)):
        return False
    for word in lower_words(cue.doc)[cue.end:view.end]:
        if word in MODALS or word in (".", ";"):
            return False
        if word in FINITE_GROUP_VERBS:
            return True
    return False


# What carries deportees: "flights carrying eight men to South Sudan", "a plane … carrying 119
# migrants"; not "boats carrying migrants to Italy", which are crossings.
CARRYING = word_class("carry_forms")
VEHICLE_REACH = 8  # tokens before "carrying" in which the vehicle is looked for


def carried_by_another_vehicle(cue) -> bool:
    """"carrying" whose carrier, named just before, is no flight or bus of a removal."""
    if cue.text.lower() not in CARRYING:
        return False
    before = lower_words(cue.doc)[max(0, cue.start - VEHICLE_REACH):cue.start]
    return not any(w in DEPORTATION_VEHICLES for w in before)


TAKEN_OFF_VERBS = word_class("taken_off_verbs")
OFF_THE_VEHICLE_REACH = 5  # tokens from "off" to the vehicle ("off the first charter flight")


def taken_off_the_vehicle(cue) -> bool:
    """"was taken off the first charter flight to Nauru", "removed from the flight": a person
    kept back from the removal, not moved by it."""
    if cue.text.lower() not in TAKEN_OFF_VERBS:
        return False
    after = lower_words(cue.doc)[cue.end:cue.end + OFF_THE_VEHICLE_REACH]
    return after[:1] in (["off"], ["from"]) and any(w in DEPORTATION_VEHICLES for w in after)


NOUNS_OF_SENDING = word_class("nouns_of_sending")


def nominal_awaited(view: SentenceView, cue) -> bool:
    """"preparing for the transfer of 30 migrants", "sought to block the removal of …": a noun
    of sending that is awaited, contested or stopped ("who had fought their transfer to the
    centre": the determiner before the noun is any, "their" as well as "the")."""
    if cue.text.lower() not in NOUNS_OF_SENDING:
        return False
    start = cue.start_char - view.start_char
    return bool(NOT_DONE_BEFORE.search(view.text, max(0, start - 40), start))


def nominal_not_happened(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """A noun of movement the sentence does not report as done ("ahead of the arrival")."""
    if cue.text.lower() not in NOMINAL_MOVES:
        return False
    start, end = cue.start_char - view.start_char, cue.end_char - view.start_char
    return not (HAPPENED_BEFORE.search(view.text, max(0, start - 30), start)
                or HAPPENED_AFTER.search(view.text[end:])
                or counted_subject_of_a_past_verb(ctx, view, cue))


EXPECTING_HEADS = word_class("expecting_heads")
NOMINAL_SUBJECT_REACH = 2  # tokens before the noun in the sentence ("The", "Their")
# "The arrival of 200", "The arrival in Eswatini of five men": "of" and then the count
OF_COUNT_REACH = 30  # characters from the noun's end to its "of"
# "was delayed", "had been postponed": a verb that says the movement did not happen
UNDONE_AFTER = re.compile(r"\b(?:plan\w*|delay\w*|postpon\w*|cancel\w*|suspend\w*|halt\w*|"
                          r"block\w*|stop\w*|await\w*|prepar\w*)\b", re.IGNORECASE)


def counted_subject_of_a_past_verb(ctx: DocumentContext, view: SentenceView, cue) -> bool:
    """"The arrival of 200 deportees from the US in Costa Rica strained its shelters": a noun of
    movement that opens the sentence, with its counted people after "of", is the subject of a
    verb in the past tense; the movement happened. Not "The arrival of 200 deportees is expected
    next week", "... would strain its shelters", "... was delayed"."""
    if cue.start - view.start > NOMINAL_SUBJECT_REACH:
        return False
    end = cue.end_char - view.start_char
    of_at = view.text.find(" of ", end, end + OF_COUNT_REACH)
    if of_at < 0 or not any(of_at + 4 <= c.start <= of_at + 12 and c.value
                            for c in ctx.counts_in(view)):
        return False
    if UNDONE_AFTER.search(view.text, end):
        return False
    tokens = cue.doc[cue.end:view.end]
    if any(t.lower_ in MODALS or t.lower_ in EXPECTING_HEADS for t in tokens):
        return False
    return any(t.lower_ in DONE_AUXILIARIES or (
        t.lower_.endswith("ed") and not (prev.lower_ in PEOPLE_NOUNS or plural_demonym(prev.text)))
        for prev, t in zip(tokens, tokens[1:], strict=False))


def stopped(cue) -> bool:
    """A movement noun that a verb of stopping governs ("halts Dutch transfer of a man")."""
    words = lower_words(cue.doc)[max(0, cue.start - STOPPED_REACH):cue.start]
    return any(w in STOPPING_VERBS for w in words) and all(
        w not in (",", ";", ".", "and", "but", "after", "before") for w in words)


# "has accepted more than 5,000 non-Mexicans", "welcomed the first seven migrants": a verb of
# consent whose object is a counted group of people reports people
# taken in (not "accepted up to 250", "welcomed the decision").
ACCEPTING_VERBS = word_tuple("accepting_verbs")
ACCEPTING = re.compile(rf"\b(?:{'|'.join(ACCEPTING_VERBS)})\b", re.IGNORECASE)
ACCEPTED_REACH = 4  # tokens between the verb and the count of people
# People a state accepts that no state sent it: refugees resettled or evacuated, visitors
NOT_SENT = word_class("not_sent")
NOT_SENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:evacuated|rescued|resettled|airlifted)\b",
                            re.IGNORECASE)


ACCEPTED_PASSIVE_REACH = 8  # tokens between a passive verb's counted subject and the verb


# "the first", "its initial": a batch that came, whoever counts it
EARLIER_BATCH_ORDINALS = word_class("earlier_batch_ordinals")
FIRST_GROUP_REACH = 6  # tokens from the verb to the people ("the first group of deportees")
BATCH_NOUN_REACH = 3  # tokens from the ordinal to the people noun ("first group of deportees")


def _accepted_a_first_group(ctx: DocumentContext, view: SentenceView, verb) -> bool:
    """"Uganda accepted the first deportees from the US last week: three men from Colombia",
    "Rwanda has accepted its first group of migrants": a first batch of people as the object
    of an accepting verb was taken in, counted or not. Not "accepted the first proposal"."""
    tokens = ctx.doc[verb.end:min(verb.end + FIRST_GROUP_REACH, view.end)]
    for i, token in enumerate(tokens):
        if token.lower_ in EARLIER_BATCH_ORDINALS:
            return i > 0 and any(t.lower_ in PEOPLE_NOUNS or plural_demonym(t.text)
                                 for t in tokens[i + 1:i + 1 + BATCH_NOUN_REACH])
    return False


def _accepted_a_group(ctx: DocumentContext, view: SentenceView, verb) -> bool:
    """A counted group as the object of an accepting verb ("accepted 30 migrants"), or as its
    subject when the verb is passive ("Some 30 migrants were accepted by Costa Rica")."""
    if not is_passive(verb) and _accepted_a_first_group(ctx, view, verb):
        return True
    if is_passive(verb):
        after = ctx.doc[max(view.start, verb.start - ACCEPTED_PASSIVE_REACH):verb.start]
    else:
        after = ctx.doc[verb.end:min(verb.end + ACCEPTED_REACH, view.end)]
    if not after:
        return False
    words = lower_words(after.doc)[after.start:after.end]
    if not is_passive(verb) and "to" in words:
        # "has accepted to receive a limited number": the count is the infinitive's
        after = after.doc[after.start:after.start + words.index("to")]
        if not after:
            return False
    lo = after[0].idx - view.start_char
    hi = after[-1].idx + len(after[-1]) - view.start_char
    return any(lo <= c.start < hi and counts_people(c) and c.qualifier != "up_to" and
               (c.head or "").lower() not in THINGS | NOT_SENT and
               not NOT_SENT_AFTER.match(view.text, c.end) for c in ctx.counts_in(view))



# "200 deportees from the United States have been housed in Costa Rica", "the men deported by
# Washington are now held at CECOT in El Salvador", "six people deported from the United States
# have so far been accommodated in Kosovo": people described as sent, held in a state, were
# sent there.
HELD_AFTER_SENT = re.compile(
    r"\b(?:deported|deportees|removed|expelled|sent|flown|transferred)\s+(?:from|by)\s+"
    r"[^.;]{2,60}?\b(?:are|were|been|is|was)\s+(?:(?:now|still|being|so\s+far|already)\s+)?"
    r"(?:been\s+)?(?P<verb>" + "|".join(word_tuple("held_moves")) +
    r")\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s",
    re.IGNORECASE)

# "The deportation of eight men to South Sudan in July drew criticism": a definite noun of
# sending with its counted people and destination reports the event; not after words that
# stop, contest or await it, nor in a sentence of plans.
NOMINAL_NOUNS = word_tuple("nominal_nouns")
NOMINAL_DONE = re.compile(
    rf"\b(?:the|(?-i:[A-Z][\w.]*)['’]s)\s+(?:[\w.-]+\s+)?(?P<noun>{'|'.join(NOMINAL_NOUNS)})"
    r"\s+of\s+(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+|nearly\s+|almost\s+|"
    r"over\s+)?(?:\d[\d,]*|" + "|".join([*NUMBER_WORDS["units"], *NUMBER_WORDS["tens"]]) +
    # "the US removal of", "Washington's deportation of" ("its deportation of 20 Uighurs" is
    # a record cited, its state unsure); "of eight men from Cuba, Laos and Mexico to South
    # Sudan": the people, then a named place
    r")\s+(?:[\w,-]+\s+){0,8}?to\s+(?-i:(?:the\s+)?[A-Z])", re.IGNORECASE)
NOT_DONE_BEFORE = re.compile(
    r"\b(?:halt\w*|block\w*|stop\w*|bar\w*|prevent\w*|challeng\w*|contest\w*|against|ahead|"
    r"before|await\w*|plan\w*|propos\w*|pending|imminent|possible|future|delay\w*|"
    r"postpon\w*|cancel\w*|suspend\w*|fight\w*|fought|resist\w*|oppos\w*|prepar\w*|"
    # "had fought their transfer", "appealed against their removal", "rulings that cleared
    # their transfer": contested or permitted, not done
    r"appeal\w*|clear\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE)
# "Italy restarted the scheme in April, transferring 40 men to Albania": a participle clause
# after a comma tells the consequence of its sentence's act, in that act's tense
PARTICIPLE_MOVES = word_tuple("participle_moves")
PARTICIPLE_MOVE = re.compile(r",\s+(?P<verb>" + "|".join(PARTICIPLE_MOVES) + r")\s",
                             re.IGNORECASE)
PLAN_WORDS = re.compile(r"\b(?:would|could|will|may|might|should|must|shall|can)\b",
                        re.IGNORECASE)


# "the number held rose by a third, driven by an increase in charter flights to Albania": a
# cause drives a change; people are driven by bus or by police, not by an increase
CAUSE_NOUNS = word_class("cause_nouns")
CAUSE_REACH = 4  # words after "driven by" in which the cause noun is looked for (past "a sharp")


def driven_by_a_cause(cue) -> bool:
    """"driven by an increase in flights", "driven largely by fear": "driven" of a cause."""
    lower = lower_words(cue.doc)
    if lower[cue.start] != "driven" or cue.end != cue.start + 1:
        return False
    after = lower[cue.end:cue.end + CAUSE_REACH + 2]
    if "by" not in after[:2]:
        return False  # "driven largely by": one adverb may come first
    by = after.index("by")
    return any(w in CAUSE_NOUNS for w in after[by + 1:by + 1 + CAUSE_REACH])


# "flights to South Sudan, Eswatini and elsewhere went ahead last summer", "the deportations to
# Juba went ahead": a flight or deportation to a place said to have gone ahead carried people
# there ("transfers" is also a present-tense verb, which running text does not report)
WENT_AHEAD = re.compile(
    r"\b(?P<noun>flights?|charters?|deportations?|removals?)\s+to\s+(?-i:[A-Z])"
    r"[^.;:]{0,60}?\s(?:went\s+ahead|took\s+place|proceeded)\b", re.IGNORECASE)


def went_ahead(view: SentenceView) -> list[int]:
    """Character offsets (in the sentence) of each flight or transfer to a place that went
    ahead."""
    return [found.start("noun")
            for found in view.finditer(WENT_AHEAD, ("went ahead", "took place", "proceeded"))]


# "Eswatini's acceptance of five US deportees": a state's taking in of a counted group
ACCEPTANCE_NOUNS = word_tuple("acceptance_nouns")
ACCEPTANCE_DONE = re.compile(
    rf"(?-i:[A-Z][\w.]*)['’]s\s+(?P<noun>{'|'.join(ACCEPTANCE_NOUNS)})\s+of\s+"
    r"(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\d[\d,]*|" + "|".join([*NUMBER_WORDS["units"], *NUMBER_WORDS["tens"]]) + r")\s",
    re.IGNORECASE)


def accepted_by_noun(ctx: DocumentContext, view: SentenceView) -> list:
    """"Eswatini's acceptance of five US deportees in July was criticised": a state's noun of
    acceptance of a counted group, in a sentence with no modal or plan, tells that it took them
    in. Not "Eswatini's acceptance of five deportees would anger unions", nor "its acceptance
    of up to 160 deportees" (a capacity: "up to" is no count this reads)."""
    found = [f.start("noun") for f in view.finditer(ACCEPTANCE_DONE, ACCEPTANCE_NOUNS)
             if not NOT_DONE_BEFORE.search(view.text, max(0, f.start("noun") - 40),
                                           f.start("noun"))]
    if not found or PLAN_WORDS.search(view.text) or view.has("NEGATION"):
        return []
    return [ctx.doc[token:token + 1] for token in (ctx.char_to_token(view, at) for at in found)]


def movement_cues(ctx: DocumentContext, view: SentenceView) -> list:
    """The sentence's verbs and nouns of movement, with verbs of acceptance of a counted group
    and of holding people described as sent."""
    moves = [m for m in view.cue_values("MOVE")
             if not driven_by_a_cause(m) and not dropped_by_no_one(m)
             and not gerund_not_in_progress(m)]
    accepted = []
    for found in view.finditer(NOMINAL_DONE, NOMINAL_NOUNS):
        if not NOT_DONE_BEFORE.search(view.text, max(0, found.start("noun") - 40),
                                      found.start("noun")) and \
                not PLAN_WORDS.search(view.text) and not any(
                    n.start_char - view.start_char < found.end()
                    for n in view.cue_values("NEGATION")):
            token = ctx.char_to_token(view, found.start("noun"))
            accepted.append(ctx.doc[token:token + 1])
    for found in view.finditer(PARTICIPLE_MOVE, PARTICIPLE_MOVES):
        if not PLAN_WORDS.search(view.text) and not view.has("INTENT") and \
                not view.has("FUTURE") and not view.has("NEGATION"):
            token = ctx.char_to_token(view, found.start("verb"))
            accepted.append(ctx.doc[token:token + 1])
    for found in view.finditer(HELD_AFTER_SENT, HELD_MOVES):
        token = ctx.char_to_token(view, found.start("verb"))
        if not view.has("TRANSIT"):  # "held at a US base in Djibouti": on the way (rule 4)
            accepted.append(ctx.doc[token:token + 1])
    for at in took_people(view) + took_a_group(view) + centre_holding_verbs(view) + \
            passages(view) + went_ahead(view) + aboard_to(view):
        token = ctx.char_to_token(view, at)
        accepted.append(ctx.doc[token:token + 1])
    for lo, hi in put_on_a_vehicle(view) + handed_over(view) + arrived_in(view) + \
            turned_back(view):
        token = ctx.char_to_token(view, lo)
        if not any(m.start == token for m in moves):  # the lexicon's own "put on a flight"
            accepted.append(ctx.doc[token:ctx.char_to_token(view, hi - 1) + 1])
    accepted += accepted_by_noun(ctx, view)
    for found in view.finditer(ACCEPTING, ACCEPTING_VERBS):
        token = ctx.char_to_token(view, found.start())
        verb = ctx.doc[token:token + 1]
        if _accepted_a_group(ctx, view, verb):
            accepted.append(verb)
    return sorted([*moves, *accepted], key=lambda c: c.start) if accepted else moves


# "talks on taking in deportees", "the receiving country": a gerund after a preposition or a
# determiner names an activity or a role, not a movement that happened.
BARE_GERUNDS = word_class("bare_gerunds")
GERUND_NOT_DONE_BEFORE = word_class("gerund_not_done_before")


# "sending asylum seekers to Rwanda" names a policy ("a memorandum on sending", "barred from
# deporting"), "has been sending people to Albania since October" reports it: these gerunds
# are a movement only after a form of "be" or a verb of starting or going on, with at most one
# adverb between ("began quietly flying"). Participle clauses (", sending eight men to South
# Sudan") are read apart, as PARTICIPLE_MOVE.
GERUNDS_IN_PROGRESS = word_class("gerunds_of_moving_in_progress")
BEFORE_A_MOVE_IN_PROGRESS = word_class("verbs_before_a_move_in_progress")


def gerund_not_in_progress(move) -> bool:
    """"on sending asylum seekers", "from deporting two men": a gerund of moving that is not
    the progressive "were sending", "began flying", "has been quietly transferring"."""
    if move.text.lower() not in GERUNDS_IN_PROGRESS:
        return False
    before = [t.lower_ for t in move.doc[max(0, move.start - 2):move.start]]
    return not (before and (before[-1] in BEFORE_A_MOVE_IN_PROGRESS or (
        len(before) == 2 and before[0] in BEFORE_A_MOVE_IN_PROGRESS and before[1].endswith("ly"))))


def gerund_named_not_done(move) -> bool:
    """"in talks on taking in deportees", "the receiving state", "considering receiving": not
    a reported movement ("began taking in 40 deportees in May" is one)."""
    if move.text.lower() not in BARE_GERUNDS or move.start == 0:
        return False
    return move.doc[move.start - 1].lower_ in GERUND_NOT_DONE_BEFORE
