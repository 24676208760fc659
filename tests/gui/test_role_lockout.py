"""The window's roles hold: wrong PINs lock out with a growing wait and are audited, an idle role locks again,
and a label mismatch lands in the unit's record. Time is a fake clock the test moves; nothing sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.lockout import LockoutPolicy
from station.profile import default_profile_text, load_profile, parse_profile
from station.records import RecordStore
from station.records.anchor import AuditAnchor
from tests.gui.harness import GuiHarness, settings_at
from ui.app import create_app
from ui.audit import AuditTrail
from ui.main_window import MainWindow
from ui.roles import Role
from ui.session import Backend, StationSession, cloud_label

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def never() -> Backend:
    raise AssertionError("these tests never start a station")


@pytest.fixture
def made(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, FakeClock, Path]]:
    create_app()
    profile = load_profile(None)  # the demo profile: QA and engineer PIN 0000
    clock = FakeClock()
    db = tmp_path / "records.sqlite"
    w = MainWindow(StationSession(never, profile, cloud_label(profile)), settings=settings_at(tmp_path / "s.ini"),
                   audit=AuditTrail(db), lockout=LockoutPolicy(idle_relock=120.0), clock=clock, role_tick_ms=10)
    qtbot.addWidget(w)
    yield w, clock, db


def unlocks(db: Path) -> list[tuple[str, str, str]]:
    if not db.exists():
        return []
    with RecordStore(db) as store:
        return [(e.action, e.role, e.outcome) for e in store.audit_entries() if e.action in ("unlock", "lock")]


def test_wrong_pins_lock_the_window_out_longer_each_time_and_every_attempt_is_audited(
        qtbot: QtBot, made: tuple[MainWindow, FakeClock, Path]) -> None:
    w, clock, db = made
    bar = w.roles
    for _ in range(2):  # a typo or two is free
        assert not bar.unlock(Role.QA, "1234") and bar.message.text() == "wrong PIN"
        assert bar.unlock_button.isEnabled()
    assert not bar.unlock(Role.ENGINEER, "4321")
    assert bar.message.text() == "wrong PIN: locked for 30 s" and not bar.unlock_button.isEnabled()
    # While locked out even the right PIN is refused, without being checked.
    clock.advance(29)
    assert not bar.unlock(Role.QA, "0000") and bar.message.text() == "too many wrong PINs: try again in 1 s"
    assert bar.role == Role.OPERATOR and not w.tabs.isTabEnabled(w.tabs.indexOf(w.qa))
    clock.advance(1)
    qtbot.waitUntil(bar.unlock_button.isEnabled)  # the bar's timer sees the lockout end
    assert not bar.unlock(Role.QA, "1111") and bar.message.text() == "wrong PIN: locked for 1 min"  # doubled
    clock.advance(60)
    assert bar.unlock(Role.QA, " 0000\n") and w.tabs.isTabEnabled(w.tabs.indexOf(w.qa))
    bar.lock()
    assert not bar.unlock(Role.QA, "2222") and bar.message.text() == "wrong PIN"  # a right PIN starts afresh
    qtbot.waitUntil(lambda: len(unlocks(db)) == 6)
    assert unlocks(db) == [("unlock", "qa", "wrong PIN"), ("unlock", "qa", "wrong PIN"),
                           ("unlock", "engineer", "wrong PIN"), ("unlock", "qa", "locked out"),
                           ("unlock", "qa", "wrong PIN"), ("unlock", "qa", "wrong PIN")]
    with RecordStore(db) as store:
        assert store.audit_chain().ok


def test_a_reopened_window_keeps_the_lockout_of_the_last_one(qtbot: QtBot, tmp_path: Path) -> None:
    create_app()
    db = tmp_path / "records.sqlite"
    with RecordStore(db) as store:  # the last window got three wrong PINs, the last one just now
        for _ in range(3):
            store.audit(who="someone", role="qa", action="unlock", target="qa", parameters={"via": "window"},
                        outcome="wrong PIN")
    profile = load_profile(None)
    clock = FakeClock()
    w = MainWindow(StationSession(never, profile, cloud_label(profile)), settings=settings_at(tmp_path / "s.ini"),
                   audit=AuditTrail(db), clock=clock, role_tick_ms=10)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.roles.unlock_button.isEnabled())
    assert w.roles.message.text().startswith("too many wrong PINs: try again in ")
    assert not w.roles.unlock(Role.QA, "0000") and w.roles.role == Role.OPERATOR
    clock.advance(31)
    assert w.roles.unlock(Role.QA, "0000")


def test_an_unlocked_role_locks_again_after_idle_time_but_not_while_used(
        qtbot: QtBot, made: tuple[MainWindow, FakeClock, Path]) -> None:
    w, clock, db = made
    assert LockoutPolicy().idle_relock == 300.0  # the default: five minutes
    assert w.roles.unlock(Role.ENGINEER, "0000")
    w.tabs.setCurrentWidget(w.engineer)
    clock.advance(100)
    qtbot.keyClick(w.qa.who, Qt.Key.Key_A)  # someone is working: the idle time starts again
    clock.advance(100)
    w.roles.tick()
    assert w.roles.role == Role.ENGINEER and w.tabs.currentWidget() is w.engineer
    clock.advance(21)
    qtbot.waitUntil(lambda: w.roles.role == Role.OPERATOR)
    assert not w.tabs.isTabEnabled(w.tabs.indexOf(w.qa)) and not w.tabs.isTabEnabled(w.tabs.indexOf(w.engineer))
    assert w.tabs.currentWidget() is w.operator
    assert w.roles.message.text() == "Engineer locked after 2 min without input"
    qtbot.waitUntil(lambda: len(unlocks(db)) == 1)
    assert unlocks(db) == [("lock", "engineer", "locked: idle")]


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[GuiHarness]:
    # The demo profile with records going to S3: the window anchors its audit entries there.
    profile = parse_profile(default_profile_text() + '\n[records]\ns3_prefix = "records/"\n', source="<test>")
    h = GuiHarness(qtbot, qloop, tmp_path, 1, auto_start=False, profile=profile)
    yield h
    h.close()


def test_a_label_mismatch_is_written_to_the_units_record(harness: GuiHarness, station_home: Path) -> None:
    h = harness
    h.running()
    h.until(lambda: len(h.model.slots) == 1, 20, "the board detected")
    [port] = h.model.order()
    serial = h.session.backend.fleet.board_for_port(port).identity.serial
    h.view.scan("WRONG-LABEL-42")
    h.view.start_all.click()
    h.until(lambda: h.model.passed == 1, 60, "the unit passed")
    h.until(lambda: any(s.step == "label-check" for r in records(serial) for s in r.steps), 10, "the record")
    [record] = records(serial)
    [check] = [s for s in record.steps if s.step == "label-check"]
    assert check.detail == f"MISMATCH: the label says 'WRONG-LABEL-42', the board reports '{serial}'"
    assert h.model.slots[port].mismatch  # and it is still shown


def test_the_windows_audit_entries_are_anchored_in_s3(harness: GuiHarness) -> None:
    h = harness
    h.running()
    backend = h.session.backend
    anchor = AuditAnchor.for_profile(backend.cloud, backend.profile)
    assert anchor is not None and anchor.anchors() == []
    assert not h.window.roles.unlock(Role.QA, "9999")  # a refused unlock: an audit entry
    h.until(lambda: bool(anchor.anchors()), 20, "the chain's head in S3")
    with RecordStore() as store:
        assert [(a.entry_id, a.link) for a in anchor.anchors()] == [store.audit_head()]


def records(serial: str) -> list:  # type: ignore[type-arg]
    with RecordStore() as store:
        return store.by_serial(serial)
