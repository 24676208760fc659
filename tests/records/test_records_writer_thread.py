"""The window's records writer: every SQLite statement on its own thread, in order, committed as the sync sink does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from station.pipeline.events import EventBus
from station.records import Outcome, RecordStore, SqliteSink
from station.records.writer import RecordWriter
from tests.records.events import T0, failing, passing

ROOT = Path(__file__).resolve().parents[2]


def interleaved() -> list:  # type: ignore[type-arg]
    a, b = passing(), failing(start=T0 + 0.1)
    return [seq[i] for i in range(max(len(a), len(b))) for seq in (a, b) if i < len(seq)]


def test_records_are_written_on_the_writer_thread_never_on_the_emitting_one(db_path: Path) -> None:
    writer = RecordWriter(db_path, station_id="line-1", batch="b", operator="alice", run_id="run-1")
    threads: set[int] = set()
    # The connection's own trace: every statement it runs, on whichever thread runs it.
    writer.call(lambda sink: sink.store._conn.set_trace_callback(lambda _sql: threads.add(threading.get_ident())))
    writer.flush()
    bus = EventBus()
    bus.subscribe(writer.on_event)
    for event in interleaved():
        bus.emit(event)  # the "event loop" here is the test's thread
    writer.close()

    assert threads == {writer.thread_id}
    assert threading.get_ident() not in threads


def test_the_writer_leaves_the_same_records_as_the_synchronous_sink(tmp_path: Path) -> None:
    def records(path: Path) -> list[tuple[object, ...]]:
        with RecordStore(path) as store:
            return [(r.serial, r.outcome, r.attempt, r.certificate_id, r.error, [(s.step, s.finished_at, s.detail)
                                                                                 for s in r.steps])
                    for r in store.query(newest_first=False)]

    with RecordStore(tmp_path / "sync.sqlite") as store:
        sync = SqliteSink(store, station_id="line-1", run_id="run-1")
        for event in interleaved():
            sync.on_event(event)
        sync.close()
    writer = RecordWriter(tmp_path / "thread.sqlite", station_id="line-1", run_id="run-1")
    for event in interleaved():
        writer.on_event(event)
    writer.close()

    assert records(tmp_path / "thread.sqlite") == records(tmp_path / "sync.sqlite")
    assert [r[1] for r in records(tmp_path / "thread.sqlite")] == [Outcome.READY, Outcome.FAILED]


def test_close_writes_what_is_queued_and_closes_running_attempts_as_interrupted(db_path: Path) -> None:
    writer = RecordWriter(db_path, run_id="run-1")
    events = passing(serial="SN-HALF")
    for event in events[:8]:  # stopped mid-unit: the rest never comes
        writer.on_event(event)
    writer.close()
    with RecordStore(db_path) as store:
        [record] = store.by_serial("SN-HALF")
        assert record.outcome is Outcome.INTERRUPTED
        assert record.steps[0].step == "identifying" and record.steps[0].finished_at is not None


def test_calls_run_after_the_events_queued_before_them(db_path: Path) -> None:
    writer = RecordWriter(db_path, run_id="run-1")
    events = passing(port="p1", serial="SN-CALL")
    for event in events[:3]:
        writer.on_event(event)
    attempt = writer.call(lambda sink: sink.attempt_id("p1", 1)).result()
    writer.close()
    assert attempt is not None
    with RecordStore(db_path) as store:
        assert store.get(attempt) is not None


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from station.pipeline.events import StepStarted
    from station.pipeline.states import UnitState
    from station.records.writer import RecordWriter
    from tests.records.events import failing, passing

    writer = RecordWriter(Path(sys.argv[1]), station_id="line-1", batch="b", operator="op", run_id="crashed-run")
    for e in failing(unit=2, serial="SN-DONE"):
        writer.on_event(e)
    events = passing(unit=1, serial="SN-CRASH")
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step is UnitState.ATTACHING)
    for e in events[:cut + 1]:
        writer.on_event(e)
    writer.flush()  # committed on the writer thread: from here on a kill loses nothing
    sys.stdout.write("fed\\n"); sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_a_killed_window_keeps_every_event_its_writer_committed(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(db)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout == "fed\n", proc.stderr
    assert proc.returncode == -signal.SIGKILL

    with RecordStore(db) as store:
        [crashed] = store.interrupted_attempts()
        assert crashed.serial == "SN-CRASH" and crashed.outcome is Outcome.RUNNING
        assert [(s.step, s.finished_at is not None) for s in crashed.steps] == [
            ("identifying", True), ("generating-key", True), ("registering", True), ("attaching", False)]
        assert store.by_serial("SN-DONE")[0].outcome is Outcome.FAILED
