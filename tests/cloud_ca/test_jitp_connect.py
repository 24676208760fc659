"""JITP end to end: the line CA registered by ensure_line_ca, a unit's first connect provisions it (plain boto3)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from station.ca import DeviceSubject
from station.cloud.ca_registration import ensure_line_ca
from station.cloud.connect import EmbeddedCloud
from station.profile import Profile
from tests.cloud_ca.helpers import (
    admin_client,
    certificate_id_of,
    connects,
    device_certificate,
    open_line_ca,
)

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_first_connect_provisions_the_unit_by_the_template(profile: Profile, embedded: EmbeddedCloud, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, attach_to: str) -> None:
    line = dataclasses.replace(profile, cert_mode="factory-ca", policy_attach_to=attach_to)
    embedded.grant(line)
    subject = DeviceSubject(thing_name="gateway-x-GW42", serial="GW42", model="gateway-x", hw_revision="C",
                            station="line-1", batch="2026-11-30", group="gateways")
    with open_line_ca(tmp_path / "token", monkeypatch) as ca:
        ensure_line_ca(embedded.as_role("engineer"), line, ca)
        chain, key = device_certificate(ca, subject)
    cert_id = certificate_id_of(chain)
    iot = admin_client(embedded)

    connects(embedded, chain, key, subject.thing_name)  # AWS drops the connect that provisions
    d = iot.describe_certificate(certificateId=cert_id)["certificateDescription"]
    assert d["status"] == "ACTIVE"
    thing = iot.describe_thing(thingName=subject.thing_name)
    assert thing["thingTypeName"] == "gateway-x"
    assert thing["attributes"] == {"serial": "GW42", "hw_revision": "C", "station": "line-1", "batch": "2026-11-30"}
    groups = iot.list_thing_groups_for_thing(thingName=subject.thing_name)["thingGroups"]
    assert [g["groupName"] for g in groups] == ["gateways"]
    assert iot.list_thing_principals(thingName=subject.thing_name)["principals"] == [d["certificateArn"]]
    policies = iot.list_attached_policies(target=d["certificateArn"])["policies"]
    assert [p["policyName"] for p in policies] == ([profile.policy_name] if attach_to == "certificate" else [])
    assert connects(embedded, chain, key, subject.thing_name)
    assert connects(embedded, chain, key, subject.thing_name)
