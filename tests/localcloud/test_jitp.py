"""JITP in the embedded cloud: a CA's registrationConfig is applied at the device's first mTLS connect, as AWS does."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import queue
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.errors import LocalCloudError
from station.localcloud.launcher import LocalCloud
from station.localcloud.server import EXIT_HOOKS_MISSING
from tests.localcloud._helpers import client

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]

ACCOUNT = "000000000000"
CONNECT_ANY = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"}]}


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


class LocalLineCa:
    """A line CA made here with cryptography (the PKCS#11 signer is another helper's), registered with the cloud."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _name("line-ca"))])
        self.cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                     .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
                     .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                     .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                                    critical=True)
                     .sign(self.key, hashes.SHA256()))

    def sign(self, subject: x509.Name, public_key: Any) -> x509.Certificate:
        now = dt.datetime.now(dt.UTC)
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(self.cert.subject)
                .public_key(public_key).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .sign(self.key, hashes.SHA256()))

    def register(self, iot: Any, registration_config: dict[str, Any] | None) -> str:
        code = iot.get_registration_code()["registrationCode"]
        verification_key = ec.generate_private_key(ec.SECP256R1())
        verification = self.sign(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, code)]),
                                 verification_key.public_key())
        extra = {"registrationConfig": registration_config} if registration_config else {}
        answer = iot.register_ca_certificate(caCertificate=_pem(self.cert).decode(),
                                             verificationCertificate=_pem(verification).decode(),
                                             setAsActive=True, allowAutoRegistration=True, **extra)
        return str(answer["certificateId"])


@dataclass
class Unit:
    """A board's key and the chain the line CA signed for it (device certificate + CA, as factory-ca writes)."""

    thing: str
    key_pem: bytes
    chain: bytes
    certificate_id: str


def _unit(ca: LocalLineCa, *, with_dn_qualifier: bool = True) -> Unit:
    thing = _name("unit")
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, thing),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, "SN-" + thing[-8:]),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "sensor-v2"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "station-7/batch-42"),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "line-a"),
    ]
    if with_dn_qualifier:
        attributes.append(x509.NameAttribute(NameOID.DN_QUALIFIER, "rev-C"))
    cert = ca.sign(x509.Name(attributes), key.public_key())
    der = cert.public_bytes(serialization.Encoding.DER)
    return Unit(thing, _key_pem(key), _pem(cert) + _pem(ca.cert), hashlib.sha256(der).hexdigest())


def template_body(thing_type: str, group: str, policy_doc: dict[str, Any]) -> dict[str, Any]:
    """A JITP template shaped like the station's (ca-spec.md): every value from the certificate subject."""
    cert_param = "AWS::IoT::Certificate::"
    params = ["CommonName", "SerialNumber", "OrganizationalUnit", "DistinguishedNameQualifier", "Organization",
              "StateName", "Id"]
    return {
        "Parameters": {cert_param + p: {"Type": "String"} for p in params},
        "Mappings": {"ThingTypes": {"sensor-v2": {"type": thing_type}}},
        "Resources": {
            "thing": {"Type": "AWS::IoT::Thing", "Properties": {
                "ThingName": {"Ref": cert_param + "CommonName"},
                "ThingTypeName": {"Fn::FindInMap": ["ThingTypes", {"Ref": cert_param + "OrganizationalUnit"},
                                                    "type"]},
                "AttributePayload": {
                    "serial": {"Ref": cert_param + "SerialNumber"},
                    "hw_revision": {"Ref": cert_param + "DistinguishedNameQualifier"},
                    "station": {"Fn::Select": [0, {"Fn::Split": ["/", {"Ref": cert_param + "Organization"}]}]},
                    "batch": {"Fn::Select": [1, {"Fn::Split": ["/", {"Ref": cert_param + "Organization"}]}]},
                },
                "ThingGroups": [group],
            }},
            "certificate": {"Type": "AWS::IoT::Certificate", "Properties": {
                "CertificateId": {"Ref": cert_param + "Id"}, "Status": "ACTIVE"}},
            "policy": {"Type": "AWS::IoT::Policy", "Properties": {"PolicyDocument": json.dumps(policy_doc)}},
        },
    }


