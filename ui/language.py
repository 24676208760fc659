"""The language switch of the role bar: each shipped language named in itself, the choice kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from ui.i18n import NATIVE_NAMES, SHIPPED, choose_language, current_language, install_language

#: Where the window's settings keep the language chosen on this PC (read by choose_language's ``remembered``).
SETTINGS_KEY = "ui/language"


def remembered_language(settings: QSettings) -> str:
    """The language last chosen in the window on this PC ("" = none chosen yet)."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) else ""


def start_language(app: QCoreApplication, settings: QSettings, profile_language: str, cli_language: str = "",
                   os_locale: str | None = None) -> str:
    """At start-up: choose (command line, this PC's last choice, profile, OS locale) and install the language."""
    code = choose_language(profile_language, cli_language,
                           QLocale.system().name() if os_locale is None else os_locale,
                           remembered=remembered_language(settings))
    return code if install_language(app, code) else current_language()


class LanguageSwitch(QComboBox):
    """Switches the whole window live: installs the translators, Qt re-words every widget (LanguageChange).

    The names are not translated: "Deutsch" stays "Deutsch" in a Chinese window, so anyone finds their own.
    """

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("languageSwitch")
        for code in SHIPPED:
            self.addItem(NATIVE_NAMES[code], code)
        self._show(current_language())
        self.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Language of this window"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(current_language())
        super().changeEvent(event)

    def _show(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def choose(self, code: str) -> bool:
        """Switch to ``code`` (as if picked from the list); False if it does not ship."""
        index = self.findData(code)
        if index < 0:
            return False
        if index == self.currentIndex():
            self._chosen(index)
        else:
            self.setCurrentIndex(index)
        return True

    def _chosen(self, index: int) -> None:
        code = str(self.itemData(index))
        app = QApplication.instance()
        if app is not None and install_language(app, code):
            self.settings.setValue(SETTINGS_KEY, code)
            self.settings.sync()
            self.language_changed.emit(code)
        else:
            self._show(current_language())
