"""`station` command: demo, provision, cloud bootstrap/serve; exit codes a line controller can act on."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from station import __version__
from station.cli.authorize import add_pin_option
from station.errors import StationError
from station.logs import setup_logging
from station.safetext import clean, one_line

log = logging.getLogger("station.cli")

EXIT_OK, EXIT_UNITS_FAILED, EXIT_ERROR, EXIT_UNFINISHED, EXIT_USAGE = 0, 1, 2, 3, 64


def units_exit_code(passed: int, failed: int, running: int, expected: int | None = None) -> int:
    """0 all passed, 1 a unit failed, 3 stopped while units were still running (they outrank a failure: an
    interrupted attempt may have left cloud resources that `station reconcile` should look at)."""
    if running:
        return EXIT_UNFINISHED
    if failed or (expected is not None and passed < expected):
        return EXIT_UNITS_FAILED
    return EXIT_OK


def _silence_stdout() -> None:
    """The reader of our output went away (`--json | head`): further output goes nowhere, quietly, and the
    command still ends with its own exit code (Python's recipe for SIGPIPE)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def parse_fault_flags(items: Sequence[str]) -> dict[int, str]:
    """--fault N=SPEC (board number from 1) -> {index: spec}; a bad spec is a usage error (exit 2), checked
    before the embedded cloud starts."""
    from station.virtual.faults import FaultPlan
    from station.virtual.modem_faults import parse_modem_spec

    faults: dict[int, str] = {}
    for item in items:
        number, sep, spec = item.partition("=")
        if not sep or not number.isdigit() or int(number) < 1:
            raise argparse.ArgumentTypeError(f"--fault wants BOARD=SPEC with BOARD from 1, got '{item}'")
        try:
            FaultPlan.parse(spec)
        except ValueError as exc:
            try:  # a virtual nRF91 modem's knobs (the modems are the last --nrf91 boards)
                parse_modem_spec(spec)
            except ValueError:
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
    from station.cli.render import choose_renderer

    return choose_renderer(json_lines=args.json, plain=args.plain)


def _print_summary(args: argparse.Namespace, summary_json: dict[str, object], stopped_by: str = "") -> None:
    """The run's summary; ``stopped_by`` says why the station stopped while units were still running."""
    if summary_json.get("running") and stopped_by:
        summary_json = {**summary_json, "stopped_by": stopped_by}
    try:
        _write_summary(args, summary_json)
    except BrokenPipeError:
        _silence_stdout()


def _write_summary(args: argparse.Namespace, summary_json: dict[str, object]) -> None:
    if args.json:
        print(json.dumps(summary_json, separators=(",", ":")), flush=True)
        return
    ready = f" ({summary_json['ready']} ready)" if summary_json.get("ready") else ""
    waiting = (f", {summary_json['waiting_cloud']} provisioned and waiting for the cloud"
               if summary_json.get("waiting_cloud") else "")
    print(f"\n{summary_json['passed']} passed{ready}, {summary_json['failed']} failed{waiting}, "
          f"{summary_json['running']} unfinished")
    for unit in summary_json["units"]:  # type: ignore[attr-defined]
        if unit["state"] == "failed":
            # A board's serial or an AWS message may carry control characters: escaped, never replayed.
            print(clean(f"  unit {unit['unit']} {one_line(str(unit['serial'] or unit['port']))}: {unit['step']}: "
                        f"{unit['cause']}\n      remedy: {unit['remedy']}"))
    if summary_json["running"]:
        print(f"stopped ({summary_json.get('stopped_by') or 'timeout'}) with {summary_json['running']} unit(s) "
              "still running; exit code 3")
        for unit in summary_json["units"]:  # type: ignore[attr-defined]
            if unit["state"] not in ("passed", "failed", "waiting-cloud"):
                print(f"  unit {unit['unit']} {unit['serial'] or unit['port']}: unfinished at {unit['state']}\n"
                      "      remedy: start the station again with the board connected to resume it; "
                      "'station reconcile' shows anything it left in the cloud")
    sys.stdout.flush()


def cmd_demo(args: argparse.Namespace) -> int:
    from station.demo import DemoEnvironment, run_until_settled
    from station.labels import attach as attach_labels
    from station.profile import load_profile
    from station.records.run import RunRecords

    profile = load_profile(args.profile)
    if not profile.embedded:
        raise StationError("the demo runs on the embedded cloud; its profile has cloud.kind = \"aws\"",
                           step="profile", remedy="Use the demo profile (omit --profile) or set kind = \"embedded\".")
    renderer = _renderer(args)
    with DemoEnvironment(args.boards, profile=profile, state_dir=args.state_dir,
                         faults=parse_fault_flags(args.fault), transport=args.transport, nrf91=args.nrf91,
                         cert_mode=args.cert_mode or "") as env:
        if not args.json:
            kinds = f", {args.nrf91} of them nRF91 modems" if args.nrf91 else ""
            print(f"embedded cloud at {env.embedded.endpoints.http_url if env.embedded.endpoints else '?'}; "
                  f"{args.boards} virtual boards ({args.transport}{kinds}); {profile.parallel} in parallel")
        records = RunRecords(profile, env.cloud, quiet=args.json)
        station = env.station(until=args.until or "", resume_hint=records.sqlite.store.unfinished_certificates,
                              provisioned_before=records.provisioned_before, waiting_records=records)
        records.attach(station)  # first: nothing is printed before it is recorded
        # The demo's profile carries the address of the virtual printer it started.
        labels = attach_labels(station.bus, env.profile)
        station.bus.subscribe(renderer)
        try:
            summary = asyncio.run(run_until_settled(station, args.boards, timeout=args.timeout, labels=labels))
        finally:
            if labels is not None:
                labels.close()
            records.close()
            renderer.close()  # also on an exception: the live table gives the terminal back (cursor shown)
    _print_summary(args, summary.to_json(), stopped_by=f"--timeout {args.timeout:g} s")
    return units_exit_code(summary.passed, summary.failed, summary.running, expected=args.boards)


@contextlib.contextmanager
def _provisioning_cloud(profile_path: str | None) -> Iterator[tuple[Any, Any, str]]:
    """The profile's cloud, checked first (a broken cloud is refused) - except that a factory-ca line starts
    without AWS when the device endpoint is known (cloud.mqtt_endpoint): its units sign, write and verify, and
    wait for the cloud, which the station follows once it answers. The third value: why AWS is away ("")."""
    from station.cloud.check import checked_cloud, require_cloud  # profile_cloud + the quick check
    from station.cloud.connect import profile_cloud
    from station.errors import CloudError
    from station.profile import load_profile

    if load_profile(profile_path).cert_mode != "factory-ca":
        with checked_cloud(profile_path) as (checked, cloud):
            yield checked, cloud, ""
        return
    with profile_cloud(profile_path) as (profile, cloud):
        away = ""
        try:
            require_cloud(cloud, embedded=profile.embedded)
        except CloudError as exc:
            if not cloud.target.mqtt_endpoint:
                raise
            log.warning("cloud check: %s; factory-ca goes on without AWS (units wait for the cloud)", exc.cause)
            print(f"warning: {exc.cause}\n  factory-ca goes on without AWS: units are signed, written and "
                  "verified, and wait for the cloud", file=sys.stderr)
            away = exc.cause
        yield profile, cloud, away


def cmd_provision(args: argparse.Namespace) -> int:
    from station.board.discovery import SerialPortProvider, named_port
    from station.jobs.follow import CloudJobSource
    from station.labels import attach as attach_labels
    from station.pipeline.events import Event
    from station.pipeline.modes import mode_services
    from station.pipeline.scheduler import Station
    from station.pipeline.states import UnitState
    from station.records.run import RunRecords

    renderer = _renderer(args)
    with _provisioning_cloud(args.profile) as (profile, cloud, away), mode_services(profile, cloud) as mode:
        providers = [SerialPortProvider(include=list(profile.serial.ports), usb_ids=list(profile.serial.usb_ids))]
        records = RunRecords(profile, cloud, quiet=args.json)
        # factory-ca: the line CA signs (mode), the records decide a duplicate serial offline and hold the
        # units waiting for the cloud, which the station follows once AWS answers again.
        station = Station(profile, cloud, [] if args.port else providers, jobs=CloudJobSource(cloud),
                          until=args.until or "", resume_hint=records.sqlite.store.unfinished_certificates,
                          provisioned_before=records.provisioned_before, waiting_records=records, **mode)
        if away and station.services.link is not None:
            station.services.link.down(away)  # started without AWS: the follow-up finds it back
        records.attach(station)  # first: nothing is printed before it is recorded
        labels = attach_labels(station.bus, profile)  # after the records: a label follows its unit's record
        station.bus.subscribe(renderer)

        stopped_by: list[str] = []  # why the station stopped: units still running then are reported

        async def main() -> None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()

            def stop_by(reason: str) -> None:
                if not stop.is_set():
                    stopped_by.append(reason)
                    stop.set()
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt instead
                loop.add_signal_handler(signal.SIGINT, stop_by, "Ctrl-C")
                loop.add_signal_handler(signal.SIGTERM, stop_by, "SIGTERM")

            def check(_e: Event) -> None:
                finals = sum(1 for u in station.units.values()
                             if u.state in (UnitState.PASSED, UnitState.FAILED, UnitState.WAITING_CLOUD))
                if args.count and finals >= args.count:
                    stop_by(f"--count {args.count} reached")
            station.bus.subscribe(check)
            runner = asyncio.create_task(station.run(stop))
            for url in args.port:
                station.add_port(named_port(url))
            await runner

        try:
            asyncio.run(main())
        except KeyboardInterrupt:  # Windows (no signal handlers): Ctrl-C ends the run, the summary follows
            stopped_by.append("Ctrl-C")
        finally:
            if labels is not None:
                labels.close()  # labels still queued are in the records, not printed
            records.close()
            renderer.close()  # also on an exception: the live table gives the terminal back (cursor shown)
        summary = station.summary()
    _print_summary(args, summary.to_json(), stopped_by=stopped_by[0] if stopped_by else "")
    return units_exit_code(summary.passed, summary.failed, summary.running)


def cmd_bootstrap(args: argparse.Namespace) -> int:
    from station.cloud.bootstrap import bootstrap
    from station.cloud.connect import profile_cloud

    # Bootstrap creates what the station may not (policy, types, groups, bucket, role): the engineer's identity.
    try:
        with profile_cloud(args.profile, role="engineer") as (profile, cloud):
            # No PIN: the credential is the engineer's own AWS identity (the station's cannot do this);
            # the action is audited with the OS user and that identity, like every engineer action.
            from station.cli.authorize import credential_action
            who = _caller_arn(cloud)
            with credential_action(profile, cloud, "engineer", f"AWS identity {who}", "cloud-bootstrap",
                                   profile.station_id, {"profile": str(profile.path or "")}):
                actions = bootstrap(cloud, profile)
    except Exception as exc:
        explained = _engineer_refusal(exc, _aws_profile(args))
        if explained is exc:
            raise
        raise explained from exc
    for a in actions:
        if args.json:
            print(json.dumps({"event": "bootstrap", "resource": a.resource, "action": a.action, "detail": a.detail}))
        else:
            print(f"{a.action:<9} {a.resource}" + (f"  ({a.detail})" if a.detail else ""))
    return EXIT_OK


def _caller_arn(cloud: Any) -> str:
    """Who the AWS credentials are (GetCallerIdentity needs no permission); "unknown" if not answered."""
    try:
        return str(cloud.client("sts").get_caller_identity().get("Arn", "unknown"))
    except Exception:  # the audit names what it can; bootstrap itself will report the cause
        return "unknown"


def _engineer_refusal(exc: Exception, aws_profile: str) -> StationError:
    """A refusal of bootstrap in plain words; a missing permission is the engineer's policy's, not the station's."""
    from station.cloud.refusals import AccessDenied

    explained = exc if isinstance(exc, StationError) else explain_exception(exc, "cloud bootstrap", aws_profile)
    if isinstance(explained, AccessDenied):
        explained.cause = explained.cause.replace("the station's identity", "the identity running bootstrap")
        explained.remedy = ("Run 'station cloud bootstrap' as the line engineer: it needs the engineer policy "
                            f"('station cloud policy --role engineer' prints it), which grants {explained.action}; "
                            "the station's own role may not create these resources.")
    return explained


def cmd_serve(args: argparse.Namespace) -> int:
    from station import paths
    from station.cloud.connect import EmbeddedCloud

    embedded = EmbeddedCloud(args.state_dir or paths.data_dir() / "localcloud", persist=True)

    def announce() -> None:
        ep = embedded.endpoints
        assert ep is not None
        # The local identities' keys (worthless outside this embedded cloud): run other tools as the station
        # (least privilege) or as the engineer (bootstrap), never as the account administrator.
        print(json.dumps({"event": "serving", "http": ep.http_url, "mqtt": ep.mqtt_endpoint, "region": ep.region,
                          "station": embedded.credentials_env("station"),
                          "engineer": embedded.credentials_env("engineer")}), flush=True)

    # SIGTERM/SIGINT/SIGHUP end the wait; the child is stopped (state saved) and reaped before we exit.
    embedded.serve_until_stopped(announce)
    return EXIT_OK


def cmd_reconcile(args: argparse.Namespace) -> int:
    from station.cloud.connect import profile_cloud
    from station.records import RecordStore
    from station.records.reconcile import reconcile

    with profile_cloud(args.profile) as (profile, cloud):
        store = RecordStore(args.db) if args.db else RecordStore()
        if args.fix:
            # Retiring certificates is the line engineer's action, as in the window: PIN, audit entry, anchor.
            from station.cli.authorize import role_action
            with role_action(args, profile, cloud, "engineer", "reconcile-fix", profile.station_id,
                             {"db": str(args.db or "")}):
                findings = reconcile(cloud, store, profile.station_id, fix=True)
        else:
            findings = reconcile(cloud, store, profile.station_id, fix=False)
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
    d.add_argument("--nrf91", type=int, default=0, metavar="N",
                   help="make N of the boards virtual Nordic nRF91 modems (AT commands), the rest reference boards")
    d.add_argument("--fault", action="append", default=[], metavar="BOARD=SPEC",
                   help="inject a fault into board BOARD (1-based; nRF91 modems come last), e.g. 3=corrupt:2, "
                        "2=refuse-csr, or for a modem 8=garble:2")
    d.add_argument("--state-dir", type=Path, help="keep the embedded cloud's state here (default: a temp dir)")
    d.add_argument("--cert-mode", choices=("csr", "csr-or-cloud-keys", "cloud-keys", "factory-ca", "fleet-claim"),
                   help="certificate mode (default: the profile's); factory-ca makes the demo a SoftHSM2 line CA")
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
    from station.cli.ca_cmd import register as register_ca  # cloud ca: the factory-ca line CA in AWS IoT
    register_ca(csub)

    h = sub.add_parser("hash-pin", help="print the hash of a QA/engineer PIN for the profile's [roles]")
    h.add_argument("--stdin", action="store_true", help="read the PIN from standard input (no prompt)")
    h.set_defaults(func=cmd_hash_pin)

    r = sub.add_parser("reconcile", help="cloud things/certificates this station made without a finished record")
    r.add_argument("--fix", action="store_true", help="set orphaned certificates INACTIVE (default: dry run)")
    r.add_argument("--profile")
    r.add_argument("--db", type=Path, help="records database (default: the data dir's records.sqlite)")
    r.add_argument("--json", action="store_true")
    add_pin_option(r)  # --fix needs the engineer's PIN
    r.set_defaults(func=cmd_reconcile)

    from station.cli.jobs_cmds import register as register_jobs  # catalog, release, job
    register_jobs(sub)
    from station.cli.records_cmds import register as register_records  # records search/list/export/...
    register_records(sub)
    from station.cli.rework_cmd import register as register_rework  # rework revoke: a unit's certificate
    register_rework(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:  # the bundle's smoke test, also from source (python -m station)
        from station.selftest import main as self_test

        return self_test(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    if args.func not in (cmd_provision, cmd_demo):  # units show their own waits; other commands say it here
        from station.cloud.gateway import on_any_wait
        on_any_wait(_say_waiting)
    try:
        code: int = args.func(args)
        return code
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))  # exits with the usage message
    except StationError as exc:
        return _report(exc, log_file)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except BrokenPipeError:  # the reader of --json went away: nothing left to tell it
        _silence_stdout()
        return EXIT_ERROR
    except Exception as exc:  # every command ends in exit 2 and a message, never a traceback (that goes to the log)
        return _report(explain_exception(exc, _command(args), _aws_profile(args)), log_file)


def _say_waiting(op: str, why: str, delay: float, attempt: int) -> None:
    """A command waiting out throttling or a network hiccup says so, rather than hang silently."""
    print(f"waiting for AWS: {why} ({op}, attempt {attempt}, again in {delay:.1f} s)", file=sys.stderr, flush=True)


def _command(args: argparse.Namespace) -> str:
    return " ".join(str(getattr(args, k)) for k in ("command", "cloud_command") if getattr(args, k, None))


def _aws_profile(args: argparse.Namespace) -> str:
    """The AWS profile the command's station profile names (for the login command in a remedy), if any."""
    if not hasattr(args, "profile"):
        return ""
    from station.profile import load_profile

    try:
        return load_profile(args.profile).cloud.profile
    except Exception:  # the profile itself may be what failed: the remedy then names no AWS profile
        return ""


def _report(exc: StationError, log_file: Path) -> int:
    where = f" during {exc.step}" if exc.step else ""
    # Some errors are worded for a unit in the pipeline ("waiting for a renewed login", "retry the unit"); a
    # command has stopped, and is run again.
    cause = exc.cause.split("; waiting for a")[0]
    remedy = exc.remedy.replace("retries the unit", "runs the command again").replace(
        "retry the unit", "run the command again")
    log.error("%s%s: %s (remedy: %s)", exc.__class__.__name__, where, cause, remedy)
    print(clean(f"error{where}: {cause}\nremedy: {remedy}\n(log: {log_file})"), file=sys.stderr)
    return EXIT_ERROR


def explain_exception(exc: Exception, command: str, aws_profile: str = "") -> StationError:
    """What a command that failed outside its own handling tells the operator: a file the OS refused, an AWS
    answer nobody translated, or (a bug) the exception's name, with the trace in the log."""
    if isinstance(exc, OSError):
        what = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        return StationError(what, step=command,
                            remedy="Check that the path exists and that the station's user may use it, then run "
                                   "the command again.")
    from station.cloud.unhandled import explain_unhandled

    refused = explain_unhandled(exc, aws_profile)
    if refused is not None:
        if not refused.step:
            refused.step = command
        return refused
    log.error("%s: internal error", command, exc_info=exc)
    return StationError(f"internal error: {type(exc).__name__}: {exc}", step=command,
                        remedy="Report this to the station's developers with the log file.")


if __name__ == "__main__":
    sys.exit(main())
