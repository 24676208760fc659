"""Issue 11 item 4, logic level: job execution events parsed, fed to a unit's inbox, and followed without polling."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from station.jobs.events import JobEventSubscriber, JobExecutionEvent, parse_event
from station.jobs.follow import CurrentJob, Follower, NotReady

FW = CurrentJob("fw-g-1_1_0", "firmware", "1.1.0")
CFG = CurrentJob("cfg-g-1", "config", "1")
ARN = "arn:aws:iot:us-east-1:123456789012:thing/sensor-a-0001"


def message(job: str, status: str, details: Any = None, **extra: Any) -> tuple[str, bytes]:
    body = {"eventType": "JOB_EXECUTION", "operation": status.lower(), "jobId": job, "thingArn": ARN,
            "status": status, **extra}
    if details is not None:
        body["statusDetails"] = details
    return f"$aws/events/jobExecution/{job}/{status.lower()}", json.dumps(body).encode()


def test_events_are_parsed_from_both_status_details_shapes_and_garbage_is_dropped() -> None:
    flat = parse_event(*message(FW.job_id, "SUCCEEDED", {"step": "done"}, executionNumber=1, versionNumber=4))
    assert flat == JobExecutionEvent(FW.job_id, "sensor-a-0001", "SUCCEEDED", {"step": "done"}, 4, 1)
    nested = parse_event(*message(FW.job_id, "FAILED", {"detailsMap": {"reason": "sha256"}}))
    assert nested is not None and nested.status_details == {"reason": "sha256"} and nested.version is None
    assert parse_event("$aws/things/x/jobs/notify", message(FW.job_id, "FAILED")[1]) is None
    assert parse_event("$aws/events/jobExecution/j/failed", b"not json") is None
    assert parse_event("$aws/events/jobExecution/j/failed", b'{"jobId": 3}') is None


class Cloud:
    """DescribeJobExecution answers per job; a poll counts as a ListJobExecutionsForThing."""

    def __init__(self, statuses: dict[str, tuple[str, dict[str, str]]]) -> None:
        self.statuses = statuses
        self.calls: list[str] = []

    async def __call__(self, op: str, *args: Any) -> Any:
        self.calls.append(op)
        if op == "ListJobExecutionsForThing":
            return {job: status for job, (status, _) in self.statuses.items()}
        status, details = self.statuses[args[0]]
        return {"status": status, "statusDetails": {"detailsMap": details}}


class Source:
    async def current(self, group: str) -> list[CurrentJob]:
        return [FW, CFG]


def follower(cloud: Cloud, events: JobEventSubscriber) -> Follower:
    return Follower(thing="sensor-a-0001", groups=["g"], source=Source(), call=cloud, progress=lambda n, p: None,
                    poll_min=0.01, poll_max=0.02, timeout=5, events=events, safety_poll=3600)


def subscriber(live: bool) -> JobEventSubscriber:
    sub = JobEventSubscriber(cloud=None, station_id="demo-station")  # type: ignore[arg-type]  # never connects
    sub.live = live
    return sub


async def deliver(sub: JobEventSubscriber, *events: tuple[str, bytes]) -> None:
    for topic, payload in events:
        await asyncio.sleep(0.01)
        event = parse_event(topic, payload)
        assert event is not None
        sub._dispatch(event)


def test_live_events_make_ready_without_polling_describing_only_an_event_without_details() -> None:
    done = {"trail": "received,download,verify,install,rebooting,booted", "step": "done", "version": "1.1.0"}
    cloud = Cloud({FW.job_id: ("SUCCEEDED", done), CFG.job_id: ("SUCCEEDED", {"step": "done"})})
    sub = subscriber(live=True)
    online: list[str] = []
    notes: list[str] = []

    async def run() -> dict[str, str]:
        f = follower(cloud, sub)
        f.progress = lambda note, _percent: notes.append(note)
        feeding = asyncio.create_task(deliver(sub, message(FW.job_id, "SUCCEEDED", done),
                                              message(CFG.job_id, "SUCCEEDED")))
        result = await f.until_ready(online.append)
        await feeding
        assert f.events_used == 2 and f.polls == 0
        return result

    assert asyncio.run(run()) == {"firmware": "1.1.0", "config": "1"}
    # The firmware event carried the device's details (progress from its trail); the config event did not.
    assert cloud.calls == ["DescribeJobExecution"]
    assert "firmware 1.1.0: download" in notes and "firmware 1.1.0: done (1.1.0)" in notes
    assert online == [FW.job_id]
    assert not sub._inboxes  # the unit's inbox is gone once it is ready


def test_an_event_before_the_unit_listens_is_kept_for_it() -> None:
    cloud = Cloud({FW.job_id: ("SUCCEEDED", {}), CFG.job_id: ("SUCCEEDED", {})})
    sub = subscriber(live=True)

    async def run() -> dict[str, str]:
        await deliver(sub, message(FW.job_id, "SUCCEEDED"), message(CFG.job_id, "SUCCEEDED"))
        return await follower(cloud, sub).until_ready(lambda _: None)

    assert asyncio.run(run()) == {"firmware": "1.1.0", "config": "1"}
    assert "ListJobExecutionsForThing" not in cloud.calls


def test_a_failed_event_fails_in_the_polling_words() -> None:
    cloud = Cloud({FW.job_id: ("FAILED", {"reason": "image sha256 mismatch"}), CFG.job_id: ("QUEUED", {})})
    sub = subscriber(live=True)

    async def run() -> Any:
        feeding = asyncio.create_task(deliver(sub, message(FW.job_id, "FAILED")))
        try:
            return await follower(cloud, sub).until_ready(lambda _: None)
        except NotReady as exc:
            return exc
        finally:
            await feeding

    result = asyncio.run(run())
    assert isinstance(result, NotReady) and "could not apply firmware 1.1.0" in result.cause
    assert "image sha256 mismatch" in result.cause and result.step == "updating"


def test_a_dropped_connection_polls_and_its_return_rechecks_once() -> None:
    cloud = Cloud({FW.job_id: ("SUCCEEDED", {}), CFG.job_id: ("SUCCEEDED", {})})
    sub = subscriber(live=True)

    async def run() -> dict[str, str]:
        f = follower(cloud, sub)
        task = asyncio.create_task(f.until_ready(lambda _: None))
        await asyncio.sleep(0.05)
        assert not task.done()  # live events and a long safety poll: nothing asked yet
        assert cloud.calls == []
        sub._set_live(False)  # the connection dropped: the unit is re-checked by a poll
        return await task

    assert asyncio.run(run()) == {"firmware": "1.1.0", "config": "1"}
    assert cloud.calls[0] == "ListJobExecutionsForThing"


def test_without_live_events_the_follower_polls_as_before() -> None:
    cloud = Cloud({FW.job_id: ("SUCCEEDED", {}), CFG.job_id: ("SUCCEEDED", {})})
    result = asyncio.run(follower(cloud, subscriber(live=False)).until_ready(lambda _: None))
    assert result == {"firmware": "1.1.0", "config": "1"}
    assert cloud.calls[0] == "ListJobExecutionsForThing"
