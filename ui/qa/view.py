"""QA view: look a unit up by serial, its cloud identity and job history, and the QA actions (role-gated)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.actions import ActionSet
from ui.operator.model import WallModel
from ui.roles import Role
from ui.style import font

JOB_COLUMNS = ["Job", "Operation", "Version", "Status", "Last update", "Details"]


class QAView(QWidget):
    """Layout and role gating are done; lookup in the cloud and the actions are wired by the jobs API.

    Until then "Look up" searches the units this station has seen in this session.
    """

    def __init__(self, model: WallModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.commands = ActionSet()
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(12)

        lookup = QGroupBox("Look up a unit")
        row = QHBoxLayout(lookup)
        self.serial = QLineEdit()
        self.serial.setPlaceholderText("serial number (scan or type)")
        self.serial.returnPressed.connect(self.look_up)
        self.look_up_button = QPushButton("Look up")
        self.look_up_button.clicked.connect(self.look_up)
        row.addWidget(self.serial, 1)
        row.addWidget(self.look_up_button)
        root.addWidget(lookup)

        middle = QHBoxLayout()
        identity = QGroupBox("Cloud identity")
        form = QFormLayout(identity)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("serial", "Serial"), ("model", "Model / revision"), ("firmware", "Firmware"),
                             ("thing", "Thing name"), ("certificate", "Certificate id"), ("group", "Thing group"),
                             ("result", "Last result here")):
            label = QLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(caption, label)
        self.lookup_note = QLabel("Looks up units this station has seen since it started; the cloud-wide "
                                  "lookup comes with the jobs API.")
        self.lookup_note.setWordWrap(True)
        self.lookup_note.setEnabled(False)
        form.addRow(self.lookup_note)
        middle.addWidget(identity, 2)

        history = QGroupBox("Job history")
        history_layout = QVBoxLayout(history)
        self.jobs = QTableWidget(0, len(JOB_COLUMNS))
        self.jobs.setHorizontalHeaderLabels(JOB_COLUMNS)
        self.jobs.verticalHeader().setVisible(False)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.jobs.horizontalHeader().setStretchLastSection(True)
        history_layout.addWidget(self.jobs)
        self.jobs_note = QLabel("The unit's job executions (status, version, progress notes) appear here once "
                                "the jobs API is connected.")
        self.jobs_note.setWordWrap(True)
        self.jobs_note.setEnabled(False)
        history_layout.addWidget(self.jobs_note)
        middle.addWidget(history, 3)
        root.addLayout(middle, 1)

        actions = QGroupBox("Actions on this unit")
        grid = QGridLayout(actions)
        grid.setHorizontalSpacing(12)
        add = self.commands.add
        grid.addWidget(add("rerun-config", QPushButton("Re-run config"), Role.QA,
                           tip="Queue the group's current configuration again for this unit"), 0, 0)
        self.version = QLineEdit()
        self.version.setPlaceholderText("version, e.g. 1.4.2")
        self.forced = QCheckBox("Forced downgrade")
        self.forced.setToolTip("Allow installing an older version (written to the audit trail)")
        grid.addWidget(QLabel("Push version"), 0, 1)
        grid.addWidget(self.version, 0, 2)
        grid.addWidget(self.forced, 0, 3)
        grid.addWidget(add("update", QPushButton("Push version"), Role.QA, dangerous=True,
                           tip="Snapshot update job for this unit"), 0, 4)
        grid.addWidget(add("config-upload", QPushButton("Upload golden config"), Role.QA,
                           tip="Read this unit's configuration into the catalog"), 1, 0)
        grid.addWidget(add("config-propagate", QPushButton("Propagate config…"), Role.QA, dangerous=True,
                           tip="Send an uploaded configuration to other units or a group"), 1, 1, 1, 2)
        grid.addWidget(add("cancel", QPushButton("Cancel job…"), Role.QA, dangerous=True,
                           tip="Cancel the selected job (running executions: with force)"), 1, 3, 1, 2)
        audit = QLabel("Forced downgrades and forced cancels are recorded in the audit trail with your role.")
        audit.setWordWrap(True)
        audit.setEnabled(False)
        grid.addWidget(audit, 2, 0, 1, 5)
        root.addWidget(actions)

    def set_role(self, role: Role) -> None:
        self.commands.set_role(role)

    def look_up(self) -> None:
        serial = self.serial.text().strip()
        slot = self.model.slot_for_serial(serial) if serial else None
        if slot is None:
            slot = next((s for s in self.model.slots.values() if serial and s.serial.casefold() == serial.casefold()),
                        None)
        if slot is None:
            for label in self.fields.values():
                label.setText("—")
            self.fields["serial"].setText(f"{serial}: not seen by this station" if serial else "—")
            return
        values = {
            "serial": slot.serial, "model": f"{slot.model} rev {slot.hw_revision}", "firmware": slot.fw_version,
            "thing": slot.thing_name, "certificate": slot.certificate_id, "group": ", ".join(slot.groups),
            "result": f"{slot.result.word} (unit {slot.unit} on {slot.port})",
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.fields["result"].setFont(font(11, bold=True))
