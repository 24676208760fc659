"""Jobs fixtures on the shared `embedded` cloud (tests/conftest.py): its client, the catalog, units in groups."""

from __future__ import annotations

from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.jobs.catalog import Catalog
from station.profile import Profile
from tests.integration.helpers import as_admin

pytest.importorskip("ministack")
pytestmark = pytest.mark.cloud


@pytest.fixture
def cloud(embedded: EmbeddedCloud) -> IotCloud:
    assert embedded.cloud is not None
    return embedded.cloud


@pytest.fixture
def catalog(cloud: IotCloud, profile: Profile) -> Catalog:
    return Catalog(cloud, profile.catalog)


def add_unit(cloud: IotCloud, thing: str, model: str, group: str | None) -> str:
    """A provisioned unit as far as jobs care: a typed thing, in its group (arranged by the administrator)."""
    admin = as_admin(cloud)
    arn = admin.ensure_thing(thing, model, {"serial": thing.rsplit("-", 1)[-1]})
    if group:
        admin.add_to_group(thing, group)
    return arn


def execution_status(cloud: IotCloud, job_id: str, thing: str) -> str:
    # Through the jobs' retry: DescribeJobExecution shares AWS's 10 TPS quota with the station's own calls.
    ex: dict[str, Any] = cloud.iot.describe_job_execution(jobId=job_id, thingName=thing)["execution"]
    return str(ex["status"])
