"""The board driver interface every link protocol implements, and the registry that picks one."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from station.domain import BoardHello, BoardIdentity, ObjectKind, ProvisioningStatus, Readback

#: progress(done, total) for chunked transfers; called from the driver's thread.
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class DriverTraits:
    """What a driver's boards can do; the pipeline's recovery and rework paths act on these declarations.

    See docs/drivers.md for the guarantee each combination keeps.
    """

    #: Objects the driver writes and verifies by hash (read_back reports exactly these). The reference
    #: protocol stores all four; a modem stores CA and certificate in a sec_tag, and thing name and endpoint
    #: only where the application reads them (or nowhere: built into the firmware).
    stores: frozenset[ObjectKind]
    #: read_back reports the public key the board already holds, so a re-run can find and reuse the
    #: certificate of that key. False (nRF91: no AT command returns an existing key's public key): every
    #: attempt makes a new key, and a certificate of an earlier key is retired, with the reason recorded.
    reads_public_key: bool = True
    #: generate_csr(new_key=False) reuses a key the board holds; False: every CSR comes with a new key.
    keeps_key: bool = True
    #: The board can take a station-made key (certificates.mode "csr-or-cloud-keys" / "cloud-keys").
    key_import: bool = True
    #: The serial comes from the silicon (an IMEI), not from a label or a setting, so two boards cannot
    #: report the same one: an active certificate for another key on its thing can only be its own earlier one.
    serial_from_silicon: bool = False
    #: reboot() hands the board to its application before the unit is followed to "ready"; False: the station
    #: does not reboot it and follows it all the same (its application connects on its own).
    reboots: bool = True
    #: The board's application can register itself by fleet provisioning (certificates.mode = "fleet-claim"):
    #: it stores CLAIM_CERT, CLAIM_KEY and FLEET and reports its progress (ProvisioningReporter).
    fleet_claim: bool = False


#: The reference protocol's traits (station.board.reference): everything stored, key readable and kept.
REFERENCE_TRAITS = DriverTraits(stores=frozenset({ObjectKind.CERT, ObjectKind.CA, ObjectKind.ENDPOINT,
                                                  ObjectKind.THING, ObjectKind.CLAIM_CERT, ObjectKind.FLEET}),
                                fleet_claim=True)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BoardDriver(Protocol):
    """Blocking, one-board-at-a-time conversation with a board's factory firmware.

    Implementations do blocking I/O and are driven from a worker thread, never
    from the event loop. Every method has a timeout and raises a subclass of
    :class:`station.board.errors.BoardLinkError` on failure.
    """

    port: str
    #: What this driver's boards store and can do (may depend on the driver's profile options).
    traits: DriverTraits

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

    def digest(self, kind: ObjectKind, data: bytes) -> str:
        """The sha256 (hex) the board reports, in write_object and read_back, for ``data`` stored as ``kind``.

        The reference protocol hashes the bytes as sent; a modem hashes what it keeps (nRF91: the PEM without
        trailing whitespace, nrfcredstore's convention), so the pipeline compares like with like.
        """
        ...

    def read_back(self) -> Readback: ...

    def reboot(self) -> None: ...


@runtime_checkable
class ProvisioningReporter(Protocol):
    """A driver whose board reports its application's own registration with AWS (DriverTraits.fleet_claim)."""

    def provisioning_status(self) -> ProvisioningStatus:
        """What the board's application did since its last boot; blocking, with the link's timeout."""
        ...


#: factory(port, link settings, driver options from the profile's [drivers.<name>] table) -> driver.
DriverFactory = Callable[..., BoardDriver]
#: probe(port, link settings, options) -> a short description of what answered (e.g. "nRF9160-SICA"),
#: or None if this driver's kind of board is not behind the port. Blocking; never raises for "not mine".
ProbeFn = Callable[[str, "LinkSettings", Mapping[str, Any]], str | None]


@dataclass(frozen=True)
class DriverSpec:
    """A registered driver: how to make one, and how automatic choice recognises its boards."""

    name: str
    factory: DriverFactory
    #: USB ids that shortlist a port for this driver: "vid:pid" with "*" allowed ("1915:*"), lower-case hex.
    usb_ids: tuple[str, ...] = ()
    #: Confirms a shortlisted port before it is bound (None: shortlisting is enough).
    probe: ProbeFn | None = None
    description: str = ""
    #: Where the driver came from: "built-in" or the distribution that registered it (entry point).
    origin: str = "built-in"


_REGISTRY: dict[str, DriverSpec] = {}


def register_driver(name: str, factory: DriverFactory, *, usb_ids: tuple[str, ...] = (),
                    probe: ProbeFn | None = None, description: str = "", origin: str = "built-in") -> None:
    """Make a driver selectable by name from the station profile (``serial.driver``, ``[[serial.rules]]``)."""
    _REGISTRY[name] = DriverSpec(name, factory, tuple(u.lower() for u in usb_ids), probe, description, origin)


def _load_all() -> None:
    # Importing a built-in driver's module registers it; third-party ones come from entry points.
    import station.board.nrf91
    import station.board.reference  # noqa: F401
    from station.board.plugins import load_plugin_drivers

    load_plugin_drivers()


def driver_spec(name: str) -> DriverSpec:
    if name not in _REGISTRY:
        _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise KeyError(f"unknown board driver '{name}' (known: {known})") from None


def driver_factory(name: str) -> DriverFactory:
    return driver_spec(name).factory


def known_drivers() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)


def driver_specs() -> list[DriverSpec]:
    _load_all()
    return [_REGISTRY[n] for n in sorted(_REGISTRY)]


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
