"""Frame codec of the reference board protocol v1 (pure, no I/O); see docs/board-protocol.md."""

from __future__ import annotations

import enum
import json
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from station.board.errors import CorruptFrame, MalformedFrame, ProtocolMismatch
from station.messages import message

PROTOCOL_VERSION = 1
#: Longest line either side accepts, counting everything up to and including the "\n".
MAX_LINE = 512
#: Largest raw chunk the host ever sends or asks for: 300 bytes are 400 base64
#: characters, which leaves room for the header, the longest object name, a
#: 7-digit offset and the CRC inside MAX_LINE.
MAX_RAW_CHUNK = 300
#: Largest object (CSR, certificate, CA bundle) either side accepts.
MAX_OBJECT_SIZE = 64 * 1024
NOTICE_RID = 0


class Kind(enum.StrEnum):
    """Frame kinds: request, answer, error answer, unsolicited notice."""

    REQUEST = "Q"
    ANSWER = "A"
    ERROR = "E"
    NOTICE = "N"


@dataclass(frozen=True)
class Frame:
    """One decoded frame."""

    rid: int
    kind: Kind
    cmd: str
    body: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """Short form for logs: never the body, which may carry key material."""
        return f"{self.kind.value} {self.rid:04X} {self.cmd}"


_CMD_RE = re.compile(r"[a-z][a-z0-9-]{0,31}")
_HEX8_RE = re.compile(rb"[0-9A-F]{8}")
_HEADER_RE = re.compile(rb"@(.) ([^ ]*) ([^ ]*) ([^ ]*) (.*)")
_RID_RE = re.compile(rb"[0-9A-F]{4}")


def crc_of(data: bytes) -> str:
    """CRC-32 (zlib polynomial) as 8 uppercase hex digits."""
    return f"{zlib.crc32(data) & 0xFFFFFFFF:08X}"


def encode_frame(frame: Frame) -> bytes:
    """Serialise a frame to one line, "\\n" included; ValueError if it would not fit MAX_LINE."""
    if not 0 <= frame.rid <= 0xFFFF:
        raise ValueError(f"request id out of range: {frame.rid}")
    if not _CMD_RE.fullmatch(frame.cmd):
        raise ValueError(f"bad command name: {frame.cmd!r}")
    # ensure_ascii keeps the line 7-bit clean; compact separators never emit a newline.
    payload = json.dumps(frame.body, separators=(",", ":"), ensure_ascii=True)
    head = f"@{PROTOCOL_VERSION} {frame.rid:04X} {frame.kind.value} {frame.cmd} {payload}".encode("ascii")
    line = head + b"*" + crc_of(head).encode("ascii") + b"\n"
    if len(line) > MAX_LINE:
        raise ValueError(f"frame of {len(line)} bytes exceeds the {MAX_LINE}-byte line limit")
    return line


