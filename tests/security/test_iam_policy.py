"""The station IAM policy: an exact allow-list of actions, nothing destructive, every resource scoped as AWS
authorizes it (Service Authorization Reference), every partition."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from typing import Any

import pytest

from station.cloud.policy import PolicyTooBroad, station_iam_policy_for, thing_name_prefixes
from station.profile import Profile, RecordsSettings

ACCOUNT = "123456789012"
IOT = f"arn:aws:iot:us-east-1:{ACCOUNT}"
BUCKET = "provisioning-station-catalog"

# Every action the station role may use. A new action must be added here on purpose (and to docs/security.md).
ALLOWED = {
    "iot:CreateCertificateFromCsr", "iot:CreateKeysAndCertificate", "iot:DescribeCertificate",
    "iot:UpdateCertificate",
    "iot:CreateThing", "iot:DescribeThing", "iot:UpdateThing", "iot:ListThingPrincipals",
    "iot:AttachThingPrincipal", "iot:DetachThingPrincipal", "iot:DescribeThingType",
    "iot:AddThingToThingGroup", "iot:DescribeThingGroup",
    "iot:AttachPolicy", "iot:GetPolicy",
    "iot:CreateJob", "iot:CancelJob", "iot:DescribeJob", "iot:GetJobDocument", "iot:ListJobExecutionsForJob",
    "iot:DescribeJobExecution", "iot:ListJobExecutionsForThing",
    # Job execution events over MQTT (station-wide subscriber; docs/jobs.md).
    "iot:Connect", "iot:Subscribe", "iot:Receive", "iot:DescribeEventConfigurations",
    "iot:DescribeEndpoint", "iot:ListAttachedPolicies", "iot:ListThingGroupsForThing", "iot:ListJobs",
    # station reconcile: find what an interrupted attempt left (list only; its one fix is UpdateCertificate)
    "iot:ListThings", "iot:ListCertificates", "iot:ListPrincipalThings",
    "s3:GetObject", "s3:PutObject", "s3:ListBucket",
    "iam:PassRole",
    # station cloud check: simulate its own permissions (only with its own ARN, see below)
    "iam:SimulatePrincipalPolicy",
    # station cloud check: the pre-sign role exists and only AWS IoT may assume it
    "iam:GetRole",
}
# Actions AWS authorises only on "*" (no resource-level permissions) or that only read.
STAR_OK = {"iot:CreateCertificateFromCsr", "iot:CreateKeysAndCertificate", "iot:DescribeEndpoint",
           "iot:DescribeEventConfigurations",
           "iot:ListAttachedPolicies", "iot:ListJobs", "iot:ListThings", "iot:ListCertificates"}
SELF = f"arn:aws:iam::{ACCOUNT}:role/line-station"


def with_records(profile: Profile, prefix: str = "records/", bucket: str = "") -> Profile:
    return dataclasses.replace(profile, records=RecordsSettings(s3_prefix=prefix, bucket=bucket))


def policy(profile: Profile, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("principal_arn", SELF)
    return station_iam_policy_for(profile, account=ACCOUNT, **kwargs)


def listed(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def grants(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(action, resource, condition) for every pair the policy allows."""
    out = []
    for st in doc["Statement"]:
        assert st["Effect"] == "Allow" and "NotAction" not in st and "NotResource" not in st, st
        for action in listed(st["Action"]):
            for resource in listed(st["Resource"]):
                out.append((action, resource, st.get("Condition", {})))
    return out


def resources_of(doc: dict[str, Any], action: str) -> set[str]:
    return {r for a, r, _ in grants(doc) if a == action}


