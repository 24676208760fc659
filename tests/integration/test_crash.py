"""A real station process SIGKILLed at seeded random moments across provisioning and job following, restarted:
the killed attempt is marked interrupted, the board resumes, reconcile leaves nothing orphaned or duplicated,
and no finished step is lost from the records.

Trial ``n`` draws its moment from ``random.Random(n)``: a step, its start or its end, and a delay after that
event; rerun one with ``-k 'trial and 7]'``. Five trials run by default (seeds whose moments span registering,
attaching, writing, connecting and updating), the other fifteen carry the ``slow`` marker.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.jobs.demo_content import seed_demo_catalog
from station.profile import default_profile_text, load_profile
from station.records import RecordStore
from station.records.reconcile import reconcile
from station.virtual.board import VirtualBoard
from tests.faults.accounting import duplicates, recorded_certificates, unaccounted
from tests.integration.helpers import active_certs, iot_client

pytestmark = [pytest.mark.timeout(240), pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
STEPS = ["identifying", "generating-key", "registering", "attaching", "writing", "verifying", "connecting",
         "updating"]
TRIALS = range(1, 21)
DEFAULT_TRIALS = (1, 3, 5, 9, 17)


@dataclass(frozen=True)
class Moment:
    """When trial ``seed`` kills the station: ``delay`` s after the step's start or end event."""

    seed: int
    step: str
    phase: str  # "step-started" or "step-finished"
    delay: float

    @classmethod
    def draw(cls, seed: int) -> Moment:
        rng = random.Random(seed)
        step, phase = rng.choice(STEPS), rng.choice(["step-started", "step-finished"])
        if step == STEPS[-1]:
            phase = "step-started"  # once the last step ends the station exits: there is nothing left to kill
        return cls(seed, step, phase, round(rng.uniform(0.0, 0.4), 3))

    def __str__(self) -> str:
        return f"trial {self.seed}: {self.delay} s after {self.phase} {self.step}"


@dataclass
class Line:
    """One embedded cloud (with the demo catalog released) that every trial provisions against."""

    embedded: EmbeddedCloud
    iot: Any
    root: Path

    def profile(self, station_id: str, tmp: Path) -> Path:
        """A real-line profile (kind = aws) for the embedded cloud, fast job polling, its own station id."""
        endpoints = self.embedded.endpoints
        assert endpoints is not None
        ca = tmp / "device-ca.pem"
        ca.write_bytes(self.embedded.local.ca_pem())
        text = default_profile_text().replace('kind = "embedded"', 'kind = "aws"').replace(
            '# endpoint_url = ""', f'endpoint_url = "{endpoints.http_url}"').replace(
            '# mqtt_endpoint = ""', f'mqtt_endpoint = "{endpoints.mqtt_endpoint}"').replace(
            '# ca_file = ""', f'ca_file = "{ca.as_posix()}"').replace(
            'id = "demo-station"', f'id = "{station_id}"').replace(
            "poll_min = 0.5", "poll_min = 0.2").replace("poll_max = 10.0", "poll_max = 1.0")
        # A line keeps no demo PIN hash (refused off the embedded cloud): its roles stay locked here.
        text = re.sub(r'^(qa_pin|engineer_pin) = ".*"$', r'\1 = ""', text, flags=re.M)
        path = tmp / "line.toml"
        path.write_text(text)
        return path


@pytest.fixture(scope="module")
def line(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Line]:
    pytest.importorskip("ministack")
    root = tmp_path_factory.mktemp("crash-line")
    profile = load_profile(None)
    embedded = EmbeddedCloud(root / "cloud", profile=profile)
    cloud = embedded.start()
    try:
        bootstrap(embedded.as_role("engineer"), profile)
        seed_demo_catalog(cloud, profile)  # continuous jobs: units follow them to "ready"
        yield Line(embedded, iot_client(cloud), root)
    finally:
        embedded.close()


def station_cmd(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "station", *args, "--profile", str(profile)]


def provision(profile: Path, url: str, *extra: str) -> list[str]:
    return station_cmd(profile, "provision", "--port", url, "--count", "1", "--until", "ready", *extra)


def sigkill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it ended first: kill_at reports that
        os.kill(pid, signal.SIGKILL)


