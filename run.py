#!/usr/bin/env python3
"""Set-up and run in one command: `python3 run.py demo` or `python3 run.py test` on a fresh clone.

`python3 run.py bundle` builds the one-folder executable (dist/station/) and smoke-tests it.
`python3 run.py reliability` runs the fault matrix and writes docs/reliability.md.
`python3 run.py bench [--quick]` runs the benchmarks and writes docs/performance/ (see README, Benchmarks).

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
import tempfile
import time
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


#: Packages the tests use as independent oracles, installed with --no-deps (see ensure_venv).
TEST_ORACLES_NO_DEPS = ("nrfcredstore==2.1.0",)


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
    if "dev" in wanted:
        # Test oracles installed without their dependencies (so not in pyproject's extras): nrfcredstore's own
        # credential-store code checks the nRF91 driver and the virtual modem, and its pynrfjprog dependency
        # (a 47 MB J-Link toolchain) is never used by that code.
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--no-deps", *TEST_ORACLES_NO_DEPS],
                       check=True, cwd=ROOT)
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


#: Where Debian's softhsm2 package puts its PKCS#11 module (the factory-ca mode's demo and test token).
SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so")


def ensure_softhsm() -> None:
    """SoftHSM2, the PKCS#11 token that holds the line CA's key in the demo and the tests (certificates.mode
    = "factory-ca"); a factory uses its own USB token or HSM instead. Installed from Debian's packages."""
    if not sys.platform.startswith("linux") or any(Path(m).exists() for m in SOFTHSM_MODULES):
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing softhsm2 (the PKCS#11 token of the factory-ca demo and tests)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "softhsm2"], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    else:
        say("warning: the factory-ca demo and tests need SoftHSM2: install the softhsm2 package")


def parallel_workers(extra: list[str]) -> list[str]:
    """pytest-xdist options unless the caller chose (-n/--numprocesses, or -p no:xdist).

    Most of the suite waits (embedded clouds starting, virtual boards at line rate, stations being killed), so
    four workers keep two cores busy; "worksteal" evens out the few minute-long modules. Each worker gets its
    own temp folder and its own embedded clouds on free ports.
    """
    chosen = any(a in ("-n", "--numprocesses") or a.startswith(("-n", "--numprocesses=", "--dist"))
                 for a in extra) or "no:xdist" in extra
    return [] if chosen else ["-n", "4", "--dist", "worksteal"]


def run_tests(extra: list[str]) -> int:
    ensure_venv("cloud,dev")
    ensure_qt_system_libs()
    ensure_softhsm()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for step, cmd in (("ruff", [str(PY), "-m", "ruff", "check", "station", "ui", "tests", "scripts", "run.py"]),
                      ("mypy", [str(PY), "-m", "mypy"])):
        say(f"{step}: {' '.join(cmd[2:])}")
        if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
            say(f"{step} failed")
            return 1
    cmd = [str(PY), "-m", "pytest", *parallel_workers(extra), *extra]
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


#: The benchmarks `run.py bench` runs, in order (module, options of a --quick smoke form).
BENCHES: dict[str, tuple[str, list[str]]] = {
    "throughput": ("bench.throughput", ["--quick"]),  # batches; --until ready vs registered
    "line": ("bench.line", ["--quick"]),  # the continuous line at 64 slots
    "stations": ("bench.stations", ["--quick"]),  # 2 and 4 stations on one account
    "gui_lag": ("bench.gui_lag", ["--units", "16", "--until", "registered"]),  # the window under load
}


def run_bench(extra: list[str]) -> int:
    """Every benchmark (targets printed MET/MISSED, each checking that every unit is accounted for), or one.

    `run.py bench [--quick]` runs them all (--quick: a smoke form writing to a temporary folder, so the figures
    in docs/performance stay those of a full run); `run.py bench NAME [its options]` runs one of BENCHES.
    A benchmark fails (and so does the command) when its accounting finds a unit missing or orphaned.
    """
    ensure_venv("bench")
    ensure_qt_system_libs()  # gui_lag opens the real window, offscreen
    ensure_softhsm()  # the throughput bench's factory-ca line signs with a SoftHSM2 token
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    quick, tmp = "--quick" in extra, Path(tempfile.gettempdir()) / "station-bench-quick"
    if extra and extra[0] in BENCHES:
        plan = [(extra[0], extra[1:])]
    elif extra in ([], ["--quick"]):
        full = {"throughput": ["--ready", "32", "64"]}  # ready vs registered where the target is; ≤ 15 min in all
        plan = [(name, [*opts, "--out", str(tmp)] if quick else full.get(name, []))
                for name, (_, opts) in BENCHES.items()]
    else:
        print(f"usage: python3 run.py bench [--quick] | bench {{{','.join(BENCHES)}}} [its options]")
        return 64
    results: list[tuple[str, int, float]] = []
    started = time.monotonic()
    for name, opts in plan:
        cmd = [str(PY), "-m", BENCHES[name][0], *opts]
        say(" ".join(cmd[1:]))
        t = time.monotonic()
        code = subprocess.run(cmd, cwd=ROOT, env=env).returncode
        results.append((name, code, time.monotonic() - t))
    if len(plan) > 1:  # the line and stations figures as one plot, next to their results
        subprocess.run([str(PY), "-m", "bench.plots", *(["--out", str(tmp)] if quick else [])], cwd=ROOT, env=env)
    for name, code, secs in results:
        say(f"{name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {secs:.0f} s")
    say(f"benchmarks took {time.monotonic() - started:.0f} s")
    return 0 if all(code == 0 for _, code, _ in results) else 1


def run_demo(extra: list[str]) -> int:
    ensure_venv("cloud")
    ensure_softhsm()  # --cert-mode factory-ca keeps the demo line CA's key in a SoftHSM2 token
    args = extra or ["--boards", "8"]
    return subprocess.run([str(BIN / "station"), "demo", *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py is the one file older Pythons may start
        print(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
        return 1
    if not argv or argv[0] not in ("demo", "test", "bundle", "reliability", "bench", "station"):
        print(__doc__)
        print("usage: python3 run.py demo [station demo options] | test [pytest options] | "
              "bundle [build_bundle.py options] | reliability [pytest options] | bench [--quick | NAME options] "
              "| station ARGS")
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
    if command == "bench":
        return run_bench(extra)
    ensure_venv("cloud")
    return subprocess.run([str(BIN / "station"), *extra], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
