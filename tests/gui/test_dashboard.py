"""The dashboard tab: its figures against records written by the real store, refresh on finished units, export."""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from station.profile import Profile
from station.records import RecordStore, default_path
from station.records.run import ThreadedRunRecords
from tests.records.events import passing
from tests.records.shift_records import HOUR, P1, P2, P3, SILENT_CAUSE, WRITE_CAUSE, write_shift
from ui.dashboard import DashboardView
from ui.dashboard.view import FLAGGED_COLOR
from ui.session import StationSession

pytestmark = pytest.mark.gui


def _session(profile: Profile) -> StationSession:
    def no_backend() -> object:
        raise AssertionError("the dashboard never starts the station")
    return StationSession(no_backend, profile, "test")  # type: ignore[arg-type]


@pytest.fixture
def shift_start() -> float:
    """Records that fit the last 8 hours: the shift's first unit 7.9 h ago (SN-0, 10 min earlier, does not)."""
    start = time.time() - 7.9 * HOUR
    with RecordStore(default_path()) as store:  # STATION_HOME is the test's own (tests/conftest.py)
        write_shift(store, start)
    return start


@pytest.fixture
def view(qtbot: QtBot, profile: Profile, shift_start: float) -> Iterator[DashboardView]:
    dashboard = DashboardView(_session(profile))
    qtbot.addWidget(dashboard)
    dashboard.resize(1600, 1000)
    with qtbot.waitSignal(dashboard.refreshed, timeout=60_000):
        dashboard.show()
    yield dashboard
    dashboard.loader.close()


def _rows(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget
    assert isinstance(table, QTableWidget)
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_figures_match_the_records(view: DashboardView) -> None:
    assert {k: v.text() for k, v in view.values.items()} == {"passed": "4", "failed": "4", "yield": "33.3 %",
                                                             "flagged": "1"}
    assert _rows(view.causes) == [["1", "writing to the board", WRITE_CAUSE, "3", "75 %"],
                                  ["2", "identify", SILENT_CAUSE, "1", "100 %"]]
    slots = _rows(view.slots)
    assert [row[:5] for row in slots] == [[P1, "3", "0", "0.0 %", "0"], [P2, "2", "1", "50.0 %", "0"],
                                          [P3, "3", "3", "100.0 %", "3"]]
    assert [row[5] for row in slots] == ["OK", "OK", "Keeps failing"]
    assert view.slots.item(2, 0).background().color() == QColor(FLAGGED_COLOR)  # the flagged port stands out
    assert view.slots.item(0, 0).background().color() != QColor(FLAGGED_COLOR)


def test_charts_show_the_shift(view: DashboardView) -> None:
    import pyqtgraph as pg

    bars = [i for i in view.hours.widget.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    passed, failed = (list(b.opts["height"]) for b in bars)
    assert passed == [2, 1, 1, 0, 0, 0, 0, 0] and failed == [1, 3, 0, 0, 0, 0, 0, 0]
    assert view.step_choice.count() == 8 and view.step_choice.itemText(0) == "identify"
    view.step_choice.setCurrentIndex(view.step_choice.findData("generating-key"))
    shown = [i for i in view.cycle.widget.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert list(shown[0].opts["height"]) == [0, 0, 3, 4]
    assert view.cycle_note.text() == "7 steps, median 1.5 s, mean 1.3 s"
    pareto = [i for i in view.pareto.widget.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert list(pareto[0].opts["height"]) == [3, 1]
    line = [i for i in view.pareto.share.addedItems if isinstance(i, pg.PlotDataItem)]
    assert list(line[0].yData) == [75.0, 100.0]


def test_a_finished_unit_refreshes_the_view(qtbot: QtBot, profile: Profile, shift_start: float) -> None:
    # The window's own records writer, as the session runs it: the finish is committed on its thread.
    session = _session(profile)
    dashboard = DashboardView(session)
    qtbot.addWidget(dashboard)
    records = ThreadedRunRecords(profile, None, quiet=True)  # type: ignore[arg-type]  # no S3 in the demo profile
    try:
        with qtbot.waitSignal(dashboard.refreshed, timeout=60_000):
            pass
        session.records = records
        session.bus.subscribe(records.writer.on_event)  # after the view, as in StationSession.run
        dashboard.shift_choice.setCurrentIndex(dashboard.shift_choice.findData(0))  # this station run
        qtbot.waitUntil(lambda: dashboard.values["passed"].text() == "0", timeout=60_000)
        with qtbot.waitSignal(dashboard.refreshed, timeout=60_000):
            for event in passing(unit=1, port=P1, serial="SN-NEW", start=time.time() - 30):
                session.bus.emit(event)
        assert dashboard.values["passed"].text() == "1"
        assert dashboard.values["yield"].text() == "100.0 %"
    finally:
        dashboard.loader.close()
        records.close()


def test_export_html_is_one_file_with_the_figures_and_charts(view: DashboardView, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = view.export(tmp_path / "out" / "shift.html")
    text = out.read_text(encoding="utf-8")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["shift.html"]
    for expected in ("First-pass yield", "33.3 %", "Keeps failing", "writing to the board", P3, "75 %"):
        assert expected in text
    assert "'cert'" not in text and "&#x27;cert&#x27;" in text  # record text is escaped, never markup
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(images) == 3
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)


def test_export_pdf(view: DashboardView, tmp_path: Path) -> None:
    from ui.dashboard.report import report_document

    out = view.export(tmp_path / "shift.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"/Type /Page" in data
    assert data.count(b"/Subtype /Image") >= 3  # the three charts
    assert view.shift is not None
    printed = report_document(view.report_text(view.shift), view.charts()).toPlainText()
    for expected in ("First-pass yield", "33.3 %", "Keeps failing", WRITE_CAUSE, P3):
        assert expected in printed


def test_a_language_switch_rewords_the_tab(view: DashboardView, qapp: object, qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language

    def tr(text: str) -> str:
        return QCoreApplication.translate("DashboardView", text)

    assert install_language(qapp, "de")  # type: ignore[arg-type]
    try:
        assert tr("Passed") != "Passed"  # German ships these strings
        qtbot.waitUntil(lambda: view.captions["passed"].text() == tr("Passed"))  # LanguageChange is an event
        assert view.slots.item(2, 5).text() == tr("Keeps failing")  # dynamic texts too
        assert view.updated.text().startswith(tr("Updated {time}").split("{")[0])
    finally:
        install_language(qapp, "en")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: view.captions["passed"].text() == "Passed")
    assert view.updated.text().startswith("Updated ")


def test_a_tab_never_shown_exports_too(qtbot: QtBot, profile: Profile, shift_start: float, tmp_path: Path) -> None:
    dashboard = DashboardView(_session(profile))
    qtbot.addWidget(dashboard)
    try:
        qtbot.waitUntil(lambda: dashboard.shift is not None, timeout=60_000)  # read at construction, not shown
        text = dashboard.export(tmp_path / "hidden.html").read_text(encoding="utf-8")
        assert "33.3 %" in text and len(re.findall(r'src="data:image/png;base64,', text)) == 3
    finally:
        dashboard.loader.close()
