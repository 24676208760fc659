"""A unit's label as placed fields: the profile's template filled with the unit's data (ZPL and preview share it)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from station.profile import LabelField, LabelSettings
from station.profile_schema import LABEL_FIELDS

#: Characters a board's answer may carry that have no place on a label: C0/C1 controls and the bidi
#: overrides that would reorder what a person reads. ZPL's own command prefixes (^ ~) are escaped by zpl.py.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: A value longer than this is cut: a label has room for a few dozen characters, a hostile board for megabytes.
MAX_VALUE = 128


def strip_controls(text: str) -> str:
    """``text`` without control or bidi-override characters."""
    return _UNPRINTABLE.sub("", text)


def printable(value: str) -> str:
    """A value from a board or the cloud with its control characters removed and its length bounded."""
    return strip_controls(value)[:MAX_VALUE]


@dataclass(frozen=True)
class LabelData:
    """What a label says about one unit: the values of the template's placeholders (LABEL_FIELDS)."""

    serial: str
    thing_name: str = ""
    firmware: str = ""
    config: str = ""
    model: str = ""
    hw: str = ""
    batch: str = ""
    station: str = ""
    date: str = field(default_factory=lambda: _dt.date.today().isoformat())

    def values(self) -> dict[str, str]:
        """Placeholder -> value, every value cleaned (printable)."""
        return {name: printable(str(getattr(self, name))) for name in LABEL_FIELDS}


@dataclass(frozen=True)
class PlacedField:
    """One filled element: text or a QR code's content, at millimetres from the label's top left."""

    kind: str  # "text" | "qr"
    x_mm: float
    y_mm: float
    size_mm: float
    text: str


def fill(template: LabelField, values: Mapping[str, str]) -> PlacedField:
    """Fill one field's placeholders; the values are data and are never parsed as a template themselves."""
    # str.format_map looks up only the names the profile's text holds (validated against LABEL_FIELDS at
    # load); a value containing "{serial}" stays literal text.
    return PlacedField(template.kind, template.x_mm, template.y_mm, template.size_mm,
                       template.text.format_map(dict(values)))


def layout(settings: LabelSettings, data: LabelData) -> list[PlacedField]:
    """Every field of the profile's label for this unit, in the template's order."""
    values = data.values()
    return [fill(f, values) for f in settings.fields]


def dots(mm: float, dpi: int) -> int:
    """Millimetres to printer dots at ``dpi``."""
    return round(mm * dpi / 25.4)
