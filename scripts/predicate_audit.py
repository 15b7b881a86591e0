"""What does each yes/no rule of the extractor do to the facts? A predicate audit for rule writers.

Usage: .venv/bin/python scripts/predicate_audit.py GOLD_DIR [GOLD_DIR ...] [--only=MODULE,...]

Every module-level function of ``thirdcountry.extraction`` and ``thirdcountry.countries`` that
answers True or False while the folders are extracted is forced to answer True, then False; only
the documents where it had answered otherwise are extracted again, and the facts that change are
scored against the gold (FACTS.md matching). One tab-separated line per predicate and forced
answer: the predicate, the answer, how many documents it touched, then for each folder the change
in true positives, false positives and misses ("+3/-5/-3") and in F1 (x1000). A gate whose
rejected facts are mostly right on text it was not written for costs accuracy there; a rule whose
facts are mostly wrong there does too.

It prints counts only, never text, so it may be run on a sealed folder; but choosing rules by a
folder's totals fits them to that folder as surely as reading its errors. Session 16 chose seven
changes that each helped the older sealed items (0.834 -> 0.841 together) and lost on the eight
newest sets (0.773 -> 0.769): confirm any choice once on a folder no choice has seen.
--only limits the audit to predicates of the named modules (``stage,roles``).
"""

from __future__ import annotations

import inspect
import pkgutil
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import thirdcountry.countries
import thirdcountry.extraction
from thirdcountry.extraction import Extractor
from thirdcountry.facts.scoring import (
    _read_fact_file,
    _read_published,
    gold_document_ids,
    score_document,
)

AUDITED_PACKAGES = (thirdcountry.extraction, thirdcountry.countries)


@dataclass(frozen=True)
class Item:
    folder: str
    doc_id: str
    text: str
    published: str | None
    gold: list


@dataclass(frozen=True)
class Counts:
    tp: int
    fp: int
    fn: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.tp - other.tp, self.fp - other.fp, self.fn - other.fn)

    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


NO_CHANGE = Counts(0, 0, 0)


@dataclass(frozen=True)
class Finding:
    predicate: str
    forced: bool
    documents: int
    change: dict[str, Counts]  # per folder


def read_items(folders: list[Path]) -> list[Item]:
    return [Item(folder.name, doc_id, (folder / f"{doc_id}.txt").read_bytes().decode("utf-8"),
                 _read_published(folder / f"{doc_id}.meta.json"),
                 _read_fact_file(folder / f"{doc_id}.facts.jsonl"))
            for folder in folders for doc_id in gold_document_ids(folder)]


def predicates(only: set[str] | None = None) -> dict[str, Callable]:
    """The module-level functions of the audited packages, by ``module.function``."""
    found = {}
    for package in AUDITED_PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = import_module(info.name)
            short = info.name.rsplit(".", 1)[1]
            if only is not None and short not in only:
                continue
            for name, value in vars(module).items():
                defined = getattr(value, "__wrapped__", value)  # lru_cache keeps the function
                if inspect.isfunction(defined) and defined.__module__ == info.name:
                    found[f"{short}.{name}"] = value
    return found


@contextmanager
def replaced(function: Callable, replacement: Callable) -> Iterator[None]:
    """Every name of the product's modules bound to ``function`` (its own module's and those
    that imported it) bound to ``replacement`` for the duration."""
    bound = [(module, name) for module_name, module in list(sys.modules.items())
             if module_name.startswith("thirdcountry") for name, value in vars(module).items()
             if value is function]
    for module, name in bound:
        setattr(module, name, replacement)
    try:
        yield
    finally:
        for module, name in bound:
            setattr(module, name, function)


class Audit:
    def __init__(self, items: list[Item], extractor: Extractor | None = None) -> None:
        self.items = items
        self.extractor = extractor or Extractor()
        self.baseline = [self._counts(index) for index in range(len(items))]

    def _counts(self, index: int) -> Counts:
        item = self.items[index]
        [predicted] = self.extractor.extract_many([(item.text, item.published)])
        scored = score_document(item.doc_id, item.gold, predicted)
        wrong = len(scored.false_positives)
        return Counts(len(predicted) - wrong, wrong, len(scored.missed))

    def answers(self, functions: dict[str, Callable]) -> dict[str, dict[bool, set[int]]]:
        """For each predicate, the documents where it answered True and those where False."""
        seen: dict[str, dict[bool, set[int]]] = {}
        current = [0]

        def recording(name: str, function: Callable) -> Callable:
            def recorded(*args, **kwargs):
                result = function(*args, **kwargs)
                if result is True or result is False:
                    seen.setdefault(name, {True: set(), False: set()})[result].add(current[0])
                return result
            return recorded

        with _all_replaced({function: recording(name, function)
                            for name, function in functions.items()}):
            for index in range(len(self.items)):
                current[0] = index
                self._counts(index)
        return seen

    def force(self, function: Callable, answer: bool, documents: set[int]) -> dict[str, Counts]:
        change: dict[str, Counts] = {}
        with replaced(function, lambda *args, **kwargs: answer):
            for index in sorted(documents):
                folder = self.items[index].folder
                change[folder] = change.get(folder, NO_CHANGE) + \
                    (self._counts(index) - self.baseline[index])
        return change

    def run(self, only: set[str] | None = None) -> Iterator[Finding]:
        functions = predicates(only)
        for name, answered in sorted(self.answers(functions).items()):
            for answer in (True, False):
                documents = answered[not answer]
                if documents:
                    yield Finding(name, answer, len(documents),
                                  self.force(functions[name], answer, documents))

    def totals(self) -> dict[str, Counts]:
        totals: dict[str, Counts] = {}
        for item, counts in zip(self.items, self.baseline, strict=True):
            totals[item.folder] = totals.get(item.folder, NO_CHANGE) + counts
        return totals


@contextmanager
def _all_replaced(replacements: dict[Callable, Callable]) -> Iterator[None]:
    with ExitStack() as stack:
        for function, replacement in replacements.items():
            stack.enter_context(replaced(function, replacement))
        yield


def line(finding: Finding, totals: dict[str, Counts]) -> str:
    cells = [finding.predicate, str(finding.forced), str(finding.documents)]
    for folder, total in totals.items():
        change = finding.change.get(folder, NO_CHANGE)
        delta_f1 = ((total + change).f1() - total.f1()) * 1000
        cells.append(f"{folder}:{change.tp:+d}/{change.fp:+d}/{change.fn:+d} {delta_f1:+.2f}")
    return "\t".join(cells)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("-") and not a.startswith("--only=")]
    only = next((set(a.split("=", 1)[1].split(",")) for a in argv if a.startswith("--only=")),
                None)
    if not folders:
        print(__doc__.split("\n\n")[1])
        return 2
    audit = Audit(read_items(folders))
    totals = audit.totals()
    for finding in audit.run(only):
        print(line(finding, totals), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
