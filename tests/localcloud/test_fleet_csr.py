"""Fleet provisioning with an on-board key: create-from-csr then RegisterThing over MQTT, as AWS documents."""

from __future__ import annotations

import contextlib
import json
import queue
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
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
WAIT = 20.0


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _template_body(device_policy: str) -> dict[str, Any]:
    return {
        "Parameters": {"ThingName": {"Type": "String"}, "SerialNumber": {"Type": "String"},
                       "AWS::IoT::Certificate::Id": {"Type": "String"}},
        "Resources": {
            "thing": {"Type": "AWS::IoT::Thing", "Properties": {
                "ThingName": {"Ref": "ThingName"}, "AttributePayload": {"serial": {"Ref": "SerialNumber"}}}},
            "certificate": {"Type": "AWS::IoT::Certificate", "Properties": {
                "CertificateId": {"Ref": "AWS::IoT::Certificate::Id"}, "Status": "Active"}},
            "policy": {"Type": "AWS::IoT::Policy", "Properties": {"PolicyName": device_policy}},
        },
    }


class Fleet:
    """A fleet template and its role, arranged with plain boto3 (root key)."""

    def __init__(self, cloud: LocalCloud) -> None:
        self.cloud = cloud
        self.ep = cloud.endpoints
        self.iot = client(self.ep, "iot")
        iam = client(self.ep, "iam")
        role = _name("fleet-role")
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                         "Principal": {"Service": "iot.amazonaws.com"}}]}
        role_arn = iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
        iam.put_role_policy(RoleName=role, PolicyName="registration", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                "iot:CreateThing", "iot:DescribeThing", "iot:AttachPolicy", "iot:AttachThingPrincipal",
                "iot:UpdateCertificate", "iot:DescribeCertificate"], "Resource": "*"}]}))
        self.device_policy = _name("device")
        self.iot.create_policy(policyName=self.device_policy, policyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"}]}))
        self.template = _name("fleet")
        self.iot.create_provisioning_template(
            templateName=self.template, enabled=True, provisioningRoleArn=role_arn,
            templateBody=json.dumps(_template_body(self.device_policy)))

    def connect(self, cert_pem: str, key_pem: str, client_id: str,
                interrupted: threading.Event | None = None) -> Any:
        from awsiot import mqtt_connection_builder

        def on_interrupted(**_kw: Any) -> None:
            if interrupted is not None:
                interrupted.set()

        conn: Any = mqtt_connection_builder.mtls_from_bytes(
            endpoint=self.ep.mqtt_host, port=self.ep.mqtt_port, cert_bytes=cert_pem.encode(),
            pri_key_bytes=key_pem.encode(), ca_bytes=self.cloud.ca_pem(), client_id=client_id,
            clean_session=True, keep_alive_secs=30, on_connection_interrupted=on_interrupted)
        conn.connect().result(WAIT)
        return conn


def _csr(common_name: str) -> tuple[str, str]:
    """A CSR for a key made here (the board's own key, in the real flow); (csr PEM, key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])).sign(key, hashes.SHA256())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return csr.public_bytes(serialization.Encoding.PEM).decode(), key_pem


class Identity:
    """awsiot's identity client on one connection, with the replies collected in a queue."""

    def __init__(self, conn: Any) -> None:
        from awscrt import mqtt
        from awsiot import iotidentity

        self.api = iotidentity
        self.qos = mqtt.QoS.AT_LEAST_ONCE
        self.client = iotidentity.IotIdentityClient(conn)
        self.replies: queue.Queue[tuple[str, Any]] = queue.Queue()

    def _subscribe(self, method: Any, request: Any, kind: str) -> None:
        future, _topic = method(request=request, qos=self.qos,
                                callback=lambda response: self.replies.put((kind, response)))
        future.result(WAIT)

    def create_from_csr(self, csr: str) -> tuple[str, Any]:
        request = self.api.CreateCertificateFromCsrSubscriptionRequest()
        self._subscribe(self.client.subscribe_to_create_certificate_from_csr_accepted, request, "accepted")
        self._subscribe(self.client.subscribe_to_create_certificate_from_csr_rejected, request, "rejected")
        self.client.publish_create_certificate_from_csr(
            request=self.api.CreateCertificateFromCsrRequest(certificate_signing_request=csr), qos=self.qos)
        return self.replies.get(timeout=WAIT)

    def register_thing(self, template: str, token: str, parameters: dict[str, str]) -> tuple[str, Any]:
        request = self.api.RegisterThingSubscriptionRequest(template_name=template)
        self._subscribe(self.client.subscribe_to_register_thing_accepted, request, "accepted")
        self._subscribe(self.client.subscribe_to_register_thing_rejected, request, "rejected")
        self.client.publish_register_thing(request=self.api.RegisterThingRequest(
            template_name=template, certificate_ownership_token=token, parameters=parameters), qos=self.qos)
        return self.replies.get(timeout=WAIT)


@pytest.fixture
def fleet(cloud: LocalCloud) -> Fleet:
    return Fleet(cloud)


def test_on_board_key_flow_create_from_csr_then_register_thing(fleet: Fleet) -> None:
    claim = fleet.iot.create_provisioning_claim(templateName=fleet.template)
    thing = _name("unit")
    conn = fleet.connect(claim["certificatePem"], claim["keyPair"]["PrivateKey"], thing)
    try:
        identity = Identity(conn)
        csr, key_pem = _csr(thing)
        kind, created = identity.create_from_csr(csr)
        assert kind == "accepted", vars(created)
        cert = x509.load_pem_x509_certificate(created.certificate_pem.encode())
        own_key = serialization.load_pem_private_key(key_pem.encode(), password=None).public_key()
        assert cert.public_key() == own_key  # issued for the board's own key
        issuer = x509.load_pem_x509_certificate(fleet.cloud.ca_pem())
        assert cert.issuer == issuer.subject
        described = fleet.iot.describe_certificate(certificateId=created.certificate_id)["certificateDescription"]
        assert described["status"] == "PENDING_ACTIVATION"  # until RegisterThing applies the template
        kind, registered = identity.register_thing(fleet.template, created.certificate_ownership_token,
                                                   {"ThingName": thing, "SerialNumber": "SN-1"})
        assert kind == "accepted", vars(registered)
        assert registered.thing_name == thing
    finally:
        with contextlib.suppress(Exception):
            conn.disconnect().result(10)
    assert fleet.iot.describe_thing(thingName=thing)["attributes"] == {"serial": "SN-1"}
    described = fleet.iot.describe_certificate(certificateId=created.certificate_id)["certificateDescription"]
    assert described["status"] == "ACTIVE"
    fleet.connect(created.certificate_pem, key_pem, thing).disconnect().result(10)  # the unit's final identity


def test_malformed_csr_is_rejected_with_the_documented_fields(fleet: Fleet) -> None:
    claim = fleet.iot.create_provisioning_claim(templateName=fleet.template)
    conn = fleet.connect(claim["certificatePem"], claim["keyPair"]["PrivateKey"], _name("unit"))
    try:
        kind, error = Identity(conn).create_from_csr(
            "-----BEGIN CERTIFICATE REQUEST-----\nbm90IGEgQ1NS\n-----END CERTIFICATE REQUEST-----\n")
    finally:
        with contextlib.suppress(Exception):
            conn.disconnect().result(10)
    assert kind == "rejected"
    assert error.status_code == 400 and error.error_code and error.error_message


def _bootstrap_claim(fleet: Fleet, topics: list[str]) -> tuple[str, str]:
    """A bootstrap-time claim: a registered certificate whose policy allows these request topics only."""
    made = fleet.iot.create_keys_and_certificate(setAsActive=True)
    arn = f"arn:aws:iot:{fleet.ep.region}:{ACCOUNT}"
    policy = _name("claim")
    fleet.iot.create_policy(policyName=policy, policyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"},
        {"Effect": "Allow", "Action": ["iot:Publish", "iot:Receive"],
         "Resource": [f"{arn}:topic/{t}" for t in topics]},
        {"Effect": "Allow", "Action": "iot:Subscribe",
         "Resource": [f"{arn}:topicfilter/$aws/certificates/create/*",
                      f"{arn}:topicfilter/$aws/certificates/create-from-csr/*"]}]}))
    fleet.iot.attach_policy(policyName=policy, target=made["certificateArn"])
    return str(made["certificatePem"]), str(made["keyPair"]["PrivateKey"])


