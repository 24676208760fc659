"""Wire helpers of the virtual nRF91 modem: line assembly, AT parameter parsing, Zephyr shell argument splitting."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Longest command the modem accepts (at_host's CONFIG_AT_HOST_CMD_MAX_LEN default is 4096).
MAX_COMMAND = 4096
#: A line too long to be a command; the modem answers ERROR to it.
OVERLONG = b"\x00overlong"
#: The drop probe fired: the modem drops the link instead of answering.
DROP = b"\x00drop"

DropProbe = Callable[[bytearray], bool]


class CommandAssembler:
    """Splits received bytes into commands; CR or LF ends a command, except inside double quotes.

    In AT host mode a quoted string (a PEM for %CMNG) may span lines, as in
    Nordic's at_host; a Zephyr shell line ends at the first CR/LF whatever the
    quotes (``quote_aware=False``). ``probe`` sees the unfinished command after
    each received byte of a quoted string and may ask for the link to drop there.
    """

    def __init__(self, *, quote_aware: bool = True, max_len: int = MAX_COMMAND,
                 probe: DropProbe | None = None) -> None:
        self._quote_aware = quote_aware
        self._max = max_len
        self._probe = probe
        self._buf = bytearray()
        self._quoted = False
        self._discarding = False

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        for byte in data:
            if byte in b"\r\n" and not (self._quoted and self._quote_aware):
                if self._discarding:
                    self._discarding = False
                elif self._buf:
                    out.append(bytes(self._buf))
                self._buf.clear()
                self._quoted = False
                continue
            if self._discarding:
                continue
            if byte == 0x22:  # '"'
                self._quoted = not self._quoted
            self._buf.append(byte)
            if len(self._buf) > self._max:
                out.append(OVERLONG)
                self._buf.clear()
                self._quoted = False
                self._discarding = True
            elif self._quoted and self._probe is not None and self._probe(self._buf):
                out.append(DROP)
                self.clear()
                return out  # the link is going down: nothing after this matters
        return out

    def clear(self) -> None:
        self._buf.clear()
        self._quoted = False
        self._discarding = False


Param = int | str | None


class ParamError(ValueError):
    """A parameter list the modem cannot parse (answered with ERROR / +CME ERROR: 50)."""


def parse_params(text: str) -> list[Param]:
    """``0,201,1,"PEM"`` -> [0, 201, 1, "PEM"]; an empty field is None; unquoted fields must be integers."""
    params: list[Param] = []
    pos, n = 0, len(text)
    while True:
        while pos < n and text[pos] == " ":
            pos += 1
        if pos < n and text[pos] == '"':
            end = text.find('"', pos + 1)
            if end < 0:
                raise ParamError("unterminated string")
            params.append(text[pos + 1:end])
            pos = end + 1
            while pos < n and text[pos] == " ":
                pos += 1
        else:
            end = text.find(",", pos)
            field = (text[pos:] if end < 0 else text[pos:end]).strip()
            pos = n if end < 0 else end
            if field == "":
                params.append(None)
            elif re.fullmatch(r"-?\d+", field):
                params.append(int(field))
            else:
                raise ParamError(f"not a number: {field[:20]!r}")
        if pos >= n:
            return params
        if text[pos] != ",":
            raise ParamError("text after a string")
        pos += 1


def shell_argv(line: str) -> list[str]:
    """Split a Zephyr shell command line into arguments the way the shell does (shell_utils.c make_argv).

    Outside quotes, whitespace separates arguments and a backslash takes the
    next character literally. Inside single or double quotes, ``\\<quote>`` is
    the quote, ``\\xHH`` a hex byte and ``\\0OOO`` an octal byte; any other
    backslash stays as it is (so ``\\n`` reaches the command as two characters).
    """
    argv: list[str] = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i] in " \t":
            i += 1
        if i >= n:
            return argv
        arg: list[str] = []
        quote = ""
        while i < n:
            c = line[i]
            if not quote:
                if c in " \t":
                    break
                if c == "\\" and i + 1 < n:
                    arg.append(line[i + 1])
                    i += 2
                    continue
                if c in "'\"":
                    quote = c
                    i += 1
                    continue
                arg.append(c)
                i += 1
                continue
            if c == quote:
                quote = ""
                i += 1
                continue
            if c == "\\" and i + 1 < n:
                nxt = line[i + 1]
                if nxt == quote:
                    arg.append(nxt)
                    i += 2
                    continue
                hexm = re.match(r"x([0-9a-fA-F]{1,2})", line[i + 1:i + 4]) if nxt == "x" else None
                if hexm:
                    arg.append(chr(int(hexm.group(1), 16)))
                    i += 1 + len(hexm.group(0))
                    continue
                octm = re.match(r"0([0-7]{1,3})", line[i + 1:i + 5]) if nxt == "0" else None
                if octm:
                    arg.append(chr(int(octm.group(1), 8) & 0xFF))
                    i += 1 + len(octm.group(0))
                    continue
            arg.append(c)
            i += 1
        argv.append("".join(arg))
