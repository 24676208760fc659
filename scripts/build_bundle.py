"""Build the one-folder bundle (pyinstaller.spec), smoke-test it from dist/ in a minimal environment, report figures."""

# Used by CI (`python3 run.py bundle`, called from .ci/run) and by hand:
#   python scripts/build_bundle.py                 build + checks + figures (JSON in dist/bundle-figures.json)
#   python scripts/build_bundle.py --skip-build    check an existing dist/station/
#   python scripts/build_bundle.py --write-docs    also rewrite the figures section of docs/packaging.md
# Every run of the bundle happens with a minimal environment (PATH=/usr/bin:/bin, no PYTHON*,
# no venv) so that a bundle leaning on the build machine's Python fails here, not on a line PC.

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "station"
EXE = DIST / ("station.exe" if os.name == "nt" else "station")  # console: CLI, --version, --self-test
GUI_EXE = DIST / ("station-gui.exe" if os.name == "nt" else "station-gui")  # windowed: the window only
FIGURES_JSON = ROOT / "dist" / "bundle-figures.json"
DOC = ROOT / "docs" / "packaging.md"
DOC_START, DOC_END = "<!-- figures:start -->", "<!-- figures:end -->"


class Failed(Exception):
    """A check of the bundle failed; the message says which and why."""


def say(msg: str) -> None:
    print(f"[bundle] {msg}", flush=True)


