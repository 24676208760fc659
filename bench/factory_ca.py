"""The throughput bench's factory-ca line: N slots signing on the line (a SoftHSM2 line CA, JITP at first connect),
its line bound (serial + key generation + signing, no AWS quota) and the per-unit API model's default-quota bound."""

# Run from bench.throughput (`--factory-ca 64`), after its csr cases, on the same embedded cloud: the per-unit API
# model's calls per unit are those the csr case measured in the same run, and its bound is AWS's default quotas
# over them (bench.bound.quota_bound). The csr figures are per account (every station of the account shares the
# quotas); factory-ca's line bound is per station: its per-unit calls are reads that follow the unit after it
# left the critical path.

from __future__ import annotations

import asyncio
import dataclasses
import math
import os
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from bench.bound import cpu_bound, quota_bound
from bench.common import ByteCounter, LoopLag, ProxiedCloud, Resources, counting_factory, percentile
from bench.fleet import BoardOrder, ChildFleet
from station.cloud.retry import CloudCaller
from station.demo import run_until_settled
from station.pipeline.events import Event, StepFinished, UnitFailed, UnitPassed
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile
from station.records.sink import SqliteSink

#: The steps on a factory-ca unit's critical path that the line bound counts (besides the serial bytes).
SIGNING = UnitState.SIGNING.value
KEYGEN_STEP = UnitState.GENERATING_KEY.value


@dataclasses.dataclass
class FactoryCaCase:
    """One factory-ca station run: N boards plugged at once, to "registered" (the board's first connect, JITP)."""

    boards: int
    latency_ms: int
    passed: int = 0
    failed: int = 0
    waiting: int = 0  # "provisioned, waiting for the cloud": must be 0 here (the cloud is up)
    makespan_s: float = 0.0
    units_per_hour: float = 0.0  # to "registered": includes the board's reboot, first connect and JITP
    #: To "verified" (written and read back): the end of the unit's critical path, which calls no AWS API; the
    #: rate of a line where the board leaves the fixture there (the station confirms "registered" later).
    verified_units_per_hour: float = 0.0
    calls_per_unit: dict[str, float] = dataclasses.field(default_factory=dict)
    serial_bytes_per_unit: float = 0.0
    signing_p50_s: float = float("nan")
    signing_p95_s: float = float("nan")
    step_p50_s: dict[str, float] = dataclasses.field(default_factory=dict)
    cpu_seconds: dict[str, float] = dataclasses.field(default_factory=dict)
    cpu_cores: dict[str, float] = dataclasses.field(default_factory=dict)
    lag_p99_ms: float = float("nan")
    failures: list[str] = dataclasses.field(default_factory=list)
    serials: list[str] = dataclasses.field(default_factory=list)


def line_bound(serial_bytes_per_unit: float, keygen_s: float, signing_s: float, slots: int,
               byte_time: float) -> dict[str, Any]:
    """The factory-ca line's bound: ``slots`` units in parallel, each taking its serial bytes at the line rate plus
    its on-board key generation plus its local signing; no AWS quota takes part (nothing on the path calls AWS)."""
    serial_s = serial_bytes_per_unit * byte_time
    per_unit = serial_s + keygen_s + (signing_s if math.isfinite(signing_s) else 0.0)
    return {"serial_s": round(serial_s, 3), "keygen_s": keygen_s, "signing_s": round(signing_s, 4),
            "per_unit_s": round(per_unit, 3),
            "units_per_hour": round(slots / per_unit * 3600) if per_unit > 0 else None}


def api_quota_bound(per_unit_calls: Mapping[str, float], rates: Mapping[str, float] | None = None) -> dict[str, Any]:
    """The per-unit API model's bound: AWS's default quotas (per account) over the calls one csr unit made."""
    bound = quota_bound(per_unit_calls, rates)
    b = bound.binding
    return {"units_per_hour": round(bound.units_per_hour) if b is not None else None,
            "binding": b.operation if b is not None else "", "tps": b.tps if b is not None else None,
            "calls_per_unit": round(b.calls_per_unit, 3) if b is not None else None}


