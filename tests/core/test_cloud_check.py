"""The cloud check's pure parts: session ARN to role ARN, clock skew, quota table, line rate, TLS/ALPN probes."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import replace
from email.utils import format_datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.cloud.check import (
    QUOTA_OPERATIONS,
    Status,
    alpn_result,
    clock_result,
    line_rate,
    role_arn_from_session,
    shipped_defaults,
)
from station.cloud.reachability import MQTT_ALPN, split_host_port, tcp_probe, tls_probe
from station.profile import Profile


# -- identities ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("arn", "expected"), [
    ("arn:aws:sts::123456789012:assumed-role/station-line-1/i-0abc",
     "arn:aws:iam::123456789012:role/station-line-1"),
    ("arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_LineEngineer_0123456789abcdef/jane@example.com",
     "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_LineEngineer_0123456789abcdef"),
    ("arn:aws-cn:sts::123456789012:assumed-role/r/s", "arn:aws-cn:iam::123456789012:role/r"),
    ("arn:aws:iam::123456789012:user/provisioning-station", "arn:aws:iam::123456789012:user/provisioning-station"),
    ("arn:aws:iam::123456789012:root", None),
    ("arn:aws:sts::123456789012:federated-user/bob", None),
    ("not an arn", None),
])
def test_session_arn_maps_to_the_role_to_simulate(arn: str, expected: str | None) -> None:
    assert role_arn_from_session(arn) == expected


# -- clock ---------------------------------------------------------------------------------------------
def test_clock_skew_over_five_minutes_is_a_problem() -> None:
    now = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
    header = {"date": format_datetime(now, usegmt=True)}
    assert clock_result(header, now=now.timestamp() + 30).status == Status.OK
    late = clock_result(header, now=now.timestamp() + 301)
    assert late.status == Status.PROBLEM and "301 s ahead" in late.detail and "clock" in late.remedy
    assert clock_result(header, now=now.timestamp() - 600).detail.startswith("this PC's clock is 600 s behind")
    assert clock_result({}).status == Status.UNCHECKED


# -- quotas and line rate --------------------------------------------------------------------------------
def test_shipped_defaults_cover_every_critical_call() -> None:
    table = shipped_defaults()
    for op in QUOTA_OPERATIONS:
        assert table.tps[op] > 0 and table.sources[op].startswith("shipped default")
    assert table.codes["ListThingPrincipals"].startswith("L-")


def test_line_rate_is_bound_by_the_slowest_call(profile: Profile) -> None:
    tps = {op: shipped_defaults().tps[op] for op in QUOTA_OPERATIONS}
    sources = dict.fromkeys(tps, "test")
    rate = line_rate(replace(profile, policy_attach_to="certificate"), tps, sources)
    assert rate.units_per_hour == 3600 * 15 and "AttachPolicy" in rate.binding
    # Attaching the policy to the group removes AttachPolicy from a unit's path.
    grouped = line_rate(replace(profile, policy_attach_to="group"), {**tps, "CreateCertificateFromCsr": 40.0},
                        sources)
    assert grouped.binding == "CreateCertificateFromCsr" and grouped.units_per_hour == 3600 * 40
    assert "AttachPolicy" not in grouped.calls


# -- reachability probes ---------------------------------------------------------------------------------
def test_split_host_port() -> None:
    assert split_host_port("abc-ats.iot.eu-west-1.amazonaws.com:8883", 443) == \
        ("abc-ats.iot.eu-west-1.amazonaws.com", 8883)
    assert split_host_port("abc.example", 8883) == ("abc.example", 8883)
    assert split_host_port("[::1]:9000", 8883) == ("::1", 9000)


def _self_signed(tmp_path: Path) -> tuple[Path, Path, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file, key_file = tmp_path / "stub.pem", tmp_path / "stub.key"
    cert_file.write_bytes(pem)
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file, pem


@pytest.fixture
def tls_stub(tmp_path: Path) -> Iterator[object]:
    """Start loopback TLS servers: stub(alpn) -> (port, ca_pem); each accepts connections until the test ends."""
    cert_file, key_file, pem = _self_signed(tmp_path)
    stop = threading.Event()
    servers: list[tuple[socket.socket, threading.Thread]] = []

    def start(alpn: list[str]) -> tuple[int, bytes]:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        context.set_alpn_protocols(alpn)
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.2)

        def serve() -> None:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                try:
                    with context.wrap_socket(conn, server_side=True):
                        pass
                except (OSError, ssl.SSLError):
                    conn.close()

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        servers.append((listener, thread))
        return listener.getsockname()[1], pem

    yield start
    stop.set()
    for listener, thread in servers:
        thread.join(timeout=5)
        listener.close()


def test_alpn_accepted_by_the_endpoint(tls_stub) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_stub([MQTT_ALPN])
    probe = tls_probe("127.0.0.1", port, ca_pem=ca, alpn=MQTT_ALPN)
    assert probe.ok and probe.alpn == MQTT_ALPN, probe
    result = alpn_result("127.0.0.1", port, ca_pem=ca)
    assert result.status == Status.OK and MQTT_ALPN in result.detail


def test_alpn_not_negotiated_is_a_problem_unless_8883_works(tls_stub) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_stub(["http/1.1"])
    result = alpn_result("127.0.0.1", port, ca_pem=ca)
    assert result.status == Status.PROBLEM
    assert f"did not negotiate ALPN {MQTT_ALPN}" in result.detail and "8883" in result.remedy
    assert alpn_result("127.0.0.1", port, ca_pem=ca, fallback_ok=True).status == Status.OK


def test_untrusted_server_certificate_is_named(tls_stub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port, _ca = tls_stub([MQTT_ALPN])
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    _c, _k, other_ca = _self_signed(other_dir)
    probe = tls_probe("127.0.0.1", port, ca_pem=other_ca, alpn=MQTT_ALPN)
    assert not probe.ok and "not trusted" in probe.error


def test_closed_port_is_named() -> None:
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    probe = tcp_probe("127.0.0.1", port, timeout=2)
    assert not probe.ok and f"127.0.0.1:{port}" in probe.error


# -- credentials explained ---------------------------------------------------------------------------------
def _cloud(profile_name: str) -> object:
    from station.cloud.adapter import IotCloud
    from station.cloud.session import CloudTarget

    # Keys only so that no AWS config is needed to build the session; the profile name is what the remedy names.
    return IotCloud(CloudTarget(region="eu-west-1", profile=profile_name, access_key_id="x", secret_access_key="y"))


def test_expired_and_missing_credentials_name_the_renewing_command() -> None:
    from botocore.exceptions import ClientError, NoCredentialsError, TokenRetrievalError

    from station.cloud.check import explain_credentials

    cloud = _cloud("line-pc")
    expired = ClientError({"Error": {"Code": "ExpiredTokenException", "Message": "The security token expired"}},
                          "GetCallerIdentity")
    for exc in (expired, TokenRetrievalError(provider="sso", error_msg="Token has expired and refresh failed")):
        result = explain_credentials(exc, cloud)  # type: ignore[arg-type]
        assert result is not None and result.blocking and result.short == "credentials expired"
        assert "aws sso login --profile line-pc" in result.remedy
    token = ClientError({"Error": {"Code": "UnrecognizedClientException",
                                   "Message": "The security token included in the request is invalid."}}, "Op")
    result = explain_credentials(token, cloud)  # type: ignore[arg-type]
    assert result is not None and result.short == "credentials expired"
    missing = explain_credentials(NoCredentialsError(), _cloud(""))  # type: ignore[arg-type]
    assert missing is not None and missing.short == "no credentials"
    assert "AWS_PROFILE" in missing.remedy and "aws configure" in missing.remedy
    other = ClientError({"Error": {"Code": "ResourceNotFoundException", "Message": "x"}}, "Op")
    assert explain_credentials(other, cloud) is None  # type: ignore[arg-type]