@pytest.fixture(params=["records on", "records off"])
def doc(request: pytest.FixtureRequest, profile: Profile) -> dict[str, Any]:
    return policy(with_records(profile) if request.param == "records on" else profile)


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_only_allow_listed_actions(doc: dict[str, Any], profile: Profile, attach_to: str) -> None:
    if attach_to != profile.policy_attach_to:
        doc = policy(dataclasses.replace(profile, policy_attach_to=attach_to))
    actions = {a for a, _, _ in grants(doc)}
    # With the device policy on the groups, the station never attaches a policy: it does not get the right to.
    expected = ALLOWED - {"iot:AttachPolicy"} if attach_to == "group" else ALLOWED
    assert actions <= expected, actions - expected
    assert actions == expected, expected - actions  # an action no longer used should leave the list too


def test_nothing_destructive_and_no_wildcard_actions(doc: dict[str, Any]) -> None:
    for action, _, _ in grants(doc):
        service, name = action.split(":")
        assert "*" not in action and "?" not in action, action
        assert not name.startswith("Delete"), action
        assert name not in ("CreatePolicy", "CreatePolicyVersion", "SetDefaultPolicyVersion", "DetachPolicy",
                            "CreateRole", "PutRolePolicy", "AttachRolePolicy", "CreateThingGroup",
                            "CreateThingType", "DeleteObject", "PutBucketPolicy"), action
        assert service != "iam" or action in ("iam:PassRole", "iam:SimulatePrincipalPolicy", "iam:GetRole"), action


def test_star_resources_only_where_aws_offers_nothing_narrower(doc: dict[str, Any]) -> None:
    for action, resource, _ in grants(doc):
        if resource == "*":
            assert action in STAR_OK, action


