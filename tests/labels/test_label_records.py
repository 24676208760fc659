"""Records schema v5: the labels table and a failure's cause/remedy kept as messages, migrated from v4."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station.errors import StationError
from station.messages import MessageDef
from station.pipeline.events import StepStarted, UnitFailed
from station.pipeline.states import UnitState
from station.records.schema import MIGRATIONS, SCHEMA_VERSION
from station.records.sink import SqliteSink
from station.records.store import RecordStore

# Built directly, not with message(): a test message must not join the catalog the translators see.
GONE = MessageDef("test.board-gone", "The board on {port} was unplugged", frozenset({"port"}))


def v4_database(path: Path) -> None:
    """A database as a v4 station left it, with one failed attempt."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:4]:
        for statement in step:
            statement(conn) if callable(statement) else conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO attempts (run_id, port, unit, serial, started_at, outcome, error_step, error_cause) "
                 "VALUES ('old', 'p', 1, 'SN-OLD', 1.0, 'failed', 'writing', 'old cause')")
    conn.close()


def test_v4_database_gains_labels_and_failure_messages(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    v4_database(db)
    with RecordStore(db) as store:
        # v4 -> v5 (labels, failure messages) and on to the current version (v6: waiting-cloud, certificates).
        assert SCHEMA_VERSION >= 5 and store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [old] = store.by_serial("SN-OLD")
        assert old.error is not None and old.error.cause == "old cause"
        assert store.failure_messages(old.attempt_id) == (None, None)  # only the English text was kept then
        assert old.error.cause_message is None
        label = store.label_queued(serial="SN-OLD", at=2.0, attempt_id=old.attempt_id, reprint=True)
        store.label_update(label, outcome="printed", at=3.0)
        [row] = store.labels(serial="SN-OLD")
        assert (row.attempt_id, row.reprint, row.outcome, row.printed_at) == (old.attempt_id, True, "printed", 3.0)


def test_a_failure_keeps_its_cause_and_remedy_as_messages(tmp_path: Path) -> None:
    cause = GONE(port="/dev/ttyUSB3")
    remedy = StationError.default_remedy
    assert not isinstance(remedy, str)
    with RecordStore(tmp_path / "r.sqlite") as store:
        sink = SqliteSink(store)
        sink.on_event(StepStarted(port="/dev/ttyUSB3", unit=1, step=UnitState.WRITING))
        sink.on_event(UnitFailed(port="/dev/ttyUSB3", unit=1, step=UnitState.WRITING, cause=cause.text(),
                                 remedy=remedy.text(), cause_message=cause, remedy_message=remedy))
        [attempt] = store.query()
        assert store.failure_messages(attempt.attempt_id) == (cause, remedy)
        # The unit's record carries them too (the QA view shows them translated).
        assert attempt.error is not None
        assert (attempt.error.cause_message, attempt.error.remedy_message) == (cause, remedy)
        assert attempt.error is not None and attempt.error.cause == "The board on /dev/ttyUSB3 was unplugged"
