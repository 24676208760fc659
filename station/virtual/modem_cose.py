"""The COSE_Sign1 half of a virtual modem's %KEYGEN answer, and the IMEI check digit.

The real modem signs each CSR with its device identity key and appends the
COSE_Sign1 (RFC 9052) after a dot. The virtual modem does the same with a
per-modem P-256 identity key: the payload is the SHA-256 of the CSR DER, the
protected header says ES256. cbor2 is not a project dependency, and the
structure is fixed and tiny, so the few CBOR items it needs are encoded here
(RFC 8949 definite-length encoding). The station does not verify this
signature (the CSR's own signature proves possession of the key).
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

CborItem = int | bytes | str | list["CborItem"] | dict[int, "CborItem"]

#: COSE header label 1 (alg) and value -7 (ES256); CBOR tag 18 marks a COSE_Sign1.
_ALG, _ES256, _COSE_SIGN1_TAG = 1, -7, 18


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | extra]) + value.to_bytes(size, "big")
    raise ValueError("CBOR integer too large")


def cbor(item: CborItem) -> bytes:
    """Canonical-enough CBOR of ints, byte/text strings, arrays and int-keyed maps."""
    if isinstance(item, int):
        return _head(0, item) if item >= 0 else _head(1, -1 - item)
    if isinstance(item, bytes):
        return _head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode()
        return _head(3, len(raw)) + raw
    if isinstance(item, list):
        return _head(4, len(item)) + b"".join(cbor(x) for x in item)
    return _head(5, len(item)) + b"".join(cbor(k) + cbor(v) for k, v in item.items())


def cose_sign1(key: ec.EllipticCurvePrivateKey, payload: bytes) -> bytes:
    """Tagged COSE_Sign1 [protected {alg: ES256}, {}, payload, r||s] signed over its Sig_structure."""
    protected = cbor({_ALG: _ES256})
    to_sign = cbor(["Signature1", protected, b"", payload])
    r, s = decode_dss_signature(key.sign(to_sign, ec.ECDSA(hashes.SHA256())))
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return _head(6, _COSE_SIGN1_TAG) + cbor([protected, {}, payload, signature])


def csr_cose(key: ec.EllipticCurvePrivateKey, csr_der: bytes) -> bytes:
    """The COSE_Sign1 a virtual modem appends to a CSR: payload = SHA-256(CSR DER)."""
    return cose_sign1(key, hashlib.sha256(csr_der).digest())


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to digits (an IMEI's 15th digit)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # every second digit from the right of the payload is doubled
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)
