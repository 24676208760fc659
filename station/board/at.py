"""Pure AT codec for Nordic nRF91 modems: command encoding (AT host and Zephyr shell), line assembly, response parsing.

No I/O here: the driver (station.board.nrf91) moves bytes; this module turns
commands into bytes and received lines into typed answers, and is fuzzed
(tests/fuzz/test_at_fuzz.py). The wire grammar is in docs/nrf91.md.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The Zephyr shell's default prompt on a UART backend (CONFIG_SHELL_PROMPT_UART).
PROMPT = "uart:~$ "
#: Longest line the assembler keeps; a modem line is at most a few kB (%KEYGEN ~700 characters).
MAX_LINE = 16384

# CSI sequences (ESC [ ... final), other two-character escapes (ESC x), and lone C0 controls but TAB.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[ -~]?|[\x00-\x08\x0b-\x1f\x7f]")
_CME = re.compile(r"\+CM[ES] ERROR:\s*(\d{1,6})?\s*$")
_SHELL_FAILED = re.compile(r"^Sending AT command failed with error code -?\d+$")
_NOT_FOUND = re.compile(r"command not found\s*$")
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_SHA256 = re.compile(r"[0-9A-Fa-f]{64}")
#: Characters a shell word may carry unquoted (a setting name, `kernel`, `reboot`...).
_SHELL_BARE = re.compile(r"[A-Za-z0-9_./:+@=,-]+")


class AtCodecError(ValueError):
    """Modem output or a command this codec cannot accept; the only error the codec raises."""


class LineTooLong(AtCodecError):
    """More than MAX_LINE characters without a line end (noise on the line, or not a modem)."""


class BadAnswer(AtCodecError):
    """An information line that does not have the form the command's reference gives (garbled?)."""


class Mode(enum.StrEnum):
    """How AT commands reach the modem."""

    AT = "at"  # raw AT lines (AT host / at_client firmware)
    SHELL = "shell"  # Zephyr shell `at` command (CONFIG_AT_SHELL)


class Result(enum.StrEnum):
    """How a command ended."""

    OK = "OK"
    ERROR = "ERROR"  # bare ERROR (syntax, or error codes not enabled with AT+CMEE=1)
    CME = "CME"  # +CME ERROR: <n>
    FAILED = "FAILED"  # the shell could not run it (no `at` command, modem library error, settings error)


@dataclass(frozen=True)
class Response:
    """A complete answer: the information lines, and the final result."""

    lines: tuple[str, ...]
    result: Result
    code: int | None = None  # the CME error number
    final: str = ""  # the final line as received (for the log)

    @property
    def ok(self) -> bool:
        return self.result is Result.OK


# -- commands ------------------------------------------------------------------


def at_string(value: str) -> str:
    """``value`` as an AT string parameter; the AT grammar has no escape for a double quote."""
    if '"' in value or "\x00" in value:
        raise AtCodecError("an AT string parameter cannot contain a double quote or NUL")
    return f'"{value}"'


def encode_at(command: str) -> bytes:
    """One raw AT command line (AT host mode); a quoted PEM may carry newlines (at_host joins them)."""
    if "\x00" in command:
        raise AtCodecError("an AT command cannot contain NUL")
    return command.encode("utf-8") + b"\r\n"


def shell_escape(text: str) -> str:
    """``text`` escaped for the inside of a double-quoted Zephyr shell argument (docs/nrf91.md, Shell mode)."""
    out: list[str] = []
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\x5c")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


def shell_word(text: str) -> str:
    """One shell argument: bare when it is a plain word, else double-quoted and escaped."""
    if "\x00" in text:
        raise AtCodecError("a shell argument cannot contain NUL")
    return text if _SHELL_BARE.fullmatch(text) else f'"{shell_escape(text)}"'


def encode_shell(words: Sequence[str]) -> bytes:
    """A shell command line from its words (``["settings", "read", "string", name]``)."""
    return (" ".join(shell_word(w) for w in words) + "\r\n").encode("ascii")


def encode_shell_command(command: str) -> bytes:
    """An AT command sent through the Zephyr shell's ``at`` command, as one quoted argument."""
    if "\x00" in command:
        raise AtCodecError("an AT command cannot contain NUL")
    return f'at "{shell_escape(command)}"\r\n'.encode("ascii")


def encode_command(command: str, mode: Mode) -> bytes:
    return encode_shell_command(command) if mode is Mode.SHELL else encode_at(command)


# -- receiving -----------------------------------------------------------------


def strip_ansi(text: str) -> str:
    """Remove VT100/ANSI escape sequences and control characters (the shell's colours and cursor moves)."""
    return _ANSI.sub("", text)


