"""Every slot visible without scrolling, 1 to 64 units, on emulated 1366x768, 1080p and 4K-at-200 % screens.

Each case opens the real window in a process of its own (Qt picks its platform, and so the screen, once per
process) on Qt's offscreen platform with a screen config from tests/gui/screens/, feeds N units through the wall
model, and reports every tile's rectangle inside the wall's viewport (tests/gui/screens/render_wall.py). The
screenshots land in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ui.operator.tiling import MIN_TILE_H, MIN_TILE_W, Density, choose_grid, density_for

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(__file__).parent / "screens"
#: config name -> (logical width, logical height, device pixel ratio) the window must see.
SIZES = {"1366x768": (1366, 768, 1.0), "1920x1080": (1920, 1080, 1.0), "3840x2160-200": (1920, 1080, 2.0)}


def render_wall(screen: str, units: int, tmp_path: Path, *extra: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS / f'{screen}.json'}",
               STATION_HOME=str(tmp_path / "home"))
    shot = tmp_path / f"wall-{screen}-{units}.png"
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.screens.render_wall", "--units", str(units), "--shot", str(shot),
         "--settings", str(tmp_path), *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.stat().st_size > 0
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("units", [1, 8, 16, 32, 64])
@pytest.mark.parametrize("screen", sorted(SIZES))
def test_every_slot_is_visible_without_scrolling(screen: str, units: int, tmp_path: Path) -> None:
    report = render_wall(screen, units, tmp_path)
    width, height, dpr = SIZES[screen]
    assert report["screen"] == {"logical": [width, height], "dpr": dpr}
    # First start (nothing saved): the window takes the whole screen, not 1280x800.
    assert report["window"]["maximized"] and report["window"]["size"] == [width, height]
    tiles = report["tiles"]
    assert len(tiles) == units
    assert not report["scrollbar"]
    outside = [t for t in tiles if not t["inside"]]
    assert not outside, f"{len(outside)} of {units} tiles not fully in the wall's viewport: {outside[:3]}"
    assert all(t["word_fits"] for t in tiles), "a state word is wider than its banner"
    # Tiles fill the wall: no empty band beside them (at most one tile's width and the margins left over).
    right = max(t["rect"][0] + t["rect"][2] for t in tiles)
    assert report["viewport"][0] - right <= 2 * 12 + (tiles[0]["rect"][2] if units > 1 else 0)
    # The detail panel folds away on a narrow screen (the Details key brings it back).
    assert report["detail_shown"] == (width >= 1500)
    if width == 1920 and units <= 16:
        # Readable from 3 m: a 48-pixel (or larger) state word on a 1080p screen, twice that in device pixels at 200 %.
        assert min(t["word_px"] for t in tiles) >= 48, tiles[0]


def test_kiosk_from_the_profile_opens_full_screen_and_still_fits(tmp_path: Path) -> None:
    report = render_wall("1366x768", 64, tmp_path, "--kiosk")
    assert report["window"]["full_screen"] and report["window"]["size"] == [1366, 768]
    assert all(t["inside"] for t in report["tiles"]) and not report["scrollbar"]


def test_the_grid_follows_the_count_and_the_shape_of_the_area() -> None:
    wide, tall = choose_grid(8, 1600, 600), choose_grid(8, 600, 1600)
    assert wide.columns > wide.rows and tall.rows > tall.columns
    assert choose_grid(1, 1000, 800).columns == 1
    for count in (1, 7, 16, 33, 64):
        grid = choose_grid(count, 1350, 600)
        assert grid.columns * grid.rows >= count and grid.fits
        x, y, w, h = grid.cell(count - 1, grid.spacing)
        assert x + w <= 1350 and y + h <= 600
    assert density_for(400, 420) == Density.FULL and density_for(129, 79) == Density.TINY
    # A window too small even for the smallest tile keeps the minimum and scrolls instead of shrinking further.
    small = choose_grid(64, 300, 200)
    assert small.tile_w >= MIN_TILE_W and small.tile_h == MIN_TILE_H and small.rows * small.tile_h > 200
