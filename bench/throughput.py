"""Throughput benchmark: N virtual boards through the station vs a sequential baseline and the line-rate bound.

Run: ``python -m bench.throughput [--quick]``. Writes docs/performance/throughput.json, .md and .png.
``--factory-ca 64`` (the default of a full run) adds the factory-ca line after the csr cases (bench.factory_ca).

Setup per case: N boards (115200 baud, 150 ms key generation) in a child process, the station (parallel = N)
in this process, its cloud calls through a FaultProxy adding ``latency`` seconds per request in front of the
embedded cloud (another child process). Throughput is that of a batch: N boards plugged at once, units/hour =
passed / (last result - first detection). See docs/performance/README.md for what every figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime
import json
import platform
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import factory_ca
from bench.accounting import account
from bench.bound import quota_bound
from bench.common import OUT, ByteCounter, LoopLag, ProxiedCloud, Resources, counting_factory, percentile
from bench.fleet import BoardOrder, ChildFleet
from station import __version__
from station.board.reference import ReferenceDriver
from station.cloud.adapter import IotCloud
from station.cloud.csr import certificate_public_key
from station.cloud.retry import CloudCaller
from station.demo import DEMO_MODELS, run_until_settled
from station.domain import ObjectKind
from station.jobs.events import JobEventSubscriber
from station.jobs.follow import CloudJobSource
from station.pipeline.events import Event, Identified, StepFinished, UnitFailed, UnitPassed
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile, load_profile
from station.records.sink import SqliteSink
from station.records.store import RecordStore

BAUD = 115200
KEYGEN = 0.15
BYTE_TIME = 10.0 / BAUD  # 8N1: 10 bits on the wire per byte
STEPS = ("identifying", "generating-key", "registering", "attaching", "writing", "verifying", "connecting",
         "updating")


@dataclasses.dataclass
class Case:
    """One measured station run."""

    boards: int
    latency_ms: int
    until: str
    passed: int = 0
    failed: int = 0
    makespan_s: float = 0.0
    units_per_hour: float = 0.0
    verified_p50_s: float = float("nan")
    verified_p95_s: float = float("nan")
    final_p50_s: float = float("nan")  # to UnitPassed: "ready" when until=ready, else = registered
    final_p95_s: float = float("nan")
    calls_per_unit: dict[str, float] = dataclasses.field(default_factory=dict)
    http_requests_per_unit: float = 0.0
    retries: int = 0
    round_trips_max: int = 0
    serial_bytes_per_unit: float = 0.0
    peak_rss_mb: float = 0.0
    lag_p50_ms: float = float("nan")
    lag_p99_ms: float = float("nan")
    lag_max_ms: float = float("nan")
    cpu_cores: dict[str, float] = dataclasses.field(default_factory=dict)
    step_p50_s: dict[str, float] = dataclasses.field(default_factory=dict)  # where a unit's time goes
    # --until ready only: what following costs and how late the station learns that a unit is ready.
    follow_calls_per_unit: float = float("nan")  # control-plane requests of the follow phase, shared ones included
    follow_rps_per_unit: float = float("nan")  # a unit's own follow requests / the seconds it was followed
    follow_shared_calls: int = 0  # release look-ups (ListJobs, DescribeJob, GetJobDocument), shared by all units
    added_p50_s: float = float("nan")  # UnitPassed minus the device's last SUCCEEDED as the cloud recorded it
    added_p95_s: float = float("nan")
    delivery_p95_s: float = float("nan")  # of which the broker: device's update -> event arrived (a second subscriber)
    station_only_p95_s: float = float("nan")  # and the station: event arrived -> UnitPassed
    events_live: bool = False  # the job-event subscriber was connected (else: the polling fallback was measured)
    failures: list[str] = dataclasses.field(default_factory=list)
    serials: list[str] = dataclasses.field(default_factory=list)  # the boards, for the accounting


@dataclasses.dataclass
class Baseline:
    """One unit at a time, every step in sequence, in one thread (as single-unit tools do)."""

    latency_ms: int
    units: int
    seconds_per_unit: float
    units_per_hour: float
    round_trips_per_unit: int
    steps_s: dict[str, float]


def orders(prefix: str, n: int) -> list[BoardOrder]:
    """Boards with serials unique across the whole run (thing names must not collide between cases)."""
    return [BoardOrder(f"{prefix}-{i:04d}", DEMO_MODELS[i % len(DEMO_MODELS)].model,
                       DEMO_MODELS[i % len(DEMO_MODELS)].hw_revision) for i in range(1, n + 1)]


async def _run_station(profile: Profile, cloud: IotCloud, fleet: ChildFleet, counter: ByteCounter, until: str,
                       limit: float, sink: SqliteSink | None = None
                       ) -> tuple[list[Event], CloudCaller, LoopLag, Station]:
    caller = CloudCaller(None)  # the Station hands it the cloud's gateway
    jobs = CloudJobSource(cloud) if until == "ready" else None
    station = Station(profile, cloud, [fleet.provider], factory=counting_factory(counter), caller=caller,
                      poll_interval=0.1, jobs=jobs, until=until)
    events: list[Event] = []
    station.bus.subscribe(events.append)
    if sink is not None:
        station.bus.subscribe(sink.on_event)
    tap = EventTap(cloud, profile.station_id) if until == "ready" else None
    if tap is not None:
        await tap.start()
        station.bus.subscribe(tap.on_station_event)
    lag = LoopLag()
    lag.start()
    try:
        await run_until_settled(station, len(fleet.orders), timeout=limit)
    finally:
        await lag.stop()
        if sink is not None:
            sink.close()
        if tap is not None:
            await tap.close()
    station.event_tap = tap  # type: ignore[attr-defined]  # read by follow_figures
    return events, caller, lag, station


class EventTap:
    """A second subscriber to the job execution events, beside the station's: it notes when each thing's
    SUCCEEDED events arrive, so the report can tell the broker's delivery from the station's own delay."""

    def __init__(self, cloud: IotCloud, station_id: str) -> None:
        self.sub = JobEventSubscriber(cloud, station_id, connect_timeout=10)
        self.arrived: dict[str, float] = {}  # thing -> wall time its last SUCCEEDED event arrived
        self._drains: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        await self.sub.start()

    def on_station_event(self, event: Event) -> None:
        if isinstance(event, Identified) and self.sub.live:
            self._drains.append(asyncio.ensure_future(self._drain(self.sub.watch(event.thing_name))))

    async def _drain(self, inbox: Any) -> None:
        try:
            while True:
                got, _ = await inbox.get(3600)
                if any(e.status == "SUCCEEDED" for e in got):
                    self.arrived[inbox.thing] = time.time()
        finally:
            inbox.close()

    async def close(self) -> None:
        for task in self._drains:
            task.cancel()
        await asyncio.gather(*self._drains, return_exceptions=True)
        await self.sub.close()


#: The control-plane calls of following a unit to ready: its own, and the current-jobs look-ups units share.
FOLLOW_OPS = ("ListJobExecutionsForThing", "DescribeJobExecution", "ListJobs", "DescribeJob", "GetJobDocument")
UNIT_FOLLOW_OPS = FOLLOW_OPS[:2]


def device_done_at(admin: IotCloud, thing: str) -> float | None:
    """When the device's last job execution reached SUCCEEDED, as the cloud recorded it (epoch seconds)."""
    done = [s["jobExecutionSummary"]["lastUpdatedAt"].timestamp()
            for page in admin.iot.get_paginator("list_job_executions_for_thing").paginate(thingName=thing)
            for s in page.get("executionSummaries", []) if s["jobExecutionSummary"]["status"] == "SUCCEEDED"]
    return max(done) if done else None


