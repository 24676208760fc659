"""Security fixtures: the demo profile; the embedded cloud only for the test that runs a station."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.profile import Profile, load_profile


@pytest.fixture
def profile() -> Profile:
    return load_profile(None)


@pytest.fixture
def embedded(tmp_path: Path, profile: Profile) -> Iterator[object]:
    pytest.importorskip("ministack")
    from station.cloud.bootstrap import bootstrap
    from station.demo import EmbeddedCloud

    cloud = EmbeddedCloud(tmp_path / "cloud")
    cloud.start()
    try:
        assert cloud.cloud is not None
        bootstrap(cloud.cloud, profile)
        yield cloud
    finally:
        cloud.close()
