"""Every way the line CA cannot open or sign gives a named cause, the profile key at fault and a remedy."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pkcs11 import Attribute, KeyType
from pkcs11.util.ec import encode_named_curve_parameters

from station.ca import CaError, LineCa, LineCaToken, create_line_ca_token
from station.profile import FactoryCaSettings
from tests.ca.helpers import board_csr, imported_line_ca_token, token_session

SCALAR = 0x1F2E3D4C5B6A79880F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A6978


def _refused(settings: FactoryCaSettings) -> CaError:
    with pytest.raises(CaError) as caught:
        LineCa.open(settings).close()
    error = caught.value
    assert error.step == "signing"
    assert error.remedy_message.id.startswith("remedy.ca")
    assert "certificates.factory_ca." in error.cause
    return error


def test_missing_module_names_pkcs11_library(ca_token: LineCaToken, tmp_path: Path) -> None:
    settings = dataclasses.replace(ca_token.settings(), pkcs11_library=str(tmp_path / "vendor-pkcs11.so"))
    error = _refused(settings)
    assert error.cause_message.id == "ca.module-missing"
    assert "certificates.factory_ca.pkcs11_library" in error.cause and "vendor-pkcs11.so" in error.cause


def test_a_file_that_is_no_pkcs11_module_names_pkcs11_library(ca_token: LineCaToken, tmp_path: Path) -> None:
    fake = tmp_path / "not-a-module.so"
    fake.write_bytes(b"\x7fELF but not really")
    error = _refused(dataclasses.replace(ca_token.settings(), pkcs11_library=str(fake)))
    assert error.cause_message.id == "ca.module-missing"


def test_unknown_token_label_names_token_label_and_lists_tokens(ca_token: LineCaToken) -> None:
    error = _refused(dataclasses.replace(ca_token.settings(), token_label="line-ca-2"))
    assert error.cause_message.id == "ca.token-missing"
    assert "'line-ca-2'" in error.cause and "'line-ca'" in error.cause  # the token that is there
    assert "certificates.factory_ca.token_label" in error.cause


def test_pin_variable_unset_names_pin_env(ca_token: LineCaToken, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATION_CA_PIN")
    error = _refused(ca_token.settings())
    assert error.cause_message.id == "ca.pin-unset" and "STATION_CA_PIN" in error.cause
    assert "certificates.factory_ca.pin_env" in error.cause


def test_pin_read_only_from_the_variable_the_profile_names(ca_token: LineCaToken,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = dataclasses.replace(ca_token.settings(), pin_env="LINE3_CA_PIN")
    error = _refused(settings)  # STATION_CA_PIN holds the PIN, but the profile names another variable
    assert error.cause_message.id == "ca.pin-unset" and "LINE3_CA_PIN" in error.cause
    monkeypatch.setenv("LINE3_CA_PIN", ca_token.pin)
    LineCa.open(settings).close()


def test_wrong_pin_names_pin_env_and_does_not_show_it(ca_token: LineCaToken,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_CA_PIN", "not-the-pin-4711")
    error = _refused(ca_token.settings())
    assert error.cause_message.id == "ca.pin-wrong" and "STATION_CA_PIN" in error.cause
    assert "4711" not in error.cause + error.remedy + error.detail
    assert "lock" in error.remedy


def test_unknown_key_label_names_key_label(ca_token: LineCaToken) -> None:
    error = _refused(dataclasses.replace(ca_token.settings(), key_label="old-ca"))
    assert error.cause_message.id == "ca.key-missing"
    assert "'old-ca'" in error.cause and "certificates.factory_ca.key_label" in error.cause


@pytest.mark.parametrize(("extractable", "sensitive", "problem"), [
    (True, True, "CKA_EXTRACTABLE is true"), (False, False, "CKA_SENSITIVE is false")])
def test_a_key_that_can_leave_the_token_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   extractable: bool, sensitive: bool, problem: str) -> None:
    token = imported_line_ca_token(tmp_path / "token", SCALAR, extractable=extractable, sensitive=sensitive)
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    error = _refused(token.settings())
    assert error.cause_message.id == "ca.key-exportable" and problem in error.cause
    assert "certificates.factory_ca.key_label" in error.cause
    assert error.remedy_message.id == "remedy.ca-key-exportable"


def test_a_key_generated_extractable_in_the_token_is_refused(ca_token: LineCaToken) -> None:
    with token_session(ca_token) as session:
        params = session.create_domain_parameters(
            KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        params.generate_keypair(store=True, label="exportable", private_template={
            Attribute.EXTRACTABLE: True, Attribute.SENSITIVE: False, Attribute.SIGN: True})
    error = _refused(dataclasses.replace(ca_token.settings(), key_label="exportable"))
    assert error.cause_message.id == "ca.key-exportable"
    assert "CKA_EXTRACTABLE is true" in error.cause and "CKA_SENSITIVE is false" in error.cause


def test_ca_certificate_of_another_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = create_line_ca_token(tmp_path / "other")  # made first: its certificate is all this test uses
    token = create_line_ca_token(tmp_path / "token")
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    error = _refused(dataclasses.replace(token.settings(), ca_certificate=str(other.ca_certificate)))
    assert error.cause_message.id == "ca.key-mismatch"
    assert "certificates.factory_ca.ca_certificate" in error.cause and "key_label" in error.cause


def test_missing_or_unset_ca_certificate_names_ca_certificate(ca_token: LineCaToken, tmp_path: Path) -> None:
    error = _refused(dataclasses.replace(ca_token.settings(), ca_certificate=str(tmp_path / "nope.pem")))
    assert error.cause_message.id == "ca.cert-unreadable"
    error = _refused(dataclasses.replace(ca_token.settings(), ca_certificate=""))
    assert error.cause_message.id == "ca.cert-unset"


def test_a_device_certificate_is_no_ca_certificate(ca_token: LineCaToken, tmp_path: Path) -> None:
    with LineCa.open(ca_token.settings()) as ca:
        signed = ca.sign_csr(board_csr("t-1")[0], _subject("t-1"))
    device = tmp_path / "device.pem"
    device.write_text(signed.certificate_pem)
    error = _refused(dataclasses.replace(ca_token.settings(), ca_certificate=str(device)))
    assert error.cause_message.id == "ca.cert-not-ca"


def test_second_softhsm_folder_while_one_is_open_is_refused(ca_token: LineCaToken, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """One process sees one SoftHSM2 configuration: a second one while the first is open is refused, named."""
    with LineCa.open(ca_token.settings()):
        with pytest.raises(CaError) as caught:
            create_line_ca_token(tmp_path / "second")
        assert caught.value.cause_message.id == "ca.module-busy"
    create_line_ca_token(tmp_path / "second")  # once the first is closed, it works


def test_closed_line_ca_refuses_to_sign(ca_token: LineCaToken) -> None:
    ca = LineCa.open(ca_token.settings())
    ca.close()
    ca.close()  # twice is harmless
    with pytest.raises(CaError) as caught:
        ca.sign_csr(board_csr("t-1")[0], _subject("t-1"))
    assert caught.value.cause_message.id == "ca.sign-failed"


def test_validity_must_be_positive(ca_token: LineCaToken) -> None:
    with pytest.raises(CaError) as caught:
        LineCa.open(dataclasses.replace(ca_token.settings(), validity_days=0))
    assert caught.value.cause_message.id == "ca.validity" and "validity_days" in caught.value.cause


def _subject(thing: str):  # type: ignore[no-untyped-def]
    from station.ca import DeviceSubject

    return DeviceSubject(thing, "S1", "m", "r", "line-1", "b", "g")


def test_a_folder_that_already_holds_a_token_is_refused(ca_token: LineCaToken) -> None:
    with pytest.raises(CaError) as caught:
        create_line_ca_token(ca_token.directory)
    assert caught.value.cause_message.id == "ca.token-exists"


def test_a_key_that_is_not_ec_names_key_label(ca_token: LineCaToken) -> None:
    with token_session(ca_token) as session:
        session.generate_keypair(KeyType.RSA, 2048, store=True, label="rsa-ca", private_template={
            Attribute.EXTRACTABLE: False, Attribute.SENSITIVE: True, Attribute.SIGN: True})
    error = _refused(dataclasses.replace(ca_token.settings(), key_label="rsa-ca"))
    assert error.cause_message.id == "ca.key-not-ec" and "certificates.factory_ca.key_label" in error.cause


def test_an_expired_ca_certificate_names_ca_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    token = create_line_ca_token(tmp_path / "token", validity_days=-1)  # notAfter yesterday
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    error = _refused(token.settings())
    assert error.cause_message.id == "ca.cert-expired"
    assert error.remedy_message.id == "remedy.ca-cert-expired"