def follow_figures(case: Case, events: list[Event], calls: dict[str, int], admin: IotCloud,
                   tap_arrivals: dict[str, float]) -> None:
    """Issue 11's "ready without polling" figures: calls and request rate per unit, and the lateness it adds."""
    verified: dict[tuple[str, int], float] = {}
    passed: dict[tuple[str, int], UnitPassed] = {}
    for e in events:
        if isinstance(e, StepFinished) and e.step is UnitState.VERIFYING:
            verified[(e.port, e.unit)] = e.at
        elif isinstance(e, UnitPassed) and e.ready:
            passed[(e.port, e.unit)] = e
    if not passed:
        return
    follow_calls = sum(calls.get(op, 0) for op in FOLLOW_OPS)
    own = sum(calls.get(op, 0) for op in UNIT_FOLLOW_OPS)
    case.follow_calls_per_unit = round(follow_calls / len(passed), 2)
    case.follow_shared_calls = follow_calls - own
    followed_s = sum(p.at - verified[k] for k, p in passed.items() if k in verified)
    # The rate counts each unit's own requests; the release look-ups are per release (cached for every unit) and
    # shown apart: in a batch whose units follow for seconds, a dozen of them would read as a rate per unit.
    case.follow_rps_per_unit = round(own / followed_s, 4) if followed_s > 0 else float("nan")
    added: list[float] = []
    delivery: list[float] = []
    station_only: list[float] = []
    for p in passed.values():
        done = device_done_at(admin, p.thing_name)
        if done is None:
            continue
        added.append(p.at - done)
        if (arrived := tap_arrivals.get(p.thing_name)) is not None:
            delivery.append(arrived - done)  # the broker: device's update -> event on the wire
            station_only.append(p.at - arrived)  # the station: event -> the unit passed as ready
    case.added_p50_s, case.added_p95_s = (round(percentile(added, q), 3) for q in (0.5, 0.95))
    case.delivery_p95_s = round(percentile(delivery, 0.95), 3)
    case.station_only_p95_s = round(percentile(station_only, 0.95), 3)


