"""A command-line tool waiting on AWS says so: the gateway's retries reach stderr, and the command succeeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.cloud.connect import EmbeddedCloud
from station.localcloud.faultproxy import FaultProxy
from tests.integration.test_provision_cli import line_profile

pytestmark = [pytest.mark.timeout(180), pytest.mark.cloud]


def test_a_throttled_command_says_it_waits_and_then_answers(tmp_path: Path, embedded: EmbeddedCloud,
                                                             station_home: Path) -> None:
    assert embedded.endpoints is not None
    proxy = FaultProxy(embedded.endpoints.http_url)
    url = proxy.start()
    try:
        proxy.throttle(2)  # the next two requests, whatever they are, answer ThrottlingException
        env = {**os.environ, **embedded.credentials_env(), "STATION_HOME": str(station_home),
               "AWS_EC2_METADATA_DISABLED": "true"}
        proc = subprocess.run([sys.executable, "-m", "station", "job", "list", "--json",
                               "--profile", str(line_profile(tmp_path, embedded, http_url=url))],
                              capture_output=True, text=True, env=env, timeout=120)
    finally:
        proxy.stop()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    waits = [line for line in proc.stderr.splitlines() if line.startswith("waiting for AWS: ")]
    assert len(waits) == 2 and all("AWS is throttling requests" in w for w in waits), proc.stderr
    assert all(json.loads(line) for line in proc.stdout.splitlines())  # the answer itself is untouched
    assert proxy.stats()["throttled"] == 2