def minimal_env(home: Path) -> dict[str, str]:
    """What a line PC without Python gives the process: a system PATH, a home, offscreen Qt."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "STATION_HOME": str(home / "station-home")}
    if os.name == "nt":
        # Windows cannot start a process without these; none of them points at a Python.
        keep = ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA")
        env.update({k: os.environ[k] for k in keep if k in os.environ})
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def run_bundle(args: list[str], env: dict[str, str], timeout: float,
               exe: Path = EXE) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout,
                              cwd=env["HOME"])
    except subprocess.TimeoutExpired as e:
        raise Failed(f"`{exe.stem} {' '.join(args)}` did not finish in {timeout:.0f} s; output so far:\n"
                     f"{e.stdout!r}\n{e.stderr!r}") from None


def last_json(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            try:
                value: dict[str, Any] = json.loads(line)
                return value
            except ValueError:
                continue
    raise Failed(f"no JSON line in the output:\n{stdout}")


def build() -> tuple[float, str]:
    """Run PyInstaller; returns (seconds, "clean" or "incremental": whether build/ held a previous run)."""
    kind = "incremental" if (ROOT / "build" / "pyinstaller").exists() else "clean"
    say(f"pyinstaller --noconfirm pyinstaller.spec ({kind} build)")
    t0 = time.monotonic()
    # -P: keep the project root off sys.path, so copy_metadata() in the spec finds the installed
    # dist-info rather than a leftover provisioning_station.egg-info in the source tree.
    done = subprocess.run([sys.executable, "-P", "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "pyinstaller.spec"], cwd=ROOT)
    if done.returncode != 0:
        raise Failed(f"PyInstaller failed with exit code {done.returncode}")
    return time.monotonic() - t0, kind


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def check_contents() -> None:
    """What the spec promises to carry (and to leave out), checked on the built folder."""
    for exe in (EXE, GUI_EXE):
        if not exe.exists():
            raise Failed(f"{exe} does not exist: build first")
    internal = DIST / "_internal"
    # The Linux wheel keeps Qt's files under PySide6/Qt/, the Windows wheel directly under PySide6/.
    qt = internal / "PySide6" / "Qt" if (internal / "PySide6" / "Qt").is_dir() else internal / "PySide6"
    plugins = qt / "plugins"
    names = {p.relative_to(plugins).as_posix() for p in plugins.rglob("*") if p.is_file()}
    problems = []
    platform_plugin = "platforms/qwindows.dll" if os.name == "nt" else "platforms/libqxcb.so"
    offscreen = "platforms/qoffscreen.dll" if os.name == "nt" else "platforms/libqoffscreen.so"
    for wanted in (platform_plugin, offscreen):
        if wanted not in names:
            problems.append(f"Qt plugin {wanted} missing")
    unwanted = sorted(n for n in names if "wayland" in n or "eglfs" in n or n.startswith("tls/"))
    if unwanted:
        problems.append(f"Qt plugins that should have been trimmed: {unwanted}")
    # The window's languages: our .qm files, Qt's own qtbase catalog of each (where Qt has one), and the font.
    ours = sorted(p.stem.removeprefix("station_") for p in (internal / "resources" / "i18n").glob("station_*.qm"))
    if not {"de", "es", "zh_CN", "vi"} <= set(ours):
        problems.append(f"translations of the window missing: resources/i18n has {ours}")
    qt_catalogs = {p.name for p in (qt / "translations").glob("*")} if (qt / "translations").exists() else set()
    if not qt_catalogs <= {f"qtbase_{code}.qm" for code in ours} or "qtbase_de.qm" not in qt_catalogs:
        problems.append(f"Qt translations are not the shipped languages' qtbase: {sorted(qt_catalogs)}")
    if not list((internal / "resources" / "fonts").glob("*.otf")) or \
            not (internal / "resources" / "fonts" / "OFL.txt").exists():
        problems.append("the bundled CJK/Vietnamese font or its licence is missing")
    services = {p.name for p in (internal / "botocore" / "data").iterdir() if p.is_dir()}
    if not {"iot", "iot-data", "iot-jobs-data", "s3", "sts", "iam"} <= services or len(services) > 8:
        problems.append(f"botocore services are not the trimmed set: {sorted(services)}")
    if not (internal / "resources" / "icons" / "station.svg").exists():
        problems.append("resources/icons/*.svg missing")
    # A dist-info normally; an egg-info when the spec ran with the source tree first on sys.path.
    if not [*internal.glob("provisioning_station-*.dist-info"), *internal.glob("provisioning_station.egg-info")]:
        problems.append("provisioning-station metadata missing (station.__version__ would be 0.0.0+src)")
    if problems:
        raise Failed("bundle contents: " + "; ".join(problems))


def check_version(env: dict[str, str]) -> str:
    expected = version("provisioning-station")
    done = run_bundle(["--version"], env, 60)
    if done.returncode != 0 or done.stdout.strip() != f"station {expected}":
        raise Failed(f"--version said {done.stdout.strip()!r} (exit {done.returncode}), expected "
                     f"'station {expected}'\n{done.stderr}")
    return expected


def self_test(env: dict[str, str]) -> dict[str, Any]:
    t0 = time.monotonic()
    done = run_bundle(["--self-test"], env, 300)
    wall = time.monotonic() - t0
    if done.returncode != 0:
        raise Failed(f"--self-test exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    result = last_json(done.stdout)
    exe = os.path.realpath(EXE)
    # Proof that demo mode needs no Python: the embedded cloud's child is this bundle's executable.
    if not result.get("frozen") or os.path.realpath(result["cloud_command"][0]) != exe:
        raise Failed(f"the embedded cloud was not started from the bundle: {result.get('cloud_command')}")
    if result.get("cloud_exe") is not None and os.path.realpath(result["cloud_exe"]) != exe:
        raise Failed(f"the embedded cloud ran {result['cloud_exe']}, not the bundle's {exe}")
    # The bundle carries the nRF91 driver, its automatic choice and the virtual modem: one unit proves it.
    if not result.get("nrf91"):
        raise Failed("the self-test provisioned no nRF91 modem: the bundle's nrf91 driver went untested")
    result["wall_s"] = round(wall, 2)
    return result


def window_start(env: dict[str, str], expected_version: str, exe: Path, args: list[str]) -> tuple[float, float]:
    """One start of the window to the station running: (launch → window shown, launch → running), seconds."""
    launched = time.time()
    done = run_bundle([*args, "--time-to-window"], env, 120, exe)
    if done.returncode != 0:
        raise Failed(f"{exe.name} {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    probe = last_json(done.stdout)
    if probe.get("state") != "running" or expected_version not in (probe.get("title") or ""):
        raise Failed(f"{exe.name}: the window did not come up running with the version in its title: {probe}")
    return probe["window_at"] - launched, probe["running_at"] - launched


def time_to_window(env: dict[str, str], expected_version: str, runs: int) -> dict[str, Any]:
    """The windowed executable, `station-gui demo --boards 1`: launch → window up, launch → station running.

    Then once `station demo --gui` from the console executable, which opens the same window (line scripts and
    the docs use it).
    """
    window, running = [], []
    for _ in range(runs):
        w, r = window_start(env, expected_version, GUI_EXE, ["demo", "--boards", "1"])
        window.append(w)
        running.append(r)
    console_window, _ = window_start(env, expected_version, EXE, ["demo", "--gui", "--boards", "1"])
    return {"window_first_s": round(window[0], 2), "window_median_s": round(statistics.median(window), 2),
            "running_first_s": round(running[0], 2), "running_median_s": round(statistics.median(running), 2),
            "runs": runs, "console_window_s": round(console_window, 2)}


def write_docs(figures: dict[str, Any]) -> None:
    text = DOC.read_text(encoding="utf-8")
    st, tw = figures["self_test"], figures["time_to_window"]
    build_line = (f"| build time (`pyinstaller pyinstaller.spec`, {figures['build_kind']}) | {figures['build_s']} s |\n"
                  if figures.get("build_s") is not None else "")
    table = (
        f"{DOC_START}\n"
        f"Measured {figures['measured']} on {figures['machine']} by `scripts/build_bundle.py --write-docs`"
        f" (version {figures['version']}).\n\n"
        "| figure | value |\n|---|---|\n"
        f"| bundle size (`dist/station/`) | {figures['size_mb']:.0f} MB |\n"
        f"{build_line}"
        f"| cold start to window shown (`station-gui demo`, offscreen, first run) | {tw['window_first_s']} s |\n"
        f"| … median of {tw['runs']} runs | {tw['window_median_s']} s |\n"
        f"| start to station running (embedded cloud up, boards listed), median | {tw['running_median_s']} s |\n"
        f"| `--self-test` (2 boards to ready, one an nRF91 modem), whole process | {st['wall_s']} s |\n"
        f"| … embedded cloud up + bootstrap / provisioning to ready | {st['cloud_start_s']} s / "
        f"{st['provision_s']} s |\n"
        f"{DOC_END}"
    )
    new, count = re.subn(re.escape(DOC_START) + r".*?" + re.escape(DOC_END), lambda _m: table, text, flags=re.S)
    if count != 1:
        raise Failed(f"{DOC} has no {DOC_START} … {DOC_END} section")
    DOC.write_text(new, encoding="utf-8")
    say(f"figures written to {DOC.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--skip-build", action="store_true", help="check the existing dist/station/")
    p.add_argument("--write-docs", action="store_true", help="rewrite the figures section of docs/packaging.md")
    p.add_argument("--runs", type=int, default=3, help="GUI start-up runs to time (default 3)")
    args = p.parse_args(argv)
    try:
        build_s, build_kind = (None, None) if args.skip_build else build()
        build_s = None if build_s is None else round(build_s, 1)
        check_contents()
        with tempfile.TemporaryDirectory(prefix="station-bundle-") as home:
            env = minimal_env(Path(home))
            say(f"checks run with a minimal environment: PATH={env['PATH']}")
            ver = check_version(env)
            say(f"--version: station {ver}")
            st = self_test(env)
            say(f"--self-test: {st['ready']}/{st['boards']} ready ({st.get('nrf91', 0)} of them nRF91 modems) in "
                f"{st['wall_s']} s; embedded cloud ran "
                f"{st.get('cloud_exe') or st['cloud_command'][0]}")
            tw = time_to_window(env, ver, args.runs)
            say(f"window from {GUI_EXE.name} (windowed) and from {EXE.name} (console, `demo --gui`): both running")
        figures = {
            "measured": time.strftime("%Y-%m-%d %H:%M:%S"),
            "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
                       f"{os.cpu_count()} CPUs",
            "version": ver, "size_mb": round(size_mb(DIST), 1), "build_s": build_s, "build_kind": build_kind,
            "self_test": {k: st[k] for k in ("wall_s", "cloud_start_s", "provision_s", "total_s", "ready")},
            "time_to_window": tw,
        }
        FIGURES_JSON.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        say(f"size {figures['size_mb']:.0f} MB, build {build_s} s, self-test {st['wall_s']} s, "
            f"window after {tw['window_first_s']} s (median {tw['window_median_s']} s), "
            f"station running after {tw['running_median_s']} s; {FIGURES_JSON.relative_to(ROOT)}")
        if args.write_docs:
            write_docs(figures)
    except Failed as e:
        say(f"FAILED: {e}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
