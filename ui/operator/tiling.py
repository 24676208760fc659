"""How the wall divides its area among N slots: columns and rows chosen from the count and the area's shape."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

#: The shape of a comfortable tile (width : height), in logical pixels: wide enough for the state word beside its
#: icon, tall enough for the header, serial and step lines. Only its aspect and relative size matter.
REFERENCE_W, REFERENCE_H = 300, 200
#: The smallest tile that still shows a unit number and a readable state word; below it the wall scrolls.
MIN_TILE_W, MIN_TILE_H = 96, 56


class Density(enum.IntEnum):
    """How much a tile shows, from the unit number and the word alone up to every line and button."""

    TINY = 0  # unit number + icon + state word
    COMPACT = 1  # + header with the clock, serial (or the label mismatch)
    MEDIUM = 2  # + step line, progress, one line of cause, label status
    FULL = 3  # + model line, two-line cause and remedy, scan note, Retry/Clear buttons


#: Minimum tile (width, height) for each density; a tile gets the richest density it is large enough for.
DENSITY_MIN = {Density.FULL: (300, 380), Density.MEDIUM: (200, 170), Density.COMPACT: (120, 92),
               Density.TINY: (0, 0)}


def density_for(width: int, height: int) -> Density:
    for density in (Density.FULL, Density.MEDIUM, Density.COMPACT):
        w, h = DENSITY_MIN[density]
        if width >= w and height >= h:
            return density
    return Density.TINY


def spacing_for(count: int) -> int:
    """Gap between tiles: generous for a few, tight for many (every pixel goes to the tiles)."""
    return 12 if count <= 16 else 8 if count <= 36 else 5


@dataclass(frozen=True)
class Grid:
    columns: int
    rows: int
    tile_w: int
    tile_h: int
    spacing: int

    @property
    def fits(self) -> bool:
        return self.tile_w >= MIN_TILE_W and self.tile_h >= MIN_TILE_H

    def cell(self, index: int, margin: int = 0) -> tuple[int, int, int, int]:
        """(x, y, w, h) of the ``index``-th tile, row by row."""
        row, column = divmod(index, self.columns)
        return (margin + column * (self.tile_w + self.spacing), margin + row * (self.tile_h + self.spacing),
                self.tile_w, self.tile_h)


def choose_grid(count: int, width: int, height: int, *, margin: int | None = None) -> Grid:
    """The grid that makes ``count`` tiles in a ``width`` x ``height`` area as large as possible.

    Every column count from 1 to ``count`` is tried; a grid's score is how far its tile can be scaled up from
    the reference tile (the smaller of the width and height ratios), so a wide area gets more columns and a
    tall one more rows. A tie goes to fewer empty cells. When even the best tile is below the minimum, the
    grid keeps the minimum tile size and the wall scrolls (64 units in a window a few hundred pixels wide).
    """
    count = max(1, count)
    spacing = spacing_for(count)
    margin = spacing if margin is None else margin
    usable_w, usable_h = max(1, width - 2 * margin), max(1, height - 2 * margin)
    best: tuple[float, int] | None = None
    grid = Grid(1, count, MIN_TILE_W, MIN_TILE_H, spacing)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        if columns > 1 and math.ceil(count / (columns - 1)) == rows:
            continue  # same rows with fewer columns: the wider tiles are always better
        tile_w = (usable_w - (columns - 1) * spacing) // columns
        tile_h = (usable_h - (rows - 1) * spacing) // rows
        if tile_w <= 0 or tile_h <= 0:
            continue
        score = min(tile_w / REFERENCE_W, tile_h / REFERENCE_H)
        key = (score, -(columns * rows - count))
        if best is None or key > best:
            best = key
            grid = Grid(columns, rows, tile_w, tile_h, spacing)
    if not grid.fits:
        columns = max(1, (usable_w + spacing) // (MIN_TILE_W + spacing))
        rows = math.ceil(count / columns)
        tile_w = max(MIN_TILE_W, (usable_w - (columns - 1) * spacing) // columns)
        grid = Grid(columns, rows, tile_w, MIN_TILE_H, spacing)
    return grid
