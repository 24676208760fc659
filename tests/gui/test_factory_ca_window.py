"""The window on a factory-ca demo line: units signed on the line, registered at first connect, then ready."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from station.pipeline.states import UnitState as S
from station.profile import load_profile
from tests.gui.harness import GuiHarness
from ui.operator.model import Result

pytest.importorskip("ministack")
pytest.importorskip("pkcs11")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(240)]


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiHarness]:
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))
    # The demo makes its own SoftHSM2 token and sets SOFTHSM2_CONF and the PIN for this process: undone after.
    monkeypatch.setenv("SOFTHSM2_CONF", str(tmp_path / "none.conf"))
    monkeypatch.setenv("STATION_CA_PIN", "")
    profile = dataclasses.replace(load_profile(None), cert_mode="factory-ca")
    h = GuiHarness(qtbot, qloop, tmp_path, 2, until="ready", profile=profile)
    yield h
    h.close()


def test_factory_ca_units_are_signed_on_the_line_and_reach_ready(harness: GuiHarness) -> None:
    h = harness
    h.running()
    h.until(lambda: len(h.model.slots) == 2 and all(s.result == Result.READY for s in h.model.slots.values()), 180,
            "both units ready")
    for slot in h.model.slots.values():
        steps = [entry.step for entry in slot.timeline]
        assert S.SIGNING in steps and S.REGISTERING not in steps and S.ATTACHING not in steps, steps
        assert steps.index(S.SIGNING) < steps.index(S.WRITING) < steps.index(S.CONNECTING)
    view = h.view
    assert view.stored.isVisible() and view.stored.caption.text() == "waiting for cloud"
    assert h.model.stored == 0 and h.model.passed == 2
