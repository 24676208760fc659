"""The demo command end to end: JSON events, a summary with every unit passed, and no private key on the host."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(240)
PRIVATE_KEY = re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----")


def test_demo_json_all_pass_and_no_private_key_on_the_host(station_home: Path, tmp_path: Path) -> None:
    state = station_home / "data" / "demo-cloud"
    env = {**os.environ, "STATION_HOME": str(station_home), "TMPDIR": str(tmp_path)}
    # A mixed demo: 2 reference boards and 2 virtual nRF91 modems, each bound to its driver automatically.
    proc = subprocess.run([sys.executable, "-m", "station", "demo", "--boards", "4", "--nrf91", "2", "--json",
                           "--state-dir", str(state)], capture_output=True, text=True, env=env, timeout=200)
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    summary = events[-1]
    assert summary["event"] == "summary"
    assert (summary["passed"], summary["failed"], summary["running"], summary["ready"]) == (4, 0, 0, 4)
    assert all(u["versions"] == {"firmware": "1.1.0", "config": "1"} for u in summary["units"])
    notes = [e["note"] for e in events if e["event"] == "progress" and e["step"] == "updating"]
    assert any("firmware 1.1.0: download" in n for n in notes)
    assert any("firmware 1.1.0: rebooting" in n for n in notes)
    assert {e["event"] for e in events} >= {"detected", "identified", "step-started", "step-finished", "progress",
                                           "passed"}
    drivers = sorted(e["driver"] for e in events if e["event"] == "detected")
    assert drivers == ["nrf91", "nrf91", "reference", "reference"]
    assert sorted(u["thing_name"].startswith("nrf-") for u in summary["units"]) == [False, False, True, True]
    # CSR path: keys are made on the (virtual) boards; nothing on the host may hold one.
    scanned = 0
    for root in (station_home, tmp_path):
        for path in root.rglob("*"):
            if path.is_file():
                scanned += 1
                assert not PRIVATE_KEY.search(path.read_bytes()), f"private key material in {path}"
    assert (station_home / "logs" / "station.log").stat().st_size > 0
    assert scanned >= 2


def test_demo_exit_code_is_nonzero_when_a_unit_fails(station_home: Path) -> None:
    env = {**os.environ, "STATION_HOME": str(station_home)}
    proc = subprocess.run([sys.executable, "-m", "station", "demo", "--boards", "2", "--plain", "--fault",
                           "2=silent"], capture_output=True, text=True, env=env, timeout=200)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"1 passed( \(1 ready\))?, 1 failed", proc.stdout)
    assert "FAILED at identifying" in proc.stdout and "remedy:" in proc.stdout
