"""The nRF91 AT codec: command encoding (AT host and Zephyr shell), line assembly, response parsing, CME table."""

from __future__ import annotations

import base64

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from station.board import at, cme
from station.board.at import Mode, Result
from station.virtual.modem_wire import shell_argv  # what the firmware side does with a shell line

PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbC+/=\n-----END CERTIFICATE-----"
WRITE = f'AT%CMNG=0,201,1,"{PEM}"'


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def csr_der(cn: str = "nrf-352656100367872") -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])).sign(key, hashes.SHA256())
    return csr.public_bytes(Encoding.DER)


# -- encoding ------------------------------------------------------------------


def test_at_mode_sends_the_command_and_crlf_with_pem_newlines_inside_quotes() -> None:
    assert at.encode_at("AT+CGMM") == b"AT+CGMM\r\n"
    assert at.encode_command(WRITE, Mode.AT) == WRITE.encode() + b"\r\n"
    assert at.at_string("CN=nrf-1") == '"CN=nrf-1"'
    with pytest.raises(at.AtCodecError):
        at.at_string('a"b')
    with pytest.raises(at.AtCodecError):
        at.encode_at("AT\x00")


def test_shell_mode_sends_one_line_with_the_documented_escapes() -> None:
    line = at.encode_shell_command(WRITE)
    assert line.endswith(b"\r\n") and b"\n" not in line[:-2] and b"\r" not in line[:-2]
    text = line.decode()
    assert text.startswith('at "AT%CMNG=0,201,1,\\"-----BEGIN CERTIFICATE-----\\x0aMIIB')
    assert text.rstrip().endswith('-----END CERTIFICATE-----\\""')
    assert at.shell_escape('a\\b"c\rd\u00e9') == 'a\\x5cb\\"c\\x0dd\\xc3\\xa9'
    assert at.encode_shell(["settings", "read", "string", "app/endpoint"]) == \
        b"settings read string app/endpoint\r\n"
    assert at.encode_shell(["settings", "write", "string", "app/ep", 'a b"c']) == \
        b'settings write string app/ep "a b\\"c"\r\n'


def test_shell_argv_follows_zephyr_make_argv() -> None:
    # Inside quotes only \<quote>, \0ooo and \xHH are decoded; other backslashes stay as typed.
    assert shell_argv(r'at "a\"b" "\\n" "\x41\x4a" "\0101" x\ y') == ["at", 'a"b', "\\\\n", "AJ", "A", "x y"]
    assert shell_argv("at 'it''s'") == ["at", "its"]
    assert shell_argv("  kernel   reboot cold ") == ["kernel", "reboot", "cold"]
    assert shell_argv(r'at "\xZZ"') == ["at", "\\xZZ"]


def test_pem_write_round_trips_through_the_shell_unchanged() -> None:
    args = shell_argv(at.encode_shell_command(WRITE).decode().rstrip("\r\n"))
    assert args == ["at", WRITE]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00")))
def test_any_command_round_trips_through_the_shell(command: str) -> None:
    args = shell_argv(at.encode_shell_command(command).decode("ascii").rstrip("\r\n"))
    assert len(args) == 2 and args[0] == "at"
    # The firmware hands the AT command on as bytes: \xHH escapes of UTF-8 text come back as that text.
    assert args[1].encode("latin-1", errors="replace").decode("utf-8", errors="replace") == command


# -- receiving -----------------------------------------------------------------


def test_ansi_sequences_control_characters_and_prompts_are_removed() -> None:
    assert at.strip_ansi("\x1b[1;32muart:~$ \x1b[mOK\x07\r") == "uart:~$ OK"
    assert at.strip_ansi("\x1b[2K\x1b8text\x1b") == "text"
    assert at.strip_prompt("uart:~$ uart:~$ at \"AT\"") == 'at "AT"'


def test_line_assembler_joins_pieces_keeps_the_prompt_tail_and_bounds_lines() -> None:
    lines = at.LineAssembler()
    assert lines.feed(b"nRF91") == []
    assert lines.feed(b"60-SICA\r\n\r\nO") == ["nRF9160-SICA"]
    assert lines.feed(b"K\r\n\x1b[1;32muart:~$ \x1b[m") == ["OK"]
    assert lines.pending == "uart:~$"
    small = at.LineAssembler(max_line=8)
    with pytest.raises(at.LineTooLong):
        small.feed(b"x" * 9)
    assert small.feed(b"ok\n") == ["ok"]  # the overlong tail was dropped


def parse(data: bytes, command: str, **kw: object) -> at.Response | None:
    return at.parse_response(data, command, **kw)  # type: ignore[arg-type]


def test_information_lines_and_final_results() -> None:
    resp = parse(b"+CEREG: 2\r\n+CFUN: 4\r\n%XTIME: 1\r\nOK\r\n", "AT+CFUN?")
    assert resp is not None and resp.ok and resp.lines == ("+CFUN: 4",)
    resp = parse(b"nRF9160-SICA\r\nOK\r\n", "AT+CGMM")
    assert resp is not None and resp.lines == ("nRF9160-SICA",)
    resp = parse(b"+CME ERROR: 518\r\n", "AT%KEYGEN=201,2,0")
    assert resp is not None and resp.result is Result.CME and resp.code == 518
    resp = parse(b"ERROR\r\n", "AT+FOO")
    assert resp is not None and resp.result is Result.ERROR and resp.code is None
    assert parse(b"+CFUN: 4\r\n", "AT+CFUN?") is None  # no final line yet


