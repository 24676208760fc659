"""AWS IoT's default API rate quotas as shipped in resources/aws-quotas.json: one reader for every user."""

# The station's limiter starts from these, the strict embedded cloud enforces them and `station cloud check`
# computes the line-rate ceiling from them; each entry names its source page and the date it was read.

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

QUOTA_FILE = "aws-quotas.json"


@dataclass(frozen=True)
class Quota:
    """One operation's default rate (requests per second, per account and region) and where it comes from."""

    operation: str
    tps: float
    source: str
    quota_code: str = ""


@functools.cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("resources").joinpath(QUOTA_FILE).read_text("utf-8"))
    return data


def default_quotas() -> dict[str, Quota]:
    """Operation -> its documented default quota (IoT control plane; operations not listed have none)."""
    data = _table()
    sources: dict[str, str] = data.get("sources", {})
    return {op: Quota(op, float(entry["tps"]), sources.get(entry.get("source", ""), entry.get("source", "")),
                      str(entry.get("quota_code", "")))
            for op, entry in data["iot"].items()}


def default_rates() -> dict[str, float]:
    """Operation -> default TPS."""
    return {op: q.tps for op, q in default_quotas().items()}


def source_page() -> dict[str, str]:
    """Title, URL and date read of the quota page the figures stand for."""
    page: dict[str, str] = _table().get("page", {})
    return page
