"""Where the station keeps its data and logs (the user's data/log dirs, or STATION_HOME), readable by its user only."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP = "provisioning-station"

#: Modes on POSIX: records, logs and profiles name operators, serials and certificates; nobody else reads them.
DIR_MODE = 0o700
FILE_MODE = 0o600


def _home() -> Path | None:
    value = os.environ.get("STATION_HOME")
    return Path(value) if value else None


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) if needed and make it the user's only (0700 on POSIX).

    Only ``path`` itself is tightened: its parents may be shared folders the station does not own. On Windows
    the mode is ignored; the user's profile folders are already private there.
    """
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        # mkdir's mode is filtered by the umask and not applied to an existing folder: set it outright.
        with contextlib.suppress(PermissionError):  # a folder someone else owns: leave it, the files are private
            os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, and make it readable and writable by the user only (0600 on POSIX).

    Created with the mode already set (os.open with O_CREAT), so there is no moment in which it is readable
    by others; an existing file of the user's (one an older version wrote 0644) is tightened.
    """
    if not path.exists():
        with contextlib.suppress(FileExistsError):  # created meanwhile by another process: tightened below
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE))
    if os.name == "posix":
        with contextlib.suppress(PermissionError):
            os.chmod(path, FILE_MODE)
    return path


def write_private_text(path: Path, text: str) -> Path:
    """Write a text file (a profile the station creates) that only the user can read."""
    private_file(path)
    path.write_text(text, encoding="utf-8")
    return path


def data_dir() -> Path:
    home = _home()
    return private_dir(home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False)))


def log_dir() -> Path:
    home = _home()
    return private_dir(home / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False)))
