"""Releases: one continuous firmware job and one continuous config job per thing group; what is current now."""

from __future__ import annotations

import json
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.retry import error_code
from station.jobs.catalog import KINDS, Catalog, CatalogEntry
from station.jobs.common import (
    JobError,
    JobInfo,
    TargetNotFound,
    describe_job,
    job_document,
    job_info,
    list_job_ids,
    model_for_group,
    presign_role_arn,
)
from station.jobs.documents import JobDocument, job_id, placeholder_url
from station.messages import message
from station.profile import Profile

JOB_PREFIX = {"firmware": "fw", "config": "cfg"}
OPERATION = {"firmware": "install", "config": "config-download"}


@dataclass(frozen=True)
class ReleaseResult:
    """``action``: "created" (a new continuous job) or "current" (that version was already released: no-op)."""

    job_id: str
    kind: str
    group: str
    model: str
    version: str
    action: str
    canceled: tuple[str, ...]  # previous continuous jobs of this kind canceled now
    document: JobDocument

    def to_json(self) -> dict[str, Any]:
        return {"event": "release", "job_id": self.job_id, "kind": self.kind, "group": self.group,
                "model": self.model, "version": self.version, "action": self.action,
                "canceled": list(self.canceled), "document": json.loads(self.document.to_json())}


def document_for(catalog: Catalog, entry: CatalogEntry, *, forced: bool = False) -> JobDocument:
    """The job document delivering a catalog entry; IoT Jobs turns the placeholder into a fresh pre-signed GET."""
    url = placeholder_url(catalog.bucket, entry.key, catalog.cloud.target.region)
    return JobDocument(operation=OPERATION[entry.kind], url=url,
                       version=entry.version, sha256=entry.sha256, size=entry.size, forced=forced,
                       model=entry.model, versioning=catalog.settings.versioning)


_NO_GROUP = message("jobs.no-group", "thing group '{group}' does not exist")
_NO_GROUP_REMEDY = message("remedy.jobs.no-group",
                           "Add it to the profile's [[groups]] and run 'station cloud bootstrap'.")
_UNKNOWN_KIND = message("jobs.unknown-release-kind", "unknown release kind '{kind}' (known: {known})")
_ID_TAKEN = message("jobs.id-taken", "job {job} already exists with status {status} (targets {targets})")
_ID_OTHER_CONTENT = message("jobs.id-other-content", "job {job} is current but delivers other content than the "
                            "catalog now holds for {version} (the catalog object was replaced after the release)")
_ID_TAKEN_REMEDY = message("remedy.jobs.id-taken", "AWS never reuses a job id. Upload the same content under a new "
                           "version (e.g. {version}-r2) and release that.")


def group_arn(cloud: IotCloud, group: str) -> str:
    try:
        return str(cloud.iot.describe_thing_group(thingGroupName=group)["thingGroupArn"])
    except ClientError as exc:
        if error_code(exc) == "ResourceNotFoundException":
            raise TargetNotFound(_NO_GROUP(group=group), remedy=_NO_GROUP_REMEDY()) from None
        raise


def create_job(cloud: IotCloud, profile: Profile, jid: str, targets: list[str], doc: JobDocument, *,
               selection: str, description: str) -> None:
    """CreateJob with the station's fixed settings: pre-sign role, in-progress timeout, no automatic retry.

    Failed executions are deliberately not retried: a unit that failed an update
    needs a person (or a new release), not the same image again.
    """
    kwargs: dict[str, Any] = {
        "jobId": jid, "targets": targets, "document": doc.to_json(), "description": description[:2028],
        "targetSelection": selection,
        "timeoutConfig": {"inProgressTimeoutInMinutes": profile.jobs.in_progress_timeout_minutes},
    }
    if doc.operation != "config-upload":  # only placeholder documents need (and may name) the role
        kwargs["presignedUrlConfig"] = {"roleArn": presign_role_arn(cloud, profile),
                                        "expiresInSec": profile.catalog.url_expiry}
    if selection == "CONTINUOUS" and (abort := abort_config(profile)) is not None:
        kwargs["abortConfig"] = abort
    cloud.iot.create_job(**kwargs)


