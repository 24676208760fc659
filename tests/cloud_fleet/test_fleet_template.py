"""The fleet template, its role and the claim policy: rendered for the profile, created by bootstrap, and what a
board registering itself with a claim gets from them in the embedded cloud (plain boto3 and MQTT)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import pytest

from station.cloud.bootstrap import bootstrap
from station.cloud.claims import ClaimSource
from station.cloud.connect import EmbeddedCloud
from station.cloud.fleet import PARAMETERS, claim_policy, fleet_parameters, fleet_template_body
from station.cloud.policy import claim_policy_name, fleet_role_name
from station.domain import BoardIdentity
from station.profile import Profile
from tests.cloud_fleet.mqtt import register_with_create_json
from tests.integration.helpers import iot_client

pytestmark = [pytest.mark.timeout(240)]

WHERE = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}


def _resource_types(body: dict[str, Any]) -> dict[str, str]:
    return {name: r["Type"] for name, r in body["Resources"].items()}


def test_template_takes_the_seven_parameters_and_maps_models_to_types(profile: Profile) -> None:
    body = fleet_template_body(profile, **WHERE)
    assert set(body["Parameters"]) == {*PARAMETERS, "AWS::IoT::Certificate::Id"}
    assert body["Mappings"]["ThingTypes"] == {m: {"type": s.thing_type} for m, s in profile.models.items()}
    thing = body["Resources"]["thing"]["Properties"]
    assert thing["ThingName"] == {"Ref": "ThingName"}
    assert thing["ThingTypeName"] == {"Fn::FindInMap": ["ThingTypes", {"Ref": "Model"}, "type"]}
    assert thing["AttributePayload"] == {"serial": {"Ref": "SerialNumber"}, "hw_revision": {"Ref": "HwRevision"},
                                         "station": {"Ref": "Station"}, "batch": {"Ref": "Batch"}}
    assert thing["ThingGroups"] == [{"Ref": "Group"}]
    assert body["Resources"]["certificate"]["Properties"] == {
        "CertificateId": {"Ref": "AWS::IoT::Certificate::Id"}, "Status": "ACTIVE"}
    # The device policy: on the groups nothing to attach per certificate; per certificate, by name.
    assert "policy" not in _resource_types(fleet_template_body(dataclasses.replace(
        profile, policy_attach_to="group"), **WHERE))
    per_cert = fleet_template_body(dataclasses.replace(profile, policy_attach_to="certificate"), **WHERE)
    assert per_cert["Resources"]["policy"]["Properties"] == {"PolicyName": profile.policy_name}


def test_parameters_come_from_the_board_identity_and_the_profile(profile: Profile) -> None:
    ident = BoardIdentity(serial="SN1", model="sensor-a", hw_revision="B", fw_version="1.0")
    params = fleet_parameters(profile, ident, "sensor-a-SN1", "sensor-a-rev-b")
    assert params == {"SerialNumber": "SN1", "ThingName": "sensor-a-SN1", "Model": "sensor-a", "HwRevision": "B",
                      "Station": profile.station_id, "Batch": profile.batch, "Group": "sensor-a-rev-b"}
    assert tuple(params) == PARAMETERS


def test_claim_policy_allows_only_the_provisioning_topics(profile: Profile) -> None:
    doc = claim_policy(profile, **WHERE)
    base = "arn:aws:iot:us-east-1:123456789012"
    tpl = profile.fleet_claim.template
    grants = {(st["Action"], r) for st in doc["Statement"] for r in st["Resource"]}
    csr, reg = "$aws/certificates/create-from-csr/json", f"$aws/provisioning-templates/{tpl}/provision/json"
    replies = [f"{t}/{o}" for t in (csr, reg) for o in ("accepted", "rejected")]
    assert grants == {
        *{("iot:Connect", f"{base}:client/{p}*") for p in ("sensor-a-", "gateway-x-", "nrf-")},
        ("iot:Publish", f"{base}:topic/{csr}"), ("iot:Publish", f"{base}:topic/{reg}"),
        *{("iot:Subscribe", f"{base}:topicfilter/{t}") for t in replies},
        *{("iot:Receive", f"{base}:topic/{t}") for t in replies},
    }
    assert all(st["Effect"] == "Allow" and "*" not in st["Action"] for st in doc["Statement"])
    assert "jobs" not in json.dumps(doc) and "shadow" not in json.dumps(doc)


def test_bootstrap_creates_template_role_and_claim_policy_and_is_idempotent(embedded: EmbeddedCloud,
                                                                           profile: Profile) -> None:
    iot = iot_client(embedded.as_role("station"))
    tpl = iot.describe_provisioning_template(templateName=profile.fleet_claim.template)
    assert tpl["enabled"] is True and tpl["type"] == "FLEET_PROVISIONING"
    assert tpl["provisioningRoleArn"].endswith(f":role/{fleet_role_name(profile)}")
    where = {"partition": "aws", "region": embedded.endpoints.region if embedded.endpoints else "",
             "account": embedded.as_role("engineer").account_id()}
    assert json.loads(tpl["templateBody"]) == fleet_template_body(profile, **where)
    policy = iot.get_policy(policyName=claim_policy_name(profile))
    assert json.loads(policy["policyDocument"]) == claim_policy(profile, **where)
    # The engineer's identity ran it once (the fixture); twice more changes nothing.
    for _ in range(2):
        again = {a.resource: a.action for a in bootstrap(embedded.as_role("engineer"), profile)}
        fleet = {r: a for r, a in again.items() if "fleet" in r or "claim" in r}
        assert fleet and set(fleet.values()) == {"exists"}, fleet
    assert iot.describe_provisioning_template(templateName=profile.fleet_claim.template)["defaultVersionId"] == 1


def test_a_changed_profile_gets_a_new_default_template_version(embedded: EmbeddedCloud, profile: Profile) -> None:
    """Each change of the profile's template makes a new default version; at AWS's limit of five versions the
    oldest non-default one goes first, so bootstrap keeps working however often the profile changes."""
    iot = iot_client(embedded.as_role("station"))
    name = profile.fleet_claim.template
    modes = ("certificate", "group") if profile.policy_attach_to == "group" else ("group", "certificate")
    for n in range(2, 8):
        changed = dataclasses.replace(profile, policy_attach_to=modes[n % 2])
        embedded.grant(changed)
        actions = {a.resource: a for a in bootstrap(embedded.as_role("engineer"), changed)}
        assert actions[f"provisioning template {name}"].action == "updated"
        tpl = iot.describe_provisioning_template(templateName=name)
        assert tpl["defaultVersionId"] == n
        assert ("policy" in json.loads(tpl["templateBody"])["Resources"]) == (changed.policy_attach_to ==
                                                                             "certificate")
    versions = [v["versionId"] for v in iot.list_provisioning_template_versions(templateName=name)["versions"]]
    assert sorted(versions) == [3, 4, 5, 6, 7]


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_a_board_registers_itself_with_a_claim_and_the_template(embedded: EmbeddedCloud, profile: Profile,
                                                                attach_to: str) -> None:
    """The RegisterThing flow (CreateKeysAndCertificate over MQTT, as ministack answers it today) with the
    station's claim and parameters: the thing has its type, attributes and group, the certificate is ACTIVE
    and attached, and the device policy is on the certificate when the profile puts it there."""
    if attach_to != profile.policy_attach_to:
        profile = dataclasses.replace(profile, policy_attach_to=attach_to)
        embedded.grant(profile)
        bootstrap(embedded.as_role("engineer"), profile)
    tpl = profile.fleet_claim.template
    ident = BoardIdentity(serial=f"SN{uuid.uuid4().hex[:8]}", model="sensor-a", hw_revision="B", fw_version="1.0")
    thing = profile.thing_name(ident)
    params = fleet_parameters(profile, ident, thing, profile.group_for(ident))
    claim = ClaimSource(embedded.as_role("station"), profile.fleet_claim).current()
    created, (topic, registered) = register_with_create_json(embedded, claim.certificate_pem,
                                                             claim.private_key_pem, thing, tpl, params)
    assert topic.endswith("/accepted") and registered["thingName"] == thing, registered
    iot = iot_client(embedded.as_role("station"))
    described = iot.describe_thing(thingName=thing)
    assert described["thingTypeName"] == profile.thing_type("sensor-a")
    assert described["attributes"] == {"serial": ident.serial, "hw_revision": "B", "station": profile.station_id,
                                       "batch": profile.batch}
    groups = iot.list_thing_groups_for_thing(thingName=thing)["thingGroups"]
    assert [g["groupName"] for g in groups] == ["sensor-a-rev-b"]
    cert_arn = f"arn:aws:iot:{described['thingArn'].split(':')[3]}:{described['thingArn'].split(':')[4]}:cert/" \
               f"{created['certificateId']}"
    assert iot.list_thing_principals(thingName=thing)["principals"] == [cert_arn]
    cert = iot.describe_certificate(certificateId=created["certificateId"])["certificateDescription"]
    assert cert["status"] == "ACTIVE"
    attached = [p["policyName"] for p in iot.list_attached_policies(target=cert_arn)["policies"]]
    assert attached == ([profile.policy_name] if attach_to == "certificate" else [])
