"""A learned second opinion on the arrangement stages a document gives each pair of states.

The stage rules read cues clause by clause, and sixteen sessions of measurement showed that
rules written against one author's sentences hardly reach the next author's. This check reads
the same document more coarsely: for each pair of states the document could be about (its
sender, or a sender a fact names, with each other state it mentions) it gathers the words and
word pairs of every sentence naming the receiver, with the states replaced by their roles
("xdepx agreed to take", "talks with xrecx") and marked by whether the sender is named there
too, adds what the rules concluded for the pair, and scores each stage with a logistic model
trained on every gold corpus the project has (``scripts/train_stage_check.py``; weights in
``data/models/arrangement_stages.json``).

A stage the rules gave is dropped when the model puts it below the threshold; a stage the rules
did not give is added when the model puts it at or above it, stated by the sentence naming the
receiver that supports the stage most. Every fact still records what produced it: an added one
says ``stage check`` and its probability in its ``rule``, a kept one has the probability
appended to its rule's (``arrangement.agreed:signed; stage check 0.93``).
"""

from __future__ import annotations

from functools import lru_cache

from thirdcountry.extraction.arrangements import kind_of
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.check_model import (
    FEWEST_SENTENCES,
    MOST_SENTENCES,
    CandidateReading,
    CheckModel,
    read_check_model,
    sentence_features,
    sentence_words,
    shipped_model,
)
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.facts.schema import Arrangement, Fact

MODEL_FILE = "arrangement_stages.json"


def read_stage_model(text: str) -> CheckModel:
    """A model from the JSON that ``scripts/train_stage_check.py`` writes."""
    return read_check_model(text, "stages")


@lru_cache(maxsize=1)
def stage_model() -> CheckModel:
    """The model the package ships, read once."""
    return shipped_model(MODEL_FILE, "stages")


class DocumentReading(CandidateReading):
    """The check's reading of one document: its sentences' words, each read once, the sentences
    naming each state, and what the rules concluded for each pair (``facts``: the document's
    facts as the rules give them)."""

    LABEL = "stage"

    def __init__(self, ctx: DocumentContext, facts: list[Fact]) -> None:
        self.ctx = ctx
        # a sentence naming no state is never read for a pair
        self.sentences = {index: sentence_words(ctx, index) for index, view in enumerate(ctx.views)
                          if view.mentions}
        self.naming: dict[str, list[int]] = {}  # state -> the sentences naming it, in order
        for index, sentence in self.sentences.items():
            for state in sentence.isos:
                self.naming.setdefault(state, []).append(index)
        self.given: dict[tuple[str, str], list[Arrangement]] = {}
        for fact in facts:
            if isinstance(fact, Arrangement):
                self.given.setdefault((fact.deporting_country, fact.receiving_country),
                                      []).append(fact)
        self.removal_pairs = {(f.deporting_country, f.receiving_country) for f in facts
                              if f.type == "removal"}
        # the document's sender and every sender a fact names, each with every other state
        # the document's sentences name, in a fixed order
        senders = {ctx.deporter} if ctx.deporter else set()
        senders |= {f.deporting_country for f in facts if f.type in ("arrangement", "removal")}
        self.pairs = sorted((s, r) for s in senders for r in self.naming if r != s)

    def parts(self, pair: tuple[str, str]) -> tuple[list[tuple[int, str]], set[str]]:
        """What the model reads for one pair: the sentences naming the receiver (each with
        ``both`` or ``rec``, whose fixed n-grams it reads), and every other feature: the
        n-grams of the states' roles, how often and how early the receiver is named, and what
        the rules concluded."""
        sender, receiver = pair
        fixed: list[tuple[int, str]] = []
        features: set[str] = set()
        for index in self.naming.get(receiver, ()):
            sentence = self.sentences[index]
            where = "both" if sender in sentence.isos else "rec"
            fixed.append((index, where))
            features |= sentence.by_role(sender, receiver, where)
            if index == 0:
                features.add("rec_in_first_sentence")
        features.add(f"nrec={min(len(fixed), MOST_SENTENCES)}")
        features.add("dep_is_doc_deporter" if sender == self.ctx.deporter else "dep_other")
        rule_stages = self.rule_labels(pair)
        features.update(f"rule_stage={stage}" for stage in rule_stages)
        if rule_stages:
            features.add("rule_arrangement")
        if pair in self.removal_pairs:
            features.add("rule_removal")
        return fixed, features


def check_stages(ctx: DocumentContext, facts: list[Fact]) -> list[Arrangement]:
    """The arrangements among the document's ``facts`` that the model keeps, and the stages
    it adds (the removals among the facts are read as evidence of a deal)."""
    if len(ctx.views) < FEWEST_SENTENCES:
        return [f for f in facts if isinstance(f, Arrangement)]
    model = stage_model()
    reading = DocumentReading(ctx, facts)
    kept = reading.checked(model, reading.pairs, "stage check",
                           lambda pair, stage, p: _added_stage(reading, model, pair, stage, p))
    # a pair outside the candidates (no sentence of the document names it) keeps its facts
    candidates = set(reading.pairs)
    kept.extend(f for pair, group in reading.given.items() if pair not in candidates
                for f in group)
    return kept


def _added_stage(reading: DocumentReading, model: CheckModel, pair: tuple[str, str],
                 stage: str, p: float) -> Arrangement | None:
    """A stage the model finds and the rules did not: stated by the sentence naming the
    receiver whose own words support the stage most (one naming the sender too first)."""
    sender, receiver = pair
    naming = reading.naming.get(receiver)
    if not naming:
        return None
    best: tuple[int, float, int] | None = None
    for index in naming:
        sentence = reading.sentences[index]
        where = "both" if sender in sentence.isos else "rec"
        rank = (1 if where == "both" else 0,
                model.probabilities(sentence_features(sentence.words(sender, receiver),
                                                      where))[stage])
        if best is None or rank > best[:2]:
            best = (*rank, index)
    ctx = reading.ctx
    view = ctx.views[best[2]]
    certainty = certainty_of(view)
    dates = [d.value for d in ctx.dates_in(view) if d.value]
    given = reading.given.get(pair)
    kind = given[0].kind if given else kind_of([ctx.views[i] for i in naming], receiver, sender)
    return Arrangement(
        deporting_country=sender, receiving_country=receiver, kind=kind,
        stage=stage, date=min(dates) if dates else None,
        certainty=certainty.level, attributed_to=certainty.attributed_to,
        evidence=ctx.evidence(view), rule=f"arrangement.{stage}:stage check {p:.2f}")
