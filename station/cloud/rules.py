"""Input rules checked before a call: AWS IoT's thing names and attribute values, and a board's identity fields."""

# The embedded cloud's strict mode enforces the same rules from the same models; checking them here too
# means a bad value is refused at the step that read it (identifying, profile load) with the field named,
# not as a refused CreateThing half way through a unit.

from __future__ import annotations

import re

from station.domain import BoardIdentity

#: iot service model, shape ThingName: min 1, max 128.
THING_NAME = re.compile(r"[a-zA-Z0-9:_-]+")
THING_NAME_MAX = 128
#: iot service model, shape AttributeValue: max 800 (no space, no quotes, no control characters).
ATTRIBUTE_VALUE = re.compile(r"[a-zA-Z0-9_.,@/:#=\[\]-]*")
ATTRIBUTE_VALUE_MAX = 800
ATTRIBUTE_VALUE_CHARS = "letters, digits and _ . , @ / : # = [ ] -"


def attribute_value_problem(value: str) -> str | None:
    """Why AWS would refuse ``value`` as a thing attribute value, or None. Always a full match."""
    if len(value) > ATTRIBUTE_VALUE_MAX:
        return f"is {len(value)} characters long; AWS IoT allows at most {ATTRIBUTE_VALUE_MAX}"
    if ATTRIBUTE_VALUE.fullmatch(value) is None:
        bad = sorted({c for c in value if ATTRIBUTE_VALUE.fullmatch(c) is None})
        shown = ", ".join(repr(c) for c in bad[:5])
        return f"contains {shown}; AWS IoT thing attributes allow only {ATTRIBUTE_VALUE_CHARS}"
    return None


def thing_name_problem(name: str) -> str | None:
    """Why AWS would refuse ``name`` as a thing name, or None. Always a full match."""
    if not 1 <= len(name) <= THING_NAME_MAX:
        return f"must be 1-{THING_NAME_MAX} characters, not {len(name)}"
    if THING_NAME.fullmatch(name) is None:
        return "may contain only letters, digits and : _ -"
    return None


# A board's identity is untrusted input: it reaches thing names, attributes, the window, the terminal, the
# log and the records. Model, firmware version and product line keep to the characters any sane firmware
# uses (what the job catalog allows for models and versions), so markup, escape codes or a newline are
# refused at identifying, with the field named, before anything is created.
IDENTITY_MAX = 64
MODEL_CHAR = re.compile(r"[A-Za-z0-9_.-]")
MODEL_CHARS = "letters, digits and _ . -"
VERSION_CHAR = re.compile(r"[A-Za-z0-9.+_-]")
VERSION_CHARS = "letters, digits and . + _ -"


def _field_problem(value: str, char: re.Pattern[str], allowed: str, *, may_be_empty: bool) -> str | None:
    if not value:
        return None if may_be_empty else "is empty"
    if len(value) > IDENTITY_MAX:
        return f"is {len(value)} characters long; at most {IDENTITY_MAX} are allowed"
    bad = sorted({c for c in value if char.fullmatch(c) is None})
    if bad:
        return f"contains {', '.join(repr(c) for c in bad[:5])}; allowed are only {allowed}"
    if not value[0].isascii() or not value[0].isalnum():
        return f"starts with {value[0]!r}; it must start with a letter or digit"
    return None


def identity_problem(ident: BoardIdentity) -> tuple[str, str, str] | None:
    """The first identity field a station must refuse, as (field label, its value, why), or None.

    Serial number and hardware revision become thing attributes, so AWS's attribute rule applies (and a
    serial must not be empty); model, firmware version and product line have their own character sets.
    Every check looks at the whole value: a trailing newline is refused like any other character.
    """
    if not ident.serial:
        return "serial number", "", "is empty"
    for label, value in (("serial number", ident.serial), ("hardware revision", ident.hw_revision)):
        if (problem := attribute_value_problem(value)) is not None:
            return label, value, problem
    for label, value, char, allowed, may_be_empty in (
            ("model", ident.model, MODEL_CHAR, MODEL_CHARS, False),
            ("firmware version", ident.fw_version, VERSION_CHAR, VERSION_CHARS, False),
            ("product line", ident.product_line, MODEL_CHAR, MODEL_CHARS, True)):
        if (problem := _field_problem(value, char, allowed, may_be_empty=may_be_empty)) is not None:
            return label, value, problem
    return None
