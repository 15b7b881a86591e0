"""API latency: p50/p95/p99 per endpoint of ``thirdcountry serve`` on a large store.

Generates (or reuses, with ``--store PATH``) a store of 100,000 articles and 1,000,000 facts
(see ``_synthetic.build_store``; cached under ``artifacts/bench/``), starts ``thirdcountry
serve`` on 127.0.0.1 with an ephemeral port in a child process, and sends each endpoint in turn
at most ``--requests`` requests, ``--concurrency`` at a time, for at most ``--budget`` seconds:
pair lists with filters, pair timelines (random pairs, and the largest pair), fact lists with
filters and their cursor pages, document lists and pages, search, country pages and the home
page. Prints p50/p95/p99 per endpoint with its slowest request, and the home page's server
time: requests one at a time on the idle server, next to the page and its data timed in this
process.

Targets: p95 under 50 ms for pair and fact queries, home page under 200 ms. They are latency
targets, so each pair and fact row is measured twice in the same run: one request at a time
(``1`` in flight: what one user's request costs, the row the target is judged on) and with
``--concurrency`` in flight (what a loaded worker does: mostly queueing behind the others).
The same target rows are then measured once more, ``--concurrency`` in flight on a server with
``--extra-workers`` uvicorn workers (default 2; 0 skips it).

Traffic goes to 127.0.0.1 only (proxies from the environment are ignored); the server is
stopped at the end, on Ctrl-C and on SIGTERM, and restarted after an endpoint whose requests
timed out (the server would otherwise go on working on them while the next endpoint is
measured). Figures only: no pass/fail; exit status 0 unless the server cannot be started.
Run ``python benchmarks/api_latency.py --help``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _synthetic import (  # noqa: E402
    DEFAULT_CACHE_DIR,
    FACTS_PER_ARTICLE,
    OUTLETS,
    cached_store,
    machine_line,
    percentile,
)

HOST = "127.0.0.1"
PAIR_TARGET_MS = 50
HOME_TARGET_MS = 200
SERVER_START_TIMEOUT = 120
HOME_SEQUENTIAL = 20
CURSOR_PAGES = 5
SEARCHES = ("deportees", "court ruling", "Rwanda", "Eswatini detention", '"safe third country"',
            "CECOT", "flight arrived", "Gjader", "interior ministry", "Matsapha",
            "overcrowded prisons", "Kosovo", "appeal hearing")
_STARTED = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


@dataclass(frozen=True)
class Sample:
    """One request: what was asked, how long it took, and how it ended."""

    path: str
    seconds: float
    status: int | str  # an HTTP status, or "timeout" / the error's name
    body: Any = None


@dataclass
class Endpoint:
    """One line of the report: requests of one kind.

    ``next_path`` gives the next request's path, or None when it has none to give right now
    (cursor pages wait for earlier pages); ``keep`` says whether to parse and hand the JSON
    body to ``on_response``.
    """

    label: str
    next_path: Callable[[], str | None]
    target_ms: float | None = None
    on_response: Callable[[Sample], None] | None = None
    samples: list[Sample] = field(default_factory=list)
    concurrency: int | None = None  # requests in flight; None: --concurrency
    workers: int = 1  # uvicorn workers of the server it runs on


@dataclass(frozen=True)
class StoreFacts:
    """What the request generators need to know about the store."""

    pairs: list[tuple[str, str, int]]  # (deporting, receiving, facts), largest first
    countries: list[str]
    receiving: list[str]
    max_document_id: int
    outlets: list[str]


# ----------------------------------------------------------------------------------------------
# The server
# ----------------------------------------------------------------------------------------------


@contextmanager
def running_server(database_url: str, log_path: Path, workers: int = 1) -> Iterator[str]:
    """Run ``thirdcountry serve`` on 127.0.0.1 with an ephemeral port; yield its base URL.

    The server runs in its own session, so a Ctrl-C in the terminal reaches only this script,
    which then stops the server itself (SIGTERM, then SIGKILL after 10 s); with several workers
    whatever is left of its session (worker processes) is killed too.

    Raises:
        SystemExit: the server exits or does not announce its port within
            :data:`SERVER_START_TIMEOUT` seconds.
    """
    command = [sys.executable, "-m", "thirdcountry", "serve", "--db", database_url,
               "--host", HOST, "--port", "0", "--workers", str(workers)]
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=log,
                                   start_new_session=True)
    try:
        port = _wait_for_port(process, log_path, workers)
        yield f"http://{HOST}:{port}"
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if workers > 1:
            try:  # workers whose parent went without them
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def _wait_for_port(process: subprocess.Popen, log_path: Path, workers: int = 1) -> int:
    """The port, once every worker has started (with several, uvicorn's parent announces the
    port before its workers listen on it)."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        log = log_path.read_text(encoding="utf-8", errors="replace")
        found = _STARTED.search(log)
        if found and log.count("Application startup complete") >= workers:
            return int(found.group(1))
        if process.poll() is not None:
            break
        time.sleep(0.1)
    tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
    raise SystemExit(f"thirdcountry serve did not start (exit status {process.poll()}):\n{tail}")


