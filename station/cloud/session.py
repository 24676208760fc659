"""boto3 session and clients: the embedded cloud differs from real AWS only in endpoint and credentials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

from station.cloud.gateway import Gateway
from station.profile import CloudSettings


@dataclass(frozen=True)
class CloudTarget:
    """Where the control plane is and how devices reach MQTT.

    For real AWS ``endpoint_url`` is None and credentials come from boto3's own
    chain (environment, named profile, SSO); the project never stores any.
    """

    region: str
    profile: str = ""
    endpoint_url: str | None = None
    # The embedded cloud's fixed local credentials; never used for real AWS.
    access_key_id: str | None = None
    secret_access_key: str | None = None
    # host:port devices dial; None = ask DescribeEndpoint (real AWS, port 8883)
    mqtt_endpoint: str | None = None
    ca_pem: bytes | None = None  # None = Amazon Root CA 1 from resources/

    @classmethod
    def aws(cls, settings: CloudSettings) -> CloudTarget:
        ca = Path(settings.ca_file).read_bytes() if settings.ca_file else None
        return cls(region=settings.region, profile=settings.profile, endpoint_url=settings.endpoint_url or None,
                   mqtt_endpoint=settings.mqtt_endpoint or None, ca_pem=ca)


def make_session(target: CloudTarget) -> boto3.session.Session:
    if target.access_key_id is not None:
        return boto3.session.Session(aws_access_key_id=target.access_key_id,
                                     aws_secret_access_key=target.secret_access_key,
                                     region_name=target.region)
    return boto3.session.Session(profile_name=target.profile or None, region_name=target.region)


def client_config(service: str, pool: int = 64) -> Config:
    # Retries are the gateway's (station.cloud.gateway, installed as botocore hooks) so that waiting is
    # visible per unit and shares one limiter; botocore's own retry would hide throttling in a silent call.
    config = Config(retries={"total_max_attempts": 1, "mode": "standard"}, max_pool_connections=pool,
                    connect_timeout=5, read_timeout=30)
    if service == "s3":
        # Pre-signed URLs must be SigV4 (the embedded cloud verifies only those) and
        # path-style, which works for every bucket name and for a local endpoint.
        config = config.merge(Config(signature_version="s3v4", s3={"addressing_style": "path"}))
    return config


def make_client(session: boto3.session.Session, service: str, target: CloudTarget, pool: int = 64,
                gateway: Gateway | None = None) -> Any:
    """A boto3 client of ``service``; with ``gateway`` its every request is limited and retried there."""
    client = session.client(service, endpoint_url=target.endpoint_url,  # type: ignore[call-overload]
                            config=client_config(service, pool))
    return gateway.install(client) if gateway is not None else client