def measure(pc: ProxiedCloud, base: Profile, n: int, latency: float, until: str, tag: str,
            sink: SqliteSink | None = None) -> Case:
    assert pc.proxy is not None
    pc.proxy.reset()
    pc.proxy.latency = latency
    profile = dataclasses.replace(base, parallel=n)
    fleet = ChildFleet(orders(tag, n), baud=BAUD, keygen_time=KEYGEN, run_agent=until == "ready").start()
    counter = ByteCounter()
    res = Resources({"boards": fleet.pid, "cloud": pc.cloud_pid})
    try:
        res.start()
        events, caller, lag, station = asyncio.run(_run_station(profile, pc.fresh_cloud(), fleet, counter, until,
                                                                limit=120 + 20 * n, sink=sink))
        res.stop()
    finally:
        fleet.close()
    case = Case(boards=n, latency_ms=round(latency * 1000), until=until, serials=[o.serial for o in fleet.orders])
    first: dict[tuple[str, int], float] = {}
    verified: dict[tuple[str, int], float] = {}
    final: dict[tuple[str, int], float] = {}
    trips: list[int] = []
    step_s: dict[str, list[float]] = defaultdict(list)
    for e in events:
        key = (e.port, e.unit)
        first.setdefault(key, e.at)
        if isinstance(e, StepFinished):
            step_s[e.step.value].append(e.seconds)
        if isinstance(e, StepFinished) and e.step is UnitState.VERIFYING:
            verified[key] = e.at
        elif isinstance(e, UnitPassed):
            final[key] = e.at
            trips.append(e.round_trips)
            case.passed += 1
        elif isinstance(e, UnitFailed):
            final[key] = e.at
            case.failed += 1
            case.failures.append(f"{e.step.value}: {e.cause}")
    if final:
        case.makespan_s = round(max(final.values()) - min(first.values()), 3)
        case.units_per_hour = round(case.passed / case.makespan_s * 3600) if case.makespan_s else 0.0
    to_verified = [verified[k] - first[k] for k in verified]
    to_final = [final[k] - first[k] for k in final if k in verified]
    case.verified_p50_s, case.verified_p95_s = (round(percentile(to_verified, q), 3) for q in (0.5, 0.95))
    case.final_p50_s, case.final_p95_s = (round(percentile(to_final, q), 3) for q in (0.5, 0.95))
    case.calls_per_unit = {op: round(c / n, 2) for op, c in sorted(caller.calls.items())}
    case.retries = sum(caller.retries.values())
    case.http_requests_per_unit = round(pc.proxy.stats()["total"] / n, 2)
    case.round_trips_max = max(trips, default=0)
    per_port = counter.per_port()
    case.serial_bytes_per_unit = round(statistics.fmean(per_port)) if per_port else 0.0
    case.peak_rss_mb = round(res.peak_rss / 2**20, 1)
    lags = [x * 1000 for x in lag.lags]
    case.lag_p50_ms, case.lag_p99_ms = (round(percentile(lags, q), 2) for q in (0.5, 0.99))
    case.lag_max_ms = round(max(lags, default=float("nan")), 2)
    case.cpu_cores = res.cpu
    case.step_p50_s = {k: round(percentile(v, 0.5), 3) for k, v in step_s.items()}
    if until == "ready":
        case.events_live = station.job_events is not None and station.job_events.received > 0
        assert pc.embedded.admin_cloud is not None
        tap = getattr(station, "event_tap", None)
        follow_figures(case, events, dict(caller.calls), pc.embedded.admin_cloud, tap.arrived if tap else {})
    return case


