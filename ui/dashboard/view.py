"""The dashboard tab: the shift's figures, charts and slot health, read-only, refreshed on a timer and per unit."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.messages import Message
from station.pipeline.events import Event, UnitFailed, UnitPassed, UnitRemoved
from station.pipeline.states import UnitState
from station.records import default_path
from station.records.shift import Cause, Shift, ShiftWindow
from ui.dashboard.charts import HistogramChart, HourChart, ParetoChart, render, stamp
from ui.dashboard.loader import ShiftLoader
from ui.dashboard.report import ReportText, write_report
from ui.i18n import tr_message
from ui.plaintext import PlainLabel
from ui.session import StationSession
from ui.style import scroll_body
from ui.words import step_name

log = logging.getLogger("station.ui.dashboard")

#: Shift choices: hours back from now, or 0 = this station run.
SHIFTS = (8, 12, 24, 0)
FLAGGED_COLOR = "#ffcdd2"
#: Seconds between refreshes while nothing finishes (a finished unit refreshes at once).
REFRESH_SECONDS = 30
FIGURES = ("passed", "failed", "yield", "flagged")


def step_words(step: str) -> str:
    """A step's name in the window's language; a step the pipeline does not know is shown as stored."""
    try:
        return step_name(UnitState(step))
    except ValueError:
        return step


def cause_words(cause: Cause) -> str:
    """The cause in the window's language when the records carry it as a message, else as recorded (English)."""
    if cause.message:
        try:
            return tr_message(Message.from_json(cause.message), cause.cause)
        except (KeyError, TypeError, ValueError):
            return cause.cause
    return cause.cause


def percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{fraction * 100:.1f} %"


