"""A tiny in-memory fake of IotCloud.describe_thing/update_thing that honours expectedVersion like AWS."""

from __future__ import annotations

import threading
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import ThingResult


class FakeThings:
    """Things with attributes and a version that every write increments; stale writes conflict."""

    def __init__(self, things: dict[str, dict[str, str]], *, interfere: bool = False, fail_with: str = "") -> None:
        self.things: dict[str, dict[str, Any]] = {n: {"attributes": dict(a), "version": 1} for n, a in things.items()}
        self.updates: list[tuple[str, int | None]] = []  # (thing, expectedVersion) of every UpdateThing
        self.conflicts: list[tuple[str, int | None]] = []
        self.interfere = interfere  # another writer touches the thing just before every update
        self.fail_with = fail_with
        self._lock = threading.Lock()

    # -- test helpers ------------------------------------------------------------
    def read(self, name: str) -> ThingResult:
        t = self.things[name]
        return ThingResult(f"arn:aws:iot:eu-west-1:123456789012:thing/{name}", created=False,
                           attributes=dict(t["attributes"]), version=t["version"])

    def write(self, name: str, attributes: dict[str, str]) -> None:
        t = self.things[name]
        t["attributes"].update(attributes)
        t["version"] += 1

    def attributes(self, name: str) -> dict[str, str]:
        return dict(self.things[name]["attributes"])

    # -- the adapter methods ---------------------------------------------------------
    def describe_thing(self, name: str) -> dict[str, Any] | None:
        with self._lock:
            t = self.things.get(name)
            if t is None:
                return None
            return {"thingName": name, "thingArn": self.read(name).arn, "attributes": dict(t["attributes"]),
                    "version": t["version"]}

    def update_thing(self, name: str, thing_type: str | None, attributes: dict[str, str],
                     expected_version: int | None = None) -> None:
        with self._lock:
            self.updates.append((name, expected_version))
            if self.fail_with:
                raise _error(self.fail_with, 400)
            if self.interfere:
                self.write(name, {"touched": str(len(self.updates))})
            t = self.things.get(name)
            if t is None:
                raise _error("ResourceNotFoundException", 404)
            if expected_version is not None and expected_version != t["version"]:
                self.conflicts.append((name, expected_version))
                raise _error("VersionConflictException", 409)
            self.write(name, attributes)


def _error(code: str, status: int) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": code}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       "UpdateThing")