# ----------------------------------------------------------------------------------------------
# Driving it
# ----------------------------------------------------------------------------------------------


class Clients:
    """One httpx client per worker thread, all bound to the local server, closed together."""

    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.local = threading.local()
        self.made: list[Any] = []
        self.lock = threading.Lock()

    def get(self) -> Any:
        import httpx

        client = getattr(self.local, "client", None)
        if client is None:
            # trust_env=False: no proxy or netrc from the environment; only 127.0.0.1.
            client = httpx.Client(base_url=self.base_url, timeout=self.timeout, trust_env=False)
            self.local.client = client
            with self.lock:
                self.made.append(client)
        return client

    def close(self) -> None:
        for client in self.made:
            client.close()


def fetch(clients: Clients, path: str, keep: bool) -> Sample:
    """GET ``path`` from the local server and time it (the body is read in full)."""
    import httpx

    start = time.perf_counter()
    try:
        response = clients.get().get(path)
        seconds = time.perf_counter() - start
    except httpx.TimeoutException:
        return Sample(path, time.perf_counter() - start, "timeout")
    except httpx.HTTPError as exc:
        return Sample(path, time.perf_counter() - start, type(exc).__name__)
    body = response.json() if keep and response.status_code == 200 else None
    return Sample(path, seconds, response.status_code, body)


def drive(clients: Clients, endpoint: Endpoint, requests: int, concurrency: int,
          budget: float) -> None:
    """Send the endpoint's requests, ``concurrency`` at a time, until ``requests`` are done or
    ``budget`` seconds have passed (requests in flight are awaited)."""
    deadline = time.monotonic() + budget
    keep = endpoint.on_response is not None
    pool = ThreadPoolExecutor(max_workers=concurrency)
    pending: set[Future[Sample]] = set()
    sent = 0
    try:
        while True:
            while (len(pending) < concurrency and sent < requests
                   and time.monotonic() < deadline):
                path = endpoint.next_path()
                if path is None:
                    break
                pending.add(pool.submit(fetch, clients, path, keep))
                sent += 1
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                sample = future.result()
                endpoint.samples.append(sample)
                if endpoint.on_response is not None:
                    endpoint.on_response(sample)
    finally:
        pool.shutdown(wait=not sys.exc_info()[0], cancel_futures=True)


def read_store_facts(database_url: str) -> StoreFacts:
    """Read the pairs, countries, ids and outlets the requests are drawn from.

    Only the store's own tables are read (not the tracker's), so this works on any store.
    """
    from sqlalchemy import func, select, union
    from sqlalchemy.orm import Session

    from thirdcountry.store import ensure_current, make_engine
    from thirdcountry.store.tables import Document, FactRecord

    engine = make_engine(database_url)
    try:
        ensure_current(engine)
        with Session(engine) as session:
            size = func.count().label("size")
            pairs = session.execute(
                select(FactRecord.deporting_country, FactRecord.receiving_country, size)
                .where(FactRecord.type.in_(("arrangement", "removal")),
                       FactRecord.status != "rejected",
                       FactRecord.deporting_country.is_not(None),
                       FactRecord.receiving_country.is_not(None))
                .group_by(FactRecord.deporting_country, FactRecord.receiving_country)
                .order_by(size.desc(), FactRecord.deporting_country,
                          FactRecord.receiving_country)
            ).all()
            named = union(*(select(column.label("iso3")).where(column.is_not(None))
                            for column in (FactRecord.deporting_country,
                                           FactRecord.receiving_country, FactRecord.country,
                                           FactRecord.jurisdiction))).subquery()
            countries = sorted(session.scalars(select(named.c.iso3)))
            max_id = session.scalar(select(func.max(Document.id))) or 0
            outlets = list(session.scalars(
                select(Document.outlet).where(Document.outlet.is_not(None)).distinct().limit(50)
            ))
    finally:
        engine.dispose()
    return StoreFacts(
        pairs=[(dep, rec, size) for dep, rec, size in pairs], countries=countries,
        receiving=sorted({rec for _, rec, _ in pairs}), max_document_id=max_id,
        outlets=outlets or list(OUTLETS),
    )


