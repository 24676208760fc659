"""Board, device and cloud text is shown literally: no label, tooltip or table cell of the window renders markup."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from station.pipeline.events import Identified, Progress, StepFinished, StepStarted, UnitDetected
from station.pipeline.states import UnitState
from tests.gui.harness import GuiHarness
from ui.operator.model import Result

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(120)]

#: What a hostile board reports as its firmware version: rendered, it paints a huge green PASS.
RICH = "<b><font color=green size=7>PASS"
#: What a hostile device reports as its job step (statusDetails reach the window as progress notes).
RICH_NOTE = "firmware 2.0.0: <h1 style='color:green'>READY</h1>"
RICH_PORT = "virtual://rich-text-board"


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[GuiHarness]:
    h = GuiHarness(qtbot, qloop, tmp_path, 1, auto_start=False)
    yield h
    h.close()


def _tooltips(root: QWidget) -> list[tuple[str, str]]:
    """Every tooltip in the window: of each widget and of each table cell."""
    tips = [(type(w).__name__, w.toolTip()) for w in root.findChildren(QWidget)]
    for table in root.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    tips.append((f"{type(table).__name__} cell {r},{c}", item.toolTip()))
    return tips


def _cells(root: QWidget) -> list[str]:
    return [item.text() for table in root.findChildren(QTableWidget)
            for r in range(table.rowCount()) for c in range(table.columnCount())
            if (item := table.item(r, c)) is not None]


def assert_all_literal(root: QWidget) -> None:
    rich_labels = [(label.objectName() or type(label.parent()).__name__, label.text())
                   for label in root.findChildren(QLabel) if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich_labels == [], "labels that may render markup"
    # Qt renders a tooltip as rich text when it looks like markup: the board's text must arrive escaped.
    raw = [(who, tip) for who, tip in _tooltips(root) if "<b>" in tip or "<h1" in tip or "<font" in tip]
    assert raw == [], "tooltips carrying the board's markup unescaped"


def test_markup_from_a_board_and_a_device_is_shown_literally(harness: GuiHarness) -> None:
    h = harness
    h.running()
    fleet = h.session.backend.fleet
    assert fleet is not None
    board = fleet.boards[0]
    port = board.url
    assert port is not None
    h.until(lambda: port in h.view.slots, 30, "the board's slot")
    # The real virtual board reports the markup as its firmware version when identified.
    board.identity = dataclasses.replace(board.identity, fw_version=RICH)
    h.view.start_all.click()
    h.until(lambda: h.model.slots[port].result == Result.FAIL, 60, "the unit refused at identifying")
    slot = h.model.slots[port]
    assert slot.failure is not None and slot.failure.step == UnitState.IDENTIFYING
    assert "firmware version" in slot.failure.cause and RICH in slot.failure.cause
    widget = h.view.slots[port]
    h.until(lambda: RICH in widget.cause.text(), 10, "the cause on the slot")
    h.view.select(port)
    h.until(lambda: any(RICH in line for line in h.view.detail.log.toPlainText().splitlines()), 10, "the log")

    # A unit whose device reports markup in its job status, and whose identity event carries markup:
    # the same events the pipeline emits, through the window's real bus, bridge and model.
    bus = h.session.bus
    bus.emit(UnitDetected(port=RICH_PORT, unit=99))
    bus.emit(StepStarted(port=RICH_PORT, unit=99, step=UnitState.IDENTIFYING))
    bus.emit(Identified(port=RICH_PORT, unit=99, serial=f"SN-{RICH}", model=f"m{RICH}", hw_revision=RICH,
                        fw_version=RICH, thing_name=f"thing-{RICH}"))
    bus.emit(StepFinished(port=RICH_PORT, unit=99, step=UnitState.IDENTIFYING, seconds=0.1, detail=RICH))
    bus.emit(StepStarted(port=RICH_PORT, unit=99, step=UnitState.CONNECTING))
    bus.emit(Progress(port=RICH_PORT, unit=99, step=UnitState.CONNECTING, done=1, total=2, note=RICH_NOTE))
    h.until(lambda: RICH_PORT in h.view.slots and RICH_NOTE in h.view.slots[RICH_PORT].cause.text(), 10,
            "the job note on the slot")
    h.view.select(RICH_PORT)
    rich = h.view.slots[RICH_PORT]
    h.until(lambda: rich.serial.text() == f"SN-{RICH}" and RICH in rich.model.text(), 10, "the identity shown")
    h.until(lambda: any(RICH_NOTE in line for line in h.view.detail.log.toPlainText().splitlines()), 10,
            "the job note in the log")

    h.until(lambda: RICH in _cells(h.view.detail), 10, "the step detail in the timeline")

    assert_all_literal(h.window)
    shown = [label.text() for label in h.window.findChildren(QLabel)] + _cells(h.window)
    assert any(RICH in text for text in shown) and any(RICH_NOTE in text for text in shown)
    # The cell's tooltip repeats the text, escaped (it is shown as text, not as a green PASS).
    assert any("&lt;b&gt;&lt;font color=green size=7&gt;PASS" in tip for _, tip in _tooltips(h.view.detail))
