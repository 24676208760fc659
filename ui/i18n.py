"""The window's language: Qt translators for ui strings and the core's messages (station.messages), and the fonts."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station.messages import Message

#: The context the core's messages live in, in the .ts sources (scripts/i18n.py exports them there).
CORE_CONTEXT = "core"

#: The languages the bundle carries a translation for ("en" is the source language: no .qm).
SHIPPED = ("en", "de", "es", "zh_CN", "vi")
#: The language the window falls back to when the wanted one does not ship.
DEFAULT = "en"
#: Each language named in itself: an operator who cannot read the current language still finds their own.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "zh_CN": "简体中文", "vi": "Tiếng Việt"}
#: The subset font that renders Chinese and Vietnamese on a PC without such fonts (scripts/i18n.py fonts).
FONT_FILE = "StationNotoSansCJKsc-Subset.otf"

# The translators now installed (removed on the next switch) and the registered fallback font family.
_installed: list[QTranslator] = []
_fallback_family: str | None = None
_current = DEFAULT


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction into ``context`` and returns it unchanged (typed, unlike PySide6's: str).

    Module-level tables use it; the text is translated where it is shown
    (``QCoreApplication.translate(context, text)``).
    """
    return text


def tr_message(message: Message | None, fallback: str = "") -> str:
    """A core message in the window's language (``fallback``, English, when there is no message).

    The template is looked up by its English text with the id as disambiguation, then the same parameters are
    formatted in; a translation that does not fit its parameters shows the English text rather than nothing.
    """
    if message is None:
        return fallback
    if message.id == "plain":  # data, not a sentence of ours: what a board or AWS said
        return message.text()
    template = QCoreApplication.translate(CORE_CONTEXT, message.template, message.id)
    params = {k: tr_message(v) if isinstance(v, Message) else v for k, v in message.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return message.text()


def i18n_dir() -> Path:
    """resources/i18n: the .ts sources, the compiled .qm files and the glossary."""
    return Path(str(resources.files("resources").joinpath("i18n")))


def fonts_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("fonts")))


def qm_path(code: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"station_{code}.qm"


def normalize(code: str) -> str | None:
    """The shipped language a locale name means (``de_AT`` -> ``de``, ``zh-Hans-CN`` -> ``zh_CN``), else None.

    Traditional Chinese (Taiwan, Hong Kong, Macau, Hant) is not Simplified Chinese: it gets None (English).
    """
    parts = [p for p in code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_") if p]
    if not parts:
        return None
    language = parts[0].lower()
    rest = {p.lower() for p in parts[1:]}
    if language == "zh":
        return None if rest & {"tw", "hk", "mo", "hant"} else "zh_CN"
    return language if language in SHIPPED else None


def choose_language(profile_language: str, cli_language: str, os_locale: str, *, remembered: str = "") -> str:
    """The language the window starts in: the command line's, else the one chosen in the window on this PC
    (``remembered``), else the profile's, where "" in the profile means the OS locale; English where the chosen
    language does not ship."""
    for wanted in (cli_language, remembered, profile_language or os_locale):
        if wanted.strip():
            return normalize(wanted) or DEFAULT
    return DEFAULT


def current_language() -> str:
    return _current


def install_language(app: QCoreApplication, code: str, *, qm_dir: Path | None = None) -> bool:
    """Switch ``app`` to ``code`` now: remove the translators of the last language, install ours and Qt's own.

    Qt then sends LanguageChange to every widget, whose retranslate() re-words it. False (and English) when the
    language does not ship or its .qm cannot be loaded; Qt's own catalog is optional (Qt has none for
    Vietnamese: its few dialog buttons then stay English). ``qm_dir`` replaces resources/i18n (tests: a
    pseudo-translation).
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    wanted = normalize(code)
    if isinstance(app, QApplication):
        install_fonts(app)
    if wanted is None or wanted == DEFAULT:
        _current = DEFAULT
        QLocale.setDefault(QLocale.system())
        return wanted == DEFAULT
    ours = QTranslator(app)
    if not ours.load(str(qm_path(wanted, qm_dir))):
        _current = DEFAULT
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{wanted}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:  # the last installed is asked first: ours before Qt's
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(wanted))
    _current = wanted
    return True


def install_fonts(app: QApplication) -> str | None:
    """Register the bundled CJK/Vietnamese font once and make it the fallback after the UI's own font.

    Latin text keeps the platform's UI font (first in the application font's families); characters it lacks
    (Chinese on a bare Windows or Linux PC) come from the bundled font. Returns its family (None if missing).
    """
    global _fallback_family
    if _fallback_family is None:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _fallback_family = families[0]
    base = app.font()
    primary = base.families() or [base.family()]
    if _fallback_family not in primary:
        for family in primary:  # a font object naming one family still falls back to ours
            QFont.insertSubstitution(family, _fallback_family)
        base.setFamilies([*primary, _fallback_family])
        app.setFont(base)
    return _fallback_family
