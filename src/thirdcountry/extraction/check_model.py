"""What the learned checks share: a logistic model per label read from a data file, and a
sentence's words with the states replaced by their roles.

A check (``stage_check``, ``legal_check``) reads a document coarsely for each candidate it could
state (a pair of states, a court's state), gathers the words and word pairs of the sentences
that bear on it with the states replaced by their roles, adds what the rules concluded, and
scores each label (a stage, an outcome) with weights trained on the project's gold corpora.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from importlib.resources import files
from itertools import chain

import numpy as np

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import token_bounds

# Words, contractions, numbers, and the marks that carry meaning in news copy: "$" and "%"
# for terms, "?" for questions, quotation marks for words that are someone else's.
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|[$%?\"“”]")
THIS_LABEL = "rule_this_stage"  # the rules gave the very label being scored
# In a text of one or two sentences the rules have read everything a check would.
FEWEST_SENTENCES = 3
MOST_SENTENCES = 6  # "6 or more sentences" is one feature: long stories are alike
# doc.user_data: the sentences' words, read once for every check
SENTENCE_WORDS_KEY = "thirdcountry.sentence_words"
NO_ROWS: tuple[None, dict[str, int]] = (None, {})  # a word the model has no weight for


class CheckModel:
    """One logistic model per label (a stage, an outcome): a bias and a weight per feature. The
    weights are one matrix, a row per feature and a column per label, so that a candidate is
    scored for every label with one look-up per feature. ``THIS_LABEL`` is the feature "the
    rules gave the very label being scored", weighted per label."""

    def __init__(self, threshold: float,
                 labels: dict[str, tuple[float, dict[str, float]]]) -> None:
        self.threshold = threshold
        self.labels = tuple(sorted(labels))
        names = sorted({name for _bias, weights in labels.values() for name in weights
                        if name != THIS_LABEL})
        self._row = {name: row for row, name in enumerate(names)}
        self._weights = np.zeros((len(names), len(self.labels)))
        self._bias = np.zeros(len(self.labels))
        self._this_label = np.zeros(len(self.labels))
        for column, label in enumerate(self.labels):
            bias, weights = labels[label]
            self._bias[column] = bias
            self._this_label[column] = weights.get(THIS_LABEL, 0.0)
            for name, weight in weights.items():
                if name != THIS_LABEL:
                    self._weights[self._row[name], column] = weight
        # By where a sentence is read ("both", "rec", …) and by word, the row of "both:word"
        # and the rows of "both:word_next" by the next word: a sentence's rows are found with
        # one look-up per word and one per pair of words, without building a feature name.
        self._word_rows: dict[str, dict[str, tuple[int | None, dict[str, int]]]] = {}
        for name, row in self._row.items():
            where, _, ngram = name.partition(":")
            if not ngram:
                continue
            self._word_rows.setdefault(where, {})
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
        table = self._word_rows.get(where, {})
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

    def probabilities(self, features: Iterable[str], rule_labels: Iterable[str] = ()
                      ) -> dict[str, float]:
        """P(the document states each label for the candidate), for every label learnt."""
        return self.probabilities_of_pairs([self.rows(features)], [rule_labels])[0]

    def probabilities_of_pairs(self, rows: list[Iterable[int]],
                               rule_labels: list[Iterable[str]]) -> list[dict[str, float]]:
        """``probabilities`` of many candidates, given their rows, in one pass of array
        work."""
        # each pair's rows in a fixed order: the same features always sum to the same float
        ordered = [sorted(each) for each in rows]
        sizes = np.array([len(each) for each in ordered], dtype=np.intp)
        index = np.fromiter(chain.from_iterable(ordered), dtype=np.intp, count=int(sizes.sum()))
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        summed = np.zeros((len(ordered), len(self.labels)))
        filled = sizes > 0
        if index.size:
            summed[filled] = np.add.reduceat(self._weights[index], starts[filled], axis=0)
        given = np.array([[label in each for label in self.labels]
                          for each in map(set, rule_labels)],
                         dtype=float).reshape(len(ordered), len(self.labels))
        scores = summed + self._bias + given * self._this_label
        probabilities = (1.0 / (1.0 + np.exp(-scores))).tolist()
        return [dict(zip(self.labels, each, strict=True)) for each in probabilities]


def read_check_model(text: str, key: str) -> CheckModel:
    """A model from the JSON a training script writes (``scripts/train_*_check.py``): its
    labels' biases and weights under ``key``."""
    data = json.loads(text)
    return CheckModel(data["threshold"], {label: (entry["bias"], entry["weights"])
                                          for label, entry in data[key].items()})


def shipped_model(file: str, key: str) -> CheckModel:
    """A model the package ships in ``data/models``."""
    return read_check_model((files("thirdcountry.extraction") / "data" / "models" / file)
                            .read_text("utf-8"), key)


