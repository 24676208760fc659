"""Reaching the profile's cloud: AWS through boto3's chain, or the embedded local cloud started on demand."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from station import paths
from station.cloud.adapter import IotCloud
from station.cloud.session import CloudTarget
from station.localcloud.identities import Identities, LocalIdentity, ensure_identities, grant
from station.localcloud.launcher import LocalCloud, LocalCloudEndpoints
from station.localcloud.runtime_dir import RuntimeDir
from station.localcloud.stop_signals import stop_signals
from station.profile import Profile, load_profile

#: Who acts: the station (least privilege, every unit and QA/engineer action) or the engineer (bootstrap).
Role = Literal["station", "engineer"]


def embedded_target(endpoints: LocalCloudEndpoints, ca_pem: bytes,
                    identity: LocalIdentity | None = None) -> CloudTarget:
    """The embedded cloud as a CloudTarget: only endpoint, credentials and device CA differ from AWS.

    Without ``identity`` it is the account administrator (ministack's root key), which only creates the
    identities and lets tests inspect the account; the station never runs with it.
    """
    key, secret = ((identity.access_key_id, identity.secret_access_key) if identity is not None
                   else (endpoints.access_key_id, endpoints.secret_access_key))
    return CloudTarget(region=endpoints.region, endpoint_url=endpoints.http_url, access_key_id=key,
                       secret_access_key=secret, mqtt_endpoint=endpoints.mqtt_endpoint, ca_pem=ca_pem)


class EmbeddedCloud:
    """A started local cloud (strict: judged as AWS judges) and the three identities that use it.

    ``cloud`` is the station's least-privilege user, ``engineer_cloud`` the bootstrap user, ``admin_cloud``
    the account administrator that created both (tests inspect the account with it).
    """

    def __init__(self, state_dir: Path | None = None, *, persist: bool = False, profile: Profile | None = None,
                 **local: Any) -> None:
        # Without a state dir: a locked temporary one, which the next start removes if this process is killed.
        self._tmp: RuntimeDir | None = None
        if state_dir:
            self.state_dir = Path(state_dir)
        else:
            self._tmp = RuntimeDir()
            self.state_dir = self._tmp.path
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.profile = profile or load_profile(None)
        # An account with raised quotas ([cloud.quotas]) is emulated with them.
        local.setdefault("quota_overrides", dict(self.profile.cloud.quotas) or None)
        self.local = LocalCloud(self.state_dir, persist=persist, **local)
        self.endpoints: LocalCloudEndpoints | None = None
        self.identities: Identities | None = None
        self.cloud: IotCloud | None = None
        self.engineer_cloud: IotCloud | None = None
        self.admin_cloud: IotCloud | None = None

    def start(self) -> IotCloud:
        """Start the cloud, create the identities for the profile; returns the station's IotCloud."""
        self.endpoints = self.local.start()
        ca = self.local.ca_pem()
        self.admin_cloud = IotCloud(embedded_target(self.endpoints, ca))
        self.identities = ensure_identities(self.admin_cloud, self.profile)
        self.engineer_cloud = IotCloud(embedded_target(self.endpoints, ca, self.identities.engineer))
        self.cloud = IotCloud(embedded_target(self.endpoints, ca, self.identities.station))
        return self.cloud

    def as_role(self, role: Role) -> IotCloud:
        cloud = self.engineer_cloud if role == "engineer" else self.cloud
        assert cloud is not None, "start() first"
        return cloud

    def grant(self, profile: Profile) -> None:
        """Re-render both identities' policies for another profile (its prefixes, groups, attach mode)."""
        assert self.admin_cloud is not None, "start() first"
        self.profile = profile
        grant(self.admin_cloud, profile)

    def credentials_env(self, role: Role = "station") -> dict[str, str]:
        """The identity's key as boto3's environment variables, for a station started as a subprocess."""
        assert self.identities is not None, "start() first"
        who = self.identities.engineer if role == "engineer" else self.identities.station
        return {"AWS_ACCESS_KEY_ID": who.access_key_id, "AWS_SECRET_ACCESS_KEY": who.secret_access_key}

    def serve_until_stopped(self, announce: Callable[[], None]) -> int:
        """Start, ``announce()``, then block until SIGTERM/SIGINT/SIGHUP; always closes; returns the signal.

        The handlers go in before the start, so a stop asked for while starting still ends in ``close()``:
        the child is stopped (its state saved) and reaped, and no temporary folder is left.
        """
        with stop_signals() as stop:
            try:
                self.start()
                announce()
                return stop.wait()
            finally:
                self.close()

    def close(self) -> None:
        self.local.stop()
        if self._tmp is not None:
            self._tmp.remove()


@contextlib.contextmanager
def profile_cloud(profile_path: str | Path | None, *, role: Role = "station") -> Iterator[tuple[Profile, IotCloud]]:
    """The profile and its cloud, as every command reaches it: AWS through boto3's normal credential chain
    (whoever runs the command: the station's role on a line PC, the engineer's for bootstrap), or the
    embedded cloud with its state kept in the data dir, as the station's or the engineer's identity."""
    profile = load_profile(profile_path)
    if not profile.embedded:
        yield profile, IotCloud(CloudTarget.aws(profile.cloud))
        return
    embedded = EmbeddedCloud(paths.data_dir() / "localcloud", persist=True, profile=profile)
    try:
        embedded.start()
        yield profile, embedded.as_role(role)
    finally:
        embedded.close()
