"""Ingestion and tracker speed: what storage, dedup and the tracker add to bare extraction.

One run, two parts. Prints:

* **Ingestion** of ``--docs`` distinct documents made from the dev corpus (or the packaged
  examples; see ``_synthetic.distinct_documents``): articles/s of bare extraction
  (``Extractor().extract_many``), of full ingestion into a fresh SQLite file, and into a fresh
  PostgreSQL schema when ``THIRDCOUNTRY_TEST_POSTGRES_URL`` or ``--pg URL`` is set, each with
  its wall-clock and CPU ratios to bare extraction (target: storage, dedup and tracker updates
  add at most 25%) and its critical path in CPU time. Ingestion is what ``thirdcountry ingest``
  does: fingerprints, duplicate and near-duplicate lookups, extraction in ``--jobs`` child
  processes (started and warmed up beforehand; 0: the extractor of bare extraction), one
  transaction per batch of documents with the tracker's ``mark_for_update`` hook, then the
  tracker's ``catch_up``; all of it is timed. On PostgreSQL the CPU of the server processes
  serving the benchmark is measured too when the server runs on this machine.
* **Tracker queries** on a synthetic store of ``--articles`` articles (10 facts each, built
  with bulk inserts and the tracker's rebuild, cached under ``artifacts/bench/``): the query
  behind ``thirdcountry status`` (target: under 1 s), ``thirdcountry timeline``'s query for the
  largest pair and a median one, and the wall time of both commands run as processes.

Figures only: no pass/fail, exit status 0. Run ``python benchmarks/ingest_speed.py --help``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _synthetic import (  # noqa: E402
    DEFAULT_CACHE_DIR,
    FACTS_PER_ARTICLE,
    StoreInfo,
    cached_store,
    distinct_documents,
    machine_line,
)
from extract_speed import WARMUP_DOCUMENTS, load_corpus  # noqa: E402

POSTGRES_URL_ENV = "THIRDCOUNTRY_TEST_POSTGRES_URL"
OVERHEAD_TARGET = 0.25
STATUS_TARGET_SECONDS = 1.0
QUERY_RUNS = 5

Document = tuple[str, str | None]


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds, and CPU seconds of this process and of the extraction processes."""

    wall: float
    cpu: float
    children_cpu: float = 0.0
    # The PostgreSQL server processes serving this process's connections, when on this machine.
    server_cpu: float | None = None

    @property
    def total_cpu(self) -> float:
        return self.cpu + self.children_cpu


def time_extraction(extractor, documents: list[Document]) -> tuple[Timing, int]:
    """Return the timing and the number of facts of ``extract_many`` over the documents."""
    facts = 0
    start, start_cpu = time.perf_counter(), time.process_time()
    for found in extractor.extract_many(iter(documents)):
        facts += len(found)
    return Timing(time.perf_counter() - start, time.process_time() - start_cpu), facts