def baseline(pc: ProxiedCloud, profile: Profile, latency: float, units: int, tag: str) -> Baseline:
    """The sequential tool: one board, one step after the other, one thread; the same proxy and latency."""
    assert pc.proxy is not None
    pc.proxy.reset()
    pc.proxy.latency = latency
    cloud = pc.fresh_cloud()
    fleet = ChildFleet(orders(tag, units), baud=BAUD, keygen_time=KEYGEN, run_agent=False).start()
    steps: dict[str, list[float]] = defaultdict(list)
    trips = 0
    try:
        started = time.monotonic()
        for order in fleet.orders:
            trips = 0
            t = time.monotonic()

            def lap(name: str) -> None:
                nonlocal t
                now = time.monotonic()
                steps[name].append(now - t)
                t = now

            with ReferenceDriver(fleet.ports[order.serial], profile.serial.link()) as drv:
                drv.hello()
                ident = drv.identify()
                lap("identify")
                thing = profile.thing_name(ident)
                group = profile.group_for(ident)
                thing_type = profile.thing_type(ident.model)
                assert group is not None
                csr = drv.generate_csr(thing)
                lap("keygen")
                cloud.create_thing(thing, thing_type, {"serial": ident.serial})
                lap("create thing")
                cert = cloud.create_certificate_from_csr(csr)
                lap("create cert")
                cloud.attach_principal(thing, cert.certificate_arn)
                lap("attach principal")
                cloud.add_to_group(thing, group)
                lap("add to group")
                if profile.policy_attach_to != "group":  # on the group, the policy is attached once, by bootstrap
                    cloud.attach_policy(profile.policy_name, cert.certificate_arn)
                    lap("attach policy")
                trips += 5
                objects = [(ObjectKind.CERT, cert.certificate_pem.encode()), (ObjectKind.CA, cloud.ca_pem()),
                           (ObjectKind.ENDPOINT, cloud.endpoint().encode()), (ObjectKind.THING, thing.encode())]
                for kind, data in objects:
                    drv.write_object(kind, data)
                lap("write")
                rb = drv.read_back()
                assert rb.public_key_der == certificate_public_key(cert.certificate_pem)
                lap("verify")
        elapsed = time.monotonic() - started
    finally:
        fleet.close()
    per_unit = elapsed / units
    return Baseline(latency_ms=round(latency * 1000), units=units, seconds_per_unit=round(per_unit, 3),
                    units_per_hour=round(3600 / per_unit), round_trips_per_unit=trips,
                    steps_s={k: round(statistics.fmean(v), 3) for k, v in steps.items()})


def api_calls_per_unit(cases: list[Case], factory_ns: list[int]) -> dict[str, float]:
    """The per-unit API model's calls per unit, as this run measured them: the csr case to "registered" with as
    many boards as the factory-ca line (else the largest), at the first latency measured."""
    reg = [c for c in cases if c.until == "registered" and c.passed]
    if not reg:
        return {}
    first = reg[0].latency_ms
    same = [c for c in reg if c.latency_ms == first]
    wanted = max(factory_ns, default=0)
    pick = next((c for c in same if c.boards == wanted), max(same, key=lambda c: c.boards))
    return dict(pick.calls_per_unit)


def bound(case: Case) -> dict[str, Any]:
    """Analytic bound: N / (serial bytes / line rate + keygen + round trips × latency), capped by AWS limits."""
    serial_s = case.serial_bytes_per_unit * BYTE_TIME
    per_unit = serial_s + KEYGEN + case.round_trips_max * case.latency_ms / 1000
    # Every operation with an account quota (resources/aws-quotas.json) that a unit called, HTTP-level.
    caps = {t.operation: t.tps / t.calls_per_unit for t in quota_bound(case.calls_per_unit).terms}
    tightest = min(caps, key=lambda op: caps[op]) if caps else ""
    rate = case.boards / per_unit
    capped = min(rate, caps[tightest]) if tightest else rate
    # The rate cap is a steady-stream figure. A batch of N plugged at once cannot reach it: the rate limiter
    # spaces the N calls of the tightest operation (N-1)/limit apart, and the last unit still needs its own
    # per-unit time around its call. This batch-aware bound is shown next to the bound.
    batch_s = per_unit + ((case.boards - 1) / caps[tightest] if tightest else 0.0)
    return {"serial_s": round(serial_s, 3), "per_unit_s": round(per_unit, 3),
            "uncapped_units_per_hour": round(rate * 3600), "cap": tightest,
            "cap_units_per_hour": round(caps[tightest] * 3600) if tightest else None,
            "units_per_hour": round(capped * 3600),
            "batch_units_per_hour": round(min(capped, case.boards / batch_s) * 3600)}


