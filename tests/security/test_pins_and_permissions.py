"""PIN hashing treats whitespace one way; the lockout's decisions; records, logs and profiles are the user's only."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from station import paths
from station.lockout import IdleTimer, LockoutPolicy, PinAttempts
from station.pins import hash_pin, verify_pin
from station.records import RecordStore


def test_hash_pin_and_verify_pin_treat_surrounding_whitespace_the_same() -> None:
    # A PIN piped with its newline (echo 4711 | station hash-pin --stdin) or pasted with a space still unlocks.
    for hashed, typed in ((" 4711\n", "4711"), ("4711", "4711 "), ("\t4711", "\n4711\n")):
        assert verify_pin(typed, hash_pin(hashed, iterations=1000)), (hashed, typed)
    assert not verify_pin("47 11", hash_pin("4711", iterations=1000))  # inside the PIN, a space counts
    with pytest.raises(ValueError):
        hash_pin("   ")


def test_wrong_pins_earn_a_doubling_lockout_up_to_the_cap() -> None:
    now = [0.0]
    attempts = PinAttempts(LockoutPolicy(free_attempts=2, first_delay=10, max_delay=35), clock=lambda: now[0])
    assert [attempts.failed() for _ in range(2)] == [0.0, 10.0]
    now[0] = 10
    assert attempts.locked_for() == 0 and attempts.failed() == 20
    now[0] = 30
    assert attempts.failed() == 35 and attempts.locked_for() == 35  # capped
    attempts.succeeded()
    assert attempts.locked_for() == 0 and attempts.failures == 0
    replayed = PinAttempts.replay([100.0, 101.0, 102.0], LockoutPolicy(), clock=lambda: 112.0)
    assert replayed.locked_for() == 20.0  # the third wrong PIN (at 102) locks for 30 s


def test_the_idle_time_defaults_to_five_minutes_and_follows_the_profile_key() -> None:
    from types import SimpleNamespace

    from station.profile import load_profile

    assert LockoutPolicy.for_profile(load_profile(None)).idle_relock == 300.0
    keyed = SimpleNamespace(roles=SimpleNamespace(idle_lock_minutes=2))  # [roles] idle_lock_minutes = 2
    assert LockoutPolicy.for_profile(keyed).idle_relock == 120.0  # type: ignore[arg-type]


def test_the_idle_timer_expires_only_without_input() -> None:
    now = [0.0]
    idle = IdleTimer(60, clock=lambda: now[0])
    now[0] = 59
    idle.touch()
    now[0] = 118
    assert not idle.expired() and idle.remaining() == 1
    now[0] = 119
    assert idle.expired()
    assert not IdleTimer(0, clock=lambda: 1e9).expired()  # 0: never


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_records_and_the_station_folders_are_the_users_only(station_home: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: left to it, files would be world-readable
    try:
        with RecordStore() as store:
            store.audit(who="qa1", role="qa", action="noop", outcome="ok")
            db = store.path
            assert db.parent == paths.data_dir()
            for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(paths.log_dir().stat().st_mode) == 0o700
        # A database an older version left world-readable is tightened when the station opens it.
        legacy = tmp_path / "shared" / "old.sqlite"
        legacy.parent.mkdir()
        sqlite3.connect(legacy).close()
        legacy.chmod(0o644)
        RecordStore(legacy).close()
        assert stat.S_IMODE(legacy.stat().st_mode) == 0o600
        assert stat.S_IMODE(legacy.parent.stat().st_mode) == 0o755  # a folder it did not create: left alone
        profile = paths.write_private_text(tmp_path / "line.toml", "[station]\n")
        assert stat.S_IMODE(profile.stat().st_mode) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_fresh_station_process_creates_its_records_private(station_home: Path) -> None:
    env = {**os.environ, "STATION_HOME": str(station_home)}
    script = "from station.records import RecordStore; RecordStore().close()"
    subprocess.run([sys.executable, "-c", f"import os; os.umask(0o022); {script}"], check=True, env=env, timeout=60)
    db = station_home / "data" / "records.sqlite"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
