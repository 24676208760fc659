"""The standalone agent (python -m station.virtual.agent) with certificate files, as against real AWS IoT."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.agent.conftest import Cloud


def test_standalone_agent_installs_and_keeps_state(cloud: Cloud, tmp_path: Path) -> None:
    thing = "sensor-a-STANDALONE1"
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
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        job = cloud.job(thing, cloud.image("1.4.0"))
        deadline = time.monotonic() + 20
        while (status := cloud.iot.describe_job_execution(jobId=job, thingName=thing)["execution"]["status"]) \
                not in ("SUCCEEDED", "FAILED", "REJECTED") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status == "SUCCEEDED"
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0, out
    assert "PRIVATE KEY" not in out
    saved = json.loads((state / "firmware.json").read_text())
    assert saved["slots"][saved["active"]] == "1.4.0" and saved["breadcrumb"] is None
    assert sorted(p.name for p in state.iterdir()) == ["firmware.json"]  # nothing else, no key
