"""ZPL II for a unit's label: the few commands a text-and-QR label needs, with every field's data escaped.

Why not a ZPL library: the maintained ones on PyPI either turn images into ^GF graphics (zebrafy) or wrap the
same handful of commands without escaping field data (zpl, simple_zpl2, zpl2), and the data here comes from
boards, which must not be able to inject commands. See docs/labels.md.
"""

from __future__ import annotations

import segno

from station.labels.template import PlacedField, dots, strip_controls
from station.profile import LabelSettings

#: Field data characters that ZPL would read as a command prefix (^ format, ~ control) or, with ^FH, as the
#: start of a hex escape (_): each is sent as _XX, its hex code, so data can never start a command.
_ESCAPED = frozenset("^~_")
#: QR error correction: M recovers ~15 % of a scuffed label; the preview draws the same level.
QR_ERROR = "M"
#: ^BQ magnification: the width of one QR module in dots (ZPL accepts 1 to 10).
MAX_MAGNIFICATION = 10


def escape(text: str) -> str:
    """Field data safe inside ^FH^FD...^FS: control characters removed, ^ ~ _ as hex escapes."""
    return "".join(f"_{ord(c):02X}" if c in _ESCAPED else c for c in strip_controls(text))


def qr_modules(text: str) -> int:
    """The side of the QR code of ``text`` in modules (without quiet zone), as the printer will draw it."""
    width, _ = segno.make_qr(text or " ", error=QR_ERROR.lower(), boost_error=False).symbol_size(border=0)
    return int(width)


def qr_magnification(text: str, size_mm: float, dpi: int) -> int:
    """The largest module width (dots) whose code still fits in ``size_mm``; at least 1."""
    return max(1, min(MAX_MAGNIFICATION, dots(size_mm, dpi) // qr_modules(text)))


def field_zpl(placed: PlacedField, dpi: int) -> str:
    x, y = dots(placed.x_mm, dpi), dots(placed.y_mm, dpi)
    data = escape(placed.text)
    if placed.kind == "qr":
        # ^BQN,2,m: normal orientation, model 2, magnification m; ^FD<level>A,: error level, automatic input mode.
        mag = qr_magnification(strip_controls(placed.text), placed.size_mm, dpi)
        return f"^FO{x},{y}^BQN,2,{mag}^FH^FD{QR_ERROR}A,{data}^FS"
    height = max(1, dots(placed.size_mm, dpi))
    return f"^FO{x},{y}^A0N,{height},{height}^FH^FD{data}^FS"


def label_zpl(settings: LabelSettings, fields: list[PlacedField], *, copies: int | None = None) -> bytes:
    """One label format: UTF-8 (^CI28), the label's width and length in dots, the fields, ``copies`` prints."""
    dpi = settings.dpi
    count = max(1, settings.copies if copies is None else copies)
    body = "".join(field_zpl(f, dpi) for f in fields)
    text = (f"^XA^CI28^PW{dots(settings.width_mm, dpi)}^LL{dots(settings.height_mm, dpi)}^LH0,0"
            f"{body}^PQ{count}^XZ\n")
    return text.encode("utf-8")
