"""The stage of an arrangement a clause reports, from its cue words (FACTS.md rules 2, 3, 10).

Each clause may report one stage. Cues are read with their surroundings: a negated agreement
("has not signed", "denied having agreed") reports nothing; a request governs the verb after it
("asked Libya to take in deportees" is ``approached``, not ``agreed``); a wish ("hopes these
nations will agree") reports nothing; a hedged future arrival ("the first deportees could
arrive") is ``implemented`` at speculative certainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from thirdcountry.extraction.askers import asked_by_non_state
from thirdcountry.extraction.context import home_cues
from thirdcountry.extraction.cue_readings import (
    MODALS,
    NOT_PEOPLE_TAKEN,
    PEOPLE_NOUNS,
    PROMISE_REACH,
    PROMISE_SKIP,
    PROMISE_VERBS,
    ROLE_NOUNS,
    ROLE_VERBS,
    SENTENCE_ENDS,
    content_of_a_proposal,
    describes_a_source,
    ends_something_else,
    negated_outcome,
    seeks_in_court,
    unanswered_question,
    whose_thing,
)
from thirdcountry.extraction.cues import Cue
from thirdcountry.extraction.expected_arrivals import hedged_arrival, says_expected
from thirdcountry.extraction.named_candidates import named_as_candidate
from thirdcountry.extraction.payments import payee
from thirdcountry.extraction.refusals import limits_the_deal
from thirdcountry.extraction.refused_halts import halt_refused
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words, sentence_firsts, token_words
from thirdcountry.extraction.stage_clauses import (
    a_court_refuses,
    asks_for_an_account,
    asks_for_records,
    coordinated_end,
    deal_approved_in_a_relative,
    demanded,
    not_the_only_one,
    presses_a_thing,
    refused_to_others,
    state_object,
    urged_against,
)
from thirdcountry.extraction.visits import visit_to_ask
from thirdcountry.extraction.words import word_class, word_tuple

# When a clause has cues for several stages, the first in this order wins: endings and refusals
# are the news; "agreed" outranks the "arrived" that often follows it in the same clause.
STAGE_PRIORITY = ("ended", "suspended", "declined", "close", "agreed", "negotiating", "approached",
                  "implemented")
NEGATORS = word_class("negators")
# What a verb is about when it is not the deal: "rejected such criticism", "accepted few".
NEGATING_OBJECTS = word_class("negating_objects")
DENIERS = word_class("denying_verbs")
SELF_NEGATING = word_class("self_negating")


@dataclass(frozen=True, slots=True)
class StageCue:
    stage: str
    cue: Span


DENIAL_REACH = 12


def is_negated(cue: Span) -> bool:
    """"has not signed", "has yet to ratify", "is not part of the discussions", "denied having
    agreed", "denied on Tuesday that negotiations exist", "accepted few deportees", "rejected
    the claim that": the cue does not report its stage."""
    words = lower_words(cue.doc)
    wider = words[max(0, cue.start - DENIAL_REACH):cue.start]
    # Most cues have none of the words a negation before them needs: one set test, then only
    # their subject and object are read.
    if not NEGATION_SIGNS.isdisjoint(wider) and _negated_before(words, cue.start, wider):
        return True
    return _negated_subject(words, cue.start) or _about_something_else(cue)


def _negated_before(words: list[str], start: int, wider: list[str]) -> bool:
    """A negator, a denial, "yet", an unproven claim, or a rejected claim "that …" in the
    ``wider`` words before the cue at ``start``."""
    before = words[max(0, start - 4):start]
    # Set tests first: the few words rarely hold any of these, and a set test costs less
    # than a generator over them.
    if not SENTENCE_ENDS.isdisjoint(before):  # "… is not new. Algeria expelled …"
        before = before[max(i for i, p in enumerate(before) if p in SENTENCE_ENDS) + 1:]
    if not DENIERS.isdisjoint(before) or not NEGATORS.isdisjoint(before):
        return True
    if before[-1:] == ["yet"] or before[-2:] == ["yet", "to"]:
        return True  # "has yet to ratify", "is yet to sign"
    if _unproven(words, start):
        return True
    if not SENTENCE_ENDS.isdisjoint(wider):  # the denial must be in the cue's sentence
        wider = wider[max(i for i, p in enumerate(wider) if p in SENTENCE_ENDS) + 1:]
    return "that" in wider and not (DENIERS.isdisjoint(wider) and REJECTERS.isdisjoint(wider)) \
        and any((w in DENIERS or w in REJECTERS and wider[i + 1:i + 2] and
                 wider[i + 1] in NEGATING_OBJECTS) and "that" in wider[i + 1:]
                for i, w in enumerate(wider))  # "rejected claims that Washington had offered …"


REJECTERS = word_class("rejecting_verbs")
NOTHING_WORDS = word_class("nothing_words")
CLAUSE_CONJUNCTIONS = word_class("clause_conjunctions")
AUXILIARIES = word_class("auxiliary_words") | word_class("yet_and_ever")
SUBJECT_REACH = 3  # "no such formal agreement"


def _negated_subject(words: list[str], start: int) -> bool:
    """"no such agreement had been signed", "no deal has yet been reached", "nothing has been
    agreed": the verb's subject, before its auxiliaries, says there was none."""
    i = start
    while i > 0 and words[i - 1] in AUXILIARIES:
        i -= 1
    subject = words[max(0, i - SUBJECT_REACH):i]
    for w in reversed(subject):
        # "Panama signed nothing but has since received …": the clause before "but" is
        # another verb's, not this one's subject
        if not w.isalpha() or w in CLAUSE_CONJUNCTIONS:
            break
        if w in NOTHING_WORDS:
            return True
    return _no_deal_with_complements(words, i)


NO_DEAL_SUBJECT_REACH = 10  # "no agreement with the United States on deportees had been"
NO_DEAL_GAP = 2  # "no such formal agreement"


def _no_deal_with_complements(words: list[str], verb: int) -> bool:
    """"no agreement with the United States on deportees had been signed": the verb's subject
    is a deal noun after "no", its complements ("with …", "on …") between it and the verb;
    the words back to "no" hold no break, so the subject is the verb's own."""
    if NOTHING_WORDS.isdisjoint(words[max(0, verb - NO_DEAL_SUBJECT_REACH):verb]):
        return False  # most verbs: one set test instead of the walk back
    for k in range(verb - 1, max(-1, verb - NO_DEAL_SUBJECT_REACH - 1), -1):
        w = words[k]
        if w != "-" and not w.isalpha() or w in CLAUSE_CONJUNCTIONS:  # "third-country"
            return False
        if w in NOTHING_WORDS:
            return any(n in TERMS_DEAL_NOUNS for n in words[k + 1:k + 2 + NO_DEAL_GAP])
    return False


UNPROVEN = word_class("unproven")
# What a negation before a cue needs within DENIAL_REACH (``_negated_before``): each of its
# readings wants one of these words.
NEGATION_SIGNS = DENIERS | NEGATORS | UNPROVEN | REJECTERS | word_class("yet_and_ever")


def _unproven(words: list[str], start: int) -> bool:
    """"officials had not shown that Liberia had agreed to take him", "has never confirmed
    that Kampala accepted": what no one has shown is not reported as done."""
    window = words[max(0, start - 8):start]
    if UNPROVEN.isdisjoint(window):
        return False
    if not SENTENCE_ENDS.isdisjoint(window):
        window = window[max(i for i, p in enumerate(window) if p in SENTENCE_ENDS) + 1:]
    return any(w in UNPROVEN and "that" in window[i + 1:i + 2] and
               NEGATORS & set(window[max(0, i - 3):i]) for i, w in enumerate(window))


def _about_something_else(cue: Span) -> bool:
    """The verb's object is criticism, claims, "few" people or nothing ("has signed nothing
    with the United States"), not the deal."""
    words = lower_words(cue.doc)
    after = [w for w in words[cue.end:cue.end + 3] if w not in ACCOUNT_DETERMINERS]
    return bool(after) and (after[0] in NEGATING_OBJECTS or after[0] in NOTHING_WORDS)


# "peace talks between Rwanda and Congo", "trade negotiations with Kampala": talks a topic
# noun names as about something other than people sent.
OTHER_TALK_TOPICS = word_class("other_talk_topics")


def _talks_on_another_topic(cue: Span) -> bool:
    words = lower_words(cue.doc)
    return cue.start > 0 and words[cue.start - 1] in OTHER_TALK_TOPICS or \
        _talks_aimed_elsewhere(words, cue.end)


# "Serbia, which is negotiating to join the EU", "in talks on EU accession", "negotiating
# membership of the bloc", "talks on trade and tariffs": what the talks are for, right after
# them, is another aim than people sent.
OTHER_TALK_AIMS = word_class("other_talk_aims") | OTHER_TALK_TOPICS
TALK_AIM_REACH = 3


def _talks_aimed_elsewhere(words: list[str], end: int) -> bool:
    for w in words[end:end + TALK_AIM_REACH]:
        if w in OTHER_TALK_AIMS:
            return True
        if not w.isalpha():
            return False
    return False


REPORT_REACH = 14


def _rejects_a_report(cue: Span) -> bool:
    """"rejected as \"false\" a newspaper report that Honduras would take in …", "Whipps rejected
    that charge", "officials reject the comparison": what is rejected is an account of a deal or
    something said, a denial (FACTS.md rule 1), not a refusal of the request."""
    words = lower_words(cue.doc)[cue.end:cue.end + REPORT_REACH]
    said = words[1:2] if words[:1] and words[0] in ACCOUNT_DETERMINERS else words[:1]
    if said and said[0] in NEGATING_OBJECTS:
        return True  # the object right after the verb
    if "that" not in words:
        return False
    return any(w in NEGATING_OBJECTS for w in words[:words.index("that")])


ACCOUNT_REACH = 11  # ", accounts that the government of President Nayib Bukele has rejected"
ACCOUNT_DETERMINERS = word_class("account_determiners")


