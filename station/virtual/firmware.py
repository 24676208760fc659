"""Firmware and configuration state of a board: running version, two image slots, reboot breadcrumb, boot."""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

log = logging.getLogger("station.virtual")


@dataclass(frozen=True)
class Breadcrumb:
    """What an install leaves in persistent state before it reboots, so the job can be finished afterwards.

    ``booted`` and ``rolled_back`` are filled in by ``Firmware.boot()``: the agent
    reads them after the reboot to report SUCCEEDED or FAILED without redoing the job.
    """

    job_id: str
    from_version: str
    to_version: str
    trail: str = ""  # statusDetails trail up to the reboot, in case the cloud's copy is lost
    booted: bool = False
    rolled_back: bool = False


@dataclass(frozen=True)
class BootResult:
    version: str  # what runs now
    breadcrumb: Breadcrumb | None  # the install this boot finished (or rolled back), if any

    @property
    def rolled_back(self) -> bool:
        return self.breadcrumb is not None and self.breadcrumb.rolled_back


class Firmware:
    """A board's flash: two image slots (A/B), the active one, a pending install and the configuration.

    Thread-safe. For virtual boards it lives in memory only (it survives the
    agent's reboots because the board object does); the standalone agent may give
    ``state_file`` so a rehearsal survives a process restart. Images themselves
    are not kept, only their versions: nothing ever executes them.
    """

    def __init__(self, version: str, *, state_file: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._slots: list[str | None] = [version, None]
        self._active = 0
        self._pending: int | None = None  # slot to try on the next boot
        self._pending_fails = False  # the staged image will not boot (fault knob)
        self._breadcrumb: Breadcrumb | None = None
        self._config: dict[str, Any] = {}
        self._config_bytes = b"{}"
        self._config_version = ""
        self._state_file = state_file
        if state_file is not None and state_file.is_file():
            self._load(state_file)

    # -- reading ---------------------------------------------------------------

    @property
    def running_version(self) -> str:
        with self._lock:
            version = self._slots[self._active]
        assert version is not None
        return version

    @property
    def slots(self) -> tuple[str | None, str | None]:
        with self._lock:
            return self._slots[0], self._slots[1]

    @property
    def active_slot(self) -> int:
        with self._lock:
            return self._active

    @property
    def breadcrumb(self) -> Breadcrumb | None:
        with self._lock:
            return self._breadcrumb

    @property
    def config(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._config)

    @property
    def config_bytes(self) -> bytes:
        with self._lock:
            return self._config_bytes

    @property
    def config_version(self) -> str:
        with self._lock:
            return self._config_version

    # -- changing --------------------------------------------------------------

    def stage(self, job_id: str, version: str, *, trail: str = "", fails_to_boot: bool = False) -> Breadcrumb:
        """Write an image into the inactive slot and leave the breadcrumb; takes effect at the next boot()."""
        with self._lock:
            inactive = 1 - self._active
            self._slots[inactive] = version
            self._pending = inactive
            self._pending_fails = fails_to_boot
            current = self._slots[self._active]
            assert current is not None
            self._breadcrumb = Breadcrumb(job_id, current, version, trail)
            crumb = self._breadcrumb
        self._save()
        return crumb

    def boot(self) -> BootResult:
        """Power-up: try a pending image; if it does not come up, fall back to the previous slot."""
        with self._lock:
            crumb = self._breadcrumb
            if self._pending is not None:
                if self._pending_fails:
                    # The bootloader tried the new slot, it never confirmed itself: back to the old one.
                    self._slots[self._pending] = None
                    rolled_back = True
                else:
                    self._active = self._pending
                    rolled_back = False
                self._pending = None
                self._pending_fails = False
                if crumb is not None:
                    crumb = self._breadcrumb = replace(crumb, booted=True, rolled_back=rolled_back)
            version = self._slots[self._active]
        assert version is not None
        self._save()
        return BootResult(version, crumb)

    def clear_breadcrumb(self, job_id: str | None = None) -> None:
        """Forget the breadcrumb (only if it belongs to job_id, when given)."""
        with self._lock:
            if self._breadcrumb is not None and job_id in (None, self._breadcrumb.job_id):
                self._breadcrumb = None
        self._save()

    def abandon(self, job_id: str) -> None:
        """Its job is gone before the reboot: drop the staged image and the breadcrumb of job_id."""
        with self._lock:
            if self._breadcrumb is None or self._breadcrumb.job_id != job_id:
                return
            if self._pending is not None and not self._breadcrumb.booted:
                self._slots[self._pending] = None
                self._pending = None
                self._pending_fails = False
            self._breadcrumb = None
        self._save()

    def apply_config(self, raw: bytes, parsed: dict[str, Any], version: str = "") -> None:
        """Make a validated configuration current; the raw bytes are kept so an upload returns them exactly."""
        with self._lock:
            self._config = dict(parsed)
            self._config_bytes = bytes(raw)
            self._config_version = version
        self._save()

    def set_config(self, parsed: dict[str, Any]) -> None:
        """Replace the configuration from a dict (tests, the factory); bytes are its compact JSON."""
        self.apply_config(json.dumps(parsed, separators=(",", ":")).encode(), parsed, self.config_version)

    # -- optional persistence (standalone agent only) --------------------------

    def _save(self) -> None:
        if self._state_file is None:
            return
        with self._lock:
            state = {"slots": self._slots, "active": self._active, "pending": self._pending,
                     "pending_fails": self._pending_fails,
                     "breadcrumb": asdict(self._breadcrumb) if self._breadcrumb else None,
                     "config_hex": self._config_bytes.hex(), "config_version": self._config_version}
        tmp = self._state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state))
        os.replace(tmp, self._state_file)  # atomic: a crash mid-write leaves the old state

    def _load(self, path: Path) -> None:
        try:
            state = json.loads(path.read_text())
            self._slots = list(state["slots"])
            self._active = int(state["active"])
            self._pending = state["pending"]
            self._pending_fails = bool(state["pending_fails"])
            crumb = state.get("breadcrumb")
            self._breadcrumb = Breadcrumb(**crumb) if crumb else None
            self._config_bytes = bytes.fromhex(state["config_hex"])
            parsed = json.loads(self._config_bytes or b"{}")
            self._config = parsed if isinstance(parsed, dict) else {}
            self._config_version = str(state.get("config_version", ""))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring unreadable firmware state %s: %s", path, exc)
