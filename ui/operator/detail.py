"""Detail of the selected slot: step timeline, cloud ids, job progress notes and the unit's log lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station.safetext import clean
from ui.operator.model import SlotModel, clock_time
from ui.plaintext import PlainLabel, cell, tip
from ui.style import font
from ui.words import step_name


def _selectable(label: QLabel) -> QLabel:
    # QA copies ids from here into tickets.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DetailPanel(QWidget):
    """Shows one SlotModel; ``show_slot(None)`` shows the hint to pick a slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.heading = PlainLabel("Select a slot to see its details")
        self.heading.setFont(font(14, bold=True))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        ids = QGroupBox("Cloud identity")
        form = QFormLayout(ids)
        self.thing = _selectable(PlainLabel("—"))
        self.certificate = _selectable(PlainLabel("—"))
        self.groups = _selectable(PlainLabel("—"))
        self.port = _selectable(PlainLabel("—"))
        form.addRow(PlainLabel("Thing name"), self.thing)
        form.addRow(PlainLabel("Certificate id"), self.certificate)
        form.addRow(PlainLabel("Thing group"), self.groups)
        form.addRow(PlainLabel("Port"), self.port)
        layout.addWidget(ids)

        steps = QGroupBox("Steps")
        steps_layout = QVBoxLayout(steps)
        self.timeline = QTableWidget(0, 3)
        self.timeline.setHorizontalHeaderLabels(["Step", "Time", "Detail"])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        steps_layout.addWidget(self.timeline)
        layout.addWidget(steps, 3)

        jobs = QGroupBox("Job progress")
        jobs_layout = QVBoxLayout(jobs)
        self.notes = QListWidget()
        self.notes.setMaximumHeight(90)
        jobs_layout.addWidget(self.notes)
        layout.addWidget(jobs, 1)

        log_box = QGroupBox("Log")
        log_layout = QVBoxLayout(log_box)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        log_layout.addWidget(self.log)
        layout.addWidget(log_box, 4)
        self._shown: str | None = None
        self._log_count = -1

    def show_slot(self, slot: SlotModel | None) -> None:
        if slot is None:
            self._shown, self._log_count = None, -1
            self.heading.setText("Select a slot to see its details")
            for label in (self.thing, self.certificate, self.groups, self.port):
                label.setText("—")
            self.timeline.setRowCount(0)
            self.notes.clear()
            self.log.clear()
            return
        if slot.port != self._shown:
            self._shown, self._log_count = slot.port, -1
        who = slot.serial or "serial not read yet"
        self.heading.setText(f"Unit {slot.unit}: {who} — {slot.result.word}")
        self.thing.setText(slot.thing_name or "—")
        self.certificate.setText(slot.certificate_id or "—")
        self.groups.setText(", ".join(slot.groups) or "—")
        self.port.setText(slot.port)

        self.timeline.setRowCount(len(slot.timeline))
        for row, entry in enumerate(slot.timeline):
            seconds = "running…" if entry.seconds is None else f"{entry.seconds:.2f} s"
            if entry.seconds is None and slot.result.final:
                seconds = "stopped"
            cells = (f"{clock_time(entry.started)}  {step_name(entry.step)}", seconds, entry.detail)
            for column, text in enumerate(cells):
                item = self.timeline.item(row, column)
                if item is None:
                    self.timeline.setItem(row, column, cell(text))
                elif item.text() != clean(text):
                    item.setText(clean(text))
                    item.setToolTip(tip(text))

        notes = slot.notes or ["Waiting for the first job update" if slot.follows_jobs
                               else "No job activity: this station passes units once registered"]
        notes = [clean(note) for note in notes]  # a device's job status: no bidi override reorders it
        if [self.notes.item(i).text() for i in range(self.notes.count())] != notes:
            self.notes.clear()
            self.notes.addItems(notes)

        # The log only grows (bounded deque): append what is new instead of resetting the text.
        lines = list(slot.log)
        if self._log_count < 0 or self._log_count > len(lines) or len(lines) == slot.log.maxlen:
            self.log.setPlainText(clean("\n".join(lines)))
        else:
            for line in lines[self._log_count:]:
                self.log.appendPlainText(clean(line))
        self._log_count = len(lines)
