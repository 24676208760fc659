"""After a benchmark: every board plugged is accounted for in the records (SQLite) and the cloud, nothing orphaned."""

# The cloud is read back independently of the station: the embedded account's administrator, through its own
# gateway (so the audit's calls respect the account's quotas too and are retried when throttled). Each passed
# unit costs one ListThingPrincipals or ListPrincipalThings (10 TPS each): N units take about N / 20 seconds.

from __future__ import annotations

import concurrent.futures
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from station.cloud.adapter import IotCloud
from station.profile import Profile
from station.records.model import Outcome, UnitRecord

FINISHED_OK = (Outcome.PASSED, Outcome.READY)


@dataclass
class Audit:
    """What the check found: counts, and the anomalies that make the benchmark fail."""

    boards: int = 0
    records: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    passed_cloud_ok: int = 0
    things: int = 0
    active_certificates: int = 0
    left_by_failed_units: int = 0
    anomalies: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.anomalies

    def line(self) -> str:
        verdict = "OK" if self.ok else f"BROKEN ({len(self.anomalies)} anomalies)"
        return (f"accounting {verdict}: {self.boards} boards, {self.records} records {self.outcomes}, "
                f"{self.passed_cloud_ok} passed units verified in the cloud, {self.things} things, "
                f"{self.active_certificates} ACTIVE certificates ({self.left_by_failed_units} of failed units, "
                "each known to its record)")

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "boards": self.boards, "records": self.records, "outcomes": self.outcomes,
                "passed_cloud_ok": self.passed_cloud_ok, "things": self.things,
                "active_certificates": self.active_certificates,
                "left_by_failed_units": self.left_by_failed_units, "anomalies": self.anomalies[:50]}


def check_records(serials: Iterable[str], records: list[UnitRecord], audit: Audit) -> dict[str, UnitRecord]:
    """One finished record per board plugged (fresh serials: one attempt each); returns serial -> record."""
    by_serial: dict[str, list[UnitRecord]] = defaultdict(list)
    for r in records:
        by_serial[r.serial].append(r)
    plugged = list(serials)
    audit.boards, audit.records = len(plugged), len(records)
    audit.outcomes = dict(Counter(r.outcome.value for r in records))
    mine: dict[str, UnitRecord] = {}
    for s in plugged:
        got = by_serial.get(s, [])
        if len(got) != 1:
            audit.anomalies.append(f"{s}: {len(got)} records, expected 1")
            continue
        r = mine[s] = got[0]
        if r.outcome in (Outcome.RUNNING, Outcome.INTERRUPTED):
            audit.anomalies.append(f"{s}: record is {r.outcome.value}, not finished")
        elif r.outcome is Outcome.FAILED and (r.error is None or not (r.error.step and r.error.cause
                                                                      and r.error.remedy)):
            audit.anomalies.append(f"{s}: failed without step, cause and remedy")
    unknown = sorted({r.serial for r in records} - set(plugged))
    if unknown:
        audit.anomalies.append(f"records of boards never plugged: {unknown[:10]}")
    return mine


def _pages(client: Any, operation: str, key: str, **kwargs: Any) -> list[Any]:
    return [item for page in client.get_paginator(operation).paginate(**kwargs) for item in page.get(key, [])]


