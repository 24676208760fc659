"""A real station process SIGKILLed mid-pipeline, restarted: nothing orphaned in the cloud, no record lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.records import RecordStore
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import active_certs, iot_client
from tests.integration.test_provision_cli import line_profile

pytestmark = [pytest.mark.timeout(240), pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
SERIAL = "VBSENSORA-0001"
THING = f"sensor-a-{SERIAL}"


def station_cmd(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "station", *args, "--profile", str(profile)]


def env_for(home: Path, credentials: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **credentials, "STATION_HOME": str(home)}


def provision(profile: Path, url: str) -> list[str]:
    return station_cmd(profile, "provision", "--port", url, "--count", "1", "--json", "--until", "registered")


def kill_at(profile: Path, url: str, home: Path, step: str, credentials: dict[str, str]) -> list[dict[str, Any]]:
    """Run a station until it announces ``step``, then SIGKILL it: no clean-up code runs."""
    proc = subprocess.Popen(provision(profile, url), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env_for(home, credentials))
    seen: list[dict[str, Any]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        event = json.loads(line)
        seen.append(event)
        if event["event"] == "step-started" and event["step"] == step:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, seen
    return seen


@pytest.mark.parametrize("step", ["generating-key", "registering", "attaching", "writing", "verifying"])
def test_killed_station_resumes_without_orphans_or_lost_records(step: str, tmp_path: Path, station_home: Path,
                                                                embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    iot = iot_client(embedded.cloud)
    profile = line_profile(tmp_path, embedded)
    env = env_for(station_home, embedded.credentials_env())
    db = station_home / "data" / "records.sqlite"
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")]) as fleet:
        url = str(fleet.boards[0].url)
        before_kill = kill_at(profile, url, station_home, step, embedded.credentials_env())
        finished_steps = [e["step"] for e in before_kill if e["event"] == "step-finished"]

        # No record lost: the killed attempt is there, 'running', with every step that had finished.
        crashed = RecordStore(db).by_serial(SERIAL)[0]
        assert crashed.outcome.value == "running"
        assert [s.step for s in crashed.steps if s.finished_at is not None] == finished_steps

        # The restart says what was interrupted, then the board (still plugged in) resumes and passes.
        rerun = subprocess.run(station_cmd(profile, "provision", "--port", url, "--count", "1", "--until",
                                           "registered", "--plain"),
                               capture_output=True, text=True, env=env, timeout=120)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr
        assert f"interrupted last time: {SERIAL}" in rerun.stdout
        board_key = fleet.boards[0].public_key_der

    records = RecordStore(db).by_serial(SERIAL)
    assert [r.outcome.value for r in records] == ["passed", "interrupted"]
    passed = records[0]

    # Whatever the kill left, reconcile finds and fixes it; afterwards nothing is orphaned.
    fixed = subprocess.run(station_cmd(profile, "reconcile", "--fix", "--json"), env=env,
                           capture_output=True, text=True, timeout=60)
    print(step, "resumed with:", [line for line in rerun.stdout.splitlines() if "registering" in line],
          "reconcile --fix:", fixed.stdout.strip() or "nothing")
    check = subprocess.run(station_cmd(profile, "reconcile", "--json"), capture_output=True, text=True,
                           env=env, timeout=60)
    findings = [json.loads(line) for line in check.stdout.splitlines() if line.startswith("{")]
    assert findings == [], findings
    assert check.returncode == 0

    certs = active_certs(iot, THING)
    assert [c["certificateId"] for c in certs] == [passed.certificate_id]
    from station.cloud.csr import certificate_public_key

    assert certificate_public_key(certs[0]["certificatePem"]) == board_key
    every = iot.list_certificates()["certificates"]
    for cert in every:  # any other certificate in the account is retired, none is active and loose
        if cert["status"] == "ACTIVE":
            assert cert["certificateId"] == passed.certificate_id
    assert [t["thingName"] for t in iot.list_things()["things"]] == [THING]
