"""Kiosk: full screen from the profile or F11, and the saved geometry is the window's, not the full screen's."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.profile import load_profile
from tests.gui.harness import settings_at
from ui.app import create_app
from ui.main_window import MainWindow
from ui.session import Backend, StationSession, cloud_label

pytestmark = pytest.mark.gui


def never() -> Backend:
    raise AssertionError("these tests never start a station")


def make(qtbot: QtBot, ini: Path, *, kiosk: bool = False) -> MainWindow:
    create_app()
    profile = load_profile(None)
    profile = dataclasses.replace(profile, operator=dataclasses.replace(profile.operator, kiosk=kiosk))
    w = MainWindow(StationSession(never, profile, cloud_label(profile)), settings=settings_at(ini))
    qtbot.addWidget(w)
    return w


def test_the_profile_opens_the_window_full_screen(qtbot: QtBot, tmp_path: Path) -> None:
    w = make(qtbot, tmp_path / "s.ini", kiosk=True)
    w.show()
    qtbot.waitUntil(w.isFullScreen)


def test_f11_toggles_full_screen_and_the_normal_rectangle_is_what_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    w = make(qtbot, ini)
    w.resize(1111, 700)  # a size set before the first show: no maximizing
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w and w.width() == 1111)
    assert not w.isMaximized() and "(F11)" in w.full_screen_action.toolTip()
    qtbot.keyClick(w.operator.scan_input, Qt.Key.Key_F11)
    qtbot.waitUntil(w.isFullScreen)
    w.close()  # saved while full screen
    settings = settings_at(ini)
    rect = settings.value("window/rect")
    assert not isinstance(rect, QRect) or rect.width() != w.screen().geometry().width()
    assert str(settings.value("window/maximized")).lower() == "false"

    again = make(qtbot, ini)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    assert not again.isFullScreen()  # full screen comes from the profile or F11, never from a saved state
    qtbot.keyClick(again.operator.scan_input, Qt.Key.Key_F11)
    qtbot.waitUntil(again.isFullScreen)
    qtbot.keyClick(again.operator.scan_input, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not again.isFullScreen())
