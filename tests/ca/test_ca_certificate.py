"""A line CA certificate made for a key that was generated in the token by other means (a vendor's tool)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cryptography import x509
from pkcs11 import Attribute, KeyType
from pkcs11.util.ec import encode_named_curve_parameters

from station.ca import CaError, DeviceSubject, LineCa, LineCaToken
from station.ca.ca_certificate import write_self_signed_ca
from tests.ca.helpers import board_csr, token_session


def _vendor_key(token: LineCaToken, label: str, *, public: bool = True) -> None:
    """A P-256 pair made in the token as a vendor tool would (CKA_EXTRACTABLE false, CKA_SENSITIVE true)."""
    with token_session(token) as session:
        params = session.create_domain_parameters(
            KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        pub, _ = params.generate_keypair(store=True, label=label, private_template={
            Attribute.EXTRACTABLE: False, Attribute.SENSITIVE: True, Attribute.SIGN: True})
        if not public:
            pub.destroy()


def test_certificate_for_a_token_key_opens_as_the_line_ca(ca_token: LineCaToken, tmp_path: Path) -> None:
    _vendor_key(ca_token, "line-ca-2027")
    settings = dataclasses.replace(ca_token.settings(), key_label="line-ca-2027",
                                   ca_certificate=str(tmp_path / "pki" / "line-ca-2027.pem"))
    write_self_signed_ca(settings, Path(settings.ca_certificate), common_name="Line 3 CA 2027", validity_days=90)
    ca_cert = x509.load_pem_x509_certificate(Path(settings.ca_certificate).read_bytes())
    ca_cert.verify_directly_issued_by(ca_cert)
    assert ca_cert.subject.rfc4514_string() == "CN=Line 3 CA 2027"
    with LineCa.open(settings) as ca:
        signed = ca.sign_csr(board_csr("t-1")[0], DeviceSubject("t-1", "S", "m", "r", "line-3", "b", "g"))
    x509.load_pem_x509_certificate(signed.certificate_pem.encode()).verify_directly_issued_by(ca_cert)
    with pytest.raises(CaError) as caught:  # never overwrites a (maybe registered) CA certificate
        write_self_signed_ca(settings, Path(settings.ca_certificate), common_name="again")
    assert caught.value.cause_message.id == "ca.cert-exists"


def test_a_token_key_without_its_public_half_is_named(ca_token: LineCaToken, tmp_path: Path) -> None:
    _vendor_key(ca_token, "bare", public=False)
    settings = dataclasses.replace(ca_token.settings(), key_label="bare")
    with pytest.raises(CaError) as caught:
        write_self_signed_ca(settings, tmp_path / "bare.pem", common_name="bare")
    assert caught.value.cause_message.id == "ca.public-key-missing"
    assert "certificates.factory_ca.key_label" in caught.value.cause
