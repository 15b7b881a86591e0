"""A learned second opinion on the legal actions a document reports, state by state.

The legal rules read courts, steps and outcomes clause by clause; like the stage rules, they
reach the next author's sentences less well than the sentences they were written on. This check
reads coarsely instead. For each state whose courts (or whose transfers, before an international
court) a document could be reporting on — the document's sender, a state the rules gave a legal
action, a state named in a sentence about courts, suits or rulings — it gathers the words and word
pairs of every such sentence, with the state read as ``xrecx``, the document's sender as
``xdepx`` and any other state as ``xothx``, marked by whether the sentence names the state
(``jur``), names only others (``oth``) or none (``none``), and once more unmarked (``any``). It
adds what the rules concluded and scores each outcome (blocked, allowed, pending) with a logistic
model trained on the project's gold corpora (``scripts/train_legal_check.py``; weights in
``data/models/legal_outcomes.json``).

An outcome the rules gave is dropped when the model puts it below the threshold; one they did not
give is added at or above it, stated by the sentence about courts that supports it most (one
naming the state first), with its court as that sentence names it. An added action says
``legal check`` and its probability in its ``rule``; a kept one has the probability appended.
"""

from __future__ import annotations

from functools import lru_cache

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.check_model import (
    FEWEST_SENTENCES,
    MOST_SENTENCES,
    WORD,
    CandidateReading,
    CheckModel,
    SentenceWords,
    read_check_model,
    sentence_features,
    sentence_words,
    shipped_model,
)
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.legal_read import subject_of
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import Fact, LegalAction

MODEL_FILE = "legal_outcomes.json"
# Words of courts, suits and rulings: a sentence holding one is read for every state.
LEGAL_WORDS = word_class("legal_check_words")
NO_SENDER = ""  # the sender's role when the state read is the sender itself


def read_legal_model(text: str) -> CheckModel:
    """A model from the JSON that ``scripts/train_legal_check.py`` writes."""
    return read_check_model(text, "outcomes")


@lru_cache(maxsize=1)
def legal_model() -> CheckModel:
    """The model the package ships, read once."""
    return shipped_model(MODEL_FILE, "outcomes")


class LegalReading(CandidateReading):
    """The check's reading of one document: its sentences about courts, suits and rulings, each
    read once, the states they name, and the legal actions the rules gave by state."""

    LABEL = "outcome"

    def __init__(self, ctx: DocumentContext, facts: list[Fact]) -> None:
        self.ctx = ctx
        words = lower_words(ctx.doc)
        # the document's tokens rule out most sentences; a sentence's own words decide
        self.sentences = {
            index: sentence_words(ctx, index) for index, view in enumerate(ctx.views)
            if not LEGAL_WORDS.isdisjoint(words[view.start:view.end]) and
            not LEGAL_WORDS.isdisjoint(WORD.findall(view.text.lower()))}
        self.named = {state for sentence in self.sentences.values() for state in sentence.isos}
        self.given: dict[str, list[LegalAction]] = {}
        for fact in facts:
            if isinstance(fact, LegalAction):
                self.given.setdefault(fact.jurisdiction, []).append(fact)
        self.receivers = {f.receiving_country for f in facts
                          if f.type in ("arrangement", "removal")}
        states = set(self.given) | self.named
        if ctx.deporter:
            states.add(ctx.deporter)
        self.states = sorted(states)

    def sender_for(self, state: str) -> str:
        """The document's sender, read beside the state, unless it is the state itself."""
        deporter = self.ctx.deporter
        return deporter if deporter and deporter != state else NO_SENDER

    def read_as(self, sentence: SentenceWords, state: str) -> str:
        """How a sentence is read for the state: naming it, only others, or none."""
        return "jur" if state in sentence.isos else "oth" if sentence.isos else "none"

    def parts(self, state: str) -> tuple[list[tuple[int, str]], set[str]]:
        """What the model reads for one state: each sentence about courts with where it is read
        (whose fixed n-grams it reads), and every other feature."""
        sender = self.sender_for(state)
        fixed: list[tuple[int, str]] = []
        features: set[str] = set()
        for index, sentence in self.sentences.items():
            where = self.read_as(sentence, state)
            fixed += [(index, where), (index, "any")]
            features |= sentence.by_role(sender, state, where, "any")
        features.add(f"nleg={min(len(self.sentences), MOST_SENTENCES)}")
        features.add("jur_is_deporter" if state == self.ctx.deporter else "jur_other")
        if state in self.receivers:
            features.add("jur_receiver")
        if state in self.named:
            features.add("jur_named_legal")
        outcomes = self.rule_labels(state)
        features.update(f"rule_outcome={outcome}" for outcome in outcomes)
        if outcomes:
            features.add("rule_legal")
        return fixed, features


def check_legal_actions(ctx: DocumentContext, facts: list[Fact]) -> list[LegalAction]:
    """The legal actions among the document's ``facts`` that the model keeps, and the outcomes
    it adds."""
    given = [f for f in facts if isinstance(f, LegalAction)]
    if len(ctx.views) < FEWEST_SENTENCES:
        return given
    reading = LegalReading(ctx, facts)
    if not reading.sentences:
        return given
    model = legal_model()
    return reading.checked(model, reading.states, "legal check",
                           lambda state, outcome, p: _added_action(reading, model, state,
                                                                   outcome, p))


def _added_action(reading: LegalReading, model: CheckModel, state: str, outcome: str,
                  p: float) -> LegalAction:
    """An outcome the model finds and the rules did not: stated by the sentence about courts
    whose own words support it most (one naming the state first)."""
    sender = reading.sender_for(state)
    best: tuple[int, float, int] | None = None
    for index, sentence in reading.sentences.items():
        where = reading.read_as(sentence, state)
        words = sentence.words(sender, state)
        rank = (1 if where == "jur" else 0,
                model.probabilities(sentence_features(words, where) |
                                    sentence_features(words, "any"))[outcome])
        if best is None or rank > best[:2]:
            best = (*rank, index)
    ctx = reading.ctx
    view = ctx.views[best[2]]
    certainty = certainty_of(view)
    dates = [d.value for d in ctx.dates_in(view) if d.value]
    courts = view.cue_values("COURT")
    court = courts[0].text if courts else next(
        w for w in WORD.findall(view.text.lower()) if w in LEGAL_WORDS)
    return LegalAction(
        jurisdiction=state, court=court, subject=subject_of(view), outcome=outcome,
        date=min(dates) if dates else None, certainty=certainty.level,
        attributed_to=certainty.attributed_to, evidence=ctx.evidence(view),
        rule=f"legal.{outcome}:legal check {p:.2f}")