class DashboardView(QWidget):
    """The shift at a glance, for everybody (read-only): built from the records database only."""

    refreshed = Signal()
    _committed = Signal()  # the records writer has committed what was queued before a finish (any thread)

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.session = session
        self.shift: Shift | None = None
        self._status: tuple[str, str] = ("", "")  # what the status line says: (kind, its data), re-worded on a switch
        self.loader = ShiftLoader([s.value for s in UnitState], self)
        self.loader.loaded.connect(self._apply)
        self.loader.failed.connect(self._failed)
        self._committed.connect(self.refresh)

        root = QVBoxLayout(scroll_body(self))
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)

        bar = QHBoxLayout()
        self.shift_caption = PlainLabel()
        self.shift_choice = QComboBox()
        self.shift_choice.setObjectName("shiftChoice")
        self.shift_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for hours in SHIFTS:
            self.shift_choice.addItem("", hours)
        self.shift_choice.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._ask_export)
        self.updated = PlainLabel()
        self.updated.setObjectName("updatedAt")
        for widget in (self.shift_caption, self.shift_choice, self.refresh_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.updated)
        root.addLayout(bar)

        numbers = QHBoxLayout()
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        big.setBold(True)
        for key in FIGURES:
            box = QVBoxLayout()
            value = PlainLabel("—")
            value.setObjectName(f"figure-{key}")
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = PlainLabel()
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(value)
            box.addWidget(caption)
            numbers.addLayout(box, 1)
            self.values[key], self.captions[key] = value, caption
        root.addLayout(numbers)

        charts = QGridLayout()
        self.hours = HourChart()
        self.cycle = HistogramChart()
        self.pareto = ParetoChart()
        self.step_caption = PlainLabel()
        self.step_choice = QComboBox()
        self.step_choice.setObjectName("stepChoice")
        self.step_choice.currentIndexChanged.connect(self._show_step)
        self.cycle_note = PlainLabel()
        self.cycle_note.setObjectName("cycleNote")
        steps = QHBoxLayout()
        steps.addWidget(self.step_caption)
        steps.addWidget(self.step_choice, 1)
        cycle = QVBoxLayout()
        cycle.addLayout(steps)
        cycle.addWidget(self.cycle.widget, 1)
        cycle.addWidget(self.cycle_note)
        charts.addWidget(self.hours.widget, 0, 0)
        charts.addLayout(cycle, 0, 1)
        charts.addWidget(self.pareto.widget, 0, 2)
        root.addLayout(charts, 2)

        tables = QHBoxLayout()
        self.causes_box = QGroupBox()
        self.causes = self._table("paretoTable", 5)
        QVBoxLayout(self.causes_box).addWidget(self.causes)
        self.slots_box = QGroupBox()
        self.slots = self._table("slotTable", 6)
        slots_layout = QVBoxLayout(self.slots_box)
        slots_layout.addWidget(self.slots)
        self.rule_note = PlainLabel("")
        self.rule_note.setWordWrap(True)
        slots_layout.addWidget(self.rule_note)
        tables.addWidget(self.causes_box, 3)
        tables.addWidget(self.slots_box, 2)
        root.addLayout(tables, 2)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        session.bus.subscribe(self._on_event)
        self.retranslate()
        self.refresh()

    @staticmethod
    def _table(name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.shift_caption.setText(self.tr("Shift:"))
        names = {8: self.tr("Last 8 hours"), 12: self.tr("Last 12 hours"), 24: self.tr("Last 24 hours"),
                 0: self.tr("This station run")}
        for index, hours in enumerate(SHIFTS):
            self.shift_choice.setItemText(index, names[hours])
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export report…"))
        self.export_button.setToolTip(self.tr("Save the shift report as HTML or PDF"))
        captions = {"passed": self.tr("Passed"), "failed": self.tr("Failed"), "yield": self.tr("First-pass yield"),
                    "flagged": self.tr("Slots that keep failing")}
        for key, caption in captions.items():
            self.captions[key].setText(caption)
        self.step_caption.setText(self.tr("Step:"))
        self.causes_box.setTitle(self.tr("Failures by cause"))
        self.causes.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Step"), self.tr("Cause"),
                                               self.tr("Failures"), self.tr("Cumulative")])
        self.slots_box.setTitle(self.tr("Slot health"))
        self.slots.setHorizontalHeaderLabels(self._slot_header())
        for chart in (self.hours, self.cycle, self.pareto):
            chart.retranslate()
        self._show_status()
        if self.shift is not None:
            self._apply_figures(self.shift)  # dynamic texts (step names, causes, states) in the new language

    def _slot_header(self) -> list[str]:
        return [self.tr("Port"), self.tr("Attempts"), self.tr("Failures"), self.tr("Failure rate"),
                self.tr("Failures in a row"), self.tr("Status")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading -------------------------------------------------------------------
    def records_path(self) -> Path:
        records = self.session.records
        return records.path if records is not None else default_path()

    def shift_window(self, now: float | None = None) -> ShiftWindow:
        """The chosen shift: the last N hours, or (once the station runs) this station run."""
        end = time.time() if now is None else now
        hours = self.shift_choice.currentData()
        records = self.session.records
        if hours == 0 and records is not None:
            # A run's units finished after its start; 24 h back bounds the read for a run left on for days.
            return ShiftWindow(end - 24 * 3600, end, run_id=records.run_id)
        return ShiftWindow.last_hours(hours or 8, now=end)

    def refresh(self) -> None:
        """Read the figures again (on the loader's thread); ``refreshed`` says when they are shown."""
        self.loader.request(self.records_path(), self.shift_window())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, UnitPassed | UnitFailed | UnitRemoved):
            # Deferred: the records writer subscribed after this view, so it queues this event only after us.
            QTimer.singleShot(0, self._after_commit)

    def _after_commit(self) -> None:
        records = self.session.records
        if records is None:
            self.refresh()
            return
        # Queued behind the finish on the writer thread: by the time it runs, the finish is committed.
        future = records.writer.call(lambda _sink: None)
        future.add_done_callback(lambda _f: self._committed.emit())

    def _set_status(self, kind: str, data: str) -> None:
        self._status = (kind, data)
        self._show_status()

    def _show_status(self) -> None:
        kind, data = self._status
        texts = {"updated": self.tr("Updated {time}").format(time=data),
                 "unreadable": self.tr("Could not read the records: {error}").format(error=data),
                 "saved": self.tr("Report saved: {path}").format(path=data),
                 "unsaved": self.tr("Could not export the report: {error}").format(error=data)}
        self.updated.setText(texts.get(kind, ""))

    def _failed(self, error: str) -> None:
        self._set_status("unreadable", error)
        self.loader.finished()
        self.refreshed.emit()

    def _apply(self, shift: Shift) -> None:
        self.shift = shift
        self._apply_figures(shift)
        self._set_status("updated", stamp())
        self.loader.finished()
        self.refreshed.emit()

    def _apply_figures(self, shift: Shift) -> None:
        self.values["passed"].setText(str(shift.passed))
        self.values["failed"].setText(str(shift.failed))
        self.values["yield"].setText(percent(shift.first_pass_yield))
        self.values["flagged"].setText(str(len(shift.flagged)))
        self.hours.show(shift.hours)
        self.pareto.show(shift.pareto)
        current = self.step_choice.currentData()
        self.step_choice.blockSignals(True)
        self.step_choice.clear()
        for histogram in shift.cycle_times:
            self.step_choice.addItem(step_words(histogram.step), histogram.step)
        index = self.step_choice.findData(current)
        self.step_choice.setCurrentIndex(index if index >= 0 else 0)
        self.step_choice.blockSignals(False)
        self._show_step()
        self._fill(self.causes, [[str(rank), step_words(c.step), cause_words(c), str(c.count),
                                  f"{c.cumulative_percent:.0f} %"] for rank, c in enumerate(shift.pareto, 1)])
        self._fill(self.slots, [[s.port, str(s.attempts), str(s.failures), percent(s.failure_rate), str(s.streak),
                                 self.tr("Keeps failing") if s.flagged else self.tr("OK")] for s in shift.slots],
                   flagged=[s.flagged for s in shift.slots])
        rule = shift.rule
        self.rule_note.setText(self.tr(
            "A slot keeps failing when its last {streak} units failed and they were not all the same board, or when "
            "at least {rate} % of its {attempts} or more units failed.").format(
                streak=rule.streak, rate=round(rule.rate * 100), attempts=rule.min_attempts))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]], *, flagged: list[bool] | None = None) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if flagged is not None and flagged[r]:
                    item.setBackground(QBrush(QColor(FLAGGED_COLOR)))
                table.setItem(r, c, item)

    def _show_step(self) -> None:
        shift = self.shift
        histogram = shift.histogram(self.step_choice.currentData() or "") if shift is not None else None
        self.cycle.show(histogram)
        if histogram is None:
            self.cycle_note.setText(self.tr("No finished steps in this shift yet."))
        else:
            self.cycle_note.setText(self.tr("{count} steps, median {median:.1f} s, mean {mean:.1f} s").format(
                count=histogram.samples, median=histogram.median, mean=histogram.mean))

    # -- export --------------------------------------------------------------------
    def charts(self) -> dict[str, QImage]:
        return {"units-per-hour": render(self.hours.widget), "cycle-time": render(self.cycle.widget),
                "failures-by-cause": render(self.pareto.widget)}

    def report_text(self, shift: Shift) -> ReportText:
        window = shift.window
        figures = [(self.captions[key].text(), self.values[key].text()) for key in FIGURES]
        figures.append((self.tr("Interrupted (board pulled, station stopped)"), str(shift.interrupted)))
        hours = [[stamp(h.start), str(h.passed), str(h.failed)] for h in shift.hours]
        cycle = [[step_words(h.step), str(h.samples), f"{h.median:.1f}", f"{h.mean:.1f}"] for h in shift.cycle_times]
        causes = [[str(rank), step_words(c.step), cause_words(c), str(c.count), f"{c.cumulative_percent:.0f} %"]
                  for rank, c in enumerate(shift.pareto, 1)]
        slots = [[s.port, str(s.attempts), str(s.failures), percent(s.failure_rate), str(s.streak),
                  self.tr("Keeps failing") if s.flagged else self.tr("OK")] for s in shift.slots]
        station = self.session.profile.station_id
        return ReportText(
            title=self.tr("Shift report {station}").format(station=station).strip(),
            window=self.tr("Units finished from {since} to {until}").format(since=stamp(window.since),
                                                                           until=stamp(window.until)),
            figures=figures,
            tables=[
                (self.tr("Units per hour"), [self.tr("Hour from"), self.tr("Passed"), self.tr("Failed")], hours),
                (self.tr("Cycle time per step"), [self.tr("Step"), self.tr("Steps"), self.tr("Median (s)"),
                                                  self.tr("Mean (s)")], cycle),
                (self.tr("Failures by cause"), [self.tr("Rank"), self.tr("Step"), self.tr("Cause"),
                                                self.tr("Failures"), self.tr("Cumulative")], causes),
                (self.tr("Slot health"), self._slot_header(), slots),
            ])

    def export(self, path: Path | str) -> Path:
        """Write the shift report shown now: ``.pdf`` as PDF, anything else as one self-contained HTML file."""
        shift = self.shift
        if shift is None:
            raise RuntimeError("the dashboard has not read the records yet")
        return write_report(Path(path), self.report_text(shift), self.charts())

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the shift report"), str(Path.home() / "shift-report.html"),
            self.tr("HTML report (*.html);;PDF report (*.pdf)"))
        if not name:
            return
        try:
            written = self.export(name)
        except (OSError, RuntimeError) as exc:
            self._set_status("unsaved", str(exc))
            return
        self._set_status("saved", str(written))
