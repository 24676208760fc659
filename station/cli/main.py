"""`station` command: demo, provision, cloud bootstrap/serve; exit codes a line controller can act on."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from station import __version__
from station.errors import StationError
from station.logs import setup_logging

log = logging.getLogger("station.cli")

EXIT_OK, EXIT_UNITS_FAILED, EXIT_ERROR, EXIT_USAGE = 0, 1, 2, 64


def parse_fault_flags(items: Sequence[str]) -> dict[int, str]:
    """--fault N=SPEC (board number from 1) -> {index: spec}; a bad spec is a usage error (exit 2), checked
    before the embedded cloud starts."""
    from station.virtual.faults import FaultPlan

    faults: dict[int, str] = {}
    for item in items:
        number, sep, spec = item.partition("=")
        if not sep or not number.isdigit() or int(number) < 1:
            raise argparse.ArgumentTypeError(f"--fault wants BOARD=SPEC with BOARD from 1, got '{item}'")
        try:
            FaultPlan.parse(spec)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"--fault {item}: {exc}") from None
        faults[int(number) - 1] = spec
    return faults


def board_count(value: str) -> int:
    """--boards: 1 to 256 virtual boards (0 would wait for a unit that never comes)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--boards wants a whole number, not '{value}'") from None
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(f"--boards must be between 1 and 256, not {n}")
    return n


def _renderer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from station.cli.render import JsonRenderer, LineRenderer, LiveRenderer

    if args.json:
        return JsonRenderer()
    if sys.stdout.isatty() and not args.plain:
        return LiveRenderer()
    return LineRenderer()


def _print_summary(args: argparse.Namespace, summary_json: dict[str, object]) -> None:
    if args.json:
        print(json.dumps(summary_json, separators=(",", ":")))
        return
    ready = f" ({summary_json['ready']} ready)" if summary_json.get("ready") else ""
    print(f"\n{summary_json['passed']} passed{ready}, {summary_json['failed']} failed, "
          f"{summary_json['running']} unfinished")
    for unit in summary_json["units"]:  # type: ignore[attr-defined]
        if unit["state"] == "failed":
            print(f"  unit {unit['unit']} {unit['serial'] or unit['port']}: {unit['step']}: {unit['cause']}\n"
                  f"      remedy: {unit['remedy']}")


def cmd_demo(args: argparse.Namespace) -> int:
    from station.demo import DemoEnvironment, run_until_settled
    from station.profile import load_profile
    from station.records.run import RunRecords

    profile = load_profile(args.profile)
    if not profile.embedded:
        raise StationError("the demo runs on the embedded cloud; its profile has cloud.kind = \"aws\"",
                           step="profile", remedy="Use the demo profile (omit --profile) or set kind = \"embedded\".")
    renderer = _renderer(args)
    with DemoEnvironment(args.boards, profile=profile, state_dir=args.state_dir,
                         faults=parse_fault_flags(args.fault), transport=args.transport) as env:
        if not args.json:
            print(f"embedded cloud at {env.embedded.endpoints.http_url if env.embedded.endpoints else '?'}; "
                  f"{args.boards} virtual boards ({args.transport}); {profile.parallel} in parallel")
        records = RunRecords(profile, env.cloud, quiet=args.json)
        station = env.station(until=args.until or "", resume_hint=records.sqlite.store.unfinished_certificates)
        station.bus.subscribe(renderer)
        records.attach(station)
        try:
            summary = asyncio.run(run_until_settled(station, args.boards, timeout=args.timeout))
        finally:
            records.close()
        renderer.close()
    _print_summary(args, summary.to_json())
    return EXIT_OK if summary.passed == args.boards else EXIT_UNITS_FAILED


