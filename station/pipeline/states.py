"""Per-unit state machine: the states, the allowed transitions and the one setter that enforces them."""

from __future__ import annotations

import enum
import time


class UnitState(enum.StrEnum):
    CONNECTED = "connected"  # port seen, nothing asked yet
    IDENTIFYING = "identifying"  # hello, identify, read back what the board holds
    GENERATING_KEY = "generating-key"  # board makes its key pair and CSR
    REGISTERING = "registering"  # thing ‖ certificate (round trip 1)
    ATTACHING = "attaching"  # principal ‖ group ‖ policy (round trip 2)
    SIGNING = "signing"  # factory-ca: the station signs the board's CSR with the line CA (no AWS call)
    WRITING = "writing"  # certificate, CA, endpoint, thing name to the board
    VERIFYING = "verifying"  # read-back hashes and public key
    CONNECTING = "connecting"  # board rebooted into its application firmware; waiting for it online
    UPDATING = "updating"  # the group's continuous jobs run on the device, until each SUCCEEDED
    #: factory-ca: keys, signing, writing and verification done while the cloud is unreachable; the unit is
    #: "provisioned, waiting for the cloud" and followed to registered/ready once the cloud is back.
    WAITING_CLOUD = "waiting-cloud"
    PASSED = "passed"
    FAILED = "failed"
    REMOVED = "removed"  # board unplugged; the unit's slot is gone

    @property
    def final(self) -> bool:
        return self in (UnitState.PASSED, UnitState.FAILED, UnitState.REMOVED, UnitState.WAITING_CLOUD)


S = UnitState
WORKING = (S.IDENTIFYING, S.GENERATING_KEY, S.SIGNING, S.REGISTERING, S.ATTACHING, S.WRITING, S.VERIFYING,
           S.CONNECTING,
           S.UPDATING)

TRANSITIONS: dict[UnitState, frozenset[UnitState]] = {
    S.CONNECTED: frozenset({S.IDENTIFYING, S.FAILED, S.REMOVED}),
    # A board that already holds a certificate skips key generation on re-runs.
    # WRITING: fleet-claim writes the claim first; the board registers itself later (no key, no cloud call here).
    S.IDENTIFYING: frozenset({S.GENERATING_KEY, S.REGISTERING, S.WRITING, S.FAILED, S.REMOVED}),
    # SIGNING: factory-ca signs the CSR on the line instead of registering it in the cloud.
    S.GENERATING_KEY: frozenset({S.REGISTERING, S.SIGNING, S.FAILED, S.REMOVED}),
    S.SIGNING: frozenset({S.WRITING, S.FAILED, S.REMOVED}),
    # Recovery: the board has a key the cloud holds no certificate for, so it makes a CSR now.
    S.REGISTERING: frozenset({S.GENERATING_KEY, S.ATTACHING, S.FAILED, S.REMOVED}),
    S.ATTACHING: frozenset({S.WRITING, S.FAILED, S.REMOVED}),
    S.WRITING: frozenset({S.VERIFYING, S.FAILED, S.REMOVED}),
    # PASSED here when the profile counts a unit as passed once registered (jobs.until).
    # WAITING_CLOUD: factory-ca with the cloud unreachable (from CONNECTING: it went away while following).
    S.VERIFYING: frozenset({S.PASSED, S.CONNECTING, S.WAITING_CLOUD, S.FAILED, S.REMOVED}),
    # PASSED from CONNECTING when the unit's groups have no current job to wait for.
    S.CONNECTING: frozenset({S.UPDATING, S.PASSED, S.WAITING_CLOUD, S.FAILED, S.REMOVED}),
    S.UPDATING: frozenset({S.PASSED, S.FAILED, S.REMOVED}),
    # A result stays until the board is removed or the operator restarts the unit.
    S.PASSED: frozenset({S.CONNECTED, S.REMOVED}),
    S.FAILED: frozenset({S.CONNECTED, S.REMOVED}),
    # The cloud is back: the station follows the unit again (or the operator restarts it, or removes the board).
    S.WAITING_CLOUD: frozenset({S.CONNECTING, S.CONNECTED, S.REMOVED}),
    S.REMOVED: frozenset(),
}


class IllegalTransition(RuntimeError):
    """A bug: code tried a move the transition table does not allow."""


class UnitMachine:
    """Holds one unit's state; ``move`` is the only way to change it."""

    def __init__(self) -> None:
        self._state = S.CONNECTED
        self.history: list[tuple[UnitState, float]] = [(S.CONNECTED, time.time())]

    @property
    def state(self) -> UnitState:
        return self._state

    def can_move(self, new: UnitState) -> bool:
        return new in TRANSITIONS[self._state]

    def move(self, new: UnitState) -> UnitState:
        """Change state; returns the previous one. Raises IllegalTransition on a move not in the table."""
        if new not in TRANSITIONS[self._state]:
            raise IllegalTransition(f"{self._state} -> {new} is not allowed")
        old, self._state = self._state, new
        self.history.append((new, time.time()))
        return old
