"""Detail of the selected slot: step timeline, cloud ids, its label (preview and status), job notes and log lines."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent, Qt
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

from station.labels.template import LabelData
from station.profile import LabelSettings
from station.safetext import clean
from ui.labels.preview import LabelPreview
from ui.operator.model import SlotModel, clock_time
from ui.plaintext import PlainLabel, cell, tip
from ui.style import font
from ui.words import step_name


def _selectable(label: QLabel) -> QLabel:
    # QA copies ids from here into tickets.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def label_data(slot: SlotModel, *, station: str = "", batch: str = "") -> LabelData | None:
    """What the unit's label says, from the slot (None before the board reported its serial)."""
    if not slot.serial:
        return None
    when = slot.label.at if slot.label is not None else (slot.finished_at or slot.started_at)
    date = _dt.datetime.fromtimestamp(when).date() if when else _dt.date.today()
    return LabelData(serial=slot.serial, thing_name=slot.thing_name,
                     firmware=slot.versions.get("firmware") or slot.fw_version, config=slot.versions.get("config", ""),
                     model=slot.model, hw=slot.hw_revision, batch=batch, station=station, date=date.isoformat())


class DetailPanel(QWidget):
    """Shows one SlotModel; ``show_slot(None)`` shows the hint to pick a slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        self.labels: LabelSettings | None = None
        self._station, self._batch = "", ""
        self._slot: SlotModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.heading = PlainLabel("")
        self.heading.setFont(font(14, bold=True))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.ids = QGroupBox()
        form = QFormLayout(self.ids)
        self.thing = _selectable(PlainLabel("—"))
        self.certificate = _selectable(PlainLabel("—"))
        self.groups = _selectable(PlainLabel("—"))
        self.port = _selectable(PlainLabel("—"))
        self.captions = [PlainLabel("") for _ in range(4)]
        for caption, value in zip(self.captions, (self.thing, self.certificate, self.groups, self.port), strict=True):
            form.addRow(caption, value)
        layout.addWidget(self.ids)

        self.label_box = QGroupBox()
        label_layout = QVBoxLayout(self.label_box)
        self.preview = LabelPreview()
        self.label_status = PlainLabel("")
        self.label_status.setWordWrap(True)
        label_layout.addWidget(self.preview)
        label_layout.addWidget(self.label_status)
        layout.addWidget(self.label_box)
        self.label_box.setVisible(False)

        self.steps = QGroupBox()
        steps_layout = QVBoxLayout(self.steps)
        self.timeline = QTableWidget(0, 3)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        steps_layout.addWidget(self.timeline)
        layout.addWidget(self.steps, 3)

        self.jobs = QGroupBox()
        jobs_layout = QVBoxLayout(self.jobs)
        self.notes = QListWidget()
        self.notes.setMaximumHeight(90)
        jobs_layout.addWidget(self.notes)
        layout.addWidget(self.jobs, 1)

        self.log_box = QGroupBox()
        log_layout = QVBoxLayout(self.log_box)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        log_layout.addWidget(self.log)
        layout.addWidget(self.log_box, 4)
        self._shown: str | None = None
        self._log_count = -1
        self.retranslate()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ids.setTitle(self.tr("Cloud identity"))
        for caption, text in zip(self.captions, (self.tr("Thing name"), self.tr("Certificate id"),
                                                 self.tr("Thing group"), self.tr("Port")), strict=True):
            caption.setText(text)
        self.label_box.setTitle(self.tr("Label"))
        self.steps.setTitle(self.tr("Steps"))
        self.timeline.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Time"), self.tr("Detail")])
        self.jobs.setTitle(self.tr("Job progress"))
        self.log_box.setTitle(self.tr("Log"))
        # Dynamic texts (heading, times, notes, label status) are words too: show the slot again.
        self._shown = None
        self.show_slot(self._slot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- labels ----------------------------------------------------------------------------------
    def set_labels(self, settings: LabelSettings | None, *, station: str = "", batch: str = "") -> None:
        """The profile's label (None or disabled: no label box); the station id and batch it prints."""
        self.labels = settings if settings is not None and settings.enabled else None
        self._station, self._batch = station, batch
        self.show_slot(self._slot)

    def _show_label(self, slot: SlotModel | None) -> None:
        data = label_data(slot, station=self._station, batch=self._batch) if slot is not None else None
        self.label_box.setVisible(self.labels is not None and data is not None)
        if self.labels is None or slot is None or data is None:
            self.preview.set_label(None, None)
            return
        self.preview.set_label(self.labels, data)
        status = slot.label_words
        if not status:
            status = (self.tr("Printed once the unit is ready") if self.labels.when == "ready"
                      else self.tr("Printed once the unit passes"))
        elif slot.label is not None and slot.label.reprint:
            status = self.tr("Reprint: {status}").format(status=status)
        self.label_status.setText(status)

    # -- the slot --------------------------------------------------------------------------------
    def show_slot(self, slot: SlotModel | None) -> None:
        self._slot = slot
        self._show_label(slot)
        if slot is None:
            self._shown, self._log_count = None, -1
            self.heading.setText(self.tr("Select a slot to see its details"))
            for label in (self.thing, self.certificate, self.groups, self.port):
                label.setText("—")
            self.timeline.setRowCount(0)
            self.notes.clear()
            self.log.clear()
            return
        if slot.port != self._shown:
            self._shown, self._log_count = slot.port, -1
        who = slot.serial or self.tr("serial not read yet")
        self.heading.setText(self.tr("Unit {unit}: {serial} — {result}").format(unit=slot.unit, serial=who,
                                                                                 result=slot.result.word))
        self.thing.setText(slot.thing_name or "—")
        self.certificate.setText(slot.certificate_id or "—")
        self.groups.setText(", ".join(slot.groups) or "—")
        self.port.setText(slot.port)

        self.timeline.setRowCount(len(slot.timeline))
        for row, entry in enumerate(slot.timeline):
            if entry.seconds is not None:
                seconds = self.tr("{seconds} s").format(seconds=f"{entry.seconds:.2f}")
            else:
                seconds = self.tr("stopped") if slot.result.final else self.tr("running…")
            cells = (f"{clock_time(entry.started)}  {step_name(entry.step)}", seconds, entry.detail)
            for column, text in enumerate(cells):
                item = self.timeline.item(row, column)
                if item is None:
                    self.timeline.setItem(row, column, cell(text))
                elif item.text() != clean(text):
                    item.setText(clean(text))
                    item.setToolTip(tip(text))

        notes = slot.notes or [self.tr("Waiting for the first job update") if slot.follows_jobs
                               else self.tr("No job activity: this station passes units once registered")]
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
