"""factory-ca refuses a board whose identity cannot fill the certificate subject JITP needs, before signing."""

from __future__ import annotations

import pytest

from station.cloud.connect import EmbeddedCloud
from station.pipeline.events import CertificateIssued, UnitFailed
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.test_factory_ca import line_ca_token, profile, run, settled  # noqa: F401 (fixtures)

pytestmark = pytest.mark.timeout(300)


def test_a_board_without_a_hardware_revision_is_refused_before_anything_is_signed(
        embedded: EmbeddedCloud, profile: Profile) -> None:  # noqa: F811
    assert embedded.cloud is not None
    with VirtualFleet(specs=[BoardSpec("gateway-x", "")], transport="pty") as fleet:
        events, _ = run(profile, embedded.cloud, fleet, (settled(1), lambda: None), until="registered")
    (failed,) = [e for e in events if isinstance(e, UnitFailed)]
    assert failed.step == UnitState.IDENTIFYING and failed.cause_message is not None
    assert failed.cause_message.id == "factory-ca.no-hw-revision", failed.cause
    assert "hardware revision" in failed.remedy
    assert not [e for e in events if isinstance(e, CertificateIssued)], "nothing may be signed for it"
