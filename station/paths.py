"""Where the station keeps its data and logs: the user's data/log dirs, or STATION_HOME when set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "provisioning-station"


def _home() -> Path | None:
    value = os.environ.get("STATION_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
