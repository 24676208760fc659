"""What releases and snapshot jobs share: job errors, reading jobs back (calls are limited by the gateway)."""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.retry import error_code
from station.errors import StationError
from station.jobs.documents import DocumentError, JobDocument, parse_document
from station.messages import Message, message
from station.profile import Profile

#: Catalog kind of a job from its document's operation.
KIND_OF_OPERATION = {"install": "firmware", "config-download": "config", "config-upload": "config-upload"}
_PLACEHOLDER = re.compile(r"^\$\{aws:iot:s3-presigned-url:(https?://.+)\}$")
# Catalog layout {prefix}{kind}/{model}/{version}.ext: config documents carry no model field.
_CATALOG_URL = re.compile(r"/(?:firmware|config)/([^/?]+)/[^/?]+(?:\?.*)?$")


class JobError(StationError):
    """A job operation that cannot be done as asked; cause and remedy say why and what instead."""

    default_remedy = message("remedy.jobs.default",
                             "Check the job id, target and version, then run the command again.")()

    def __init__(self, cause: str | Message, *, remedy: str | Message = "", step: str = "jobs") -> None:
        super().__init__(cause, step=step, remedy=remedy)


class TargetNotFound(JobError):
    """A target name is neither a thing nor a thing group."""


#: Shared by every job command that needs the model explicitly.
NAME_THE_MODEL = message("remedy.jobs.name-the-model", "Name the model explicitly (--model).")
_GROUP_NOT_IN_PROFILE = message("jobs.group-not-in-profile",
                                "thing group '{group}' is not in the profile's [[groups]], so its model is unknown")
_GROUP_MODELS = message("jobs.group-models", "thing group '{group}' can hold models {models}")


def read_document(raw: str | bytes) -> JobDocument:
    """Parse a job document as stored (its url may still be the pre-sign placeholder, not yet a real URL)."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DocumentError(f"document is not JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("url"), str):
        m = _PLACEHOLDER.match(data["url"])
        if m:
            data = {**data, "url": m.group(1)}
    return parse_document(data)


def presign_role_arn(cloud: IotCloud, profile: Profile) -> str:
    # Built rather than looked up, so the station needs no iam:GetRole (bootstrap creates it at path /).
    return f"arn:{cloud.partition}:iam::{cloud.account_id()}:role/{profile.catalog.presign_role}"


def name_from_arn(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]


def model_for_group(profile: Profile, group: str) -> str:
    """The one model the profile sends to ``group``; a group that can hold several models needs --model."""
    rules = [r for r in profile.groups if r.name == group]
    if not rules:
        raise JobError(_GROUP_NOT_IN_PROFILE(group=group), remedy=NAME_THE_MODEL())
    models: set[str] = set()
    for rule in rules:
        if rule.model:
            models.add(rule.model)
        else:
            models.update(m for m, s in profile.models.items()
                          if not rule.product_line or s.product_line == rule.product_line)
    if len(models) != 1:
        raise JobError(_GROUP_MODELS(group=group, models=", ".join(sorted(models)) or "(none)"),
                       remedy=NAME_THE_MODEL())
    return models.pop()


def describe_job(cloud: IotCloud, job_id: str) -> dict[str, Any] | None:
    try:
        return dict(cloud.iot.describe_job(jobId=job_id)["job"])
    except ClientError as exc:
        if error_code(exc) == "ResourceNotFoundException":
            return None
        raise


def job_document(cloud: IotCloud, job_id: str) -> JobDocument | None:
    """The job's document, or None when it is not one the station understands (a job made elsewhere)."""
    raw = cloud.iot.get_job_document(jobId=job_id)["document"]
    try:
        return read_document(raw)
    except DocumentError:
        return None


