"""Records fixtures: a records database in the test's tmp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.records import RecordStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(db_path)
    try:
        yield s
    finally:
        s.close()