def abort_config(profile: Profile) -> dict[str, Any] | None:
    """CreateJob abortConfig of a continuous release: a bad image stops spreading to the whole line.

    One criterion, failureType ALL (FAILED, REJECTED and TIMED_OUT executions count):
    once at least ``abort_min_executed`` things have executed the job and at least
    ``abort_failure_percent`` of the executions failed, AWS cancels the job (QUEUED
    executions become CANCELED; units joining the group get nothing from it until
    a new release).
    None when the profile switches the abort off (percent 0).
    """
    jobs = profile.jobs
    if jobs.abort_failure_percent <= 0:
        return None
    return {"criteriaList": [{"failureType": "ALL", "action": "CANCEL",
                              "thresholdPercentage": jobs.abort_failure_percent,
                              "minNumberOfExecutedThings": jobs.abort_min_executed}]}


#: Every live job-list cache of this process: a release made here is seen by all of them at once.
_CACHES: weakref.WeakSet[CurrentJobs] = weakref.WeakSet()


def invalidate_current_jobs() -> None:
    """After a release or cancel from this process: every cache reads the job list again at its next use."""
    for cache in list(_CACHES):
        cache.invalidate()


class CurrentJobs:
    """The IN_PROGRESS continuous jobs per thing group, cached for many units polling at once.

    One ListJobs (all continuous IN_PROGRESS jobs of the account) serves every
    group for ``ttl`` seconds. A job's targets and document never change, so they
    are read once per job id and kept (the document only for jobs of a group asked
    about). Thread-safe; concurrent callers during a refresh wait for it instead of
    each calling the cloud.
    """

    def __init__(self, cloud: IotCloud, ttl: float = 5.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.cloud = cloud
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._listed_at: float | None = None
        self._ids: list[str] = []
        self._jobs: dict[str, dict[str, Any]] = {}
        self._documents: dict[str, JobDocument | None] = {}
        _CACHES.add(self)

    def invalidate(self, older_than: float = 0.0) -> None:
        """Forget the job list (not the per-job facts) if older than ``older_than`` s: the next get() asks the cloud.

        ``older_than`` keeps a burst of hints (many units' events about one new job) to one ListJobs.
        """
        with self._lock:
            if self._listed_at is not None and self._clock() - self._listed_at >= older_than:
                self._listed_at = None

    def peek(self, group: str) -> list[JobInfo] | None:
        """The group's current jobs if the cache can answer without a call and without waiting; else None.

        Units ask on every wake-up: answering from memory on the loop spares each of them a hop to a
        worker thread (64 units woken at once queued behind a handful of threads for seconds).
        """
        if not self._lock.acquire(blocking=False):
            return None  # a refresh is running: get() waits for it
        try:
            if self._listed_at is None or self._clock() - self._listed_at >= self.ttl:
                return None
            out: list[JobInfo] = []
            for jid in self._ids:
                job = self._jobs.get(jid)
                if job is None:
                    return None
                if any(t.endswith(f":thinggroup/{group}") for t in job.get("targets", [])):
                    if jid not in self._documents:
                        return None
                    out.append(job_info({**job, "status": "IN_PROGRESS"}, self._documents[jid]))
        finally:
            self._lock.release()
        return sorted(out, key=lambda j: (j.created.timestamp() if j.created else 0.0, j.job_id))

    def get(self, group: str) -> list[JobInfo]:
        """The group's current continuous jobs, oldest first; ``kind`` says firmware/config/other."""
        with self._lock:
            now = self._clock()
            if self._listed_at is None or now - self._listed_at >= self.ttl:
                # ListJobs' thingGroupName filter is not honoured by every AWS-compatible
                # cloud; the targets check below is what decides membership.
                self._ids = list_job_ids(self.cloud, targetSelection="CONTINUOUS", status="IN_PROGRESS")
                self._listed_at = self._clock()
            out: list[JobInfo] = []
            for jid in self._ids:
                if jid not in self._jobs:
                    job = describe_job(self.cloud, jid)
                    if job is None:
                        continue  # deleted between list and describe
                    self._jobs[jid] = job
                job = self._jobs[jid]
                if any(t.endswith(f":thinggroup/{group}") for t in job.get("targets", [])):
                    # The document only for a group someone asks about: other groups' jobs cost no call.
                    if jid not in self._documents:
                        self._documents[jid] = job_document(self.cloud, jid)
                    out.append(job_info({**job, "status": "IN_PROGRESS"}, self._documents[jid]))
        return sorted(out, key=lambda j: (j.created.timestamp() if j.created else 0.0, j.job_id))


def current_jobs(cloud: IotCloud, group: str) -> list[JobInfo]:
    """The group's IN_PROGRESS continuous jobs right now (uncached; use CurrentJobs when polling)."""
    return CurrentJobs(cloud, ttl=0.0).get(group)


def release(cloud: IotCloud, catalog: Catalog, profile: Profile, kind: str, version: str, group: str, *,
            model: str | None = None) -> ReleaseResult:
    """Make ``version`` the one continuous ``kind`` job of ``group``, then cancel the one it replaces.

    Creating before canceling means a unit joining the group in between is never
    left without a job. Canceling is not forced: QUEUED executions become
    CANCELED, running ones finish. Safe to repeat: releasing the current version
    again only completes cancellations an interrupted run left over.
    """
    if kind not in KINDS:
        raise JobError(_UNKNOWN_KIND(kind=kind, known=", ".join(KINDS)), step="release")
    model = model or model_for_group(profile, group)
    entry = catalog.describe(kind, model, version)
    target = group_arn(cloud, group)
    doc = document_for(catalog, entry)
    jid = job_id(JOB_PREFIX[kind], group, version)
    existing = describe_job(cloud, jid)
    action = "current"
    if existing is None:
        try:
            create_job(cloud, profile, jid, [target], doc, selection="CONTINUOUS",
                       description=f"{kind} {model} {version} for thing group {group} "
                                   f"(continuous release from station {profile.station_id})")
            action = "created"
        except ClientError as exc:
            if error_code(exc) != "ResourceAlreadyExistsException":
                raise
            existing = describe_job(cloud, jid)  # another station released it a moment ago
    if existing is not None:
        _check_reusable(cloud, existing, jid, target, doc)
    canceled: list[str] = []
    for job in current_jobs(cloud, group):
        if job.kind == kind and job.job_id != jid:
            cloud.iot.cancel_job(jobId=job.job_id, comment=f"superseded by {jid}", force=False)
            canceled.append(job.job_id)
    invalidate_current_jobs()
    return ReleaseResult(job_id=jid, kind=kind, group=group, model=model, version=version, action=action,
                         canceled=tuple(canceled), document=doc)


def _check_reusable(cloud: IotCloud, job: dict[str, Any], jid: str, target: str, doc: JobDocument) -> None:
    """An existing job with our id is fine only if it is this very release, still running."""
    remedy = _ID_TAKEN_REMEDY(version=doc.version)
    if job.get("status") != "IN_PROGRESS" or target not in job.get("targets", []):
        raise JobError(_ID_TAKEN(job=jid, status=str(job.get("status")), targets=", ".join(job.get("targets", []))),
                       step="release", remedy=remedy)
    current = job_document(cloud, jid)
    if current is None or (current.sha256, current.size) != (doc.sha256, doc.size):
        raise JobError(_ID_OTHER_CONTENT(job=jid, version=doc.version), step="release", remedy=remedy)