class Account:
    """The embedded account, arranged with plain boto3 (root key), and devices that dial its broker over mTLS."""

    def __init__(self, cloud: LocalCloud) -> None:
        self.cloud = cloud
        self.ep = cloud.endpoints
        self.iot = client(self.ep, "iot")
        self.iam = client(self.ep, "iam")

    def provisioning_role(self) -> str:
        name = _name("jitp-role")
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                         "Principal": {"Service": "iot.amazonaws.com"}}]}
        arn = self.iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
        self.iam.put_role_policy(RoleName=name, PolicyName="registration", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                "iot:CreateThing", "iot:UpdateThing", "iot:DescribeThing", "iot:AddThingToThingGroup",
                "iot:CreatePolicy", "iot:AttachPolicy", "iot:AttachThingPrincipal", "iot:UpdateCertificate",
                "iot:DescribeCertificate"], "Resource": "*"}]}))
        return str(arn)

    def type_and_group(self) -> tuple[str, str]:
        thing_type, group = _name("type"), _name("group")
        self.iot.create_thing_type(thingTypeName=thing_type)
        self.iot.create_thing_group(thingGroupName=group)
        return thing_type, group

    def connect(self, unit: Unit) -> Any:
        """An MQTT 3.1.1 mTLS connection presenting the unit's chain; raises if the broker closes it."""
        from awsiot import mqtt_connection_builder

        conn: Any = mqtt_connection_builder.mtls_from_bytes(
            endpoint=self.ep.mqtt_host, port=self.ep.mqtt_port, cert_bytes=unit.chain, pri_key_bytes=unit.key_pem,
            ca_bytes=self.cloud.ca_pem(), client_id=unit.thing, clean_session=True, keep_alive_secs=30)
        conn.connect().result(20)
        return conn

    def refused(self, unit: Unit) -> bool:
        try:
            conn = self.connect(unit)
        except Exception:  # closed without a CONNACK
            return True
        with contextlib.suppress(Exception):
            conn.disconnect().result(10)
        return False

    def status(self, certificate_id: str) -> str:
        return str(self.iot.describe_certificate(certificateId=certificate_id)["certificateDescription"]["status"])


class EventWatcher:
    """A device subscribed to the CA's registered-event topic (how a JITR activation handler hears of a unit)."""

    def __init__(self, account: Account, ca_id: str) -> None:
        from awscrt import mqtt
        from awsiot import mqtt_connection_builder

        iot = account.iot
        made = iot.create_keys_and_certificate(setAsActive=True)
        topic = f"$aws/events/certificates/registered/{ca_id}"
        policy = _name("watch")
        iot.create_policy(policyName=policy, policyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"},
            {"Effect": "Allow", "Action": "iot:Subscribe",
             "Resource": f"arn:aws:iot:{account.ep.region}:{ACCOUNT}:topicfilter/{topic}"},
            {"Effect": "Allow", "Action": "iot:Receive",
             "Resource": f"arn:aws:iot:{account.ep.region}:{ACCOUNT}:topic/{topic}"}]}))
        iot.attach_policy(policyName=policy, target=made["certificateArn"])
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.conn: Any = mqtt_connection_builder.mtls_from_bytes(
            endpoint=account.ep.mqtt_host, port=account.ep.mqtt_port, cert_bytes=made["certificatePem"].encode(),
            pri_key_bytes=made["keyPair"]["PrivateKey"].encode(), ca_bytes=account.cloud.ca_pem(),
            client_id=_name("watcher"), clean_session=True, keep_alive_secs=30)
        self.conn.connect().result(20)
        future, _ = self.conn.subscribe(topic=topic, qos=mqtt.QoS.AT_LEAST_ONCE,
                                        callback=lambda topic, payload, **_kw: self.events.put(json.loads(payload)))
        assert future.result(20).get("qos") is not None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.disconnect().result(10)


@pytest.fixture
def account(cloud: LocalCloud) -> Account:
    return Account(cloud)


