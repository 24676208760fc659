"""`station rework revoke`: revoke a unit's certificate(s) (QA role, audited), on every certificates mode."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import Any

from station.cli.authorize import add_pin_option


def cmd_revoke(args: argparse.Namespace) -> int:
    from station.cli.authorize import role_action
    from station.cloud.connect import profile_cloud
    from station.cloud.revoke import Actor, profile_ca_pems, revoke_unit
    from station.records import RecordStore

    given = [Path(p).read_text(encoding="ascii") for p in args.certificate]
    with profile_cloud(args.profile) as (profile, cloud):
        params = {"serial": args.serial, "reason": args.reason, "db": str(args.db or "")}
        # Revoking is final: the QA role (or the engineer), its PIN, an audit entry with the outcome, the anchor.
        with role_action(args, profile, cloud, "qa", "rework-revoke", args.serial, params) as auth, \
                (RecordStore(args.db) if args.db else contextlib.nullcontext(auth.store)) as store:
            # Without --db the unit's records are the default database the audit trail is in (one connection).
            done = revoke_unit(cloud, store, args.serial, args.reason, Actor(auth.who, auth.role, "cli"),
                               ca_pems=profile_ca_pems(profile), certificates=given)
    for r in done.certificates:
        if args.json:
            print(json.dumps({**r.to_json(), "serial": done.serial}))
        else:
            how = {"updated": f"revoked (was {r.previous})", "registered": "registered as REVOKED (AWS never saw it)",
                   "already": "already revoked", "gone": "not in AWS any more (deleted): nothing to revoke",
                   "unused": "signed, never written to the board: nothing to revoke"}[r.how]
            print(f"{r.certificate_id}  {r.thing_name or '-'}: {how}")
    if not args.json:
        print(f"{len(done.changed)} certificate(s) of serial {done.serial} revoked; a board with one of them is "
              "refused at its next connect")
    return 0


def register(sub: Any) -> None:  # argparse's _SubParsersAction
    """Add the command's parsers to ``sub``."""
    rw = sub.add_parser("rework", help="rework actions on a provisioned unit")
    rsub = rw.add_subparsers(dest="rework_command", required=True)
    r = rsub.add_parser("revoke", help="revoke every certificate of a unit (QA role); AWS then refuses its connects")
    r.add_argument("--serial", required=True, help="the unit's serial number")
    r.add_argument("--reason", default="", help="why (written to the audit trail and the unit's history)")
    r.add_argument("--certificate", action="append", default=[], type=Path, metavar="FILE",
                   help="the unit's certificate or chain (PEM), for a certificate AWS never saw that the records "
                        "do not keep")
    r.add_argument("--profile")
    r.add_argument("--db", type=Path, help="records database (default: the data dir's records.sqlite)")
    r.add_argument("--json", action="store_true")
    add_pin_option(r)  # the QA (or engineer) PIN
    r.set_defaults(func=cmd_revoke)
