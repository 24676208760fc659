"""The records writer thread: the SqliteSink's work on a thread of its own, so the event loop never waits on SQLite."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from station.pipeline.events import Event
from station.records.sink import SqliteSink
from station.records.store import RecordStore

log = logging.getLogger("station.records")
T = TypeVar("T")

_STOP = object()


class RecordWriter:
    """A RecordSink that hands every event to one writer thread, which applies it with a SqliteSink.

    ``on_event`` (on the event loop's thread) only queues the event: a commit, a WAL checkpoint's fsync or the
    write lock held by another process (``busy_timeout``) delays the writer, never the loop. The thread opens
    its own RecordStore (a sqlite3 connection belongs to its thread) and applies events in emission order, each
    in its own committed transaction, exactly as the synchronous SqliteSink does. ``after`` callbacks run on
    the writer thread once an event is committed (the S3 sink's wake-up: it must only look after the commit).

    ``call(fn)`` runs ``fn(sink)`` on the writer thread after everything queued before it (reads that must see
    those writes, and the rare write that is not an event); ``flush`` waits until what was queued is committed.
    """

    def __init__(self, path: Path, *, station_id: str = "", batch: str = "", operator: str | None = None,
                 run_id: str | None = None, synchronous: str = "NORMAL") -> None:
        self.path = path
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._after: list[Callable[[Event], None]] = []
        self._opened: Future[SqliteSink] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(station_id, batch, operator, run_id, synchronous), name="records-writer",
            daemon=True)
        self._thread.start()
        # Opening (and migrating) the database happens on the thread; its errors reach the caller as before.
        self._sink = self._opened.result()
        self.run_id = self._sink.run_id
        self._closed = False

    @property
    def thread_id(self) -> int | None:
        """The writer thread's id: every SQLite statement of this sink runs there."""
        return self._thread.ident

    @property
    def errors(self) -> int:
        """Writes that failed (logged; the unit goes on)."""
        return self._sink.errors

    def after_commit(self, callback: Callable[[Event], None]) -> None:
        """Call ``callback(event)`` on the writer thread after each event has been written (thread-safe callees)."""
        self._after.append(callback)

    # -- RecordSink -------------------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if self._closed:
            log.error("records writer closed: %s of unit %d on %s not recorded", event.kind, event.unit, event.port)
            return
        self._queue.put(event)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, close running attempts as interrupted (SqliteSink.close), close the database."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("the records writer did not finish within %.0f s; the last events may be missing", timeout)

    # -- on the writer thread, in order ---------------------------------------------------
    def call(self, fn: Callable[[SqliteSink], T]) -> Future[T]:
        """Run ``fn(sink)`` on the writer thread after everything queued so far; its result as a Future."""
        future: Future[T] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the records writer is closed"))
            return future
        self._queue.put((fn, future))
        return future

    def flush(self, timeout: float | None = None) -> None:
        """Block until every event queued before this call is committed (tests, and before a planned exit)."""
        self.call(lambda _sink: None).result(timeout)

    def attempt_id(self, port: str, unit: int) -> int | None:
        """The running attempt of this unit once its first events are written (blocks until they are)."""
        return self.call(lambda sink: sink.attempt_id(port, unit)).result()

    def _run(self, station_id: str, batch: str, operator: str | None, run_id: str | None,
             synchronous: str) -> None:
        try:
            store = RecordStore(self.path, synchronous=synchronous)
            sink = SqliteSink(store, station_id=station_id, batch=batch, operator=operator, run_id=run_id)
        except BaseException as exc:
            self._opened.set_exception(exc)
            return
        self._opened.set_result(sink)
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    break
                if isinstance(item, tuple):
                    fn, future = item
                    if future.set_running_or_notify_cancel():
                        try:
                            future.set_result(fn(sink))
                        except BaseException as exc:
                            future.set_exception(exc)
                    continue
                assert isinstance(item, Event)
                sink.on_event(item)  # never raises: a failed write is logged and counted
                for callback in self._after:
                    try:
                        callback(item)
                    except Exception:
                        log.exception("records: a callback after %s failed", item.kind)
        finally:
            sink.close()
            store.close()
