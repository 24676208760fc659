"""The audit trail's hash chain: how each entry's link is computed and how a whole trail is checked."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: The link before the first entry.
GENESIS = "0" * 64


def link(prev: str, entry_id: int, at: float, who: str, role: str, action: str, target: str,
         parameters_json: str, outcome: str) -> str:
    """SHA-256 of the previous link and every stored field of the entry, its id included.

    The id is in it so that renumbering shows; ``at`` goes in as ``repr`` of the float SQLite hands back,
    which round-trips exactly.
    """
    body = json.dumps([int(entry_id), repr(float(at)), who, role, action, target, parameters_json, outcome],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainRow:
    """One audit row as stored: the fields the link covers and the link the row claims."""

    entry_id: int
    at: float
    who: str
    role: str
    action: str
    target: str
    parameters_json: str
    outcome: str
    chain: str

    def fields(self) -> tuple[Any, ...]:
        return (self.entry_id, self.at, self.who, self.role, self.action, self.target, self.parameters_json,
                self.outcome)


@dataclass
class ChainCheck:
    """What checking the stored trail found: the recomputed links by entry id, and every break."""

    links: dict[int, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    head_id: int = 0
    head: str = GENESIS

    @property
    def ok(self) -> bool:
        return not self.problems


def check_rows(rows: Iterable[ChainRow]) -> ChainCheck:
    """Recompute the chain over the rows (in id order) and name each entry whose stored link disagrees.

    An edited entry no longer hashes to its link; a dropped or inserted one breaks the link of the entry
    after it. A dropped *last* entry leaves a consistent shorter chain: only an anchor kept elsewhere
    (station.records.anchor) shows that.
    """
    result = ChainCheck()
    prev = GENESIS
    for row in rows:
        expected = link(prev, *row.fields())
        if row.chain != expected:
            result.problems.append(
                f"audit entry {row.entry_id} ({row.action} {row.target}) does not match the chain: it was edited, "
                "or an entry before it was inserted or removed")
        result.links[row.entry_id] = row.chain
        # Go on from the stored link, so that one tampered entry is reported once, not with all that follow.
        prev = row.chain
        result.head_id, result.head = row.entry_id, row.chain
    return result


def rows_from(records: Sequence[Sequence[Any]]) -> list[ChainRow]:
    """ChainRows from ``SELECT id, at, who, role, action, target, parameters_json, outcome, chain`` rows."""
    return [ChainRow(int(r[0]), float(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), str(r[7]),
                     str(r[8])) for r in records]