def test_echo_is_skipped_even_when_a_multi_line_command_echoes_in_pieces() -> None:
    assert parse(b"AT+CGMM\r\nnRF9151-LACA\r\nOK\r\n", "AT+CGMM") == \
        at.Response(("nRF9151-LACA",), Result.OK, None, "OK")
    echo = WRITE.replace("\n", "\r\n").encode() + b"\r\n"
    resp = parse(echo + b"OK\r\n", WRITE)
    assert resp is not None and resp.ok and resp.lines == ()
    resp = parse(b"OK\r\n", WRITE)  # no echo at all (at_client default)
    assert resp is not None and resp.ok


def test_shell_answer_with_prompt_echo_colours_and_wrapped_echo() -> None:
    sent = at.encode_shell_command("AT%CMNG=1,201").decode().rstrip()
    wire = (b"\x1b[1;32muart:~$ \x1b[m" + sent[:10].encode() + b"\r\n" + sent[10:].encode() + b"\r\n"
            + b'%CMNG: 201,0,"' + b"AB" * 32 + b'"\r\nOK\r\n\x1b[1;32muart:~$ \x1b[m')
    resp = parse(wire, "AT%CMNG=1,201", mode=Mode.SHELL)
    assert resp is not None and resp.ok and resp.lines == ('%CMNG: 201,0,"' + "AB" * 32 + '"',)
    resp = parse(b"Sending AT command failed with error code -5\r\n", "AT+CGMM", mode=Mode.SHELL, echo=False)
    assert resp is not None and resp.result is Result.FAILED
    resp = parse(b'at "AT"\r\nat: command not found\r\n', "AT", mode=Mode.SHELL)
    assert resp is not None and resp.result is Result.FAILED


def test_non_at_shell_commands_end_at_the_prompt() -> None:
    cmd = "settings read string app/endpoint"
    resp = parse(f"{cmd}\r\nabc-ats.iot.eu-west-1.amazonaws.com\r\nuart:~$ ".encode(), cmd, mode=Mode.SHELL,
                 at_final=False)
    assert resp is not None and resp.ok and resp.lines == ("abc-ats.iot.eu-west-1.amazonaws.com",)
    resp = parse(f"{cmd}\r\nSetting not found\r\nuart:~$ ".encode(), cmd, mode=Mode.SHELL, at_final=False)
    assert resp is not None and resp.result is Result.FAILED and resp.final == "Setting not found"
    # A stale prompt before anything was received does not end the command.
    assert parse(b"uart:~$ ", cmd, mode=Mode.SHELL, at_final=False) is None


# -- information lines ---------------------------------------------------------


def test_information_line_parsers() -> None:
    assert at.parse_cfun(["+CFUN: 1"]) == 1
    assert at.parse_cgsn(['+CGSN: "352656100367872"']) == "352656100367872"
    assert at.parse_hwversion(["%HWVERSION: nRF9160 SICA B1A"]) == "B1A"
    sha = "2C43952EE9E000FF2ACC4E2ED0897C0A72AD5FA72C3D934E81741CBD54F05BD1"
    assert at.parse_cmng_list([f'%CMNG: 201,0,"{sha}"', "%CMNG: 201,2"]) == [(201, 0, sha.lower()), (201, 2, "")]
    for bad in (['%CMNG: 201,0,"12"'], ['%CMNG: x,0,"' + sha + '"'], ['%CMNG: 201,0,"' + sha + '",1']):
        with pytest.raises(at.BadAnswer):
            at.parse_cmng_list(bad)
    with pytest.raises(at.BadAnswer):
        at.parse_cfun(["+CF\x00N: 1"])
    with pytest.raises(at.BadAnswer):
        at.parse_cgsn(["+CGSN: 352656100367872"])
    assert at.luhn_ok("352656100367872") and not at.luhn_ok("352656100367873") and not at.luhn_ok("35265x")


def test_keygen_answer_decodes_to_the_csr_der() -> None:
    der = csr_der()
    got, cose = at.parse_keygen([f'%KEYGEN: "{b64url(der)}.{b64url(b"cose")}"'])
    assert got == der and cose == b"cose"
    for bad in ('"abc"', f'"{b64url(der)}+.{b64url(b"c")}"', f"{b64url(der)}.{b64url(b'c')}", '"a.b"'):
        with pytest.raises(at.BadAnswer):
            at.parse_keygen([f"%KEYGEN: {bad}"])


def test_own_prefix_of_a_command() -> None:
    assert at.own_prefix("AT%CMNG=1,201") == "%CMNG:"
    assert at.own_prefix("at+cfun?") == "+CFUN:"
    assert at.own_prefix("AT") == ""


# -- CME table ------------------------------------------------------------------


def test_cme_codes_map_to_causes_and_remedies_per_command_family() -> None:
    assert "memory is full" in cme.explain("AT%CMNG=0,201,1", 515).cause
    assert "still active" in cme.explain("AT%KEYGEN=201,2,0", 518).cause
    assert "generate a key" in cme.explain("AT%KEYGEN=201,2,0", 523).cause
    assert "power-off warning" in cme.explain("AT+CFUN=4", 528).cause
    assert "already exists" in cme.explain("AT%CMNG=0,1,0", 519).cause
    unknown = cme.explain("AT%CMNG=0,201,1", 999)
    assert "999" in unknown.cause and unknown.remedy
    assert "ERROR" in cme.explain("AT+FOO", None).cause
    assert cme.family("AT%KEYGEN=1") == "%KEYGEN" and cme.family("AT+CGMM") == ""
