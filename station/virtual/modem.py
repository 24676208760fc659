"""A virtual Nordic nRF91 cellular modem (nRF9160/9151/9161) on a real pty, built from Nordic's AT command reference.

Two front ends over one modem:

* AT host mode (the at_client sample / at_host library): raw AT lines in,
  information lines plus one final ``OK`` / ``ERROR`` / ``+CME ERROR: <n>`` out,
  every line ending in CR LF; optional echo. A quoted string (a PEM for
  %CMNG) may span lines.
* Zephyr shell mode (``shell=True``): the prompt ``uart:~$ ``, the typed line
  echoed, the NCS ``at <command>`` shell command (one shell argument,
  unquoted like Zephyr's make_argv), ``settings write|read string`` and
  ``kernel reboot cold``.

The modem enforces the CFUN rule (credential writes/deletes and %KEYGEN are
refused with 518 while the functional mode is 1, 2 or 21), keeps credentials
per (sec_tag, type) and lists them with the SHA-256 of exactly the stored
text, and generates P-256 keys with a CSR in the %KEYGEN format
``"<base64url CSR DER>.<base64url COSE_Sign1>"``.

Its "application" is the reference device agent (station.virtual.agent): it
runs once the app's sec_tag holds key, client certificate and CA, the
endpoint and thing name are known (settings written by the station, or the
built-in ``app_endpoint`` / ``app_thing``) and the functional mode is 1.
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.domain import ObjectKind
from station.virtual.board import DOWNLOAD_RATE, Reply, VirtualBoard
from station.virtual.faults import FaultPlan
from station.virtual.modem_cose import csr_cose, luhn_digit
from station.virtual.modem_faults import DROP_TYPES, ModemFaults
from station.virtual.modem_wire import DROP, OVERLONG, CommandAssembler, Param, ParamError, parse_params, shell_argv

#: Modem families: CGMM model -> (CGMR modem firmware, %HWVERSION string).
MODELS: dict[str, tuple[str, str]] = {
    "nRF9160-SICA": ("mfw_nrf9160_1.3.5", "nRF9160 SICA B1A"),
    "nRF9161-LACA": ("mfw_nrf91x1_2.0.1", "nRF9161 LACA A0A"),
    "nRF9151-LACA": ("mfw_nrf91x1_2.0.1", "nRF9151 LACA A0A"),
}
#: Type Allocation Code of the virtual IMEIs (the one in Nordic's +CGSN example).
TAC = "35265610"
#: Functional modes +CFUN accepts, and those in which the modem is "active" (no credential changes).
CFUN_MODES = frozenset({0, 1, 2, 4, 20, 21, 30, 31, 40, 41, 44})
ACTIVE_MODES = frozenset({1, 2, 21})
#: The nRF Connect SDK aws_iot sample's default sec_tag (CONFIG_MQTT_HELPER_SEC_TAG).
DEFAULT_SEC_TAG = 201
MAX_SEC_TAG = 2147483647
#: Where nRF Cloud's factory credentials live on a DK (factory_credentials=True).
NRF_CLOUD_SEC_TAG = 16842753
#: %CMNG types: 0 root CA, 1 client cert, 2 client private key, 3 PSK, 4 PSK identity, 5 public key.
WRITABLE_TYPES = frozenset({0, 1, 2, 3, 4, 5})
BANNER = "*** Booting nRF Connect SDK v2.6.1 ***"
#: The unsolicited result code the ``urc`` fault slips in (network registration: searching).
URC = '+CEREG: 2,"002F","0012BEEF",7'
PROMPT = "uart:~$ "
#: The same prompt as a colour terminal shows it (Zephyr's VT100 colours).
PROMPT_VT100 = "\x1b[1;32muart:~$ \x1b[m"
#: X.509 attribute names %KEYGEN's attributes string may use.
_ATTRS = {"CN": NameOID.COMMON_NAME, "O": NameOID.ORGANIZATION_NAME, "OU": NameOID.ORGANIZATIONAL_UNIT_NAME,
          "L": NameOID.LOCALITY_NAME, "ST": NameOID.STATE_OR_PROVINCE_NAME, "C": NameOID.COUNTRY_NAME}
_COMMAND = re.compile(r"([+%#][A-Za-z0-9]+)(=\?|\?|=(.*))?", re.S)
_WRITE_START = re.compile(rb'%CMNG\s*=\s*0\s*,\s*\d+\s*,\s*(\d+)\s*,\s*"', re.I)
#: Bytes of a %CMNG write's content received before the drop fault pulls the cable.
_DROP_AFTER = 40


def imei_for(number: int) -> str:
    """A realistic 15-digit IMEI for the number-th modem: TAC + 6-digit serial + Luhn check digit."""
    body = f"{TAC}{number % 1_000_000:06d}"
    return body + luhn_digit(body)


class _Cme(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _garble(line: bytes) -> bytes:
    """Damage a response line: a byte in the middle becomes a non-ASCII one (line noise)."""
    body = line.rstrip(b"\r\n")
    if not body:
        return b"\xfe" + line
    pos = len(body) // 2
    return body[:pos] + b"\xfe\x13" + body[pos + 1:] + line[len(body):]


class VirtualModem(VirtualBoard):
    """A virtual nRF91 modem; start() attaches it to a pty or socket:// URL like a VirtualBoard."""

    def __init__(self, number: int = 1, model: str = "nRF9160-SICA", *, imei: str | None = None,
                 modem_fw: str | None = None, hw_version: str | None = None,
                 shell: bool = False, echo: bool = False, vt100: bool = False, unescape_lf: bool = False,
                 boot_cfun: int = 0, factory_credentials: bool = False,
                 sec_tag: int = DEFAULT_SEC_TAG, app_endpoint: str = "", app_thing: str = "nrf-{imei}",
                 endpoint_setting: str = "app/endpoint", thing_setting: str = "app/thing",
                 baud: int = 115200, keygen_time: float = 0.15, reboot_time: float = 0.3,
                 faults: FaultPlan | None = None, modem_faults: ModemFaults | None = None,
                 download_rate: float = DOWNLOAD_RATE, run_agent: bool = True) -> None:
        """number derives the IMEI (unless imei is given); model is the CGMM answer (see MODELS).

        shell selects the Zephyr shell front end (vt100: coloured prompt), echo the AT host's echo.
        boot_cfun is the functional mode at power-up (0 like at_client; 1 for an application
        that connects at boot). sec_tag, endpoint/thing settings and app_endpoint/app_thing
        describe the application firmware: where it reads its credentials and names from.
        factory_credentials preloads a DK's nRF Cloud credentials (sec_tag 16842753).
        faults are the device agent's knobs, modem_faults the modem's own.
        """
        default_fw, default_hw = MODELS.get(model, MODELS["nRF9160-SICA"])
        self.imei = imei if imei is not None else imei_for(number)
        if not re.fullmatch(r"\d{15}", self.imei):
            raise ValueError(f"an IMEI has 15 digits, got {self.imei!r}")
        self.modem_fw = modem_fw or default_fw
        self.hw_version = hw_version or default_hw
        super().__init__(self.imei, model, self.hw_version.split()[-1], self.modem_fw, baud=baud,
                         keygen_time=keygen_time, reboot_time=reboot_time, faults=faults,
                         download_rate=download_rate, run_agent=run_agent)
        self.identity = replace(self.identity, imei=self.imei)
        self.shell = shell
        self.echo = echo
        self.vt100 = vt100
        #: Shell mode: the AT shell turns the two characters backslash, n into CR LF in %CMNG writes
        #: (NCS's CONFIG_AT_SHELL_UNESCAPE_LF; nrfcredstore relies on it). Off by default, as in older NCS.
        self.unescape_lf = unescape_lf
        self.boot_cfun = boot_cfun
        self.sec_tag = sec_tag
        self.app_endpoint = app_endpoint
        self.app_thing = app_thing
        self.endpoint_setting = endpoint_setting
        self.thing_setting = thing_setting
        self.modem_faults = modem_faults if modem_faults is not None else ModemFaults()
        #: Device identity key: signs the COSE_Sign1 of each %KEYGEN answer.
        self.identity_key = ec.generate_private_key(ec.SECP256R1())
        self.device_uuid = str(uuid.uuid5(uuid.NAMESPACE_OID, f"nrf91-{self.imei}"))
        self.commands_received = 0
        self._cfun = boot_cfun
        self._cmee = 0
        self._creds: dict[tuple[int, int], bytes] = {}
        self._keys: dict[int, ec.EllipticCurvePrivateKey] = {}
        self._settings: dict[str, str] = {}
        if factory_credentials:
            # What a DK ships with: nRF Cloud credentials in their own sec_tag, listed beside the station's.
            self._keys[NRF_CLOUD_SEC_TAG] = ec.generate_private_key(ec.SECP256R1())
            for ctype, label in ((0, "nRF Cloud root CA"), (1, f"nRF Cloud device {self.device_uuid}")):
                body = base64.b64encode(label.encode() * 8).decode()
                self._creds[(NRF_CLOUD_SEC_TAG, ctype)] = \
                    f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----".encode()
        self._handlers: dict[str, Callable[[str, str | None], list[str]]] = {
            "+CMEE": self._at_cmee, "+CGMI": self._at_cgmi, "+CGMM": self._at_cgmm, "+CGMR": self._at_cgmr,
            "+CGSN": self._at_cgsn, "%HWVERSION": self._at_hwversion, "%SHORTSWVER": self._at_shortswver,
            "+CFUN": self._at_cfun, "%KEYGEN": self._at_keygen, "%CMNG": self._at_cmng,
        }

    def __repr__(self) -> str:
        return f"VirtualModem({self.identity.model!r}, imei={self.imei!r}, url={self.url!r})"

    # -- what the host, tests and the device agent see ------------------------------

    @property
    def cfun(self) -> int:
        """The functional mode +CFUN? reports (the ``active`` fault pins it to 1)."""
        return 1 if self.modem_faults.active else self._cfun

    @property
    def cmee(self) -> int:
        return self._cmee

    def credential(self, sec_tag: int, cred_type: int) -> bytes | None:
        """What %CMNG stored at (sec_tag, type), exactly; None if nothing. Type 2 (key) is never returned."""
        if cred_type == 2:
            return None
        with self._lock:
            return self._creds.get((sec_tag, cred_type))

    def key_public_der(self, sec_tag: int) -> bytes | None:
        """SubjectPublicKeyInfo DER of the key in sec_tag (tests compare it with the certificate's)."""
        with self._lock:
            key = self._keys.get(sec_tag)
        if key is None:
            return None
        return key.public_key().public_bytes(serialization.Encoding.DER,
                                             serialization.PublicFormat.SubjectPublicKeyInfo)

    def setting(self, name: str) -> str | None:
        with self._lock:
            return self._settings.get(name)

    def endpoint(self) -> str:
        """The endpoint the application uses: its setting if written, else the built-in one."""
        return self.setting(self.endpoint_setting) or self.app_endpoint

    def thing_name(self) -> str:
        """The MQTT client id / thing name the application uses: its setting, else app_thing (e.g. nrf-{imei})."""
        return self.setting(self.thing_setting) or self._app_thing()

    def _app_thing(self) -> str:
        return self.app_thing.format(imei=self.imei, uuid=self.device_uuid)

    def stored(self, kind: ObjectKind | str) -> bytes | None:
        kind = ObjectKind(kind)
        if kind is ObjectKind.CERT:
            return self.credential(self.sec_tag, 1)
        if kind is ObjectKind.CA:
            return self.credential(self.sec_tag, 0)
        # A setting holds the bytes the shell received (kept as latin-1 text); the built-in names are text.
        if kind is ObjectKind.ENDPOINT:
            value = self.setting(self.endpoint_setting)
            return value.encode("latin-1") if value else (self.app_endpoint.encode() or None)
        if kind is ObjectKind.THING:
            value = self.setting(self.thing_setting)
            return value.encode("latin-1") if value else (self._app_thing().encode() or None)
        return None

    @property
    def public_key_der(self) -> bytes | None:
        return self.key_public_der(self.sec_tag)

    def private_key_pem(self) -> bytes:
        """The app sec_tag's key, in memory, for the device agent's own TLS; never sent over the link."""
        with self._lock:
            key = self._keys.get(self.sec_tag)
        if key is None:
            raise LookupError(f"modem {self.imei} has no key in sec_tag {self.sec_tag}")
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    @property
    def provisioned(self) -> bool:
        """True once the app's sec_tag holds key, certificate and CA and the names are known."""
        with self._lock:
            have = self.sec_tag in self._keys and all((self.sec_tag, t) in self._creds for t in (0, 1))
        return have and bool(self.endpoint()) and bool(self.thing_name())

    def load_credentials(self, *, cert: bytes, ca: bytes, endpoint: str, thing: str, key_pem: bytes) -> None:
        """Factory-load credentials without the serial link (the standalone agent)."""
        key = serialization.load_pem_private_key(key_pem, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("the modem stores EC keys only")
        with self._lock:
            self._keys[self.sec_tag] = key
            self._creds[(self.sec_tag, 1)] = cert.rstrip()
            self._creds[(self.sec_tag, 0)] = ca.rstrip()
            self._settings[self.endpoint_setting] = endpoint
            self._settings[self.thing_setting] = thing

    def make_line_assembler(self) -> CommandAssembler:
        """The transport's line assembly for this modem (quote-aware in AT mode; the drop fault's probe)."""
        return CommandAssembler(quote_aware=not self.shell, probe=self._drop_probe)

    def reported_identity(self) -> dict[str, str]:
        ident = self.identity
        return {"serial": self.imei, "model": ident.model, "hw": ident.hw_revision, "fw": self.modem_fw,
                "imei": self.imei}

    # -- power-up and the application --------------------------------------------

    def boot_notice(self) -> bytes:
        """Power-up: the functional mode returns to boot_cfun; the banner (and the shell's prompt)."""
        with self._lock:
            self._cfun = self.boot_cfun
            self._cmee = 0  # +CMEE is not persistent
        self.boot_firmware()
        self._power_up_application()
        text = f"{BANNER}\r\n"
        if self.shell:
            text += "\r\n" + (PROMPT_VT100 if self.vt100 else PROMPT)
        return text.encode()

    def _power_up_application(self) -> None:
        if self.cfun == 1:
            super()._power_up_application()

    def _maybe_start_application(self) -> None:
        """The modem went online: the application connects if it has everything (never resets a running one)."""
        if not self.run_agent or self.cfun != 1 or not self.provisioned:
            return
        with self._agent_lock:
            running = self.agent is not None and self.agent.running
        if not running:
            self.start_agent()

    # -- the serial front ends ---------------------------------------------------

    def handle_line(self, line: bytes) -> Reply:
        if line == DROP:
            return Reply(then="drop")
        if self.modem_faults.silent:
            return Reply()
        self.commands_received += 1
        if self.shell:
            return self._shell_line(line)
        reply = Reply()
        if self.echo:
            reply.out.append(line + b"\r\n")
        text = line.decode("latin-1")  # byte-transparent: what is stored is exactly what arrived
        lines, reply.delay = (["ERROR"], 0.0) if line == OVERLONG else self._run_at(text)
        reply.out.extend(self._encode(lines))
        self._maybe_start_application()
        return reply

    def _encode(self, lines: list[str]) -> list[bytes]:
        out = []
        if self.modem_faults.take_urc():
            out.append(URC.encode() + b"\r\n")  # not part of the answer: the host must skip it
        for text in lines:
            raw = text.encode("latin-1") + b"\r\n"
            out.append(_garble(raw) if self.modem_faults.take_garble() else raw)
        return out

    def _shell_line(self, line: bytes) -> Reply:
        reply = Reply()
        text = line.decode("latin-1")
        reply.out.append(line + b"\r\n")  # the shell echoes what was typed
        lines: list[str] = []
        argv = [] if line == OVERLONG else shell_argv(text)
        if line == OVERLONG:
            lines.append("command buffer full")
        elif not argv:
            pass
        elif argv[0] == "at":
            if len(argv) < 2:
                lines.extend(["Usage: at <subcommand>", "", "Any other subcommand is interpreted as AT command "
                              "and sent to the modem."])
            else:
                command = argv[1]  # NCS's AT shell passes argv[1] on and ignores the rest
                if self.unescape_lf and command[:9].upper() == "AT%CMNG=0":
                    command = command.replace("\\n", "\r\n")  # CONFIG_AT_SHELL_UNESCAPE_LF
                at_lines, reply.delay = self._run_at(command)
                lines.extend(at_lines)
        elif argv[:3] == ["settings", "write", "string"] and len(argv) == 5:
            with self._lock:
                self._settings[argv[3]] = argv[4]
        elif argv[:3] == ["settings", "read", "string"] and len(argv) == 4:
            value = self.setting(argv[3])
            lines.append(value if value is not None else "Failed to load setting: -2")
        elif argv == ["kernel", "reboot", "cold"]:
            reply.then = "reboot"
        else:
            lines.append(f"{argv[0]}: command not found")
        reply.out.extend(self._encode(lines))
        if reply.then != "reboot":
            reply.out.append((PROMPT_VT100 if self.vt100 else PROMPT).encode())
        self._maybe_start_application()
        return reply

    def _drop_probe(self, pending: bytearray) -> bool:
        """Transport thread, while a quoted string arrives: pull the cable mid-%CMNG-write if armed."""
        if not self.modem_faults.drop_armed():
            return False
        match = _WRITE_START.search(pending)
        if match is None or len(pending) - match.end() < _DROP_AFTER:
            return False
        return self.modem_faults.take_drop(int(match.group(1)))

    # -- AT commands ------------------------------------------------------------------

    def _error(self, code: int) -> str:
        return f"+CME ERROR: {code}" if self._cmee else "ERROR"

    def _run_at(self, text: str) -> tuple[list[str], float]:
        """Information lines plus the final line, and how long the modem is busy before answering."""
        cmd = text.strip()
        if cmd[:2].upper() != "AT":
            return ["ERROR"], 0.0
        if cmd[2:] == "":
            return ["OK"], 0.0
        match = _COMMAND.fullmatch(cmd[2:])
        handler = None if match is None else self._handlers.get(match.group(1).upper())
        if match is None or handler is None:
            return ["ERROR"], 0.0  # at_client answers a bare ERROR to what the modem does not know
        op = {"=?": "test", "?": "read"}.get(match.group(2) or "", "set")
        args = match.group(3) if op == "set" else None
        delay = 0.0
        try:
            with self._lock:
                info = handler(op, args)
            if match.group(1).upper() == "%KEYGEN":
                delay = max(self.keygen_time, self.modem_faults.slow_keygen)
        except _Cme as exc:
            return [self._error(exc.code)], 0.0
        except ParamError:
            return [self._error(50)], 0.0
        return [*info, "OK"], delay

    @staticmethod
    def _params(args: str | None) -> list[Param]:
        return [] if args is None else parse_params(args)

    @staticmethod
    def _int(params: list[Param], i: int, lo: int = 0, hi: int = MAX_SEC_TAG) -> int:
        value = params[i] if i < len(params) else None
        if not isinstance(value, int) or not lo <= value <= hi:
            raise _Cme(50)
        return value

    def _identity_command(self, op: str, args: str | None, answer: str) -> list[str]:
        if op == "test":
            return []
        if op != "set" or args is not None:
            raise _Cme(50)
        return [answer]

    def _at_cmee(self, op: str, args: str | None) -> list[str]:
        if op == "read":
            return [f"+CMEE: {self._cmee}"]
        if op == "test":
            return ["+CMEE: (0,1)"]
        params = self._params(args)
        self._cmee = self._int(params, 0, 0, 1) if params else 0
        return []

    def _at_cgmi(self, op: str, args: str | None) -> list[str]:
        return self._identity_command(op, args, "Nordic Semiconductor ASA")

    def _at_cgmm(self, op: str, args: str | None) -> list[str]:
        return self._identity_command(op, args, self.identity.model)

    def _at_cgmr(self, op: str, args: str | None) -> list[str]:
        return self._identity_command(op, args, self.modem_fw)

    def _at_hwversion(self, op: str, args: str | None) -> list[str]:
        return self._identity_command(op, args, f"%HWVERSION: {self.hw_version}")

    def _at_shortswver(self, op: str, args: str | None) -> list[str]:
        return self._identity_command(op, args, f"%SHORTSWVER: {self.modem_fw.removeprefix('mfw_')}")

    def _at_cgsn(self, op: str, args: str | None) -> list[str]:
        if op == "test":
            return ["+CGSN: (0-3)"]
        if op != "set":
            raise _Cme(50)
        params = self._params(args)
        snt = self._int(params, 0, 0, 3) if params else 0
        if snt == 0:
            return [self.imei]
        if snt == 1:
            return [f'+CGSN: "{self.imei}"']
        raise _Cme(50)  # IMEISV and SVN are not emulated

    def _at_cfun(self, op: str, args: str | None) -> list[str]:
        if op == "read":
            return [f"+CFUN: {self.cfun}"]
        if op == "test":
            return ["+CFUN: (0,1,2,4,20,21,30,31,40,41,44)"]
        mode = self._int(self._params(args), 0, 0, 44)
        if mode not in CFUN_MODES:
            raise _Cme(50)
        self._cfun = mode
        return []

    def _at_keygen(self, op: str, args: str | None) -> list[str]:
        if op != "set":
            raise _Cme(50)
        params = self._params(args)
        tag = self._int(params, 0)
        key_type = self._int(params, 1, 0, 255)
        output = self._int(params, 2, 0, 255)
        attributes = params[3] if len(params) > 3 else None
        if key_type != 2 or output != 0 or (attributes is not None and not isinstance(attributes, str)):
            raise _Cme(50)  # only a client key with its CSR is emulated
        subject = self._subject(attributes or f"CN={self.device_uuid}")
        if self.cfun in ACTIVE_MODES:
            raise _Cme(518)
        if self.modem_faults.full:
            raise _Cme(515)
        key = ec.generate_private_key(ec.SECP256R1())
        csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
        der = csr.public_bytes(serialization.Encoding.DER)
        self._keys[tag] = key
        self.keygens += 1
        return [f'%KEYGEN: "{_b64url(der)}.{_b64url(csr_cose(self.identity_key, der))}"']

    @staticmethod
    def _subject(attributes: str) -> x509.Name:
        names = []
        for part in filter(None, (p.strip() for p in attributes.split(","))):
            key, sep, value = part.partition("=")
            oid = _ATTRS.get(key.strip().upper())
            if not sep or oid is None or not value or len(value) > 64:
                raise _Cme(50)
            names.append(x509.NameAttribute(oid, value))
        if not names:
            raise _Cme(50)
        return x509.Name(names)

    def _at_cmng(self, op: str, args: str | None) -> list[str]:
        if op == "test":
            return []
        if op != "set":
            raise _Cme(50)
        params = self._params(args)
        opcode = self._int(params, 0, 0, 3)
        if opcode == 1:
            tag = self._int(params, 1) if len(params) > 1 and params[1] is not None else None
            ctype = self._int(params, 2, 0, 255) if len(params) > 2 and params[2] is not None else None
            return [f'%CMNG: {t},{c},"{self._sha(t, c)}"' for t, c in self._listing()
                    if (tag is None or t == tag) and (ctype is None or c == ctype)]
        tag, ctype = self._int(params, 1), self._int(params, 2, 0, 255)
        if opcode == 2:
            if ctype == 2:
                raise _Cme(514)  # private keys never leave the modem
            stored = self._creds.get((tag, ctype))
            if stored is None:
                raise _Cme(513)
            return [f'%CMNG: {tag},{ctype},"{self._sha(tag, ctype)}","{stored.decode("latin-1")}"']
        if self.cfun in ACTIVE_MODES:
            raise _Cme(518)
        if opcode == 3:
            if ctype == 2:
                if self._keys.pop(tag, None) is None:
                    raise _Cme(513)
            elif self._creds.pop((tag, ctype), None) is None:
                raise _Cme(513)
            return []
        content = params[3] if len(params) > 3 else None
        if ctype not in WRITABLE_TYPES or not isinstance(content, str) or not content:
            raise _Cme(50)
        if self.modem_faults.full:
            raise _Cme(515)
        if ctype == 2:
            try:
                key = serialization.load_pem_private_key(content.encode("latin-1"), password=None)
            except (ValueError, TypeError):
                raise _Cme(50) from None
            if not isinstance(key, ec.EllipticCurvePrivateKey):
                raise _Cme(50)
            self._keys[tag] = key
        else:
            if self.modem_faults.no_overwrite and (tag, ctype) in self._creds:
                raise _Cme(519)  # this firmware keeps the item: delete it first
            self._creds[(tag, ctype)] = content.encode("latin-1")  # overwrite allowed: one item per (sec_tag, type)
        return []

    def _listing(self) -> list[tuple[int, int]]:
        return sorted({*self._creds, *((tag, 2) for tag in self._keys)})

    def _sha(self, tag: int, ctype: int) -> str:
        """Upper-case SHA-256 of the stored text; for a key, of its public key DER (the key never leaves)."""
        if ctype == 2:
            data = self._keys[tag].public_key().public_bytes(serialization.Encoding.DER,
                                                             serialization.PublicFormat.SubjectPublicKeyInfo)
        else:
            data = self._creds[(tag, ctype)]
        return hashlib.sha256(data).hexdigest().upper()


class CompanionPort(VirtualBoard):
    """Another COM port of a DK (the nRF52 side of a J-Link): answers nothing, or garbage."""

    def __init__(self, name: str, *, garbage: bool, baud: int = 115200) -> None:
        super().__init__(name, "companion", "", run_agent=False, baud=baud)
        self.garbage = garbage
        self.commands_received = 0
        self._count = 0

    def make_line_assembler(self) -> CommandAssembler:
        return CommandAssembler(quote_aware=False)

    def boot_notice(self) -> bytes:
        return b"\x00\xff\x8a" if self.garbage else b""

    def handle_line(self, line: bytes) -> Reply:
        self.commands_received += 1
        if not self.garbage:
            return Reply()
        self._count += 1
        noise = hashlib.sha256(line + self._count.to_bytes(4, "big")).digest()[:12]
        return Reply(out=[noise + b"\r\n"])


def modem_kwargs(options: dict[str, Any] | None) -> dict[str, Any]:
    """Validated VirtualModem keyword arguments from a plain options dict (fleet and demo)."""
    allowed = {"shell", "echo", "vt100", "unescape_lf", "boot_cfun", "factory_credentials", "sec_tag",
               "app_endpoint", "app_thing", "endpoint_setting", "thing_setting", "modem_fw", "hw_version"}
    options = dict(options or {})
    unknown = set(options) - allowed
    if unknown:
        raise ValueError(f"unknown virtual modem option(s): {', '.join(sorted(unknown))}")
    return options


__all__ = ["ACTIVE_MODES", "DROP_TYPES", "MODELS", "CompanionPort", "VirtualModem", "imei_for", "modem_kwargs"]
