"""Jobs fixtures: a real embedded cloud (ministack child process) per test, bootstrapped with bucket and role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import bootstrap
from station.demo import EmbeddedCloud
from station.jobs.catalog import Catalog
from station.profile import Profile, load_profile

pytest.importorskip("ministack")
pytestmark = pytest.mark.cloud


@pytest.fixture
def profile() -> Profile:
    return load_profile(None)


@pytest.fixture
def embedded(tmp_path: Path, profile: Profile) -> Iterator[EmbeddedCloud]:
    cloud = EmbeddedCloud(tmp_path / "cloud")
    cloud.start()
    try:
        assert cloud.cloud is not None
        bootstrap(cloud.cloud, profile)
        yield cloud
    finally:
        cloud.close()


@pytest.fixture
def cloud(embedded: EmbeddedCloud) -> IotCloud:
    assert embedded.cloud is not None
    return embedded.cloud


@pytest.fixture
def catalog(cloud: IotCloud, profile: Profile) -> Catalog:
    return Catalog(cloud, profile.catalog)


def add_unit(cloud: IotCloud, thing: str, model: str, group: str | None) -> str:
    """A provisioned unit as far as jobs care: a typed thing, in its group."""
    arn = cloud.ensure_thing(thing, model, {"serial": thing.rsplit("-", 1)[-1]})
    if group:
        cloud.add_to_group(thing, group)
    return arn


def execution_status(cloud: IotCloud, job_id: str, thing: str) -> str:
    ex: dict[str, Any] = cloud.iot.describe_job_execution(jobId=job_id, thingName=thing)["execution"]
    return str(ex["status"])
