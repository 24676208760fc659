"""`station provision` says when it stopped with units still running (exit 3), the engineer's refusals of
`cloud bootstrap` are plain words (exit 2), and a listener that breaks (`--json | head -1`) kills no unit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.jobs.demo_content import seed_demo_catalog
from station.profile import Profile
from station.records import RecordStore
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.test_refusals_explained import locked_line_profile

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]


def _env(credentials: dict[str, str]) -> dict[str, str]:
    # tests/conftest.py set this test's own STATION_HOME (records) and an empty AWS config in os.environ.
    return {**os.environ, **credentials, "AWS_EC2_METADATA_DISABLED": "true"}


def _provision(profile: Path, urls: list[str], *extra: str) -> list[str]:
    cmd = [sys.executable, "-m", "station", "provision", "--profile", str(profile), "--json", *extra]
    for url in urls:
        cmd += ["--port", url]
    return cmd


def _events(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def offline_second(embedded: EmbeddedCloud, profile: Profile) -> Any:
    """Two boards with the demo releases to follow; the second never comes online (it waits in 'connecting')."""
    assert embedded.cloud is not None
    seed_demo_catalog(embedded.cloud, profile)
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")] * 2, faults={1: "offline"}) as fleet:
        yield fleet


def test_count_reached_with_a_unit_still_running_is_exit_3(tmp_path: Path, embedded: EmbeddedCloud,
                                                           offline_second: VirtualFleet) -> None:
    proc = subprocess.run(_provision(locked_line_profile(tmp_path, embedded), offline_second.urls(), "--count", "1"),
                          capture_output=True, text=True, env=_env(embedded.credentials_env()), timeout=200)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    summary = _events(proc.stdout)[-1]
    assert summary["event"] == "summary" and summary["passed"] == 1 and summary["running"] == 1, summary
    assert summary["stopped_by"] == "--count 1 reached"
    [unfinished] = [u for u in summary["units"] if u["state"] not in ("passed", "failed")]
    assert unfinished["port"] == offline_second.urls()[1] and unfinished["state"] == "connecting"


def test_ctrl_c_with_a_unit_running_is_exit_3_and_said(tmp_path: Path, embedded: EmbeddedCloud,
                                                       offline_second: VirtualFleet) -> None:
    url = offline_second.urls()[1]
    cmd = _provision(locked_line_profile(tmp_path, embedded), [url], "--plain")
    cmd.remove("--json")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(embedded.credentials_env()))
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            # Read-back verified: the unit goes straight on to "connecting" (rebooting the board, then waiting
            # for its device, which stays offline), before the event loop runs anything else.
            if "verifying" in line and "done in" in line:
                break
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 3, out + err
    assert "0 passed, 0 failed, 1 unfinished" in out
    assert "stopped (Ctrl-C) with 1 unit(s) still running; exit code 3" in out
    assert ": unfinished at connecting" in out, out
    assert "Traceback" not in err


def test_a_reader_that_goes_away_kills_no_unit(tmp_path: Path, embedded: EmbeddedCloud) -> None:
    # `station provision --json ... | head -1`: head reads one event and closes the pipe.
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")] * 2) as fleet:
        proc = subprocess.Popen(_provision(locked_line_profile(tmp_path, embedded), fleet.urls(), "--count", "2",
                                           "--until", "registered"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(embedded.credentials_env()))
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        try:
            err = proc.stderr.read().decode()
            code = proc.wait(timeout=180)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert json.loads(first)["event"] == "detected"
    assert code == 0, err  # both units passed: the broken listener took nothing down with it
    assert "Traceback" not in err and "BrokenPipe" not in err
    with RecordStore() as store:
        outcomes = sorted(r.outcome.value for r in store.query())
    assert outcomes == ["passed", "passed"]


@pytest.fixture
def fresh_account(tmp_path: Path, profile: Profile) -> Iterator[EmbeddedCloud]:
    """The strict embedded cloud with its identities but never bootstrapped."""
    cloud = EmbeddedCloud(tmp_path / "fresh-cloud", profile=profile)
    cloud.start()
    try:
        yield cloud
    finally:
        cloud.close()


def test_bootstrap_refused_for_want_of_rights_says_which_and_who(tmp_path: Path,
                                                                 fresh_account: EmbeddedCloud) -> None:
    # Run with the station's least-privilege keys instead of the engineer's: AWS refuses the first creation.
    proc = subprocess.run([sys.executable, "-m", "station", "cloud", "bootstrap", "--profile",
                           str(locked_line_profile(tmp_path, fresh_account))],
                          capture_output=True, text=True, env=_env(fresh_account.credentials_env("station")),
                          timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    error, remedy, _log = proc.stderr.splitlines()
    assert "may not iot:" in error and "the identity running bootstrap" in error, error
    assert remedy.startswith("remedy: Run 'station cloud bootstrap' as the line engineer"), remedy
    assert "station cloud policy --role engineer" in remedy
