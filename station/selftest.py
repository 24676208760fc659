"""Headless self-test: embedded cloud + 2 virtual boards (one an nRF91 modem) to "ready"; one JSON line, exit code."""

# The smoke test of a freshly built bundle (scripts/build_bundle.py runs it from dist/station/) and
# a quick "does this install work" for an operator: `station --self-test`, `python -m
# station.selftest`. It exercises what a frozen build tends to lose: the embedded cloud child
# (re-invoked bundle executable), botocore models, resources via importlib.resources, the
# socket:// pyserial URL handler, awscrt/awsiot mTLS, cryptography.

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from station import __version__
from station.errors import StationError
from station.messages import message, plain

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

_NOT_READY = message("selftest.not-ready", "{ready} of {boards} boards reached ready ({failed} failed, {running} "
                     "unfinished after {seconds} s)")
_NOT_READY_AT = message("selftest.not-ready-at", "{ready} of {boards} boards reached ready ({failed} failed, "
                        "{running} unfinished after {seconds} s); first problem at {step}: {cause}")
_NOT_READY_REMEDY = message("remedy.selftest", "See the station log; run `station demo --boards 2 --plain` to "
                            "watch the steps.")()
_FAILED_AT = message("selftest.failed-at", "{step}: {cause}")


@dataclass
class SelfTestResult:
    """What --self-test prints as its one JSON line."""

    ok: bool
    version: str
    boards: int
    #: How many of them are virtual nRF91 modems: the AT driver, its automatic choice and the modem are in the build.
    nrf91: int = 0
    ready: int = 0
    failed: int = 0
    #: Seconds: embedded cloud up + bootstrap/catalog seeded, then boards to "ready", then the whole run.
    cloud_start_s: float = 0.0
    provision_s: float = 0.0
    total_s: float = 0.0
    frozen: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))
    executable: str = sys.executable
    #: The embedded cloud's argv and, where the OS tells, the executable its process runs: from a
    #: bundle both must be the bundle's own executable (proof that no system Python was used).
    cloud_command: list[str] = field(default_factory=list)
    cloud_exe: str | None = None
    error: str | None = None
    remedy: str | None = None
    units: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))


def _process_exe(pid: int | None) -> str | None:
    """The executable a process runs (Linux /proc only; None elsewhere or when it is gone)."""
    if pid is None:
        return None
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None


def run_self_test(boards: int = 2, *, transport: str = "socket", timeout: float = 180.0,
                  nrf91: int | None = None) -> SelfTestResult:
    """Start the embedded cloud, provision ``boards`` virtual boards to "ready"; never raises a StationError.

    ``nrf91`` of them are virtual nRF91 modems (default: one when there are two boards or more).
    """
    from station.demo import DemoEnvironment, run_until_settled

    modems = (1 if boards >= 2 else 0) if nrf91 is None else nrf91
    result = SelfTestResult(ok=False, version=__version__, boards=boards, nrf91=modems)
    started = time.monotonic()
    try:
        with DemoEnvironment(boards, transport=transport, nrf91=modems) as env:
            result.cloud_start_s = round(time.monotonic() - started, 2)
            local = env.embedded.local
            result.cloud_command = list(local.command)
            result.cloud_exe = _process_exe(local.pid)
            station = env.station(until="ready")
            t0 = time.monotonic()
            summary = asyncio.run(run_until_settled(station, boards, timeout=timeout))
            result.provision_s = round(time.monotonic() - t0, 2)
        result.ready, result.failed = summary.ready, summary.failed
        result.units = [{k: u.get(k) for k in ("serial", "state", "step", "cause")} for u in summary.units]
        result.ok = summary.ready == boards and summary.failed == 0
        if not result.ok:
            stuck = [u for u in summary.units if u.get("state") != "passed" or u.get("cause")]
            first = stuck[0] if stuck else {}
            counts = {"ready": summary.ready, "boards": boards, "failed": summary.failed,
                      "running": summary.running, "seconds": round(timeout)}
            problem = (_NOT_READY_AT(**counts, step=str(first.get("step")), cause=plain(str(first.get("cause"))))
                       if first else _NOT_READY(**counts))
            result.error = problem.text()
            result.remedy = _NOT_READY_REMEDY.text()
    except StationError as exc:
        result.error = _FAILED_AT(step=exc.step or "self-test", cause=exc.cause_message).text()
        result.remedy = exc.remedy
    result.total_s = round(time.monotonic() - started, 2)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """`station --self-test [--boards N] [--transport socket|pty] [--timeout S]`: exit 0 only when all are ready."""
    p = argparse.ArgumentParser(prog="station --self-test", description=__doc__)
    p.add_argument("--boards", type=int, default=2, help="virtual boards to provision (default 2)")
    p.add_argument("--nrf91", type=int, default=None, metavar="N",
                   help="how many of them are virtual nRF91 modems (default: 1 with two boards or more)")
    # socket:// by default: the same on Windows and Linux, and it proves pyserial's URL handler
    # made it into a frozen build (a classic missing hidden import).
    p.add_argument("--transport", choices=("socket", "pty"), default="socket")
    p.add_argument("--timeout", type=float, default=180.0, help="give up provisioning after this many seconds")
    p.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG")
    args = p.parse_args(list(argv) if argv is not None else None)
    from station.logs import setup_logging

    log_file = setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    result = run_self_test(args.boards, transport=args.transport, timeout=args.timeout, nrf91=args.nrf91)
    print(result.to_json(), flush=True)
    if result.ok:
        return EXIT_OK
    # The JSON line is for machines; this is for the person reading the CI log or the terminal.
    print(f"self-test FAILED: {result.error}\nremedy: {result.remedy}\n(log: {log_file})", file=sys.stderr)
    return EXIT_FAILED if result.error and "boards reached ready" in result.error else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
