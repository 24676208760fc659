"""Engineer view on a real demo: upload firmware 1.2.0 to the catalog, release it to a group, audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot

from station.jobs.demo_content import firmware_image
from station.records import RecordStore
from tests.gui.harness import GuiHarness
from ui.engineer.view import EngineerView
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(120)]
GROUP = "sensor-a-rev-b"


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiHarness]:
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))  # the audit trail's records.sqlite
    h = GuiHarness(qtbot, qloop, tmp_path, 1, until="registered")
    yield h
    h.close()


def press(h: GuiHarness, view: EngineerView, name: str, *, confirm: bool = False) -> tuple[Any, str]:
    before = len(view.actor.history)
    assert view.commands.enabled(name), f"{name} is disabled"
    view.commands.actions[name].button.click()
    question = ""
    if confirm:
        h.until(lambda: view.confirm.asking and view.confirm.isVisible(), 10, "the confirmation")
        question = view.confirm.text.text()
        view.confirm.yes.click()
    h.until(lambda: len(view.actor.history) > before, 30, f"{name} to finish")
    return view.actor.history[-1], question


def test_engineer_uploads_1_2_0_and_releases_it_old_job_canceled(harness: GuiHarness, tmp_path: Path) -> None:
    h = harness
    h.running()
    view = h.window.engineer
    assert not view.commands.enabled("upload") and not view.commands.enabled("release")
    assert h.window.roles.unlock(Role.QA, "0000")
    assert not view.commands.enabled("release")  # QA is not enough
    h.window.roles.lock()
    assert h.window.roles.unlock(Role.ENGINEER, "0000")
    h.window.tabs.setCurrentWidget(view)

    # Upload: the file picker's result is set directly (the dialog is non-modal and not under test).
    image = tmp_path / "sensor-a-1.2.0.bin"
    image.write_bytes(firmware_image("sensor-a", "1.2.0"))
    view.upload_kind.setCurrentText("firmware")
    view.upload_model.setCurrentText("sensor-a")
    view.upload_version.setText("1.2.0")
    view.upload_notes.setText("fixes the sleep current")
    view.upload_file.setText(str(image))
    outcome, _ = press(h, view, "upload")
    assert outcome.ok and "firmware sensor-a 1.2.0 is in the catalog" in outcome.text, outcome.text
    # The same version again is refused by the catalog, in plain words.
    outcome, _ = press(h, view, "upload")
    assert not outcome.ok and "already in the catalog" in outcome.text and "Do this:" in outcome.text

    # Release: the version list comes from the catalog of the group's model.
    view.release_group.setCurrentText(GROUP)
    view.release_kind.setCurrentText("firmware")
    h.until(lambda: "1.2.0" in [view.release_version.itemText(i) for i in range(view.release_version.count())],
            15, "the catalog versions in the release list")
    view.release_version.setCurrentText("1.2.0")
    outcome, question = press(h, view, "release", confirm=True)
    assert GROUP in question and "1.2.0" in question
    assert outcome.ok, outcome.text
    result = outcome.value
    assert result.action == "created" and len(result.canceled) == 1 and result.canceled[0].endswith("1_1_0"), result
    assert "new continuous job" in view.result.text() and "canceled" in view.result.text()
    iot = h.session.backend.cloud.iot
    for job_id in result.canceled:
        # Through the jobs' retry: DescribeJob shares AWS's 10 TPS quota with the window's own following.
        assert iot.describe_job(jobId=job_id)["job"]["status"] in ("CANCELED", "CANCELLATION_IN_PROGRESS")

    with RecordStore(tmp_path / "home" / "data" / "records.sqlite") as store:
        got = [(e.action, e.role, e.outcome.split(":")[0], e.target) for e in store.audit_entries()]
    assert got == [("catalog-upload", "engineer", "ok", "firmware sensor-a 1.2.0"),
                   ("catalog-upload", "engineer", "failed", "firmware sensor-a 1.2.0"),
                   ("release", "engineer", "ok", GROUP)], got
