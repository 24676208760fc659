"""Claim certificates for fleet-claim: one CreateProvisioningClaim shared by every unit, renewed before it expires."""

# A claim lives five minutes (AWS), so every board of a busy line can share one: the station asks once, hands
# the same certificate to every unit that asks within claim_refresh_seconds, and never hands out one that
# a board could not finish its registration with (less than MIN_REMAINING seconds left). The claim's
# private key exists only here, in memory: never logged, recorded or written to disk by the station; the
# source's copy is overwritten when a newer claim replaces it.

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from botocore.exceptions import ClientError
from cryptography import x509

from station.cloud.adapter import IotCloud
from station.cloud.retry import error_code
from station.errors import CloudError
from station.messages import message
from station.profile import FleetClaimSettings

#: A claim with less than this many seconds left is never handed out: the board needs time to connect,
#: send its CSR and register before AWS stops accepting the claim certificate.
MIN_REMAINING = 30.0
#: AWS's documented lifetime of a CreateProvisioningClaim certificate, used when its answer gives none.
CLAIM_LIFETIME = 300.0

_NO_TEMPLATE = message("fleet.claim-no-template", "AWS IoT has no provisioning template '{template}' to make a "
                       "claim certificate for")
_NO_TEMPLATE_REMEDY = message("remedy.fleet-claim-no-template", "The line engineer runs 'station cloud bootstrap' "
                              "with this fleet-claim profile (it creates the template), then retries the unit.")()
_SHORT_LIVED = message("fleet.claim-short-lived", "the claim certificate AWS issued has only {seconds} s left")
_SHORT_LIVED_REMEDY = message("remedy.fleet-claim-short-lived", "Check the station computer's clock (it must "
                              "follow network time), then retry the unit.")()


@dataclass(frozen=True)
class Claim:
    """A claim certificate and its key (PEM). ``private_key_pem`` is the caller's own copy: clear it when written."""

    certificate_pem: str
    private_key_pem: bytearray
    certificate_id: str
    expires: float  # time.time() based

    def __repr__(self) -> str:  # the key must never reach a log line through a repr
        return f"Claim(certificate_id={self.certificate_id!r}, expires={self.expires!r})"


class ClaimSource:
    """Thread-safe: many units ask at once, AWS is asked once; the claim is kept in memory only."""

    def __init__(self, cloud: IotCloud, settings: FleetClaimSettings, *,
                 clock: Callable[[], float] = time.time) -> None:
        self._cloud = cloud
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._current: Claim | None = None
        self._obtained = 0.0

    @property
    def template(self) -> str:
        return self._settings.template

    def current(self) -> Claim:
        """A claim with at least MIN_REMAINING seconds left, younger than claim_refresh_seconds (blocking).

        Each caller gets its own copy of the key, so clearing it after the write cannot spoil another unit's.
        """
        with self._lock:
            now = self._clock()
            claim = self._current
            if (claim is None or now - self._obtained >= self._settings.claim_refresh_seconds
                    or claim.expires - now < MIN_REMAINING):
                claim = self._renew(now)
            return Claim(claim.certificate_pem, bytearray(claim.private_key_pem), claim.certificate_id,
                         claim.expires)

    def clear(self) -> None:
        """Forget the claim and overwrite its key (the station stops, or the profile changed)."""
        with self._lock:
            self._replace(None, 0.0)

    def _replace(self, claim: Claim | None, obtained: float) -> None:
        old = self._current
        if old is not None:
            old.private_key_pem[:] = bytes(len(old.private_key_pem))
        self._current, self._obtained = claim, obtained

    def _renew(self, now: float) -> Claim:
        try:
            # Through the identity's gateway (cloud.iot): limited and retried like every other call.
            answer: dict[str, Any] = self._cloud.iot.create_provisioning_claim(templateName=self.template)
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                raise CloudError(_NO_TEMPLATE(template=self.template), remedy=_NO_TEMPLATE_REMEDY) from None
            raise
        pair = answer.get("keyPair") or {}
        key = bytearray(str(pair.get("PrivateKey", "")).encode("ascii"))
        pair.clear()  # drop the answer's own reference to the key text
        pem = str(answer["certificatePem"])
        # AWS states the expiry in wall-clock time; kept on the source's clock (the same, unless injected).
        expires = now + (_expiry(answer.get("expiration"), pem) - time.time())
        claim = Claim(pem, key, str(answer["certificateId"]), expires)
        left = claim.expires - now
        if left < MIN_REMAINING:
            key[:] = bytes(len(key))
            raise CloudError(_SHORT_LIVED(seconds=round(left)), remedy=_SHORT_LIVED_REMEDY, retryable=True)
        self._replace(claim, now)
        return claim


def _expiry(expiration: object, certificate_pem: str) -> float:
    """The earlier of AWS's stated expiration and the certificate's own notAfter (wall-clock seconds)."""
    stated = (expiration.timestamp() if isinstance(expiration, datetime)
              else float(expiration) if isinstance(expiration, (int, float)) else time.time() + CLAIM_LIFETIME)
    try:
        cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    except ValueError:
        return stated
    return min(stated, cert.not_valid_after_utc.timestamp())
