"""Audit-chain anchors in S3: write-once copies of the chain's head, so a rewrite on the PC cannot go unseen.

A hash chain anyone can recompute proves nothing by itself: whoever can edit the SQLite file can also
recompute every link after the edit. So, after audit entries are written, the head of the chain (the last
entry's id and link) is stored in the records bucket with a conditional PUT (``If-None-Match: *``) under

    {records prefix}{station}/audit-chain/{entry id:012d}-{link}.anchor

The station's IAM policy grants no DeleteObject, and a conditional PUT never replaces an object, so an anchor,
once stored, stays. ``verify`` lists the anchors (the key carries the link: no object needs reading) and
compares each with the link recomputed from the database: a rewritten chain, or an entry dropped at the end,
disagrees with an anchor written before. The ``.anchor`` suffix keeps these keys out of the record listing
(station.records.s3sink reads ``.json`` keys only).
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from station.cloud.refusals import explain_refusal
from station.errors import CloudError
from station.messages import message
from station.records.chain import ChainCheck
from station.records.store import RecordStore

if TYPE_CHECKING:
    from station.cloud.adapter import IotCloud
    from station.profile import Profile

log = logging.getLogger("station.records.anchor")
_ANCHOR_FAILED = message("records.anchor-failed", "{operation} on {where} failed: {code}: {answer}")
_ANCHOR_REMEDY = message("remedy.anchor",
                         "Check the records bucket and the station's IAM policy (station cloud policy).")()

_SAFE = re.compile(r"[^A-Za-z0-9._-]")
_KEY = re.compile(r"(\d{12})-([0-9a-f]{64})\.anchor")
_EXISTS = ("PreconditionFailed", "412")


@dataclass(frozen=True)
class Anchor:
    """One chain head stored in S3: after entry ``entry_id`` the chain's link was ``link``."""

    entry_id: int
    link: str
    key: str


@dataclass
class AnchorCheck:
    """The local chain compared with the anchors in S3."""

    anchors: int
    last_anchored: int
    problems: list[str]


class AuditAnchor:
    """Stores and lists the chain heads of one station's audit trail under the records prefix."""

    def __init__(self, cloud: IotCloud, bucket: str, prefix: str, station_id: str) -> None:
        self.s3: Any = cloud.client("s3")
        self.bucket = bucket
        self.station_id = station_id
        self.folder = f"{prefix}{_SAFE.sub('_', station_id) or 'unknown-station'}/audit-chain/"

    @classmethod
    def for_profile(cls, cloud: IotCloud, profile: Profile) -> AuditAnchor | None:
        """The profile's records bucket and prefix; None without a records prefix ([records] s3_prefix)."""
        if not profile.records.enabled:
            return None
        return cls(cloud, profile.records_bucket, profile.records.s3_prefix, profile.station_id)

    @property
    def where(self) -> str:
        return f"s3://{self.bucket}/{self.folder}"

    def key(self, entry_id: int, link: str) -> str:
        return f"{self.folder}{entry_id:012d}-{link}.anchor"

    def anchor(self, store: RecordStore) -> Anchor | None:
        """Store the chain's current head (None for an empty trail); an anchor already there is left as it is.

        Raises CloudError when S3 refuses or cannot be reached: the caller decides whether that stops it.
        """
        entry_id, link = store.audit_head()
        if entry_id == 0:
            return None
        key = self.key(entry_id, link)
        body = json.dumps({"station_id": self.station_id, "entry_id": entry_id, "link": link,
                           "anchored_at": time.time()}, sort_keys=True).encode()
        try:
            self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="application/json",
                               IfNoneMatch="*")
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code", "")) not in _EXISTS:  # there already: same head
                raise _refused("PutObject", exc, self.where) from exc
        return Anchor(entry_id, link, key)

    def anchors(self) -> list[Anchor]:
        """Every anchor of this station, oldest entry first (a listing only: the key holds id and link)."""
        found: list[Anchor] = []
        try:
            for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.folder):
                for obj in page.get("Contents", []):
                    m = _KEY.fullmatch(str(obj["Key"])[len(self.folder):])
                    if m:
                        found.append(Anchor(int(m.group(1)), m.group(2), str(obj["Key"])))
        except ClientError as exc:
            raise _refused("ListObjectsV2", exc, self.where) from exc
        return sorted(found, key=lambda a: (a.entry_id, a.link))

    def verify(self, check: ChainCheck) -> AnchorCheck:
        """Compare the recomputed chain with every anchor; each disagreement is a problem in plain words."""
        anchors = self.anchors()
        problems: list[str] = []
        for a in anchors:
            local = check.links.get(a.entry_id)
            if local is None:
                problems.append(f"audit entry {a.entry_id} was anchored in {self.where} but is missing from the "
                                "records database: entries were removed")
            elif local != a.link:
                problems.append(f"audit entry {a.entry_id} differs from its anchor in {self.where}: the trail was "
                                "rewritten up to that entry")
        return AnchorCheck(len(anchors), max((a.entry_id for a in anchors), default=0), problems)


def _refused(operation: str, exc: ClientError, where: str) -> CloudError:
    explained = explain_refusal(operation, exc)
    if explained is not None:
        return explained
    err = exc.response.get("Error", {})
    return CloudError(_ANCHOR_FAILED(operation=operation, where=where, code=str(err.get("Code", "?")),
                                     answer=str(err.get("Message", ""))), step="audit", remedy=_ANCHOR_REMEDY)


def anchor_quietly(anchor: AuditAnchor | None, store: RecordStore) -> str:
    """Anchor the head now; a failure is logged and returned as text, never raised.

    The action was done and audited already; the next anchor covers this entry too (the chain is cumulative).
    """
    if anchor is None:
        return ""
    try:
        anchor.anchor(store)
    except Exception as exc:
        log.warning("the audit trail's head could not be anchored in %s: %s", anchor.where, exc)
        return str(exc)
    return ""
