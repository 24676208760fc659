"""Fuzz the nRF91 AT codec: arbitrary or damaged modem output never crashes or hangs it, only its typed errors."""

from __future__ import annotations

import contextlib

from hypothesis import example, given, settings
from hypothesis import strategies as st

from station.board import at
from station.board.at import Mode
from station.board.nrf91 import _csr_pem
from station.virtual.modem_wire import shell_argv
from tests.fuzz.strategies import damage

CI = settings(max_examples=400, deadline=500)

SHA = "2C43952EE9E000FF2ACC4E2ED0897C0A72AD5FA72C3D934E81741CBD54F05BD1"
#: (command, what a healthy modem answers) — the commands the driver sends.
SAMPLES: list[tuple[str, bytes]] = [
    ("AT+CFUN?", b"+CFUN: 4\r\nOK\r\n"),
    ("AT+CGSN=1", b'+CGSN: "352656100367872"\r\nOK\r\n'),
    ("AT+CGMM", b"nRF9160-SICA\r\nOK\r\n"),
    ("AT%HWVERSION", b"%HWVERSION: nRF9160 SICA B1A\r\nOK\r\n"),
    ("AT%CMNG=1,201", f'%CMNG: 201,0,"{SHA}"\r\n%CMNG: 201,1,"{SHA}"\r\n%CMNG: 201,2,"{SHA}"\r\nOK\r\n'.encode()),
    ('AT%KEYGEN=201,2,0,"CN=x"', b'%KEYGEN: "MIIBCzCBsQIBADAPMQ0wCwYDVQQDDAR0ZXN0.0oRDoQEmoQRBIVhA"\r\nOK\r\n'),
    ("AT%CMNG=0,201,1", b"+CEREG: 2\r\n+CME ERROR: 518\r\n"),
    ("AT+FOO", b"ERROR\r\n"),
]
PARSERS = [at.parse_cfun, at.parse_cgsn, at.parse_hwversion, at.parse_cmng_list, at.parse_keygen]


@st.composite
def modem_output(draw: st.DrawFn) -> tuple[str, bytes, Mode]:
    """A realistic answer (echo, shell prompt, colours) with bytes flipped, cut, inserted or duplicated."""
    command, answer = draw(st.sampled_from(SAMPLES))
    mode = draw(st.sampled_from(list(Mode)))
    data = bytearray(answer)
    if mode is Mode.SHELL:
        data[0:0] = at.encode_shell_command(command)
        data += draw(st.sampled_from([b"uart:~$ ", b"\x1b[1;32muart:~$ \x1b[m"]))
    elif draw(st.booleans()):
        data[0:0] = at.encode_at(command)
    damage(draw, data)  # the same accidents the frame decoder is fuzzed with
    return command, bytes(data), mode


def check_response(command: str, data: bytes, mode: Mode) -> None:
    """A Response (its lines fed to every information parser), None (incomplete) or an AtCodecError."""
    try:
        resp = at.parse_response(data, command, mode=mode)
    except at.AtCodecError:
        return
    if resp is None:
        return
    assert isinstance(resp.result, at.Result) and all("\n" not in line for line in resp.lines)
    for parse in PARSERS:
        with contextlib.suppress(at.AtCodecError):
            parse(resp.lines)
    with contextlib.suppress(at.AtCodecError):
        _csr_pem(resp)  # the driver's %KEYGEN decoding: a PEM CSR or BadAnswer


@CI
@given(modem_output())
def test_damaged_modem_answers(case: tuple[str, bytes, Mode]) -> None:
    check_response(*case)


@CI
@given(st.binary(max_size=600), st.sampled_from([c for c, _ in SAMPLES]), st.sampled_from(list(Mode)))
@example(b"\x1b[" * 200, "AT+CGMM", Mode.SHELL)
@example(b"x" * (at.MAX_LINE + 1), "AT+CGMM", Mode.AT)
@example(b"+CME ERROR: 99999999999999999999\r\n", "AT+CGMM", Mode.AT)
def test_arbitrary_bytes(data: bytes, command: str, mode: Mode) -> None:
    check_response(command, data, mode)


@CI
@given(st.binary(max_size=400), st.lists(st.integers(0, 400), max_size=6))
def test_line_assembly_does_not_depend_on_how_bytes_arrive(data: bytes, cuts: list[int]) -> None:
    whole = at.LineAssembler()
    expected = whole.feed(data)
    pieces = at.LineAssembler()
    got: list[str] = []
    start = 0
    for cut in [*sorted({min(c, len(data)) for c in cuts}), len(data)]:
        got += pieces.feed(data[start:cut])
        start = cut
    assert got == expected and pieces.pending == whole.pending


@CI
@given(st.text(max_size=300))
def test_shell_argument_splitting(line: str) -> None:
    args = shell_argv(line)
    assert all(isinstance(a, str) for a in args) and len(args) <= len(line)
