"""AWS IoT's input rules checked before a call: thing names and attribute values, as botocore's models give them."""

# The embedded cloud's strict mode enforces the same rules from the same models; checking them here too
# means a bad value is refused at the step that read it (identifying, profile load) with the field named,
# not as a refused CreateThing half way through a unit.

from __future__ import annotations

import re

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
