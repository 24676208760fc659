"""Cloud-wide unit lookup for the QA view: thing, groups, certificates, job history (blocking boto3; no Qt)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud, certificate_id_from_arn
from station.cloud.retry import error_code
from station.jobs.common import JobError, job_document
from station.jobs.documents import JobDocument, version_key
from station.jobs.releases import current_jobs
from station.messages import message
from station.pipeline.waiting_cloud import follow_records
from station.profile import Profile
from station.records import RecordStore, UnitRecord
from station.records.model import Outcome

# The lookup's failures as messages (shown translated by the QA view, written in English to the audit trail).
NOTHING = message("qa.nothing-to-look-up", "nothing to look up")
NOTHING_REMEDY = message("remedy.qa-scan", "Scan or type a serial number or a thing name.")
SEVERAL = message("qa.several-things", "serial {serial} belongs to several things: {things}")
SEVERAL_REMEDY = message("remedy.qa-several", "Look one of them up by its thing name.")
NOT_FOUND = message("qa.not-found", "no thing named '{query}' and no thing with serial {query} in this cloud")
NOT_FOUND_REMEDY = message("remedy.qa-not-found", "Check the serial (scan the label again); a unit that never "
                                                  "passed registration has no thing yet.")
NO_CONFIG = message("qa.no-config", "no configuration is released to {groups}")
NO_CONFIG_UNGROUPED = message("qa.no-config-ungrouped", "no configuration is released to the unit (it is in no "
                                                        "group)")
NO_CONFIG_REMEDY = message("remedy.qa-no-config", "Type the configuration version to send, or release one to the "
                                                  "group first.")

OPERATION_WORDS = {"firmware": "firmware install", "config": "config download", "config-upload": "config upload",
                   "other": "other"}
FINAL_EXECUTION = ("SUCCEEDED", "FAILED", "TIMED_OUT", "REJECTED", "REMOVED", "CANCELED")


class UnitNotFound(JobError):
    """Neither a thing of that name nor a thing with that serial exists in the cloud."""


@dataclass(frozen=True)
class Certificate:
    certificate_id: str
    status: str  # ACTIVE, INACTIVE, REVOKED, PENDING_TRANSFER, ... ("?" when it could not be read)


@dataclass(frozen=True)
class JobRow:
    """One job execution of the unit, with what the job's document asks for."""

    job_id: str
    kind: str  # firmware, config, config-upload, other
    version: str
    status: str
    forced: bool = False
    updated: _dt.datetime | None = None
    details: dict[str, str] = field(default_factory=dict)

    @property
    def operation(self) -> str:
        return OPERATION_WORDS.get(self.kind, self.kind) + (" (forced)" if self.forced else "")

    @property
    def final(self) -> bool:
        return self.status in FINAL_EXECUTION


@dataclass(frozen=True)
class Followed:
    """A record "provisioned, waiting for the cloud" the lookup followed, and what AWS answered."""

    record: UnitRecord
    #: "ACTIVE": registered (the record is passed now); "": AWS has not seen the board connect; else the status
    #: AWS gave its certificate ("PENDING_THING": ACTIVE, its thing not made yet; "REVOKED", ...).
    status: str

    @property
    def registered(self) -> bool:
        return self.status == "ACTIVE"


