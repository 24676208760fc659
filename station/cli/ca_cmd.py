"""`station cloud ca status|rotate|jitr-settings`: the factory-ca line CA in AWS IoT (runs as the engineer)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from station.cli.policy_cmd import aws_account_id
from station.cloud.ca_registration import NOT_REGISTERED, CaStatus, Rotation


def _engineer_cloud(args: argparse.Namespace) -> Any:
    from station.cloud.connect import profile_cloud

    # Listing and changing CAs is the engineer's (the station's role has no CA rights).
    return profile_cloud(args.profile, role="engineer")


def _explained(exc: Exception, args: argparse.Namespace) -> Exception:
    from station.cli.main import _aws_profile, _engineer_refusal

    return _engineer_refusal(exc, _aws_profile(args))


def cmd_status(args: argparse.Namespace) -> int:
    from station.cloud.ca_registration import line_ca_statuses

    try:
        with _engineer_cloud(args) as (profile, cloud):
            statuses = line_ca_statuses(cloud, profile)
    except Exception as exc:
        explained = _explained(exc, args)
        if explained is exc:
            raise
        raise explained from exc
    for s in statuses:
        print(json.dumps({"event": "ca", **s.to_json()}) if args.json else _status_line(s))
    if not statuses and not args.json:
        print("no CA is registered with AWS IoT in this account and region")
    return 0


def _status_line(s: CaStatus) -> str:
    if s.status == NOT_REGISTERED:
        return (f"{s.certificate_id}  (this profile's line CA)\n  not registered with AWS IoT in this account and "
                "region: run 'station cloud bootstrap' with this profile as the line engineer")
    counts = ", ".join(f"{n} {status}" for status, n in s.certificates.items()) or "no certificates"
    mark = "  (this profile's line CA)" if s.current else ""
    return (f"{s.certificate_id}{mark}\n  status {s.status}, auto-registration {s.auto_registration}, "
            f"registration {s.registration}, registered {s.created}\n  device certificates: {counts}")


def _old_ca_id(profile: Any, value: str | None) -> str:
    from station.cloud.ca_registration import certificate_id, profile_ca_id

    if not value:
        return profile_ca_id(profile)
    if re.fullmatch(r"[0-9a-f]{64}", value):
        return value
    return certificate_id(Path(value).read_bytes())


def cmd_rotate(args: argparse.Namespace) -> int:
    from station.ca import LineCa
    from station.cli.authorize import credential_action
    from station.cli.main import _caller_arn
    from station.cloud.ca_registration import rotate_line_ca

    try:
        with _engineer_cloud(args) as (profile, cloud):
            old = _old_ca_id(profile, args.old_ca)
            settings = dataclasses.replace(
                profile.factory_ca, ca_certificate=str(Path(args.new_ca).resolve()),
                token_label=args.token_label or profile.factory_ca.token_label,
                key_label=args.key_label or profile.factory_ca.key_label)
            who = _caller_arn(cloud)
            parameters = {"profile": str(profile.path or ""), "old_ca": old, "deactivate_old": args.deactivate_old,
                          "force": args.force}
            with (LineCa.open(settings) as new_ca,
                  credential_action(profile, cloud, "engineer", f"AWS identity {who}", "cloud-ca-rotate",
                                    profile.station_id, parameters)):
                rotation = rotate_line_ca(cloud, profile, new_ca, old_ca_id=old, deactivate_old=args.deactivate_old,
                                          force=args.force)
    except Exception as exc:
        explained = _explained(exc, args)
        if explained is exc:
            raise
        raise explained from exc
    if args.json:
        print(json.dumps({"event": "rotation", **rotation.to_json()}))
    else:
        print(_rotation_text(rotation, args.new_ca))
    return 0


def _rotation_text(r: Rotation, new_ca_path: str) -> str:
    lines = [f"{a.action:<9} {a.resource}" + (f"  ({a.detail})" if a.detail else "") for a in r.actions]
    counts = ", ".join(f"{len(ids)} {status}" for status, ids in sorted(r.old_certificates.items())) or "none"
    lines.append(f"old CA {r.old_ca}: {r.old_status}" + (" (set now)" if r.deactivated else ""))
    lines.append(f"  device certificates it signed: {counts}")
    if r.old_active and r.old_status != "INACTIVE":
        lines.append(f"  {r.old_active} unit(s) still connect with it: re-key them with the new CA, then run "
                     "'station cloud ca rotate ... --deactivate-old'")
    lines.append(f"next: point [certificates.factory_ca] ca_certificate at {new_ca_path} (and the token labels), "
                 "so the line signs with the new CA")
    return "\n".join(lines)


def cmd_jitr_settings(args: argparse.Namespace) -> int:
    from station.cloud.arns import partition_for_region
    from station.cloud.ca_registration import certificate_id, jitr_environment, jitr_lambda_policy, profile_ca_id
    from station.profile import load_profile

    profile = load_profile(args.profile)
    region = args.region or profile.cloud.region
    ca_ids = [profile_ca_id(profile), *(certificate_id(Path(p).read_bytes()) for p in args.extra_ca)]
    doc = {"environment": jitr_environment(profile, dict.fromkeys(ca_ids)),
           "role_policy": jitr_lambda_policy(profile, partition=partition_for_region(region), region=region,
                                             account=args.account),
           "rule_topics": [f"$aws/events/certificates/registered/{ca}" for ca in dict.fromkeys(ca_ids)]}
    print(json.dumps(doc, indent=2))
    return 0


def register(sub: Any) -> None:  # argparse's _SubParsersAction
    """Add `ca` and its sub-commands to the `station cloud` sub-commands."""
    ca = sub.add_parser("ca", help="the factory-ca line CA in AWS IoT: status, rotation, JITR Lambda settings")
    casub = ca.add_subparsers(dest="ca_command", required=True)

    st = casub.add_parser("status", help="registered CAs, their status, JITP/JITR set-up and certificates per status")
    st.add_argument("--profile")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    ro = casub.add_parser("rotate", help="register a new line CA beside the old one; retire the old one on request")
    ro.add_argument("--profile")
    ro.add_argument("--new-ca", required=True, metavar="PEM", help="the new CA's certificate (its key in a token)")
    ro.add_argument("--token-label", help="the new CA's token (default: the profile's token_label)")
    ro.add_argument("--key-label", help="the new CA's key label (default: the profile's key_label)")
    ro.add_argument("--old-ca", metavar="PEM|ID", help="the CA being retired (default: the profile's ca_certificate)")
    ro.add_argument("--deactivate-old", action="store_true",
                    help="set the old CA INACTIVE (refused while certificates it signed are still ACTIVE)")
    ro.add_argument("--force", action="store_true", help="with --deactivate-old: even with ACTIVE certificates left")
    ro.add_argument("--json", action="store_true")
    ro.set_defaults(func=cmd_rotate)

    js = casub.add_parser("jitr-settings", help="the JITR activation Lambda's environment, role policy and rule "
                                                "topics for a profile (docs/jitr-lambda.md)")
    js.add_argument("--profile")
    js.add_argument("--account", required=True, type=aws_account_id, help="the 12-digit AWS account id")
    js.add_argument("--region", help="default: the profile's [cloud] region")
    js.add_argument("--extra-ca", action="append", default=[], metavar="PEM",
                    help="another CA the Lambda accepts (during a rotation: the new one)")
    js.set_defaults(func=cmd_jitr_settings)
