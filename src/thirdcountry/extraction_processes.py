"""How ingestion runs extraction: in its own process, or in child processes beside storing.

Ingestion submits batches of ``(text, published)`` and takes their facts back in the same order
(:class:`BatchExtraction`). :class:`InProcessExtraction` extracts a batch when its facts are
asked for. :class:`ExtractionProcesses` sends each batch to a child process and lets ingestion
submit the next batches while it stores the previous one, so that extraction (about 4.7 ms of
CPU per article) and the parent's fingerprinting, lookups and storing (about 4 ms) run on two
CPUs at once. A thread cannot do this: storing on a second thread was tried and was slower, as
it waits for the GIL after every statement.

Children are started with the ``spawn`` method, never forked from a process that already holds
database engines and threads. Each builds its own extractor by calling ``make_extractor``,
which must therefore be picklable: a class such as ``Extractor`` or a module-level function.
Facts come back as the ``Fact`` dataclasses themselves: pickling them costs about 0.1 ms per
article in the parent, against 3 ms of storing.

Failures never hang the parent. An exception on one document comes back as that document's
result (:class:`ExtractionFailed`, with the message), exactly as in-process. A child that dies,
or cannot build its extractor, raises :class:`ExtractionProcessError` in the parent. A child
ends as soon as its parent does, even when the parent is killed with SIGKILL: a thread of the
child reads the parent's requests and ends the process at end-of-file, which the kernel
signals when the parent's end of the pipe closes.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Protocol

from thirdcountry.facts.schema import Fact

Item = tuple[str, str | None]
Result = list[Fact] | Exception
# Batches a child may hold beyond the one it works on: it never waits for the parent, and
# the texts and facts in flight stay a few batches whatever the size of the run.
BATCHES_AHEAD = 2
# Seconds a child gets to end by itself when the parent closes its pipe, before it is killed.
STOP_TIMEOUT = 5.0


def default_jobs() -> int:
    """Extraction processes for ``thirdcountry ingest`` by default: one beside the storing
    process when the machine has two CPUs or more, else none (extraction in that process)."""
    return 1 if (os.cpu_count() or 1) >= 2 else 0


def installed_extractor_version() -> str:
    """``thirdcountry.extraction.EXTRACTOR_VERSION``, imported when asked for: importing the
    extraction package imports spaCy, which a parent of extraction processes does without."""
    from thirdcountry.extraction import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def new_extractor() -> FactExtractor:
    """A new ``thirdcountry.extraction.Extractor``, imported only when called, in the process
    that calls it (a child, for :class:`ExtractionProcesses`)."""
    from thirdcountry import extraction

    return extraction.Extractor()


class FactExtractor(Protocol):
    """What ingestion needs from ``thirdcountry.extraction.Extractor``."""

    def extract(self, text: str, published: str | None = None) -> list[Fact]: ...

    def extract_many(
        self, items: Iterable[tuple[str, str | None]], batch_size: int = ...
    ) -> Iterator[list[Fact]]: ...


class BatchExtraction(Protocol):
    """Batches in, results out in the same order; ``lookahead`` batches may be submitted
    before the first one's results are taken."""

    lookahead: int

    @property
    def extractor_version(self) -> str:
        """``thirdcountry.extraction.EXTRACTOR_VERSION`` where the extraction runs."""
        ...

    def submit(self, items: list[Item]) -> None: ...

    def next_result(self) -> list[Result]: ...

    def close(self) -> None: ...


class ExtractionFailed(Exception):
    """Extraction raised on one document in a child process; the message is the original's."""


class ExtractionProcessError(RuntimeError):
    """A child extraction process died or could not start: the run cannot go on."""


def extract_batch(extractor: FactExtractor, items: Sequence[Item], batch_size: int) -> list[Result]:
    """Extract ``(text, published)`` items with ``extract_many``; on failure, isolate the bad one.

    A batched pipeline may raise for any item of the batch, so after a failure the items
    without results are extracted one at a time, each failure kept as that item's result.
    """
    results: list[Result] = []
    if not items:
        return results
    try:
        for facts in extractor.extract_many(iter(items), batch_size):
            results.append(facts)
    except Exception:  # retried one by one below, where the failing item is named
        pass
    for text, published in items[len(results):]:
        try:
            results.append(extractor.extract(text, published))
        except Exception as exc:  # recorded as this item's failure
            results.append(exc)
    return results[: len(items)]


class InProcessExtraction:
    """Extraction in this process, done when a batch's results are asked for."""

    lookahead = 0

    def __init__(self, extractor: FactExtractor, batch_size: int) -> None:
        self.extractor = extractor
        self.batch_size = batch_size
        self._submitted: deque[list[Item]] = deque()

    @property
    def extractor_version(self) -> str:
        return installed_extractor_version()

    def submit(self, items: list[Item]) -> None:
        self._submitted.append(items)

    def next_result(self) -> list[Result]:
        return extract_batch(self.extractor, self._submitted.popleft(), self.batch_size)

    def close(self) -> None:
        self._submitted.clear()


