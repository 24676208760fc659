"""Fleet-claim objects and the ``prov-status`` command: ReferenceDriver against virtual boards on real ptys/sockets."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.board.driver import ProvisioningReporter
from station.board.errors import BoardRefused, MalformedFrame
from station.board.protocol import Frame, Kind, encode_frame
from station.board.reference import ReferenceDriver
from station.board.reference_status import MAX_MESSAGE
from station.domain import ObjectKind, ProvisioningStatus
from station.virtual.board import VirtualBoard
from tests.board.conftest import FAST, Responder

pytestmark = pytest.mark.timeout(30)

CERT_ID = "ab" * 32


def claim_pair() -> tuple[bytes, bytes]:
    """A throw-away claim certificate (self-signed) and its key, both PEM."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "claim")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


def fleet_json(thing: str = "sensor-a-SN0001") -> bytes:
    return json.dumps({"template": "provisioning-station-fleet",
                       "parameters": {"ThingName": thing, "SerialNumber": "SN0001"}}).encode()


def test_claim_objects_are_written_and_read_back_but_never_the_claim_key(
        driver: ReferenceDriver, board: VirtualBoard) -> None:
    reporter: ProvisioningReporter = driver  # the pipeline finds it by isinstance(driver, ProvisioningReporter)
    assert isinstance(reporter, ProvisioningReporter)
    assert driver.traits.fleet_claim
    driver.write_object(ObjectKind.CERT, b"a certificate of an earlier run")  # a reworked board
    cert, key = claim_pair()
    objects = {ObjectKind.CA: b"ca" * 300, ObjectKind.ENDPOINT: b"127.0.0.1:8883",
               ObjectKind.CLAIM_CERT: cert, ObjectKind.CLAIM_KEY: key, ObjectKind.FLEET: fleet_json()}
    had_claim = board.has_claim
    for kind, data in objects.items():
        assert driver.write_object(kind, data) == hashlib.sha256(data).hexdigest()
    back = driver.read_back()
    assert back.hashes[ObjectKind.CLAIM_CERT] == hashlib.sha256(cert).hexdigest()
    assert back.hashes[ObjectKind.FLEET] == hashlib.sha256(objects[ObjectKind.FLEET]).hexdigest()
    assert ObjectKind.CLAIM_KEY not in back.hashes and ObjectKind.KEY not in back.hashes
    assert board.stored(ObjectKind.CLAIM_KEY) is None  # kept as a key only, never as readable bytes
    assert back.public_key_der is None  # the board has no key of its own yet: it makes one at first boot
    # A fleet-claim board is provisioned without a certificate of its own (a claim replaces an earlier one).
    assert ObjectKind.CERT not in back.hashes
    assert not had_claim and board.has_claim and board.provisioned and not board.has_device_credentials


def test_prov_status_before_boot_is_idle(driver: ReferenceDriver) -> None:
    assert driver.provisioning_status() == ProvisioningStatus("idle")


def test_prov_status_reports_what_the_application_said(driver: ReferenceDriver, board: VirtualBoard) -> None:
    board.report_status(ProvisioningStatus("refused", thing_name="sensor-a-SN0001", step="register-thing",
                                           code="InvalidParametersException",
                                           message="bad \x1b[2Jparameter\u202e"))
    got = driver.provisioning_status()
    assert (got.state, got.step, got.code, got.thing_name) == (
        "refused", "register-thing", "InvalidParametersException", "sensor-a-SN0001")
    assert got.message == "bad \\x1b[2Jparameter\\u202e"  # escaped for the operator's screen, not dropped
    board.report_status(ProvisioningStatus("registered", thing_name="sensor-a-SN0001", certificate_id=CERT_ID))
    assert driver.provisioning_status().certificate_id == CERT_ID
    # A report of a session an earlier power-up started is dropped (it cannot outlive the reboot).
    board.report_status(ProvisioningStatus("refused", step="connect"), boot=board.boots - 1)
    assert driver.provisioning_status().state == "registered"
    # The reboot clears it: the status lives in the board's RAM.
    driver.reboot()
    assert driver.provisioning_status() == ProvisioningStatus("idle")


