"""The station's real log file for a test: set up by setup_logging in a temporary folder, handlers removed after."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from station.logs import setup_logging


@contextlib.contextmanager
def station_log(directory: Path | None = None) -> Iterator[Path]:
    """The log file the station writes (DEBUG and up) under ``directory`` (None: the user's log folder),
    as its CLI and window set it up."""
    root = logging.getLogger()
    level = root.level
    path = setup_logging(logging.DEBUG, directory)
    try:
        yield path
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_station", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def flushed(path: Path) -> str:
    """The log file's text once every handler has written what it holds."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")
