"""Snapshot jobs for chosen units or groups: update, config download/upload/propagate; cancel, list and show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.retry import error_code
from station.jobs.catalog import Catalog, utc_stamp
from station.jobs.common import (
    NAME_THE_MODEL,
    JobError,
    JobInfo,
    TargetNotFound,
    describe_job,
    executions_of,
    job_document,
    job_info,
    list_job_ids,
    model_for_group,
    name_from_arn,
)
from station.jobs.documents import JobDocument, job_id
from station.jobs.releases import create_job, document_for
from station.messages import message
from station.profile import Profile

JOB_STATUSES = ("IN_PROGRESS", "CANCELED", "COMPLETED", "DELETION_IN_PROGRESS")


@dataclass(frozen=True)
class Target:
    name: str
    kind: str  # "thing" or "group"
    arn: str


@dataclass(frozen=True)
class SnapshotResult:
    job_id: str
    targets: tuple[Target, ...]
    document: JobDocument
    model: str = ""
    upload_key: str = ""  # config-upload: where the unit's configuration will appear

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"event": "job-created", "job_id": self.job_id, "operation": self.document.operation,
                                "targets": [t.name for t in self.targets], "model": self.model,
                                "version": self.document.version}
        if self.upload_key:
            body["upload_key"] = self.upload_key
        return body


_DENIED = frozenset({"AccessDeniedException", "AccessDenied", "UnauthorizedException"})


_NOT_AN_ARN = message("jobs.target-not-arn", "'{name}' is neither a thing nor a thing group ARN")
_NOT_FOUND = message("jobs.target-not-found", "'{name}' is neither a thing nor a thing group")
_NOT_FOUND_HERE = message("jobs.target-not-found-here", "'{name}' is neither a thing nor a thing group this station "
                          "may use (the profile's name prefixes and groups)")
_CHECK_NAME = message("remedy.jobs.target-not-found", "Check the name (station job list shows jobs and their things).")
_CHECK_NAME_HERE = message("remedy.jobs.target-not-found-here", "Check the name (station job list shows jobs and "
                           "their things); a unit or group of another line needs that line's station.")
_BOTH = message("jobs.target-both", "'{name}' is both a thing and a thing group")
_BOTH_REMEDY = message("remedy.jobs.target-both", "Say which: --target thing/{name} or --target group/{name}.")
_NO_TARGET = message("jobs.no-target", "no target given")
_NO_TARGET_REMEDY = message("remedy.jobs.no-target", "Name at least one thing or thing group (--target).")
_MODEL_UNKNOWN = message("jobs.thing-model-unknown", "cannot tell the model of thing '{thing}'")
_MODELS_DIFFER = message("jobs.models-differ", "the targets are different models ({models})")
_MODELS_DIFFER_REMEDY = message("remedy.jobs.models-differ",
                                "Create one job per model, or name the model explicitly (--model).")
_ONE_SOURCE = message("jobs.one-config-source",
                      "give exactly one of an uploaded configuration's key or a catalog config version")
_ONE_SOURCE_REMEDY = message("remedy.jobs.one-config-source", "Use --from-upload KEY or --version V.")
_NOT_UPLOAD_KEY = message("jobs.not-upload-key", "'{key}' is not an upload key ({prefix}uploads/THING/STAMP.json)")
_NOT_UPLOAD_KEY_REMEDY = message("remedy.jobs.not-upload-key", "Use the key 'station job config-upload' printed.")
_NO_JOB = message("jobs.no-job", "there is no job '{job}'")
_NO_JOB_REMEDY = message("remedy.jobs.no-job", "station job list shows the job ids.")
_UNKNOWN_STATUS = message("jobs.unknown-status", "unknown job status '{status}' (known: {known})")


def resolve_target(cloud: IotCloud, name: str) -> Target:
    """A thing or thing group by name ("thing/NAME" or "group/NAME" when both exist), or an IoT ARN."""
    if name.startswith("arn:"):
        kind = "group" if ":thinggroup/" in name else "thing" if ":thing/" in name else ""
        if not kind:
            raise TargetNotFound(_NOT_AN_ARN(name=name))
        return Target(name_from_arn(name), kind, name)
    wanted, _, bare = name.partition("/") if name.startswith(("thing/", "group/")) else ("", "", name)
    found: list[Target] = []
    denied: list[str] = []
    # The station may describe only its own things and the profile's groups: on AWS a name outside that
    # scope answers AccessDenied (before any "not found"), which here means "not this kind for us".
    if wanted in ("", "thing"):
        try:
            found.append(Target(bare, "thing", str(cloud.iot.describe_thing(thingName=bare)["thingArn"])))
        except ClientError as exc:
            if error_code(exc) in _DENIED:
                denied.append("thing")
            elif error_code(exc) != "ResourceNotFoundException":
                raise
    if wanted in ("", "group"):
        try:
            found.append(Target(bare, "group",
                                str(cloud.iot.describe_thing_group(thingGroupName=bare)["thingGroupArn"])))
        except ClientError as exc:
            if error_code(exc) in _DENIED:
                denied.append("group")
            elif error_code(exc) != "ResourceNotFoundException":
                raise
    if not found:
        raise TargetNotFound(_NOT_FOUND_HERE(name=bare) if denied else _NOT_FOUND(name=bare),
                             remedy=_CHECK_NAME_HERE() if denied else _CHECK_NAME())
    if len(found) > 1:
        raise JobError(_BOTH(name=bare), remedy=_BOTH_REMEDY(name=bare))
    return found[0]


def _resolve(cloud: IotCloud, names: Sequence[str]) -> list[Target]:
    if not names:
        raise JobError(_NO_TARGET(), remedy=_NO_TARGET_REMEDY())
    return [resolve_target(cloud, n) for n in dict.fromkeys(names)]


def model_of_targets(cloud: IotCloud, profile: Profile, targets: Sequence[Target]) -> str:
    """The one model all targets are: a thing's by its thing type (or 'model' attribute), a group's by profile."""
    by_type: dict[str, list[str]] = {}
    for model, settings in profile.models.items():
        by_type.setdefault(settings.thing_type, []).append(model)
    models: set[str] = set()
    for t in targets:
        if t.kind == "group":
            models.add(model_for_group(profile, t.name))
            continue
        thing = cloud.iot.describe_thing(thingName=t.name)
        attr = thing.get("attributes", {}).get("model", "")
        candidates = [attr] if attr else by_type.get(thing.get("thingTypeName", ""), [])
        if len(candidates) != 1:
            raise JobError(_MODEL_UNKNOWN(thing=t.name), remedy=NAME_THE_MODEL())
        models.add(candidates[0])
    if len(models) != 1:
        raise JobError(_MODELS_DIFFER(models=", ".join(sorted(models))), remedy=_MODELS_DIFFER_REMEDY())
    return models.pop()


def _snapshot(cloud: IotCloud, profile: Profile, prefix: str, targets: list[Target], stamp_part: str,
              doc: JobDocument, description: str) -> str:
    jid = job_id(prefix, targets[0].name, stamp_part, utc_stamp())
    create_job(cloud, profile, jid, [t.arn for t in targets], doc, selection="SNAPSHOT",
               description=f"{description} for {', '.join(t.name for t in targets)} "
                           f"(station {profile.station_id})")
    return jid


def update(cloud: IotCloud, catalog: Catalog, profile: Profile, targets: Sequence[str], version: str, *,
           forced: bool = False, model: str | None = None) -> SnapshotResult:
    """Install firmware ``version`` once on the targets (``forced`` allows a downgrade)."""
    resolved = _resolve(cloud, targets)
    model = model or model_of_targets(cloud, profile, resolved)
    doc = document_for(catalog, catalog.describe("firmware", model, version), forced=forced)
    jid = _snapshot(cloud, profile, "upd", resolved, version, doc,
                    f"install firmware {model} {version}{' (forced)' if forced else ''}")
    return SnapshotResult(jid, tuple(resolved), doc, model)


def download_config(cloud: IotCloud, catalog: Catalog, profile: Profile, targets: Sequence[str], version: str, *,
                    model: str | None = None) -> SnapshotResult:
    """Apply catalog configuration ``version`` once on the targets."""
    resolved = _resolve(cloud, targets)
    model = model or model_of_targets(cloud, profile, resolved)
    doc = document_for(catalog, catalog.describe("config", model, version))
    jid = _snapshot(cloud, profile, "cfgdl", resolved, version, doc, f"download config {model} {version}")
    return SnapshotResult(jid, tuple(resolved), doc, model)


def upload_config(cloud: IotCloud, catalog: Catalog, profile: Profile, thing: str) -> tuple[str, str]:
    """Ask one unit to upload its configuration; returns (job id, S3 key it will upload to).

    The document carries a pre-signed PUT the station made itself (IoT Jobs only
    pre-signs GETs); it expires after catalog.url_expiry seconds, so a unit that
    is offline longer than that fails the upload and needs a new job.
    """
    target = resolve_target(cloud, thing if thing.startswith(("arn:", "thing/")) else f"thing/{thing}")
    url, key = catalog.presigned_put_for_upload(target.name)
    doc = JobDocument(operation="config-upload", url=url)
    jid = _snapshot(cloud, profile, "cup", [target], "", doc, "upload configuration")
    return jid, key


def propagate(cloud: IotCloud, catalog: Catalog, profile: Profile, targets: Sequence[str], *,
              from_key: str = "", version: str = "", model: str | None = None,
              as_version: str = "") -> SnapshotResult:
    """Send one configuration to other units: an uploaded one (``from_key``) or a catalog ``version``.

    An uploaded configuration is first registered as catalog config ``as_version``
    (default "up-STAMP" from its key) of the uploading unit's model, so it has a
    sha256 and can be released or downloaded again later.
    """
    if bool(from_key) == bool(version):
        raise JobError(_ONE_SOURCE(), remedy=_ONE_SOURCE_REMEDY())
    if from_key:
        parts = from_key[len(catalog.settings.prefix):].split("/") if from_key.startswith(
            catalog.settings.prefix) else []
        if len(parts) != 3 or parts[0] != "uploads" or not parts[2].endswith(".json"):
            raise JobError(_NOT_UPLOAD_KEY(key=from_key, prefix=catalog.settings.prefix),
                           remedy=_NOT_UPLOAD_KEY_REMEDY())
        thing, stamp = parts[1], parts[2][:-len(".json")]
        if not model:
            model = model_of_targets(cloud, profile, [resolve_target(cloud, f"thing/{thing}")])
        version = as_version or f"up-{stamp}"
        catalog.register_upload(from_key, model, version)
    return download_config(cloud, catalog, profile, targets, version, model=model)


def cancel(cloud: IotCloud, job_id: str, *, force: bool = False, comment: str = "") -> JobInfo:
    """Cancel a job: QUEUED executions become CANCELED; with ``force`` IN_PROGRESS ones too (the unit may be
    mid-install, so use it only for units known to be dead)."""
    if describe_job(cloud, job_id) is None:
        raise JobError(_NO_JOB(job=job_id), remedy=_NO_JOB_REMEDY())
    cloud.iot.cancel_job(jobId=job_id, force=force, comment=(comment or "canceled from the station")[:2028])
    return job_status(cloud, job_id)


def job_status(cloud: IotCloud, job_id: str, *, details: bool = True) -> JobInfo:
    """The job, its document and every execution (with statusDetails when ``details``)."""
    job = describe_job(cloud, job_id)
    if job is None:
        raise JobError(_NO_JOB(job=job_id), remedy=_NO_JOB_REMEDY())
    return job_info(job, job_document(cloud, job_id), executions_of(cloud, job_id, details=details))


def list_jobs(cloud: IotCloud, *, status: str | None = None, target: str | None = None,
              details: bool = True) -> list[JobInfo]:
    """Jobs (newest first) with their executions, optionally only one status or one thing/group's."""
    if status and status not in JOB_STATUSES:
        raise JobError(_UNKNOWN_STATUS(status=status, known=", ".join(JOB_STATUSES)))
    resolved = resolve_target(cloud, target) if target else None
    if resolved is not None and resolved.kind == "thing":
        # Covers the thing's own jobs and those reaching it through its groups.
        pages = cloud.iot.get_paginator("list_job_executions_for_thing").paginate(thingName=resolved.name)
        ids = [s["jobId"] for page in pages for s in page.get("executionSummaries", [])]
    else:
        filters: dict[str, Any] = {"status": status} if status else {}
        if resolved is not None:
            filters["thingGroupName"] = resolved.name
        ids = list_job_ids(cloud, **filters)
    out: list[JobInfo] = []
    for jid in dict.fromkeys(ids):
        job = describe_job(cloud, jid)
        if job is None or (status and job.get("status") != status):
            continue
        if resolved is not None and resolved.kind == "group" and resolved.arn not in job.get("targets", []):
            continue  # the thingGroupName filter is not honoured everywhere
        execs = executions_of(cloud, jid, details=details)
        if resolved is not None and resolved.kind == "thing":
            execs = tuple(e for e in execs if e.thing == resolved.name)
        out.append(job_info(job, job_document(cloud, jid), execs))
    return sorted(out, key=lambda j: (j.created.timestamp() if j.created else 0.0, j.job_id), reverse=True)
