"""The real window on a real demo (embedded cloud + virtual boards): results, faults, removal, scanner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station import __version__
from station.pipeline.states import UnitState
from tests.gui.harness import GuiHarness
from ui.operator.model import Result

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(120)]


@pytest.fixture
def harness_factory(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[type[GuiHarness]]:
    made: list[GuiHarness] = []

    def make(boards: int, **kw: object) -> GuiHarness:
        h = GuiHarness(qtbot, qloop, tmp_path, boards, **kw)  # type: ignore[arg-type]
        made.append(h)
        return h
    yield make  # type: ignore[misc]
    for h in made:
        h.close()


def test_four_boards_reach_all_passed_in_the_window(harness_factory) -> None:  # type: ignore[no-untyped-def]
    h = harness_factory(4)
    assert __version__ in h.window.windowTitle() and "demo" in h.window.windowTitle()
    h.running()
    h.until(lambda: h.model.passed == 4, 60, "4 units passed")
    h.until(lambda: h.view.passed.value.text() == "4" and len(h.view.slots) == 4
            and all(w.word.text() == "PASS" for w in h.view.slots.values()), 10, "the wall to show 4 PASS")
    assert len(h.view.slots) == 4
    for port, widget in h.view.slots.items():
        slot = h.model.slots[port]
        assert slot.result == Result.PASS and slot.thing_name and slot.certificate_id
        assert widget.word.text() == "PASS"  # a word, not only a colour
        assert widget.serial.text() == slot.serial
        assert widget.progress.value() == 1000
        assert widget.elapsed.text().count(":") == 1  # m:ss, frozen at the result
    assert h.view.passed.value.text() == "4" and h.view.failed.value.text() == "0"
    # 4 units within the first minute are no rate yet: "—" (the rule is in the tooltip; station.rate).
    assert h.view.rate.value.text() == "—" and "3 units" in h.view.rate.toolTip()

    # The detail panel of a clicked slot: timeline, cloud ids, log lines.
    port = next(iter(h.view.slots))
    h.view.select(port)
    slot = h.model.slots[port]
    h.until(lambda: h.view.detail.thing.text() == slot.thing_name, 10, "the detail panel to show the slot")
    assert h.view.detail.thing.text() == slot.thing_name
    assert h.view.detail.certificate.text() == slot.certificate_id
    steps = [h.view.detail.timeline.item(r, 0).text() for r in range(h.view.detail.timeline.rowCount())]
    assert any("cloud registration" in s for s in steps) and any("read-back" in s for s in steps)
    assert "PASSED" in h.view.detail.log.toPlainText()


def test_a_mixed_line_shows_each_slots_driver(harness_factory) -> None:  # type: ignore[no-untyped-def]
    h = harness_factory(3, nrf91=2)  # one reference board, two virtual nRF91 modems chosen by USB id and probe
    h.running()
    h.until(lambda: h.model.passed == 3, 90, "3 units passed")
    drivers = sorted(s.driver for s in h.model.slots.values())
    assert drivers == ["nrf91", "nrf91", "reference"]
    for port, widget in h.view.slots.items():
        slot = h.model.slots[port]
        h.until(lambda w=widget, s=slot: w.model.text().startswith(f"{s.driver}  ·  {s.model}"), 10,
                "the slot to name its driver")
        log = "\n".join(slot.log)
        assert f"driver {slot.driver}" in log
        if slot.driver == "nrf91":
            assert slot.thing_name == f"nrf-{slot.serial}" and "answered the nrf91 probe" in log


def test_fault_shows_step_cause_remedy_and_result_stays_until_removed(harness_factory) -> None:  # type: ignore[no-untyped-def]
    h = harness_factory(2, faults={0: "silent"})
    h.running()
    h.until(lambda: h.model.passed + h.model.failed == 2, 60, "both units finished")
    fleet = h.session.backend.fleet
    silent = fleet.boards[0]
    failed_port = silent.url
    h.until(lambda: failed_port in h.view.slots and h.view.slots[failed_port].word.text() == "FAIL"
            and h.view.failed.value.text() == "1" and h.view.passed.value.text() == "1", 10, "the wall to show FAIL")
    widget = h.view.slots[failed_port]
    slot = h.model.slots[failed_port]
    assert slot.result == Result.FAIL and slot.failure is not None
    assert slot.failure.step == UnitState.IDENTIFYING
    assert widget.word.text() == "FAIL"
    assert widget.step.text() == "Failed at identify"
    assert "no answer" in widget.cause.text() and widget.cause.isVisible()
    assert widget.remedy.text().startswith("Do this: Check that the board is powered")
    assert widget.retry.isVisible() and widget.clear.isVisible()
    assert h.view.failed.value.text() == "1" and h.view.passed.value.text() == "1"

    # The result stays: two ticks of the wall's clock later (each re-renders the wall) it is still there.
    for _ in range(2):
        with h.qtbot.waitSignal(h.view.tick.timeout, timeout=5000):
            pass
    assert h.model.slots[failed_port].result == Result.FAIL and widget.word.text() == "FAIL"

    # Board unplugged -> the slot says EMPTY, the failure text is gone.
    fleet.unplug(silent.identity.serial)
    h.until(lambda: h.model.slots[failed_port].result == Result.EMPTY, 15, "the slot to empty")
    h.until(lambda: widget.word.text() == "EMPTY", 10, "the wall to show EMPTY")
    assert widget.word.text() == "EMPTY" and not widget.cause.isVisible() and widget.serial.text() == "—"
    assert widget.clear.text() == "Remove"

    # The passed board's result stays until the operator clears it (display only, no re-run).
    passed_port = next(p for p in h.view.slots if p != failed_port)
    h.view.slots[passed_port].clear.click()
    h.until(lambda: h.view.slots[passed_port].word.text() == "IDLE", 10, "the cleared slot to show IDLE")
    assert h.model.slots[passed_port].result == Result.IDLE
    assert h.view.slots[passed_port].retry.text() == "Retry"
    # "Remove" on the empty slot takes it off the wall.
    widget.clear.click()
    h.until(lambda: failed_port not in h.view.slots, 10, "the empty slot to leave the wall")
    assert failed_port not in h.view.slots and list(h.view.slots) == [passed_port]


def test_scanned_labels_are_matched_and_a_mismatch_is_flagged(harness_factory) -> None:  # type: ignore[no-untyped-def]
    h = harness_factory(2, auto_start=False)
    h.running()
    h.until(lambda: len(h.model.slots) == 2, 20, "two boards detected")
    h.until(lambda: len(h.view.slots) == 2, 10, "two slots on the wall")
    first, second = h.model.order()
    fleet = h.session.backend.fleet
    right_serial = fleet.board_for_port(first).identity.serial
    assert all(s.result == Result.IDLE for s in h.model.slots.values())  # auto-start off: waiting

    # A keyboard-wedge scanner: fast keys and Enter into the focused scan field.
    h.view.scan_input.setFocus()
    h.qtbot.keyClicks(h.view.scan_input, right_serial.lower())  # Caps Lock off: case does not matter
    h.qtbot.keyClick(h.view.scan_input, Qt.Key.Key_Return)
    assert h.model.slots[first].scan is not None and h.view.scan_input.text() == ""
    assert "waiting for the board" in h.view.scan_feedback.text()

    h.view.select(second)  # the operator taps the second slot, then scans a wrong label
    h.view.scan("WRONG-LABEL-42")
    assert h.model.slots[second].scan.scanned == "WRONG-LABEL-42"

    h.view.start_all.click()
    h.until(lambda: h.model.passed == 2, 60, "both passed")
    h.until(lambda: h.view.slots[first].scan_note.text().startswith("✔ Label matches")
            and h.view.slots[second].mismatch.isVisible(), 10, "the wall to show the label checks")
    assert h.model.slots[first].scan.status == "match"
    assert h.view.slots[first].scan_note.text().startswith("✔ Label matches")
    assert not h.view.slots[first].mismatch.isVisible()
    mismatch = h.view.slots[second]
    assert h.model.slots[second].mismatch and mismatch.mismatch.isVisible()
    assert "LABEL MISMATCH" in mismatch.mismatch.text() and "WRONG-LABEL-42" in mismatch.mismatch.text()
    assert any("LABEL MISMATCH" in line for line in h.model.slots[second].log)
    # A later scan of the same serial matches the board that reports it (no slot selected, none free).
    outcome = h.model.scan(right_serial)
    assert outcome.slot is None and "every slot" in outcome.reason
