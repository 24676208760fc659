"""Window without a cloud: saved geometry, role unlock, wall reflow and coalesced repaints under load."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station import __version__
from station.pins import hash_pin
from station.pipeline.events import PortIgnored, Progress, StepStarted, UnitDetected
from station.pipeline.states import UnitState
from station.profile import RolesSettings, load_profile
from tests.gui.harness import settings_at
from ui.app import create_app
from ui.main_window import MainWindow
from ui.roles import Role
from ui.session import Backend, StationSession, cloud_label

pytestmark = pytest.mark.gui


def never() -> Backend:
    raise AssertionError("these tests never start a station")


@pytest.fixture
def session() -> StationSession:
    profile = load_profile(None)
    return StationSession(never, profile, cloud_label(profile))


def window(qtbot: QtBot, session: StationSession, settings_file: Path) -> MainWindow:
    create_app()
    w = MainWindow(session, settings=settings_at(settings_file))
    qtbot.addWidget(w)
    return w


def test_window_geometry_and_split_are_saved_and_restored(qtbot: QtBot, session: StationSession,
                                                          tmp_path: Path) -> None:
    ini = tmp_path / "station.ini"
    first = window(qtbot, session, ini)
    assert first.windowTitle() == f"Provisioning station {__version__} — embedded local cloud"
    first.show()
    qtbot.waitUntil(first.isMaximized)  # the first start on a PC (nothing saved) opens maximized
    first.showNormal()
    first.resize(1111, 777)
    first.operator.splitter.setSizes([600, 480])
    qtbot.waitUntil(lambda: first.size().width() == 1111)
    sizes = first.operator.splitter.sizes()
    first.close()
    assert ini.exists() and "rect" in ini.read_text()

    second = window(qtbot, session, ini)
    second.show()
    qtbot.waitUntil(lambda: second.size().width() == 1111)
    assert (second.width(), second.height()) == (1111, 777) and not second.isMaximized()
    assert second.operator.splitter.sizes() == sizes


def test_qa_and_engineer_need_a_pin_and_dangerous_actions_stay_disabled(qtbot: QtBot, session: StationSession,
                                                                         tmp_path: Path) -> None:
    # The line's profile holds only PIN hashes: QA 0000 as in the demo, the engineer a PIN of its own.
    session.profile = dataclasses.replace(session.profile, roles=RolesSettings(
        qa_pin=session.profile.roles.qa_pin, engineer_pin=hash_pin("4711")))
    w = window(qtbot, session, tmp_path / "s.ini")
    assert not w.tabs.isTabEnabled(w.tabs.indexOf(w.qa)) and not w.tabs.isTabEnabled(w.tabs.indexOf(w.engineer))
    assert not w.roles.unlock(Role.QA, "1234") and w.roles.message.text() == "wrong PIN"
    assert w.roles.unlock(Role.QA, "0000")
    assert w.tabs.isTabEnabled(w.tabs.indexOf(w.qa)) and not w.tabs.isTabEnabled(w.tabs.indexOf(w.engineer))
    # Wired to the jobs API: enabled for QA (and only while QA is unlocked, see below).
    assert w.qa.commands.enabled("update") and w.qa.forced.isEnabled()
    fired: list[str] = []
    w.qa.commands.wire("update", lambda: fired.append("update"))
    assert w.qa.commands.enabled("update")
    w.tabs.setCurrentWidget(w.qa)
    assert not w.roles.unlock(Role.ENGINEER, "0000")  # the profile's engineer hash is not of the demo PIN
    w.roles.lock()
    assert w.tabs.currentWidget() is w.operator and not w.qa.commands.enabled("update") and not w.qa.forced.isEnabled()
    w.qa.commands.actions["update"].button.click()
    assert fired == []
    assert w.roles.unlock(Role.ENGINEER, "4711")
    assert w.tabs.isTabEnabled(w.tabs.indexOf(w.engineer)) and w.tabs.isTabEnabled(w.tabs.indexOf(w.qa))


def test_a_role_without_a_pin_in_the_profile_stays_locked(qtbot: QtBot, session: StationSession,
                                                          tmp_path: Path) -> None:
    session.profile = dataclasses.replace(session.profile, roles=RolesSettings())
    w = window(qtbot, session, tmp_path / "s.ini")
    assert not w.roles.unlock(Role.QA, "0000")
    assert "no QA PIN" in w.roles.message.text() and not w.tabs.isTabEnabled(w.tabs.indexOf(w.qa))


def test_wall_reflows_and_repaints_are_coalesced_for_64_busy_slots(qtbot: QtBot, session: StationSession,
                                                                    tmp_path: Path) -> None:
    w = window(qtbot, session, tmp_path / "s.ini")
    w.resize(1900, 1000)  # a size set before the first show wins over opening maximized
    w.show()
    model, view = w.model, w.operator
    ports = [f"/dev/ttyUSB{i}" for i in range(64)]
    for unit, port in enumerate(ports, start=1):
        model.apply(UnitDetected(port=port, unit=unit))
        model.apply(StepStarted(port=port, unit=unit, step=UnitState.WRITING))
    # The wall adds a few slots per loop turn: on a loaded CI machine 64 of them take seconds.
    qtbot.waitUntil(lambda: len(view.slots) == 64, timeout=60_000)
    assert view.wall.columns >= 3
    wide = view.wall.grid.tile_w  # tiles size themselves to the wall: all 64 in view

    renders = 0
    original = type(view.slots[ports[0]]).show_model

    def counting(self, slot, now):  # type: ignore[no-untyped-def]
        nonlocal renders
        renders += 1
        original(self, slot, now)
    type(view.slots[ports[0]]).show_model = counting  # type: ignore[method-assign]
    try:
        for step in range(50):  # 3200 progress events, as fast as the bridge can deliver them
            for unit, port in enumerate(ports, start=1):
                model.apply(Progress(port=port, unit=unit, step=UnitState.WRITING, done=step, total=50, note="cert"))
        qtbot.waitUntil(lambda: view.slots[ports[-1]].progress.value() > 0, timeout=60_000)
    finally:
        type(view.slots[ports[0]]).show_model = original  # type: ignore[method-assign]
    # Behaviour, not time: the events are applied to the model and drawn once per slot per flush.
    assert renders <= 64 * 3, f"{renders} renders for 3200 events: repaints are not coalesced"

    w.resize(800, 1000)
    qtbot.waitUntil(lambda: view.wall.grid is not None and view.wall.grid.tile_w < wide, timeout=60_000)


def test_headless_cli_goes_through_the_entry_point_without_loading_qt() -> None:
    code = ("import sys\nfrom ui.entry import main\ntry:\n    main(['--version'])\nexcept SystemExit as e:\n"
            "    assert e.code == 0\nassert 'PySide6' not in sys.modules and 'qasync' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_app_setup_reuses_the_application(qapp: QApplication) -> None:
    assert create_app() is qapp and qapp.applicationName() == "Station"


def test_ports_no_driver_took_are_named_with_their_reason_until_they_go(qtbot: QtBot, session: StationSession,
                                                                       tmp_path: Path) -> None:
    w = window(qtbot, session, tmp_path / "s.ini")
    w.show()
    model, view = w.model, w.operator
    assert view.ignored_note.isHidden()
    reason = "USB id 1366:1015 is claimed by nrf91, but no such board answered"
    for port in ("/dev/ttyACM1", "/dev/ttyACM2"):
        model.apply(PortIgnored(port=port, unit=0, reason=reason))
    qtbot.waitUntil(lambda: view.ignored_note.isVisible(), timeout=10_000)
    assert "2 port(s) without a board driver" in view.ignored_note.text()
    assert "ttyACM1" in view.ignored_note.text() and "re-plug" in view.ignored_note.text()
    assert f"/dev/ttyACM2: {reason}" in view.ignored_note.toolTip()
    assert not view.slots  # an ignored port never takes a place on the wall
    for port in ("/dev/ttyACM1", "/dev/ttyACM2"):
        model.apply(PortIgnored(port=port, unit=0, present=False))
    qtbot.waitUntil(lambda: view.ignored_note.isHidden(), timeout=10_000)
