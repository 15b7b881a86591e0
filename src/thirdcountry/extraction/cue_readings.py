"""How a stage cue reads in its sentence: what an ending ends, who seeks, whose thing a verb
is about, who a source is, what an unanswered question holds, and a stated promise to take people.

Each check reads the words around one cue (or a clause's modals) and says whether the cue
reports a stage of the deal; ``stage.py`` applies them to every cue of a clause.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

SENTENCE_ENDS = {".", "!", "?", ";", "\n"}


# "…, ending a legal fight that …", "ended weeks of speculation", "ends his ordeal": an ending
# whose object, right after it, is a thing other than a deal, its talks, flights or people.
ENDING_WORDS = word_class("end_forms")
OBJECT_OPENERS = word_class("object_openers")
OBJECT_STOPS = word_class("object_stops")
DEAL_LIKE = word_class("deal_like")
DEAL_LABELS = ("ARRANGEMENT_NOUN", "TRANSFER_NOUN", "MIGRATION", "TOPIC", "PEOPLE")


def ends_something_else(cue: Span, clause: Clause) -> bool:
    """Whether an ending is of something other than the deal, its talks, flights or people: the
    ending's object ("…, ending a legal fight") or, in a short clause of time, its subject
    ("… as court fight ends")."""
    return _object_is_something_else(cue, clause) or _subject_is_something_else(cue, clause)


def _object_is_something_else(cue: Span, clause: Clause) -> bool:
    """"arrived in Juba late Friday, ending a legal fight that had left them held for weeks",
    "has agreed to receive deportees, ending weeks of speculation": the ending's object, told
    right after it, is something other than the deal, its talks, flights or people."""
    words = lower_words(cue.doc)
    if words[cue.end - 1] not in ENDING_WORDS or words[cue.end:cue.end + 1] == ["up"]:
        return False
    if not words[cue.end:cue.end + 1] or words[cue.end] not in OBJECT_OPENERS:
        return False
    stop = next((i for i in range(cue.end, min(len(words), cue.end + 6))
                 if words[i] in OBJECT_STOPS and i > cue.end), min(len(words), cue.end + 6))
    if DEAL_LIKE & set(words[cue.end:stop]):
        return False
    return not any(c.label_ in DEAL_LABELS and cue.end <= c.start < stop for c in clause.cues)


# "as court fight ends": the opener, up to three words of the subject, the verb.
END_TIME_OPENERS = word_class("end_time_openers")
END_SUBJECT_REACH = 4
DEAL_SUBJECT_LABELS = ("ARRANGEMENT_NOUN", "TRANSFER_NOUN", "MIGRATION")


def _subject_is_something_else(cue: Span, clause: Clause) -> bool:
    """"Eswatini takes in 13 more U.S. deportees as court fight ends", "arrived in Kigali as
    the hearing ended": a short clause of time whose own subject ends is not the deal ending,
    whatever deal or people the main clause names ("as the scheme ends" still is one)."""
    words = lower_words(cue.doc)
    if words[cue.end - 1] not in ENDING_WORDS:
        return False
    lo = max(clause.start, cue.start - END_SUBJECT_REACH)
    opener = next((i for i in range(cue.start - 1, lo - 1, -1)
                   if words[i] in END_TIME_OPENERS), None)
    if opener is None or opener + 1 >= cue.start:
        return False
    subject = words[opener + 1:cue.start]
    return not DEAL_LIKE & set(subject) and not any(
        c.label_ in DEAL_SUBJECT_LABELS and opener < c.start < cue.start for c in clause.cues)


MODALS = word_class("future_modals")
PROMISE_VERBS = word_class("promise_verbs")
ROLE_VERBS = word_class("role_verbs")
ROLE_NOUNS = word_class("role_nouns")
PROMISE_SKIP = word_class("promise_skip")
PROMISE_REACH = 6
PEOPLE_NOUNS = word_class("people_taken_nouns")
NOT_PEOPLE_TAKEN = word_class("not_people_taken")


def may_promise(view) -> bool:
    """Whether a sentence has a modal right before a verb of taking people or of serving as a
    bridge: the cheap test before ``_promised_to_take`` reads its clauses."""
    words = lower_words(view.doc)
    return any(c.text.lower() in MODALS and
               (PROMISE_VERBS | ROLE_VERBS) & set(words[c.end:c.end + 3])
               for c in view.cue_values("FUTURE"))


# "a possible agreement by which the country would receive asylum seekers", "a proposed deal
# under which Ghana would accept West Africans", "The proposal …: Brazil would receive
# deportees": what a state would do under a deal only proposed or possible is its content.
CONTENT_PREPOSITIONS = word_class("content_relative_prepositions")
UNMADE_DEAL = word_class("unmade_deal_modifiers")
PROPOSALS = word_class("request_nouns") | word_class("request_nouns_singular")
SPEECH_INSIDE = word_class("answer_aside_verbs") | word_class("announcing_verbs")
CONTENT_REACH = 10  # from the modal back to "by which", "whereby" or a colon
DEAL_NOUN_REACH = 4  # "a possible migration agreement by which"


def content_of_a_proposal(modal: Span) -> bool:
    """Whether the modal of "would receive" stands in the content of a deal only proposed or
    possible: a relative ("by which", "under which", "whereby") on a proposal or a possible,
    proposed or draft deal, or the words after a colon that closes a sentence part naming a
    proposal. Such a promise is asked or talked about, not given ("the arrangement under which
    Uganda said it would host" is still one: who speaks gives it)."""
    words = lower_words(modal.doc)
    lo = max(0, modal.start - CONTENT_REACH)
    for i in range(modal.start - 1, lo - 1, -1):
        if words[i] in SENTENCE_ENDS or words[i] in SPEECH_INSIDE:
            return False
        if words[i] == ":":
            first = next((j + 1 for j in range(i - 1, -1, -1) if words[j] in SENTENCE_ENDS), 0)
            return not PROPOSALS.isdisjoint(words[first:i])
        opener = words[i] == "whereby" or \
            words[i] == "which" and i > 0 and words[i - 1] in CONTENT_PREPOSITIONS
        if opener:
            at = i if words[i] == "whereby" else i - 1
            noun_phrase = words[max(0, at - DEAL_NOUN_REACH):at]
            return not (UNMADE_DEAL.isdisjoint(noun_phrase) and
                        PROPOSALS.isdisjoint(noun_phrase[-1:]))
    return False


SEEKING_FORMS = word_class("seeking_forms")


# Who seeks in court, and what they seek: "an application seeking access to the men", "a lawsuit
# seeking to have the agreement declared unconstitutional", "lawyers sought an injunction".
LITIGANTS = word_class("litigation_nouns")
COURT_RELIEF = word_class("court_relief")


# "a person familiar with the discussions", "officials involved in the talks": who a source is,
# not talks the text reports.
SOURCE_OF_TALKS = (("familiar", "with"), ("involved", "in"), ("briefed", "on"), ("close", "to"),
                   ("knowledge", "of"), ("party", "to"), ("privy", "to"))


def describes_a_source(cue: Span) -> bool:
    """"according to a person familiar with the discussions", "three officials involved in the
    negotiations": the talks name who speaks, not a stage."""
    words = lower_words(cue.doc)
    before = [w for w in words[max(0, cue.start - 4):cue.start] if w not in ("the", "these")]
    return tuple(before[-2:]) in SOURCE_OF_TALKS


QUESTION_WORDS = word_class("wh_question_words")
TELLING_WORDS = word_class("telling_words")
WITHHOLDING = word_class("withholding_words")
QUESTION_REACH = 10
# "Will Uganda agree …?", "Has Kigali signed …?": a yes/no question asks whether the stage
# happened; a sentence opening on one of these words and ending in "?" reports no stage.
YES_NO_OPENERS = word_class("yes_no_question_openers")


def _ends_in_a_question(words: list[str], start: int) -> bool:
    """The sentence going on from token ``start`` ends in a question mark."""
    for w in words[start:start + 3 * QUESTION_REACH]:
        if w in SENTENCE_ENDS:
            return w == "?"
    return False


def unanswered_question(cue: Span) -> bool:
    """"She declined to say what the kingdom had been offered", "It gave no figure for how many
    more people the country had agreed to accept": a stage inside a question the speaker did
    not answer is not reported."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - QUESTION_REACH):cue.start]
    if any(p in SENTENCE_ENDS for p in before):
        before = before[max(i for i, p in enumerate(before) if p in SENTENCE_ENDS) + 1:]
    opens = before[:1] if len(before) < QUESTION_REACH or cue.start < QUESTION_REACH else []
    if ":" in before:  # "Senator CALLAGHAN: Has it approached Tuvalu?": after a speaker's label
        opens = before[max(i for i, p in enumerate(before) if p == ":") + 1:][:1]
    if opens and opens[0] in YES_NO_OPENERS and _ends_in_a_question(words, cue.end):
        return True  # "Will Uganda agree to take US deportees?": asked, not reported
    asks = [i for i, w in enumerate(before) if w in QUESTION_WORDS]
    if not asks:
        return False
    if _put_as_a_question(words, cue.start - len(before) + asks[-1]):
        return True
    ask = cue.start - len(before) + asks[-1]  # the question word's token index
    told = [i for i in range(max(0, ask - 4), ask) if words[i] in TELLING_WORDS]
    # "declined to say what", "gave no figure for how many", "would not explain how long"
    return bool(told) and bool(WITHHOLDING & set(words[max(0, told[-1] - 4):told[-1]]))


VERB_NEGATORS = word_class("negators_not_never")
NEGATION_LIMITERS = word_class("negation_limiters")
OUTCOME_NEGATION_REACH = 3  # "has not yet formally rejected"


def negated_outcome(cue: Span) -> bool:
    """"Milei's government has not ruled it out", "Rwanda never rejected the request", "the
    flights were not suspended": a refusal, halt or ending that a negator just before it denies
    ("would not accept" is a refusal by its own words; "not only refused" is one too)."""
    words = lower_words(cue.doc)
    if not VERB_NEGATORS.isdisjoint(words[cue.start:cue.end]):
        return False
    return negated_verb(words, cue.start)


def negated_verb(words: list[str], start: int) -> bool:
    """A negator in the few words before the verb at ``start`` ("has not ruled out", "had never
    formally rejected"), not limited ("not only refused") nor across punctuation."""
    before = words[max(0, start - OUTCOME_NEGATION_REACH):start]
    for i in range(len(before) - 1, -1, -1):
        if not before[i].isalpha() and before[i] != "n't":
            return False
        if before[i] in VERB_NEGATORS:
            return before[i + 1:i + 2] == [] or before[i + 1] not in NEGATION_LIMITERS
    return False


ASKING_FORMS = word_class("asking_forms")
WHETHER_WORDS = word_class("yes_no_question_words")
ASKED_WHEN_REACH = 5  # "asked in late March whether"


def _put_as_a_question(words: list[str], ask: int) -> bool:
    """"Asked last week whether Washington had asked Colombia to accept deportees, …", "had
    asked in December whether Tuvalu would accept": a stage inside the question someone put
    (after "asked whether") is asked about, not reported; the asking may be a stage itself."""
    if words[ask] not in WHETHER_WORDS:
        return False
    return not ASKING_FORMS.isdisjoint(words[max(0, ask - ASKED_WHEN_REACH - 1):ask])


WHOSE_REACH = 8


# "Britain, whose Rwanda scheme was scrapped", "Denmark, whose government signed": the deal or
# the state's own actors are what "whose" names, and their stage is the deal's.
WHOSE_ACTORS = word_class("whose_actors")
AUXILIARY_WORDS = word_class("auxiliary_words")


def whose_thing(cue: Span) -> bool:
    """"detainees whose visas had been cancelled", "people whose claims have been refused",
    "nationals of countries whose governments had refused to take them back": what happened
    to a thing of the people or states described, not a stage of the deal."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - WHOSE_REACH):cue.start]
    if "whose" not in before:
        return False
    between = before[len(before) - 1 - before[::-1].index("whose") + 1:]
    if not between or between[0] in AUXILIARY_WORDS or WHOSE_ACTORS & set(between):
        return False  # "whose … " must name a thing, not the deal or who acts, before its verb
    # the thing's verb, maybe after auxiliaries, a second noun or a coordinated verb ("whose
    # asylum claims were rejected", "whose visas were revoked or cancelled")
    rest = between[1:]
    if all(w in AUXILIARY_WORDS or w in ("or", "and", ",") or w.endswith("ed")
           for w in rest[1:]):
        return True
    return _named_subject_between(cue, len(rest))


DEALS_OR_REQUESTS = word_class("request_or_deal")


def _named_subject_between(cue: Span, count: int) -> bool:
    """"people whose asylum applications Germany had rejected", "migrants whose claims the Home
    Office refused": the thing's verb has a named subject of its own, a name (with "the")
    and auxiliaries between the thing and the verb."""
    doc = cue.doc
    between = lower_words(doc)[cue.start - count - 1:cue.start]
    if not (DEAL_LIKE | DEALS_OR_REQUESTS).isdisjoint(between):
        return False  # "Britain, whose Rwanda plan Labour scrapped": the deal itself
    tokens = [doc[i] for i in range(cue.start - count, cue.start)]
    named = [t for t in tokens if t.text[:1].isupper()]
    return bool(named) and all(t.text[:1].isupper() or t.lower_ in AUXILIARY_WORDS or
                               t.lower_ == "the" for t in tokens[1:])


def seeks_in_court(cue: Span) -> bool:
    """"an application … by a group of attorneys seeking access to the individuals", "a
    lawsuit seeking to have the agreement declared unconstitutional", "lawyers sought an
    injunction": litigants seeking relief, not a state asking another to take people."""
    if cue.text.lower() not in SEEKING_FORMS:
        return False
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - 10):cue.start]
    if any(p in SENTENCE_ENDS for p in before):
        before = before[max(i for i, p in enumerate(before) if p in SENTENCE_ENDS) + 1:]
    if LITIGANTS & set(before):
        return True
    after = words[cue.end:cue.end + 3]
    return bool(after) and after[0] in COURT_RELIEF or " ".join(after[:2]) in COURT_RELIEF or \
        " ".join(after[:3]) in COURT_RELIEF
