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
