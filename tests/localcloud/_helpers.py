"""boto3 clients bound to the embedded cloud."""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config

from station.localcloud.launcher import LocalCloudEndpoints


def client(endpoints: LocalCloudEndpoints, service: str, url: str | None = None, **config: Any) -> Any:
    """A boto3 client for the embedded cloud (optionally through another URL, e.g. the fault proxy)."""
    # Any: boto3-stubs only type literal service names.
    boto: Any = boto3
    return boto.client(
        service,
        endpoint_url=url or endpoints.http_url,
        region_name=endpoints.region,
        aws_access_key_id=endpoints.access_key_id,
        aws_secret_access_key=endpoints.secret_access_key,
        config=Config(**config) if config else None,
    )
