"""factory-ca on the wall: a unit stored while the cloud is away, then confirmed; the steps of each mode."""

from __future__ import annotations

from station.pipeline.events import StepFinished, StepStarted, UnitDetected, UnitPassed, UnitWaitingCloud
from station.pipeline.states import UnitState as S
from ui.operator.model import REGISTER_STEPS, Result, SlotModel, WallModel, run_steps

PORT = "/dev/pts/7"


def _stored(model: WallModel, at: float) -> None:
    model.apply(UnitDetected(port=PORT, unit=1, at=at))
    for step in (S.IDENTIFYING, S.GENERATING_KEY, S.SIGNING, S.WRITING, S.VERIFYING):
        model.apply(StepStarted(port=PORT, unit=1, step=step, at=at))
        model.apply(StepFinished(port=PORT, unit=1, step=step, seconds=0.1, at=at))
    model.apply(UnitWaitingCloud(port=PORT, unit=1, serial="SN-1", thing_name="sensor-a-SN-1",
                                 certificate_id="ab" * 32, group="sensor-a", seconds=2.0,
                                 reason="the cloud is not reachable", at=at))


def test_a_stored_unit_counts_once_and_its_later_confirmation_moves_it_to_passed() -> None:
    now = [1000.0]
    model = WallModel(cert_mode="factory-ca", clock=lambda: now[0])
    outcomes: list[Result] = []
    model.subscribe_outcomes(lambda slot, result: outcomes.append(result))
    _stored(model, now[0])
    slot = model.slots[PORT]
    assert slot.result == Result.PROVISIONED and slot.result.final
    assert slot.step_words == "Provisioned, waiting for the cloud" and slot.progress == 1.0
    assert (model.passed, model.failed, model.stored) == (0, 0, 1)
    assert outcomes == [Result.PROVISIONED]  # one cue as it leaves the station
    timeline = list(slot.timeline)

    # The cloud is back: the station follows the same run (no new identify), and AWS confirms it.
    model.apply(StepStarted(port=PORT, unit=1, step=S.CONNECTING, at=now[0] + 60))
    assert slot.timeline[:len(timeline)] == timeline, "a followed unit keeps its run's timeline"
    assert slot.result == Result.RUNNING
    # Its board did not connect in time: stored again, not counted (nor heard) a second time.
    model.apply(UnitWaitingCloud(port=PORT, unit=1, serial="SN-1", thing_name="sensor-a-SN-1",
                                 certificate_id="ab" * 32, group="sensor-a", seconds=40.0, at=now[0] + 65))
    assert slot.result == Result.PROVISIONED and model.stored == 1 and outcomes == [Result.PROVISIONED]
    model.apply(StepStarted(port=PORT, unit=1, step=S.CONNECTING, at=now[0] + 66))
    model.apply(UnitPassed(port=PORT, unit=1, serial="SN-1", thing_name="sensor-a-SN-1", certificate_id="ab" * 32,
                           group="sensor-a", seconds=70.0, round_trips=0, at=now[0] + 70))
    assert slot.result == Result.PASS
    assert (model.passed, model.failed, model.stored) == (1, 0, 0)
    assert outcomes == [Result.PROVISIONED], "no second cue for a unit announced when it was stored"
    assert model.rate.count(now[0] + 70) == 1, "the line rate counted it once, when it left the station"


def test_each_mode_has_its_own_steps() -> None:
    assert run_steps("csr", ready=False) == REGISTER_STEPS
    assert run_steps("factory-ca", ready=False) == (S.IDENTIFYING, S.GENERATING_KEY, S.SIGNING, S.WRITING,
                                                    S.VERIFYING, S.CONNECTING)
    assert run_steps("fleet-claim", ready=True)[-4:] == (S.WRITING, S.VERIFYING, S.CONNECTING, S.UPDATING)
    slot = SlotModel(port=PORT, unit=1, cert_mode="fleet-claim", state=S.WRITING)
    assert 0.0 < slot.progress < 0.5  # writing is the second of five fleet-claim steps, not csr's fifth of six
