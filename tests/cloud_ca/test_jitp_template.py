"""The JITP template and the roles around the line CA: only subject parameters, scoped writes, no wildcards."""

from __future__ import annotations

import dataclasses
import json

from station.cloud.ca_registration import (
    MAX_TEMPLATE_BODY,
    engineer_ca_statements,
    jitp_role_policy,
    jitp_template_body,
    jitr_environment,
    jitr_lambda_policy,
    registration_config,
)
from station.cloud.jitr_activation import settings_from_environment
from station.cloud.policy import check_least_privilege, engineer_iam_policy_for
from station.profile import Profile

WHERE = {"partition": "aws", "region": "eu-west-1", "account": "123456789012"}


def test_the_template_reads_only_the_subject_table(profile: Profile) -> None:
    body = jitp_template_body(profile, **WHERE)
    assert set(body["Parameters"]) == {f"AWS::IoT::Certificate::{p}" for p in (
        "CommonName", "SerialNumber", "OrganizationalUnit", "DistinguishedNameQualifier", "Organization",
        "StateName", "Id")}
    assert body["Mappings"]["ThingTypes"] == {m: {"type": s.thing_type} for m, s in profile.models.items()}
    thing = body["Resources"]["thing"]["Properties"]
    assert thing["ThingName"] == {"Ref": "AWS::IoT::Certificate::CommonName"}
    assert thing["ThingGroups"] == [{"Ref": "AWS::IoT::Certificate::StateName"}]
    assert thing["AttributePayload"]["batch"] == {
        "Fn::Select": ["1", {"Fn::Split": ["/", {"Ref": "AWS::IoT::Certificate::Organization"}]}]}
    assert body["Resources"]["certificate"]["Properties"] == {
        "CertificateId": {"Ref": "AWS::IoT::Certificate::Id"}, "Status": "ACTIVE"}
    # The demo's device policy sits on its groups: the template attaches none.
    assert "policy" not in body["Resources"]
    on_certs = jitp_template_body(dataclasses.replace(profile, policy_attach_to="certificate"), **WHERE)
    assert on_certs["Resources"]["policy"]["Properties"] == {"PolicyName": profile.policy_name}
    config = registration_config(profile, **WHERE)
    assert config is not None and len(config["templateBody"]) <= MAX_TEMPLATE_BODY
    assert json.loads(config["templateBody"]) == body
    jitr = dataclasses.replace(profile, factory_ca=dataclasses.replace(profile.factory_ca, registration="jitr"))
    assert registration_config(jitr, **WHERE) is None


def test_the_provisioning_roles_write_only_the_profiles_things(profile: Profile) -> None:
    for doc in (jitp_role_policy(profile, **WHERE), jitr_lambda_policy(profile, **WHERE)):
        check_least_privilege(doc)
        for st in doc["Statement"]:
            resources = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
            assert "*" not in resources, st
            for r in resources:
                kind = r.split(":", 5)[-1].split("/", 1)[0]
                if kind == "thing":
                    assert r.rsplit("/", 1)[-1] in {"sensor-a-*", "gateway-x-*", "nrf-*"}, r
                if kind == "thinggroup":
                    assert r.rsplit("/", 1)[-1] in profile.all_groups(), r


def test_the_engineer_gets_the_ca_rights_only_in_factory_ca(profile: Profile) -> None:
    factory = dataclasses.replace(profile, cert_mode="factory-ca")
    sids = {st.get("Sid") for st in engineer_iam_policy_for(factory, account=WHERE["account"],
                                                            region=WHERE["region"])["Statement"]}
    assert {st["Sid"] for st in engineer_ca_statements(factory, **WHERE)} <= sids
    csr = {st.get("Sid") for st in engineer_iam_policy_for(profile, account=WHERE["account"],
                                                           region=WHERE["region"])["Statement"]}
    assert "RegisterTheLineCa" not in csr
    passing = [st for st in engineer_ca_statements(factory, **WHERE) if st["Action"] == "iam:PassRole"]
    assert passing[0]["Condition"] == {"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}}


def test_the_lambda_environment_round_trips(profile: Profile) -> None:
    settings = settings_from_environment(jitr_environment(profile, ["a" * 64, "b" * 64]))
    assert settings.ca_ids == {"a" * 64, "b" * 64}
    assert dict(settings.thing_types) == {m: s.thing_type for m, s in profile.models.items()}
    assert settings.groups == set(profile.all_groups()) and settings.policy == ""
