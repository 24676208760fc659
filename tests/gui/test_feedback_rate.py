"""units/hour: a rolling figure over the last N minutes, withheld until it means something (station.rate)."""

from __future__ import annotations

import pytest

from station.rate import RollingRate


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_no_figure_from_the_first_units_of_a_shift() -> None:
    clock = Clock()
    rate = RollingRate(15 * 60, clock=clock)
    for _ in range(8):  # 8 boards pass together three seconds after the start
        rate.add(clock.now + 3)
    clock.now += 3
    assert rate.per_hour() is None  # not "9600 units/hour"
    clock.now += 60
    assert rate.per_hour() is None  # 8 units, but not 2 minutes yet
    clock.now += 60
    assert rate.per_hour() == pytest.approx(8 * 3600 / 123)  # over the 123 s since counting began


def test_two_minutes_alone_are_not_enough_without_three_units() -> None:
    clock = Clock()
    rate = RollingRate(15 * 60, clock=clock)
    rate.add(clock.now + 10)
    rate.add(clock.now + 20)
    clock.now += 600
    assert rate.per_hour() is None
    rate.add()
    assert rate.per_hour() == pytest.approx(3 * 3600 / 600)


def test_the_figure_rolls_over_the_window_and_a_full_window_always_counts() -> None:
    clock = Clock()
    rate = RollingRate(10 * 60, clock=clock)
    for minute in range(10):
        rate.add(clock.now + minute * 60 + 30)  # one unit a minute
    clock.now += 10 * 60
    assert rate.per_hour() == pytest.approx(60.0)
    clock.now += 5 * 60  # five quiet minutes: half the window is empty
    assert rate.per_hour() == pytest.approx(30.0)
    clock.now += 10 * 60  # a whole quiet window: 0/h is a fact now, not "not yet"
    assert rate.per_hour() == 0.0 and rate.count() == 0
    rate.reset()
    assert rate.per_hour() is None
    with pytest.raises(ValueError):
        RollingRate(0)
