"""The JITR activation Lambda's logic, run locally against the strict embedded cloud's real JITR flow."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.ca import DeviceSubject, LineCa
from station.cloud import jitr_activation
from station.cloud.ca_registration import ensure_line_ca, jitr_environment, jitr_lambda_policy
from station.cloud.connect import EmbeddedCloud
from station.cloud.jitr_activation import MalformedSubject, activate, parse_subject, settings_from_environment
from station.profile import Profile
from tests.cloud_ca.helpers import (
    admin_client,
    certificate_id_of,
    connects,
    device_certificate,
    open_line_ca,
    registered_events,
)

LAMBDA_USER = "jitr-activation-lambda"
SUBJECT = DeviceSubject(thing_name="sensor-a-SN7001", serial="SN7001", model="sensor-a", hw_revision="B",
                        station="line-1", batch="2026-11-30", group="sensor-a-rev-b")


def self_signed(names: list[x509.NameAttribute]) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(names)
    import datetime

    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


FULL = [x509.NameAttribute(NameOID.COMMON_NAME, "sensor-a-SN1"), x509.NameAttribute(NameOID.SERIAL_NUMBER, "SN1"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "sensor-a"),
        x509.NameAttribute(NameOID.DN_QUALIFIER, "B"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "st-1/b-9"),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "sensor-a-rev-b"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "DE")]


def test_the_subject_is_read_with_the_standard_library_alone() -> None:
    s = parse_subject(self_signed(FULL))
    assert (s.thing_name, s.serial, s.model, s.hw_revision, s.station, s.batch, s.group) == (
        "sensor-a-SN1", "SN1", "sensor-a", "B", "st-1", "b-9", "sensor-a-rev-b")
    source = Path(jitr_activation.__file__).read_text()
    imported = {line.split()[1].split(".")[0] for line in source.splitlines()
                if line.startswith(("import ", "from ")) and not line.startswith("from __future__")}
    assert imported <= {"base64", "binascii", "json", "logging", "os", "re", "collections", "dataclasses",
                        "typing"}, imported  # deployed alone: boto3 only inside handler()
    assert "import boto3" in source


@pytest.mark.parametrize("names, why", [
    ([a for a in FULL if a.oid != NameOID.DN_QUALIFIER], "lacks hw_revision"),
    ([*FULL[:4], x509.NameAttribute(NameOID.ORGANIZATION_NAME, "no-batch"), *FULL[5:]], "O is not"),
    ([*FULL, x509.NameAttribute(NameOID.COMMON_NAME, "other")], "occurs twice"),
    ([x509.NameAttribute(NameOID.COMMON_NAME, "bad name!"), *FULL[1:]], "not a valid AWS IoT name"),
])
def test_subjects_that_do_not_fit_are_refused(names: list[x509.NameAttribute], why: str) -> None:
    with pytest.raises(MalformedSubject, match=why):
        parse_subject(self_signed(names))


def test_garbage_is_refused_not_crashed_on() -> None:
    for text in ("", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "-----BEGIN CERTIFICATE-----"
                 "\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END CERTIFICATE-----"):
        with pytest.raises(MalformedSubject):
            parse_subject(text)


# -- the whole JITR flow in the embedded cloud -----------------------------------------------------------------


@pytest.fixture
def jitr_line(profile: Profile, embedded: EmbeddedCloud, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Profile, LineCa]]:
    jitr = dataclasses.replace(profile, cert_mode="factory-ca",
                               factory_ca=dataclasses.replace(profile.factory_ca, registration="jitr"))
    embedded.grant(jitr)
    ca = open_line_ca(tmp_path / "token", monkeypatch)
    ensure_line_ca(embedded.as_role("engineer"), jitr, ca)
    yield jitr, ca
    ca.close()


def lambda_iot(embedded: EmbeddedCloud, profile: Profile) -> Any:
    """The Lambda's identity: an IAM user with exactly the documented role policy (docs/jitr-lambda.md)."""
    iam = admin_client(embedded, "iam")
    admin = embedded.admin_cloud
    assert admin is not None and embedded.endpoints is not None
    iam.create_user(UserName=LAMBDA_USER)
    doc = jitr_lambda_policy(profile, partition=admin.partition, region=admin.target.region,
                             account=admin.account_id())
    iam.put_user_policy(UserName=LAMBDA_USER, PolicyName="jitr", PolicyDocument=json.dumps(doc))
    key = iam.create_access_key(UserName=LAMBDA_USER)["AccessKey"]
    return boto3.client("iot", endpoint_url=embedded.endpoints.http_url, region_name=embedded.endpoints.region,
                        aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])


