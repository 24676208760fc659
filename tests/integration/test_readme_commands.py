"""The README opens with the two set-up commands, and the demo one works through run.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and text.index("```sh") < 200, "the README must open with its set-up commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_demo_and_test_commands() -> None:
    assert readme_commands() == ["python3 run.py demo", "python3 run.py test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 run.py test" in ci


@pytest.mark.timeout(300)
@pytest.mark.skipif(Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(),
                    reason="runs only inside run.py's own .venv (as `python3 run.py test` and CI do)")
def test_readme_demo_command_runs(station_home: Path) -> None:
    env = {**os.environ, "STATION_HOME": str(station_home)}
    proc = subprocess.run([sys.executable, "run.py", "demo", "--boards", "2", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["event"] == "summary" and summary["passed"] == 2
