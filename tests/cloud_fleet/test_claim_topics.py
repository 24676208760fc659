"""A claim certificate reaches only the fleet provisioning topics: the broker's policy evaluation refuses a jobs
topic, for the CreateProvisioningClaim claim and for a certificate holding the bootstrap's claim policy."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from station.cloud.claims import ClaimSource
from station.cloud.connect import EmbeddedCloud
from station.cloud.policy import claim_policy_name
from station.profile import Profile
from tests.cloud_fleet.mqtt import Refused, Session, session
from tests.integration.helpers import iot_client

pytestmark = [pytest.mark.timeout(240)]

CSR = "$aws/certificates/create-from-csr/json"


def provision(profile: Profile) -> str:
    return f"$aws/provisioning-templates/{profile.fleet_claim.template}/provision/json"


def refused(embedded: EmbeddedCloud, cert: str, key: bytes | bytearray, client_id: str,
            act: Callable[[Session], None]) -> bool:
    """Connect, do ``act``; True if the broker refused the connection or the act (closing the connection)."""
    try:
        with session(embedded, cert, key, client_id) as s:
            act(s)
    except Refused:
        return True
    return False


def provisioning_topics_work(s: Session, profile: Profile) -> None:
    for topic in (CSR, provision(profile)):
        s.subscribe(f"{topic}/accepted")
        s.subscribe(f"{topic}/rejected")
    s.publish(CSR, {"certificateSigningRequest": "not a CSR"})


def test_the_station_claim_may_use_only_the_provisioning_topics(embedded: EmbeddedCloud, profile: Profile) -> None:
    claim = ClaimSource(embedded.as_role("station"), profile.fleet_claim).current()
    thing = f"sensor-a-{uuid.uuid4().hex[:8]}"
    cert, key = claim.certificate_pem, claim.private_key_pem
    assert not refused(embedded, cert, key, thing, lambda s: provisioning_topics_work(s, profile))
    jobs = f"$aws/things/{thing}/jobs"
    assert refused(embedded, cert, key, thing, lambda s: s.subscribe(f"{jobs}/notify-next"))
    assert refused(embedded, cert, key, thing, lambda s: s.publish(f"{jobs}/get", {}))
    assert refused(embedded, cert, key, thing, lambda s: s.subscribe(f"$aws/things/{thing}/shadow/get/accepted"))


def test_a_certificate_with_the_claim_policy_may_use_only_the_provisioning_topics(embedded: EmbeddedCloud,
                                                                                 profile: Profile) -> None:
    """The claim policy bootstrap creates (for a claim certificate made at bootstrap time, which a board that
    first boots in the field needs): the broker evaluates it as AWS does."""
    iot = iot_client(embedded.as_role("station"))
    made = iot.create_keys_and_certificate(setAsActive=True)
    iot.attach_policy(policyName=claim_policy_name(profile), target=made["certificateArn"])
    cert, key = made["certificatePem"], bytearray(made["keyPair"]["PrivateKey"].encode())
    thing = f"sensor-a-{uuid.uuid4().hex[:8]}"
    assert not refused(embedded, cert, key, thing, lambda s: provisioning_topics_work(s, profile))
    # Connect only as a thing name of the profile (the board's ThingName parameter).
    assert refused(embedded, cert, key, f"other-{uuid.uuid4().hex[:8]}", lambda s: None)
    jobs = f"$aws/things/{thing}/jobs"
    assert refused(embedded, cert, key, thing, lambda s: s.subscribe(f"{jobs}/notify-next"))
    assert refused(embedded, cert, key, thing, lambda s: s.publish(f"{jobs}/get", {}))
    # The board makes its own key: asking AWS for one (create/json) is not allowed either.
    assert refused(embedded, cert, key, thing, lambda s: s.publish("$aws/certificates/create/json", {}))
    other_template = "$aws/provisioning-templates/another-template/provision/json"
    assert refused(embedded, cert, key, thing, lambda s: s.publish(other_template, {}))
