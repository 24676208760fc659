"""Reaching the profile's cloud: AWS through boto3's chain, or the embedded local cloud started on demand."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from station import paths
from station.cloud.adapter import IotCloud
from station.cloud.session import CloudTarget
from station.localcloud.launcher import LocalCloud, LocalCloudEndpoints
from station.profile import Profile, load_profile


def embedded_target(endpoints: LocalCloudEndpoints, ca_pem: bytes) -> CloudTarget:
    """The embedded cloud as a CloudTarget: only endpoint, credentials and device CA differ from AWS."""
    return CloudTarget(region=endpoints.region, endpoint_url=endpoints.http_url,
                       access_key_id=endpoints.access_key_id, secret_access_key=endpoints.secret_access_key,
                       mqtt_endpoint=endpoints.mqtt_endpoint, ca_pem=ca_pem)


class EmbeddedCloud:
    """A started local cloud plus the IotCloud adapter pointing at it."""

    def __init__(self, state_dir: Path | None = None, *, persist: bool = False) -> None:
        self._tmp = None if state_dir else Path(tempfile.mkdtemp(prefix="station-cloud-"))
        self.state_dir = state_dir or self._tmp
        assert self.state_dir is not None
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.local = LocalCloud(self.state_dir, persist=persist)
        self.endpoints: LocalCloudEndpoints | None = None
        self.cloud: IotCloud | None = None

    def start(self) -> IotCloud:
        self.endpoints = self.local.start()
        self.cloud = IotCloud(embedded_target(self.endpoints, self.local.ca_pem()))
        return self.cloud

    def close(self) -> None:
        self.local.stop()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)


@contextlib.contextmanager
def profile_cloud(profile_path: str | Path | None) -> Iterator[tuple[Profile, IotCloud]]:
    """The profile and its cloud, as every command reaches it: AWS through boto3's normal credential chain,
    or the embedded cloud with its state kept in the data dir (started here, stopped on exit)."""
    profile = load_profile(profile_path)
    if not profile.embedded:
        yield profile, IotCloud(CloudTarget.aws(profile.cloud))
        return
    embedded = EmbeddedCloud(paths.data_dir() / "localcloud", persist=True)
    try:
        yield profile, embedded.start()
    finally:
        embedded.close()
