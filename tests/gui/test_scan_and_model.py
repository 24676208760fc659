"""Scanner matching and the wall model, without widgets: real core events in, plain state out."""

from __future__ import annotations

from station.pipeline.events import (
    Identified,
    Progress,
    StepFinished,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    UnitRemoved,
    Waiting,
)
from station.pipeline.states import UnitState as S
from ui.operator.model import Result, WallModel
from ui.operator.scan import ScanMatcher, ScanStatus, normalise


def test_scan_goes_to_selected_slot_else_reporting_slot_else_first_free() -> None:
    m = ScanMatcher()
    order = ["p1", "p2", "p3"]
    m.reported("p3", "SN-3")
    assert m.scan("SN-9", order, selected="p2").slot == "p2"
    assert m.scan("sn-3\r\n", order).slot == "p3"  # the slot whose board reports it, case-insensitive
    out = m.scan("SN-1", order)
    assert out.slot == "p1" and out.record is not None and out.record.status == ScanStatus.PENDING
    full = m.scan("SN-4", order)
    assert full.slot is None and "every slot" in full.reason
    assert m.reported("p1", "SN-1") is not None and m.record("p1").status == ScanStatus.MATCH  # type: ignore[union-attr]
    assert m.reported("p2", "SN-2").status == ScanStatus.MISMATCH  # type: ignore[union-attr]
    m.forget("p2")
    assert m.record("p2") is None and m.scan("SN-2", order).slot == "p2"
    assert normalise("\x02SN-5\t ") == "SN-5" and m.scan("  ", order).reason == "empty scan"


def _run(model: WallModel, port: str = "/dev/pts/1", unit: int = 1) -> None:
    model.apply(UnitDetected(port=port, unit=unit))
    model.apply(StepStarted(port=port, unit=unit, step=S.IDENTIFYING))
    model.apply(Identified(port=port, unit=unit, serial="SN-1", model="sensor-a", hw_revision="B",
                           fw_version="1.0.0", thing_name="sensor-a-SN-1"))
    model.apply(StepFinished(port=port, unit=unit, step=S.IDENTIFYING, seconds=0.3))
    model.apply(StepStarted(port=port, unit=unit, step=S.REGISTERING))


def test_waiting_for_aws_is_shown_as_waiting_never_as_failure() -> None:
    model = WallModel()
    _run(model)
    slot = model.slots["/dev/pts/1"]
    model.apply(Waiting(port=slot.port, unit=1, step=S.REGISTERING, reason="waiting for AWS: throttled (CreateThing)",
                        retry_in=1.5, attempt=2))
    assert slot.result == Result.WAITING and model.failed == 0
    assert "waiting for AWS" in slot.log[-1]
    model.apply(StepFinished(port=slot.port, unit=1, step=S.REGISTERING, seconds=2.0))
    assert slot.result == Result.RUNNING


def test_result_stays_until_removed_and_a_restart_starts_a_fresh_run() -> None:
    model = WallModel(clock=lambda: 1000.0)
    changes: list[str | None] = []
    model.subscribe(changes.append)
    _run(model)
    port = "/dev/pts/1"
    model.apply(UnitFailed(port=port, unit=1, step=S.REGISTERING, cause="no network", remedy="plug the cable"))
    slot = model.slots[port]
    assert slot.result == Result.FAIL and slot.step_words == "Failed at cloud registration"
    assert model.failed == 1 and slot.finished_at is not None
    # Retry: the next StepStarted begins a new run, the log is kept.
    model.apply(StepStarted(port=port, unit=1, step=S.IDENTIFYING))
    assert slot.result == Result.RUNNING and slot.failure is None and len(slot.timeline) == 1
    model.apply(Progress(port=port, unit=1, step=S.IDENTIFYING, done=1, total=2))
    assert 0 < slot.progress < 0.2
    model.apply(UnitPassed(port=port, unit=1, serial="SN-1", thing_name="t", certificate_id="c" * 64, group="g",
                           seconds=2.0, round_trips=2))
    assert slot.result == Result.PASS and slot.progress == 1.0 and model.passed == 1
    model.apply(UnitRemoved(port=port, unit=1))
    assert slot.result == Result.EMPTY and None in changes
    # The same port comes back: same place on the wall, new unit.
    model.apply(UnitDetected(port=port, unit=7))
    assert model.order() == [port] and model.slots[port].unit == 7 and model.slots[port].result == Result.IDLE
    # Two results within the first minute are no rate yet (station.rate: 3 units and 2 minutes, or a full window).
    assert model.units_per_hour(1000.0) is None


def test_clear_hides_a_result_and_removes_an_empty_slot() -> None:
    model = WallModel()
    _run(model, "a", 1)
    _run(model, "b", 2)
    model.apply(UnitPassed(port="a", unit=1, serial="SN-1", thing_name="t", certificate_id="c", group="g",
                           seconds=1.0, round_trips=2))
    model.clear("a")
    assert model.slots["a"].result == Result.IDLE and "cleared" in model.slots["a"].log[-1]
    model.apply(UnitRemoved(port="b", unit=2))
    model.clear("b")
    assert list(model.slots) == ["a"]