def test_jitp_provisions_from_the_certificate_subject_then_the_device_connects(account: Account) -> None:
    thing_type, group = account.type_and_group()
    ca = LocalLineCa()
    config = {"templateBody": json.dumps(template_body(thing_type, group, CONNECT_ANY)),
              "roleArn": account.provisioning_role()}
    ca_id = ca.register(account.iot, config)
    watcher = EventWatcher(account, ca_id)
    unit = _unit(ca)
    try:
        # AWS drops the connection that triggers JITP; the device connects again.
        assert account.refused(unit)
        event = watcher.events.get(timeout=20)
        assert event["certificateId"] == unit.certificate_id and event["caCertificateId"] == ca_id
        assert event["certificateStatus"] == "PENDING_ACTIVATION"
        assert account.status(unit.certificate_id) == "ACTIVE"
        thing = account.iot.describe_thing(thingName=unit.thing)
        assert thing["thingTypeName"] == thing_type
        assert thing["attributes"] == {"serial": "SN-" + unit.thing[-8:], "hw_revision": "rev-C",
                                       "station": "station-7", "batch": "batch-42"}
        groups = account.iot.list_thing_groups_for_thing(thingName=unit.thing)["thingGroups"]
        assert [g["groupName"] for g in groups] == [group]
        principals = account.iot.list_thing_principals(thingName=unit.thing)["principals"]
        assert [p.rsplit("/", 1)[-1] for p in principals] == [unit.certificate_id]
        cert_arn = f"arn:aws:iot:{account.ep.region}:{ACCOUNT}:cert/{unit.certificate_id}"
        assert account.iot.list_attached_policies(target=cert_arn)["policies"]
        conn = account.connect(unit)  # provisioned: the second connect is served
        conn.disconnect().result(10)
    finally:
        watcher.close()


def test_jitp_fails_when_the_certificate_lacks_a_template_parameter(account: Account) -> None:
    thing_type, group = account.type_and_group()
    ca = LocalLineCa()
    config = {"templateBody": json.dumps(template_body(thing_type, group, CONNECT_ANY)),
              "roleArn": account.provisioning_role()}
    ca.register(account.iot, config)
    unit = _unit(ca, with_dn_qualifier=False)  # the template declares DistinguishedNameQualifier
    assert account.refused(unit)
    assert account.status(unit.certificate_id) == "PENDING_ACTIVATION"
    with pytest.raises(ClientError) as info:
        account.iot.describe_thing(thingName=unit.thing)
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert account.refused(unit)  # still not provisioned on the next try
    assert account.status(unit.certificate_id) == "PENDING_ACTIVATION"
    complete = _unit(ca)  # the same CA and template provision a unit whose subject has every field
    assert account.refused(complete)
    assert account.status(complete.certificate_id) == "ACTIVE"


def test_jitp_by_template_name_and_a_ca_without_template_keeps_jitr(account: Account) -> None:
    thing_type, group = account.type_and_group()
    template = _name("jitp")
    account.iot.create_provisioning_template(
        templateName=template, type="JITP", enabled=True, provisioningRoleArn=account.provisioning_role(),
        templateBody=json.dumps(template_body(thing_type, group, CONNECT_ANY)))
    named_ca = LocalLineCa()
    named_ca.register(account.iot, {"templateName": template})
    unit = _unit(named_ca)
    assert account.refused(unit)
    assert account.status(unit.certificate_id) == "ACTIVE"
    assert account.iot.describe_thing(thingName=unit.thing)["thingTypeName"] == thing_type
    account.connect(unit).disconnect().result(10)

    jitr_ca = LocalLineCa()  # auto-registration without a template: ministack's JITR, unchanged
    jitr_ca.register(account.iot, None)
    plain = _unit(jitr_ca)
    assert account.refused(plain)
    assert account.status(plain.certificate_id) == "PENDING_ACTIVATION"
    with pytest.raises(ClientError):
        account.iot.describe_thing(thingName=plain.thing)


def test_the_child_refuses_to_start_when_ministack_moved_the_jitp_hook(tmp_path: Path) -> None:
    # A ministack without the auto-registration hook must stop the server, not run without JITP.
    cmd = [sys.executable, "-c",
           "import runpy, ministack.services.iot as iot; del iot._mtls_auto_register; "
           "runpy.run_module('station.localcloud.server', run_name='__main__')"]
    with pytest.raises(LocalCloudError) as err:
        LocalCloud(tmp_path, command=cmd).start(timeout=30)
    assert f"code {EXIT_HOOKS_MISSING}" in err.value.cause and "_mtls_auto_register" in err.value.cause
