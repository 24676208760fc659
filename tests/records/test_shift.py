"""Shift figures (station.records.shift) against records written by the real store, figures worked out by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.records import RecordStore, SqliteSink
from station.records.shift import HealthRule, ShiftWindow, connect_readonly, histogram, nice_width, read_shift
from tests.records.events import T0, failing, passing
from tests.records.shift_records import HOUR, P1, P2, P3, SHIFT, write_shift

STEPS = ["identifying", "generating-key", "registering", "attaching", "writing", "verifying", "connecting",
         "updating"]


@pytest.fixture
def shift_db(store: RecordStore, db_path: Path) -> Path:
    write_shift(store, T0)
    return db_path


def test_counts_yield_and_hours(shift_db: Path) -> None:
    shift = read_shift(shift_db, ShiftWindow(T0, T0 + 3 * HOUR))
    assert (shift.passed, shift.failed, shift.interrupted) == (SHIFT["passed"], SHIFT["failed"], SHIFT["interrupted"])
    assert (shift.first_pass_passed, shift.first_pass_units) == SHIFT["first_pass"]
    assert shift.first_pass_yield == pytest.approx(2 / 6)
    assert [(h.passed, h.failed) for h in shift.hours] == SHIFT["hours"]
    assert [h.start for h in shift.hours] == [T0, T0 + HOUR, T0 + 2 * HOUR]


def test_pareto_groups_by_step_and_cause(shift_db: Path) -> None:
    shift = read_shift(shift_db, ShiftWindow(T0, T0 + 3 * HOUR))
    assert [(c.step, c.cause, c.count, round(c.cumulative_percent, 6)) for c in shift.pareto] == SHIFT["pareto"]


def test_slot_health_flags_the_port_that_keeps_failing(shift_db: Path) -> None:
    shift = read_shift(shift_db, ShiftWindow(T0, T0 + 3 * HOUR))
    assert {s.port: (s.attempts, s.failures, s.streak, s.flagged) for s in shift.slots} == SHIFT["slots"]
    assert [s.port for s in shift.flagged] == [P3]
    assert {s.port: s.failure_rate for s in shift.slots}[P2] == pytest.approx(0.5)


def test_cycle_time_histograms_per_step_in_pipeline_order(shift_db: Path) -> None:
    shift = read_shift(shift_db, ShiftWindow(T0, T0 + 3 * HOUR))
    assert [h.step for h in shift.cycle_times] == STEPS
    ident = shift.histogram("identifying")
    assert ident is not None and ident.samples == 8 and ident.median == 0.5  # 4 passes, 3 failures, 1 pulled
    key = shift.histogram("generating-key")
    # 4 passes at 1.5 s, 3 failures at 1.0 s: ceil(sqrt(7)) = 3 bins wanted -> width 0.5 s, from 0 to 2 s.
    assert key is not None and key.edges == (0.0, 0.5, 1.0, 1.5, 2.0) and key.counts == (0, 0, 3, 4)
    assert key.mean == pytest.approx(9 / 7)
    updating = shift.histogram("updating")
    assert updating is not None and updating.samples == 4  # only the passes got that far


def test_a_window_counts_what_finished_in_it(shift_db: Path) -> None:
    second_hour = read_shift(shift_db, ShiftWindow(T0 + HOUR, T0 + 2 * HOUR))
    assert (second_hour.passed, second_hour.failed, second_hour.first_pass_units) == (1, 3, 4)
    assert [(h.passed, h.failed) for h in second_hour.hours] == [(1, 3)]
    earlier = read_shift(shift_db, ShiftWindow(T0 - HOUR, T0))
    assert (earlier.passed, earlier.failed) == (1, 0)  # SN-0, before the shift


def test_one_station_run(store: RecordStore, db_path: Path) -> None:
    write_shift(store, T0, run_id="run-A")
    later = SqliteSink(store, run_id="run-B")
    for event in passing(unit=1, port=P2, serial="SN-20", start=T0 + 600) + failing(
            unit=2, port=P2, serial="SN-21", start=T0 + 700):
        later.on_event(event)
    shift = read_shift(db_path, ShiftWindow(T0, T0 + 3 * HOUR, run_id="run-B"))
    assert (shift.passed, shift.failed, shift.first_pass_units, shift.first_pass_passed) == (1, 1, 2, 1)
    assert [s.port for s in shift.slots] == [P2]


def test_one_bad_board_retried_does_not_flag_its_slot(store: RecordStore, db_path: Path) -> None:
    sink = SqliteSink(store)
    for i in range(3):  # the same board fails three times in a row on P1; three different boards on P2
        for event in failing(unit=i + 1, port=P1, serial="SN-BAD", start=T0 + 100 * i) + failing(
                unit=10 + i, port=P2, serial=f"SN-{i}", start=T0 + 100 * i + 50):
            sink.on_event(event)
    shift = read_shift(db_path, ShiftWindow(T0, T0 + HOUR))
    assert {s.port: (s.streak, s.flagged) for s in shift.slots} == {P1: (3, False), P2: (3, True)}
    # The failure-rate part of the rule: 3 of 3 is 100 %, but 5 attempts are needed.
    strict = read_shift(db_path, ShiftWindow(T0, T0 + HOUR), HealthRule(streak=4, min_attempts=3, rate=0.5))
    assert all(s.flagged for s in strict.slots)


def test_empty_and_missing_databases(tmp_path: Path, store: RecordStore, db_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    shift = read_shift(missing, ShiftWindow(T0, T0 + 8 * HOUR))
    assert not missing.exists()  # reading never creates a database
    assert (shift.passed, shift.failed, shift.first_pass_yield, shift.pareto, shift.slots) == (0, 0, None, (), ())
    assert len(shift.hours) == 8
    assert read_shift(db_path, ShiftWindow(T0, T0 + HOUR)).cycle_times == ()


def test_the_reader_cannot_write(shift_db: Path) -> None:
    conn = connect_readonly(shift_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM attempts")
    finally:
        conn.close()


def test_bin_widths_are_round_numbers() -> None:
    assert [nice_width(s, 10) for s in (7.0, 12.0, 0.3, 45.0)] == [1.0, 2.0, 0.05, 5.0]
    single = histogram("writing", [3.0])
    assert single.counts == (1,) and single.edges == (0.0, 5.0)


def test_causes_recorded_as_messages_group_without_their_parameters(store: RecordStore, db_path: Path) -> None:
    from station.board.reference import _HELLO_CHUNK  # a real core message with a parameter
    from station.pipeline.events import StepStarted, UnitFailed
    from station.pipeline.states import UnitState

    sink = SqliteSink(store)
    for unit, (port, value) in enumerate([(P1, "0"), (P2, "-5"), (P3, "x")], 1):
        cause = _HELLO_CHUNK(value=value)
        sink.on_event(StepStarted(port=port, unit=unit, step=UnitState.IDENTIFYING, at=T0 + unit))
        sink.on_event(UnitFailed(port=port, unit=unit, step=UnitState.IDENTIFYING, cause=cause.text(), remedy="",
                                 cause_message=cause, at=T0 + unit + 1))
    shift = read_shift(db_path, ShiftWindow(T0, T0 + HOUR))
    assert [(c.step, c.cause, c.count) for c in shift.pareto] == [
        ("identifying", "hello answer: bad 'max_chunk' …", 3)]
    assert shift.pareto[0].message == {"id": "board.hello-max-chunk",
                                       "template": "hello answer: bad 'max_chunk' {value}", "params": {"value": "…"}}


def test_a_cause_inside_a_cause_keeps_its_text() -> None:
    from station.records.shift import generic

    inner = {"id": "board.crc", "template": "garbled data ({detail})", "params": {"detail": "C9D4"}}
    text, blank = generic({"id": "board.on-port", "template": "{port}: {cause}",
                           "params": {"port": "/dev/pts/4", "cause": inner}})
    assert text == "…: garbled data (…)"
    assert blank["params"]["cause"] == {"id": "board.crc", "template": "garbled data ({detail})",
                                        "params": {"detail": "…"}}
