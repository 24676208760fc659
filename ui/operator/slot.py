"""One tile of the wall: unit, serial, step in words, progress, clock and a result word readable from 3 m.

The wall gives each tile its size; the tile chooses how much to show at that size (ui.operator.tiling.Density)
and scales its fonts with it, so 1 unit fills a screen and 64 still fit on a 1366x768 one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QProgressBar, QPushButton, QWidget

from ui.icons import pixmap
from ui.operator.model import Result, SlotModel
from ui.operator.scan import ScanStatus
from ui.operator.tiling import Density, density_for
from ui.plaintext import PlainLabel
from ui.plaintext import tip as plain_tip
from ui.style import RESULT_ICONS, TOUCH, font
from ui.words import duration, progress_words, step_name

#: A tile's size when it stands alone (a test, the screenshot of one slot); on the wall, the wall sets it.
SLOT_WIDTH, SLOT_HEIGHT = 330, 420
BORDER = 3  # room for the frame's border (2 px, 4 px when selected: the selected border may cover 1 px)


def short_port(url: str) -> str:
    """/dev/pts/3 -> pts/3, socket://127.0.0.1:4001 -> :4001, COM7 stays; the full URL is in the tooltip."""
    if url.startswith("socket://"):
        return ":" + url.rsplit(":", 1)[-1]
    if url.startswith("/dev/"):
        return url[len("/dev/"):]
    return url


def _px(size: float, *, bold: bool = False) -> QFont:
    f = font(10, bold=bold)
    f.setPixelSize(max(6, round(size)))
    return f


#: Advance of the widest result word per pixel of font size, per language (the word must fit its banner).
_WORD_ADVANCE: dict[tuple[str, ...], float] = {}


def word_advance() -> float:
    words = tuple(r.word for r in Result)
    cached = _WORD_ADVANCE.get(words)
    if cached is None:
        metrics = QFontMetrics(_px(100, bold=True))
        cached = max(metrics.horizontalAdvance(w) for w in words) / 100.0
        _WORD_ADVANCE[words] = cached
    return cached


