"""Strict mode, authorization: IoT calls are judged on the resources AWS checks (real child, IAM users)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from station.localcloud.launcher import LocalCloud

REGION = "us-east-1"
DENIED = {"AccessDenied", "AccessDeniedException", "403"}


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCloud]:
    state = Path(tmp_path_factory.mktemp("strict-authz"))
    # Not the default strict-calls.jsonl: this module makes an unmapped call on purpose, and the
    # suite's coverage check (tests/conftest.py) fails a run whose default-named logs hold one.
    lc = LocalCloud(state, strict_log=state / "strict-authz-probe.jsonl")
    assert lc.strict, "strict mode must be the launcher's default"
    lc.start()
    try:
        yield lc
    finally:
        lc.stop()


Creds = tuple[str, str]
ROOT: Creds = ("test", "test")


def _client(cloud: LocalCloud, service: str, creds: Creds = ROOT) -> Any:
    boto: Any = boto3
    return boto.client(
        service, endpoint_url=cloud.endpoints.http_url, region_name=REGION,
        aws_access_key_id=creds[0], aws_secret_access_key=creds[1],
        config=Config(retries={"total_max_attempts": 1}, s3={"addressing_style": "path"}),
    )


def _user(cloud: LocalCloud, *statements: dict[str, Any]) -> Creds:
    """An IAM user holding exactly these statements; returns its access key (ministack verifies its signature)."""
    iam = _client(cloud, "iam")
    name = f"u-{uuid.uuid4().hex[:10]}"
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": list(statements)}))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return str(key["AccessKeyId"]), str(key["SecretAccessKey"])


def _allow(action: str | list[str], *resources: str, condition: dict[str, Any] | None = None) -> dict[str, Any]:
    statement: dict[str, Any] = {"Effect": "Allow", "Action": action, "Resource": list(resources)}
    if condition:
        statement["Condition"] = condition
    return statement


def _code(e: ClientError) -> str:
    return str(e.response.get("Error", {}).get("Code", ""))


def _denied(call: Any, **kwargs: Any) -> ClientError:
    with pytest.raises(ClientError) as info:
        call(**kwargs)
    assert _code(info.value) in DENIED, info.value.response
    return info.value


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _thing_and_cert(root: Any) -> tuple[str, str]:
    thing = _name("thing")
    root.create_thing(thingName=thing)
    cert = root.create_keys_and_certificate(setAsActive=True)["certificateArn"]
    return thing, str(cert)


def _log(cloud: LocalCloud) -> list[dict[str, Any]]:
    return [json.loads(line) for line in cloud.strict_log.read_text(encoding="utf-8").splitlines()]


def test_attach_thing_principal_is_judged_on_the_certificate(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, cert = _thing_and_cert(root)
    by_cert = _client(cloud, "iot", _user(cloud, _allow("iot:AttachThingPrincipal", "arn:aws:iot:*:*:cert/*")))
    by_thing = _client(cloud, "iot", _user(cloud, _allow("iot:AttachThingPrincipal", "arn:aws:iot:*:*:thing/*")))
    err = _denied(by_thing.attach_thing_principal, thingName=thing, principal=cert)
    assert "cert/" in str(err)  # AWS (and ministack's message) names the resource checked
    by_cert.attach_thing_principal(thingName=thing, principal=cert)
    assert cert in root.list_thing_principals(thingName=thing)["principals"]


def test_thing_arn_condition_key(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, cert = _thing_and_cert(root)
    other, _ = _thing_and_cert(root)
    key = _user(cloud, _allow("iot:AttachThingPrincipal", "arn:aws:iot:*:*:cert/*", condition={
        "ArnEquals": {"iot:thingArn": f"arn:aws:iot:{REGION}:000000000000:thing/{thing}"}}))
    user = _client(cloud, "iot", key)
    _denied(user.attach_thing_principal, thingName=other, principal=cert)
    user.attach_thing_principal(thingName=thing, principal=cert)


def test_add_thing_to_thing_group_needs_thing_and_group(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, _ = _thing_and_cert(root)
    group = _name("group")
    root.create_thing_group(thingGroupName=group)
    only_thing = _client(cloud, "iot", _user(cloud, _allow("iot:AddThingToThingGroup", "arn:aws:iot:*:*:thing/*")))
    only_group = _client(cloud, "iot", _user(
        cloud, _allow("iot:AddThingToThingGroup", "arn:aws:iot:*:*:thinggroup/*")))
    both = _client(cloud, "iot", _user(cloud, _allow(
        "iot:AddThingToThingGroup", "arn:aws:iot:*:*:thing/*", "arn:aws:iot:*:*:thinggroup/*")))
    _denied(only_thing.add_thing_to_thing_group, thingGroupName=group, thingName=thing)
    _denied(only_group.add_thing_to_thing_group, thingGroupName=group, thingName=thing)
    both.add_thing_to_thing_group(thingGroupName=group, thingName=thing)


def test_attach_policy_is_judged_on_the_target(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    _, cert = _thing_and_cert(root)
    policy = _name("policy")
    root.create_policy(policyName=policy, policyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"}]}))
    on_policy = _client(cloud, "iot", _user(cloud, _allow("iot:AttachPolicy", "arn:aws:iot:*:*:policy/*")))
    on_cert = _client(cloud, "iot", _user(cloud, _allow("iot:AttachPolicy", cert)))
    _denied(on_policy.attach_policy, policyName=policy, target=cert)
    on_cert.attach_policy(policyName=policy, target=cert)


def _job(root: Any, thing: str) -> str:
    job = _name("job")
    root.create_job(jobId=job, targets=[f"arn:aws:iot:{REGION}:000000000000:thing/{thing}"],
                    document=json.dumps({"op": "noop"}), targetSelection="SNAPSHOT")
    return job


def test_create_job_needs_job_and_every_target(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, _ = _thing_and_cert(root)
    target = f"arn:aws:iot:{REGION}:000000000000:thing/{thing}"
    job_only = _client(cloud, "iot", _user(cloud, _allow("iot:CreateJob", "arn:aws:iot:*:*:job/*")))
    job_and_thing = _client(cloud, "iot", _user(
        cloud, _allow("iot:CreateJob", "arn:aws:iot:*:*:job/*", "arn:aws:iot:*:*:thing/*")))
    err = _denied(job_only.create_job, jobId=_name("job"), targets=[target], document="{}")
    assert f"thing/{thing}" in str(err)
    job_and_thing.create_job(jobId=_name("job"), targets=[target], document="{}")


def test_create_job_with_presigned_url_role_needs_pass_role(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, _ = _thing_and_cert(root)
    role = "arn:aws:iam::000000000000:role/station-presign"
    bucket = _name("strict-jobdocs")
    _client(cloud, "s3").create_bucket(Bucket=bucket)
    _client(cloud, "s3").put_object(Bucket=bucket, Key="doc.json", Body=b"{}")
    jobs = _allow("iot:CreateJob", "arn:aws:iot:*:*:job/*", "arn:aws:iot:*:*:thing/*")
    no_pass = _client(cloud, "iot", _user(cloud, jobs))
    pass_elsewhere = _client(cloud, "iot", _user(cloud, jobs, _allow(
        "iam:PassRole", role, condition={"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}})))
    may_pass = _client(cloud, "iot", _user(cloud, jobs, _allow(
        "iam:PassRole", role, condition={"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}})))
    kwargs = {"targets": [f"arn:aws:iot:{REGION}:000000000000:thing/{thing}"],
              "documentSource": f"https://s3.amazonaws.com/{bucket}/doc.json",
              "presignedUrlConfig": {"roleArn": role, "expiresInSec": 3600}}
    err = _denied(no_pass.create_job, jobId=_name("job"), **kwargs)
    assert "iam:PassRole" in str(err)
    _denied(pass_elsewhere.create_job, jobId=_name("job"), **kwargs)
    may_pass.create_job(jobId=_name("job"), **kwargs)


def test_describe_job_execution_needs_job_and_thing(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, _ = _thing_and_cert(root)
    job = _job(root, thing)
    thing_only = _client(cloud, "iot", _user(cloud, _allow("iot:DescribeJobExecution", "arn:aws:iot:*:*:thing/*")))
    job_only = _client(cloud, "iot", _user(cloud, _allow("iot:DescribeJobExecution", "arn:aws:iot:*:*:job/*")))
    both = _client(cloud, "iot", _user(cloud, _allow(
        "iot:DescribeJobExecution", "arn:aws:iot:*:*:job/*", "arn:aws:iot:*:*:thing/*")))
    _denied(thing_only.describe_job_execution, jobId=job, thingName=thing)
    _denied(job_only.describe_job_execution, jobId=job, thingName=thing)
    assert both.describe_job_execution(jobId=job, thingName=thing)["execution"]["thingArn"].endswith(thing)


def test_unmapped_action_is_denied_for_everyone_and_logged(cloud: LocalCloud) -> None:
    # DescribeDomainConfiguration's resource ARN carries an id AWS generates, which the request
    # does not name: strict mode cannot build it, so it fails closed, even for the root key.
    root = _client(cloud, "iot")
    err = _denied(root.describe_domain_configuration, domainConfigurationName="anything")
    assert "not mapped" in str(err)
    records = [r for r in _log(cloud) if r["operation"] == "DescribeDomainConfiguration"]
    assert records and records[-1]["decision"] == "unmapped"
    assert records[-1]["action"] == "iot:DescribeDomainConfiguration"


def test_s3_missing_key_is_403_without_list_bucket(cloud: LocalCloud) -> None:
    bucket = _name("strict-bucket")
    root = _client(cloud, "s3")
    root.create_bucket(Bucket=bucket)
    root.put_object(Bucket=bucket, Key="present.txt", Body=b"x")
    objects = f"arn:aws:s3:::{bucket}/*"
    get_only = _client(cloud, "s3", _user(cloud, _allow("s3:GetObject", objects)))
    get_and_list = _client(cloud, "s3", _user(cloud, _allow("s3:GetObject", objects),
                                              _allow("s3:ListBucket", f"arn:aws:s3:::{bucket}")))
    prefix_list = _client(cloud, "s3", _user(cloud, _allow("s3:GetObject", objects), _allow(
        "s3:ListBucket", f"arn:aws:s3:::{bucket}", condition={"StringLike": {"s3:prefix": "records/*"}})))

    def head_status(client: Any) -> int:
        with pytest.raises(ClientError) as info:
            client.head_object(Bucket=bucket, Key="missing.txt")
        return int(info.value.response["ResponseMetadata"]["HTTPStatusCode"])

    assert head_status(get_only) == 403
    assert head_status(prefix_list) == 403  # a prefix-conditioned grant does not match a HEAD
    assert head_status(get_and_list) == 404
    assert head_status(root) == 404
    with pytest.raises(ClientError) as info:
        get_only.get_object(Bucket=bucket, Key="missing.txt")
    assert _code(info.value) == "AccessDenied"
    assert get_only.head_object(Bucket=bucket, Key="present.txt")["ContentLength"] == 1
    hidden = [r for r in _log(cloud) if r["operation"] == "HeadObject" and r["decision"] == "deny"]
    assert hidden and hidden[-1]["detail"] == {"missingKeyHidden": True}


def test_call_log_records_every_service_call_with_its_resources(cloud: LocalCloud) -> None:
    root = _client(cloud, "iot")
    thing, cert = _thing_and_cert(root)
    user_key = _user(cloud, _allow("iot:DescribeThing", f"arn:aws:iot:*:*:thing/{thing}"))
    user = _client(cloud, "iot", user_key)
    user.describe_thing(thingName=thing)
    _denied(user.describe_certificate, certificateId=cert.rsplit("/", 1)[-1])
    _client(cloud, "sts", user_key).get_caller_identity()
    records = _log(cloud)
    for record in records:
        assert set(record) >= {"service", "operation", "action", "resources", "caller", "decision", "code"}
        assert record["decision"] in {"allow", "deny", "unmapped", "throttled", "invalid"}
    describe = [r for r in records if r["operation"] == "DescribeThing" and r["resources"][0].endswith(thing)]
    assert describe[-1]["decision"] == "allow" and describe[-1]["caller"].startswith("arn:aws:iam::")
    assert ":user/" in describe[-1]["caller"]
    refused = [r for r in records if r["operation"] == "DescribeCertificate"][-1]
    assert refused["decision"] == "deny" and refused["resources"] == [f"{cert}"]
    assert refused["code"] in DENIED
    assert any(r["service"] == "sts" and r["operation"] == "GetCallerIdentity" for r in records)
    assert any(r["service"] == "iam" and r["operation"] == "CreateUser" for r in records)
