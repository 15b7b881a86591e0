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

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from itertools import chain

import numpy as np

from thirdcountry.extraction.arrangements import kind_of
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import token_bounds
from thirdcountry.facts.schema import Arrangement, Fact

MODEL_FILE = "arrangement_stages.json"
# Words, contractions, numbers, and the marks that carry meaning in news copy: "$" and "%"
# for terms, "?" for questions, quotation marks for words that are someone else's.
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|[$%?\"“”]")
# In a text of one or two sentences the rules have read everything the check would.
FEWEST_SENTENCES = 3
MOST_SENTENCES = 6  # "named in 6 or more sentences" is one feature: long stories are alike
THIS_STAGE = "rule_this_stage"  # the rules gave the very stage being scored
NO_ROWS: tuple[None, dict[str, int]] = (None, {})  # a word the model has no weight for


class StageModel:
    """One logistic model per stage: a bias and a weight per feature. The weights are one
    matrix, a row per feature and a column per stage, so that a pair is scored for every stage
    with one look-up per feature."""

    def __init__(self, threshold: float,
                 stages: dict[str, tuple[float, dict[str, float]]]) -> None:
        self.threshold = threshold
        self.stages = tuple(sorted(stages))
        names = sorted({name for _bias, weights in stages.values() for name in weights
                        if name != THIS_STAGE})
        self._row = {name: row for row, name in enumerate(names)}
        self._weights = np.zeros((len(names), len(self.stages)))
        self._bias = np.zeros(len(self.stages))
        self._this_stage = np.zeros(len(self.stages))
        for column, stage in enumerate(self.stages):
            bias, weights = stages[stage]
            self._bias[column] = bias
            self._this_stage[column] = weights.get(THIS_STAGE, 0.0)
            for name, weight in weights.items():
                if name != THIS_STAGE:
                    self._weights[self._row[name], column] = weight
        # By word, the row of "both:word" (or "rec:word") and the rows of "both:word_next" by
        # the next word: a sentence's rows are found with one look-up per word and one per
        # pair of words, without building a feature name for either.
        self._word_rows: dict[str, dict[str, tuple[int | None, dict[str, int]]]] = {
            "both": {}, "rec": {}}
        for name, row in self._row.items():
            where, _, ngram = name.partition(":")
            if where not in self._word_rows or not ngram:
                continue
            first, _, second = ngram.partition("_")
            own, nexts = self._word_rows[where].get(first, (None, {}))
            if second:
                nexts[second] = row
            else:
                own = row
            self._word_rows[where][first] = (own, nexts)

    def rows(self, features: Iterable[str]) -> frozenset[int]:
        """The rows of the features the model has a weight for."""
        row = self._row
        return frozenset(row[f] for f in features if f in row)

    def word_rows(self, pieces: Iterable[list[str]], where: str) -> frozenset[int]:
        """``rows`` of the words and word pairs of each piece (``sentence_features`` of each)."""
        table = self._word_rows[where]
        found: list[int] = []
        for words in pieces:
            before: dict[str, int] = {}
            for word in words:
                if before:
                    row = before.get(word)
                    if row is not None:
                        found.append(row)
                own, before = table.get(word, NO_ROWS)
                if own is not None:
                    found.append(own)
        return frozenset(found)

    def probabilities(self, features: Iterable[str], rule_stages: Iterable[str] = ()
                      ) -> dict[str, float]:
        """P(the document states each stage for the pair), for every stage learnt."""
        return self.probabilities_of_pairs([self.rows(features)], [rule_stages])[0]

    def probabilities_of_pairs(self, rows: list[Iterable[int]],
                               rule_stages: list[Iterable[str]]) -> list[dict[str, float]]:
        """``probabilities`` of many pairs, given their rows, in one pass of array work."""
        # each pair's rows in a fixed order: the same features always sum to the same float
        ordered = [sorted(each) for each in rows]
        sizes = np.array([len(each) for each in ordered], dtype=np.intp)
        index = np.fromiter(chain.from_iterable(ordered), dtype=np.intp, count=int(sizes.sum()))
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        summed = np.zeros((len(ordered), len(self.stages)))
        filled = sizes > 0
        if index.size:
            summed[filled] = np.add.reduceat(self._weights[index], starts[filled], axis=0)
        given = np.array([[stage in each for stage in self.stages]
                          for each in map(set, rule_stages)],
                         dtype=float).reshape(len(ordered), len(self.stages))
        scores = summed + self._bias + given * self._this_stage
        probabilities = (1.0 / (1.0 + np.exp(-scores))).tolist()
        return [dict(zip(self.stages, each, strict=True)) for each in probabilities]