def cmd_provision(args: argparse.Namespace) -> int:
    from station.board.discovery import SerialPortProvider
    from station.cloud.check import checked_cloud  # profile_cloud + the quick check: refuses a broken cloud
    from station.domain import PortInfo
    from station.jobs.follow import CloudJobSource
    from station.pipeline.events import Event
    from station.pipeline.scheduler import Station
    from station.pipeline.states import UnitState
    from station.records.run import RunRecords

    renderer = _renderer(args)
    with checked_cloud(args.profile) as (profile, cloud):
        providers = [SerialPortProvider(include=list(profile.serial.ports), usb_ids=list(profile.serial.usb_ids))]
        records = RunRecords(profile, cloud, quiet=args.json)
        station = Station(profile, cloud, [] if args.port else providers, jobs=CloudJobSource(cloud),
                          until=args.until or "", resume_hint=records.sqlite.store.unfinished_certificates)
        station.bus.subscribe(renderer)
        records.attach(station)

        async def main() -> None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt instead
                loop.add_signal_handler(signal.SIGINT, stop.set)
                loop.add_signal_handler(signal.SIGTERM, stop.set)

            def check(_e: Event) -> None:
                finals = sum(1 for u in station.units.values() if u.state in (UnitState.PASSED, UnitState.FAILED))
                if args.count and finals >= args.count:
                    stop.set()
            station.bus.subscribe(check)
            runner = asyncio.create_task(station.run(stop))
            for url in args.port:
                station.add_port(PortInfo(url=url, provider="cli"))
            await runner

        try:
            asyncio.run(main())
        finally:
            records.close()
        renderer.close()
        summary = station.summary()
    _print_summary(args, summary.to_json())
    return EXIT_OK if summary.failed == 0 else EXIT_UNITS_FAILED


def cmd_bootstrap(args: argparse.Namespace) -> int:
    from station.cloud.bootstrap import bootstrap
    from station.cloud.connect import profile_cloud

    # Bootstrap creates what the station may not (policy, types, groups, bucket, role): the engineer's identity.
    with profile_cloud(args.profile, role="engineer") as (profile, cloud):
        actions = bootstrap(cloud, profile)
    for a in actions:
        if args.json:
            print(json.dumps({"event": "bootstrap", "resource": a.resource, "action": a.action, "detail": a.detail}))
        else:
            print(f"{a.action:<9} {a.resource}" + (f"  ({a.detail})" if a.detail else ""))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from station import paths
    from station.cloud.connect import EmbeddedCloud

    embedded = EmbeddedCloud(args.state_dir or paths.data_dir() / "localcloud", persist=True)
    embedded.start()
    ep = embedded.endpoints
    assert ep is not None
    # The local identities' keys (worthless outside this embedded cloud): run other tools as the station
    # (least privilege) or as the engineer (bootstrap), never as the account administrator.
    print(json.dumps({"event": "serving", "http": ep.http_url, "mqtt": ep.mqtt_endpoint, "region": ep.region,
                      "station": embedded.credentials_env("station"),
                      "engineer": embedded.credentials_env("engineer")}), flush=True)
    try:
        signal.sigwait([signal.SIGINT, signal.SIGTERM]) if hasattr(signal, "sigwait") else input()
    except KeyboardInterrupt:
        pass
    finally:
        embedded.close()
    return EXIT_OK


def cmd_reconcile(args: argparse.Namespace) -> int:
    from station.cloud.connect import profile_cloud
    from station.records import RecordStore
    from station.records.reconcile import reconcile

    with profile_cloud(args.profile) as (profile, cloud):
        findings = reconcile(cloud, RecordStore(args.db) if args.db else RecordStore(), profile.station_id,
                             fix=args.fix)
    for f in findings:
        if args.json:
            print(json.dumps(f.to_json()))
        else:
            print(f"{f.action:<16} {f.kind:<24} {f.resource}  serial {f.serial or '?'}: {f.detail}")
    if not args.json:
        mode = "fixed what it could" if args.fix else "dry run: nothing changed (use --fix)"
        print(f"{len(findings)} finding(s); {mode}")
    return EXIT_OK if not findings or args.fix else EXIT_UNITS_FAILED


