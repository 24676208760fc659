"""Test-only helpers for the line CA: board CSRs, a token session, a CA key imported from a known scalar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pkcs11
from asn1crypto import keys
from asn1crypto.core import OctetString
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.util.ec import encode_named_curve_parameters

from station.ca import certs, module
from station.ca.softhsm import LineCaToken, init_softhsm_token, token_signer
from station.cloud.csr import spki_der


def board_csr(thing_name: str,
              key: ec.EllipticCurvePrivateKey | None = None) -> tuple[bytes, ec.EllipticCurvePrivateKey]:
    """A CSR as a board makes it: a P-256 key of its own, CN = the thing name."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, thing_name)]))
           .sign(key, hashes.SHA256()))
    return csr.public_bytes(serialization.Encoding.PEM), key


@contextmanager
def token_session(token: LineCaToken) -> Iterator[pkcs11.Session]:
    """A read-write user session on ``token`` (its SOFTHSM2_CONF applied while the module initialises)."""
    lib = module.acquire(token.library, str(token.conf))
    try:
        with lib.get_token(token_label=token.token_label).open(user_pin=token.pin, rw=True) as session:
            yield session
    finally:
        module.release(token.library)


def _ec_point(key: ec.EllipticCurvePrivateKey) -> bytes:
    """CKA_EC_POINT: the uncompressed point, DER OCTET STRING wrapped (as SoftHSM2 wants it)."""
    point = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    return bytes(OctetString(point).dump())


def imported_line_ca_token(directory: Path, scalar: int, *, token_label: str = "line-ca",
                           key_label: str = "line-ca", extractable: bool = False,
                           sensitive: bool = True) -> LineCaToken:
    """A SoftHSM2 token whose CA key was IMPORTED from a known P-256 private scalar (tests only: the station
    makes its key in the token). ``extractable``/``sensitive`` let a test make a key the station must refuse."""
    directory = Path(directory).resolve()
    library, conf, pin = init_softhsm_token(directory, token_label)
    key = ec.derive_private_key(scalar, ec.SECP256R1())
    token = LineCaToken(directory=directory, conf=conf, library=library, token_label=token_label,
                        key_label=key_label, pin=pin, ca_certificate=directory / "line-ca.pem")
    params = encode_named_curve_parameters("secp256r1")
    with token_session(token) as session:
        private = session.create_object({
            Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.KEY_TYPE: KeyType.EC, Attribute.TOKEN: True,
            Attribute.PRIVATE: True, Attribute.LABEL: key_label, Attribute.EC_PARAMS: params,
            Attribute.VALUE: scalar.to_bytes(32, "big"), Attribute.SIGN: True,
            Attribute.SENSITIVE: sensitive, Attribute.EXTRACTABLE: extractable})
        session.create_object({
            Attribute.CLASS: ObjectClass.PUBLIC_KEY, Attribute.KEY_TYPE: KeyType.EC, Attribute.TOKEN: True,
            Attribute.LABEL: key_label, Attribute.EC_PARAMS: params, Attribute.EC_POINT: _ec_point(key),
            Attribute.VERIFY: True})
        assert isinstance(private, pkcs11.SignMixin)
        spki = keys.PublicKeyInfo.load(spki_der(key.public_key()))
        token.ca_certificate.write_bytes(certs.self_signed_ca_pem(
            spki, token_signer(private), common_name="Imported Test Line CA", validity_days=30))
    return token