def read_stage_model(text: str) -> StageModel:
    """A model from the JSON that ``scripts/train_stage_check.py`` writes."""
    data = json.loads(text)
    return StageModel(data["threshold"], {stage: (entry["bias"], entry["weights"])
                                          for stage, entry in data["stages"].items()})


@lru_cache(maxsize=1)
def stage_model() -> StageModel:
    """The model the package ships, read once."""
    return read_stage_model((files("thirdcountry.extraction") / "data" / "models" / MODEL_FILE)
                            .read_text("utf-8"))


class _Sentence:
    """A sentence's words, read once per document: the words between its state mentions and
    the state each mention names, and its n-grams that no state's role changes."""

    __slots__ = ("pieces", "states", "isos", "_fixed")

    def __init__(self, ctx: DocumentContext, view: SentenceView) -> None:
        starts, ends = token_bounds(ctx.doc)
        self.pieces: list[list[str]] = []
        self.states: list[str] = []  # the state named after pieces[k]
        at = 0
        for m in view.mentions:
            lo, hi = starts[m.start] - view.start_char, ends[m.end - 1] - view.start_char
            if lo < at or lo < 0 or hi > len(view.text):
                continue
            self.pieces.append(WORD.findall(view.text[at:lo].lower()))
            self.states.append(m.iso3)
            at = hi
        self.pieces.append(WORD.findall(view.text[at:].lower()))
        self.isos = {m.iso3 for m in view.mentions}
        self._fixed: dict[str, frozenset[str]] = {}

    def words(self, sender: str, receiver: str) -> list[str]:
        """The sentence's words in lower case, each state replaced by its role in the pair."""
        out = list(self.pieces[0])
        for state, piece in zip(self.states, self.pieces[1:], strict=True):
            out.append(_role(state, sender, receiver))
            out.extend(piece)
        return out

    def fixed(self, where: str) -> frozenset[str]:
        """The words and word pairs that name no state, whatever the pair."""
        found = self._fixed.get(where)
        if found is None:
            found = self._fixed[where] = frozenset(
                f for piece in self.pieces for f in sentence_features(piece, where))
        return found

    def by_role(self, sender: str, receiver: str, where: str) -> set[str]:
        """The roles and the word pairs a role is part of (each state's neighbours are the
        words beside it, or the role of a state named right beside it)."""
        roles = [_role(state, sender, receiver) for state in self.states]
        out = set()
        for k, role in enumerate(roles):
            out.add(f"{where}:{role}")
            before, after = self.pieces[k], self.pieces[k + 1]
            left = before[-1] if before else roles[k - 1] if k else None
            right = after[0] if after else roles[k + 1] if k + 1 < len(roles) else None
            if left is not None:
                out.add(f"{where}:{left}_{role}")
            if right is not None:
                out.add(f"{where}:{role}_{right}")
        return out


def _role(state: str, sender: str, receiver: str) -> str:
    """The receiver, the sender, or any other state."""
    return "xrecx" if state == receiver else "xdepx" if state == sender else "xothx"


