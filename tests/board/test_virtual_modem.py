"""The virtual nRF91 modem on real ptys and sockets: AT grammar, CFUN rule, KEYGEN CSRs, %CMNG hashes, faults,
Zephyr shell mode, the device agent it runs, the fleet's USB forms, and nrfcredstore as an oracle."""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import serial
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain import ObjectKind
from station.virtual import VirtualFleet
from station.virtual.fleet import BoardSpec
from station.virtual.modem import PROMPT, VirtualModem, imei_for
from station.virtual.modem_cose import cbor
from station.virtual.modem_faults import ModemFaults, parse_modem_spec
from station.virtual.modem_wire import CommandAssembler, parse_params, shell_argv

pytestmark = pytest.mark.timeout(60)
TRANSPORTS = ["socket"] if sys.platform == "win32" else ["pty", "socket"]
TRANSPORT = TRANSPORTS[0]
#: Guard for reads that must get an answer; never reached unless the modem is broken.
GUARD = 10.0
FINAL = re.compile(rb"^(OK|ERROR|\+CME ERROR: \d+)\r\n$")


def pem(label: str, body: bytes) -> str:
    """A PEM-looking text with several lines (what %CMNG stores is opaque text to the modem)."""
    b64 = base64.b64encode(body).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


CA = pem("CERTIFICATE", b"root ca " * 40)
CERT = pem("CERTIFICATE", b"client certificate " * 30)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Host:
    """The host side of a modem's port, on pyserial like the station: raw lines in and out."""

    def __init__(self, url: str) -> None:
        self.port = serial.serial_for_url(url, baudrate=115200, timeout=GUARD)

    def close(self) -> None:
        self.port.close()

    def send(self, text: str) -> None:
        self.port.write(text.encode() + b"\r\n")

    def response(self) -> list[bytes]:
        """Raw lines (CR LF kept) up to and including the final line."""
        out: list[bytes] = []
        while True:
            line = self.port.readline()
            if not line.endswith(b"\n"):
                raise AssertionError(f"no final line; got {[*out, line]!r}")
            out.append(line)
            if FINAL.match(line):
                return out

    def at(self, command: str) -> list[str]:
        """Send one AT command; its lines without CR LF, the final one last."""
        self.send(command)
        return [line.decode().removesuffix("\r\n") for line in self.response()]

    def sync(self) -> None:
        """Skip a boot banner: after this the next line read answers the next command."""
        self.send("AT")
        while self.port.readline() != b"OK\r\n":
            pass

    def until_prompt(self) -> bytes:
        """Shell mode: everything up to and including the next prompt."""
        data = bytes(self.port.read_until(PROMPT.encode()))
        if not data.endswith(PROMPT.encode()):
            raise AssertionError(f"no prompt; got {data!r}")
        return data


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


ModemFactory = Callable[..., tuple[VirtualModem, Host]]


@pytest.fixture
def make_modem(transport: str) -> Iterator[ModemFactory]:
    """Start modems on the parametrised transport, with a connected host; all closed after the test."""
    started: list[tuple[VirtualModem, Host]] = []

    def make(faults: str = "", sync: bool = True, **kwargs: Any) -> tuple[VirtualModem, Host]:
        kwargs.setdefault("run_agent", False)
        kwargs.setdefault("keygen_time", 0.0)
        modem_faults, plan = parse_modem_spec(faults)
        modem = VirtualModem(7, modem_faults=modem_faults, faults=plan, **kwargs)
        host = Host(modem.start(transport))
        started.append((modem, host))
        if sync:
            host.sync()
        return modem, host

    yield make
    for modem, host in started:
        host.close()
        modem.close()


def offline(host: Host) -> None:
    assert host.at("AT+CMEE=1") == ["OK"]
    assert host.at("AT+CFUN=4") == ["OK"]


# -- identity and grammar ---------------------------------------------------------------------


def test_imei_is_realistic_and_deterministic() -> None:
    imeis = [imei_for(n) for n in range(1, 200)]
    assert all(re.fullmatch(r"\d{15}", i) and luhn_ok(i) for i in imeis)
    assert len(set(imeis)) == len(imeis) and imei_for(5) == imei_for(5)
    assert luhn_ok("352656100367872")  # Nordic's +CGSN example passes the same check


