"""GUI tests wait for a signal or a condition (qtbot.waitSignal / waitUntil), never for a fixed time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# A fixed wait passes on an idle machine and flakes on a loaded one (two cores, seven test runs).
FIXED_WAIT = re.compile(r"\bqtbot\.wait\(|\.settle\(|\bdef settle\b|\btime\.sleep\(|\bqWait\(")
HERE = Path(__file__).parent


@pytest.mark.parametrize("path", sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name),
                         ids=lambda p: p.name)
def test_gui_tests_have_no_fixed_waits(path: Path) -> None:
    hits = [f"{path.name}:{n}: {line.strip()}" for n, line in enumerate(path.read_text().splitlines(), 1)
            if FIXED_WAIT.search(line)]
    assert not hits, "wait on a signal or a condition instead:\n" + "\n".join(hits)