def endpoints(store: StoreFacts, rng: random.Random) -> list[Endpoint]:
    """The endpoints to measure, in the order they are driven (heaviest last)."""
    if not store.pairs:
        raise SystemExit("the store has no country pairs: ingest or generate some data first")
    pairs = store.pairs
    receiving = store.receiving
    deporting = sorted({dep for dep, _, _ in pairs})
    largest = pairs[0]
    stages = ("approached", "negotiating", "agreed", "implemented", "suspended")

    def url(path: str, **query: Any) -> str:
        items = [(k, v) for k, v in query.items() if v is not None]
        flat = [(k, item) for k, v in items for item in (v if isinstance(v, list) else [v])]
        return f"{path}?{urlencode(flat)}" if flat else path

    def pair_list() -> str:
        return rng.choice((
            lambda: url("/api/pairs"),
            lambda: url("/api/pairs", receiving=rng.choice(receiving)),
            lambda: url("/api/pairs", deporting=rng.choice(deporting), stage="implemented"),
            lambda: url("/api/pairs", stage=["agreed", "implemented"]),
            lambda: url("/api/pairs", certainty="reported", disputed="true"),
            lambda: url("/api/pairs", date_from="2024", date_to="2025-06"),
            lambda: url("/api/pairs", kind="third_country_removal", limit=20),
        ))()

    def random_pair() -> str:
        dep, rec, _ = rng.choice(pairs)
        return f"/api/pairs/{dep}/{rec}"

    def fact_list() -> str:
        dep, rec, _ = rng.choice(pairs)
        return rng.choice((
            lambda: url("/api/facts"),
            lambda: url("/api/facts", type="removal", receiving=rec),
            lambda: url("/api/facts", type="arrangement", deporting=dep, stage=rng.choice(stages)),
            lambda: url("/api/facts", country=rng.choice(store.countries)),
            lambda: url("/api/facts", certainty="confirmed", date_from="2025-01",
                        date_to="2025-03"),
            lambda: url("/api/facts", type="legal_action", outcome="blocked"),
            lambda: url("/api/facts", receiving=rec, date_from="2024"),
            lambda: url("/api/facts", document=rng.randint(1, store.max_document_id)),
        ))()

    # Cursor pages follow the first pages' next_cursor, up to CURSOR_PAGES pages per filter.
    cursors: deque[tuple[str, str, int]] = deque()  # (first page's path, cursor, page number)
    page_of: dict[str, tuple[str, int]] = {}

    def follow(sample: Sample, base: str, page: int) -> None:
        cursor = (sample.body or {}).get("next_cursor")
        if cursor and page < CURSOR_PAGES:
            cursors.append((base, cursor, page + 1))

    def next_page() -> str | None:
        if not cursors:
            return None
        base, cursor, page = cursors.popleft()
        path = f"{base}{'&' if '?' in base else '?'}{urlencode({'cursor': cursor})}"
        page_of[path] = (base, page)
        return path

    def document_list() -> str:
        return rng.choice((
            lambda: url("/api/documents"),
            lambda: url("/api/documents", outlet=rng.choice(store.outlets)),
            lambda: url("/api/documents", published_from="2024-05", published_to="2024-06"),
            lambda: url("/api/documents", country=rng.choice(store.countries)),
        ))()

    return [
        Endpoint("GET /api/pairs (random filters)", pair_list, PAIR_TARGET_MS),
        Endpoint("GET /api/pairs/{dep}/{rec} (random pair)", random_pair, PAIR_TARGET_MS),
        Endpoint("GET /api/facts (random filters, 1st page)", fact_list, PAIR_TARGET_MS,
                 on_response=lambda sample: follow(sample, sample.path, 1)),
        Endpoint(f"GET /api/facts (cursor pages 2-{CURSOR_PAGES})", next_page, PAIR_TARGET_MS,
                 on_response=lambda sample: follow(sample, *page_of[sample.path])),
        Endpoint("GET /api/documents (random filters)", document_list),
        Endpoint("GET /api/documents/{id}",
                 lambda: f"/api/documents/{rng.randint(1, store.max_document_id)}"),
        Endpoint("GET /api/search?q=...", lambda: url("/api/search", q=rng.choice(SEARCHES))),
        Endpoint("GET / (home page)", lambda: "/", HOME_TARGET_MS),
        Endpoint("GET /country/{iso3} (random country)",
                 lambda: f"/country/{rng.choice(store.countries)}"),
        Endpoint(f"GET /api/pairs/{largest[0]}/{largest[1]} (largest pair, {largest[2]:,} "
                 "facts)", lambda: f"/api/pairs/{largest[0]}/{largest[1]}", PAIR_TARGET_MS),
    ]