@dataclass(frozen=True)
class ExecutionInfo:
    thing: str
    status: str  # QUEUED, IN_PROGRESS, SUCCEEDED, FAILED, TIMED_OUT, REJECTED, REMOVED, CANCELED
    status_details: dict[str, str] = field(default_factory=dict)
    execution_number: int = 0
    updated: _dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {"thing": self.thing, "status": self.status, "status_details": self.status_details,
                "execution_number": self.execution_number,
                "updated": self.updated.isoformat() if self.updated else None}


@dataclass(frozen=True)
class JobInfo:
    """A job as the station sees it: its target(s), what its document asks for, and (if read) its executions.

    ``kind`` is "firmware" (install), "config" (config-download), "config-upload",
    or "other" for a job whose document the station does not understand.
    """

    job_id: str
    status: str  # IN_PROGRESS, CANCELED, COMPLETED, DELETION_IN_PROGRESS
    target_selection: str  # CONTINUOUS or SNAPSHOT
    targets: tuple[str, ...]  # ARNs
    kind: str
    version: str = ""
    model: str = ""
    sha256: str = ""
    size: int = 0
    forced: bool = False
    description: str = ""
    created: _dt.datetime | None = None
    document: JobDocument | None = None
    executions: tuple[ExecutionInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"job_id": self.job_id, "status": self.status, "target_selection": self.target_selection,
                "targets": list(self.targets), "kind": self.kind, "version": self.version, "model": self.model,
                "sha256": self.sha256, "size": self.size, "forced": self.forced, "description": self.description,
                "created": self.created.isoformat() if self.created else None,
                "executions": [e.to_json() for e in self.executions]}


def job_info(job: dict[str, Any], doc: JobDocument | None, executions: tuple[ExecutionInfo, ...] = ()) -> JobInfo:
    """JobInfo from a DescribeJob answer and the parsed document."""
    kind = KIND_OF_OPERATION.get(doc.operation, "other") if doc else "other"
    model = doc.model if doc else ""
    if doc and not model and kind == "config":
        m = _CATALOG_URL.search(doc.url)
        model = m.group(1) if m else ""
    return JobInfo(job_id=job["jobId"], status=job.get("status", ""),
                   target_selection=job.get("targetSelection", ""), targets=tuple(job.get("targets", [])),
                   kind=kind, version=doc.version if doc else "", model=model,
                   sha256=doc.sha256 if doc else "", size=doc.size if doc else 0,
                   forced=doc.forced if doc else False, description=job.get("description", ""),
                   created=job.get("createdAt"), document=doc, executions=executions)


def executions_of(cloud: IotCloud, job_id: str, *, details: bool = True) -> tuple[ExecutionInfo, ...]:
    """Every execution of a job; with ``details`` one DescribeJobExecution each for its statusDetails."""
    out: list[ExecutionInfo] = []
    for page in cloud.iot.get_paginator("list_job_executions_for_job").paginate(jobId=job_id):
        for item in page.get("executionSummaries", []):
            thing = name_from_arn(item["thingArn"])
            summary = item.get("jobExecutionSummary", {})
            status_details: dict[str, str] = {}
            if details:
                ex = cloud.iot.describe_job_execution(jobId=job_id, thingName=thing)["execution"]
                sd = ex.get("statusDetails") or {}
                # AWS nests the map under detailsMap; the embedded cloud returns it flat.
                raw = sd.get("detailsMap", sd) if isinstance(sd, dict) else {}
                status_details = {str(k): str(v) for k, v in raw.items()}
            out.append(ExecutionInfo(thing=thing, status=summary.get("status", ""), status_details=status_details,
                                     execution_number=int(summary.get("executionNumber", 0)),
                                     updated=summary.get("lastUpdatedAt")))
    return tuple(sorted(out, key=lambda e: e.thing))


def list_job_ids(cloud: IotCloud, **filters: Any) -> list[str]:
    pages = cloud.iot.get_paginator("list_jobs").paginate(**filters)
    return [j["jobId"] for page in pages for j in page.get("jobs", [])]
