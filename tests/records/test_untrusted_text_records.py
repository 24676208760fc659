"""Board and device text reaches the records and their exports with its control and bidi characters escaped."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from station.pipeline.events import Event, Identified, StepFinished, StepStarted, UnitDetected, UnitFailed
from station.pipeline.states import UnitState as S
from station.records import RecordStore, SqliteSink
from station.records.export import write_csv, write_json
from tests.records.events import T0

ROOT = Path(__file__).resolve().parents[2]
#: A device's failure reason or a board's field: clear screen, window title, C1 CSI, right-to-left override.
HOSTILE = "bad\x1b[2J\x1b[H\x1b]0;pwned\x07\x9b31m\u202eexe.txt\r"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PORT = "socket://127.0.0.1:7009"


def hostile_unit(serial: str = "SN-ESC") -> list[Event]:
    """As the pipeline emits them for a unit whose device failed its job with a hostile reason."""
    return [UnitDetected(port=PORT, unit=1, at=T0),
            StepStarted(port=PORT, unit=1, step=S.IDENTIFYING, at=T0 + 1),
            Identified(port=PORT, unit=1, serial=serial, model="sensor-a", hw_revision="B",
                       fw_version=f"1.0{HOSTILE}", thing_name=f"demo-{serial}", at=T0 + 2),
            StepFinished(port=PORT, unit=1, step=S.IDENTIFYING, seconds=1.0, detail=HOSTILE, at=T0 + 3),
            StepStarted(port=PORT, unit=1, step=S.UPDATING, at=T0 + 4),
            UnitFailed(port=PORT, unit=1, step=S.UPDATING, cause=f"the device could not apply firmware: {HOSTILE}",
                       remedy=HOSTILE, created=[HOSTILE], at=T0 + 5)]


def station(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_records_search_and_exports_replay_no_escape_code(db_path: Path, tmp_path: Path) -> None:
    with RecordStore(db_path) as store:
        sink = SqliteSink(store, station_id="line-1", batch="A", operator="alice", run_id="r")
        for event in hostile_unit():
            sink.on_event(event)
    search = station("records", "search", "SN-ESC", "--db", str(db_path))
    assert search.returncode == 0, search.stderr
    assert "pwned" in search.stdout and "\x1b" not in search.stdout and UNSAFE.search(search.stdout) is None
    for fmt in ("csv", "json"):
        out = tmp_path / f"export.{fmt}"
        p = station("records", "export", "--format", fmt, "--output", str(out), "--db", str(db_path))
        assert p.returncode == 0, p.stderr
        text = out.read_text(encoding="utf-8")
        assert "pwned" in text and "\\u001b" not in text and UNSAFE.search(text.replace("\n", "")) is None, fmt


def test_exports_escape_text_stored_before_the_sink_cleaned_it(db_path: Path, tmp_path: Path) -> None:
    # A database written by an older station (or any other writer): the store holds the raw text.
    with RecordStore(db_path) as store:
        attempt = store.begin_attempt(run_id="old", port=PORT, unit=1, at=T0, station_id="line-1", operator="bob",
                                      batch="A")
        store.identify(attempt, serial="SN-OLD", model="sensor-a", hw_revision="B", fw_version=HOSTILE,
                       thing_name="demo-SN-OLD")
        store.finish_failed(attempt, at=T0 + 1, step="updating", cause=HOSTILE, remedy=HOSTILE, created=[HOSTILE])
        records = store.by_serial("SN-OLD")
    assert HOSTILE in records[0].fw_version  # really stored raw
    out = tmp_path / "x.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        write_csv(records, f)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows[0]["fw_version"].startswith("bad\\x1b[2J") and UNSAFE.search(out.read_text(encoding="utf-8")) is None
    with (tmp_path / "x.json").open("w", encoding="utf-8") as f:
        write_json(records, f)
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert UNSAFE.search(json.dumps(data, ensure_ascii=False)) is None
