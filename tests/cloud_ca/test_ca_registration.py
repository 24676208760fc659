"""RegisterCACertificate with verification against the strict embedded cloud: JITP/JITR set-up, idempotent."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from station.ca import LineCa
from station.cloud.ca_registration import (
    JITP_ROLE,
    JITP_ROLE_POLICY,
    ensure_line_ca,
    jitp_role_policy,
    jitp_template_body,
)
from station.cloud.connect import EmbeddedCloud
from station.errors import CloudError
from station.profile import Profile
from tests.cloud_ca.helpers import admin_client, open_line_ca

pytestmark = [pytest.mark.timeout(180), pytest.mark.cloud]


def factory_ca(profile: Profile, **changes: object) -> Profile:
    return dataclasses.replace(profile, cert_mode="factory-ca",
                               factory_ca=dataclasses.replace(profile.factory_ca, **changes))


@pytest.fixture
def line_ca(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LineCa:
    ca = open_line_ca(tmp_path / "token", monkeypatch)
    yield ca
    ca.close()


def test_jitp_registration_is_verified_active_and_idempotent(profile: Profile, embedded: EmbeddedCloud,
                                                             line_ca: LineCa) -> None:
    profile = factory_ca(profile)
    embedded.grant(profile)  # the engineer's policy for factory-ca carries the CA statements
    engineer = embedded.as_role("engineer")
    first = ensure_line_ca(engineer, profile, line_ca)
    assert {(a.resource, a.action) for a in first} == {
        (f"role {JITP_ROLE}", "created"), (f"role policy {JITP_ROLE}/{JITP_ROLE_POLICY}", "created"),
        (f"CA certificate {line_ca.ca_certificate_id}", "created")}
    iot = admin_client(embedded)
    described = iot.describe_ca_certificate(certificateId=line_ca.ca_certificate_id)
    d = described["certificateDescription"]
    assert (d["status"], d["autoRegistrationStatus"]) == ("ACTIVE", "ENABLE")
    account = engineer.account_id()
    where = {"partition": "aws", "region": engineer.target.region, "account": account}
    config = described["registrationConfig"]
    assert json.loads(config["templateBody"]) == jitp_template_body(profile, **where)
    assert config["roleArn"] == f"arn:aws:iam::{account}:role/{JITP_ROLE}"
    iam = admin_client(embedded, "iam")
    trust = iam.get_role(RoleName=JITP_ROLE)["Role"]["AssumeRolePolicyDocument"]
    assert trust["Statement"][0]["Principal"] == {"Service": "iot.amazonaws.com"}
    assert iam.get_role_policy(RoleName=JITP_ROLE, PolicyName=JITP_ROLE_POLICY)["PolicyDocument"] == \
        jitp_role_policy(profile, **where)

    again = ensure_line_ca(engineer, profile, line_ca)
    assert {a.action for a in again} == {"exists"}, again


def test_a_changed_profile_refreshes_the_template_and_role(profile: Profile, embedded: EmbeddedCloud,
                                                           line_ca: LineCa) -> None:
    profile = factory_ca(profile)
    embedded.grant(profile)
    engineer = embedded.as_role("engineer")
    ensure_line_ca(engineer, profile, line_ca)
    on_certs = dataclasses.replace(profile, policy_attach_to="certificate")
    embedded.grant(on_certs)
    actions = {a.resource: a.action for a in ensure_line_ca(engineer, on_certs, line_ca)}
    assert actions[f"CA certificate {line_ca.ca_certificate_id}"] == "updated"
    assert actions[f"role policy {JITP_ROLE}/{JITP_ROLE_POLICY}"] == "updated"
    config = admin_client(embedded).describe_ca_certificate(certificateId=line_ca.ca_certificate_id)[
        "registrationConfig"]
    assert json.loads(config["templateBody"])["Resources"]["policy"] == {
        "Type": "AWS::IoT::Policy", "Properties": {"PolicyName": profile.policy_name}}


def test_jitr_registers_the_ca_without_a_template_or_role(profile: Profile, embedded: EmbeddedCloud,
                                                          line_ca: LineCa) -> None:
    jitr = factory_ca(profile, registration="jitr")
    embedded.grant(jitr)
    actions = ensure_line_ca(embedded.as_role("engineer"), jitr, line_ca)
    assert [(a.resource, a.action) for a in actions] == [(f"CA certificate {line_ca.ca_certificate_id}", "created")]
    described = admin_client(embedded).describe_ca_certificate(certificateId=line_ca.ca_certificate_id)
    assert described["certificateDescription"]["autoRegistrationStatus"] == "ENABLE"
    assert not described.get("registrationConfig", {}).get("templateBody")
    assert ensure_line_ca(embedded.as_role("engineer"), jitr, line_ca)[0].action == "exists"


class WrongCode:
    """The line CA, but its verification certificate carries another registration code."""

    def __init__(self, ca: LineCa) -> None:
        self.ca = ca
        self.ca_pem = ca.ca_pem
        self.ca_certificate_id = ca.ca_certificate_id

    def verification_certificate(self, registration_code: str) -> bytes:
        return self.ca.verification_certificate("0" * len(registration_code))


def test_a_wrong_registration_code_is_refused_and_nothing_registered(profile: Profile, embedded: EmbeddedCloud,
                                                                     line_ca: LineCa) -> None:
    jitr = factory_ca(profile, registration="jitr")
    embedded.grant(jitr)
    with pytest.raises(CloudError) as refused:
        ensure_line_ca(embedded.as_role("engineer"), jitr, WrongCode(line_ca))
    assert refused.value.cause_message.id == "ca.code-refused"
    assert "registration code" in refused.value.remedy
    listed = admin_client(embedded).list_ca_certificates()["certificates"]
    assert line_ca.ca_certificate_id not in {c["certificateId"] for c in listed}
