"""Traceability records: one typed record per unit attempt, written by sinks of the pipeline's events."""

from station.records.model import AuditEntry, ErrorRecord, Outcome, StepRecord, UnitRecord
from station.records.schema import SCHEMA_VERSION, SchemaError
from station.records.sink import RecordSink, SqliteSink
from station.records.store import RecordStore, default_path

__all__ = [
    "SCHEMA_VERSION",
    "AuditEntry",
    "ErrorRecord",
    "Outcome",
    "RecordSink",
    "RecordStore",
    "SchemaError",
    "SqliteSink",
    "StepRecord",
    "UnitRecord",
    "default_path",
]