def cmd_hash_pin(args: argparse.Namespace) -> int:
    import getpass

    from station.pins import hash_pin

    pin = sys.stdin.readline().strip() if args.stdin else getpass.getpass("PIN: ")
    if len(pin) < 4 or (not args.stdin and getpass.getpass("again: ") != pin):
        raise StationError("the PIN must have at least 4 characters and be typed the same twice", step="hash-pin",
                           remedy="Run 'station hash-pin' again.")
    print(hash_pin(pin))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="station", description="Manufacturing provisioning station for AWS IoT.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG")
    sub = p.add_subparsers(dest="command", required=True)

    def output_flags(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--json", action="store_true", help="one JSON object per event, then a summary")
        sp.add_argument("--plain", action="store_true", help="plain lines instead of a live table")
        sp.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
        sp.add_argument("--until", choices=("registered", "ready"),
                        help="where a unit counts as passed (default: the profile's jobs.until, normally ready)")

    d = sub.add_parser("demo", help="embedded cloud + N virtual boards, provisioned end to end")
    d.add_argument("--boards", type=board_count, default=8, help="number of virtual boards, 1-256 (default 8)")
    d.add_argument("--transport", choices=("pty", "socket"), default="pty" if sys.platform != "win32" else "socket")
    d.add_argument("--fault", action="append", default=[], metavar="BOARD=SPEC",
                   help="inject a fault into board BOARD (1-based), e.g. 3=corrupt:2 or 2=refuse-csr")
    d.add_argument("--state-dir", type=Path, help="keep the embedded cloud's state here (default: a temp dir)")
    d.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds")
    output_flags(d)
    d.set_defaults(func=cmd_demo)

    pr = sub.add_parser("provision", help="provision boards on real serial ports with a profile")
    pr.add_argument("--port", action="append", default=[], help="use this port URL instead of discovery")
    pr.add_argument("--count", type=int, default=0, help="stop after this many units finished (0 = run until Ctrl-C)")
    output_flags(pr)
    pr.set_defaults(func=cmd_provision)

    c = sub.add_parser("cloud", help="cloud set-up")
    csub = c.add_subparsers(dest="cloud_command", required=True)
    b = csub.add_parser("bootstrap", help="create the device policy, thing types and groups if missing")
    b.add_argument("--profile")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_bootstrap)
    s = csub.add_parser("serve", help="run the embedded local cloud in the foreground")
    s.add_argument("--state-dir", type=Path)
    s.set_defaults(func=cmd_serve)
    from station.cli.check_cmd import register as register_check  # cloud check
    register_check(csub)
    from station.cli.policy_cmd import register as register_policy  # cloud policy
    register_policy(csub)

    h = sub.add_parser("hash-pin", help="print the hash of a QA/engineer PIN for the profile's [roles]")
    h.add_argument("--stdin", action="store_true", help="read the PIN from standard input (no prompt)")
    h.set_defaults(func=cmd_hash_pin)

    r = sub.add_parser("reconcile", help="cloud things/certificates this station made without a finished record")
    r.add_argument("--fix", action="store_true", help="set orphaned certificates INACTIVE (default: dry run)")
    r.add_argument("--profile")
    r.add_argument("--db", type=Path, help="records database (default: the data dir's records.sqlite)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_reconcile)

    from station.cli.jobs_cmds import register as register_jobs  # catalog, release, job
    register_jobs(sub)
    from station.cli.records_cmds import register as register_records  # records search/list/export/...
    register_records(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:  # the bundle's smoke test, also from source (python -m station)
        from station.selftest import main as self_test

        return self_test(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    try:
        code: int = args.func(args)
        return code
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))  # exits with the usage message
    except StationError as exc:
        where = f" during {exc.step}" if exc.step else ""
        print(f"error{where}: {exc.cause}\nremedy: {exc.remedy}\n(log: {log_file})", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
