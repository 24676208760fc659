"""Every AWS refusal reaches the operator in plain words (step, cause naming what is missing, remedy), never as
"internal error": through `station provision` (a subprocess, exit 1 = a unit failed) and in its record.

The refusals come from the strict embedded cloud itself (a station policy missing a grant, a thing type or
group never bootstrapped) or, for the answers it never gives on its own (InvalidRequest, LimitExceeded, an
expired session token), from the fault proxy in front of it answering exactly as AWS IoT does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from station.cloud.connect import EmbeddedCloud
from station.localcloud.faultproxy import FaultProxy, operation
from station.localcloud.identities import STATION_POLICY, STATION_USER, put_policy, station_policy
from station.profile import load_profile
from station.records import RecordStore
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.test_provision_cli import line_profile

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]


@dataclass(frozen=True)
class Case:
    step: str  # the step the unit fails at
    says: tuple[str, ...]  # in the cause
    remedy: tuple[str, ...]  # in the remedy
    arrange: Callable[[EmbeddedCloud, Path, FaultProxy], Path]  # -> the profile to run with


def locked_line_profile(tmp_path: Path, embedded: EmbeddedCloud, http_url: str = "") -> Path:
    """A real line's profile (kind = aws) whose control plane is the embedded cloud (or ``http_url``)."""
    path = line_profile(tmp_path, embedded, http_url=http_url)
    # A line profile never carries the demo's PINs (refused outside the embedded cloud): roles stay locked.
    lines = [f'{line.split("=", 1)[0].strip()} = ""' if line.startswith(("qa_pin", "engineer_pin")) else line
             for line in path.read_text().splitlines()]
    path.write_text("\n".join(lines) + "\n")
    return path


def _plain(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
    return locked_line_profile(tmp_path, embedded, http_url=proxy.url)


def _without_statement(sid: str) -> Callable[[EmbeddedCloud, Path, FaultProxy], Path]:
    def arrange(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
        assert embedded.admin_cloud is not None
        path = _plain(embedded, tmp_path, proxy)
        doc = station_policy(embedded.admin_cloud, load_profile(path))
        put_policy(embedded.admin_cloud, STATION_USER, STATION_POLICY,
                   {**doc, "Statement": [st for st in doc["Statement"] if st["Sid"] != sid]})
        return path
    return arrange


def _thing_type_never_bootstrapped(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
    path = _plain(embedded, tmp_path, proxy)
    path.write_text(path.read_text().replace('thing_type = "sensor-a"', 'thing_type = "sensor-a-v2"'))
    embedded.grant(load_profile(path))  # the station may create it: only the type itself is missing
    return path


def _group_deleted(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
    assert embedded.admin_cloud is not None
    embedded.admin_cloud.iot.delete_thing_group(thingGroupName="sensor-a-rev-b")
    return _plain(embedded, tmp_path, proxy)


def _proxy_refuses(status: int, code: str, message: str, op: str) -> Callable[[EmbeddedCloud, Path, FaultProxy], Path]:
    def arrange(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
        proxy.refuse(1, code, status, message, match=operation(op))
        return _plain(embedded, tmp_path, proxy)
    return arrange


def _per_certificate(arrange: Callable[[EmbeddedCloud, Path, FaultProxy], Path],
                     ) -> Callable[[EmbeddedCloud, Path, FaultProxy], Path]:
    """The device policy attached per certificate (one AttachPolicy per unit), the station role granted for it."""
    def per_certificate(embedded: EmbeddedCloud, tmp_path: Path, proxy: FaultProxy) -> Path:
        path = arrange(embedded, tmp_path, proxy)
        path.write_text(path.read_text().replace('attach_to = "group"', 'attach_to = "certificate"'))
        embedded.grant(load_profile(path))
        return path
    return per_certificate


CASES: dict[str, Case] = {
    "access-denied": Case(
        "registering", ("iot:CreateThing", "may not", "arn:aws:iot:"), ("station-iam-policy", "cloud check"),
        _without_statement("ThingsUnderTheStationPrefixOnly")),
    "thing-type-not-bootstrapped": Case(
        "registering", ("thing type 'sensor-a-v2' does not exist",), ("station cloud bootstrap",),
        _thing_type_never_bootstrapped),
    "group-not-bootstrapped": Case(
        "attaching", ("sensor-a-rev-b", "does not exist"), ("station cloud bootstrap",), _group_deleted),
    "invalid-request": Case(
        "registering", ("CreateCertificateFromCsr", "invalid", "The certificate signing request is not valid"),
        ("set the board aside",),
        _proxy_refuses(400, "InvalidRequestException", "The certificate signing request is not valid",
                       "CreateCertificateFromCsr")),
    "limit-exceeded": Case(
        "attaching", ("AttachPolicy", "limit", "Policy targets limit exceeded"), ("Service Quotas",),
        _per_certificate(_proxy_refuses(410, "LimitExceededException", "Policy targets limit exceeded",
                                        "AttachPolicy"))),
    "expired-credentials": Case(
        "registering", ("expired", "ExpiredTokenException"), ("aws sso login", "retry the unit"),
        _proxy_refuses(403, "ExpiredTokenException", "The security token included in the request is expired",
                       "CreateThing")),
}


@pytest.fixture
def proxy(embedded: EmbeddedCloud) -> Iterator[FaultProxy]:
    assert embedded.endpoints is not None
    with FaultProxy(embedded.endpoints.http_url) as p:
        yield p


def provision(profile: Path, url: str, home: Path, credentials: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **credentials, "STATION_HOME": str(home), "AWS_EC2_METADATA_DISABLED": "true"}
    return subprocess.run([sys.executable, "-m", "station", "provision", "--profile", str(profile), "--port", url,
                           "--count", "1", "--until", "registered", "--plain"],
                          capture_output=True, text=True, env=env, timeout=180)


@pytest.mark.parametrize("name", list(CASES))
def test_a_refusal_is_explained_in_the_cli_and_the_record(name: str, tmp_path: Path, embedded: EmbeddedCloud,
                                                          proxy: FaultProxy, station_home: Path) -> None:
    case = CASES[name]
    profile = case.arrange(embedded, tmp_path, proxy)
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty") as fleet:
        proc = provision(profile, fleet.urls()[0], station_home, embedded.credentials_env())
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr  # README: 1 = a unit failed
    assert "Traceback" not in proc.stderr and "internal error" not in out + proc.stderr
    # The CLI's summary: "unit N SERIAL: step: cause" then "remedy: ...".
    failed = [line for line in out.splitlines() if line.startswith("  unit ")]
    assert len(failed) == 1, out
    assert f": {case.step}: " in failed[0], failed[0]
    for words in case.says:
        assert words in failed[0], (words, failed[0])
    remedy = out.split("remedy: ", 1)[1].splitlines()[0]
    for words in case.remedy:
        assert words in remedy, (words, remedy)

    # The record says the same.
    with RecordStore() as store:
        [record] = store.query()
    assert record.outcome.value == "failed" and record.error is not None, record
    assert record.error.step == case.step
    for words in case.says:
        assert words in record.error.cause, (words, record.error.cause)
    for words in case.remedy:
        assert words in record.error.remedy, (words, record.error.remedy)
    assert "internal error" not in record.error.cause and "developers" not in record.error.remedy
