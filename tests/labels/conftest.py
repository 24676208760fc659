"""Label tests: a Zebra-like printer on a loopback socket, and a bus whose label events a test can await."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest

from station.pipeline.events import Event, EventBus, LabelStatus
from station.virtual.printer import VirtualPrinter


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as p:
        yield p


class Watch:
    """Every event on a bus, and a way to await a condition over them (woken by each new event)."""

    def __init__(self, bus: EventBus) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()
        bus.subscribe(self._on)

    def _on(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    def labels(self, serial: str | None = None) -> list[LabelStatus]:
        return [e for e in self.events if isinstance(e, LabelStatus) and serial in (None, e.serial)]

    def states(self, serial: str) -> list[str]:
        return [e.state for e in self.labels(serial)]

    async def until(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:  # noqa: ASYNC109
        async def wait() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()
        await asyncio.wait_for(wait(), timeout)
