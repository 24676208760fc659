"""`station cloud check`: the preflight a line engineer runs on an account before the first unit."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from station.cloud.check import CheckReport, CheckResult, Status

_MARK = {Status.OK: "ok", Status.PROBLEM: "PROBLEM", Status.UNCHECKED: "unchecked"}


def _line(result: CheckResult) -> str:
    text = f"  {_MARK[result.status]:<9} {result.name}: {result.detail}"
    if result.status != Status.OK and result.remedy:
        text += f"\n            remedy: {result.remedy}"
    return text


def run_check(profile_path: str | None, *, json_out: bool = False) -> tuple[int, CheckReport | None]:
    from botocore.exceptions import ProfileNotFound

    from station.cloud.check import check_cloud
    from station.cloud.connect import profile_cloud

    def progress(result: CheckResult) -> None:
        if json_out:
            print(json.dumps({"event": "check", **result.to_json()}, ensure_ascii=False), flush=True)
        else:
            print(_line(result), flush=True)

    try:
        with profile_cloud(profile_path) as (profile, cloud):
            if not json_out:
                where = "embedded cloud" if profile.embedded else \
                    f"AWS profile {profile.cloud.profile or '(default chain)'}, region {profile.cloud.region}"
                print(f"Checking {where} for {profile.path or 'the packaged demo profile'}", flush=True)
            report = check_cloud(cloud, profile, progress=progress)
    except ProfileNotFound as exc:
        name = exc.kwargs.get("profile", "")
        result = CheckResult("credentials", Status.PROBLEM, f"the AWS profile '{name}' is not configured on this PC",
                             f"Create it with `aws configure sso --profile {name}` (or `aws configure --profile "
                             f"{name}`), or fix [cloud] profile in the station profile.", blocking=True)
        report = CheckReport(f"AWS profile {name}", [result])
        progress(result)
    _summary(report, json_out)
    return report.exit_code, report


def _summary(report: CheckReport, json_out: bool) -> None:
    if json_out:
        print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
        return
    unchecked = sum(1 for r in report.results if r.status == Status.UNCHECKED)
    problems = report.problems
    if report.exit_code == 2:
        verdict = "could not check: fix the first problem above and run the check again"
    elif problems:
        verdict = f"NOT READY: {len(problems)} problem(s), each with its remedy above"
    else:
        verdict = "ready for the first unit"
    extra = f"; {unchecked} not checked" if unchecked else ""
    print(f"\n{verdict}{extra} (exit {report.exit_code})")


def cmd_check(args: argparse.Namespace) -> int:
    code, _report = run_check(args.profile, json_out=args.json)
    sys.stdout.flush()
    return code


def register(csub: Any) -> None:
    """Add `check` to the `station cloud` sub-commands."""
    k = csub.add_parser("check", help="preflight: credentials, bootstrap resources, permissions, endpoint, quotas")
    k.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
    k.add_argument("--json", action="store_true", help="one JSON object per check, then a summary")
    k.set_defaults(func=cmd_check)
