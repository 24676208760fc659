"""Labels in a demo run on the embedded cloud: the demo's virtual printer, units that reach "ready", the records.

The printer starts offline: the units still pass and are recorded ready, their labels wait ("printer ... is
offline"), and once the printer is back they are printed, in order, and recorded as printed.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from station.demo import DemoEnvironment, run_until_settled
from station.labels import attach
from station.pipeline.states import UnitState
from station.records.model import Outcome
from station.records.run import RunRecords
from station.records.store import RecordStore, default_path
from tests.labels.conftest import Watch

pytestmark = pytest.mark.timeout(300)


def test_demo_prints_a_label_per_ready_unit(tmp_path: Path) -> None:
    pytest.importorskip("ministack")
    with DemoEnvironment(2, state_dir=tmp_path / "cloud") as env:
        assert env.printer is not None and env.profile.labels.printer == env.printer.address
        records = RunRecords(env.profile, env.cloud, quiet=True)
        station = env.station(poll_interval=0.1, resume_hint=records.sqlite.store.unfinished_certificates)
        records.attach(station)
        labels = attach(station.bus, env.profile)
        try:
            summary = asyncio.run(run_until_settled(station, 2, timeout=180, labels=labels))
        finally:
            records.close()
        assert summary.ready == 2
        assert env.printer.wait_for_jobs(2, timeout=1)
        printed = b"".join(env.printer.jobs)
        for unit in summary.units:
            assert f"^FD{unit['serial']}^FS".encode() in printed
            assert f"^FDMA,{unit['thing_name']}^FS".encode() in printed
            assert b"fw 1.1.0" in printed  # the firmware version the unit reached
    with RecordStore(default_path()) as store:
        assert sorted(r.outcome for r in store.labels()) == ["printed", "printed"]


def test_printer_offline_never_holds_a_unit_and_prints_when_back(tmp_path: Path) -> None:
    pytest.importorskip("ministack")
    with DemoEnvironment(2, state_dir=tmp_path / "cloud") as env:
        printer = env.printer
        assert printer is not None
        printer.offline()
        records = RunRecords(env.profile, env.cloud, quiet=True)
        station = env.station(poll_interval=0.1, resume_hint=records.sqlite.store.unfinished_certificates)
        records.attach(station)
        labels = attach(station.bus, env.profile)
        assert labels is not None
        watch_box: list[Watch] = []

        async def main() -> None:
            watch = Watch(station.bus)
            watch_box.append(watch)
            stop = asyncio.Event()
            runner = asyncio.create_task(station.run(stop))
            try:
                def waiting() -> bool:
                    queued = [e for e in watch.labels() if e.state == "queued" and "offline" in e.detail]
                    return len({e.serial for e in queued}) == 2
                await watch.until(waiting, timeout=180)
                # Both units are done and passed; their labels wait.
                assert [u.state for u in station.units.values()] == [UnitState.PASSED] * 2
                assert printer.jobs == [] and len(labels.queue) == 2
                printer.online()
                labels.retry_now()
                await watch.until(lambda: sum(e.state == "printed" for e in watch.labels()) == 2, timeout=60)
            finally:
                stop.set()
                with contextlib.suppress(Exception):
                    await runner
                labels.close()
        try:
            asyncio.run(main())
        finally:
            records.close()
        watch = watch_box[0]
        serials = [e.serial for e in watch.labels() if e.state == "printed"]
        # In order: the label queued first is printed first.
        queued_order = list(dict.fromkeys(e.serial for e in watch.labels() if e.state == "queued"))
        assert serials == queued_order
        assert [job.split(b"^FD")[1].split(b"^FS")[0].decode() for job in printer.jobs] == serials
    with RecordStore(default_path()) as store:
        for serial in serials:
            [attempt] = store.by_serial(serial)
            [label] = store.labels(serial=serial)
            assert attempt.outcome == Outcome.READY and label.attempt_id == attempt.attempt_id
            assert label.outcome == "printed" and label.printed_at is not None
