"""Factory CA, device side: a board whose certificate a line CA signed connects with the chain; JITP registers it.

The line CA here is a throw-away one made with ``cryptography`` (the PKCS#11 signer is not the subject); it is
registered with the embedded cloud by the station's own ``ensure_line_ca`` (JITP template and role). AWS, and
the embedded cloud, close the connection that triggered JITP: the agent must connect again by itself.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.board.reference import ReferenceDriver
from station.cloud.ca_registration import ensure_line_ca
from station.cloud.connect import EmbeddedCloud
from station.domain import ObjectKind, ProvisioningStatus
from station.profile import Profile, load_profile
from station.virtual.board import VirtualBoard
from tests.agent.conftest import connected

pytest.importorskip("ministack")
pytestmark = pytest.mark.timeout(120)


class TestLineCa:
    """A line CA in memory (RegistrableCa): its certificate, verification certificates and device certificates."""

    __test__ = False  # not a test class for pytest

    def __init__(self) -> None:
        self._key = ec.generate_private_key(ec.SECP256R1())
        self._name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"test line CA {uuid.uuid4().hex[:6]}")])
        ski = x509.SubjectKeyIdentifier.from_public_key(self._key.public_key())
        self._ski = ski
        self.cert = (self._builder(self._name, self._key.public_key())
                     .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                     .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                                    critical=True)
                     .add_extension(ski, critical=False)
                     .sign(self._key, hashes.SHA256()))

    def _builder(self, subject: x509.Name, public_key: Any) -> x509.CertificateBuilder:
        now = datetime.datetime.now(datetime.UTC)
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(self._name).public_key(public_key)
                .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
                .not_valid_after(now + datetime.timedelta(days=30)))

    @property
    def ca_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def ca_certificate_id(self) -> str:
        return hashlib.sha256(self.cert.public_bytes(serialization.Encoding.DER)).hexdigest()

    def verification_certificate(self, registration_code: str) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, registration_code)])
        return self._builder(subject, key.public_key()).sign(self._key, hashes.SHA256()).public_bytes(
            serialization.Encoding.PEM)

    def sign(self, csr_pem: bytes, subject: x509.Name) -> x509.Certificate:
        """A device certificate for the CSR's key with the subject JITP reads (ca-spec.md's table)."""
        csr = x509.load_pem_x509_csr(csr_pem)
        assert csr.is_signature_valid
        return (self._builder(subject, csr.public_key())
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False),
                               critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(self._ski),
                               critical=False)
                .sign(self._key, hashes.SHA256()))


@dataclass
class FactoryCloud:
    embedded: EmbeddedCloud
    profile: Profile
    line_ca: TestLineCa
    iot: Any


@pytest.fixture(scope="module")
def factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FactoryCloud]:
    from station.cloud.bootstrap import bootstrap

    base = load_profile(None)
    profile = dataclasses.replace(base, cert_mode="factory-ca",
                                  factory_ca=dataclasses.replace(base.factory_ca, registration="jitp"))
    embedded = EmbeddedCloud(tmp_path_factory.mktemp("factory-cloud"), profile=profile)
    embedded.start()
    try:
        # The csr-mode bootstrap (thing types, groups, device policy); the CA is registered below, as the
        # factory-ca bootstrap does, but with a CA held in memory instead of a PKCS#11 token.
        bootstrap(embedded.as_role("engineer"), base)
        assert embedded.admin_cloud is not None
        line_ca = TestLineCa()
        ensure_line_ca(embedded.admin_cloud, profile, line_ca)
        t = embedded.admin_cloud.target
        iot = boto3.client("iot", endpoint_url=t.endpoint_url, region_name=t.region,
                           aws_access_key_id=t.access_key_id, aws_secret_access_key=t.secret_access_key)
        yield FactoryCloud(embedded, profile, line_ca, iot)
    finally:
        embedded.close()


@pytest.fixture
def boards() -> Iterator[list[VirtualBoard]]:
    made: list[VirtualBoard] = []
    yield made
    for board in made:
        board.close()


def registered_status(board: VirtualBoard, timeout: float = 60.0) -> ProvisioningStatus:
    """Poll prov-status over the serial link until the board says it is registered."""
    assert board.url is not None
    deadline = time.monotonic() + timeout
    with ReferenceDriver(board.url) as link:
        while True:
            status = link.provisioning_status()
            if status.state == "registered":
                return status
            if time.monotonic() > deadline:
                events = board.agent.events if board.agent else []
                raise AssertionError(f"still {status} after {timeout} s; agent events: {events}")
            time.sleep(0.1)


def test_board_connects_with_its_chain_and_jitp_registers_it(factory: FactoryCloud,
                                                            boards: list[VirtualBoard]) -> None:
    profile = factory.profile
    board = VirtualBoard(f"SN{uuid.uuid4().hex[:8].upper()}", "sensor-a", "B", keygen_time=0.0, reboot_time=0.1)
    boards.append(board)
    url = board.start("pty")
    ident = board.identity
    thing = profile.thing_name(ident)
    group = profile.group_for(ident)
    assert group
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, thing),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, ident.serial),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ident.model),
        x509.NameAttribute(NameOID.DN_QUALIFIER, ident.hw_revision),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{profile.station_id}/batch-1"),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, group),
    ])
    endpoints = factory.embedded.endpoints
    assert endpoints is not None
    with ReferenceDriver(url) as link:
        link.hello()
        device_cert = factory.line_ca.sign(link.generate_csr(thing), subject)
        chain = device_cert.public_bytes(serialization.Encoding.PEM) + factory.line_ca.ca_pem
        link.write_object(ObjectKind.CERT, chain)  # what the board presents: its certificate and the line CA
        link.write_object(ObjectKind.CA, factory.embedded.local.ca_pem())
        link.write_object(ObjectKind.ENDPOINT, f"127.0.0.1:{endpoints.mqtt_port}".encode())
        link.write_object(ObjectKind.THING, thing.encode())
        assert link.provisioning_status() == ProvisioningStatus("idle")
        link.reboot()
    cert_id = hashlib.sha256(device_cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    with pytest.raises(factory.iot.exceptions.ResourceNotFoundException):
        factory.iot.describe_certificate(certificateId=cert_id)  # AWS has never seen it before the connect

    status = registered_status(board)
    assert (status.thing_name, status.certificate_id) == (thing, cert_id)
    # What JITP made, seen with plain boto3.
    described = factory.iot.describe_thing(thingName=thing)
    assert described["thingTypeName"] == profile.thing_type("sensor-a")
    assert described["attributes"]["serial"] == ident.serial
    cert = factory.iot.describe_certificate(certificateId=cert_id)["certificateDescription"]
    assert cert["status"] == "ACTIVE" and cert["caCertificateId"] == factory.line_ca.ca_certificate_id
    assert cert["certificateArn"] in factory.iot.list_thing_principals(thingName=thing)["principals"]
    # And it runs as its thing: subscribed to its jobs, start-next answered.
    agent = connected(board)
    kinds = [e.kind for e in agent.events]
    # The connect that triggered JITP was closed, and the agent connected again by itself.
    assert "connect-failed" in kinds and kinds.index("connect-failed") < kinds.index("connected")
