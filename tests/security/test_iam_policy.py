"""The station IAM policy: an exact allow-list of actions, nothing destructive, every resource scoped."""

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
    "iot:DescribeEndpoint", "iot:ListAttachedPolicies", "iot:ListThingGroupsForThing", "iot:ListJobs",
    # station reconcile: find what an interrupted attempt left (list only; its one fix is UpdateCertificate)
    "iot:ListThings", "iot:ListCertificates", "iot:ListPrincipalThings",
    "s3:GetObject", "s3:PutObject", "s3:ListBucket",
    "iam:PassRole",
}
# Actions AWS authorises only on "*" (no resource-level permissions) or that only read.
STAR_OK = {"iot:CreateCertificateFromCsr", "iot:CreateKeysAndCertificate", "iot:DescribeEndpoint",
           "iot:ListAttachedPolicies", "iot:ListThingGroupsForThing", "iot:ListJobs", "iot:ListThings",
           "iot:ListCertificates", "iot:ListPrincipalThings"}


def with_records(profile: Profile, prefix: str = "records/", bucket: str = "") -> Profile:
    return dataclasses.replace(profile, records=RecordsSettings(s3_prefix=prefix, bucket=bucket))


def policy(profile: Profile) -> dict[str, Any]:
    return station_iam_policy_for(profile, account=ACCOUNT)


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


def test_only_allow_listed_actions(doc: dict[str, Any]) -> None:
    actions = {a for a, _, _ in grants(doc)}
    assert actions <= ALLOWED, actions - ALLOWED
    assert actions == ALLOWED, ALLOWED - actions  # an action no longer used should leave the list too


def test_nothing_destructive_and_no_wildcard_actions(doc: dict[str, Any]) -> None:
    for action, _, _ in grants(doc):
        service, name = action.split(":")
        assert "*" not in action and "?" not in action, action
        assert not name.startswith("Delete"), action
        assert name not in ("CreatePolicy", "CreatePolicyVersion", "SetDefaultPolicyVersion", "DetachPolicy",
                            "CreateRole", "PutRolePolicy", "AttachRolePolicy", "CreateThingGroup",
                            "CreateThingType", "DeleteObject", "PutBucketPolicy"), action
        assert service != "iam" or action == "iam:PassRole", action


def test_star_resources_only_where_aws_offers_nothing_narrower(doc: dict[str, Any]) -> None:
    for action, resource, _ in grants(doc):
        if resource == "*":
            assert action in STAR_OK, action


def test_create_thing_is_limited_to_the_name_prefixes_and_thing_types(doc: dict[str, Any], profile: Profile) -> None:
    assert thing_name_prefixes(profile) == ["sensor-a-", "gateway-x-"]
    assert resources_of(doc, "iot:CreateThing") == {f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*",
                                                   f"{IOT}:thingtype/sensor-a", f"{IOT}:thingtype/gateway-x"}
    for action in ("iot:UpdateThing", "iot:AttachThingPrincipal", "iot:DetachThingPrincipal"):
        assert resources_of(doc, action) == {f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*"}, action


def test_groups_policy_and_certificates_are_scoped(doc: dict[str, Any], profile: Profile) -> None:
    groups = {f"{IOT}:thinggroup/{g}" for g in profile.all_groups()}
    assert resources_of(doc, "iot:AddThingToThingGroup") == groups
    assert resources_of(doc, "iot:AttachPolicy") == {f"{IOT}:policy/{profile.policy_name}", f"{IOT}:cert/*"} | groups
    assert resources_of(doc, "iot:UpdateCertificate") == {f"{IOT}:cert/*"}
    jobs_targets = resources_of(doc, "iot:CreateJob")
    assert jobs_targets == {f"{IOT}:job/*", f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*"} | groups
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


def test_a_pattern_without_a_literal_prefix_is_refused(profile: Profile) -> None:
    loose = dataclasses.replace(profile, thing_name_pattern="{line}-{serial}")
    assert thing_name_prefixes(loose) == [""]
    with pytest.raises(PolicyTooBroad, match="no literal prefix"):
        policy(loose)
    fixed = dataclasses.replace(profile, thing_name_pattern="acme-{line}-{serial}")
    assert resources_of(policy(fixed), "iot:UpdateThing") == {f"{IOT}:thing/acme-*"}


def test_the_shipped_template_has_unique_sids_and_only_known_placeholders(profile: Profile) -> None:
    text = resources.files("resources").joinpath("station-iam-policy.json").read_text(encoding="utf-8")
    rendered = policy(with_records(profile))
    assert "${" not in json.dumps(rendered)  # every placeholder was filled
    sids = [st["Sid"] for st in rendered["Statement"]]
    assert len(sids) == len(set(sids))
    assert ":Delete" not in text and ":CreatePolicy" not in text