def check_cloud(admin: IotCloud, profile: Profile, mine: dict[str, UnitRecord], audit: Audit) -> None:
    """Passed units: their thing, its one ACTIVE certificate (the record's), group, policy. No orphans."""
    iot = admin.iot
    names = {r.thing_name for r in mine.values() if r.thing_name}
    things = {t["thingName"] for t in _pages(iot, "list_things", "things", PaginationConfig={"PageSize": 250})}
    listed = _pages(iot, "list_certificates", "certificates", PaginationConfig={"PageSize": 250})
    certs = {c["certificateId"]: c["status"] for c in listed}
    arns = {c["certificateId"]: c["certificateArn"] for c in listed}
    audit.things = len(names & things)
    groups = {g for r in mine.values() for g in r.groups}
    members = {g: set(_pages(iot, "list_things_in_thing_group", "things", thingGroupName=g)) for g in groups}
    targets = {a.rsplit("/", 1)[-1] for a in
               _pages(iot, "list_targets_for_policy", "targets", policyName=profile.policy_name)}
    on_group = profile.policy_attach_to == "group"
    passed = sorted((r for r in mine.values() if r.outcome in FINISHED_OK), key=lambda r: r.serial)

    # The attachment of each passed unit is read from one side or the other, alternately: ListThingPrincipals
    # (thing -> its certificates) and ListPrincipalThings (certificate -> its things) have a quota of 10 TPS
    # each, so the audit runs at 20 units/s instead of 10.
    def attachment(item: tuple[int, UnitRecord]) -> str:
        i, r = item
        if r.thing_name not in things:
            return "thing missing"
        if i % 2 == 0:
            on_thing = [a.rsplit("/", 1)[-1] for a in
                        _pages(iot, "list_thing_principals", "principals", thingName=r.thing_name)]
            active = [c for c in on_thing if certs.get(c) == "ACTIVE"]
            return "" if active == [r.certificate_id] else \
                f"ACTIVE attached certificates {active}, record says {r.certificate_id}"
        if certs.get(r.certificate_id) != "ACTIVE":
            return f"certificate {r.certificate_id} is {certs.get(r.certificate_id, 'missing')}"
        on_cert = _pages(iot, "list_principal_things", "things", principal=arns[r.certificate_id])
        return "" if on_cert == [r.thing_name] else f"certificate attached to {on_cert}, record says {r.thing_name}"

    with concurrent.futures.ThreadPoolExecutor(8, thread_name_prefix="audit") as pool:
        found = list(pool.map(attachment, enumerate(passed)))
    for r, attached in zip(passed, found, strict=True):
        problems = [attached] if attached else []
        missing = [g for g in r.groups if r.thing_name not in members.get(g, set())]
        if missing:
            problems.append(f"not in group(s) {missing}")
        if on_group:
            if not any(g in targets for g in r.groups):
                problems.append(f"policy {profile.policy_name} on none of its groups {list(r.groups)}")
        elif r.certificate_id not in targets:
            problems.append("policy not attached to its certificate")
        if problems:
            audit.anomalies.append(f"{r.serial} ({r.thing_name}): " + "; ".join(problems))
        else:
            audit.passed_cloud_ok += 1
    # Every ACTIVE certificate is a passed unit's, or one its failed attempt recorded (certificate id, or its
    # failure's 'created' list), or attached only to things outside this run (a baseline's, the bootstrap's);
    # anything else is an orphan nobody knows about.
    known_ok = {r.certificate_id for r in passed}
    known_failed = {r.certificate_id for r in mine.values() if r.outcome is Outcome.FAILED and r.certificate_id}
    known_failed |= {w for r in mine.values() if r.error for c in r.error.created for w in c.split()}
    audit.active_certificates = sum(st == "ACTIVE" for c, st in certs.items() if c in known_ok | known_failed)
    audit.left_by_failed_units = sum(certs.get(c) == "ACTIVE" for c in known_failed - known_ok)
    for c, status in sorted(certs.items()):
        if status != "ACTIVE" or c in known_ok or c in known_failed:
            continue
        on = set(_pages(iot, "list_principal_things", "things", principal=arns[c]))
        if on & names:
            audit.anomalies.append(f"certificate {c} is ACTIVE on a thing of this run and no record knows it")
        elif not on:
            audit.anomalies.append(f"certificate {c} is ACTIVE, attached to no thing, and no record knows it")


def account(serials: Iterable[str], records: list[UnitRecord], admin: IotCloud, profile: Profile) -> Audit:
    """The full check: records first, then the cloud."""
    audit = Audit()
    mine = check_records(serials, records, audit)
    check_cloud(admin, profile, mine, audit)
    return audit
