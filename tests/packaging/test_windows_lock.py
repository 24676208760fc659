"""The Windows lock: runtime and bundle dependencies resolve as Windows wheels, and the committed lock is current."""

# These tests reach PyPI through uv (the dev extra installs it). They are never skipped: without uv or without
# the index they fail, because "CI proves the Windows wheels resolve" is the point of them.

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lockmod() -> ModuleType:
    spec = importlib.util.spec_from_file_location("windows_lock", ROOT / "scripts" / "windows_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_uv_is_installed(lockmod: ModuleType) -> None:
    # A missing resolver is a failure, not a skip: CI would otherwise prove nothing about Windows.
    assert Path(lockmod.uv_binary()).exists()


def test_the_committed_windows_lock_is_current(lockmod: ModuleType, tmp_path: Path) -> None:
    assert lockmod.LOCK.exists(), "no Windows lock: run `python scripts/windows_lock.py` and commit it"
    assert lockmod.stale(lockmod.LOCK, tmp_path) == []


def test_the_lock_holds_the_windows_only_dependencies(lockmod: ModuleType) -> None:
    locked = lockmod.pins(lockmod.LOCK.read_text(encoding="utf-8"))
    # Pulled in by markers that only a Windows target satisfies: click's colorama (platform_system ==
    # "Windows"), PyInstaller's pefile and pywin32-ctypes (sys_platform == "win32").
    for name in ("colorama", "pefile", "pywin32-ctypes"):
        assert name in locked, name
    # The bundle's own pieces, and pyproject's python_version marker on PySide6: 3.11 stays below 6.12.
    for name in ("pyinstaller", "ministack", "hypercorn", "awsiotsdk", "rich", "platformdirs", "pyserial"):
        assert name in locked, name
    major, minor = (int(x) for x in locked["pyside6-essentials"].split(".")[:2])
    assert (major, minor) < (6, 12)
    assert locked["shiboken6"] == locked["pyside6-essentials"]


def test_the_resolver_evaluates_markers_for_the_target_not_the_host(lockmod: ModuleType, tmp_path: Path) -> None:
    # The same resolution for Linux lacks them: the lock's Windows-only pins come from targeting Windows, which
    # `pip download --platform win_amd64` (host markers) would not do.
    linux = tmp_path / "linux.txt"
    lockmod.compile_lock(linux, platform="x86_64-manylinux_2_28")
    locked = lockmod.pins(linux.read_text(encoding="utf-8"))
    assert "pyinstaller" in locked
    assert not {"pefile", "pywin32-ctypes"} & set(locked)


def test_pins_reads_names_and_versions_only(lockmod: ModuleType) -> None:
    text = ("# header\nPySide6_Essentials==6.11.3\n    # via x\npywin32-ctypes==0.2.3 ; sys_platform == 'win32'\n"
            "numpy==2.4.6 \\\n    --hash=sha256:00\n")
    assert lockmod.pins(text) == {"pyside6-essentials": "6.11.3", "pywin32-ctypes": "0.2.3", "numpy": "2.4.6"}


def test_a_stale_lock_is_caught(lockmod: ModuleType, tmp_path: Path) -> None:
    text = lockmod.LOCK.read_text(encoding="utf-8")
    # A dependency the resolution now needs is missing from the lock, and a pin names a version that was never
    # published: both are reported.
    tampered = "\n".join(line for line in text.splitlines() if not line.startswith("colorama=="))
    tampered = tampered.replace("\npefile==", "\npefile==1999.1.1\n# was: pefile==")
    lock = tmp_path / "lock.txt"
    lock.write_text(tampered, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    problems = lockmod.stale(lock, work)
    assert len(problems) == 2, problems
    assert "colorama" in problems[0] and "do not resolve" in problems[1] and "pefile" in problems[1]
