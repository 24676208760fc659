"""Host-side driver of the reference board protocol v1 over pyserial (ports, ptys, socket:// URLs)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import time
from collections import deque
from collections.abc import Mapping
from typing import Any, TypeGuard

import serial

from station.board.driver import REFERENCE_TRAITS, DriverTraits, LinkSettings, ProgressFn, register_driver, sha256_hex
from station.board.errors import (
    BoardLinkError,
    BoardRefused,
    BoardTimeout,
    CorruptFrame,
    LinkLost,
    MalformedFrame,
    ProtocolMismatch,
    TruncatedFrame,
    UnexpectedFrame,
)
from station.board.protocol import (
    MAX_OBJECT_SIZE,
    MAX_RAW_CHUNK,
    PROTOCOL_VERSION,
    Frame,
    Kind,
    LineReader,
    decode_frame,
    encode_frame,
)
from station.board.reference_status import parse_provisioning_status
from station.board.serial_port import LOST_SENDING, LOST_WAITING, PORT_NOT_OPEN, close_port, open_port
from station.domain import BoardHello, BoardIdentity, Capability, ObjectKind, ProvisioningStatus, Readback
from station.messages import message, plain

log = logging.getLogger("station.board")

_SHA_RE = re.compile(r"[0-9a-f]{64}")
#: pyserial read timeout: short, so that deadlines are honoured to ~this precision.
_RETRYABLE = (CorruptFrame, TruncatedFrame, BoardTimeout)
_WRITABLE = (ObjectKind.CERT, ObjectKind.CA, ObjectKind.ENDPOINT, ObjectKind.THING, ObjectKind.KEY,
             ObjectKind.CLAIM_CERT, ObjectKind.CLAIM_KEY, ObjectKind.FLEET)

# What was wrong with a board's answer. Values the board sent go in as data (repr), never into a template.
_HELLO_VERSION = message("board.hello-version", "board speaks protocol {version}, this station speaks {station}")
_HELLO_CAPS = message("board.hello-caps", "hello answer: 'caps' is not a list of strings")
_HELLO_CHUNK = message("board.hello-max-chunk", "hello answer: bad 'max_chunk' {value}")
_KEYGEN_SIZE = message("board.keygen-size", "keygen answer: bad 'size' {value}")
_KEYGEN_SHA = message("board.keygen-sha256", "keygen answer: bad 'sha256' {value}")
_CSR_NOT_PEM = message("board.csr-not-pem", "the board's CSR is not PEM")
_READ_OFFSET = message("board.read-offset", "read answer for offset {offset}, asked for {asked}")
_READ_SIZE = message("board.read-size", "read answer carries {size} bytes, asked for {asked}")
_READ_EOF = message("board.read-eof", "read answer: 'eof' is not a boolean")
_ASSEMBLED_SHA = message("board.assembled-sha256", "assembled {object} has sha256 {got}, board announced {announced}")
_NO_KEY_IMPORT = message("board.no-key-import", "board cannot import a private key (no 'key-import' capability)")
_WCHUNK_NEXT = message("board.wchunk-next", "wchunk answer says next={next}, expected {expected}")
_STORED_SHA = message("board.stored-sha256", "board stored '{object}' with sha256 {stored}, sent {sent}")
_READBACK_HASHES = message("board.readback-hashes", "readback answer: 'hashes' is not an object")
_READBACK_HASH = message("board.readback-hash", "readback answer: bad hash for '{object}'")
_READBACK_PUBKEY = message("board.readback-pubkey", "readback answer: bad 'pubkey_size' or 'pubkey_sha256'")
_WRONG_ANSWER = message("board.wrong-answer", "expected an answer to {command} {rid}, got {frame}")
_NO_TAKE = message("board.no-take", "the board does not take data ({command})")
_ANSWER_CUT = message("board.answer-cut", "answer to '{command}' started but did not end in time")
_SILENT = message("board.silent", "no answer to '{command}' in time (board silent?)")
_LOST_FLUSHING = message("board.lost-flushing", "link lost while flushing input: {error}")
_FIELD_NOT_STR = message("board.field-not-string", "answer field '{field}' is missing or not a string")
_NOT_B64_STR = message("board.data-not-base64-string", "{command} answer: data is not a base64 string")
_NOT_B64 = message("board.data-not-base64", "{command} answer: data is not valid base64")


class ReferenceDriver:
    """Blocking conversation with one board speaking the reference protocol; not thread-safe."""

    traits: DriverTraits = REFERENCE_TRAITS

    def __init__(self, port: str, settings: LinkSettings | None = None,
                 options: Mapping[str, Any] | None = None) -> None:
        self.port = port  # options: the reference protocol has none (its boards say what they can at hello)
        self.settings = settings or LinkSettings()
        self._ser: Any = None  # serial.SerialBase; pyserial ships no type hints
        self._reader = LineReader()
        self._lines: deque[bytes] = deque()  # complete lines not yet decoded
        self._rid = 0
        self._hello: BoardHello | None = None
        #: Identity carried by the last "boot" notice seen (after reboot or power-up).
        self.last_boot: BoardIdentity | None = None

    # -- link ---------------------------------------------------------------

    def open(self) -> None:
        if self._ser is not None:
            return
        self._ser = open_port(self.port, self.settings)
        self._reader.clear()
        self._lines.clear()

    def close(self) -> None:
        ser, self._ser = self._ser, None
        close_port(ser)

    def __enter__(self) -> ReferenceDriver:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- commands -----------------------------------------------------------

    def hello(self) -> BoardHello:
        body = self._transact("hello", {}, "hello")
        version = body.get("protocol")
        if version != PROTOCOL_VERSION:
            raise ProtocolMismatch(self.port, _HELLO_VERSION(version=repr(version), station=PROTOCOL_VERSION))
        caps_raw = body.get("caps")
        max_chunk = body.get("max_chunk")
        if not isinstance(caps_raw, list) or not all(isinstance(c, str) for c in caps_raw):
            raise MalformedFrame(self.port, _HELLO_CAPS())
        if not _is_int(max_chunk) or max_chunk < 1:
            raise MalformedFrame(self.port, _HELLO_CHUNK(value=repr(max_chunk)))
        known = {c.value for c in Capability}
        # Capabilities this station does not know are ignored: newer firmware may add some.
        caps = frozenset(Capability(c) for c in caps_raw if c in known)
        self._hello = BoardHello(PROTOCOL_VERSION, caps, max_chunk, _str(body, "fw", self.port, ""))
        return self._hello

    def identify(self) -> BoardIdentity:
        body = self._transact("identify", {}, "identify")
        return _identity(body, self.port)

    def generate_csr(self, common_name: str, *, new_key: bool = False,
                     progress: ProgressFn | None = None) -> bytes:
        # No capability pre-check: the board's own refusal (E csr-unsupported)
        # is authoritative and tells the pipeline to take the fallback path.
        chunk = self._chunk_size()
        ans = self._transact("keygen", {"cn": common_name, "new": new_key}, "keygen")
        size, digest = ans.get("size"), ans.get("sha256")
        if not _is_int(size) or not 0 < size <= MAX_OBJECT_SIZE:
            raise MalformedFrame(self.port, _KEYGEN_SIZE(value=repr(size)))
        if not isinstance(digest, str) or not _SHA_RE.fullmatch(digest):
            raise MalformedFrame(self.port, _KEYGEN_SHA(value=repr(digest)))
        data = self._read_object("csr", size, digest, chunk, progress)
        if not data.lstrip().startswith(b"-----BEGIN CERTIFICATE REQUEST-----"):
            raise MalformedFrame(self.port, _CSR_NOT_PEM())
        return data

    def _read_object(self, obj: str, size: int, digest: str, chunk: int,
                     progress: ProgressFn | None = None) -> bytes:
        """Chunked read of a board object whose size and sha256 were announced."""
        data = bytearray()
        while len(data) < size:
            want = min(chunk, size - len(data))
            body = self._transact("read", {"obj": obj, "off": len(data), "len": want}, "chunk")
            piece = _b64(body.get("data"), self.port, "read")
            if body.get("off") != len(data):
                raise UnexpectedFrame(self.port, _READ_OFFSET(offset=repr(body.get("off")), asked=len(data)))
            if not piece or len(piece) > want:
                raise MalformedFrame(self.port, _READ_SIZE(size=len(piece), asked=want))
            if not isinstance(body.get("eof"), bool):
                raise MalformedFrame(self.port, _READ_EOF())
            data += piece
            if progress is not None:
                progress(len(data), size)
        got = hashlib.sha256(data).hexdigest()
        if got != digest:
            raise CorruptFrame(self.port, _ASSEMBLED_SHA(object=obj, got=got, announced=digest))
        return bytes(data)

    def write_object(self, kind: ObjectKind, data: bytes, *, progress: ProgressFn | None = None) -> str:
        kind = ObjectKind(kind)
        if kind not in _WRITABLE:
            raise ValueError(f"object '{kind}' cannot be written to a board")
        if len(data) > MAX_OBJECT_SIZE:
            raise ValueError(f"object '{kind}' of {len(data)} bytes exceeds {MAX_OBJECT_SIZE}")
        chunk = self._chunk_size()
        if kind is ObjectKind.KEY and self._hello is not None \
                and Capability.KEY_IMPORT not in self._hello.capabilities:
            raise ProtocolMismatch(self.port, _NO_KEY_IMPORT())
        digest = hashlib.sha256(data).hexdigest()
        obj = kind.value
        self._transact("wbegin", {"obj": obj, "size": len(data), "sha256": digest}, "chunk")
        off = 0
        while off < len(data):
            piece = data[off:off + chunk]
            ans = self._transact("wchunk", {"obj": obj, "off": off,
                                            "data": base64.b64encode(piece).decode("ascii")}, "chunk")
            if ans.get("next") != off + len(piece):
                raise UnexpectedFrame(self.port, _WCHUNK_NEXT(next=repr(ans.get("next")), expected=off + len(piece)))
            off += len(piece)
            if progress is not None:
                progress(off, len(data))
        if progress is not None and not data:
            progress(0, 0)
        stored = self._transact("wend", {"obj": obj}, "chunk").get("sha256")
        if stored != digest:
            raise CorruptFrame(self.port, _STORED_SHA(object=obj, stored=repr(stored), sent=digest))
        return digest

    def digest(self, kind: ObjectKind, data: bytes) -> str:
        """The board hashes exactly the bytes it was sent."""
        return sha256_hex(data)

    def read_back(self) -> Readback:
        body = self._transact("readback", {}, "readback")
        hashes_raw = body.get("hashes")
        if not isinstance(hashes_raw, dict):
            raise MalformedFrame(self.port, _READBACK_HASHES())
        hashes: dict[ObjectKind, str] = {}
        for name, value in hashes_raw.items():
            if name not in {k.value for k in ObjectKind} or value in ("", None):
                continue  # empty = not stored; unknown names come from newer firmware
            if not isinstance(value, str) or not _SHA_RE.fullmatch(value):
                raise MalformedFrame(self.port, _READBACK_HASH(object=name))
            hashes[ObjectKind(name)] = value
        pub = body.get("pubkey", "")
        der = _b64(pub, self.port, "readback") if pub else None
        size, digest = body.get("pubkey_size"), body.get("pubkey_sha256")
        if der is None and size is not None:
            # A key too big for one line (imported RSA) is announced and read in chunks.
            if not _is_int(size) or not 0 < size <= MAX_OBJECT_SIZE \
                    or not isinstance(digest, str) or not _SHA_RE.fullmatch(digest):
                raise MalformedFrame(self.port, _READBACK_PUBKEY())
            der = self._read_object("pubkey", size, digest, self._chunk_size())
        return Readback(hashes, der)

    def provisioning_status(self) -> ProvisioningStatus:
        """The board application's registration since its last boot (``prov-status``); its answer is checked
        field by field (board data: MalformedFrame naming the field)."""
        return parse_provisioning_status(self._transact("prov-status", {}, "prov-status"), self.port)

    def reboot(self, *, wait_boot: bool = True) -> None:
        """Ask the board to reboot; by default wait for its "boot" notice (timeout "reboot")."""
        self.last_boot = None
        try:
            self._transact("reboot", {}, "reboot")
        except (CorruptFrame, TruncatedFrame) as exc:
            # An answer came back damaged: the board got the request and is rebooting;
            # resending now would only be swallowed by the reboot (or reboot it twice).
            log.warning("%s: damaged reboot answer (%s); waiting for the boot notice", self.port, exc.problem)
        if wait_boot:
            self.wait_boot(self.settings.timeout("reboot"))

    def wait_boot(self, timeout: float) -> BoardIdentity:
        """Wait for an "N boot" notice; BoardTimeout if none arrives in time."""
        deadline = time.monotonic() + timeout
        while self.last_boot is None:
            frame = self._read_frame(deadline, "boot")
            if frame.kind is Kind.NOTICE:
                self._notice(frame)
        return self.last_boot

    # -- internals ----------------------------------------------------------

    def _chunk_size(self) -> int:
        hello = self._hello or self.hello()
        return min(hello.max_chunk, MAX_RAW_CHUNK)

    def _next_rid(self) -> int:
        self._rid = (self._rid % 0xFFFF) + 1  # 0000 is reserved for notices
        return self._rid

    def _transact(self, cmd: str, body: dict[str, Any], timeout_key: str) -> dict[str, Any]:
        """Send a request and return its answer body, resending idempotent requests on damage/silence."""
        timeout = self.settings.timeout(timeout_key)
        stale: set[int] = set()
        last: BoardLinkError | None = None
        for attempt in range(self.settings.retries + 1):
            if attempt:
                log.warning("%s: resending '%s' (attempt %d of %d) after: %s", self.port, cmd,
                            attempt + 1, self.settings.retries + 1, last.problem if last else "")
                self._flush_input()
            rid = self._next_rid()
            try:
                self._send(Frame(rid, Kind.REQUEST, cmd, body))
                return self._await_answer(rid, cmd, stale, time.monotonic() + timeout)
            except _RETRYABLE as exc:
                last = exc
                stale.add(rid)
        assert last is not None
        raise last

    def _await_answer(self, rid: int, cmd: str, stale: set[int], deadline: float) -> dict[str, Any]:
        while True:
            frame = self._read_frame(deadline, cmd)
            if frame.kind is Kind.NOTICE:
                self._notice(frame)
                continue
            if frame.rid in stale and frame.kind in (Kind.ANSWER, Kind.ERROR):
                log.info("%s: dropping late answer %s", self.port, frame.describe())
                continue
            if frame.rid != rid or frame.cmd != cmd or frame.kind not in (Kind.ANSWER, Kind.ERROR):
                raise UnexpectedFrame(self.port, _WRONG_ANSWER(command=cmd, rid=f"{rid:04X}", frame=frame.describe()))
            if frame.kind is Kind.ERROR:
                code, message = frame.body.get("code"), frame.body.get("message", "")
                raise BoardRefused(self.port, cmd, str(code), plain(str(message)))
            return frame.body

    def _notice(self, frame: Frame) -> None:
        log.info("%s: notice %s", self.port, frame.describe())
        if frame.cmd == "boot":
            try:
                self.last_boot = _identity(frame.body, self.port)
            except MalformedFrame as exc:
                log.warning("%s: unreadable boot notice: %s", self.port, exc.problem)

    def _send(self, frame: Frame) -> None:
        ser = self._require_open()
        log.debug("%s: -> %s", self.port, frame.describe())
        try:
            ser.write(encode_frame(frame))
        except serial.SerialTimeoutException as exc:
            raise BoardTimeout(self.port, _NO_TAKE(command=frame.cmd)) from exc
        except (serial.SerialException, OSError) as exc:
            raise LinkLost(self.port, LOST_SENDING(command=frame.cmd, error=str(exc))) from exc

    def _read_frame(self, deadline: float, cmd: str) -> Frame:
        """Next well-formed frame before deadline; raises the error class of whatever went wrong."""
        ser = self._require_open()
        while True:
            if self._lines:
                line = self._lines.popleft()
                if b"@" not in line:
                    # Not a frame at all: boot chatter, or the tail of a line cut by a flush.
                    log.info("%s: skipping junk line %r", self.port, line[:60])
                    continue
                frame = decode_frame(line, self.port)
                log.debug("%s: <- %s", self.port, frame.describe())
                return frame
            if time.monotonic() >= deadline:
                if self._reader.frame_started():
                    raise TruncatedFrame(self.port, _ANSWER_CUT(command=cmd))
                raise BoardTimeout(self.port, _SILENT(command=cmd))
            try:
                data: bytes = ser.read(1)
                if data and ser.in_waiting:
                    data += ser.read(ser.in_waiting)
            except (serial.SerialException, OSError) as exc:
                raise LinkLost(self.port, LOST_WAITING(command=cmd, error=str(exc))) from exc
            if data:
                self._lines.extend(self._reader.feed(data))

    def _flush_input(self) -> None:
        ser = self._require_open()
        self._reader.clear()
        self._lines.clear()
        try:
            ser.reset_input_buffer()
        except (serial.SerialException, OSError) as exc:
            raise LinkLost(self.port, _LOST_FLUSHING(error=str(exc))) from exc

    def _require_open(self) -> Any:
        if self._ser is None:
            raise LinkLost(self.port, PORT_NOT_OPEN())
        return self._ser


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _str(body: dict[str, Any], key: str, port: str, default: str | None = None) -> str:
    value = body.get(key, default)
    if not isinstance(value, str):
        raise MalformedFrame(port, _FIELD_NOT_STR(field=key))
    return value


def _identity(body: dict[str, Any], port: str) -> BoardIdentity:
    return BoardIdentity(serial=_str(body, "serial", port), model=_str(body, "model", port),
                         hw_revision=_str(body, "hw", port), fw_version=_str(body, "fw", port),
                         product_line=_str(body, "line", port, ""))


def _b64(value: object, port: str, cmd: str) -> bytes:
    if not isinstance(value, str):
        raise MalformedFrame(port, _NOT_B64_STR(command=cmd))
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedFrame(port, _NOT_B64(command=cmd)) from None


register_driver("reference", ReferenceDriver,
                description="the station's own serial protocol (docs/board-protocol.md), for custom firmware")
