"""factory-ca: a unit stored because its board did not connect in time (the cloud answers) keeps its slot quiet.

The station looks its certificate up with a growing pause, never following it round again in a loop, and
moves it on to passed as soon as AWS has registered it (the board connected after all).
"""

from __future__ import annotations

import dataclasses
import time

import pytest

from station.cloud.connect import EmbeddedCloud
from station.pipeline.events import StepStarted
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.test_factory_ca import all_in, line_ca_token, profile, run  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]


def test_a_silent_board_stays_stored_until_aws_registers_it(embedded: EmbeddedCloud,
                                                            profile: Profile) -> None:  # noqa: F811
    assert embedded.cloud is not None
    quick = dataclasses.replace(profile, factory_ca=dataclasses.replace(profile.factory_ca, register_timeout=5.0))
    stored_at: list[float] = []

    def stored() -> None:
        stored_at.append(time.monotonic())

    def quiet_for_a_while(_station: object) -> bool:
        return bool(stored_at) and time.monotonic() - stored_at[0] > 12.0

    with VirtualFleet(specs=[BoardSpec("gateway-x", "2")], transport="pty", faults={0: "offline"}) as fleet:
        board = fleet.boards[0]
        events, _ = run(quick, embedded.cloud, fleet,
                        (all_in(UnitState.WAITING_CLOUD, 1), stored),
                        (lambda st: quiet_for_a_while(st) and all_in(UnitState.WAITING_CLOUD, 1)(st),
                         board.go_online),
                        (all_in(UnitState.PASSED, 1), lambda: None), until="registered")
    connecting = [e for e in events if isinstance(e, StepStarted) and e.step == UnitState.CONNECTING]
    # Once after writing, once more when AWS had registered it: not every few seconds while the board was silent.
    assert len(connecting) == 2, [round(e.at - events[0].at, 1) for e in connecting]
    kinds = [e.kind for e in events if e.kind in ("waiting-cloud", "passed")]
    assert kinds == ["waiting-cloud", "passed"]