def _rejects_accounts(cue: Span) -> bool:
    """"…, accounts the Salvadoran government has rejected", "…, an accusation El Salvador has
    rejected", "…, claims which the authorities have rejected": the object comes first, after
    the comma that closes the account."""
    before = lower_words(cue.doc)[max(0, cue.start - ACCOUNT_REACH):cue.start]
    if "," not in before or any(w in (".", ";") for w in before):
        return False
    rest = before[len(before) - before[::-1].index(","):]
    if rest[:1] and rest[0] in ACCOUNT_DETERMINERS:
        rest = rest[1:]
    return bool(rest) and rest[0] in NEGATING_OBJECTS


def _about_the_deal(cue: Span, clause: Clause) -> bool:
    """What is suspended or ended is the deal, its flights or transfers ("the scheme was
    scrapped", "halted the program", "ruled it unlawful"), not something else the government
    suspended ("suspended some constitutional rights")."""
    words = lower_words(cue.doc)
    if len(cue) == 1 and _halts_no_deal(words, cue.end):
        return False  # "paused before answering", "halted the hearing on the deportees"
    near = [c for c in clause.cues if c.label_ in ("ARRANGEMENT_NOUN", "MIGRATION", "TRANSFER_NOUN")
            and (c.start < cue.start or c.start - cue.end <= 8)]
    if near or len(cue) > 1 and any(w in RECEIVING_FORMS for w in words[cue.start:cue.end]):
        return True  # "grounded the first chartered flight"; "stopped taking back people"
    if talks_halted(cue, clause) or TALKS & set(words[cue.end:cue.end + 3]):
        return True  # "the talks were paused in January", "suspended negotiations"
    if _ones_for_deals(words, cue, clause):
        return True
    if any(w in SENDING_FORMS for w in words[cue.end:cue.end + 7]):
        return True  # "barred the administration from sending anyone to …"
    # "put them on ice", "put it on hold": the pronoun object stands before "on …"
    lo = cue.start - 1 if words[cue.start] == "on" and cue.start > 0 else cue.start
    return any(w in ("it", "this", "them", "all", "both", "these", "those")
               for w in words[lo:cue.end + 1]) or passive_of_a_pronoun(cue)


ONE_PRO_FORMS = word_class("one_pro_forms")
ONES_REACH = 2  # "terminated the ones", "ended all three ones"


def _ones_for_deals(words: list[str], cue: Span, clause: Clause) -> bool:
    """"Pacts of this kind date back to Trump's first term, and the Biden administration
    terminated the ones with Guatemala, Honduras and El Salvador": "one(s)" after the verb
    stands for the deal noun its sentence named before."""
    after = words[cue.end:cue.end + ONES_REACH + 1]
    # "the one-year review" is a numeral, not the pro-form
    return any(w in ONE_PRO_FORMS and after[i + 1:i + 2] != ["-"]
               for i, w in enumerate(after[:ONES_REACH])) and any(
        c.label_ == "ARRANGEMENT_NOUN" and c.end <= cue.start for c in clause.sentence_cues)


HALTED_OTHER_THINGS = word_class("halted_other_things")
PAUSE_FOLLOWERS = word_class("intransitive_pause_followers")
# "halted the new visas", "halted its hearing": what may stand before the halted thing
_HALT_OBJECT_OPENERS = word_class("halted_object_openers")


def _halts_no_deal(words: list[str], after: int) -> bool:
    """A halt verb used of no deal: intransitive ("the minister paused before answering") or
    whose object is a proceeding or another thing ("halted the hearing", "halting new visas")."""
    following = words[after:after + 3]
    if not following:
        return False
    if following[0] in PAUSE_FOLLOWERS:
        return True
    rest = [w for w in following if w not in _HALT_OBJECT_OPENERS]
    return bool(rest) and rest[0] in HALTED_OTHER_THINGS


# "barred the government from deporting a Salvadoran man to Liberia", "bars removal of four
# West Africans to Ghana": a court stopping the removal of named people, with no deal named, is
# a ruling in their case (a legal action), not a halt of the arrangement.
# The verb may follow up to five words, or stand inside the fifth ("U.S.-deporting"): each
# earlier word is matched whole, with its spaces, and the spaces possessively (a verb never
# starts in them), so no word is tried split into pieces: that backtracking cost a tenth of
# a millisecond per halt cue.
NAMED_PEOPLE_BARRED = re.compile(
    r"^\s*+(?>[\w.'’-]+\s+){0,4}[\w.'’-]*\s*+"
    r"\b(?:deporting|sending|removing|transferring|expelling|flying|"
    r"(?:removal|deportation|transfer|expulsion)s?\s+of)\s+(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:man|men|woman|women|"
    r"people|asylum\s+seekers?|migrants?|deportees?|detainees?|individuals?|persons?|plaintiffs?|"
    r"petitioners?|clients?|brothers?|family|families|[A-Z][a-z]+(?:ans|ians|ese|is|ns))\b"
    # "bars the men's transfer", "halted the family's removal"
    r"|^\s*(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:man|men|woman|women|family|"
    r"families|brothers?|plaintiffs?|petitioners?|clients?|detainees?|migrants?)\s*['’]\s*s?\s+"
    r"(?:removal|deportation|transfer|expulsion)\b")


# "will not become a safe third country", "refused to become a transit hub for deportees"
STATUS_WORDS = word_class("status_words")


def _becomes_something_else(cue: Span) -> bool:
    """"Palau would not become a dumping ground for anyone": refusing to become something other
    than a receiving state is no refusal of the request."""
    words = lower_words(cue.doc)
    if words[cue.end - 1] != "become":
        return False
    return not STATUS_WORDS & set(words[cue.end:cue.end + 5])


NOUN_OF = re.compile(r"\s(?=(?:removal|deportation|transfer|expulsion)s?\s+of\s)")


def _bars_named_people(cue: Span, clause: Clause) -> bool:
    """"a federal judge temporarily barred the government from deporting a Salvadoran man to
    Liberia", "Judge bars removal of four West Africans to Ghana" (FACTS.md rules 3, 6)."""
    if clause.has("ARRANGEMENT_NOUN"):
        return False  # "… from deporting 22 men to Belize under the agreement": the deal halted
    words = token_words(cue.doc)
    after = " " + " ".join(words[cue.end:min(clause.end, cue.end + 14)])
    if NAMED_PEOPLE_BARRED.search(after) is not None:
        return True
    # "The removal of the three men to Liberia was halted by a judge"
    before = " " + " ".join(words[max(clause.start, cue.start - 14):cue.start])
    return any(NAMED_PEOPLE_BARRED.match(before[m.start():]) is not None
               for m in NOUN_OF.finditer(before))


NOUNS_OF_SENDING = word_class("nouns_of_sending")
SENDING_GERUNDS = word_class("sending_forms")
PERSON_POSSESSIVES = word_class("court_returned_owners")
PERSON_OBJECTS = word_class("person_objects")
ONES_REMOVAL_REACH = 6  # "barred the U.S. government from sending her"


def _halts_ones_removal(cue: Span, clause: Clause) -> bool:
    """"A High Court judge had blocked his removal", "asking a judge to block their removal",
    "bars the U.S. government from sending her back to Cameroon", "barring ICE from removing
    Mbuyi to Rwanda": a halt of one person's (or a few named people's) removal, told by a
    pronoun or a name, is a ruling on their case (a legal action), not a halt of the deal."""
    if clause.has("ARRANGEMENT_NOUN"):
        return False
    doc = cue.doc
    words = lower_words(doc)
    states = {m.start for m in clause.mentions}
    lo, hi = max(clause.start + 1, cue.start - ONES_REMOVAL_REACH), \
        min(clause.end - 1, cue.end + ONES_REMOVAL_REACH)
    for i in range(lo, hi):
        if words[i] in NOUNS_OF_SENDING and words[i - 1] in PERSON_POSSESSIVES:
            return True  # "his removal", "their transfer"
        if i >= cue.end and words[i] in SENDING_GERUNDS and (
                words[i + 1] in PERSON_OBJECTS or
                doc[i + 1].text[:1].isupper() and i + 1 not in states):
            return True  # "from sending her", "from removing Mbuyi"
    return False


# "barred removals under the wartime law", "sent 238 men to CECOT under the Alien Enemies Act, a
# move a federal judge had ordered halted": a halt of removals under a law or power, with no
# deal named in the clause, is a ruling on that power (a legal action, FACTS.md rule 6), not a
# halt of the arrangement.
POWER_NOUNS = word_class("power_nouns")
POWER_REACH = 5


def _halts_a_power(cue: Span, clause: Clause) -> bool:
    if clause.has("ARRANGEMENT_NOUN"):
        return False
    words = lower_words(cue.doc)
    for i in range(clause.start, clause.end):
        if words[i] == "under" and \
                not POWER_NOUNS.isdisjoint(words[i + 1:min(clause.end, i + 1 + POWER_REACH)]):
            return True
    return False


# "ended up taking in 299", "ends up in a tent", "finished off": what finally happened, not an
# ending of the deal.
PHRASAL_PARTICLES = word_class("phrasal_particles")


def _phrasal_outcome(cue: Span) -> bool:
    """"Panama ended up taking in 299 deportees", "they ended up in tents near Dunkirk"."""
    words = lower_words(cue.doc)
    return words[cue.end - 1] not in PHRASAL_PARTICLES and \
        words[cue.end:cue.end + 1] in ([p] for p in PHRASAL_PARTICLES)


SINGLE_EVENTS = word_class("single_events")
RELATIVES = word_class("relative_objects")
PASSIVE_AUXILIARIES = word_class("be_have_will_auxiliaries")
EVENT_REACH = 4  # "an asylum appointment that had been cancelled"


def _one_event_called_off(cue: Span) -> bool:
    """"his flight was cancelled", "an asylum appointment that was cancelled": a passive ending
    whose subject is one flight, hearing or visit, not the deal."""
    words = lower_words(cue.doc)
    i = cue.start
    while i > max(0, cue.start - EVENT_REACH) and words[i - 1] in PASSIVE_AUXILIARIES | RELATIVES:
        i -= 1
    return i < cue.start and i > 0 and words[i - 1] in SINGLE_EVENTS


