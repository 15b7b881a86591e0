"""A payment of money to a state, read as that state's consent to a deal (FACTS.md rule 3).

"Equatorial Guinea was promised $7.5 million", "Washington had paid Malabo seven and a half
million dollars", "a payment of $7.5 million to Malabo", "$7.5 million had been paid to
Equatorial Guinea", "Eswatini is to receive $5.1 million": in a story about deportations, money
paid or promised to a state for nothing else the clause names is the price of its consent.
The state the money goes to must be plain from the construction (the object of the paying verb,
the subject of a passive one or of "receive", or the state after "to"); a state that pays
("Ghana paid $3 million for scanners"), money for a body that is no state, a negated payment
and a clause without an amount of money give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.money import CURRENCY_WORDS
from thirdcountry.extraction.sentence_view import Clause, Mention
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class

PAYEE_WORDS = word_class("payee_words")          # paid, pay, payment, promised …
RECEIPT_VERBS = word_class("money_receipt_verbs")  # "Eswatini is to receive $5.1 million"
PAYING_WORDS = PAYEE_WORDS | RECEIPT_VERBS  # one set: most clauses have neither
PASSIVE_BE = word_class("be_forms")
NEGATORS = word_class("negators_not_never")
# "$7.5 million", "US$5.1 million", "€20m", "seven and a half million dollars"
MONEY_MARKS = ("$", "£", "€", "₦", "₵")
PASSIVE_FORMS = word_class("paid_passive_forms")  # "Malabo was paid / promised $7.5m"
OBJECT_GAP = 6    # tokens from the paid state to its currency ("Malabo seven and a half million
#                   dollars")
SUBJECT_GAP = 4   # tokens from the state to the paying verb ("Eswatini is to receive")
TO_REACH = 8      # tokens from the paying word to "to <state>"
PURPOSE_MARKS = word_class("money_purpose_marks")  # "$6 million for roads", "in aid"
PHRASE_ENDS = word_class("money_phrase_ends")  # "…, that came out in a notification"
IN_A_TIME = word_class("in_a_time")   # "paid $7.5 million last year", "in early 2025"
MONTHS = frozenset(w.lower() for w in word_class("month_names_capitalised")) | {"may"}
TAKING = word_class("taking_verbs") | word_class("taking_gerunds") | RECEIPT_VERBS
PURPOSE_REACH = 5  # words after "for" / "in" that say what the money is for
PURPOSE_CUES = ("MIGRATION", "PEOPLE", "KIND")
LATER_STAGES = frozenset({"ended", "suspended"})
PAYEE_LABEL = "PAYEE"  # the label of the paying word's span, read by arrangements.py


def _money(word: str) -> bool:
    return word in CURRENCY_WORDS or any(mark in word for mark in MONEY_MARKS)


def _names_money(words: list[str]) -> bool:
    """Whether one of ``words`` is money (``_money``), tested on them all at once: a set test
    and a substring test per mark, not a call per word."""
    if not CURRENCY_WORDS.isdisjoint(words):
        return True
    joined = "".join(words)  # each mark is one character: in the joined words iff in a word
    return any(mark in joined for mark in MONEY_MARKS)


def _starting_at(mentions: list[Mention], i: int) -> Mention | None:
    for m in mentions:
        if m.start == i:
            return m
    return None


def _subject_before(mentions: list[Mention], words: list[str], i: int) -> Mention | None:
    """The state whose mention ends at most SUBJECT_GAP tokens before ``i`` with no comma,
    verb of paying or other state between ("Malabo, which was paid …" allows "which")."""
    before = [m for m in mentions if m.end <= i]
    if not before:
        return None
    m = max(before, key=lambda x: x.end)
    between = words[m.end:i]
    if len(between) > SUBJECT_GAP + 2:
        return None
    if any(w in PAYEE_WORDS for w in between):
        return None
    if "," in between and "which" not in between:
        return None
    return m


def _for_something_else(clause: Clause, words: list[str], i: int) -> bool:
    """"$6 million to Rwanda for road projects", "$7.5 million in aid": the clause says what the
    money is for, and it is neither people nor migration ("for border and migration capacity",
    "for housing the deportees" are)."""
    told = {k for cat in PURPOSE_CUES for c in clause.cue_values(cat)
            for k in range(c.start, c.end)}
    for j in range(i + 1, clause.end - 1):
        if words[j] in PHRASE_ENDS:
            return False  # "…, that came out in a notification": the payment's phrase is over
        if words[j] not in PURPOSE_MARKS:
            continue
        nxt = words[j + 1]
        if nxt in IN_A_TIME or nxt in MONTHS or nxt.isdigit():
            continue  # a date, not a purpose
        window = range(j + 1, min(clause.end, j + 1 + PURPOSE_REACH))
        return not any(k in told or words[k] in TAKING for k in window)
    return False


def _deal_told_otherwise(clause: Clause, words: list[str]) -> bool:
    """"held the men under an arrangement in which Washington paid …", "paid Rwanda £290m under
    the deal", "the scheme was scrapped … although Britain had already paid Kigali £240m", "pays
    San Salvador $6 million a year to hold them": money paid under a deal the sentence already
    takes as made, beside its end, or for people told before is no news of consent (FACTS.md
    rules 2 and 10)."""
    for c in clause.sentence_cues:
        if c.label_ == "ARRANGEMENT_NOUN" and "under" in words[max(0, c.start - 2):c.start]:
            return True
        if c.label_ == "STAGE" and c.kb_id_ in LATER_STAGES:
            return True
    for j in range(clause.start, clause.end - 2):
        if words[j] == "to" and words[j + 1] in TAKING and words[j + 2] == "them":
            return True
    return False


def payee(clause: Clause) -> tuple[Span, Mention] | None:
    """The paying word and the state money is paid or promised to, or None."""
    mentions = clause.mentions
    if not mentions:
        return None
    doc = clause.doc()
    if doc is None:
        return None
    if PAYING_WORDS.isdisjoint(clause.word_set(doc)):
        return None  # most clauses: one set test before the walk over the words
    words = lower_words(doc)
    start, end = clause.start, clause.end
    if not _names_money(words[start:end]):
        return None
    pays = [i for i in range(start, end) if words[i] in PAYING_WORDS]
    if _deal_told_otherwise(clause, words):
        return None
    for i in pays:
        w = words[i]
        if i > start and (words[i - 1] in NEGATORS or words[i - 2:i - 1] and
                          words[i - 2] in NEGATORS and words[i - 1] in PASSIVE_BE):
            continue
        found = None
        if w in RECEIPT_VERBS:
            # "Eswatini is to receive $5.1 million": the amount right after the verb
            if any(_money(x) for x in words[i + 1:min(end, i + 3)]):
                found = _subject_before(mentions, words, i)
        else:
            m = None if w in ("payment", "payments") else \
                _starting_at(mentions, i + 1) or _starting_at(mentions, i + 2) \
                if words[i + 1:i + 2] == ["the"] else _starting_at(mentions, i + 1)
            amount = words[m.end:min(end, m.end + OBJECT_GAP + 1)] if m is not None else []
            if any(_money(x) for x in amount):
                found = m  # "paid Malabo $7.5 million"
            elif w in PASSIVE_FORMS and words[i - 1] in PASSIVE_BE and \
                    any(_money(x) for x in words[i + 1:min(end, i + 3)]):
                found = _subject_before(mentions, words, i - 1)  # "Malabo was paid $7.5m"
            if found is None:
                for j in range(i + 1, min(end - 1, i + TO_REACH)):
                    if words[j] in (";", "for"):
                        break
                    if words[j] == "to":
                        found = _starting_at(mentions, j + 1) or (  # "paid $7.5m to Malabo"
                            _starting_at(mentions, j + 2) if words[j + 1] == "the" else None)
                        break
        if found is not None and not _for_something_else(clause, words, i):
            return Span(doc, i, i + 1, label=PAYEE_LABEL), found
    return None