@dataclass(frozen=True)
class UnitLookup:
    """What the cloud (and, if given, the local records) know about one unit."""

    thing: str
    thing_type: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    groups: tuple[str, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    jobs: tuple[JobRow, ...] = ()  # newest first
    records: tuple[UnitRecord, ...] = ()
    #: The unit's records that were waiting for the cloud, followed by this lookup.
    followed: tuple[Followed, ...] = ()
    #: False: AWS has no thing of that name yet (a unit provisioned offline, its board not connected): what is
    #: shown comes from the records.
    in_cloud: bool = True

    @property
    def serial(self) -> str:
        return self.attributes.get("serial", "") or next((r.serial for r in self.records if r.serial), "")

    @property
    def model(self) -> str:
        return self.attributes.get("model", "") or self.thing_type or next((r.model for r in self.records), "")

    def current_version(self, kind: str) -> str:
        """The version of the unit's newest SUCCEEDED job of this kind, else what it reported at provisioning."""
        for job in self.jobs:
            if job.kind == kind and job.status == "SUCCEEDED" and job.version:
                return job.version
        if kind == "firmware":
            return next((r.fw_version for r in self.records if r.fw_version), "")
        return ""


def find_thing(cloud: IotCloud, query: str, records: Sequence[UnitRecord] = ()) -> str:
    """The thing name for a thing name or serial: exact thing first, then the 'serial' attribute, then records."""
    query = query.strip()
    if not query:
        raise UnitNotFound(NOTHING(), remedy=NOTHING_REMEDY())
    if _station_thing(cloud, query):
        return query
    names: list[str] = []
    try:
        pages = cloud.iot.get_paginator("list_things").paginate(attributeName="serial", attributeValue=query)
        names.extend(t["thingName"] for page in pages for t in page.get("things", []))
    except ClientError as exc:
        # A station policy without iot:ListThings still finds units it provisioned, through its records.
        if error_code(exc) not in ("AccessDeniedException", "AccessDenied", "UnauthorizedException"):
            raise
    if len(names) == 1:
        return names[0]
    if len(names) > 1:
        raise JobError(SEVERAL(serial=query, things=", ".join(sorted(names))), remedy=SEVERAL_REMEDY())
    for record in records:
        if record.thing_name and _station_thing(cloud, record.thing_name):
            return record.thing_name
    raise UnitNotFound(NOT_FOUND(query=query), remedy=NOT_FOUND_REMEDY())


def _station_thing(cloud: IotCloud, name: str) -> bool:
    """Whether ``name`` is a thing this station may see. Its role may describe only things under its name
    prefixes: AWS answers AccessDenied (not "not found") for anything else, e.g. a serial typed as a name."""
    try:
        return cloud.describe_thing(name) is not None
    except ClientError as exc:
        if error_code(exc) in ("AccessDeniedException", "AccessDenied", "UnauthorizedException"):
            return False
        raise


def thing_groups(cloud: IotCloud, thing: str) -> tuple[str, ...]:
    pages = cloud.iot.get_paginator("list_thing_groups_for_thing").paginate(thingName=thing)
    return tuple(g["groupName"] for page in pages for g in page.get("thingGroups", []))


def certificates(cloud: IotCloud, thing: str) -> tuple[Certificate, ...]:
    out: list[Certificate] = []
    for arn in cloud.thing_principals(thing):
        if ":cert/" not in arn:
            continue  # a Cognito identity or other principal: not a certificate
        cid = certificate_id_from_arn(arn)
        try:
            status = cloud.describe_certificate(cid).status
        except ClientError as exc:
            status = f"? ({error_code(exc)})"
        out.append(Certificate(cid, status))
    return tuple(out)


def job_history(cloud: IotCloud, thing: str, documents: dict[str, JobDocument | None] | None = None) -> tuple[
        JobRow, ...]:
    """Every job execution of the thing (its own jobs and its groups'), newest first, with statusDetails.

    ``documents`` caches job documents by job id: they never change, so a refresh reads only executions.
    """
    cache = documents if documents is not None else {}
    pages = cloud.iot.get_paginator("list_job_executions_for_thing").paginate(thingName=thing)
    try:
        summaries: list[dict[str, Any]] = [s for page in pages for s in page.get("executionSummaries", [])]
    except ClientError as exc:
        if error_code(exc) == "ResourceNotFoundException":
            return ()
        raise
    rows: list[JobRow] = []
    for summary in summaries:
        jid = summary["jobId"]
        execution = cloud.iot.describe_job_execution(jobId=jid, thingName=thing)["execution"]
        raw = execution.get("statusDetails") or {}
        # AWS nests the map under detailsMap; the embedded cloud returns it flat.
        details = raw.get("detailsMap", raw) if isinstance(raw, dict) else {}
        if jid not in cache:
            cache[jid] = job_document(cloud, jid)
        doc = cache[jid]
        kind = {"install": "firmware", "config-download": "config", "config-upload": "config-upload"}.get(
            doc.operation, "other") if doc else "other"
        rows.append(JobRow(job_id=jid, kind=kind, version=doc.version if doc else "",
                           status=str(execution.get("status", summary.get("jobExecutionSummary", {}).get("status"))),
                           forced=bool(doc and doc.forced),
                           updated=execution.get("lastUpdatedAt") or summary.get("jobExecutionSummary", {}).get(
                               "lastUpdatedAt"),
                           details={str(k): str(v) for k, v in details.items()}))
    epoch = _dt.datetime.min.replace(tzinfo=_dt.UTC)
    return tuple(sorted(rows, key=lambda r: (_aware(r.updated) or epoch, r.job_id), reverse=True))


def _aware(when: _dt.datetime | None) -> _dt.datetime | None:
    if when is None or when.tzinfo is not None:
        return when
    return when.replace(tzinfo=_dt.UTC)


def follow_waiting(cloud: IotCloud, records_path: Path, records: Sequence[UnitRecord]) -> tuple[Followed, ...]:
    """Follow the unit's attempts "provisioned, waiting for the cloud" (station.pipeline.waiting_cloud): those AWS
    now holds registered are recorded passed. Blocking (AWS and SQLite): a worker thread, its own connection."""
    waiting = [r.attempt_id for r in records if r.outcome == Outcome.WAITING_CLOUD]
    if not waiting or not records_path.exists():
        return ()
    # A QA lookup answers for one unit: the station's own follow-up (and 'station records follow') takes the rest.
    with RecordStore(records_path, create=False) as store:
        return tuple(Followed(record, status)
                     for record, status in follow_records(store, cloud, by="a QA lookup", attempts=waiting))


def look_up(cloud: IotCloud, query: str, records: Sequence[UnitRecord] = (), *,
            records_path: Path | None = None) -> UnitLookup:
    """Everything the QA view shows about one unit (several blocking calls: run it in a worker thread).

    With ``records_path``, the unit's records waiting for the cloud are followed first (and read again after); a
    unit AWS has no thing of yet is then described from its records (``in_cloud`` False) instead of not found.
    """
    followed = follow_waiting(cloud, records_path, records) if records_path is not None else ()
    if followed:
        assert records_path is not None
        with RecordStore(records_path, create=False) as store:
            records = [store.get(r.attempt_id) or r for r in records]
    try:
        thing = find_thing(cloud, query, records)
    except UnitNotFound:
        if not followed:
            raise
        newest = followed[-1].record
        return UnitLookup(thing=newest.thing_name, records=tuple(records), followed=followed, in_cloud=False)
    described = cloud.describe_thing(thing) or {}
    return UnitLookup(thing=thing, thing_type=str(described.get("thingTypeName", "")),
                      attributes={str(k): str(v) for k, v in (described.get("attributes") or {}).items()},
                      groups=thing_groups(cloud, thing), certificates=certificates(cloud, thing),
                      jobs=job_history(cloud, thing), records=tuple(records), followed=followed)


def group_config_version(cloud: IotCloud, profile: Profile, groups: Sequence[str]) -> str:
    """The config version currently released to the unit's groups (the profile's groups first)."""
    ordered = sorted(groups, key=lambda g: g not in profile.all_groups())
    for group in ordered:
        versions = [j.version for j in current_jobs(cloud, group) if j.kind == "config" and j.version]
        if versions:
            return max(versions, key=lambda v: version_key(v, profile.catalog.versioning))
    raise JobError(NO_CONFIG(groups=", ".join(groups)) if groups else NO_CONFIG_UNGROUPED(),
                   remedy=NO_CONFIG_REMEDY())
