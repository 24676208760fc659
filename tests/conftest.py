"""Shared fixtures: a private STATION_HOME per test; the demo profile; a real, bootstrapped embedded cloud."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.cloud.connect import EmbeddedCloud
from station.profile import Profile, load_profile


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "station-home"
    home.mkdir()
    monkeypatch.setenv("STATION_HOME", str(home))
    # Real AWS credentials of the developer must never be used by the tests.
    for var in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "no-aws-credentials"))
    yield home


@pytest.fixture
def profile() -> Profile:
    return load_profile(None)


@pytest.fixture
def embedded(tmp_path: Path, profile: Profile) -> Iterator[EmbeddedCloud]:
    """The embedded cloud (ministack child process on loopback), bootstrapped for the demo profile."""
    pytest.importorskip("ministack")  # here, not at module level: only tests that use it need it
    from station.cloud.bootstrap import bootstrap

    cloud = EmbeddedCloud(tmp_path / "cloud")
    cloud.start()
    try:
        assert cloud.cloud is not None
        bootstrap(cloud.cloud, profile)
        yield cloud
    finally:
        cloud.close()
