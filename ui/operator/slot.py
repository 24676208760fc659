"""One slot of the wall: port, serial, model, step in words, progress, elapsed time and a result readable from 3 m."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.safetext import clean
from ui.icons import pixmap
from ui.operator.model import Result, SlotModel
from ui.operator.scan import ScanStatus
from ui.plaintext import PlainLabel
from ui.plaintext import tip as plain_tip
from ui.style import RESULT_COLOURS, RESULT_ICONS, TOUCH, font
from ui.words import duration, progress_words, step_name

SLOT_WIDTH = 330
BANNER_ICON = 44


def short_port(url: str) -> str:
    """/dev/pts/3 -> pts/3, socket://127.0.0.1:4001 -> :4001, COM7 stays; the full URL is in the tooltip."""
    if url.startswith("socket://"):
        return ":" + url.rsplit(":", 1)[-1]
    if url.startswith("/dev/"):
        return url[len("/dev/"):]
    return url


class SlotWidget(QFrame):
    """Renders a SlotModel; it holds no state of its own beyond what it last drew."""

    clicked = Signal(str)
    retry_requested = Signal(str)
    clear_requested = Signal(str)

    def __init__(self, port: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self._drawn: dict[str, Any] = {}
        self.setFixedWidth(SLOT_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.setProperty("selected", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.title = PlainLabel()
        self.title.setFont(font(11, bold=True))
        self.port_label = PlainLabel(short_port(port))
        self.port_label.setToolTip(plain_tip(port))
        self.port_label.setFont(font(11))
        self.elapsed = PlainLabel("")
        self.elapsed.setFont(font(13, bold=True))
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title)
        header.addWidget(self.port_label)
        header.addStretch(1)
        header.addWidget(self.elapsed)
        outer.addLayout(header)

        self.serial = PlainLabel("—")
        self.serial.setFont(font(16, bold=True))
        self.serial.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.model = PlainLabel("")
        self.model.setFont(font(11))
        outer.addWidget(self.serial)
        outer.addWidget(self.model)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setMinimumHeight(64)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(12, 6, 12, 6)
        banner_row.setSpacing(12)
        self.icon = PlainLabel()
        self.icon.setFixedSize(BANNER_ICON, BANNER_ICON)
        self.word = PlainLabel()
        self.word.setObjectName("bannerWord")
        self.word.setFont(font(26, bold=True))
        banner_row.addWidget(self.icon)
        banner_row.addWidget(self.word, 1)
        outer.addWidget(self.banner)

        self.step = PlainLabel("")
        self.step.setFont(font(12, bold=True))
        self.step.setWordWrap(True)
        # Room for two lines always: the longest step words wrap, and a slot must not jump in height
        # (or squeeze the text into the progress bar) as a unit moves from step to step.
        self.step.setMinimumHeight(2 * self.step.fontMetrics().lineSpacing() + 2)
        outer.addWidget(self.step)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        outer.addWidget(self.progress)

        # Failure and waiting explanations: plain words, wrapped, never cut off.
        self.cause = PlainLabel("")
        self.cause.setWordWrap(True)
        self.cause.setFont(font(11))
        self.remedy = PlainLabel("")
        self.remedy.setWordWrap(True)
        self.remedy.setFont(font(11, bold=True))
        outer.addWidget(self.cause)
        outer.addWidget(self.remedy)

        self.mismatch = PlainLabel("")
        self.mismatch.setObjectName("mismatch")
        self.mismatch.setWordWrap(True)
        self.mismatch.setFont(font(12, bold=True))
        self.scan_note = PlainLabel("")
        self.scan_note.setFont(font(11))
        outer.addWidget(self.mismatch)
        outer.addWidget(self.scan_note)

        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.retry = QPushButton("Retry")
        self.clear = QPushButton("Clear")
        for button in (self.retry, self.clear):
            button.setMinimumHeight(TOUCH)
            # The scanner field keeps the keyboard focus; buttons are for fingers.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.retry.setToolTip("Run this board again from the start (finished steps are skipped)")
        self.clear.setToolTip("Clear the result shown here; an empty slot leaves the wall")
        self.retry.clicked.connect(lambda: self.retry_requested.emit(self.port))
        self.clear.clicked.connect(lambda: self.clear_requested.emit(self.port))
        outer.addLayout(buttons)

    # -- rendering ------------------------------------------------------------
    def _set(self, key: str, value: Any) -> bool:
        """Remember what was drawn; True if ``value`` differs (so unchanged slots cost nothing)."""
        if self._drawn.get(key, object()) == value:
            return False
        self._drawn[key] = value
        return True

    @staticmethod
    def _text(label: QLabel, text: str) -> None:
        if label.text() != clean(text):  # a PlainLabel holds the cleaned text
            label.setText(text)
        label.setVisible(bool(text))

    def set_selected(self, selected: bool) -> None:
        if self._set("selected", selected):
            self.setProperty("selected", selected)
            self.style().unpolish(self)
            self.style().polish(self)

    def render_time(self, slot: SlotModel, now: float) -> None:
        elapsed = slot.elapsed(now)
        text = "" if elapsed is None or not slot.present else duration(elapsed)
        if self.elapsed.text() != text:
            self.elapsed.setText(text)

    def show_model(self, slot: SlotModel, now: float) -> None:
        result = slot.result
        self._text(self.title, f"Unit {slot.unit}")
        self.render_time(slot, now)
        present = slot.present
        self._text(self.serial, slot.serial if present and slot.serial else "—")
        bits = [slot.model, f"rev {slot.hw_revision}" if slot.hw_revision else "",
                f"fw {slot.fw_version}" if slot.fw_version else ""]
        self._text(self.model, "  ·  ".join(b for b in bits if b) if present else "")

        if self._set("result", result):
            colour = RESULT_COLOURS[result]
            self.banner.setStyleSheet(f"QFrame#banner {{ background: {colour}; }}")
            self.icon.setPixmap(pixmap(RESULT_ICONS[result], BANNER_ICON, self.devicePixelRatioF()))
            self.word.setText(result.word)
            self.setAccessibleName(f"Unit {slot.unit} {result.word}")
        self._text(self.step, slot.step_words)
        value = round(slot.progress * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        self.progress.setVisible(present and not slot.cleared and result != Result.FAIL)

        cause = remedy = ""
        if result == Result.FAIL and slot.failure is not None:
            cause, remedy = slot.failure.cause, f"Do this: {slot.failure.remedy}"
        elif result == Result.WAITING:
            cause, remedy = slot.waiting[:1].upper() + slot.waiting[1:], "Nothing to do: it retries by itself."
        elif result == Result.RUNNING and slot.progress_note:
            cause = progress_words(slot.state, slot.progress_note)
        self._text(self.cause, cause)
        self._text(self.remedy, remedy)

        mismatch = scan_note = ""
        if slot.scan is not None and present:
            if slot.scan.status == ScanStatus.MISMATCH:
                mismatch = (f"⚠ LABEL MISMATCH\nlabel {slot.scan.scanned}\nboard {slot.scan.reported}")
            elif slot.scan.status == ScanStatus.MATCH:
                scan_note = f"✔ Label matches ({slot.scan.scanned})"
            else:
                scan_note = f"Label scanned: {slot.scan.scanned}"
        self._text(self.mismatch, mismatch)
        self._text(self.scan_note, scan_note)

        self.retry.setVisible(present and (result.final or slot.cleared or result == Result.IDLE))
        self.retry.setText("Start" if result == Result.IDLE and slot.started_at is None else "Retry")
        self.clear.setVisible(result.final or not present)
        self.clear.setText("Remove" if not present else "Clear")
        tip = f"{slot.port}"
        if slot.failure is not None and result == Result.FAIL:
            tip += f"\nfailed at {step_name(slot.failure.step)}"
        self.setToolTip(plain_tip(tip))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.port)
        super().mousePressEvent(event)
