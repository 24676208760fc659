"""Record queries (serial, thing, dates, batch), CSV/JSON exports and the append-only QA audit trail."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from station.records import Outcome, RecordStore, SqliteSink
from station.records.export import write_csv, write_json
from tests.records.events import T0, failing, passing

DAY = 86_400.0


@pytest.fixture
def filled(store: RecordStore) -> RecordStore:
    """Day 1, batch A: SN-1 fails then passes; SN-2 passes. Day 3, batch B: SN-3 passes."""
    a = SqliteSink(store, station_id="line-1", batch="A", operator="alice")
    for e in failing(unit=1, serial="SN-1", start=T0) + passing(unit=1, serial="SN-1", start=T0 + 100,
                                                                 detected=False):
        a.on_event(e)
    for e in passing(unit=2, serial="SN-2", start=T0 + 200):
        a.on_event(e)
    b = SqliteSink(store, station_id="line-1", batch="B", operator="bob")
    for e in passing(unit=1, serial="SN-3", start=T0 + 2 * DAY):
        b.on_event(e)
    return store


def test_search_by_serial_is_newest_first(filled: RecordStore) -> None:
    records = filled.by_serial("SN-1")
    assert [(r.attempt, r.outcome) for r in records] == [(2, Outcome.READY), (1, Outcome.FAILED)]
    assert filled.by_serial("nope") == []


def test_search_by_thing_name(filled: RecordStore) -> None:
    assert [r.serial for r in filled.by_thing("demo-SN-2")] == ["SN-2"]


def test_list_by_dates_batch_and_outcome(filled: RecordStore) -> None:
    assert [r.serial for r in filled.query()] == ["SN-3", "SN-2", "SN-1", "SN-1"]
    assert [r.serial for r in filled.query(since=T0 + DAY)] == ["SN-3"]
    assert [r.serial for r in filled.query(until=T0 + 150)] == ["SN-1", "SN-1"]
    assert [r.serial for r in filled.query(since=T0 + 150, until=T0 + DAY)] == ["SN-2"]
    assert {r.serial for r in filled.query(batch="A")} == {"SN-1", "SN-2"}
    assert [r.operator for r in filled.query(batch="B")] == ["bob"]
    assert [r.serial for r in filled.query(outcome="failed")] == ["SN-1"]
    assert [r.serial for r in filled.query(newest_first=False, limit=2)] == ["SN-1", "SN-1"]


def test_csv_export_has_one_row_per_attempt(filled: RecordStore) -> None:
    out = io.StringIO()
    assert write_csv(filled.query(batch="A", newest_first=False), out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["serial"], r["attempt"], r["outcome"]) for r in rows] == [
        ("SN-1", "1", "failed"), ("SN-1", "2", "ready"), ("SN-2", "1", "ready")]
    failed, ready = rows[0], rows[1]
    assert failed["error_step"] == "writing" and "different hash" in failed["error_cause"]
    assert failed["error_created"].startswith("certificate 9a9a")
    assert ready["firmware_version"] == "1.4.2" and ready["config_version"] == "3"
    assert ready["certificate_id"] == ready["certificate_sha256"] != ""
    assert ready["groups"] == "sensors" and ready["batch"] == "A" and ready["operator"] == "alice"
    assert ready["steps"].startswith("identifying 2024-05-01T")
    assert ready["steps"].count(";") == 7


def test_csv_cells_cannot_become_spreadsheet_formulas(store: RecordStore) -> None:
    sink = SqliteSink(store, batch="=HYPERLINK(\"http://x\")")
    for e in passing(serial="+SN"):
        sink.on_event(e)
    out = io.StringIO()
    write_csv(store.query(), out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["serial"] == "'+SN" and row["batch"].startswith("'=")


def test_json_export_nests_steps(filled: RecordStore) -> None:
    out = io.StringIO()
    assert write_json(filled.query(since=T0 + DAY), out) == 1
    [item] = json.loads(out.getvalue())
    assert item["serial"] == "SN-3" and item["batch"] == "B" and item["outcome"] == "ready"
    assert item["versions"] == {"firmware": "1.4.2", "config": "3"}
    assert [s["step"] for s in item["steps"]][:2] == ["identifying", "generating-key"]
    assert all(s["finished_at"] >= s["started_at"] for s in item["steps"])
    assert item["error"] is None


def test_audit_trail_is_append_only(store: RecordStore) -> None:
    first = store.audit(who="carol", role="qa", action="force-downgrade", target="demo-SN-1",
                        parameters={"version": "1.3.0", "forced": True}, outcome="job created", at=T0)
    store.audit(who="carol", role="qa", action="revoke", target="demo-SN-2", outcome="refused", at=T0 + DAY)
    entries = store.audit_entries()
    assert [(e.who, e.role, e.action, e.target, e.outcome) for e in entries] == [
        ("carol", "qa", "force-downgrade", "demo-SN-1", "job created"),
        ("carol", "qa", "revoke", "demo-SN-2", "refused")]
    assert entries[0].parameters == {"version": "1.3.0", "forced": True}
    assert [e.action for e in store.audit_entries(since=T0 + 1)] == ["revoke"]
    for sql in ("UPDATE audit SET outcome = 'ok'", f"DELETE FROM audit WHERE id = {first}"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._conn.execute(sql)
    assert len(store.audit_entries()) == 2
