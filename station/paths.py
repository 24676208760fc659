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


def platform_dirs() -> platformdirs.PlatformDirsABC:
    """The OS's per-user folders for the station (XDG on Linux, %LOCALAPPDATA% on Windows, ~/Library on macOS).

    Every per-user path of the station comes from here (or from STATION_HOME): nothing builds one from
    ``~``, HOME or a fixed /tmp. ``appauthor=False``: no company folder level on Windows.
    """
    return platformdirs.PlatformDirs(APP, appauthor=False)


def data_dir() -> Path:
    """Records database and the embedded cloud state of `station provision` / `station cloud serve`."""
    home = _home()
    return private_dir(home / "data" if home else Path(platform_dirs().user_data_dir))


def log_dir() -> Path:
    """station.log and its rotations."""
    home = _home()
    return private_dir(home / "logs" if home else Path(platform_dirs().user_log_dir))


def config_dir() -> Path:
    """The window's own settings (geometry, last role): not the profile, which the line engineer keeps."""
    home = _home()
    return private_dir(home / "config" if home else Path(platform_dirs().user_config_dir))


def settings_path() -> Path:
    """The window's settings file (QSettings, INI format), in config_dir()."""
    return config_dir() / "window.ini"


def documents_dir() -> Path:
    """Where a file the operator saves (an exported shift report) is offered first: the user's Documents."""
    return Path(platform_dirs().user_documents_dir)