@pytest.mark.cloud
@pytest.mark.timeout(240)
def test_a_unit_is_activated_by_the_lambda_after_its_first_connect(embedded: EmbeddedCloud,
                                                                   jitr_line: tuple[Profile, LineCa],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    profile, ca = jitr_line
    chain, key = device_certificate(ca, SUBJECT)
    cert_id = certificate_id_of(chain)
    iot = admin_client(embedded)
    settings = settings_from_environment(jitr_environment(profile, [ca.ca_certificate_id]))
    with registered_events(embedded, ca.ca_certificate_id) as events:
        assert not connects(embedded, chain, key, SUBJECT.thing_name)  # AWS closes the first connect
        event = events.wait_for(cert_id)
    assert (event["caCertificateId"], event["certificateStatus"]) == (ca.ca_certificate_id, "PENDING_ACTIVATION")

    result = activate(event, lambda_iot(embedded, profile), settings)
    assert result == {"outcome": "activated", "certificateId": cert_id, "thingName": SUBJECT.thing_name}

    thing = iot.describe_thing(thingName=SUBJECT.thing_name)
    assert thing["thingTypeName"] == "sensor-a"
    assert thing["attributes"] == {"serial": "SN7001", "hw_revision": "B", "station": "line-1",
                                   "batch": "2026-11-30"}
    groups = iot.list_thing_groups_for_thing(thingName=SUBJECT.thing_name)["thingGroups"]
    assert [g["groupName"] for g in groups] == ["sensor-a-rev-b"]
    d = iot.describe_certificate(certificateId=cert_id)["certificateDescription"]
    assert d["status"] == "ACTIVE"
    assert iot.list_thing_principals(thingName=SUBJECT.thing_name)["principals"] == [d["certificateArn"]]
    # The device policy sits on the group: the unit connects as its thing.
    assert connects(embedded, chain, key, SUBJECT.thing_name)

    # A second event for the same certificate (AWS may deliver one twice) changes nothing; this time through
    # the deployed entry point, configured only by its environment as on Lambda.
    as_deployed(embedded, profile, ca.ca_certificate_id, monkeypatch)
    again = jitr_activation.handler(event, None)
    assert again == {"outcome": "already-active", "certificateId": cert_id}
    assert connects(embedded, chain, key, SUBJECT.thing_name)


def as_deployed(embedded: EmbeddedCloud, profile: Profile, ca_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Lambda's environment: its settings, the role's credentials and region (boto3's own chain)."""
    iam = admin_client(embedded, "iam")
    assert embedded.endpoints is not None
    key = iam.create_access_key(UserName=LAMBDA_USER)["AccessKey"]
    for name, value in {**jitr_environment(profile, [ca_id]), "AWS_ACCESS_KEY_ID": key["AccessKeyId"],
                        "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"], "AWS_DEFAULT_REGION":
                        embedded.endpoints.region, "AWS_ENDPOINT_URL_IOT": embedded.endpoints.http_url}.items():
        monkeypatch.setenv(name, value)


@pytest.mark.cloud
@pytest.mark.timeout(240)
def test_refusals_revoke_a_malformed_subject_and_leave_a_foreign_one_pending(
        embedded: EmbeddedCloud, jitr_line: tuple[Profile, LineCa]) -> None:
    profile, ca = jitr_line
    iot = admin_client(embedded)
    lam = lambda_iot(embedded, profile)
    settings = settings_from_environment(jitr_environment(profile, [ca.ca_certificate_id]))
    no_revision = dataclasses.replace(SUBJECT, thing_name="sensor-a-SN7002", serial="SN7002", hw_revision="")
    unknown_model = dataclasses.replace(SUBJECT, thing_name="sensor-a-SN7003", serial="SN7003", model="sensor-z")
    with registered_events(embedded, ca.ca_certificate_id) as events:
        outcomes = {}
        for subject in (no_revision, unknown_model):
            chain, key = device_certificate(ca, subject)
            assert not connects(embedded, chain, key, subject.thing_name)
            event = events.wait_for(certificate_id_of(chain))
            outcomes[subject.serial] = (activate(event, lam, settings)["outcome"],
                                        iot.describe_certificate(certificateId=event["certificateId"])[
                                            "certificateDescription"]["status"], chain, key)
    # A subject the JITP table cannot read never will: revoked, so its connects stop for good.
    assert outcomes["SN7002"][:2] == ("revoked", "REVOKED")
    # A model this deployment does not know may be a settings lag: left for the next connect.
    assert outcomes["SN7003"][:2] == ("left-pending", "PENDING_ACTIVATION")
    for serial in ("SN7002", "SN7003"):
        assert iot.list_things(attributeName="serial", attributeValue=serial)["things"] == []
    # Not this deployment's CA: not touched at all.
    other = dataclasses.replace(settings, ca_ids=frozenset({"f" * 64}))
    assert activate({"certificateId": certificate_id_of(outcomes["SN7003"][2])}, lam, other)["outcome"] == \
        "left-pending"