def ordered_rows(store: StoreFacts, seed: int, extra_workers: int) -> list[Endpoint]:
    """Every row in the order it is driven: each pair and fact row one request at a time just
    before the same row with ``--concurrency`` in flight (both draw the same requests), and the
    pair and fact rows once more on ``extra_workers`` workers, last."""
    loaded = endpoints(store, random.Random(seed))
    alone = {e.label: e for e in endpoints(store, random.Random(seed))
             if e.target_ms == PAIR_TARGET_MS}
    rows: list[Endpoint] = []
    for endpoint in loaded:
        if endpoint.label in alone:
            alone[endpoint.label].concurrency = 1
            rows.append(alone[endpoint.label])
        rows.append(endpoint)
    if extra_workers > 1:
        for endpoint in endpoints(store, random.Random(seed)):
            if endpoint.target_ms == PAIR_TARGET_MS:
                endpoint.workers = extra_workers
                rows.append(endpoint)
    return rows


# ----------------------------------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------------------------------


def in_flight(endpoint: Endpoint, default: int) -> str:
    """The "in flight" column: requests at once, and the workers when more than one."""
    flight = str(endpoint.concurrency or default)
    return flight if endpoint.workers == 1 else f"{flight}/{endpoint.workers}w"


def report_line(endpoint: Endpoint, width: int, default_concurrency: int) -> str:
    """One row of the table: in flight, requests, errors, p50/p95/p99 in ms, target."""
    samples = endpoint.samples
    errors = [s for s in samples if s.status != 200]
    judged = endpoint.target_ms and (endpoint.concurrency == 1 or endpoint.target_ms
                                     == HOME_TARGET_MS)
    target = (f"p95 < {endpoint.target_ms:g} ms" + ("" if judged else " (judged at 1)")
              if endpoint.target_ms else "")
    head = f"{endpoint.label:<{width}} {in_flight(endpoint, default_concurrency):>6}"
    if not samples:
        return f"{head} {0:>5} {0:>6}        (no requests)  {target}"
    ms = [s.seconds * 1000 for s in samples]
    figures = " ".join(f"{percentile(ms, q):>8.1f}" for q in (0.50, 0.95, 0.99))
    line = f"{head} {len(samples):>5} {len(errors):>6} {figures}  {target}"
    if errors:
        kinds = sorted({str(s.status) for s in errors})
        line += f"  (errors: {', '.join(kinds)}; e.g. {errors[0].path})"
    slowest = max(samples, key=lambda s: s.seconds)
    return f"{line}\n{'':<{width}}   slowest: {slowest.seconds * 1000:.0f} ms {slowest.path}"


def home_server_time(clients: Clients) -> list[float]:
    """Milliseconds of the home page fetched one request at a time."""
    fetch(clients, "/", keep=False)  # warm: templates, first connection
    return [fetch(clients, "/", keep=False).seconds * 1000 for _ in range(HOME_SEQUENTIAL)]