def passive_of_a_pronoun(cue: Span) -> bool:
    """"It was scrapped by Labour", "it has since been put on hold": the pronoun subject of a
    passive ending stands for the deal just reported."""
    before = lower_words(cue.doc)[max(0, cue.start - 4):cue.start]
    if "it" not in before:
        return False
    after_it = before[len(before) - before[::-1].index("it"):]
    return bool(after_it) and after_it[-1] in PASSIVE_AUXILIARIES and \
        all(w in PASSIVE_AUXILIARIES or w in ("since", "now", "later", "then", "also")
            for w in after_it)


TALKS = word_class("talk_nouns_plural")
TALKS_REACH = 6


def talks_halted(cue: Span, clause: Clause) -> bool:
    """"the talks were paused in January": talks as the subject of a halt or ending; "resumed
    talks with Kigali, two years after they were frozen": "they" standing for the talks just
    named in the sentence."""
    words = lower_words(cue.doc)
    return bool(TALKS & set(words[max(clause.start, cue.start - TALKS_REACH):cue.start])) or \
        _they_the_talks(words, cue.start)


THEY_REACH = 20


def _they_the_talks(words: list[str], cue_start: int) -> bool:
    before = words[max(0, cue_start - 3):cue_start]
    if "they" not in before or not all(w in PASSIVE_AUXILIARIES | {"were", "are", "they"}
                                       for w in before[before.index("they"):]):
        return False
    earlier = words[max(0, cue_start - THEY_REACH):cue_start - len(before)]
    cut = max((i for i, w in enumerate(earlier) if w in SENTENCE_ENDS), default=-1)
    return bool(TALKS & set(earlier[cut + 1:]))
EXPECTATION_WORDS = word_class("expectation_words")


def _hedged_soon(clause: Clause) -> Cue | None:
    """"Uganda could receive its first group as early as next month": a hedged arrival read from
    its parts (expected_arrivals.py), with a time word of expectation in the clause."""
    cue = hedged_arrival(clause)
    return cue if cue is not None and (says_expected(cue) or _expected_soon(cue, clause)) \
        else None


def _expected_soon(cue: Span, clause: Clause) -> bool:
    """Rule 10: an expected transfer ("the first deportees could arrive within weeks") is a
    speculative implementation; a bare possibility ("they could be sent to Rwanda") is not."""
    return not EXPECTATION_WORDS.isdisjoint(clause.word_set(cue.doc))


START_VERBS = word_class("start_verbs")
MOVERS = ("TRANSFER_NOUN", "PEOPLE")


def _start_of_something_else(cue: Span, clause: Clause) -> bool:
    """"Removals to both partners will begin in the coming weeks", "the first flights are set to
    begin": a start is an expected transfer only when what starts is one ("talks will begin
    next week", "construction should start soon" are not)."""
    if lower_words(cue.doc)[cue.end - 1] not in START_VERBS:
        return False
    return not any(m.end <= cue.start for cat in MOVERS for m in clause.cue_values(cat))


def _about_people_sent(clause: Clause) -> bool:
    """"has hosted a centre for asylum seekers", "only Guatemala's (agreement) was ever used":
    hosting or using is implementation only when its sentence speaks of people or a deal, not
    when a leader "hosted the leaders of Liberia"."""
    return any(c.label_ in ("ARRANGEMENT_NOUN", "MIGRATION", "PEOPLE", "KIND")
               for c in clause.sentence_cues)


MEETINGS = word_class("meeting_nouns")


def _holds_a_meeting(cue: Span) -> bool:
    """"has been holding talks", "has hosted a summit": a meeting, not people held or hosted."""
    following = [w for w in lower_words(cue.doc)[cue.end:cue.end + 3]
                 if w not in ("a", "an", "the", "regular", "weekly", "several", "further")]
    return bool(following) and following[0] in MEETINGS


RECEIVING_VERBS = word_class("receiving_verbs")
RECEIVING_FORMS = word_class("receiving_forms")
SENDING_FORMS = word_class("sending_forms")


def _offers_to_receive(cue: Span) -> bool:
    """"Bukele offered to hold deportees of any nationality": a state offering to take people
    has consented (FACTS.md rule 3, "willing to accept")."""
    if cue.text.lower() not in ("offered", "offer", "offers"):
        return False
    words = lower_words(cue.doc)[cue.end:cue.end + 6]  # "offered in February to hold"
    return any(a == "to" and b in RECEIVING_VERBS for a, b in zip(words, words[1:], strict=False))


PEOPLE_REFUSED = word_class("people_refused")
REFUSED_CLAIMS = word_class("refused_claim_nouns")


def _describes_people(cue: Span) -> bool:
    """"rejected asylum seekers", "people rejected in Belgium": a participle for people whose
    claims failed, not a refusal; "asylum seekers who refused to leave": people refusing;
    "would not take migrants" is one."""
    words = lower_words(cue.doc)
    # "rejected Afghan asylum seekers": a demonym between the participle and the people; in a
    # headline set in title case ("Hosting Rejected Asylum Seekers") the people are capitalised
    # too, so each capitalised word is tried as the people's noun before being passed over.
    following = []
    if len(cue) == 1:
        after = cue.end
        while after < min(cue.end + 3, len(words)):
            following.append(words[after])
            if not cue.doc[after].is_title:
                break
            after += 1
    preceding = words[cue.start - 1:cue.start] if cue.start else []
    return any(w in REFUSED_CLAIMS for w in following) or \
        bool(preceding) and preceding[0] in PEOPLE_REFUSED


COURT_WORDS = word_class("court_words")


def _asks_a_court(cue: Span) -> bool:
    """"asked the High Court to …", "asked the kingdom's High Court": a legal request, not a
    state approached; "had asked to remain in Rwanda": people asking."""
    words = lower_words(cue.doc)
    following = words[cue.end:cue.end + 6]
    return any(w in COURT_WORDS for w in following) or \
        following[:1] == ["to"] and following[1:2] and following[1] in PEOPLE_ASKING or \
        _court_asked(words, cue.start)


COURT_SUBJECT_REACH = 10  # "judges in Accra, Mbabane and Kampala have been asked"


def _court_asked(words: list[str], start: int) -> bool:
    """"judges in Accra, Mbabane and Kampala have been asked whether their governments could
    lawfully agree": a court, the subject of the passive, is asked a question of law."""
    if words[start - 1:start] not in (["been"], ["was"], ["were"], ["is"], ["are"]):
        return False
    before = words[max(0, start - COURT_SUBJECT_REACH):start]
    if SENTENCE_ENDS & set(before):
        before = before[max(i for i, w in enumerate(before) if w in SENTENCE_ENDS) + 1:]
    return not COURT_WORDS.isdisjoint(before)


INABILITY = word_tuple("inability")


def _possible_only(cue: Span) -> bool:
    """"can approve or reject each person", "the right to refuse": a power, not a refusal."""
    phrase = cue.text.lower()  # once: a Span builds its text token by token
    if phrase.startswith(INABILITY) or phrase.split()[0] in NEGATORS:
        # "Guatemala is not in a position to", "was unable to host", "Mexico is not going to
        # be a safe third country": a refusal
        return False
    words = lower_words(cue.doc)[max(0, cue.start - 3):cue.start]
    if words and _passive_before(words):
        # "those who are refused": people refused, not a state refusing; "an earlier approach
        # to Pristina … had been rebuffed" is a request refused
        return not _request_refused(cue)
    wider = lower_words(cue.doc)[max(0, cue.start - 5):cue.start]
    if any(a == "to" and b == "be" for a, b in zip(wider, wider[1:], strict=False)):
        return True  # "allows claims to be processed faster and rejected"
    # "free to refuse" is a power; "of their own free will and would not take" is not
    return any(w in ("can", "may", "could", "might", "or", "right", "able") for w in words) or \
        words[-2:] == ["free", "to"]


def _passive_before(words: list[str]) -> bool:
    """A form of "be" or "get" just before the participle, or before an adverb of manner
    ("whose claims have been finally rejected", "the idea was flatly rejected")."""
    last = len(words) - 1
    if last > 0 and words[last].endswith("ly"):
        last -= 1
    return words[last] in ("are", "is", "were", "was", "be", "been", "being", "get", "got")


REFUSED_REQUESTS = word_class("rejected_request_nouns")
SUBJECT_BREAKS = word_class("clause_break_words")
REFUSED_SUBJECT_REACH = 12


def _request_refused(cue: Span) -> bool:
    """The subject of a passive refusal is a request, with what it asked for ("the proposal was
    rejected", "an approach to Pristina about hosting such a hub had been rebuffed", "the idea
    of hosting deportees had been rejected"), not people ("those who are refused")."""
    words = lower_words(cue.doc)
    for i in range(cue.start - 1, max(-1, cue.start - REFUSED_SUBJECT_REACH), -1):
        if not words[i].isalnum() or words[i] in SUBJECT_BREAKS:
            return False
        if words[i] in REFUSED_REQUESTS:
            return True
    return False


CONDITION_REACH = 6


def _a_condition(cue: Span, clause: Clause) -> bool:
    """"would not accept people with criminal records or unaccompanied minors": who a deal
    excludes, not a refusal of it."""
    return any(0 <= c.start - cue.end <= CONDITION_REACH for c in clause.cue_values("CONDITION"))


COUNT_LEADS = word_class("count_leads")
CAPACITY_LEADS = word_class("capacity_leads")


def _accepted_a_count(cue: Span) -> bool:
    """"has accepted more than 5,000 non-Mexicans": a count of people taken in is a removal
    told in passing, not a consent to a deal ("accepted up to 250" is a capacity)."""
    if cue.text.lower().split()[-1] not in ("accepted", "accepts"):
        return False
    doc = cue.doc
    words = lower_words(doc)
    if _accepted_flights(words, cue):
        return True
    i = cue.end
    while i < min(len(doc), cue.end + 4) and words[i] in COUNT_LEADS:
        i += 1
    return i < len(doc) and doc[i].like_num and \
        not CAPACITY_LEADS & set(words[cue.end:i])


