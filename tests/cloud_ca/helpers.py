"""Line CA tests: a real SoftHSM2 line CA, the engineer's CA rights, device certificates and an mTLS MQTT client."""

from __future__ import annotations

import contextlib
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.ca import DeviceSubject, LineCa, create_line_ca_token
from station.cloud.connect import EmbeddedCloud
from tests.integration.helpers import ADMIN_KEY


def open_line_ca(directory: Path, monkeypatch: pytest.MonkeyPatch, *, name: str = "Line CA") -> LineCa:
    """A SoftHSM2 token of its own with a P-256 CA key made in it, opened as the station opens it."""
    token = create_line_ca_token(directory, common_name=name)
    for key, value in token.environment().items():
        monkeypatch.setenv(key, value)
    return LineCa.open(token.settings())


def device_certificate(line_ca: LineCa, subject: DeviceSubject) -> tuple[bytes, bytes]:
    """(chain PEM as the board stores it, the board's private key PEM): a CSR signed by the line CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject.thing_name)])).sign(key, hashes.SHA256())
    signed = line_ca.sign_csr(csr.public_bytes(serialization.Encoding.PEM), subject)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return signed.chain_pem, key_pem


def admin_client(embedded: EmbeddedCloud, service: str = "iot") -> Any:
    """Plain boto3 as the embedded account's administrator: to check what the cloud holds."""
    assert embedded.endpoints is not None
    return boto3.client(service, endpoint_url=embedded.endpoints.http_url, region_name=embedded.endpoints.region,
                        aws_access_key_id=ADMIN_KEY, aws_secret_access_key=ADMIN_KEY)


def mqtt_connection(embedded: EmbeddedCloud, cert_pem: bytes, key_pem: bytes, client_id: str) -> Any:
    from awsiot import mqtt_connection_builder

    assert embedded.endpoints is not None
    return mqtt_connection_builder.mtls_from_bytes(
        endpoint=embedded.endpoints.mqtt_host, port=embedded.endpoints.mqtt_port, cert_bytes=cert_pem,
        pri_key_bytes=key_pem, ca_bytes=embedded.local.ca_pem(), client_id=client_id, clean_session=True,
        keep_alive_secs=30)


def connects(embedded: EmbeddedCloud, cert_pem: bytes, key_pem: bytes, client_id: str) -> bool:
    """One MQTT connect with these credentials: True on a CONNACK, False when the broker closes or refuses."""
    conn = mqtt_connection(embedded, cert_pem, key_pem, client_id)
    try:
        conn.connect().result(20)
    except Exception:
        return False
    conn.disconnect().result(10)
    return True


class RegisteredEvents:
    """An MQTT subscriber to $aws/events/certificates/registered/<caId>, as an IoT rule would see them."""

    def __init__(self, embedded: EmbeddedCloud, ca_id: str) -> None:
        from awscrt import mqtt

        iot = admin_client(embedded)
        keys = iot.create_keys_and_certificate(setAsActive=True)
        self.client_id = f"jitr-watch-{uuid.uuid4().hex[:8]}"
        arn = keys["certificateArn"].split(":")
        region, account = arn[3], arn[4]
        base = f"arn:aws:iot:{region}:{account}"
        self.topic = f"$aws/events/certificates/registered/{ca_id}"
        policy = f"jitr-watch-{uuid.uuid4().hex[:8]}"
        iot.create_policy(policyName=policy, policyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "iot:Connect", "Resource": f"{base}:client/{self.client_id}"},
            {"Effect": "Allow", "Action": "iot:Subscribe", "Resource": f"{base}:topicfilter/{self.topic}"},
            {"Effect": "Allow", "Action": "iot:Receive", "Resource": f"{base}:topic/{self.topic}"}]}))
        iot.attach_policy(policyName=policy, target=keys["certificateArn"])
        self.events: list[dict[str, Any]] = []
        self._arrived = threading.Condition()
        self.conn = mqtt_connection(embedded, keys["certificatePem"].encode(),
                                    keys["keyPair"]["PrivateKey"].encode(), self.client_id)
        self.conn.connect().result(20)
        future, _ = self.conn.subscribe(topic=self.topic, qos=mqtt.QoS.AT_LEAST_ONCE, callback=self._on_message)
        assert future.result(20).get("qos") is not None, "subscription refused"

    def _on_message(self, topic: str, payload: bytes, **_: Any) -> None:
        with self._arrived:
            self.events.append(json.loads(payload))
            self._arrived.notify_all()

    def wait_for(self, certificate_id: str, timeout: float = 30) -> dict[str, Any]:
        with self._arrived:
            self._arrived.wait_for(lambda: any(e.get("certificateId") == certificate_id for e in self.events),
                                   timeout)
            found = [e for e in self.events if e.get("certificateId") == certificate_id]
        assert found, f"no registered event for {certificate_id}: {self.events}"
        return found[-1]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.disconnect().result(10)


@contextlib.contextmanager
def registered_events(embedded: EmbeddedCloud, ca_id: str) -> Iterator[RegisteredEvents]:
    watcher = RegisteredEvents(embedded, ca_id)
    try:
        yield watcher
    finally:
        watcher.close()


def certificate_id_of(chain_pem: bytes) -> str:
    from station.cloud.ca_registration import certificate_id

    return certificate_id(chain_pem)
