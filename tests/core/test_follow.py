"""Follower logic: progress from statusDetails (trail included), superseded jobs, plain-words failures."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from station.jobs.follow import CurrentJob, Follower, NotReady

FW1 = CurrentJob("fw-g-1_0", "firmware", "1.0")
FW2 = CurrentJob("fw-g-2_0", "firmware", "2.0")


class ScriptedSource:
    """Current jobs per poll round, as the catalog/release side would report them."""

    def __init__(self, rounds: list[list[CurrentJob]]) -> None:
        self.rounds = rounds
        self.i = 0

    async def current(self, group: str) -> list[CurrentJob]:
        return self.rounds[min(self.i, len(self.rounds) - 1)]


class ScriptedCloud:
    """Answers ListJobExecutionsForThing / DescribeJobExecution from a script of poll rounds."""

    def __init__(self, rounds: list[dict[str, tuple[str, dict[str, str]]]], source: ScriptedSource) -> None:
        self.rounds = rounds
        self.source = source
        self.i = -1

    async def __call__(self, op: str, *args: Any) -> Any:
        if op == "ListJobExecutionsForThing":
            self.i = min(self.i + 1, len(self.rounds) - 1)
            self.source.i = self.i
            return {job: st for job, (st, _) in self.rounds[self.i].items()}
        status, details = self.rounds[self.i][args[0]]
        return {"status": status, "statusDetails": {"detailsMap": details}}


def follow(rounds: list[dict[str, tuple[str, dict[str, str]]]], jobs: list[list[CurrentJob]],
           timeout: float = 5) -> tuple[Follower, list[tuple[str, int | None]], list[str], Any]:
    source = ScriptedSource(jobs)
    notes: list[tuple[str, int | None]] = []
    online: list[str] = []
    f = Follower(thing="t", groups=["g"], source=source, call=ScriptedCloud(rounds, source),
                 progress=lambda n, p: notes.append((n, p)), poll_min=0.001, poll_max=0.002, timeout=timeout)
    try:
        result: Any = asyncio.run(f.until_ready(online.append))
    except NotReady as exc:
        result = exc
    return f, notes, online, result


def test_progress_includes_steps_done_between_polls() -> None:
    rounds = [
        {FW1.job_id: ("QUEUED", {})},
        {FW1.job_id: ("IN_PROGRESS", {"step": "download", "percent": "40", "trail": "received"})},
        # the device downloaded, installed and rebooted between two polls
        {FW1.job_id: ("SUCCEEDED", {"step": "done", "version": "1.0",
                                    "trail": "received,download,verify,install,rebooting,booted"})},
    ]
    f, notes, online, result = follow(rounds, [[FW1]])
    assert result == {"firmware": "1.0"}
    assert online == [FW1.job_id] and f.online
    assert ("firmware 1.0: download", 40) in notes
    assert ("firmware 1.0: rebooting", None) in notes
    assert notes[-1] == ("firmware 1.0: done (1.0)", None)


def test_a_superseded_job_canceled_is_not_a_failure() -> None:
    rounds = [
        {FW1.job_id: ("IN_PROGRESS", {"step": "download", "percent": "10"})},
        {FW1.job_id: ("CANCELED", {}), FW2.job_id: ("QUEUED", {})},
        {FW1.job_id: ("CANCELED", {}), FW2.job_id: ("SUCCEEDED", {"step": "done"})},
    ]
    _, _, _, result = follow(rounds, [[FW1], [FW2], [FW2]])
    assert result == {"firmware": "2.0"}


@pytest.mark.parametrize(("status", "words"), [("FAILED", "could not apply"), ("REJECTED", "refused"),
                                                ("TIMED_OUT", "in time"), ("CANCELED", "canceled")])
def test_bad_endings_are_explained(status: str, words: str) -> None:
    rounds = [{FW1.job_id: (status, {"reason": "image sha256 mismatch"})}]
    _, _, _, result = follow(rounds, [[FW1]])
    assert isinstance(result, NotReady) and words in result.cause and result.step == "updating"
    assert result.remedy
    if status in ("FAILED", "REJECTED"):
        assert "image sha256 mismatch" in result.cause


def test_a_unit_that_never_comes_online_fails_at_connecting() -> None:
    _, _, online, result = follow([{FW1.job_id: ("QUEUED", {})}], [[FW1]], timeout=0.05)
    assert isinstance(result, NotReady) and result.step == "connecting" and online == []


def test_no_current_job_means_ready_at_once() -> None:
    f, _, _, result = follow([{}], [[]])
    assert result == {} and f.polls == 0
