"""Checks on board CSRs and issued certificates before they are trusted (key, CN, signature)."""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.x509.oid import NameOID

from station.errors import StationError
from station.messages import message

_WEAK_HASH = message("csr.weak-hash", "the CSR's signatureAlgorithm uses {hash}, which is not accepted: a CSR must "
                     "be signed with SHA-256 or stronger")
_WEAK_HASH_REMEDY = message("remedy.csr-weak-hash", "Set the board aside: its factory firmware signs CSRs with a "
                            "broken hash; the firmware must sign with SHA-256 (or SHA-384/SHA-512).")()
_NOT_PEM = message("csr.not-pem", "the board's CSR is not valid PEM/DER: {problem}")
_BAD_SIGNATURE = message("csr.bad-signature", "the board's CSR signature does not verify (corrupt or forged CSR)")
_BAD_CURVE = message("csr.bad-curve", "the board's key uses curve {curve}, AWS IoT accepts P-256/P-384/P-521")
_SHORT_RSA = message("csr.short-rsa", "the board's RSA key has {bits} bits, at least 2048 are required")
_BAD_KEY_TYPE = message("csr.bad-key-type", "the board's key type {key_type} is not accepted by AWS IoT")
_WRONG_CN = message("csr.wrong-cn", "the CSR's common name is '{cn}', expected the thing name '{thing_name}'")
_OTHER_KEY = message("csr.other-key", "the CSR's public key differs from the key the board reports holding")


class CsrRejected(StationError):
    """The board's CSR cannot be sent to the cloud."""

    default_remedy = message("remedy.csr", "Retry the unit; if the board keeps sending a bad CSR, its factory "
                             "firmware is faulty.")()


#: EC curves AWS IoT accepts for device certificates (P-256, P-384, P-521).
ACCEPTED_CURVES = ("secp256r1", "secp384r1", "secp521r1")
#: Signature hashes refused in a CSR: broken for collision resistance.
WEAK_HASHES = {"md5": "MD5", "sha1": "SHA-1"}


def _check_signature_hash(csr: x509.CertificateSigningRequest, step: str) -> None:
    try:
        algorithm = csr.signature_hash_algorithm
    except UnsupportedAlgorithm:  # an algorithm cryptography does not know: the signature check refuses it
        return
    name = algorithm.name if isinstance(algorithm, hashes.HashAlgorithm) else ""
    if name in WEAK_HASHES:
        raise CsrRejected(_WEAK_HASH(hash=WEAK_HASHES[name]), step=step, remedy=_WEAK_HASH_REMEDY)


def spki_der(public_key: PublicKeyTypes) -> bytes:
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def check_csr(csr_pem: bytes, *, thing_name: str, board_public_key: bytes | None) -> bytes:
    """Validate a board CSR; returns its public key (SPKI DER). Raises CsrRejected with the reason."""
    step = "generating-key"
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError as exc:
        raise CsrRejected(_NOT_PEM(problem=str(exc)), step=step, retryable=True) from exc
    _check_signature_hash(csr, step)  # first: a SHA-1/MD5 signature does not even verify here
    if not csr.is_signature_valid:
        raise CsrRejected(_BAD_SIGNATURE(), step=step, retryable=True)
    key = csr.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        if key.curve.name not in ACCEPTED_CURVES:
            raise CsrRejected(_BAD_CURVE(curve=key.curve.name), step=step)
    elif isinstance(key, rsa.RSAPublicKey):
        if key.key_size < 2048:
            raise CsrRejected(_SHORT_RSA(bits=key.key_size), step=step)
    else:
        raise CsrRejected(_BAD_KEY_TYPE(key_type=type(key).__name__), step=step)
    cns = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    cn = str(cns[0].value) if cns else ""
    if cn != thing_name:
        raise CsrRejected(_WRONG_CN(cn=cn, thing_name=thing_name), step=step)
    der = spki_der(key)
    if board_public_key is not None and der != board_public_key:
        raise CsrRejected(_OTHER_KEY(), step=step, retryable=True)
    return der


def _first_certificate(cert_pem: bytes | str) -> x509.Certificate:
    """The first certificate of a PEM (a factory-ca board stores its certificate followed by the line CA's)."""
    data = cert_pem.encode() if isinstance(cert_pem, str) else cert_pem
    return x509.load_pem_x509_certificates(data)[0]


def certificate_public_key(cert_pem: bytes | str) -> bytes:
    """The SPKI DER of the first certificate in ``cert_pem`` (a certificate or a chain)."""
    return spki_der(_first_certificate(cert_pem).public_key())


def certificate_id(cert_pem: bytes | str) -> str:
    """AWS IoT's certificate id of the first certificate in ``cert_pem``: the SHA-256 of its DER encoding."""
    der = _first_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()
