"""The operator's flow from the keyboard alone: scan, start, retry, clear, next failure (keys: docs/gui.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.pipeline.events import Identified, StepStarted, UnitDetected, UnitFailed, UnitPassed
from station.pipeline.states import UnitState
from station.profile import load_profile
from tests.gui.harness import GuiHarness, settings_at
from ui.app import create_app
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.operator.view import KEYS
from ui.session import Backend, StationSession, cloud_label

pytestmark = pytest.mark.gui


def never() -> Backend:
    raise AssertionError("this window is fed events directly")


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key as the operator types it: into whatever has the focus (the scan field, normally)."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    profile = load_profile(None)
    w = MainWindow(StationSession(never, profile, cloud_label(profile)), settings=settings_at(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w


def test_next_failure_selection_keys_and_clear(qtbot: QtBot, window: MainWindow) -> None:
    model, view = window.model, window.operator
    ports = [f"/dev/ttyUSB{i}" for i in range(4)]
    for unit, port in enumerate(ports, start=1):
        model.apply(UnitDetected(port=port, unit=unit))
        model.apply(StepStarted(port=port, unit=unit, step=UnitState.REGISTERING))
    for unit in (1, 3):  # units 1 and 3 fail, unit 2 passes, unit 4 still works
        model.apply(UnitFailed(port=ports[unit - 1], unit=unit, step=UnitState.REGISTERING, cause="refused",
                               remedy="ask QA"))
    model.apply(UnitPassed(port=ports[1], unit=2, serial="SN-2", thing_name="t", certificate_id="c", group="g",
                           seconds=1.0, round_trips=1))
    qtbot.waitUntil(lambda: len(view.slots) == 4 and view.slots[ports[2]].word.text() == "FAIL")
    assert model.slots[ports[0]].unacknowledged and model.slots[ports[2]].unacknowledged

    # F2 puts the cursor in the scan field from anywhere (here: the tab bar had it).
    window.tabs.tabBar().setFocus()
    press(qtbot, window, Qt.Key.Key_F2)
    assert view.scan_input.hasFocus()

    press(qtbot, window, Qt.Key.Key_F9)  # next failure: the first, acknowledged (its flash stops)
    assert view.selected == ports[0] and not model.slots[ports[0]].unacknowledged
    press(qtbot, window, Qt.Key.Key_F9)
    assert view.selected == ports[2] and not model.slots[ports[2]].unacknowledged
    press(qtbot, window, Qt.Key.Key_F9)  # wraps around
    assert view.selected == ports[0]
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert view.selected == ports[1]
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert view.selected == ports[0]
    assert view.scan_input.hasFocus()  # selecting never takes the scanner's field away

    press(qtbot, window, Qt.Key.Key_F8)  # clear the selected slot's result
    assert model.slots[ports[0]].result == Result.IDLE
    # Start/retry without a running station says why instead of doing nothing.
    press(qtbot, window, Qt.Key.Key_F6)
    assert view.scan_feedback.text() in ("The cloud cannot be used yet: see the red banner.",
                                         "That board is no longer plugged in.")

    # F4 folds and unfolds the detail panel.
    shown = view.details_shown
    press(qtbot, window, Qt.Key.Key_F4)
    assert view.details_shown != shown
    press(qtbot, window, Qt.Key.Key_F4)
    assert view.details_shown == shown


def test_every_key_is_shown_in_its_tooltip(window: MainWindow) -> None:
    view = window.operator
    for name, action in view.actions_by_name.items():
        assert action.shortcut().toString() == KEYS[name]
        assert f"({action.shortcut().toString()})" in action.toolTip()
    assert "(F5)" in view.start_all.toolTip() and "(F2)" in view.scan_input.toolTip()
    assert "(F4)" in view.details_button.toolTip()


def test_a_scanned_label_goes_to_the_selected_slot_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    model, view = window.model, window.operator
    for unit in (1, 2):
        port = f"/dev/ttyUSB{unit}"
        model.apply(UnitDetected(port=port, unit=unit))
        model.apply(Identified(port=port, unit=unit, serial=f"SN-{unit}", model="m", hw_revision="A",
                               fw_version="1", thing_name=f"t-{unit}"))
    qtbot.waitUntil(lambda: len(view.slots) == 2)
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)  # the second slot
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.keyClicks(view.scan_input, "SN-2")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    assert model.slots["/dev/ttyUSB2"].scan is not None
    assert model.slots["/dev/ttyUSB2"].scan.status == "match"


pytest.importorskip("ministack")


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[GuiHarness]:
    h = GuiHarness(qtbot, qloop, tmp_path, 2, faults={0: "silent"}, auto_start=False)
    yield h
    h.close()


@pytest.mark.cloud
@pytest.mark.timeout(120)
def test_start_and_retry_from_the_keyboard_on_a_real_demo(qtbot: QtBot, harness: GuiHarness) -> None:
    h = harness
    h.running()
    h.until(lambda: len(h.view.slots) == 2 and h.session.cloud_ok, 30, "two boards and the cloud check")
    h.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window)
    assert all(s.result == Result.IDLE for s in h.model.slots.values())
    h.view.scan_input.setFocus()
    qtbot.keyClick(h.view.scan_input, Qt.Key.Key_F5)  # start all
    h.until(lambda: h.model.passed + h.model.failed == 2, 60, "both units finished")
    silent = h.session.backend.fleet.boards[0].url
    qtbot.keyClick(h.view.scan_input, Qt.Key.Key_F9)  # the failed one
    assert h.view.selected == silent
    failed_before = h.model.failed
    qtbot.keyClick(h.view.scan_input, Qt.Key.Key_F6)  # retry it (it fails again: the board stays silent)
    h.until(lambda: h.model.failed == failed_before + 1, 60, "the retried unit to finish")
    qtbot.keyClick(h.view.scan_input, Qt.Key.Key_F8)  # clear it
    h.until(lambda: h.model.slots[silent].result == Result.IDLE, 10, "the cleared slot")


@pytest.mark.cloud
@pytest.mark.timeout(120)
def test_a_retry_pressed_as_the_failure_shows_is_not_lost(harness: GuiHarness) -> None:
    """Retry asked while the failed unit's run is still closing its board link (the moment its failure is shown)
    starts the unit again once that run has ended, instead of doing nothing."""
    h = harness
    h.running()
    h.until(lambda: len(h.view.slots) == 2 and h.session.cloud_ok, 30, "two boards and the cloud check")
    silent = h.session.backend.fleet.boards[0].url
    failures: list[UnitFailed] = []

    def on(event: object) -> None:
        if isinstance(event, UnitFailed):
            failures.append(event)
            if len(failures) == 1:
                h.view.retry(event.port)  # inside the failure's own event: the unit's task has not ended yet

    h.session.bus.subscribe(on)
    h.view.retry(silent)
    h.until(lambda: len(failures) == 2, 90, "the retried unit to fail again")
    assert failures[0].unit == failures[1].unit and failures[1].port == silent
