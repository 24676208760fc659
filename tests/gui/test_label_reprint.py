"""QA's "Reprint label" on a real demo window: role-gated, audited, printed on the demo's printer, recorded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station.records import RecordStore
from tests.gui.harness import GuiHarness
from ui.operator.model import Result
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(150)]




def test_qa_reprints_a_label_operator_may_not(harness_factory: Callable[..., GuiHarness], tmp_path: Path) -> None:
    h = harness_factory(1, until="ready", auto_start=False)
    h.running()
    session = h.session
    # The session's own label service (ui/session.py attaches it on its bus, with the demo's printer). A second
    # service beside it would print every label twice and outlive the session (nothing would close it).
    h.until(lambda: bool(h.model.slots) and session.cloud_ok and session.labels is not None, 30,
            "the board, the cloud check and the label service")
    labels = session.labels
    assert labels is not None
    session.start_all()
    h.until(lambda: any(s.result == Result.READY for s in h.model.slots.values()), 90, "the unit ready")
    h.until(lambda: any(s.label is not None and s.label.state == "printed" for s in h.model.slots.values()), 30,
            "its label printed")
    serial = next(iter(h.model.slots.values())).serial
    qa = h.window.qa
    h.window.tabs.setCurrentWidget(qa)

    # Operator: not offered; a direct call is refused and audited.
    assert not qa.commands.enabled("label-reprint")
    qa.serial.setText(serial)
    qa.commands.actions["label-reprint"].handler()  # type: ignore[misc]
    h.until(lambda: bool(qa.actor.history), 10, "the refusal")
    assert qa.actor.history[-1].status == "refused"

    assert h.window.roles.unlock(Role.QA, "0000")
    qa.who.setText("qa-tester")
    before = len(qa.actor.history)
    qa.serial.setText(serial)
    qa.look_up_button.click()
    h.until(lambda: len(qa.actor.history) > before and qa.unit is not None, 30, "the lookup")
    before = len(qa.actor.history)
    assert qa.commands.enabled("label-reprint")
    qa.reprint_button.click()
    h.until(lambda: len(qa.actor.history) > before, 30, "the reprint")
    assert qa.actor.history[-1].ok, qa.actor.history[-1].text
    h.until(lambda: sum(1 for _ in labels.known) == 1 and not labels.queue, 30, "the reprint printed")
    slot = next(iter(h.model.slots.values()))
    h.until(lambda: slot.label is not None and slot.label.reprint and slot.label.state == "printed", 30,
            "the slot to show the reprint printed")
    with RecordStore(tmp_path / "home" / "data" / "records.sqlite") as store:
        entries = [(e.action, e.role, e.outcome.split(":")[0]) for e in store.audit_entries()]
        assert ("label-reprint", "operator", "refused") in entries and ("label-reprint", "qa", "ok") in entries

        def printed() -> list[tuple[bool, str]]:
            return [(r.reprint, r.outcome) for r in store.labels(serial=serial)]
        h.until(lambda: printed() == [(False, "printed"), (True, "printed")], 30, "the records of both labels")
