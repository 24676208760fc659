"""What a tile says besides its result: the label's status line; events of kinds the wall does not know."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.pipeline.events import Event, LabelStatus, StepStarted, UnitDetected, UnitPassed
from station.pipeline.states import UnitState
from station.profile import OperatorSettings
from ui.app import create_app
from ui.operator.model import WallModel
from ui.operator.tiling import Density
from ui.operator.view import OperatorView

pytestmark = pytest.mark.gui
PORT = "/dev/ttyUSB0"


@dataclass(frozen=True, kw_only=True)
class FromTheFuture(Event):
    """An event kind a newer core (or a plug-in) might emit."""

    payload: str = "?"
    kind: str = "future"


def test_the_tile_says_where_the_label_is(qtbot: QtBot) -> None:
    create_app()
    model = WallModel()
    view = OperatorView(model, settings=OperatorSettings(sounds=False))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    model.apply(UnitDetected(port=PORT, unit=1))
    model.apply(StepStarted(port=PORT, unit=1, step=UnitState.REGISTERING))
    model.apply(UnitPassed(port=PORT, unit=1, serial="SN-1", thing_name="t", certificate_id="c", group="g",
                           seconds=1.0, round_trips=1))
    qtbot.waitUntil(lambda: PORT in view.slots and view.slots[PORT].word.text() == "PASS")
    tile = view.slots[PORT]
    assert tile.density >= Density.MEDIUM and tile.label_note.isHidden()  # no label news yet: no line
    model.apply(LabelStatus(port=PORT, unit=1, state="queued", serial="SN-1", detail="printer offline"))
    qtbot.waitUntil(lambda: tile.label_note.text() == "Label queued (printer offline)")
    assert tile.label_note.isVisible() and tile.word.text() == "PASS"  # never a unit failure
    assert "Label queued (printer offline)" in tile.toolTip()
    model.apply(LabelStatus(port=PORT, unit=1, state="printed", serial="SN-1"))
    qtbot.waitUntil(lambda: tile.label_note.text() == "Label printed")
    assert any("label printed" in line for line in model.slots[PORT].log)


def test_an_unknown_event_kind_changes_nothing() -> None:
    model = WallModel()
    changes: list[str | None] = []
    model.apply(UnitDetected(port=PORT, unit=1))
    model.subscribe(changes.append)
    before = (model.slots[PORT].state, model.slots[PORT].result, list(model.slots[PORT].log))
    model.apply(FromTheFuture(port=PORT, unit=1))
    model.apply(FromTheFuture(port="/dev/elsewhere", unit=9))
    model.apply(LabelStatus(port="/dev/elsewhere", unit=9, state="printed"))  # no such slot: ignored too
    assert (model.slots[PORT].state, model.slots[PORT].result, list(model.slots[PORT].log)) == before
    assert changes == [] and list(model.slots) == [PORT]


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Result</name>
<message><source>PASS</source><translation>BESTANDEN</translation></message></context>
<context><name>SlotWidget</name>
<message><source>Unit {n}</source><translation>Einheit {n}</translation></message></context>
<context><name>OperatorView</name>
<message><source>Start all</source><translation>Alle starten</translation></message></context>
</TS>
"""


def test_a_language_change_rewords_the_view_and_every_tile(qtbot: QtBot, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "t.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "t.ts"), "-qm", str(tmp_path / "t.qm")], check=True,
                   capture_output=True, timeout=60)
    create_app()
    model = WallModel()
    view = OperatorView(model, settings=OperatorSettings(sounds=False))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    model.apply(UnitDetected(port=PORT, unit=1))
    model.apply(StepStarted(port=PORT, unit=1, step=UnitState.REGISTERING))
    model.apply(UnitPassed(port=PORT, unit=1, serial="SN-1", thing_name="t", certificate_id="c", group="g",
                           seconds=1.0, round_trips=1))
    qtbot.waitUntil(lambda: PORT in view.slots and view.slots[PORT].word.text() == "PASS")
    tile = view.slots[PORT]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: tile.word.text() == "BESTANDEN" and tile.title.text() == "Einheit 1"
                        and view.start_all.text() == "Alle starten")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: tile.word.text() == "PASS" and view.start_all.text() == "Start all")
