"""What a certificate mode needs open while the station runs: the line CA (factory-ca) or the claim source."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from station.cloud.adapter import IotCloud
from station.profile import Profile


@contextlib.contextmanager
def mode_services(profile: Profile, cloud: IotCloud) -> Iterator[dict[str, Any]]:
    """Station keyword arguments for the profile's certificates.mode, closed (token, claim key) on exit.

    factory-ca opens the line CA's PKCS#11 token (its PIN from the environment variable the profile names; a
    missing token or PIN is a StationError naming the profile key); fleet-claim keeps a claim in memory only.
    """
    if profile.cert_mode == "factory-ca":
        from station.ca import LineCa

        line_ca = LineCa.open(profile.factory_ca)
        try:
            yield {"line_ca": line_ca}
        finally:
            line_ca.close()
    elif profile.cert_mode == "fleet-claim":
        from station.cloud.claims import ClaimSource

        source = ClaimSource(cloud, profile.fleet_claim)
        try:
            yield {"claim_source": source}
        finally:
            source.clear()  # the claim's key is overwritten, not left to the garbage collector
    else:
        yield {}
