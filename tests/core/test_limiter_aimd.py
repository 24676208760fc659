"""The adaptive limiter learns an operation's rate from AWS's throttling (AIMD), on a deterministic clock."""

from __future__ import annotations

from station.cloud.throttle import AdaptiveLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_throttles_of_one_congestion_event_cut_the_rate_once() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter({"X": 16.0}, clock=clock)
    for _ in range(8):  # eight calls that were in flight together all come back throttled
        limiter.throttled("X")
    assert limiter.rate("X") == 8.0 and limiter.throttles["X"] == 8
    clock.now += 1.0  # the next second's calls, at the new rate, are throttled again: a new event
    limiter.throttled("X")
    assert limiter.rate("X") == 4.0


def test_a_retry_after_hint_holds_every_slot_back() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter({"X": 10.0}, clock=clock)
    limiter.throttled("X", retry_after=2.5)
    assert limiter.reserve("X") == 2.5
    assert abs(limiter.reserve("X") - (2.5 + 1 / limiter.rate("X"))) < 1e-9  # then paced at the cut rate


def test_successes_climb_back_to_the_ceiling_and_never_above() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter({"X": 10.0}, clock=clock)
    limiter.throttled("X")
    assert limiter.rate("X") == 5.0
    limiter.succeeded("X")
    assert 5.0 < limiter.rate("X") < 10.0
    for _ in range(1000):
        limiter.succeeded("X")
    assert limiter.rate("X") == 10.0


def test_stations_sharing_one_quota_converge_on_fair_shares() -> None:
    """Two stations, one account quota of 15 TPS: one starts at the ceiling, one nearly stopped. Each second
    both send at their rate; over the quota, both are throttled (the account's bucket refuses everyone)."""
    clock = Clock()
    quota = 15.0
    a = AdaptiveLimiter({"X": quota}, clock=clock)
    b = AdaptiveLimiter({"X": quota}, clock=clock)
    for _ in range(20):
        b.throttled("X")
        clock.now += 1.0
    assert b.rate("X") < 1.0 and a.rate("X") == quota
    for _ in range(600):
        clock.now += 1.0
        over = a.rate("X") + b.rate("X") > quota
        for lim in (a, b):
            if over:
                lim.throttled("X")
            else:
                for _ in range(max(1, int(lim.rate("X")))):
                    lim.succeeded("X")
    ra, rb = a.rate("X"), b.rate("X")
    assert abs(ra - rb) / (ra + rb) < 0.1, (ra, rb)  # within ±10 % of an even split
