"""ClaimSource: one CreateProvisioningClaim for many units at once, a new one after claim_refresh_seconds or when
less than 30 s are left, the key in memory only (never in a repr, a log line or the station's home)."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from pathlib import Path

import pytest

from station.cloud.claims import MIN_REMAINING, Claim, ClaimSource
from station.cloud.connect import EmbeddedCloud
from station.errors import CloudError
from station.profile import FleetClaimSettings, Profile

pytestmark = [pytest.mark.timeout(240)]

OP = "CreateProvisioningClaim"


class Clock:
    """An injected time.time(): starts at the wall clock, moves only when the test says so."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def claims_made(embedded: EmbeddedCloud) -> int:
    return embedded.as_role("station").gateway.calls.get(OP, 0)


def test_sixteen_units_asking_at_once_share_one_claim(embedded: EmbeddedCloud, profile: Profile) -> None:
    source = ClaimSource(embedded.as_role("station"), profile.fleet_claim)
    start = threading.Barrier(16)
    got: list[Claim] = []

    def ask() -> None:
        start.wait()
        got.append(source.current())

    threads = [threading.Thread(target=ask) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 16 and claims_made(embedded) == 1
    assert len({c.certificate_id for c in got}) == 1
    # Each unit has its own copy of the key: clearing one (after the write) leaves the others intact.
    assert len({id(c.private_key_pem) for c in got}) == 16
    got[0].private_key_pem[:] = bytes(len(got[0].private_key_pem))
    assert got[1].private_key_pem.startswith(b"-----BEGIN")
    assert got[1].expires - time.time() > MIN_REMAINING


def test_a_new_claim_after_the_refresh_time_and_the_old_key_is_cleared(embedded: EmbeddedCloud,
                                                                        profile: Profile) -> None:
    clock = Clock()
    source = ClaimSource(embedded.as_role("station"), profile.fleet_claim, clock=clock)
    first = source.current()
    held = source._current  # the source's own copy, cleared when replaced
    assert held is not None
    clock.now += profile.fleet_claim.claim_refresh_seconds - 1
    assert source.current().certificate_id == first.certificate_id and claims_made(embedded) == 1
    clock.now += 1
    second = source.current()
    assert second.certificate_id != first.certificate_id and claims_made(embedded) == 2
    assert set(held.private_key_pem) == {0}
    assert first.private_key_pem.startswith(b"-----BEGIN")  # a unit's copy is its own to clear


def test_a_claim_with_less_than_30_s_left_is_never_handed_out(embedded: EmbeddedCloud, profile: Profile) -> None:
    clock = Clock()
    # A refresh time longer than the claim lives: only the 30 s rule can take a new one.
    settings = dataclasses.replace(profile.fleet_claim, claim_refresh_seconds=10_000)
    source = ClaimSource(embedded.as_role("station"), settings, clock=clock)
    first = source.current()
    clock.now = first.expires - MIN_REMAINING + 1
    second = source.current()
    assert second.certificate_id != first.certificate_id
    assert second.expires - clock.now >= MIN_REMAINING


def test_the_claim_key_is_never_logged_nor_written(embedded: EmbeddedCloud, profile: Profile, log_file: Path,
                                                   caplog: pytest.LogCaptureFixture, station_home: Path) -> None:
    # The station's own log set-up (botocore's DEBUG body dumps are kept out there), the station's loggers
    # at DEBUG, and the station's home: the key is in none of them, nor in the claim's repr.
    caplog.set_level(logging.DEBUG, logger="station")
    claim = ClaimSource(embedded.as_role("station"), profile.fleet_claim).current()
    body = bytes(claim.private_key_pem).split(b"\n")[1]  # a line of the key's base64
    assert b"PRIVATE KEY" in claim.private_key_pem and len(body) > 40
    assert body.decode() not in repr(claim) and body.decode() not in caplog.text
    for path in [*station_home.rglob("*"), *log_file.parent.rglob("*")]:
        assert not path.is_file() or body not in path.read_bytes(), path


def test_a_missing_template_is_named_with_its_remedy(embedded: EmbeddedCloud, profile: Profile) -> None:
    settings = FleetClaimSettings(template="no-such-template")
    embedded.grant(dataclasses.replace(profile, fleet_claim=settings))
    with pytest.raises(CloudError) as err:
        ClaimSource(embedded.as_role("station"), settings).current()
    assert "no-such-template" in err.value.cause and "station cloud bootstrap" in err.value.remedy
