"""Following one unit after grouping: its job executions, with progress, until every current job SUCCEEDED."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from station.cloud.adapter import IotCloud
from station.errors import StationError
from station.jobs.documents import DETAIL_PERCENT, DETAIL_REASON, DETAIL_STEP, DETAIL_TRAIL, DETAIL_VERSION

log = logging.getLogger("station.jobs.follow")

TERMINAL_BAD = ("FAILED", "REJECTED", "TIMED_OUT", "CANCELED", "REMOVED")
STARTED = ("IN_PROGRESS", "SUCCEEDED", *TERMINAL_BAD)


@dataclass(frozen=True)
class CurrentJob:
    """A continuous job the unit must complete to be ready."""

    job_id: str
    kind: str  # "firmware" or "config"
    version: str


class JobSource(Protocol):
    """Where the follower learns the current continuous jobs of a group (cached by the implementation)."""

    async def current(self, group: str) -> list[CurrentJob]: ...


class NotReady(StationError):
    """A unit that will not become ready: a job ended badly, or it never came online."""


#: call(op_name, blocking_fn, *args) -> result; the unit passes its throttling-aware caller.
CloudCall = Callable[..., Awaitable[Any]]
#: progress(note, percent or None) for the unit's event stream.
ProgressSink = Callable[[str, int | None], None]


def explain(job: CurrentJob, status: str, details: dict[str, str]) -> NotReady:
    """Plain words for an execution that ended other than SUCCEEDED."""
    what = f"{job.kind} {job.version} (job {job.job_id})"
    reason = details.get(DETAIL_REASON, "")
    because = f": {reason}" if reason else ""
    if status == "FAILED":
        return NotReady(f"the device could not apply {what}{because}", step="updating",
                        remedy="The unit keeps its previous version. Retry it once; if it fails again set it "
                               "aside and tell the line engineer (the image or config may be bad).")
    if status == "REJECTED":
        return NotReady(f"the device refused {what}{because}", step="updating",
                        remedy="This release does not fit the unit (wrong model, a downgrade without force, or a "
                               "malformed job); the line engineer must check the release.")
    if status == "TIMED_OUT":
        return NotReady(f"the device did not finish {what} in time (the job's timeout ran out)", step="updating",
                        remedy="Check the unit's power and network, then retry it.")
    return NotReady(f"{what} was {status.lower()} for this unit", step="updating",
                    remedy="Someone canceled the job; retry the unit once a release is current again.")


@dataclass
class Follower:
    """Polls one thing's executions with backoff and a bounded rate; never a busy loop.

    Only the group's *current* continuous jobs count: an execution canceled
    because a newer release superseded its job is not a failure.
    """

    thing: str
    groups: list[str]
    source: JobSource
    call: CloudCall
    progress: ProgressSink
    poll_min: float = 0.5
    poll_max: float = 10.0
    timeout: float = 600.0
    online: bool = False
    succeeded: dict[str, CurrentJob] = field(default_factory=dict)
    _trail: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _last: dict[str, tuple[str, str]] = field(default_factory=dict)
    polls: int = 0

    async def jobs(self) -> list[CurrentJob]:
        out: list[CurrentJob] = []
        for group in self.groups:
            out.extend(await self.source.current(group))
        return out

    async def until_ready(self, on_online: Callable[[str], None]) -> dict[str, str]:
        """Returns {kind: version} reached; raises NotReady with step, cause and remedy."""
        deadline = time.monotonic() + self.timeout
        delay = self.poll_min
        while True:
            jobs = await self.jobs()
            if not jobs:
                return {}
            statuses: dict[str, str] = await self.call("ListJobExecutionsForThing", self.thing)
            self.polls += 1
            changed = False
            for job in jobs:
                status = statuses.get(job.job_id)
                if status in STARTED and not self.online:
                    self.online = True
                    changed = True
                    on_online(job.job_id)
                if status == "SUCCEEDED" and job.job_id not in self.succeeded:
                    details = await self._details(job)
                    self._report(job, details)
                    self.succeeded[job.job_id] = job
                    changed = True
                elif status == "IN_PROGRESS":
                    changed |= self._report(job, await self._details(job))
                elif status in TERMINAL_BAD:
                    details = await self._details(job)
                    self._report(job, details)
                    if job in await self.jobs():  # still current: a real failure, not a superseded job
                        raise explain(job, status, details)
            if all(j.job_id in self.succeeded for j in jobs):
                return {j.kind: j.version for j in jobs}
            now = time.monotonic()
            if now >= deadline:
                waiting = ", ".join(f"{j.kind} {j.version}" for j in jobs if j.job_id not in self.succeeded)
                if not self.online:
                    raise NotReady(f"the unit did not come online within {self.timeout:.0f} s after its reboot",
                                   step="connecting",
                                   remedy="Check the unit's network (Wi-Fi/cellular/Ethernet) and that its firmware "
                                          "starts; then retry it.")
                raise NotReady(f"not ready after {self.timeout:.0f} s: still waiting for {waiting}", step="updating",
                               remedy="The device is slow or stuck; check its power and network and retry it.")
            delay = self.poll_min if changed else min(self.poll_max, delay * 1.6)
            await asyncio.sleep(min(delay, max(0.0, deadline - now)))

    async def _details(self, job: CurrentJob) -> dict[str, str]:
        execution = await self.call("DescribeJobExecution", job.job_id, self.thing)
        details = execution.get("statusDetails", {}).get("detailsMap", {}) or {}
        return {str(k): str(v) for k, v in details.items()}

    def _report(self, job: CurrentJob, details: dict[str, str]) -> bool:
        """Emit progress for every step the device did since the last poll; True if anything was new."""
        trail = tuple(s for s in details.get(DETAIL_TRAIL, "").split(",") if s)
        now = (details.get(DETAIL_STEP, ""), details.get(DETAIL_PERCENT, ""))
        seen_trail = self._trail.get(job.job_id, ())
        if trail == seen_trail and self._last.get(job.job_id) == now:
            return False
        label = f"{job.kind} {job.version}"
        step, percent = now
        missed = list(trail[len(seen_trail):])
        if missed and missed[-1] == step:
            missed.pop()  # the current step is reported below, with its percent
        for done in missed:
            # Steps the device passed between two polls (a reboot is often over before the next poll).
            self.progress(f"{label}: {done}", 100 if done == "download" else None)
        if step and self._last.get(job.job_id) != now:
            version = details.get(DETAIL_VERSION, "")
            suffix = f" ({version})" if version and step == "done" else ""
            self.progress(f"{label}: {step}{suffix}", int(percent) if percent.isdigit() else None)
        self._trail[job.job_id] = trail
        self._last[job.job_id] = now
        return True


class CloudJobSource:
    """The current continuous jobs of a group, from the cloud through a short-lived shared cache.

    One ListJobs answer serves every unit for ``ttl`` seconds, so following
    many units does not multiply the control-plane request rate.
    """

    def __init__(self, cloud: IotCloud, ttl: float = 5.0) -> None:
        from station.jobs.releases import CurrentJobs

        self._cache = CurrentJobs(cloud, ttl=ttl)

    async def current(self, group: str) -> list[CurrentJob]:
        infos = await asyncio.to_thread(self._cache.get, group)
        return [CurrentJob(i.job_id, i.kind, i.version) for i in infos]