def sentence_features(words: list[str], where: str) -> set[str]:
    """Each word and each pair of neighbouring words, marked ``both`` when the sentence names
    the sender as well as the receiver, else ``rec``."""
    out = {f"{where}:{w}" for w in words}
    out.update(f"{where}:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    return out


class DocumentReading:
    """The check's reading of one document: its sentences' words, each read once, the sentences
    naming each state, and what the rules concluded for each pair (``facts``: the document's
    facts as the rules give them)."""

    def __init__(self, ctx: DocumentContext, facts: list[Fact]) -> None:
        self.ctx = ctx
        # a sentence naming no state is never read for a pair
        self.sentences = {index: _Sentence(ctx, view) for index, view in enumerate(ctx.views)
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

    def rule_stages(self, pair: tuple[str, str]) -> set[str]:
        return {f.stage for f in self.given.get(pair, ())}

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
        rule_stages = self.rule_stages(pair)
        features.update(f"rule_stage={stage}" for stage in rule_stages)
        if rule_stages:
            features.add("rule_arrangement")
        if pair in self.removal_pairs:
            features.add("rule_removal")
        return fixed, features

    def features(self, pair: tuple[str, str]) -> set[str]:
        """Every feature the model reads for one pair, as names (what training reads)."""
        fixed, features = self.parts(pair)
        for index, where in fixed:
            features |= self.sentences[index].fixed(where)
        return features

    def rows(self, model: StageModel, pair: tuple[str, str],
             fixed_rows: dict[tuple[int, str], frozenset[int]]) -> set[int]:
        """``model.rows(self.features(pair))`` without naming every n-gram: a sentence's
        fixed n-grams are looked up word by word, once per document (``fixed_rows``)."""
        fixed, features = self.parts(pair)
        rows = set(model.rows(features))
        for key in fixed:
            found = fixed_rows.get(key)
            if found is None:
                found = fixed_rows[key] = model.word_rows(self.sentences[key[0]].pieces, key[1])
            rows |= found
        return rows


def check_stages(ctx: DocumentContext, facts: list[Fact]) -> list[Arrangement]:
    """The arrangements among the document's ``facts`` that the model keeps, and the stages
    it adds (the removals among the facts are read as evidence of a deal)."""
    if len(ctx.views) < FEWEST_SENTENCES:
        return [f for f in facts if isinstance(f, Arrangement)]
    model = stage_model()
    reading = DocumentReading(ctx, facts)
    fixed_rows: dict[tuple[int, str], frozenset[int]] = {}
    pairs = reading.pairs
    scored = model.probabilities_of_pairs(
        [reading.rows(model, pair, fixed_rows) for pair in pairs],
        [reading.rule_stages(pair) for pair in pairs]) if pairs else []
    kept: list[Arrangement] = []
    for pair, probabilities in zip(pairs, scored, strict=True):
        given = reading.given.get(pair, [])
        for stage, p in probabilities.items():
            if p < model.threshold:
                continue
            same = [f for f in given if f.stage == stage]
            for fact in same:
                fact.rule = f"{fact.rule}; stage check {p:.2f}"
            if same:
                kept.extend(same)
            else:
                added = _added_stage(reading, model, pair, stage, p, given)
                if added is not None:
                    kept.append(added)
        # stages the model never learnt are the rules' alone
        kept.extend(f for f in given if f.stage not in model.stages)
    # a pair outside the candidates (no sentence of the document names it) keeps its facts
    candidates = set(pairs)
    kept.extend(f for pair, group in reading.given.items() if pair not in candidates
                for f in group)
    return kept


def _added_stage(reading: DocumentReading, model: StageModel, pair: tuple[str, str],
                 stage: str, p: float, given: list[Arrangement]) -> Arrangement | None:
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
    kind = given[0].kind if given else kind_of([ctx.views[i] for i in naming], receiver, sender)
    return Arrangement(
        deporting_country=sender, receiving_country=receiver, kind=kind,
        stage=stage, date=min(dates) if dates else None,
        certainty=certainty.level, attributed_to=certainty.attributed_to,
        evidence=ctx.evidence(view), rule=f"arrangement.{stage}:stage check {p:.2f}")
