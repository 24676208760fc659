"""A shift written by the real SqliteSink/RecordStore, with its figures worked out by hand (docs/dashboard.md)."""

from __future__ import annotations

from station.pipeline.events import Event, StepStarted, UnitFailed, UnitRemoved
from station.pipeline.states import UnitState as S
from station.records import RecordStore, SqliteSink
from tests.records.events import failing, passing

HOUR = 3600.0
P1, P2, P3 = "socket://127.0.0.1:7001", "socket://127.0.0.1:7002", "socket://127.0.0.1:7003"
WRITE_CAUSE = "the board stored 'cert' with a different hash"  # tests.records.events.failing's cause
SILENT_CAUSE = "the board did not answer"


def silent(unit: int, port: str, start: float) -> list[Event]:
    """A board that never answers: fails while identifying, before it said its serial."""
    return [StepStarted(port=port, unit=unit, step=S.IDENTIFYING, at=start + 0.25),
            UnitFailed(port=port, unit=unit, step=S.IDENTIFYING, cause=SILENT_CAUSE, remedy="Reseat the board.",
                       at=start + 5)]


def pulled(unit: int, port: str, start: float) -> list[Event]:
    """A board pulled after identifying (0.5 s): the attempt ends interrupted."""
    ev = passing(unit=unit, port=port, serial="SN-7", start=start)[:4]  # detected, started, identified, finished
    return [*ev, UnitRemoved(port=port, unit=unit, at=start + 30)]


def write_shift(store: RecordStore, t0: float, *, run_id: str = "run-A") -> None:
    """Three hours from ``t0`` (plus one unit before it); the expected figures are in SHIFT below.

    hour 0: SN-1 passes on P1; SN-2 fails writing on P2, then passes there (its attempt 2).
    hour 1: SN-3 and SN-4 fail writing on P3, an unidentified board fails (silent) on P3; SN-6 passes on P1.
    hour 2: SN-7 is pulled on P1 (interrupted), then passes there (its attempt 2).
    """
    sink = SqliteSink(store, station_id="line-1", batch="B", operator="op", run_id=run_id)
    events = (
        passing(unit=99, port=P1, serial="SN-0", start=t0 - 600)  # finished before the shift: left out
        + passing(unit=1, port=P1, serial="SN-1", start=t0 + 10)
        + failing(unit=2, port=P2, serial="SN-2", start=t0 + 100)
        + passing(unit=2, port=P2, serial="SN-2", start=t0 + 200, detected=False)
        + failing(unit=3, port=P3, serial="SN-3", start=t0 + HOUR + 10)
        + failing(unit=4, port=P3, serial="SN-4", start=t0 + HOUR + 100)
        + silent(5, P3, t0 + HOUR + 200)
        + passing(unit=6, port=P1, serial="SN-6", start=t0 + HOUR + 300)
        + pulled(7, P1, t0 + 2 * HOUR + 10)
        + passing(unit=7, port=P1, serial="SN-7", start=t0 + 2 * HOUR + 100, detected=False)
    )
    for event in events:
        sink.on_event(event)
    assert sink.errors == 0


# Worked out by hand from the events above.
SHIFT = {
    "passed": 4,  # SN-1, SN-2 (2nd), SN-6, SN-7 (2nd)
    "failed": 4,  # SN-2 (1st), SN-3, SN-4, the silent board
    "interrupted": 1,  # SN-7 (1st)
    # First attempts that finished: SN-1 pass, SN-2 fail, SN-3 fail, SN-4 fail, the silent board (a unit of its
    # own: it never said its serial) fail, SN-6 pass; SN-7's first attempt was interrupted: not counted.
    "first_pass": (2, 6),
    "hours": [(2, 1), (1, 3), (1, 0)],  # (passed, failed) per hour
    "pareto": [("writing", WRITE_CAUSE, 3, 75.0), ("identifying", SILENT_CAUSE, 1, 100.0)],
    # port: (attempts, failures, streak, flagged); interrupted attempts do not count for a slot.
    "slots": {P1: (3, 0, 0, False), P2: (2, 1, 0, False), P3: (3, 3, 3, True)},
}
