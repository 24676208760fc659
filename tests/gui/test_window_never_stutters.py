"""Work kept off the GUI thread's frame: records on their writer thread, the wall drawn a few slots per turn at
stable heights, no application-wide event filter for the operator, hot-plug polling on a thread of its own.
Structure only, never timings (the figures are bench/gui_lag.py's)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.board.discovery import HotplugWatcher
from station.domain import PortInfo
from station.pipeline.events import Progress, StepStarted, UnitDetected, UnitPassed, Waiting
from station.pipeline.states import UnitState
from station.profile import load_profile
from station.records import RecordStore
from tests.gui.harness import GuiHarness
from ui.app import create_app
from ui.main_window import RoleBar
from ui.operator.model import Result, SlotModel, WallModel
from ui.operator.slot import SlotWidget
from ui.operator.view import CREATES_PER_FLUSH, SLOTS_PER_FLUSH, OperatorView
from ui.roles import Role
from ui.style import RESULT_COLOURS

pytestmark = pytest.mark.gui


def test_the_records_of_a_window_run_are_never_written_on_the_gui_thread(
        qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))
    writes: list[tuple[int, Path]] = []
    real_write = RecordStore._write

    @contextmanager
    def watched(self: RecordStore) -> Iterator[Any]:
        writes.append((threading.get_ident(), self.path))
        with real_write(self) as conn:
            yield conn
    monkeypatch.setattr(RecordStore, "_write", watched)

    h = GuiHarness(qtbot, qloop, tmp_path, 2, until="registered")
    try:
        h.running()
        h.until(lambda: len(h.model.slots) == 2 and all(s.result == Result.PASS for s in h.model.slots.values()),
                60, "both units to pass")
    finally:
        h.close()  # the writer commits what is queued, then closes the attempts

    records = tmp_path / "home" / "data" / "records.sqlite"
    gui = threading.get_ident()
    unit_writes = [thread for thread, path in writes if path == records]
    assert unit_writes, "the run wrote no records"
    assert gui not in unit_writes
    with RecordStore(records) as store:
        assert sorted(r.outcome.value for r in store.query()) == ["passed", "passed"]


def test_a_burst_for_64_slots_is_drawn_a_few_slots_per_turn_and_nothing_is_lost(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    create_app()
    turns: list[list[int]] = []  # per flush: [slot widgets created, slots drawn]
    real_init, real_show, real_flush = SlotWidget.__init__, SlotWidget.show_model, OperatorView.flush

    def init(self: SlotWidget, *args: Any, **kwargs: Any) -> None:
        if turns:
            turns[-1][0] += 1
        real_init(self, *args, **kwargs)

    def show(self: SlotWidget, slot: SlotModel, now: float) -> None:
        if turns:
            turns[-1][1] += 1
        real_show(self, slot, now)

    def flush(self: OperatorView) -> None:
        turns.append([0, 0])
        real_flush(self)
    monkeypatch.setattr(SlotWidget, "__init__", init)
    monkeypatch.setattr(SlotWidget, "show_model", show)
    monkeypatch.setattr(OperatorView, "flush", flush)

    model = WallModel()
    view = OperatorView(model)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    ports = [f"/dev/ttyUSB{i}" for i in range(64)]
    for unit, port in enumerate(ports, start=1):  # 64 boards plugged at once
        model.apply(UnitDetected(port=port, unit=unit))
        model.apply(StepStarted(port=port, unit=unit, step=UnitState.WRITING))
    qtbot.waitUntil(lambda: len(view.slots) == 64 and all(
        w.step.text() == model.slots[p].step_words for p, w in view.slots.items()), timeout=30_000)
    for step in range(1, 51):  # then 3200 progress events in one go
        for unit, port in enumerate(ports, start=1):
            model.apply(Progress(port=port, unit=unit, step=UnitState.WRITING, done=step, total=50))
    expected = round(model.slots[ports[0]].progress * 1000)
    qtbot.waitUntil(lambda: all(w.progress.value() == expected for w in view.slots.values()), timeout=30_000)

    assert max(created for created, _ in turns) <= CREATES_PER_FLUSH
    assert max(drawn for _, drawn in turns) <= SLOTS_PER_FLUSH
    assert sum(drawn for _, drawn in turns) <= 64 * 4  # the 3200 events were coalesced, not drawn one by one


def test_a_slot_keeps_its_height_through_its_ordinary_states(qtbot: QtBot) -> None:
    create_app()
    widget = SlotWidget("/dev/ttyUSB0")
    qtbot.addWidget(widget)
    widget.show()
    model = WallModel(follows_jobs=True)
    port = "/dev/ttyUSB0"
    heights = []
    for event in (UnitDetected(port=port, unit=1),
                  StepStarted(port=port, unit=1, step=UnitState.REGISTERING),
                  Waiting(port=port, unit=1, step=UnitState.REGISTERING, reason="waiting for AWS: throttled",
                          retry_in=1.0, attempt=1),
                  StepStarted(port=port, unit=1, step=UnitState.UPDATING),
                  Progress(port=port, unit=1, step=UnitState.UPDATING, done=1, total=2, note="download"),
                  UnitPassed(port=port, unit=1, serial="SN-1", thing_name="t", certificate_id="c" * 64,
                             group="g", seconds=3.0, round_trips=2, ready=True)):
        model.apply(event)
        widget.show_model(model.slots[port], time.time())
        QApplication.processEvents()
        heights.append(widget.height())
    assert model.slots[port].result == Result.READY and widget.retry.isVisible()
    assert len(set(heights)) == 1, heights  # so the wall never re-lays out 64 slots for a slot that waits


def test_a_banner_takes_its_colour_from_the_application_style_not_a_style_sheet_of_its_own(qtbot: QtBot) -> None:
    create_app()
    widget = SlotWidget("/dev/ttyUSB0")
    qtbot.addWidget(widget)
    widget.resize(330, 400)
    widget.show()
    slot = SlotModel(port="/dev/ttyUSB0", unit=1, state=UnitState.PASSED, ready=True)
    widget.show_model(slot, time.time())
    QApplication.processEvents()
    assert widget.banner.styleSheet() == "" and widget.banner.property("result") == "ready"
    banner = widget.banner.grab().toImage()
    # Right of the word, inside the banner's margin: only the banner's own background is painted there.
    assert banner.pixelColor(banner.width() - 6, banner.height() // 2).name() == RESULT_COLOURS[Result.READY]


def test_the_role_bar_watches_every_qt_event_only_while_a_role_is_unlocked(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    create_app()
    seen = [0]
    real_filter = RoleBar.eventFilter

    def counting(self: RoleBar, watched: Any, event: Any) -> bool:
        seen[0] += 1
        return real_filter(self, watched, event)
    monkeypatch.setattr(RoleBar, "eventFilter", counting)
    bar = RoleBar(load_profile(None))  # the demo profile: QA PIN 0000
    qtbot.addWidget(bar)
    bar.show()

    def events_seen() -> int:
        before = seen[0]
        bar.message.setText(f"tick {time.monotonic()}")  # some ordinary Qt work: a repaint
        bar.repaint()
        QApplication.processEvents()
        return seen[0] - before

    assert events_seen() == 0  # the operator's wall: no Python call for every Qt event
    assert bar.unlock(Role.QA, "0000")
    assert events_seen() > 0  # unlocked: any input keeps the role, so every event is looked at
    bar.lock()
    assert events_seen() == 0


class SlowProvider:
    name = "slow"

    def list_ports(self) -> list[PortInfo]:
        return [PortInfo(url="/dev/ttyUSB9", description="board", hwid="", provider=self.name)]


def test_hot_plug_polling_does_not_wait_for_a_busy_default_executor() -> None:
    async def main() -> list[str]:
        loop = asyncio.get_running_loop()
        busy = ThreadPoolExecutor(max_workers=1)
        loop.set_default_executor(busy)
        release = threading.Event()
        blocker = loop.run_in_executor(None, release.wait)  # e.g. a job-catalog read that takes its time
        watcher = HotplugWatcher([SlowProvider()])
        try:
            events = await asyncio.wait_for(watcher.poll_once(), 30)  # a guard against a hang, not a timing
            return [e.port.url for e in events]
        finally:
            release.set()
            await blocker
            watcher.close()

    # A loop of its own on a thread of its own: this module's qasync loop counts as running on this one.
    with ThreadPoolExecutor(max_workers=1) as runner:
        assert runner.submit(asyncio.run, main()).result() == ["/dev/ttyUSB9"]
