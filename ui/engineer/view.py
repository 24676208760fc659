"""Engineer view: the station profile (read-only), the cloud connection, the firmware catalog and releases."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from station.cloud.check import CheckReport, Status, check_cloud
from station.jobs.catalog import Catalog, CatalogEntry
from station.jobs.common import model_for_group
from station.jobs.releases import ReleaseResult, release
from station.profile import Profile
from ui.acting import FAILED, Actor, Outcome
from ui.actions import ActionSet
from ui.audit import AuditTrail
from ui.confirm import ConfirmBar
from ui.plaintext import PlainLabel, cell
from ui.roles import Role
from ui.session import Backend, SessionState, StationSession
from ui.style import font, scroll_body

CATALOG_COLUMNS = ["Kind", "Model", "Version", "Size", "SHA-256", "Uploaded", "Notes"]


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, cell(text))


def _placeholder(combo: QComboBox, text: str) -> None:
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)


def _value(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def format_report(report: CheckReport) -> str:
    """The full check as plain lines: each check, and under a problem what to do."""
    marks = {Status.OK: "ok", Status.PROBLEM: "PROBLEM", Status.UNCHECKED: "not checked"}
    lines = []
    for r in report.results:
        lines.append(f"{marks[r.status]}: {r.name}: {r.detail}")
        if r.status != Status.OK and r.remedy:
            lines.append(f"    do this: {r.remedy}")
    return "\n".join(lines)


class EngineerView(QWidget):
    """Profile, connection and catalog (read-only); catalog upload and releases (engineer role, audited)."""

    def __init__(self, session: StationSession, parent: QWidget | None = None, *,
                 audit: AuditTrail | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit = audit or AuditTrail()
        self.commands = ActionSet()
        self._file_dialog: QFileDialog | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        root = QGridLayout(scroll_body(self))
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(12)
        root.addWidget(self._profile_box(session.profile), 0, 0, 2, 1)
        root.addWidget(self._cloud_box(), 0, 1)
        root.addWidget(self._release_box(session.profile), 1, 1)
        root.addWidget(self._upload_box(session.profile), 2, 1)
        self.confirm = ConfirmBar()
        self.result = PlainLabel("")
        self.result.setWordWrap(True)
        self.result.setFont(font(11, bold=True))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.confirm, 2, 0)
        root.addWidget(self.result, 3, 0, 1, 2)
        root.addWidget(self._catalog_box(), 4, 0, 1, 2)
        root.setColumnStretch(0, 1)
        root.setColumnStretch(1, 1)
        root.setRowStretch(4, 1)
        self.actor = Actor(session, self.audit, self.confirm, self.result, lambda: self.commands.role)
        self.commands.wire("upload", lambda: self.spawn(self.upload()))
        self.commands.wire("release", lambda: self.spawn(self.release()))
        session.subscribe(lambda _s: self._show_session())
        self._show_session()

    # -- layout ---------------------------------------------------------------------------
    def _profile_box(self, profile: Profile) -> QGroupBox:
        box = QGroupBox("Station profile (read-only)")
        form = QFormLayout(box)
        cloud = profile.cloud
        where = "embedded local cloud" if profile.embedded else \
            f"AWS, profile {cloud.profile or '(default chain)'}, region {cloud.region}"
        rows = [
            ("File", profile.path or "packaged demo profile"),
            ("Station", f"{profile.station_id}, batch {profile.batch}"),
            ("Cloud", where),
            ("In parallel", str(profile.parallel)),
            ("Thing names", profile.thing_name_pattern),
            ("Keys", profile.cert_mode),
            ("Device policy", f"{profile.policy_name} (attached to the {profile.policy_attach_to})"),
            ("Unit passes when", self._until(profile)),
            ("Groups", "\n".join(f"{r.name}: " + ", ".join(
                f"{k} {v}" for k, v in (("model", r.model), ("rev", r.hw_revision), ("line", r.product_line)) if v)
                for r in profile.groups)),
            ("Models", ", ".join(f"{m} → {s.thing_type}" for m, s in profile.models.items())),
        ]
        for caption, text in rows:
            form.addRow(PlainLabel(caption), _value(text))
        return box

    def _until(self, profile: Profile) -> str:
        until = self.session.options.until or profile.jobs.until
        words = {"registered": "registered (certificate written and verified)",
                 "ready": "ready (every current job of its group succeeded)"}.get(until, until)
        return words + ("" if until == profile.jobs.until else f"; profile says {profile.jobs.until}")

    def _cloud_box(self) -> QGroupBox:
        box = QGroupBox("Cloud connection")
        form = QFormLayout(box)
        self.cloud_where = _value(self.session.label)
        self.cloud_endpoint = _value("—")
        self.cloud_status = _value("not checked")
        self.check_button = QPushButton("Check connection")
        self.check_button.clicked.connect(lambda: self.spawn(self.check_connection()))
        form.addRow(PlainLabel("Target"), self.cloud_where)
        form.addRow(PlainLabel("Endpoint"), self.cloud_endpoint)
        form.addRow(PlainLabel("Status"), self.cloud_status)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        form.addRow(PlainLabel(""), row)
        # The full check's results (`station cloud check`), as plain text: AWS error text is never markup.
        self.check_report = PlainLabel("")
        self.check_report.setTextFormat(Qt.TextFormat.PlainText)
        self.check_report.setWordWrap(True)
        self.check_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_report.hide()
        form.addRow(self.check_report)
        return box

    def _release_box(self, profile: Profile) -> QGroupBox:
        box = QGroupBox("Release firmware or configuration to a group")
        grid = QGridLayout(box)
        self.release_group = QComboBox()
        self.release_group.addItems(profile.all_groups())
        self.release_kind = QComboBox()
        self.release_kind.addItems(["firmware", "config"])
        self.release_version = QComboBox()
        self.release_version.setEditable(True)
        _placeholder(self.release_version, "version from the catalog")
        for combo in (self.release_group, self.release_kind):
            combo.currentIndexChanged.connect(lambda _i: self.spawn(self.refresh_release_versions()))
        grid.addWidget(PlainLabel("Group"), 0, 0)
        grid.addWidget(self.release_group, 0, 1)
        grid.addWidget(PlainLabel("Kind"), 1, 0)
        grid.addWidget(self.release_kind, 1, 1)
        grid.addWidget(PlainLabel("Version"), 2, 0)
        grid.addWidget(self.release_version, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.commands.add("release", QPushButton("Release…"), Role.ENGINEER, dangerous=True,
                                           tip="New continuous job for the group; the old one is cancelled"))
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _upload_box(self, profile: Profile) -> QGroupBox:
        box = QGroupBox("Upload to the catalog")
        grid = QGridLayout(box)
        self.upload_kind = QComboBox()
        self.upload_kind.addItems(["firmware", "config"])
        self.upload_model = QComboBox()
        self.upload_model.addItems(list(profile.models))
        self.upload_version = QLineEdit()
        self.upload_version.setPlaceholderText("new version, e.g. 1.4.2")
        self.upload_notes = QLineEdit()
        self.upload_notes.setPlaceholderText("release notes (optional, at most 1024 characters)")
        self.upload_file = QLineEdit()
        self.upload_file.setPlaceholderText("firmware image (.bin) or configuration (.json)")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self.pick_file)
        self.upload_replace = QCheckBox("Replace an existing version")
        self.upload_replace.setToolTip("Only if no unit can have received the old content yet (confirmed)")
        for r, (caption, widget) in enumerate((("Kind", self.upload_kind), ("Model", self.upload_model),
                                               ("Version", self.upload_version), ("Notes", self.upload_notes))):
            grid.addWidget(PlainLabel(caption), r, 0)
            grid.addWidget(widget, r, 1, 1, 2)
        grid.addWidget(PlainLabel("File"), 4, 0)
        grid.addWidget(self.upload_file, 4, 1)
        grid.addWidget(browse, 4, 2)
        grid.addWidget(self.upload_replace, 5, 1)
        grid.addWidget(self.commands.add("upload", QPushButton("Upload to catalog"), Role.ENGINEER,
                                         tip="Add a firmware image or configuration version"), 5, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _catalog_box(self) -> QGroupBox:
        box = QGroupBox("Firmware and configuration catalog")
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.catalog_status = PlainLabel("Not loaded.")
        self.catalog_status.setWordWrap(True)
        self.refresh_button = QPushButton("Refresh catalog")
        self.refresh_button.clicked.connect(lambda: self.spawn(self.refresh_catalog()))
        top.addWidget(self.catalog_status, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.catalog = _table(CATALOG_COLUMNS)
        layout.addWidget(self.catalog)
        return box

    # -- behaviour -------------------------------------------------------------------------
    def set_role(self, role: Role) -> None:
        self.commands.set_role(role)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine on the Qt-driven asyncio loop; keep a reference so it is not collected mid-way."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _show_session(self) -> None:
        running = self.session.state == SessionState.RUNNING
        self.check_button.setEnabled(running)
        self.refresh_button.setEnabled(running)
        if running:
            self.spawn(self.refresh_release_versions())
        backend = self.session.backend
        if backend is not None:
            self.cloud_endpoint.setText(backend.endpoint or f"AWS IoT, {backend.profile.cloud.region}")
        if self.session.state == SessionState.ERROR and self.session.error is not None:
            self.cloud_status.setText(f"✖ {self.session.error.cause}")

    async def check_connection(self) -> CheckReport | None:
        """The full cloud check (identity, bootstrap resources, permissions, endpoint, quotas) in a worker thread."""
        backend = self.session.backend
        if backend is None:
            return None
        self.cloud_status.setText("checking…")
        self.check_button.setEnabled(False)
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            report = await loop.run_in_executor(None, lambda: check_cloud(backend.cloud, backend.profile))
        except Exception as exc:  # a bug in the check: say so, never crash the window
            self.cloud_status.setText(f"✖ the check failed: {type(exc).__name__}: {exc}")
            return None
        finally:
            self.check_button.setEnabled(self.session.state == SessionState.RUNNING)
        seconds = time.monotonic() - started
        verdict = {0: "✔ ready", 1: f"✖ {len(report.problems)} problem(s)", 2: "✖ could not check"}[report.exit_code]
        self.cloud_status.setText(f"{verdict} ({seconds:.1f} s)")
        self.check_report.setText(format_report(report))
        self.check_report.show()
        return report

    async def refresh_catalog(self) -> None:
        backend = self.session.backend
        if backend is None:
            return
        self.catalog_status.setText("Loading…")
        loop = asyncio.get_running_loop()
        try:
            from station.jobs.catalog import Catalog

            catalog = Catalog(backend.cloud, backend.profile.catalog)
            entries = await loop.run_in_executor(None, catalog.entries)
        except Exception as exc:  # the catalog may be missing or unreachable; say so, never crash the window
            self.catalog_status.setText(f"Catalog not available: {getattr(exc, 'cause', None) or exc}")
            return
        rows = [[e.kind, e.model, e.version, f"{e.size:,} B", e.sha256[:16] + "…",
                 e.uploaded.strftime("%Y-%m-%d %H:%M") if e.uploaded else "", e.notes] for e in entries]
        _fill(self.catalog, rows)
        self.catalog_status.setText(f"{len(rows)} entries in s3://{backend.profile.catalog.bucket}/"
                                    f"{backend.profile.catalog.prefix}")

    async def refresh_release_versions(self) -> list[str]:
        """Fill the release version list from the catalog (the group's model, the chosen kind)."""
        backend = self.session.backend
        if backend is None or self.session.state != SessionState.RUNNING:
            return []
        group, kind = self.release_group.currentText(), self.release_kind.currentText()

        def versions() -> list[str]:
            model = model_for_group(backend.profile, group)
            return Catalog(backend.cloud, backend.profile.catalog).versions(kind, model)
        try:
            found = await asyncio.get_running_loop().run_in_executor(None, versions)
        except Exception:  # a group holding several models has no single list; the version can be typed
            found = []
        if (group, kind) != (self.release_group.currentText(), self.release_kind.currentText()):
            return found  # the user picked something else meanwhile: a newer refresh fills the list
        typed = self.release_version.currentText()
        self.release_version.clear()
        self.release_version.addItems(found)
        self.release_version.setCurrentText(typed if typed in found or not found else found[-1])
        return found

    def pick_file(self) -> None:
        """Non-modal file picker (open(), not exec(): a nested Qt loop deadlocks under qasync)."""
        dialog = QFileDialog(self, "Firmware image or configuration")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["Firmware images (*.bin *.img *.hex)", "Configurations (*.json)", "All files (*)"])
        dialog.fileSelected.connect(self.upload_file.setText)
        self._file_dialog = dialog
        dialog.open()

    async def upload(self) -> Outcome:
        """Upload the chosen file as catalog firmware/config model/version (replace only when ticked, confirmed)."""
        kind, model = self.upload_kind.currentText(), self.upload_model.currentText()
        version, notes = self.upload_version.text().strip(), self.upload_notes.text().strip()
        path = Path(self.upload_file.text().strip()) if self.upload_file.text().strip() else None
        replace = self.upload_replace.isChecked()
        if path is None or not version:
            self.actor.show("Upload: choose a file and type the version first.", status=FAILED)
            return Outcome(FAILED, "incomplete")

        def work(b: Backend) -> CatalogEntry:
            catalog = Catalog(b.cloud, b.profile.catalog)
            if kind == "firmware":
                return catalog.upload_firmware(model, version, path, notes=notes, replace=replace)
            return catalog.upload_config(model, version, path, notes=notes, replace=replace)
        outcome = await self.actor.run(
            "catalog-upload", f"{kind} {model} {version}",
            {"file": path.name, "notes": notes, "replace": replace}, work, needs=Role.ENGINEER,
            confirm=f"REPLACE {kind} {model} {version} in the catalog? Units that already received it keep the "
                    "old content." if replace else "", confirm_button="Replace",
            done=lambda e: f"{e.kind} {e.model} {e.version} is in the catalog ({e.size:,} B, sha256 "
                           f"{e.sha256[:12]}…)")
        if outcome.ok:
            self.spawn(self.refresh_catalog())
            self.spawn(self.refresh_release_versions())
        return outcome

    async def release(self) -> Outcome:
        """Release the chosen version to the group: a new continuous job, then the old one is cancelled."""
        group, kind = self.release_group.currentText(), self.release_kind.currentText()
        version = self.release_version.currentText().strip()
        if not group or not version:
            self.actor.show("Release: choose the group and the version first.", status=FAILED)
            return Outcome(FAILED, "incomplete")

        def done(r: ReleaseResult) -> str:
            if r.action == "created":
                text = f"{kind} {r.model} {version} released to {group}: new continuous job {r.job_id}"
            else:
                text = f"{kind} {r.model} {version} was already the release of {group} (job {r.job_id})"
            return text + (f"; canceled {', '.join(r.canceled)}" if r.canceled else "; nothing to cancel")
        return await self.actor.run(
            "release", group, {"kind": kind, "version": version},
            lambda b: release(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, kind, version, group),
            needs=Role.ENGINEER,
            confirm=f"Release {kind} {version} to every unit of group {group}? Its current {kind} job is "
                    "cancelled (queued units get the new version; running installs finish).",
            confirm_button=f"Release {version}", done=done)
