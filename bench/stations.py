"""Several stations, one account: K station processes, each with its own boards, sharing one strict cloud.

Run: ``python -m bench.stations [--stations 2 4] [--total-slots 64] [--duration 60] [--quick]``.
Writes docs/performance/stations.{json,md} (``--quick``: a temporary directory).

One embedded cloud (strict, AWS's default quotas, which are per account) behind a latency proxy; K child processes
each run the real Station as the station role (its own credentials in its environment, its own station id,
records database and board process) on a continuous line of total-slots / K slots (bench/line.py). They start
together and measure the same window. Reported per station: units, waits announced ("waiting for AWS"),
throttled retries, failures; together: units/h against min(quota bound, CPU bound), each station's share of the
total against a fair share. Afterwards every board of every station is accounted for in the records and cloud.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.accounting import account
from bench.common import OUT, ProxiedCloud, Resources
from bench.line import LineConfig, LineRun, bounds, run_line
from station.cloud.adapter import IotCloud
from station.cloud.session import CloudTarget
from station.profile import load_profile
from station.records.sink import SqliteSink
from station.records.store import RecordStore

TARGET_SHARE = 0.85  # together ≥ 85 % of min(quota bound, CPU bound)
FAIRNESS = 0.20  # each station within ±20 % of a fair share


def _child() -> None:
    """One station process: its line, then its LineRun as the last line of stdout."""
    spec: dict[str, Any] = json.loads(sys.stdin.readline())
    # Credentials come from this process's environment (AWS_ACCESS_KEY_ID/SECRET): boto3's normal chain.
    target = CloudTarget(region=spec["region"], endpoint_url=spec["endpoint_url"],
                         mqtt_endpoint=spec["mqtt_endpoint"], ca_pem=spec["ca_pem"].encode())
    profile = dataclasses.replace(load_profile(None), station_id=spec["station_id"])
    store = RecordStore(Path(spec["db"]))
    sink = SqliteSink.for_profile(store, profile)
    run = asyncio.run(run_line(profile, IotCloud(target), LineConfig(**spec["config"]), spec["tag"], sink=sink,
                               start_at=spec["start_at"]))
    store.close()
    sys.stdout.write(json.dumps(dataclasses.asdict(run)) + "\n")
    sys.stdout.flush()


def measure(pc: ProxiedCloud, k: int, cfg: LineConfig, tmp: Path, tag: str) -> dict[str, Any]:
    """K stations on one account for one window; returns the figures and the audit."""
    assert pc.proxy is not None and pc.direct is not None and pc.embedded.admin_cloud is not None
    target = pc.direct.target
    env = {**os.environ, **pc.embedded.credentials_env("station")}
    env.pop("AWS_PROFILE", None)
    start_at = time.time() + 10 + cfg.slots / 4  # boards powered up in every child before the line starts
    procs: list[subprocess.Popen[str]] = []
    for i in range(k):
        spec = {"region": target.region, "endpoint_url": pc.proxy.url, "mqtt_endpoint": target.mqtt_endpoint,
                "ca_pem": (target.ca_pem or b"").decode(), "station_id": f"bench-station-{i + 1}",
                "db": str(tmp / f"{tag}-{i + 1}.sqlite3"), "tag": f"{tag}S{i + 1}", "start_at": start_at,
                "config": dataclasses.asdict(cfg)}
        p = subprocess.Popen([sys.executable, "-m", "bench.stations", "--child"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
        assert p.stdin is not None
        p.stdin.write(json.dumps(spec) + "\n")
        p.stdin.flush()
        procs.append(p)
    cloud = Resources({"cloud": pc.cloud_pid})
    time.sleep(max(0.0, start_at + cfg.warmup_s - time.time()))
    c0 = cloud.cpu_seconds()["cloud"]
    time.sleep(cfg.duration_s)
    c1 = cloud.cpu_seconds()["cloud"]
    runs: list[LineRun] = []
    # The drain, plus a unit that waits out the gateway's whole max_wait, plus closing the boards.
    deadline = time.monotonic() + cfg.drain_s + 180
    for p in procs:
        try:
            out, _ = p.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for q in procs:
                q.kill()
            raise RuntimeError(f"{k} stations: a station process did not finish its line in time (machine "
                               "overloaded?); see its output above") from None
        last = [ln for ln in out.splitlines() if ln.startswith("{")]
        if p.returncode != 0 or not last:
            raise RuntimeError(f"a station process ended with {p.returncode}: {out[-2000:]}")
        runs.append(LineRun(**json.loads(last[-1])))
    calls: dict[str, int] = {}
    cpu_s: dict[str, float] = {"cloud": c1 - c0}
    for r in runs:
        for op, n in r.calls.items():
            calls[op] = calls.get(op, 0) + n
        for name, v in r.cpu_s.items():
            cpu_s[name] = cpu_s.get(name, 0.0) + v
    window = min(r.window_s for r in runs)
    total = round(sum(r.passed_in_window for r in runs) / window * 3600) if window else 0
    b = bounds(calls, sum(r.units_total for r in runs), cpu_s, sum(r.passed_in_window for r in runs),
               os.cpu_count() or 1)
    fair = total / k
    shares = [r.units_per_hour / fair if fair else 0.0 for r in runs]
    profile = load_profile(None)
    records = []
    for i in range(k):
        store = RecordStore(tmp / f"{tag}-{i + 1}.sqlite3")
        records += store.query(newest_first=False)
        store.close()
    print(f"{k} stations: {total:,} units/h together; auditing {sum(r.plugged for r in runs)} boards", flush=True)
    audit = account([s for r in runs for s in r.serials], records, pc.embedded.admin_cloud, profile)
    share = total / b["bound_units_per_hour"] if b["bound_units_per_hour"] else 0.0
    failed_throttled = sum(r.failed_throttled for r in runs)
    worst = max(abs(s - 1) for s in shares) if shares else 0.0
    targets = [
        {"target": f"{k} stations together ≥ {TARGET_SHARE:.0%} of min(quota bound, CPU bound)",
         "measured": f"{total:,} units/h = {share:.0%} of {b['bound_units_per_hour']:,} ({b['binds']} binds)",
         "met": share >= TARGET_SHARE},
        {"target": f"{k} stations: no unit failed from throttling", "measured": str(failed_throttled),
         "met": failed_throttled == 0},
        {"target": f"{k} stations: each share within ±{FAIRNESS:.0%} of fair",
         "measured": ", ".join(f"{s:.2f}" for s in shares), "met": worst <= FAIRNESS},
        {"target": f"{k} stations: every unit accounted for (records and cloud)", "measured": audit.line(),
         "met": audit.ok},
    ]
    return {"stations": k, "slots_each": cfg.slots, "window_s": window, "units_per_hour": total,
            "bounds": b, "shares_of_fair": [round(s, 3) for s in shares], "cloud_cpu_s": round(c1 - c0, 2),
            "per_station": [{k2: v for k2, v in dataclasses.asdict(r).items() if k2 != "serials"} for r in runs],
            "targets": targets, "audit": {**audit.to_json(), "line": audit.line()}}


def markdown(rep: dict[str, Any]) -> str:
    m = rep["meta"]
    lines = [
        "# Several stations, one account", "",
        f"Generated by `python -m bench.stations{' --quick' if m['quick'] else ''}` on {m['date']} ({m['cpus']} "
        f"CPUs shared with other work). {m['total_slots']} slots in all, split between the stations; hand-off "
        f"{m['config']['handoff_s']} s, warm-up {m['config']['warmup_s']} s, window {m['config']['duration_s']} s, "
        f"{m['latency_ms']} ms round trip. One strict embedded cloud with AWS's default quotas (per account); "
        "each station a process of its own, as the station role.", "",
        "## Targets", "", "| target | measured | met |", "|---|---|---|",
    ]
    for case in rep["cases"]:
        lines += [f"| {t['target']} | {t['measured']} | {'MET' if t['met'] else '**MISSED**'} |"
                  for t in case["targets"]]
    lines += ["", "## Per station", "",
              "| stations | station | slots | passed in window | units/h | share of fair | waits (throttling) "
              "| retries | failed | p50 / p95 s | CPU ms/unit station / boards |", "|" + "---|" * 11]
    for case in rep["cases"]:
        for r, s in zip(case["per_station"], case["shares_of_fair"], strict=True):
            n = max(1, r["passed_in_window"])
            lines.append(
                f"| {case['stations']} | {r['station_id']} | {r['slots']} | {r['passed_in_window']} "
                f"| {r['units_per_hour']:,} | {s:.2f} | {r['waits']} ({r['throttle_waits']}) "
                f"| {sum(r['retries'].values())} | {r['failed']} | {r['latency_p50_s']} / {r['latency_p95_s']} "
                f"| {r['cpu_s'].get('station', 0) / n * 1000:.0f} / {r['cpu_s'].get('boards', 0) / n * 1000:.0f} |")
    lines += ["", "## Together against the bounds", "",
              "| stations | units/h | quota bound | CPU bound (ms CPU/unit, cores) | binds | % of bound "
              "| machine busy (cores, all work) |", "|---|---|---|---|---|---|---|"]
    for case in rep["cases"]:
        b = case["bounds"]
        pct = case["units_per_hour"] / b["bound_units_per_hour"] if b["bound_units_per_hour"] else 0
        lines.append(f"| {case['stations']} | {case['units_per_hour']:,} | {b['quota_units_per_hour']:,} "
                     f"| {b['cpu_units_per_hour']:,} ({b['cpu_s_per_unit'] * 1000:.0f} ms, {b['cores']}) "
                     f"| {b['binds']} | {pct:.0%} "
                     f"| {max(r.get('machine_busy_cores', 0) for r in case['per_station']):.2f} |")
    for case in rep["cases"]:
        lines += ["", f"### Quota terms, {case['stations']} stations (calls per unit summed over the account)", "",
                  "| operation | quota TPS | calls/unit | units/h | binds |", "|---|---|---|---|---|",
                  *[f"| {t['operation']} | {t['tps']:g} | {t['calls_per_unit']} | {t['units_per_hour']:,} "
                    f"| {'**yes**' if t['binds'] else ''} |" for t in case["bounds"]["quota_terms"]]]
    lines += ["", "## Accounting", "", *[f"- {c['stations']} stations: {c['audit']['line']}" for c in rep["cases"]]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stations", type=int, nargs="*", default=[2, 4])
    ap.add_argument("--total-slots", type=int, default=64, help="slots in all, split evenly between the stations")
    ap.add_argument("--handoff", type=float, default=2.0)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--warmup", type=float, default=15.0)
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 stations, 8 slots, 10 s warm-up, 20 s window")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--render", action="store_true", help="only rewrite stations.md from stations.json")
    args = ap.parse_args(argv)
    if args.render:
        out = args.out or OUT
        (out / "stations.md").write_text(markdown(json.loads((out / "stations.json").read_text())))
        return 0
    if args.child:
        _child()
        return 0
    if args.quick:
        args.stations, args.total_slots, args.warmup, args.duration = [2], min(args.total_slots, 8), 10.0, 20.0
    out = args.out or (Path(tempfile.gettempdir()) / "station-bench-quick" if args.quick else OUT)
    profile = load_profile(None)
    tmp = Path(tempfile.mkdtemp(prefix="bench-stations-"))
    cases = []
    with ProxiedCloud(profile, seed_catalog=False) as pc:
        assert pc.proxy is not None
        pc.proxy.latency = args.latency_ms / 1000
        for k in args.stations:
            cfg = LineConfig(slots=max(1, args.total_slots // k), handoff_s=args.handoff, warmup_s=args.warmup,
                             duration_s=args.duration)
            cases.append(measure(pc, k, cfg, tmp, f"K{k}T{datetime.datetime.now():%H%M%S}"))
    rep = {"meta": {"date": datetime.datetime.now().isoformat(timespec="seconds"), "quick": args.quick,
                    "cpus": os.cpu_count(), "total_slots": args.total_slots, "latency_ms": args.latency_ms,
                    "config": dataclasses.asdict(LineConfig(handoff_s=args.handoff, warmup_s=args.warmup,
                                                            duration_s=args.duration))},
           "cases": cases}
    out.mkdir(parents=True, exist_ok=True)
    (out / "stations.json").write_text(json.dumps(rep, indent=2) + "\n")
    (out / "stations.md").write_text(markdown(rep))
    print(markdown(rep))
    return 0 if all(c["audit"]["ok"] for c in cases) else 1


if __name__ == "__main__":
    raise SystemExit(main())
