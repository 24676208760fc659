"""Wrong-PIN lockout and idle re-lock for the QA and engineer roles: the decisions only, on an injected clock."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.messages import Message, message

if TYPE_CHECKING:
    from station.profile import Profile

Clock = Callable[[], float]


@dataclass(frozen=True)
class LockoutPolicy:
    """How many wrong PINs are forgiven, how long the lockout after each further one lasts, and the idle time."""

    #: Wrong PINs in a row before any wait: a typo or two must not lock a QA engineer out.
    free_attempts: int = 3
    #: The wait after the free attempts are used up; it doubles with each further wrong PIN.
    first_delay: float = 30.0
    max_delay: float = 15 * 60.0
    #: Seconds without keyboard or mouse input after which an unlocked QA or engineer role locks again
    #: (0 = never). Five minutes: long enough to read a lookup, short enough that a walk-away is covered.
    idle_relock: float = 5 * 60.0

    @classmethod
    def for_profile(cls, profile: Profile) -> LockoutPolicy:
        """The defaults, with the idle time of the profile's ``[roles] idle_lock_minutes``."""
        return cls(idle_relock=float(profile.roles.idle_lock_minutes) * 60.0)

    def delay_after(self, failures: int) -> float:
        """The lockout that ``failures`` wrong PINs in a row earn (0 while some are still free)."""
        if failures < self.free_attempts:
            return 0.0
        return min(self.max_delay, self.first_delay * 2.0 ** (failures - self.free_attempts))


class PinAttempts:
    """Consecutive wrong PINs and the lockout they earn; a right PIN (after the lockout) starts afresh."""

    def __init__(self, policy: LockoutPolicy | None = None, *, clock: Clock = time.monotonic) -> None:
        self.policy = policy or LockoutPolicy()
        self._clock = clock
        self.failures = 0
        self._last_failure: float | None = None

    @classmethod
    def replay(cls, failure_times: Iterable[float], policy: LockoutPolicy | None = None, *,
               clock: Clock = time.time) -> PinAttempts:
        """The state that these wrong PINs (the ones since the last right one, on ``clock``'s scale) left."""
        attempts = cls(policy, clock=clock)
        times = list(failure_times)
        attempts.failures = len(times)
        attempts._last_failure = max(times) if times else None
        return attempts

    def locked_for(self) -> float:
        """Seconds left before another PIN may be tried (0: try now)."""
        if self._last_failure is None:
            return 0.0
        delay = self.policy.delay_after(self.failures)
        return max(0.0, self._last_failure + delay - self._clock())

    def failed(self) -> float:
        """Count one wrong PIN; returns the lockout it starts (0 if the attempt was still free)."""
        self.failures += 1
        self._last_failure = self._clock()
        return self.locked_for()

    def succeeded(self) -> None:
        self.failures = 0
        self._last_failure = None


class IdleTimer:
    """Time since the last user input, to re-lock a role nobody is using; ``timeout`` <= 0 never expires."""

    def __init__(self, timeout: float, *, clock: Clock = time.monotonic) -> None:
        self.timeout = timeout
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        self._last = self._clock()

    def remaining(self) -> float:
        if self.timeout <= 0:
            return math.inf
        return max(0.0, self._last + self.timeout - self._clock())

    def expired(self) -> bool:
        return self.remaining() == 0.0


_WAIT_SECONDS = message("lockout.wait-seconds", "{seconds} s")
_WAIT_MINUTES = message("lockout.wait-minutes", "{minutes} min")
_WAIT_MINUTES_SECONDS = message("lockout.wait-minutes-seconds", "{minutes} min {seconds} s")
_TRY_AGAIN = message("lockout.try-again", "too many wrong PINs: try again in {wait}")
_WRONG_PIN = message("lockout.wrong-pin", "wrong PIN")
_WRONG_PIN_LOCKED = message("lockout.wrong-pin-locked", "wrong PIN: locked for {wait}")
_IDLE_RELOCKED = message("lockout.idle-relocked", "{role} locked after {wait} without input")


def wait_message(seconds: float) -> Message:
    """A lockout for people: "45 s", "2 min 5 s" (the window translates it)."""
    whole = math.ceil(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return _WAIT_SECONDS(seconds=rest)
    return _WAIT_MINUTES_SECONDS(minutes=minutes, seconds=rest) if rest else _WAIT_MINUTES(minutes=minutes)


def wait_text(seconds: float) -> str:
    """:func:`wait_message` in English (the CLI)."""
    return wait_message(seconds).text()


def locked_message(seconds: float) -> Message:
    """The PIN prompt while a lockout runs: "too many wrong PINs: try again in 2 min"."""
    return _TRY_AGAIN(wait=wait_message(seconds))


def wrong_pin_message(lockout: float) -> Message:
    """After a wrong PIN: "wrong PIN", or with the lockout it started, "wrong PIN: locked for 30 s"."""
    return _WRONG_PIN_LOCKED(wait=wait_message(lockout)) if lockout > 0 else _WRONG_PIN()


def idle_relock_message(role: str | Message, idle: float) -> Message:
    """A role re-locked for lack of input: "QA locked after 5 min without input" (``role``: its label)."""
    return _IDLE_RELOCKED(role=role, wait=wait_message(idle))