class CandidateReading:
    """What a check reads of one candidate (a pair of states, a court's state): ``parts`` gives
    the sentences it reads, each with where it is read, and its other features; ``given`` holds
    the rules' facts by candidate, and ``LABEL`` names the field the model scores ("stage",
    "outcome")."""

    LABEL: str
    sentences: dict[int, SentenceWords]
    given: dict

    def rule_labels(self, candidate) -> set[str]:
        """The labels the rules gave the candidate."""
        return {getattr(f, self.LABEL) for f in self.given.get(candidate, ())}

    def parts(self, candidate) -> tuple[list[tuple[int, str]], set[str]]:
        """The sentences read for the candidate, each with where it is read (whose fixed
        n-grams it reads), and every other feature: each check says its own."""
        raise NotImplementedError

    def features(self, candidate) -> set[str]:
        """Every feature the model reads for the candidate, as names (what training reads)."""
        fixed, features = self.parts(candidate)
        for index, where in fixed:
            features |= self.sentences[index].fixed(where)
        return features

    def rows(self, model: CheckModel, candidate,
             fixed_rows: dict[tuple[int, str], frozenset[int]]) -> set[int]:
        """``model.rows(self.features(candidate))`` without naming every n-gram: a sentence's
        fixed n-grams are looked up word by word, once per document (``fixed_rows``)."""
        fixed, features = self.parts(candidate)
        rows = set(model.rows(features))
        for key in fixed:
            found = fixed_rows.get(key)
            if found is None:
                found = fixed_rows[key] = model.word_rows(self.sentences[key[0]].pieces, key[1])
            rows |= found
        return rows

    def checked(self, model: CheckModel, candidates: list, check: str,
                added: Callable[[object, str, float], object | None]) -> list:
        """The rules' facts of the candidates that the model keeps (their rule gains
        "; <check> 0.93"), and a fact ``added(candidate, label, p)`` for each label the model
        finds and the rules did not give; a label the model never learnt stays the rules'."""
        fixed_rows: dict[tuple[int, str], frozenset[int]] = {}
        scored = model.probabilities_of_pairs(
            [self.rows(model, candidate, fixed_rows) for candidate in candidates],
            [self.rule_labels(candidate) for candidate in candidates]) if candidates else []
        kept = []
        for candidate, probabilities in zip(candidates, scored, strict=True):
            ruled = self.given.get(candidate, [])
            for label, p in probabilities.items():
                if p < model.threshold:
                    continue
                same = [f for f in ruled if getattr(f, self.LABEL) == label]
                for fact in same:
                    fact.rule = f"{fact.rule}; {check} {p:.2f}"
                if same:
                    kept.extend(same)
                else:
                    fact = added(candidate, label, p)
                    if fact is not None:
                        kept.append(fact)
            kept.extend(f for f in ruled if getattr(f, self.LABEL) not in model.labels)
        return kept


class SentenceWords:
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

    def by_role(self, sender: str, receiver: str, *wheres: str) -> set[str]:
        """The roles and the word pairs a role is part of (each state's neighbours are the
        words beside it, or the role of a state named right beside it), marked with each of
        ``wheres``."""
        roles = [_role(state, sender, receiver) for state in self.states]
        grams = set()
        for k, role in enumerate(roles):
            grams.add(role)
            before, after = self.pieces[k], self.pieces[k + 1]
            left = before[-1] if before else roles[k - 1] if k else None
            right = after[0] if after else roles[k + 1] if k + 1 < len(roles) else None
            if left is not None:
                grams.add(f"{left}_{role}")
            if right is not None:
                grams.add(f"{role}_{right}")
        return {f"{where}:{gram}" for where in wheres for gram in grams}


def sentence_words(ctx: DocumentContext, index: int) -> SentenceWords:
    """The words of the document's sentence ``index``, read once for every check."""
    read = ctx.doc.user_data.setdefault(SENTENCE_WORDS_KEY, {})
    found = read.get(index)
    if found is None:
        found = read[index] = SentenceWords(ctx, ctx.views[index])
    return found


def _role(state: str, sender: str, receiver: str) -> str:
    """The receiver, the sender, or any other state."""
    return "xrecx" if state == receiver else "xdepx" if state == sender else "xothx"


def sentence_features(words: list[str], where: str) -> set[str]:
    """Each word and each pair of neighbouring words, marked with how the sentence is read:
    ``both`` or ``rec`` for a pair of states (it names the sender as well as the receiver, or
    the receiver alone), ``jur``, ``oth``, ``none`` or ``any`` for a court's state."""
    out = {f"{where}:{w}" for w in words}
    out.update(f"{where}:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    return out