def strip_prompt(line: str, prompt: str = PROMPT) -> str:
    """Remove leading shell prompts (a late prompt ends up in front of the next echoed line).

    The tail of a prompt counts too (from its last two characters, ``~$``): a
    prompt's first bytes may have been lost in a flush.
    """
    bare = prompt.rstrip()
    while bare:
        for k in range(len(bare), 1, -1):
            if line.startswith(bare[-k:]):
                line = line[k:].lstrip(" ")
                break
        else:
            return line
    return line


class LineAssembler:
    """Turns received bytes into lines (CR/LF stripped, ANSI removed); keeps the unfinished tail.

    The tail matters in shell mode: the prompt comes without a line end.
    """

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._buf = bytearray()
        self._max = max_line

    def feed(self, data: bytes) -> list[str]:
        """Complete lines in ``data`` (blank ones dropped); LineTooLong if the tail outgrows MAX_LINE."""
        self._buf += data
        lines: list[str] = []
        while True:
            end = self._buf.find(b"\n")
            if end < 0:
                break
            raw = bytes(self._buf[:end])
            del self._buf[:end + 1]
            line = _text(raw)
            if line:
                lines.append(line)
        if len(self._buf) > self._max:
            self._buf.clear()
            raise LineTooLong(f"more than {self._max} bytes without a line end")
        return lines

    @property
    def pending(self) -> str:
        """The unfinished line so far, cleaned like a complete one."""
        return _text(bytes(self._buf))

    def clear(self) -> None:
        self._buf.clear()


def _text(raw: bytes) -> str:
    return strip_ansi(raw.decode("utf-8", errors="replace")).strip()


def own_prefix(command: str) -> str:
    """The prefix of the command's own information lines: ``AT%CMNG=1,201`` -> ``%CMNG:``."""
    body = command[2:] if command[:2].upper() == "AT" else command
    name = re.match(r"[+%][A-Za-z0-9]+", body)
    return f"{name.group(0).upper()}:" if name else ""


class ResponseParser:
    """Collects the answer to one command from received lines.

    ``command`` is what was sent (the AT command, or the shell line for a
    non-AT shell command); ``echo`` is the text the modem may echo first (the
    command in AT mode, the typed shell line in shell mode), skipped even when
    the echo arrives cut into several lines. AT commands end at their final
    line; other shell commands (``shell=True, at_final=False``) end at the prompt.
    Lines starting with ``+`` or ``%`` that are not the command's own are
    unsolicited result codes and are skipped.
    """

    def __init__(self, command: str, *, echo: str = "", shell: bool = False, at_final: bool = True,
                 prompt: str = PROMPT) -> None:
        self._prefix = own_prefix(command) if at_final else ""
        self._echo = echo.replace("\r", "").replace("\n", "")
        self._echo_open = bool(self._echo)
        self._shell = shell
        self._at_final = at_final
        self._prompt = prompt
        self._lines: list[str] = []
        self._seen = False  # any line since the command went out
        self.skipped: list[str] = []  # URCs and echo, for the log
        self.done: Response | None = None

    def feed(self, line: str) -> Response | None:
        """Feed one received line; returns the Response once it is complete (and keeps returning it)."""
        if self.done is not None:
            return self.done
        if self._shell:
            line = strip_prompt(line, self._prompt)
        line = line.strip()
        if not line:
            return None
        self._seen = True
        if self._echo_open:
            if self._echo.startswith(line):
                self._echo = self._echo[len(line):]
                self._echo_open = bool(self._echo)
                self.skipped.append(line)
                return None
            self._echo_open = False
        if self._shell and (_SHELL_FAILED.match(line) or _NOT_FOUND.search(line)):
            return self._finish(Result.FAILED, None, line)
        if self._at_final:
            if line == "OK":
                return self._finish(Result.OK, None, line)
            if line == "ERROR":
                return self._finish(Result.ERROR, None, line)
            cme = _CME.match(line)
            if cme:
                return self._finish(Result.CME, int(cme.group(1)) if cme.group(1) else None, line)
            if line[0] in "+%" and not line.upper().startswith(self._prefix or "\x00"):
                self.skipped.append(line)  # unsolicited result code (+CEREG: 2 ...)
                return None
        elif line.startswith("Failed") or line == "Setting not found":
            return self._finish(Result.FAILED, None, line)
        self._lines.append(line)
        return None

    def prompt(self, pending: str) -> Response | None:
        """Offer the unfinished tail; a non-AT shell command ends when it is the prompt."""
        if self.done is not None:
            return self.done
        if self._shell and not self._at_final and self._seen \
                and pending.strip() == self._prompt.strip():
            return self._finish(Result.OK, None, pending)
        return None

    @property
    def lines(self) -> tuple[str, ...]:
        """The information lines collected so far (an answer whose final line never came)."""
        return tuple(self._lines)

    def _finish(self, result: Result, code: int | None, final: str) -> Response:
        self.done = Response(tuple(self._lines), result, code, final)
        return self.done


