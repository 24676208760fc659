"""The line CA key cannot leave its token: non-extractable, sensitive, and never in a file, log or output (nor
is the demo token's PIN)."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pkcs11
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.exceptions import AttributeSensitive, KeyUnextractable

from station.ca import DeviceSubject, LineCa, LineCaToken
from tests.ca.helpers import board_csr, imported_line_ca_token, token_session

#: A known CA private scalar, imported into the token only so the test knows what to search for.
SCALAR = 0x6B1F0C3E9A2D4F5871C6E0B93A4D2F1E8C7B6A5948372615F0E1D2C3B4A59687


def test_token_key_is_generated_in_the_token_non_extractable_and_sensitive(ca_token: LineCaToken) -> None:
    with token_session(ca_token) as session:
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=ca_token.key_label)
        assert key[Attribute.EXTRACTABLE] is False and key[Attribute.SENSITIVE] is True
        assert key[Attribute.NEVER_EXTRACTABLE] is True and key[Attribute.ALWAYS_SENSITIVE] is True
        assert key[Attribute.LOCAL] is True  # made by the token, never outside it
        assert key[Attribute.TOKEN] is True and key[Attribute.PRIVATE] is True
        with pytest.raises(AttributeSensitive):
            key[Attribute.VALUE]
        wrapper = session.generate_key(KeyType.AES, 256, template={Attribute.WRAP: True, Attribute.TOKEN: False})
        assert isinstance(wrapper, pkcs11.WrapMixin)
        with pytest.raises(KeyUnextractable):
            wrapper.wrap_key(key)  # nor can it be exported wrapped under another key


def _forms(scalar: int) -> dict[str, bytes]:
    """Every encoding the CA private key could leak in: raw, hex, base64, DER (SEC1, PKCS#8) and PEM."""
    raw = scalar.to_bytes(32, "big")
    key = ec.derive_private_key(scalar, ec.SECP256R1())
    forms = {"raw": raw, "hex": raw.hex().encode(), "HEX": raw.hex().upper().encode(),
             "base64": base64.b64encode(raw), "base64url": base64.urlsafe_b64encode(raw).rstrip(b"="),
             "decimal": str(scalar).encode()}
    for name, fmt in (("SEC1", serialization.PrivateFormat.TraditionalOpenSSL),
                      ("PKCS8", serialization.PrivateFormat.PKCS8)):
        der = key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
        forms[f"der-{name}"] = der
        forms[f"pem-{name}"] = b"".join(pem.splitlines()[1:3])  # the body's first lines (header + scalar)
    return forms


def _leaks(blob: bytes, forms: dict[str, bytes]) -> list[str]:
    flat = blob.replace(b"\n", b"").replace(b"\r", b"")
    return [name for name, form in forms.items() if form in blob or form.replace(b"\n", b"") in flat]


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_ca_key_never_appears_in_a_file_log_or_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    forms = _forms(SCALAR)
    # control: the search finds the key when it is there (a planted PEM, hex in a log line)
    planted = tmp_path / "control" / "planted.pem"
    planted.parent.mkdir()
    planted.write_bytes(ec.derive_private_key(SCALAR, ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    assert "pem-PKCS8" in _leaks(planted.read_bytes(), forms)
    assert "hex" in _leaks(f"key {SCALAR.to_bytes(32, 'big').hex()} here".encode(), forms)
    planted.unlink()

    caplog.set_level(logging.DEBUG)
    token = imported_line_ca_token(tmp_path / "token", SCALAR)
    forms["token PIN"] = token.pin.encode()  # the demo token's PIN: memory only, like the key
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    outputs: list[bytes] = [repr(token).encode()]
    out = tmp_path / "station-output"
    out.mkdir()
    with LineCa.open(token.settings()) as ca:
        for i in range(4):
            thing = f"ps-SN{i:06d}"
            signed = ca.sign_csr(board_csr(thing)[0], DeviceSubject(thing, f"SN{i:06d}", "sensor-v2", "rev-C",
                                                                    "line-1", "B1", "sensors"))
            (out / f"{thing}.pem").write_bytes(signed.chain_pem)
            outputs += [signed.certificate_pem.encode(), signed.chain_pem, repr(signed).encode()]
        outputs += [ca.verification_certificate("a" * 64), ca.ca_pem, repr(ca).encode()]
    assert any("imported into the token" in r.getMessage() for r in caplog.records)  # flagged, not hidden

    found = {}
    for path in _files(tmp_path):  # the CA certificate, the board chains and the token's own store
        leaked = _leaks(path.read_bytes(), forms)
        if leaked:
            found[str(path.relative_to(tmp_path))] = leaked
    log_text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records).encode()
    for name, blob in [("log", log_text), ("log-text", caplog.text.encode())] + [
            (f"output-{n}", b) for n, b in enumerate(outputs)]:
        leaked = _leaks(blob, forms)
        if leaked:
            found[name] = leaked
    assert found == {}
    assert _files(tmp_path / "token" / "tokens")  # the token store was searched too (SoftHSM2 encrypts it)
