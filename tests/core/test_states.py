"""The per-unit state machine: legal paths pass, illegal moves are refused by the one setter."""

from __future__ import annotations

import pytest

from station.pipeline.states import TRANSITIONS, IllegalTransition, UnitMachine, UnitState

S = UnitState


def test_fresh_path_then_restart_then_removal() -> None:
    m = UnitMachine()
    for s in (S.IDENTIFYING, S.GENERATING_KEY, S.REGISTERING, S.ATTACHING, S.WRITING, S.VERIFYING, S.PASSED):
        m.move(s)
    assert m.state.final
    m.move(S.CONNECTED)  # operator restarts the unit
    m.move(S.REMOVED)
    assert [s for s, _ in m.history][-2:] == [S.CONNECTED, S.REMOVED]


@pytest.mark.parametrize(("path", "bad"), [
    ((), S.WRITING),  # cannot skip to writing
    ((S.IDENTIFYING, S.REGISTERING), S.PASSED),  # cannot pass without writing and verifying
    ((S.IDENTIFYING, S.FAILED), S.PASSED),  # a failure is not turned into a pass
    ((S.REMOVED,), S.CONNECTED),  # removed is the end
])
def test_illegal_moves_are_refused(path: tuple[UnitState, ...], bad: UnitState) -> None:
    m = UnitMachine()
    for s in path:
        m.move(s)
    before = m.state
    with pytest.raises(IllegalTransition):
        m.move(bad)
    assert m.state == before


def test_every_working_state_can_fail_and_be_removed() -> None:
    for state, targets in TRANSITIONS.items():
        if not state.final and state != S.CONNECTED:
            assert S.FAILED in targets and S.REMOVED in targets, state
