"""The line CA signs boards' CSRs with its token key: certificates checked with cryptography, not with our code."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from station.ca import DeviceSubject, LineCa, LineCaToken
from station.cloud import csr as csr_checks
from station.cloud.csr import CsrRejected, spki_der
from station.errors import StationError
from tests.ca.helpers import board_csr

SUBJECT = DeviceSubject(thing_name="ps-SN000123", serial="SN000123", model="sensor-v2", hw_revision="rev-C",
                        station="line-1", batch="B2026-11", group="sensors-eu")


def _verified(pem: bytes | str, ca: LineCa) -> x509.Certificate:
    """The certificate, checked to be signed by the line CA's public key (cryptography does the check)."""
    certificate = x509.load_pem_x509_certificate(pem.encode() if isinstance(pem, str) else pem)
    certificate.verify_directly_issued_by(x509.load_pem_x509_certificate(ca.ca_pem))
    return certificate


def _attrs(name: x509.Name) -> dict[str, str]:
    return {attr.oid.dotted_string: str(attr.value) for attr in name}


def test_signed_certificate_carries_the_subject_extensions_and_validity(ca_token: LineCaToken) -> None:
    settings = ca_token.settings()
    settings = dataclasses.replace(settings, validity_days=400)
    csr_pem, board_key = board_csr(SUBJECT.thing_name)
    with LineCa.open(settings) as ca:
        before = datetime.now(UTC).replace(microsecond=0)
        signed = ca.sign_csr(csr_pem, SUBJECT)
        after = datetime.now(UTC)
        cert = _verified(signed.certificate_pem, ca)
        ca_cert = x509.load_pem_x509_certificate(ca.ca_pem)
    assert cert.version == x509.Version.v3
    assert spki_der(cert.public_key()) == spki_der(board_key.public_key())
    assert cert.signature_hash_algorithm is not None and cert.signature_hash_algorithm.name == "sha256"
    assert _attrs(cert.subject) == {
        NameOID.COMMON_NAME.dotted_string: "ps-SN000123", NameOID.SERIAL_NUMBER.dotted_string: "SN000123",
        NameOID.ORGANIZATIONAL_UNIT_NAME.dotted_string: "sensor-v2", NameOID.DN_QUALIFIER.dotted_string: "rev-C",
        NameOID.ORGANIZATION_NAME.dotted_string: "line-1/B2026-11",
        NameOID.STATE_OR_PROVINCE_NAME.dotted_string: "sensors-eu"}
    # every value a UTF8String (tag 0x0c): JITP reads them as text, and a serial may hold any character
    assert {attr._type.value for attr in cert.subject} == {12}
    assert cert.issuer == ca_cert.subject
    assert 0 < cert.serial_number < 2 ** 159 and signed.serial_number == cert.serial_number
    assert cert.not_valid_before_utc <= before - timedelta(minutes=5) + timedelta(seconds=1)
    assert before + timedelta(days=400) <= cert.not_valid_after_utc <= after + timedelta(days=400)
    assert signed.not_after == cert.not_valid_after_utc
    ext = cert.extensions
    basic = ext.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca is False
    usage = ext.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and not usage.value.key_cert_sign
    assert list(ext.get_extension_for_class(x509.ExtendedKeyUsage).value) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    ski = ext.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(board_key.public_key())
    aki = ext.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest


def test_certificate_id_and_chain_are_what_aws_and_the_board_get(line_ca: LineCa) -> None:
    csr_pem, _ = board_csr(SUBJECT.thing_name)
    signed = line_ca.sign_csr(csr_pem, SUBJECT)
    cert = _verified(signed.certificate_pem, line_ca)
    import hashlib

    assert signed.certificate_id == hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    chain = x509.load_pem_x509_certificates(signed.chain_pem)
    assert [c.subject for c in chain] == [cert.subject, x509.load_pem_x509_certificate(line_ca.ca_pem).subject]
    chain[0].verify_directly_issued_by(chain[1])
    # the station reads a factory-ca board's stored chain by its first certificate
    assert csr_checks.certificate_id(signed.chain_pem) == signed.certificate_id
    assert csr_checks.certificate_public_key(signed.chain_pem) == csr_checks.certificate_public_key(
        signed.certificate_pem)


