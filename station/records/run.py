"""The record sinks of one station run: SQLite always, S3 when configured; reports what a crash left."""

from __future__ import annotations

from collections.abc import Callable

from station.cloud.adapter import IotCloud
from station.pipeline.scheduler import Station
from station.profile import Profile
from station.records.s3sink import S3RecordSink
from station.records.sink import SqliteSink
from station.records.store import RecordStore


class RunRecords:
    """The run's record sinks: SQLite always (as units progress), S3 when the profile names a prefix."""

    def __init__(self, profile: Profile, cloud: IotCloud, *, quiet: bool, out: Callable[[str], None] = print) -> None:
        self.sqlite = SqliteSink.for_profile(RecordStore(), profile)
        self.s3 = S3RecordSink.for_profile(self.sqlite.store, cloud, profile)
        # Units a killed station left behind: say so, and mark them, before anything new starts.
        self.interrupted = [r for r in self.sqlite.store.interrupted_attempts(exclude_run=self.sqlite.run_id)
                            if r.outcome.value == "running"]
        for record in self.interrupted:
            self.sqlite.store.mark_interrupted(record.attempt_id, "the station stopped (crash or kill) "
                                                                   "during this attempt")
            if not quiet:
                step = next((st.step for st in reversed(record.steps)), "start")
                out(f"interrupted last time: {record.serial or record.port} at {step} "
                      f"(attempt {record.attempt_id}); it resumes when its board is plugged in")

    def attach(self, station: Station) -> None:
        station.bus.subscribe(self.sqlite.on_event)  # first: the S3 sink sends what SQLite finished
        if self.s3 is not None:
            station.bus.subscribe(self.s3.start().on_event)

    def close(self) -> None:
        self.sqlite.close()
        if self.s3 is not None:
            self.s3.close()
