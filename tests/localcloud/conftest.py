"""Shared fixture: one embedded cloud per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.localcloud.launcher import LocalCloud


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCloud]:
    lc = LocalCloud(Path(tmp_path_factory.mktemp("localcloud")))
    lc.start()
    try:
        yield lc
    finally:
        lc.stop()
