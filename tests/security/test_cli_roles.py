"""QA and engineer commands of the real `station` CLI (subprocesses) need the role's PIN, count wrong PINs
against the lockout, and write every attempt and action to the chained, anchored audit trail."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.profile import load_profile
from tests.jobs.conftest import add_unit
from tests.security.line_roles import ENGINEER_PIN, QA_PIN, roles_profile

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(240)]


class Cli:
    def __init__(self, profile: Path, home: Path, credentials: dict[str, str]) -> None:
        self.profile = profile
        env = {k: v for k, v in os.environ.items() if k != "STATION_PIN"}
        self.env = {**env, **credentials, "STATION_HOME": str(home)}

    def run(self, *args: str, pin: str | None = None, stdin: str | None = None,
            expect: int = 0) -> tuple[list[dict[str, Any]], str]:
        """``pin``: in STATION_PIN; ``stdin``: piped in (with --pin-stdin); neither: no terminal, no PIN."""
        env = dict(self.env)
        if pin is not None:
            env["STATION_PIN"] = pin
        cmd = [sys.executable, "-m", "station", *args, "--json"]
        if args[0] != "records" or "--verify" in args:
            cmd += ["--profile", str(self.profile)]
        proc = subprocess.run(cmd, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                              capture_output=True, text=True, env=env, timeout=90)
        assert proc.returncode == expect, (args, proc.stdout, proc.stderr)
        return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")], proc.stderr

    def audit(self) -> list[dict[str, Any]]:
        return self.run("records", "audit")[0]


@pytest.fixture
def cli(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> Cli:
    path = roles_profile(tmp_path, embedded, extra='\n[records]\ns3_prefix = "records/"\n')
    embedded.grant(load_profile(path))  # the station's identity gets this profile's records statements
    assert embedded.cloud is not None
    add_unit(embedded.cloud, "sensor-a-0001", "sensor-a", "sensor-a")
    (tmp_path / "fw.bin").write_bytes(b"\x01" * 4000)
    return Cli(path, station_home, embedded.credentials_env())


def test_qa_and_engineer_commands_need_the_pin_and_are_audited_with_the_os_user(cli: Cli, tmp_path: Path) -> None:
    fw = str(tmp_path / "fw.bin")
    # No PIN and no terminal to ask on: refused before anything reaches the cloud.
    _, err = cli.run("catalog", "upload", "firmware", "--model", "sensor-a", "--version", "1.0.0", "--file", fw,
                     expect=2)
    assert "needs the engineer role and no PIN was given" in err and "STATION_PIN" in err
    # The QA PIN does not unlock an engineer command.
    _, err = cli.run("catalog", "upload", "firmware", "--model", "sensor-a", "--version", "1.0.0", "--file", fw,
                     pin=QA_PIN, expect=2)
    assert "wrong engineer PIN" in err
    assert cli.run("catalog", "list")[0] == []
    cli.run("catalog", "upload", "firmware", "--model", "sensor-a", "--version", "1.0.0", "--file", fw,
            pin=ENGINEER_PIN)
    [rel], _ = cli.run("release", "firmware", "1.0.0", "--group", "sensor-a", "--pin-stdin",
                       stdin=ENGINEER_PIN + "\n")
    assert rel["action"] == "created"

    _, err = cli.run("job", "update", "--target", "sensor-a-0001", "--version", "1.0.0", "--forced", expect=2)
    assert "needs the qa role" in err
    [upd], _ = cli.run("job", "update", "--target", "sensor-a-0001", "--version", "1.0.0", "--forced", pin=QA_PIN)
    # The engineer may do what QA may.
    [canceled], _ = cli.run("job", "cancel", upd["job_id"], "--force", "--comment", "dead unit", "--pin-stdin",
                            stdin=f"  {ENGINEER_PIN}  \n")
    assert canceled["status"] in ("CANCELED", "CANCELLATION_IN_PROGRESS")
    cli.run("job", "list")  # reading needs no role and writes no entry

    me = getpass.getuser()
    entries = cli.audit()
    assert all(e["who"] == me for e in entries)
    actions = [(e["action"], e["role"], e["outcome"]) for e in entries if e["action"] != "unlock"]
    assert actions == [("catalog-upload", "engineer", "done"), ("release", "engineer", "done"),
                       ("update", "qa", "done"), ("cancel", "engineer", "done")]
    unlocks = [(e["role"], e["outcome"], e["parameters"].get("credential", "")) for e in entries
               if e["action"] == "unlock"]
    assert unlocks == [("engineer", "no PIN given", ""), ("engineer", "wrong PIN", "environment"),
                       ("engineer", "ok", "environment"), ("engineer", "ok", "stdin"), ("qa", "no PIN given", ""),
                       ("qa", "ok", "environment"), ("engineer", "ok", "stdin")]
    by_action = {e["action"]: e for e in entries}
    assert by_action["update"]["target"] == "sensor-a-0001"
    assert by_action["update"]["parameters"] == {"version": "1.0.0", "forced": True, "model": "", "via": "cli",
                                                 "credential": "environment"}
    assert by_action["cancel"]["parameters"]["force"] is True and by_action["cancel"]["target"] == upd["job_id"]
    assert all(QA_PIN not in json.dumps(e) and ENGINEER_PIN not in json.dumps(e) for e in entries)

    # Each command anchored the chain's head in S3 as it ended: the trail verifies up to its last entry.
    [verified], _ = cli.run("records", "audit", "--verify")
    assert verified["ok"] and verified["last_anchored"] == verified["head_entry"] == len(entries)


def test_a_failed_action_is_audited_with_its_cause(cli: Cli) -> None:
    cli.run("job", "cancel", "no-such-job", pin=QA_PIN, expect=2)
    [entry] = [e for e in cli.audit() if e["action"] == "cancel"]
    assert entry["outcome"].startswith("failed: ") and entry["target"] == "no-such-job"


def test_wrong_pins_lock_the_cli_out_even_for_the_right_one(cli: Cli) -> None:
    for wrong in ("1111", "2222"):
        _, err = cli.run("job", "config-upload", "--thing", "sensor-a-0001", pin=wrong, expect=2)
        assert err.startswith("error during role: wrong qa PIN\n")
    _, err = cli.run("job", "config-upload", "--thing", "sensor-a-0001", pin="3333", expect=2)
    assert "wrong qa PIN; locked for 30 s" in err  # the third wrong PIN in a row starts the lockout
    # Within the lockout (30 s, the default) the right PIN is not even checked: each process starts afresh,
    # so the count lives in the audit trail.
    _, err = cli.run("job", "config-upload", "--thing", "sensor-a-0001", pin=QA_PIN, expect=2)
    assert "too many wrong PINs" in err
    outcomes = [e["outcome"] for e in cli.audit() if e["action"] == "unlock"]
    assert outcomes == ["wrong PIN", "wrong PIN", "wrong PIN", "locked out"]
    assert not [e for e in cli.audit() if e["action"] == "config-upload"]


def test_reconcile_fix_needs_the_engineer_and_bootstrap_is_audited_with_its_aws_identity(
        cli: Cli, embedded: EmbeddedCloud) -> None:
    # A dry run changes nothing and needs no role; --fix retires certificates: the engineer's action.
    cli.run("reconcile")
    _, err = cli.run("reconcile", "--fix", pin=QA_PIN, expect=2)
    assert "wrong engineer PIN" in err
    cli.run("reconcile", "--fix", pin=ENGINEER_PIN)
    # Bootstrap has no PIN: it runs as the engineer's own AWS identity, which the audit entry names.
    cli.env.update(embedded.credentials_env("engineer"))
    cli.run("cloud", "bootstrap")
    entries = cli.audit()
    done = {(e["action"], e["role"], e["outcome"]) for e in entries if e["action"] != "unlock"}
    assert done == {("reconcile-fix", "engineer", "done"), ("cloud-bootstrap", "engineer", "done")}
    [boot] = [e for e in entries if e["action"] == "cloud-bootstrap"]
    assert boot["who"] == getpass.getuser() and boot["parameters"]["via"] == "cli"
    assert boot["parameters"]["credential"].startswith("AWS identity arn:") and "station-engineer" in \
        boot["parameters"]["credential"]
