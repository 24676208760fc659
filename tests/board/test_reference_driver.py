"""ReferenceDriver against virtual boards over real pseudo-terminals and socket:// URLs."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from station.board.driver import LinkSettings, driver_factory, known_drivers
from station.board.errors import (
    BoardRefused,
    BoardTimeout,
    CorruptFrame,
    LinkLost,
    MalformedFrame,
    ProtocolMismatch,
    TruncatedFrame,
    UnexpectedFrame,
)
from station.board.protocol import Frame, Kind, encode_frame
from station.board.reference import ReferenceDriver
from station.domain import Capability, ObjectKind
from station.virtual.board import MAX_CHUNK, VirtualBoard
from tests.board.conftest import FAST, BoardFactory, Responder

pytestmark = pytest.mark.timeout(30)


def test_registered_as_reference() -> None:
    assert "reference" in known_drivers()
    assert driver_factory("reference") is ReferenceDriver


def test_hello_and_identify(driver: ReferenceDriver, board: VirtualBoard) -> None:
    hello = driver.hello()
    assert hello.protocol_version == 1
    assert hello.capabilities == {Capability.CSR, Capability.KEY_IMPORT, Capability.REBOOT}
    assert hello.max_chunk == MAX_CHUNK and hello.firmware == "1.0.0"
    ident = driver.identify()
    assert ident == board.identity


def test_keygen_returns_a_csr_signed_by_the_boards_key(driver: ReferenceDriver, board: VirtualBoard) -> None:
    seen: list[tuple[int, int]] = []
    pem = driver.generate_csr("thing-SN0001", progress=lambda done, total: seen.append((done, total)))
    csr = x509.load_pem_x509_csr(pem)
    assert csr.is_signature_valid
    assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "thing-SN0001"
    spki = csr.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    assert spki == board.public_key_der
    assert seen[-1] == (len(pem), len(pem)) and all(b - a <= MAX_CHUNK for (a, _), (b, _) in zip(
        [(0, 0), *seen], seen, strict=False))
    # A re-run reuses the key (no orphaned certificate); new_key=True makes a new one.
    assert driver.generate_csr("thing-SN0001") and board.keygens == 1
    driver.generate_csr("thing-SN0001", new_key=True)
    assert board.keygens == 2 and board.public_key_der != spki
    # The private key stays on the board; the board's own client can have it in memory.
    priv = serialization.load_pem_private_key(board.private_key_pem(), None)
    assert priv.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) == board.public_key_der


def test_write_objects_and_read_back(driver: ReferenceDriver, board: VirtualBoard) -> None:
    driver.generate_csr("thing")
    objects = {ObjectKind.CERT: b"-----BEGIN CERTIFICATE-----\n" + b"A" * 900,
               ObjectKind.CA: b"ca" * 700, ObjectKind.ENDPOINT: b"abc-ats.iot.eu-west-1.amazonaws.com",
               ObjectKind.THING: b"thing"}
    for kind, data in objects.items():
        assert driver.write_object(kind, data) == hashlib.sha256(data).hexdigest()
        assert board.stored(kind) == data
    back = driver.read_back()
    assert back.hashes == {k: hashlib.sha256(v).hexdigest() for k, v in objects.items()}
    assert back.public_key_der == board.public_key_der


def test_chunking_honours_max_chunk(driver: ReferenceDriver, board: VirtualBoard) -> None:
    steps: list[tuple[int, int]] = []
    before = board.frames_received
    driver.hello()
    driver.write_object(ObjectKind.CERT, bytes(range(256)) * 4, progress=lambda d, t: steps.append((d, t)))
    assert [d for d, _ in steps] == [192, 384, 576, 768, 960, 1024]
    # hello + wbegin + 6 wchunk + wend, nothing resent
    assert board.frames_received - before == 9


def test_empty_object_and_readback_of_a_fresh_board(driver: ReferenceDriver, board: VirtualBoard) -> None:
    back = driver.read_back()
    assert back.hashes == {} and back.public_key_der is None
    driver.write_object(ObjectKind.THING, b"")
    assert driver.read_back().hashes == {ObjectKind.THING: hashlib.sha256(b"").hexdigest()}


def test_key_import_fallback(driver: ReferenceDriver, board: VirtualBoard) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    for kind in (ObjectKind.CERT, ObjectKind.CA, ObjectKind.ENDPOINT, ObjectKind.THING):
        driver.write_object(kind, kind.value.encode())
    driver.write_object(ObjectKind.KEY, pem)
    spki = key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    back = driver.read_back()
    # An RSA SPKI plus four hashes does not fit one line: the driver reads the key in chunks.
    assert back.public_key_der == spki and ObjectKind.KEY not in back.hashes and len(back.hashes) == 4
    with pytest.raises(BoardRefused) as info:
        driver.write_object(ObjectKind.KEY, b"not a key")
    assert info.value.code == "bad-key"


def test_reboot_waits_for_the_boot_notice(driver: ReferenceDriver, board: VirtualBoard) -> None:
    driver.write_object(ObjectKind.THING, b"thing")
    boots = board.boots
    driver.reboot()
    assert driver.last_boot == board.identity and board.boots == boots + 1
    assert driver.identify() == board.identity
    assert driver.read_back().hashes[ObjectKind.THING] == hashlib.sha256(b"thing").hexdigest()


def test_unknown_command_and_bad_request_are_refusals(driver: ReferenceDriver) -> None:
    with pytest.raises(BoardRefused) as info:
        driver._transact("selfdestruct", {}, "hello")
    assert info.value.code == "unknown-command" and not info.value.retryable
    with pytest.raises(BoardRefused) as info:
        driver._transact("keygen", {"cn": 5}, "keygen")
    assert info.value.code == "bad-request"


def test_board_refuses_a_write_whose_hash_does_not_match(driver: ReferenceDriver,
                                                          board: VirtualBoard) -> None:
    driver._transact("wbegin", {"obj": "cert", "size": 3, "sha256": "0" * 64}, "chunk")
    driver._transact("wchunk", {"obj": "cert", "off": 0, "data": "YWJj"}, "chunk")
    with pytest.raises(BoardRefused) as info:
        driver._transact("wend", {"obj": "cert"}, "chunk")
    assert info.value.code == "hash-mismatch" and board.stored(ObjectKind.CERT) is None


# -- faults -------------------------------------------------------------------


def test_corrupt_answer_is_resent(make_board: BoardFactory, caplog: pytest.LogCaptureFixture) -> None:
    board = make_board("corrupt:2")
    assert board.url
    with ReferenceDriver(board.url, FAST) as drv, caplog.at_level(logging.WARNING, "station.board"):
        assert drv.identify() == board.identity
    assert sum("resending 'identify'" in r.getMessage() for r in caplog.records) == 2
    assert board.faults.corrupt_frames == 0


def test_more_corruptions_than_retries_raise_corrupt_frame(make_board: BoardFactory) -> None:
    board = make_board("corrupt:3")
    assert board.url
    with ReferenceDriver(board.url, FAST) as drv, pytest.raises(CorruptFrame) as info:
        drv.hello()
    assert info.value.port == board.url and board.url in str(info.value)


def test_corruption_in_the_middle_of_a_transfer_is_survived(driver: ReferenceDriver,
                                                             board: VirtualBoard) -> None:
    driver.generate_csr("thing")
    board.faults.update(corrupt_frames=1)
    pem = driver.generate_csr("thing")  # keygen answer damaged: resent, key reused
    board.faults.update(corrupt_frames=2)
    driver.write_object(ObjectKind.CA, b"x" * 700)
    assert board.keygens == 1 and x509.load_pem_x509_csr(pem).is_signature_valid
    assert board.stored(ObjectKind.CA) == b"x" * 700


def test_silent_board_times_out(make_board: BoardFactory) -> None:
    board = make_board("silent")
    assert board.url
    settings = LinkSettings(timeouts={"hello": 0.2}, retries=1)
    with ReferenceDriver(board.url, settings) as drv, pytest.raises(BoardTimeout) as info:
        drv.hello()
    assert board.url in str(info.value) and board.frames_received == 2  # sent, then resent once


def test_silent_from_keygen(make_board: BoardFactory) -> None:
    board = make_board("silent:keygen")
    assert board.url
    with ReferenceDriver(board.url, LinkSettings(timeouts={"keygen": 0.3}, retries=0)) as drv:
        drv.hello()
        with pytest.raises(BoardTimeout):
            drv.generate_csr("thing")
        with pytest.raises(BoardTimeout):
            drv.identify()  # stays silent from then on
        board.faults.update(silent_from=None)
        assert drv.identify().serial == "SN0001"


def test_link_dropped_mid_write_then_resumed(make_board: BoardFactory) -> None:
    board = make_board("drop:cert:2")
    first = board.url
    assert first
    data = b"c" * 1000
    with ReferenceDriver(first, FAST) as drv, pytest.raises(LinkLost) as info:
        drv.write_object(ObjectKind.CERT, data)
    assert info.value.port == first and not board.plugged
    assert board.stored(ObjectKind.CERT) is None  # nothing half-written was committed
    second = board.plug()
    assert second and (second != first or first.startswith("/dev/"))
    with ReferenceDriver(second, FAST) as drv:
        assert drv.write_object(ObjectKind.CERT, data)
    assert board.stored(ObjectKind.CERT) == data


def test_refused_csr(make_board: BoardFactory) -> None:
    board = make_board("refuse-csr")
    assert board.url
    with ReferenceDriver(board.url, FAST) as drv:
        assert Capability.CSR not in drv.hello().capabilities
        with pytest.raises(BoardRefused) as info:
            drv.generate_csr("thing")
    assert info.value.code == "csr-unsupported" and info.value.command == "keygen"


def test_duplicate_serial_is_reported(make_board: BoardFactory) -> None:
    board = make_board("dup-serial:SN123", serial="SN0042")
    assert board.url
    with ReferenceDriver(board.url, FAST) as drv:
        assert drv.identify().serial == "SN123"
    assert board.identity.serial == "SN0042"


def test_unplug_while_a_command_waits(make_board: BoardFactory) -> None:
    board = make_board("silent")
    assert board.url
    timeout = 5.0
    with ReferenceDriver(board.url, LinkSettings(timeouts={"identify": timeout}, retries=0)) as drv:
        timer = threading.Timer(0.2, board.unplug)
        timer.start()
        t0 = time.monotonic()
        with pytest.raises(LinkLost):
            drv.identify()
        timer.join()
    assert time.monotonic() - t0 < timeout / 2  # lost link noticed, not waited out


def test_opening_a_vanished_port_is_link_lost(make_board: BoardFactory) -> None:
    board = make_board()
    url = board.url
    assert url
    board.unplug()
    with pytest.raises(LinkLost):
        ReferenceDriver(url, FAST).open()


@pytest.mark.timeout(60)
def test_line_rate_is_emulated(make_board: BoardFactory) -> None:
    """The same conversation takes ~12x longer at 9600 than at 115200 baud (ratio, not wall clock)."""
    def run(baud: int) -> float:
        board = make_board(baud=baud, serial=f"SN{baud}")
        assert board.url
        with ReferenceDriver(board.url, LinkSettings(baud=baud, retries=0)) as drv:
            drv.hello()
            t0 = time.monotonic()
            drv.write_object(ObjectKind.CERT, b"r" * 400)
            drv.identify()
            return time.monotonic() - t0

    slow, fast = run(9600), run(115200)
    # ~1000 bytes each way at 960 B/s is ~1 s; at 11520 B/s it is ~0.1 s plus overheads.
    assert slow > 4 * fast


# -- host-side checks against a scripted fake board -------------------------------


def _answer(body: dict[str, object], **change: object) -> Callable[[Frame], bytes]:
    def respond(req: Frame) -> bytes:
        fields: dict[str, object] = {"rid": req.rid, "kind": Kind.ANSWER, "cmd": req.cmd, "body": body}
        fields.update(change)
        return encode_frame(Frame(**fields))  # type: ignore[arg-type]
    return respond


@pytest.mark.parametrize(("respond", "error", "words"), [
    (_answer({}, rid=0x7777), UnexpectedFrame, "expected an answer"),
    (_answer({}, cmd="identify"), UnexpectedFrame, "expected an answer"),
    (_answer({}, kind=Kind.REQUEST), UnexpectedFrame, "expected an answer"),
    (_answer({"protocol": 2, "caps": [], "max_chunk": 64}), ProtocolMismatch, "protocol 2"),
    (_answer({"protocol": 1, "caps": "csr", "max_chunk": 64}), MalformedFrame, "caps"),
    (_answer({"protocol": 1, "caps": [], "max_chunk": 0}), MalformedFrame, "max_chunk"),
    (lambda req: b"@1 0001 A hello {not json}*" + b"0" * 8 + b"\n", CorruptFrame, "CRC"),
    (lambda req: b"@1 " + f"{req.rid:04X}".encode() + b" A hello {}*0", TruncatedFrame, "did not end"),
    (lambda req: b"@1 " + f"{req.rid:04X}".encode() + b" A hello " + b"x" * 600 + b"\n",
     MalformedFrame, "512"),
])
@pytest.mark.timeout(20)
def test_host_error_mapping(scripted: Callable[[Responder], str], respond: Responder,
                            error: type[Exception], words: str) -> None:
    url = scripted(respond)
    with ReferenceDriver(url, LinkSettings(timeouts={"hello": 0.3}, retries=1)) as drv, \
            pytest.raises(error, match=words) as info:
        drv.hello()
    assert url in str(info.value)


def test_notices_and_junk_are_skipped_while_waiting(scripted: Callable[[Responder], str]) -> None:
    boot = encode_frame(Frame(0, Kind.NOTICE, "boot", {"serial": "S", "model": "m", "hw": "h", "fw": "f"}))
    ok = _answer({"protocol": 1, "caps": ["csr", "future-thing"], "max_chunk": 64})
    url = scripted(lambda req: b"power-on noise\r\n" + boot + b"\x00garbage" + ok(req))
    with ReferenceDriver(url, FAST) as drv:
        assert drv.hello().capabilities == {Capability.CSR}
        assert drv.last_boot is not None and drv.last_boot.serial == "S"


def test_wrong_csr_hash_is_detected(scripted: Callable[[Responder], str]) -> None:
    csr = b"-----BEGIN CERTIFICATE REQUEST-----\nabc\n"

    def respond(req: Frame) -> bytes:
        bodies: dict[str, dict[str, object]] = {
            "hello": {"protocol": 1, "caps": ["csr"], "max_chunk": 16},
            "keygen": {"size": len(csr), "sha256": "0" * 64},
            "read": {"off": req.body.get("off"), "eof": False,
                     "data": __import__("base64").b64encode(
                         csr[req.body.get("off", 0):req.body.get("off", 0) + 16]).decode()},
        }
        return encode_frame(Frame(req.rid, Kind.ANSWER, req.cmd, bodies[req.cmd]))

    with ReferenceDriver(scripted(respond), FAST) as drv, pytest.raises(CorruptFrame, match="csr has sha256"):
        drv.generate_csr("thing")
