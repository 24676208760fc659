"""`station cloud policy`: print the station's or the engineer's IAM policy rendered for a profile and account."""

from __future__ import annotations

import argparse
import json
from typing import Any

from station.cloud.policy import engineer_iam_policy_for, station_iam_policy_for
from station.profile import load_profile


def cmd_policy(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    if args.role == "engineer":
        doc = engineer_iam_policy_for(profile, account=args.account, region=args.region)
    else:
        doc = station_iam_policy_for(profile, account=args.account, region=args.region,
                                     principal_arn=args.principal or "")
    print(json.dumps(doc, indent=2))
    return 0


def aws_account_id(value: str) -> str:
    if len(value) != 12 or not value.isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' is not a 12-digit AWS account id")
    return value


def register(csub: Any) -> None:
    """Add `policy` to the `station cloud` sub-commands."""
    p = csub.add_parser("policy", help="print the station's (or the engineer's) least-privilege IAM policy "
                                       "for a profile, to create its role on a real account")
    p.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
    p.add_argument("--account", required=True, type=aws_account_id, help="the 12-digit AWS account id")
    p.add_argument("--region", help="default: the profile's [cloud] region")
    p.add_argument("--role", choices=("station", "engineer"), default="station",
                   help="station: what the line PC runs as; engineer: what `station cloud bootstrap` needs")
    p.add_argument("--principal", help="the station role's own ARN: lets `station cloud check` simulate it")
    p.set_defaults(func=cmd_policy)