COUNTED_PEOPLE = word_class("people_taken_nouns")
COUNTED_PEOPLE_REACH = 3  # "14 West African people", "9 of the men"


def _refused_a_count(cue: Span) -> bool:
    """"Rwanda has turned down 14 people proposed by U.S. authorities", "rejected 9 of the men":
    counted people refused one by one under a deal it vets them by, not a refusal of the deal
    ("turned down two U.S. requests" is one)."""
    doc = cue.doc
    words = lower_words(doc)
    i = cue.end
    while i < min(len(doc), cue.end + 4) and words[i] in COUNT_LEADS:
        i += 1
    return i < len(doc) and doc[i].like_num and \
        not COUNTED_PEOPLE.isdisjoint(words[i + 1:i + 1 + COUNTED_PEOPLE_REACH])


ONE_PERSON = word_class("one_person_objects")
ONE_PERSON_REACH = 4  # "declined to issue him travel documents"


def _refuses_one_person(cue: Span) -> bool:
    """"Havana would not accept him", "Venezuela won't take him back", "has declined to issue
    him travel documents", "will not take them back": a state refusing one person, or
    refusing to take its people back, refuses no deal to receive others' nationals."""
    words = lower_words(cue.doc)
    after = words[cue.end:cue.end + ONE_PERSON_REACH]
    if not ONE_PERSON.isdisjoint(after):
        return True
    return after[:1] == ["back"] or after[:2] in (["them", "back"], ["us", "back"])


# "Cuba rarely accepts deportation flights", "has accepted more than a dozen U.S. charter
# flights carrying its own citizens", "flights … are routinely accepted by Caracas": a state
# receiving planes tells of returns or arrivals, not of consent to a deal; a readiness or
# consent ("ready to accept further flights", "agreed to accept flights") is another cue.
RECEIVED_FLIGHTS = word_class("received_flight_nouns")
FLIGHTS_REACH = 7
FLIGHTS_BEFORE = 8
OBJECT_STOPS = word_class("accepted_object_stops")
PASSIVE_BE = word_class("passive_before_verb")


def _accepted_flights(words: list[str], cue: Span) -> bool:
    for i in range(cue.end, min(len(words), cue.end + FLIGHTS_REACH)):
        if words[i] in RECEIVED_FLIGHTS:
            return True
        if words[i] in OBJECT_STOPS:
            break
    before = words[max(0, cue.start - FLIGHTS_BEFORE):cue.start]
    return bool(RECEIVED_FLIGHTS & set(before)) and bool(PASSIVE_BE & set(before)) and \
        cue.end < len(words) and words[cue.end] == "by"


TERMS_REACH = 5


def _terms_of_a_deal(cue: Span) -> bool:
    """"a deal under which Gabon would take in deportees is being finalised": what the deal
    provides, not that it was agreed (its own verb says how far it got)."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - TERMS_REACH):cue.start]
    if words[cue.start] == "to" and before[-1:] and before[-1] in TERMS_DEAL_NOUNS:
        return True  # "ended its arrangement to take in deportees": what the deal provided
    if words[cue.start] == "to" and _deal_with_a_partner(before):
        return True
    return any(a == "under" and b == "which" for a, b in zip(before, before[1:], strict=False)) \
        or "whereby" in before


TERMS_DEAL_NOUNS = word_class("own_deal_nouns")
DEAL_COMPLEMENT_STARTS = word_class("deal_complement_starts")
PARTNER_BREAKS = SENTENCE_ENDS | {",", ";"}
DEAL_FOR_SUBJECT = word_class("deal_for_subject_starts")  # "a deal for Ghana to take in"


def _deal_with_a_partner(before: list[str]) -> bool:
    """"Denmark's agreement with Rwanda to take in asylum seekers is almost finished": a deal
    noun and its partner ("with Rwanda", "between London and Kigali", "for Ghana") right
    before the infinitive; the infinitive tells what the deal provides, as after the bare
    noun."""
    for i in range(len(before) - 2, -1, -1):
        if before[i] in TERMS_DEAL_NOUNS:
            return (before[i + 1] in DEAL_COMPLEMENT_STARTS or
                    before[i + 1] in DEAL_FOR_SUBJECT) and \
                not PARTNER_BREAKS & set(before[i + 1:])
    return False


UNTIL_WORDS = word_class("until_words")


def _not_yet_signed(cue: Span) -> bool:
    """"publish any memorandum before it is signed", "until the deal is agreed": a signing still
    to come, not one that happened."""
    before = lower_words(cue.doc)[max(0, cue.start - 4):cue.start]
    return len(before) >= 2 and before[-1] in ("is", "are") and \
        any(w in UNTIL_WORDS for w in before[:-1])


NO_MORE = word_class("no_more")


def _no_more(cue: Span) -> bool:
    """"Costa Rica will not receive further flights": a state that has taken people stops —
    the arrangement ends (not "claims rejected more easily")."""
    words = lower_words(cue.doc)
    at = cue.end + 1 if words[cue.end:cue.end + 1] == ["any"] else cue.end  # "any more flights"
    following = words[at:at + 1]
    negated = any(w in ("not", "n't", "no") for w in words[cue.start:cue.end])
    return negated and bool(following) and following[0] in NO_MORE and \
        words[at + 1:at + 2] != ["nationals"]


MONTH_NAMES = word_class("month_names_capitalised")  # not "May": "a May agreement" is rare


def _dated_agreement(clause: Clause) -> Span | None:
    """"a 2023 agreement with Rome", "a February agreement": a dated deal reports its signing."""
    for noun in clause.cue_values("ARRANGEMENT_NOUN"):
        at = noun.start - 1
        if at < clause.start:
            continue
        doc = noun.doc
        # the word's text first: a Token is built only for a four-digit "19…"/"20…" word
        prev = token_words(doc)[at]
        if len(prev) == 4 and prev[:2] in ("19", "20") and doc[at].like_num or \
                prev in MONTH_NAMES:
            return doc[at:noun.end]
    return None


# "paid", "a $7.5m payment to Malabo", "has set aside $7.5 million for the government"
PAY_WORDS = word_class("pay_words")
# "paid $7.5 million to accept third-country nationals", "to pay San Salvador … to hold them",
# "a payment to Malabo for receiving deportees"
TAKING_VERBS = word_class("taking_verbs")
TAKING_GERUNDS = word_class("taking_gerunds")
PAID_REACH = 14  # tokens from the verb of paying to the infinitive of taking people


def paid_to_take(clause: Clause) -> Span | None:
    """The payment for taking people, even those already sent ("was paid to hold them"): a
    deal the people were sent under (rule 2)."""
    return _paid_to_hold(clause, already_sent=True)


def _paid_to_hold(clause: Clause, *, already_sent: bool = False) -> Span | None:
    """"Equatorial Guinea was paid $7.5 million to accept third-country nationals", "Washington
    is paying Ghana $2 million to receive deportees": a payment for taking people is a deal
    agreed (its terms give the amount)."""
    doc = clause.doc()
    if doc is None:
        return None
    if PAY_WORDS.isdisjoint(clause.word_set(doc)):
        return None  # most clauses: one set test instead of a loop over their words
    words = lower_words(doc)
    for i in range(clause.start, clause.end):
        if words[i] not in PAY_WORDS or words[i] == "aside" and words[i - 1] != "set":
            continue
        for j in range(i + 1, min(clause.end - 1, i + PAID_REACH)):
            if words[j] in (".", ";"):
                break
            if words[j] == "to" and words[j + 1] in TAKING_VERBS or \
                    words[j] == "for" and words[j + 1] in TAKING_GERUNDS:
                if words[j + 2:j + 3] == ["them"] and not already_sent:
                    return None  # "was paid to hold them": the use told before (rule 2)
                return doc[i:j + 2]
    return None


COUNTED_THEM_REACH = 4  # "up to 3,000 of them"
COUNTED_THEM_LEADS = COUNT_LEADS | CAPACITY_LEADS | word_class("counted_them_leads")


def _counted_of_them(doc, at: int) -> bool:
    """"will hold up to 3,000 of them a month", "will take some of them": a count of "them"
    right after the verb of taking is a number of the people told before, as a people noun
    there is; "will hold talks with some of them" is no count after the verb."""
    words = lower_words(doc)
    for k in range(at, min(len(words) - 1, at + COUNTED_THEM_REACH + 1)):
        if words[k:k + 2] == ["of", "them"]:
            return k > at
        if not (doc[k].like_num or words[k] in COUNTED_THEM_LEADS):
            return False
    return False


def _promised_to_take(clause: Clause, approach: list) -> Span | None:
    """"announced that Guatemala would take deportees of other nationalities", "said his
    country would serve as a \"bridge\" for deportees", "Kosovo will temporarily host up to 50
    people": a state's stated promise to take people is its consent (FACTS.md rule 3,
    "willing to accept"); a refusal ("would not take") or a wish is not."""
    modals = [c for c in clause.cue_values("FUTURE") if c.text.lower() in MODALS]
    if not modals:
        return None
    doc = modals[0].doc
    words = lower_words(doc)
    for modal in modals:
        i = modal.start
        rest = [j for j in range(i + 1, min(clause.end, i + PROMISE_REACH + 1))
                if words[j] not in PROMISE_SKIP]
        if not rest or words[rest[0]] not in PROMISE_VERBS | ROLE_VERBS:
            continue
        verb, after = rest[0], [words[j] for j in rest[1:4]]
        if words[verb] in ROLE_VERBS:
            found = after[:1] == ["as"] and bool(ROLE_NOUNS & set(after[1:3]))
        else:
            following = words[verb + 1:verb + 5]
            found = bool(following) and following[0] not in NOT_PEOPLE_TAKEN and \
                bool(PEOPLE_NOUNS & set(following)) or _counted_of_them(doc, verb + 1)
        if not found:
            continue
        span = doc[i:verb + 1]
        if _under_intent(span, clause) or any(a.start < i for a in approach) or \
                content_of_a_proposal(modal):
            return None
        return span
    return None


def _promised_in_a_proposal(cue: Span) -> bool:
    """"a possible agreement by which the country would receive asylum seekers": a "would
    receive" cue inside a deal only proposed or possible (``content_of_a_proposal``)."""
    return lower_words(cue.doc)[cue.start] in MODALS and content_of_a_proposal(cue)


