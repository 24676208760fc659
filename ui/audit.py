"""The window's access to the records database: QA/engineer audit entries and unit records, on one worker thread."""

from __future__ import annotations

import asyncio
import getpass
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from station.records import AuditEntry, RecordStore, UnitRecord, default_path

log = logging.getLogger("station.ui.audit")
T = TypeVar("T")


def os_user() -> str:
    """The logged-in user's name, or "" when the platform has none (service accounts, bare containers)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class AuditTrail:
    """Writes audit entries and reads unit records without touching SQLite on the GUI thread.

    A RecordStore's connection belongs to the thread that opened it, so one
    single-thread executor opens it (lazily, on first use) and runs every call.
    WAL lets the station's own records writer, in this or another process, go on
    at the same time. ``path=None`` means the data dir's records.sqlite.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="records")
        self._store: RecordStore | None = None

    def _open(self) -> RecordStore:
        if self._store is None:
            self._store = RecordStore(self.path if self.path is not None else default_path())
        return self._store

    async def _call(self, fn: Callable[[RecordStore], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self._open()))

    async def record(self, *, who: str, role: str, action: str, target: str, parameters: Mapping[str, Any],
                     outcome: str) -> int | None:
        """Append one entry; a records failure is logged, never raised: the action itself already happened."""
        try:
            return await self._call(lambda s: s.audit(who=who or os_user() or "unknown", role=role, action=action,
                                                      target=target, parameters=dict(parameters), outcome=outcome))
        except Exception:
            log.exception("could not write the audit entry for %s %s (%s)", action, target, outcome)
            return None

    async def entries(self) -> list[AuditEntry]:
        return await self._call(lambda s: s.audit_entries())

    async def unit_records(self, *, serial: str = "", thing: str = "") -> list[UnitRecord]:
        """Attempts of this serial (or, without one, of this thing), newest first; [] if there is no database."""
        def query(store: RecordStore) -> list[UnitRecord]:
            found = store.by_serial(serial) if serial else []
            return found or (store.by_thing(thing) if thing else [])
        if self._store is None and not (self.path or default_path()).exists():
            return []  # reading must not create a database on a PC that never provisioned
        return await self._call(query)

    def close(self) -> None:
        """Close the connection on its own thread, then let the thread go."""
        def shut() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None
        self._pool.submit(shut)
        self._pool.shutdown(wait=False)
