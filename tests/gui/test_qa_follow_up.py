"""QA's lookup of a unit whose record is "provisioned, waiting for the cloud" follows it (as the station's follow-up
does): registered since -> recorded passed and said so; never seen -> shown from the records, still waiting."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.records import RecordStore
from station.records.model import Outcome
from tests.gui.harness import GuiHarness
from tests.integration.helpers import iot_client
from ui.operator.model import Result
from ui.qa.view import QAView
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(150)]




def csr(thing: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, thing)])
    return x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256()).public_bytes(
        serialization.Encoding.PEM).decode()


def waiting(store: RecordStore, serial: str, thing: str, certificate_id: str, model: str) -> int:
    """A factory-ca attempt as the pipeline records it when the cloud was away: provisioned, waiting for it."""
    t = time.time()
    aid = store.begin_attempt(run_id="offline-run", port="/dev/ttyUSB3", unit=1, at=t, station_id="line-1")
    store.identify(aid, serial=serial, model=model, hw_revision="B", fw_version="1.0.0", thing_name=thing,
                   cert_mode="factory-ca")
    store.set_certificate(aid, thing_name=thing, certificate_id=certificate_id)
    store.finish_waiting_cloud(aid, at=t + 1, serial=serial, thing_name=thing, certificate_id=certificate_id,
                               groups=[], seconds=1, round_trips=0)
    return aid


def look_up(h: GuiHarness, qa: QAView, query: str) -> None:
    before = len(qa.actor.history)
    qa.serial.setText(query)
    qa.look_up_button.click()
    h.until(lambda: len(qa.actor.history) > before, 30, f"lookup of {query}")


def test_a_qa_lookup_follows_a_waiting_unit_to_registered_and_says_when_aws_has_not_seen_it(
        harness_factory: Callable[..., GuiHarness], tmp_path: Path) -> None:
    h = harness_factory(1, until="registered")
    h.running()
    h.until(lambda: any(s.result == Result.PASS for s in h.model.slots.values()), 90, "the unit registered")
    db = tmp_path / "home" / "data" / "records.sqlite"
    with RecordStore(db) as store:
        [passed] = store.by_serial(next(iter(h.model.slots.values())).serial)
    backend = h.session.backend
    assert backend is not None
    iot = iot_client(backend.cloud)
    # WAIT0001 was provisioned while the cloud was away; its board has connected since: AWS holds its
    # certificate ACTIVE and its thing (as JITP leaves them; arranged here by the administrator).
    seen_thing = f"{passed.model}-WAIT0001"
    made = iot.create_certificate_from_csr(certificateSigningRequest=csr(seen_thing), setAsActive=True)
    iot.create_thing(thingName=seen_thing, attributePayload={"attributes": {"serial": "WAIT0001"}})
    iot.attach_thing_principal(thingName=seen_thing, principal=made["certificateArn"])
    # WAIT0002's board has not connected: AWS has never seen its certificate.
    unseen_thing, unseen_id = f"{passed.model}-WAIT0002", "5e" * 32
    with RecordStore(db) as store:
        seen = waiting(store, "WAIT0001", seen_thing, made["certificateId"], passed.model)
        unseen = waiting(store, "WAIT0002", unseen_thing, unseen_id, passed.model)

    qa = h.window.qa
    h.window.tabs.setCurrentWidget(qa)
    assert h.window.roles.unlock(Role.QA, "0000")
    look_up(h, qa, "WAIT0001")
    assert qa.actor.history[-1].ok, qa.actor.history[-1].text
    assert qa.unit is not None and qa.unit.in_cloud and qa.unit.thing == seen_thing
    assert "registered now" in qa.result.text()
    assert "found registered in AWS IoT by this lookup" in qa.fields["result"].text()
    assert "attempt 1: passed" in qa.fields["result"].text()
    with RecordStore(db) as store:
        after = store.get(seen)
        assert after is not None and after.outcome == Outcome.PASSED
        assert after.steps[-1].step == "cloud-follow-up" and "a QA lookup" in after.steps[-1].detail
        # Only the looked-up unit was followed: the other one still waits for its own lookup (or the station).
        assert [r.attempt_id for r in store.waiting_cloud()] == [unseen]

    look_up(h, qa, "WAIT0002")
    assert qa.actor.history[-1].ok, qa.actor.history[-1].text
    assert qa.unit is not None and not qa.unit.in_cloud and qa.unit.serial == "WAIT0002"
    assert "waiting for the cloud" in qa.result.text() and "has not connected" in qa.result.text()
    assert "not in AWS IoT yet" in qa.fields["thing"].text()
    assert "not seen by AWS yet" in qa.fields["certificate"].text()
    assert "AWS has not seen the board connect yet" in qa.fields["result"].text()
    with RecordStore(db) as store:
        assert [r.attempt_id for r in store.waiting_cloud()] == [unseen]
