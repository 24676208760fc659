"""The operator's screen: scanner field, shift counters, start controls, the wall and the detail panel."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
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
from station.profile import OperatorSettings
from ui.feedback import Cue, CuePlayer, Feedback, default_player
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.operator.detail import DetailPanel
from ui.operator.model import Result, SlotModel, WallModel
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
#: Below this width (logical px) the detail panel is folded away and the wall takes the whole width; the
#: Details button (F4) unfolds it. A 1366- or 1440-px line PC needs every pixel for 32 or 64 tiles.
DETAIL_FOLD_WIDTH = 1500
FLASH_MS = 500  # a failed slot's banner swaps colours at this pace until acknowledged

#: The operator's keys: one place, for the shortcuts, their tooltips and docs/gui.md ("Keyboard").
KEYS = {
    "scan": "F2",
    "details": "F4",
    "start_all": "F5",
    "retry": "F6",
    "clear": "F8",
    "next_failure": "F9",
    "next_slot": "PgDown",
    "previous_slot": "PgUp",
}
#: What the keys do, for their tooltips and the window's action list (translated where shown).
KEY_TEXTS = {
    "scan": QT_TRANSLATE_NOOP("OperatorView", "Scan: put the cursor in the scan field"),
    "details": QT_TRANSLATE_NOOP("OperatorView", "Show or hide the detail panel"),
    "start_all": QT_TRANSLATE_NOOP("OperatorView", "Start every plugged board that is waiting or failed"),
    "retry": QT_TRANSLATE_NOOP("OperatorView", "Start or retry the selected slot"),
    "clear": QT_TRANSLATE_NOOP("OperatorView", "Clear the selected slot's result (remove an empty slot)"),
    "next_failure": QT_TRANSLATE_NOOP("OperatorView", "Select the next failed slot and acknowledge it"),
    "next_slot": QT_TRANSLATE_NOOP("OperatorView", "Select the next slot"),
    "previous_slot": QT_TRANSLATE_NOOP("OperatorView", "Select the previous slot"),
}


def key_hint(text: str, name: str) -> str:
    """A tooltip with its key: "Start every plugged board … (F5)"."""
    return QCoreApplication.translate("OperatorView", "{text} ({key})").format(
        text=text, key=QKeySequence(KEYS[name]).toString(QKeySequence.SequenceFormat.NativeText))


class Counter(QWidget):
    """A big number with a caption, for the shift counters."""

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
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
                 parent: QWidget | None = None, *, settings: OperatorSettings | None = None,
                 player: CuePlayer | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.session = session
        self.settings = settings or (session.profile.operator if session is not None else OperatorSettings())
        self.slots: dict[str, SlotWidget] = {}
        self.selected: str | None = None
        self._scan_target: str | None = None  # a clicked slot takes the next scan, once
        self._dirty: set[str] = set()
        self._relayout = True
        self._scan_message: tuple[str, dict[str, str]] | None = None  # redrawn in a new language

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
        if session is not None:  # the label preview: the profile's template, station and batch
            profile = session.profile
            self.detail.set_labels(profile.labels, station=profile.station_id, batch=profile.batch)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.wall)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        # The wall gets the room; the detail panel a readable column (the saved split wins, see MainWindow).
        self.splitter.setSizes([1500, 380])
        root.addWidget(self.splitter, 1)
        self._details_wanted: bool | None = None  # None: follow the width (DETAIL_FOLD_WIDTH)

        # One timer for every slot's clock and the units/hour figure, not one per slot.
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setSingleShot(True)
        self.repaint_timer.setInterval(1000 // REPAINT_HZ)
        self.repaint_timer.timeout.connect(self.flush)
        # One timer for every failed slot's flash, running only while one waits to be acknowledged.
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self._flash_on = False

        self.feedback = Feedback(player if player is not None else (default_player() if self.settings.sounds
                                                                    else None),
                                 enabled=self.settings.sounds, parent=self)
        model.subscribe_outcomes(self._on_outcome)
        self._build_actions()

        model.subscribe(self._mark)
        self._tasks: set[asyncio.Future[Any]] = set()
        self.retranslate()
        if session is not None:
            session.subscribe(lambda _state: self._show_session())
            session.subscribe_health(self.show_health)
            self._show_session()
            self.show_health(session.health)
        self._mark(None)

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.setSpacing(6)
        scan_box = QVBoxLayout()
        scan_box.setSpacing(2)
        scan_row = QHBoxLayout()
        self.scan_caption = PlainLabel("")
        self.scan_caption.setFont(font(12, bold=True))
        self.scan_input = QLineEdit()
        self.scan_input.setClearButtonEnabled(True)
        self.scan_input.setMinimumWidth(160)  # the top bar must fit a narrow line PC
        self.scan_input.returnPressed.connect(self._on_scan)
        scan_row.addWidget(self.scan_caption)
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

        self.passed = Counter()
        self.failed = Counter()
        # factory-ca only: units that left the station while the cloud was away, until AWS has seen them.
        self.stored = Counter()
        self.stored.setVisible(self.model.cert_mode == "factory-ca")
        self.rate = Counter()
        for counter in (self.passed, self.failed, self.stored, self.rate):
            top.addWidget(counter)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        top.addWidget(line)

        self.auto_start = QCheckBox()
        self.auto_start.setChecked(self.session.options.auto_start if self.session else True)
        self.auto_start.toggled.connect(self._on_auto_start)
        self.start_all = QPushButton()
        self.start_all.clicked.connect(self._on_start_all)
        self.tidy = QPushButton()
        self.tidy.clicked.connect(self.model.tidy)
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.clicked.connect(self.toggle_details)
        for widget in (self.auto_start, self.start_all, self.tidy, self.details_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner field keeps the focus
            top.addWidget(widget)
        # Which cloud units go to, and whether it can be used right now: always on screen.
        self.cloud_indicator = PlainLabel("")
        self.cloud_indicator.setObjectName("cloudIndicator")
        self.cloud_indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.cloud_indicator.setFont(font(11, bold=True))
        # Wraps instead of widening the top bar, which must still fit a narrow line PC.
        self.cloud_indicator.setWordWrap(True)
        self.cloud_indicator.setMaximumWidth(180)
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
        self.check_again = QPushButton()
        self.check_again.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_again.clicked.connect(self.recheck)
        row.addWidget(self.cloud_banner_text, 1)
        row.addWidget(self.check_again)
        self.cloud_banner.hide()
        return self.cloud_banner

    def _build_actions(self) -> None:
        """The keyboard flow: every operator action has a key, active while the operator view shows."""
        handlers = {
            "scan": self.focus_scan,
            "details": self.toggle_details,
            "start_all": self._on_start_all,
            "retry": self.retry_selected,
            "clear": self.clear_selected,
            "next_failure": self.next_failure,
            "next_slot": lambda: self.step_selection(1),
            "previous_slot": lambda: self.step_selection(-1),
        }
        self.actions_by_name: dict[str, QAction] = {}
        for name, handler in handlers.items():
            action = QAction(self)
            action.setShortcut(QKeySequence(KEYS[name]))
            # Anywhere in the window (the focus may be on the tab bar), while the operator view shows: see
            # set_keys_enabled, which the window calls when another tab is chosen.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action

    def set_keys_enabled(self, on: bool) -> None:
        """The operator's keys work only while this view is the one shown."""
        for action in self.actions_by_name.values():
            action.setEnabled(on)

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every static text of the view; dynamic ones (slots, counters, banners) are drawn again."""
        self.scan_caption.setText(self.tr("Scan label"))
        self.scan_input.setPlaceholderText(self.tr("scan a board's barcode (or type the serial and press Enter)"))
        self.scan_input.setToolTip(key_hint(self.tr("Scan a label here"), "scan"))
        self.passed.caption.setText(self.tr("passed"))
        self.failed.caption.setText(self.tr("failed"))
        self.stored.caption.setText(self.tr("waiting for cloud"))
        self.stored.setToolTip(self.tr("Units provisioned while the cloud could not be reached: complete on the "
                                       "board and recorded; the station confirms each with AWS once it is back."))
        minutes = f"{self.model.rate.window / 60:g}"
        self.rate.caption.setText(self.tr("units / hour"))
        self.rate.setToolTip(self.tr(
            "Units finished (passed or failed) over the last {minutes} minutes, per hour. Shown once at least "
            "3 units finished and 2 minutes passed, or the whole {minutes} minutes did.").format(minutes=minutes))
        self.auto_start.setText(self.tr("Start on plug-in"))
        self.auto_start.setToolTip(self.tr(
            "Start each board as soon as it is plugged in; off: press Start all or Start"))
        self.start_all.setText(self.tr("Start all"))
        self.start_all.setToolTip(key_hint(self.tr("Start every plugged board that is waiting or failed"),
                                           "start_all"))
        self.tidy.setText(self.tr("Remove empty"))
        self.tidy.setToolTip(self.tr("Take slots of removed boards off the wall"))
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(key_hint(self.tr("Show or hide the detail panel"), "details"))
        self.check_again.setText(self.tr("Check again"))
        for name, action in self.actions_by_name.items():
            text = QCoreApplication.translate("OperatorView", KEY_TEXTS[name])
            action.setText(text)
            action.setToolTip(key_hint(text, name))
        for widget in self.slots.values():
            widget.retranslate()
            widget.forget()
        self._ignored_drawn = {"": ""}  # never equal: the note is worded again
        self._dirty |= set(self.slots)
        if self.session is not None:
            self._show_session()
            self.show_health(self.session.health)
        if self._scan_message is not None:
            self._show_scan_message()
        self._mark(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the detail panel folds away on a narrow screen ------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold_details()

    def _fold_details(self) -> None:
        show = self._details_wanted if self._details_wanted is not None else self.width() >= DETAIL_FOLD_WIDTH
        if self.detail.isHidden() == show:
            self.detail.setVisible(show)
        if self.details_button.isChecked() != show:
            self.details_button.setChecked(show)

    def toggle_details(self) -> None:
        """The Details button / F4: unfold or fold the detail panel (the operator's choice then sticks)."""
        self._details_wanted = self.detail.isHidden()
        self._fold_details()

    @property
    def details_shown(self) -> bool:
        return not self.detail.isHidden()

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
        self._update_flash()
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
                widget = SlotWidget(port, self.wall.widget())
                widget.clicked.connect(self.select)
                widget.retry_requested.connect(self.retry)
                widget.clear_requested.connect(self.clear)
                self.slots[port] = widget
                created += 1
        if self.selected is not None and self.selected not in self.slots:
            self.select(None)
        # Sized for every slot the model has: tiles joining a few per frame take their final size at once.
        self.wall.arrange([self.slots[p] for p in order if p in self.slots], total=len(order))
        return created

    def _render_ignored(self) -> None:
        ignored = self.model.ignored
        if ignored == self._ignored_drawn:
            return
        self._ignored_drawn = dict(ignored)
        ports = sorted(ignored)
        names = ", ".join(short_port(p) for p in ports)
        if len(ports) == 1:
            text = self.tr("1 port without a board driver, left alone: {ports} (re-plug a device to try again)")
        else:
            text = self.tr("{n} port(s) without a board driver, left alone: {ports} (re-plug a device to try again)")
        self.ignored_note.setText(text.format(n=len(ports), ports=names) if ports else "")
        self.ignored_note.setToolTip(plain_tip("\n".join(f"{p}: {ignored[p]}" for p in ports)))
        self.ignored_note.setVisible(bool(ports))

    def _render_counters(self, now: float) -> None:
        self.passed.set(str(self.model.passed))
        self.failed.set(str(self.model.failed))
        self.stored.set(str(self.model.stored))
        rate = self.model.units_per_hour(now)
        # "—" until the figure means something (station.rate): not "480/h" three seconds after the start.
        self.rate.set("—" if rate is None else f"{rate:.0f}")

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
            text, colour = self.tr("Connecting to the cloud ({cloud})…").format(cloud=session.label), "#1f5fa8"
        elif session.state == SessionState.ERROR and session.error is not None:
            error = session.error
            cause = tr_message(getattr(error, "cause_message", None), error.cause)
            remedy = tr_message(getattr(error, "remedy_message", None), error.remedy)
            text = self.tr("The station cannot run: {cause}\nDo this: {remedy}").format(cause=cause, remedy=remedy)
            colour = MISMATCH_COLOUR
        elif session.state in (SessionState.STOPPING, SessionState.STOPPED):
            text, colour = self.tr("Station stopped."), "#55606e"
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
                self.cloud_indicator.setText(self.tr("{cloud} · checking…").format(cloud=session.label))
            return
        self.check_again.setEnabled(True)
        # The core's words as messages when it has them (station.cloud.check), else its English text.
        indicator = tr_message(getattr(health, "indicator_message", None), health.indicator)
        self.cloud_indicator.setText(indicator)
        self.cloud_indicator.setStyleSheet("" if health.ok else f"color: {MISMATCH_COLOUR};")
        if health.ok:
            self.cloud_banner.hide()
        else:
            lines = [self.tr("No unit starts: the cloud cannot be used ({indicator}).").format(indicator=indicator)]
            for problem in health.problems[:3]:
                lines.append(tr_message(getattr(problem, "detail_message", None), problem.detail))
                if problem.remedy:
                    remedy = tr_message(getattr(problem, "remedy_message", None), problem.remedy)
                    lines.append(self.tr("Do this: {remedy}").format(remedy=remedy))
            every = session.options.recheck_interval if session is not None else 60.0
            lines.append(self.tr("The station checks again by itself every {seconds} s, or press Check again.")
                         .format(seconds=f"{every:.0f}"))
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
        """A tap on a tile (or a key): the slot is selected, takes the next scan, and its failure is seen."""
        previous, self.selected = self.selected, port
        self._scan_target = port
        for p in {previous, port} - {None}:
            widget = self.slots.get(p)  # type: ignore[arg-type]
            if widget is not None:
                widget.set_selected(p == port)
        if port is not None:
            self.model.acknowledge(port)
        self.detail.show_slot(self.model.slots.get(port) if port else None)
        self.scan_input.setFocus()
        self.selection_changed.emit(port)

    def retry(self, port: str) -> None:
        if self.session is not None and not self.session.cloud_ok:
            self._say(QT_TRANSLATE_NOOP("OperatorView", "The cloud cannot be used yet: see the red banner."))
            return
        if self.session is None or not self.session.start(port):
            self._say(QT_TRANSLATE_NOOP("OperatorView", "That board is no longer plugged in."))
            return
        slot = self.model.slots.get(port)
        if slot is not None:
            slot.cleared = False
            self.model.acknowledge(port)
            self._mark(port)

    def clear(self, port: str) -> None:
        self.model.acknowledge(port)
        self.model.clear(port)

    # -- the keyboard flow ------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_input.selectAll()

    def retry_selected(self) -> None:
        if self.selected is None:
            self._say(QT_TRANSLATE_NOOP("OperatorView", "Select a slot first (PgDown, PgUp or F9)."))
            return
        self.retry(self.selected)

    def clear_selected(self) -> None:
        if self.selected is None:
            self._say(QT_TRANSLATE_NOOP("OperatorView", "Select a slot first (PgDown, PgUp or F9)."))
            return
        port = self.selected
        self.clear(port)
        if port not in self.model.slots:
            self.select(None)

    def next_failure(self) -> None:
        """Select the next failed slot after the selected one (wrapping), which acknowledges its flash."""
        failures = self.model.failures()
        if not failures:
            self._say(QT_TRANSLATE_NOOP("OperatorView", "No failed slot."))
            return
        order = self.model.order()
        here = order.index(self.selected) if self.selected in order else -1
        after = [p for p in failures if order.index(p) > here]
        self.select((after or failures)[0])

    def step_selection(self, step: int) -> None:
        order = self.model.order()
        if not order:
            return
        if self.selected not in order:
            self.select(order[0] if step > 0 else order[-1])
            return
        self.select(order[(order.index(self.selected) + step) % len(order)])

    def _say(self, text: str) -> None:
        """A short answer under the scan field (the English text, translated; redrawn in a new language)."""
        self._scan_message = (text, {})
        self._show_scan_message()

    def _show_scan_message(self) -> None:
        if self._scan_message is None:
            return
        text, params = self._scan_message
        self.scan_feedback.setText(QCoreApplication.translate("OperatorView", text).format(**params))

    # -- feedback: sounds and the flash ----------------------------------------------------------------
    def _on_outcome(self, slot: SlotModel, result: Result) -> None:
        self.feedback.cue(Cue.FAIL if result == Result.FAIL else Cue.PASS)

    def _flashing_ports(self) -> list[str]:
        if not self.settings.flash_failures:
            return []
        return [p for p, s in self.model.slots.items() if s.unacknowledged and s.result == Result.FAIL]

    def _update_flash(self) -> None:
        """Start the flash timer while a failure waits to be seen; stop it (and un-flash every tile) after."""
        ports = self._flashing_ports()
        if ports and not self.flash_timer.isActive():
            self._flash_on = True
            self._flash()
            self.flash_timer.start()
        elif not ports and self.flash_timer.isActive():
            self.flash_timer.stop()
        waiting = set(ports)
        for port, widget in self.slots.items():
            if port not in waiting and widget.flashing:
                widget.set_flash(False)

    def _flash(self) -> None:
        self._flash_on = not self._flash_on
        ports = self._flashing_ports()
        for port in ports:
            widget = self.slots.get(port)
            if widget is not None:
                widget.set_flash(self._flash_on)
        if not ports:
            self.flash_timer.stop()

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
            if not outcome.serial:
                self._scan_message = None
                self.scan_feedback.setText("")
                return
            reason = QCoreApplication.translate("ScanMatcher", outcome.reason)
            self._scan_message = (QT_TRANSLATE_NOOP("OperatorView", "⚠ {serial}: {reason}"),
                                  {"serial": outcome.serial, "reason": reason})
            self._show_scan_message()
            return
        slot = self.model.slots[outcome.slot]
        status = outcome.record.status if outcome.record else ScanStatus.PENDING
        message = {
            ScanStatus.PENDING: QT_TRANSLATE_NOOP("OperatorView",
                                                  "{serial} → unit {unit} ({port}), waiting for the board's serial"),
            ScanStatus.MATCH: QT_TRANSLATE_NOOP("OperatorView", "✔ {serial} → unit {unit} ({port}): matches the board"),
            ScanStatus.MISMATCH: QT_TRANSLATE_NOOP(
                "OperatorView", "⚠ {serial} → unit {unit} ({port}): DOES NOT MATCH the board ({reported})"),
        }[status]
        self._scan_message = (message, {"serial": outcome.serial, "unit": str(slot.unit),
                                        "port": short_port(slot.port),
                                        "reported": outcome.record.reported if outcome.record else ""})
        self._show_scan_message()
