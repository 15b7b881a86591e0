"""The store and API benchmarks run end to end on tiny settings and print their figure lines.

No timing is asserted: the figures are for people to read (see benchmarks/README.md). Only
SQLite is used; the synthetic stores go to a temporary cache folder, not ``artifacts/``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
NUMBER = r"\d[\d,]*(?:\.\d+)?"


def run_benchmark(script: str, *arguments: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "THIRDCOUNTRY_TEST_POSTGRES_URL"}
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        capture_output=True, text=True, timeout=600, check=False, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
def test_ingest_speed_prints_every_figure(tmp_path: Path) -> None:
    out = run_benchmark("ingest_speed.py", "--docs", "12", "--articles", "300",
                        "--cache-dir", str(tmp_path))
    for pattern in (
        rf"^bare extraction: +{NUMBER} articles/s",
        rf"^ingestion into SQLite: +{NUMBER} articles/s .*12 new, 0 duplicates, 0 copies",
        rf"^ratio SQLite: ingestion takes {NUMBER}x the time of bare extraction",
        r"^ingestion into PostgreSQL: skipped",
        r"^synthetic store: 300 articles .* built now",
        rf"^status query .*: {NUMBER} ms median",
        rf"^timeline query [A-Z]{{3}}->[A-Z]{{3}} \(largest pair.*: {NUMBER} ms median",
        rf"^timeline query [A-Z]{{3}}->[A-Z]{{3}} \(median pair.*: {NUMBER} ms median",
        rf"^thirdcountry status \(whole process\): {NUMBER} s",
        rf"^thirdcountry timeline [A-Z]{{3}} [A-Z]{{3}} \(whole process.*: {NUMBER} s",
    ):
        assert re.search(pattern, out, re.M), f"{pattern!r} not in:\n{out}"
    assert list(tmp_path.glob("synthetic-300a-3000f-*.db")), "the store was not cached"


@pytest.mark.slow
def test_api_latency_prints_percentiles_and_stops_its_server(tmp_path: Path) -> None:
    out = run_benchmark("api_latency.py", "--articles", "300", "--requests", "8",
                        "--cache-dir", str(tmp_path))
    rows = re.findall(rf"^GET (\S+).* +(\d+) +(\d+) +{NUMBER} +{NUMBER} +{NUMBER}\b", out, re.M)
    paths = {path for path, _, _ in rows}
    for path in ("/api/pairs", "/api/pairs/{dep}/{rec}", "/api/facts", "/api/documents",
                 "/api/documents/{id}", "/api/search?q=...", "/", "/country/{iso3}"):
        assert path in paths, f"no row for {path} in:\n{out}"
    assert all(int(errors) == 0 for _, _, errors in rows), out
    assert re.search(rf"^home page server time: {NUMBER} ms median", out, re.M), out
    server = re.search(r"^server: thirdcountry serve at http://127\.0\.0\.1:(\d+) ", out, re.M)
    assert server, out
    # The server is gone: nothing listens on its port any more.
    import socket

    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", int(server.group(1)))) != 0
