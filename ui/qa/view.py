"""QA view: look a unit up in the cloud (identity, certificates, job history, local records) and act on it."""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import datetime as _dt
import re
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from station.cloud.revoke import Actor as RevokeActor
from station.cloud.revoke import Revocation, profile_ca_pems, revoke_unit
from station.errors import StationError
from station.jobs.catalog import Catalog
from station.jobs.common import JobInfo
from station.jobs.documents import is_downgrade
from station.jobs.snapshots import cancel, download_config, job_status, propagate, update, upload_config
from station.jobs.versions import DEFAULT_VERSIONING
from station.labels.service import NOT_ENABLED, LabelService
from station.labels.template import LabelData
from station.records import RecordStore, default_path
from ui.acting import FAILED, OK, Actor, Outcome, Tasks, plain_error
from ui.actions import ActionSet
from ui.audit import AuditTrail, os_user
from ui.confirm import ConfirmBar
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.operator.model import WallModel
from ui.plaintext import PlainLabel, cell
from ui.qa.lookup import Followed, UnitLookup, group_config_version, look_up
from ui.roles import Role
from ui.session import Backend, StationSession
from ui.style import font, scroll_body

#: The job history's columns and the identity form's captions (translated at use: QAView.retranslate).
JOB_COLUMNS = [QT_TRANSLATE_NOOP("QAView", "Job"), QT_TRANSLATE_NOOP("QAView", "Operation"),
               QT_TRANSLATE_NOOP("QAView", "Version"), QT_TRANSLATE_NOOP("QAView", "Status"),
               QT_TRANSLATE_NOOP("QAView", "Last update"), QT_TRANSLATE_NOOP("QAView", "Details")]