def compare(case: FactoryCaCase, line: Mapping[str, Any], api: Mapping[str, Any], cpu_cores: int) -> dict[str, Any]:
    """factory-ca against the per-unit API model, both from this run: the measured line rate and the line bound
    over the API model's default-quota bound; and the CPU bound that this machine set on the measurement."""
    api_uph = api.get("units_per_hour")
    cpu = cpu_bound(case.cpu_seconds, case.passed, cpu_cores) if case.passed else None
    follow = quota_bound(case.calls_per_unit)  # the follow-up reads: off the critical path, still quota'd
    return {
        "measured_units_per_hour": case.units_per_hour,
        "verified_units_per_hour": case.verified_units_per_hour,
        "line_bound_units_per_hour": line.get("units_per_hour"),
        "api_bound_units_per_hour": api_uph, "api_binding": api.get("binding"),
        "measured_over_api_bound": round(case.units_per_hour / api_uph, 2) if api_uph else None,
        "verified_over_api_bound": round(case.verified_units_per_hour / api_uph, 2) if api_uph else None,
        "line_bound_over_api_bound": (round(line["units_per_hour"] / api_uph, 2)
                                      if api_uph and line.get("units_per_hour") else None),
        "cpu_bound_units_per_hour": round(cpu.units_per_hour) if cpu and math.isfinite(cpu.units_per_hour) else None,
        "follow_quota_units_per_hour": (round(follow.units_per_hour) if follow.binding is not None else None),
        "follow_binding": follow.binding.operation if follow.binding is not None else "",
    }