class SlotWidget(QFrame):
    """Renders a SlotModel; it holds no state of its own beyond what it last drew and its density."""

    clicked = Signal(str)
    retry_requested = Signal(str)
    clear_requested = Signal(str)

    def __init__(self, port: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self._drawn: dict[str, Any] = {}
        self._want: dict[str, bool] = {}  # what the state asks to show, before the density has its say
        self._placed: tuple[int, int, str] | None = None
        self.density = Density.FULL
        self.setProperty("selected", False)
        self.setProperty("flash", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        # Children are placed by hand (_place), not by a layout: a tile's rows are fixed for its size, so a
        # state change never re-lays out the tile or the wall, and a Qt layout of 64 tiles is never activated.
        self.title = PlainLabel("", self)
        self.port_label = PlainLabel(short_port(port), self)
        self.port_label.setToolTip(plain_tip(port))
        self.elapsed = PlainLabel("", self)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.serial = PlainLabel("—", self)
        self.serial.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.model = PlainLabel("", self)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setProperty("flash", False)
        self.icon = PlainLabel("", self.banner)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word = PlainLabel("", self.banner)
        self.word.setObjectName("bannerWord")
        self.word.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.step = PlainLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        # Failure and waiting explanations: plain words, wrapped (a small tile shows their first line).
        self.cause = PlainLabel("", self)
        self.remedy = PlainLabel("", self)
        self.mismatch = PlainLabel("", self)
        self.mismatch.setObjectName("mismatch")
        self.scan_note = PlainLabel("", self)
        self.label_note = PlainLabel("", self)  # where the unit's label is (queued, printed)
        for label in (self.step, self.cause, self.remedy, self.mismatch):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.retry = QPushButton(self)
        self.clear = QPushButton(self)
        for button in (self.retry, self.clear):
            # The scanner field keeps the keyboard focus; buttons are for fingers (keys: see OperatorView).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry.clicked.connect(lambda: self.retry_requested.emit(self.port))
        self.clear.clicked.connect(lambda: self.clear_requested.emit(self.port))
        for key in ("title", "serial", "elapsed", "port_label", "banner"):
            self._want[key] = True
        self._shown: dict[str, bool] = {}
        self._icon_size = 44
        self._word_font = QFont()
        self.retranslate()
        self.resize(SLOT_WIDTH, SLOT_HEIGHT)
        self._place()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Static texts now; the state's texts are drawn again on the next show_model (forget() first)."""
        self.retry.setText(self.tr("Retry"))
        self.clear.setText(self.tr("Clear"))
        self.retry.setToolTip(self.tr("Run this board again from the start (finished steps are skipped)"))
        self.clear.setToolTip(self.tr("Clear the result shown here; an empty slot leaves the wall"))

    def forget(self) -> None:
        """Drop what was drawn: the next show_model sets every text again (a language change)."""
        keep = {k: v for k, v in self._drawn.items() if k in ("selected", "flash")}
        self._drawn = keep
        self._placed = None
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the tile's rows, placed for its size ----------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        density = density_for(w, h)
        key = (w, h, str(word_advance()))
        if key == self._placed:
            return
        self._placed = key
        self.density = density
        pad = max(4, min(12, round(min(w, h) * 0.035)))
        x, inner_w = BORDER + pad, w - 2 * (BORDER + pad)
        top, bottom = BORDER + pad, h - BORDER - pad
        d = Density
        # The small text's pixel size for this tile (the others are multiples of it): the rows of the density
        # (in units of it, the banner's minimum share included) fill the height, within what stays readable.
        buttons = TOUCH if density == d.FULL else 0
        units, lowest, highest, per_width = {d.FULL: (27.0, 11.0, 20.0, 20.0), d.MEDIUM: (15.8, 10.0, 18.0, 18.0),
                                             d.COMPACT: (7.2, 9.0, 16.0, 11.0), d.TINY: (4.7, 8.0, 13.0, 9.0)}[density]
        t = max(lowest, min(highest, (bottom - top - buttons) / units, inner_w / per_width))
        gap = max(2, round(t * 0.25))
        shown: dict[str, bool] = {}

        def row(key: str, widget: QWidget, y: int, height: int, fnt: QFont | None = None, *,
                wrap: bool = False) -> int:
            if fnt is not None and widget.font() != fnt:
                widget.setFont(fnt)
            if isinstance(widget, QLabel):
                widget.setWordWrap(wrap)
            widget.setGeometry(x, y, inner_w, height)
            shown[key] = True
            return y + height + gap

        small, small_bold = _px(t), _px(t, bold=True)
        line = round(t * 1.35)
        # Header: unit, port (full only), clock at the right.
        header_h = round(t * 1.45)
        clock_font = _px(t * 1.1 if density >= d.MEDIUM else t, bold=True)
        for widget, fnt in ((self.title, small_bold), (self.port_label, small), (self.elapsed, clock_font)):
            if widget.font() != fnt:
                widget.setFont(fnt)
        clock_w = QFontMetrics(self.elapsed.font()).horizontalAdvance("0:00:00") + 4
        self.elapsed.setGeometry(x + inner_w - clock_w, top, clock_w, header_h)
        title_w = QFontMetrics(small_bold).horizontalAdvance(self.tr("Unit {n}").format(n=888)) + 6
        self.title.setGeometry(x, top, min(title_w, inner_w - clock_w), header_h)
        self.port_label.setGeometry(x + title_w, top, max(0, inner_w - clock_w - title_w - 4), header_h)
        shown.update(title=True, elapsed=True, port_label=density >= d.MEDIUM)
        y = top + header_h + gap

        # Rows below the banner, bottom up: buttons, label line, scan/mismatch, remedy, cause, progress, step.
        y_bottom = bottom
        if density == d.FULL:
            buttons_h = TOUCH
            half = (inner_w - gap) // 2
            self.retry.setGeometry(x, y_bottom - buttons_h, half, buttons_h)
            self.clear.setGeometry(x + half + gap, y_bottom - buttons_h, inner_w - half - gap, buttons_h)
            shown.update(retry=True, clear=True)
            y_bottom -= buttons_h + gap
        below: list[tuple[str, QWidget, int, QFont, bool]] = []
        if density >= d.MEDIUM:
            below.append(("label_note", self.label_note, line, small, False))
        if density == d.FULL:
            below.append(("scan_note", self.scan_note, 3 * line, small, False))
            below.append(("remedy", self.remedy, 2 * line, small_bold, True))
            below.append(("cause", self.cause, 2 * line, small, True))
        elif density == d.MEDIUM:
            below.append(("cause", self.cause, line, small, False))
        if density >= d.MEDIUM:
            below.append(("progress", self.progress, max(6, round(t * 0.7)), small, False))
            step_lines = 2 if density == d.FULL else 1
            below.append(("step", self.step, step_lines * round(t * 1.5), _px(t * 1.1, bold=True),
                          density == d.FULL))
        for key_, row_widget, height, fnt, wrap in below:
            y_bottom -= height
            row(key_, row_widget, y_bottom, height, fnt, wrap=wrap)
            y_bottom -= gap
        if density == d.FULL:
            # The label check takes the scan note's place (three lines: label, board): it must never be missed.
            self.scan_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.mismatch.setFont(_px(t * 1.05, bold=True))
            self.mismatch.setWordWrap(True)
            self.mismatch.setGeometry(self.scan_note.geometry())
            shown["mismatch"] = True

        # Rows under the header: serial (or, small, the mismatch in its place), model line (full only).
        if density >= d.COMPACT:
            serial_h = round(t * 1.7)
            row("serial", self.serial, y, serial_h, _px(t * 1.3, bold=True))
            if density < d.FULL:
                self.mismatch.setFont(_px(t * 1.05, bold=True))
                self.mismatch.setWordWrap(False)
                self.mismatch.setGeometry(x, y, inner_w, serial_h)
                shown["mismatch"] = True
            y += serial_h + gap
        if density == d.FULL:
            y = row("model", self.model, y, line, small)

        # The banner takes what is left; its word is as large as the banner's height and width allow.
        banner_h = max(round(t * 2), y_bottom - y)
        self.banner.setGeometry(x, y, inner_w, banner_h)
        shown["banner"] = True
        margin = max(4, round(banner_h * 0.1))
        icon = min(banner_h - 2 * margin, round(banner_h * 0.5), 96)

        def word_size(text_x: int) -> float:
            # 0.92: glyph advances do not scale exactly linearly with the pixel size (hinting at small sizes).
            return max(8.0, min(banner_h * 0.72, 180.0, 0.92 * (inner_w - text_x - margin) / max(0.1, word_advance())))
        # The icon's shape backs the word up (never colour alone), but the word is what is read from 3 m: a tile
        # too narrow for both gives the icon's room to the word.
        show_icon = icon >= 14 and word_size(2 * margin + icon) >= 0.95 * word_size(margin)
        text_x = margin + (icon + margin if show_icon else 0)
        room = inner_w - text_x - margin
        word_px = word_size(text_x)
        self._word_font = _px(word_px, bold=True)
        self.word.setFont(self._word_font)
        self.word.setGeometry(text_x, 0, max(1, room), banner_h)
        self.icon.setGeometry(margin, (banner_h - icon) // 2, icon, icon)
        self.icon.setVisible(show_icon)
        self._icon_size = icon
        self._drawn.pop("icon", None)
        self._shown = shown
        for key_ in ("serial", "port_label", "model", "step", "progress", "cause", "remedy", "mismatch", "scan_note",
                     "label_note", "retry", "clear"):
            self._apply_visibility(key_)

    def _widget(self, key: str) -> QWidget:
        widget = getattr(self, key)
        assert isinstance(widget, QWidget)
        return widget

    def _apply_visibility(self, key: str) -> None:
        on = self._want.get(key, False) and self._shown.get(key, False)
        widget = self._widget(key)
        if widget.isVisibleTo(self) != on:
            widget.setVisible(on)

    # -- rendering ------------------------------------------------------------
    def _set(self, key: str, value: Any) -> bool:
        """Remember what was drawn; True if ``value`` differs (so unchanged slots cost nothing)."""
        if self._drawn.get(key, object()) == value:
            return False
        self._drawn[key] = value
        return True

    def _text(self, key: str, text: str) -> None:
        # Compared with what this widget last drew, in Python: a Qt call (even a setVisible that changes
        # nothing) costs microseconds, and 64 slots x a dozen labels at every repaint added up to whole frames.
        label = self._widget(key)
        if self._set(f"text:{key}", text):
            assert isinstance(label, QLabel)
            label.setText(text)
            self._want[key] = bool(text)
            self._apply_visibility(key)

    def _visible(self, key: str, on: bool) -> None:
        if self._set(f"visible:{key}", on):
            self._want[key] = on
            self._apply_visibility(key)

    def _repolish(self, widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()

    def set_selected(self, selected: bool) -> None:
        if self._set("selected", selected):
            self.setProperty("selected", selected)
            self._repolish(self)

    def set_flash(self, on: bool) -> None:
        """The failure flash: the banner swaps to its alarm colours and back (OperatorView times it)."""
        if self._set("flash", on):
            self.banner.setProperty("flash", on)
            self._repolish(self.banner)
            self._repolish(self.word)
            self.word.setFont(self._word_font)  # a re-polish under the application's style sheet resets it

    @property
    def flashing(self) -> bool:
        return bool(self._drawn.get("flash", False))

    def render_time(self, slot: SlotModel, now: float) -> None:
        elapsed = slot.elapsed(now)
        text = "" if elapsed is None or not slot.present else duration(elapsed)
        if self.elapsed.text() != text:
            self.elapsed.setText(text)

    def show_model(self, slot: SlotModel, now: float) -> None:
        result = slot.result
        self._text("title", self.tr("Unit {n}").format(n=slot.unit))
        self.render_time(slot, now)
        present = slot.present
        self._text("serial", slot.serial if present and slot.serial else "—")
        # Which driver speaks to the board: a mixed line (reference boards beside nRF91 modems) shows it per slot.
        bits = [slot.driver, slot.model, self.tr("rev {rev}").format(rev=slot.hw_revision) if slot.hw_revision else "",
                self.tr("fw {version}").format(version=slot.fw_version) if slot.fw_version else ""]
        self._text("model", "  ·  ".join(b for b in bits if b) if present else "")

        word = result.word
        if self._set("result", (result, word)):
            # The colour comes from the application's style sheet by this property (ui.style): re-polishing
            # one frame, not parsing a style sheet of its own for every banner that changes.
            self.banner.setProperty("result", result.value)
            self._repolish(self.banner)
            self.word.setText(word)
            self.setAccessibleName(self.tr("Unit {n} {word}").format(n=slot.unit, word=word))
        if self._set("icon", (result, self._icon_size)):
            self.icon.setPixmap(pixmap(RESULT_ICONS[result], max(1, self._icon_size), self.devicePixelRatioF()))
        self._text("step", slot.step_words)
        value = round(slot.progress * 1000)
        if self._set("progress", value):
            # QProgressBar.setValue repaints at once (a synchronous paint per bar and step); with updates off
            # it cannot, and turning them on again schedules one ordinary, coalesced paint instead.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(value)
            self.progress.setUpdatesEnabled(True)
        self._visible("progress", present and not slot.cleared and result != Result.FAIL)

        cause = remedy = ""
        if result == Result.FAIL and slot.failure is not None:
            cause = slot.cause_words
            remedy = self.tr("Do this: {remedy}").format(remedy=slot.remedy_words)
        elif result == Result.WAITING:
            waiting = slot.waiting[:1].upper() + slot.waiting[1:]
            cause, remedy = waiting, self.tr("Nothing to do: it retries by itself.")
        elif result == Result.RUNNING and slot.progress_note:
            cause = progress_words(slot.state, slot.progress_note)
        self._text("cause", cause)
        self._text("remedy", remedy)

        mismatch = scan_note = ""
        if slot.scan is not None and present:
            if slot.scan.status == ScanStatus.MISMATCH:
                mismatch = self.tr("⚠ LABEL MISMATCH\nlabel {scanned}\nboard {reported}").format(
                    scanned=slot.scan.scanned, reported=slot.scan.reported)
            elif slot.scan.status == ScanStatus.MATCH:
                scan_note = self.tr("✔ Label matches ({scanned})").format(scanned=slot.scan.scanned)
            else:
                scan_note = self.tr("Label scanned: {scanned}").format(scanned=slot.scan.scanned)
        self._text("mismatch", mismatch)
        self._text("scan_note", scan_note)
        if self._set("mismatch-frame", bool(mismatch)):
            # Every density shows a mismatch: the smallest tiles by their frame (the text needs the room).
            self.setProperty("mismatch", bool(mismatch))
            self._repolish(self)
        self._text("label_note", slot.label_words)

        self._visible("retry", present and (result.final or slot.cleared or result == Result.IDLE))
        retry_text = self.tr("Start") if result == Result.IDLE and slot.started_at is None else self.tr("Retry")
        if self._set("retry-text", retry_text):
            self.retry.setText(retry_text)
        self._visible("clear", result.final or not present)
        clear_text = self.tr("Remove") if not present else self.tr("Clear")
        if self._set("clear-text", clear_text):
            self.clear.setText(clear_text)
        # The tooltip carries what a small tile has no room for.
        tip_lines = [slot.port, slot.step_words]
        if cause:
            tip_lines.append(cause)
        if remedy:
            tip_lines.append(remedy)
        if mismatch:
            tip_lines.append(mismatch.replace("\n", " · "))
        if slot.label_words:
            tip_lines.append(slot.label_words)
        tip = "\n".join(tip_lines)
        if result == Result.FAIL and slot.failure is not None:
            tip += "\n" + self.tr("failed at {step}").format(step=step_name(slot.failure.step))
        if self._set("tip", tip):
            self.setToolTip(plain_tip(tip))

    # -- input --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.port)
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Retry and Clear for tiles too small for their buttons (right-click or a long press)."""
        self.clicked.emit(self.port)
        menu = QMenu(self)
        if self._want.get("retry"):
            menu.addAction(self.retry.text(), lambda: self.retry_requested.emit(self.port))
        if self._want.get("clear"):
            menu.addAction(self.clear.text(), lambda: self.clear_requested.emit(self.port))
        if not menu.isEmpty():
            menu.popup(event.globalPos() if event.globalPos() else self.mapToGlobal(QPoint(0, 0)))
