"""Why was a gold removal never proposed? A gate trace of ``build_removals`` for rule writers.

Usage: .venv/bin/python scripts/removal_gate_trace.py GOLD_DIR [GOLD_DIR ...] [--by-gate]

For every gold removal of a folder (``<id>.txt`` + ``<id>.facts.jsonl``, FACTS.md format) whose
pair the extractor does not predict at all, prints the sentence(s) of its evidence and, for
each, what the removal rules saw while reading it: every function ``removals.py`` calls (the
movement cues, the destinations, each gate) with its result when that result is not empty,
and the removals made from the sentence. Last comes a guess at the blocker (tallied at the
end; `--by-gate` tallies the gates themselves):

- ``no-move-cue``: no verb or noun of moving people in the sentence (nothing was proposed);
- ``no-people-or-filtered``: the sentence's movements were dropped before any clause was read
  (no people in it, or each movement negated, planned, stopped …);
- ``pre-clause:<gates>``: as above, naming the gates that answered yes;
- ``no-destination``: a clause was read but no receiving state was found;
- ``dest-gated:<gate>``: a destination was found and a later gate dropped it;
- ``made-other-pair``: the sentence gave a removal, of another pair;
- ``document-not-read``: the removal rules never read the document (it reads as off topic).

Session 12 found that two in three removals missed on fresh text were never proposed; this is
the tool that sorts them by gate. It wraps the functions of the ``removals`` module's namespace
for the run, so it needs no hooks in the product. Never run it on ``tests/corpus/sealed``.
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import thirdcountry.extraction.extractor as extractor_module
import thirdcountry.extraction.removals as removals_module
from thirdcountry.extraction import Extractor
from thirdcountry.facts.scoring import (
    _read_fact_file,
    _read_published,
    gold_document_ids,
    score_document,
)

# helpers of the module that are no gates (word tables, constructors)
NOT_GATES = {"build_removals", "replace", "word_class", "word_tuple", "lower_words",
             "certainty_of", "Removal", "Clause", "named_places", "laws"}
# calls logged even when they answer nothing: the steps a candidate must pass
ALWAYS_LOGGED = {"movement_cues", "destinations_of", "implied_receiver", "clause_roles"}
RESULT_WIDTH = 110


@dataclass
class SentenceTrace:
    index: int
    text: str
    calls: list[tuple[str, str]]
    made: list[str]

    def blocker(self) -> str:
        names = [name for name, _ in self.calls]
        if not self.calls or self.calls[0] == ("movement_cues", "[]"):
            return "no-move-cue"
        if "clause_roles" not in names:
            gates = ",".join(names[1:])
            return f"pre-clause:{gates}" if gates else "no-people-or-filtered"
        if self.made:
            return "made-other-pair"
        found = any(name == "destinations_of" and result != "[]" or
                    name == "implied_receiver" and result != "None"
                    for name, result in self.calls)
        return f"dest-gated:{names[-1]}" if found else "no-destination"


@dataclass
class MissedRemoval:
    doc_id: str
    pair: tuple[str, str]
    count: int | None
    read: bool = True  # whether the removal rules read the document at all
    sentences: list[SentenceTrace] = field(default_factory=list)

    def blocker(self) -> str:
        if not self.read:
            return "document-not-read"
        blockers = [s.blocker() for s in self.sentences]
        return next((b for b in blockers if b != "no-move-cue"), blockers[0] if blockers
                    else "no-sentence")


def _shown(name: str, result) -> str:
    if name == "movement_cues":
        result = [cue.text for cue in result]
    elif name == "destinations_of":
        result = [mention.iso3 for mention in result]
    elif name == "clause_roles":
        return f"deporting={result.deporting} nationalities={result.nationalities}"
    text = repr(result)
    return text if len(text) <= RESULT_WIDTH else text[:RESULT_WIDTH - 3] + "..."


class _Recorder:
    """Wraps the functions of the ``removals`` namespace while it is active."""

    def __init__(self) -> None:
        self.ctx = None
        self.view_index: int | None = None
        self.calls: dict[int, list[tuple[str, str]]] = {}
        self.removals: list = []
        self._saved: dict[str, object] = {}

    def __enter__(self) -> _Recorder:
        for name, function in vars(removals_module).items():
            if inspect.isfunction(function) and name not in NOT_GATES:
                self._saved[name] = function
                setattr(removals_module, name, self._wrap(name, function))
        self._saved["__build__"] = extractor_module.build_removals
        extractor_module.build_removals = self._build
        return self

    def __exit__(self, *exc) -> None:
        extractor_module.build_removals = self._saved.pop("__build__")
        for name, function in self._saved.items():
            setattr(removals_module, name, function)

    def _build(self, ctx):
        self.ctx, self.view_index, self.calls = ctx, None, {}
        self.removals = removals_module.build_removals(ctx)
        return self.removals

    def _wrap(self, name, function):
        def recorded(*args, **kwargs):
            if name == "movement_cues":
                self.view_index = self.ctx.index_of(args[1])
            result = function(*args, **kwargs)
            if self.view_index is not None and (result or name in ALWAYS_LOGGED):
                self.calls.setdefault(self.view_index, []).append((name, _shown(name, result)))
            return result
        return recorded


def trace_folder(folder: Path, extractor: Extractor | None = None) -> list[MissedRemoval]:
    """The gold removals of ``folder`` whose pair the extractor does not predict, traced."""
    extractor = extractor or Extractor()
    missed: list[MissedRemoval] = []
    with _Recorder() as recorder:
        for doc_id in gold_document_ids(folder):
            text = (folder / f"{doc_id}.txt").read_bytes().decode("utf-8")
            # an off-topic document is never given to the removal rules: no trace is its own
            recorder.ctx = None
            predicted = extractor.extract(
                text, published=_read_published(folder / f"{doc_id}.meta.json"))
            gold = _read_fact_file(folder / f"{doc_id}.facts.jsonl")
            predicted_pairs = {(f.deporting_country, f.receiving_country)
                               for f in predicted if f.type == "removal"}
            for fact in score_document(doc_id, gold, predicted).missed:
                pair = (fact.deporting_country, fact.receiving_country) \
                    if fact.type == "removal" else None
                if pair is None or pair in predicted_pairs:
                    continue
                missed.append(_traced(recorder, doc_id, pair, fact))
    return missed


def _traced(recorder: _Recorder, doc_id: str, pair, fact) -> MissedRemoval:
    miss = MissedRemoval(doc_id, pair, fact.count)
    if recorder.ctx is None:
        miss.read = False
        return miss
    views = recorder.ctx.views
    for index, view in enumerate(views):
        end = view.start_char + len(view.text)
        if view.start_char < fact.evidence.end and fact.evidence.start < end:
            made = [f"{r.deporting_country}->{r.receiving_country} {r.count}"
                    for r in recorder.removals if view.start_char <= r.evidence.start < end]
            miss.sentences.append(SentenceTrace(index, view.text, recorder.calls.get(index, []),
                                                made))
    return miss


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("-")]
    if not folders:
        print(__doc__.split("\n\n")[1])
        return 2
    tally: Counter[str] = Counter()
    extractor = Extractor()
    for folder in folders:
        for miss in trace_folder(folder, extractor):
            print(f"== {miss.doc_id} {miss.pair[0]}->{miss.pair[1]} count={miss.count}")
            for sentence in miss.sentences:
                print(f"  [{sentence.index}] {sentence.text.strip()[:300]!r}")
                for name, result in sentence.calls:
                    print(f"      {name}: {result}")
                if sentence.made:
                    print(f"      made: {sentence.made}")
            blocker = miss.blocker()
            print(f"  => {blocker}")
            tally[blocker if "--by-gate" in argv else blocker.split(":")[0]] += 1
    for blocker, number in sorted(tally.items(), key=lambda item: (-item[1], item[0])):
        print(f"{number:5}  {blocker}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
