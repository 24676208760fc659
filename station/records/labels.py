"""Label records: what the label service queued and printed for each unit (table ``labels``, schema v5)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LabelRecord:
    """One label job: queued, then printed (``printed_at``), or still ``queued`` if the station stopped first."""

    label_id: int
    serial: str
    attempt_id: int | None  # the attempt it labels (None: no passed attempt of that serial on this PC)
    queued_at: float
    printed_at: float | None
    copies: int
    reprint: bool
    outcome: str  # "queued" | "printing" | "printed" | "failed"
    detail: str = ""  # why it waited or failed last, in English
    port: str = ""
    unit: int = 0
    run_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"label_id": self.label_id, "serial": self.serial, "attempt_id": self.attempt_id,
                "queued_at": self.queued_at, "printed_at": self.printed_at, "copies": self.copies,
                "reprint": self.reprint, "outcome": self.outcome, "detail": self.detail, "port": self.port,
                "unit": self.unit, "run_id": self.run_id}
