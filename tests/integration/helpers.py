"""Helpers for integration tests: run a Station over a virtual fleet; inspect the cloud with plain boto3."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import boto3

from station.cloud.adapter import IotCloud
from station.demo import run_until_settled
from station.pipeline.events import Event
from station.pipeline.scheduler import Station, Summary
from station.profile import Profile
from station.virtual.fleet import VirtualFleet

#: The embedded cloud's account administrator key (ministack's root; never the station's).
ADMIN_KEY = "test"


def run_station(profile: Profile, cloud: IotCloud, fleet: VirtualFleet, *, expected: int | None = None,
                timeout: float = 90, **station_kwargs: Any) -> tuple[Summary, list[Event], Station]:
    events: list[Event] = []
    station = Station(profile, cloud, [fleet.provider], poll_interval=0.1, **station_kwargs)
    station.bus.subscribe(events.append)
    summary = asyncio.run(run_until_settled(station, expected or len(fleet), timeout=timeout))
    return summary, events, station


def with_profile(profile: Profile, **changes: Any) -> Profile:
    return dataclasses.replace(profile, **changes)


def as_admin(cloud: IotCloud) -> IotCloud:
    """The same embedded cloud as its account administrator: for arranging what the station may not do itself
    (things outside its prefixes, a device's own data-plane calls), never for the station's own calls."""
    return IotCloud(dataclasses.replace(cloud.target, access_key_id=ADMIN_KEY, secret_access_key=ADMIN_KEY))


def iot_client(cloud: IotCloud) -> Any:
    """An independent boto3 client (not the station's adapter) for checking what the cloud holds.

    It is the embedded account's administrator (ministack's root key), which sees everything; the station
    itself runs with its least-privilege identity.
    """
    t = cloud.target
    return boto3.client("iot", endpoint_url=t.endpoint_url, region_name=t.region,
                        aws_access_key_id=ADMIN_KEY, aws_secret_access_key=ADMIN_KEY)


def cloud_inventory(iot: Any) -> dict[str, Any]:
    """Everything provisioning can create, to compare before/after a re-run."""
    things = sorted(t["thingName"] for t in iot.list_things(maxResults=250)["things"])
    certs = sorted((c["certificateId"], c["status"]) for c in iot.list_certificates(pageSize=250)["certificates"])
    principals = {t: sorted(iot.list_thing_principals(thingName=t)["principals"]) for t in things}
    groups = {t: sorted(g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=t)["thingGroups"])
              for t in things}
    policy_targets = sorted(iot.list_targets_for_policy(policyName="provisioning-station-device")["targets"])
    return {"things": things, "certs": certs, "principals": principals, "groups": groups,
            "policy_targets": policy_targets}


def active_certs(iot: Any, thing: str) -> list[dict[str, Any]]:
    out = []
    for arn in iot.list_thing_principals(thingName=thing)["principals"]:
        d = iot.describe_certificate(certificateId=arn.rsplit("/", 1)[-1])["certificateDescription"]
        if d["status"] == "ACTIVE":
            out.append(d)
    return out
