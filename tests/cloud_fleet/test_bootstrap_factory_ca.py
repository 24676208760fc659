"""`station cloud bootstrap` in factory-ca mode registers the line CA from its SoftHSM2 token (twice: no change)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.profile import Profile
from tests.integration.helpers import iot_client

pytestmark = [pytest.mark.timeout(240)]


def test_bootstrap_registers_the_line_ca_once(embedded: EmbeddedCloud, profile: Profile, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    softhsm = pytest.importorskip("station.ca.softhsm")
    if softhsm.softhsm_library() is None:
        pytest.skip("SoftHSM2 is not installed")
    token = softhsm.create_line_ca_token(tmp_path / "token")
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    factory = dataclasses.replace(profile, cert_mode="factory-ca", factory_ca=token.settings(profile.factory_ca))
    embedded.grant(factory)
    first = bootstrap(embedded.as_role("engineer"), factory)
    iot = iot_client(embedded.as_role("station"))
    cas = iot.list_ca_certificates()["certificates"]
    assert len(cas) == 1 and cas[0]["status"] == "ACTIVE", cas
    assert any("created" in a.action or "registered" in a.action for a in first), first
    before = iot.list_ca_certificates()["certificates"]
    bootstrap(embedded.as_role("engineer"), factory)
    assert iot.list_ca_certificates()["certificates"] == before
