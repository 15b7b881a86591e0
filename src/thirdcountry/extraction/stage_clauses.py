"""Clause readings for stages that hinge on who is asked, by whom, and for what (round 6).

"a status that Washington pressed" (a thing asked for, no state), "asked Eswatini to explain"
(an account, not taking people), "called for the arrangement to be suspended" (a halt demanded,
not one that happened), "The Supreme Court has refused an application" (a court's ruling, not a
state's refusal), "the deal, which the cabinet … approved in June" (a signing in a relative
clause). Each reads a few words around one cue of one clause; nothing loops over a document.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.cue_readings import SENTENCE_ENDS
from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

NEGATORS = word_class("negators")
APPROACH_OBJECT_REACH = 4


RELATIVE_OBJECTS = word_class("relative_objects")
RELATIVE_REACH = 4
# Words before "that" which make it no relative pronoun for a thing: a state noun ("the country
# that Washington asked") or a verb of saying or knowing ("said that Washington asked").
NOT_A_THING = word_class("not_a_thing")
DETERMINERS = word_class("determiners_with_one")


OBJECT_BREAKS = word_class("object_breaks")
OBJECT_BODIES = word_class("object_bodies")


def state_object(cue: Span, clause: Clause) -> bool:
    """A state named as the object just after the verb ("pressed Mexico", "asked the
    government in Juba"), not one in a phrase of time or place ("during Trump's first term")."""
    words = lower_words(cue.doc)
    for m in clause.mentions:
        between = words[cue.end:m.start]
        if 0 <= m.start - cue.end <= APPROACH_OBJECT_REACH and \
                (not OBJECT_BREAKS & set(between) or
                 OBJECT_BODIES & set(between) and not {",", ".", ";"} & set(between)):
            return True
    return False


def presses_a_thing(cue: Span, clause: Clause) -> bool:
    """"a status that Washington pressed during Trump's first term": the relative pronoun is
    the object of the request, a thing, not a state; "a status U.S. officials have pressed
    Mexico to accept" names the state asked after the verb."""
    words = lower_words(cue.doc)
    before = range(max(clause.start + 1, cue.start - RELATIVE_REACH), cue.start)
    relative = next((i for i in before if words[i] in RELATIVE_OBJECTS), None)
    if relative is None or any(m.end == relative for m in clause.mentions) or \
            words[relative - 1] in NOT_A_THING or words[relative - 2] not in DETERMINERS:
        return False  # "talk is that Belgium has sounded out …" is no relative clause
    if _passive_with_a_subject(words[relative + 1:cue.start]):
        return False  # "said in a statement that it had been approached": what "that" opens
    return not state_object(cue, clause)


BE_FORMS = word_class("be_forms")
AUXILIARIES = word_class("auxiliary_words")


def _passive_with_a_subject(between: list[str]) -> bool:
    """"(a statement that) it had been approached": a subject and a passive verb after "that",
    so "that" opens what was said, not a relative clause on the thing asked for."""
    return bool(between) and between[0] not in AUXILIARIES and not BE_FORMS.isdisjoint(between)


# What a state may be asked to do that is not taking people: account for, release or protect
# them ("asked Eswatini to explain", "urged Mbabane to release the men").
ACCOUNT_VERBS = word_class("account_verbs")
ASKED_TO_REACH = 8


def asks_for_an_account(cue: Span, clause: Clause) -> bool:
    """"The UN Committee against Torture has asked Eswatini to explain …": the state is asked
    to account for, release or protect people, not to take them ("asked Eswatini to accept
    more deportees" is an approach)."""
    words = lower_words(cue.doc)
    following = words[cue.end:min(clause.end, cue.end + ASKED_TO_REACH)]
    if "to" not in following:
        return _for_comment(following)
    at = following.index("to")
    return at + 1 < len(following) and following[at + 1] in ACCOUNT_VERBS and \
        not {",", ";", "."} & set(following[:at]) or _for_comment(following)


PRESS_REQUESTS = word_class("press_request_nouns")


def _for_comment(following: list[str]) -> bool:
    """"KLAF reached out to the Eswatini government for comment", "contacted the ministry for
    a response": a reporter asking a state to comment, not to take people."""
    return any(w == "for" and (following[i + 1:i + 2] and following[i + 1] in PRESS_REQUESTS or
                               following[i + 2:i + 3] and following[i + 2] in PRESS_REQUESTS)
               for i, w in enumerate(following))


INFORMATION_REQUESTS = word_class("information_request_modifiers")


def asks_for_records(cue: Span) -> bool:
    """"figures released in response to a transparency request", "data obtained through
    access-to-information requests", "a public records request": a request for information
    from a government, not one to take people."""
    words = lower_words(cue.doc)
    return words[cue.start].startswith("request") and cue.start > 0 and \
        words[cue.start - 1] in INFORMATION_REQUESTS


# "would not host such centres for anyone else", "will not host anything similar for any other
# country", "would not become a hub for other states": a refusal whose scope is every partner
# but the one the state already has.
SCOPE_PREPOSITIONS = word_class("refusal_scope_prepositions")
OTHER_PARTNERS = word_class("other_partners_scopes")
SCOPE_REACH = 8
SCOPE_BREAKS = frozenset({",", ";", ":", ".", "—", "–"})


def refused_to_others(cue: Span, clause: Clause) -> bool:
    """"Rama has said Albania would not host such centres for anyone else", "Tirana will not
    do the same for any other government": a refusal told of all other partners, with no
    request in the sentence it answers, is no refusal of the partner the state has a deal
    with; "turned down Berlin's request and would do the same for anyone else" still is one."""
    words = lower_words(cue.doc)
    stop = min(len(words) - 1, cue.end + SCOPE_REACH)
    for i in range(cue.end, stop):
        if words[i] in SCOPE_BREAKS:
            return False
        if words[i] in SCOPE_PREPOSITIONS and (
                words[i + 1] in OTHER_PARTNERS or " ".join(words[i + 1:i + 3]) in OTHER_PARTNERS):
            return not any(c.kb_id_ == "approached" for c in clause.sentence_cues
                           if c.label_ == "STAGE")
    return False


# "urged Juba not to accept further transfers", "called on Kampala never to sign such a deal":
# the negated infinitive after an appeal.
NOT_NEVER = word_class("negators_not_never")
AGAINST_REACH = 6


def urged_against(cue: Span) -> bool:
    """"UN experts urged Juba not to accept further transfers", "rights groups urged Tashkent
    not to do the same", "pressed Rwanda not to take in more deportees": an appeal against
    taking people is no request to take them ("urged Juba to accept" still is one)."""
    words = lower_words(cue.doc)
    for i in range(cue.end, min(len(words) - 1, cue.end + AGAINST_REACH)):
        if words[i] in SCOPE_BREAKS or words[i] in SENTENCE_ENDS:
            return False
        if words[i] in NOT_NEVER and words[i + 1] == "to":
            return True
    return False


ONLY_REACH = 10  # "is not the only small island state in the Caribbean to be asked"


def not_the_only_one(cue: Span) -> bool:
    """"Dominica is not the only small island state to be asked", "Uganda isn't the only
    government in the region being courted", "Is Kigali the only government being asked?": the
    stage is told of other states; the one named stands beside them, its own stage told apart
    ("Rwanda is the only state to have signed" still reports Rwanda's)."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - ONLY_REACH):cue.start]
    if "only" not in before:
        return False  # most cues: one membership test instead of the walk back
    at = next((i for i in range(len(before) - 1, 0, -1)
               if before[i] == "only" and before[i - 1] == "the"), None)
    if at is None or SENTENCE_ENDS & set(before[at:]):
        return False
    negated = at >= 2 and before[at - 2] in NEGATORS
    return negated or words[cue.end:cue.end + 1] == ["?"]


COURT_REFUSAL_REACH = 4
DEMAND_WORDS = {("called", "for"), ("calls", "for"), ("call", "for"), ("calling", "for"),
                ("called", "on"), ("calls", "on"), ("call", "on"), ("calling", "on"),
                ("demanded", "that"), ("demands", "that"), ("demanding", "that"),
                ("asked", "that"), ("asks", "that")}
DEMAND_REACH = 8


DEONTIC_MODALS = word_class("deontic_modals")
URGING = word_class("urging_verbs")


def demanded(cue: Span) -> bool:
    """"The opposition has called for the arrangement to be suspended", "activists demanded that
    the transfers be halted", "both governments should suspend the transfers", "the scheme must
    end": a halt asked for, not one that happened."""
    words = lower_words(cue.doc)
    window = words[max(0, cue.start - DEMAND_REACH):cue.start]
    if window[-1:] and window[-1] in DEONTIC_MODALS or window[-2:] == ["ought", "to"]:
        return True
    if _imperative(cue, window):
        return True
    if not URGING.isdisjoint(window) and "to" in window[-2:]:
        return True  # "urged Kampala to suspend the deal"
    return any((a, b) in DEMAND_WORDS for a, b in zip(window, window[1:], strict=False))


IMPERATIVE_OPENERS = word_class("line_openers")


def _imperative(cue: Span, window: list[str]) -> bool:
    """"To the Government of Honduras: Suspend the reception of transferees", "- halt all
    transfers until these conditions are met": a verb's bare form opening a line or an item,
    or following a colon, is a recommendation, not a halt."""
    word = lower_words(cue.doc)[cue.start]
    if word.endswith(("ed", "s", "ing")):
        return False
    if window[-1:] and window[-1] in IMPERATIVE_OPENERS and window[-1] != ":":
        return True  # a list item: "- halt all transfers"
    return cue.doc[cue.start].is_title and (
        not window or window[-1] == ":" or not window[-1].strip())


def a_court_refuses(cue: Span, clause: Clause) -> bool:
    """"The Supreme Court has refused an application for an injunction": a court turning down
    a motion is a ruling (a legal action), not the receiving state's refusal, and leaves the
    clause's other stage ("under the arrangement announced in September") standing."""
    return any(0 <= cue.start - c.end <= COURT_REFUSAL_REACH for c in clause.cue_values("COURT"))


APPROVING = word_class("approving_verbs")
RELATIVE_REACH_TO_VERB = 10
# "a deal that Kampala has yet to sign", "the accord Washington wants signed": a signing still
# to come, not one that happened.
HEDGES = word_class("relative_signing_hedges") | NEGATORS
# "the treaty, signed by Starmer and Macron", "the protocol signed in 2023", "the arrangement
# announced in August": the participle reports a signing when an agent, a place or a time
# follows it.
PARTICIPLE_FOLLOWERS = word_class("signing_participle_followers")
# "the arrangement with Washington, which …", "the memorandum between the two governments that
# …": a short complement on the deal noun before the clause on it.
COMPLEMENT_STARTS = word_class("deal_complement_starts")
COMPLEMENT_REACH = 5
CLAUSE_BREAKS = (",", ";", ".", "—", ":")


def _after_complement(words: list[str], at: int, end: int) -> int:
    """The index after a complement "with Washington" starting at ``at`` (``at`` if none)."""
    if at >= end or words[at] not in COMPLEMENT_STARTS:
        return at
    for i in range(at + 1, min(end, at + 1 + COMPLEMENT_REACH)):
        if words[i] in CLAUSE_BREAKS or words[i] in RELATIVE_OBJECTS:
            return i
    return at


def _signing_verb(words: list[str], start: int, end: int) -> int | None:
    """The first verb of signing in ``start:end`` before any break, unless hedged before it."""
    for i in range(start, min(end, start + RELATIVE_REACH_TO_VERB)):
        if words[i] in CLAUSE_BREAKS:
            return None
        if words[i] in APPROVING:
            return None if HEDGES & set(words[start:i]) else i
    return None


def deal_approved_in_a_relative(clause: Clause) -> Span | None:
    """The signing told in a clause on the deal noun: a relative ("the deal, which the cabinet
    of Prime Minister Albin Kurti approved in June", "an arrangement that Nicosia and Beirut
    agreed in 2020", "the agreement Kigali announced"), or a participle with its agent or time
    ("the treaty, signed by Starmer and Macron in July", "the 2023 protocol signed by Meloni
    and Rama"). A bare "under the agreement" reports no signing (rule 10)."""
    nouns = clause.cue_values("ARRANGEMENT_NOUN")
    if not nouns:
        return None  # most clauses: no map of their mentions is built
    mention_starts = {m.start: m.end for m in clause.mentions}
    for noun in nouns:
        words = lower_words(noun.doc)
        at = _after_complement(words, noun.end, clause.end)
        comma = at < clause.end and words[at] == ","
        nxt = at + 1 if comma else at
        if nxt >= clause.end:
            continue
        if words[nxt] in RELATIVE_OBJECTS:  # ", which the cabinet approved", "that … agreed"
            verb = _signing_verb(words, nxt + 1, clause.end)
        elif words[nxt] in APPROVING:  # "signed by Starmer", "announced in August"
            verb = nxt if nxt + 1 < clause.end and \
                words[nxt + 1] in PARTICIPLE_FOLLOWERS else None
        elif not comma and nxt in mention_starts:  # "the agreement Kigali announced"
            verb = _signing_verb(words, mention_starts[nxt], clause.end)
            if verb is not None and verb - mention_starts[nxt] > 2:
                verb = None
        else:
            verb = None
        if verb is not None:
            return noun.doc[verb:verb + 1]
    return None


# "was ruled unlawful … and scrapped by Prime Minister Keir Starmer", "was halted by judges in
# 2022 and then axed": a halt and an end told by verbs coordinated on one subject are two
# stages (FACTS.md rule 2); the words between are the halt's own (an agent, a date) and a
# coordinator, not a new subject ("and the ruling ended months of uncertainty").
COORDINATORS = word_class("stage_coordinators")
COORDINATED_REACH = 16
NEW_SUBJECT_STARTS = word_class("determiners_with_one")


def coordinated_end(halt_end: int, ended: list[Span], words: list[str]) -> Span | None:
    """The first "ended" cue in ``ended`` joined to a halt ending at ``halt_end`` by a
    coordinator with no subject of its own after it, or None."""
    for cue in ended:
        if cue.start <= halt_end or cue.start - halt_end > COORDINATED_REACH:
            continue
        between = words[halt_end:cue.start]
        joints = [k for k, w in enumerate(between) if w in COORDINATORS]
        if not joints or any(w in (".", ";", ":") for w in between):
            continue
        after = between[joints[-1] + 1:]
        if after and after[0] in NEW_SUBJECT_STARTS:
            continue  # "and the ruling ended …": another subject's verb
        return cue
    return None
