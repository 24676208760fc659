"""Engineer view: the station profile (read-only), the cloud connection, the firmware catalog and releases."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.profile import Profile
from ui.actions import ActionSet
from ui.roles import Role
from ui.session import SessionState, StationSession

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
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class EngineerView(QWidget):
    """Read-only facts are live; catalog upload and releasing are wired by the jobs API (role-gated)."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.commands = ActionSet()
        self._tasks: set[asyncio.Task[Any]] = set()
        root = QGridLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(12)
        root.addWidget(self._profile_box(session.profile), 0, 0, 2, 1)
        root.addWidget(self._cloud_box(), 0, 1)
        root.addWidget(self._release_box(session.profile), 1, 1)
        root.addWidget(self._catalog_box(), 2, 0, 1, 2)
        root.setColumnStretch(0, 1)
        root.setColumnStretch(1, 1)
        root.setRowStretch(2, 1)
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
            form.addRow(caption, _value(text))
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
        form.addRow("Target", self.cloud_where)
        form.addRow("Endpoint", self.cloud_endpoint)
        form.addRow("Status", self.cloud_status)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def _release_box(self, profile: Profile) -> QGroupBox:
        box = QGroupBox("Release firmware or configuration to a group")
        grid = QGridLayout(box)
        self.release_group = QComboBox()
        self.release_group.addItems(profile.all_groups())
        self.release_kind = QComboBox()
        self.release_kind.addItems(["firmware", "config"])
        self.release_version = QLineEdit()
        self.release_version.setPlaceholderText("version from the catalog")
        grid.addWidget(QLabel("Group"), 0, 0)
        grid.addWidget(self.release_group, 0, 1)
        grid.addWidget(QLabel("Kind"), 1, 0)
        grid.addWidget(self.release_kind, 1, 1)
        grid.addWidget(QLabel("Version"), 2, 0)
        grid.addWidget(self.release_version, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.commands.add("release", QPushButton("Release…"), Role.ENGINEER, dangerous=True,
                                           tip="New continuous job for the group; the old one is cancelled"))
        buttons.addWidget(self.commands.add("upload", QPushButton("Upload to catalog…"), Role.ENGINEER,
                                           tip="Add a firmware image or configuration version"))
        grid.addLayout(buttons, 3, 0, 1, 2)
        return box

    def _catalog_box(self) -> QGroupBox:
        box = QGroupBox("Firmware and configuration catalog")
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.catalog_status = QLabel("Not loaded.")
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

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run a coroutine on the Qt-driven asyncio loop; keep a reference so it is not collected mid-way."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _show_session(self) -> None:
        running = self.session.state == SessionState.RUNNING
        self.check_button.setEnabled(running)
        self.refresh_button.setEnabled(running)
        backend = self.session.backend
        if backend is not None:
            self.cloud_endpoint.setText(backend.endpoint or f"AWS IoT, {backend.profile.cloud.region}")
        if self.session.state == SessionState.ERROR and self.session.error is not None:
            self.cloud_status.setText(f"✖ {self.session.error.cause}")

    async def check_connection(self) -> None:
        backend = self.session.backend
        if backend is None:
            return
        self.cloud_status.setText("checking…")
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            # A cheap read the station's IAM policy allows; boto3 blocks, so it runs in a worker thread.
            answer = await loop.run_in_executor(
                None, lambda: backend.cloud.iot.describe_endpoint(endpointType="iot:Data-ATS"))
        except Exception as exc:
            self.cloud_status.setText(f"✖ not reachable: {type(exc).__name__}: {exc}")
            return
        millis = (time.monotonic() - started) * 1000
        self.cloud_status.setText(f"✔ reachable ({millis:.0f} ms); device endpoint {answer['endpointAddress']}")

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
