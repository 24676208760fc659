#!/usr/bin/env python3
"""Set-up and run in one command: `python3 run.py demo` or `python3 run.py test` on a fresh clone.

`python3 run.py bundle` builds the one-folder executable (dist/station/) and smoke-tests it.
`python3 run.py reliability` runs the fault matrix and writes docs/reliability.md.

Creates ./.venv (once, and again whenever pyproject.toml changes), installs the
project with the extras the command needs, installs the few system libraries
Qt needs to run offscreen on Debian/Ubuntu when it can, then runs the command.
Needs only Python 3.11+ and the package registries.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# What Qt's offscreen platform plugin loads (checked on Debian 12).
QT_LIBS = {"libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
           "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0", "libX11.so.6": "libx11-6",
           "libxcb.so.1": "libxcb1", "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3"}


def say(msg: str) -> None:
    print(f"[run.py] {msg}", flush=True)


def ensure_venv(extras: str) -> None:
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = set(extras.split(","))
    if stamp.exists() and PY.exists():
        have_digest, _, have_extras = stamp.read_text().partition(" ")
        if have_digest == digest and wanted <= set(have_extras.split(",")):
            return  # installed from this very pyproject.toml with at least these extras
        wanted |= set(have_extras.split(",")) if have_digest == digest else set()
    extras = ",".join(sorted(wanted))
    if not PY.exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say(f"installing the project with extras [{extras}] (first run takes a minute)")
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"], check=True, cwd=ROOT)
    stamp.write_text(f"{digest} {extras}")


def missing_qt_libs() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("ldconfig"):
        return []
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return [pkg for lib, pkg in QT_LIBS.items() if lib not in known]


def ensure_qt_system_libs() -> None:
    missing = missing_qt_libs()
    if not missing:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        say(f"installing system libraries Qt needs offscreen: {' '.join(missing)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    else:
        say(f"warning: Qt may not start; install these packages: {' '.join(missing)}")


def run_tests(extra: list[str]) -> int:
    ensure_venv("cloud,dev")
    ensure_qt_system_libs()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for step, cmd in (("ruff", [str(PY), "-m", "ruff", "check", "station", "ui", "tests", "scripts", "run.py"]),
                      ("mypy", [str(PY), "-m", "mypy"])):
        say(f"{step}: {' '.join(cmd[2:])}")
        if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
            say(f"{step} failed")
            return 1
    cmd = [str(PY), "-m", "pytest", *extra]
    say(" ".join(cmd[2:]))
    code = subprocess.run(cmd, cwd=ROOT, env=env).returncode
    if code == 5:  # pytest: no tests collected; never a pass
        say("pytest collected no tests: failing")
        return 1
    return code


def run_bundle(extra: list[str]) -> int:
    """The PyInstaller bundle: spec tests, build, then --version/--self-test/window start from dist/."""
    ensure_venv("bundle,cloud,dev")  # dev: pytest for the spec tests below
    ensure_qt_system_libs()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # The spec's rules first (seconds): `run.py test` skips them when PyInstaller is not installed yet.
    cmd = [str(PY), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/packaging"]
    say(" ".join(cmd[2:]))
    if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
        say("packaging tests failed")
        return 1
    cmd = [str(PY), "scripts/build_bundle.py", *extra]
    say(" ".join(cmd[1:]))
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def run_reliability(extra: list[str]) -> int:
    """The fault matrix, writing docs/reliability.md (the test suite runs the same matrix but writes nothing)."""
    ensure_venv("cloud,dev")
    return subprocess.run([str(PY), "-m", "tests.faults.report", *extra], cwd=ROOT).returncode


def run_demo(extra: list[str]) -> int:
    ensure_venv("cloud")
    args = extra or ["--boards", "8"]
    return subprocess.run([str(BIN / "station"), "demo", *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py is the one file older Pythons may start
        print(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
        return 1
    if not argv or argv[0] not in ("demo", "test", "bundle", "reliability", "station"):
        print(__doc__)
        print("usage: python3 run.py demo [station demo options] | test [pytest options] | "
              "bundle [build_bundle.py options] | reliability [pytest options] | station ARGS")
        return 64
    command, extra = argv[0], argv[1:]
    if command == "test":
        return run_tests(extra)
    if command == "demo":
        return run_demo(extra)
    if command == "bundle":
        return run_bundle(extra)
    if command == "reliability":
        return run_reliability(extra)
    ensure_venv("cloud")
    return subprocess.run([str(BIN / "station"), *extra], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