def processes_cpu_seconds(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes have used so far, read from /proc (Linux)."""
    ticks = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            # The fields after the command name, which may hold spaces, inside parentheses.
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime and stime, fields 14 and 15
    return ticks / os.sysconf("SC_CLK_TCK")


class ServerProcesses:
    """The CPU time of the PostgreSQL backends serving an engine's connections.

    Each new connection asks for its backend's process id; its CPU time is read from /proc,
    which works only when the server runs on this machine and /proc shows its processes
    (otherwise :meth:`cpu_seconds` gives None). On two CPUs the server competes with
    extraction and storing, so its CPU counts as theirs does.
    """

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.started: dict[int, float] = {}
        self.readable = engine.dialect.name == "postgresql"
        if self.readable:
            event.listen(engine, "connect", self._remember)

    def _remember(self, dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
        cursor.close()
        try:
            self.started[pid] = processes_cpu_seconds([pid])
        except OSError:  # a server on another machine, or processes /proc does not show
            self.readable = False

    def cpu_seconds(self) -> float | None:
        """CPU seconds the backends used since their connection was made; call before the
        engine is disposed (a closed connection's backend is gone)."""
        if not self.readable:
            return None
        return sum(processes_cpu_seconds([pid]) - start for pid, start in self.started.items())


def time_ingestion(extractor, documents: list[Document], url: str) -> tuple[Timing, Timing, dict]:
    """Ingest the documents into the empty database at ``url`` as ``thirdcountry ingest`` does.

    ``extractor`` is an extractor, or started ``ExtractionProcesses`` whose CPU time is
    counted too.

    Returns:
        (the timing of everything, of the final tracker catch-up, the summary counts).
    """
    from thirdcountry.ingest import ingest
    from thirdcountry.sources.base import RawDocument
    from thirdcountry.store import ensure_current, make_engine
    from thirdcountry.tracker import catch_up, mark_for_update

    engine = make_engine(url)
    try:
        ensure_current(engine)
        engine.dispose()  # the connections timed below are made by the ingestion
        server = ServerProcesses(engine)
        items = [RawDocument(text=text, source="file", origin=f"benchmark:{i}", published=date)
                 for i, (text, date) in enumerate(documents)]
        pids = getattr(extractor, "pids", [])
        start, start_cpu = time.perf_counter(), time.process_time()
        start_children_cpu = processes_cpu_seconds(pids)
        summary = ingest(items, engine, extractor, on_document=mark_for_update)
        before_catch_up, before_catch_up_cpu = time.perf_counter(), time.process_time()
        before_catch_up_server = server.cpu_seconds()
        catch_up(engine)
        end, end_cpu = time.perf_counter(), time.process_time()
        children_cpu = processes_cpu_seconds(pids) - start_children_cpu
        server_cpu = server.cpu_seconds()
    finally:
        engine.dispose()
    counts = {"new": summary.new, "duplicates": summary.duplicates,
              "copies": summary.near_duplicates, "failed": summary.failed,
              "facts": summary.facts_added}
    catch_up_server = (None if server_cpu is None or before_catch_up_server is None
                       else server_cpu - before_catch_up_server)
    return (Timing(end - start, end_cpu - start_cpu, children_cpu, server_cpu),
            Timing(end - before_catch_up, end_cpu - before_catch_up_cpu,
                   server_cpu=catch_up_server), counts)


@contextmanager
def postgres_schema(base_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema for one run, dropped afterwards; yields its URL."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from thirdcountry.config import database_url_from
    from thirdcountry.store import make_engine

    base = database_url_from(base_url)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def ingestion_part(args: argparse.Namespace) -> None:
    """Print the ingestion figures."""
    from thirdcountry.extraction import Extractor
    from thirdcountry.extraction_processes import ExtractionProcesses

    corpus = load_corpus()
    documents = distinct_documents([(a.text, a.published) for a in corpus.articles], args.docs)
    words = sum(len(text.split()) for text, _ in documents)
    print(f"corpus: {corpus.source}, mixed into {len(documents):,} distinct documents, "
          f"{words:,} words")
    start = time.perf_counter()
    extractor = Extractor()
    load_seconds = time.perf_counter() - start
    warmup = distinct_documents([(a.text, a.published) for a in corpus.articles],
                                WARMUP_DOCUMENTS, seed=2)
    time_extraction(extractor, warmup)

    bare, facts = time_extraction(extractor, documents)
    bare_rate = len(documents) / max(bare.wall, 1e-9)
    print(f"bare extraction:            {bare_rate:>8.1f} articles/s  ({bare.wall:.2f} s, "
          f"{bare.cpu:.2f} s CPU, {facts:,} facts; extractor built in {load_seconds:.2f} s)",
          flush=True)

    with ExitStack() as stack:
        ingesting_with = extractor
        if args.jobs:
            # Started and warmed up before the clock starts, as the extractor above was built
            # and warmed up before bare extraction was timed.
            start = time.perf_counter()
            processes = stack.enter_context(ExtractionProcesses(Extractor, args.jobs))
            processes.wait_ready()
            processes.submit(warmup)
            processes.next_result()
            print(f"extraction processes: {args.jobs}, started, built and warmed up in "
                  f"{time.perf_counter() - start:.2f} s (not counted below)", flush=True)
            ingesting_with = processes
        where = (f"{args.jobs} extraction process{'es' if args.jobs > 1 else ''} beside this one"
                 if args.jobs else "extraction in this process")
        ingestion_lines(args, ingesting_with, documents, bare, where)


def ingestion_lines(args: argparse.Namespace, extractor, documents: list[Document],
                    bare: Timing, where: str) -> None:
    """Ingest into each backend and print its figures and ratios to bare extraction."""
    backends: list[tuple[str, Callable[[], object]]] = [("SQLite", _sqlite_url)]
    pg = args.pg or os.environ.get(POSTGRES_URL_ENV)
    if pg:
        backends.append(("PostgreSQL", lambda: postgres_schema(pg)))
    for name, make_url in backends:
        with make_url() as url:
            timing, catch_up, counts = time_ingestion(extractor, documents, url)
        rate = len(documents) / max(timing.wall, 1e-9)
        cpu = (f"{timing.cpu:.2f} s CPU here + {timing.children_cpu:.2f} s in extraction"
               if args.jobs else f"{timing.cpu:.2f} s CPU")
        if timing.server_cpu is not None:
            cpu += f" + {timing.server_cpu:.2f} s in the database server"
        print(f"ingestion into {name + ':':<12} {rate:>8.1f} articles/s  ({timing.wall:.2f} s, "
              f"{cpu}; {where}; {counts['new']:,} new, {counts['duplicates']} duplicates, "
              f"{counts['copies']} copies, {counts['failed']} failed, {counts['facts']:,} facts; "
              f"tracker catch-up {catch_up.wall:.2f} s, {catch_up.cpu:.2f} s CPU)")
        ratio = timing.wall / max(bare.wall, 1e-9)
        cpu_ratio = timing.total_cpu / max(bare.cpu, 1e-9)
        print(f"ratio {name}: ingestion takes {ratio:.2f}x the time of bare extraction "
              f"({(ratio - 1) * 100:+.0f}%; target: at most {OVERHEAD_TARGET:+.0%}); "
              f"CPU time, all processes: {cpu_ratio:.2f}x ({(cpu_ratio - 1) * 100:+.0f}%, "
              f"the database server's not counted{server_ratio(timing, bare)})", flush=True)
        if args.jobs:
            print(f"critical path {name}: {critical_path_line(timing, catch_up, bare)}", flush=True)
            if timing.server_cpu is not None and catch_up.server_cpu is not None:
                print(f"critical path {name} with its server: "
                      f"{server_critical_path_line(timing, catch_up, bare)}", flush=True)
    if not pg:
        print(f"ingestion into PostgreSQL: skipped (set {POSTGRES_URL_ENV} or pass --pg URL)")


def critical_path_line(timing: Timing, catch_up: Timing, bare: Timing) -> str:
    """What the ingestion would take on CPUs of its own, from CPU times, against bare extraction.

    The extraction processes and this process (until the catch-up) run side by side, then the
    catch-up runs alone. On a busy machine, where the processes wait for a CPU, this shows what
    the wall-clock ratio would be with two free CPUs; it leaves out waits and round trips.
    """
    side_by_side = max(timing.children_cpu, timing.cpu - catch_up.cpu)
    path = side_by_side + catch_up.cpu
    return (f"max({timing.children_cpu:.2f} s extracting, {timing.cpu - catch_up.cpu:.2f} s "
            f"storing) + {catch_up.cpu:.2f} s catch-up = {path:.2f} s of CPU, "
            f"{path / max(bare.cpu, 1e-9):.2f}x bare extraction's CPU (about the wall-clock ratio "
            f"with a free CPU for each process and for the database server)")


def server_ratio(timing: Timing, bare: Timing) -> str:
    """The CPU ratio with the database server's CPU added, when it was measured."""
    if timing.server_cpu is None:
        return ""
    ratio = (timing.total_cpu + timing.server_cpu) / max(bare.cpu, 1e-9)
    return f"; {ratio:.2f}x with its {timing.server_cpu:.2f} s"


def server_critical_path_line(timing: Timing, catch_up: Timing, bare: Timing) -> str:
    """:func:`critical_path_line` with the server's CPU on the storing side.

    This process waits for the server's answer to each statement, so the two take turns: the
    time storing takes is this process's CPU plus the server's, not the longer of the two.
    """
    assert timing.server_cpu is not None and catch_up.server_cpu is not None
    storing = timing.cpu - catch_up.cpu + timing.server_cpu - catch_up.server_cpu
    finishing = catch_up.cpu + catch_up.server_cpu
    path = max(timing.children_cpu, storing) + finishing
    return (f"max({timing.children_cpu:.2f} s extracting, {storing:.2f} s storing and its "
            f"server) + {finishing:.2f} s catch-up and its server = {path:.2f} s of CPU, "
            f"{path / max(bare.cpu, 1e-9):.2f}x bare extraction's CPU")


@contextmanager
def _sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="thirdcountry-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'ingest.db'}"


def median_seconds(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Run ``function`` ``runs`` times; return the median and the largest seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def command_seconds(*arguments: str) -> tuple[float, int]:
    """Wall time and exit status of ``python -m thirdcountry ARGUMENTS`` (output discarded)."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "thirdcountry", *arguments],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            check=False)
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        print(f"  ({' '.join(arguments[:3])} failed: {result.stderr.strip()[-300:]})")
    return seconds, result.returncode


def tracker_part(args: argparse.Namespace) -> None:
    """Print the status and timeline figures on the synthetic store."""
    from sqlalchemy.orm import Session

    from thirdcountry.store import make_engine
    from thirdcountry.tracker import catch_up, pair_statuses, pair_timeline, totals

    facts = args.articles * FACTS_PER_ARTICLE
    path, info, cached = cached_store(args.cache_dir, args.articles, facts)
    print(store_line(path, info, cached), flush=True)
    engine = make_engine(f"sqlite:///{path}")
    try:
        def status_query() -> None:
            catch_up(engine)
            with Session(engine) as session:
                pair_statuses(session)
                totals(session)

        with Session(engine) as session:
            pairs = len(pair_statuses(session))
        median, worst = median_seconds(status_query, QUERY_RUNS)
        print(f"status query (catch_up + pair_statuses + totals, {pairs} pairs): "
              f"{median * 1000:.1f} ms median, {worst * 1000:.1f} ms max over {QUERY_RUNS} runs "
              f"(target: < {STATUS_TARGET_SECONDS:g} s)", flush=True)

        for label, (dep, rec, size) in (("largest", info.largest_pair()),
                                        ("median", info.median_pair())):
            def timeline_query(dep: str = dep, rec: str = rec) -> None:
                with Session(engine) as session:
                    pair_timeline(session, dep, rec)

            first, _ = median_seconds(timeline_query, 1)
            runs = 1 if first > 5 else 3
            median, worst = median_seconds(timeline_query, runs) if runs > 1 else (first, first)
            print(f"timeline query {dep}->{rec} ({label} pair, {size:,} arrangement and removal "
                  f"facts): {median * 1000:.1f} ms median over {runs} runs", flush=True)
    finally:
        engine.dispose()

    startup, _ = command_seconds("--help")
    print(f"python -m thirdcountry --help (process start-up, for reference): {startup:.2f} s")
    seconds, _ = command_seconds("status", "--db", str(path))
    print(f"thirdcountry status (whole process): {seconds:.2f} s", flush=True)
    dep, rec, size = info.largest_pair()
    seconds, _ = command_seconds("timeline", dep, rec, "--db", str(path))
    print(f"thirdcountry timeline {dep} {rec} (whole process, {size:,} facts): {seconds:.2f} s")


def store_line(path: Path, info: StoreInfo, cached: bool) -> str:
    """Describe a synthetic store in one line."""
    dep, rec, largest = info.largest_pair()
    _, _, median = info.median_pair()
    where = "reused from cache" if cached else "built now"
    return (f"synthetic store: {info.articles:,} articles ({info.copies:,} syndicated copies), "
            f"{info.facts:,} facts, {len(info.pair_facts)} pairs (largest {dep}->{rec} "
            f"{largest:,} pair facts, median {median:,}); bulk insert {info.build_seconds:.1f} s, "
            f"tracker rebuild {info.rebuild_seconds:.1f} s ({info.tracker_events:,} removal "
            f"events); {where}: {path}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2_000,
                        help="documents ingested in the speed part; 0 skips it (default: 2000)")
    parser.add_argument("--articles", type=int, default=100_000,
                        help="articles of the synthetic store for the status and timeline "
                             "queries; 0 skips that part (default: 100000)")
    parser.add_argument("--pg", metavar="URL",
                        help=f"PostgreSQL database to ingest into too, in a throwaway schema "
                             f"(default: ${POSTGRES_URL_ENV})")
    parser.add_argument("--jobs", type=int, default=None,
                        help="extraction processes beside the storing one, as thirdcountry "
                             "ingest --jobs; 0 extracts in the storing process (default: as "
                             "thirdcountry ingest, 1 on a machine with 2 CPUs or more)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                        help="where synthetic stores are cached (default: artifacts/bench)")
    args = parser.parse_args(argv)
    if args.docs < 0 or args.articles < 0:
        parser.error("--docs and --articles must not be negative")
    if args.jobs is None:
        from thirdcountry.extraction_processes import default_jobs

        args.jobs = default_jobs()
    elif args.jobs < 0:
        parser.error("--jobs must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures; returns the exit status (always 0)."""
    args = parse_args(argv)
    print(machine_line())
    if args.docs:
        ingestion_part(args)
    if args.articles:
        tracker_part(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
