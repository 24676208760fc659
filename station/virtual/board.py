"""Firmware side of the reference protocol: a virtual board with real key generation and storage."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeGuard

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from station.board.errors import BoardLinkError
from station.board.protocol import (
    MAX_OBJECT_SIZE,
    NOTICE_RID,
    PROTOCOL_VERSION,
    Frame,
    Kind,
    LineReader,
    decode_frame,
    encode_frame,
)
from station.board.reference_status import MAX_MESSAGE
from station.domain import BoardIdentity, ObjectKind, ProvisioningStatus
from station.virtual.faults import FaultPlan
from station.virtual.firmware import BootResult, Firmware

if TYPE_CHECKING:
    from station.virtual.agent import DeviceAgent

log = logging.getLogger("station.virtual")

BoardKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
MAX_CHUNK = 192
_WRITABLE = ("cert", "ca", "endpoint", "thing", "key", "claim-cert", "claim-key", "fleet")
_READBACK = ("cert", "ca", "endpoint", "thing", "claim-cert", "fleet")  # never a private key, never its hash
#: What the agent needs to connect as its thing (with the board's key) ...
_DEVICE_OBJECTS = ("cert", "ca", "endpoint", "thing")
#: ... or to register itself by fleet provisioning on first boot (with the claim key).
_CLAIM_OBJECTS = ("ca", "endpoint", "claim-cert", "fleet")
#: Largest fleet object parameter count and lengths the firmware keeps (RegisterThing's own limits are larger).
_MAX_FLEET_PARAMETERS = 32


class _Refusal(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Reply:
    """What the firmware does with one received line; the transport carries it out."""

    out: list[bytes] = field(default_factory=list)  # encoded lines to send
    delay: float = 0.0  # the board is busy this long before sending (key generation)
    then: Literal["", "reboot", "drop"] = ""  # after sending: reboot; instead of answering: drop the link


class LineAssembler(Protocol):
    """Turns received bytes into a device's input lines (the reference protocol's LineReader by default)."""

    def feed(self, data: bytes) -> list[bytes]: ...

    def clear(self) -> None: ...


@dataclass
class _Write:
    obj: str
    size: int
    sha256: str
    data: bytearray = field(default_factory=bytearray)


#: Default emulated download rate of the device agent, bytes per second.
DOWNLOAD_RATE = 256 * 1024


class VirtualBoard:
    """A board running the reference factory firmware; start() attaches it to a pty or socket.

    Power model: the board is powered from USB. ``start()``/``plug()`` power it
    up, ``unplug()``/``close()`` cut the power. At every power-up (and after the
    ``reboot`` command) the firmware boots (``firmware.boot()``: a pending image
    is applied or rolled back) and, if ``run_agent`` and the board holds
    certificate, CA, endpoint, thing name and a key (or, fleet-claim, CA, endpoint,
    claim certificate and key and the fleet object), the device agent
    (station.virtual.agent) starts and runs alongside the serial protocol.
    """

    def __init__(self, serial: str, model: str, hw_revision: str, fw_version: str = "1.0.0",
                 product_line: str = "", baud: int = 115200, keygen_time: float = 0.15,
                 reboot_time: float = 0.3, faults: FaultPlan | None = None, *,
                 download_rate: float = DOWNLOAD_RATE, run_agent: bool = True) -> None:
        self.identity = BoardIdentity(serial, model, hw_revision, fw_version, product_line)
        self.baud = baud
        self.keygen_time = keygen_time
        self.reboot_time = reboot_time
        self.faults = faults if faults is not None else FaultPlan()
        #: Emulated network throughput of the agent's downloads (bytes/s), so progress is observable.
        self.download_rate = download_rate
        #: Start the device agent on boot once provisioned.
        self.run_agent = run_agent
        #: The board's flash: firmware slots, reboot breadcrumb, configuration (memory only).
        self.firmware = Firmware(fw_version)
        #: The running device agent, if any (None before the first provisioned boot).
        self.agent: DeviceAgent | None = None
        self._agent_lock = threading.Lock()
        self.frames_received = 0  # well-formed requests
        self.bad_frames = 0  # lines dropped as corrupt or malformed
        self.keygens = 0  # key pairs generated on the board
        self.boots = 0
        self._lock = threading.Lock()  # board thread mutates, tests and agents read
        self._key: BoardKey | None = None
        self._claim_key: BoardKey | None = None  # fleet-claim: the claim certificate's key (written by the station)
        self._objects: dict[str, bytes] = {}
        #: What the application reports of its registration since this power-up (the ``prov-status`` command).
        self._prov_status = ProvisioningStatus("idle")
        self._write: _Write | None = None
        self._last_commit: tuple[str, str] | None = None
        self._transport: Any = None  # station.virtual.transport.Transport, imported lazily

    def __repr__(self) -> str:
        return f"VirtualBoard({self.identity.serial!r}, url={self.url!r})"

    # -- attachment -----------------------------------------------------------

    def start(self, transport: str = "pty") -> str:
        """Power the board up behind a new pty or socket:// endpoint; returns the URL to open."""
        from station.virtual.transport import make_transport

        if self._transport is None:
            self._transport = make_transport(self, transport)
        return str(self._transport.start())

    @property
    def url(self) -> str | None:
        """What the host opens (pty path or socket:// URL); None while unplugged or not started."""
        return None if self._transport is None else self._transport.url

    @property
    def plugged(self) -> bool:
        return self.url is not None

    def unplug(self) -> None:
        """Pull the cable: the host's pending reads fail with LinkLost; the power is gone, so the agent stops."""
        self.stop_agent()
        if self._transport is not None:
            self._transport.unplug()

    def plug(self) -> str:
        """Plug back in (new port path/URL); the board powers up and sends a boot notice."""
        if self._transport is None:
            return self.start()
        return str(self._transport.plug())

    def close(self) -> None:
        self.stop_agent()
        if self._transport is not None:
            self._transport.close()

    # -- application firmware: the device agent ---------------------------------

    @property
    def config(self) -> dict[str, Any]:
        """The configuration the application runs with (a copy; set it or apply it through firmware)."""
        return self.firmware.config

    @config.setter
    def config(self, value: dict[str, Any]) -> None:
        self.firmware.set_config(value)

    @property
    def config_bytes(self) -> bytes:
        """The configuration exactly as it was downloaded; a config upload sends these bytes."""
        return self.firmware.config_bytes

    @property
    def provisioned(self) -> bool:
        """True once the board holds everything its agent needs to reach the cloud: its own certificate and
        key, or (fleet-claim) a claim to register itself with."""
        with self._lock:
            return self._device_ready() or self._claim_ready()

    @property
    def has_device_credentials(self) -> bool:
        """Certificate, CA, endpoint, thing name and key: the agent connects as its thing."""
        with self._lock:
            return self._device_ready()

    @property
    def has_claim(self) -> bool:
        """CA, endpoint, claim certificate, claim key and fleet object: the agent can register itself."""
        with self._lock:
            return self._claim_ready()

    def _device_ready(self) -> bool:
        return self._key is not None and all(self._objects.get(o) for o in _DEVICE_OBJECTS)

    def _claim_ready(self) -> bool:
        return self._claim_key is not None and all(self._objects.get(o) for o in _CLAIM_OBJECTS)

    # -- the application's registration (fleet-claim, factory-ca's first connect) ----------------

    @property
    def provisioning_status(self) -> ProvisioningStatus:
        with self._lock:
            return self._prov_status

    def report_status(self, status: ProvisioningStatus, *, boot: int | None = None) -> None:
        """The application's progress, kept in RAM until the next power-up or reboot.

        ``boot`` is the power-up the reporting session started in: a report of a session a reboot already
        ended is dropped, so a stale "refused" cannot outlive the reboot meant to clear it.
        """
        with self._lock:
            if boot is None or boot == self.boots:
                self._prov_status = status

    def new_device_key(self) -> BoardKey:
        """Fleet-claim: a fresh P-256 key pair made on the board for its own certificate (replaces any key)."""
        key = ec.generate_private_key(ec.SECP256R1())
        with self._lock:
            self._key = key
            self.keygens += 1
            self._objects.pop("csr", None)
        return key

    def claim_key_pem(self) -> bytes:
        """The claim certificate's key, in memory, for the agent's first connect; never sent over the link."""
        with self._lock:
            key = self._claim_key
        if key is None:
            raise LookupError(f"board {self.identity.serial} holds no claim key")
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    def store_registration(self, *, certificate_pem: bytes, thing_name: str) -> None:
        """What fleet provisioning gave the board: its certificate and thing name. The claim key is erased
        (docs/agent.md: a field unit keeps no credential shared with the rest of the fleet)."""
        with self._lock:
            self._objects["cert"] = certificate_pem
            self._objects["thing"] = thing_name.encode()
            self._claim_key = None

    def load_credentials(self, *, cert: bytes, ca: bytes, endpoint: str, thing: str, key_pem: bytes) -> None:
        """Factory-load credentials without the serial link (the standalone agent); the key stays in memory."""
        key = serialization.load_pem_private_key(key_pem, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise ValueError("only EC and RSA keys are supported")
        with self._lock:
            self._key = key
            self._objects.update(cert=cert, ca=ca, endpoint=endpoint.encode(), thing=thing.encode())

    def boot_firmware(self) -> BootResult:
        """The firmware part of a power-up: apply or roll back a pending image; identify reports what runs."""
        result = self.firmware.boot()
        with self._lock:
            self.boots += 1
            self._prov_status = ProvisioningStatus("idle")  # RAM: what the last run reported is gone
            self.identity = replace(self.identity, fw_version=result.version)
        if result.breadcrumb is not None:
            log.info("%s: booted %s%s", self.identity.serial, result.version,
                     " (rolled back)" if result.rolled_back else "")
        return result

    def start_agent(self) -> DeviceAgent:
        """Start the device agent now (it is started on boot anyway when run_agent is set)."""
        from station.virtual.agent import DeviceAgent

        with self._agent_lock:
            if self.agent is None or not self.agent.running:
                self.agent = DeviceAgent(self)
                self.agent.start()
            return self.agent

    def stop_agent(self) -> None:
        with self._agent_lock:
            agent = self.agent
        if agent is not None:
            agent.stop()

    def go_online(self) -> None:
        """Clear the ``offline`` fault: the agent connects now."""
        self.faults.update(offline=False)

    def _power_up_application(self) -> None:
        """Board thread, at power-up: (re)start the agent; never blocks the serial loop."""
        if not self.run_agent or not self.provisioned:
            return
        with self._agent_lock:
            agent = self.agent
        if agent is not None and agent.running:
            agent.reset()  # the reboot command reset the MCU: the agent drops its session and starts over
        else:
            self.start_agent()

    # -- what tests and the device agent may look at --------------------------

    def stored(self, kind: ObjectKind | str) -> bytes | None:
        with self._lock:
            return self._objects.get(ObjectKind(kind).value)

    @property
    def public_key_der(self) -> bytes | None:
        with self._lock:
            key = self._key
        if key is None:
            return None
        return key.public_key().public_bytes(serialization.Encoding.DER,
                                             serialization.PublicFormat.SubjectPublicKeyInfo)

    def private_key_pem(self) -> bytes:
        """The board's private key, in memory, for its own MQTT client; never sent over the link."""
        with self._lock:
            key = self._key
        if key is None:
            raise LookupError(f"board {self.identity.serial} has no key yet")
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    # -- firmware ---------------------------------------------------------------

    def reported_identity(self) -> dict[str, str]:
        ident = self.identity
        return {"serial": self.faults.duplicate_serial or ident.serial, "model": ident.model,
                "hw": ident.hw_revision, "fw": ident.fw_version, "line": ident.product_line}

    def make_line_assembler(self) -> LineAssembler:
        """How the transport cuts received bytes into lines for this firmware: the reference protocol's frames."""
        return LineReader()

    def boot_notice(self) -> bytes:
        """Power-up: forget any unfinished write, boot the firmware, start the agent and announce the boot."""
        with self._lock:
            self._write = None
        self.boot_firmware()
        self._power_up_application()
        return encode_frame(Frame(NOTICE_RID, Kind.NOTICE, "boot", self.reported_identity()))

    def handle_line(self, line: bytes) -> Reply:
        """Process one received line; returns what to send and do."""
        try:
            frame = decode_frame(line, self.identity.serial)
        except BoardLinkError as exc:
            # The host times out and resends; answering a frame whose rid may be damaged helps nobody.
            self.bad_frames += 1
            log.debug("%s: dropped line: %s", self.identity.serial, exc.problem)
            return Reply()
        if frame.kind is not Kind.REQUEST:
            self.bad_frames += 1
            return Reply()
        self.frames_received += 1
        if self.faults.is_silent(frame.cmd):
            return Reply()
        if frame.cmd == "wchunk" and self.faults.should_drop(str(frame.body.get("obj"))):
            return Reply(then="drop")
        reply = Reply()
        handler = getattr(self, "_cmd_" + frame.cmd.replace("-", "_"), None)
        try:
            if handler is None:
                raise _Refusal("unknown-command", f"no command '{frame.cmd}'")
            with self._lock:
                body = handler(frame.body, reply)
            answer = Frame(frame.rid, Kind.ANSWER, frame.cmd, body)
        except _Refusal as ref:
            answer = Frame(frame.rid, Kind.ERROR, frame.cmd, {"code": ref.code, "message": ref.message})
        try:
            encoded = encode_frame(answer)
        except ValueError as exc:  # a firmware bug must not take the board down
            encoded = encode_frame(Frame(frame.rid, Kind.ERROR, frame.cmd,
                                         {"code": "internal", "message": str(exc)[:200]}))
        if self.faults.take_corruption():
            encoded = corrupt(encoded)
        reply.out.append(encoded)
        return reply

    def _cmd_hello(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        caps = ["key-import", "reboot"] if self.faults.refuse_csr else ["csr", "key-import", "reboot"]
        return {"protocol": PROTOCOL_VERSION, "caps": caps, "max_chunk": MAX_CHUNK,
                "fw": self.identity.fw_version}

    def _cmd_identify(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        return dict(self.reported_identity())

    def _cmd_keygen(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        cn, new = body.get("cn"), body.get("new", False)
        if not isinstance(cn, str) or not 1 <= len(cn) <= 64 or not isinstance(new, bool):
            raise _Refusal("bad-request", "keygen needs 'cn' (1-64 chars) and boolean 'new'")
        if self.faults.refuse_csr:
            raise _Refusal("csr-unsupported", "this firmware cannot generate a CSR")
        if self._key is None or new:
            self._key = ec.generate_private_key(ec.SECP256R1())
            self.keygens += 1
            reply.delay = self.keygen_time  # what a small MCU takes for P-256 key generation
        csr = (x509.CertificateSigningRequestBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
               .sign(self._key, hashes.SHA256()))
        pem = csr.public_bytes(serialization.Encoding.PEM)
        self._objects["csr"] = pem
        return {"size": len(pem), "sha256": hashlib.sha256(pem).hexdigest()}

    def _cmd_read(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        obj, off, length = body.get("obj"), body.get("off"), body.get("len")
        if obj not in ("csr", "pubkey"):
            raise _Refusal("bad-request", "only 'csr' and 'pubkey' can be read")
        if not _is_int(off) or not _is_int(length) or off < 0 or not 1 <= length <= MAX_CHUNK:
            raise _Refusal("bad-request", f"read needs 'off' ≥ 0 and 1 ≤ 'len' ≤ {MAX_CHUNK}")
        data = self._objects.get("csr") if obj == "csr" else (self._public_der() or None)
        if data is None:
            raise _Refusal("no-object", f"no {obj} yet: send keygen first")
        if off > len(data):
            raise _Refusal("bad-request", f"offset {off} beyond the {obj}'s {len(data)} bytes")
        piece = data[off:off + length]
        return {"off": off, "data": base64.b64encode(piece).decode("ascii"),
                "eof": off + len(piece) >= len(data)}

    def _cmd_wbegin(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        obj, size, digest = body.get("obj"), body.get("size"), body.get("sha256")
        if obj not in _WRITABLE or not _is_int(size) or not 0 <= size <= MAX_OBJECT_SIZE \
                or not isinstance(digest, str) or len(digest) != 64:
            raise _Refusal("bad-request", "wbegin needs a writable 'obj', 'size' and 'sha256'")
        # A new wbegin abandons any unfinished write (e.g. the host restarted after a link drop).
        self._write = _Write(obj, size, digest.lower())
        return {}

    def _cmd_wchunk(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        obj, off = body.get("obj"), body.get("off")
        write = self._current_write(obj)
        try:
            piece = base64.b64decode(str(body.get("data")), validate=True)
        except (binascii.Error, ValueError):
            raise _Refusal("bad-request", "wchunk 'data' is not base64") from None
        if not _is_int(off) or not 0 <= off <= len(write.data) or len(piece) > MAX_CHUNK:
            raise _Refusal("bad-request", f"wchunk offset must be ≤ {len(write.data)}, chunk ≤ {MAX_CHUNK}")
        if off + len(piece) > write.size:
            raise _Refusal("bad-request", f"wchunk runs past the announced size {write.size}")
        # Offset-addressed, so a resent chunk simply overwrites what it wrote before.
        write.data[off:] = piece
        return {"next": off + len(piece)}

    def _cmd_wend(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        obj = body.get("obj")
        if self._write is None and self._last_commit is not None and self._last_commit[0] == obj:
            return {"sha256": self._last_commit[1]}  # resent wend after a lost answer
        write = self._current_write(obj)
        self._write = None
        digest = hashlib.sha256(write.data).hexdigest()
        if len(write.data) != write.size or digest != write.sha256:
            raise _Refusal("hash-mismatch", f"received {len(write.data)} bytes with sha256 {digest}, "
                           f"announced {write.size} bytes with {write.sha256}")
        data = bytes(write.data)
        if write.obj in ("key", "claim-key"):
            try:
                key = serialization.load_pem_private_key(data, password=None)
            except (ValueError, TypeError):
                raise _Refusal("bad-key", "the key is not an unencrypted PEM private key") from None
            if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
                raise _Refusal("bad-key", "only EC and RSA keys are supported")
            if write.obj == "claim-key":
                # Kept as a key only, never as bytes among the objects: nothing can read or hash it back.
                self._claim_key = key
                # A claim means "register by claim at the next boot": a certificate from an earlier run (a
                # reworked board) would make the application connect with it instead.
                self._objects.pop("cert", None)
                self._last_commit = (write.obj, digest)
                return {"sha256": digest}
            self._key = key
            self._objects.pop("csr", None)  # a CSR of the replaced key would be misleading
        if write.obj == "fleet":
            problem = fleet_object_problem(data)
            if problem:
                raise _Refusal("bad-object", problem)
        self._objects[write.obj] = data
        self._last_commit = (write.obj, digest)
        return {"sha256": digest}

    def _cmd_readback(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        hashes_ = {obj: hashlib.sha256(self._objects[obj]).hexdigest()
                   for obj in _READBACK if obj in self._objects}
        pub = self._public_der()
        answer: dict[str, Any] = {"hashes": hashes_, "pubkey": base64.b64encode(pub).decode("ascii")}
        try:
            encode_frame(Frame(0, Kind.ANSWER, "readback", answer))
        except ValueError:
            # An imported RSA key's SPKI does not fit in one line: announce it, the host reads it in chunks.
            answer.update(pubkey="", pubkey_size=len(pub), pubkey_sha256=hashlib.sha256(pub).hexdigest())
        return answer

    def _public_der(self) -> bytes:
        if self._key is None:
            return b""
        return self._key.public_key().public_bytes(serialization.Encoding.DER,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)

    def _cmd_prov_status(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        status = self._prov_status
        answer = {"state": status.state, "thing": status.thing_name, "certificate_id": status.certificate_id,
                  "step": status.step, "code": status.code[:64], "message": status.message[:MAX_MESSAGE]}
        # The firmware shortens AWS's message until the answer fits one line (docs/board-protocol.md).
        while True:
            try:
                encode_frame(Frame(0xFFFF, Kind.ANSWER, "prov-status", answer))
                return answer
            except ValueError:
                answer["message"] = answer["message"][:max(0, len(answer["message"]) - 32)]

    def _cmd_reboot(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        reply.then = "reboot"
        return {}

    def _current_write(self, obj: object) -> _Write:
        if self._write is None or self._write.obj != obj:
            raise _Refusal("no-write", f"no write of '{obj}' in progress: send wbegin first")
        return self._write


def corrupt(line: bytes) -> bytes:
    """Damage one byte in the middle of a frame's JSON so that its CRC no longer matches."""
    start, end = line.index(b"{"), line.rindex(b"*")
    pos = (start + end) // 2
    flipped = line[pos] ^ 0x01
    if flipped in b"*@\r\n":
        flipped = line[pos] ^ 0x02
    return line[:pos] + bytes([flipped]) + line[pos + 1:]


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def fleet_object_problem(data: bytes) -> str:
    """What is wrong with a fleet object ("" if nothing): JSON ``{"template": name, "parameters": {str: str}}``."""
    try:
        parsed = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return "the fleet object is not JSON"
    if not isinstance(parsed, dict):
        return "the fleet object is not a JSON object"
    template, parameters = parsed.get("template"), parsed.get("parameters", {})
    if not isinstance(template, str) or not template:
        return "the fleet object needs a 'template' name"
    if not isinstance(parameters, dict) or len(parameters) > _MAX_FLEET_PARAMETERS \
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in parameters.items()):
        return f"the fleet object's 'parameters' must map at most {_MAX_FLEET_PARAMETERS} names to strings"
    return ""