# "people have signed up", "returnees had also signed": active only ("asylum seekers was signed" is
# a deal on them, signed)
SIGNER_AUXILIARIES = word_class("active_signer_auxiliaries")


def _people_sign(cue: Span, clause: Clause) -> bool:
    """"6,200 people have signed up since the programme started", "hundreds of returnees
    signed up for the job scheme", "the men signed voluntary departure forms": people, not a
    state, are who sign, right before the verb (auxiliaries aside)."""
    words = lower_words(cue.doc)
    sign = next((i for i in range(cue.start, cue.end) if words[i].startswith("sign")), None)
    if sign is None:
        return False
    for people in clause.cue_values("PEOPLE"):
        between = words[people.end:sign]
        if people.end <= sign and all(w in SIGNER_AUXILIARIES for w in between):
            return True
    return False


REQUEST_REACH = 6


def _requested(cue: Span, approach: list[Span]) -> bool:
    """"a resolution asking the president to reject any such arrangement", "urged London to scrap
    the deal": a request governs the infinitive after it; the refusal or ending is only asked
    for."""
    words = lower_words(cue.doc)
    return words[cue.start - 1:cue.start] == ["to"] and \
        any(a.end <= cue.start and cue.start - a.end <= REQUEST_REACH for a in approach)


# "calls on the African Union … and on the United States to suspend removals", "urged London to
# scrap the deal": an appeal whose infinitive is the halt; "seeks an injunction barring any
# transfers", "applied for an order blocking the flights": a halt asked of a court.
APPEAL_VERBS = word_class("appeal_verbs")
APPEAL_REACH = 25
SEEKING = word_class("seeking_verbs")
COURT_ORDERS = word_class("court_orders")
SEEKING_REACH = 4


def _halt_asked_for(cue: Span) -> bool:
    """A halt or ending that someone appeals for or asks a court for, not one that happened."""
    words = lower_words(cue.doc)
    first = sentence_firsts(cue.doc)[cue.start]
    if words[cue.start - 1:cue.start] == ["to"]:
        window = words[max(first, cue.start - APPEAL_REACH):cue.start]
        if "on" in window and not APPEAL_VERBS.isdisjoint(window):
            return True
    before = words[max(first, cue.start - SEEKING_REACH):cue.start]
    return bool(before) and before[-1] in COURT_ORDERS and not SEEKING.isdisjoint(before)


def _under_intent(cue: Span, clause: Clause) -> bool:
    return any(i.start < cue.start and cue.start - i.end <= 8 for i in clause.cue_values("INTENT"))


def _counterfactual(cue: Span, clause: Clause) -> bool:
    """"could have sought protection in Turkey", "would have resettled": what did not happen."""
    return any(c.end <= cue.start and cue.start - c.end <= 2
               for c in clause.cue_values("COUNTERFACTUAL") if c.kb_id_ == "possible")


PEOPLE_ASKING = word_class("verbs_people_ask_to")
PROTECTION_WORDS = word_class("protection_words")


def _seeks_protection(cue: Span) -> bool:
    """"sought protection in Turkey", "seeking asylum", "protection requests from third-country
    nationals": people asking for refuge, not a state asking another to take people."""
    words = lower_words(cue.doc)
    return any(w in PROTECTION_WORDS for w in words[cue.end:cue.end + 2]) or \
        words[cue.start - 1:cue.start] != [] and words[cue.start - 1] in PROTECTION_WORDS


# "the arrangement … had concluded", "the deal has ended": a deal as the subject of "concluded"
# has run its course; "concluded an agreement" is a signing.
OBJECT_STARTERS = word_class("object_starters")


def _under_pressure(cue: Span) -> bool:
    """"returned under pressure": how people left, not a state being pressed."""
    return lower_words(cue.doc)[cue.start - 1:cue.start] == ["under"]


def _presses_ahead(cue: Span) -> bool:
    """"pressing ahead with the scheme", "pressed on with the transfers": going on with a
    thing, not pressure on a state."""
    if not cue.text.lower().startswith("press"):
        return False
    after = lower_words(cue.doc)[cue.end:cue.end + 2]
    return after[:1] == ["ahead"] or after == ["on", "with"]


DEAL_REFERENCE_REACH = 3


def _deal_in_force(cue: Span, clause: Clause) -> bool:
    """"lodged in a camp in application of a memorandum of understanding": a deal's name after
    "under", "in the framework of" … refers to a deal in force, it reports no signing."""
    noun = any(n.start <= cue.start and cue.end <= n.end  # not "an understanding reached"
               for n in clause.cue_values("ARRANGEMENT_NOUN"))
    return noun and any(0 <= cue.start - r.end <= DEAL_REFERENCE_REACH
                        for r in clause.cue_values("DEAL_REFERENCE"))


def _moved_under_a_deal(clause: Clause) -> Span | None:
    """"were flown to Nauru on 11 August under Australia's processing arrangement", "have all
    received deportees under arrangements whose texts …": people moved or received under a deal
    put it in use (FACTS.md rule 2); planned, hedged or negated movements do not."""
    deals = clause.cue_values("ARRANGEMENT_NOUN")
    if not deals or home_cues(clause):  # "received 30 of its own citizens"
        return None
    words = lower_words(deals[0].doc)
    under = [r for r in clause.cue_values("DEAL_REFERENCE")
             if any(_names_the_deal(words, r.end, n.start) for n in deals)]
    # "the undisclosed agreement under which the men were received": the movement follows
    relative = [n for n in deals if words[n.end:n.end + 2] == ["under", "which"]]
    if not under and not relative:
        return None
    moves = clause.cue_values("MOVE") + _started_moves(clause) + _held_in_passive(clause)
    for move in sorted(moves, key=lambda m: m.start):
        before_deal = bool(under) and move.start < under[0].start
        after_relative = (any(move.start > n.end + 1 for n in relative) or
                          _after_a_fronted_deal(words, clause, under, move)) and \
            words[move.end - 1] not in PRESENT_MOVES
        if (before_deal or after_relative) and not is_negated(move) and \
                not NEGATORS & set(words[clause.start:move.start]) and \
                not _expected_near(clause, clause.start, move.end) and \
                not any(c.start < move.start for c in clause.cue_values("INTENT")) and \
                not _people_to_be_taken(words, move.start):
            return move
    return None


FRONTED_DEAL_REACH = 6  # "Under the agreement with Washington," from "under" to the comma


def _after_a_fronted_deal(words: list[str], clause: Clause, under: list[Span],
                          move: Span) -> bool:
    """"Under the agreement, the United States has started sending deportees to Eswatini": a
    deal named by a phrase that opens the clause and ends at a comma governs the movement that
    follows the comma, as one after the movement does."""
    if not under or under[0].start != clause.start or not under[0][0].is_sent_start:
        return False  # "No transfers to Guatemala under the new accord": the deal is no opener
    return "," in words[under[0].end:min(move.start, under[0].end + FRONTED_DEAL_REACH)] and \
        "to" not in words[move.start - 2:move.start]  # "people were to be flown": a plan


HELD_PARTICIPLES = word_class("held_moves")


def _held_in_passive(clause: Clause) -> list[Span]:
    """"Six deportees have been housed under the arrangement", "are held in Albania under the
    protocol": people held in a passive (its auxiliary right before the participle) are people
    the deal has brought there."""
    doc = clause.doc()
    if doc is None:
        return []
    words = lower_words(doc)
    return [doc[i:i + 1] for i in range(max(clause.start, 1), min(clause.end, len(words)))
            if words[i] in HELD_PARTICIPLES and words[i - 1] in PASSIVE_BE]


STARTED_FORMS = word_class("started_forms")
STARTED_GERUNDS = SENDING_GERUNDS | word_class("moving_gerunds")  # "began relocating"


def _started_moves(clause: Clause) -> list[Span]:
    """"Italy began transferring migrants to Albania", "has started deporting": the gerund of
    a sending verb right after a verb of starting tells a movement begun. The gerund alone is no
    movement ("a memorandum on transferring asylum seekers"), so MOVE does not list it."""
    doc = clause.doc()
    if doc is None:
        return []
    words = lower_words(doc)
    return [doc[i + 1:i + 2] for i in range(clause.start, min(clause.end, len(words)) - 1)
            if words[i] in STARTED_FORMS and words[i + 1] in STARTED_GERUNDS]


TAKEN_PEOPLE_REACH = 8  # "to take in up to 50 people deported"


def _people_to_be_taken(words: list[str], move_start: int) -> bool:
    """"agreed to take in up to 50 people deported from the United States under an
    arrangement", "will host migrants removed by Washington under the deal": the movement word
    describes the people a state is to take, the object of an infinitive or modal of taking,
    not a transfer done."""
    for i in range(move_start - 1, max(0, move_start - TAKEN_PEOPLE_REACH) - 1, -1):
        if words[i] in SENTENCE_ENDS:
            return False
        if words[i] in TAKING_VERBS and i > 0 and (words[i - 1] == "to" or words[i - 1] in MODALS):
            return True
    return False


# "every agreement under which the United States sends people": what a deal does in general,
# not people it moved.
PRESENT_MOVES = word_class("present_moves")
DEAL_NAME_REACH = 5
DEAL_NAME_BREAKS = word_class("deal_name_breaks")


def _names_the_deal(words: list[str], after_reference: int, noun_start: int) -> bool:
    """"under the protocol", "under Australia's regional processing arrangement", "under the
    Italy–Albania protocol": the words between "under" and the deal's noun only name it."""
    between = words[after_reference:noun_start]
    return 0 <= len(between) <= DEAL_NAME_REACH and not DEAL_NAME_BREAKS & set(between)


PRESSURE_NOUNS = word_class("pressure_nouns")


APPROACH_NOUNS = word_class("approach_nouns")
OVERTURE_DETERMINERS = word_class("overture_determiners")
OVERTURE_REACH = 3  # "an earlier informal approach to"


