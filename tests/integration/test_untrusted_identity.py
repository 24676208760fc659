"""A board's identity is untrusted: a field with a newline, markup or escape codes is refused at identifying."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from station.cli.render import LineRenderer
from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.pipeline.events import EventBus, UnitFailed
from station.profile import Profile
from station.records import RecordStore, SqliteSink
from station.virtual.faults import FaultPlan
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import cloud_inventory, iot_client, run_station

pytestmark = pytest.mark.timeout(180)
ROOT = Path(__file__).resolve().parents[2]


def cloud_of(embedded: EmbeddedCloud) -> IotCloud:
    assert embedded.cloud is not None
    return embedded.cloud


@pytest.mark.parametrize(("spec", "reported_serial", "field"), [
    (BoardSpec("sensor-a", "B"), "AB12\n", "serial number"),
    (BoardSpec("sensor-a", "B", fw_version="<b><font color=green size=7>PASS"), None, "firmware version"),
    (BoardSpec("sensor-a", "B", product_line="sensors\x1b[2J"), None, "product line"),
    (BoardSpec("sensor-a", "B\u202e"), None, "hardware revision"),
], ids=["serial-newline", "firmware-markup", "line-escape", "hw-bidi"])
def test_a_bad_identity_field_is_refused_at_identifying_naming_it(
        profile: Profile, embedded: EmbeddedCloud, spec: BoardSpec, reported_serial: str | None,
        field: str) -> None:
    faults = {0: FaultPlan(duplicate_serial=reported_serial)} if reported_serial else None
    with VirtualFleet(specs=[spec], faults=faults, run_agent=False) as fleet:
        summary, events, _ = run_station(profile, cloud_of(embedded), fleet, timeout=60)
    failed = [e for e in events if isinstance(e, UnitFailed)]
    assert summary.failed == 1 and len(failed) == 1, summary.units
    assert failed[0].step.value == "identifying"
    assert f"the board's {field} " in failed[0].cause, failed[0].cause
    assert failed[0].created == []
    assert cloud_inventory(iot_client(cloud_of(embedded)))["things"] == []


UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_a_board_sending_escape_codes_reaches_no_terminal_log_record_or_export(
        profile: Profile, embedded: EmbeddedCloud, tmp_path: Path, log_file: Path) -> None:
    hostile = "1.0\x1b[2J\x1b]0;pwned\x07\u202e"
    db = tmp_path / "records.sqlite"
    out = io.StringIO()
    bus = EventBus()
    bus.subscribe(LineRenderer(out))
    with RecordStore(db) as store, VirtualFleet(specs=[BoardSpec("sensor-a", "B", fw_version=hostile)],
                                                run_agent=False) as fleet:
        bus.subscribe(SqliteSink(store, station_id="line-1", batch="A", operator="alice").on_event)
        summary, _events, _ = run_station(profile, cloud_of(embedded), fleet, timeout=60, bus=bus)
    assert summary.passed + summary.failed == 1
    terminal = out.getvalue()
    assert "pwned" in terminal and UNSAFE.search(terminal.replace("\n", "")) is None
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = log_file.read_text(encoding="utf-8")
    assert "pwned" in log_text and UNSAFE.search(log_text.replace("\n", "")) is None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    listing = subprocess.run([sys.executable, "-m", "station", "records", "list", "--db", str(db)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60, env=env)
    assert listing.returncode == 0, listing.stderr
    assert "pwned" in listing.stdout and UNSAFE.search(listing.stdout.replace("\n", "")) is None
    export = tmp_path / "export.csv"
    p = subprocess.run([sys.executable, "-m", "station", "records", "export", "--format", "csv",
                        "--output", str(export), "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)
    assert p.returncode == 0, p.stderr
    assert UNSAFE.search(export.read_text(encoding="utf-8").replace("\n", "")) is None