def decode_frame(line: bytes, port: str = "<link>") -> Frame:
    """Parse one line (with or without its line ending; junk before "@" is skipped).

    The CRC is checked before the grammar, so a line damaged on the wire is
    reported as CorruptFrame rather than as a confusing grammar error.
    Raises MalformedFrame, CorruptFrame, or ProtocolMismatch (version digit ≠ 1).
    """
    if len(line) > MAX_LINE:
        raise MalformedFrame(port, _LINE_TOO_LONG(size=len(line), limit=MAX_LINE))
    body = line.rstrip(b"\n").rstrip(b"\r")
    start = body.find(b"@")
    if start < 0:
        raise MalformedFrame(port, _NO_START(), detail=_preview(body))
    body = body[start:]
    star = body.rfind(b"*")
    if star < 0 or not _HEX8_RE.fullmatch(body[star + 1:]):
        raise MalformedFrame(port, _NO_CRC(), detail=_preview(body))
    content = body[:star]
    got = body[star + 1:].decode("ascii")
    want = crc_of(content)
    if got != want:
        raise CorruptFrame(port, _BAD_CRC(),
                           detail=f"frame says {got}, content gives {want}: {_preview(body)}")
    m = _HEADER_RE.fullmatch(content)
    if m is None:
        raise MalformedFrame(port, _BAD_HEADER(),
                             detail=f"header does not follow '@V RID K cmd {{json}}': {_preview(body)}")
    version, rid_s, kind_s, cmd_s, json_s = m.groups()
    if not version.isdigit():
        raise MalformedFrame(port, _VERSION_NOT_DIGIT(version=repr(version)))
    if int(version) != PROTOCOL_VERSION:
        raise ProtocolMismatch(port, _OTHER_VERSION(board=int(version), station=PROTOCOL_VERSION))
    if not _RID_RE.fullmatch(rid_s):
        raise MalformedFrame(port, _BAD_RID(rid=repr(rid_s)))
    try:
        kind = Kind(kind_s.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise MalformedFrame(port, _BAD_KIND(kind=repr(kind_s))) from None
    cmd = cmd_s.decode("ascii", errors="replace")
    if not _CMD_RE.fullmatch(cmd):
        raise MalformedFrame(port, _BAD_COMMAND(command=repr(cmd_s)))
    try:
        payload = json.loads(json_s)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedFrame(port, _BODY_NOT_JSON(),
                             detail=f"{exc}: {_preview(body)}") from None
    if not isinstance(payload, dict):
        raise MalformedFrame(port, _BODY_NOT_OBJECT(), detail=_preview(body))
    return Frame(int(rid_s, 16), kind, cmd, payload)


GARBLED = "garbled data on the serial line"
# What a damaged or foreign line is, for the operator; values the board sent are data (repr, never templates).
_LINE_TOO_LONG = message("board.line-too-long", "line of {size}+ bytes exceeds the {limit}-byte limit")
_NO_START = message("board.garbled.no-start", "garbled data on the serial line (no start marker)")
_NO_CRC = message("board.garbled.no-crc", "garbled data on the serial line (no CRC trailer)")
_BAD_CRC = message("board.garbled.crc", "garbled data on the serial line (CRC check failed)")
_BAD_HEADER = message("board.garbled.header", "garbled data on the serial line (bad frame header)")
_BODY_NOT_JSON = message("board.garbled.json", "garbled data on the serial line (frame body is not valid JSON)")
_BODY_NOT_OBJECT = message("board.garbled.object",
                           "garbled data on the serial line (frame body is not a JSON object)")
_VERSION_NOT_DIGIT = message("board.version-not-digit", "protocol version {version} is not a digit")
_OTHER_VERSION = message("board.other-version",
                         "board speaks protocol version {board}, this station speaks version {station}")
_BAD_RID = message("board.bad-rid", "request id {rid} is not 4 uppercase hex digits")
_BAD_KIND = message("board.bad-kind", "unknown frame kind {kind} (expected Q, A, E or N)")
_BAD_COMMAND = message("board.bad-command", "bad command name {command}")


def _preview(data: bytes, limit: int = 60) -> str:
    text = data[:limit].decode("ascii", errors="replace")
    return repr(text + ("…" if len(data) > limit else ""))


class LineReader:
    """Splits a byte stream into lines, enforcing MAX_LINE and resyncing on newline.

    An over-long line is returned once, cut to MAX_LINE + 1 bytes (so that
    decode_frame rejects it as malformed); the rest of it up to the next
    newline is dropped.
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        self._discarding = False

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        self._buf += data
        while True:
            nl = self._buf.find(b"\n")
            if nl < 0:
                if not self._discarding and len(self._buf) > MAX_LINE:
                    out.append(bytes(self._buf[:MAX_LINE + 1]))
                    self._discarding = True
                if self._discarding:
                    self._buf.clear()
                return out
            line = bytes(self._buf[:nl + 1])
            del self._buf[:nl + 1]
            if self._discarding:
                self._discarding = False  # the tail of the over-long line ends here
                continue
            if len(line) > MAX_LINE:
                line = line[:MAX_LINE + 1]
            if line.strip():  # blank lines (stray "\r\n") carry nothing
                out.append(line)

    @property
    def pending(self) -> bytes:
        """Bytes of an unfinished line (empty while discarding an over-long one)."""
        return bytes(self._buf)

    def frame_started(self) -> bool:
        """True if an unfinished line already holds a start marker."""
        return b"@" in self._buf

    def clear(self) -> None:
        self._buf.clear()
        self._discarding = False
