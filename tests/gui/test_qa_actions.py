"""QA view on a real demo: role gating, cloud lookup with job history, forced downgrade, golden config, audit trail."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from station.jobs.demo_content import demo_config
from station.records import AuditEntry, RecordStore
from tests.gui.harness import GuiHarness
from ui.operator.model import Result
from ui.qa.view import QAView
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(150)]




def ready_units(h: GuiHarness, count: int) -> None:
    h.running()
    h.until(lambda: sum(s.result == Result.READY for s in h.model.slots.values()) == count, 90,
            f"{count} units ready")


def audit(tmp_path: Path) -> list[AuditEntry]:
    with RecordStore(tmp_path / "home" / "data" / "records.sqlite") as store:
        return store.audit_entries()


def look_up(h: GuiHarness, qa: QAView, query: str) -> None:
    before = len(qa.actor.history)
    qa.serial.setText(query)
    qa.look_up_button.click()
    h.until(lambda: len(qa.actor.history) > before and qa.unit is not None, 30, f"lookup of {query}")


def press(h: GuiHarness, qa: QAView, name: str, *, confirm: bool = False) -> Any:
    """Click an action's button (as a user would), confirm if asked, and wait for its outcome."""
    before = len(qa.actor.history)
    assert qa.commands.enabled(name), f"{name} is disabled"
    qa.commands.actions[name].button.click()
    if confirm:
        h.until(lambda: qa.confirm.asking and qa.confirm.isVisible(), 10, "the confirmation")
        text = qa.confirm.text.text()
        qa.confirm.yes.click()
    else:
        text = ""
    h.until(lambda: len(qa.actor.history) > before, 30, f"{name} to finish")
    return qa.actor.history[-1], text


def test_operator_cannot_force_a_downgrade_qa_can_and_sees_the_history(harness_factory, tmp_path: Path) -> None:
    h = harness_factory(2, until="ready")
    ready_units(h, 2)
    qa = h.window.qa
    board = h.session.backend.fleet.boards[0]
    serial = board.identity.serial
    assert board.firmware.running_version == "1.1.0"

    # Operator: the forced downgrade is not offered at all ...
    assert not qa.forced.isEnabled() and not qa.commands.enabled("update")
    assert not qa.force_cancel.isEnabled() and not qa.commands.enabled("cancel")
    # ... and a handler called directly (a stale button, a script) is refused and audited as refused.
    qa.serial.setText(serial)
    qa.version.setCurrentText("1.0.0")
    qa.forced.setChecked(True)
    qa.commands.actions["update"].handler()  # type: ignore[misc]
    h.until(lambda: bool(qa.actor.history), 10, "the refusal")
    refused = audit(tmp_path)
    assert [(e.action, e.role, e.target) for e in refused] == [("firmware-update-forced", "operator", serial)]
    assert refused[0].outcome.startswith("refused") and refused[0].parameters["forced"] is True
    assert "⛔" in qa.result.text() and "QA role" in qa.result.text()
    assert board.firmware.running_version == "1.1.0"

    # QA: lookup across the cloud by serial: identity, certificate status and the job history.
    assert h.window.roles.unlock(Role.QA, "0000")
    h.window.tabs.setCurrentWidget(qa)
    assert qa.forced.isEnabled() and qa.commands.enabled("update")
    qa.who.setText("qa-tester")
    look_up(h, qa, serial)
    unit = qa.unit
    assert unit is not None and unit.serial == serial and unit.thing.endswith(serial)
    assert "ACTIVE" in qa.fields["certificate"].text() and qa.fields["firmware"].text() == "1.1.0"
    rows = [[qa.jobs.item(r, c).text() for c in range(qa.jobs.columnCount())] for r in range(qa.jobs.rowCount())]
    assert any(r[1] == "firmware install" and r[2] == "1.1.0" and r[3] == "SUCCEEDED" for r in rows), rows
    assert any(r[1] == "config download" and r[2] == "1" and r[3] == "SUCCEEDED" for r in rows), rows
    assert any("step=" in r[5] or "version=" in r[5] for r in rows), rows  # statusDetails shown
    assert {"1.0.0", "1.1.0"} <= {qa.version.itemText(i) for i in range(qa.version.count())}

    # Forced downgrade: the confirmation names the unit, its version and the target; then the unit installs it.
    qa.version.setCurrentText("1.0.0")
    qa.forced.setChecked(True)
    outcome, question = press(h, qa, "update", confirm=True)
    assert outcome.ok, outcome.text
    assert serial in question and "1.1.0" in question and "1.0.0" in question and "DOWNGRADE" in question
    h.until(lambda: board.firmware.running_version == "1.0.0", 60, "the forced downgrade to 1.0.0")
    h.until(lambda: "forced" in qa.jobs.item(0, 1).text() and qa.jobs.item(0, 3).text() == "SUCCEEDED", 30,
            "the history to show the forced install")

    # Re-run config (the group's current version) and a forced cancel of the group's config job.
    outcome, _ = press(h, qa, "rerun-config")
    assert outcome.ok and "configuration 1 queued" in outcome.text, outcome.text
    config_job = next(r[0] for r in rows if r[0].startswith("cfg-"))
    qa.jobs.selectRow(qa.job_row(config_job))
    qa.force_cancel.setChecked(True)
    outcome, question = press(h, qa, "cancel", confirm=True)
    assert outcome.ok and config_job in question and "FORCE" in question, outcome.text
    assert "CANCEL" in outcome.text

    # A declined confirmation does nothing and is recorded as declined.
    qa.version.setCurrentText("1.1.0")
    before = len(qa.actor.history)
    qa.commands.actions["update"].button.click()
    h.until(lambda: qa.confirm.asking, 10, "the confirmation")
    qa.confirm.no.click()
    h.until(lambda: len(qa.actor.history) > before, 10, "the declined push")

    entries = audit(tmp_path)
    got = [(e.action, e.role, e.outcome.split(":")[0]) for e in entries]
    assert got == [("firmware-update-forced", "operator", "refused"), ("lookup", "qa", "ok"),
                   ("firmware-update-forced", "qa", "ok"), ("config-rerun", "qa", "ok"),
                   ("job-cancel-forced", "qa", "ok"), ("firmware-update-forced", "qa", "declined")], got
    assert all(e.who == "qa-tester" for e in entries[1:])
    assert entries[2].parameters == {"version": "1.0.0", "forced": True, "current": "1.1.0"}
    assert entries[2].target == unit.thing
    json.dumps([e.to_json() for e in entries])  # exportable as is


