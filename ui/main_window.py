"""The station window: Operator, QA and Engineer tabs, role unlock, title with version and cloud, saved geometry,
maximized on first start, kiosk full screen (profile or F11)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from station import __version__
from station.lockout import IdleTimer, LockoutPolicy, PinAttempts, wait_message
from station.profile import Profile
from station.records.anchor import AuditAnchor
from ui.audit import AuditTrail, os_user
from ui.bridge import EventBridge
from ui.dashboard import DashboardView
from ui.engineer.view import EngineerView
from ui.feedback import CuePlayer
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.icons import icon
from ui.language import LanguageSwitch
from ui.operator.model import WallModel
from ui.operator.scan import ScanStatus
from ui.operator.view import OperatorView
from ui.plaintext import PlainLabel
from ui.qa.view import QAView
from ui.roles import Role, check_pin, pin_hash
from ui.session import SessionState, StationSession, label_text
from ui.style import font

ORG, APP = "ProvisioningStation", "Station"


def open_settings() -> QSettings:
    """Per-user settings (INI everywhere, so they are easy to inspect or reset on a line PC)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


#: Input that counts as someone at the station (the idle re-lock waits for none of it).
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                       QEvent.Type.TouchBegin})


def _wait(seconds: float) -> str:
    """A lockout's length in the window's language ("2 min 5 s")."""
    return tr_message(wait_message(seconds))


class RoleBar(QWidget):
    """Who is at the station: Operator by default; QA and Engineer need a PIN.

    Wrong PINs lock the bar out for a growing time, and an unlocked role locks again after the policy's idle
    time without keyboard or mouse input (the decisions: station.lockout). Every attempt goes to ``on_attempt``
    (the window writes it to the audit trail).
    """

    role_changed = Signal(object)
    #: Wrong PINs (wall-clock times) an earlier run of the window left; emitted from any thread.
    restore_failures = Signal(object)

    def __init__(self, profile: Profile, parent: QWidget | None = None, *, policy: LockoutPolicy | None = None,
                 clock: Callable[[], float] = time.monotonic, tick_ms: int = 1000,
                 on_attempt: Callable[[Role, str], None] | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.role = Role.OPERATOR
        self.policy = policy or LockoutPolicy()
        self._clock = clock
        self.attempts = PinAttempts(self.policy, clock=clock)
        self.restore_failures.connect(self._restore)  # queued to this (the GUI) thread when emitted elsewhere
        self.idle = IdleTimer(self.policy.idle_relock, clock=clock)
        self.on_attempt = on_attempt or (lambda role, outcome: None)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.current = PlainLabel()
        self.current.setFont(font(11, bold=True))
        self.choice = QComboBox()
        self.choice.addItems([Role.QA.label, Role.ENGINEER.label])
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setFixedWidth(110)
        self.pin.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self._unlock)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock)
        self.message = PlainLabel("")
        for widget in (self.current, self.choice, self.pin, self.unlock_button, self.lock_button, self.message):
            row.addWidget(widget)
        # One timer for both clocks: the idle re-lock and the end of a lockout.
        self.ticker = QTimer(self)
        self.ticker.setInterval(tick_ms)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self._watching = False
        self.retranslate()

    def retranslate(self) -> None:
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.lock_button.setText(self.tr("Lock"))
        self.choice.setItemText(0, Role.QA.label)
        self.choice.setItemText(1, Role.ENGINEER.label)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self, wall_times: list[float]) -> None:
        """Carry on the lockout of an earlier run: closing and reopening the window must not reset the count."""
        if not wall_times or self.attempts.failures:
            return  # nothing to carry, or this run already counts its own
        # The bar's clock is monotonic (or a test's): place each failure as long ago as the wall clock says.
        now, wall_now = self._clock(), time.time()
        self.attempts = PinAttempts.replay([now - (wall_now - t) for t in wall_times], self.policy,
                                           clock=self._clock)
        wait = self.attempts.locked_for()
        if wait > 0:
            self.message.setText(self.tr("too many wrong PINs: try again in {wait}").format(wait=_wait(wait)))
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.idle.touch()
        return False

    def _watch_input(self, on: bool) -> None:
        """Any input anywhere in the window keeps an unlocked role unlocked.

        An application-wide filter runs Python for every Qt event (each paint, timer and layout request of 64
        busy slots), so it is installed only while a role is unlocked: the operator's wall never pays for it.
        """
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def unlock(self, role: Role, pin: str) -> bool:
        if not pin_hash(role, self.profile):
            self.message.setText(self.tr("no {role} PIN in this profile").format(role=role.label))
            self.on_attempt(role, "no PIN in the profile")
            return False
        wait = self.attempts.locked_for()
        if wait > 0:
            self.message.setText(self.tr("too many wrong PINs: try again in {wait}").format(wait=_wait(wait)))
            self.on_attempt(role, "locked out")
            return False
        if not check_pin(role, pin, self.profile):
            wait = self.attempts.failed()
            self.message.setText(self.tr("wrong PIN: locked for {wait}").format(wait=_wait(wait)) if wait > 0
                                 else self.tr("wrong PIN"))
            self.on_attempt(role, "wrong PIN")
            self._show()
            return False
        self.attempts.succeeded()
        self.idle.touch()
        self.role = role
        self.message.setText("")
        self.on_attempt(role, "ok")
        self._show()
        self.role_changed.emit(role)
        return True

    def lock(self) -> None:
        self.role = Role.OPERATOR
        self._show()
        self.role_changed.emit(self.role)

    def tick(self) -> None:
        """Re-lock an idle role; end a lockout that has run out."""
        if self.role != Role.OPERATOR and self.idle.expired():
            role = self.role
            self.lock()
            self.message.setText(self.tr("{role} locked after {wait} without input").format(
                role=role.label, wait=_wait(self.policy.idle_relock)))
            self.on_attempt(role, "locked: idle")
        elif self.role == Role.OPERATOR and not self.unlock_button.isEnabled() and not self.attempts.locked_for():
            self.message.setText("")
            self._show()

    def _unlock(self) -> None:
        role = Role.QA if self.choice.currentIndex() == 0 else Role.ENGINEER
        self.unlock(role, self.pin.text())
        self.pin.clear()

    def _show(self) -> None:
        locked = self.role == Role.OPERATOR
        self._watch_input(not locked)
        self.current.setText(self.tr("Role: {role}").format(role=self.role.label))
        for widget in (self.choice, self.pin, self.unlock_button):
            widget.setVisible(locked)
        waiting = self.attempts.locked_for() > 0
        self.pin.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)
        self.lock_button.setVisible(not locked)


