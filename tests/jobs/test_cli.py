"""`station catalog|release|job` through `python -m station` with an aws-kind profile aimed at the embedded cloud."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from tests.integration.test_provision_cli import line_profile
from tests.jobs.conftest import add_unit

pytestmark = pytest.mark.timeout(120)


class Cli:
    def __init__(self, profile: Path, home: Path, credentials: dict[str, str]) -> None:
        self.profile = profile
        # Credentials reach boto3 through its normal chain (the environment), never from a project file:
        # the station's least-privilege identity of the embedded cloud.
        # STATION_PIN: the QA/engineer PIN these commands need (the line profile's, PIN 0000).
        self.env = {**os.environ, **credentials, "STATION_HOME": str(home), "STATION_PIN": "0000"}

    def run(self, *args: str, expect: int = 0) -> tuple[list[dict[str, Any]], str]:
        cmd = [sys.executable, "-m", "station", *args, "--profile", str(self.profile), "--json"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=60)
        assert proc.returncode == expect, (args, proc.stdout, proc.stderr)
        return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()], proc.stderr


@pytest.fixture
def cli(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> Cli:
    return Cli(line_profile(tmp_path, embedded), station_home, embedded.credentials_env())


def test_catalog_release_and_jobs_through_the_cli(tmp_path: Path, cli: Cli, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    add_unit(embedded.cloud, "sensor-a-0001", "sensor-a", "sensor-a")
    (tmp_path / "fw.bin").write_bytes(b"\x01" * 5000)
    (tmp_path / "cfg.json").write_text(json.dumps({"report_interval_s": 10, "log_level": "warning"}))

    [up], _ = cli.run("catalog", "upload", "firmware", "--model", "sensor-a", "--version", "1.2.0",
                      "--file", str(tmp_path / "fw.bin"), "--notes", "first")
    assert up["event"] == "uploaded" and up["size"] == 5000 and up["notes"] == "first"
    cli.run("catalog", "upload", "config", "--model", "sensor-a", "--version", "7",
            "--file", str(tmp_path / "cfg.json"))
    listed, _ = cli.run("catalog", "list", "--model", "sensor-a")
    assert [(e["kind"], e["version"]) for e in listed] == [("firmware", "1.2.0"), ("config", "7")]

    [rel], _ = cli.run("release", "firmware", "1.2.0", "--group", "sensor-a")
    assert (rel["job_id"], rel["action"], rel["document"]["forced"]) == ("fw-sensor-a-1_2_0", "created", False)
    [rel], _ = cli.run("release", "firmware", "1.2.0", "--group", "sensor-a")
    assert rel["action"] == "current"
    [cfg], _ = cli.run("release", "config", "7", "--group", "sensor-a")
    assert cfg["job_id"] == "cfg-sensor-a-7"

    [upd], _ = cli.run("job", "update", "--target", "sensor-a-0001", "--version", "1.2.0", "--forced")
    assert upd["operation"] == "install" and upd["targets"] == ["sensor-a-0001"]
    [cup], _ = cli.run("job", "config-upload", "--thing", "sensor-a-0001")
    assert cup["upload_key"].startswith("catalog/uploads/sensor-a-0001/")
    [shown], _ = cli.run("job", "show", upd["job_id"])
    assert shown["kind"] == "firmware" and shown["forced"] is True
    assert [(e["thing"], e["status"]) for e in shown["executions"]] == [("sensor-a-0001", "QUEUED")]
    [canceled], _ = cli.run("job", "cancel", upd["job_id"])
    assert canceled["status"] in ("CANCELED", "CANCELLATION_IN_PROGRESS")
    jobs, _ = cli.run("job", "list", "--status", "IN_PROGRESS")
    assert {j["job_id"] for j in jobs} == {"fw-sensor-a-1_2_0", "cfg-sensor-a-7", cup["job_id"]}


def test_cli_errors_say_what_to_do(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "bad.json").write_text(json.dumps({"report_interval_s": 10, "log_level": "chatty"}))
    out, err = cli.run("catalog", "upload", "config", "--model", "sensor-a", "--version", "1",
                       "--file", str(tmp_path / "bad.json"), expect=2)
    assert out == [] and "/log_level" in err and "remedy:" in err
    _, err = cli.run("release", "firmware", "9.9", "--group", "gateways", expect=2)
    assert "not in the catalog" in err and "station catalog upload firmware" in err
    _, err = cli.run("job", "update", "--target", "ghost", "--version", "1", expect=2)
    assert "'ghost' is neither a thing nor a thing group" in err
