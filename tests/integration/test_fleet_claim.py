"""fleet-claim end to end on the strict embedded cloud: the station writes a claim and a template's parameters, the
board registers itself (create-from-csr + RegisterThing with its own key), the station checks it with AWS.

Checked with plain boto3 and an mTLS connect with the board's final credentials; a refused template parameter
ends the unit with a named cause and remedy; an nRF91 modem is refused before anything is written.
"""

from __future__ import annotations

import dataclasses

import pytest

from station.cloud.connect import EmbeddedCloud
from station.demo import DEMO_MODELS
from station.pipeline.events import UnitFailed, UnitPassed
from station.pipeline.states import UnitState
from station.profile import ModelSettings, Profile, load_profile
from station.records.model import Outcome
from station.records.store import RecordStore
from station.virtual.device import DeviceConnection
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import active_certs, iot_client
from tests.integration.test_factory_ca import records_of, run, settled

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def profile() -> Profile:
    """The demo profile in fleet-claim mode: the `embedded` fixture bootstraps the template, claim policy and
    role with it, and renders the station's least-privilege role for it."""
    return dataclasses.replace(load_profile(None), cert_mode="fleet-claim")


@pytest.mark.slow
def test_boards_register_themselves_with_the_claim_and_the_station_checks_it(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    with VirtualFleet(3, transport="pty", models=DEMO_MODELS) as fleet:
        events, _ = run(profile, embedded.cloud, fleet, (settled(3), lambda: None), until="registered")
        passed = {e.serial: e for e in events if isinstance(e, UnitPassed)}
        assert len(passed) == 3, [e for e in events if isinstance(e, UnitFailed)]
        steps = [e.step for e in events if e.kind == "step-started" and e.unit == 1]
        assert steps == [UnitState.IDENTIFYING, UnitState.WRITING, UnitState.VERIFYING, UnitState.CONNECTING]
        iot = iot_client(embedded.cloud)
        for board in fleet.boards:
            ident = board.identity
            thing = f"{ident.model}-{ident.serial}"
            described = iot.describe_thing(thingName=thing)
            assert described["thingTypeName"] == ident.model
            assert described["attributes"]["serial"] == ident.serial
            assert described["attributes"]["station"] == profile.station_id
            certs = active_certs(iot, thing)
            assert [c["certificateId"] for c in certs] == [passed[ident.serial].certificate_id]
            assert board.public_key_der is not None  # its own key, made on the board
            assert not board.has_claim  # the claim key is gone once the board has its own
            (record,) = records_of(ident.serial)
            assert (record.cert_mode, record.outcome, record.certificate_id) == (
                "fleet-claim", Outcome.PASSED, passed[ident.serial].certificate_id)
            with RecordStore() as store:  # the certificate AWS issued to the board, kept like every mode's
                assert store.certificate_pem(record.certificate_id).strip() == certs[0]["certificatePem"].strip()
        board = fleet.boards[0]
        board.stop_agent()
        conn = DeviceConnection(board)
        conn.connect()
        conn.subscribe(f"$aws/things/{conn.thing_name}/jobs/notify-next")


@pytest.mark.slow
def test_a_refused_template_parameter_fails_the_unit_with_a_named_cause_and_remedy(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    # The line's profile knows a model the template (bootstrapped before) does not map to a thing type.
    line = dataclasses.replace(profile, models={**profile.models, "sensor-z": ModelSettings(
        thing_type="sensor-z", product_line="gateways")})
    with VirtualFleet(specs=[BoardSpec("sensor-z", "1")], transport="pty") as fleet:
        events, _ = run(line, embedded.cloud, fleet, (settled(1), lambda: None), until="registered")
    (failed,) = [e for e in events if isinstance(e, UnitFailed)]
    assert failed.step == UnitState.CONNECTING
    assert "template 'provisioning-station-fleet'" in failed.cause, failed.cause
    assert "station cloud bootstrap" in failed.remedy, failed.remedy


@pytest.mark.slow
def test_a_board_that_cannot_register_itself_is_refused_before_anything_is_written(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    with VirtualFleet(specs=[BoardSpec("nRF9160-SICA", kind="nrf91")], transport="pty",
                      modem_options={"app_endpoint": embedded.cloud.endpoint()}) as fleet:
        events, _ = run(profile, embedded.cloud, fleet, (settled(1), lambda: None), until="registered")
        (failed,) = [e for e in events if isinstance(e, UnitFailed)]
        assert failed.step == UnitState.IDENTIFYING
        assert "cannot register themselves with a claim" in failed.cause
        assert "certificates.mode" in failed.remedy
        assert [e.step for e in events if e.kind == "step-started"] == [UnitState.IDENTIFYING]