#: The window's own key: full screen on and off (the operator view's keys are in ui.operator.view.KEYS).
FULL_SCREEN_KEY = "F11"


class MainWindow(QMainWindow):
    """Owns the views and the bridge; the StationSession it shows is run by ui.app (or a test).

    The first start (no saved geometry) opens maximized; a saved rectangle, or a size set before ``show()``
    (a test, a screenshot script), wins over that. ``profile.operator.kiosk`` opens full screen; F11 toggles.
    """

    closed = Signal()

    def __init__(self, session: StationSession, *, settings: QSettings | None = None,
                 model: WallModel | None = None, audit: AuditTrail | None = None,
                 lockout: LockoutPolicy | None = None, clock: Callable[[], float] = time.monotonic,
                 role_tick_ms: int = 1000, cue_player: CuePlayer | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings if settings is not None else open_settings()
        operator = session.profile.operator
        self.model = model or WallModel(follows_jobs=session.follows_jobs,
                                        rate_window_minutes=operator.rate_window_minutes,
                                        cert_mode=session.profile.cert_mode)
        self.bridge = EventBridge(session.bus, self)
        self.bridge.event.connect(self.model.apply)

        self.setWindowIcon(icon("station"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.operator = OperatorView(self.model, session, settings=operator, player=cue_player)
        # One records connection (on its own thread) for both views' audit entries and the QA records lookup.
        self.audit = audit or AuditTrail()
        self.qa = QAView(self.model, session, self.audit)
        self.engineer = EngineerView(session, audit=self.audit)
        self.tabs.addTab(self.operator, "")
        self.tabs.addTab(self.qa, icon("lock"), "")
        self.tabs.addTab(self.engineer, icon("lock"), "")
        # Views other modules add (add_view): (widget, English title, translation context) for retranslate().
        self._extra_views: list[tuple[QWidget, str, str]] = []
        self._view_roles: dict[QWidget, Role] = {}
        self.roles = RoleBar(session.profile, policy=lockout or LockoutPolicy.for_profile(session.profile),
                             clock=clock, tick_ms=role_tick_ms,
                             on_attempt=self._audit_unlock)
        # The line's language, switched live for every view; remembered on this PC (ui/language.py).
        self.language = LanguageSwitch(self.settings)
        roles_row = self.roles.layout()
        assert isinstance(roles_row, QHBoxLayout)
        roles_row.insertWidget(0, self.language)
        self.tabs.setCornerWidget(self.roles, Qt.Corner.TopRightCorner)
        self.roles.role_changed.connect(self.apply_role)
        # Wrong PINs of the last minutes, from the audit trail: a restart does not reset the lockout.
        policy = self.roles.policy
        since = time.time() - max(policy.max_delay, policy.first_delay)
        self.audit.failed_unlocks_soon("window", since=since).add_done_callback(self._restore_failures)
        # Label mismatches go to the unit's record, not only to the wall (once per label and board).
        self._labels_recorded: set[tuple[str, int, str, str]] = set()
        self.model.subscribe(self._record_label_mismatches)
        session.subscribe(self._anchor_when_running)
        self.setCentralWidget(self.tabs)
        # The shift at a glance, read-only for every role (ui/dashboard): right after the operator's wall.
        self.dashboard = DashboardView(session)
        self.add_view(self.dashboard, QT_TRANSLATE_NOOP("MainWindow", "Shift"), after=self.operator)
        self.apply_role(Role.OPERATOR)
        self.tabs.currentChanged.connect(
            lambda index: self.operator.set_keys_enabled(self.tabs.widget(index) is self.operator))
        self.full_screen_action = QAction(self)
        self.full_screen_action.setShortcut(QKeySequence(FULL_SCREEN_KEY))
        self.full_screen_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        self._kiosk = operator.kiosk
        self._first_show = True
        self._restored = self.restore_settings()
        self.retranslate()

    # -- language and views -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Provisioning station {version} — {cloud}").format(
            version=__version__, cloud=label_text(self.session.label)))
        self.tabs.setTabText(self.tabs.indexOf(self.operator), self.tr("Operator"))
        self.tabs.setTabText(self.tabs.indexOf(self.qa), self.tr("QA"))
        self.tabs.setTabText(self.tabs.indexOf(self.engineer), self.tr("Engineer"))
        if hasattr(self, "language"):
            self.language.setToolTip(self.tr("Language of the window"))
        for widget, title, context in self._extra_views:
            self.tabs.setTabText(self.tabs.indexOf(widget), QCoreApplication.translate(context, title))
        self.full_screen_action.setText(self.tr("Full screen on or off"))
        self.full_screen_action.setToolTip(self.tr("Full screen on or off ({key})").format(
            key=QKeySequence(FULL_SCREEN_KEY).toString(QKeySequence.SequenceFormat.NativeText)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_view(self, widget: QWidget, title: str, *, context: str = "MainWindow", role: Role = Role.OPERATOR,
                 after: QWidget | None = None) -> int:
        """Add a tab (the dashboard, …): ``title`` is the English text, translated in ``context`` now and on
        every language change; the tab is open from ``role`` up. Returns the tab's index."""
        index = self.tabs.indexOf(after) + 1 if after is not None else self.tabs.count()
        index = self.tabs.insertTab(index, widget, QCoreApplication.translate(context, title))
        self._extra_views.append((widget, title, context))
        self._view_roles[widget] = role
        self.apply_role(self.roles.role)
        return index

    # -- kiosk and full screen --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._first_show:
            self._first_show = False
            if self._kiosk:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
            elif not self._restored and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                # First start on this PC: use the whole screen (a line PC), not a fixed 1280x800.
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        super().showEvent(event)

    def toggle_full_screen(self) -> None:
        """F11: full screen (kiosk) on or off; off returns to maximized or the normal rectangle as before."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- roles ------------------------------------------------------------------------------
    def _audit_unlock(self, role: Role, outcome: str) -> None:
        # Refused unlocks and idle re-locks; a right PIN shows in the trail through the actions that follow.
        if outcome == "ok":
            return
        action = "lock" if outcome.startswith("locked:") else "unlock"
        self.audit.record_soon(who=self.qa.who.text().strip() or os_user(), role=role.name.lower(), action=action,
                               target=role.name.lower(), parameters={"via": "window"}, outcome=outcome)

    def _restore_failures(self, done: Future[list[float]]) -> None:
        # On the records thread: the signal carries the result to the GUI thread. A window closed meanwhile
        # has no bar left to tell.
        with contextlib.suppress(RuntimeError):
            self.roles.restore_failures.emit([] if done.exception() else done.result())

    def _anchor_when_running(self, state: SessionState) -> None:
        backend = self.session.backend
        if state == SessionState.RUNNING and backend is not None:
            self.audit.anchor_with(lambda: AuditAnchor.for_profile(backend.cloud, backend.profile))

    def _record_label_mismatches(self, port: str | None) -> None:
        slots = [self.model.slots[port]] if port in self.model.slots else list(self.model.slots.values())
        for slot in slots:
            scan = slot.scan
            if scan is None or scan.status != ScanStatus.MISMATCH:
                continue
            key = (slot.port, slot.unit, scan.scanned, scan.reported)
            if key not in self._labels_recorded and self.session.record_label_mismatch(
                    slot.port, slot.unit, scanned=scan.scanned, reported=scan.reported):
                self._labels_recorded.add(key)

    def apply_role(self, role: Role) -> None:
        # Noted first: disabling the current tab makes Qt select the next enabled one (the Shift tab), but a
        # role that locks returns to the operator's wall.
        shown = self.tabs.currentWidget()
        qa, engineer = self.tabs.indexOf(self.qa), self.tabs.indexOf(self.engineer)
        self.tabs.setTabEnabled(qa, role >= Role.QA)
        self.tabs.setTabEnabled(engineer, role >= Role.ENGINEER)
        self.tabs.setTabIcon(qa, icon("lock") if role < Role.QA else icon("station"))
        self.tabs.setTabIcon(engineer, icon("lock") if role < Role.ENGINEER else icon("station"))
        for widget, needed in self._view_roles.items():
            self.tabs.setTabEnabled(self.tabs.indexOf(widget), role >= needed)
        self.qa.set_role(role)
        self.engineer.set_role(role)
        if shown is not None and not self.tabs.isTabEnabled(self.tabs.indexOf(shown)):
            self.tabs.setCurrentWidget(self.operator)

    # -- window state ---------------------------------------------------------------------------
    def restore_settings(self) -> bool:
        """Geometry, state and split of the last run; False when there was none (the first start)."""
        # The window rectangle is stored as is and restored only if it still shows on a screen: a
        # line PC's monitor may have changed since, and a window off every screen is lost to a gloved user.
        restored = False
        rect = self.settings.value("window/rect")
        if isinstance(rect, QRect) and rect.isValid() and any(
                screen.availableGeometry().intersects(rect) for screen in QGuiApplication.screens()):
            self.setGeometry(rect)
            restored = True
        if str(self.settings.value("window/maximized", "false")).lower() == "true":
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            restored = True
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("operator/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.operator.splitter.restoreState(splitter)
        return restored

    def save_settings(self) -> None:
        # Full screen is the kiosk's (profile or F11), not a geometry to remember: what lies under it is kept.
        maximized = bool(self.windowState() & Qt.WindowState.WindowMaximized)
        self.settings.setValue("window/maximized", maximized)
        if not maximized and not self.isFullScreen():  # keep the last normal rectangle for un-maximizing
            self.settings.setValue("window/rect", self.geometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("operator/splitter", self.operator.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.request_stop()
        self.roles.ticker.stop()  # no idle re-lock (and its audit entry) after the trail is closed
        self.audit.close()
        self.closed.emit()
        super().closeEvent(event)
