"""The label service against a printer on a loopback socket and a real records database.

A unit that passes gets its label; a printer offline or out of paper never fails or blocks a unit: the label
stays queued (and says why), is retried, and printed in order once the printer is back; QA can reprint; the
records note each job from queued to printed.
"""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest

from station.labels import LabelData, LabelService, attach
from station.labels.printer import Printer
from station.pipeline.events import EventBus, Identified, StepStarted, UnitPassed
from station.pipeline.states import UnitState
from station.profile import LabelSettings, Profile
from station.records.model import Outcome
from station.records.sink import SqliteSink
from station.records.store import RecordStore
from station.virtual.printer import VirtualPrinter
from tests.labels.conftest import Watch


def settings(printer: VirtualPrinter, **changes: object) -> LabelSettings:
    base = LabelSettings(enabled=True, printer=printer.address, retry_seconds=0.05)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def pass_unit(bus: EventBus, unit: int, serial: str, *, ready: bool = True) -> None:
    """The events of a unit that runs to its end (as the pipeline emits them)."""
    port = f"loop://{unit}"
    bus.emit(StepStarted(port=port, unit=unit, step=UnitState.IDENTIFYING))
    bus.emit(Identified(port=port, unit=unit, serial=serial, model="sensor-a", hw_revision="B", fw_version="1.0.0",
                        thing_name=f"demo-{serial}"))
    bus.emit(UnitPassed(port=port, unit=unit, serial=serial, thing_name=f"demo-{serial}", certificate_id="c" * 64,
                        group="sensors", seconds=1.0, round_trips=3, ready=ready,
                        versions={"firmware": "1.1.0", "config": "1"} if ready else {}))


class Line:
    """A bus with the records sink first and the label service after, as the station attaches them."""

    def __init__(self, db: Path, labels: LabelSettings, profile: Profile) -> None:
        self.bus = EventBus()
        self.store = RecordStore(db)
        self.sink = SqliteSink(self.store, station_id="line-1", batch="b-7")
        self.bus.subscribe(self.sink.on_event)
        profile = dataclasses.replace(profile, station_id="line-1", batch="b-7", labels=labels)
        service = attach(self.bus, profile)
        assert service is not None
        self.service: LabelService = service
        self.watch = Watch(self.bus)

    def close(self) -> None:
        self.service.close()
        self.sink.close()
        self.store.close()


def run(db: Path, labels: LabelSettings, profile: Profile, scenario: object) -> None:
    async def main() -> None:
        line = Line(db, labels, profile)
        try:
            await scenario(line)  # type: ignore[operator]
        finally:
            line.close()
    asyncio.run(main())


def test_a_ready_unit_gets_its_label_and_the_records_note_it(tmp_path: Path, printer: VirtualPrinter,
                                                            profile: Profile) -> None:
    async def scenario(line: Line) -> None:
        pass_unit(line.bus, 1, "SN-1")
        pass_unit(line.bus, 2, "SN-2", ready=False)  # passed, not ready: no label while labels.when = "ready"
        await line.watch.until(lambda: "printed" in line.watch.states("SN-1"))
        assert line.watch.states("SN-1") == ["queued", "printing", "printed"]
        assert line.watch.labels("SN-2") == []
        # The label event comes after the unit's own end, never inside it.
        kinds = [e.kind for e in line.watch.events]
        assert kinds.index("label") > max(i for i, k in enumerate(kinds) if k == "passed")
        [job] = printer.jobs
        assert b"^FDSN-1^FS" in job and b"^FDdemo-SN-1^FS" in job and b"fw 1.1.0" in job
        assert b"^FDMA,demo-SN-1^FS" in job and printer.status_queries == 1
        [label] = line.store.labels(serial="SN-1")
        attempt = line.store.by_serial("SN-1")[0]
        assert attempt.outcome == Outcome.READY and label.attempt_id == attempt.attempt_id
        assert label.outcome == "printed" and label.printed_at is not None and label.copies == 1
        assert not label.reprint and label.queued_at <= label.printed_at

    run(tmp_path / "r.sqlite", settings(printer), profile, scenario)


def test_when_passed_prints_units_that_are_not_ready(tmp_path: Path, printer: VirtualPrinter,
                                                    profile: Profile) -> None:
    async def scenario(line: Line) -> None:
        pass_unit(line.bus, 1, "SN-P", ready=False)
        await line.watch.until(lambda: "printed" in line.watch.states("SN-P"))
        # Not ready: no version reached yet, so the label shows the version the board reported.
        assert b"fw 1.0.0" in printer.jobs[0]

    run(tmp_path / "r.sqlite", settings(printer, when="passed", copies=2), profile, scenario)
    assert printer.jobs[0].endswith(b"^PQ2^XZ")


