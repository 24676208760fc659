"""X.509 v3 certificates built with asn1crypto and signed by a callable (the token): device, CA, verification."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import keys, pem, x509
from asn1crypto.algos import DSASignature

#: Signs the DER of a tbsCertificate: returns a DER ECDSA-Sig-Value (ECDSA with SHA-256).
Signer = Callable[[bytes], bytes]

#: notBefore is set this far back: a board or an AWS endpoint whose clock runs a little behind still accepts it.
CLOCK_SKEW = timedelta(minutes=5)
#: X.509 dates up to 2049 are UTCTime, from 2050 on GeneralizedTime (RFC 5280 4.1.2.5).
_UTC_TIME_END = datetime(2050, 1, 1, tzinfo=UTC)


def ecdsa_der(raw: bytes) -> bytes:
    """A PKCS#11 ECDSA signature (r||s, as CKM_ECDSA returns it) as a DER ECDSA-Sig-Value (X.509's form)."""
    return bytes(DSASignature.from_p1363(raw).dump())


def random_serial() -> int:
    """A random positive 159-bit serial number (at most 20 octets DER, RFC 5280 4.1.2.2)."""
    return (1 << 158) | secrets.randbits(158)


def name(fields: Sequence[tuple[str, str]]) -> x509.Name:
    """An X.501 name, one attribute per RDN in the given order, every value a UTF8String."""
    rdns = [x509.RelativeDistinguishedName([x509.NameTypeAndValue(
        {"type": kind, "value": x509.DirectoryString(name="utf8_string", value=value)})]) for kind, value in fields]
    return x509.Name(name="", value=x509.RDNSequence(rdns))


def _time(when: datetime) -> x509.Time:
    when = when.astimezone(UTC).replace(microsecond=0)
    return x509.Time(name="utc_time" if when < _UTC_TIME_END else "general_time", value=when)


def key_identifier(spki: keys.PublicKeyInfo) -> bytes:
    """The subject key identifier: SHA-1 of the subjectPublicKey bits (RFC 5280 4.2.1.2, method 1)."""
    return hashlib.sha1(spki["public_key"].contents[1:], usedforsecurity=False).digest()


def _extension(kind: str, value: Any, critical: bool = False) -> dict[str, Any]:
    return {"extn_id": kind, "critical": critical, "extn_value": value}


def device_extensions(spki: keys.PublicKeyInfo, issuer_key_id: bytes) -> list[dict[str, Any]]:
    """An AWS IoT device (TLS client) certificate's extensions."""
    return [_extension("basic_constraints", {"ca": False}, critical=True),
            _extension("key_usage", {"digital_signature"}, critical=True),
            _extension("extended_key_usage", ["client_auth"]),
            _extension("key_identifier", key_identifier(spki)),
            _extension("authority_key_identifier", {"key_identifier": issuer_key_id})]


def ca_extensions(spki: keys.PublicKeyInfo) -> list[dict[str, Any]]:
    """A line CA's extensions: signs device certificates only (path length 0)."""
    key_id = key_identifier(spki)
    return [_extension("basic_constraints", {"ca": True, "path_len_constraint": 0}, critical=True),
            _extension("key_usage", {"key_cert_sign", "crl_sign"}, critical=True),
            _extension("key_identifier", key_id),
            _extension("authority_key_identifier", {"key_identifier": key_id})]


def build(*, subject: x509.Name, issuer: x509.Name, spki: keys.PublicKeyInfo, not_before: datetime,
          not_after: datetime, extensions: list[dict[str, Any]], sign: Signer,
          serial: int | None = None) -> x509.Certificate:
    """The signed v3 certificate: tbsCertificate built here, its DER signed by ``sign`` (ECDSA with SHA-256)."""
    algorithm = {"algorithm": "sha256_ecdsa"}
    tbs = x509.TbsCertificate({
        "version": "v3",
        "serial_number": random_serial() if serial is None else serial,
        "signature": algorithm,
        "issuer": issuer,
        "validity": {"not_before": _time(not_before), "not_after": _time(not_after)},
        "subject": subject,
        "subject_public_key_info": spki,
        "extensions": extensions,
    })
    tbs_der = tbs.dump()
    signature = sign(tbs_der)
    # Assembled from the DER pieces: asn1crypto re-encoding the parsed structure would cost more than signing.
    outer = x509.Certificate({"tbs_certificate": x509.TbsCertificate.load(tbs_der),
                              "signature_algorithm": algorithm, "signature_value": signature})
    return x509.Certificate.load(outer.dump())


def self_signed_ca_pem(spki: keys.PublicKeyInfo, sign: Signer, *, common_name: str, validity_days: int) -> bytes:
    """A self-signed line CA certificate (PEM) for the key whose public half is ``spki`` and which ``sign`` uses."""
    now = datetime.now(UTC)
    subject = name([("common_name", common_name)])
    ca = build(subject=subject, issuer=subject, spki=spki, not_before=now - CLOCK_SKEW,
               not_after=now + timedelta(days=validity_days), extensions=ca_extensions(spki), sign=sign)
    return to_pem(ca.dump())


def to_pem(der: bytes) -> bytes:
    return bytes(pem.armor("CERTIFICATE", der))


def certificate_id(der: bytes) -> str:
    """AWS IoT's certificate id: the SHA-256 of the certificate's DER."""
    return hashlib.sha256(der).hexdigest()


def subject_key_identifier(certificate: x509.Certificate) -> bytes:
    """The certificate's SKI extension, else computed from its key (as the issuer's AKI of what it signs)."""
    value = certificate.key_identifier
    return bytes(value) if value is not None else key_identifier(certificate.public_key)
