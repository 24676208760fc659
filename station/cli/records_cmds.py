"""`station records …`: look up, list and export traceability records and the QA audit trail."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.errors import StationError
from station.records.export import iso, write_csv, write_json
from station.records.model import Outcome, UnitRecord
from station.records.store import RecordStore, default_path
from station.safetext import clean, one_line

if TYPE_CHECKING:
    from station.profile import Profile


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
        # Records made before the sink cleaned board text may still hold escape codes: never replay them.
        print(clean("\n".join(_detail(r)) if detail else _line(r)))


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
    if args.verify:
        return _verify_audit(args)
    with _open(args) as store:
        entries = store.audit_entries(since=args.since, until=args.until)
    for e in entries:
        if args.json:
            print(json.dumps(e.to_json(), separators=(",", ":")))
        else:
            params = json.dumps(e.parameters, separators=(",", ":")) if e.parameters else ""
            print(one_line(f"{iso(e.at)[:19]}  {e.who} ({e.role})  {e.action} {e.target}  {params}  -> {e.outcome}"))
    if not entries and not args.json:
        print("no audit entries")
    return 0


def _verify_audit(args: argparse.Namespace) -> int:
    """Recompute the audit chain and compare it with the anchors in S3; exit 1 when anything disagrees."""
    from station.records.anchor import AnchorCheck, AuditAnchor

    with _open(args) as store:
        check = store.audit_chain()
    anchored: AnchorCheck | None = None
    where = ""
    if not args.local:
        from station.cloud.connect import profile_cloud
        from station.profile import load_profile

        # The cloud is opened only when there are anchors to read (an embedded profile would start one).
        prefix = load_profile(args.profile).records.s3_prefix if args.prefix is None else args.prefix
        if prefix:
            with profile_cloud(args.profile) as (profile, cloud):
                anchor = AuditAnchor(cloud, args.bucket or profile.records_bucket, prefix,
                                     args.station or profile.station_id)
                where = anchor.where
                anchored = anchor.verify(check)
    problems = check.problems + (anchored.problems if anchored else [])
    if args.json:
        print(json.dumps({"event": "audit-verified", "ok": not problems, "entries": len(check.links),
                          "head_entry": check.head_id, "anchors": anchored.anchors if anchored else None,
                          "last_anchored": anchored.last_anchored if anchored else None, "anchors_at": where,
                          "problems": problems}))
        return 0 if not problems else 1
    for problem in problems:
        print(one_line(f"TAMPERED: {problem}"))
    chain = "the chain is intact" if not check.problems else "the chain is broken"
    print(f"audit trail: {len(check.links)} entr{'y' if len(check.links) == 1 else 'ies'}, {chain}")
    if anchored is None:
        print("not compared with anchors (no records prefix in S3, or --local): a rewrite of the whole chain or "
              "a removed last entry cannot be seen from this PC alone")
    else:
        print(f"{anchored.anchors} anchor(s) in {where}; the last one covers entry {anchored.last_anchored}"
              + ("" if anchored.last_anchored >= check.head_id else
                 " (entries after it are not anchored yet: 'station records upload' anchors them)"))
    return 0 if not problems else 1


def _s3_location(args: argparse.Namespace, profile: Profile) -> tuple[str, str]:
    bucket = args.bucket or profile.records_bucket
    prefix = profile.records.s3_prefix if args.prefix is None else args.prefix
    if not prefix:
        raise StationError("the profile does not upload records to S3 ([records] s3_prefix is empty)",
                           step="records", remedy="Pass --prefix (e.g. records/) or set [records] s3_prefix in "
                                                  "the profile.")
    return bucket, prefix


def _remote_line(r: dict[str, Any]) -> str:
    error = r.get("error") or {}
    versions = ", ".join(f"{k} {v}" for k, v in sorted((r.get("versions") or {}).items()))
    what = f"{error.get('step', '')}: {error.get('cause', '')}" if error else versions
    return (f"{iso(r.get('started_at'))[:19]}  {r.get('station_id') or '?':<16} #{r.get('attempt_id', 0):<5} "
            f"{r.get('serial') or '?':<16} try {r.get('attempt', 0):<2} {r.get('outcome', ''):<11} "
            f"{r.get('thing_name', ''):<28} {what}").rstrip()


def cmd_remote(args: argparse.Namespace) -> int:
    from station.cloud.connect import profile_cloud
    from station.records.s3sink import list_remote_records

    with profile_cloud(args.profile) as (profile, cloud):
        bucket, prefix = _s3_location(args, profile)
        records = list_remote_records(cloud, bucket, prefix, since=args.since, until=args.until)
    if args.json:
        for r in records:
            print(json.dumps(r, separators=(",", ":")))
        return 0
    if not records:
        print(f"no records in s3://{bucket}/{prefix} for that period")
    for r in records:
        print(one_line(_remote_line(r)))
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    with _open(args) as store:
        status = store.outbox_status()
    if args.json:
        print(json.dumps(status))
        return 0
    oldest = f", oldest from {iso(status['oldest_pending_at'])[:19]}" if status["pending"] else ""
    print(f"{status['pending']} record(s) waiting to be sent to S3{oldest}; {status['sent']} sent")
    if status["last_error"]:
        print(one_line(f"last error: {status['last_error']}"))
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    from station.cloud.connect import profile_cloud
    from station.records.anchor import AuditAnchor, anchor_quietly
    from station.records.s3sink import S3RecordSink

    with _open(args) as store, profile_cloud(args.profile) as (profile, cloud):
        bucket, prefix = _s3_location(args, profile)
        sink = S3RecordSink(store, cloud, bucket, prefix, profile.station_id).start()
        try:
            left = sink.flush(args.timeout)
        finally:
            sink.close(timeout=1.0)
        # The audit chain's head goes along (write-once), so `records audit --verify` covers every entry so far.
        anchor_quietly(AuditAnchor(cloud, bucket, prefix, profile.station_id), store)
    summary = {"event": "uploaded", "sent": sink.sent, "already_there": sink.already_there, "pending": left,
               "bucket": bucket, "prefix": prefix}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{sink.sent} record(s) sent to s3://{bucket}/{prefix} ({sink.already_there} already there); "
              f"{left} still waiting" + (f": {sink.last_error}" if left and sink.last_error else ""))
    return 0 if left == 0 else 1


def _follow_line(record: UnitRecord, status: str) -> str:
    head = (f"#{record.attempt_id:<5} {record.serial or '?':<16} {record.thing_name:<28} "
            f"certificate {record.certificate_id[:12]}: ")
    if status == "ACTIVE":
        return head + "registered in AWS IoT (certificate ACTIVE, thing exists): recorded passed"
    if not status:
        return head + "still waiting for the cloud: AWS has not seen the board connect yet"
    if status == "PENDING_THING":
        return head + "still waiting for the cloud: certificate ACTIVE, its thing not made yet"
    return head + f"still waiting for the cloud: AWS holds its certificate as {status}"


def cmd_follow(args: argparse.Namespace) -> int:
    """Look every unit "provisioned, waiting for the cloud" up in AWS once; exit 1 while some still wait."""
    from station.cloud.connect import profile_cloud
    from station.pipeline.waiting_cloud import follow_records

    with _open(args) as store, profile_cloud(args.profile) as (_profile, cloud):
        found = follow_records(store, cloud, by="'station records follow'")
    for record, status in found:
        if args.json:
            print(json.dumps({"event": "followed", "attempt_id": record.attempt_id, "serial": record.serial,
                              "thing": record.thing_name, "certificate_id": record.certificate_id,
                              "status": status, "registered": status == "ACTIVE"}))
        else:
            print(one_line(_follow_line(record, status)))
    waiting = sum(1 for _, status in found if status != "ACTIVE")
    if not args.json:
        print(f"{len(found)} unit(s) were waiting for the cloud; {len(found) - waiting} registered now, "
              f"{waiting} still waiting" if found else "no units waiting for the cloud")
    return 0 if waiting == 0 else 1


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

    def s3(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--profile", help="station profile (default: the demo profile); names bucket and prefix")
        sp.add_argument("--bucket", help="S3 bucket (default: [records] bucket, else the catalog bucket)")
        sp.add_argument("--prefix", help="S3 prefix (default: [records] s3_prefix)")

    a = rsub.add_parser("audit", help="the QA audit trail, oldest first; --verify checks it has not been altered")
    period(a)
    a.add_argument("--verify", action="store_true",
                   help="recompute the hash chain and compare it with the anchors in S3 (exit 1 if altered)")
    a.add_argument("--local", action="store_true", help="with --verify: check the chain only, not the anchors")
    a.add_argument("--station", help="with --verify: whose anchors (default: the profile's station id)")
    s3(a)
    common(a)
    a.set_defaults(func=cmd_audit)

    rm = rsub.add_parser("remote", help="records of every station, from S3, oldest first")
    period(rm)
    s3(rm)
    rm.add_argument("--json", action="store_true", help="one JSON object per line")
    rm.set_defaults(func=cmd_remote)

    o = rsub.add_parser("outbox", help="records waiting to be sent to S3")
    common(o)
    o.set_defaults(func=cmd_outbox)

    f = rsub.add_parser(
        "follow", help="look every unit 'provisioned, waiting for the cloud' (factory-ca) up in AWS once: registered "
                       "ones are recorded passed; exit 0 when all are registered, 1 when some still wait",
        description="Look every attempt of the records whose outcome is waiting-cloud (factory-ca units provisioned "
                    "while the cloud was away) up in AWS IoT once, as the station's own follow-up does: a unit whose "
                    "certificate is ACTIVE and whose thing exists is recorded passed; the others stay waiting. One "
                    "line per unit. Exit status: 0 when every unit is registered (or none waited), 1 when some still "
                    "wait, 2 on an error.")
    f.add_argument("--profile", help="station profile (default: the demo profile); names the cloud")
    common(f)
    f.set_defaults(func=cmd_follow)

    u = rsub.add_parser("upload", help="send the records waiting in the outbox now (the station need not run)")
    s3(u)
    u.add_argument("--timeout", type=float, default=60.0, help="give up after this many seconds (default 60)")
    common(u)
    u.set_defaults(func=cmd_upload)
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
        print(clean(f"error: {exc.cause}\nremedy: {exc.remedy}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
