"""Rework policies (refuse / reprovision / reuse) and two stations on one cloud with one serial."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.pipeline.events import StepFinished, UnitFailed
from station.profile import Profile, ReworkSettings
from station.records import RecordStore
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import active_certs, cloud_inventory, iot_client, run_station
from tests.integration.test_provision_cli import line_profile

pytestmark = pytest.mark.timeout(240)
SPEC = [BoardSpec("sensor-a", "B")]
THING = "sensor-a-VBSENSORA-0001"


def registered(profile: Profile, policy: str, old: str = "inactive") -> Profile:
    return dataclasses.replace(profile, rework=ReworkSettings(policy=policy, old_certificate=old),
                               jobs=dataclasses.replace(profile.jobs, until="registered"))


def test_refuse_policy_leaves_a_provisioned_serial_alone(profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    iot = iot_client(embedded.cloud)
    with VirtualFleet(specs=SPEC) as fleet:
        summary, _, _ = run_station(registered(profile, "reuse"), embedded.cloud, fleet)
        assert summary.passed == 1
        before = cloud_inventory(iot)
        summary, events, _ = run_station(registered(profile, "refuse"), embedded.cloud, fleet)
    failed = next(e for e in events if isinstance(e, UnitFailed))
    assert "already provisioned" in failed.cause and "'refuse'" in failed.cause and failed.created == []
    assert cloud_inventory(iot) == before


@pytest.mark.parametrize("old", ["inactive", "revoked"])
def test_reprovision_gives_a_new_key_and_retires_the_old_certificate(profile: Profile, embedded: EmbeddedCloud,
                                                                     old: str) -> None:
    assert embedded.cloud is not None
    iot = iot_client(embedded.cloud)
    with VirtualFleet(specs=SPEC) as fleet:
        board = fleet.boards[0]
        run_station(registered(profile, "reuse"), embedded.cloud, fleet)
        first = active_certs(iot, THING)[0]["certificateId"]
        first_key = board.public_key_der
        summary, events, _ = run_station(registered(profile, "reprovision", old), embedded.cloud, fleet)
        assert summary.passed == 1, summary.units
        assert board.public_key_der != first_key  # a new key pair, made on the board
        certs = active_certs(iot, THING)
        assert len(certs) == 1 and certs[0]["certificateId"] != first
        assert certificate_public_key(certs[0]["certificatePem"]) == board.public_key_der
        old_cert = iot.describe_certificate(certificateId=first)["certificateDescription"]
        assert old_cert["status"] == old.upper()
        # DetachThingPrincipal is asynchronous on AWS (and in the strict embedded cloud): it takes a moment.
        deadline = time.monotonic() + 10
        while any(p.endswith(first) for p in iot.list_thing_principals(thingName=THING)["principals"]):
            assert time.monotonic() < deadline, "the old certificate was never detached"
            time.sleep(0.2)
        attaching = next(e for e in events if isinstance(e, StepFinished) and e.step.value == "attaching")
        assert f"retired certificate {first[:12]} ({old.upper()})" in attaching.detail  # recorded with the step


def run_station_process(profile_path: Path, url: str, home: Path, station_id: str,
                        credentials: dict[str, str]) -> subprocess.Popen[str]:
    text = profile_path.read_text().replace('id = "line-1-pc-2"', f'id = "{station_id}"').replace(
        'until = "ready"', 'until = "registered"')
    path = home / "profile.toml"
    home.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    env = {**os.environ, **credentials, "STATION_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "station", "provision", "--profile", str(path), "--json",
                             "--count", "1", "--port", url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def test_two_stations_one_serial_one_thing_one_certificate(tmp_path: Path, embedded: EmbeddedCloud) -> None:
    """Two real station processes, one cloud, the same serial plugged into both at the same time."""
    assert embedded.cloud is not None
    iot = iot_client(embedded.cloud)
    profile_path = line_profile(tmp_path, embedded)
    with VirtualFleet(specs=SPEC * 2, faults={1: "dup-serial:VBSENSORA-0001"}) as fleet:
        homes = {"station-a": tmp_path / "a", "station-b": tmp_path / "b"}
        procs = {sid: run_station_process(profile_path, str(board.url), homes[sid], sid,
                                                 embedded.credentials_env())
                 for sid, board in zip(homes, fleet.boards, strict=True)}
        results: dict[str, Any] = {}
        for sid, proc in procs.items():
            out, err = proc.communicate(timeout=120)
            events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
            results[sid] = (proc.returncode, events, err)
        keys = {b.public_key_der for b in fleet.boards if b.public_key_der}

    outcomes = sorted(results[sid][1][-1]["passed"] for sid in results)
    assert outcomes == [0, 1], {sid: r[1][-1] for sid, r in results.items()}
    things = [t["thingName"] for t in iot.list_things()["things"]]
    assert things == [THING]
    certs = active_certs(iot, THING)
    assert len(certs) == 1 and certificate_public_key(certs[0]["certificatePem"]) in keys
    every_cert = {c["certificateId"]: c["status"] for c in iot.list_certificates()["certificates"]}
    assert sorted(every_cert.values()).count("ACTIVE") == 1  # the loser's certificate, if any, is INACTIVE

    # Both stations' records agree with the cloud: one passed with the active certificate, one failed.
    records = {sid: RecordStore(homes[sid] / "data" / "records.sqlite").by_serial("VBSENSORA-0001")
               for sid in homes}
    winner = next(sid for sid, recs in records.items() if recs[0].outcome.value == "passed")
    loser = next(sid for sid in records if sid != winner)
    assert records[winner][0].certificate_id == certs[0]["certificateId"]
    lost = records[loser][0]
    assert lost.outcome.value == "failed" and lost.error is not None
    assert "two stations" in lost.error.cause or "already has an active certificate" in lost.error.cause
    for entry in lost.error.created:
        assert "INACTIVE" in entry
