"""Extraction speed and memory benchmark: full extraction against bare spaCy tokenization.

One run, one corpus (the dev articles at ../shared/corpus/dev when present, else the packaged
examples), repeated until it reaches ``--words`` words. Prints:

* words/s of ``spacy.blank("en").tokenizer.pipe`` and of ``Extractor().extract_many``, and
  their ratio (target: full extraction at most 3x slower than tokenization), timed in
  ``--rounds`` alternating rounds (tokenizer, extraction, tokenizer, …) so that load from
  other work on a shared machine falls on both sides: the best round of each side on the
  clock and in process CPU time, and the ratio of each round;
* the peak resident memory of a child process streaming ``--articles`` articles through
  ``extract_many`` (target: under 300 MB), next to a child that only imports spaCy and loads
  the blank English model (the baseline).

Figures only: no pass/fail, exit status 0. Run ``python benchmarks/extract_speed.py --help``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"
SPEED_TARGET_RATIO = 3.0
MEMORY_TARGET_MB = 300
# Both timed runs first see this many documents untimed, so one-off setup (lazy loading,
# tokenizer caches) is not billed to either side.
WARMUP_DOCUMENTS = 20


@dataclass(frozen=True)
class Article:
    """One corpus article: its text and publication date (ISO string or None)."""

    text: str
    published: str | None


@dataclass(frozen=True)
class Corpus:
    """The benchmark articles and where they came from."""

    articles: list[Article]
    source: str


def load_corpus() -> Corpus:
    """Load the dev corpus articles if present, else the package's example articles.

    Returns:
        The articles (text plus ``published`` from the sibling ``.meta.json`` when it exists)
        and a description of their source.

    Raises:
        SystemExit: if neither folder holds any ``.txt`` article.
    """
    folder = DEV_CORPUS
    if not sorted(folder.glob("*.txt")):
        from importlib.resources import files

        folder = Path(str(files("thirdcountry") / "examples"))
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt articles in {DEV_CORPUS} or {folder}")
    articles = [Article(path.read_text(encoding="utf-8"), _published(path)) for path in paths]
    return Corpus(articles, f"{len(articles)} articles from {folder}")


def _published(text_path: Path) -> str | None:
    meta_path = text_path.with_name(text_path.stem + ".meta.json")
    if not meta_path.exists():
        return None
    return json.loads(meta_path.read_text(encoding="utf-8")).get("published")


def word_count(text: str) -> int:
    """Count whitespace-separated words, the unit every words/s figure uses."""
    return len(text.split())


def repeat_to_words(articles: list[Article], min_words: int) -> list[Article]:
    """Cycle through ``articles`` until the selection holds at least ``min_words`` words.

    Args:
        articles: the corpus, non-empty.
        min_words: the minimum total word count.

    Returns:
        The repeated articles, in corpus order.
    """
    selected: list[Article] = []
    total = 0
    corpus_cycle = itertools.cycle(articles)
    while total < min_words:
        article = next(corpus_cycle)
        selected.append(article)
        total += word_count(article.text)
    return selected


def stream_articles(articles: list[Article], count: int) -> Iterator[Article]:
    """Yield ``count`` articles cycling through the corpus, without building a list."""
    return itertools.islice(itertools.cycle(articles), count)


@dataclass(frozen=True)
class Timing:
    """Seconds one timed pass took on the clock and in this process's CPU time."""

    wall: float
    cpu: float


def _timed(run: Callable[[], object]) -> tuple[Timing, object]:
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    result = run()
    return Timing(time.perf_counter() - wall_start, time.process_time() - cpu_start), result


