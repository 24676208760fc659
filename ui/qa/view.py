"""QA view: look a unit up in the cloud (identity, certificates, job history, local records) and act on it."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as _dt
import re
import time
from typing import Any

from PySide6.QtCore import Qt
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

from station.jobs.catalog import Catalog
from station.jobs.common import JobInfo
from station.jobs.documents import is_downgrade
from station.jobs.snapshots import cancel, download_config, job_status, propagate, update, upload_config
from station.jobs.versions import DEFAULT_VERSIONING
from ui.acting import FAILED, OK, Actor, Outcome, Tasks, plain_error
from ui.actions import ActionSet
from ui.audit import AuditTrail, os_user
from ui.confirm import ConfirmBar
from ui.operator.model import WallModel
from ui.plaintext import PlainLabel, cell
from ui.qa.lookup import UnitLookup, group_config_version, look_up
from ui.roles import Role
from ui.session import Backend, StationSession
from ui.style import font, scroll_body

JOB_COLUMNS = ["Job", "Operation", "Version", "Status", "Last update", "Details"]
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

        lookup = QGroupBox("Look up a unit")
        row = QHBoxLayout(lookup)
        self.serial = QLineEdit()
        self.serial.setPlaceholderText("serial number or thing name (scan or type)")
        self.serial.returnPressed.connect(lambda: self.tasks.spawn(self.look_up()))
        self.look_up_button = QPushButton("Look up")
        self.look_up_button.clicked.connect(lambda: self.tasks.spawn(self.look_up()))
        self.who = QLineEdit()
        self.who.setPlaceholderText(os_user() or "your name")
        self.who.setToolTip("Written to the audit trail with every action (empty: the logged-in user)")
        self.who.setMaximumWidth(220)
        row.addWidget(self.serial, 1)
        row.addWidget(self.look_up_button)
        row.addWidget(PlainLabel("Your name"))
        row.addWidget(self.who)
        root.addWidget(lookup)

        middle = QHBoxLayout()
        identity = QGroupBox("Cloud identity")
        form = QFormLayout(identity)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("serial", "Serial"), ("model", "Model / revision"), ("firmware", "Firmware"),
                             ("config", "Configuration"), ("thing", "Thing name"), ("certificate", "Certificates"),
                             ("group", "Thing groups"), ("origin", "Station / batch"),
                             ("result", "Records here")):
            label = PlainLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(PlainLabel(caption), label)
        middle.addWidget(identity, 2)

        history = QGroupBox("Job history")
        history_layout = QVBoxLayout(history)
        self.jobs = QTableWidget(0, len(JOB_COLUMNS))
        self.jobs.setHorizontalHeaderLabels(JOB_COLUMNS)
        self.jobs.verticalHeader().setVisible(False)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.jobs.horizontalHeader().setStretchLastSection(True)
        history_layout.addWidget(self.jobs)
        self.jobs_note = PlainLabel("Every job execution of the unit (its own and its groups'), newest first. "
                                "Select one to cancel it.")
        self.jobs_note.setWordWrap(True)
        self.jobs_note.setEnabled(False)
        history_layout.addWidget(self.jobs_note)
        middle.addWidget(history, 3)
        root.addLayout(middle, 1)

        root.addWidget(self._actions_box())
        self.confirm = ConfirmBar()
        root.addWidget(self.confirm)
        self.result = PlainLabel("Look a unit up to act on it.")
        self.result.setWordWrap(True)
        self.result.setFont(font(11, bold=True))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.result)
        self.actor = Actor(session, self.audit, self.confirm, self.result, lambda: self.commands.role, self.who)

        if session is not None:
            wire = self.commands.wire
            wire("rerun-config", lambda: self._spawn(self.rerun_config()))
            wire("update", lambda: self._spawn(self.push_version()))
            wire("config-upload", lambda: self._spawn(self.upload_golden()))
            wire("config-propagate", lambda: self._spawn(self.propagate_config()))
            wire("cancel", lambda: self._spawn(self.cancel_job()))
        self.set_role(Role.OPERATOR)

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox("Actions on this unit")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        add = self.commands.add
        self.config_version = QComboBox()
        self.config_version.setEditable(True)
        _placeholder(self.config_version, "group's current")
        grid.addWidget(PlainLabel("Configuration"), 0, 0)
        grid.addWidget(self.config_version, 0, 1)
        grid.addWidget(add("rerun-config", QPushButton("Re-run config"), Role.QA,
                           tip="Queue a configuration download again for this unit (the group's current "
                               "version unless one is chosen)"), 0, 2)

        self.version = QComboBox()
        self.version.setEditable(True)
        _placeholder(self.version, "version, e.g. 1.4.2")
        self.forced = QCheckBox("Forced downgrade")
        self.forced.setToolTip("Allow installing an older version (QA role, confirmation, audit trail)")
        grid.addWidget(PlainLabel("Firmware"), 1, 0)
        grid.addWidget(self.version, 1, 1)
        grid.addWidget(add("update", QPushButton("Push version"), Role.QA, dangerous=True,
                           tip="Snapshot update job for this unit"), 1, 2)
        grid.addWidget(self.forced, 1, 3)

        grid.addWidget(add("config-upload", QPushButton("Upload golden config"), Role.QA,
                           tip="Ask this unit to upload its configuration; the upload key appears when done"), 2, 0)
        self.golden_key = QLineEdit()
        self.golden_key.setPlaceholderText("upload key (from 'Upload golden config') or catalog config version")
        grid.addWidget(self.golden_key, 2, 1, 1, 3)

        self.propagate_targets = QLineEdit()
        self.propagate_targets.setPlaceholderText("things or thing groups, separated by spaces or commas")
        grid.addWidget(PlainLabel("Propagate to"), 3, 0)
        grid.addWidget(self.propagate_targets, 3, 1, 1, 2)
        grid.addWidget(add("config-propagate", QPushButton("Propagate config…"), Role.QA, dangerous=True,
                           tip="Send the uploaded configuration (or a catalog version) to other units or a group"),
                       3, 3)

        self.force_cancel = QCheckBox("Force (also stop running executions)")
        self.force_cancel.setToolTip("Only for units known to be dead: a unit may be mid-install")
        grid.addWidget(add("cancel", QPushButton("Cancel selected job…"), Role.QA, dangerous=True,
                           tip="Cancel the job selected in the history (queued executions; with force also "
                               "running ones)"), 4, 2)
        grid.addWidget(self.force_cancel, 4, 3)
        note = PlainLabel("Every action, refused or failed ones too, is written to the audit trail with your name "
                      "and role.")
        note.setWordWrap(True)
        note.setEnabled(False)
        grid.addWidget(note, 4, 0, 1, 2)
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

    def _spawn(self, coro: Any) -> None:
        self.tasks.spawn(coro)

    # -- look-up --------------------------------------------------------------------------------
    async def look_up(self, query: str | None = None, *, audit: bool = True) -> UnitLookup | None:
        """Find the unit by serial or thing name in the cloud, with its job history and local records."""
        query = (self.serial.text() if query is None else query).strip()
        if not query:
            self.actor.show("Scan or type a serial number or thing name first.", status=FAILED)
            return None
        records = await self.audit.unit_records(serial=query, thing=query)

        def work(backend: Backend) -> tuple[UnitLookup, list[str]]:
            found = look_up(backend.cloud, query, records)
            try:
                versions = Catalog(backend.cloud, backend.profile.catalog).versions("firmware", found.model)
            except Exception:  # the catalog is a convenience here; the version can be typed
                versions = []
            return found, versions

        if audit:
            outcome = await self.actor.run("lookup", query, {}, work, done=lambda v: f"found {v[0].thing}")
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

    async def _quiet(self, work: Any) -> Outcome:
        """A refresh the user did not ask for: no audit entry, errors only shown."""
        backend = self.actor.backend()
        if backend is None:
            return Outcome(FAILED, "not connected")
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
        self.fields["model"].setText(f"{unit.model or '?'} rev {a.get('hw_revision', '?')}"
                                     + (f" (thing type {unit.thing_type})" if unit.thing_type else ""))
        self.fields["firmware"].setText(unit.current_version("firmware") or "unknown")
        self.fields["config"].setText(unit.current_version("config") or "unknown")
        self.fields["thing"].setText(unit.thing)
        self.fields["certificate"].setText("\n".join(f"{c.certificate_id[:16]}… {c.status}"
                                                     for c in unit.certificates) or "none attached")
        self.fields["group"].setText(", ".join(unit.groups) or "none")
        self.fields["origin"].setText(" / ".join(v for v in (a.get("station", ""), a.get("batch", "")) if v) or "—")
        lines = []
        for rec in unit.records[:4]:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.started_at))
            line = f"attempt {rec.attempt}: {rec.outcome.value} ({when}, {rec.station_id or 'station'})"
            if rec.error is not None:
                line += f"\n   failed at {rec.error.step}: {rec.error.cause}"
            lines.append(line)
        self.fields["result"].setText("\n".join(lines) or "no records of this unit on this PC")
        self.jobs.setRowCount(len(unit.jobs))
        for r, job in enumerate(unit.jobs):
            details = ", ".join(f"{k}={v}" for k, v in sorted(job.details.items()) if k != "trail")
            for c, text in enumerate((job.job_id, job.operation, job.version, job.status, _when(job.updated),
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
        if self.unit is None:
            self.actor.show(f"{action}: look a unit up first.", status=FAILED)
        return self.unit

    async def rerun_config(self) -> Outcome | None:
        """Queue a config download for the unit: the chosen version, or its group's current one."""
        chosen = self.config_version.currentText().strip()
        if refused := await self.actor.refuse("config-rerun", self._target(), {"version": chosen}):
            return refused
        unit = self._need_unit("Re-run config")
        if unit is None:
            return None

        def work(b: Backend) -> tuple[str, str]:
            version = chosen or group_config_version(b.cloud, b.profile, unit.groups)
            result = download_config(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, [unit.thing], version,
                                     model=unit.model or None)
            return result.job_id, version
        outcome = await self.actor.run("config-rerun", unit.thing, {"version": chosen or "group's current"}, work,
                                       done=lambda v: f"configuration {v[1]} queued for {unit.thing} (job {v[0]})")
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
        unit = self._need_unit("Push version")
        if unit is None:
            return None
        current = unit.current_version("firmware") or "unknown"
        if not version:
            self.actor.show("Push version: type or pick the firmware version first.", status=FAILED)
            return None
        confirm = ""
        if forced:
            backend = self.actor.backend()
            scheme = backend.profile.catalog.versioning if backend is not None else DEFAULT_VERSIONING
            down = current != "unknown" and is_downgrade(current, version, scheme)
            confirm = (f"FORCED install of firmware {version} on unit {unit.serial or unit.thing} "
                       f"(thing {unit.thing}). It runs {current} now"
                       + ("; this is a DOWNGRADE." if down else ".") + " Continue?")
        outcome = await self.actor.run(
            action, unit.thing,
            {"version": version, "forced": forced, "current": current},
            lambda b: update(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, [unit.thing], version,
                             forced=forced, model=unit.model or None).job_id,
            confirm=confirm, confirm_button=f"Force {version}",
            done=lambda jid: f"firmware {version}{' (forced)' if forced else ''} queued for {unit.thing} "
                             f"(job {jid})")
        if outcome.ok:
            self._spawn(self.follow(outcome.value))
        return outcome

    async def upload_golden(self) -> Outcome | None:
        """Ask the unit to upload its configuration; when the job SUCCEEDED the key is filled in for propagation."""
        if refused := await self.actor.refuse("config-upload", self._target(), {}):
            return refused
        unit = self._need_unit("Upload golden config")
        if unit is None:
            return None
        outcome = await self.actor.run(
            "config-upload", unit.thing, {},
            lambda b: upload_config(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, unit.thing),
            done=lambda v: f"{unit.thing} asked to upload its configuration (job {v[0]}); waiting for the unit")
        if not outcome.ok:
            return outcome
        job_id, key = outcome.value
        info = await self.follow(job_id, report=False)
        status = info.executions[0].status if info and info.executions else "unknown"
        if status == "SUCCEEDED":
            self.golden_key.setText(key)
            self.actor.show(f"Configuration of {unit.thing} uploaded: {key}. Type targets and press "
                            "'Propagate config…'.")
        else:
            self.actor.show(f"The configuration upload of {unit.thing} ended {status} (job {job_id}); "
                            "nothing to propagate.\nDo this: check the unit is online, then try again.",
                            status=FAILED)
        return outcome

    async def propagate_config(self) -> Outcome | None:
        """Send the uploaded configuration (upload key) or a catalog config version to the typed targets."""
        source = self.golden_key.text().strip()
        targets = _targets(self.propagate_targets.text())
        if refused := await self.actor.refuse("config-propagate", ", ".join(targets),
                                              {"source": source, "targets": targets}):
            return refused
        if not source or not targets:
            self.actor.show("Propagate: upload a golden configuration (or type a config version) and type the "
                            "targets first.", status=FAILED)
            return None
        is_key = "/uploads/" in f"/{source}"
        outcome = await self.actor.run(
            "config-propagate", ", ".join(targets), {"source": source, "targets": targets},
            lambda b: propagate(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, targets,
                                **({"from_key": source} if is_key else {"version": source})),
            confirm=f"Send configuration {source} to {len(targets)} target(s): {', '.join(targets)}? "
                    "Each unit applies it at once.",
            confirm_button="Send configuration",
            done=lambda r: f"configuration {r.document.version} sent to {', '.join(t.name for t in r.targets)} "
                           f"(job {r.job_id})")
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
            self.actor.show("Cancel job: select a job in the history first.", status=FAILED)
            return None
        who = f"{self.actor.who()} ({self.commands.role.label})"
        warning = (" FORCE: running executions are stopped too; a unit mid-install may be left half-updated."
                   if force else " Queued executions become CANCELED; running ones finish.")
        outcome = await self.actor.run(
            action, job_id, {"force": force},
            lambda b: cancel(b.cloud, job_id, force=force, comment=f"canceled from the station by {who}"),
            confirm=f"Cancel job {job_id} for every unit it targets?{warning}", confirm_button="Cancel the job",
            done=lambda info: f"job {job_id} is now {info.status}")
        if outcome.ok and self.unit is not None:
            await self.look_up(self.unit.thing, audit=False)
        return outcome

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
            ends = ", ".join(f"{e.thing} {e.status}" for e in info.executions) or "no unit reached yet"
            good = bool(info.executions) and all(e.status == "SUCCEEDED" for e in info.executions)
            self.actor.show(f"Job {job_id} ({info.kind} {info.version}): {ends}.", status=OK if good else FAILED)
        if self.unit is not None:
            await self.look_up(self.unit.thing, audit=False)
        return info

