"""Untrusted text made safe for a terminal, a log line, a record or an export: control and bidi characters escaped."""

# Boards, devices (job statusDetails) and cloud answers are untrusted: an ESC sequence in a serial number
# clears the operator's screen, a right-to-left override makes "exe.txt" read as "txt.exe", a stray
# carriage return hides the start of a log line. Every such character is replaced by a visible escape
# (\x1b, \u202e), so nothing is lost for the engineer who investigates, yet nothing acts on the display.

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# C0 controls except \t and \n, DEL and the C1 controls; the Unicode format characters that reorder
# or hide text (Arabic letter mark, zero-width and directional marks, line/paragraph separators,
# embeddings, overrides and isolates, invisible operators, byte order mark, interlinear annotations);
# lone surrogates (from undecodable bytes) and the tag characters.
_UNSAFE_CHARS = ("\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
                 "\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f")
_UNSAFE = re.compile(f"[{_UNSAFE_CHARS}]")
_UNSAFE_LINE = re.compile(f"[{_UNSAFE_CHARS}\t\n]")

T = TypeVar("T")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return "\\t"
    if code == 0x0A:
        return "\\n"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def clean(text: str) -> str:
    """``text`` with every control, bidi and invisible format character escaped; tabs and newlines kept."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Like clean(), and tabs and newlines are escaped too: for a table cell or a field within a line."""
    return _UNSAFE_LINE.sub(_escape, text)


def is_clean(text: str) -> bool:
    """True if one_line() would change nothing."""
    return _UNSAFE_LINE.search(text) is None


def clean_value(value: Any, *, lines: bool = True) -> Any:
    """clean() applied to a string, and to every string inside lists, tuples and dicts (keys too);
    with lines=False, one_line() instead."""
    if isinstance(value, str):
        return clean(value) if lines else one_line(value)
    if isinstance(value, list):
        return [clean_value(v, lines=lines) for v in value]
    if isinstance(value, tuple):
        return tuple(clean_value(v, lines=lines) for v in value)
    if isinstance(value, dict):
        return {clean_value(k, lines=lines): clean_value(v, lines=lines) for k, v in value.items()}
    return value


def clean_fields(obj: T, *, lines: bool = True) -> T:
    """A copy of a dataclass instance whose string fields (and strings in list/dict fields) are cleaned.

    Enum members are left alone (their values are the station's own words), as is anything that is not
    a dataclass instance.
    """
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if not f.init:
            continue
        value = getattr(obj, f.name)
        if isinstance(value, str) and type(value) is not str:  # a StrEnum member
            continue
        cleaned = clean_value(value, lines=lines)
        if cleaned != value:
            changes[f.name] = cleaned
    return dataclasses.replace(obj, **changes) if changes else obj
