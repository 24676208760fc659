"""The EventBus isolates listeners: one that raises is logged once and stops neither the emitter nor the others."""

from __future__ import annotations

import logging

import pytest

from station.pipeline.events import Event, EventBus, UnitDetected


def test_a_raising_listener_neither_stops_the_emitter_nor_the_others(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    heard: list[Event] = []

    def closed_pipe(_event: Event) -> None:
        raise BrokenPipeError(32, "Broken pipe")  # what print() raises behind `--json | head -1`

    bus.subscribe(closed_pipe)
    bus.subscribe(heard.append)
    events = [UnitDetected(port=f"p{i}", unit=i) for i in range(3)]
    with caplog.at_level(logging.DEBUG, logger="station.events"):
        for event in events:
            bus.emit(event)  # must not raise into the unit that emits
    assert heard == events
    assert bus.failures == {id(closed_pipe): 3}
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None  # the first failure, with its trace; not 3


def test_interrupts_still_reach_the_caller() -> None:
    bus = EventBus()

    def ctrl_c(_event: Event) -> None:
        raise KeyboardInterrupt

    bus.subscribe(ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        bus.emit(UnitDetected(port="p", unit=1))