class ExtractionProcesses:
    """``processes`` child processes extracting batches round-robin, started when first needed.

    Use it as a context manager (or call :meth:`close`), so the children end with the run.
    Call :meth:`start` as early as possible: a child takes seconds to import spaCy and build
    its extractor, which overlap whatever this process does meanwhile.
    """

    def __init__(
        self,
        make_extractor: Callable[[], FactExtractor],
        processes: int = 1,
        *,
        batch_size: int = 32,
    ) -> None:
        if processes < 1:
            raise ValueError("ExtractionProcesses needs at least one process")
        self.make_extractor = make_extractor
        self.processes = processes
        self.batch_size = batch_size
        self.lookahead = processes * BATCHES_AHEAD
        self._children: list[_Child] = []
        self._turn = 0
        # Per submitted batch, the child extracting it, or None for an empty batch.
        self._submitted: deque[_Child | None] = deque()

    def __enter__(self) -> ExtractionProcesses:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def pids(self) -> list[int]:
        """Process ids of the running children (none before :meth:`start`)."""
        return [child.process.pid for child in self._children if child.process.pid]

    def start(self) -> None:
        """Start the children if they are not running; they build their extractors meanwhile."""
        if self._children:
            return
        context = multiprocessing.get_context("spawn")
        self._children = [_Child.start(context, self.make_extractor, self.batch_size)
                          for _ in range(self.processes)]

    def wait_ready(self) -> None:
        """Wait until every child has built its extractor; raise if one could not."""
        self.start()
        for child in self._children:
            child.wait_ready()

    @property
    def extractor_version(self) -> str:
        """As the first child reports it once its extractor is built."""
        self.wait_ready()
        return self._children[0].extractor_version

    def submit(self, items: list[Item]) -> None:
        if not items:
            self._submitted.append(None)
            return
        self.start()
        child = self._children[self._turn % len(self._children)]
        self._turn += 1
        child.send(items)
        self._submitted.append(child)

    def next_result(self) -> list[Result]:
        child = self._submitted.popleft()
        return [] if child is None else child.receive()

    def close(self) -> None:
        """Stop the children, discarding what they still extract; :meth:`start` starts anew."""
        children, self._children = self._children, []
        self._submitted.clear()
        for child in children:
            child.stop()


class _Ready:
    """A child's first message: its extractor is built."""

    def __init__(self, extractor_version: str) -> None:
        self.extractor_version = extractor_version


class _Broken:
    """A child's first message when its extractor could not be built."""

    def __init__(self, message: str) -> None:
        self.message = message


class _Child:
    """One child process and the two pipes to it, seen from the parent."""

    def __init__(self, process: BaseProcess, requests: Connection, replies: Connection) -> None:
        self.process = process
        self.requests = requests
        self.replies = replies
        self.extractor_version: str | None = None

    @classmethod
    def start(
        cls,
        context: multiprocessing.context.SpawnContext,
        make_extractor: Callable[[], FactExtractor],
        batch_size: int,
    ) -> _Child:
        requests_in, requests_out = context.Pipe(duplex=False)
        replies_in, replies_out = context.Pipe(duplex=False)
        process = context.Process(
            target=_serve, args=(make_extractor, batch_size, requests_in, replies_out),
            name="thirdcountry-extraction", daemon=True,
        )
        process.start()
        # Only the child may hold these ends: the child sees end-of-file when the parent's
        # write end closes, and the parent learns of a dead child from its process sentinel.
        requests_in.close()
        replies_out.close()
        return cls(process, requests_out, replies_in)

    def send(self, items: list[Item]) -> None:
        try:
            self.requests.send(items)
        except OSError as exc:  # the child is gone; say why, as receive would
            raise self._died() from exc

    def wait_ready(self) -> None:
        if self.extractor_version is None:
            message = self._next_message()
            if isinstance(message, _Broken):
                raise ExtractionProcessError(
                    f"the extraction process could not build its extractor: {message.message}")
            self.extractor_version = message.extractor_version

    def receive(self) -> list[Result]:
        self.wait_ready()
        return self._next_message()

    def stop(self) -> None:
        self.requests.close()
        self.process.join(STOP_TIMEOUT)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.replies.close()
        self.process.close()

    def _next_message(self):
        # Waiting on the sentinel too: a child that dies without answering must not hang us.
        while True:
            ready = wait([self.replies, self.process.sentinel])
            if self.replies in ready:
                try:
                    return self.replies.recv()
                except (EOFError, OSError) as exc:
                    raise self._died() from exc
            if self.process.sentinel in ready:
                raise self._died()

    def _died(self) -> ExtractionProcessError:
        self.process.join(STOP_TIMEOUT)
        return ExtractionProcessError(
            f"the extraction process {self.process.pid} ended unexpectedly "
            f"(exit code {self.process.exitcode})")


def _serve(
    make_extractor: Callable[[], FactExtractor],
    batch_size: int,
    requests: Connection,
    replies: Connection,
) -> None:
    """The child's main: build the extractor, then answer each batch with its results."""
    # Ctrl-C reaches the whole process group; the parent handles it and closes the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    inbox: queue.SimpleQueue[list[Item]] = queue.SimpleQueue()
    threading.Thread(target=_read_until_parent_ends, args=(requests, inbox), daemon=True).start()
    try:
        extractor = make_extractor()
    except Exception as exc:  # reported to the parent, which raises it as a clear error
        replies.send(_Broken(one_line_message(exc)))
        return
    replies.send(_Ready(installed_extractor_version()))
    while True:
        results = extract_batch(extractor, inbox.get(), batch_size)
        replies.send([ExtractionFailed(one_line_message(r)) if isinstance(r, Exception) else r
                      for r in results])


def _read_until_parent_ends(requests: Connection, inbox: queue.SimpleQueue[list[Item]]) -> None:
    """Move requests into the inbox as they come, so the parent never blocks on a full pipe;
    at end-of-file (the parent closed the pipe or died) end the whole child at once."""
    try:
        while True:
            inbox.put(requests.recv())
    except (EOFError, OSError):
        pass
    os._exit(0)


def one_line_message(exc: Exception) -> str:
    """An exception as ingestion reports it: its text on one line, else its type's name."""
    return " ".join(str(exc).split()) or type(exc).__name__
