"""Board, device and cloud text shown literally: labels that never render markup, safe tooltips and table cells."""

# A QLabel's default format (AutoText) and every tooltip render rich text when the text looks like HTML, so a
# board reporting "<b><font color=green size=7>PASS" as its firmware would paint a green PASS on a running
# unit. Every label of the window is a PlainLabel, every tooltip goes through tip() and every table cell
# through cell(); bidi overrides and control characters are escaped too (station.safetext), so a name
# cannot read backwards either.

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from station.safetext import clean


class PlainLabel(QLabel):
    """A QLabel that shows its text literally: plain-text format, control and bidi characters escaped."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(clean(text))


def tip(text: str) -> str:
    """``text`` as a tooltip that shows literally.

    Qt has no plain-text switch for tooltips: text that might be markup is escaped and wrapped in a
    paragraph that keeps its spaces and line breaks, other text is passed through (cleaned).
    """
    text = clean(text)
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


def set_tip(widget: QWidget, text: str) -> None:
    """widget.setToolTip, through tip()."""
    widget.setToolTip(tip(text))


def cell(text: str) -> QTableWidgetItem:
    """A table cell (item views never render markup) whose tooltip repeats its text, safely."""
    item = QTableWidgetItem(clean(text))
    item.setToolTip(tip(text))
    return item
