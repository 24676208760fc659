"""The one bridge from core events to Qt: subscribes to the pipeline's EventBus and re-emits as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from station.pipeline.events import Event, EventBus


class EventBridge(QObject):
    """Core events arrive on the asyncio loop, which qasync runs on the GUI thread, so emitting is safe."""

    # Shadows QObject.event() by name; checked: PySide still dispatches QEvents to the C++ handler.
    event = Signal(object)  # type: ignore[assignment]

    def __init__(self, bus: EventBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if bus is not None:
            bus.subscribe(self.publish)

    def publish(self, event: Event) -> None:
        self.event.emit(event)
