"""Colours, fonts and the style sheet; result colours read on light and dark palettes alike."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.operator.model import Result

#: Banner fill per result. White text and icons on each of these reach WCAG AA contrast,
#: so they work on the light and the dark palette; the word and icon carry the meaning anyway.
RESULT_COLOURS: dict[Result, str] = {
    Result.EMPTY: "#6b6f76",
    Result.IDLE: "#55606e",
    Result.RUNNING: "#1f5fa8",
    Result.WAITING: "#8a5a00",
    Result.PASS: "#1b7f3b",
    Result.PROVISIONED: "#0b5e6b",  # done at the station; the cloud confirms it later (factory-ca offline)
    Result.READY: "#14632f",
    Result.FAIL: "#b3261e",
}
RESULT_ICONS: dict[Result, str] = {
    Result.EMPTY: "empty", Result.IDLE: "idle", Result.RUNNING: "running", Result.WAITING: "waiting",
    Result.PASS: "pass", Result.READY: "ready", Result.FAIL: "fail", Result.PROVISIONED: "stored",
}
MISMATCH_COLOUR = "#9a1c13"
#: A failure nobody acknowledged yet flashes: the banner swaps to this light fill with the word in the fail
#: colour, and back (OperatorView's flash timer), which the eye catches from across the line.
FLASH_FILL = "#ffd8d4"
TOUCH = 48  # minimum height of anything a gloved finger presses, in logical pixels


def font(points: float, *, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


# One rule per result, chosen by the banner's "result" property (SlotWidget re-polishes it on a change).
BANNER_RULES = "\n".join(f'QFrame#banner[result="{r.value}"] {{ background: {c}; }}'
                         for r, c in RESULT_COLOURS.items())

STYLE_SHEET = f"""
QPushButton {{ min-height: {TOUCH}px; padding: 0 16px; font-size: 11pt; }}
QLineEdit {{ min-height: {TOUCH - 8}px; font-size: 13pt; padding: 0 8px; }}
QCheckBox {{ min-height: {TOUCH}px; font-size: 11pt; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
QTabBar::tab {{ min-height: {TOUCH - 8}px; min-width: 120px; padding: 0 14px; font-size: 12pt; }}
QGroupBox {{ font-weight: bold; }}
SlotWidget {{ border: 2px solid palette(mid); border-radius: 10px; background: palette(base); }}
SlotWidget[selected="true"] {{ border: 4px solid palette(highlight); }}
QFrame#banner {{ border-radius: 8px; }}
{BANNER_RULES}
QLabel#bannerWord {{ color: white; }}
QFrame#banner[flash="true"] {{ background: {FLASH_FILL}; border: 3px solid {RESULT_COLOURS[Result.FAIL]}; }}
QFrame#banner[flash="true"] QLabel#bannerWord {{ color: {RESULT_COLOURS[Result.FAIL]}; }}
SlotWidget[mismatch="true"] {{ border: 4px solid {MISMATCH_COLOUR}; }}
QLabel#mismatch {{ color: white; background: {MISMATCH_COLOUR}; border-radius: 6px; padding: 4px 8px; }}
QLabel#counterValue {{ font-weight: bold; }}
QFrame#statusStrip {{ border-radius: 6px; padding: 4px; }}
"""


def scroll_body(view: QWidget) -> QWidget:
    """A page that scrolls instead of growing: forms taller than a 1366x768 line PC screen stay usable.

    Returns the inner widget to lay the page out on; the view itself only holds the scroll area.
    """
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    area.setWidget(body)
    outer.addWidget(area)
    return body