def home_in_process(database_url: str, runs: int = 5) -> tuple[float, float]:
    """Median ms of the home page's data (``dashboard.home_context``) and of the whole page,
    both in this process: the page through Starlette's in-memory test client, no network."""
    import warnings

    from sqlalchemy.orm import Session

    with warnings.catch_warnings():
        # Newer Starlette asks for httpx2 here; the test client works the same either way.
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from thirdcountry.api.app import create_app
    from thirdcountry.config import Settings
    from thirdcountry.web import dashboard

    app = create_app(Settings(database_url=database_url))
    data_ms, page_ms = [], []
    with TestClient(app) as client:
        client.get("/")
        for _ in range(runs):
            start = time.perf_counter()
            with Session(app.state.engine) as session:
                dashboard.home_context(session)
            middle = time.perf_counter()
            client.get("/")
            end = time.perf_counter()
            data_ms.append((middle - start) * 1000)
            page_ms.append((end - middle) * 1000)
    return statistics.median(data_ms), statistics.median(page_ms)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000,
                        help="articles of the generated store (default: 100000)")
    parser.add_argument("--facts", type=int, default=None,
                        help=f"facts of the generated store (default: {FACTS_PER_ARTICLE} per "
                             "article)")
    parser.add_argument("--store", metavar="PATH",
                        help="use this existing store (SQLite path or database URL) instead of "
                             "generating one; it is only read")
    parser.add_argument("--requests", type=int, default=200,
                        help="requests per endpoint (default: 200)")
    parser.add_argument("--concurrency", type=int, default=4,
                        help="requests in flight at once (default: 4); the pair and fact rows "
                             "are also measured one at a time")
    parser.add_argument("--extra-workers", type=int, default=2,
                        help="also measure the pair and fact rows with --concurrency in flight "
                             "on a server with this many uvicorn workers (default: 2; 0: not)")
    parser.add_argument("--budget", type=float, default=45.0,
                        help="seconds per endpoint after which no new request is sent "
                             "(default: 45)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds before one request counts as timed out (default: 60)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the request mix")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                        help="where generated stores are cached (default: artifacts/bench)")
    args = parser.parse_args(argv)
    if min(args.articles, args.requests, args.concurrency) < 1 or min(args.budget,
                                                                        args.timeout) <= 0:
        parser.error("--articles, --requests, --concurrency, --budget and --timeout must be "
                     "positive")
    if args.extra_workers < 0:
        parser.error("--extra-workers cannot be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures; returns the exit status."""
    args = parse_args(argv)
    # Stop the server on SIGTERM too: the handler turns it into an exception, so every
    # ``finally`` runs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return run(args)
    except KeyboardInterrupt:
        print("interrupted; server stopped", file=sys.stderr)
        return 130


def run(args: argparse.Namespace) -> int:
    from thirdcountry.config import database_url_from

    print(machine_line())
    if args.store:
        database_url = database_url_from(args.store)
        print(f"store: {args.store} (existing, read only)")
    else:
        facts = args.facts if args.facts is not None else args.articles * FACTS_PER_ARTICLE
        path, info, cached = cached_store(args.cache_dir, args.articles, facts)
        database_url = f"sqlite:///{path}"
        print(f"store: {info.articles:,} articles, {info.facts:,} facts, "
              f"{len(info.pair_facts)} pairs ({'reused from cache' if cached else 'built now'}: "
              f"{path})")
    store = read_store_facts(database_url)
    measured = ordered_rows(store, args.seed, args.extra_workers)
    width = max(len(e.label) for e in measured)

    home_ms: list[float] = []
    waiting = list(measured)
    with tempfile.TemporaryDirectory(prefix="thirdcountry-serve-") as folder:
        for run_number in itertools.count(1):
            if not waiting:
                break
            start = time.perf_counter()
            log_path = Path(folder) / f"serve-{run_number}.log"
            workers = waiting[0].workers
            with running_server(database_url, log_path, workers) as base_url:
                up = time.perf_counter() - start
                if run_number == 1:
                    print(f"server: thirdcountry serve at {base_url} (up in {up:.1f} s); "
                          f"{args.requests} requests per endpoint, {args.concurrency} at a time, "
                          f"at most {args.budget:g} s each", flush=True)
                elif workers > 1:
                    print(f"server: thirdcountry serve --workers {workers} at {base_url} (up in "
                          f"{up:.1f} s)", flush=True)
                else:
                    print(f"  (server restarted at {base_url}: requests that timed out had "
                          "left it busy)", flush=True)
                clients = Clients(base_url, args.timeout)
                try:
                    if run_number == 1:
                        home_ms = home_server_time(clients)
                        print(f"{'endpoint':<{width}} {'flight':>6} {'n':>5} {'errors':>6} "
                              f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  target", flush=True)
                    while waiting and waiting[0].workers == workers:
                        endpoint = waiting.pop(0)
                        drive(clients, endpoint, args.requests,
                              endpoint.concurrency or args.concurrency, args.budget)
                        print(report_line(endpoint, width, args.concurrency), flush=True)
                        if any(sample.status == "timeout" for sample in endpoint.samples):
                            break  # the server still works on them: start a fresh one
                finally:
                    clients.close()
    data_ms, page_ms = home_in_process(database_url)
    print(f"home page server time: {statistics.median(home_ms):.1f} ms median, "
          f"{max(home_ms):.1f} ms max over {len(home_ms)} requests one at a time "
          f"(target: < {HOME_TARGET_MS} ms); in this process: whole page {page_ms:.1f} ms, "
          f"of which data (dashboard.home_context) {data_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
