"""Following one unit after grouping: its job executions, with progress, until every current job SUCCEEDED."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from station.cloud.adapter import IotCloud
from station.errors import StationError
from station.jobs.documents import DETAIL_PERCENT, DETAIL_REASON, DETAIL_STEP, DETAIL_TRAIL, DETAIL_VERSION
from station.jobs.events import Inbox, JobEventSubscriber, JobExecutionEvent
from station.messages import message

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


# How a job ended badly, for the operator: the job (kind, version, id) and the device's reason are data.
_JOB = message("jobs.job", "{kind} {version} (job {job})")
_NOT_APPLIED = message("jobs.not-applied", "the device could not apply {what}")
_NOT_APPLIED_BECAUSE = message("jobs.not-applied-because", "the device could not apply {what}: {reason}")
_NOT_APPLIED_REMEDY = message("remedy.jobs.not-applied", "The unit keeps its previous version. Retry it once; if it "
                              "fails again set it aside and tell the line engineer (the image or config may be bad).")
_REFUSED = message("jobs.refused", "the device refused {what}")
_REFUSED_BECAUSE = message("jobs.refused-because", "the device refused {what}: {reason}")
_REFUSED_REMEDY = message("remedy.jobs.refused", "This release does not fit the unit (wrong model, a downgrade "
                          "without force, or a malformed job); the line engineer must check the release.")
_TIMED_OUT = message("jobs.timed-out", "the device did not finish {what} in time (the job's timeout ran out)")
_TIMED_OUT_REMEDY = message("remedy.jobs.timed-out", "Check the unit's power and network, then retry it.")
_ENDED = message("jobs.ended", "{what} was {status} for this unit")
_ENDED_REMEDY = message("remedy.jobs.ended",
                        "Someone canceled the job; retry the unit once a release is current again.")
_NOT_ONLINE = message("jobs.not-online", "the unit did not come online within {seconds} s after its reboot")
_NOT_ONLINE_REMEDY = message("remedy.jobs.not-online", "Check the unit's network (Wi-Fi/cellular/Ethernet) and that "
                             "its firmware starts; then retry it.")
_NOT_READY = message("jobs.not-ready", "not ready after {seconds} s: still waiting for {waiting}")
_NOT_READY_REMEDY = message("remedy.jobs.not-ready",
                            "The device is slow or stuck; check its power and network and retry it.")


def explain(job: CurrentJob, status: str, details: dict[str, str]) -> NotReady:
    """Plain words for an execution that ended other than SUCCEEDED."""
    what = _JOB(kind=job.kind, version=job.version, job=job.job_id)
    reason = details.get(DETAIL_REASON, "")
    if status == "FAILED":
        return NotReady(_NOT_APPLIED_BECAUSE(what=what, reason=reason) if reason else _NOT_APPLIED(what=what),
                        step="updating", remedy=_NOT_APPLIED_REMEDY())
    if status == "REJECTED":
        return NotReady(_REFUSED_BECAUSE(what=what, reason=reason) if reason else _REFUSED(what=what),
                        step="updating", remedy=_REFUSED_REMEDY())
    if status == "TIMED_OUT":
        return NotReady(_TIMED_OUT(what=what), step="updating", remedy=_TIMED_OUT_REMEDY())
    return NotReady(_ENDED(what=what, status=status.lower()), step="updating", remedy=_ENDED_REMEDY())


@runtime_checkable
class RefreshableSource(Protocol):
    """A job source whose cached list can be forgotten when an event shows it may be stale."""

    def refresh(self, older_than: float = 0.0) -> None: ...


@dataclass
class Follower:
    """Follows one thing's executions until every current job SUCCEEDED; never a busy loop.

    With ``events`` (the station's job-event subscriber, live) it waits on the thing's job
    execution events (a failure, or a success without details, confirmed by one
    DescribeJobExecution); a slow
    jittered safety poll (``safety_poll`` seconds) catches a lost event, and a dropped
    connection switches to polling with backoff until it is back (then one re-check).
    Without live events it polls with backoff between ``poll_min`` and ``poll_max``.

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
    events: JobEventSubscriber | None = None
    safety_poll: float = 45.0
    online: bool = False
    succeeded: dict[str, CurrentJob] = field(default_factory=dict)
    _trail: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _last: dict[str, tuple[str, str]] = field(default_factory=dict)
    polls: int = 0
    events_used: int = 0

    async def jobs(self) -> list[CurrentJob]:
        out: list[CurrentJob] = []
        for group in self.groups:
            out.extend(await self.source.current(group))
        return out

    async def until_ready(self, on_online: Callable[[str], None]) -> dict[str, str]:
        """Returns {kind: version} reached; raises NotReady with step, cause and remedy."""
        inbox = self.events.watch(self.thing) if self.events is not None else None
        try:
            return await self._follow(inbox, on_online)
        finally:
            if inbox is not None:
                inbox.close()

    async def _follow(self, inbox: Inbox | None, on_online: Callable[[str], None]) -> dict[str, str]:
        deadline = time.monotonic() + self.timeout
        delay = self.poll_min
        # With events flowing nothing has happened yet worth a call: the device is only now booting.
        poll_due = inbox is None or not inbox.live
        pending: list[JobExecutionEvent] = []
        while True:
            jobs = await self.jobs()
            if not jobs:
                return {}
            changed = False
            if poll_due:
                statuses: dict[str, str] = await self.call("ListJobExecutionsForThing", self.thing)
                self.polls += 1
                for job in jobs:
                    changed |= await self._apply(job, statuses.get(job.job_id), on_online)
            for event in pending:
                target = next((j for j in jobs if j.job_id == event.job_id), None)
                if target is None and isinstance(self.source, RefreshableSource):
                    # A job the cached list does not know: maybe a release newer than the cache.
                    self.source.refresh(older_than=1.0)
                    jobs = await self.jobs()
                    target = next((j for j in jobs if j.job_id == event.job_id), None)
                if target is not None:
                    self.events_used += 1
                    changed |= await self._apply(target, event.status, on_online, event.status_details)
            if all(j.job_id in self.succeeded for j in jobs):
                return {j.kind: j.version for j in jobs}
            now = time.monotonic()
            if now >= deadline:
                waiting = ", ".join(f"{j.kind} {j.version}" for j in jobs if j.job_id not in self.succeeded)
                if not self.online:
                    raise NotReady(_NOT_ONLINE(seconds=f"{self.timeout:.0f}"), step="connecting",
                                   remedy=_NOT_ONLINE_REMEDY())
                raise NotReady(_NOT_READY(seconds=f"{self.timeout:.0f}", waiting=waiting), step="updating",
                               remedy=_NOT_READY_REMEDY())
            if inbox is not None and inbox.live:
                # Events are the signal; this is only the safety poll, jittered so units do not poll in step.
                wait = self.safety_poll * random.uniform(0.75, 1.25)
            else:
                delay = self.poll_min if changed else min(self.poll_max, delay * 1.6)
                wait = delay
            wait = min(wait, max(0.0, deadline - now))
            if inbox is None:
                await asyncio.sleep(wait)
                pending, poll_due = [], True
            else:
                pending, poll_due = await inbox.get(wait)
                poll_due = poll_due or not inbox.live

    async def _apply(self, job: CurrentJob, status: str | None, on_online: Callable[[str], None],
                     event_details: dict[str, str] | None = None) -> bool:
        """Act on one execution status (from a poll or an event); True if anything was new.

        A SUCCEEDED event that carries the device's statusDetails is taken as it is: AWS IoT alone
        publishes on ``$aws/events`` (no client may) and a terminal status never changes, so a
        DescribeJobExecution would only repeat it (and its 10 TPS quota would cap the line). Without
        details, and before failing a unit, one DescribeJobExecution confirms the state.
        """
        changed = False
        if status in STARTED and not self.online:
            self.online = True
            changed = True
            on_online(job.job_id)
        if status == "SUCCEEDED" and job.job_id not in self.succeeded:
            if event_details:
                confirmed, details = status, event_details
            else:
                confirmed, details = await self._describe(job)
            self._report(job, details)
            if confirmed == "SUCCEEDED":
                self.succeeded[job.job_id] = job
                return True
            status = confirmed
        elif status == "IN_PROGRESS":
            return (await self._report_in_progress(job)) or changed
        if status in TERMINAL_BAD:
            confirmed, details = await self._describe(job)
            self._report(job, details)
            if isinstance(self.source, RefreshableSource):
                self.source.refresh()  # superseded or a real failure: decide on a fresh list
            if confirmed in TERMINAL_BAD and job in await self.jobs():
                raise explain(job, confirmed, details)
            return True
        return changed

    async def _report_in_progress(self, job: CurrentJob) -> bool:
        _, details = await self._describe(job)
        return self._report(job, details)

    async def _describe(self, job: CurrentJob) -> tuple[str, dict[str, str]]:
        execution = await self.call("DescribeJobExecution", job.job_id, self.thing)
        details = execution.get("statusDetails", {}).get("detailsMap", {}) or {}
        return str(execution.get("status", "")), {str(k): str(v) for k, v in details.items()}

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
    """The current continuous jobs of a group, from the cloud through one cache shared by every unit.

    One ListJobs answer serves every unit for ``ttl`` seconds and each job's DescribeJob and
    GetJobDocument are read once, so the cost is per release, not per unit. The list is read
    again sooner only when something says it is stale: a release made by this process, an
    event about a job the list does not hold, or a job that ended badly (superseded or failed?).
    """

    def __init__(self, cloud: IotCloud, ttl: float = 30.0) -> None:
        from station.jobs.releases import CurrentJobs

        self._cache = CurrentJobs(cloud, ttl=ttl)

    async def current(self, group: str) -> list[CurrentJob]:
        infos = self._cache.peek(group)  # from memory, on the loop, when nothing needs the cloud
        if infos is None:
            infos = await asyncio.to_thread(self._cache.get, group)
        return [CurrentJob(i.job_id, i.kind, i.version) for i in infos]

    def refresh(self, older_than: float = 0.0) -> None:
        """Read the list again at the next use if it is older than ``older_than`` seconds."""
        self._cache.invalidate(older_than=older_than)


class WithEvents:
    """A job source together with the station's job-event subscriber: what each unit follows with.

    The Station wraps its source in this for its lifetime, so units reach the one subscriber
    through the source they already get.
    """

    def __init__(self, source: JobSource, events: JobEventSubscriber) -> None:
        self.source = source
        self.events = events

    async def current(self, group: str) -> list[CurrentJob]:
        return await self.source.current(group)

    def refresh(self, older_than: float = 0.0) -> None:
        if isinstance(self.source, RefreshableSource):
            self.source.refresh(older_than=older_than)
