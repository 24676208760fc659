"""The line CA: signs a board's CSR into a device certificate whose subject carries what JITP reads.

Subject (docs/factory-ca.md): CN = thing name, serialNumber = board serial, OU = model, dnQualifier =
hardware revision, O = "<station>/<batch>", ST = thing group; UTF8String values; empty optional fields are
left out. The CA key stays in its PKCS#11 token (station/ca/token.py); this module only builds certificates.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import keys, pem, x509
from cryptography import x509 as cx509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from station.ca import certs
from station.ca.errors import STEP, CaError
from station.ca.token import CaToken
from station.cloud.csr import check_csr, spki_der
from station.messages import message
from station.profile import FactoryCaSettings

log = logging.getLogger(__name__)

_CERT_UNSET = message("ca.cert-unset", "no line CA certificate is set (certificates.factory_ca.ca_certificate)")
_CERT_UNREADABLE = message("ca.cert-unreadable", "the line CA certificate '{path}' cannot be read "
                           "(certificates.factory_ca.ca_certificate): {problem}")
_CERT_REMEDY = message("remedy.ca-cert", "Set certificates.factory_ca.ca_certificate to the line CA's certificate "
                       "(PEM), the one made with the token's key (docs/factory-ca.md).")()
_CERT_NOT_CA = message("ca.cert-not-ca", "the certificate '{path}' is not a CA certificate (basicConstraints CA "
                       "is not true) (certificates.factory_ca.ca_certificate)")
_CERT_EXPIRED = message("ca.cert-expired", "the line CA certificate '{path}' is not valid now (valid from "
                        "{not_before} to {not_after}) (certificates.factory_ca.ca_certificate)")
_CERT_EXPIRED_REMEDY = message("remedy.ca-cert-expired", "Rotate the line CA (docs/aws.md, CA rotation) and point "
                               "certificates.factory_ca.ca_certificate at the new CA's certificate.")()
_KEY_MISMATCH = message("ca.key-mismatch", "the line CA certificate '{path}' (certificates.factory_ca.ca_certificate)"
                        " does not belong to the key '{key}' on token '{token}' "
                        "(certificates.factory_ca.key_label): its public key does not verify that key's signature")
_KEY_MISMATCH_REMEDY = message("remedy.ca-key-mismatch", "Point certificates.factory_ca.ca_certificate and "
                               "key_label at the same line CA: the certificate made with this token's key.")()
_VALIDITY = message("ca.validity", "certificates.factory_ca.validity_days is {days}: a device certificate must be "
                    "valid for at least one day")
_VALIDITY_REMEDY = message("remedy.ca-validity", "Set certificates.factory_ca.validity_days to a positive number "
                           "of days.")()
_SUBJECT_FIELD = message("ca.subject-field", "the certificate subject's {field} cannot be '{value}': {problem}")
_SUBJECT_REMEDY = message("remedy.ca-subject", "Check the board's identity (serial, model, hardware revision) and "
                          "the profile's naming and [[groups]]; set the board aside if its identity is corrupt.")()

#: Longest value per subject attribute (RFC 5280 upper bounds; ST 128; serialNumber and dnQualifier 64).
_MAX_LENGTH = {"common_name": 128, "serial_number": 64, "organizational_unit_name": 64, "dn_qualifier": 64,
               "organization_name": 64, "state_or_province_name": 128}
#: A verification certificate (RegisterCACertificate) need only outlive the registration call.
VERIFICATION_VALIDITY = timedelta(days=1)


@dataclass(frozen=True)
class DeviceSubject:
    """What a device certificate's subject carries (the spec's table); values are board and profile data."""

    thing_name: str
    serial: str
    model: str
    hw_revision: str
    station: str
    batch: str
    group: str

    def fields(self) -> list[tuple[str, str]]:
        """(asn1crypto attribute name, value) in subject order; CN always, the others when not empty."""
        organisation = f"{self.station}/{self.batch}" if (self.station or self.batch) else ""
        pairs = [("common_name", self.thing_name), ("serial_number", self.serial),
                 ("organizational_unit_name", self.model), ("dn_qualifier", self.hw_revision),
                 ("organization_name", organisation), ("state_or_province_name", self.group)]
        return [(kind, value) for kind, value in pairs if value or kind == "common_name"]


@dataclass(frozen=True)
class SignedCertificate:
    """A device certificate the line CA signed; ``chain_pem`` (device + CA) is what the board stores."""

    certificate_pem: str
    certificate_id: str
    chain_pem: bytes
    not_after: datetime
    serial_number: int


def _check_subject(subject: DeviceSubject) -> None:
    for part, value in (("O (station)", subject.station), ("O (batch)", subject.batch)):
        if "/" in value:  # JITP splits O on "/" into station and batch: neither may hold one
            raise CaError(_SUBJECT_FIELD(field=part, value=value, problem="contains '/'"), step=STEP,
                          remedy=_SUBJECT_REMEDY)
    for kind, value in subject.fields():
        problem = ""
        if not value:
            problem = "empty"
        elif len(value) > _MAX_LENGTH[kind]:
            problem = f"longer than {_MAX_LENGTH[kind]} characters"
        elif not value.isprintable():
            problem = "holds control characters"
        if problem:
            shown = value[:64].encode("unicode_escape").decode("ascii")
            raise CaError(_SUBJECT_FIELD(field=kind, value=shown, problem=problem), step=STEP,
                          remedy=_SUBJECT_REMEDY)


class LineCa:
    """The station's line CA: its certificate and its token key. Thread-safe; close it when done."""

    def __init__(self, token: CaToken, ca: x509.Certificate, ca_pem: bytes, validity_days: int) -> None:
        self._token = token
        self._ca = ca
        self._ca_key_id = certs.subject_key_identifier(ca)
        self.ca_pem = ca_pem
        self.ca_certificate_id = certs.certificate_id(ca.dump())
        self.validity_days = validity_days

    @classmethod
    def open(cls, settings: FactoryCaSettings) -> LineCa:
        """The CA certificate and the token key, checked to belong together; CaError names the profile key."""
        if settings.validity_days < 1:
            raise CaError(_VALIDITY(days=settings.validity_days), step=STEP, remedy=_VALIDITY_REMEDY)
        ca, ca_pem = _read_ca(settings.ca_certificate)
        token = CaToken.open(settings)
        try:
            _check_key_matches(token, ca, settings)
        except BaseException:
            token.close()
            raise
        log.info("line CA open: certificate %s, key '%s' on token '%s'", certs.certificate_id(ca.dump()),
                 settings.key_label, settings.token_label)
        return cls(token, ca, ca_pem, settings.validity_days)

    @property
    def ca_certificate(self) -> x509.Certificate:
        return self._ca

    def sign_csr(self, csr_pem: bytes, subject: DeviceSubject, *,
                 board_public_key: bytes | None = None) -> SignedCertificate:
        """The device certificate for a board's CSR (signature, key and CN = thing name checked first)."""
        board_key = check_csr(csr_pem, thing_name=subject.thing_name, board_public_key=board_public_key)
        _check_subject(subject)
        spki = keys.PublicKeyInfo.load(board_key)
        now = datetime.now(UTC).replace(microsecond=0)
        not_after = now + timedelta(days=self.validity_days)
        certificate = certs.build(
            subject=certs.name(subject.fields()), issuer=self._ca.subject, spki=spki,
            not_before=now - certs.CLOCK_SKEW, not_after=not_after,
            extensions=certs.device_extensions(spki, self._ca_key_id), sign=self._token.sign)
        der = certificate.dump()
        device_pem = certs.to_pem(der)
        certificate_id = certs.certificate_id(der)
        log.info("signed certificate %s for %s (serial %s)", certificate_id, subject.thing_name, subject.serial)
        return SignedCertificate(certificate_pem=device_pem.decode("ascii"), certificate_id=certificate_id,
                                 chain_pem=device_pem + self.ca_pem, not_after=not_after,
                                 serial_number=int(certificate.serial_number))

    def verification_certificate(self, registration_code: str) -> bytes:
        """A certificate with CN = AWS's registration code, signed by the CA key (RegisterCACertificate)."""
        key = ec.generate_private_key(ec.SECP256R1())  # any key will do; AWS checks only the CA's signature
        spki = keys.PublicKeyInfo.load(spki_der(key.public_key()))
        del key
        now = datetime.now(UTC)
        certificate = certs.build(
            subject=certs.name([("common_name", registration_code)]), issuer=self._ca.subject, spki=spki,
            not_before=now - certs.CLOCK_SKEW, not_after=now + VERIFICATION_VALIDITY,
            extensions=certs.device_extensions(spki, self._ca_key_id)[:2], sign=self._token.sign)
        return certs.to_pem(certificate.dump())

    def close(self) -> None:
        self._token.close()

    def __enter__(self) -> LineCa:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_ca(path: str) -> tuple[x509.Certificate, bytes]:
    if not path:
        raise CaError(_CERT_UNSET(), step=STEP, remedy=_CERT_REMEDY)
    try:
        data = Path(path).read_bytes()
        _, _, der = pem.unarmor(data)
        ca = x509.Certificate.load(der)
        ca.native  # parse it whole now: a corrupt file fails here, not at the first unit  # noqa: B018
    except (OSError, ValueError, TypeError) as exc:
        raise CaError(_CERT_UNREADABLE(path=path, problem=str(exc) or type(exc).__name__), step=STEP,
                      remedy=_CERT_REMEDY) from exc
    if not ca.ca:
        raise CaError(_CERT_NOT_CA(path=path), step=STEP, remedy=_CERT_REMEDY)
    now = datetime.now(UTC)
    validity = ca["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    if not not_before <= now <= not_after:
        raise CaError(_CERT_EXPIRED(path=path, not_before=not_before.isoformat(), not_after=not_after.isoformat()),
                      step=STEP, remedy=_CERT_EXPIRED_REMEDY)
    return ca, certs.to_pem(ca.dump())


def _check_key_matches(token: CaToken, ca: x509.Certificate, settings: FactoryCaSettings) -> None:
    """The token key signs a random challenge; the certificate's public key must verify it."""
    challenge = os.urandom(32)
    signature = token.sign(challenge)
    mismatch = CaError(_KEY_MISMATCH(path=settings.ca_certificate, key=settings.key_label,
                                     token=settings.token_label), step=STEP, remedy=_KEY_MISMATCH_REMEDY)
    public = cx509.load_der_x509_certificate(ca.dump()).public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise mismatch
    try:
        public.verify(signature, challenge, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise mismatch from None
