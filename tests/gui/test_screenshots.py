"""The README's screenshots cannot go stale: rendering them again gives the committed widget trees and texts."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


def tree_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshot_tree", ROOT / "scripts" / "screenshot_tree.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screenshot_has_its_sidecar() -> None:
    pngs = {p.stem for p in SHOTS.glob("*.png")}
    sidecars = {p.stem for p in SHOTS.glob("*.json")}
    assert pngs == sidecars, (f"screenshots without a sidecar or the other way round: {sorted(pngs ^ sidecars)}; "
                              f"regenerate with `{tree_module().REGENERATE}`")
    for name in ("operator-8", "operator-64", "qa", "engineer", "dashboard", "operator-factory-ca"):
        assert {name, f"{name}-de"} <= sidecars


@pytest.mark.gui
@pytest.mark.cloud
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_rendered_views_match_the_committed_screenshots(tmp_path: Path) -> None:
    tree = tree_module()
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(out)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=840, check=False)
    assert done.returncode == 0, f"scripts/screenshots.py failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    committed = {p.stem: p for p in SHOTS.glob("*.json")}
    rendered = {p.stem: p for p in out.glob("*.json")}
    assert set(rendered) == set(committed), (
        f"rendered {sorted(rendered)}, committed {sorted(committed)}: regenerate with `{tree.REGENERATE}`")
    stale = []
    for name, path in sorted(committed.items()):
        diff = tree.difference(json.loads(path.read_text(encoding="utf-8")),
                               json.loads(rendered[name].read_text(encoding="utf-8")))
        if diff:
            stale.append(f"--- {name}: the view changed since its screenshot ---\n{diff}")
    assert not stale, ("\n\n".join(stale) + f"\n\nThe screenshots are stale: regenerate them with `{tree.REGENERATE}` "
                       "and commit docs/screenshots/ (PNGs and JSON sidecars).")
