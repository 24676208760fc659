"""The standalone agent (python -m station.virtual.agent) with certificate files, as against real AWS IoT."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from station.jobs.documents import JobDocument
from tests.agent.conftest import Cloud


def standalone(cloud: Cloud, tmp_path: Path, thing: str) -> tuple[subprocess.Popen[str], Path]:
    """python -m station.virtual.agent for a new thing, with certificate files as a factory would give them."""
    cloud.iot.create_thing(thingName=thing, thingTypeName="sensor-a")
    keys = cloud.iot.create_keys_and_certificate(setAsActive=True)
    cloud.iot.attach_policy(policyName=cloud.profile.policy_name, target=keys["certificateArn"])
    cloud.iot.attach_thing_principal(thingName=thing, principal=keys["certificateArn"])
    files = {"cert": keys["certificatePem"].encode(), "key": keys["keyPair"]["PrivateKey"].encode(),
             "ca": cloud.embedded.local.ca_pem()}
    for name, data in files.items():
        (tmp_path / f"{name}.pem").write_bytes(data)
    state = tmp_path / "state"
    endpoints = cloud.embedded.endpoints
    assert endpoints is not None
    cmd = [sys.executable, "-m", "station.virtual.agent", "--thing", thing, "--model", "sensor-a",
           "--endpoint", f"127.0.0.1:{endpoints.mqtt_port}", "--state-dir", str(state), "--reboot-time", "0.1",
           *(arg for name in files for arg in (f"--{name}", str(tmp_path / f"{name}.pem")))]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True), state


def wait_terminal(cloud: Cloud, thing: str, job: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while (status := cloud.iot.describe_job_execution(jobId=job, thingName=thing)["execution"]["status"]) \
            not in ("SUCCEEDED", "FAILED", "REJECTED") and time.monotonic() < deadline:
        time.sleep(0.1)
    return str(status)


def test_standalone_agent_installs_and_keeps_state(cloud: Cloud, tmp_path: Path) -> None:
    thing = "sensor-a-STANDALONE1"
    proc, state = standalone(cloud, tmp_path, thing)
    try:
        job = cloud.job(thing, cloud.image("1.4.0"))
        assert wait_terminal(cloud, thing, job) == "SUCCEEDED"
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0, out
    assert "PRIVATE KEY" not in out
    saved = json.loads((state / "firmware.json").read_text())
    assert saved["slots"][saved["active"]] == "1.4.0" and saved["breadcrumb"] is None
    assert sorted(p.name for p in state.iterdir()) == ["firmware.json"]  # nothing else, no key


def test_standalone_agent_log_is_redacted(cloud: Cloud, tmp_path: Path) -> None:
    thing = "sensor-a-STANDALONE2"
    proc, _state = standalone(cloud, tmp_path, thing)
    token = "FQoGZXIvYXdzEJr" + "7" * 40  # a session token as a pre-signed URL carries it
    url = f"http://127.0.0.1:1/firmware.bin?X-Amz-Security-Token={token}&X-Amz-Expires=300"
    try:
        # The agent logs every job it receives with its document, pre-signed URL included.
        job = cloud.job(thing, JobDocument("install", url, version="1.5.0", sha256="0" * 64, size=10,
                                           model="sensor-a"))
        assert wait_terminal(cloud, thing, job) == "FAILED"
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0, out
    assert "X-Amz-Security-Token=[REDACTED]" in out, out
    assert token not in out
