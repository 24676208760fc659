"""Continuous line: S slots, each board replaced by a fresh one a hand-off after its result; sustained units/h.

Run: ``python -m bench.line [--slots 64] [--handoff 2] [--duration 150] [--warmup 20] [--quick]``.
Writes docs/performance/line.{json,md} (``--quick``: a temporary directory).

The station (this process, as its least-privilege station role) provisions boards that a child process plugs
and unplugs (bench/fleet.py), against the strict embedded cloud with AWS's default quotas behind a latency
proxy. After the warm-up, units finished in the window count; the CPU seconds of station, boards and cloud in
the same window give the CPU bound, the calls each unit made (gateway counters) the quota bound. When the window
closes no new board is plugged, the units in flight finish, and every board is accounted for in the records and
the cloud (bench/accounting.py); a broken account fails the command.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from bench.accounting import account
from bench.bound import binding, calls_per_unit, cpu_bound, quota_bound
from bench.common import OUT, ProxiedCloud, Resources, percentile
from bench.fleet import BoardOrder, ChildFleet
from station.cloud.adapter import IotCloud
from station.cloud.retry import CloudCaller
from station.demo import DEMO_MODELS
from station.jobs.follow import CloudJobSource
from station.pipeline.events import Event, StepFinished, UnitDetected, UnitFailed, UnitPassed, UnitRemoved, Waiting
from station.pipeline.scheduler import Station
from station.profile import Profile, load_profile
from station.records.sink import SqliteSink
from station.records.store import RecordStore

BAUD = 115200
KEYGEN = 0.15
TARGET_SHARE = 0.90  # sustained ≥ 90 % of min(quota bound, CPU bound)


@dataclasses.dataclass
class LineConfig:
    """How the line runs: slots, hand-off between a result and the next board, warm-up and measured window."""

    slots: int = 64
    handoff_s: float = 2.0
    warmup_s: float = 30.0
    duration_s: float = 180.0
    drain_s: float = 120.0  # after the window: how long the units in flight may take to finish
    until: str = "registered"


@dataclasses.dataclass
class LineRun:
    """What one station saw on its line (one process's view; stations.py adds several of these up)."""

    station_id: str
    slots: int
    window_s: float = 0.0
    passed_in_window: int = 0
    failed_in_window: int = 0
    units_per_hour: float = 0.0
    plugged: int = 0
    passed: int = 0
    failed: int = 0
    waits: int = 0  # "waiting for AWS" announcements (Waiting events)
    throttle_waits: int = 0  # of which: AWS throttling
    retries: dict[str, int] = dataclasses.field(default_factory=dict)
    throttles: dict[str, int] = dataclasses.field(default_factory=dict)  # ThrottlingExceptions the limiter learnt from
    calls: dict[str, int] = dataclasses.field(default_factory=dict)  # HTTP requests per operation, whole run
    units_total: int = 0  # units the calls served (every unit finished)
    cpu_s: dict[str, float] = dataclasses.field(default_factory=dict)  # CPU seconds in the window, per process
    latency_p50_s: float = float("nan")  # detection -> result, units finished in the window
    latency_p95_s: float = float("nan")
    failures: list[str] = dataclasses.field(default_factory=list)
    failed_throttled: int = 0  # failures whose cause is AWS throttling (must be 0)
    step_p50_s: dict[str, float] = dataclasses.field(default_factory=dict)  # where a unit's time goes
    machine_busy_cores: float = 0.0  # the whole machine in the window, other people's work included
    serials: list[str] = dataclasses.field(default_factory=list)


def order(tag: str, i: int) -> BoardOrder:
    """Board ``i`` of a run: a serial never used before (things must not collide across runs)."""
    spec = DEMO_MODELS[i % len(DEMO_MODELS)]
    return BoardOrder(f"{tag}-{i:05d}", spec.model, spec.hw_revision)


async def run_line(profile: Profile, cloud: IotCloud, cfg: LineConfig, tag: str, *,
                   sink: SqliteSink | None = None, resources: Resources | None = None,
                   start_at: float | None = None) -> LineRun:
    """One station on a continuous line; ``start_at`` (time.time) lets several stations start together."""
    profile = dataclasses.replace(profile, parallel=cfg.slots)
    loop = asyncio.get_running_loop()
    counter = iter(range(1, 10**9))
    first = [order(tag, next(counter)) for _ in range(cfg.slots)]
    fleet = await loop.run_in_executor(None, ChildFleet(first, baud=BAUD, keygen_time=KEYGEN,
                                                        run_agent=cfg.until == "ready").start)
    res = resources or Resources({})
    res.others["boards"] = psutil.Process(fleet.pid)
    caller = CloudCaller(None)
    jobs = CloudJobSource(cloud) if cfg.until == "ready" else None
    station = Station(profile, cloud, [fleet.provider], caller=caller, poll_interval=0.1, jobs=jobs,
                      until=cfg.until)
    run = LineRun(station_id=profile.station_id, slots=cfg.slots)
    url_serial = {url: s for s, url in fleet.ports.items()}
    detected: dict[int, float] = {}
    results: list[tuple[float, float, bool]] = []  # (at, seconds since detection, passed)
    closing = asyncio.Event()
    steps: dict[str, list[float]] = {}
    progress, port_gone = asyncio.Event(), asyncio.Event()
    replacements: set[asyncio.Task[None]] = set()

    # A new board may get the pseudo-terminal path a board just left. The station must have seen every
    # unplugged port go before any board is plugged, or it would take the new board for the old one: plugs
    # and unplugs are serialized, and a plug waits until no unplugged path is still the station's.
    plugging = asyncio.Lock()
    gone: set[str] = set()

    async def replace(url: str) -> None:
        serial = url_serial.pop(url, "")
        async with plugging:
            await loop.run_in_executor(None, fleet.unplug, [serial])
            gone.add(url)
        await asyncio.sleep(cfg.handoff_s)
        async with plugging:
            while any(u in station.units for u in gone):
                port_gone.clear()  # set by UnitRemoved
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(port_gone.wait(), 0.5)
            gone.clear()
            if closing.is_set():
                return
            new = order(tag, next(counter))
            ports = await loop.run_in_executor(None, fleet.plug, [new])
            url_serial.update({u: s for s, u in ports.items()})

    def on_event(e: Event) -> None:
        now = time.monotonic()
        if isinstance(e, UnitDetected):
            detected[e.unit] = now
        elif isinstance(e, StepFinished):
            steps.setdefault(e.step.value, []).append(e.seconds)
        elif isinstance(e, Waiting):
            run.waits += 1
            run.throttle_waits += "throttl" in e.reason
        elif isinstance(e, UnitPassed | UnitFailed):
            ok = isinstance(e, UnitPassed)
            results.append((now, now - detected.get(e.unit, now), ok))
            if not ok:
                assert isinstance(e, UnitFailed)
                run.failures.append(f"{e.step.value}: {e.cause}")
                run.failed_throttled += "throttl" in e.cause.lower()
            t = asyncio.ensure_future(replace(e.port))
            replacements.add(t)
            t.add_done_callback(replacements.discard)
            progress.set()
        elif isinstance(e, UnitRemoved):
            port_gone.set()

    station.bus.subscribe(on_event)
    if sink is not None:
        station.bus.subscribe(sink.on_event)
    if start_at is not None:
        await asyncio.sleep(max(0.0, start_at - time.time()))
    stop = asyncio.Event()
    runner = asyncio.create_task(station.run(stop))
    try:
        await asyncio.sleep(cfg.warmup_s)
        t0, cpu0, sys0 = time.monotonic(), res.cpu_seconds(), _busy()
        steps.clear()
        await asyncio.sleep(cfg.duration_s)
        t1, cpu1, sys1 = time.monotonic(), res.cpu_seconds(), _busy()
        step_p50 = {k: round(percentile(v, 0.5), 3) for k, v in steps.items()}
        closing.set()
        # Drain: every board plugged gets its result before the station stops (the accounting needs them).
        deadline = time.monotonic() + cfg.drain_s
        while len(results) < len(fleet.orders) and time.monotonic() < deadline:
            progress.clear()  # set by every result
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(progress.wait(), 0.5)
        if len(results) < len(fleet.orders):
            print(f"{profile.station_id}: {len(fleet.orders) - len(results)} boards without a result after the "
                  f"drain ({cfg.drain_s:.0f} s)", flush=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.gather(*replacements, return_exceptions=True), 30)
    finally:
        stop.set()
        await runner
        for t in list(replacements):  # a slot still waiting out its hand-off: no board will come
            t.cancel()
        await asyncio.gather(*replacements, return_exceptions=True)
        await loop.run_in_executor(None, fleet.close)
        if sink is not None:
            sink.close()
    window = [r for r in results if t0 <= r[0] <= t1]
    run.window_s = round(t1 - t0, 2)
    run.passed_in_window = sum(ok for _, _, ok in window)
    run.failed_in_window = len(window) - run.passed_in_window
    run.units_per_hour = round(run.passed_in_window / run.window_s * 3600) if run.window_s else 0.0
    run.plugged = len(fleet.orders)
    run.serials = [o.serial for o in fleet.orders]
    run.passed = sum(ok for _, _, ok in results)
    run.failed = len(results) - run.passed
    run.units_total = len(results)
    run.calls = dict(sorted(caller.calls.items()))
    run.retries = dict(sorted(caller.retries.items()))
    run.throttles = dict(sorted(caller.limiter.throttles.items()))
    run.cpu_s = {k: round(cpu1[k] - cpu0.get(k, 0.0), 2) for k in cpu1 if k in cpu0}
    run.step_p50_s = step_p50
    run.machine_busy_cores = round((sys1 - sys0) / (t1 - t0), 2)
    secs = [s for _, s, _ in window]
    run.latency_p50_s, run.latency_p95_s = (round(percentile(secs, q), 2) for q in (0.5, 0.95))
    return run


def _busy() -> float:
    """CPU seconds the whole machine has been busy (all processes)."""
    t = psutil.cpu_times()
    return float(sum(t) - t.idle - getattr(t, "iowait", 0.0))


def bounds(calls: dict[str, int], units: int, cpu_s: dict[str, float], units_in_window: int,
           cores: int) -> dict[str, Any]:
    """Quota bound (account), CPU bound (this machine) and which binds; every term kept for the report."""
    q = quota_bound(calls_per_unit(calls, units))
    c = cpu_bound(cpu_s, units_in_window, cores)
    which, rate = binding(q, c)
    return {"quota_terms": q.rows(), "quota_units_per_hour": round(q.units_per_hour),
            "cpu_s_per_unit": round(c.cpu_s_per_unit, 4), "cores": cores,
            "cpu_units_per_hour": round(c.units_per_hour), "binds": which, "bound_units_per_hour": round(rate)}


def report(run: LineRun, cfg: LineConfig, latency_ms: int, audit: dict[str, Any], quick: bool) -> dict[str, Any]:
    cores = os.cpu_count() or 1
    b = bounds(run.calls, run.units_total, run.cpu_s, run.passed_in_window, cores)
    units = max(1, run.passed_in_window)
    station_ms = run.cpu_s.get("station", 0.0) / units * 1000
    busy = sum(v for k, v in run.cpu_s.items() if k != "machine") / run.window_s if run.window_s else 0.0
    share = run.units_per_hour / b["bound_units_per_hour"] if b["bound_units_per_hour"] else 0.0
    # Information, not the target: the CPU bound on the cores that other work on this machine left free.
    others = max(0.0, run.machine_busy_cores - busy)
    left = max(0.0, cores - others)
    cpu_left = round(left / b["cpu_s_per_unit"] * 3600) if b["cpu_s_per_unit"] else None
    targets = [
        {"target": f"{cfg.slots} slots: sustained ≥ {TARGET_SHARE:.0%} of min(quota bound, CPU bound)",
         "measured": f"{run.units_per_hour:,} units/h = {share:.0%} of {b['bound_units_per_hour']:,} "
                     f"({b['binds']} binds)", "met": share >= TARGET_SHARE},
        {"target": "no unit failed from throttling", "measured": str(run.failed_throttled),
         "met": run.failed_throttled == 0},
        {"target": "every unit accounted for (records and cloud)", "measured": audit["line"], "met": audit["ok"]},
    ]
    return {
        "meta": {"date": datetime.datetime.now().isoformat(timespec="seconds"), "quick": quick, "cpus": cores,
                 "latency_ms": latency_ms, "config": dataclasses.asdict(cfg)},
        "run": {k: v for k, v in dataclasses.asdict(run).items() if k != "serials"},
        "bounds": b,
        "station_cpu_ms_per_unit": round(station_ms, 1),
        "cpu_ms_per_unit": {k: round(v / units * 1000, 1) for k, v in run.cpu_s.items()},
        "cores_busy": round(busy, 2),
        "cores_left_by_other_work": round(left, 2),
        "cpu_units_per_hour_on_cores_left": cpu_left,
        "slots_per_core": round(cfg.slots / busy, 1) if busy else None,
        "slots_per_station_core": round(cfg.slots * run.window_s / run.cpu_s["station"], 1)
        if run.cpu_s.get("station") else None,
        "targets": targets,
        "audit": audit,
    }


def markdown(r: dict[str, Any]) -> str:
    run, b, m = r["run"], r["bounds"], r["meta"]
    cfg = m["config"]
    lines = [
        "# Continuous line", "",
        f"Generated by `python -m bench.line{' --quick' if m['quick'] else ''}` on {m['date']} ({m['cpus']} CPUs "
        "shared with other work). "
        f"{cfg['slots']} slots, hand-off {cfg['handoff_s']} s, warm-up {cfg['warmup_s']} s, window "
        f"{run['window_s']} s, {m['latency_ms']} ms round trip, until {cfg['until']}; strict embedded cloud with "
        "AWS's default quotas; the station as its station role.", "",
        "## Targets", "", "| target | measured | met |", "|---|---|---|",
        *[f"| {t['target']} | {t['measured']} | {'MET' if t['met'] else '**MISSED**'} |" for t in r["targets"]],
        "", "## Figures", "",
        f"- sustained: **{run['units_per_hour']:,} units/h** ({run['passed_in_window']} passed, "
        f"{run['failed_in_window']} failed in the window); detection → result p50 {run['latency_p50_s']} s, "
        f"p95 {run['latency_p95_s']} s",
        f"- quota bound {b['quota_units_per_hour']:,} units/h; CPU bound {b['cpu_units_per_hour']:,} units/h "
        f"({b['cpu_s_per_unit'] * 1000:.0f} ms CPU per unit on {b['cores']} cores); **{b['binds']} binds**",
        "- CPU ms per unit: " + ", ".join(f"{k} {v}" for k, v in r["cpu_ms_per_unit"].items())
        + f"; the station's: **{r['station_cpu_ms_per_unit']} ms**",
        f"- cores busy (station + boards + cloud): {r['cores_busy']}; one core carries **{r['slots_per_core']} "
        f"slots** of the whole rig, {r['slots_per_station_core']} slots of station work alone",
        f"- whole machine busy in the window: {run['machine_busy_cores']} of {m['cpus']} cores (other work "
        f"included): the rig had {r['cores_left_by_other_work']} cores to itself, a CPU bound of "
        f"{r['cpu_units_per_hour_on_cores_left'] or 0:,} units/h on those (information; the target uses all cores)",
        "- median seconds per step: " + ", ".join(f"{k} {v}" for k, v in run["step_p50_s"].items()),
        f"- waits announced (\"waiting for AWS\"): {run['waits']} ({run['throttle_waits']} throttling); retries "
        f"{run['retries']}; throttles the limiter learnt from {run.get('throttles', {})}",
        "- calls per unit (HTTP, whole run): " + ", ".join(
            f"{op} {n / max(1, run['units_total']):.2f}" for op, n in run["calls"].items()),
        "", "## Quota bound (per account)", "", "| operation | quota TPS | calls/unit | units/h | binds |",
        "|---|---|---|---|---|",
        *[f"| {t['operation']} | {t['tps']:g} | {t['calls_per_unit']} | {t['units_per_hour']:,} | "
          f"{'**yes**' if t['binds'] else ''} |" for t in b["quota_terms"]],
        "", "## Accounting", "", r["audit"]["line"], *[f"- {a}" for a in r["audit"]["anomalies"]],
    ]
    if run["failures"]:
        lines += ["", "## Failed units", "", *[f"- {f}" for f in run["failures"][:30]]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slots", type=int, default=64)
    ap.add_argument("--handoff", type=float, default=2.0, help="seconds from a result to the next board")
    ap.add_argument("--duration", type=float, default=150.0, help="measured window, seconds")
    ap.add_argument("--warmup", type=float, default=20.0, help="seconds before the window (not measured)")
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--until", choices=("registered", "ready"), default="registered")
    ap.add_argument("--quick", action="store_true", help="smoke run: 8 slots, 10 s warm-up, 20 s window")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if args.quick:
        args.slots, args.warmup, args.duration = min(args.slots, 8), 10.0, 20.0
    out = args.out or (Path(tempfile.gettempdir()) / "station-bench-quick" if args.quick else OUT)
    cfg = LineConfig(slots=args.slots, handoff_s=args.handoff, warmup_s=args.warmup, duration_s=args.duration,
                     until=args.until)
    profile = load_profile(None)
    tmp = Path(tempfile.mkdtemp(prefix="bench-line-"))
    store = RecordStore(tmp / "records.sqlite3")
    sink = SqliteSink.for_profile(store, profile)
    with ProxiedCloud(profile, seed_catalog=args.until == "ready") as pc:
        assert pc.proxy is not None and pc.embedded.admin_cloud is not None
        pc.proxy.latency = args.latency_ms / 1000
        res = Resources({"cloud": pc.cloud_pid}).start()
        tag = f"L{datetime.datetime.now():%H%M%S}"
        run = asyncio.run(run_line(profile, pc.fresh_cloud(), cfg, tag, sink=sink, resources=res))
        res.stop()
        print(f"line: {run.units_per_hour:,} units/h sustained; auditing {run.plugged} boards", flush=True)
        records = [r for r in store.query(newest_first=False) if r.run_id == sink.run_id]
        audit = account(run.serials, records, pc.embedded.admin_cloud, profile)
    store.close()
    r = report(run, cfg, args.latency_ms, {**audit.to_json(), "line": audit.line()}, args.quick)
    out.mkdir(parents=True, exist_ok=True)
    (out / "line.json").write_text(json.dumps(r, indent=2) + "\n")
    (out / "line.md").write_text(markdown(r))
    print(markdown(r))
    print(audit.line())
    return 0 if audit.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