def test_the_claim_policy_decides_whether_create_from_csr_is_answered(fleet: Fleet) -> None:
    allowed = _bootstrap_claim(fleet, ["$aws/certificates/create-from-csr/*"])
    conn = fleet.connect(*allowed, _name("unit"))
    try:
        kind, created = Identity(conn).create_from_csr(_csr("unit")[0])
    finally:
        with contextlib.suppress(Exception):
            conn.disconnect().result(10)
    assert kind == "accepted" and created.certificate_ownership_token

    refused = _bootstrap_claim(fleet, ["$aws/certificates/create/*"])  # the CSR topic is not in it
    interrupted = threading.Event()
    conn = fleet.connect(*refused, _name("unit"), interrupted)
    identity = Identity(conn)
    request = identity.api.CreateCertificateFromCsrSubscriptionRequest()
    identity._subscribe(identity.client.subscribe_to_create_certificate_from_csr_accepted, request, "accepted")
    identity._subscribe(identity.client.subscribe_to_create_certificate_from_csr_rejected, request, "rejected")
    before = len(fleet.iot.list_certificates()["certificates"])
    identity.client.publish_create_certificate_from_csr(request=identity.api.CreateCertificateFromCsrRequest(
        certificate_signing_request=_csr("unit")[0]), qos=identity.qos)
    # MQTT 3.1.1, as on AWS: a publish the policy does not allow ends the connection.
    assert interrupted.wait(WAIT)
    with contextlib.suppress(Exception):
        conn.disconnect().result(10)
    assert identity.replies.empty()
    assert len(fleet.iot.list_certificates()["certificates"]) == before


def test_the_child_refuses_to_start_when_ministack_moved_the_fleet_hooks(tmp_path: Path) -> None:
    # A ministack whose fleet provisioning reply moved must stop the server, not leave create-from-csr unanswered.
    cmd = [sys.executable, "-c",
           "import runpy, ministack.services.iot as iot; del iot._fleet_provisioning_reply; "
           "runpy.run_module('station.localcloud.server', run_name='__main__')"]
    with pytest.raises(LocalCloudError) as err:
        LocalCloud(tmp_path, command=cmd).start(timeout=30)
    assert f"code {EXIT_HOOKS_MISSING}" in err.value.cause and "_fleet_provisioning_reply" in err.value.cause