def targets(comparisons: list[dict[str, Any]], cases: list[FactoryCaCase]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for case, c in zip(cases, comparisons, strict=True):
        if c["line_bound_over_api_bound"] is None:
            continue
        out.append({"target": f"factory-ca, {case.boards} slots: the line rate (serial + key generation + signing, "
                              "no AWS quota) above the per-unit API model's default-quota bound",
                    "measured": f"{c['line_bound_over_api_bound']:.1f}× ({c['line_bound_units_per_hour']:,} vs "
                                f"{c['api_bound_units_per_hour']:,} units/h, {c['api_binding']}); measured here "
                                f"{_n(c['verified_units_per_hour'])} units/h to verified = "
                                f"{_n(c['verified_over_api_bound'], '.2f')}×, {_n(c['measured_units_per_hour'])} to "
                                f"registered = {_n(c['measured_over_api_bound'], '.2f')}× (CPU bound on this "
                                f"machine: {_n(c['cpu_bound_units_per_hour'])})",
                    "met": c["line_bound_over_api_bound"] > 1.0})
        out.append({"target": f"factory-ca, {case.boards} slots: every unit registered, none waiting for the cloud",
                    "measured": f"{case.passed}/{case.boards} passed, {case.waiting} waiting, {case.failed} failed",
                    "met": case.passed == case.boards})
    return out


def markdown(report: Mapping[str, Any]) -> list[str]:
    """The report's factory-ca section (bench.throughput's markdown appends it)."""
    rows = report.get("factory_ca") or []
    if not rows:
        return []
    lines = ["", "## factory-ca line", "",
             "N boards plugged at once. *Verified*: written and read back, the end of the unit's critical path (no AWS "
             "call on it); *registered*: the board's reboot and first connect (JITP makes its thing), which the "
             "station follows with reads. The line bound is N / (serial bytes at the line rate + on-board key "
             "generation + local signing): no AWS call is on the unit's path. The per-unit API model's bound is "
             "AWS's default quotas over the calls a csr unit of this same run made (per account: all its stations "
             "share it).", "",
             "| N | passed | units/h to verified | units/h to registered | line bound units/h | API default-quota "
             "bound units/h (binding) | verified ÷ API | registered ÷ API | line bound ÷ API | CPU bound units/h "
             "| signing p50/p95 s | serial B/unit | follow-up quota units/h |",
             "|" + "---|" * 13]
    for r in rows:
        c, b, k = r["case"], r["line_bound"], r["comparison"]
        lines.append(
            f"| {c['boards']} | {c['passed']}/{c['boards']} | {_n(c.get('verified_units_per_hour'))} "
            f"| {_n(c['units_per_hour'])} | {_n(b['units_per_hour'])} "
            f"| {_n(k['api_bound_units_per_hour'])} ({k['api_binding'] or '–'}) "
            f"| {_n(k.get('verified_over_api_bound'), '.2f')} | {_n(k['measured_over_api_bound'], '.2f')} "
            f"| {_n(k['line_bound_over_api_bound'], '.1f')} "
            f"| {_n(k['cpu_bound_units_per_hour'])} | {c['signing_p50_s']:.3f} / {c['signing_p95_s']:.3f} "
            f"| {_n(c['serial_bytes_per_unit'])} | {_n(k['follow_quota_units_per_hour'])} "
            f"({k['follow_binding'] or '–'}) |")
    fails = [f"- N={r['case']['boards']}: {f}" for r in rows for f in r["case"]["failures"]]
    return lines + (["", "Failed factory-ca units:", *fails] if fails else [])


def _n(value: float | None, spec: str = ",.0f") -> str:
    """A figure for the table: thousands separated (or ``spec``), "–" when there is none."""
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else format(value, spec)


class FactoryCaLine:
    """The embedded cloud of a bench run switched to factory-ca: a SoftHSM2 line CA of its own, registered with AWS
    IoT by the engineer's bootstrap (JITP template), the station's identity granted the factory-ca policy.

    Use after the csr cases: the grant narrows the station's policy to factory-ca's (no CreateThing any more).
    """

    def __init__(self, pc: ProxiedCloud, base: Profile) -> None:
        self.pc = pc
        self.base = base
        self.profile = base
        self._dir = tempfile.TemporaryDirectory(prefix="bench-line-ca-")
        self._env: dict[str, str] = {}
        self.line_ca: Any = None

    def __enter__(self) -> FactoryCaLine:
        from station.ca import create_line_ca_token
        from station.ca.signer import LineCa
        from station.cloud.bootstrap import bootstrap

        token = create_line_ca_token(Path(self._dir.name), common_name="Bench Line CA")
        self._env = token.environment(self.base.factory_ca.pin_env)
        os.environ.update(self._env)  # the PIN in its variable, as on a line PC; removed on exit
        self.profile = dataclasses.replace(self.base, cert_mode="factory-ca",
                                           factory_ca=token.settings(self.base.factory_ca))
        self.pc.embedded.grant(self.profile)
        bootstrap(self.pc.embedded.as_role("engineer"), self.profile)
        self.line_ca = LineCa.open(self.profile.factory_ca)
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self.line_ca is not None:
            self.line_ca.close()
        for key in self._env:
            os.environ.pop(key, None)
        self._dir.cleanup()

    def measure(self, orders: list[BoardOrder], latency: float, *, baud: int, keygen: float,
                sink: SqliteSink | None = None, limit: float = 600.0) -> FactoryCaCase:
        """N boards through a factory-ca station (parallel = N) to "registered"; the proxy adds ``latency``."""
        pc = self.pc
        assert pc.proxy is not None
        pc.proxy.reset()
        pc.proxy.latency = latency
        n = len(orders)
        profile = dataclasses.replace(self.profile, parallel=n)
        # The board's agent makes its first connect (JITP), which is what "registered" waits for.
        fleet = ChildFleet(orders, baud=baud, keygen_time=keygen, run_agent=True).start()
        counter = ByteCounter()
        res = Resources({"boards": fleet.pid, "cloud": pc.cloud_pid})
        try:
            res.start()
            events, calls, lag = asyncio.run(self._run(profile, fleet, counter, sink, limit))
            res.stop()
        finally:
            fleet.close()
        case = FactoryCaCase(boards=n, latency_ms=round(latency * 1000), serials=[o.serial for o in orders])
        fill(case, events, calls, counter, lag)
        # CPU seconds of the run (station, boards, cloud; not the rest of the machine): the CPU bound's input.
        case.cpu_seconds = {k: round(v * res.wall, 2) for k, v in res.cpu.items() if k != "machine"}
        case.cpu_cores = res.cpu
        return case

    async def _run(self, profile: Profile, fleet: ChildFleet, counter: ByteCounter, sink: SqliteSink | None,
                   limit: float) -> tuple[list[Event], dict[str, int], LoopLag]:
        caller = CloudCaller(None)
        station = Station(profile, self.pc.fresh_cloud(), [fleet.provider], factory=counting_factory(counter),
                          caller=caller, poll_interval=0.1, until="registered", line_ca=self.line_ca)
        events: list[Event] = []
        station.bus.subscribe(events.append)
        if sink is not None:
            station.bus.subscribe(sink.on_event)
        lag = LoopLag()
        lag.start()
        try:
            await run_until_settled(station, len(fleet.orders), timeout=limit)
        finally:
            await lag.stop()
            if sink is not None:
                sink.close()
        return events, dict(caller.calls), lag


def fill(case: FactoryCaCase, events: list[Event], calls: Mapping[str, int], counter: ByteCounter,
         lag: LoopLag) -> None:
    """The case's figures from the station's events, the gateway's call counts and the bytes on each port."""
    first: dict[tuple[str, int], float] = {}
    final: dict[tuple[str, int], float] = {}
    verified: dict[tuple[str, int], float] = {}
    steps: dict[str, list[float]] = defaultdict(list)
    for e in events:
        key = (e.port, e.unit)
        first.setdefault(key, e.at)
        if isinstance(e, StepFinished):
            steps[e.step.value].append(e.seconds)
            if e.step is UnitState.VERIFYING:
                verified[key] = e.at
        elif isinstance(e, UnitPassed):
            final[key] = e.at
            case.passed += 1
        elif isinstance(e, UnitFailed):
            final[key] = e.at
            case.failed += 1
            case.failures.append(f"{e.step.value}: {e.cause}")
        elif type(e).__name__ == "UnitWaitingCloud":
            case.waiting += 1
    if final:
        case.makespan_s = round(max(final.values()) - min(first.values()), 3)
        case.units_per_hour = round(case.passed / case.makespan_s * 3600) if case.makespan_s else 0.0
    if verified:
        span = max(verified.values()) - min(first.values())
        case.verified_units_per_hour = round(len(verified) / span * 3600) if span > 0 else 0.0
    case.calls_per_unit = {op: round(c / case.boards, 3) for op, c in sorted(calls.items()) if case.boards}
    per_port = counter.per_port()
    case.serial_bytes_per_unit = round(sum(per_port) / len(per_port)) if per_port else 0.0
    sign = steps.get(SIGNING, [])
    case.signing_p50_s, case.signing_p95_s = (round(percentile(sign, q), 4) for q in (0.5, 0.95))
    case.step_p50_s = {k: round(percentile(v, 0.5), 3) for k, v in steps.items()}
    lags = [x * 1000 for x in lag.lags]
    case.lag_p99_ms = round(percentile(lags, 0.99), 2)


def report_rows(cases: list[FactoryCaCase], api: Mapping[str, Any], *, byte_time: float, keygen: float,
                cpu_cores: int) -> list[dict[str, Any]]:
    """JSON rows of the factory-ca cases: the case, its line bound and its comparison with the API model."""
    rows = []
    for case in cases:
        line = line_bound(case.serial_bytes_per_unit, keygen, case.signing_p50_s, case.boards, byte_time)
        rows.append({"case": dataclasses.asdict(case), "line_bound": line,
                     "comparison": compare(case, line, api, cpu_cores)})
    return rows
