"""Soak: hundreds of units through the demo flow with seeded random faults, then every unit accounted for.

Run: ``python -m bench.soak --units 500 --seed 7 [--parallel 32] [--until ready]`` (a command, not in CI).
Writes docs/soak.md and docs/soak.json.

Boards come in waves of ``--parallel`` (plug a wave, provision, unplug, next wave), each with a serial unique
across the run, in a child process. A seeded fraction of units gets a board fault; some waves get a cloud
throttling or 5xx burst through the FaultProxy. Everything is recorded by a real SqliteSink on the station's
bus. Afterwards every unit is accounted for, in the records (one finished attempt per unit: passed, or failed
with step, cause and remedy) and in the cloud (a passed unit has exactly one ACTIVE certificate, attached, with
the policy, and its group; no ACTIVE certificate is unattached unless a failure reported it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime
import json
import random
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import boto3

from bench.common import ROOT, LoopLag, ProxiedCloud, percentile
from bench.fleet import BoardOrder, ChildFleet
from station import __version__
from station.cloud.adapter import IotCloud
from station.cloud.retry import CloudCaller
from station.demo import DEMO_MODELS
from station.jobs.follow import CloudJobSource
from station.pipeline.events import Event, UnitDetected, UnitFailed, UnitPassed, UnitRemoved
from station.pipeline.scheduler import Station
from station.profile import Profile, load_profile
from station.records.model import Outcome, UnitRecord
from station.records.sink import SqliteSink
from station.records.store import RecordStore

#: Board faults and what a correct station makes of them ("pass": retried or harmless; "fail": a named failure).
BOARD_FAULTS: dict[str, str] = {
    "corrupt:1": "pass",  # one damaged answer frame: resent
    "corrupt:2": "pass",
    "corrupt:9": "fail",  # beyond the resend budget (serial.retries = 2)
    "silent": "fail",  # never answers: identify times out
    "silent:keygen": "fail",  # answers until key generation, then nothing
    "refuse-csr": "fail",  # profile allows only on-board keys
    "drop:cert:1": "fail",  # cable pulled while the certificate is written: certificate exists, reported
    "dup-serial": "fail",  # reports the serial of another unit (earlier wave or same wave)
}
#: Only meaningful when units follow their jobs (until = ready).
READY_FAULTS: dict[str, str] = {
    "stale-url": "pass",  # expired pre-signed URL: the agent asks for the document again
    "boot-fail": "fail",  # the new image does not boot: rollback, job FAILED
}
CLOUD_BURSTS = ("throttle", "5xx")


@dataclasses.dataclass
class Planned:
    """One unit of the soak: its board and the fault it was given."""

    index: int
    wave: int
    order: BoardOrder
    fault: str = ""  # key of BOARD_FAULTS / READY_FAULTS, "" = clean
    unit: int = 0  # station unit number, filled in when detected
    port: str = ""


def plan(units: int, parallel: int, seed: int, rate: float, until: str) -> list[Planned]:
    rng = random.Random(seed)
    faults = {**BOARD_FAULTS, **(READY_FAULTS if until == "ready" else {})}
    out: list[Planned] = []
    for i in range(units):
        spec = DEMO_MODELS[rng.randrange(len(DEMO_MODELS))]
        serial = f"SK{seed}-{i + 1:05d}"
        fault = rng.choice(sorted(faults)) if rng.random() < rate else ""
        out.append(Planned(i, i // parallel, BoardOrder(serial, spec.model, spec.hw_revision), fault))
    # dup-serial: borrow the serial of a clean unit of an earlier wave (a known thing with an active certificate
    # of another key), or of the same wave (two boards at once); the fault spec names it.
    for p in out:
        if p.fault == "dup-serial":
            earlier = [q for q in out[:p.index] if not q.fault]
            victim = rng.choice(earlier) if earlier else next(q for q in out if q is not p)
            p.order = dataclasses.replace(p.order, model=victim.order.model, hw=victim.order.hw,
                                          faults=f"dup-serial:{victim.order.serial}")
        elif p.fault:
            p.order = dataclasses.replace(p.order, faults=p.fault)
    return out


async def run_waves(planned: list[Planned], profile: Profile, pc: ProxiedCloud, sink: SqliteSink, until: str,
                    seed: int, burst_rate: float, events: list[Event]) -> dict[str, Any]:
    """One station for the whole run; waves of boards come and go like a fixture on the line."""
    assert pc.proxy is not None
    rng = random.Random(seed + 1)
    current: list[ChildFleet] = []

    class Provider:
        name = "virtual"

        def list_ports(self) -> list[Any]:
            return current[0].provider.list_ports() if current else []

    cloud = pc.fresh_cloud()
    station = Station(profile, cloud, [Provider()], caller=CloudCaller(None),
                      poll_interval=0.2, jobs=CloudJobSource(cloud) if until == "ready" else None, until=until)
    station.bus.subscribe(sink.on_event)
    station.bus.subscribe(events.append)
    by_port: dict[str, Planned] = {}
    finals: set[int] = set()
    changed = asyncio.Event()

    def watch(e: Event) -> None:
        if isinstance(e, UnitDetected) and e.port in by_port:
            by_port[e.port].unit, by_port[e.port].port = e.unit, e.port
        elif isinstance(e, UnitPassed | UnitFailed):
            finals.add(e.unit)
        changed.set()

    station.bus.subscribe(watch)
    stop = asyncio.Event()
    runner = asyncio.create_task(station.run(stop))
    lag = LoopLag()
    lag.start()
    bursts: list[dict[str, Any]] = []
    stuck: list[str] = []
    waves = max(p.wave for p in planned) + 1
    loop = asyncio.get_running_loop()
    try:
        for w in range(waves):
            members = [p for p in planned if p.wave == w]
            fleet = await loop.run_in_executor(None, ChildFleet([p.order for p in members], run_agent=until == "ready")
                                               .start)
            by_port.update({fleet.ports[p.order.serial]: p for p in members})
            current[:] = [fleet]
            if rng.random() < burst_rate:
                kind = rng.choice(CLOUD_BURSTS)
                n = rng.randint(5, 30)
                delay = rng.uniform(0.2, 2.0)

                def fire(kind: str = kind, n: int = n) -> None:
                    assert pc.proxy is not None
                    if kind == "throttle":
                        pc.proxy.throttle(n)
                    else:
                        pc.proxy.fail(n, 503)
                loop.call_later(delay, fire)
                bursts.append({"wave": w, "kind": kind, "requests": n, "after_s": round(delay, 2)})
            deadline = time.monotonic() + 300
            while not all(p.unit and p.unit in finals for p in members):
                if time.monotonic() > deadline:
                    stuck += [p.order.serial for p in members if not (p.unit and p.unit in finals)]
                    break
                changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), 1.0)
            # Unplug the wave; wait until the station has seen every port go (pty paths are reused).
            current[:] = []
            await loop.run_in_executor(None, fleet.close)
            while any(p.port in station.units for p in members if p.port):
                changed.clear()  # UnitRemoved sets it
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), 1.0)
            print(f"wave {w + 1}/{waves}: {len(finals)} units final", flush=True)
    finally:
        await lag.stop()
        stop.set()
        await runner
        sink.close()
    lags = [x * 1000 for x in lag.lags]
    return {"bursts": bursts, "stuck": stuck, "lag_p99_ms": round(percentile(lags, 0.99), 1),
            "proxy": {k: v for k, v in pc.proxy.stats().items() if k != "by_route"},
            "retries": sum(station.services.caller.retries.values())}


def iot_client(cloud: IotCloud) -> Any:
    """An independent boto3 client (not the station's adapter, not through the proxy) for the audit: the
    embedded account's administrator key, which sees everything the station's identity may not."""
    t = cloud.target
    return boto3.client("iot", endpoint_url=t.endpoint_url, region_name=t.region,
                        aws_access_key_id="test", aws_secret_access_key="test")


def _pages(client: Any, operation: str, key: str, **kwargs: Any) -> list[Any]:
    """Every item of a listing, through boto3's paginator (which knows each API's token names)."""
    return [item for page in client.get_paginator(operation).paginate(**kwargs) for item in page.get(key, [])]


def account(planned: list[Planned], records: list[UnitRecord], iot: Any, prefix: str, policy: str,
            until: str, attach_to: str = "certificate") -> dict[str, Any]:
    """Check every unit in the records and in the cloud; returns counts and a list of anomalies."""
    anomalies: list[str] = []
    by_unit: dict[int, list[UnitRecord]] = defaultdict(list)
    for r in records:
        by_unit[r.unit].append(r)
    outcome_of: dict[int, str] = {}
    for p in planned:
        got = by_unit.get(p.unit, []) if p.unit else []
        if len(got) != 1:
            anomalies.append(f"{p.order.serial} (unit {p.unit}): {len(got)} records, expected 1")
            outcome_of[p.index] = "unaccounted"
            continue
        r = got[0]
        outcome_of[p.index] = r.outcome.value
        if r.outcome in (Outcome.RUNNING, Outcome.INTERRUPTED):
            anomalies.append(f"{p.order.serial}: record is {r.outcome.value}, not finished")
        elif r.outcome is Outcome.FAILED and (r.error is None or not (r.error.step and r.error.cause
                                                                      and r.error.remedy)):
            anomalies.append(f"{p.order.serial}: failed without step/cause/remedy")
        elif r.outcome is Outcome.PASSED and until == "ready":
            anomalies.append(f"{p.order.serial}: passed but not ready with until=ready")
    extra = {r.unit for r in records} - {p.unit for p in planned}
    if extra:
        anomalies.append(f"records of units not in the plan: {sorted(extra)}")

    # The cloud, read back independently: things of this run, their principals, groups; every certificate.
    things = [t["thingName"] for t in _pages(iot, "list_things", "things", PaginationConfig={"PageSize": 250})
              if prefix in t["thingName"]]
    certs = {c["certificateId"]: c["status"] for c in
             _pages(iot, "list_certificates", "certificates", PaginationConfig={"PageSize": 250})}
    attached: dict[str, list[str]] = {}
    for t in things:
        attached[t] = [a.rsplit("/", 1)[-1] for a in _pages(iot, "list_thing_principals", "principals", thingName=t)]
    owner = {c: t for t, cs in attached.items() for c in cs}
    policy_targets = {a.rsplit("/", 1)[-1] for a in
                      _pages(iot, "list_targets_for_policy", "targets", policyName=policy)}
    reported = {word for r in records if r.error for c in r.error.created for word in c.split()}
    passed = [r for r in records if r.outcome in (Outcome.PASSED, Outcome.READY)]
    cloud_ok = 0
    for r in passed:
        active = [c for c in attached.get(r.thing_name, []) if certs.get(c) == "ACTIVE"]
        problems = []
        if active != [r.certificate_id]:
            problems.append(f"ACTIVE attached certificates {active}, record says {r.certificate_id}")
        if attach_to == "group":  # the policy is on the thing group (bootstrap attached it once)
            if not any(g in policy_targets for g in r.groups):
                problems.append(f"policy on none of its groups {list(r.groups)}")
        elif r.certificate_id not in policy_targets:
            problems.append("policy not attached to its certificate")
        groups = {g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=r.thing_name)["thingGroups"]}
        if not set(r.groups) <= groups:
            problems.append(f"groups {sorted(groups)}, record says {list(r.groups)}")
        if problems:
            anomalies.append(f"{r.serial} ({r.thing_name}): " + "; ".join(problems))
        else:
            cloud_ok += 1
    multi = [t for t, cs in attached.items() if sum(certs.get(c) == "ACTIVE" for c in cs) > 1]
    anomalies += [f"thing {t} has {sum(certs.get(c) == 'ACTIVE' for c in attached[t])} ACTIVE certificates"
                  for t in multi]
    # Every ACTIVE certificate must be a passed unit's, or one a failed attempt recorded (CertificateIssued)
    # or reported in its failure's ``created`` list; anything else is an orphan nobody knows about.
    passed_certs = {r.certificate_id for r in passed}
    failed_known = {r.certificate_id: r for r in records if r.outcome is Outcome.FAILED and r.certificate_id}
    left_by_failed: list[str] = []
    for c, status in sorted(certs.items()):
        if status != "ACTIVE" or c in passed_certs:
            continue
        fr = failed_known.get(c)
        where = f"attached to {owner[c]}" if c in owner else "attached to no thing"
        if fr is not None and fr.error is not None:
            left_by_failed.append(f"{c[:12]} ({where}) of {fr.serial}, failed at {fr.error.step}"
                                  + ("; reported in 'created'" if c in reported else "; certificate id recorded"))
        elif c in reported:
            left_by_failed.append(f"{c[:12]} ({where}); reported in a failure's 'created'")
        else:
            anomalies.append(f"certificate {c} is ACTIVE ({where}) and no record knows it")
    unattached_active = [c for c, st in certs.items() if st == "ACTIVE" and c not in owner]
    passed_things = {r.thing_name for r in passed}
    return {
        "outcome_of": outcome_of,
        "records": len(records),
        "passed_cloud_ok": cloud_ok,
        "things": len(things),
        "things_without_passed_unit": sorted(set(things) - passed_things),
        "certificates": dict(Counter(certs.values())),
        "active_unattached": sorted(unattached_active),
        "active_left_by_failed_units": left_by_failed,
        "inactive_certificates": sorted(c for c, s in certs.items() if s != "ACTIVE"),
        "anomalies": anomalies,
    }


def summarize(planned: list[Planned], records: list[UnitRecord], audit: dict[str, Any], run: dict[str, Any],
              args: argparse.Namespace, wall: float) -> dict[str, Any]:
    rec_by_unit = {r.unit: r for r in records}
    outcomes = Counter(audit["outcome_of"].values())
    per_fault: dict[str, Counter[str]] = defaultdict(Counter)
    unexpected: list[str] = []
    expect = {**BOARD_FAULTS, **READY_FAULTS}
    for p in planned:
        got = audit["outcome_of"].get(p.index, "unaccounted")
        r = rec_by_unit.get(p.unit)
        label = got if r is None or r.error is None else f"{got} at {r.error.step}"
        per_fault[p.fault or "none"][label] += 1
        ok = got in ("passed", "ready")
        want = expect.get(p.fault, "pass")
        if (want == "pass") != ok:
            cause = f": {r.error.cause}" if r is not None and r.error else ""
            unexpected.append(f"{p.order.serial} fault '{p.fault or 'none'}' expected {want}, got {label}{cause}")
    passed = outcomes.get("passed", 0) + outcomes.get("ready", 0)
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"), "station": __version__,
        "units": args.units, "seed": args.seed, "parallel": args.parallel, "until": args.until,
        "fault_rate": args.fault_rate, "burst_rate": args.burst_rate, "latency_ms": args.latency_ms,
        "wall_s": round(wall, 1), "units_per_hour": round(len(planned) / wall * 3600),
        "passed_units_per_hour": round(passed / wall * 3600),
        "outcomes": dict(outcomes), "per_fault": {k: dict(v) for k, v in sorted(per_fault.items())},
        "cloud_bursts": run["bursts"], "proxy": run["proxy"], "station_retries": run["retries"],
        "lag_p99_ms": run["lag_p99_ms"], "stuck": run["stuck"],
        "audit": {k: v for k, v in audit.items() if k != "outcome_of"},
        "unexpected_outcomes": unexpected,
        "accounted": not audit["anomalies"] and not run["stuck"],
    }


def markdown(s: dict[str, Any]) -> str:
    a = s["audit"]
    lines = [
        "# Soak run", "",
        f"Generated by `python -m bench.soak --units {s['units']} --seed {s['seed']} --parallel {s['parallel']} "
        f"--until {s['until']}` on {s['date']} (station {s['station']}; 2 shared CPUs, so wall time is noisy).", "",
        f"- **Every unit accounted for: {'yes' if s['accounted'] else 'NO'}** "
        f"({len(a['anomalies'])} anomalies, {len(s['stuck'])} units stuck)",
        f"- wall time {s['wall_s']:.0f} s; {s['units_per_hour']:,} units/h attempted, "
        f"{s['passed_units_per_hour']:,} units/h passed (waves of {s['parallel']}, incl. plug/unplug)",
        "- outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(s["outcomes"].items())),
        f"- board faults on ~{s['fault_rate']:.0%} of units; cloud bursts in {len(s['cloud_bursts'])} waves "
        f"(proxy answered {s['proxy']['throttled']} × 429, {s['proxy']['failed']} × 503 of {s['proxy']['total']} "
        f"requests; station retried {s['station_retries']} calls); injected latency {s['latency_ms']} ms",
        f"- records: {a['records']} attempts; cloud: {a['things']} things, certificates {a['certificates']}, "
        f"{a['passed_cloud_ok']} passed units verified in the cloud (one ACTIVE attached certificate = the "
        "record's, policy attached, in its group)",
        f"- things without a passed unit (its attempt failed after CreateThing): "
        f"{len(a['things_without_passed_unit'])}; INACTIVE certificates: {len(a['inactive_certificates'])}; "
        f"ACTIVE certificates of failed units, all known to their record: {len(a['active_left_by_failed_units'])} "
        f"({len(a['active_unattached'])} of them unattached)",
        f"- event-loop lag p99 {s['lag_p99_ms']} ms", "",
        "## Outcome per fault", "", "| fault | units | outcomes |", "|---|---|---|",
    ]
    for fault, got in s["per_fault"].items():
        lines.append(f"| {fault} | {sum(got.values())} | " + ", ".join(f"{k}: {v}" for k, v in sorted(got.items()))
                     + " |")
    lines += ["", "## Anomalies (accounting)", ""]
    lines += [f"- {x}" for x in a["anomalies"]] or ["none"]
    lines += ["", "## Outcomes other than expected for the fault", ""]
    lines += [f"- {x}" for x in s["unexpected_outcomes"]] or ["none"]
    if a["active_left_by_failed_units"]:
        lines += ["", "## ACTIVE certificates of failed units", "",
                  "Each is named by its failed attempt's record (certificate id, and `created` when the attempt "
                  "stopped half way); a re-run of the board reuses it. A unit that failed while following its "
                  "jobs (e.g. boot-fail) was fully registered: its certificate is rightly active.", ""]
        lines += [f"- {c}" for c in a["active_left_by_failed_units"]]
    lines += ["", "## Cloud bursts", "", "| wave | kind | requests | after s |", "|---|---|---|---|"]
    lines += [f"| {b['wave']} | {b['kind']} | {b['requests']} | {b['after_s']} |" for b in s["cloud_bursts"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--parallel", type=int, default=32)
    ap.add_argument("--until", choices=("registered", "ready"), default="ready")
    ap.add_argument("--fault-rate", type=float, default=0.2, help="fraction of units given a board fault")
    ap.add_argument("--burst-rate", type=float, default=0.3, help="fraction of waves with a cloud burst")
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--db", type=Path, help="record store (default: a temporary file)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args(argv)
    profile = dataclasses.replace(load_profile(None), parallel=args.parallel)
    planned = plan(args.units, args.parallel, args.seed, args.fault_rate, args.until)
    tmp = Path(tempfile.mkdtemp(prefix="soak-"))
    store = RecordStore(args.db or tmp / "records.sqlite3")
    sink = SqliteSink.for_profile(store, profile)
    events: list[Event] = []
    with ProxiedCloud(profile, seed_catalog=args.until == "ready") as pc:
        assert pc.proxy is not None and pc.direct is not None
        pc.proxy.latency = args.latency_ms / 1000
        started = time.monotonic()  # after the cloud's start-up and seeding: the line's time only
        run = asyncio.run(run_waves(planned, profile, pc, sink, args.until, args.seed, args.burst_rate, events))
        wall = time.monotonic() - started
        records = [r for r in store.query(newest_first=False) if r.run_id == sink.run_id]
        audit = account(planned, records, iot_client(pc.direct), f"SK{args.seed}-", profile.policy_name, args.until,
                        profile.policy_attach_to)
    removed_running = sum(isinstance(e, UnitRemoved) for e in events)
    summary = summarize(planned, records, audit, run, args, wall)
    summary["removed_events"] = removed_running
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "soak.json").write_text(json.dumps(summary, indent=2) + "\n")
    (args.out / "soak.md").write_text(markdown(summary))
    print(markdown(summary))
    store.close()
    return 0 if summary["accounted"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
