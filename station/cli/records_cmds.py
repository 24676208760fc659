"""`station records …`: look up, list and export traceability records and the QA audit trail."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from station.errors import StationError
from station.records.export import iso, write_csv, write_json
from station.records.model import Outcome, UnitRecord
from station.records.store import RecordStore, default_path


def parse_when(text: str, *, end: bool = False) -> float:
    """A date or ISO date-time (local time unless it has an offset) as epoch seconds.

    A bare date used as an end (--until) means the end of that day, so ``--until 2024-05-02`` includes it.
    """
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            moment = dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD) or date-time "
                                         "(YYYY-MM-DDTHH:MM)") from exc
    return moment.astimezone().timestamp() if moment.tzinfo is None else moment.timestamp()


def _since(text: str) -> float:
    return parse_when(text)


def _until(text: str) -> float:
    return parse_when(text, end=True)


def _open(args: argparse.Namespace) -> RecordStore:
    return RecordStore(args.db or default_path(), create=False)


def _line(r: UnitRecord) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in sorted(r.versions.items()))
    what = f"{r.error.step}: {r.error.cause}" if r.error else versions
    return (f"{iso(r.started_at)[:19]}  #{r.attempt_id:<5} {r.serial or '?':<16} try {r.attempt:<2} "
            f"{r.outcome.value:<11} {r.thing_name:<28} {what}").rstrip()


def _detail(r: UnitRecord) -> list[str]:
    lines = [_line(r),
             f"    model {r.model or '?'} hw {r.hw_revision or '?'} fw {r.fw_version or '?'}; station {r.station_id} "
             f"operator {r.operator or '?'} batch {r.batch}"]
    if r.certificate_id:
        lines.append(f"    certificate {r.certificate_id}; groups {', '.join(r.groups) or '-'}")
    for s in r.steps:
        took = f"{s.seconds:7.3f} s" if s.seconds is not None else "unfinished"
        lines.append(f"    {iso(s.started_at)[11:23]}  {s.step:<15} {took}  {s.detail}".rstrip())
    if r.error:
        lines.append(f"    remedy: {r.error.remedy}")
        if r.error.created:
            lines.append(f"    created: {'; '.join(r.error.created)}")
    return lines


def _print_records(args: argparse.Namespace, records: Sequence[UnitRecord], *, detail: bool) -> None:
    if args.json:
        for r in records:
            print(json.dumps(r.to_json(), separators=(",", ":")))
        return
    if not records:
        print("no records")
    for r in records:
        print("\n".join(_detail(r)) if detail else _line(r))


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as store:
        records = store.by_serial(args.serial) or store.by_thing(args.serial)
    _print_records(args, records, detail=True)
    return 0 if records else 1


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        records = store.query(since=args.since, until=args.until, batch=args.batch, outcome=args.outcome,
                              limit=args.limit or None)
    _print_records(args, records, detail=False)
    return 0


def cmd_interrupted(args: argparse.Namespace) -> int:
    with _open(args) as store:
        records = store.interrupted_attempts()
    _print_records(args, records, detail=True)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as store:
        # Chronological, so an export reads like the production log of the period.
        records = store.query(since=args.since, until=args.until, batch=args.batch, outcome=args.outcome,
                              newest_first=False)
    writer = write_csv if args.format == "csv" else write_json
    if args.output:
        # newline="" lets the csv module write its own line ends (no blank lines on Windows).
        with Path(args.output).open("w", encoding="utf-8", newline="") as out:
            count = writer(records, out)
        summary = {"event": "exported", "format": args.format, "records": count, "output": str(args.output)}
        print(json.dumps(summary) if args.json else f"{count} record(s) written to {args.output}")
    else:
        writer(records, sys.stdout)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    with _open(args) as store:
        entries = store.audit_entries(since=args.since, until=args.until)
    for e in entries:
        if args.json:
            print(json.dumps(e.to_json(), separators=(",", ":")))
        else:
            params = json.dumps(e.parameters, separators=(",", ":")) if e.parameters else ""
            print(f"{iso(e.at)[:19]}  {e.who} ({e.role})  {e.action} {e.target}  {params}  -> {e.outcome}")
    if not entries and not args.json:
        print("no audit entries")
    return 0


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``records`` and its sub-commands to the ``station`` command's sub-parsers."""
    r: argparse.ArgumentParser = subparsers.add_parser("records", help="traceability records and the QA audit trail")
    rsub = r.add_subparsers(dest="records_command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", type=Path, help=f"records database (default: {default_path().name} in the data dir)")
        sp.add_argument("--json", action="store_true", help="one JSON object per line")

    def period(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--since", type=_since, metavar="DATE", help="from this date or date-time (local time)")
        sp.add_argument("--until", type=_until, metavar="DATE", help="up to this date (inclusive) or date-time")

    s = rsub.add_parser("search", help="every attempt of a serial number (or thing name), newest first")
    s.add_argument("serial")
    common(s)
    s.set_defaults(func=cmd_search)

    outcomes = [o.value for o in Outcome]
    li = rsub.add_parser("list", help="attempts, newest first")
    period(li)
    li.add_argument("--batch")
    li.add_argument("--outcome", choices=outcomes)
    li.add_argument("--limit", type=int, default=0, help="at most this many (0 = all)")
    common(li)
    li.set_defaults(func=cmd_list)

    ex = rsub.add_parser("export", help="attempts as CSV or JSON (steps nested), oldest first")
    ex.add_argument("--format", choices=("csv", "json"), required=True)
    period(ex)
    ex.add_argument("--batch")
    ex.add_argument("--outcome", choices=outcomes)
    ex.add_argument("--output", "-o", type=Path, help="write to this file instead of standard output")
    common(ex)
    ex.set_defaults(func=cmd_export)

    i = rsub.add_parser("interrupted", help="attempts that never finished (station crash, board removed)")
    common(i)
    i.set_defaults(func=cmd_interrupted)

    a = rsub.add_parser("audit", help="the QA audit trail, oldest first")
    period(a)
    common(a)
    a.set_defaults(func=cmd_audit)
    return r


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone ``station``-like parser with only ``records`` (tests; main.py registers the same)."""
    p = argparse.ArgumentParser(prog="station")
    register(p.add_subparsers(dest="command", required=True))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``records`` commands without the full CLI; errors reported as station/main.py reports them."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except StationError as exc:
        print(f"error: {exc.cause}\nremedy: {exc.remedy}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