def test_golden_config_from_a_is_propagated_to_b(harness_factory, tmp_path: Path) -> None:
    h = harness_factory(2, until="ready")
    ready_units(h, 2)
    qa = h.window.qa
    a, b = h.session.backend.fleet.boards  # both sensor-a (revisions B and A)
    # Tuned on the bench: A's configuration differs from the released one.
    a.firmware.set_config(dict(demo_config("sensor-a"), name="golden-unit-A", report_interval_s=17))
    assert b.config_bytes != a.config_bytes
    assert h.window.roles.unlock(Role.QA, "0000")
    h.window.tabs.setCurrentWidget(qa)
    look_up(h, qa, a.identity.serial)
    thing_a = qa.unit.thing

    outcome, _ = press(h, qa, "config-upload")
    assert outcome.ok, outcome.text
    h.until(lambda: "/uploads/" in qa.golden_key.text(), 60, "the upload key")
    assert qa.golden_key.text().split("/uploads/")[1].startswith(thing_a)
    assert "uploaded" in qa.result.text()

    thing_b = f"sensor-a-{b.identity.serial}"
    qa.propagate_targets.setText(thing_b)
    outcome, question = press(h, qa, "config-propagate", confirm=True)
    assert outcome.ok and thing_b in question, outcome.text
    h.until(lambda: b.config_bytes == a.config_bytes, 60, "B to apply A's configuration")
    assert json.loads(b.config_bytes)["name"] == "golden-unit-A"

    got = [(e.action, e.role, e.outcome.split(":")[0], e.target) for e in audit(tmp_path)]
    assert got == [("lookup", "qa", "ok", a.identity.serial), ("config-upload", "qa", "ok", thing_a),
                   ("config-propagate", "qa", "ok", thing_b)], got


def test_a_pending_confirmation_does_not_block_the_loop(harness_factory) -> None:
    """A pending confirmation never blocks the loop: the window keeps pumping (no modal exec())."""
    h = harness_factory(1, until="registered")
    h.running()
    qa = h.window.qa
    assert h.window.roles.unlock(Role.QA, "0000")
    h.window.tabs.setCurrentWidget(qa)
    ticks: list[float] = []
    loop = asyncio.get_event_loop()
    for i in range(5):
        loop.call_later(0.05 * i, lambda: ticks.append(loop.time()))
    task = loop.create_task(qa.confirm.ask("hold on?"))
    h.until(lambda: len(ticks) == 5 and qa.confirm.isVisible(), 5, "timers to fire while asking")
    qa.confirm.no.click()
    h.until(task.done, 5)
    assert task.result() is False and not qa.confirm.isVisible()


def test_the_confirmation_is_on_screen_in_a_1366x768_window(harness_factory) -> None:
    """The forced-downgrade question never sits below the fold: it is outside the page's scrolling."""
    h = harness_factory(1, until="registered")
    h.running()
    h.window.showNormal()
    h.window.resize(1366, 768)
    qa = h.window.qa
    assert h.window.roles.unlock(Role.QA, "0000")
    h.window.tabs.setCurrentWidget(qa)
    task = asyncio.get_event_loop().create_task(qa.confirm.ask("force 1.0.0 onto the unit?"))
    h.until(lambda: qa.confirm.isVisible() and qa.confirm.height() > 0, 5, "the confirmation")
    visible = qa.rect()
    top_left = qa.confirm.mapTo(qa, qa.confirm.rect().topLeft())
    bottom_right = qa.confirm.mapTo(qa, qa.confirm.rect().bottomRight())
    assert visible.contains(top_left) and visible.contains(bottom_right), (visible, top_left, bottom_right)
    assert qa.confirm.yes.isVisible() and qa.confirm.no.isVisible()
    qa.confirm.no.click()
    h.until(task.done, 5)
