"""Open the real window on one emulated screen with N units on the wall; print where every tile landed as JSON.

Qt chooses its platform once per process, so each screen size runs in a process of its own:

    QT_QPA_PLATFORM=offscreen:configfile=tests/gui/screens/1920x1080.json \\
        python -m tests.gui.screens.render_wall --units 16 [--shot out.png] [--settings dir]

The screen configs (this folder) follow Qt's offscreen platform: width/height in device pixels, and
logicalDpi/logicalBaseDpi for the scaling (192/96 = 200 %), as a Windows PC at that scaling reports it.
``render(units, shot)`` is the function a screenshot script calls inside such a process.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QPoint, QRect, QSettings
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from station.pipeline.events import (
    Identified,
    Progress,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    Waiting,
)
from station.pipeline.states import UnitState
from station.profile import load_profile
from ui.app import create_app
from ui.main_window import MainWindow
from ui.session import Backend, StationSession, cloud_label


def _never() -> Backend:
    raise AssertionError("the wall is rendered from events alone; no station runs")


def feed(window: MainWindow, units: int) -> None:
    """N units in the states a shift shows at once: passed, working, failed (flashing), waiting for AWS."""
    model = window.model
    now = time.time()
    for unit in range(1, units + 1):
        port = f"/dev/ttyUSB{unit - 1}"
        serial = f"SN-{unit:05d}"
        model.apply(UnitDetected(port=port, unit=unit, driver="reference", at=now - 60))
        model.apply(StepStarted(port=port, unit=unit, step=UnitState.IDENTIFYING, at=now - 50))
        model.apply(Identified(port=port, unit=unit, serial=serial, model="sensor-a", hw_revision="B",
                               fw_version="1.0.0", thing_name=f"sensor-a-{serial}", at=now - 49))
        kind = unit % 4
        if kind == 1:
            model.apply(UnitPassed(port=port, unit=unit, serial=serial, thing_name=f"sensor-a-{serial}",
                                   certificate_id="c" * 64, group="line", seconds=41.0, round_trips=9, at=now - 5))
        elif kind == 2:
            model.apply(StepStarted(port=port, unit=unit, step=UnitState.WRITING, at=now - 10))
            model.apply(Progress(port=port, unit=unit, step=UnitState.WRITING, done=2, total=5, note="cert",
                                 at=now - 2))
        elif kind == 3:
            model.apply(UnitFailed(port=port, unit=unit, step=UnitState.REGISTERING,
                                   cause="the cloud refused the certificate",
                                   remedy="Ask QA to check the CA registration", at=now - 3))
        else:
            model.apply(StepStarted(port=port, unit=unit, step=UnitState.REGISTERING, at=now - 8))
            model.apply(Waiting(port=port, unit=unit, step=UnitState.REGISTERING,
                                reason="waiting for AWS: throttled (CreateThing)", retry_in=2.0, attempt=2,
                                at=now - 1))


def _pump_until(app: QApplication, done: Any, seconds: float = 60.0) -> bool:
    """Run Qt until ``done()`` holds (a condition, not a fixed wait); False if it never did."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def measure(window: MainWindow) -> dict[str, Any]:
    view = window.operator
    wall = view.wall
    viewport = wall.viewport()
    visible = QRect(QPoint(0, 0), viewport.size())
    screen = window.screen()
    tiles = []
    for port in window.model.order():
        tile = view.slots[port]
        top_left = tile.mapTo(viewport, QPoint(0, 0))
        rect = QRect(top_left, tile.size())
        word = tile.word
        ink = QFontMetrics(word.font()).tightBoundingRect(word.text()).height() if word.text() else 0
        tiles.append({"port": port, "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
                      "inside": visible.contains(rect) and tile.isVisible(),
                      "word": word.text(), "word_px": word.font().pixelSize(), "word_ink_px": ink,
                      "word_fits": word.width() >= QFontMetrics(word.font()).horizontalAdvance(word.text()),
                      "density": getattr(getattr(tile, "density", None), "name", "")})
    return {
        "screen": {"logical": [screen.geometry().width(), screen.geometry().height()],
                   "dpr": screen.devicePixelRatio()},
        "window": {"size": [window.width(), window.height()], "maximized": window.isMaximized(),
                   "full_screen": window.isFullScreen()},
        "viewport": [visible.width(), visible.height()],
        "scrollbar": wall.verticalScrollBar().isVisible(),
        "detail_shown": not view.detail.isHidden(),
        "columns": wall.columns,  # the measures work on older windows too: a test's failure is then a report
        "tiles": tiles,
    }


def render(units: int, shot: Path | None = None, *, settings_dir: Path | None = None,
           kiosk: bool = False) -> dict[str, Any]:
    """Open the window (first start: maximized) on this process's screen with ``units`` tiles, measure it and,
    with ``shot``, save a PNG of the whole window there."""
    import dataclasses

    app = create_app([sys.argv[0]])
    profile = load_profile(None)
    if kiosk:
        profile = dataclasses.replace(profile, operator=dataclasses.replace(profile.operator, kiosk=True))
    folder = settings_dir or Path(tempfile.mkdtemp(prefix="wall-"))
    settings = QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat)
    session = StationSession(_never, profile, cloud_label(profile))
    window = MainWindow(session, settings=settings)
    window.show()
    expected = window.isFullScreen if kiosk else window.isMaximized
    _pump_until(app, expected, 10)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    _pump_until(app, lambda: window.width() == screen.width(), 10)
    feed(window, units)
    view = window.operator
    _pump_until(app, lambda: len(view.slots) == units and not view._dirty and not view._relayout)
    result = measure(window)
    if shot is not None:
        window.grab().save(str(shot))
    window.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=8)
    parser.add_argument("--shot", type=Path)
    parser.add_argument("--settings", type=Path)
    parser.add_argument("--kiosk", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(render(args.units, args.shot, settings_dir=args.settings, kiosk=args.kiosk)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
