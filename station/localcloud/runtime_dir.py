"""A private temporary folder held by a lock while its owner lives; a killed owner's folder is swept next start."""

# The demo and the self-test keep the embedded cloud's state (its CA key among it) in a temporary folder.
# ``EmbeddedCloud.close`` removes it, but a station killed with SIGKILL, a power cut or the Task Manager
# never gets there. So every such folder holds an exclusive lock on ``owner.lock`` for as long as its
# process lives (the OS drops the lock however the process ends), and every start removes the folders of
# the same prefix whose lock nobody holds any more. A lock, not a pid: a pid can be reused by an unrelated
# process after a crash, a released lock cannot be mistaken for a live one.

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

PREFIX = "station-cloud-"
LOCK_NAME = "owner.lock"
#: A folder whose lock file is still empty this young may be mid-creation by another station: leave it.
_CREATION_GRACE_S = 60.0


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _owned_by_us(path: Path) -> bool:
    if sys.platform == "win32":
        return True  # the temp dir is per user there
    try:
        st = path.lstat()
    except OSError:
        return False
    return st.st_uid == os.getuid()


def sweep_stale(root: Path | None = None, prefix: str = PREFIX) -> list[Path]:
    """Remove this user's ``prefix*`` folders under ``root`` whose owner is gone; returns what was removed."""
    base = Path(root) if root is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    for folder in sorted(base.glob(prefix + "*")):
        if folder.is_symlink() or not folder.is_dir() or not _owned_by_us(folder):
            continue
        lock = folder / LOCK_NAME
        try:
            fh = open(lock, "r+b")  # noqa: SIM115 - closed below, before the folder goes
        except OSError:
            continue  # no lock file: not a folder of this scheme (or one being created right now)
        with fh:
            if not _try_lock(fh):
                continue  # its owner is alive
            young = time.time() - lock.stat().st_mtime < _CREATION_GRACE_S
            if not fh.read() and young:
                continue  # created, not yet claimed: its owner locks and writes its pid next
        # Closed (lock released) before removal: Windows cannot delete an open file.
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


class RuntimeDir:
    """A fresh ``prefix*`` folder (0700) under ``root``, locked by this process until ``remove()``."""

    def __init__(self, root: Path | None = None, prefix: str = PREFIX) -> None:
        sweep_stale(root, prefix)
        # mkdtemp: a fresh name nobody else can have claimed, created readable by this user only.
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
        fd = os.open(self.path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        self._lock: IO[bytes] | None = os.fdopen(fd, "r+b")
        if not _try_lock(self._lock):  # a fresh file nobody else knows yet; cannot be held
            raise OSError(f"could not lock {self.path / LOCK_NAME}")
        # Written after locking: a sweeper that sees the pid knows the lock it could take is a dead owner's.
        self._lock.write(f"{os.getpid()}\n".encode())
        self._lock.flush()

    def remove(self) -> None:
        """Release the lock and delete the folder; idempotent."""
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.close()
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)
