"""The packaged example articles (the demo data) and the extraction speed benchmark script."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlparse

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

EXAMPLES = Path(str(files("thirdcountry") / "examples"))
EXAMPLE_IDS = sorted(path.stem for path in EXAMPLES.glob("*.txt"))
BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "extract_speed.py"
META_KEYS = {"id", "published", "outlet", "url", "title"}
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# What the demo map must show a newcomer; each must appear in at least one example.
DEMO_TOPICS = [
    "Eswatini",
    "South Sudan",
    "Rwanda",
    "Ghana",
    "Uganda",
    "El Salvador",
    "CECOT",
    "Alien Enemies Act",
    "Honduras",
    "Guatemala",
    "Paraguay",
    "safe third country",
    "Albania",
    "Supreme Court",
]


def read_text(example_id: str) -> str:
    return (EXAMPLES / f"{example_id}.txt").read_text(encoding="utf-8")


def read_meta(example_id: str) -> dict:
    return json.loads((EXAMPLES / f"{example_id}.meta.json").read_text(encoding="utf-8"))


def body(text: str) -> str:
    """The article without its headline line."""
    return text.split("\n", 1)[1]


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_twelve_to_fifteen_examples_each_with_text_and_meta():
    meta_ids = sorted(path.name.removesuffix(".meta.json") for path in EXAMPLES.glob("*.meta.json"))
    assert meta_ids == EXAMPLE_IDS
    assert 12 <= len(EXAMPLE_IDS) <= 15


@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_meta_is_valid(example_id):
    meta = read_meta(example_id)
    assert set(meta) == META_KEYS
    assert meta["id"] == example_id
    published = dt.date.fromisoformat(meta["published"])
    assert 2023 <= published.year <= 2025
    assert meta["outlet"].strip() and "example" in meta["outlet"].lower()
    url = urlparse(meta["url"])
    assert url.scheme == "https"
    assert url.hostname.split(".")[-2] == "example", "URLs must be on example.org/.com/.net"
    assert meta["title"] == read_text(example_id).splitlines()[0].strip()


@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_text_is_english_news_prose_of_150_to_450_words(example_id):
    text = read_text(example_id)
    assert 150 <= len(text.split()) <= 450
    headline, blank = text.splitlines()[:2]
    assert 0 < len(headline) <= 120 and blank == "", "headline line, then a blank line"
    words = [word.lower() for word in WORD.findall(text)]
    stop_share = sum(word in STOP_WORDS for word in words) / len(words)
    assert stop_share > 0.3, f"only {stop_share:.0%} English function words"
    assert len(re.findall(r"[.!?][\"']?(?:\s|$)", body(text))) >= 8, "too few sentences"
    assert re.search(r"\b(said|says|according to)\b", text), "no attribution"


def test_examples_cover_every_demo_topic():
    corpus = "\n".join(read_text(example_id) for example_id in EXAMPLE_IDS)
    missing = [topic for topic in DEMO_TOPICS if topic not in corpus]
    assert not missing


def test_exactly_one_pair_of_syndicated_copies():
    near_duplicates = []
    for first, second in itertools.combinations(EXAMPLE_IDS, 2):
        a, b = shingles(body(read_text(first))), shingles(body(read_text(second)))
        if len(a & b) / len(a | b) >= 0.8:
            near_duplicates.append((first, second))
    assert len(near_duplicates) == 1
    first, second = near_duplicates[0]
    assert read_meta(first)["title"] != read_meta(second)["title"]
    assert body(read_text(first)) != body(read_text(second))


@pytest.mark.slow
def test_benchmark_runs_end_to_end_on_tiny_settings():
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--words", "2000", "--articles", "20"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(
        r"^ratio: full extraction is \d+\.\d+x slower than tokenization", result.stdout, re.M
    ), result.stdout
    assert re.search(r"^ratio in CPU time \(best of each\): \d+\.\d+x; each round on the clock: "
                     r"\d+\.\d+x, \d+\.\d+x, \d+\.\d+x$", result.stdout, re.M), result.stdout
    assert re.search(r"^peak memory streaming 20 articles .* \d+\.\d MB", result.stdout, re.M)
    assert re.search(r"^baseline, .* \d+\.\d MB max RSS$", result.stdout, re.M)
