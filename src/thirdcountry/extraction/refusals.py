"""Refusals told without a refusal verb (FACTS.md rule 3, "refused the request" → declined).

A reporter often answers a request told before with a reference back to it rather than a verb
of refusing:

- a negated pro-verb: "Abuja would not be doing so", "Albania would not be one of them",
  "Tirana will not do it for anyone else", "Kigali is not going to follow suit";
- a bare "no" as the answer: "We told them no", "the answer is still no", "His reply: no";
- taking only the state's own people: "will accept only its own nationals", "would take back
  only Hondurans";
- a verb of rejecting whose object is the request: "turned the request down", "dismissed the
  idea", "poured cold water on the proposal", "an overture the government rebuffed", "that
  request had been turned down" (``rejects_the_request``).

Each is read from its parts (a negator after a modal, then a pro-form; a verb of telling or
an answer noun, then "no"; a verb of taking, "only", then the state's own people), and the
first two only when the document has told a request before them: "would not do so until the
court ruled" with no request before is no refusal of a deal. Every reading is gated on a word
it must contain, so a clause without one costs one set lookup.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span

from thirdcountry.extraction.cue_readings import negated_verb
from thirdcountry.extraction.cues import cues_of
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

NEGATORS = word_class("negators_not_never")
MODALS = word_class("modals_and_copulas_with_contractions")
# Words that may stand between the negator and the pro-form: "would not be doing so",
# "is not going to do it", "will not ever do that".
PRO_SKIP = word_class("pro_form_skip_words")
PRO_FORMS = (("do", "so"), ("doing", "so"), ("do", "it"), ("doing", "it"), ("do", "that"),
             ("doing", "that"), ("do", "the", "same"), ("be", "one", "of", "them"),
             ("be", "among", "them"), ("follow", "suit"), ("be", "next"))
PRO_REACH = 3
# The answer "no": after a verb of telling and its person, or after an answer noun.
TELLING = word_class("tell_forms")
TOLD_WHOM = word_class("told_whom")
ANSWER_NOUNS = word_class("answer_nouns")
ANSWER_LINKS = word_class("answer_links")
NO_ENDS = word_class("no_answer_ends")
# Taking only one's own people.
TAKING = word_class("taking_verb_forms")
OWN_PEOPLE = word_class("own_people_nouns")
ONLY_REACH = 3
REQUEST_LOOKBACK = 400  # tokens: a request told in the few sentences before
LABEL = "REFUSAL_BACK"  # the label of the spans these readings return


PRO_ENDS = word_class("pro_form_ends")


def may_refuse(present: Set[str]) -> bool:
    """Whether the words ``present`` (a sentence's, as a set) hold the words one of the
    readings needs (a cheap gate)."""
    # isdisjoint, not "&": no set is built for an answer that only needs to be yes or no
    return not NEGATORS.isdisjoint(present) and not PRO_ENDS.isdisjoint(present) or \
        "no" in present or "only" in present and not TAKING.isdisjoint(present) or \
        not REQUEST_OBJECTS.isdisjoint(present) and not REJECTING.isdisjoint(present)


# --- a verb of rejecting whose object is the request -----------------------------------------
# The verb alone ("rejected", "rebuffed", "dismissed") or with its particle ("turned … down",
# "ruled … out", "poured cold water on"); the object a request noun ("the request", "the idea",
# "a U.S. proposal", "hosting") after the verb, or before it in a passive ("the proposal was
# rejected") or a relative ("an overture the government rebuffed").
REJECT_ALONE = word_class("refusal_head_verbs")
REJECT_WITH_PARTICLE = word_class("refusal_particle_verbs")
REJECT_PARTICLES = word_class("refusal_particles")
REQUEST_OBJECTS = word_class("rejected_request_nouns")
OBJECT_REACH = 5  # "turned the Americans' request down", "dismissed the U.S. idea"
PARTICLE_REACH = 5
BEFORE_REACH = 4  # "that request had been turned down", "an overture the government rebuffed"
# what a request noun may be for that is no request to take people: "a request for comment",
# "her requests to visit them", "his request for asylum"
OTHER_REQUESTS = word_class("requested_other_things")
PERSONS_OWN = word_class("persons_possessives")
# who rejects a request in a ruling, not a state in its answer
RULING_SUBJECTS = word_class("described_things") & {"court", "courts", "judge", "judges"}
# "pushed back against a German proposal", "pushing back on the request": a verb whose
# particle refuses only with a preposition after it ("pushed back the plan" delays it)
RESIST_WITH_PARTICLE = word_class("resisting_particle_verbs")
RESISTING_PREPOSITIONS = word_class("refusal_resisting_prepositions")
RESISTING_ADVERBS = word_class("resisting_adverbs")
REJECTING = REJECT_ALONE | REJECT_WITH_PARTICLE | RESIST_WITH_PARTICLE


def may_reject(present: Set[str]) -> bool:
    """Whether the words ``present`` (a clause's, as a set) hold a request noun and a verb of
    rejecting (a cheap gate for ``rejects_the_request``)."""
    return not REQUEST_OBJECTS.isdisjoint(present) and not REJECTING.isdisjoint(present)


def rejects_the_request(doc: Doc, start: int, end: int) -> Span | None:
    """The words of a verb of rejecting with the request as its object, or None; only after a
    request told before (``_request_before``). The caller first tests the words with
    ``may_reject``."""
    words = lower_words(doc)
    for i in range(start, end):
        word = words[i]
        if word in REJECT_ALONE:
            verb_end = i + 1
        elif word in RESIST_WITH_PARTICLE:
            verb_end = _resisting_end(words, i, end)
            if verb_end is None:
                continue
        elif word in REJECT_WITH_PARTICLE:
            particle = next((k for k in range(i + 1, min(end, i + PARTICLE_REACH + 1))
                             if words[k] in REJECT_PARTICLES), None)
            if particle is None:
                continue
            verb_end = particle + 1
        else:
            continue
        if RULING_SUBJECTS & set(words[start:i]) or negated_verb(words, i):
            continue  # "has not ruled out hosting them" refuses nothing
        obj = _request_object(words, i + 1, min(end, max(verb_end, i + 1) + OBJECT_REACH))
        if obj is None and _verb_of_an_object_before(doc, words, i, verb_end):
            obj = _request_object(words, max(start, i - BEFORE_REACH), i)
        if obj is None or _not_a_deal(words, obj):
            continue
        span_start, span_end = min(i, obj), max(verb_end, obj + 1)
        if _request_before(doc, span_start):
            return Span(doc, span_start, span_end, label=LABEL)
        if _names_the_taking(words, obj, end):
            # "poured cold water on the idea of hosting a UK hub": the object tells what is
            # refused, so the refusal stands on its own and is checked as any stage cue is
            return Span(doc, span_start, span_end, label="STAGE", kb_id="declined")
    return None


def _resisting_end(words: list[str], i: int, end: int) -> int | None:
    """The index after "pushed back against" (verb, particle, preposition) at ``i``, or None:
    "pushed back the start of transfers" and "pushed them back" put something off."""
    at = i + 1
    if at >= end or words[at] not in REJECT_PARTICLES:
        return None
    at += 1
    if at < end and words[at] in RESISTING_ADVERBS:  # "pushed back hard against"
        at += 1
    return at + 1 if at < end and words[at] in RESISTING_PREPOSITIONS else None


TAKING_GERUNDS = word_class("taking_gerunds")
HOLDING_INFINITIVES = word_class("taking_verbs")  # "host", "hold", "house", "detain"


def _names_the_taking(words: list[str], obj: int, end: int) -> bool:
    """"hosting", "the idea of taking in deportees", "pressure to accept": an object that names
    the taking."""
    if words[obj] in TAKING_GERUNDS:
        return True
    if words[obj + 1:obj + 2] == ["to"] and words[obj + 2:obj + 3] and \
            (words[obj + 2] in TAKING or words[obj + 2] in HOLDING_INFINITIVES):
        return True  # "resisted US pressure to accept deportees", "a proposal to host a hub"
    return words[obj + 1:obj + 2] == ["of"] and \
        bool(TAKING_GERUNDS & set(words[obj + 2:min(end, obj + 5)]))


PASSIVE_BEFORE = word_class("passive_before_verb")


def _verb_of_an_object_before(doc: Doc, words: list[str], i: int, verb_end: int) -> bool:
    """A passive ("the proposal was flatly rejected") or a relative that the verb closes ("an
    overture the government rebuffed."); not a participle before its noun ("hosting rejected
    asylum seekers")."""
    if PASSIVE_BEFORE & set(words[max(0, i - 2):i]):
        return True
    return verb_end >= len(doc) or not doc[verb_end].is_alpha


def _request_object(words: list[str], lo: int, hi: int) -> int | None:
    """The first request noun in ``lo:hi`` before a sentence end."""
    for k in range(lo, hi):
        if words[k] in SENTENCE_ENDS or words[k] == ";":
            return None
        if words[k] in REQUEST_OBJECTS:
            return k
    return None


def refuses_something_else(cue) -> bool:
    """"turned down a request for comment": a refusal cue whose object is a request for
    something other than taking people."""
    words = lower_words(cue.doc)
    at = _request_object(words, cue.end, min(len(words), cue.end + 3))
    return at is not None and _not_a_deal(words, at)


def _not_a_deal(words: list[str], at: int) -> bool:
    """"a request for comment", "her repeated requests to visit them", "his request for
    asylum": a request for something else, or a person's own; "resisted taking back their own
    citizens": taking a state's own people back."""
    if words[at + 1:at + 2] in (["for"], ["to"]) and OTHER_REQUESTS & set(words[at + 2:at + 4]):
        return True
    if words[at + 1:at + 2] == ["back"]:
        return True
    return bool(PERSONS_OWN & set(words[max(0, at - 2):at]))


def refusal_without_a_verb(doc: Doc, start: int, end: int, mentions,
                           present: Set[str]) -> Span | None:
    """The words of a refusal told without a refusal verb in tokens ``start:end`` (whose words
    are ``present``), or None."""
    words = lower_words(doc)
    if not NEGATORS.isdisjoint(present):
        span = _negated_pro_verb(doc, words, start, end)
        if span is not None and _request_before(doc, span.start):
            return span
    if "no" in present:
        span = _answer_no(doc, words, start, end)
        if span is not None and _request_before(doc, span.start):
            return span
    if "only" in present and not TAKING.isdisjoint(present):
        return _only_own_people(doc, words, start, end, mentions)
    return None


def _negated_pro_verb(doc: Doc, words: list[str], start: int, end: int) -> Span | None:
    for i in range(start + 1, end):
        if words[i] not in NEGATORS or words[i - 1] not in MODALS:
            continue
        j = i + 1
        while j < end and j - i <= PRO_REACH:
            for form in PRO_FORMS:
                if tuple(words[j:j + len(form)]) == form:
                    return Span(doc, i - 1, j + len(form), label=LABEL)
            if words[j] not in PRO_SKIP:
                break
            j += 1
    return None


def _answer_no(doc: Doc, words: list[str], start: int, end: int) -> Span | None:
    for i in range(start + 1, end):
        if words[i] != "no" or (i + 1 < len(words) and words[i + 1].strip()
                                and words[i + 1] not in NO_ENDS):
            continue
        if words[i - 1] in TOLD_WHOM and i >= 2 and words[i - 2] in TELLING:
            return Span(doc, i - 2, i + 1, label=LABEL)
        j = _answer_noun_before(doc, words, i)
        if j is not None:
            return Span(doc, j, i + 1, label=LABEL)
    return None


# How far before its "no" an answer noun may stand: "His reply: "No."", "Albania's answer to
# London is still no", "Kampala's answer, officials said, was no", "gave its answer in May: no".
ANSWER_REACH = 10
ANSWER_PREPOSITIONS = word_class("answer_prepositions")
ASIDE_VERBS = word_class("answer_aside_verbs")
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _answer_noun_before(doc: Doc, words: list[str], i: int) -> int | None:
    """The answer noun whose "no" stands at ``i``: the words between are links ("is still", a
    colon, a quotation mark), a preposition with a name ("to London", "in May") or an aside of
    attribution (", officials said,"); a clause boundary inside the sentence (a colon that
    split the clause) does not stop the reading, a sentence end does."""
    j = i - 1
    while j >= 0 and i - j <= ANSWER_REACH and words[j] not in SENTENCE_ENDS:
        word = words[j]
        if word in ANSWER_NOUNS:
            return j if j < i - 1 else None
        if word in ANSWER_LINKS:
            j -= 1
        elif doc[j].text[:1].isupper() and j >= 1 and words[j - 1] in ANSWER_PREPOSITIONS:
            j -= 2
        elif word == ",":
            k = j - 1
            while k >= 0 and j - k <= 4 and words[k] != ",":
                k -= 1
            if k < 0 or words[k] != "," or not ASIDE_VERBS & set(words[k + 1:j]):
                return None
            j = k - 1
        else:
            return None
    return None


def _only_own_people(doc: Doc, words: list[str], start: int, end: int, mentions) -> Span | None:
    demonyms = {m.start for m in mentions if m.label == "DEMONYM"}
    for i in range(start, end):
        if words[i] not in TAKING:
            continue
        for k in range(i + 1, min(end, i + ONLY_REACH + 1)):
            if words[k] != "only":
                continue
            rest = words[k + 1:k + 4]
            if rest[:2] in (["its", "own"], ["their", "own"]) and rest[2:3] and \
                    rest[2] in OWN_PEOPLE or k + 1 in demonyms and words[k + 1].endswith("s"):
                return Span(doc, i, k + 2, label=LABEL)
    return None


def _request_before(doc: Doc, at: int) -> bool:
    """A request or approach told before ``at``, within the few sentences before."""
    return any(c.label_ == "STAGE" and c.kb_id_ in ("approached", "negotiating") and
               at - REQUEST_LOOKBACK <= c.start < at for c in cues_of(doc))


def answers_back(cue) -> bool:
    """Whether a refusal cue answers something told before rather than naming it: one of the
    readings above, or a bare "no" ("and had said no."), whose state is the one asked before."""
    if cue.label_ == LABEL:
        return True
    words = lower_words(cue.doc)
    return words[cue.end - 1] == "no" and (cue.end >= len(words) or words[cue.end] in NO_ENDS)


# Subjects that stand for states other than the one asked before: "Several governments have
# said no", "The most obvious candidate has already said no".
OTHER_SUBJECTS = word_class("other_subjects")


def others_answer(cue, clause_start: int) -> bool:
    """Whether the clause names, before the refusal, other states as the ones refusing."""
    return bool(OTHER_SUBJECTS & set(lower_words(cue.doc)[clause_start:cue.start]))


# --- what limits a deal is no refusal of it ---------------------------------------------------
# "would not accept anyone Washington classified as a security threat", "will not take 'anyone
# who is a danger to our people'", "will not take large numbers", "will not receive more than
# 160": who or how many a state taking people excludes, not a refusal of the deal.
WHOEVER = word_class("indefinite_people")
QUALIFIERS = word_class("labelling_participles_and_relatives")
AMOUNT_LIMITS = (("large", "numbers"), ("big", "numbers"), ("great", "numbers"),
                 ("more", "than"), ("beyond",), ("unlimited",), ("mass",), ("over",),
                 ("in", "excess", "of"))
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def limits_the_deal(cue) -> bool:
    """Whether the object of a refusal verb limits who or how many are taken."""
    doc = cue.doc
    words = lower_words(doc)
    after = [i for i in range(cue.end, min(len(words), cue.end + 5)) if words[i] not in QUOTES]
    if not after:
        return False
    first = words[after[0]]
    if first in WHOEVER and len(after) >= 2:
        nxt = after[1]
        if words[nxt] in QUALIFIERS:
            return True
        # "anyone Washington classified as …": a subject and its verb qualify who
        return len(after) >= 3 and doc[nxt].text[:1].isupper() and words[after[2]].endswith("ed")
    rest = tuple(words[i] for i in after[:3])
    return any(rest[:len(limit)] == limit for limit in AMOUNT_LIMITS)
