"""Engineer view: the station profile (read-only), the cloud connection, the firmware catalog and releases."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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
from station.errors import StationError
from station.jobs.catalog import Catalog, CatalogEntry
from station.jobs.common import model_for_group
from station.jobs.releases import ReleaseResult, release
from station.profile import Profile
from ui.acting import FAILED, Actor, Outcome
from ui.actions import ActionSet
from ui.audit import AuditTrail
from ui.confirm import ConfirmBar
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.plaintext import PlainLabel, cell
from ui.roles import Role
from ui.session import Backend, SessionState, StationSession, label_text
from ui.style import font, scroll_body

#: The catalog table's columns (translated at use: EngineerView.retranslate).
CATALOG_COLUMNS = [QT_TRANSLATE_NOOP("EngineerView", "Kind"), QT_TRANSLATE_NOOP("EngineerView", "Model"),
                   QT_TRANSLATE_NOOP("EngineerView", "Version"), QT_TRANSLATE_NOOP("EngineerView", "Size"),
                   "SHA-256", QT_TRANSLATE_NOOP("EngineerView", "Uploaded"),
                   QT_TRANSLATE_NOOP("EngineerView", "Notes")]
#: The catalog's kinds (data) and their words.
KINDS = {"firmware": QT_TRANSLATE_NOOP("EngineerView", "firmware"),
         "config": QT_TRANSLATE_NOOP("EngineerView", "config")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EngineerView", text)


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


def _kinds() -> QComboBox:
    """The catalog kinds: the word shown, the kind (data) in the item."""
    combo = QComboBox()
    for kind, word in KINDS.items():
        combo.addItem(_tr(word), kind)
    return combo


def _value(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def format_report(report: CheckReport) -> str:
    """The full check as plain lines: each check, and under a problem what to do (the details are AWS's words)."""
    marks = {Status.OK: QCoreApplication.translate("EngineerView", "ok"),
             Status.PROBLEM: QCoreApplication.translate("EngineerView", "PROBLEM"),
             Status.UNCHECKED: QCoreApplication.translate("EngineerView", "not checked")}
    lines = []
    for r in report.results:
        lines.append(f"{marks[r.status]}: {r.name}: {r.detail}")
        if r.status != Status.OK and r.remedy:
            lines.append("    " + QCoreApplication.translate("EngineerView", "do this: {remedy}").format(
                remedy=r.remedy))
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
        self._cloud_state = ""  # the status line's own words, re-worded on a language change
        self.retranslate()
        session.subscribe(lambda _s: self._show_session())
        self._show_session()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every caption of the view in the window's language (called again on a live language switch)."""
        profile = self.session.profile
        self.profile_box.setTitle(self.tr("Station profile (read-only)"))
        for (caption, value), (label, shown) in zip(self._profile_rows(profile), self.profile_labels, strict=True):
            label.setText(caption)
            shown.setText(value)
        self.cloud_box.setTitle(self.tr("Cloud connection"))
        self.check_button.setText(self.tr("Check connection"))
        for label, text in zip(self.cloud_captions, (self.tr("Target"), self.tr("Endpoint"), self.tr("Status")),
                               strict=True):
            label.setText(text)
        self.cloud_where.setText(label_text(self.session.label))
        if not self._cloud_state:
            self.cloud_status.setText(self.tr("not checked"))
        self.release_box.setTitle(self.tr("Release firmware or configuration to a group"))
        _placeholder(self.release_version, self.tr("version from the catalog"))
        for label, text in zip(self.release_captions, (self.tr("Group"), self.tr("Kind"), self.tr("Version")),
                               strict=True):
            label.setText(text)
        self.release_button.setText(self.tr("Release…"))
        self.commands.retranslate("release", self.tr("New continuous job for the group; the old one is cancelled"))
        for combo in (self.release_kind, self.upload_kind):
            for i in range(combo.count()):
                combo.setItemText(i, _tr(KINDS[str(combo.itemData(i))]))
        self.upload_box.setTitle(self.tr("Upload to the catalog"))
        self.upload_version.setPlaceholderText(self.tr("new version, e.g. 1.4.2"))
        self.upload_notes.setPlaceholderText(self.tr("release notes (optional, at most 1024 characters)"))
        self.upload_file.setPlaceholderText(self.tr("firmware image (.bin) or configuration (.json)"))
        self.browse.setText(self.tr("Browse…"))
        self.upload_replace.setText(self.tr("Replace an existing version"))
        self.upload_replace.setToolTip(self.tr("Only if no unit can have received the old content yet (confirmed)"))
        for label, text in zip(self.upload_captions, (self.tr("Kind"), self.tr("Model"), self.tr("Version"),
                                                      self.tr("Notes"), self.tr("File")), strict=True):
            label.setText(text)
        self.upload_button.setText(self.tr("Upload to catalog"))
        self.commands.retranslate("upload", self.tr("Add a firmware image or configuration version"))
        self.catalog_box.setTitle(self.tr("Firmware and configuration catalog"))
        if self.catalog.rowCount() == 0:
            self.catalog_status.setText(self.tr("Not loaded."))
        self.refresh_button.setText(self.tr("Refresh catalog"))
        self.catalog.setHorizontalHeaderLabels([_tr(c) for c in CATALOG_COLUMNS])

    # -- layout ---------------------------------------------------------------------------
    def _profile_box(self, profile: Profile) -> QGroupBox:
        box = self.profile_box = QGroupBox()
        form = QFormLayout(box)
        self.profile_labels: list[tuple[QLabel, QLabel]] = []
        for _ in self._profile_rows(profile):  # texts: retranslate()
            pair = (PlainLabel(), _value(""))
            form.addRow(*pair)
            self.profile_labels.append(pair)
        return box

    def _profile_rows(self, profile: Profile) -> list[tuple[str, str]]:
        """(caption, value) of the profile form; captions and the words around the data translated."""
        cloud = profile.cloud
        where = self.tr("embedded local cloud") if profile.embedded else \
            self.tr("AWS, profile {profile}, region {region}").format(
                profile=cloud.profile or self.tr("(default chain)"), region=cloud.region)
        words = {"model": self.tr("model"), "rev": self.tr("rev"), "line": self.tr("line")}
        return [
            # The packaged profile's "path" is a marker (<demo profile>), not a file: said in words.
            (self.tr("File"), self.tr("packaged demo profile") if not profile.path or profile.path.startswith("<")
             else profile.path),
            (self.tr("Station"), self.tr("{station}, batch {batch}").format(station=profile.station_id,
                                                                             batch=profile.batch)),
            (self.tr("Cloud"), where),
            (self.tr("In parallel"), str(profile.parallel)),
            (self.tr("Thing names"), profile.thing_name_pattern),
            (self.tr("Keys"), profile.cert_mode),
            (self.tr("Device policy"), self.tr("{policy} (attached to the {target})").format(
                policy=profile.policy_name, target=profile.policy_attach_to)),
            (self.tr("Unit passes when"), self._until(profile)),
            (self.tr("Groups"), "\n".join(f"{r.name}: " + ", ".join(
                f"{words[k]} {v}" for k, v in (("model", r.model), ("rev", r.hw_revision),
                                               ("line", r.product_line)) if v)
                for r in profile.groups)),
            (self.tr("Models"), ", ".join(f"{m} → {s.thing_type}" for m, s in profile.models.items())),
        ]

    def _until(self, profile: Profile) -> str:
        until = self.session.options.until or profile.jobs.until
        words = {"registered": self.tr("registered (certificate written and verified)"),
                 "ready": self.tr("ready (every current job of its group succeeded)")}.get(until, until)
        if until == profile.jobs.until:
            return words
        return self.tr("{until}; profile says {profile}").format(until=words, profile=profile.jobs.until)

    def _cloud_box(self) -> QGroupBox:
        box = self.cloud_box = QGroupBox()
        form = QFormLayout(box)
        self.cloud_where = _value("")
        self.cloud_endpoint = _value("—")
        self.cloud_status = _value("")
        self.check_button = QPushButton()
        self.check_button.clicked.connect(lambda: self.spawn(self.check_connection()))
        self.cloud_captions = [PlainLabel(), PlainLabel(), PlainLabel()]
        for caption, value in zip(self.cloud_captions, (self.cloud_where, self.cloud_endpoint, self.cloud_status),
                                  strict=True):
            form.addRow(caption, value)
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
        box = self.release_box = QGroupBox()
        grid = QGridLayout(box)
        self.release_group = QComboBox()
        self.release_group.addItems(profile.all_groups())
        self.release_kind = _kinds()
        self.release_version = QComboBox()
        self.release_version.setEditable(True)
        for combo in (self.release_group, self.release_kind):
            combo.currentIndexChanged.connect(lambda _i: self.spawn(self.refresh_release_versions()))
        self.release_captions = [PlainLabel(), PlainLabel(), PlainLabel()]
        for r, widget in enumerate((self.release_group, self.release_kind, self.release_version)):
            grid.addWidget(self.release_captions[r], r, 0)
            grid.addWidget(widget, r, 1)
        buttons = QHBoxLayout()
        self.release_button = QPushButton()
        buttons.addWidget(self.commands.add("release", self.release_button, Role.ENGINEER, dangerous=True))
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _upload_box(self, profile: Profile) -> QGroupBox:
        box = self.upload_box = QGroupBox()
        grid = QGridLayout(box)
        self.upload_kind = _kinds()
        self.upload_model = QComboBox()
        self.upload_model.addItems(list(profile.models))
        self.upload_version = QLineEdit()
        self.upload_notes = QLineEdit()
        self.upload_file = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.pick_file)
        self.upload_replace = QCheckBox()
        self.upload_captions = [PlainLabel() for _ in range(5)]
        for r, widget in enumerate((self.upload_kind, self.upload_model, self.upload_version, self.upload_notes)):
            grid.addWidget(self.upload_captions[r], r, 0)
            grid.addWidget(widget, r, 1, 1, 2)
        grid.addWidget(self.upload_captions[4], 4, 0)
        grid.addWidget(self.upload_file, 4, 1)
        grid.addWidget(self.browse, 4, 2)
        grid.addWidget(self.upload_replace, 5, 1)
        self.upload_button = QPushButton()
        grid.addWidget(self.commands.add("upload", self.upload_button, Role.ENGINEER), 5, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _catalog_box(self) -> QGroupBox:
        box = self.catalog_box = QGroupBox()
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.catalog_status = PlainLabel()
        self.catalog_status.setWordWrap(True)
        self.refresh_button = QPushButton()
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
            self._set_cloud_status(f"✖ {tr_message(self.session.error.cause_message, self.session.error.cause)}")

    def _set_cloud_status(self, text: str) -> None:
        self._cloud_state = text
        self.cloud_status.setText(text)

    async def check_connection(self) -> CheckReport | None:
        """The full cloud check (identity, bootstrap resources, permissions, endpoint, quotas) in a worker thread."""
        backend = self.session.backend
        if backend is None:
            return None
        self._set_cloud_status(self.tr("checking…"))
        self.check_button.setEnabled(False)
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            report = await loop.run_in_executor(None, lambda: check_cloud(backend.cloud, backend.profile))
        except Exception as exc:  # a bug in the check: say so, never crash the window
            self._set_cloud_status("✖ " + self.tr("the check failed: {error}").format(
                error=f"{type(exc).__name__}: {exc}"))
            return None
        finally:
            self.check_button.setEnabled(self.session.state == SessionState.RUNNING)
        seconds = time.monotonic() - started
        verdict = {0: "✔ " + self.tr("ready"),
                   1: "✖ " + (self.tr("1 problem") if len(report.problems) == 1 else
                              self.tr("{n} problems").format(n=len(report.problems))),
                   2: "✖ " + self.tr("could not check")}[report.exit_code]
        self._set_cloud_status(f"{verdict} ({seconds:.1f} s)")
        self.check_report.setText(format_report(report))
        self.check_report.show()
        return report

    async def refresh_catalog(self) -> None:
        backend = self.session.backend
        if backend is None:
            return
        self.catalog_status.setText(self.tr("Loading…"))
        loop = asyncio.get_running_loop()
        try:
            from station.jobs.catalog import Catalog

            catalog = Catalog(backend.cloud, backend.profile.catalog)
            entries = await loop.run_in_executor(None, catalog.entries)
        except Exception as exc:  # the catalog may be missing or unreachable; say so, never crash the window
            cause = tr_message(exc.cause_message, exc.cause) if isinstance(exc, StationError) else str(exc)
            self.catalog_status.setText(self.tr("Catalog not available: {cause}").format(cause=cause))
            return
        rows = [[_tr(KINDS.get(e.kind, e.kind)), e.model, e.version, f"{e.size:,} B", e.sha256[:16] + "…",
                 e.uploaded.strftime("%Y-%m-%d %H:%M") if e.uploaded else "", e.notes] for e in entries]
        _fill(self.catalog, rows)
        where = f"s3://{backend.profile.catalog.bucket}/{backend.profile.catalog.prefix}"
        self.catalog_status.setText(self.tr("1 entry in {where}").format(where=where) if len(rows) == 1 else
                                    self.tr("{n} entries in {where}").format(n=len(rows), where=where))

    async def refresh_release_versions(self) -> list[str]:
        """Fill the release version list from the catalog (the group's model, the chosen kind)."""
        backend = self.session.backend
        if backend is None or self.session.state != SessionState.RUNNING:
            return []
        group, kind = self.release_group.currentText(), str(self.release_kind.currentData())

        def versions() -> list[str]:
            model = model_for_group(backend.profile, group)
            return Catalog(backend.cloud, backend.profile.catalog).versions(kind, model)
        try:
            found = await asyncio.get_running_loop().run_in_executor(None, versions)
        except Exception:  # a group holding several models has no single list; the version can be typed
            found = []
        if (group, kind) != (self.release_group.currentText(), str(self.release_kind.currentData())):
            return found  # the user picked something else meanwhile: a newer refresh fills the list
        typed = self.release_version.currentText()
        self.release_version.clear()
        self.release_version.addItems(found)
        self.release_version.setCurrentText(typed if typed in found or not found else found[-1])
        return found

    def pick_file(self) -> None:
        """Non-modal file picker (open(), not exec(): a nested Qt loop deadlocks under qasync)."""
        dialog = QFileDialog(self, self.tr("Firmware image or configuration"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Firmware images (*.bin *.img *.hex)"), self.tr("Configurations (*.json)"),
                               self.tr("All files (*)")])
        dialog.fileSelected.connect(self.upload_file.setText)
        self._file_dialog = dialog
        dialog.open()

    async def upload(self) -> Outcome:
        """Upload the chosen file as catalog firmware/config model/version (replace only when ticked, confirmed)."""
        kind, model = str(self.upload_kind.currentData()), self.upload_model.currentText()
        word = _tr(KINDS[kind])
        version, notes = self.upload_version.text().strip(), self.upload_notes.text().strip()
        path = Path(self.upload_file.text().strip()) if self.upload_file.text().strip() else None
        replace = self.upload_replace.isChecked()
        if path is None or not version:
            self.actor.show(self.tr("Upload: choose a file and type the version first."), status=FAILED)
            return Outcome(FAILED, "incomplete")

        def work(b: Backend) -> CatalogEntry:
            catalog = Catalog(b.cloud, b.profile.catalog)
            if kind == "firmware":
                return catalog.upload_firmware(model, version, path, notes=notes, replace=replace)
            return catalog.upload_config(model, version, path, notes=notes, replace=replace)
        outcome = await self.actor.run(
            "catalog-upload", f"{kind} {model} {version}",
            {"file": path.name, "notes": notes, "replace": replace}, work, needs=Role.ENGINEER,
            confirm=self.tr("REPLACE {kind} {model} {version} in the catalog? Units that already received it keep "
                            "the old content.").format(kind=word, model=model, version=version) if replace else "",
            confirm_button=self.tr("Replace"),
            done=lambda e: self.tr("{kind} {model} {version} is in the catalog ({size} B, sha256 {sha}…)").format(
                kind=_tr(KINDS.get(e.kind, e.kind)), model=e.model, version=e.version, size=f"{e.size:,}",
                sha=e.sha256[:12]))
        if outcome.ok:
            self.spawn(self.refresh_catalog())
            self.spawn(self.refresh_release_versions())
        return outcome

    async def release(self) -> Outcome:
        """Release the chosen version to the group: a new continuous job, then the old one is cancelled."""
        group, kind = self.release_group.currentText(), str(self.release_kind.currentData())
        word = _tr(KINDS[kind])
        version = self.release_version.currentText().strip()
        if not group or not version:
            self.actor.show(self.tr("Release: choose the group and the version first."), status=FAILED)
            return Outcome(FAILED, "incomplete")

        def done(r: ReleaseResult) -> str:
            params = {"kind": word, "model": r.model, "version": version, "group": group, "job": r.job_id}
            if r.action == "created":
                text = self.tr("{kind} {model} {version} released to {group}: new continuous job {job}").format(
                    **params)
            else:
                text = self.tr("{kind} {model} {version} was already the release of {group} (job {job})").format(
                    **params)
            return text + (self.tr("; canceled {jobs}").format(jobs=", ".join(r.canceled)) if r.canceled
                           else self.tr("; nothing to cancel"))
        return await self.actor.run(
            "release", group, {"kind": kind, "version": version},
            lambda b: release(b.cloud, Catalog(b.cloud, b.profile.catalog), b.profile, kind, version, group),
            needs=Role.ENGINEER,
            confirm=self.tr("Release {kind} {version} to every unit of group {group}? Its current {kind} job is "
                            "cancelled (queued units get the new version; running installs finish).").format(
                kind=word, version=version, group=group),
            confirm_button=self.tr("Release {version}").format(version=version), done=done)
