"""Every per-user path of the station comes from platformdirs (or STATION_HOME): Linux and Windows layouts."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from station import paths
from station.records import store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose home is a temp folder, with no STATION_HOME and no XDG overrides."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("STATION_HOME", raising=False)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    return home


def _station_paths() -> dict[str, Path]:
    return {"data": paths.data_dir(), "logs": paths.log_dir(), "config": paths.config_dir(),
            "settings": paths.settings_path(), "records": store.default_path()}


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout is Linux's")
def test_linux_paths_are_platformdirs_xdg_folders_under_home(fake_home: Path) -> None:
    dirs = platformdirs.PlatformDirs(paths.APP, appauthor=False)
    got = _station_paths()
    assert got["data"] == Path(dirs.user_data_dir) == fake_home / ".local/share/provisioning-station"
    assert got["logs"] == Path(dirs.user_log_dir) == fake_home / ".local/state/provisioning-station/log"
    assert got["config"] == Path(dirs.user_config_dir) == fake_home / ".config/provisioning-station"
    assert got["settings"].parent == got["config"] and got["records"].parent == got["data"]
    assert all(p.is_relative_to(fake_home) for p in got.values())


def test_windows_paths_are_under_localappdata(fake_home: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs' own Windows implementation, resolving the known folders from the environment as it does on a
    # Windows Python without ctypes/winreg; only the choice of implementation is forced (this is not Windows).
    local, roaming = tmp_path / "AppData" / "Local", tmp_path / "AppData" / "Roaming"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    got = _station_paths()
    # docs/windows.md's table: %LOCALAPPDATA%\provisioning-station\ and its Logs\ folder; no company level.
    assert got["data"] == local / "provisioning-station"
    assert got["logs"] == local / "provisioning-station" / "Logs"
    assert got["config"] == local / "provisioning-station"
    assert got["records"] == local / "provisioning-station" / "records.sqlite"
    assert got["settings"] == local / "provisioning-station" / "window.ini"
    assert paths.documents_dir() == fake_home / "Documents"
    assert not roaming.exists()  # per machine: nothing roams with the user's profile


def test_station_home_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "stick"))
    got = _station_paths()
    assert got == {"data": tmp_path / "stick/data", "logs": tmp_path / "stick/logs",
                   "config": tmp_path / "stick/config", "settings": tmp_path / "stick/config/window.ini",
                   "records": tmp_path / "stick/data/records.sqlite"}


#: Ways of building a per-user path by hand instead of through station.paths (platformdirs).
_HAND_MADE = re.compile(r"expanduser|Path\.home\(|[\"']~[/\\]|[\"']/tmp|XDG_[A-Z]+_HOME|environ(?:\.get)?[\[(][\"']"
                        r"(?:HOME|APPDATA|LOCALAPPDATA|USERPROFILE)|QSettings\.Scope\.UserScope|QStandardPaths")
#: Found by this audit in files of other owners of issue 13; each should use station.paths (see the report):
#: the window's QSettings -> paths.settings_path(), the report dialog's default -> paths.documents_dir().
_PENDING = {("ui/main_window.py", "QSettings.Scope.UserScope"), ("ui/dashboard/view.py", "Path.home(")}


def test_no_per_user_path_is_built_by_hand() -> None:
    found = set()
    for path in sorted([*(ROOT / "station").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        rel = path.relative_to(ROOT).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0]
            found |= {(rel, m.group(0)) for m in _HAND_MADE.finditer(code)}
    assert found - _PENDING == set()
