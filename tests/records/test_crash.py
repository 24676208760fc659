"""A station killed mid-unit loses no finished step and leaves a `running` attempt for the restart to find."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from station.records import Outcome, RecordStore

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, signal, sys
    from station.pipeline.events import StepStarted
    from station.pipeline.states import UnitState
    from station.records import RecordStore, SqliteSink
    from tests.records.events import failing, passing

    store = RecordStore(sys.argv[1])
    sink = SqliteSink(store, station_id="line-1", batch="b", operator="op", run_id="crashed-run")
    for e in failing(unit=2, serial="SN-DONE"):     # one unit that finished before the crash
        sink.on_event(e)
    events = passing(unit=1, serial="SN-CRASH")
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step is UnitState.ATTACHING)
    for e in events[:cut + 1]:
        sink.on_event(e)
    sys.stdout.write("fed\\n"); sys.stdout.flush()
    if sys.argv[2] == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(3)  # no close(), no atexit, no finally: like a crash
""")


@pytest.mark.parametrize("how", ["sigkill", "os_exit"])
def test_killed_station_leaves_a_running_attempt_and_its_finished_steps(tmp_path: Path, how: str) -> None:
    if how == "sigkill" and sys.platform == "win32":
        pytest.skip("no SIGKILL on Windows")
    db = tmp_path / "records.sqlite"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(db), how], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout == "fed\n", proc.stderr
    assert proc.returncode == (-signal.SIGKILL if how == "sigkill" else 3)
    assert Path(str(db) + "-wal").exists()  # the commits are in the WAL, not yet checkpointed

    with RecordStore(db) as store:
        [crashed] = store.interrupted_attempts()
        assert crashed.serial == "SN-CRASH" and crashed.outcome is Outcome.RUNNING
        assert crashed.run_id == "crashed-run"
        assert [(s.step, s.finished_at is not None) for s in crashed.steps] == [
            ("identifying", True), ("generating-key", True), ("registering", True), ("attaching", False)]
        assert store.by_serial("SN-DONE")[0].outcome is Outcome.FAILED
        # The live station's own run is not "interrupted"; the restart can close the old attempt.
        assert store.interrupted_attempts(exclude_run="crashed-run") == []
        store.mark_interrupted(crashed.attempt_id, "the station stopped unexpectedly")
        [closed] = store.interrupted_attempts()
        assert closed.outcome is Outcome.INTERRUPTED and closed.error is not None
        assert closed.error.step == "attaching"