def _a_policy_approach(cue: Span) -> bool:
    """"made an informal approach to Montenegro", "an approach to Saudi Arabia went nowhere" are
    overtures; "its approach to asylum", "the U.S. approach to Mexico" are policies."""
    words = lower_words(cue.doc)
    return words[cue.start] in APPROACH_NOUNS and OVERTURE_DETERMINERS.isdisjoint(
        words[max(0, cue.start - OVERTURE_REACH):cue.start])


SELF_CHOSEN = word_class("self_chosen_words")
VOLUNTARY_REACH = 5  # "pressured to sign \"voluntary return\" forms"


def _pressed_to_leave(cue: Span, clause: Clause) -> bool:
    """"Syrians being pressured into signing "voluntary return" forms", "pressed to accept
    "voluntary" departure": people pressed to leave of their own will, not a state asked to
    take them."""
    words = lower_words(cue.doc)[cue.end:min(clause.end, cue.end + VOLUNTARY_REACH)]
    return not SELF_CHOSEN.isdisjoint(words)


def _pressure_for_nothing(cue: Span, clause: Clause) -> bool:
    """"Washington applies new pressure on the Central American nation": pressure is a request
    only when the clause says what for ("pressure to take in deportees", "despite American
    pressure, has never signed such an agreement")."""
    if cue.text.lower() not in PRESSURE_NOUNS:
        return False
    words = lower_words(cue.doc)[cue.end:clause.end]
    return not (clause.has("ARRANGEMENT_NOUN") or clause.has("KIND") or
                any(w in RECEIVING_VERBS or w in RECEIVING_FORMS for w in words))


RIGHTS_SUSPENDED = word_class("rights_suspended")
# "suspended key constitutional rights", "suspended constitutional guarantees"
RIGHT_MODIFIERS = word_class("right_modifiers")


def _suspends_a_right(cue: Span) -> bool:
    """"Greece suspends the asylum for arrivals from Libya", "suspended asylum applications": a
    right or procedure at home, not the deal."""
    after = [w for w in lower_words(cue.doc)[cue.end:cue.end + 4]
             if w not in ("the", "all", "new") and w not in RIGHT_MODIFIERS]
    return bool(after) and after[0] in RIGHTS_SUSPENDED


SAID_NO_ENDS = word_class("said_no_ends")


def _no_as_a_determiner(cue: Span) -> bool:
    """"said no discussions had taken place": "no" goes with a noun, it is no refusal ("has said
    no", "said no to the request" are)."""
    if not cue.text.lower().endswith(" no"):
        return False
    following = lower_words(cue.doc)[cue.end:cue.end + 1]
    return bool(following) and following[0].strip() != "" and following[0] not in SAID_NO_ENDS


NO_COMMENT = word_class("no_comment")


def _no_comment(cue: Span) -> bool:
    """"declined to comment", "refused to name them": a source's silence, not a refusal."""
    following = lower_words(cue.doc)[cue.end:cue.end + 2]
    return following[:1] == ["to"] and following[1:2] and following[1] in NO_COMMENT


QUESTION_OPENERS = word_class("question_openers")
ASKED_ABOUT = word_class("asked_question_words")
PASSIVE_OPENERS = word_class("asked_passive_openers")  # "getting asked whether", ", asked about"
ASKED_WHEN_REACH = 5  # "Asked at a news conference on Monday whether …"


def _a_question(cue: Span) -> bool:
    """"the president was asked about it at her news conference", "Asked whether Nigeria would
    accept deportees, the minister said …", "Asked on Tuesday whether …", "I keep getting asked
    whether Fiji is next", "a spokesperson, asked about the handover, said": a journalist's
    question put to the speaker (a participle with no asker, or a get-passive)."""
    words = lower_words(cue.doc)
    if words[cue.end:cue.end + 1] == ["about"] and \
            words[cue.start - 1:cue.start] in (["was"], ["were"], ["been"], ["is"], ["are"]):
        return True
    if words[cue.end - 1] == "asked" and _asked_about_a_thing(words, cue.end):
        return True
    if cue.text.lower() != "asked":
        return False
    if words[cue.start - 1:cue.start] and words[cue.start - 1] in PASSIVE_OPENERS:
        return words[cue.end:cue.end + 1] != [] and words[cue.end] in ASKED_ABOUT or \
            _question_follows(words, cue.end) and "by" not in words[cue.end:cue.end + 3]
    opening = cue.start == 0 or words[cue.start - 1] in QUESTION_OPENERS or \
        words[cue.start - 1].strip() == ""
    return opening and _question_follows(words, cue.end)


def _asked_about_a_thing(words: list[str], end: int) -> bool:
    """"the question the Supreme Court asked about Rwanda", "MPs asked about the partnership":
    a question about a thing, whoever puts it; "asked about hosting deportees" may be a request."""
    return words[end:end + 1] == ["about"] and TAKING_GERUNDS.isdisjoint(words[end + 1:end + 4])


def _question_follows(words: list[str], start: int) -> bool:
    """A question word right after ``start`` or after a short time or place phrase ("last
    week whether", "in the Commons whether")."""
    for i in range(start, min(len(words), start + ASKED_WHEN_REACH + 1)):
        if words[i] in ASKED_ABOUT:
            return True
        if not words[i].isalnum():
            return False
    return False


def _asks_anonymity(cue: Span) -> bool:
    """"asked not to be named": a source, not a state approached."""
    return lower_words(cue.doc)[cue.end:cue.end + 2] == ["not", "to"]


GENERIC_REFUSERS = word_class("generic_refusers")


def _generic_refuser(cue: Span) -> bool:
    """"migrants whose own countries will not take them back": countries in general, not a
    receiving state's refusal."""
    return any(w in GENERIC_REFUSERS for w in lower_words(cue.doc)[max(0, cue.start - 2):cue.start])


WORK_VERBS = word_class("work_verbs")
DEAL_OBJECT_REACH = 4


def _works_on_no_deal(cue: Span, clause: Clause) -> bool:
    """"working on a returns deal with France" is talks; "working on the case" is not."""
    return cue.text.lower() in WORK_VERBS and not any(
        0 <= n.start - cue.end <= DEAL_OBJECT_REACH for n in clause.cue_values("ARRANGEMENT_NOUN"))


IMPLIED_TALKS = word_class("implied_talks")


def _talks_behind_a_deal(cue: Span) -> bool:
    """"the deal was the product of months of discussions", "reached after years of talks":
    talks implied by the deal they led to are no stage of their own (FACTS.md rule 2)."""
    return any(w in IMPLIED_TALKS for w in lower_words(cue.doc)[max(0, cue.start - 3):cue.start])


def _deal_has_run_out(cue: Span, clause: Clause) -> bool:
    """"the arrangement … had concluded" has ended; "the agreement concluded by the two
    governments", "concluded after several rounds of talks" is a signing."""
    if cue.text.lower() != "concluded":
        return False
    words = lower_words(cue.doc)
    following = words[cue.end:cue.end + 1]
    if following and following[0] in OBJECT_STARTERS | PARTICIPLE_FOLLOWERS:
        return False
    return words[cue.start - 1:cue.start] in (["had"], ["has"], ["have"]) and \
        any(n.end <= cue.start for n in clause.cue_values("ARRANGEMENT_NOUN"))


PARTICIPLE_FOLLOWERS = word_class("participle_followers")


NOT_YET = word_class("not_yet")
# Words that may stand between an ordinal and its noun: "the first chartered flight", "the
# second such flight".
ORDINAL_FILLER = word_class("ordinal_filler")


def ordinal_transfer(clause: Clause) -> Span | None:
    """"It was the ninth transfer under the protocol", "the first transfers took place in
    February": an ordinal movement under a deal reports that the deal is in use. Future,
    hedged or awaited ones ("before the first flight", "the first flight could leave") do not."""
    ordinals = clause.cue_values("ORDINAL")
    if not ordinals:
        return None
    words = lower_words(ordinals[0].doc)
    for ordinal in ordinals:
        for noun in clause.cue_values("TRANSFER_NOUN"):
            between = words[ordinal.end:noun.start]
            if noun.start >= ordinal.end and len(between) <= 2 and \
                    all(w in ORDINAL_FILLER for w in between):
                if any(w in NOT_YET for w in words[max(clause.start, ordinal.start - 3):
                                                       ordinal.start]) or \
                        _expected_near(clause, ordinal.start, noun.end):
                    return None
                return ordinal.doc[ordinal.start:noun.end]
        counted = _ordinal_group(clause, ordinal)
        if counted is not None:
            return counted
    return None


TIME_UNITS = [[w] for w in ("months", "years", "weeks", "days", "hours", "quarters")]


def _ordinal_group(clause: Clause, ordinal: Span) -> Span | None:
    """"received its first seven in mid-August", "the first 16 migrants were taken to …": an
    ordinal group of people moved (a count after the ordinal, a movement verb in the clause)."""
    doc = ordinal.doc
    if ordinal.end >= clause.end or not doc[ordinal.end].like_num or not clause.has("MOVE"):
        return None
    if lower_words(doc)[ordinal.end + 1:ordinal.end + 2] in TIME_UNITS:
        return None  # "in the first nine months of the year"
    words = lower_words(doc)
    if any(w in NOT_YET for w in words[max(clause.start, ordinal.start - 3):ordinal.start]) or \
            _expected_near(clause, ordinal.start, ordinal.end + 1):
        return None
    return doc[ordinal.start:ordinal.end + 1]


EXPECTATION_REACH = 6


def _expected_near(clause: Clause, start: int, end: int) -> bool:
    """"The first flight could leave next week", "plans for the first transfers": a future or
    intended movement near the phrase."""
    return any(start - EXPECTATION_REACH <= c.start <= end + EXPECTATION_REACH and
               c.text != "May"  # the month ("since May, when the first …"), not the modal
               for cat in ("FUTURE", "INTENT", "ARRIVAL_FUTURE") for c in clause.cue_values(cat))


RULING_VERBS = word_class("ruling_verbs")
UNLAWFUL = word_class("unlawful")
RULED_DETERMINERS = word_class("ruled_determiners")