def test_create_thing_is_limited_to_the_name_prefixes(doc: dict[str, Any], profile: Profile) -> None:
    # Each model's own pattern counts: the nRF91 trackers are named "nrf-{imei}" as their firmware names its client.
    assert thing_name_prefixes(profile) == ["sensor-a-", "gateway-x-", "nrf-"]
    things = {f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*", f"{IOT}:thing/nrf-*"}
    # AWS checks CreateThing against the thing only: no grant on thing types.
    assert resources_of(doc, "iot:CreateThing") == things
    assert resources_of(doc, "iot:UpdateThing") == things


def test_certificates_are_attached_only_to_station_things(doc: dict[str, Any]) -> None:
    # AWS authorizes Attach/DetachThingPrincipal on the certificate, with the thing as iot:thingArn.
    for action in ("iot:AttachThingPrincipal", "iot:DetachThingPrincipal"):
        [(resource, condition)] = [(r, c) for a, r, c in grants(doc) if a == action]
        assert resource == f"{IOT}:cert/*"
        assert condition == {"ArnLike": {"iot:thingArn": [f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*",
                                                          f"{IOT}:thing/nrf-*"]}}


def test_groups_policy_and_certificates_are_scoped(doc: dict[str, Any], profile: Profile) -> None:
    groups = {f"{IOT}:thinggroup/{g}" for g in profile.all_groups()}
    # AddThingToThingGroup is checked against the thing AND the group.
    assert resources_of(doc, "iot:AddThingToThingGroup") == groups | {f"{IOT}:thing/sensor-a-*",
                                                                      f"{IOT}:thing/gateway-x-*",
                                                                      f"{IOT}:thing/nrf-*"}
    # AttachPolicy is checked against its target (a certificate), never against the IoT policy: honest scope.
    # Only with the policy per certificate: on the groups (the demo's default) the station has none at all.
    per_cert = policy(dataclasses.replace(profile, policy_attach_to="certificate"))
    assert resources_of(per_cert, "iot:AttachPolicy") == {f"{IOT}:cert/*"}
    assert profile.policy_attach_to == "certificate" or resources_of(doc, "iot:AttachPolicy") == set()
    assert resources_of(doc, "iot:UpdateCertificate") == {f"{IOT}:cert/*"}
    jobs_targets = resources_of(doc, "iot:CreateJob")
    assert jobs_targets == {f"{IOT}:job/*", f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*",
                            f"{IOT}:thing/nrf-*"} | groups
    assert resources_of(doc, "iam:PassRole") == {f"arn:aws:iam::{ACCOUNT}:role/{profile.catalog.presign_role}"}
    [condition] = [c for a, _, c in grants(doc) if a == "iam:PassRole"]
    assert condition == {"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}}


def test_s3_is_limited_to_the_catalog_and_records_prefixes(profile: Profile) -> None:
    on = policy(with_records(profile))
    assert resources_of(on, "s3:PutObject") == {f"arn:aws:s3:::{BUCKET}/catalog/*", f"arn:aws:s3:::{BUCKET}/records/*"}
    assert resources_of(on, "s3:GetObject") == resources_of(on, "s3:PutObject")
    listing = {(r, json.dumps(c, sort_keys=True)) for a, r, c in grants(on) if a == "s3:ListBucket"}
    assert listing == {(f"arn:aws:s3:::{BUCKET}", json.dumps({"StringLike": {"s3:prefix": [p]}}))
                       for p in ("catalog/*", "records/*")}
    # With the sink off there is no records grant at all (an empty prefix would have meant the whole bucket).
    off = policy(profile)
    assert resources_of(off, "s3:PutObject") == {f"arn:aws:s3:::{BUCKET}/catalog/*"}
    assert all(not r.endswith(f"{BUCKET}/*") for _, r, _ in grants(off) + grants(on))
    # Records in a bucket of their own.
    other = policy(with_records(profile, "line-7/", "acme-records"))
    assert "arn:aws:s3:::acme-records/line-7/*" in resources_of(other, "s3:PutObject")


def test_policy_on_the_group_needs_no_attach_policy(profile: Profile) -> None:
    on_group = dataclasses.replace(profile, policy_attach_to="group")
    assert "iot:AttachPolicy" not in {a for a, _, _ in grants(policy(on_group))}


def test_simulation_of_itself_only_with_its_own_arn(profile: Profile) -> None:
    assert resources_of(policy(profile), "iam:SimulatePrincipalPolicy") == {SELF}
    assert "iam:SimulatePrincipalPolicy" not in {a for a, _, _ in grants(policy(profile, principal_arn=""))}


@pytest.mark.parametrize(("region", "partition"), [("us-east-1", "aws"), ("cn-north-1", "aws-cn"),
                                                   ("us-gov-west-1", "aws-us-gov")])
def test_every_arn_is_in_the_region_partition(profile: Profile, region: str, partition: str) -> None:
    doc = policy(with_records(profile), region=region, principal_arn=f"arn:{partition}:iam::{ACCOUNT}:role/x")
    arns = [r for _, r, _ in grants(doc) if r != "*"]
    assert arns and all(r.startswith(f"arn:{partition}:") for r in arns), arns
    assert f"arn:{partition}:iot:{region}:" in json.dumps(doc)


def test_a_pattern_without_a_literal_prefix_is_refused(profile: Profile) -> None:
    loose = dataclasses.replace(profile, thing_name_pattern="{line}-{serial}")
    assert thing_name_prefixes(loose) == [""]
    with pytest.raises(PolicyTooBroad, match="no literal prefix"):
        policy(loose)
    fixed = dataclasses.replace(profile, thing_name_pattern="acme-{line}-{serial}")
    assert resources_of(policy(fixed), "iot:UpdateThing") == {f"{IOT}:thing/acme-*", f"{IOT}:thing/nrf-*"}
    # A model's own pattern is held to the same rule.
    models = {**profile.models, "x": dataclasses.replace(profile.models["sensor-a"], thing_name="{imei}")}
    assert thing_name_prefixes(dataclasses.replace(fixed, models=models)) == [""]


def test_the_shipped_template_has_unique_sids_and_only_known_placeholders(profile: Profile) -> None:
    text = resources.files("resources").joinpath("station-iam-policy.json").read_text(encoding="utf-8")
    rendered = policy(with_records(profile))
    assert "${" not in json.dumps(rendered)  # every placeholder was filled
    sids = [st["Sid"] for st in rendered["Statement"]]
    assert len(sids) == len(set(sids))
    assert ":Delete" not in text and ":CreatePolicy" not in text