FIELD_CAPTIONS = {
    "serial": QT_TRANSLATE_NOOP("QAView", "Serial"), "model": QT_TRANSLATE_NOOP("QAView", "Model / revision"),
    "firmware": QT_TRANSLATE_NOOP("QAView", "Firmware"), "config": QT_TRANSLATE_NOOP("QAView", "Configuration"),
    "thing": QT_TRANSLATE_NOOP("QAView", "Thing name"), "certificate": QT_TRANSLATE_NOOP("QAView", "Certificates"),
    "group": QT_TRANSLATE_NOOP("QAView", "Thing groups"), "origin": QT_TRANSLATE_NOOP("QAView", "Station / batch"),
    "result": QT_TRANSLATE_NOOP("QAView", "Records here"),
}
#: The history's operation words (ui.qa.lookup.OPERATION_WORDS), translated at use.
OPERATIONS = {"firmware": QT_TRANSLATE_NOOP("QAView", "firmware install"),
              "config": QT_TRANSLATE_NOOP("QAView", "config download"),
              "config-upload": QT_TRANSLATE_NOOP("QAView", "config upload"),
              "other": QT_TRANSLATE_NOOP("QAView", "other")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("QAView", text)
FOLLOW_SECONDS = 600.0  # a snapshot job is followed on screen this long; the cloud keeps it going anyway


def _when(value: _dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _placeholder(combo: QComboBox, text: str) -> None:
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _targets(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,;]+", text.strip()) if t]


def unit_label(unit: UnitLookup) -> LabelData:
    """The label data of a looked-up unit: the cloud's attributes and versions, its newest record's date."""
    a = unit.attributes
    passed = next((r for r in unit.records if r.outcome.value in ("passed", "ready")), None)
    when = passed.finished_at if passed is not None and passed.finished_at else time.time()
    return LabelData(serial=unit.serial, thing_name=unit.thing, firmware=unit.current_version("firmware"),
                     config=unit.current_version("config"), model=unit.model,
                     hw=a.get("hw_revision", "") or (passed.hw_revision if passed else ""),
                     batch=a.get("batch", "") or (passed.batch if passed else ""),
                     station=a.get("station", "") or (passed.station_id if passed else ""),
                     date=_dt.datetime.fromtimestamp(when).date().isoformat())


class QAView(QWidget):
    """The QA bench: cloud-wide lookup by serial or thing name, and role-gated actions written to the audit trail."""

    def __init__(self, model: WallModel, session: StationSession | None = None, audit: AuditTrail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.session = session
        self.audit = audit or AuditTrail()
        self.commands = ActionSet()
        self.tasks = Tasks()
        self.unit: UnitLookup | None = None
        root = QVBoxLayout(scroll_body(self))
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)

        self.lookup_box = QGroupBox()
        row = QHBoxLayout(self.lookup_box)
        self.serial = QLineEdit()
        self.serial.returnPressed.connect(lambda: self.tasks.spawn(self.look_up()))
        self.look_up_button = QPushButton()
        self.look_up_button.clicked.connect(lambda: self.tasks.spawn(self.look_up()))
        self.who = QLineEdit()
        self.who.setMaximumWidth(220)
        self.who_caption = PlainLabel("")
        row.addWidget(self.serial, 1)
        row.addWidget(self.look_up_button)
        row.addWidget(self.who_caption)
        row.addWidget(self.who)
        root.addWidget(self.lookup_box)

        middle = QHBoxLayout()
        self.identity_box = QGroupBox()
        form = QFormLayout(self.identity_box)
        self.fields: dict[str, QLabel] = {}
        self.field_captions: dict[str, QLabel] = {}
        for key in FIELD_CAPTIONS:
            label = PlainLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            self.field_captions[key] = PlainLabel("")
            form.addRow(self.field_captions[key], label)
        middle.addWidget(self.identity_box, 2)

        self.history_box = QGroupBox()
        history_layout = QVBoxLayout(self.history_box)
        self.jobs = QTableWidget(0, len(JOB_COLUMNS))
        self.jobs.verticalHeader().setVisible(False)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.jobs.horizontalHeader().setStretchLastSection(True)
        history_layout.addWidget(self.jobs)
        self.jobs_note = PlainLabel("")
        self.jobs_note.setWordWrap(True)
        self.jobs_note.setEnabled(False)
        history_layout.addWidget(self.jobs_note)
        middle.addWidget(self.history_box, 3)
        root.addLayout(middle, 1)

        root.addWidget(self._actions_box())
        # The confirmation and the outcome stay under the page, outside its scrolling: on a 1366x768 line PC
        # the question of a forced downgrade must never sit below the fold.
        fixed = self.layout()
        assert isinstance(fixed, QVBoxLayout)
        self.confirm = ConfirmBar()
        fixed.addWidget(self.confirm)
        self.result = PlainLabel("")
        self.result.setWordWrap(True)
        self.result.setFont(font(11, bold=True))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setContentsMargins(12, 0, 12, 6)
        fixed.addWidget(self.result)
        self.actor = Actor(session, self.audit, self.confirm, self.result, lambda: self.commands.role, self.who)

        if session is not None:
            wire = self.commands.wire
            wire("rerun-config", lambda: self._spawn(self.rerun_config()))
            wire("update", lambda: self._spawn(self.push_version()))
            wire("config-upload", lambda: self._spawn(self.upload_golden()))
            wire("config-propagate", lambda: self._spawn(self.propagate_config()))
            wire("cancel", lambda: self._spawn(self.cancel_job()))
            wire("label-reprint", lambda: self._spawn(self.reprint_label()))
            wire("certificate-revoke", lambda: self._spawn(self.revoke_certificate()))
        self.retranslate()
        self.set_role(Role.OPERATOR)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every caption of the view in the window's language (called again on a live language switch)."""
        self.lookup_box.setTitle(self.tr("Look up a unit"))
        self.serial.setPlaceholderText(self.tr("serial number or thing name (scan or type)"))
        self.look_up_button.setText(self.tr("Look up"))
        self.who.setPlaceholderText(os_user() or self.tr("your name"))
        self.who.setToolTip(self.tr("Written to the audit trail with every action (empty: the logged-in user)"))
        self.who_caption.setText(self.tr("Your name"))
        self.identity_box.setTitle(self.tr("Cloud identity"))
        for key, caption in FIELD_CAPTIONS.items():
            self.field_captions[key].setText(_tr(caption))
        self.history_box.setTitle(self.tr("Job history"))
        self.jobs.setHorizontalHeaderLabels([_tr(c) for c in JOB_COLUMNS])
        self.jobs_note.setText(self.tr("Every job execution of the unit (its own and its groups'), newest first. "
                                       "Select one to cancel it."))
        self.actions_box.setTitle(self.tr("Actions on this unit"))
        _placeholder(self.config_version, self.tr("group's current"))
        self.config_caption.setText(self.tr("Configuration"))
        self.rerun_button.setText(self.tr("Re-run config"))
        self.commands.retranslate("rerun-config", self.tr(
            "Queue a configuration download again for this unit (the group's current version unless one is chosen)"))
        _placeholder(self.version, self.tr("version, e.g. 1.4.2"))
        self.forced.setText(self.tr("Forced downgrade"))
        self.forced.setToolTip(self.tr("Allow installing an older version (QA role, confirmation, audit trail)"))
        self.firmware_caption.setText(self.tr("Firmware"))
        self.update_button.setText(self.tr("Push version"))
        self.commands.retranslate("update", self.tr("Snapshot update job for this unit"))
        self.upload_button.setText(self.tr("Upload golden config"))
        self.commands.retranslate("config-upload", self.tr(
            "Ask this unit to upload its configuration; the upload key appears when done"))
        self.golden_key.setPlaceholderText(self.tr("upload key (from 'Upload golden config') or catalog config "
                                                   "version"))
        self.propagate_targets.setPlaceholderText(self.tr("things or thing groups, separated by spaces or commas"))
        self.propagate_caption.setText(self.tr("Propagate to"))
        self.propagate_button.setText(self.tr("Propagate config…"))
        self.commands.retranslate("config-propagate", self.tr(
            "Send the uploaded configuration (or a catalog version) to other units or a group"))
        self.force_cancel.setText(self.tr("Force (also stop running executions)"))
        self.force_cancel.setToolTip(self.tr("Only for units known to be dead: a unit may be mid-install"))
        self.cancel_button.setText(self.tr("Cancel selected job…"))
        self.commands.retranslate("cancel", self.tr(
            "Cancel the job selected in the history (queued executions; with force also running ones)"))
        self.reprint_button.setText(self.tr("Reprint label"))
        self.commands.retranslate("label-reprint", self.tr(
            "Print this unit's label again on the station's label printer"))
        self.revoke_button.setText(self.tr("Revoke certificate…"))
        self.commands.retranslate("certificate-revoke", self.tr(
            "Revoke every certificate of this unit (or of the typed serial): AWS refuses its connections from then "
            "on, also a unit provisioned offline that AWS has never seen"))
        self.revoke_reason.setPlaceholderText(self.tr("reason for revoking (audit trail and the unit's history)"))
        self.actions_note.setText(self.tr("Every action, refused or failed ones too, is written to the audit trail "
                                          "with your name and role."))
        self.commands.retranslate_all()
        if self.unit is None:
            if not self.actor.history:
                self.result.setText(self.tr("Look a unit up to act on it."))
        else:
            self._show(self.unit, [self.version.itemText(i) for i in range(self.version.count())])

    def _actions_box(self) -> QGroupBox:
        box = self.actions_box = QGroupBox()
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        add = self.commands.add
        self.config_version = QComboBox()
        self.config_version.setEditable(True)
        self.config_caption = PlainLabel("")
        grid.addWidget(self.config_caption, 0, 0)
        grid.addWidget(self.config_version, 0, 1)
        self.rerun_button = add("rerun-config", QPushButton(), Role.QA)
        grid.addWidget(self.rerun_button, 0, 2)

        self.version = QComboBox()
        self.version.setEditable(True)
        self.forced = QCheckBox()
        self.firmware_caption = PlainLabel("")
        grid.addWidget(self.firmware_caption, 1, 0)
        grid.addWidget(self.version, 1, 1)
        self.update_button = add("update", QPushButton(), Role.QA, dangerous=True)
        grid.addWidget(self.update_button, 1, 2)
        grid.addWidget(self.forced, 1, 3)

        self.upload_button = add("config-upload", QPushButton(), Role.QA)
        grid.addWidget(self.upload_button, 2, 0)
        self.golden_key = QLineEdit()
        grid.addWidget(self.golden_key, 2, 1, 1, 3)

        self.propagate_targets = QLineEdit()
        self.propagate_caption = PlainLabel("")
        grid.addWidget(self.propagate_caption, 3, 0)
        grid.addWidget(self.propagate_targets, 3, 1, 1, 2)
        self.propagate_button = add("config-propagate", QPushButton(), Role.QA, dangerous=True)
        grid.addWidget(self.propagate_button, 3, 3)

        self.force_cancel = QCheckBox()
        self.cancel_button = add("cancel", QPushButton(), Role.QA, dangerous=True)
        grid.addWidget(self.cancel_button, 4, 2)
        grid.addWidget(self.force_cancel, 4, 3)
        self.reprint_button = add("label-reprint", QPushButton(), Role.QA)
        grid.addWidget(self.reprint_button, 5, 2)
        self.revoke_reason = QLineEdit()
        grid.addWidget(self.revoke_reason, 6, 1)
        self.revoke_button = add("certificate-revoke", QPushButton(), Role.QA, dangerous=True)
        grid.addWidget(self.revoke_button, 6, 2)
        self.actions_note = PlainLabel("")
        self.actions_note.setWordWrap(True)
        self.actions_note.setEnabled(False)
        grid.addWidget(self.actions_note, 4, 0, 2, 2)
        grid.setColumnStretch(1, 1)
        return box

    # -- role ---------------------------------------------------------------------------------
    def set_role(self, role: Role) -> None:
        self.commands.set_role(role)
        # The dangerous flags are QA-only like their buttons; the handlers check again when they run.
        for box in (self.forced, self.force_cancel):
            box.setEnabled(role >= Role.QA)
            if role < Role.QA:
                box.setChecked(False)
        self.revoke_reason.setEnabled(role >= Role.QA)

    def _spawn(self, coro: Any) -> None:
        self.tasks.spawn(coro)

    # -- look-up --------------------------------------------------------------------------------
    async def look_up(self, query: str | None = None, *, audit: bool = True) -> UnitLookup | None:
        """Find the unit by serial or thing name in the cloud, with its job history and local records."""
        query = (self.serial.text() if query is None else query).strip()
        if not query:
            self.actor.show(self.tr("Scan or type a serial number or thing name first."), status=FAILED)
            return None
        records = await self.audit.unit_records(serial=query, thing=query)
        records_path = self.audit.path or default_path()

        def work(backend: Backend) -> tuple[UnitLookup, list[str]]:
            # A unit whose record waits for the cloud (factory-ca, provisioned offline) is followed first.
            found = look_up(backend.cloud, query, records, records_path=records_path)
            try:
                versions = Catalog(backend.cloud, backend.profile.catalog).versions("firmware", found.model)
            except Exception:  # the catalog is a convenience here; the version can be typed
                versions = []
            return found, versions

        if audit:
            outcome = await self.actor.run("lookup", query, {}, work, done=lambda v: self._found_text(v[0]))
        else:
            outcome = await self._quiet(work)
        if not outcome.ok:
            self._clear(query)
            return None
        unit: UnitLookup = outcome.value[0]
        versions: list[str] = outcome.value[1]
        if not unit.records and (unit.serial or unit.thing):
            unit = dataclasses.replace(unit, records=tuple(
                await self.audit.unit_records(serial=unit.serial, thing=unit.thing)))
        self._show(unit, versions)
        return unit

    def _found_text(self, unit: UnitLookup) -> str:
        """The lookup's outcome line; says what following a unit that waited for the cloud found."""
        if not unit.in_cloud:
            return self.tr("{serial}: provisioned, waiting for the cloud. AWS has not registered the unit yet (thing "
                           "{thing}): its board has not connected.").format(serial=unit.serial, thing=unit.thing)
        if any(f.registered for f in unit.followed):
            return self.tr("found {thing}: it was waiting for the cloud and is registered now (recorded)").format(
                thing=unit.thing)
        return self.tr("found {thing}").format(thing=unit.thing)

    def _followed_text(self, followed: Followed) -> str:
        """What following one waiting record found, for the unit's records."""
        if followed.registered:
            return self.tr("found registered in AWS IoT by this lookup (it was waiting for the cloud)")
        if not followed.status:
            return self.tr("provisioned, waiting for the cloud: AWS has not seen the board connect yet")
        if followed.status == "PENDING_THING":
            return self.tr("waiting for the cloud: its certificate is ACTIVE, its thing is not made yet")
        return self.tr("waiting for the cloud: AWS holds its certificate as {status}").format(status=followed.status)

    async def _quiet(self, work: Any) -> Outcome:
        """A refresh the user did not ask for: no audit entry, errors only shown."""
        backend = self.actor.backend()
        if backend is None:
            return Outcome(FAILED, self.tr("not connected"))
        try:
            return Outcome(OK, "", await asyncio.get_running_loop().run_in_executor(None, work, backend))
        except Exception as exc:
            return Outcome(FAILED, plain_error(exc))

    def _clear(self, query: str) -> None:
        self.unit = None
        for label in self.fields.values():
            label.setText("—")
        self.fields["serial"].setText(query or "—")
        self.jobs.setRowCount(0)

    def _show(self, unit: UnitLookup, versions: list[str]) -> None:
        self.unit = unit
        a = unit.attributes
        self.fields["serial"].setText(unit.serial or "—")
        model = unit.model or "?"
        hw = a.get("hw_revision", "?")
        self.fields["model"].setText(
            self.tr("{model} rev {hw} (thing type {type})").format(model=model, hw=hw, type=unit.thing_type)
            if unit.thing_type else self.tr("{model} rev {hw}").format(model=model, hw=hw))
        self.fields["firmware"].setText(unit.current_version("firmware") or self.tr("unknown"))
        self.fields["config"].setText(unit.current_version("config") or self.tr("unknown"))
        self.fields["thing"].setText(unit.thing if unit.in_cloud else
                                     self.tr("{thing} (not in AWS IoT yet)").format(thing=unit.thing))
        certificates = [f"{c.certificate_id[:16]}… {c.status}" for c in unit.certificates]
        if not unit.in_cloud:
            certificates = [f"{f.record.certificate_id[:16]}… " + (f.status or self.tr("not seen by AWS yet"))
                            for f in unit.followed]
        self.fields["certificate"].setText("\n".join(certificates) or self.tr("none attached"))
        self.fields["group"].setText(", ".join(unit.groups) or self.tr("none"))
        self.fields["origin"].setText(" / ".join(v for v in (a.get("station", ""), a.get("batch", "")) if v) or "—")
        lines = []
        followed = {f.record.attempt_id: f for f in unit.followed}
        for rec in unit.records[:4]:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.started_at))
            line = self.tr("attempt {n}: {outcome} ({when}, {station})").format(
                n=rec.attempt, outcome=rec.outcome.value, when=when, station=rec.station_id or self.tr("station"))
            if rec.error is not None:
                # Records since schema v5 keep the cause as a message: QA reads it in the line's language.
                failed = self.tr("failed at {step}: {cause}").format(
                    step=rec.error.step, cause=tr_message(rec.error.cause_message, rec.error.cause))
                line = f"{line}\n   {failed}"
            if rec.attempt_id in followed:
                line = f"{line}\n   {self._followed_text(followed[rec.attempt_id])}"
            lines.append(line)
        self.fields["result"].setText("\n".join(lines) or self.tr("no records of this unit on this PC"))
        self.jobs.setRowCount(len(unit.jobs))
        for r, job in enumerate(unit.jobs):
            details = ", ".join(f"{k}={v}" for k, v in sorted(job.details.items()) if k != "trail")
            operation = _tr(OPERATIONS.get(job.kind, job.kind))
            if job.forced:
                operation = self.tr("{operation} (forced)").format(operation=operation)
            for c, text in enumerate((job.job_id, operation, job.version, job.status, _when(job.updated),
                                      details)):
                self.jobs.setItem(r, c, cell(text))
        current = self.version.currentText()
        self.version.clear()
        self.version.addItems(versions)
        self.version.setCurrentText(current)

    def job_row(self, job_id: str) -> int:
        return next((r for r in range(self.jobs.rowCount()) if _cell(self.jobs, r, 0) == job_id), -1)

    # -- actions --------------------------------------------------------------------------------
    def _target(self) -> str:
        """What an action is aimed at, for the audit trail: the looked-up thing, else what was typed."""
        return self.unit.thing if self.unit is not None else self.serial.text().strip()

    def _need_unit(self, action: str) -> UnitLookup | None:
        """The looked-up unit; None (and says so) without one. ``action`` is the button's (translated) name."""
        if self.unit is None:
            self.actor.show(self.tr("{action}: look a unit up first.").format(action=action), status=FAILED)
        return self.unit

    async def rerun_config(self) -> Outcome | None:
        """Queue a config download for the unit: the chosen version, or its group's current one."""
        chosen = self.config_version.currentText().strip()
        if refused := await self.actor.refuse("config-rerun", self._target(), {"version": chosen}):
            return refused
        unit = self._need_unit(self.rerun_button.text())
        if unit is None:
            return None

        def work(b: Backend) -> tuple[str, str]:
            version = chosen or group_config_version(b.cloud, b.profile, unit.groups)
            result = download_config(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, [unit.thing], version,
                                     model=unit.model or None)
            return result.job_id, version
        outcome = await self.actor.run("config-rerun", unit.thing, {"version": chosen or "group's current"}, work,
                                       done=lambda v: self.tr("configuration {version} queued for {thing} "
                                                              "(job {job})").format(version=v[1], thing=unit.thing,
                                                                                    job=v[0]))
        if outcome.ok:
            self._spawn(self.follow(outcome.value[0]))
        return outcome

    async def push_version(self) -> Outcome | None:
        """Snapshot update of the unit to the typed version; a forced one (downgrade) is confirmed first."""
        version = self.version.currentText().strip()
        forced = self.forced.isChecked()
        action = "firmware-update-forced" if forced else "firmware-update"
        if refused := await self.actor.refuse(action, self._target(), {"version": version, "forced": forced}):
            return refused
        unit = self._need_unit(self.update_button.text())
        if unit is None:
            return None
        current = unit.current_version("firmware") or "unknown"
        if not version:
            self.actor.show(self.tr("Push version: type or pick the firmware version first."), status=FAILED)
            return None
        confirm = ""
        if forced:
            backend = self.actor.backend()
            scheme = backend.profile.catalog.versioning if backend is not None else DEFAULT_VERSIONING
            down = current != "unknown" and is_downgrade(current, version, scheme)
            params = {"version": version, "unit": unit.serial or unit.thing, "thing": unit.thing, "current": current}
            confirm = (self.tr("FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs "
                               "{current} now; this is a DOWNGRADE. Continue?").format(**params) if down else
                       self.tr("FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs "
                               "{current} now. Continue?").format(**params))
        outcome = await self.actor.run(
            action, unit.thing,
            {"version": version, "forced": forced, "current": current},
            lambda b: update(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, [unit.thing], version,
                             forced=forced, model=unit.model or None).job_id,
            confirm=confirm, confirm_button=self.tr("Force {version}").format(version=version),
            done=lambda jid: (self.tr("firmware {version} (forced) queued for {thing} (job {job})") if forced else
                              self.tr("firmware {version} queued for {thing} (job {job})")).format(
                                  version=version, thing=unit.thing, job=jid))
        if outcome.ok:
            self._spawn(self.follow(outcome.value))
        return outcome

    async def upload_golden(self) -> Outcome | None:
        """Ask the unit to upload its configuration; when the job SUCCEEDED the key is filled in for propagation."""
        if refused := await self.actor.refuse("config-upload", self._target(), {}):
            return refused
        unit = self._need_unit(self.upload_button.text())
        if unit is None:
            return None
        outcome = await self.actor.run(
            "config-upload", unit.thing, {},
            lambda b: upload_config(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, unit.thing),
            done=lambda v: self.tr("{thing} asked to upload its configuration (job {job}); waiting for the "
                                   "unit").format(thing=unit.thing, job=v[0]))
        if not outcome.ok:
            return outcome
        job_id, key = outcome.value
        info = await self.follow(job_id, report=False)
        status = info.executions[0].status if info and info.executions else "unknown"
        if status == "SUCCEEDED":
            self.golden_key.setText(key)
            self.actor.show(self.tr("Configuration of {thing} uploaded: {key}. Type targets and press "
                                    "'Propagate config…'.").format(thing=unit.thing, key=key))
        else:
            self.actor.show(self.tr("The configuration upload of {thing} ended {status} (job {job}); nothing to "
                                    "propagate.\nDo this: check the unit is online, then try again.").format(
                                        thing=unit.thing, status=status, job=job_id), status=FAILED)
        return outcome

    async def propagate_config(self) -> Outcome | None:
        """Send the uploaded configuration (upload key) or a catalog config version to the typed targets."""
        source = self.golden_key.text().strip()
        targets = _targets(self.propagate_targets.text())
        if refused := await self.actor.refuse("config-propagate", ", ".join(targets),
                                              {"source": source, "targets": targets}):
            return refused
        if not source or not targets:
            self.actor.show(self.tr("Propagate: upload a golden configuration (or type a config version) and type "
                                    "the targets first."), status=FAILED)
            return None
        is_key = "/uploads/" in f"/{source}"
        outcome = await self.actor.run(
            "config-propagate", ", ".join(targets), {"source": source, "targets": targets},
            lambda b: propagate(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, targets,
                                **({"from_key": source} if is_key else {"version": source})),
            confirm=self.tr("Send configuration {source} to these targets: {targets}? Each unit applies it at "
                            "once.").format(source=source, targets=", ".join(targets)),
            confirm_button=self.tr("Send configuration"),
            done=lambda r: self.tr("configuration {version} sent to {targets} (job {job})").format(
                version=r.document.version, targets=", ".join(t.name for t in r.targets), job=r.job_id))
        if outcome.ok:
            self._spawn(self.follow(outcome.value.job_id))
        return outcome

    async def cancel_job(self, job_id: str | None = None) -> Outcome | None:
        """Cancel the selected job; with force running executions too (confirmed, QA role)."""
        if job_id is None:
            rows = self.jobs.selectionModel().selectedRows() if self.jobs.selectionModel() else []
            job_id = _cell(self.jobs, rows[0].row(), 0) if rows else ""
        force = self.force_cancel.isChecked()
        action = "job-cancel-forced" if force else "job-cancel"
        if refused := await self.actor.refuse(action, job_id, {"force": force}):
            return refused
        if not job_id:
            self.actor.show(self.tr("Cancel job: select a job in the history first."), status=FAILED)
            return None
        who = f"{self.actor.who()} ({self.commands.role.label})"
        question = (self.tr("Cancel job {job} for every unit it targets? FORCE: running executions are stopped "
                            "too; a unit mid-install may be left half-updated.") if force else
                    self.tr("Cancel job {job} for every unit it targets? Queued executions become CANCELED; "
                            "running ones finish.")).format(job=job_id)
        outcome = await self.actor.run(
            action, job_id, {"force": force},
            lambda b: cancel(b.cloud, job_id, force=force, comment=f"canceled from the station by {who}"),
            confirm=question, confirm_button=self.tr("Cancel the job"),
            done=lambda info: self.tr("job {job} is now {status}").format(job=job_id, status=info.status))
        if outcome.ok and self.unit is not None:
            await self.look_up(self.unit.thing, audit=False)
        return outcome

    def label_service(self) -> LabelService | None:
        """The running station's label service (None: labels off, or no station)."""
        service = self.session.labels if self.session is not None else None
        return service if isinstance(service, LabelService) else None

    async def reprint_label(self) -> Outcome | None:
        """Queue the unit's label again (QA); printed like any label, queued while the printer is away."""
        if refused := await self.actor.refuse("label-reprint", self._target(), {}):
            return refused
        unit = self._need_unit(self.reprint_button.text())
        if unit is None:
            return None
        data = unit_label(unit)
        service = self.label_service()
        loop = asyncio.get_running_loop()

        def work(_backend: Backend) -> str:
            if service is None:
                raise StationError(NOT_ENABLED(), step="label")
            # The label service lives on the event loop's thread: the request is handed there.
            done: concurrent.futures.Future[None] = concurrent.futures.Future()

            def request() -> None:
                try:
                    service.request_reprint(data)
                    done.set_result(None)
                except BaseException as exc:
                    done.set_exception(exc)
            loop.call_soon_threadsafe(request)
            done.result(timeout=30)
            return data.serial
        return await self.actor.run("label-reprint", unit.thing, {"serial": data.serial}, work,
                                    done=lambda serial: self.tr("Label of {serial} queued for printing again").format(
                                        serial=serial))

    async def revoke_certificate(self) -> Outcome | None:
        """Revoke every certificate of the looked-up unit (or the typed serial: a factory-ca unit provisioned
        offline has no thing to look up yet). QA role, confirmed, audited; the unit's history records it."""
        reason = self.revoke_reason.text().strip()
        serial = (self.unit.serial if self.unit is not None else "") or self.serial.text().strip()
        if refused := await self.actor.refuse("certificate-revoke", serial, {"reason": reason}):
            return refused
        if not serial:
            self.actor.show(self.tr("{action}: look a unit up (or type its serial) first.").format(
                action=self.revoke_button.text()), status=FAILED)
            return None
        thing = self.unit.thing if self.unit is not None else ""
        records_path = self.audit.path or default_path()
        person = RevokeActor(self.actor.who(), self.commands.role.name.lower(), "window")

        def work(b: Backend) -> Revocation:
            # Its own connection, on this worker thread (a RecordStore belongs to the thread that opened it).
            with RecordStore(records_path) as store:
                return revoke_unit(b.cloud, store, serial, reason, person, ca_pems=profile_ca_pems(b.profile))

        question = (self.tr("REVOKE every certificate of unit {serial} (thing {thing})? AWS refuses the unit's "
                            "connections from then on. This cannot be undone: the unit connects again only "
                            "after it is provisioned anew.") if thing else
                    self.tr("REVOKE every certificate of unit {serial}? AWS refuses the unit's connections from then "
                            "on, also its first one if it never connected. This cannot be undone: the unit connects "
                            "again only after it is provisioned anew.")).format(serial=serial, thing=thing)
        outcome = await self.actor.run(
            "certificate-revoke", serial, {"reason": reason, "thing": thing}, work, confirm=question,
            confirm_button=self.tr("Revoke"), done=lambda r: self._revoked_text(r))
        if outcome.ok and self.unit is not None:
            await self.look_up(self.unit.thing, audit=False)
        return outcome

    def _revoked_text(self, done: Revocation) -> str:
        if not done.changed:
            return self.tr("Nothing left to revoke for {serial}: its certificates are already revoked, deleted, or "
                           "were never written to the board.").format(serial=done.serial)
        ids = ", ".join(f"{r.certificate_id[:12]}…" for r in done.changed)
        never = sum(1 for r in done.changed if r.how == "registered")
        text = self.tr("{count} certificate(s) of {serial} revoked ({ids}); AWS refuses them from now on.").format(
            count=len(done.changed), serial=done.serial, ids=ids)
        if never:
            text += " " + self.tr("{count} of them AWS had never seen: registered as revoked, so the unit's first "
                                  "connect is refused.").format(count=never)
        return text

    async def follow(self, job_id: str, *, patience: float = FOLLOW_SECONDS, report: bool = True) -> JobInfo | None:
        """Poll a snapshot job until every execution is final; show progress, refresh the unit at the end."""
        deadline = time.monotonic() + patience
        info: JobInfo | None = None
        delay = 0.5
        while time.monotonic() < deadline:
            polled = await self._quiet(lambda b: job_status(b.cloud, job_id))
            if not polled.ok:
                break
            info = polled.value
            assert info is not None
            if info.executions and all(e.status in ("SUCCEEDED", "FAILED", "TIMED_OUT", "REJECTED", "REMOVED",
                                                    "CANCELED") for e in info.executions):
                break
            if info.status in ("CANCELED", "COMPLETED") and not info.executions:
                break
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 3.0)  # quick steps are seen quickly; a long install is not hammered
        if report and info is not None and not self.actor.busy and not self.confirm.asking:
            ends = ", ".join(f"{e.thing} {e.status}" for e in info.executions) or self.tr("no unit reached yet")
            good = bool(info.executions) and all(e.status == "SUCCEEDED" for e in info.executions)
            self.actor.show(self.tr("Job {job} ({kind} {version}): {ends}.").format(
                job=job_id, kind=info.kind, version=info.version, ends=ends), status=OK if good else FAILED)
        if self.unit is not None:
            await self.look_up(self.unit.thing, audit=False)
        return info

