"""The operator's screen: scanner field, shift counters, start controls, the wall and the detail panel."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station.cloud.check import CloudHealth
from ui.operator.detail import DetailPanel
from ui.operator.model import WallModel
from ui.operator.scan import ScanStatus
from ui.operator.slot import SlotWidget, short_port
from ui.operator.wall import WallWidget
from ui.plaintext import PlainLabel
from ui.plaintext import tip as plain_tip
from ui.session import SessionState, StationSession
from ui.style import MISMATCH_COLOUR, font

REPAINT_HZ = 15  # coalesced repaints: 64 busy slots emit hundreds of events a second, the eye needs ~15
#: Slots brought up to date (or created) per flush. A flush of all 64 at once (they start and finish together)
#: took longer than a frame, and painting them all in one go too: the rest follow one frame later.
SLOTS_PER_FLUSH = 4
#: New slot widgets per flush: creating and first showing (styling) one costs milliseconds, so 64 boards
#: plugged at once join the wall a few per frame.
CREATES_PER_FLUSH = 1
FRAME_MS = 16


class Counter(QWidget):
    """A big number with a caption, for the shift counters."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.setSpacing(0)
        self.value = PlainLabel("0")
        self.value.setObjectName("counterValue")
        self.value.setFont(font(22, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = PlainLabel(caption)
        self.caption.setFont(font(10))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, text: str) -> None:
        if self.value.text() != text:
            self.value.setText(text)


class OperatorView(QWidget):
    """Renders a WallModel; operator actions go to the StationSession (restart) or the model (clear, scan)."""

    selection_changed = Signal(object)  # port or None

    def __init__(self, model: WallModel, session: StationSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.session = session
        self.slots: dict[str, SlotWidget] = {}
        self.selected: str | None = None
        self._scan_target: str | None = None  # a clicked slot takes the next scan, once
        self._dirty: set[str] = set()
        self._relayout = True

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(8)
        root.addLayout(self._build_top())

        self.status = PlainLabel("")
        self.status.setObjectName("statusStrip")
        self.status.setWordWrap(True)
        self.status.setFont(font(12, bold=True))
        self.status.hide()
        root.addWidget(self.status)
        root.addWidget(self._build_cloud_banner())

        self.wall = WallWidget()
        self.detail = DetailPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.wall)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # The wall gets the room; the detail panel a readable column (the saved split wins, see MainWindow).
        self.splitter.setSizes([1400, 460])
        root.addWidget(self.splitter, 1)

        # One timer for every slot's clock and the units/hour figure, not one per slot.
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setSingleShot(True)
        self.repaint_timer.setInterval(1000 // REPAINT_HZ)
        self.repaint_timer.timeout.connect(self.flush)

        model.subscribe(self._mark)
        self._tasks: set[asyncio.Future[Any]] = set()
        if session is not None:
            session.subscribe(lambda _state: self._show_session())
            session.subscribe_health(self.show_health)
            self._show_session()
            self.show_health(session.health)
        self._mark(None)

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.setSpacing(10)
        scan_box = QVBoxLayout()
        scan_box.setSpacing(2)
        scan_row = QHBoxLayout()
        caption = PlainLabel("Scan label")
        caption.setFont(font(12, bold=True))
        self.scan_input = QLineEdit()
        self.scan_input.setPlaceholderText("scan a board's barcode (or type the serial and press Enter)")
        self.scan_input.setClearButtonEnabled(True)
        self.scan_input.setMinimumWidth(200)  # the top bar must fit a 1024-px line PC
        self.scan_input.returnPressed.connect(self._on_scan)
        scan_row.addWidget(caption)
        scan_row.addWidget(self.scan_input, 1)
        self.scan_feedback = PlainLabel("")
        self.scan_feedback.setFont(font(11))
        self.scan_feedback.setWordWrap(True)
        # Ports plugged but bound to no driver (a DK's other COM ports, a modem that did not answer yet):
        # said once here, so a device without a slot is not a mystery; the tooltip has each port's reason.
        self.ignored_note = PlainLabel("")
        self.ignored_note.setFont(font(10))
        self.ignored_note.setWordWrap(True)
        self.ignored_note.hide()
        self._ignored_drawn: dict[str, str] = {}
        scan_box.addLayout(scan_row)
        scan_box.addWidget(self.scan_feedback)
        scan_box.addWidget(self.ignored_note)
        top.addLayout(scan_box, 1)

        self.passed = Counter("passed")
        self.failed = Counter("failed")
        self.rate = Counter("units / hour")
        for counter in (self.passed, self.failed, self.rate):
            top.addWidget(counter)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        top.addWidget(line)

        self.auto_start = QCheckBox("Start on plug-in")
        self.auto_start.setChecked(self.session.options.auto_start if self.session else True)
        self.auto_start.setToolTip("Start each board as soon as it is plugged in; off: press Start all or Start")
        self.auto_start.toggled.connect(self._on_auto_start)
        self.start_all = QPushButton("Start all")
        self.start_all.setToolTip("Start every plugged board that is waiting or failed")
        self.start_all.clicked.connect(self._on_start_all)
        self.tidy = QPushButton("Remove empty")
        self.tidy.setToolTip("Take slots of removed boards off the wall")
        self.tidy.clicked.connect(self.model.tidy)
        for widget in (self.auto_start, self.start_all, self.tidy):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner field keeps the focus
            top.addWidget(widget)
        # Which cloud units go to, and whether it can be used right now: always on screen.
        self.cloud_indicator = PlainLabel("")
        self.cloud_indicator.setObjectName("cloudIndicator")
        self.cloud_indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.cloud_indicator.setFont(font(11, bold=True))
        # Wraps instead of widening the top bar, which must still fit a 1024-px line PC.
        self.cloud_indicator.setWordWrap(True)
        self.cloud_indicator.setMaximumWidth(220)
        self.cloud_indicator.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        top.addWidget(self.cloud_indicator)
        return top

    def _build_cloud_banner(self) -> QFrame:
        """Shown while the cloud check fails: the problem, what to do, and a button to check again."""
        self.cloud_banner = QFrame()
        self.cloud_banner.setObjectName("cloudBanner")
        self.cloud_banner.setStyleSheet(f"QFrame#cloudBanner {{ background: {MISMATCH_COLOUR}; border-radius: 6px; }}"
                                        " QFrame#cloudBanner QLabel { color: white; }")
        row = QHBoxLayout(self.cloud_banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.cloud_banner_text = PlainLabel("")
        self.cloud_banner_text.setTextFormat(Qt.TextFormat.PlainText)  # error text from AWS is never markup
        self.cloud_banner_text.setWordWrap(True)
        self.cloud_banner_text.setFont(font(12, bold=True))
        self.check_again = QPushButton("Check again")
        self.check_again.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_again.clicked.connect(self.recheck)
        row.addWidget(self.cloud_banner_text, 1)
        row.addWidget(self.check_again)
        self.cloud_banner.hide()
        return self.cloud_banner

    # -- model -> widgets, coalesced ----------------------------------------------------
    def _mark(self, port: str | None) -> None:
        if port is None:
            self._relayout = True
        else:
            self._dirty.add(port)
        if not self.repaint_timer.isActive():
            self.repaint_timer.start()

    def flush(self) -> None:
        """Bring the widgets up to date with the model: at most REPAINT_HZ times a second, and at most
        SLOTS_PER_FLUSH slots per turn (what is left goes on one frame later), so no repaint holds the loop."""
        now = time.time()
        budget = SLOTS_PER_FLUSH
        if self._relayout:
            created = self._sync_slots(CREATES_PER_FLUSH)
            budget = max(0, budget - created * (SLOTS_PER_FLUSH // CREATES_PER_FLUSH))
            if all(p in self.slots for p in self.model.slots):
                self._relayout = False
                self._dirty |= set(self.model.slots)  # a re-layout redraws every slot (in the turns that follow)
        rendered: set[str] = set()
        for port in [p for p in self.model.order() if p in self._dirty][:budget]:
            self._dirty.discard(port)
            slot, widget = self.model.slots.get(port), self.slots.get(port)
            if slot is not None and widget is not None:
                widget.show_model(slot, now)
                rendered.add(port)
        self._dirty &= set(self.model.slots)  # ports that left the wall need no drawing
        if self.selected is not None and (self.selected in rendered):
            self.detail.show_slot(self.model.slots.get(self.selected))
        self._render_counters(now)
        self._render_ignored()
        if self._dirty or self._relayout:
            self.repaint_timer.start(FRAME_MS)  # the rest next frame; the loop (and the paint) runs between
        else:
            self.repaint_timer.setInterval(1000 // REPAINT_HZ)

    def _sync_slots(self, limit: int) -> int:
        """Drop widgets of slots that left, create up to ``limit`` new ones, lay the wall out; returns how many
        were created."""
        order = self.model.order()
        for port in [p for p in self.slots if p not in self.model.slots]:
            widget = self.slots.pop(port)
            widget.hide()
            widget.deleteLater()
        created = 0
        for port in order:
            if port not in self.slots and created < limit:
                widget = SlotWidget(port)
                widget.clicked.connect(self.select)
                widget.retry_requested.connect(self.retry)
                widget.clear_requested.connect(self.clear)
                self.slots[port] = widget
                created += 1
        if self.selected is not None and self.selected not in self.slots:
            self.select(None)
        self.wall.arrange([self.slots[p] for p in order if p in self.slots])
        return created

    def _render_ignored(self) -> None:
        ignored = self.model.ignored
        if ignored == self._ignored_drawn:
            return
        self._ignored_drawn = dict(ignored)
        ports = sorted(ignored)
        self.ignored_note.setText(
            f"{len(ports)} port(s) without a board driver, left alone: {', '.join(short_port(p) for p in ports)}"
            " (re-plug a device to try again)" if ports else "")
        self.ignored_note.setToolTip(plain_tip("\n".join(f"{p}: {ignored[p]}" for p in ports)))
        self.ignored_note.setVisible(bool(ports))

    def _render_counters(self, now: float) -> None:
        self.passed.set(str(self.model.passed))
        self.failed.set(str(self.model.failed))
        self.rate.set(f"{self.model.units_per_hour(now):.0f}")

    def _on_tick(self) -> None:
        now = time.time()
        for port, slot in self.model.slots.items():
            widget = self.slots.get(port)
            if widget is not None and slot.finished_at is None and slot.started_at is not None:
                widget.render_time(slot, now)
        self._render_counters(now)

    def _show_session(self) -> None:
        session = self.session
        if session is None:
            return
        text, colour = "", ""
        if session.state == SessionState.STARTING:
            text, colour = f"Connecting to the cloud ({session.label})…", "#1f5fa8"
        elif session.state == SessionState.ERROR and session.error is not None:
            text = f"The station cannot run: {session.error.cause}\nDo this: {session.error.remedy}"
            colour = MISMATCH_COLOUR
        elif session.state in (SessionState.STOPPING, SessionState.STOPPED):
            text, colour = "Station stopped.", "#55606e"
        self.status.setText(text)
        self.status.setStyleSheet(f"QLabel#statusStrip {{ color: white; background: {colour}; }}" if colour else "")
        self.status.setVisible(bool(text))
        running = session.state == SessionState.RUNNING
        self.start_all.setEnabled(running and session.cloud_ok)

    # -- cloud health -----------------------------------------------------------------------
    def show_health(self, health: CloudHealth | None) -> None:
        """The indicator always; the banner while the check fails (None: a check is running)."""
        session = self.session
        if health is None:
            self.check_again.setEnabled(False)
            if session is not None and session.health is None:
                self.cloud_indicator.setText(f"{session.label} · checking…")
            return
        self.check_again.setEnabled(True)
        self.cloud_indicator.setText(health.indicator)
        self.cloud_indicator.setStyleSheet("" if health.ok else f"color: {MISMATCH_COLOUR};")
        if health.ok:
            self.cloud_banner.hide()
        else:
            lines = [f"No unit starts: the cloud cannot be used ({health.indicator})."]
            for problem in health.problems[:3]:
                lines.append(f"{problem.detail}")
                if problem.remedy:
                    lines.append(f"Do this: {problem.remedy}")
            every = session.options.recheck_interval if session is not None else 60.0
            lines.append(f"The station checks again by itself every {every:.0f} s, or press Check again.")
            self.cloud_banner_text.setText("\n".join(lines))
            self.cloud_banner.show()
        if session is not None:
            self.start_all.setEnabled(session.state == SessionState.RUNNING and session.cloud_ok)

    def recheck(self) -> None:
        """'Check again': the quick cloud check, off the GUI thread."""
        if self.session is None:
            return
        task = asyncio.ensure_future(self.session.check_cloud())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- operator actions -------------------------------------------------------------------
    def select(self, port: str | None) -> None:
        previous, self.selected = self.selected, port
        self._scan_target = port
        for p in {previous, port} - {None}:
            widget = self.slots.get(p)  # type: ignore[arg-type]
            if widget is not None:
                widget.set_selected(p == port)
        self.detail.show_slot(self.model.slots.get(port) if port else None)
        self.scan_input.setFocus()
        self.selection_changed.emit(port)

    def retry(self, port: str) -> None:
        if self.session is not None and not self.session.cloud_ok:
            self.scan_feedback.setText("The cloud cannot be used yet: see the red banner.")
            return
        if self.session is None or not self.session.start(port):
            self.scan_feedback.setText("That board is no longer plugged in.")
            return
        slot = self.model.slots.get(port)
        if slot is not None:
            slot.cleared = False
            self._mark(port)

    def clear(self, port: str) -> None:
        self.model.clear(port)

    def _on_auto_start(self, on: bool) -> None:
        if self.session is not None:
            self.session.set_auto_start(on)

    def _on_start_all(self) -> None:
        if self.session is not None:
            self.session.start_all()

    def _on_scan(self) -> None:
        text = self.scan_input.text()
        self.scan_input.clear()
        self.scan(text)

    def scan(self, text: str) -> None:
        """A scanner typed ``text`` + Enter: match it to a slot and say where it went."""
        outcome = self.model.scan(text, self._scan_target)
        self._scan_target = None
        if outcome.slot is None:
            self.scan_feedback.setText(f"⚠ {outcome.serial or 'scan'}: {outcome.reason}" if outcome.serial
                                       else "")
            return
        slot = self.model.slots[outcome.slot]
        where = f"unit {slot.unit} ({short_port(slot.port)})"
        status = outcome.record.status if outcome.record else ScanStatus.PENDING
        message = {ScanStatus.PENDING: f"{outcome.serial} → {where}, waiting for the board's serial",
                   ScanStatus.MATCH: f"✔ {outcome.serial} → {where}: matches the board",
                   ScanStatus.MISMATCH: f"⚠ {outcome.serial} → {where}: DOES NOT MATCH the board "
                                        f"({outcome.record.reported if outcome.record else ''})"}[status]
        self.scan_feedback.setText(message)
