"""The window's access to the records database: QA/engineer audit entries and unit records, on one worker thread."""

from __future__ import annotations

import asyncio
import getpass
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from station.records import AuditEntry, RecordStore, UnitRecord, default_path
from station.records.anchor import AuditAnchor, anchor_quietly

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
        self._anchor_factory: Callable[[], AuditAnchor | None] | None = None
        self._anchor: AuditAnchor | None = None

    def anchor_with(self, factory: Callable[[], AuditAnchor | None]) -> None:
        """Anchor the chain's head in S3 after every entry from now on (the factory runs on the records thread)."""
        self._anchor_factory = factory

    def _anchored(self, store: RecordStore) -> None:
        # On the records thread, after the entry is committed: a slow or absent network delays only this thread.
        if self._anchor is None and self._anchor_factory is not None:
            try:
                self._anchor = self._anchor_factory()
            except Exception:
                log.exception("cannot anchor the audit trail in S3")
            self._anchor_factory = None
        anchor_quietly(self._anchor, store)

    def _append(self, store: RecordStore, **entry: Any) -> int:
        entry_id = store.audit(**entry)
        self._anchored(store)
        return entry_id

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
            return await self._call(lambda s: self._append(s, who=who or os_user() or "unknown", role=role,
                                                           action=action, target=target,
                                                           parameters=dict(parameters), outcome=outcome))
        except Exception:
            log.exception("could not write the audit entry for %s %s (%s)", action, target, outcome)
            return None

    def record_soon(self, *, who: str, role: str, action: str, target: str, parameters: Mapping[str, Any],
                    outcome: str) -> Future[int]:
        """Queue one entry from code that cannot await (a Qt slot); the future says when it is written.

        After close() nothing can be written any more: the entry is logged as lost, never raised into Qt.
        """
        try:
            future = self._submit_append(who, role, action, target, parameters, outcome)
        except RuntimeError:  # the pool is shut down: the window is closing
            log.error("audit trail closed: entry not written: %s %s %s (%s)", who, action, target, outcome)
            lost: Future[int] = Future()
            lost.set_exception(RuntimeError("the audit trail is closed"))
            return lost

        def logged(done: Future[int]) -> None:
            if done.exception() is not None:
                log.error("could not write the audit entry for %s %s (%s): %s", action, target, outcome,
                          done.exception())
        future.add_done_callback(logged)
        return future

    def _submit_append(self, who: str, role: str, action: str, target: str, parameters: Mapping[str, Any],
                       outcome: str) -> Future[int]:
        return self._pool.submit(lambda: self._append(self._open(), who=who or os_user() or "unknown", role=role,
                                                        action=action, target=target, parameters=dict(parameters),
                                                        outcome=outcome))

    def failed_unlocks_soon(self, via: str, *, since: float) -> Future[list[float]]:
        """The wrong PINs given ``via`` since ``since`` (wall clock) that no right one followed, read on the
        records thread; [] without creating a database on a PC that has none."""
        def read() -> list[float]:
            if self._store is None and not (self.path or default_path()).exists():
                return []
            return self._open().failed_unlocks(via, since=since)
        return self._pool.submit(read)

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