def test_board_shortens_a_long_message_to_fit_one_line(driver: ReferenceDriver, board: VirtualBoard) -> None:
    board.report_status(ProvisioningStatus("refused", step="connect", code="x", message="é" * 300))
    got = driver.provisioning_status()
    assert got.state == "refused" and 0 < len(got.message) < 300 and set(got.message) == {"é"}


@pytest.mark.parametrize("data, problem", [
    (b"not json", "not JSON"),
    (b"[1]", "not a JSON object"),
    (b'{"parameters": {}}', "'template'"),
    (b'{"template": "t", "parameters": {"a": 1}}', "'parameters'"),
])
def test_board_refuses_a_bad_fleet_object(driver: ReferenceDriver, board: VirtualBoard, data: bytes,
                                          problem: str) -> None:
    with pytest.raises(BoardRefused) as info:
        driver.write_object(ObjectKind.FLEET, data)
    assert info.value.code == "bad-object" and problem in str(info.value)
    assert board.stored(ObjectKind.FLEET) is None


def test_board_refuses_a_claim_key_it_cannot_load(driver: ReferenceDriver, board: VirtualBoard) -> None:
    with pytest.raises(BoardRefused) as info:
        driver.write_object(ObjectKind.CLAIM_KEY, b"-----BEGIN PRIVATE KEY-----\nnope\n")
    assert info.value.code == "bad-key" and not board.has_claim


def _answering(body: dict[str, object]) -> Responder:
    def respond(frame: Frame) -> bytes:
        return encode_frame(Frame(frame.rid, Kind.ANSWER, frame.cmd, body))
    return respond


GOOD = {"state": "registered", "thing": "sensor-a-SN0001", "certificate_id": CERT_ID, "step": "",
        "code": "", "message": ""}


@pytest.mark.parametrize("change, field", [
    ({"state": "done"}, "state"),
    ({"state": 1}, "state"),
    ({"step": "reboot"}, "step"),
    ({"thing": "a b"}, "thing"),
    ({"thing": "x" * 129}, "thing"),
    ({"thing": "sensor\x1b[2J"}, "thing"),
    ({"certificate_id": "AB" * 32}, "certificate_id"),
    ({"certificate_id": "ab"}, "certificate_id"),
    ({"code": "Bad\nCode"}, "code"),
    ({"code": "c" * 65}, "code"),
    ({"message": ["not", "text"]}, "message"),
    ({"state": "refused", "step": "connect", "thing": "", "certificate_id": "", "message": "m" * (MAX_MESSAGE + 1)},
     "message"),
    ({"thing": ""}, "thing"),  # registered without a thing name
    ({"certificate_id": ""}, "certificate_id"),
    ({"state": "refused", "step": ""}, "step"),  # refused without the step
])
def test_malformed_prov_status_is_refused_naming_the_field(
        scripted: Callable[[Responder], str], change: dict[str, object], field: str) -> None:
    url = scripted(_answering({**GOOD, **change}))
    with ReferenceDriver(url, FAST) as drv, pytest.raises(MalformedFrame) as info:
        drv.provisioning_status()
    assert f"'{field}'" in str(info.value)


def test_a_board_without_prov_status_refuses_it(scripted: Callable[[Responder], str]) -> None:
    def respond(frame: Frame) -> bytes:
        return encode_frame(Frame(frame.rid, Kind.ERROR, frame.cmd,
                                  {"code": "unknown-command", "message": "no command 'prov-status'"}))
    with ReferenceDriver(scripted(respond), FAST) as drv, pytest.raises(BoardRefused) as info:
        drv.provisioning_status()
    assert info.value.code == "unknown-command"
