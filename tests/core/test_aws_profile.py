"""The [jobs] abort keys: defaults from the demo profile, bounds AWS accepts, named errors."""

from __future__ import annotations

import pytest

from station.errors import ProfileError
from station.profile import default_profile_text, load_profile, parse_profile


def with_abort(percent: str, executed: str) -> str:
    text = default_profile_text()
    assert "abort_failure_percent = 20" in text and "abort_min_executed = 10" in text
    return (text.replace("abort_failure_percent = 20", f"abort_failure_percent = {percent}")
                .replace("abort_min_executed = 10", f"abort_min_executed = {executed}"))


def test_demo_profile_has_the_default_abort() -> None:
    jobs = load_profile(None).jobs
    assert (jobs.abort_failure_percent, jobs.abort_min_executed) == (20.0, 10)


def test_abort_keys_are_read_and_zero_switches_it_off() -> None:
    jobs = parse_profile(with_abort("12.5", "3")).jobs
    assert (jobs.abort_failure_percent, jobs.abort_min_executed) == (12.5, 3)
    assert parse_profile(with_abort("0", "1")).jobs.abort_failure_percent == 0.0


@pytest.mark.parametrize(("percent", "executed", "key"), [
    ("101", "10", "jobs.abort_failure_percent"),
    ("-1", "10", "jobs.abort_failure_percent"),
    ("10.555", "10", "jobs.abort_failure_percent"),  # AWS: at most two decimals
    ('"20"', "10", "jobs.abort_failure_percent"),
    ("20", "0", "jobs.abort_min_executed"),
    ("20", "2.5", "jobs.abort_min_executed"),
])
def test_bad_abort_values_name_their_key(percent: str, executed: str, key: str) -> None:
    with pytest.raises(ProfileError) as err:
        parse_profile(with_abort(percent, executed))
    assert err.value.key == key