def parse_response(data: bytes, command: str, *, mode: Mode = Mode.AT, echo: bool = True,
                   at_final: bool = True, prompt: str = PROMPT) -> Response | None:
    """Parse a whole received byte string (the fuzz target): the Response, or None if incomplete."""
    shell = mode is Mode.SHELL
    sent = encode_command(command, mode).decode("utf-8").rstrip("\r\n") if at_final else command
    parser = ResponseParser(command, echo=sent if echo else "", shell=shell, at_final=at_final, prompt=prompt)
    assembler = LineAssembler()
    for line in assembler.feed(data):
        done = parser.feed(line)
        if done is not None:
            return done
    return parser.prompt(assembler.pending)


# -- information lines ---------------------------------------------------------


def _payload(lines: Sequence[str], prefix: str) -> list[str]:
    return [line[len(prefix):].strip() for line in lines if line.upper().startswith(prefix.upper())]


def _unquote(value: str, what: str) -> str:
    value = value.strip()
    if len(value) < 2 or value[0] != '"' or value[-1] != '"' or '"' in value[1:-1]:
        raise BadAnswer(f"{what}: expected a quoted string, got {value[:60]!r}")
    return value[1:-1]


def single_line(lines: Sequence[str], what: str) -> str:
    """The one bare information line of +CGMM, +CGMR, +CGMI."""
    if len(lines) != 1:
        raise BadAnswer(f"{what}: expected one line, got {len(lines)}")
    return lines[0]


def parse_cfun(lines: Sequence[str]) -> int:
    """``+CFUN: <fun>`` -> fun."""
    values = _payload(lines, "+CFUN:")
    if len(values) != 1 or not re.fullmatch(r"\d{1,3}", values[0]):
        raise BadAnswer(f"+CFUN?: expected '+CFUN: <n>', got {list(lines)[:3]!r}")
    return int(values[0])


def parse_cgsn(lines: Sequence[str]) -> str:
    """``+CGSN: "<IMEI>"`` (AT+CGSN=1) -> the IMEI text (validated by the caller)."""
    values = _payload(lines, "+CGSN:")
    if len(values) != 1:
        raise BadAnswer(f"+CGSN=1: expected one '+CGSN: \"<IMEI>\"' line, got {list(lines)[:3]!r}")
    return _unquote(values[0], "+CGSN")


def parse_hwversion(lines: Sequence[str]) -> str:
    """``%HWVERSION: nRF9160 SICA B1A`` -> its last token, the hardware revision."""
    values = _payload(lines, "%HWVERSION:")
    if len(values) != 1 or not values[0].split():
        raise BadAnswer(f"%HWVERSION: expected one '%HWVERSION: <text>' line, got {list(lines)[:3]!r}")
    return values[0].split()[-1]


def parse_cmng_list(lines: Sequence[str]) -> list[tuple[int, int, str]]:
    """``%CMNG: <sec_tag>,<type>,"<sha256>"`` lines -> [(sec_tag, type, sha256 lower-case)]."""
    items: list[tuple[int, int, str]] = []
    for value in _payload(lines, "%CMNG:"):
        parts = value.split(",")
        if len(parts) < 2 or not all(re.fullmatch(r"\d{1,10}", p.strip()) for p in parts[:2]):
            raise BadAnswer(f"%CMNG list: bad line {value[:80]!r}")
        sha = _unquote(parts[2], "%CMNG hash") if len(parts) >= 3 else ""
        if len(parts) > 3 or (sha and not _SHA256.fullmatch(sha)):
            raise BadAnswer(f"%CMNG list: bad hash in {value[:80]!r}")
        items.append((int(parts[0]), int(parts[1]), sha.lower()))
    return items


def parse_keygen(lines: Sequence[str]) -> tuple[bytes, bytes]:
    """``%KEYGEN: "<b64url CSR DER>.<b64url COSE_Sign1>"`` -> (CSR DER, COSE bytes; not verified)."""
    values = _payload(lines, "%KEYGEN:")
    if len(values) != 1:
        raise BadAnswer(f"%KEYGEN: expected one '%KEYGEN: \"...\"' line, got {len(values)}")
    parts = _unquote(values[0], "%KEYGEN").split(".")
    if len(parts) != 2:
        raise BadAnswer("%KEYGEN: expected '<CSR>.<COSE signature>'")
    return b64url(parts[0], "%KEYGEN CSR"), b64url(parts[1], "%KEYGEN COSE")


def b64url(text: str, what: str) -> bytes:
    """Unpadded base64url (RFC 4648 section 5), strictly: anything else is a BadAnswer."""
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise BadAnswer(f"{what}: not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise BadAnswer(f"{what}: not base64url") from None


def luhn_ok(digits: str) -> bool:
    """The IMEI check digit (Luhn) is right."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
