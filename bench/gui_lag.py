"""GUI benchmark: event-loop lag and memory of the real window while 64 (or N) virtual units run at once.

Run: ``python -m bench.gui_lag [--units 64 | --units 32 64] [--baud 57600] [--until ready] [--stalls]``. Offscreen
unless QT_QPA_PLATFORM says otherwise. Writes docs/performance/gui-lag.json and gui-lag.md.

The virtual boards run in a child process (bench.fleet.ChildFleet), as in bench/throughput.py: a real station
does not run its boards' firmware, so this process holds only what a station holds (window, Station, records,
embedded-cloud client; the embedded cloud is another child process).

Lag: a precise Qt timer is due every 10 ms on the GUI thread's loop (under qasync the asyncio loop *is* the
Qt loop); lag = when it ran - when it was due. A slow slot, a long repaint or a blocking call on the GUI
thread shows up here as lag, exactly as the operator would feel it (late clicks, frozen wall).

``--stalls``: a watcher thread samples the GUI thread's Python stack whenever a tick is overdue by more than
``--stall-ms``, and the report lists where those samples were (the profile of the spikes).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import itertools
import json
import logging
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer

from bench.common import Resources
from bench.fleet import BoardOrder, ChildFleet
from station import __version__
from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.demo import DEMO_MODELS
from station.jobs.demo_content import seed_demo_catalog
from station.logs import setup_logging
from station.profile import Profile, load_profile
from station.virtual.fleet import serial_for
from ui.app import create_app
from ui.audit import AuditTrail
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.session import Backend, SessionOptions, SessionState, StationSession, cloud_label

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "performance"
TICK = 0.010
FINAL = (Result.PASS, Result.READY, Result.FAIL)
#: Targets of issue 11 (item 5) with 64 busy units.
TARGET_P99_MS = 16.0  # one frame at 60 Hz
TARGET_MAX_MS = 100.0
TARGET_RSS_MB = 250.0
#: Histogram bucket upper bounds, ms (the last bucket is open).
BUCKETS_MS = (1.0, 2.0, 4.0, 8.0, 16.0, 33.0, 50.0, 100.0, 250.0)


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
    histogram: dict[str, int] = dataclasses.field(default_factory=dict)
    cpu_cores: dict[str, float] = dataclasses.field(default_factory=dict)
    stalls: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    gui_work: dict[str, dict[str, float]] = dataclasses.field(default_factory=dict)

    def targets(self) -> dict[str, bool]:
        return {f"lag p99 < {TARGET_P99_MS:g} ms": self.lag_p99_ms < TARGET_P99_MS,
                f"lag max < {TARGET_MAX_MS:g} ms": self.lag_max_ms < TARGET_MAX_MS,
                f"RSS peak < {TARGET_RSS_MB:g} MB": self.rss_peak_mb < TARGET_RSS_MB}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def histogram(lags_ms: list[float]) -> dict[str, int]:
    """Counts per bucket, labelled by range ("<1", "1-2", ..., ">=250")."""
    labels = [f"<{BUCKETS_MS[0]:g}"] + [f"{a:g}-{b:g}" for a, b in itertools.pairwise(BUCKETS_MS)]
    labels.append(f">={BUCKETS_MS[-1]:g}")
    counts = dict.fromkeys(labels, 0)
    for lag in lags_ms:
        index = next((i for i, bound in enumerate(BUCKETS_MS) if lag < bound), len(BUCKETS_MS))
        counts[labels[index]] += 1
    return counts


class LagProbe:
    """A precise 10 ms Qt timer, re-armed at every tick; records how late each tick ran (while ``recording``).

    Expected = when the timer was armed + 10 ms, so a late tick does not make the next one look late too.
    """

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.recording = False
        self.due = 0.0  # read by the StallSampler's thread (a float assignment is atomic)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._arm()

    def _arm(self) -> None:
        self.due = time.perf_counter() + TICK
        self._timer.start(round(TICK * 1000))

    def _tick(self) -> None:
        if self.recording:
            # A precise timer may fire a fraction of a millisecond early: that is no lag.
            self.lags.append(max(0.0, time.perf_counter() - self.due))
        self._arm()

    def stop(self) -> None:
        self._timer.stop()


class StallSampler:
    """Samples the GUI thread's stack while its lag probe is overdue by more than ``threshold`` seconds.

    The samples are grouped by the innermost frame of the station's own code (station/, ui/) and by the
    innermost frame overall, so a spike's cause reads as "this call, from there".
    """

    def __init__(self, probe: LagProbe, threshold: float, interval: float = 0.003) -> None:
        self.probe = probe
        self.threshold = threshold
        self.interval = interval
        self.samples: collections.Counter[tuple[str, str]] = collections.Counter()
        self.stalled_samples = 0
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if not self.probe.recording or time.perf_counter() - self.probe.due < self.threshold:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            own = next((f for f in reversed(stack) if f"{os.sep}station{os.sep}" in f.filename
                        or f"{os.sep}ui{os.sep}" in f.filename), None)
            inner = stack[-1]
            self.samples[(_where(own) if own else "-", _where(inner))] += 1
            self.stalled_samples += 1

    def top(self, n: int = 12) -> list[dict[str, Any]]:
        return [{"samples": count, "station_frame": own, "innermost": inner}
                for (own, inner), count in self.samples.most_common(n)]


def _where(frame: traceback.FrameSummary) -> str:
    path = Path(frame.filename)
    with_root = path.parts[-3:] if "site-packages" not in path.parts else path.parts[-2:]
    return f"{'/'.join(with_root)}:{frame.lineno} {frame.name}"


class TimedWindow(MainWindow):
    """The real window, timing the events delivered to it (the backing store's repaint of the whole window
    arrives as one UpdateRequest to the top-level widget; layout requests too)."""

    timings: dict[str, list[float]]

    def event(self, event: QEvent) -> bool:
        started = time.perf_counter()
        handled = super().event(event)
        took = time.perf_counter() - started
        if took > 0.001:  # only what can matter: a dict per window event would cost more than it shows
            self.timings.setdefault(event.type().name, []).append(took)
        return handled


def _summary(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {"count": len(ms), "total_ms": round(sum(ms), 1), "p99_ms": round(percentile(ms, 0.99), 2),
            "max_ms": round(max(ms, default=0.0), 1)}


def child_fleet_backend(units: int, profile: Profile, state_dir: Path,
                        pids: dict[str, int | None]) -> Callable[[], Backend]:
    """A Backend factory: embedded cloud + bootstrap + demo catalog, and N boards in a child process.

    ``pids`` gets the child processes' ids ("boards", "cloud") for the CPU figures.
    """

    def make() -> Backend:
        embedded = EmbeddedCloud(state_dir / "cloud", profile=profile)
        fleet: ChildFleet | None = None

        def close() -> None:
            if fleet is not None:
                fleet.close()
            embedded.close()
        try:
            cloud = embedded.start()
            bootstrap(embedded.as_role("engineer"), profile)
            seed_demo_catalog(cloud, profile)
            orders = [BoardOrder(serial_for(spec.model, i), spec.model, spec.hw_revision)
                      for i, spec in ((i, DEMO_MODELS[(i - 1) % len(DEMO_MODELS)]) for i in range(1, units + 1))]
            fleet = ChildFleet(orders, baud=profile.serial.baud, run_agent=True).start()
        except BaseException:
            close()
            raise
        endpoint = embedded.endpoints.http_url if embedded.endpoints else ""
        pids.update(boards=fleet.pid, cloud=embedded.local.pid)
        return Backend(profile, cloud, [fleet.provider], close, endpoint=endpoint)

    return make


async def run_once(units: int, until: str, baud: int, state_dir: Path, budget: float,
                   stall_ms: float | None) -> RunResult:
    base = load_profile(None)
    # Every unit active at once (parallel = units) and a slower line so they stay busy a while.
    profile: Profile = dataclasses.replace(base, parallel=units,
                                           serial=dataclasses.replace(base.serial, baud=baud))
    pids: dict[str, int | None] = {}
    session = StationSession(child_fleet_backend(units, profile, state_dir, pids), profile,
                             cloud_label(profile, demo_boards=units), SessionOptions(until=until, poll_interval=0.2))
    TimedWindow.timings = {}
    window = TimedWindow(session, settings=QSettings(str(state_dir / "station.ini"), QSettings.Format.IniFormat),
                         audit=AuditTrail(state_dir / "records.sqlite"))
    window.resize(1600, 1000)
    window.show()
    renders = 0
    flushes: list[float] = []
    original = window.operator.flush

    def counting_flush() -> None:
        nonlocal renders
        renders += 1
        started = time.perf_counter()
        original()
        flushes.append(time.perf_counter() - started)
    window.operator.flush = counting_flush  # type: ignore[method-assign]

    probe = LagProbe()
    probe.start()
    sampler = StallSampler(probe, stall_ms / 1000) if stall_ms is not None else None
    runner = asyncio.ensure_future(session.run())
    resources: Resources | None = None
    rss_start = 0
    model = window.model
    busy_from = time.monotonic()
    busy = 0.0
    try:
        # Busy = from the first unit on the wall until every unit has a final result.
        while True:
            if runner.done():
                runner.result()
                raise RuntimeError(f"the station stopped: {session.error}")
            if not probe.recording and session.state == SessionState.RUNNING and model.slots:
                resources = Resources(pids).start()
                rss_start = resources.peak_rss
                busy_from = time.monotonic()
                probe.recording = True
                if sampler is not None:
                    sampler.start()
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
        if sampler is not None and resources is not None:
            sampler.stop()
        if resources is not None:
            resources.stop()
        window.close()
        session.request_stop()
        await runner
    passed = sum(s.result in (Result.PASS, Result.READY) for s in model.slots.values())
    failed = sum(s.result == Result.FAIL for s in model.slots.values())
    lags_ms = [x * 1000 for x in probe.lags]
    return RunResult(units=units, until=until, baud=baud, seconds_busy=round(busy, 1), passed=passed, failed=failed,
                     samples=len(lags_ms), lag_p50_ms=round(statistics.median(lags_ms), 2) if lags_ms else 0.0,
                     lag_p99_ms=round(percentile(lags_ms, 0.99), 2), lag_max_ms=round(max(lags_ms, default=0), 1),
                     rss_start_mb=round(rss_start / 2**20, 1),
                     rss_peak_mb=round((resources.peak_rss if resources else 0) / 2**20, 1), renders=renders,
                     histogram=histogram(lags_ms), cpu_cores=resources.cpu if resources else {},
                     stalls=sampler.top() if sampler is not None else [],
                     gui_work={"wall flush (model -> widgets)": _summary(flushes),
                               **{f"window {name} (> 1 ms)": _summary(v)
                                  for name, v in sorted(TimedWindow.timings.items())}})


def table(results: list[RunResult]) -> str:
    head = ("| units | until | baud | busy s | passed | failed | lag p50 ms | lag p99 ms | lag max ms | "
            "RSS start MB | RSS peak MB | renders | CPU cores (station/boards/cloud/machine) |")
    lines = [head, "|" + "---|" * 13]
    for r in results:
        cpu = "/".join(str(r.cpu_cores.get(k, "-")) for k in ("station", "boards", "cloud", "machine"))
        lines.append(f"| {r.units} | {r.until} | {r.baud} | {r.seconds_busy} | {r.passed} | {r.failed} | "
                     f"{r.lag_p50_ms} | {r.lag_p99_ms} | {r.lag_max_ms} | {r.rss_start_mb} | {r.rss_peak_mb} | "
                     f"{r.renders} | {cpu} |")
    return "\n".join(lines)


def histogram_table(results: list[RunResult]) -> str:
    labels = list(results[0].histogram) if results else []
    lines = ["| lag ms | " + " | ".join(f"{r.units} units" for r in results) + " |",
             "|---|" + "---|" * len(results)]
    for label in labels:
        lines.append(f"| {label} | " + " | ".join(str(r.histogram.get(label, 0)) for r in results) + " |")
    return "\n".join(lines)


def targets_text(results: list[RunResult]) -> str:
    """MET/MISSED per target, for the largest run (the targets are stated at 64 units)."""
    if not results:
        return ""
    run = max(results, key=lambda r: r.units)
    return "\n".join(f"- {name} at {run.units} units: **{'MET' if ok else 'MISSED'}**"
                     for name, ok in run.targets().items())


def stalls_text(results: list[RunResult]) -> str:
    out = []
    for r in results:
        if r.gui_work:
            out.append(f"\nWork on the GUI thread ({r.units} units):\n")
            out.append("| what | count | total ms | p99 ms | max ms |")
            out.append("|---|---|---|---|---|")
            out += [f"| {name} | {w['count']} | {w['total_ms']} | {w['p99_ms']} | {w['max_ms']} |"
                    for name, w in r.gui_work.items()]
        if not r.stalls:
            continue
        out.append(f"\nWhere the GUI thread was while a tick was overdue ({r.units} units; samples every 3 ms):\n")
        out.append("| samples | station/ui frame | innermost frame |")
        out.append("|---|---|---|")
        out += [f"| {s['samples']} | `{s['station_frame']}` | `{s['innermost']}` |" for s in r.stalls]
    return "\n".join(out)


def write(results: list[RunResult], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    machine = {"python": platform.python_version(), "platform": platform.platform(),
               "cpus": os.cpu_count(), "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
               "station": __version__}
    when = time.strftime("%Y-%m-%d %H:%M:%S")
    largest = max(results, key=lambda r: r.units) if results else None
    (out / "gui-lag.json").write_text(json.dumps({
        "measured": when, "machine": machine, "tick_ms": TICK * 1000, "histogram_bounds_ms": list(BUCKETS_MS),
        "targets": {"lag_p99_ms": TARGET_P99_MS, "lag_max_ms": TARGET_MAX_MS, "rss_peak_mb": TARGET_RSS_MB},
        "met": largest.targets() if largest else {},
        "runs": [dataclasses.asdict(r) for r in results]}, indent=2) + "\n")
    (out / "gui-lag.md").write_text(
        "# GUI event-loop lag and memory under load\n\n"
        f"Measured {when} with `python -m bench.gui_lag` on {machine['platform']}, {machine['cpus']} CPUs, "
        f"Python {machine['python']}, Qt platform `{machine['qt_platform']}`.\n\n"
        "The real main window runs a demo (embedded cloud + N virtual boards, all provisioned at once). The "
        "virtual boards run in a child process and the embedded cloud in another, so this process holds only "
        "what a station holds. A precise Qt timer is due every 10 ms on the GUI thread (under qasync that "
        "loop also runs asyncio); lag is how late it fired, sampled from the first unit on the wall until every "
        "unit had a final result. RSS is the station process, sampled every 50 ms. `renders` counts coalesced "
        "wall repaints. CPU is average cores busy over the busy phase "
        "(machine = all processes, other work on the machine included). Runs are sequential in one process, so "
        "a later run starts from the memory an earlier one left.\n\n"
        + table(results) + "\n\n## Targets (64 busy units)\n\n" + targets_text(results) + "\n\n"
        "## Lag histogram (ticks per bucket)\n\n" + histogram_table(results) + "\n"
        + stalls_text(results) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--units", type=int, nargs="+", default=[64], help="one run per figure (64: the target)")
    parser.add_argument("--baud", type=int, default=57600, help="virtual line rate (slower keeps units busy)")
    parser.add_argument("--until", choices=["registered", "ready"], default="ready")
    parser.add_argument("--budget", type=float, default=300.0, help="longest busy phase per run, seconds")
    parser.add_argument("--stalls", action="store_true", help="sample the GUI thread's stack during spikes")
    parser.add_argument("--stall-ms", type=float, default=20.0, help="overdue by this much = a spike (ms)")
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
            # As the window runs on a line PC: its records and its INFO log (ui/entry.py), here in a temporary
            # home, not the user's.
            os.environ["STATION_HOME"] = tmp
            setup_logging(logging.INFO, Path(tmp) / "logs")
            result = loop.run_until_complete(run_once(units, args.until, args.baud, Path(tmp), args.budget,
                                                      args.stall_ms if args.stalls else None))
        results.append(result)
        print(table([result]).splitlines()[-1], flush=True)
    print()
    print(table(results))
    print()
    print(histogram_table(results))
    print(stalls_text(results))
    print()
    print(targets_text(results).replace("**", ""))
    write(results, args.out)
    print(f"\nwrote {args.out / 'gui-lag.json'} and {args.out / 'gui-lag.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
