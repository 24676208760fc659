"""GUI tests run offscreen unless a platform is chosen (CI has no display); one qasync loop per test module."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def qloop(qapp: object) -> Iterator[object]:
    """The qasync loop the Station runs on while the (synchronous) test waits with qtbot; see docs/gui.md."""
    from tests.gui.harness import attach_loop, detach_loop

    loop = attach_loop(qapp)  # type: ignore[arg-type]
    yield loop
    detach_loop(loop)


@pytest.fixture
def harness_factory(qtbot: object, qloop: object, tmp_path: object,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Makes demo windows (tests.gui.harness.GuiHarness) on this test's loop; each is closed after the test.

    The window's audit trail, label and unit records are in the data dir: kept inside the test's folder.
    """
    from pathlib import Path

    from tests.gui.harness import GuiHarness

    assert isinstance(tmp_path, Path)
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))
    made: list[GuiHarness] = []

    def make(boards: int, **kw: object) -> GuiHarness:
        h = GuiHarness(qtbot, qloop, tmp_path, boards, **kw)  # type: ignore[arg-type]
        made.append(h)
        return h
    yield make
    for h in made:
        h.close()
