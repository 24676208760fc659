"""Records fixtures: a records database in the test's tmp dir; the embedded cloud only for the integration test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.profile import Profile, load_profile
from station.records import RecordStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(db_path)
    try:
        yield s
    finally:
        s.close()


# Copied from tests/integration/conftest.py; the importorskip moved into the fixture so that only the
# one integration test needs ministack.
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