def _ruled_unlawful(clause: Clause) -> Span | None:
    """"the Supreme Court ruled the plan unlawful", "judges declared the transfers illegal": a
    ruling that the deal or its transfers are unlawful halts them (FACTS.md rule 3)."""
    nouns = clause.cue_values("ARRANGEMENT_NOUN") + clause.cue_values("TRANSFER_NOUN")
    if not nouns:
        return None
    doc = nouns[0].doc
    words = lower_words(doc)
    for noun in nouns:
        # the word after the noun first: it is rarely "unlawful", the ruling verb is looked for
        # only then
        if noun.end >= len(words) or words[noun.end] not in UNLAWFUL:
            continue
        window = range(max(clause.start, noun.start - 3), noun.start)
        verb = next((i for i in reversed(window) if words[i] in RULING_VERBS), None)
        if verb is not None and all(w in RULED_DETERMINERS for w in words[verb + 1:noun.start]):
            return doc[verb:noun.end + 1]
    return None


def clause_stage(clause: Clause) -> StageCue | None:
    """The stage the clause reports, with the cue that decided it; None if it reports none."""
    return _main_stage(_stage_candidates(clause))


def _main_stage(candidates: list[StageCue]) -> StageCue | None:
    """The stage of a clause among its candidate cues.

    The first stage verb of a clause is its main verb in English news syntax ("Rwanda has
    agreed to accept … migrants deported …"); a refusal, suspension or ending anywhere in the
    clause is the news and wins."""
    if not candidates:
        return None
    final = [c for c in candidates if c.stage in ("ended", "suspended", "declined")]
    pool = final or candidates
    return min(pool, key=lambda sc: (sc.cue.start, STAGE_PRIORITY.index(sc.stage)))


def _inside_another_stage_phrase(cue: Span, stage_cues: list[Span]) -> bool:
    """"finished" in "nearly finished", "agreed" in "all but agreed": a stage word inside a
    longer phrase of another stage is read as part of that phrase."""
    return any(other.kb_id_ != cue.kb_id_ and other.start <= cue.start and cue.end <= other.end
               and other.end - other.start > cue.end - cue.start for other in stage_cues)


def _stage_candidates(clause: Clause, requests_from: int = -1) -> list[StageCue]:
    """Every stage a cue of the clause reports, once its surroundings are read; a request
    before ``requests_from`` (one told in a relative clause) governs no later verb."""
    candidates: list[StageCue] = []
    stage_cues = clause.cue_values("STAGE")
    approach = [c for c in stage_cues if c.kb_id_ == "approached"
                and c.start >= requests_from and not is_negated(c)]
    for cue in stage_cues:
        stage = cue.kb_id_
        if _inside_another_stage_phrase(cue, stage_cues):
            continue
        # is_negated ends with _about_something_else: a cue of another stage reads it once
        if (_about_something_else(cue) or negated_outcome(cue)) if stage in SELF_NEGATING \
                else is_negated(cue):
            continue
        if stage == "negotiating" and _talks_on_another_topic(cue):
            continue
        if whose_thing(cue) or stage == "negotiating" and describes_a_source(cue) or \
                unanswered_question(cue):
            continue
        if _under_intent(cue, clause) or _counterfactual(cue, clause) or not_the_only_one(cue):
            continue
        if stage == "declined" and (_possible_only(cue) or _describes_people(cue) or
                                    _a_condition(cue, clause) or _rejects_accounts(cue) or
                                    _rejects_a_report(cue) or _no_as_a_determiner(cue)):
            continue
        if stage in SELF_NEGATING and (_requested(cue, approach) or demanded(cue) or
                                       _halt_asked_for(cue)):
            continue
        if stage == "declined" and (limits_the_deal(cue) or _refused_a_count(cue) or
                                    _refuses_one_person(cue) or refused_to_others(cue, clause)):
            continue
        if stage == "declined" and _no_more(cue):
            stage = "ended"
        if stage == "ended" and ends_something_else(cue, clause):
            continue
        if stage in ("suspended", "ended") and not _about_the_deal(cue, clause):
            continue
        if stage == "ended" and (_phrasal_outcome(cue) or _one_event_called_off(cue)):
            continue
        if stage == "suspended" and (_bars_named_people(cue, clause) or
                                     _halts_ones_removal(cue, clause) or
                                     _halts_a_power(cue, clause) or halt_refused(cue)):
            continue
        if stage == "declined" and _becomes_something_else(cue):
            continue
        if stage == "implemented" and cue.label_ == "STAGE" and (
                not _about_people_sent(clause) or _holds_a_meeting(cue)):
            continue
        if stage in ("agreed", "implemented") and any(a.start < cue.start for a in approach):
            continue
        if stage == "agreed" and (_deal_in_force(cue, clause) or _accepted_a_count(cue) or
                                  _not_yet_signed(cue) or _terms_of_a_deal(cue) or
                                  _promised_in_a_proposal(cue) or _people_sign(cue, clause)):
            continue
        if stage == "approached" and (_asks_a_court(cue) or _seeks_protection(cue) or
                                      seeks_in_court(cue) or
                                      _asks_anonymity(cue) or _under_pressure(cue) or
                                      asked_by_non_state(cue) or
                                      _pressure_for_nothing(cue, clause) or
                                      _pressed_to_leave(cue, clause) or
                                      _a_policy_approach(cue) or
                                      presses_a_thing(cue, clause) or
                                      asks_for_an_account(cue, clause) or
                                      asks_for_records(cue) or _presses_ahead(cue) or
                                      urged_against(cue)):
            continue
        if stage in ("suspended", "ended") and _suspends_a_right(cue):
            continue
        if stage == "declined" and (_generic_refuser(cue) or _no_comment(cue) or
                                    a_court_refuses(cue, clause)):
            continue
        if stage == "approached" and _a_question(cue):
            continue
        if stage == "negotiating" and (_talks_behind_a_deal(cue) or _works_on_no_deal(cue, clause)):
            continue
        if stage == "agreed" and _deal_has_run_out(cue, clause):
            stage = "ended"
        if stage == "approached" and _offers_to_receive(cue):
            stage = "agreed"
        candidates.append(StageCue(stage, cue))
    ruled = _ruled_unlawful(clause)
    if ruled is not None:
        candidates.append(StageCue("suspended", ruled))
    dated = _dated_agreement(clause)
    if dated is not None:
        candidates.append(StageCue("agreed", dated))
    relative = deal_approved_in_a_relative(clause)
    if relative is not None and not any(c.stage == "agreed" for c in candidates):
        candidates.append(StageCue("agreed", relative))
    # "A deal under which Gabon would take in deportees is being finalised": the "would" tells
    # the terms of the deal the clause reports as near, no promise of its own
    if not any(c.stage in ("agreed", "close") for c in candidates):
        promised = _promised_to_take(clause, approach)
        if promised is not None:
            candidates.append(StageCue("agreed", promised))
    paid = _paid_to_hold(clause)
    if paid is not None and not any(a.start < paid.start for a in approach):
        candidates.append(StageCue("agreed", paid))
    money_to = payee(clause)  # "Malabo was promised $7.5 million" (payments.py)
    if money_to is not None and not any(a.start < money_to[0].start for a in approach):
        pay = money_to[0].start
        # "agreed to pay Malabo $7.5 million": the consent is the payment's
        agreed = [c for c in candidates if c.stage == "agreed"]
        if all(0 <= pay - c.cue.end <= 2 for c in agreed):
            candidates = [c for c in candidates if c.stage != "agreed"]
            candidates.append(StageCue("agreed", money_to[0]))
    if not any(c.stage == "approached" for c in candidates):
        visit = visit_to_ask(clause)
        if visit is not None:
            candidates.append(StageCue("approached", visit))
    named = named_as_candidate(clause)
    if named is not None:
        # the naming, not the role noun inside it, governs the roles ("X was named as …")
        candidates = [c for c in candidates if not named.start <= c.cue.start < named.end]
        candidates.append(StageCue("approached", named))
    future = [c for c in clause.cue_values("ARRIVAL_FUTURE") if _expected_soon(c, clause)
              and not _start_of_something_else(c, clause)]
    hedged = None if future else _hedged_soon(clause)
    if hedged is not None:
        future = [hedged]
    if future:
        candidates.append(StageCue("implemented", future[0]))
    return candidates


def _relative_on_the_subject(clause: Clause, words: list[str]) -> tuple[int, int] | None:
    """The token span of a relative clause set off by commas right after the clause's first
    noun phrase ("Denmark, which abandoned its plan in 2023, has reopened talks", "Burkina Faso,
    which Washington pressed to accept deportees, refused"), or None."""
    stop = min(clause.end, clause.start + RELATIVE_SUBJECT_REACH)
    opener = next((i for i in range(clause.start + 1, stop) if words[i] in RELATIVE_OPENERS
                   and words[i - 1] == ","), None)
    if opener is None or any(w in SENTENCE_ENDS or w in ("and", "but")
                             for w in words[clause.start:opener - 1]):
        return None
    close = next((i for i in range(opener + 1, clause.end) if words[i] == ","), None)
    if close is None or close + 1 >= clause.end:
        return None
    return opener, close


def part_of_a_split_clause(clause: Clause, cue: Span) -> tuple[int, int, int] | None:
    """For a clause with a relative clause on its subject, (subject end, part start, part end)
    of the part — relative or main — holding ``cue``; None for other clauses."""
    span = _relative_on_the_subject(clause, lower_words(cue.doc))
    if span is None:
        return None
    opener, close = span
    if opener < cue.start < close:
        return opener, opener, close
    return (opener, close, clause.end) if cue.start > close else None


