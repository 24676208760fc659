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

from ui.icons import pixmap
from ui.operator.model import Result, SlotModel
from ui.operator.scan import ScanStatus
from ui.plaintext import PlainLabel
from ui.plaintext import tip as plain_tip
from ui.style import RESULT_ICONS, TOUCH, font
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

        # The slot's contents live on a body widget and the slot itself has no layout (its height is set by
        # _fit): Qt activates the layout of every ancestor of a widget that is shown (a failure's cause, the
        # Retry button), and without this boundary that meant the wall's grid of 64 slots, synchronously, for
        # each label of each slot.
        self.body = QWidget(self)
        self._height: int | None = None
        outer = QVBoxLayout(self.body)
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
        # A fixed size: the clock of every running slot changes each second, and a label of fixed size does
        # not make its slot re-lay itself out for a new text (room for h:mm:ss, i.e. past 10 hours).
        metrics = self.elapsed.fontMetrics()
        self.elapsed.setFixedSize(metrics.horizontalAdvance("00:00:00") + 4, metrics.height())
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
        # Room for a two-line explanation kept while there is none: a slot that starts or stops waiting for
        # AWS (64 at once, when the quota bites) keeps its height, so the wall is not re-laid out and repainted
        # below it, and nothing jumps under the operator's finger.
        for label in (self.cause, self.remedy):
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)
            keep = label.sizePolicy()
            keep.setRetainSizeWhenHidden(True)
            label.setSizePolicy(keep)

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
        # Likewise the model line (from the board's answer), the label note and the buttons (on a result):
        # every ordinary state of a slot has the same height.
        for widget in (self.model, self.scan_note, self.retry, self.clear):
            keep = widget.sizePolicy()
            keep.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(keep)
        self.model.setMinimumHeight(self.model.fontMetrics().lineSpacing())
        self.scan_note.setMinimumHeight(self.scan_note.fontMetrics().lineSpacing())
        self._touched = False
        self._fit()

    # -- the slot's height: fixed, set from the body's when its contents may need another ------------------
    def _fit(self) -> None:
        """Give the slot the height its body needs at the slot's fixed width (the wall re-lays out only then).

        A fixed size, set from Python when the contents change shape: no C++-to-Python call for every Qt event
        of 64 slots (size hints, resize events), which under a contended GIL cost as much as the drawing.
        """
        body = self.body
        layout = body.layout()
        if layout is not None:
            layout.activate()
        height = max(body.heightForWidth(SLOT_WIDTH), body.minimumSizeHint().height())
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
            body.setGeometry(0, 0, SLOT_WIDTH, height)

    def _shape(self) -> tuple[object, ...]:
        """What decides the body's height: which unreserved lines show and how many lines the wrapped texts take."""
        wrap = SLOT_WIDTH - 28  # the body's side margins and the frame's border
        lines = tuple(label.isHidden() or label.fontMetrics().boundingRect(
            0, 0, wrap, 10_000, Qt.TextFlag.TextWordWrap, label.text()).height()
            for label in (self.step, self.cause, self.remedy, self.mismatch))
        return (*lines, self.progress.isHidden(), self.serial.isHidden(), self.title.isHidden())

    # -- rendering ------------------------------------------------------------
    def _set(self, key: str, value: Any) -> bool:
        """Remember what was drawn; True if ``value`` differs (so unchanged slots cost nothing)."""
        if self._drawn.get(key, object()) == value:
            return False
        self._drawn[key] = value
        return True

    def _text(self, label: QLabel, text: str) -> None:
        # Compared with what this widget last drew, in Python: a Qt call (even a setVisible that changes
        # nothing) costs microseconds, and 64 slots x a dozen labels at every repaint added up to whole frames.
        if self._set(f"text:{id(label)}", text):
            label.setText(text)
            label.setVisible(bool(text))
            self._touched = True

    def _visible(self, key: str, widget: QWidget, on: bool) -> None:
        if self._set(f"visible:{key}", on):
            widget.setVisible(on)
            self._touched = True

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
        self._touched = False
        result = slot.result
        self._text(self.title, f"Unit {slot.unit}")
        self.render_time(slot, now)
        present = slot.present
        self._text(self.serial, slot.serial if present and slot.serial else "—")
        # Which driver speaks to the board: a mixed line (reference boards beside nRF91 modems) shows it per slot.
        bits = [slot.driver, slot.model, f"rev {slot.hw_revision}" if slot.hw_revision else "",
                f"fw {slot.fw_version}" if slot.fw_version else ""]
        self._text(self.model, "  ·  ".join(b for b in bits if b) if present else "")

        if self._set("result", result):
            # The colour comes from the application's style sheet by this property (ui.style): re-polishing
            # one frame, not parsing a style sheet of its own for every banner that changes.
            self.banner.setProperty("result", result.value)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)
            self.banner.update()
            self.icon.setPixmap(pixmap(RESULT_ICONS[result], BANNER_ICON, self.devicePixelRatioF()))
            self.word.setText(result.word)
            self.setAccessibleName(f"Unit {slot.unit} {result.word}")
        self._text(self.step, slot.step_words)
        value = round(slot.progress * 1000)
        if self._set("progress", value):
            # QProgressBar.setValue repaints at once (a synchronous paint per bar and step); with updates off
            # it cannot, and turning them on again schedules one ordinary, coalesced paint instead.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(value)
            self.progress.setUpdatesEnabled(True)
        self._visible("progress", self.progress, present and not slot.cleared and result != Result.FAIL)

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

        self._visible("retry", self.retry, present and (result.final or slot.cleared or result == Result.IDLE))
        if self._set("retry-text", "Start" if result == Result.IDLE and slot.started_at is None else "Retry"):
            self.retry.setText(self._drawn["retry-text"])
        self._visible("clear", self.clear, result.final or not present)
        if self._set("clear-text", "Remove" if not present else "Clear"):
            self.clear.setText(self._drawn["clear-text"])
        tip = f"{slot.port}"
        if slot.failure is not None and result == Result.FAIL:
            tip += f"\nfailed at {step_name(slot.failure.step)}"
        if self._set("tip", tip):
            self.setToolTip(plain_tip(tip))
        if self._touched and self._set("shape", self._shape()):
            self._fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.port)
        super().mousePressEvent(event)
