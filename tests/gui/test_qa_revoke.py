"""QA's "Revoke certificate" on a real demo window: operator refused, QA confirms, the cloud refuses the certificate
from then on, and the audit trail and the unit's history say who revoked what and why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station.records import RecordStore
from tests.gui.harness import GuiHarness
from tests.integration.helpers import iot_client
from ui.operator.model import Result
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(150)]




def _status(h: GuiHarness, certificate_id: str) -> str:
    backend = h.session.backend
    assert backend is not None
    return str(iot_client(backend.cloud).describe_certificate(certificateId=certificate_id)[
        "certificateDescription"]["status"])


def test_qa_revokes_a_units_certificate_after_confirming_operator_may_not(
        harness_factory: Callable[..., GuiHarness], tmp_path: Path) -> None:
    h = harness_factory(1, until="registered")
    h.running()
    h.until(lambda: any(s.result == Result.PASS for s in h.model.slots.values()), 90, "the unit registered")
    serial = next(iter(h.model.slots.values())).serial
    qa = h.window.qa
    h.window.tabs.setCurrentWidget(qa)
    with RecordStore(tmp_path / "home" / "data" / "records.sqlite") as store:
        [attempt] = store.by_serial(serial)
    certificate = attempt.certificate_id
    assert certificate and _status(h, certificate) == "ACTIVE"

    # Operator: not offered; a direct call (a stale button, a script) is refused and audited.
    assert not qa.commands.enabled("certificate-revoke") and not qa.revoke_reason.isEnabled()
    qa.serial.setText(serial)
    qa.commands.actions["certificate-revoke"].handler()  # type: ignore[misc]
    h.until(lambda: bool(qa.actor.history), 10, "the refusal")
    assert qa.actor.history[-1].status == "refused"
    assert _status(h, certificate) == "ACTIVE"

    assert h.window.roles.unlock(Role.QA, "0000")
    assert qa.commands.enabled("certificate-revoke") and qa.revoke_reason.isEnabled()
    qa.who.setText("qa-tester")
    before = len(qa.actor.history)
    qa.look_up_button.click()
    h.until(lambda: len(qa.actor.history) > before and qa.unit is not None, 30, "the lookup")
    assert "ACTIVE" in qa.fields["certificate"].text()
    qa.revoke_reason.setText("returned by the customer")

    # Declined: nothing happens (and the decline is audited).
    before = len(qa.actor.history)
    qa.revoke_button.click()
    h.until(lambda: qa.confirm.asking and qa.confirm.isVisible(), 10, "the confirmation")
    question = qa.confirm.text.text()
    assert serial in question and attempt.thing_name in question and "cannot be undone" in question
    qa.confirm.no.click()
    h.until(lambda: len(qa.actor.history) > before, 10, "the declined revoke")
    assert qa.actor.history[-1].status == "declined" and _status(h, certificate) == "ACTIVE"

    # Confirmed: the certificate is REVOKED in the cloud, and the view shows it after its own refresh.
    before = len(qa.actor.history)
    qa.revoke_button.click()
    h.until(lambda: qa.confirm.asking and qa.confirm.isVisible(), 10, "the confirmation")
    qa.confirm.yes.click()
    h.until(lambda: len(qa.actor.history) > before, 30, "the revoke")
    outcome = qa.actor.history[-1]
    assert outcome.ok, outcome.text
    assert "1 certificate(s) of" in outcome.text and serial in outcome.text
    assert _status(h, certificate) == "REVOKED"
    h.until(lambda: "REVOKED" in qa.fields["certificate"].text(), 30, "the lookup to show REVOKED")

    with RecordStore(tmp_path / "home" / "data" / "records.sqlite") as store:
        entries = [(e.action, e.role, e.target, e.outcome.split(":")[0]) for e in store.audit_entries()
                   if e.action.startswith("certificate-revoke") and (e.who == "qa-tester" or e.role == "operator")]
        revoked = [e for e in store.audit_entries() if e.action == "certificate-revoked"]
        [attempt] = store.by_serial(serial)
    # The refusal, the decline, then what the revoke did (each certificate) and the action's own outcome.
    assert entries == [("certificate-revoke", "operator", serial, "refused"),
                       ("certificate-revoke", "qa", serial, "declined"),
                       ("certificate-revoked", "qa", certificate, "revoked"),
                       ("certificate-revoke", "qa", serial, "ok")]
    assert revoked[0].parameters["reason"] == "returned by the customer" and revoked[0].parameters["via"] == "window"
    [step] = [s for s in attempt.steps if s.step == "revoke"]
    assert "returned by the customer" in step.detail and "qa-tester" in step.detail