def _relative_and_main(clause: Clause, main: StageCue) -> StageCue | None:
    """"Denmark, which abandoned its own plan in Rwanda in 2023, has reopened talks with Kigali",
    "Burkina Faso, which Washington pressed to accept deportees, refused outright": the relative
    clause on the subject and the main clause report two events (rule 2), each its own stage."""
    span = _relative_on_the_subject(clause, lower_words(main.cue.doc))
    if span is None:
        return None
    opener, close = span
    candidates = _stage_candidates(clause)
    inside = [c for c in candidates if opener < c.cue.start < close]
    outside = [c for c in _stage_candidates(clause, close) if c.cue.start > close]
    if opener < main.cue.start < close:
        other = _main_stage(outside)
    elif main.cue.start > close:
        other = _main_stage(inside)
    else:
        return None
    if other is None or other.stage == main.stage:
        return None
    # "Britain, which scrapped its Rwanda scheme, is in talks with several Balkan states": the
    # other part's counterpart must be named in it, or be the subject itself (a state that
    # receives, not one known to send).
    lo, hi = (close, clause.end) if other.cue.start > close else (opener, close)
    named_in_part = any(lo < m.start < hi for m in clause.mentions)
    receiving_subject = any(m.start < opener and m.iso3 not in deporting_states()
                            for m in clause.mentions)
    return other if named_in_part or receiving_subject else None


SIGNED_REACH = 5


def _deal_signed(clause: Clause, main: StageCue) -> Span | None:
    """"opened two centres under a protocol signed in November 2023", "halted transfers under
    the agreement the two governments signed in 1997": the deal's signing, told in passing
    beside its use, suspension or end, is a stage of its own (rule 2)."""
    nouns = clause.cue_values("ARRANGEMENT_NOUN")
    for cue in clause.cue_values("STAGE"):
        if cue.kb_id_ == "agreed" and cue.start > main.cue.start and not is_negated(cue) and \
                any(0 <= cue.start - n.end <= SIGNED_REACH for n in nouns) and \
                not _terms_of_a_deal(cue):
            return cue
    return None


TALK_NOUNS = word_class("talk_nouns")
THEN_WORDS = word_class("then_words")


def _talks_before_a_halt(clause: Clause, main: StageCue) -> Span | None:
    """"held talks with Rwanda about such a scheme before putting them on hold": talks told as
    an event, then halted or dropped, are two stages (rule 2); "negotiations were suspended"
    names the talks only as what was halted."""
    if main.stage not in ("suspended", "ended"):
        return None
    words = lower_words(main.cue.doc)
    return next((c for c in clause.cue_values("STAGE") if c.kb_id_ == "negotiating" and
                 c.end <= main.cue.start and c.text.lower() not in TALK_NOUNS and
                 THEN_WORDS & set(words[c.end:main.cue.start]) and not is_negated(c)), None)


RELATIVE_OPENERS = word_class("relative_pronouns_which_who_whose")
RELATIVE_SUBJECT_REACH = 8
EARLIER_STAGES = ("agreed", "negotiating")


def _stage_in_a_relative(clause: Clause, main: StageCue) -> StageCue | None:
    """"Denmark, which had signed a memorandum with Rwanda in 2022, put the plan on ice",
    "Britain, whose ministers negotiated the deal, scrapped it": a signing or talks told in a
    relative clause on the subject, before the main clause's suspension, end or use, are a
    stage of their own (rule 2)."""
    words = lower_words(main.cue.doc)
    for c in clause.cue_values("STAGE"):
        if c.kb_id_ not in EARLIER_STAGES or c.end > main.cue.start or is_negated(c):
            continue
        before = words[max(clause.start, c.start - 12):c.start]
        opener = [i for i, w in enumerate(before) if w in RELATIVE_OPENERS and i > 0
                  and before[i - 1] == ","]
        if opener and "," not in before[opener[-1] + 1:] and \
                "," in words[c.end:main.cue.start]:
            return StageCue(c.kb_id_, c)
    return None


def _expected_after_a_signing(clause: Clause, main: StageCue) -> Span | None:
    """"The first asylum seekers transferred under the agreement that Paraguay signed in August
    could arrive before the end of the year": the signing is told in passing after the deal
    noun; the clause's news is the expected first transfer (rule 10), a stage of its own."""
    nouns = clause.cue_values("ARRANGEMENT_NOUN")
    words = lower_words(main.cue.doc)
    if not any(0 <= main.cue.start - n.end <= SIGNED_REACH and
               not SENTENCE_ENDS & set(words[n.end:main.cue.start]) for n in nouns):
        return None
    return next((c for c in clause.cue_values("ARRIVAL_FUTURE") if c.start > main.cue.end and
                 _expected_soon(c, clause)), None)


SEQUENCE_WORDS = word_class("sequence_words")


def _signed_before_a_halt(clause: Clause, main: StageCue) -> StageCue | None:
    """"Rwanda signed a deal with Britain in 2022 to receive asylum seekers, only for the
    Supreme Court to rule that the scheme was unlawful", "agreed a memorandum, but then put the
    plan on hold", "opened two centres, only for judges to block the transfers": the signing
    or use and its halt, told in one clause, are two stages (rule 2)."""
    if main.stage not in ("suspended", "ended"):
        return None
    words = lower_words(main.cue.doc)
    for c in clause.cue_values("STAGE"):
        if c.kb_id_ not in ("agreed", "implemented") or c.end > main.cue.start or \
                is_negated(c) or _under_intent(c, clause) or _counterfactual(c, clause):
            continue
        if SEQUENCE_WORDS & set(words[c.end:main.cue.start]):
            return StageCue(c.kb_id_, c)
    return None


def _talks_near_a_deal(clause: Clause, main: StageCue) -> Span | None:
    """"described the talks as serious and said the two sides were close to finalising a
    text": talks and how near they are to a deal, told together, are two stages (rule 2)."""
    return next((c for c in clause.cue_values("STAGE") if c.kb_id_ == "close" and
                 c.start > main.cue.start and not is_negated(c) and
                 not _under_intent(c, clause) and not _counterfactual(c, clause)), None)


OWNING_PRONOUNS = word_class("owning_pronouns")


def _owned(ordinal: Span) -> bool:
    """"Its first transfer", "its first seven", "both had received their first planeloads": an
    ordinal owned by the deal or the states just named."""
    return lower_words(ordinal.doc)[ordinal.start - 1:ordinal.start] != [] and \
        lower_words(ordinal.doc)[ordinal.start - 1] in OWNING_PRONOUNS


# Approach cues that are nouns or a receipt ("rejected a U.S. request", "had received and
# rejected an offer"): the refusal implies them, they are no event of their own (rule 2).
APPROACH_NOUN_STARTS = word_class("approach_noun_starts")
def _approach_beside_a_refusal(clause: Clause, main: StageCue) -> StageCue | None:
    """"had been asked and had turned the request down", "a status U.S. officials have pressed
    Mexico to accept", "which had been sounded out …, turned the offer down": a request told
    as an event (a verb with the state as its object, or a passive) beside the refusal is a
    stage of its own (rule 2)."""
    if main.stage != "declined":
        return None
    words = lower_words(main.cue.doc)
    for c in clause.cue_values("STAGE"):
        first = c.text.lower().split()[0]
        if c.kb_id_ != "approached" or c.label_ != "STAGE" or first in APPROACH_NOUN_STARTS or \
                is_negated(c) or _a_question(c) or _asks_a_court(c) or _asks_anonymity(c) or \
                _seeks_protection(c) or _under_pressure(c) or _requested(main.cue, [c]):
            continue
        before = [w for w in words[max(clause.start, c.start - 3):c.start] if w not in
                  ("also", "already", "first", "repeatedly", "formally", "informally")]
        passive = bool(before) and before[-1] in PASSIVE_AUXILIARIES | {"were", "are"} and \
            not c.text.lower().endswith("ing")
        if passive or state_object(c, clause):
            return StageCue("approached", c)
    return None


def clause_stages(clause: Clause) -> list[StageCue]:
    """The stage the clause reports, and the use of the deal when the clause reports an ordinal
    transfer under a deal or beside its signing ("the second such flight since the president
    agreed …"): rule 2 makes a signing and the first people sent two facts."""
    candidates = _stage_candidates(clause)
    main = _main_stage(candidates)
    told_apart = _relative_and_main(clause, main) if main is not None else None
    if told_apart is not None:
        return [main, told_apart]
    if main is not None and main.stage == "declined":
        approach = _approach_beside_a_refusal(clause, main)
        if approach is not None:
            return [main, approach]
    if main is not None and main.stage in ("implemented", "suspended", "ended"):
        signing = _deal_signed(clause, main)
        if signing is not None:
            return [main, StageCue("agreed", signing)]
        talks = _talks_before_a_halt(clause, main)
        if talks is not None:
            return [main, StageCue("negotiating", talks)]
        earlier = _stage_in_a_relative(clause, main) or _signed_before_a_halt(clause, main)
        if earlier is not None:
            return [main, earlier]
    if main is not None and main.stage == "suspended":
        ended = coordinated_end(main.cue.end, [c.cue for c in candidates if c.stage == "ended"],
                                lower_words(main.cue.doc))
        if ended is not None:
            return [main, StageCue("ended", ended)]
    if main is not None and main.stage == "agreed":
        expected = _expected_after_a_signing(clause, main)
        if expected is not None:
            return [main, StageCue("implemented", expected)]
    if main is not None and main.stage == "negotiating":
        near = _talks_near_a_deal(clause, main)
        if near is not None:
            return [main, StageCue("close", near)]
    in_use = ordinal_transfer(clause)
    if in_use is None:
        moved = _moved_under_a_deal(clause)
        if moved is not None and (main is None or main.stage in ("agreed", "implemented")):
            return [main, StageCue("implemented", moved)] if main and \
                main.stage == "agreed" else [main or StageCue("implemented", moved)]
        return [main] if main else []
    if main is not None and main.stage == "agreed":
        return [main, StageCue("implemented", in_use)]
    if main is None and (clause.has("ARRANGEMENT_NOUN") or _owned(in_use)):
        # "the ninth transfer under the protocol", "Its first seven arrived" (the deal's or the
        # receiving state's); "a second group was driven across the border into Algeria"
        # names no deal
        return [StageCue("implemented", in_use)]
    return [main] if main else []


def negated_deal(clause: Clause) -> bool:
    """"Mexico has never signed such an agreement": the clause denies a deal."""
    return any(c.kb_id_ == "agreed" and is_negated(c) for c in clause.cue_values("STAGE"))