def kill_at(cmd: list[str], env: dict[str, str], moment: Moment) -> tuple[list[dict[str, Any]], bool]:
    """Run a station until ``moment``, then SIGKILL it: no clean-up code runs. Returns the events it printed
    and whether it was killed."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen: list[dict[str, Any]] = []
    killer: threading.Timer | None = None
    assert proc.stdout is not None
    for raw in proc.stdout:
        event = json.loads(raw)
        seen.append(event)
        if killer is None and event.get("event") == moment.phase and event.get("step") == moment.step:
            killer = threading.Timer(moment.delay, sigkill, (proc.pid,))
            killer.start()
    proc.wait(timeout=60)
    if killer is not None:
        killer.join()
    assert proc.stderr is not None
    errors = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode in (0, -signal.SIGKILL), errors
    return seen, proc.returncode == -signal.SIGKILL


def trial(moment: Moment, line: Line, tmp: Path) -> None:
    station_id = f"crash-{moment.seed}"
    serial = f"CRASH{moment.seed:04d}"
    thing = f"sensor-a-{serial}"
    home = tmp / "home"
    home.mkdir()
    profile = line.profile(station_id, tmp)
    env = {**os.environ, **line.embedded.credentials_env(), "STATION_HOME": str(home)}
    db = home / "data" / "records.sqlite"
    board = VirtualBoard(serial, "sensor-a", "B", reboot_time=0.1)
    # The line's cloud is shared by the trials: judge only what this one leaves.
    earlier = set(unaccounted(line.iot, []))
    try:
        url = board.start("pty")
        seen, killed = kill_at(provision(profile, url, "--json"), env, moment)
        assert killed, (f"{moment}: the station finished first", seen[-3:])
        print(moment, "killed after", [e.get("event") + " " + str(e.get("step", "")) for e in seen][-2:])

        # No lost step: every step the station announced as finished is in its records (the last event
        # printed may be the one being recorded when the kill came: the CLI prints before it records).
        finished = [e["step"] for e in seen[:-1] if e.get("event") == "step-finished"]
        records = store_records(db, serial)
        if finished:
            crashed = records[0]
            assert crashed.outcome.value in ("running", "passed", "ready")
            recorded = [s.step for s in crashed.steps if s.finished_at is not None]
            assert recorded[:len(finished)] == finished, (recorded, finished)

        # The restart marks the killed attempt interrupted and says so, then the board resumes to ready.
        rerun = subprocess.run(provision(profile, url, "--plain"), capture_output=True, text=True, env=env,
                               timeout=120)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr
        records = store_records(db, serial)
        outcomes = [r.outcome.value for r in records]
        assert outcomes[0] == "ready", outcomes
        assert "running" not in outcomes, outcomes  # nothing left "running": the killed one is interrupted
        if len(records) > 1 and records[1].outcome.value == "interrupted":
            assert f"interrupted last time: {serial}" in rerun.stdout
        board_key = board.public_key_der
    finally:
        board.close()

    # Whatever the kill left, reconcile reports it and --fix retires it: no orphan, no duplicate.
    cloud = line.embedded.cloud
    assert cloud is not None
    with RecordStore(db) as store:
        loose = set(unaccounted(line.iot, recorded_certificates(store))) - earlier
        findings = reconcile(cloud, store, station_id, fix=True)
        assert loose <= {f.resource for f in findings}, (loose, findings)
        assert reconcile(cloud, store, station_id) == []
        assert set(unaccounted(line.iot, recorded_certificates(store))) - earlier == set()
        final = store.by_serial(serial)[0]
    assert {t: c for t, c in duplicates(line.iot).items() if t == thing} == {}
    [cert] = active_certs(line.iot, thing)
    assert cert["certificateId"] == final.certificate_id
    assert certificate_public_key(cert["certificatePem"]) == board_key
    issued_here = {r.certificate_id for r in store_records(db, serial) if r.certificate_id}
    for cid in issued_here - {final.certificate_id}:  # every other certificate of this board is retired
        status = line.iot.describe_certificate(certificateId=cid)["certificateDescription"]["status"]
        assert status != "ACTIVE", cid


def store_records(db: Path, serial: str) -> list[Any]:
    with RecordStore(db) as store:
        return store.by_serial(serial)


@pytest.mark.parametrize("seed", DEFAULT_TRIALS)
def test_kill_trial(seed: int, line: Line, tmp_path: Path) -> None:
    started = time.monotonic()
    trial(Moment.draw(seed), line, tmp_path)
    print(f"trial {seed}: {time.monotonic() - started:.1f} s")


@pytest.mark.slow
@pytest.mark.parametrize("seed", [s for s in TRIALS if s not in DEFAULT_TRIALS])
def test_kill_trial_slow(seed: int, line: Line, tmp_path: Path) -> None:
    trial(Moment.draw(seed), line, tmp_path)
