"""The station window: Operator, QA and Engineer tabs, role unlock, title with version and cloud, saved geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from station import __version__
from station.profile import Profile
from ui.audit import AuditTrail
from ui.bridge import EventBridge
from ui.engineer.view import EngineerView
from ui.icons import icon
from ui.operator.model import WallModel
from ui.operator.view import OperatorView
from ui.qa.view import QAView
from ui.roles import Role, check_pin, pin_hash
from ui.session import StationSession
from ui.style import font

ORG, APP = "ProvisioningStation", "Station"


def open_settings() -> QSettings:
    """Per-user settings (INI everywhere, so they are easy to inspect or reset on a line PC)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


class RoleBar(QWidget):
    """Who is at the station: Operator by default; QA and Engineer need a PIN."""

    role_changed = Signal(object)

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.role = Role.OPERATOR
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.current = QLabel()
        self.current.setFont(font(11, bold=True))
        self.choice = QComboBox()
        self.choice.addItems([Role.QA.label, Role.ENGINEER.label])
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("PIN")
        self.pin.setFixedWidth(110)
        self.pin.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.clicked.connect(self._unlock)
        self.lock_button = QPushButton("Lock")
        self.lock_button.clicked.connect(self.lock)
        self.message = QLabel("")
        for widget in (self.current, self.choice, self.pin, self.unlock_button, self.lock_button, self.message):
            row.addWidget(widget)
        self._show()

    def unlock(self, role: Role, pin: str) -> bool:
        if not pin_hash(role, self.profile):
            self.message.setText(f"no {role.label} PIN in this profile")
            return False
        if not check_pin(role, pin, self.profile):
            self.message.setText("wrong PIN")
            return False
        self.role = role
        self.message.setText("")
        self._show()
        self.role_changed.emit(role)
        return True

    def lock(self) -> None:
        self.role = Role.OPERATOR
        self._show()
        self.role_changed.emit(self.role)

    def _unlock(self) -> None:
        role = Role.QA if self.choice.currentIndex() == 0 else Role.ENGINEER
        self.unlock(role, self.pin.text())
        self.pin.clear()

    def _show(self) -> None:
        locked = self.role == Role.OPERATOR
        self.current.setText(f"Role: {self.role.label}")
        for widget in (self.choice, self.pin, self.unlock_button):
            widget.setVisible(locked)
        self.lock_button.setVisible(not locked)


class MainWindow(QMainWindow):
    """Owns the views and the bridge; the StationSession it shows is run by ui.app (or a test)."""

    closed = Signal()

    def __init__(self, session: StationSession, *, settings: QSettings | None = None,
                 model: WallModel | None = None, audit: AuditTrail | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings if settings is not None else open_settings()
        self.model = model or WallModel(follows_jobs=session.follows_jobs)
        self.bridge = EventBridge(session.bus, self)
        self.bridge.event.connect(self.model.apply)

        self.setWindowTitle(f"Provisioning station {__version__} — {session.label}")
        self.setWindowIcon(icon("station"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.operator = OperatorView(self.model, session)
        # One records connection (on its own thread) for both views' audit entries and the QA records lookup.
        self.audit = audit or AuditTrail()
        self.qa = QAView(self.model, session, self.audit)
        self.engineer = EngineerView(session, audit=self.audit)
        self.tabs.addTab(self.operator, "Operator")
        self.tabs.addTab(self.qa, icon("lock"), "QA")
        self.tabs.addTab(self.engineer, icon("lock"), "Engineer")
        self.roles = RoleBar(session.profile)
        self.tabs.setCornerWidget(self.roles, Qt.Corner.TopRightCorner)
        self.roles.role_changed.connect(self.apply_role)
        self.setCentralWidget(self.tabs)
        self.apply_role(Role.OPERATOR)
        self.resize(1280, 800)
        self.restore_settings()

    # -- roles ------------------------------------------------------------------------------
    def apply_role(self, role: Role) -> None:
        self.tabs.setTabEnabled(1, role >= Role.QA)
        self.tabs.setTabEnabled(2, role >= Role.ENGINEER)
        self.tabs.setTabIcon(1, icon("lock") if role < Role.QA else icon("station"))
        self.tabs.setTabIcon(2, icon("lock") if role < Role.ENGINEER else icon("station"))
        self.qa.set_role(role)
        self.engineer.set_role(role)
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)

    # -- window state ---------------------------------------------------------------------------
    def restore_settings(self) -> None:
        # The window rectangle is stored as is and restored only if it still shows on a screen: a
        # line PC's monitor may have changed since, and a window off every screen is lost to a gloved user.
        rect = self.settings.value("window/rect")
        if isinstance(rect, QRect) and rect.isValid() and any(
                screen.availableGeometry().intersects(rect) for screen in QGuiApplication.screens()):
            self.setGeometry(rect)
        if str(self.settings.value("window/maximized", "false")).lower() == "true":
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("operator/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.operator.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        maximized = self.isMaximized()
        self.settings.setValue("window/maximized", maximized)
        if not maximized:  # keep the last normal rectangle for un-maximizing next time
            self.settings.setValue("window/rect", self.geometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("operator/splitter", self.operator.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.request_stop()
        self.audit.close()
        self.closed.emit()
        super().closeEvent(event)
