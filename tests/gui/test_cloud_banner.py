"""The window's cloud check: indicator, banner with the remedy, no unit started until the check passes again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.cloud.adapter import IotCloud
from station.cloud.check import CheckResult, Status, quick_check
from station.pipeline.states import UnitState
from station.profile import load_profile
from tests.gui.harness import GuiHarness, settings_at
from ui.app import create_app
from ui.main_window import MainWindow
from ui.roles import Role
from ui.session import SessionOptions, StationSession, cloud_label, demo_backend

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(120)]

EXPIRED = CheckResult("credentials", Status.PROBLEM, "the AWS SSO session of AWS profile 'line-pc' has expired",
                      "Run `aws sso login --profile line-pc`, then check again.", blocking=True,
                      short="credentials expired")


class SwitchableCheck:
    """The quick check, failing with expired credentials until ``healthy`` is set; counts its runs."""

    def __init__(self) -> None:
        self.healthy = threading.Event()
        self.runs = 0

    def __call__(self, cloud: IotCloud, embedded: bool) -> list[CheckResult]:
        self.runs += 1
        if not self.healthy.is_set():
            return [CheckResult("region", Status.OK, "us-east-1", value="us-east-1"), EXPIRED]
        return quick_check(cloud, embedded=embedded)


class CheckedHarness(GuiHarness):
    """GuiHarness whose session runs the given cloud check every ``interval`` seconds."""

    def __init__(self, qtbot: QtBot, loop: qasync.QEventLoop, tmp_path: Path, boards: int,
                 check: SwitchableCheck, interval: float) -> None:
        create_app()
        self.qtbot, self.loop = qtbot, loop
        self.profile = load_profile(None)
        profile = self.profile
        self.session = StationSession(
            lambda: demo_backend(boards, profile=profile, state_dir=tmp_path / "cloud"), profile,
            cloud_label(profile, demo_boards=boards),
            SessionOptions(until="registered", auto_start=True, poll_interval=0.1, recheck_interval=interval,
                           cloud_check=check))
        self.window = MainWindow(self.session, settings=settings_at(tmp_path / "station.ini"))
        self.window.resize(1400, 900)
        self.window.show()
        self.runner = loop.create_task(self.session.run())


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[tuple[CheckedHarness, SwitchableCheck]]:
    check = SwitchableCheck()
    h = CheckedHarness(qtbot, qloop, tmp_path, 2, check, interval=1.0)
    yield h, check
    h.close()


def test_failed_check_shows_the_banner_and_starts_no_unit(harness) -> None:  # type: ignore[no-untyped-def]
    h, check = harness
    view = h.view
    h.running()
    h.until(lambda: view.cloud_banner.isVisible(), 30, "the cloud banner")
    assert view.cloud_indicator.text() == "embedded demo · credentials expired"
    banner = view.cloud_banner_text.text()
    assert "No unit starts" in banner and "has expired" in banner
    assert "Do this: Run `aws sso login --profile line-pc`" in banner
    assert view.cloud_banner_text.textFormat() == Qt.TextFormat.PlainText
    assert not view.start_all.isEnabled()

    # Both virtual boards are detected, and neither is started.
    station = h.session.station
    assert station is not None
    h.until(lambda: len(station.units) == 2, 30, "both boards detected")
    assert all(unit.state == UnitState.CONNECTED for unit in station.units.values())
    h.session.start_all()  # refused while the check fails
    view.retry(next(iter(station.units)))
    assert all(unit.state == UnitState.CONNECTED for unit in station.units.values())
    assert "red banner" in view.scan_feedback.text()

    # "Check again" runs the check (still failing); the banner stays.
    runs = check.runs
    h.qtbot.mouseClick(view.check_again, Qt.MouseButton.LeftButton)
    h.until(lambda: check.runs > runs and view.check_again.isEnabled(), 10, "the re-check")
    assert view.cloud_banner.isVisible()
    assert all(unit.state == UnitState.CONNECTED for unit in station.units.values())

    # The login is renewed: the periodic re-check clears the banner and the waiting boards start.
    check.healthy.set()
    h.until(lambda: not view.cloud_banner.isVisible(), 30, "the banner to clear by itself")
    assert view.cloud_indicator.text() == "embedded demo · ok"
    assert view.start_all.isEnabled()
    h.until(lambda: h.model.passed == 2, 60, "both units passed")


def test_indicator_and_the_engineer_full_check(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    check = SwitchableCheck()
    check.healthy.set()
    h = CheckedHarness(qtbot, qloop, tmp_path, 1, check, interval=600.0)
    try:
        h.running()
        h.until(lambda: h.session.health is not None, 30, "the first check")
        assert h.view.cloud_indicator.text() == "embedded demo · ok"
        assert not h.view.cloud_banner.isVisible()
        engineer = h.window.engineer
        assert engineer.check_report.textFormat() == Qt.TextFormat.PlainText
        assert h.window.roles.unlock(Role.ENGINEER, "0000")  # the demo profile's engineer PIN
        h.window.tabs.setCurrentWidget(engineer)
        assert engineer.check_button.isEnabled()
        h.qtbot.mouseClick(engineer.check_button, Qt.MouseButton.LeftButton)
        h.until(lambda: engineer.check_report.text() != "", 60, "the full check")
        report = engineer.check_report.text()
        assert "ok: account: 000000000000" in report
        assert "ok: thing group sensor-a: exists" in report
        assert "not checked: endpoint 443 ALPN: embedded cloud: not applicable" in report
        assert engineer.cloud_status.text().startswith("✔ ready")
    finally:
        h.close()
