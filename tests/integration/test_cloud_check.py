"""`station cloud check` and the start-up quick check against the embedded cloud (and the CLI as a subprocess)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import boto3
import pytest

from station.cloud.adapter import IotCloud
from station.cloud.check import (
    Status,
    check_cloud,
    critical_calls,
    health,
    quick_check,
    quota_results,
    shipped_defaults,
)
from station.cloud.connect import EmbeddedCloud
from station.cloud.policy import station_iam_policy_for
from station.profile import GroupRule, Profile, default_profile_text
from tests.integration.helpers import with_profile
from tests.integration.test_provision_cli import line_profile as shared_line_profile
from tests.line_pins import with_own_pins

pytestmark = pytest.mark.timeout(180)

ADMIN = "test"  # the embedded account administrator's key (ministack's root); signatures are not verified


def admin_iam(embedded: EmbeddedCloud) -> Any:
    assert embedded.endpoints is not None
    return boto3.client("iam", endpoint_url=embedded.endpoints.http_url, aws_access_key_id=ADMIN,
                        aws_secret_access_key=ADMIN, region_name=embedded.endpoints.region)


def user_cloud(embedded: EmbeddedCloud, name: str, policy: dict[str, Any]) -> IotCloud:
    """A new IAM user with this inline policy, and the station's IotCloud acting as that user."""
    iam = admin_iam(embedded)
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="station", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    assert embedded.cloud is not None
    return IotCloud(replace(embedded.cloud.target, access_key_id=key["AccessKeyId"],
                            secret_access_key=key["SecretAccessKey"]))


