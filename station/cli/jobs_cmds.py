"""`station catalog|release|job ...`: catalog uploads, continuous releases and snapshot jobs from the command line."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from station.errors import CloudError

EXIT_OK = 0
Handler = Callable[[argparse.Namespace], int]


def _emit(args: argparse.Namespace, body: dict[str, Any], text: str) -> None:
    print(json.dumps(body, separators=(",", ":"), default=str) if args.json else text, flush=True)


Describe = Callable[[argparse.Namespace], tuple[str, dict[str, Any]]]


def _with_cloud(step: str, *, needs: str = "", action: str = "", describe: Describe | None = None
                ) -> Callable[[Callable[..., int]], Handler]:
    """Open the profile's cloud for the command, close it after, and turn raw AWS errors into StationErrors.

    ``needs`` ("qa" or "engineer") makes the command a role action, as in the window: the role's PIN first,
    then an audit entry (OS user, role, ``action``, the target and parameters ``describe`` gives, outcome),
    whatever happens (station.cli.authorize).
    """
    def wrap(fn: Callable[..., int]) -> Handler:
        @functools.wraps(fn)
        def run(args: argparse.Namespace) -> int:
            from station.cli.authorize import role_action
            from station.cloud.connect import profile_cloud

            with _aws_errors(step), profile_cloud(args.profile) as (profile, cloud):
                if not needs:
                    return fn(args, profile, cloud)
                target, parameters = describe(args) if describe else ("", {})
                # Translated inside too, so that the audit entry names the refusal in plain words.
                with role_action(args, profile, cloud, needs, action, target, parameters), _aws_errors(step):
                    return fn(args, profile, cloud)
        return run
    return wrap


@contextlib.contextmanager
def _aws_errors(step: str) -> Iterator[None]:
    """Raw AWS errors as StationErrors of ``step``."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except ClientError as exc:
        err = exc.response.get("Error", {})
        raise CloudError(f"{exc.operation_name} failed: {err.get('Code', '?')}: {err.get('Message', '')}",
                         step=step, remedy="Check the names given, that 'station cloud bootstrap' ran "
                                           "for this profile, and the station's AWS permissions.") from exc
    except BotoCoreError as exc:
        raise CloudError(f"cannot reach the cloud: {exc}", step=step) from exc


def _targets(args: argparse.Namespace) -> str:
    return ", ".join(args.target)


def _entry_text(e: Any) -> str:
    notes = f"  {e.notes}" if e.notes else ""
    when = e.uploaded.strftime("%Y-%m-%d %H:%M") if e.uploaded else ""
    return f"{e.kind:<8} {e.model:<16} {e.version:<24} {e.size:>9} B  sha256 {e.sha256[:16]}…  {when}{notes}"


# -- catalog -----------------------------------------------------------------------------------
@_with_cloud("catalog", needs="engineer", action="catalog-upload",
             describe=lambda a: (f"{a.kind} {a.model} {a.version}",
                                 {"file": Path(a.file).name, "notes": a.notes, "replace": a.replace}))
