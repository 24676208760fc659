"""What "nothing orphaned" means, checked against the cloud as its administrator: helpers for the fault tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from station.records import RecordStore


def _all(iot: Any, operation: str, key: str, **kwargs: Any) -> list[Any]:
    return [item for page in iot.get_paginator(operation).paginate(**kwargs) for item in page.get(key, [])]


def attached_certificates(iot: Any) -> dict[str, list[str]]:
    """thing name -> ids of the certificates attached to it."""
    return {t["thingName"]: [p.rsplit("/", 1)[-1] for p in _all(iot, "list_thing_principals", "principals",
                                                                thingName=t["thingName"])]
            for t in _all(iot, "list_things", "things")}


def active_certificates(iot: Any) -> set[str]:
    return {c["certificateId"] for c in _all(iot, "list_certificates", "certificates") if c["status"] == "ACTIVE"}


def recorded_certificates(store: RecordStore) -> set[str]:
    """Every certificate the records know: issued (set when issued) or named by a failure's created list."""
    known = {r.certificate_id for r in store.query() if r.certificate_id}
    for r in store.query():
        for line in (r.error.created if r.error is not None else []):
            known |= {word for word in line.split() if len(word) == 64}
    return known


def unaccounted(iot: Any, known: Iterable[str]) -> list[str]:
    """ACTIVE certificates attached to no thing and unknown to the station: orphans."""
    attached = {c for certs in attached_certificates(iot).values() for c in certs}
    return sorted(active_certificates(iot) - attached - set(known))


def duplicates(iot: Any) -> dict[str, list[str]]:
    """Things with more than one ACTIVE certificate attached."""
    active = active_certificates(iot)
    return {thing: [c for c in certs if c in active] for thing, certs in attached_certificates(iot).items()
            if len([c for c in certs if c in active]) > 1}