def station_policy(profile: Profile, *, simulate_as: str = "", drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """The station IAM policy for the profile (self-simulation if ``simulate_as``), minus the ``drop`` actions."""
    doc = station_iam_policy_for(profile, account="000000000000", region=profile.cloud.region, partition="aws",
                                 principal_arn=simulate_as)
    statements = []
    for st in doc["Statement"]:
        actions = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
        kept = [a for a in actions if a not in drop]
        if kept:
            statements.append({**st, "Action": kept})
    if simulate_as:
        # The policy scopes self-simulation to the principal's ARN; the embedded cloud judges
        # iam:SimulatePrincipalPolicy without a resource, so it is granted here on "*" as well.
        statements.append({"Effect": "Allow", "Action": ["iam:SimulatePrincipalPolicy"], "Resource": "*"})
    return {**doc, "Statement": statements}


def arn_of(user: str) -> str:
    return f"arn:aws:iam::000000000000:user/{user}"


def by_name(report_results: list[Any]) -> dict[str, Any]:
    return {r.name: r for r in report_results}


# -- the check as a library ------------------------------------------------------------------------------------
def test_healthy_account_passes(embedded: EmbeddedCloud, profile: Profile) -> None:
    cloud = user_cloud(embedded, "line-1", station_policy(profile, simulate_as=arn_of("line-1")))
    report = check_cloud(cloud, profile)
    results = by_name(report.results)
    assert report.exit_code == 0, [r for r in report.results if r.status == Status.PROBLEM]
    assert results["account"].value == "000000000000"
    assert results["credentials"].value == arn_of("line-1")
    assert results["clock"].ok
    for name in ("policy provisioning-station-device", "thing type sensor-a", "thing type gateway-x",
                 "thing group sensor-a", "thing group sensor-a-rev-b", "thing group gateways"):
        assert results[name].ok, results[name]
    assert results[f"catalog s3://{profile.catalog.bucket}/{profile.catalog.prefix}"].ok
    assert results["permissions"].ok and "indicative" in results["permissions"].detail
    assert results["endpoint"].ok and results["endpoint TLS"].ok
    assert results["endpoint 443 ALPN"].status == Status.UNCHECKED
    assert "not applicable" in results["endpoint 443 ALPN"].detail
    assert report.line_rate is not None and report.line_rate.units_per_hour > 0


def test_the_embedded_station_identity_is_ready(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    report = check_cloud(embedded.cloud, profile)
    assert report.exit_code == 0, report.problems
    quick = quick_check(embedded.cloud, embedded=True)
    assert [r.name for r in quick] == ["region", "credentials", "account", "clock", "endpoint"]
    state = health(quick, embedded=True, region=profile.cloud.region, demo=True)
    assert state.ok and state.indicator == "embedded demo · ok"


def test_missing_bootstrap_resources_are_named(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.admin_cloud is not None
    embedded.admin_cloud.iot.delete_thing_group(thingGroupName="gateways")
    rule = GroupRule(name="never-made", model="sensor-a", hw_revision="Z")
    never_made = with_profile(profile, groups=(*profile.groups, rule))
    cloud = user_cloud(embedded, "line-2", station_policy(never_made))
    report = check_cloud(cloud, never_made)
    problems = {r.name: r for r in report.problems}
    assert {"thing group gateways", "thing group never-made"} <= set(problems), list(problems)
    assert "does not exist" in problems["thing group never-made"].detail
    assert "station cloud bootstrap" in problems["thing group never-made"].remedy
    assert report.exit_code == 1


def test_missing_permission_is_named(embedded: EmbeddedCloud, profile: Profile) -> None:
    profile = with_profile(profile, policy_attach_to="certificate")  # the station then needs AttachPolicy
    cloud = user_cloud(embedded, "line-3", station_policy(profile, simulate_as=arn_of("line-3"),
                                                          drop=("iot:AttachPolicy", "iot:AddThingToThingGroup")))
    report = check_cloud(cloud, profile)
    problems = {r.name: r for r in report.problems}
    assert set(problems) == {"permission iot:AttachPolicy", "permission iot:AddThingToThingGroup"}, list(problems)
    attach = problems["permission iot:AttachPolicy"]
    assert arn_of("line-3") in attach.detail and ":cert/*" in attach.detail and "indicative" in attach.detail
    assert "station IAM policy" in attach.remedy
    assert "thinggroup/sensor-a" in problems["permission iot:AddThingToThingGroup"].detail
    assert report.exit_code == 1


@pytest.mark.parametrize("mode", ["factory-ca", "fleet-claim"])
def test_the_volume_modes_need_no_per_unit_write_and_have_no_quota_bound(embedded: EmbeddedCloud, profile: Profile,
                                                                       mode: str) -> None:
    """The check asks the station role only what that mode's station does, and says no API quota binds the line."""
    profile = with_profile(profile, cert_mode=mode)
    user = f"line-{mode}"
    cloud = user_cloud(embedded, user, station_policy(profile, simulate_as=arn_of(user)))
    report = check_cloud(cloud, profile)
    results = by_name(report.results)
    assert results["permissions"].ok, [r for r in report.problems]
    assert not any(r.name in ("permission iot:CreateThing", "permission iot:AttachThingPrincipal")
                   for r in report.results)
    assert report.line_rate is None and "not by the account's API quotas" in results["line rate"].detail
    # The csr mode's role is not what these modes need: it lacks their calls and the check names them.
    csr_role = user_cloud(embedded, f"{user}-csr", station_policy(with_profile(profile, cert_mode="csr"),
                                                                    simulate_as=arn_of(f"{user}-csr")))
    missing = {r.name for r in check_cloud(csr_role, profile).problems}
    wanted = "permission iot:RegisterCertificate" if mode == "factory-ca" else "permission iot:CreateProvisioningClaim"
    assert wanted in missing, missing


def test_simulation_not_permitted_is_said_not_guessed(embedded: EmbeddedCloud, profile: Profile) -> None:
    cloud = user_cloud(embedded, "line-4", station_policy(profile))  # no iam:SimulatePrincipalPolicy
    results = by_name(check_cloud(cloud, profile).results)
    permissions = results["permissions"]
    assert permissions.status == Status.UNCHECKED
    assert permissions.detail.startswith("could not simulate: the station identity lacks iam:SimulatePrincipalPolicy")
    assert not any(name.startswith("permission ") for name in results)


def test_unreachable_endpoint_is_named(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    with socket.create_server(("127.0.0.1", 0)) as s:
        closed = s.getsockname()[1]
    cloud = IotCloud(replace(embedded.cloud.target, mqtt_endpoint=f"127.0.0.1:{closed}"))
    quick = quick_check(cloud, embedded=True)
    endpoint = by_name(quick)["endpoint"]
    assert endpoint.status == Status.PROBLEM and f"127.0.0.1:{closed}" in endpoint.detail
    assert endpoint.short == "endpoint unreachable"
    state = health(quick, embedded=True, region="us-east-1")
    assert not state.ok and state.indicator == "embedded cloud · endpoint unreachable"
    assert check_cloud(cloud, profile).exit_code == 1


def test_quotas_unavailable_fall_back_to_the_shipped_table(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    # Asked as for AWS: the embedded cloud has no Service Quotas service, so the answer is "not available".
    results, rate = quota_results(embedded.cloud, profile, embedded=False)
    quotas = by_name(results)["quotas"]
    assert quotas.status == Status.UNCHECKED and "not available" in quotas.detail and "shipped" in quotas.detail
    shipped = shipped_defaults().tps
    slowest = min(critical_calls(profile), key=lambda op: shipped[op])
    assert rate.units_per_hour == 3600 * shipped[slowest] and slowest in rate.binding
    assert all(source.startswith("shipped default") for source in rate.sources.values())
    line = by_name(results)["line rate"]
    assert f"{3600 * shipped[slowest]:,.0f} units/hour" in line.detail and slowest in line.detail
    _results, grouped_rate = quota_results(embedded.cloud, with_profile(profile, policy_attach_to="group"),
                                           embedded=True)
    assert "AttachPolicy" not in grouped_rate.binding and "AttachPolicy" not in grouped_rate.calls


# -- the CLI ------------------------------------------------------------------------------------------------
def line_profile(tmp_path: Path, embedded: EmbeddedCloud, *, http_url: str = "") -> Path:
    return shared_line_profile(tmp_path, embedded, http_url=http_url,
                               name="line-down.toml" if http_url else "line.toml")


def run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "STATION_HOME": str(home), "AWS_EC2_METADATA_DISABLED": "true", **env}
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def test_cli_exit_codes_and_json(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> None:
    creds = embedded.credentials_env()
    ok = run(["cloud", "check", "--profile", str(line_profile(tmp_path, embedded)), "--json"], station_home, **creds)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    lines = [json.loads(line) for line in ok.stdout.splitlines()]
    summary = lines[-1]
    assert summary["event"] == "summary" and summary["ready"] is True and summary["exit"] == 0
    assert summary["line_rate"]["units_per_hour"] > 0
    checks = {line["name"]: line for line in lines[:-1]}
    assert all(line["event"] == "check" for line in lines[:-1])
    assert checks["account"]["value"] == "000000000000" and checks["account"]["status"] == "ok"

    assert embedded.admin_cloud is not None
    embedded.admin_cloud.iot.delete_thing_group(thingGroupName="gateways")
    missing = run(["cloud", "check", "--profile", str(line_profile(tmp_path, embedded))], station_home, **creds)
    assert missing.returncode == 1, missing.stdout + missing.stderr
    assert "PROBLEM   thing group gateways: does not exist" in missing.stdout
    assert "remedy: Run `station cloud bootstrap --profile" in missing.stdout
    assert "NOT READY" in missing.stdout and "Traceback" not in missing.stderr

    with socket.create_server(("127.0.0.1", 0)) as s:
        closed = s.getsockname()[1]
    down = run(["cloud", "check", "--json", "--profile",
                str(line_profile(tmp_path, embedded, http_url=f"http://127.0.0.1:{closed}"))], station_home, **creds)
    assert down.returncode == 2, down.stdout + down.stderr
    first = json.loads(down.stdout.splitlines()[-2])
    assert first["name"] == "credentials" and first["blocking"] and "cannot reach" in first["detail"]
    assert "Traceback" not in down.stderr


def aws_profile(tmp_path: Path) -> Path:
    text = with_own_pins(default_profile_text()).replace('kind = "embedded"', 'kind = "aws"').replace(
        'profile = ""', 'profile = "line-pc"')
    path = tmp_path / "aws.toml"
    path.write_text(text)
    return path


def test_no_credentials_exit_2_with_the_login_command(tmp_path: Path, station_home: Path) -> None:
    # tests/conftest.py points AWS_CONFIG_FILE at a missing file: no profile, no credentials, no network.
    text = with_own_pins(default_profile_text()).replace('kind = "embedded"', 'kind = "aws"')
    path = tmp_path / "aws-default.toml"
    path.write_text(text)
    check = run(["cloud", "check", "--profile", str(path)], station_home)
    assert check.returncode == 2, check.stdout + check.stderr
    assert "no AWS credentials were found" in check.stdout and "aws sso login" in check.stdout
    assert "Traceback" not in check.stderr

    named = run(["cloud", "check", "--profile", str(aws_profile(tmp_path)), "--json"], station_home)
    assert named.returncode == 2
    result = json.loads(named.stdout.splitlines()[0])
    assert result["status"] == "problem" and "line-pc" in result["detail"] and "line-pc" in result["remedy"]


def test_provision_refuses_to_start_without_credentials(tmp_path: Path, station_home: Path) -> None:
    text = with_own_pins(default_profile_text()).replace('kind = "embedded"', 'kind = "aws"')
    path = tmp_path / "aws-default.toml"
    path.write_text(text)
    proc = run(["provision", "--profile", str(path), "--port", "socket://127.0.0.1:1", "--json"], station_home)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "error during cloud check" in proc.stderr and "no AWS credentials were found" in proc.stderr
    assert "remedy:" in proc.stderr and "aws sso login" in proc.stderr and "AWS_PROFILE" in proc.stderr
    assert "us-east-1" in proc.stderr  # which region it tried
    assert not [line for line in proc.stdout.splitlines() if '"detected"' in line]  # no unit started
