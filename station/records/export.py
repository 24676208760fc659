"""Exports of attempt records: CSV (one row per attempt, for spreadsheets) and JSON (steps nested)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TextIO

from station.records.model import UnitRecord
from station.safetext import clean_value

CSV_COLUMNS = ("attempt_id", "serial", "attempt", "outcome", "started", "finished", "model", "hw_revision",
               "fw_version", "thing_name", "certificate_id", "certificate_sha256", "groups", "firmware_version",
               "config_version", "versions", "station_id", "operator", "batch", "port", "unit", "seconds",
               "round_trips", "error_step", "error_cause", "error_remedy", "error_created", "steps", "cert_mode")


def iso(at: float | None) -> str:
    """Local time with its UTC offset: what the QA technician's clock said, yet unambiguous."""
    if at is None:
        return ""
    return dt.datetime.fromtimestamp(at).astimezone().isoformat(timespec="milliseconds")


def _cell(value: Any) -> Any:
    # Text from boards and devices may carry escape codes or bidi overrides (a record written before
    # the sink cleaned it, or a database from elsewhere): escaped here, so no export replays them.
    value = clean_value(value)
    # Serials and causes come from boards and devices: a cell starting with = + - @ would be run as a
    # formula by a spreadsheet (CSV injection), so such text gets a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_row(r: UnitRecord) -> dict[str, Any]:
    steps = "; ".join(f"{s.step} {iso(s.started_at)}..{iso(s.finished_at) or 'unfinished'}"
                      + (f" ({s.seconds:.3f} s)" if s.seconds is not None else "") for s in r.steps)
    row: dict[str, Any] = {
        "attempt_id": r.attempt_id, "serial": r.serial, "attempt": r.attempt, "outcome": r.outcome.value,
        "started": iso(r.started_at), "finished": iso(r.finished_at), "model": r.model,
        "hw_revision": r.hw_revision, "fw_version": r.fw_version, "thing_name": r.thing_name,
        "certificate_id": r.certificate_id, "certificate_sha256": r.certificate_sha256,
        "groups": ";".join(r.groups), "firmware_version": r.versions.get("firmware", ""),
        "config_version": r.versions.get("config", ""),
        "versions": ";".join(f"{k}={v}" for k, v in sorted(r.versions.items())), "station_id": r.station_id,
        "operator": r.operator, "batch": r.batch, "port": r.port, "unit": r.unit,
        "seconds": "" if r.seconds is None else r.seconds,
        "round_trips": "" if r.round_trips is None else r.round_trips,
        "error_step": r.error.step if r.error else "", "error_cause": r.error.cause if r.error else "",
        "error_remedy": r.error.remedy if r.error else "",
        "error_created": ";".join(r.error.created) if r.error else "", "steps": steps,
        "cert_mode": r.cert_mode,
    }
    return {k: _cell(v) for k, v in row.items()}


def write_csv(records: Iterable[UnitRecord], out: TextIO) -> int:
    """One row per attempt, steps summarised in one column; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in records:
        writer.writerow(csv_row(r))
        n += 1
    return n


def write_json(records: Iterable[UnitRecord], out: TextIO) -> int:
    """A JSON array, one object per attempt with its steps nested; returns the number of objects."""
    items = [clean_value(r.to_json()) for r in records]
    json.dump(items, out, indent=2)
    out.write("\n")
    return len(items)