def tokenizer_pass(articles: list[Article]) -> Callable[[], None]:
    """A warmed ``spacy.blank("en").tokenizer.pipe`` over the texts, as a timeable call."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def tokenize(selection: list[Article]) -> None:
        for _doc in tokenizer.pipe(article.text for article in selection):
            pass

    tokenize(articles[:WARMUP_DOCUMENTS])
    return lambda: tokenize(articles)


def extraction_pass(articles: list[Article]) -> tuple[float, Callable[[], int]]:
    """Build an ``Extractor`` and warm it.

    Returns:
        (seconds to build the extractor, a call that extracts every article and returns the
        number of facts).
    """
    from thirdcountry.extraction import Extractor

    start = time.perf_counter()
    extractor = Extractor()
    load_seconds = time.perf_counter() - start

    def extract(selection: list[Article]) -> int:
        items = ((article.text, article.published) for article in selection)
        return sum(len(article_facts) for article_facts in extractor.extract_many(items))

    extract(articles[:WARMUP_DOCUMENTS])
    return load_seconds, lambda: extract(articles)


def alternate(rounds: int, tokenize: Callable[[], None],
              extract: Callable[[], int]) -> tuple[list[Timing], list[Timing], int]:
    """Time the two passes in turn, ``rounds`` times each.

    Returns:
        (tokenizer timings, extraction timings, facts found by one extraction pass).
    """
    tokenizer_times: list[Timing] = []
    extraction_times: list[Timing] = []
    facts = 0
    for _ in range(rounds):
        tokenizer_times.append(_timed(tokenize)[0])
        timing, facts = _timed(extract)
        extraction_times.append(timing)
    return tokenizer_times, extraction_times, facts


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB (VmHWM, else getrusage)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS reports bytes, Linux kilobytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_baseline() -> None:
    """Child process: import spaCy, load the blank English model, report peak memory."""
    import spacy

    spacy.blank("en")
    print(json.dumps({"peak_mb": peak_rss_mb()}))


def child_stream(article_count: int) -> None:
    """Child process: stream ``article_count`` articles through extract_many, report memory."""
    from thirdcountry.extraction import Extractor

    corpus = load_corpus()
    extractor = Extractor()
    facts = 0
    start = time.perf_counter()
    items = (
        (article.text, article.published)
        for article in stream_articles(corpus.articles, article_count)
    )
    for article_facts in extractor.extract_many(items):
        facts += len(article_facts)
    seconds = time.perf_counter() - start
    print(json.dumps({"peak_mb": peak_rss_mb(), "facts": facts, "seconds": seconds}))


def run_child(*arguments: str) -> dict:
    """Run this script as a child process in the given mode and return its JSON report.

    Raises:
        SystemExit: if the child fails, with its error output.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"child {' '.join(arguments)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--words",
        type=int,
        default=500_000,
        help="minimum words in the speed corpus (default: 500000)",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=10_000,
        help="articles streamed in the memory measurement (default: 10000)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="alternating timed rounds of tokenizer and extraction (default: 3)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.words < 1 or args.articles < 1 or args.rounds < 1:
        parser.error("--words, --articles and --rounds must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures; returns the exit status (always 0)."""
    args = parse_args(argv)
    if args.child:
        mode, *rest = args.child
        if mode == "baseline":
            child_baseline()
        else:
            child_stream(int(rest[0]))
        return 0

    corpus = load_corpus()
    articles = repeat_to_words(corpus.articles, args.words)
    words = sum(word_count(article.text) for article in articles)
    print(f"corpus: {corpus.source}, repeated to {len(articles):,} documents, {words:,} words")

    tokenize = tokenizer_pass(articles)
    load_seconds, extract = extraction_pass(articles)
    tokenizer_times, extraction_times, facts = alternate(args.rounds, tokenize, extract)
    # A tiny corpus can finish within the clock's resolution; never divide by zero.
    best_tokenize = min(t.wall for t in tokenizer_times)
    best_extract = min(t.wall for t in extraction_times)
    tokenize_rate = words / max(best_tokenize, 1e-9)
    extract_rate = words / max(best_extract, 1e-9)
    print(f"spaCy tokenizer only: {tokenize_rate:>12,.0f} words/s  ({best_tokenize:.2f} s, "
          f"best of {args.rounds})")
    print(
        f"full extraction:      {extract_rate:>12,.0f} words/s  ({best_extract:.2f} s, "
        f"best of {args.rounds}; {facts:,} facts; extractor built in {load_seconds:.2f} s)"
    )
    print(
        f"ratio: full extraction is {tokenize_rate / extract_rate:.2f}x slower than "
        f"tokenization (target: <= {SPEED_TARGET_RATIO:g}x)"
    )
    cpu_ratio = min(t.cpu for t in extraction_times) / max(min(t.cpu for t in tokenizer_times),
                                                           1e-9)
    round_ratios = ", ".join(
        f"{e.wall / max(t.wall, 1e-9):.2f}x"
        for t, e in zip(tokenizer_times, extraction_times, strict=True)
    )
    print(f"ratio in CPU time (best of each): {cpu_ratio:.2f}x; "
          f"each round on the clock: {round_ratios}")

    baseline = run_child("baseline")
    stream = run_child("stream", str(args.articles))
    print(
        f"peak memory streaming {args.articles:,} articles through extract_many: "
        f"{stream['peak_mb']:.1f} MB max RSS (target: < {MEMORY_TARGET_MB} MB; "
        f"{stream['facts']:,} facts in {stream['seconds']:.1f} s)"
    )
    print(f"baseline, import spaCy + spacy.blank('en'): {baseline['peak_mb']:.1f} MB max RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
