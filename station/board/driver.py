"""The board driver interface every link protocol implements, and the registry that picks one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from station.domain import BoardHello, BoardIdentity, ObjectKind, Readback

#: progress(done, total) for chunked transfers; called from the driver's thread.
ProgressFn = Callable[[int, int], None]


class BoardDriver(Protocol):
    """Blocking, one-board-at-a-time conversation with a board's factory firmware.

    Implementations do blocking I/O and are driven from a worker thread, never
    from the event loop. Every method has a timeout and raises a subclass of
    :class:`station.board.errors.BoardLinkError` on failure.
    """

    port: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def hello(self) -> BoardHello:
        """Capability discovery; also resynchronises the link."""
        ...

    def identify(self) -> BoardIdentity: ...

    def generate_csr(self, common_name: str, *, new_key: bool = False,
                     progress: ProgressFn | None = None) -> bytes:
        """Have the board make (or reuse) its key pair and return a PEM CSR for common_name.

        With new_key=False a board that already holds a key reuses it, which
        keeps a re-run from orphaning the certificate of its earlier attempt.
        """
        ...

    def write_object(self, kind: ObjectKind, data: bytes, *, progress: ProgressFn | None = None) -> str:
        """Write one object in chunks; returns the sha256 (hex) the board computed over what it stored."""
        ...

    def read_back(self) -> Readback: ...

    def reboot(self) -> None: ...


DriverFactory = Callable[..., BoardDriver]

_REGISTRY: dict[str, DriverFactory] = {}


def register_driver(name: str, factory: DriverFactory) -> None:
    """Make a driver selectable by name from the station profile (``serial.driver``)."""
    _REGISTRY[name] = factory


def driver_factory(name: str) -> DriverFactory:
    if name not in _REGISTRY:
        # Importing the reference module registers it; other drivers register on import too.
        import station.board.reference  # noqa: F401
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise KeyError(f"unknown board driver '{name}' (known: {known})") from None


def known_drivers() -> list[str]:
    import station.board.reference  # noqa: F401

    return sorted(_REGISTRY)


# Default per-command timeouts, in seconds. Key generation on a small MCU is
# the slow one; chunk transfers are short but many.
DEFAULT_TIMEOUTS: dict[str, float] = {
    "hello": 1.0,
    "identify": 1.0,
    "keygen": 10.0,
    "chunk": 2.0,
    "readback": 3.0,
    "reboot": 5.0,
}


class LinkSettings:
    """Serial settings of one link: line rate, per-command timeouts, resend budget."""

    def __init__(self, baud: int = 115200, timeouts: dict[str, float] | None = None,
                 retries: int = 2) -> None:
        self.baud = baud
        self.timeouts = {**DEFAULT_TIMEOUTS, **(timeouts or {})}
        self.retries = retries  # resends of an idempotent request after a corrupt/lost answer

    def timeout(self, command: str) -> float:
        return self.timeouts.get(command, 2.0)
