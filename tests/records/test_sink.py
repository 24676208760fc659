"""The SQLite sink: realistic event sequences become the right UnitRecords, written as the unit progresses."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from station.pipeline.events import EventBus, StepFinished, StepStarted, UnitFailed, UnitRemoved
from station.pipeline.states import UnitState as S
from station.records import Outcome, RecordSink, RecordStore, SqliteSink
from tests.records.events import CERT_ID, T0, failing, passing


def sink_for(store: RecordStore) -> SqliteSink:
    return SqliteSink(store, station_id="line-1", batch="2024-05-01-A", operator="alice", run_id="run-1")


def test_sink_is_a_record_sink(store: RecordStore) -> None:
    assert isinstance(sink_for(store), RecordSink)


def test_passed_and_failed_units_give_complete_records(store: RecordStore) -> None:
    sink = sink_for(store)
    bus = EventBus()
    bus.subscribe(sink.on_event)
    # Two units interleaved, as on a real station.
    a, b = passing(), failing(start=T0 + 0.1)
    for i in range(max(len(a), len(b))):
        for seq in (a, b):
            if i < len(seq):
                bus.emit(seq[i])
    sink.close()

    [ok] = store.by_serial("SN-0001")
    assert ok.outcome is Outcome.READY
    assert (ok.model, ok.hw_revision, ok.fw_version) == ("sensor-a", "B", "factory-1.0")
    assert ok.thing_name == "demo-SN-0001"
    assert ok.certificate_id == ok.certificate_sha256 == CERT_ID
    assert ok.groups == ("sensors",)
    assert ok.versions == {"firmware": "1.4.2", "config": "3"}
    assert (ok.station_id, ok.batch, ok.operator, ok.run_id) == ("line-1", "2024-05-01-A", "alice", "run-1")
    assert (ok.seconds, ok.round_trips, ok.attempt, ok.error) == (12.5, 3, 1, None)
    assert [s.step for s in ok.steps] == ["identifying", "generating-key", "registering", "attaching", "writing",
                                          "verifying", "connecting", "updating"]
    assert all(s.finished_at is not None and s.started_at is not None and s.started_at < s.finished_at
               for s in ok.steps)
    assert ok.steps[-1].detail == "ready: config 3, firmware 1.4.2"
    first, last = ok.steps[0].started_at, ok.steps[-1].finished_at
    assert first is not None and last is not None and ok.finished_at is not None
    assert ok.started_at == first < last <= ok.finished_at

    [bad] = store.by_serial("SN-0002")
    assert bad.outcome is Outcome.FAILED
    assert bad.error is not None
    assert bad.error.step == "writing"
    assert "different hash" in bad.error.cause and "storage is faulty" in bad.error.remedy
    assert bad.error.created == (f"certificate {'9a' * 32} (ACTIVE)",)
    assert bad.certificate_id == "" and bad.groups == ()
    assert bad.steps[-1].step == "writing" and bad.steps[-1].finished_at is None  # where it stopped
    assert sink.errors == 0


def test_each_step_is_committed_when_it_finishes(store: RecordStore, db_path: Path) -> None:
    sink = sink_for(store)
    events = passing()
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step is S.WRITING)
    for e in events[:cut + 1]:
        sink.on_event(e)
    # Another connection (another process, in real life) sees every finished step already.
    other = sqlite3.connect(db_path)
    rows = other.execute("SELECT step, finished_at IS NOT NULL FROM attempt_steps ORDER BY seq").fetchall()
    outcome = other.execute("SELECT outcome, serial FROM attempts").fetchall()
    other.close()
    assert rows == [("identifying", 1), ("generating-key", 1), ("registering", 1), ("attaching", 1), ("writing", 0)]
    assert outcome == [("running", "SN-0001")]


def test_restart_of_a_unit_is_a_new_attempt_of_the_same_serial(store: RecordStore) -> None:
    sink = sink_for(store)
    for e in failing(unit=1, serial="SN-7") + passing(unit=1, serial="SN-7", start=T0 + 300, detected=False):
        sink.on_event(e)
    newest, first = store.by_serial("SN-7")
    assert (newest.attempt, newest.outcome) == (2, Outcome.READY)
    assert (first.attempt, first.outcome) == (1, Outcome.FAILED)
    assert newest.unit == first.unit == 1
    assert store.interrupted_attempts() == []


def test_re_entered_step_keeps_its_first_start(store: RecordStore) -> None:
    """The recovery path announces REGISTERING again around key generation; one registering row results."""
    sink = sink_for(store)
    p, u = "COM1", 1
    for e in [StepStarted(port=p, unit=u, step=S.REGISTERING, at=10.0),
              StepStarted(port=p, unit=u, step=S.GENERATING_KEY, at=11.0),
              StepFinished(port=p, unit=u, step=S.GENERATING_KEY, seconds=1.0, at=12.0),
              StepStarted(port=p, unit=u, step=S.REGISTERING, at=12.5),
              StepFinished(port=p, unit=u, step=S.REGISTERING, seconds=3.0, at=13.0)]:
        sink.on_event(e)
    [r] = store.query()
    assert [(s.step, s.started_at, s.finished_at) for s in r.steps] == [
        ("registering", 10.0, 13.0), ("generating-key", 11.0, 12.0)]


def test_failure_before_any_step_is_recorded(store: RecordStore) -> None:
    sink = sink_for(store)
    sink.on_event(UnitFailed(port="COM9", unit=4, step=S.CONNECTED, cause="could not open port COM9",
                             remedy="Check the cable.", at=T0))
    [r] = store.query()
    assert r.serial == "" and r.outcome is Outcome.FAILED and r.error is not None
    assert r.error.cause == "could not open port COM9"


def test_removed_board_and_stopped_station_end_attempts_as_interrupted(store: RecordStore) -> None:
    sink = sink_for(store)
    for e in passing(unit=1, serial="SN-R")[:6]:
        sink.on_event(e)
    sink.on_event(UnitRemoved(port="socket://127.0.0.1:7001", unit=1, at=T0 + 10))
    for e in failing(unit=2, serial="SN-S")[:8]:
        sink.on_event(e)
    sink.close()
    removed, stopped = store.by_serial("SN-R")[0], store.by_serial("SN-S")[0]
    assert removed.outcome is stopped.outcome is Outcome.INTERRUPTED
    assert removed.error is not None and "removed" in removed.error.cause
    assert removed.error.step == "generating-key"
    assert stopped.error is not None and "stopped" in stopped.error.cause
    assert {r.serial for r in store.interrupted_attempts()} == {"SN-R", "SN-S"}
    # ...and a finished unit that is later unplugged stays as it was.
    sink2 = sink_for(store)
    for e in [*passing(unit=3, serial="SN-P"), UnitRemoved(port="socket://127.0.0.1:7001", unit=3)]:
        sink2.on_event(e)
    assert store.by_serial("SN-P")[0].outcome is Outcome.READY


def test_no_private_key_ever_reaches_a_record(store: RecordStore, db_path: Path) -> None:
    """Events carry no keys; should a cause or detail ever quote one, the store redacts it."""
    pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"
    sink = sink_for(store)
    events = failing()
    events[-1] = UnitFailed(port=events[-1].port, unit=events[-1].unit, step=S.WRITING,
                            cause=f"board echoed {pem}", remedy="aws_secret_access_key=" + "A" * 40, created=[pem])
    events.insert(4, StepFinished(port=events[-1].port, unit=events[-1].unit, step=S.GENERATING_KEY, seconds=1,
                                  detail=pem))
    for e in events + passing():
        sink.on_event(e)
    store.audit(who="qa", role="qa", action="import", target=pem, parameters={"key": pem}, outcome="ok")
    records = store.query()
    text = repr([r.to_json() for r in records]) + repr(store.audit_entries())
    store.close()
    assert len(records) == 2
    assert "PRIVATE KEY-----" not in text and "MIIEvQ" not in text and "A" * 40 not in text
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert b"MIIEvQ" not in raw


def test_a_broken_database_never_fails_the_unit(store: RecordStore, caplog: pytest.LogCaptureFixture) -> None:
    sink = sink_for(store)
    store.close()  # every write now raises sqlite3.ProgrammingError
    with caplog.at_level(logging.ERROR, logger="station.records"):
        for e in passing():
            sink.on_event(e)  # must not raise into the pipeline
    assert sink.errors > 0
    assert "could not record" in caplog.text
