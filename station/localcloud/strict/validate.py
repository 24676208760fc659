"""Input rules from the botocore model: string length and pattern (full match), numeric ranges."""

# AWS validates every member against its model constraints server-side and
# answers InvalidRequestException for IoT; botocore only checks `min` and
# required members client-side, and ministack checks almost nothing, so a
# thing attribute like "Lot 7" or a name with a newline would pass locally and
# fail in the factory. Patterns are Java regexes, matched against the WHOLE
# value (re.fullmatch: re.match would accept "ok\n" against "[a-z]+").

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from botocore.model import Shape

#: Java character classes botocore patterns use, with their Python equivalent inside a class.
#: Java's POSIX classes (\p{Upper}, \p{Graph}, \p{Cntrl} ...) are ASCII-only by default.
_JAVA_CLASSES: dict[str, str] = {
    r"\p{Upper}": "A-Z",
    r"\p{Lower}": "a-z",
    r"\p{Alpha}": "A-Za-z",
    r"\p{Digit}": "0-9",
    r"\p{Alnum}": "A-Za-z0-9",
    r"\p{Punct}": r"!-/:-@\[-`{-~",
    r"\p{Graph}": r"\x21-\x7e",
    r"\p{Print}": r"\x20-\x7e",
    r"\p{Space}": r" \t\n\x0b\f\r",
    r"\p{Cntrl}": r"\x00-\x1f\x7f",
    # Unicode general category C = Cc, Cf, Cs, Co (+ unassigned Cn, not listed: Python's re has no
    # \p{Cn}); these ranges cover the controls, format characters, surrogates and BMP private use.
    r"\p{C}": r"\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
              r"\u2060-\u2064\u2066-\u206f\ud800-\uf8ff\ufeff\ufff9-\ufffb",
    # \p{N}: digits; \p{L} is handled in translate() (Python has no category escapes).
    r"\p{N}": r"0-9",
    r"\p{Z}": r" \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000",
}


class UnsupportedPattern(ValueError):
    """A model pattern uses a Java construct this translator does not know."""


@functools.cache
def translate(pattern: str) -> re.Pattern[str]:
    """Compile a botocore (Java) pattern for Python's re; raises UnsupportedPattern if it cannot."""
    py = pattern
    if r"\p{L}" in py:
        # Only seen as "[\p{L}\p{Z}\p{N}...]": letters are \w without digits and "_", so widen the
        # class to \w (digits and "_" are in that class anyway in every model pattern using \p{L}).
        py = py.replace(r"\p{L}", r"\w")
    for java, python in _JAVA_CLASSES.items():
        py = py.replace(java, python)
    if r"\p{" in py or r"\P{" in py:
        raise UnsupportedPattern(pattern)
    try:
        return re.compile(py, re.DOTALL)
    except re.error as e:
        raise UnsupportedPattern(f"{pattern}: {e}") from e


def _problems(shape: Shape, value: Any, path: str) -> Iterator[str]:
    meta = shape.metadata
    if shape.type_name == "string" and isinstance(value, str):
        if "min" in meta and len(value) < int(meta["min"]):
            yield (f"Value '{value}' at '{path}' failed to satisfy constraint: "
                   f"Member must have length greater than or equal to {meta['min']}")
        if "max" in meta and len(value) > int(meta["max"]):
            yield (f"Value '{value}' at '{path}' failed to satisfy constraint: "
                   f"Member must have length less than or equal to {meta['max']}")
        if "pattern" in meta:
            try:
                regex = translate(meta["pattern"])
            except UnsupportedPattern:
                return  # listed by tests (test_every_iot_pattern_translates); never silently in use
            if regex.fullmatch(value) is None:
                yield (f"Value '{value}' at '{path}' failed to satisfy constraint: "
                       f"Member must satisfy regular expression pattern: {meta['pattern']}")
    elif shape.type_name in ("integer", "long") and isinstance(value, int) and not isinstance(value, bool):
        if "min" in meta and value < int(meta["min"]):
            yield (f"Value '{value}' at '{path}' failed to satisfy constraint: "
                   f"Member must have value greater than or equal to {meta['min']}")
        if "max" in meta and value > int(meta["max"]):
            yield (f"Value '{value}' at '{path}' failed to satisfy constraint: "
                   f"Member must have value less than or equal to {meta['max']}")
    elif shape.type_name == "structure" and isinstance(value, dict):
        members = getattr(shape, "members", {})
        for name, member in members.items():
            if name in value and value[name] is not None:
                yield from _problems(member, value[name], f"{path}.{name}" if path else name)
    elif shape.type_name == "list" and isinstance(value, list):
        member = getattr(shape, "member", None)
        if member is not None:
            for i, item in enumerate(value):
                yield from _problems(member, item, f"{path}.{i + 1}.member")
    elif shape.type_name == "map" and isinstance(value, dict):
        key_shape, value_shape = getattr(shape, "key", None), getattr(shape, "value", None)
        for k, v in value.items():
            if key_shape is not None:
                yield from _problems(key_shape, k, f"{path}.{k}.key")
            if value_shape is not None and v is not None:
                # AWS names a map entry by its key: attributePayload.attributes.lot
                yield from _problems(value_shape, v, f"{path}.{k}")


def problems(input_shape: Shape | None, params: dict[str, Any]) -> list[str]:
    """Every constraint the request's members break, in AWS's wording, first field first."""
    if input_shape is None:
        return []
    return list(_problems(input_shape, params, ""))


def message(found: list[str]) -> str:
    """AWS's aggregate validation message."""
    n = len(found)
    return f"{n} validation error{'s' if n > 1 else ''} detected: " + "; ".join(found)


def untranslatable_patterns(shapes: dict[str, Shape]) -> list[str]:
    """Patterns of a model this module cannot enforce (for the tests)."""
    bad = []
    for shape in shapes.values():
        pattern = shape.metadata.get("pattern")
        if pattern:
            try:
                translate(pattern)
            except UnsupportedPattern:
                bad.append(pattern)
    return bad