def targets(cases: list[Case], bounds: list[dict[str, Any]], base: dict[int, Baseline]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    reg = [(c, b) for c, b in zip(cases, bounds, strict=True) if c.until == "registered"]
    for c, b in reg:
        if c.boards == 32:
            ratio = c.units_per_hour / base[c.latency_ms].units_per_hour
            out.append({"target": f"32 boards, {c.latency_ms} ms: ≥ 10× sequential baseline",
                        "measured": f"{ratio:.1f}×", "met": ratio >= 10})
            share = c.units_per_hour / b["units_per_hour"]
            batch = c.units_per_hour / b["batch_units_per_hour"]
            out.append({"target": f"32 boards, {c.latency_ms} ms: ≥ 85% of the bound",
                        "measured": f"{share:.0%} (of the batch-aware bound: {batch:.0%})", "met": share >= 0.85})
    registered = {(c.boards, c.latency_ms): c for c in cases if c.until == "registered"}
    for c in cases:
        r = registered.get((c.boards, c.latency_ms))
        if c.until == "ready" and c.boards == 32 and r is not None and r.units_per_hour:
            ratio = c.units_per_hour / r.units_per_hour
            out.append({"target": f"32 boards, {c.latency_ms} ms: --until ready ≥ 70% of --until registered",
                        "measured": f"{ratio:.0%} ({c.units_per_hour:,} vs {r.units_per_hour:,} units/h)",
                        "met": ratio >= 0.70})
    for c in cases:
        if c.until == "ready" and c.boards in (32, 64):
            where = f"{c.boards} boards, {c.latency_ms} ms, --until ready"
            via = "job events" if c.events_live else "POLLING FALLBACK (no job events received)"
            out.append({"target": f"{where}: the station adds ≤ 1 s p95 to the device's job completion",
                        "measured": f"p95 {c.added_p95_s:.2f} s, p50 {c.added_p50_s:.2f} s ({via}); of which "
                                    f"event delivery p95 {c.delivery_p95_s:.2f} s, the station after the event p95 "
                                    f"{c.station_only_p95_s:.2f} s",
                        "met": c.added_p95_s <= 1.0})
            out.append({"target": f"{where}: ≤ 3 control-plane calls per unit to follow",
                        "measured": f"{c.follow_calls_per_unit:.2f}", "met": c.follow_calls_per_unit <= 3})
            out.append({"target": f"{where}: ≤ 0.05 requests/s per unit while following",
                        "measured": f"{c.follow_rps_per_unit:.3f} (the units' own; plus {c.follow_shared_calls} "
                                    "release look-ups shared by all)", "met": c.follow_rps_per_unit <= 0.05})
    worst = max((c.round_trips_max for c in cases), default=0)
    out.append({"target": "≤ 2 round trips on the critical path", "measured": str(worst), "met": worst <= 2})
    for c in cases:
        if c.boards == 64:
            out.append({"target": f"64 units ({c.latency_ms} ms, {c.until}): loop lag p99 < 30 ms",
                        "measured": f"{c.lag_p99_ms:.1f} ms", "met": c.lag_p99_ms < 30})
    return out


def markdown(report: dict[str, Any]) -> str:
    m = report["meta"]
    lines = [
        "# Throughput benchmark", "",
        f"Generated by `python -m bench.throughput{' --quick' if m['quick'] else ''}` on {m['date']} "
        f"(station {m['station']}, Python {m['python']}, {m['cpus']} CPUs shared with other work: figures are "
        "noisy; compare ratios within one run). Boards: 115200 baud, 150 ms key generation, in a child process; "
        "cloud: embedded, behind the latency proxy. See README.md here for definitions.", "",
        "## Targets", "", "| target | measured | met |", "|---|---|---|",
    ]
    lines += [f"| {t['target']} | {t['measured']} | {'yes' if t['met'] else '**no**'} |" for t in report["targets"]]
    lines += ["", "## Station runs", "",
              "| N | latency | until | passed | units/h | bound units/h | % of bound | batch bound | % of batch bound "
              "| × baseline "
              "| verified p50/p95 s | final p50/p95 s | cloud calls/unit | HTTP req/unit | RT | serial B/unit "
              "| peak RSS MB | lag p99 ms | CPU cores station/boards/cloud/machine |",
              "|" + "---|" * 19]
    base = {b["latency_ms"]: b for b in report["baseline"]}
    for c, b in zip(report["cases"], report["bounds"], strict=True):
        bl = base.get(c["latency_ms"])
        times = f"{bl['units_per_hour'] and c['units_per_hour'] / bl['units_per_hour']:.1f}×" if bl else "–"
        share = f"{c['units_per_hour'] / b['units_per_hour']:.0%}" if b["units_per_hour"] else "–"
        bshare = f"{c['units_per_hour'] / b['batch_units_per_hour']:.0%}" if b["batch_units_per_hour"] else "–"
        cpu = c["cpu_cores"]
        if c["until"] == "ready":  # the bound covers registration only; following jobs is outside it
            # Registration's bound does not cover following jobs; only the AWS rate cap still applies.
            bu, bb, share, bshare = f"cap {b['cap_units_per_hour']:,} ({b['cap']})", "–", "–", "–"
        else:
            bu, bb = f"{b['units_per_hour']:,}", f"{b['batch_units_per_hour']:,}"
        lines.append(
            f"| {c['boards']} | {c['latency_ms']} ms | {c['until']} | {c['passed']}/{c['boards']} "
            f"| {c['units_per_hour']:,} | {bu} | {share} | {bb} "
            f"| {bshare} | {times} "
            f"| {c['verified_p50_s']:.2f} / {c['verified_p95_s']:.2f} | {c['final_p50_s']:.2f} / "
            f"{c['final_p95_s']:.2f} | {sum(c['calls_per_unit'].values()):.1f} | {c['http_requests_per_unit']:.1f} "
            f"| {c['round_trips_max']} | {c['serial_bytes_per_unit']:,.0f} | {c['peak_rss_mb']:.0f} "
            f"| {c['lag_p99_ms']:.1f} | {cpu.get('station', 0):.2f} / {cpu.get('boards', 0):.2f} / "
            f"{cpu.get('cloud', 0):.2f} / {cpu.get('machine', 0):.2f} |")
    ready = [c for c in report["cases"] if c["until"] == "ready"]
    if ready:
        lines += ["", "## Following to ready", "",
                  "Calls: every control-plane request of the follow phase per ready unit (ListJobExecutionsForThing, "
                  "DescribeJobExecution, and the shared ListJobs/DescribeJob/GetJobDocument). Added: the unit's "
                  "UnitPassed minus the moment the cloud recorded the device's last SUCCEEDED.", "",
                  "| N | signal | calls/unit | own requests/s per unit | shared look-ups | added p50 s | added p95 s "
                  "| event delivery p95 s | station after the event p95 s | per operation |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for c in ready:
            per_op = ", ".join(f"{op} {c['calls_per_unit'].get(op, 0):g}" for op in FOLLOW_OPS
                               if c["calls_per_unit"].get(op))
            lines.append(f"| {c['boards']} | {'job events' if c.get('events_live') else 'polling fallback'} "
                         f"| {c.get('follow_calls_per_unit', float('nan')):.2f} "
                         f"| {c.get('follow_rps_per_unit', float('nan')):.3f} | {c.get('follow_shared_calls', 0)} "
                         f"| {c.get('added_p50_s', float('nan')):.2f} "
                         f"| {c.get('added_p95_s', float('nan')):.2f} | {c.get('delivery_p95_s', float('nan')):.2f} "
                         f"| {c.get('station_only_p95_s', float('nan')):.2f} | {per_op or '–'} |")
    lines += ["", "## Sequential baseline", "", "| latency | units | s/unit | units/h | round trips/unit | steps (s) |",
              "|---|---|---|---|---|---|"]
    for b in report["baseline"]:
        steps = ", ".join(f"{k} {v:.2f}" for k, v in b["steps_s"].items())
        lines.append(f"| {b['latency_ms']} ms | {b['units']} | {b['seconds_per_unit']:.2f} | {b['units_per_hour']:,} "
                     f"| {b['round_trips_per_unit']} | {steps} |")
    lines += ["", "## Bound", "", "| N | latency | serial s | per-unit s | uncapped units/h | tightest AWS limit "
              "| cap units/h | bound units/h | batch-aware bound units/h |", "|---|---|---|---|---|---|---|---|---|"]
    for c, b in zip(report["cases"], report["bounds"], strict=True):
        if c["until"] == "registered":
            lines.append(f"| {c['boards']} | {c['latency_ms']} ms | {b['serial_s']:.2f} | {b['per_unit_s']:.2f} "
                         f"| {b['uncapped_units_per_hour']:,} | {b['cap']} | {b['cap_units_per_hour']:,} "
                         f"| {b['units_per_hour']:,} | {b['batch_units_per_hour']:,} |")
    lines += ["", "## Median seconds per step (station runs)", "",
              "| N | latency | until | " + " | ".join(STEPS) + " |", "|" + "---|" * (3 + len(STEPS))]
    for c in report["cases"]:
        cells = " | ".join(f"{c['step_p50_s'][s]:.2f}" if s in c["step_p50_s"] else "–" for s in STEPS)
        lines.append(f"| {c['boards']} | {c['latency_ms']} ms | {c['until']} | {cells} |")
    lines += factory_ca.markdown(report)
    fails = [f"- N={c['boards']} {c['latency_ms']} ms {c['until']}: {f}" for c in report["cases"]
             for f in c["failures"]]
    if fails:
        lines += ["", "## Failed units", "", *fails]
    return "\n".join(lines) + "\n"


def plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    colors = {50: "tab:blue", 150: "tab:orange"}
    base = {b["latency_ms"]: b for b in report["baseline"]}
    for lat in sorted({c["latency_ms"] for c in report["cases"]}):
        color = colors.get(lat, "tab:gray")
        pairs = [(c, b) for c, b in zip(report["cases"], report["bounds"], strict=True)
                 if c["latency_ms"] == lat and c["until"] == "registered"]
        xs = [c["boards"] for c, _ in pairs]
        ax.plot(xs, [c["units_per_hour"] for c, _ in pairs], "o-", color=color, label=f"station, {lat} ms")
        ax.plot(xs, [b["units_per_hour"] for _, b in pairs], "--", color=color, label=f"bound, {lat} ms")
        ax.plot(xs, [b["batch_units_per_hour"] for _, b in pairs], "-.", color=color, alpha=0.6,
                label=f"batch-aware bound, {lat} ms")
        ready = [c for c in report["cases"] if c["latency_ms"] == lat and c["until"] == "ready"]
        if ready:
            ax.plot([c["boards"] for c in ready], [c["units_per_hour"] for c in ready], "s:", color=color,
                    label=f"station to ready, {lat} ms")
        if lat in base:
            ax.axhline(base[lat]["units_per_hour"], color=color, linestyle=":", linewidth=1,
                       label=f"sequential baseline, {lat} ms")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xlabel("boards in parallel (N)")
    ax.set_ylabel("units per hour")
    ax.set_title("Provisioning throughput (to credentials verified) vs bound and baseline")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: N = 1, 8 at 50 ms, no 'ready' runs")
    ap.add_argument("--boards", type=int, nargs="*", help="override N values")
    ap.add_argument("--latency-ms", type=int, nargs="*", help="override latencies")
    ap.add_argument("--ready", type=int, nargs="*", help="N values also run until 'ready' (at the first latency)")
    ap.add_argument("--factory-ca", type=int, nargs="*", dest="factory_ca",
                    help="N values of the factory-ca line (SoftHSM2 line CA, JITP), run after the csr cases at the "
                         "first latency (default: 64; --quick: 4)")
    ap.add_argument("--out", type=Path, help="output directory (default docs/performance; --quick: a temp dir, so "
                                               "a smoke run never overwrites the committed figures)")
    ap.add_argument("--render", action="store_true", help="only re-render .md and .png from the existing .json")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = Path(tempfile.gettempdir()) / "station-bench-quick" if args.quick else OUT
    if args.render:
        render(args.out)
        return 0
    boards = args.boards or ([1, 8] if args.quick else [1, 8, 32, 64])
    latencies = [x / 1000 for x in (args.latency_ms or ([50] if args.quick else [50, 150]))]
    ready_ns = args.ready if args.ready is not None else ([] if args.quick else [1, 8, 32, 64])
    factory_ns = args.factory_ca if args.factory_ca is not None else ([4] if args.quick else [64])
    factory_cases: list[factory_ca.FactoryCaCase] = []
    profile = load_profile(None)
    cases: list[Case] = []
    base: dict[int, Baseline] = {}
    run = datetime.datetime.now().strftime("%H%M%S")
    store = RecordStore(Path(tempfile.mkdtemp(prefix="bench-throughput-")) / "records.sqlite3")
    sinks: list[SqliteSink] = []

    def sink() -> SqliteSink:
        sinks.append(SqliteSink.for_profile(store, profile))
        return sinks[-1]

    with ProxiedCloud(profile, seed_catalog=bool(ready_ns)) as pc:
        for li, lat in enumerate(latencies):
            b = baseline(pc, profile, lat, 2 if args.quick else 4, f"B{run}L{li}")
            base[b.latency_ms] = b
            print(f"baseline {b.latency_ms} ms: {b.seconds_per_unit:.2f} s/unit, {b.units_per_hour} units/h",
                  flush=True)
            for n in boards:
                case = measure(pc, profile, n, lat, "registered", f"R{run}L{li}N{n}", sink())
                cases.append(case)
                print(f"N={n:3d} {case.latency_ms} ms registered: {case.units_per_hour:,} units/h, "
                      f"{case.passed}/{n} passed, lag p99 {case.lag_p99_ms} ms, cpu {case.cpu_cores}", flush=True)
        for n in ready_ns:
            case = measure(pc, profile, n, latencies[0], "ready", f"Y{run}N{n}", sink())
            cases.append(case)
            print(f"N={n:3d} {case.latency_ms} ms ready: {case.units_per_hour:,} units/h, {case.passed}/{n} passed, "
                  f"ready p50 {case.final_p50_s} s, cpu {case.cpu_cores}", flush=True)
        if factory_ns:
            # Last: the factory-ca grant narrows the station's policy (no per-unit registry writes any more).
            with factory_ca.FactoryCaLine(pc, profile) as line:
                for n in factory_ns:
                    sinks.append(SqliteSink.for_profile(store, line.profile))
                    fc = line.measure(orders(f"F{run}N{n}", n), latencies[0], baud=BAUD, keygen=KEYGEN,
                                      sink=sinks[-1], limit=120 + 20 * n)
                    factory_cases.append(fc)
                    print(f"N={n:3d} {fc.latency_ms} ms factory-ca: {fc.units_per_hour:,} units/h, "
                          f"{fc.passed}/{n} passed, signing p50 {fc.signing_p50_s} s, cpu {fc.cpu_cores}", flush=True)
        runs = {s.run_id for s in sinks}
        records = [r for r in store.query(newest_first=False) if r.run_id in runs]
        assert pc.embedded.admin_cloud is not None
        serials = [s for c in cases for s in c.serials] + [s for f in factory_cases for s in f.serials]
        audit = account(serials, records, pc.embedded.admin_cloud, profile)
    store.close()
    bounds = [bound(c) for c in cases]
    api = factory_ca.api_quota_bound(api_calls_per_unit(cases, factory_ns))
    factory_rows = factory_ca.report_rows(factory_cases, api, byte_time=BYTE_TIME, keygen=KEYGEN,
                                          cpu_cores=__import__("os").cpu_count() or 1)
    report = {
        "meta": {"date": datetime.datetime.now().isoformat(timespec="seconds"), "station": __version__,
                 "python": platform.python_version(), "cpus": __import__("os").cpu_count(), "quick": args.quick,
                 "baud": BAUD, "keygen_s": KEYGEN},
        "targets": [*targets(cases, bounds, base),
                    *factory_ca.targets([r["comparison"] for r in factory_rows], factory_cases),
                    {"target": "every unit accounted for (records and cloud)", "measured": audit.line(),
                     "met": audit.ok}],
        "audit": audit.to_json(),
        "cases": [dataclasses.asdict(c) for c in cases],
        "bounds": bounds,
        "baseline": [dataclasses.asdict(b) for b in base.values()],
        "factory_ca": factory_rows,
        "api_quota_bound": api,
    }
    write(report, args.out)
    for row in factory_rows:
        k = row["comparison"]
        print(f"factory-ca {row['case']['boards']} slots: {k['verified_units_per_hour']:,} units/h to verified, "
              f"{k['measured_units_per_hour']:,} to registered; line bound {row['line_bound']['units_per_hour']} "
              f"units/h; per-unit API model's default-quota bound {k['api_bound_units_per_hour']} units/h "
              f"({k['api_binding']}): verified ÷ API bound {k['verified_over_api_bound']}, registered ÷ API bound "
              f"{k['measured_over_api_bound']}, line bound ÷ API "
              f"bound {k['line_bound_over_api_bound']}")
    print(markdown(report))
    print(audit.line())
    print(f"written to {args.out}")
    return 0 if audit.ok else 1


def render(out: Path) -> None:
    """Recompute bounds and targets from the measured cases in the JSON and rewrite .md and .png."""
    report = json.loads((out / "throughput.json").read_text())
    cases = [Case(**c) for c in report["cases"]]
    base = {b["latency_ms"]: Baseline(**b) for b in report["baseline"]}
    report["bounds"] = [bound(c) for c in cases]
    kept = [t for t in report["targets"] if t["target"].startswith(("factory-ca", "every unit"))]
    report["targets"] = [*targets(cases, report["bounds"], base), *kept]
    write(report, out)


def write(report: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "throughput.json").write_text(json.dumps(report, indent=2) + "\n")
    (out / "throughput.md").write_text(markdown(report))
    plot(report, out / "throughput.png")


if __name__ == "__main__":
    raise SystemExit(main())
