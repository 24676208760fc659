"""CSR checks that follow what AWS IoT accepts: P-521 keys yes, SHA-1/MD5 signatures no."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from station.cloud.csr import CsrRejected, check_csr, spki_der

THING = "unit-0001"


def _csr(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, cn: str = THING) -> x509.CertificateSigningRequest:
    return (x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
            .sign(key, hashes.SHA256()))


# cryptography no longer signs with SHA-1/MD5, so the weak CSRs are assembled by hand (DER).
def _len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _len(len(body)) + body


def _oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return _tlv(0x06, out)


def _weak_csr_pem(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, algorithm: hashes.HashAlgorithm,
                  signature_oid: str) -> bytes:
    tbs = _csr(key).tbs_certrequest_bytes
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(tbs, padding.PKCS1v15(), algorithm)
        alg_id = _tlv(0x30, _oid(signature_oid) + b"\x05\x00")
    else:
        signature = key.sign(tbs, ec.ECDSA(algorithm))
        alg_id = _tlv(0x30, _oid(signature_oid))
    der = _tlv(0x30, tbs + alg_id + _tlv(0x03, b"\x00" + signature))
    return x509.load_der_x509_csr(der).public_bytes(Encoding.PEM)


@pytest.mark.parametrize("curve", [ec.SECP256R1(), ec.SECP384R1(), ec.SECP521R1()])
def test_accepted_curves_include_p521(curve: ec.EllipticCurve) -> None:
    key = ec.generate_private_key(curve)
    pem = _csr(key).public_bytes(Encoding.PEM)
    assert check_csr(pem, thing_name=THING, board_public_key=spki_der(key.public_key())) == spki_der(key.public_key())


def test_other_curve_is_refused_naming_it() -> None:
    key = ec.generate_private_key(ec.SECP256K1())
    with pytest.raises(CsrRejected, match=r"secp256k1.*P-256/P-384/P-521"):
        check_csr(_csr(key).public_bytes(Encoding.PEM), thing_name=THING, board_public_key=None)


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize(("algorithm", "oid", "label"), [
    (hashes.SHA1(), "1.2.840.113549.1.1.5", "SHA-1"),  # sha1WithRSAEncryption
    (hashes.MD5(), "1.2.840.113549.1.1.4", "MD5"),  # md5WithRSAEncryption
])
def test_weak_rsa_signature_hash_is_refused(rsa_key: rsa.RSAPrivateKey, algorithm: hashes.HashAlgorithm,
                                            oid: str, label: str) -> None:
    pem = _weak_csr_pem(rsa_key, algorithm, oid)
    with pytest.raises(CsrRejected) as err:
        check_csr(pem, thing_name=THING, board_public_key=None)
    assert "signatureAlgorithm" in err.value.cause and label in err.value.cause
    assert "SHA-256" in err.value.cause
    assert err.value.step == "generating-key"
    assert not err.value.retryable  # the firmware, not the moment, is at fault


def test_ecdsa_with_sha1_is_refused() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = _weak_csr_pem(key, hashes.SHA1(), "1.2.840.10045.4.1")  # ecdsa-with-SHA1
    with pytest.raises(CsrRejected, match="signatureAlgorithm uses SHA-1"):
        check_csr(pem, thing_name=THING, board_public_key=None)


def test_sha384_and_sha512_signatures_pass() -> None:
    key = ec.generate_private_key(ec.SECP521R1())
    for algorithm in (hashes.SHA384(), hashes.SHA512()):
        pem = (x509.CertificateSigningRequestBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, THING)]))
               .sign(key, algorithm).public_bytes(Encoding.PEM))
        check_csr(pem, thing_name=THING, board_public_key=None)
