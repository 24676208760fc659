"""QApplication + qasync: the Station runs as an asyncio task inside the Qt event loop, on the GUI thread."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Sequence

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from station import __version__
from ui.language import start_language
from ui.main_window import APP, ORG, MainWindow, open_settings
from ui.session import StationSession
from ui.style import STYLE_SHEET

SWITCH_INTERVAL = 0.001  # seconds


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, set up for the station (reuses an existing one, e.g. pytest-qt's)."""
    # The GUI thread shares the GIL with the station's worker threads (serial lines, cloud calls): when it
    # wants the GIL back after a Qt call, it waits for the holder's switch interval. 1 ms instead of 5 ms
    # keeps that wait under a tenth of a frame.
    sys.setswitchinterval(SWITCH_INTERVAL)
    existing = QApplication.instance()
    if existing is None:
        # Fractional scaling (125 %, 150 %) on factory PCs: pass the exact factor through instead of rounding.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv if argv is not None else sys.argv))
    else:
        assert isinstance(existing, QApplication)
        app = existing
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(__version__)
    # Fusion looks the same on Windows and Linux and follows the OS light/dark scheme (Qt >= 6.5).
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    return app


async def run_window(window: MainWindow, session: StationSession) -> None:
    """Show the window and run the station until the window is closed; then stop and clean up."""
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    runner = asyncio.ensure_future(session.run())
    window.show()
    try:
        await closed.wait()
    finally:
        session.request_stop()
        await runner


def run(session: StationSession, argv: Sequence[str] | None = None, *, language: str = "") -> int:
    """The window on ``session`` until it is closed; ``language`` (--language) overrides every other choice."""
    app = create_app(argv)
    # Before the first widget: the translators (command line, this PC's last choice, profile, OS locale) and
    # the font that renders Chinese and Vietnamese on a bare line PC.
    start_language(app, open_settings(), session.profile.operator.language, language)
    # The loop must outlive the window: after the close, the station still cancels units and stops the cloud.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(session)
    # Ctrl-C in the terminal closes the window cleanly. Python only sees signals when it runs,
    # so a idle timer gives the interpreter a chance every 200 ms.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(200)
    with loop:
        loop.run_until_complete(run_window(window, session))
    return 0 if session.error is None else 2
