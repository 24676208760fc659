"""Drives the real window under qasync from synchronous pytest-qt tests (see docs/gui.md, "Testing")."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.profile import Profile, load_profile
from ui.app import create_app
from ui.main_window import MainWindow
from ui.session import SessionOptions, SessionState, StationSession, cloud_label, demo_backend

T = TypeVar("T")


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def attach_loop(app: QApplication) -> qasync.QEventLoop:
    """A qasync loop that counts as running from now on, so any Qt event processing also runs asyncio.

    ``already_running=True`` makes the loop the thread's running loop without entering
    ``app.exec()``: qtbot.waitUntil (a plain Qt wait, called from the synchronous test)
    then drives the Station's tasks. One loop per test session: several qasync loops
    created and closed on one QApplication left timers behind that crashed a later test.
    """
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    return loop


def detach_loop(loop: qasync.QEventLoop) -> None:
    """Undo attach_loop and release the loop's executor threads.

    Not ``loop.stop()``: in this mode it calls QApplication.exit() outside exec(), which
    makes every later Qt wait (qtbot.waitUntil) of the session return at once. The loop's
    own running flag is cleared instead, so that ``close()`` agrees to run.
    """
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    # Let the cancelled tasks run their cancellation (a bounded condition wait, pumping Qt as qtbot does):
    # closing the loop under them leaves "Task was destroyed but it is pending!" at exit.
    deadline = time.monotonic() + 5.0
    while any(not task.done() for task in pending) and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    asyncio.events._set_running_loop(None)
    loop._QEventLoop__is_running = False  # qasync keeps it name-mangled; no public way in this mode
    loop.close()
    asyncio.set_event_loop(None)


class GuiHarness:
    """A MainWindow on a demo session whose StationSession runs as a task on the (already running) qasync loop.

    The test stays synchronous and waits with qtbot.waitUntil, which pumps Qt and
    therefore asyncio. Never wait inside a coroutine with qtbot: a nested Qt loop
    inside a qasync callback deadlocks.
    """

    def __init__(self, qtbot: QtBot, loop: qasync.QEventLoop, tmp_path: Path, boards: int, *,
                 faults: dict[int, str] | None = None, until: str = "registered", auto_start: bool = True,
                 profile: Profile | None = None, nrf91: int = 0) -> None:
        create_app()
        self.qtbot = qtbot
        self.loop = loop
        self.profile = profile or load_profile(None)
        self.session = StationSession(
            lambda: demo_backend(boards, profile=self.profile, faults=faults, state_dir=tmp_path / "cloud",
                                 nrf91=nrf91),
            self.profile, cloud_label(self.profile, demo_boards=boards),
            SessionOptions(until=until, auto_start=auto_start, poll_interval=0.1))
        self.window = MainWindow(self.session, settings=settings_at(tmp_path / "station.ini"))
        self.window.resize(1400, 900)
        self.window.show()
        self.runner = loop.create_task(self.session.run())

    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.window.model

    @property
    def view(self):  # type: ignore[no-untyped-def]
        return self.window.operator

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        task = self.loop.create_task(coro)
        self.qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    def until(self, predicate: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
        """Pump Qt (and so asyncio) until ``predicate()`` holds; on timeout say what and show the slots."""
        def check() -> bool:
            if self.runner.done():
                # Surfaces a crash of the session instead of a timeout. Not an AssertionError:
                # waitUntil would take that for "not yet" and keep waiting.
                self.runner.result()
                if not predicate():
                    raise RuntimeError("the station stopped")
            return predicate()
        try:
            self.qtbot.waitUntil(check, timeout=int(timeout * 1000))
        except self.qtbot.TimeoutError:
            states = {p: (s.state.value, s.result.value) for p, s in self.model.slots.items()}
            raise AssertionError(f"timed out waiting for {what or predicate}; slots: {states}") from None

    def running(self) -> None:
        self.until(lambda: self.session.state == SessionState.RUNNING, 30, "the station to start")

    def close(self) -> None:
        started = time.monotonic()
        self.window.close()
        self.qtbot.waitUntil(self.runner.done, timeout=30_000)
        self.runner.result()
        assert self.session.state == SessionState.STOPPED
        assert time.monotonic() - started < 15