def test_identity_and_grammar(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    assert host.at("AT") == ["OK"]
    assert host.at("AT+CGMI") == ["Nordic Semiconductor ASA", "OK"]
    assert host.at("AT+CGMM") == ["nRF9160-SICA", "OK"]
    assert host.at("AT+CGMR") == ["mfw_nrf9160_1.3.5", "OK"]
    assert host.at("AT%HWVERSION") == ["%HWVERSION: nRF9160 SICA B1A", "OK"]
    assert host.at("AT+CGSN=1") == [f'+CGSN: "{modem.imei}"', "OK"] and luhn_ok(modem.imei)
    assert host.at("AT+CGSN") == [modem.imei, "OK"]
    ident = modem.identity
    assert (ident.serial, ident.imei, ident.model, ident.hw_revision) == \
        (modem.imei, modem.imei, "nRF9160-SICA", "B1A")
    # Every line ends in CR LF; blank lines are not sent.
    host.send("AT+CGMM")
    assert host.response() == [b"nRF9160-SICA\r\n", b"OK\r\n"]
    # Errors are a bare ERROR until +CMEE=1, then +CME ERROR: <n>; unknown commands stay ERROR.
    assert host.at("AT+CFUN=99") == ["ERROR"]
    assert host.at("AT+CMEE?") == ["+CMEE: 0", "OK"]
    assert host.at("AT+CMEE=1") == ["OK"] and host.at("AT+CMEE?") == ["+CMEE: 1", "OK"]
    assert host.at("AT+CFUN=99") == ["+CME ERROR: 50"]
    assert host.at("AT%CMNG=3,201,1") == ["+CME ERROR: 513"]
    assert host.at("AT+NOSUCH") == ["ERROR"] and host.at("hello") == ["ERROR"]
    assert host.at("AT+CMEE=0") == ["OK"] and host.at("AT%CMNG=3,201,1") == ["ERROR"]


@pytest.mark.parametrize("model,fw,hw", [("nRF9151-LACA", "mfw_nrf91x1_2.0.1", "nRF9151 LACA A0A"),
                                         ("nRF9161-LACA", "mfw_nrf91x1_2.0.1", "nRF9161 LACA A0A")])
def test_other_models(make_modem: ModemFactory, model: str, fw: str, hw: str) -> None:
    _modem, host = make_modem(model=model)
    assert host.at("AT+CGMM") == [model, "OK"] and host.at("AT+CGMR") == [fw, "OK"]
    assert host.at("AT%HWVERSION") == [f"%HWVERSION: {hw}", "OK"]


def test_echo_after_the_boot_banner(make_modem: ModemFactory, transport: str) -> None:
    _modem, host = make_modem(echo=True, sync=False)
    # The boot banner is written at power-up, as the host opens the port; pyserial's open() flushes what
    # the pty already holds, so whether (and how much of) it is seen is a race: sync() skips what there is.
    host.sync()
    host.send("AT+CGMM")
    assert host.response() == [b"AT+CGMM\r\n", b"nRF9160-SICA\r\n", b"OK\r\n"]


# -- CFUN rule, KEYGEN, CMNG ------------------------------------------------------------------------


def test_cfun_rule(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    assert host.at("AT+CMEE=1") == ["OK"]
    assert host.at("AT+CFUN?") == ["+CFUN: 0", "OK"]  # power-up mode of at_client
    for mode in (1, 2, 21):
        assert host.at(f"AT+CFUN={mode}") == ["OK"] and host.at("AT+CFUN?") == [f"+CFUN: {mode}", "OK"]
        assert host.at('AT%KEYGEN=201,2,0,"CN=x"') == ["+CME ERROR: 518"]
        assert host.at(f'AT%CMNG=0,201,0,"{CA}"') == ["+CME ERROR: 518"]
        assert host.at("AT%CMNG=3,201,0") == ["+CME ERROR: 518"]
    assert modem.credential(201, 0) is None and modem.key_public_der(201) is None
    assert host.at("AT%CMNG=1") == ["OK"]  # listing is allowed while active
    assert host.at("AT+CFUN=4") == ["OK"] and host.at("AT+CFUN?") == ["+CFUN: 4", "OK"]
    assert host.at(f'AT%CMNG=0,201,0,"{CA}"') == ["OK"]
    assert host.at("AT+CFUN=0") == ["OK"] and host.at("AT%CMNG=3,201,0") == ["OK"]


def test_keygen_csr(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    offline(host)
    lines = host.at('AT%KEYGEN=201,2,0,"CN=nrf-352656100000077"')
    assert lines[1:] == ["OK"]
    match = re.fullmatch(r'%KEYGEN: "([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)"', lines[0])
    assert match is not None  # base64url without padding on both sides of the dot
    csr = x509.load_der_x509_csr(b64url_decode(match.group(1)))
    assert csr.is_signature_valid
    assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "nrf-352656100000077"
    spki = csr.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    assert spki == modem.key_public_der(201) == modem.public_key_der
    key = csr.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    # The COSE_Sign1: tag 18, [protected {1: -7}, {}, SHA-256(CSR DER), r||s] signed by the identity key.
    cose = b64url_decode(match.group(2))
    der = b64url_decode(match.group(1))
    protected = cbor({1: -7})
    digest = hashlib.sha256(der).digest()
    assert cose == b"\xd2" + cbor([protected, {}, digest, cose[-64:]])
    signature = encode_dss_signature(int.from_bytes(cose[-64:-32], "big"), int.from_bytes(cose[-32:], "big"))
    modem.identity_key.public_key().verify(signature, cbor(["Signature1", protected, b"", digest]),
                                           ec.ECDSA(hashes.SHA256()))
    # Type-2 KEYGEN always makes a new key; attributes give the subject; no attributes: the device UUID.
    again = host.at('AT%KEYGEN=201,2,0,"O=Acme,CN=unit-2"')[0]
    csr2 = x509.load_der_x509_csr(b64url_decode(again.split('"')[1].split(".")[0]))
    assert csr2.subject.rfc4514_string() == "CN=unit-2,O=Acme"
    assert modem.key_public_der(201) != spki and modem.keygens == 2
    bare = host.at("AT%KEYGEN=16,2,0")[0]
    csr3 = x509.load_der_x509_csr(b64url_decode(bare.split('"')[1].split(".")[0]))
    assert csr3.subject.rfc4514_string() == f"CN={modem.device_uuid}"
    assert host.at('AT%KEYGEN=201,8,0,"CN=x"') == ["+CME ERROR: 50"]
    assert host.at('AT%KEYGEN=201,2,0,"XX=y"') == ["+CME ERROR: 50"]
    with pytest.raises(LookupError):
        VirtualModem(run_agent=False).private_key_pem()


def test_cmng_write_list_read_delete(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    offline(host)
    # A quoted PEM spans lines: one command, one answer.
    assert host.at(f'AT%CMNG=0,201,0,"{CA}"') == ["OK"]
    assert host.at(f'AT%CMNG=0,201,1,"{CERT}"') == ["OK"]
    assert host.at(f'AT%CMNG=0,42,0,"{CERT}"') == ["OK"]
    host.at('AT%KEYGEN=201,2,0,"CN=t"')
    sha_ca, sha_cert = (hashlib.sha256(t.encode()).hexdigest().upper() for t in (CA, CERT))
    key_sha = hashlib.sha256(modem.key_public_der(201) or b"").hexdigest().upper()
    assert host.at("AT%CMNG=1") == [f'%CMNG: 42,0,"{sha_cert}"', f'%CMNG: 201,0,"{sha_ca}"',
                                    f'%CMNG: 201,1,"{sha_cert}"', f'%CMNG: 201,2,"{key_sha}"', "OK"]
    assert host.at("AT%CMNG=1,201,1") == [f'%CMNG: 201,1,"{sha_cert}"', "OK"]
    assert host.at("AT%CMNG=1,42") == [f'%CMNG: 42,0,"{sha_cert}"', "OK"]
    assert modem.credential(201, 0) == CA.encode() and modem.stored(ObjectKind.CERT) == CERT.encode()
    # Overwrite replaces; read returns the text (never a key); delete removes.
    assert host.at(f'AT%CMNG=0,201,0,"{CERT}"') == ["OK"]
    assert host.at("AT%CMNG=1,201,0") == [f'%CMNG: 201,0,"{sha_cert}"', "OK"]
    read = host.at("AT%CMNG=2,42,0")
    assert read[0].startswith(f'%CMNG: 42,0,"{sha_cert}","-----BEGIN') and read[-1] == "OK"
    assert host.at("AT%CMNG=2,201,2") == ["+CME ERROR: 514"]
    assert host.at("AT%CMNG=3,42,0") == ["OK"] and host.at("AT%CMNG=3,42,0") == ["+CME ERROR: 513"]
    assert host.at("AT%CMNG=3,201,2") == ["OK"] and modem.key_public_der(201) is None
    assert host.at('AT%CMNG=0,201,1,""') == ["+CME ERROR: 50"]
    assert host.at("AT%CMNG=0,201,1,7") == ["+CME ERROR: 50"]
    # Byte-transparent: non-ASCII content is stored and hashed exactly as it arrived (UTF-8 here).
    assert host.at('AT%CMNG=0,5,4,"identité"') == ["OK"] and modem.credential(5, 4) == "identité".encode()
    assert host.at("AT%CMNG=1,5") == [f'%CMNG: 5,4,"{hashlib.sha256("identité".encode()).hexdigest().upper()}"',
                                      "OK"]


# -- faults ---------------------------------------------------------------------------------------


def test_fault_garble(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    modem.modem_faults.update(garble=1)
    host.send("AT+CGMM")
    first, final = host.response()
    assert first != b"nRF9160-SICA\r\n" and first.endswith(b"\r\n") and final == b"OK\r\n"
    assert host.at("AT+CGMM") == ["nRF9160-SICA", "OK"]  # counted down: clean again


def test_fault_urc(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    modem.modem_faults.update(urc=1)
    assert host.at("AT+CGMM") == ['+CEREG: 2,"002F","0012BEEF",7', "nRF9160-SICA", "OK"]
    assert host.at("AT+CGMM") == ["nRF9160-SICA", "OK"] and modem.modem_faults.urc == 0


def test_fault_active(make_modem: ModemFactory) -> None:
    _modem, host = make_modem("active")
    assert host.at("AT+CMEE=1") == ["OK"]
    assert host.at("AT+CFUN=4") == ["OK"] and host.at("AT+CFUN?") == ["+CFUN: 1", "OK"]
    assert host.at(f'AT%CMNG=0,201,1,"{CERT}"') == ["+CME ERROR: 518"]
    assert host.at('AT%KEYGEN=201,2,0,"CN=x"') == ["+CME ERROR: 518"]


def test_fault_full(make_modem: ModemFactory) -> None:
    modem, host = make_modem("full")
    offline(host)
    assert host.at(f'AT%CMNG=0,201,1,"{CERT}"') == ["+CME ERROR: 515"]
    modem.modem_faults.update(full=False)
    assert host.at(f'AT%CMNG=0,201,1,"{CERT}"') == ["OK"]


@pytest.mark.parametrize("obj,cred_type,text", [("cert", 1, CERT), ("ca", 0, CA)])
def test_fault_drop_mid_write(make_modem: ModemFactory, obj: str, cred_type: int, text: str) -> None:
    modem, host = make_modem(f"drop:{obj}")
    offline(host)
    other = CA if cred_type == 1 else CERT
    assert host.at(f'AT%CMNG=0,201,{1 - cred_type},"{other}"') == ["OK"]  # the other object is not dropped
    host.send(f'AT%CMNG=0,201,{cred_type},"{text}"')
    deadline = time.monotonic() + GUARD
    while modem.plugged:
        assert time.monotonic() < deadline, "the link did not drop"
        time.sleep(0.02)
    assert modem.credential(201, cred_type) is None and modem.modem_faults.drop is None
    host.close()
    host = Host(modem.plug())  # the station reopens the new port: the knob fired once
    host.sync()
    offline(host)
    assert host.at(f'AT%CMNG=0,201,{cred_type},"{text}"') == ["OK"]
    assert modem.credential(201, cred_type) == text.encode()
    host.close()


def test_fault_slow_keygen(make_modem: ModemFactory) -> None:
    _modem, host = make_modem("slow-keygen:1.0")
    offline(host)
    start = time.monotonic()
    lines = host.at('AT%KEYGEN=201,2,0,"CN=x"')
    # A lower bound only: the modem may not answer before the knob's time has passed.
    assert time.monotonic() - start >= 1.0 and lines[0].startswith('%KEYGEN: "') and lines[1] == "OK"


def test_fault_silent(make_modem: ModemFactory) -> None:
    modem, host = make_modem()
    modem.modem_faults.update(silent=True)
    host.port.timeout = 0.3
    host.send("AT")
    assert host.port.read(1) == b""  # never answers (an early answer would be a bug, not a timing flake)
    modem.modem_faults.update(silent=False)
    host.port.timeout = GUARD
    assert host.at("AT") == ["OK"]


def test_fault_specs() -> None:
    faults, plan = parse_modem_spec("garble:2,active,full,drop:ca,slow-keygen:1.5,silent,urc:3,offline")
    assert (faults.garble, faults.active, faults.full, faults.drop, faults.slow_keygen, faults.silent,
            faults.urc) == (2, True, True, "ca", 1.5, True, 3)
    assert plan.offline
    assert ModemFaults.parse("drop:cert").drop == "cert"
    for bad in ("drop:key", "garble:x", "slow-keygen:-1", "nonsense", "corrupt:1", "silent:keygen"):
        with pytest.raises(ValueError):
            parse_modem_spec(bad)
    with pytest.raises(ValueError):
        ModemFaults.parse("offline")  # an agent knob, not a modem one
    with pytest.raises(AttributeError):
        ModemFaults().update(nope=1)


# -- wire helpers ---------------------------------------------------------------------------------


def test_assembler_and_params() -> None:
    asm = CommandAssembler()
    assert asm.feed(b'AT%CMNG=0,1,0,"a\r\nb"\r\nAT\r\n\r\n') == [b'AT%CMNG=0,1,0,"a\r\nb"', b"AT"]
    assert CommandAssembler(quote_aware=False).feed(b'at "a\nb"\n') == [b'at "a', b'b"']
    long = CommandAssembler(max_len=8)
    assert long.feed(b"AT+0123456789\r\nAT\r\n") == [b"\x00overlong", b"AT"]
    assert parse_params('0, 201,1,"x,y"') == [0, 201, 1, "x,y"] and parse_params("1,,2") == [1, None, 2]
    assert shell_argv(r'at "AT%CMNG=0,1,0,\"a\x0ab\\n\"" tail') == ["at", 'AT%CMNG=0,1,0,"a\nb\\\\n"', "tail"]
    assert shell_argv(r"at 'x\n' a\ b \101") == ["at", "x\\n", "a b", "101"]


AT_WORDS = st.sampled_from(["AT", "AT+CFUN=4", "AT%CMNG=", "AT%KEYGEN=", "AT+CMEE=1", ",", '"', "201", "2",
                            "=?", "?", "CN=", "\r", "\n", "at ", "settings ", "\\x0a", "'"])


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(AT_WORDS | st.binary(max_size=12).map(lambda b: b.decode("latin-1")), max_size=12))
def test_modem_survives_arbitrary_input(words: list[str]) -> None:
    """Whatever arrives, each command gets exactly one final line (AT) or the prompt (shell); nothing raises."""
    data = "".join(words).encode("latin-1") + b'"\r\n\r\n'
    for modem in FUZZ_MODEMS:
        asm = modem.make_line_assembler()
        for line in asm.feed(data):
            out = modem.handle_line(line).out
            if modem.shell:
                assert out[-1] == PROMPT.encode() or out == [line + b"\r\n"]  # a reboot: no prompt yet
            else:
                assert out and FINAL.match(out[-1]) and sum(bool(FINAL.match(o)) for o in out) == 1


FUZZ_MODEMS = (VirtualModem(90, run_agent=False), VirtualModem(91, run_agent=False, shell=True, echo=True))


# -- Zephyr shell front end -------------------------------------------------------------------------


def shell_quote(command: str) -> str:
    """The host's rule of docs/nrf91.md "Shell mode": one double-quoted argument, \\xHH escapes."""
    out = []
    for ch in command:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\" or ord(ch) < 0x20 or ord(ch) >= 0x7F:
            out.append("".join(f"\\x{b:02x}" for b in ch.encode()))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def test_shell_mode(make_modem: ModemFactory, transport: str) -> None:
    modem, host = make_modem(shell=True, sync=False)
    if transport == "pty":
        assert host.until_prompt().endswith(b"\r\nuart:~$ ")  # the boot banner, then the prompt
    host.send("at AT")
    assert host.port.read_until(b"OK\r\nuart:~$ ").endswith(b"at AT\r\nOK\r\nuart:~$ ")
    host.send("at AT+CGMM")
    assert host.until_prompt() == b"at AT+CGMM\r\nnRF9160-SICA\r\nOK\r\nuart:~$ "
    host.send('at "AT+CMEE=1"')
    host.until_prompt()
    host.send("at AT+CFUN=4")
    host.until_prompt()
    line = "at " + shell_quote(f'AT%CMNG=0,201,1,"{CERT}"')
    assert "\n" not in line
    host.send(line)
    assert host.until_prompt() == line.encode() + b"\r\nOK\r\nuart:~$ "
    assert modem.credential(201, 1) == CERT.encode()  # LF restored by the shell's \x0a
    host.send("at AT%CMNG=1,201")
    sha = hashlib.sha256(CERT.encode()).hexdigest().upper()
    assert f'%CMNG: 201,1,"{sha}"'.encode() in host.until_prompt()
    host.send('settings write string app/endpoint "example.iot:8883"')
    assert host.until_prompt() == b'settings write string app/endpoint "example.iot:8883"\r\nuart:~$ '
    host.send("settings read string app/endpoint")
    assert host.until_prompt().endswith(b"\r\nexample.iot:8883\r\nuart:~$ ")
    assert modem.stored(ObjectKind.ENDPOINT) == b"example.iot:8883"
    host.send("settings read string app/none")
    assert b"Failed to load setting" in host.until_prompt()
    host.send("frobnicate")
    assert b"frobnicate: command not found" in host.until_prompt()
    host.send("at AT+CFUN?")
    assert b"+CFUN: 4" in host.until_prompt()
    host.send("kernel reboot cold")
    # No prompt until the modem has booted again (a socket host stays connected across the reboot).
    assert host.until_prompt().startswith(b"kernel reboot cold\r\n*** Booting nRF Connect SDK")
    host.send("at AT+CFUN?")
    assert b"+CFUN: 0" in host.until_prompt()  # the power-up mode again


def test_shell_vt100_and_unescape_lf(make_modem: ModemFactory) -> None:
    modem, host = make_modem(shell=True, vt100=True, unescape_lf=True, sync=False)
    host.send("at AT+CFUN=4")
    data = host.port.read_until(b"\x1b[m")
    while b"OK" not in data:
        data += host.port.read_until(b"\x1b[m")
    assert b"\x1b[1;32muart:~$ " in data
    host.send("at '" + f'AT%CMNG=0,7,0,"{CA}"'.replace("\n", "\\n") + "'")  # nrfcredstore's shell form
    data = host.port.read_until(b"\x1b[m")
    while b"OK" not in data:
        data += host.port.read_until(b"\x1b[m")
    assert modem.credential(7, 0) == CA.replace("\n", "\r\n").encode()


# -- the application: the reference device agent ------------------------------------------------------


def test_agent_runs_once_provisioned_and_online(embedded: Any, profile: Any) -> None:
    """Key from %KEYGEN, certificate from the cloud, CA and CFUN=1: the agent connects as nrf-<IMEI>."""
    import boto3

    assert embedded.admin_cloud is not None and embedded.endpoints is not None
    t = embedded.admin_cloud.target
    iot = boto3.client("iot", endpoint_url=t.endpoint_url, region_name=t.region,
                       aws_access_key_id=t.access_key_id, aws_secret_access_key=t.secret_access_key)
    modem = VirtualModem(11, app_endpoint=f"127.0.0.1:{embedded.endpoints.mqtt_port}", keygen_time=0.0)
    host = Host(modem.start(TRANSPORT))
    try:
        host.sync()
        thing = f"nrf-{modem.imei}"
        assert modem.stored(ObjectKind.THING) == thing.encode()
        offline(host)
        csr_b64 = host.at(f'AT%KEYGEN=201,2,0,"CN={thing}"')[0].split('"')[1].split(".")[0]
        csr_pem = x509.load_der_x509_csr(b64url_decode(csr_b64)).public_bytes(serialization.Encoding.PEM)
        iot.create_thing(thingName=thing)
        cert = iot.create_certificate_from_csr(certificateSigningRequest=csr_pem.decode(), setAsActive=True)
        iot.attach_policy(policyName=profile.policy_name, target=cert["certificateArn"])
        iot.attach_thing_principal(thingName=thing, principal=cert["certificateArn"])
        assert host.at(f'AT%CMNG=0,201,1,"{cert["certificatePem"].rstrip()}"') == ["OK"]
        assert host.at(f'AT%CMNG=0,201,0,"{embedded.local.ca_pem().decode().rstrip()}"') == ["OK"]
        assert modem.provisioned and modem.agent is None  # offline: the application waits
        assert host.at("AT+CFUN=1") == ["OK"]
        agent = modem.agent
        assert agent is not None
        assert agent.wait_for(lambda e: e.kind == "idle", 30.0) is not None, agent.events
    finally:
        host.close()
        modem.close()


# -- fleet: mixed kinds and USB forms ----------------------------------------------------------------


def answers(url: str, expect: bytes | None) -> bytes:
    """What a port says to AT+CGMM: up to expect, or what comes within a short window (b"" if silent)."""
    with serial.serial_for_url(url, baudrate=115200, timeout=GUARD if expect else 0.5) as port:
        port.write(b"AT+CGMM\r\n")
        if expect:
            return bytes(port.read_until(expect))
        data = bytes(port.read(1))
        port.timeout = 0.2
        return data + bytes(port.read(256))


def test_fleet_mixed_and_usb_forms() -> None:
    specs = [BoardSpec("sensor-a", "B"), BoardSpec("nRF9151-LACA", kind="nrf91", form="dk")]
    with VirtualFleet(specs=specs, transport=TRANSPORT, nrf91=1, run_agent=False,
                      faults={2: "full,offline"}, modem_options={"app_endpoint": "x:1"}) as fleet:
        ref, dk, thingy = fleet.boards
        assert fleet.modems == [dk, thingy] and not isinstance(ref, VirtualModem)
        assert isinstance(dk, VirtualModem) and isinstance(thingy, VirtualModem)
        assert dk.identity.model == "nRF9151-LACA" and thingy.identity.model == "nRF9160-SICA"
        assert dk.imei == imei_for(2) and fleet.board(thingy.imei) is thingy
        assert thingy.modem_faults.full and thingy.faults.offline and thingy.app_endpoint == "x:1"
        assert thingy.boot_cfun == 1  # fleet modems run an application that goes online at boot
        ports = fleet.provider.list_ports()
        assert len(ports) == 5
        assert ports[0].usb_id == "" and ports[0].url == ref.url
        assert (ports[4].usb_id, ports[4].interface, ports[4].url) == ("1915:9100", "00", thingy.url)
        assert ports[4].usb_serial.startswith("THINGY91_") and "1915:9100" in ports[4].hwid
        jlink = [p for p in ports if p.usb_id == "1366:1015"]
        assert len(jlink) == 3 and len({p.usb_serial for p in jlink}) == 1
        assert re.fullmatch(r"0010512\d{5}", jlink[0].usb_serial)  # an nRF9151 DK's J-Link
        assert sorted(p.interface for p in jlink) == ["00", "02", "04"]
        # A DK ships with nRF Cloud credentials: listed beside whatever the station writes.
        assert dk.credential(16842753, 1) is not None and dk.key_public_der(16842753) is not None
        assert thingy.credential(16842753, 1) is None
        said = {p.interface: answers(p.url, b"OK\r\n" if p.interface == "00" else None) for p in jlink}
        assert b"nRF9151-LACA" in said["00"] and said["02"] == b""
        assert said["04"] and b"nRF91" not in said["04"] and b"OK" not in said["04"]
        fleet.unplug(dk.imei)
        assert len(fleet.provider.list_ports()) == 2  # the DK's three ports went together
        fleet.plug(dk.imei)
        assert len(fleet.provider.list_ports()) == 5
    with pytest.raises(ValueError):
        VirtualFleet(specs=[BoardSpec("nRF0000", kind="nrf91")], transport=TRANSPORT)


# -- nrfcredstore 2.1.0 as an oracle ------------------------------------------------------------------


@pytest.fixture
def nrfcredstore(monkeypatch: pytest.MonkeyPatch) -> Any:
    """nrfcredstore's AT command interface and CredStore, its unneeded imports stubbed.

    Install: .venv/bin/pip install --no-deps nrfcredstore==2.1.0 (its pynrfjprog dependency is huge
    and only needed for RTT; inquirer and coloredlogs only for its CLI). Its parsing code is used as is.
    """
    try:
        import nrfcredstore as _pkg  # noqa: F401
    except ImportError:
        pytest.skip("nrfcredstore not installed: .venv/bin/pip install --no-deps nrfcredstore==2.1.0")
    import types

    for name in ("pynrfjprog", "inquirer", "coloredlogs"):
        if name not in sys.modules:
            try:
                __import__(name)
            except ImportError:
                stub = types.ModuleType(name)
                stub.LowLevel = None  # type: ignore[attr-defined]
                stub.install = lambda *a, **k: None  # type: ignore[attr-defined]
                monkeypatch.setitem(sys.modules, name, stub)
    from nrfcredstore import command_interface, comms, credstore

    return types.SimpleNamespace(comms=comms, ci=command_interface, credstore=credstore)


def oracle_comms(ncs: Any, url: str) -> Any:
    """nrfcredstore's own Comms on our port (its __init__ insists on a USB-listed device, so skip that)."""
    link = ncs.comms.Comms.__new__(ncs.comms.Comms)
    link.timeout, link.line_ending, link.jlink_api, link.serial_api = 1, "\r\n", None, None
    link._init_serial(type("Port", (), {"device": url})(), 115200, False, False, False)
    return link


def test_nrfcredstore_accepts_the_modem(nrfcredstore: Any, tmp_path: Path) -> None:
    if TRANSPORT != "pty":
        pytest.skip("nrfcredstore opens device paths with serial.Serial")
    modem = VirtualModem(9, run_agent=False, keygen_time=0.0)
    link = oracle_comms(nrfcredstore, modem.start("pty"))
    try:
        at = nrfcredstore.ci.ATCommandInterface(link)
        at.detect_shell_mode()
        assert at.shell is False
        at.enable_error_codes()
        assert at.get_imei() == modem.imei and at.get_model_id() == "nRF9160-SICA"
        assert at.get_mfw_version() == "mfw_nrf9160_1.3.5"
        assert at.go_offline()
        assert at.write_credential(201, 1, CERT)
        assert at.check_credential_exists(201, 1) == (True, at.calculate_expected_hash(CERT))
        store = nrfcredstore.credstore.CredStore(at)
        listed = store.list(201)
        assert [(c.tag, c.type.value, c.sha) for c in listed][:1] == [(201, 1, at.calculate_expected_hash(CERT))]
        out = tmp_path / "csr.der"
        store.keygen(201, out.open("wb"), "CN=oracle")  # its own CSR extraction and base64url decoding
        csr = x509.load_der_x509_csr(out.read_bytes())
        assert csr.subject.rfc4514_string() == "CN=oracle" and csr.is_signature_valid
    finally:
        link.close()
        modem.close()


def test_nrfcredstore_detects_shell_mode(nrfcredstore: Any) -> None:
    if TRANSPORT != "pty":
        pytest.skip("nrfcredstore opens device paths with serial.Serial")
    modem = VirtualModem(10, run_agent=False, shell=True)
    link = oracle_comms(nrfcredstore, modem.start("pty"))
    try:
        at = nrfcredstore.ci.ATCommandInterface(link)
        at.detect_shell_mode()
        assert at.shell is True
        assert at.get_imei() == modem.imei
    finally:
        link.close()
        modem.close()
