"""The embedded cloud leaves nothing behind (SIGTERM of `cloud serve`, kill -9 of a demo); its state is private."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from station.localcloud.launcher import LocalCloud, make_private
from station.localcloud.runtime_dir import LOCK_NAME, PREFIX, RuntimeDir, sweep_stale

from ._helpers import client

cloud_mark = pytest.mark.cloud
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and signals")


def _wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _cloud_children(pid: int) -> list[psutil.Process]:
    out = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            if "station.localcloud.server" in " ".join(child.cmdline()):
                out.append(child)
        except psutil.NoSuchProcess:
            pass
    return out


def _gone(proc: psutil.Process) -> bool:
    try:
        return not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    # A temp dir of the test's own, so "nothing left behind" can be checked by listing it.
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    return {**os.environ, "STATION_HOME": str(tmp_path / "home"), "TMPDIR": str(tmp)}, tmp


def _modes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): oct(stat.S_IMODE(p.stat().st_mode)) for p in [root, *root.rglob("*")]}


# -- `station cloud serve` and SIGTERM -------------------------------------------------------------


@cloud_mark
@posix_only
def test_cloud_serve_cleans_up_on_sigterm(tmp_path: Path) -> None:
    env, tmp = _env(tmp_path)
    state = tmp_path / "state"
    with open(tmp_path / "serve.err", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "station", "cloud", "serve", "--state-dir", str(state)],
                                stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert json.loads(line)["event"] == "serving", line
            children = _cloud_children(proc.pid)
            assert len(children) == 1
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert code == 0, (tmp_path / "serve.err").read_text()[-2000:]
    # Stopped and reaped by the server itself before it exited, not left to notice its parent's death.
    assert _gone(children[0])
    # ministack saved its state on the way out (the CA key is in there), privately.
    assert (state / "state" / "iot.json").is_file()
    assert all(mode in ("0o700", "0o600") for mode in _modes(state).values()), _modes(state)
    assert sorted(os.listdir(tmp)) == []  # no ministack pid file, no temp folder


# -- a killed station leaves no temp folder --------------------------------------------------------


def _cloud_folders(tmp: Path) -> list[Path]:
    return list(tmp.glob(PREFIX + "*"))


@cloud_mark
@posix_only
def test_a_killed_demo_leaves_no_temp_folder(tmp_path: Path) -> None:
    env, tmp = _env(tmp_path)
    with open(tmp_path / "demo.out", "wb") as out:
        demo = subprocess.Popen([sys.executable, "-m", "station", "demo", "--boards", "2", "--json"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            # Killed once its embedded cloud is up: the temp folder exists and the child runs in it.
            _wait_for(lambda: bool(_cloud_folders(tmp) and _cloud_children(demo.pid)), "the demo's cloud")
            child = _cloud_children(demo.pid)[0]
            [folder] = _cloud_folders(tmp)
            demo.send_signal(signal.SIGKILL)
            demo.wait(30)
        finally:
            if demo.poll() is None:
                demo.kill()
                demo.wait()
    _wait_for(lambda: _gone(child), "the orphaned cloud child to notice and exit")
    assert folder.is_dir()  # SIGKILL: nothing in the process could run
    # The next station to start sweeps it: the lock its owner held died with it.
    subprocess.run([sys.executable, "-c", "from station.cloud.connect import EmbeddedCloud; EmbeddedCloud().close()"],
                   env=env, check=True, timeout=60)
    assert sorted(os.listdir(tmp)) == []


def test_sweep_spares_live_and_just_created_folders(tmp_path: Path) -> None:
    live = RuntimeDir(tmp_path)
    unclaimed = tmp_path / (PREFIX + "being-created")  # created, lock file not yet written by its owner
    unclaimed.mkdir()
    (unclaimed / LOCK_NAME).touch()
    foreign = tmp_path / (PREFIX + "no-lock")  # not of this scheme: never touched
    foreign.mkdir()
    dead = tmp_path / (PREFIX + "dead-owner")
    dead.mkdir()
    (dead / LOCK_NAME).write_text("999999\n")  # claimed once; nobody holds its lock
    (dead / "localcloud.log").write_text("x")
    try:
        assert sweep_stale(tmp_path) == [dead]
        assert live.path.is_dir() and unclaimed.is_dir() and foreign.is_dir()
        if sys.platform != "win32":
            assert stat.S_IMODE(live.path.stat().st_mode) == 0o700
    finally:
        live.remove()
    assert not live.path.exists()
    live.remove()  # idempotent


# -- the state (CA key) is readable by this user only ----------------------------------------------


@cloud_mark
@posix_only
def test_state_is_private_even_when_the_folder_was_not(tmp_path: Path) -> None:
    state = tmp_path / "state"
    (state / "state").mkdir(parents=True, mode=0o755)
    os.chmod(state, 0o755)
    old = state / "state" / "old.json"  # written by an older station with the default umask
    old.write_text("{}")
    os.chmod(old, 0o644)
    lc = LocalCloud(state, persist=True)
    lc.start()
    try:
        client(lc.endpoints, "iot").create_keys_and_certificate(setAsActive=False)  # mints the CA (and its key)
        assert lc.ca_pem()
    finally:
        lc.stop()  # saves the state, CA key included
    assert (state / "state" / "iot.json").is_file()
    modes = _modes(state)
    assert all(mode in ("0o700", "0o600") for mode in modes.values()), modes


@posix_only
def test_make_private_leaves_symlinks_and_tight_modes_alone(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    root = tmp_path / "root"
    root.mkdir(mode=0o755)
    (root / "link").symlink_to(outside)
    (root / "tight").write_text("x")
    os.chmod(root / "tight", 0o400)
    make_private(root)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # not ours to change through a link
    assert stat.S_IMODE((root / "tight").stat().st_mode) == 0o400