def test_printer_offline_queues_labels_then_prints_them_in_order(tmp_path: Path, printer: VirtualPrinter,
                                                                 profile: Profile) -> None:
    printer.offline()

    async def scenario(line: Line) -> None:
        for n in (1, 2, 3):
            pass_unit(line.bus, n, f"SN-{n}")
        await line.watch.until(lambda: all(
            any(e.state == "queued" and "offline" in e.detail for e in line.watch.labels(f"SN-{n}"))
            for n in (1, 2, 3)))
        # The units are done and recorded as ready: the printer has no say in that.
        assert [line.store.by_serial(f"SN-{n}")[0].outcome for n in (1, 2, 3)] == [Outcome.READY] * 3
        queued = line.watch.labels("SN-1")[-1]
        assert queued.detail_message is not None and queued.detail_message.id == "labels.offline"
        assert [r.outcome for r in line.store.labels()] == ["queued"] * 3
        assert all("offline" in r.detail for r in line.store.labels())
        assert printer.jobs == [] and len(line.service.queue) == 3
        printer.online()
        await line.watch.until(lambda: all("printed" in line.watch.states(f"SN-{n}") for n in (1, 2, 3)))
        assert [job.split(b"^FD")[1].split(b"^FS")[0] for job in printer.jobs] == [b"SN-1", b"SN-2", b"SN-3"]
        assert [(r.serial, r.outcome) for r in line.store.labels()] == [
            ("SN-1", "printed"), ("SN-2", "printed"), ("SN-3", "printed")]

    run(tmp_path / "r.sqlite", settings(printer), profile, scenario)


def test_paper_out_holds_the_label_until_paper_is_back(tmp_path: Path, printer: VirtualPrinter,
                                                       profile: Profile) -> None:
    printer.set_paper(True)

    async def scenario(line: Line) -> None:
        pass_unit(line.bus, 1, "SN-1")
        await line.watch.until(lambda: any("paper" in e.detail for e in line.watch.labels("SN-1")))
        assert line.watch.labels("SN-1")[-1].state == "queued"
        # Asked, told "paper out", and nothing sent: the printer holds no job of ours either.
        assert printer.status_queries >= 1 and printer.jobs == [] and printer.held == []
        [row] = line.store.labels(serial="SN-1")
        assert row.outcome == "queued" and row.detail == "printer out of paper" and row.printed_at is None
        printer.set_paper(False)
        await line.watch.until(lambda: "printed" in line.watch.states("SN-1"))
        assert len(printer.jobs) == 1 and line.store.labels(serial="SN-1")[0].outcome == "printed"

    run(tmp_path / "r.sqlite", settings(printer), profile, scenario)


def test_qa_reprint_queues_the_label_again_and_is_recorded(tmp_path: Path, printer: VirtualPrinter,
                                                           profile: Profile) -> None:
    async def scenario(line: Line) -> None:
        pass_unit(line.bus, 1, "SN-1")
        await line.watch.until(lambda: "printed" in line.watch.states("SN-1"))
        assert line.service.reprint("SN-1", copies=2)
        assert not line.service.reprint("SN-unknown")  # not of this run: QA passes the record's data instead
        older = LabelData(serial="SN-OLD", thing_name="demo-SN-OLD", firmware="1.0.0")
        assert line.service.reprint(older)
        await line.watch.until(lambda: "printed" in line.watch.states("SN-OLD"))
        assert [e.reprint for e in line.watch.labels("SN-1") if e.state == "printed"] == [False, True]
        assert len(printer.jobs) == 3 and printer.jobs[1].endswith(b"^PQ2^XZ") and b"SN-OLD" in printer.jobs[2]
        rows = line.store.labels()
        assert [(r.serial, r.reprint, r.copies, r.outcome) for r in rows] == [
            ("SN-1", False, 1, "printed"), ("SN-1", True, 2, "printed"), ("SN-OLD", True, 1, "printed")]
        assert rows[1].attempt_id == rows[0].attempt_id and rows[2].attempt_id is None

    run(tmp_path / "r.sqlite", settings(printer), profile, scenario)


def test_a_label_already_waiting_is_not_queued_twice(tmp_path: Path, printer: VirtualPrinter,
                                                     profile: Profile) -> None:
    printer.offline()

    async def scenario(line: Line) -> None:
        pass_unit(line.bus, 1, "SN-1")
        assert not line.service.reprint("SN-1")  # its first label still waits: one is enough
        await line.watch.until(lambda: any(e.detail for e in line.watch.labels("SN-1")))
        assert len(line.store.labels()) == 1

    run(tmp_path / "r.sqlite", settings(printer), profile, scenario)


def test_serial_transport_prints_through_pyserial(printer: VirtualPrinter) -> None:
    """serial:<port>: the same status query and job over pyserial (here its socket:// port to the printer)."""
    host, port = printer.address.removeprefix("tcp://").split(":")
    Printer(f"serial:socket://{host}:{port}?baud=115200", timeout=5).print(b"^XA^FDhello^FS^XZ")
    assert printer.wait_for_jobs(1, 10) and printer.jobs == [b"^XA^FDhello^FS^XZ"]


def test_labels_disabled_attaches_nothing(profile: Profile) -> None:
    assert attach(EventBus(), dataclasses.replace(profile, labels=LabelSettings(enabled=False))) is None


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:1", "serial:/dev/no-such-printer"])
def test_unreachable_printer_is_offline(address: str) -> None:
    from station.labels.printer import PrinterNotReady

    with pytest.raises(PrinterNotReady) as raised:
        Printer(address, timeout=2).print(b"^XA^XZ")
    assert raised.value.cause_message.id == "labels.offline"