def test_line_ca_certificate_is_a_path_length_zero_ca_of_the_token_key(ca_token: LineCaToken,
                                                                        line_ca: LineCa) -> None:
    ca_cert = x509.load_pem_x509_certificate(ca_token.ca_certificate.read_bytes())
    ca_cert.verify_directly_issued_by(ca_cert)  # self-signed by the token key
    basic = ca_cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca and basic.value.path_length == 0
    usage = ca_cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    assert isinstance(ca_cert.public_key(), ec.EllipticCurvePublicKey)
    assert ca_cert.public_key().curve.name == "secp256r1"  # type: ignore[union-attr]
    import hashlib

    assert line_ca.ca_certificate_id == hashlib.sha256(ca_cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def test_verification_certificate_names_the_registration_code(line_ca: LineCa) -> None:
    code = "8f1d2e3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
    cert = _verified(line_ca.verification_certificate(code), line_ca)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == code
    assert cert.not_valid_after_utc > datetime.now(UTC)


def test_empty_optional_subject_fields_are_left_out(line_ca: LineCa) -> None:
    subject = DeviceSubject(thing_name="t-1", serial="S1", model="m", hw_revision="", station="line-1",
                            batch="b", group="")
    cert = _verified(line_ca.sign_csr(board_csr("t-1")[0], subject).certificate_pem, line_ca)
    assert NameOID.DN_QUALIFIER.dotted_string not in _attrs(cert.subject)
    assert NameOID.STATE_OR_PROVINCE_NAME.dotted_string not in _attrs(cert.subject)


@pytest.mark.parametrize(("change", "field"), [
    ({"station": "line/1"}, "O (station)"), ({"batch": "b/2"}, "O (batch)"),
    ({"serial": "S\x00N"}, "serial_number"), ({"model": "m" * 65}, "organizational_unit_name")])
def test_unusable_subject_values_are_refused_by_name(line_ca: LineCa, change: dict[str, str], field: str) -> None:
    subject = DeviceSubject(**{**SUBJECT.__dict__, **change})
    with pytest.raises(StationError) as caught:
        line_ca.sign_csr(board_csr(subject.thing_name)[0], subject)
    assert caught.value.cause_message.id == "ca.subject-field" and field in caught.value.cause
    assert caught.value.step == "signing"


def test_csr_with_a_bad_signature_is_refused(line_ca: LineCa) -> None:
    csr_pem, _ = board_csr(SUBJECT.thing_name)
    der = bytearray(x509.load_pem_x509_csr(csr_pem).public_bytes(serialization.Encoding.DER))
    der[-5] ^= 0x01  # inside the signature's integers: still well-formed DER, no longer a valid signature
    import base64

    forged = (b"-----BEGIN CERTIFICATE REQUEST-----\n" + base64.encodebytes(bytes(der)) +
              b"-----END CERTIFICATE REQUEST-----\n")
    with pytest.raises(CsrRejected) as caught:
        line_ca.sign_csr(forged, SUBJECT)
    assert caught.value.cause_message.id == "csr.bad-signature"


def test_csr_for_another_thing_is_refused(line_ca: LineCa) -> None:
    with pytest.raises(CsrRejected) as caught:
        line_ca.sign_csr(board_csr("someone-else")[0], SUBJECT)
    assert caught.value.cause_message.id == "csr.wrong-cn"


def test_csr_of_another_key_than_the_board_reports_is_refused(line_ca: LineCa) -> None:
    csr_pem, _ = board_csr(SUBJECT.thing_name)
    other = board_csr(SUBJECT.thing_name)[1].public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(CsrRejected) as caught:
        line_ca.sign_csr(csr_pem, SUBJECT, board_public_key=other)
    assert caught.value.cause_message.id == "csr.other-key"


def test_eight_threads_sign_at_once(line_ca: LineCa) -> None:
    """The pipeline signs from worker threads: one token session behind a lock serves them all."""
    per_thread, results, errors = 6, [], []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                thing = f"t-{n}-{i}"
                csr_pem, key = board_csr(thing)
                signed = line_ca.sign_csr(csr_pem, DeviceSubject(thing, f"S{n}{i}", "m", "r", "line-1", "b", "g"))
                with lock:
                    results.append((thing, key, signed))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 8 * per_thread
    for thing, key, signed in results:
        cert = _verified(signed.certificate_pem, line_ca)
        assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == thing
        assert spki_der(cert.public_key()) == spki_der(key.public_key())
    assert len({signed.serial_number for _, _, signed in results}) == len(results)


def test_two_token_folders_one_after_the_other_in_one_process(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """SoftHSM2 reads SOFTHSM2_CONF when initialised: the line CA of one folder is closed, the next one opens."""
    from station.ca import create_line_ca_token

    first = create_line_ca_token(tmp_path / "one", common_name="CA one")
    second = create_line_ca_token(tmp_path / "two", common_name="CA two")
    subjects = []
    for token in (first, second, first):
        for name, value in token.environment().items():
            monkeypatch.setenv(name, value)
        with LineCa.open(token.settings()) as ca:
            cert = _verified(ca.sign_csr(board_csr("t-1")[0], DeviceSubject(
                "t-1", "S", "m", "r", "line-1", "b", "g")).certificate_pem, ca)
            subjects.append(cert.issuer.rfc4514_string())
    assert subjects == ["CN=CA one", "CN=CA two", "CN=CA one"]
