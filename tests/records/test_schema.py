"""Records schema: creation, WAL and user_version, forward migration from v1, refusal of newer databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.records import SCHEMA_VERSION, Outcome, RecordStore, SchemaError

# The v1 schema as it shipped, spelled out here on purpose: if someone edits MIGRATIONS[0] instead of adding
# a step, this test still builds what old stations have on disk.
V1 = [
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY, run_id TEXT NOT NULL, port TEXT NOT NULL, unit INTEGER NOT NULL,
        serial TEXT NOT NULL DEFAULT '', attempt INTEGER NOT NULL DEFAULT 1, model TEXT NOT NULL DEFAULT '',
        hw_revision TEXT NOT NULL DEFAULT '', fw_version TEXT NOT NULL DEFAULT '',
        thing_name TEXT NOT NULL DEFAULT '', certificate_id TEXT NOT NULL DEFAULT '',
        certificate_sha256 TEXT NOT NULL DEFAULT '', groups_json TEXT NOT NULL DEFAULT '[]',
        versions_json TEXT NOT NULL DEFAULT '{}', station_id TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL DEFAULT '', batch TEXT NOT NULL DEFAULT '', started_at REAL NOT NULL,
        finished_at REAL, outcome TEXT NOT NULL DEFAULT 'running'
            CHECK (outcome IN ('running', 'passed', 'ready', 'failed', 'interrupted')),
        seconds REAL, round_trips INTEGER, error_step TEXT, error_cause TEXT, error_remedy TEXT,
        error_created_json TEXT)""",
    "CREATE INDEX attempts_serial ON attempts (serial, started_at)",
    """CREATE TABLE attempt_steps (
        id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, step TEXT NOT NULL, started_at REAL, finished_at REAL, seconds REAL,
        detail TEXT NOT NULL DEFAULT '', UNIQUE (attempt_id, seq))""",
]


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_database_is_wal_at_current_version_with_foreign_keys(db_path: Path) -> None:
    with RecordStore(db_path) as store:
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        with pytest.raises(sqlite3.IntegrityError):  # foreign keys are enforced, not just declared
            store._conn.execute("INSERT INTO attempt_steps (attempt_id, seq, step) VALUES (999, 1, 'x')")
    assert SCHEMA_VERSION >= 2
    assert pragma(db_path, "user_version") == SCHEMA_VERSION
    assert pragma(db_path, "journal_mode") == "wal"
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"attempts", "attempt_steps", "audit"} <= tables


def test_reopening_is_idempotent(db_path: Path) -> None:
    RecordStore(db_path).close()
    with RecordStore(db_path) as store:
        store.audit(who="qa", role="qa", action="noop", outcome="ok")
    assert pragma(db_path, "user_version") == SCHEMA_VERSION


def test_v1_database_is_migrated_with_its_data_kept(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for statement in V1:
        conn.execute(statement)
    conn.execute("INSERT INTO attempts (run_id, port, unit, serial, started_at, outcome, thing_name) "
                 "VALUES ('old-run', 'COM3', 1, 'SN-OLD', 1700000000.0, 'passed', 'demo-SN-OLD')")
    conn.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at, finished_at, seconds) "
                 "VALUES (1, 1, 'identifying', 1700000000.0, 1700000001.0, 1.0)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    with RecordStore(db_path) as store:
        [old] = store.by_serial("SN-OLD")
        assert old.outcome is Outcome.PASSED and old.run_id == "old-run"
        assert [s.step for s in old.steps] == ["identifying"]
        assert store.by_thing("demo-SN-OLD") == [old]  # v2 index in place, query works
        store.audit(who="qa1", role="qa", action="revoke", target="demo-SN-OLD", outcome="done")
        assert [e.action for e in store.audit_entries()] == ["revoke"]
    assert pragma(db_path, "user_version") == SCHEMA_VERSION


def test_newer_database_is_refused_with_a_clear_error(db_path: Path) -> None:
    RecordStore(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError) as info:
        RecordStore(db_path)
    assert f"schema version {SCHEMA_VERSION + 5}" in info.value.cause
    assert "newer station version" in info.value.cause
    assert info.value.remedy
    assert pragma(db_path, "user_version") == SCHEMA_VERSION + 5  # untouched


def test_not_a_database_and_missing_file_are_station_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SchemaError, match="not a usable records database"):
        RecordStore(junk)
    with pytest.raises(SchemaError, match="no records database"):
        RecordStore(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_default_path_is_in_the_data_dir(station_home: Path) -> None:
    from station.records import default_path

    assert default_path() == station_home / "data" / "records.sqlite"
