"""Append one JSON line per AWS call that reaches the embedded cloud (env STATION_STRICT_LOG)."""

# Tests read this file to prove every AWS call the station makes was
# authorized and covered by the strict rules; one line is written and flushed
# per request so a reader never sees a torn record, even if the child is killed.

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

LOG_ENV = "STATION_STRICT_LOG"

#: Decisions a record can carry.
DECISIONS = ("allow", "deny", "unmapped", "throttled", "invalid")


class CallLog:
    """A JSON-lines file opened for append; thread-safe; disabled when path is None."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, record: dict[str, Any]) -> None:
        if self.path is None:
            return
        line = json.dumps(record, sort_keys=True, default=str) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
