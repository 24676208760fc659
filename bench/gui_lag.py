"""GUI benchmark: event-loop lag and memory of the real window while 32, then 64 virtual units run at once.

Run: ``python -m bench.gui_lag [--units 32 64] [--baud 57600] [--until ready]``. Offscreen unless
QT_QPA_PLATFORM says otherwise. Writes docs/performance/gui-lag.json and gui-lag.md.

Lag: a precise Qt timer is due every 10 ms on the GUI thread's loop (under qasync the asyncio loop *is* the
Qt loop); lag = when it ran - when it was due. A slow slot, a long repaint or a blocking call on the GUI
thread shows up here as lag, exactly as the operator would feel it (late clicks, frozen wall).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
import qasync
from PySide6.QtCore import QSettings, Qt, QTimer

from station import __version__
from station.profile import Profile, load_profile
from ui.app import create_app
from ui.audit import AuditTrail
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.session import SessionOptions, SessionState, StationSession, cloud_label, demo_backend

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "performance"
TICK = 0.010
FINAL = (Result.PASS, Result.READY, Result.FAIL)


@dataclasses.dataclass
class RunResult:
    """One benchmark run: N units on one window."""

    units: int
    until: str
    baud: int
    seconds_busy: float
    passed: int
    failed: int
    samples: int
    lag_p50_ms: float
    lag_p99_ms: float
    lag_max_ms: float
    rss_start_mb: float
    rss_peak_mb: float
    renders: int


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class LagProbe:
    """A precise 10 ms Qt timer, re-armed at every tick; records how late each tick ran (while ``recording``).

    Expected = when the timer was armed + 10 ms, so a late tick does not make the next one look late too.
    """

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.recording = False
        self._due = 0.0
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._arm()

    def _arm(self) -> None:
        self._due = time.perf_counter() + TICK
        self._timer.start(round(TICK * 1000))

    def _tick(self) -> None:
        if self.recording:
            # A precise timer may fire a fraction of a millisecond early: that is no lag.
            self.lags.append(max(0.0, time.perf_counter() - self._due))
        self._arm()

    def stop(self) -> None:
        self._timer.stop()


async def run_once(units: int, until: str, baud: int, state_dir: Path, budget: float) -> RunResult:
    base = load_profile(None)
    # Every unit active at once (parallel = units) and a slower line so they stay busy a while.
    profile: Profile = dataclasses.replace(base, parallel=units,
                                           serial=dataclasses.replace(base.serial, baud=baud))
    session = StationSession(lambda: demo_backend(units, profile=profile, state_dir=state_dir / "cloud"),
                             profile, cloud_label(profile, demo_boards=units),
                             SessionOptions(until=until, poll_interval=0.2))
    window = MainWindow(session, settings=QSettings(str(state_dir / "station.ini"), QSettings.Format.IniFormat),
                        audit=AuditTrail(state_dir / "records.sqlite"))
    window.resize(1600, 1000)
    window.show()
    renders = 0
    original = window.operator.flush

    def counting_flush() -> None:
        nonlocal renders
        renders += 1
        original()
    window.operator.flush = counting_flush  # type: ignore[method-assign]

    process = psutil.Process()
    probe = LagProbe()
    probe.start()
    runner = asyncio.ensure_future(session.run())
    rss_start = process.memory_info().rss
    peak = rss_start
    model = window.model
    busy_from = time.monotonic()
    busy = 0.0
    try:
        # Busy = from the first unit on the wall until every unit has a final result.
        while True:
            if runner.done():
                runner.result()
                raise RuntimeError(f"the station stopped: {session.error}")
            peak = max(peak, process.memory_info().rss)
            if not probe.recording and session.state == SessionState.RUNNING and model.slots:
                busy_from = time.monotonic()
                probe.recording = True
            if probe.recording:
                busy = time.monotonic() - busy_from
                if len(model.slots) >= units and all(s.result in FINAL for s in model.slots.values()):
                    break
                if busy > budget:
                    print(f"  {units} units: not all finished after {budget:.0f} s", file=sys.stderr)
                    break
            await asyncio.sleep(0.1)
        probe.recording = False
    finally:
        probe.stop()
        window.close()
        session.request_stop()
        await runner
    passed = sum(s.result in (Result.PASS, Result.READY) for s in model.slots.values())
    failed = sum(s.result == Result.FAIL for s in model.slots.values())
    lags_ms = [x * 1000 for x in probe.lags]
    return RunResult(units=units, until=until, baud=baud, seconds_busy=round(busy, 1), passed=passed, failed=failed,
                     samples=len(lags_ms), lag_p50_ms=round(statistics.median(lags_ms), 2) if lags_ms else 0.0,
                     lag_p99_ms=round(percentile(lags_ms, 0.99), 2), lag_max_ms=round(max(lags_ms, default=0), 1),
                     rss_start_mb=round(rss_start / 2**20, 1), rss_peak_mb=round(peak / 2**20, 1), renders=renders)


def table(results: list[RunResult]) -> str:
    head = ("| units | until | baud | busy s | passed | failed | lag p50 ms | lag p99 ms | lag max ms | "
            "RSS start MB | RSS peak MB | renders |")
    lines = [head, "|" + "---|" * 12]
    for r in results:
        lines.append(f"| {r.units} | {r.until} | {r.baud} | {r.seconds_busy} | {r.passed} | {r.failed} | "
                     f"{r.lag_p50_ms} | {r.lag_p99_ms} | {r.lag_max_ms} | {r.rss_start_mb} | {r.rss_peak_mb} | "
                     f"{r.renders} |")
    return "\n".join(lines)


def write(results: list[RunResult], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    machine = {"python": platform.python_version(), "platform": platform.platform(),
               "cpus": os.cpu_count(), "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
               "station": __version__}
    when = time.strftime("%Y-%m-%d %H:%M:%S")
    (out / "gui-lag.json").write_text(json.dumps({"measured": when, "machine": machine, "tick_ms": TICK * 1000,
                                                  "runs": [dataclasses.asdict(r) for r in results]}, indent=2) + "\n")
    (out / "gui-lag.md").write_text(
        "# GUI event-loop lag and memory under load\n\n"
        f"Measured {when} with `python -m bench.gui_lag` on {machine['platform']}, {machine['cpus']} CPUs, "
        f"Python {machine['python']}, Qt platform `{machine['qt_platform']}`.\n\n"
        "The real main window runs a demo (embedded cloud + N virtual boards, all provisioned at once) in the "
        "same process. A precise Qt timer is due every 10 ms on the GUI thread (under qasync that loop also runs "
        "asyncio); lag is how late it fired, sampled from the first unit on the wall until every unit had a "
        "final result. RSS is this process (window, station and the virtual boards' threads; the embedded "
        "cloud is a separate process), sampled every 100 ms. `renders` counts coalesced wall repaints. Runs "
        "are sequential in one process, so a later run starts from the memory an earlier one left.\n\n"
        + table(results) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--units", type=int, nargs="+", default=[32, 64])
    parser.add_argument("--baud", type=int, default=57600, help="virtual line rate (slower keeps units busy)")
    parser.add_argument("--until", choices=["registered", "ready"], default="ready")
    parser.add_argument("--budget", type=float, default=300.0, help="longest busy phase per run, seconds")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    app = create_app([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    results: list[RunResult] = []
    for units in args.units:
        # A fresh loop per run: the previous run's executor threads and timers are gone with it.
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with tempfile.TemporaryDirectory(prefix="gui-lag-") as tmp, loop:
            result = loop.run_until_complete(run_once(units, args.until, args.baud, Path(tmp), args.budget))
        results.append(result)
        print(table([result]).splitlines()[-1], flush=True)
    print()
    print(table(results))
    write(results, args.out)
    print(f"\nwrote {args.out / 'gui-lag.json'} and {args.out / 'gui-lag.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
