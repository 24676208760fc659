"""Driver for Nordic nRF91 modems (nRF9160/9151/9161) over AT commands: AT host or Zephyr shell `at` mode.

Wire grammar and conventions: docs/nrf91.md. The codec is station.board.at
(pure, fuzzed); this module moves bytes over pyserial (ports, ptys, socket://)
and turns answers into the BoardDriver contract.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import serial
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from station.board import at, cme
from station.board.at import Mode, Response, Result
from station.board.driver import DriverTraits, LinkSettings, ProgressFn, register_driver
from station.board.errors import (
    BoardLinkError,
    BoardRefused,
    BoardTimeout,
    CorruptFrame,
    LinkLost,
    MalformedFrame,
    ProtocolMismatch,
)
from station.board.serial_port import LOST_SENDING, LOST_WAITING, PORT_NOT_OPEN, close_port, open_port
from station.domain import BoardHello, BoardIdentity, Capability, ObjectKind, Readback
from station.messages import Message, message, plain

log = logging.getLogger("station.board.nrf91")

#: The nRF Connect SDK aws_iot sample's default security tag (CONFIG_MQTT_HELPER_SEC_TAG).
DEFAULT_SEC_TAG = 201
#: Longest AT command at_host accepts by default (CONFIG_AT_HOST_CMD_MAX_LEN): one %CMNG write must fit.
MAX_COMMAND = 4096
#: %CMNG credential types.
CRED_TYPE = {ObjectKind.CA: 0, ObjectKind.CERT: 1}
#: +CFUN modes in which the modem refuses credential changes (Nordic's %CMNG reference: 1, 2 and 21).
ACTIVE_MODES = frozenset({1, 2, 21})
_MODEL = re.compile(r"nRF91\d{2}(-[A-Z0-9]{1,8})?")
_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")
_SETTING_VALUE = re.compile(r"[ -~]{1,256}")

T = TypeVar("T")

# What the operator reads about a modem. Values the modem sent (and the codec's reading of them) are data.
_STAYED_ACTIVE = message("nrf91.stayed-active", "the modem stayed active (functional mode {mode}) after the station "
                         "switched it offline (AT+CFUN=4); it refuses key generation and credential writes while "
                         "active")
_STAYED_ACTIVE_REMEDY = message("remedy.nrf91.stayed-active", "The application firmware keeps turning the modem on: "
                                "flash the factory image, or hold the application (e.g. its shell's modem commands), "
                                "then retry the unit.")
_BAD_CN = message("nrf91.bad-cn", "the thing name {name} has characters the modem's CSR subject cannot carry")
_BAD_CN_REMEDY = message("remedy.nrf91.bad-cn", "Change the profile's naming pattern: at most 64 letters, digits "
                         "and : _ . @ - characters.")
_KEYGEN_SLOW = message("remedy.nrf91.keygen-timeout", "The modem may still be generating the key: wait a few "
                       "seconds and retry the unit; if it repeats, raise serial.timeouts.keygen in the profile.")
_NO_KEY_IMPORT = message("nrf91.no-key-import", "an nRF91 does not take a private key from the station: its key "
                         "must be made by the modem (%KEYGEN), so the cloud-keys fallback is refused")
_NO_KEY_IMPORT_REMEDY = message("remedy.nrf91.no-key-import", "Use certificates.mode = \"csr\" for nRF91 units; if "
                                "KEYGEN fails, set the unit aside.")
_STORAGE_FAULTY = message("remedy.nrf91.storage", "Retry the unit; if it repeats, the modem's credential storage is "
                          "faulty: set the unit aside.")
_NO_SHELL = message("nrf91.no-shell", "the profile names a setting for the {object}, but the modem speaks raw AT (no "
                    "Zephyr shell to write settings with)")
_NO_SHELL_REMEDY = message("remedy.nrf91.no-shell", "Clear endpoint_setting / thing_setting in [drivers.nrf91], or "
                           "use application firmware with the Zephyr shell (mode = \"shell\").")
_SETTING_READS = message("nrf91.setting-reads", "setting {name} reads back {got}, wrote {wrote}")
_SETTING_LINES = message("nrf91.setting-lines", "settings read {name}: expected one value line, got {count}")
_NO_AT = message("nrf91.no-at", "no AT answer in AT host mode nor through a Zephyr shell's `at` command")
_NO_AT_REMEDY = message("remedy.nrf91.no-at", "Check that the board runs nRF91 firmware with AT access (at_client, "
                        "or CONFIG_AT_SHELL in the application) and that this is its modem port.")
_UNTRUSTED_REMEDY = message("remedy.nrf91.untrusted-identity", "The modem reports an identity the station cannot "
                            "trust: set the unit aside and call the line engineer (wrong firmware, or not an nRF91).")
_BAD_ANSWER = message("nrf91.bad-answer", "answer to '{command}': {problem}")
_BAD_ANSWER_REMEDY = message("remedy.nrf91.bad-answer",
                             "Retry the unit; if it repeats, check the cable and the baud rate.")
_LISTED_SHA = message("nrf91.listed-sha256", "the modem lists {object} with sha256 {listed}, expected {expected}")
_NOT_LISTED = message("nrf91.not-listed", "the modem does not list the {object} it accepted in sec_tag {sec_tag}")
_CSR_NOT_DER = message("nrf91.csr-not-der", "%KEYGEN: the CSR is not valid DER")
_NO_TAKE = message("nrf91.no-take", "the modem does not take data ('{command}')")
_SILENT = message("nrf91.silent", "no complete answer to '{command}' in time (modem silent or answer damaged)")
_BAD_FIELD = message("nrf91.bad-identity", "modem identity field '{field}' is not acceptable: {value}")
_BAD_IMEI = message("nrf91.bad-imei", "modem identity field 'imei' is not a valid IMEI: {value}")
_SHELL_UNKNOWN = message("nrf91.shell-unknown", "the board's shell does not know the command ({answer})")
_SHELL_UNKNOWN_REMEDY = message("remedy.nrf91.shell-unknown", "Flash application firmware with the AT shell and the "
                                "settings shell enabled (docs/nrf91.md), or set [drivers.nrf91] mode / settings "
                                "options to match it.")
_SHELL_FAILED = message("nrf91.shell-failed", "the shell command failed")
_SHELL_FAILED_REMEDY = message("remedy.nrf91.shell-failed",
                               "Retry the unit; if it repeats, set it aside and call the line engineer.")


class ModemRefused(BoardRefused):
    """The modem answered ERROR / +CME ERROR: n (or the shell could not run the command)."""

    def __init__(self, port: str, command: str, code: int | str | None, why: cme.CmeCause, *,
                 step: str = "") -> None:
        label = "ERROR" if code is None else str(code)
        super().__init__(port, command, label, why.cause_message, step=step, remedy=why.remedy_message)
        self.cme_code = code if isinstance(code, int) else None


class WrongAnswer(at.BadAnswer):
    """An answer the codec read but this driver cannot accept; why, in our words, as a message."""

    def __init__(self, problem: Message) -> None:
        super().__init__(problem.text())
        self.problem_message = problem


class UntrustedIdentity(WrongAnswer):
    """An identity value (IMEI, model, versions) that does not have the form an nRF91 gives."""


class ModemStayedActive(BoardLinkError):
    """AT+CFUN=4 was accepted but AT+CFUN? still reports an active mode.

    Not a BoardRefused: the modem did not refuse anything (and the pipeline reads a refused CSR as "this
    board cannot make keys"); the cause and remedy here are the ones the operator needs.
    """

    def __init__(self, port: str, mode: int) -> None:
        super().__init__(port, _STAYED_ACTIVE(mode=mode), remedy=_STAYED_ACTIVE_REMEDY(), retryable=False)
        self.mode = mode


class Nrf91Driver:
    """Blocking conversation with one nRF91 modem; not thread-safe."""

    traits: DriverTraits

    def __init__(self, port: str, settings: LinkSettings | None = None,
                 options: Mapping[str, Any] | None = None) -> None:
        opts = dict(options or {})
        self.port = port
        self.settings = settings or LinkSettings()
        self.sec_tag = int(opts.get("sec_tag", DEFAULT_SEC_TAG))
        self.mode_option = str(opts.get("mode", "auto"))
        if self.mode_option not in ("auto", "at", "shell"):
            raise ValueError(f"nrf91 option mode must be auto, at or shell, not {self.mode_option!r}")
        self.settings_names: dict[ObjectKind, str] = {
            kind: str(opts[key]) for kind, key in ((ObjectKind.ENDPOINT, "endpoint_setting"),
                                                   (ObjectKind.THING, "thing_setting")) if opts.get(key)}
        self.traits = DriverTraits(stores=frozenset({ObjectKind.CA, ObjectKind.CERT, *self.settings_names}),
                                   reads_public_key=False, keeps_key=False, key_import=False,
                                   serial_from_silicon=True, reboots=True)
        self.mode: Mode | None = None if self.mode_option == "auto" else Mode(self.mode_option)
        self._ser: Any = None  # serial.SerialBase; pyserial ships no type hints
        self._lines = at.LineAssembler()
        #: The functional mode found before the station first changed it (restored at close()).
        self._cfun_before: int | None = None
        self._cfun_changed = False
        self._handed_over = False  # reboot() gave the modem to its application: close() leaves it be
        self._heard = False  # a line of text received since mode detection started (not binary noise)

    # -- link ---------------------------------------------------------------

    def open(self) -> None:
        if self._ser is not None:
            return
        self._ser = open_port(self.port, self.settings)
        self._lines.clear()
        try:
            if self.mode is None:
                self.mode = self._detect_mode()
            # Error codes on: without AT+CMEE=1 every refusal is a bare ERROR.
            self._do("AT+CMEE=1", "hello")
        except BaseException:
            self._close_port()
            raise

    def close(self) -> None:
        """Best effort: give back the functional mode the modem had, then close the port."""
        if self._ser is not None and self._cfun_changed and not self._handed_over \
                and self._cfun_before is not None:
            try:
                self._do(f"AT+CFUN={self._cfun_before}", "identify", retry=False)
                self._cfun_changed = False
            except BoardLinkError as exc:
                log.warning("%s: could not restore functional mode %d: %s", self.port, self._cfun_before,
                            exc.problem)
        self._close_port()

    def _close_port(self) -> None:
        ser, self._ser = self._ser, None
        close_port(ser)

    def __enter__(self) -> Nrf91Driver:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- BoardDriver --------------------------------------------------------

    def hello(self) -> BoardHello:
        self._do("AT", "hello")
        firmware = self._command("AT+CGMR", "hello", parse=lambda r: _field(
            "fw_version", at.single_line(r.lines, "+CGMR"), _TOKEN))
        return BoardHello(protocol_version=0, capabilities=frozenset({Capability.CSR, Capability.REBOOT}),
                          max_chunk=MAX_COMMAND, firmware=firmware)

    def identify(self) -> BoardIdentity:
        imei = self._command("AT+CGSN=1", "identify", parse=lambda r: _imei(at.parse_cgsn(r.lines)))
        model = self._command("AT+CGMM", "identify",
                              parse=lambda r: _field("model", at.single_line(r.lines, "+CGMM"), _MODEL))
        fw = self._command("AT+CGMR", "identify",
                           parse=lambda r: _field("fw_version", at.single_line(r.lines, "+CGMR"), _TOKEN))
        hw = self._command("AT%HWVERSION", "identify",
                           parse=lambda r: _field("hw_revision", at.parse_hwversion(r.lines), _TOKEN))
        return BoardIdentity(serial=imei, model=model, hw_revision=hw, fw_version=fw, imei=imei)

    def generate_csr(self, common_name: str, *, new_key: bool = False,
                     progress: ProgressFn | None = None) -> bytes:
        """A new modem key (type 2 in sec_tag) and its CSR as PEM; new_key is moot: KEYGEN always makes one.

        The COSE_Sign1 after the dot (the modem's attestation of the CSR) is not
        verified: the CSR's own signature proves possession of the key, and the
        pipeline checks it.
        """
        if not re.fullmatch(r"[A-Za-z0-9:_.@-]{1,64}", common_name):
            raise ModemRefused(self.port, "AT%KEYGEN", "CN", cme.CmeCause(
                _BAD_CN(name=repr(common_name[:40])), _BAD_CN_REMEDY()))
        self._go_offline()
        if progress is not None:
            progress(0, 1)
        try:
            pem = self._command(f'AT%KEYGEN={self.sec_tag},2,0,"CN={common_name}"', "keygen",
                                parse=_csr_pem, label=f"AT%KEYGEN={self.sec_tag},2,0", once=True)
        except BoardTimeout as exc:
            raise BoardTimeout(self.port, exc.problem_message, remedy=_KEYGEN_SLOW()) from exc
        if progress is not None:
            progress(1, 1)
        return pem

    def write_object(self, kind: ObjectKind, data: bytes, *, progress: ProgressFn | None = None) -> str:
        kind = ObjectKind(kind)
        if kind is ObjectKind.KEY:
            raise ModemRefused(self.port, "write key", "key-import", cme.CmeCause(
                _NO_KEY_IMPORT(), _NO_KEY_IMPORT_REMEDY()))
        if kind not in self.traits.stores:
            raise ValueError(f"object '{kind}' is not stored by the nrf91 driver with these options "
                             "(traits.stores)")
        digest = self._write_credential(kind, data) if kind in CRED_TYPE else self._write_setting(kind, data)
        if progress is not None:
            progress(len(data), len(data))
        return digest

    def digest(self, kind: ObjectKind, data: bytes) -> str:
        """CA and certificate: SHA-256 of the PEM without trailing white space (what the modem stores and
        lists, nrfcredstore's convention); settings: of the value without surrounding white space."""
        kind = ObjectKind(kind)
        return hashlib.sha256(data.rstrip() if kind in CRED_TYPE else data.strip()).hexdigest()

    def read_back(self) -> Readback:
        listed = self._command(f"AT%CMNG=1,{self.sec_tag}", "readback",
                               parse=lambda r: at.parse_cmng_list(r.lines))
        hashes: dict[ObjectKind, str] = {}
        for kind, cred_type in CRED_TYPE.items():
            for tag, typ, sha in listed:
                if tag == self.sec_tag and typ == cred_type and sha:
                    hashes[kind] = sha
        for kind, name in self.settings_names.items():
            value = self._read_setting(name)
            if value is not None:
                hashes[kind] = hashlib.sha256(value.encode()).hexdigest()
        return Readback(hashes, None)

    def reboot(self) -> None:
        """Shell mode: `kernel reboot cold` and wait for the prompt. AT mode: AT+CFUN=1 (the application's
        modem comes online). Either way the modem is its application's afterwards."""
        if self._mode is Mode.SHELL:
            self._shell(["kernel", "reboot", "cold"], "reboot", retry=False)
            try:  # +CMEE does not survive a reboot: keep error numbers for anything asked afterwards
                self._do("AT+CMEE=1", "hello")
            except BoardLinkError as exc:
                log.warning("%s: error codes not re-enabled after the reboot: %s", self.port, exc.problem)
        else:
            self._do("AT+CFUN=1", "reboot", retry=False)
        self._handed_over = True
        self._cfun_changed = False

    # -- credentials and settings -------------------------------------------

    def _go_offline(self) -> None:
        cfun = self._command("AT+CFUN?", "identify", parse=lambda r: at.parse_cfun(r.lines))
        if self._cfun_before is None:
            self._cfun_before = cfun
        if cfun not in ACTIVE_MODES:
            return
        self._do("AT+CFUN=4", "identify")
        self._cfun_changed = True
        now = self._command("AT+CFUN?", "identify", parse=lambda r: at.parse_cfun(r.lines))
        if now in ACTIVE_MODES:
            raise ModemStayedActive(self.port, now)

    def _write_credential(self, kind: ObjectKind, data: bytes) -> str:
        try:
            pem = data.decode("ascii").rstrip()
        except UnicodeDecodeError:
            raise ValueError(f"the {kind} is not ASCII PEM") from None
        if '"' in pem or "\x00" in pem:
            raise ValueError(f"the {kind} PEM contains a double quote or NUL")
        cred_type = CRED_TYPE[kind]
        self._go_offline()
        write = f'AT%CMNG=0,{self.sec_tag},{cred_type},"{pem}"'
        label = f"AT%CMNG=0,{self.sec_tag},{cred_type}"
        try:
            self._do(write, "chunk", label=label)
        except ModemRefused as exc:
            if exc.cme_code != 519:
                raise
            # Real firmware may refuse to overwrite (519 already exists): delete, then write again.
            self._do(f"AT%CMNG=3,{self.sec_tag},{cred_type}", "chunk")
            self._do(write, "chunk", label=label)
        expected = self.digest(kind, data)

        def stored(resp: Response) -> str:
            for tag, typ, sha in at.parse_cmng_list(resp.lines):
                if tag == self.sec_tag and typ == cred_type:
                    if sha != expected:  # a damaged hex digit still looks like a hash: ask again
                        raise WrongAnswer(_LISTED_SHA(object=str(kind), listed=sha, expected=expected))
                    return sha
            raise WrongAnswer(_NOT_LISTED(object=str(kind), sec_tag=self.sec_tag))

        try:
            return self._command(f"AT%CMNG=1,{self.sec_tag},{cred_type}", "readback", parse=stored)
        except MalformedFrame as exc:
            raise CorruptFrame(self.port, exc.problem_message, remedy=_STORAGE_FAULTY()) from exc

    def _write_setting(self, kind: ObjectKind, data: bytes) -> str:
        if self._mode is not Mode.SHELL:
            raise ProtocolMismatch(self.port, _NO_SHELL(object=str(kind)), remedy=_NO_SHELL_REMEDY())
        value = data.decode("utf-8", errors="replace").strip()
        if not _SETTING_VALUE.fullmatch(value):
            raise ValueError(f"the {kind} value is not printable ASCII of 1-256 characters")
        name = self.settings_names[kind]
        self._shell(["settings", "write", "string", name, value], "chunk")
        got = self._read_setting(name)
        if got != value:
            raise CorruptFrame(self.port, _SETTING_READS(name=name, got=repr(got), wrote=repr(value)))
        return hashlib.sha256(value.encode()).hexdigest()

    def _read_setting(self, name: str) -> str | None:
        """The setting's value, or None if the application has none stored."""
        try:
            resp = self._shell(["settings", "read", "string", name], "readback")
        except ModemRefused as exc:
            # Zephyr's settings shell says "Setting not found"; -2 is -ENOENT from a load, same meaning.
            if exc.message.startswith("Setting not found") or exc.message.endswith(": -2"):
                return None
            raise
        if len(resp.lines) != 1:
            raise MalformedFrame(self.port, _SETTING_LINES(name=name, count=len(resp.lines)))
        return resp.lines[0]

    # -- transactions -------------------------------------------------------

    @property
    def _mode(self) -> Mode:
        return self.mode or Mode.AT

    def _detect_mode(self) -> Mode:
        """AT host first, then the Zephyr shell; the one that answers `AT` with OK wins."""
        self._heard = False
        for _ in range(self.settings.retries + 1):  # a damaged OK must not make a modem "not a modem"
            if _ and not self._heard:
                break  # silent, or only noise (a DK's other COM port): resending will not make it talk
            for mode in (Mode.AT, Mode.SHELL):
                try:
                    resp = self._exchange("AT", mode, self.settings.timeout("hello"))
                except (BoardTimeout, MalformedFrame):
                    continue
                if resp.ok:
                    log.info("%s: modem speaks %s mode", self.port, mode.value)
                    return mode
        raise BoardTimeout(self.port, _NO_AT(), remedy=_NO_AT_REMEDY())

    def _do(self, command: str, timeout_key: str, *, retry: bool = True, label: str = "") -> Response:
        """Send an AT command whose answer carries nothing but its result."""
        return self._command(command, timeout_key, parse=_same, retry=retry, label=label)

    def _command(self, command: str, timeout_key: str, *, parse: Callable[[Response], T],
                 retry: bool = True, label: str = "", once: bool = False) -> T:
        """Send an AT command; return parse(response), retrying garbled and lost answers.

        ``once``: the command changes state each time it runs (%KEYGEN makes a new key), so it is
        resent only after a complete but damaged answer, never after silence (the modem may still
        be working and would answer both); if the final line alone was lost, the information
        lines are used when ``parse`` accepts them.
        """
        label = label or command
        attempts = self.settings.retries + 1 if retry else 1
        last: BoardLinkError | None = None
        for attempt in range(attempts):
            if attempt:
                log.warning("%s: resending '%s' (attempt %d of %d) after: %s", self.port, label,
                            attempt + 1, attempts, last.problem if last else "")
            try:
                resp = self._exchange(command, self._mode, self.settings.timeout(timeout_key), label=label,
                                      partial=parse if once else None)
                if not resp.ok:
                    raise ModemRefused(self.port, label, resp.code if resp.result is Result.CME else
                                       (None if resp.result is Result.ERROR else "FAILED"),
                                       cme.explain(command, resp.code) if resp.result is not Result.FAILED
                                       else _shell_failure(resp))
                return parse(resp)
            except UntrustedIdentity as exc:
                last = MalformedFrame(self.port, exc.problem_message, remedy=_UNTRUSTED_REMEDY())
            except WrongAnswer as exc:
                last = MalformedFrame(self.port, _BAD_ANSWER(command=label, problem=exc.problem_message),
                                      remedy=_BAD_ANSWER_REMEDY())
            except at.BadAnswer as exc:
                # The codec's English reading of what the modem sent: data here, like the modem's own words.
                last = MalformedFrame(self.port, _BAD_ANSWER(command=label, problem=str(exc)),
                                      remedy=_BAD_ANSWER_REMEDY())
            except BoardTimeout as exc:
                if once:
                    raise
                last = exc
            except MalformedFrame as exc:
                last = exc
        assert last is not None
        raise last

    def _shell(self, words: list[str], timeout_key: str, *, retry: bool = True) -> Response:
        """A non-AT shell command; its answer ends at the prompt."""
        label = " ".join(words[:3])
        attempts = self.settings.retries + 1 if retry else 1
        last: BoardLinkError | None = None
        for _ in range(attempts):
            try:
                resp = self._exchange(words, Mode.SHELL, self.settings.timeout(timeout_key), label=label)
            except (BoardTimeout, MalformedFrame) as exc:
                last = exc
                continue
            if not resp.ok:
                raise ModemRefused(self.port, label, "FAILED", _shell_failure(resp))
            return resp
        assert last is not None
        raise last

    def _exchange(self, command: str | list[str], mode: Mode, timeout: float, *, label: str = "",
                  partial: Callable[[Response], object] | None = None) -> Response:
        """One request and its answer (no retry): flush, send, read lines until the answer is complete."""
        ser = self._require_open()
        if isinstance(command, list):
            raw = at.encode_shell(command)
            parser = at.ResponseParser(" ".join(command), echo=raw.decode().rstrip("\r\n"), shell=True,
                                       at_final=False)
        else:
            raw = at.encode_command(command, mode)
            parser = at.ResponseParser(command, echo=raw.decode("utf-8").rstrip("\r\n"),
                                       shell=mode is Mode.SHELL)
        label = label or (command if isinstance(command, str) else " ".join(command))
        try:
            self._drain(ser)
            ser.write(raw)
        except serial.SerialTimeoutException as exc:
            raise BoardTimeout(self.port, _NO_TAKE(command=label)) from exc
        except (serial.SerialException, OSError) as exc:
            raise LinkLost(self.port, LOST_SENDING(command=label, error=str(exc))) from exc
        log.debug("%s: -> %s", self.port, label)
        deadline = time.monotonic() + timeout
        while True:
            try:
                data: bytes = ser.read(1)
                if data and ser.in_waiting:
                    data += ser.read(ser.in_waiting)
            except (serial.SerialException, OSError) as exc:
                raise LinkLost(self.port, LOST_WAITING(command=label, error=str(exc))) from exc
            if data:
                try:
                    lines = self._lines.feed(data)
                except at.LineTooLong as exc:
                    raise MalformedFrame(self.port, _BAD_ANSWER(command=label, problem=str(exc))) from exc
                self._heard = self._heard or any(_mostly_text(line) for line in lines)
                for line in lines:
                    done = parser.feed(line)
                    if done is not None:
                        if parser.skipped:
                            log.debug("%s: skipped %d echo/unsolicited line(s)", self.port, len(parser.skipped))
                        log.debug("%s: <- %s (%d line(s))", self.port, done.final, len(done.lines))
                        return done
                done = parser.prompt(self._lines.pending)
                if done is not None:
                    return done
            if time.monotonic() >= deadline:
                if partial is not None and parser.lines:
                    # The final line was damaged or lost, but the information lines may be whole.
                    resp = Response(parser.lines, Result.OK, None, "")
                    with contextlib.suppress(at.AtCodecError):
                        partial(resp)
                        log.warning("%s: '%s' answered without a readable final line; its information "
                                    "lines are complete and used", self.port, label)
                        return resp
                raise BoardTimeout(self.port, _SILENT(command=label))

    def _drain(self, ser: Any) -> None:
        """Drop complete lines received since the last answer (late URCs, a late prompt).

        Not reset_input_buffer(): that can cut a line in two (half a prompt), and
        the other half would then stick to the next answer's first line.
        """
        waiting = ser.in_waiting
        if waiting:
            try:
                stale = self._lines.feed(ser.read(waiting))
            except at.LineTooLong:
                stale = []
            if stale:
                log.debug("%s: dropped %d stale line(s) before the next command", self.port, len(stale))

    def _require_open(self) -> Any:
        if self._ser is None:
            raise LinkLost(self.port, PORT_NOT_OPEN())
        return self._ser


def _mostly_text(line: str) -> bool:
    """A line that could be a (damaged) modem or shell line, not the binary noise of a DK's other port."""
    return sum(" " <= c <= "~" for c in line) * 4 >= len(line) * 3


def _same(resp: Response) -> Response:
    return resp


def _field(name: str, value: str, pattern: re.Pattern[str]) -> str:
    """An identity value from the modem, accepted only if it has the expected form."""
    if not pattern.fullmatch(value):
        raise UntrustedIdentity(_BAD_FIELD(field=name, value=repr(value[:40])))
    return value


def _imei(value: str) -> str:
    if not (len(value) == 15 and at.luhn_ok(value)):
        raise UntrustedIdentity(_BAD_IMEI(value=repr(value[:40])))
    return value


def _csr_pem(resp: Response) -> bytes:
    der, _cose = at.parse_keygen(resp.lines)  # the COSE_Sign1 is not verified (see generate_csr)
    try:
        csr = x509.load_der_x509_csr(der)
    except ValueError:
        raise WrongAnswer(_CSR_NOT_DER()) from None
    return csr.public_bytes(Encoding.PEM)


def _shell_failure(resp: Response) -> cme.CmeCause:
    if "command not found" in resp.final:
        return cme.CmeCause(_SHELL_UNKNOWN(answer=resp.final[:60]), _SHELL_UNKNOWN_REMEDY())
    # The shell's own words (data, untranslated) when it gave any.
    return cme.CmeCause(plain(resp.final[:120]) if resp.final[:120] else _SHELL_FAILED(), _SHELL_FAILED_REMEDY())


def probe(port: str, settings: LinkSettings, options: Mapping[str, Any]) -> str | None:
    """The nRF91 model answering AT+CGMM on ``port`` (AT or shell mode), or None if not an nRF91 modem."""
    driver = Nrf91Driver(port, settings, options)
    try:
        try:
            driver._ser = open_port(port, driver.settings)
        except LinkLost:
            return None  # a port that cannot be opened is not this driver's board
        try:
            if driver.mode is None:
                driver.mode = driver._detect_mode()
            model = driver._command("AT+CGMM", "hello", parse=lambda r: at.single_line(r.lines, "+CGMM"))
        except (BoardLinkError, at.AtCodecError):
            return None
        return model if isinstance(model, str) and _MODEL.fullmatch(model) else None
    finally:
        driver._close_port()  # nothing was changed: no functional mode to restore


register_driver("nrf91", Nrf91Driver, usb_ids=("1915:*", "1366:*"), probe=probe,
                description="Nordic nRF9160/nRF9151/nRF9161 modems over AT commands (AT host or Zephyr shell); "
                            "docs/nrf91.md")