def cmd_catalog_upload(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog, CatalogError

    path = Path(args.file)
    if not path.is_file():
        raise CatalogError(f"'{path}' is not a readable file", remedy="Check the --file path.")
    catalog = Catalog(cloud, profile.catalog)
    if args.kind == "firmware":
        entry = catalog.upload_firmware(args.model, args.version, path, notes=args.notes, replace=args.replace)
    else:
        entry = catalog.upload_config(args.model, args.version, path, notes=args.notes, replace=args.replace)
    _emit(args, {"event": "uploaded", **entry.to_json()}, f"uploaded {_entry_text(entry)}")
    return EXIT_OK


@_with_cloud("catalog")
def cmd_catalog_list(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog

    entries = Catalog(cloud, profile.catalog).entries(model=args.model, kind=args.kind)
    for e in entries:
        _emit(args, {"event": "entry", **e.to_json()}, _entry_text(e))
    if not entries and not args.json:
        print("the catalog is empty" + (f" for model {args.model}" if args.model else ""))
    return EXIT_OK


# -- releases ----------------------------------------------------------------------------------
@_with_cloud("release", needs="engineer", action="release",
             describe=lambda a: (a.group, {"kind": a.kind, "version": a.version, "model": a.model or ""}))
def cmd_release(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog
    from station.jobs.releases import release

    r = release(cloud, Catalog(cloud, profile.catalog), profile, args.kind, args.version, args.group,
                model=args.model)
    what = "created" if r.action == "created" else "already current (nothing changed)"
    canceled = f"; canceled {', '.join(r.canceled)}" if r.canceled else ""
    _emit(args, r.to_json(), f"{r.kind} {r.model} {r.version} -> group {r.group}: job {r.job_id} {what}{canceled}")
    return EXIT_OK


# -- snapshot jobs -----------------------------------------------------------------------------
def _job_text(j: Any) -> str:
    lines = [f"{j.job_id}  {j.status:<11} {j.target_selection:<10} {j.kind:<13} {j.model} {j.version}"
             f"{' (forced)' if j.forced else ''}"]
    lines += [f"    {e.thing:<32} {e.status:<11} "
              + " ".join(f"{k}={v}" for k, v in sorted(e.status_details.items())) for e in j.executions]
    return "\n".join(lines)


@_with_cloud("job", needs="qa", action="update",
             describe=lambda a: (_targets(a), {"version": a.version, "forced": a.forced, "model": a.model or ""}))
def cmd_job_update(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog
    from station.jobs.snapshots import update

    r = update(cloud, Catalog(cloud, profile.catalog), profile, args.target, args.version, forced=args.forced,
               model=args.model)
    _emit(args, r.to_json(), f"job {r.job_id}: install {r.model} {r.document.version}"
                             f"{' (forced)' if r.document.forced else ''} on {', '.join(args.target)}")
    return EXIT_OK


@_with_cloud("job", needs="qa", action="config-download",
             describe=lambda a: (_targets(a), {"version": a.version, "model": a.model or ""}))
def cmd_job_config_download(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog
    from station.jobs.snapshots import download_config

    r = download_config(cloud, Catalog(cloud, profile.catalog), profile, args.target, args.version, model=args.model)
    _emit(args, r.to_json(), f"job {r.job_id}: config {r.model} {r.document.version} to {', '.join(args.target)}")
    return EXIT_OK


@_with_cloud("job", needs="qa", action="config-upload", describe=lambda a: (a.thing, {}))
def cmd_job_config_upload(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog
    from station.jobs.snapshots import upload_config

    jid, key = upload_config(cloud, Catalog(cloud, profile.catalog), profile, args.thing)
    _emit(args, {"event": "job-created", "job_id": jid, "operation": "config-upload", "targets": [args.thing],
                 "upload_key": key},
          f"job {jid}: {args.thing} uploads its configuration to {key}\n"
          f"then: station job propagate --from-upload {key} --target ...")
    return EXIT_OK


@_with_cloud("job", needs="qa", action="config-propagate",
             describe=lambda a: (_targets(a), {"from_upload": a.from_upload or "", "version": a.version or "",
                                               "model": a.model or "", "as_version": a.as_version or ""}))
def cmd_job_propagate(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.catalog import Catalog
    from station.jobs.snapshots import propagate

    r = propagate(cloud, Catalog(cloud, profile.catalog), profile, args.target, from_key=args.from_upload or "",
                  version=args.version or "", model=args.model, as_version=args.as_version or "")
    _emit(args, r.to_json(), f"job {r.job_id}: config {r.model} {r.document.version} to {', '.join(args.target)}")
    return EXIT_OK


@_with_cloud("job", needs="qa", action="cancel",
             describe=lambda a: (a.job_id, {"force": a.force, "comment": a.comment}))
def cmd_job_cancel(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.snapshots import cancel

    j = cancel(cloud, args.job_id, force=args.force, comment=args.comment)
    _emit(args, {"event": "canceled", **j.to_json()}, _job_text(j))
    return EXIT_OK


@_with_cloud("job")
def cmd_job_list(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.snapshots import list_jobs

    jobs = list_jobs(cloud, status=args.status, target=args.target, details=not args.brief)
    for j in jobs:
        _emit(args, {"event": "job", **j.to_json()}, _job_text(j))
    if not jobs and not args.json:
        print("no jobs")
    return EXIT_OK


@_with_cloud("job")
def cmd_job_show(args: argparse.Namespace, profile: Any, cloud: Any) -> int:
    from station.jobs.snapshots import job_status

    j = job_status(cloud, args.job_id)
    _emit(args, {"event": "job", **j.to_json()}, _job_text(j))
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------
def _common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    return p


def _role(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """A QA or engineer command: its PIN may come on standard input (see station.cli.authorize)."""
    from station.cli.authorize import add_pin_option

    add_pin_option(_common(p))
    return p


def register(sub: Any) -> None:
    """Add the catalog, release and job commands to the top-level subparsers of build_parser()."""
    c = sub.add_parser("catalog", help="firmware images and configurations in S3")
    csub = c.add_subparsers(dest="catalog_command", required=True)
    up = csub.add_parser("upload", help="add a firmware image or configuration version")
    usub = up.add_subparsers(dest="kind", required=True)
    for kind in ("firmware", "config"):
        u = _role(usub.add_parser(kind, help=f"upload a {kind} version (engineer)"))
        u.add_argument("--model", required=True)
        u.add_argument("--version", required=True)
        u.add_argument("--file", required=True, help="the image (.bin) or configuration (.json)")
        u.add_argument("--notes", default="", help="release notes stored with the object")
        u.add_argument("--replace", action="store_true", help="overwrite an existing version")
        u.set_defaults(func=cmd_catalog_upload)
    ls = _common(csub.add_parser("list", help="versions in the catalog"))
    ls.add_argument("--model")
    ls.add_argument("--kind", choices=("firmware", "config"))
    ls.set_defaults(func=cmd_catalog_list)

    r = sub.add_parser("release", help="make a version the continuous job of a thing group")
    rsub = r.add_subparsers(dest="kind", required=True)
    for kind in ("firmware", "config"):
        rp = _role(rsub.add_parser(kind, help=f"release a {kind} version to a group (engineer)"))
        rp.add_argument("version")
        rp.add_argument("--group", required=True)
        rp.add_argument("--model", help="default: the one model the profile sends to the group")
        rp.set_defaults(func=cmd_release)

    j = sub.add_parser("job", help="snapshot jobs for units or groups; cancel, list, show")
    jsub = j.add_subparsers(dest="job_command", required=True)
    target_help = "thing or thing group (repeatable; thing/NAME or group/NAME if both exist)"
    upd = _role(jsub.add_parser("update", help="install a firmware version once (QA)"))
    upd.add_argument("--target", action="append", required=True, help=target_help)
    upd.add_argument("--version", required=True)
    upd.add_argument("--forced", action="store_true", help="allow a downgrade")
    upd.add_argument("--model")
    upd.set_defaults(func=cmd_job_update)
    dl = _role(jsub.add_parser("config-download", help="apply a catalog configuration once (QA)"))
    dl.add_argument("--target", action="append", required=True, help=target_help)
    dl.add_argument("--version", required=True)
    dl.add_argument("--model")
    dl.set_defaults(func=cmd_job_config_download)
    cu = _role(jsub.add_parser("config-upload", help="have one unit upload its configuration (QA)"))
    cu.add_argument("--thing", required=True)
    cu.set_defaults(func=cmd_job_config_upload)
    pg = _role(jsub.add_parser("propagate", help="send an uploaded (or catalog) configuration to other units (QA)"))
    src = pg.add_mutually_exclusive_group(required=True)
    src.add_argument("--from-upload", metavar="KEY", help="the key 'job config-upload' printed")
    src.add_argument("--version", help="a catalog configuration version instead")
    pg.add_argument("--target", action="append", required=True, help=target_help)
    pg.add_argument("--model", help="default: the uploading unit's / targets' model")
    pg.add_argument("--as-version", help="catalog version for the uploaded config (default up-STAMP)")
    pg.set_defaults(func=cmd_job_propagate)
    ca = _role(jsub.add_parser("cancel", help="cancel a job (QUEUED executions; --force: running ones too) (QA)"))
    ca.add_argument("job_id")
    ca.add_argument("--force", action="store_true", help="also cancel IN_PROGRESS executions (dead units only)")
    ca.add_argument("--comment", default="")
    ca.set_defaults(func=cmd_job_cancel)
    jl = _common(jsub.add_parser("list", help="jobs with their executions"))
    jl.add_argument("--status", choices=("IN_PROGRESS", "CANCELED", "COMPLETED", "DELETION_IN_PROGRESS"))
    jl.add_argument("--target", help="only jobs reaching this thing or group")
    jl.add_argument("--brief", action="store_true", help="skip statusDetails (one call less per execution)")
    jl.set_defaults(func=cmd_job_list)
    sh = _common(jsub.add_parser("show", help="one job, its document and every execution"))
    sh.add_argument("job_id")
    sh.set_defaults(func=cmd_job_show)

