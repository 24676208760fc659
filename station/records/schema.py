"""Records database schema: forward migrations keyed by PRAGMA user_version, WAL, foreign keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from station.errors import StationError
from station.messages import message
from station.records.chain import GENESIS, link

NOT_WAL = message("records.not-wal", "the records database could not be switched to WAL (journal mode is {mode})")
NOT_WAL_REMEDY = message("remedy.records-local-disk", "Keep the records database on a local disk, not a network "
                                                      "share.")
TOO_NEW = message("records.too-new", "records database {path} has schema version {found}, newer than this station "
                                     "knows (up to {known}): it was written by a newer station version")


def _seal_audit_trail(conn: sqlite3.Connection) -> None:
    """Chain the audit entries written before v4, oldest first, so that the chain covers the whole trail."""
    head = GENESIS
    rows = conn.execute("SELECT id, at, who, role, action, target, parameters_json, outcome FROM audit "
                        "ORDER BY id").fetchall()
    for row in rows:
        head = link(head, *row)
        conn.execute("UPDATE audit SET chain = ? WHERE id = ?", (head, row[0]))


_V5_COLUMNS = ("id, run_id, port, unit, serial, attempt, model, hw_revision, fw_version, thing_name, "
               "certificate_id, certificate_sha256, groups_json, versions_json, station_id, operator, batch, "
               "started_at, finished_at, outcome, seconds, round_trips, error_step, error_cause, error_remedy, "
               "error_created_json, error_messages_json")

_ATTEMPTS_V6 = """CREATE TABLE attempts_v6 (
    id                  INTEGER PRIMARY KEY,
    run_id              TEXT NOT NULL,
    port                TEXT NOT NULL,
    unit                INTEGER NOT NULL,
    serial              TEXT NOT NULL DEFAULT '',
    attempt             INTEGER NOT NULL DEFAULT 1,
    model               TEXT NOT NULL DEFAULT '',
    hw_revision         TEXT NOT NULL DEFAULT '',
    fw_version          TEXT NOT NULL DEFAULT '',
    thing_name          TEXT NOT NULL DEFAULT '',
    certificate_id      TEXT NOT NULL DEFAULT '',
    certificate_sha256  TEXT NOT NULL DEFAULT '',
    groups_json         TEXT NOT NULL DEFAULT '[]',
    versions_json       TEXT NOT NULL DEFAULT '{}',
    station_id          TEXT NOT NULL DEFAULT '',
    operator            TEXT NOT NULL DEFAULT '',
    batch               TEXT NOT NULL DEFAULT '',
    started_at          REAL NOT NULL,
    finished_at         REAL,
    outcome             TEXT NOT NULL DEFAULT 'running'
                        CHECK (outcome IN ('running', 'passed', 'ready', 'failed', 'interrupted', 'waiting-cloud')),
    seconds             REAL,
    round_trips         INTEGER,
    error_step          TEXT,
    error_cause         TEXT,
    error_remedy        TEXT,
    error_created_json  TEXT,
    error_messages_json TEXT,
    cert_mode           TEXT NOT NULL DEFAULT '',
    certificate_pem     TEXT NOT NULL DEFAULT ''
)"""

# The v3 trigger, made again on the rebuilt table (a table's triggers go with it).
_OUTBOX_TRIGGER = """CREATE TRIGGER attempts_to_outbox AFTER UPDATE OF outcome ON attempts
   WHEN NEW.outcome != 'running' AND NEW.outcome IS NOT OLD.outcome
   BEGIN
       INSERT INTO outbox (attempt_id, queued_at)
       VALUES (NEW.id, (julianday('now') - 2440587.5) * 86400.0)
       ON CONFLICT (attempt_id) DO UPDATE SET sent_at = NULL, queued_at = excluded.queued_at,
                                              tries = 0, last_error = '';
   END"""


#: One migration step: SQL statements, or (only where SQL cannot do it) a function run in the same transaction.
Statement = str | Callable[[sqlite3.Connection], None]

# Append-only: MIGRATIONS[n] takes a database from user_version n to n + 1. A shipped step is never
# edited (stations in the field have already run it); a change is a new step at the end.
MIGRATIONS: list[tuple[Statement, ...]] = [
    # v1: attempts and their steps.
    (
        """CREATE TABLE attempts (
            id                 INTEGER PRIMARY KEY,
            run_id             TEXT NOT NULL,
            port               TEXT NOT NULL,
            unit               INTEGER NOT NULL,
            serial             TEXT NOT NULL DEFAULT '',
            attempt            INTEGER NOT NULL DEFAULT 1,
            model              TEXT NOT NULL DEFAULT '',
            hw_revision        TEXT NOT NULL DEFAULT '',
            fw_version         TEXT NOT NULL DEFAULT '',
            thing_name         TEXT NOT NULL DEFAULT '',
            certificate_id     TEXT NOT NULL DEFAULT '',
            certificate_sha256 TEXT NOT NULL DEFAULT '',
            groups_json        TEXT NOT NULL DEFAULT '[]',
            versions_json      TEXT NOT NULL DEFAULT '{}',
            station_id         TEXT NOT NULL DEFAULT '',
            operator           TEXT NOT NULL DEFAULT '',
            batch              TEXT NOT NULL DEFAULT '',
            started_at         REAL NOT NULL,
            finished_at        REAL,
            outcome            TEXT NOT NULL DEFAULT 'running'
                               CHECK (outcome IN ('running', 'passed', 'ready', 'failed', 'interrupted')),
            seconds            REAL,
            round_trips        INTEGER,
            error_step         TEXT,
            error_cause        TEXT,
            error_remedy       TEXT,
            error_created_json TEXT
        )""",
        "CREATE INDEX attempts_serial ON attempts (serial, started_at)",
        """CREATE TABLE attempt_steps (
            id          INTEGER PRIMARY KEY,
            attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
            seq         INTEGER NOT NULL,
            step        TEXT NOT NULL,
            started_at  REAL,
            finished_at REAL,
            seconds     REAL,
            detail      TEXT NOT NULL DEFAULT '',
            UNIQUE (attempt_id, seq)
        )""",
    ),
    # v2: QA audit trail (append-only, enforced by triggers so no code path can rewrite history) and the
    # indexes the QA queries need.
    (
        """CREATE TABLE audit (
            id              INTEGER PRIMARY KEY,
            at              REAL NOT NULL,
            who             TEXT NOT NULL,
            role            TEXT NOT NULL,
            action          TEXT NOT NULL,
            target          TEXT NOT NULL DEFAULT '',
            parameters_json TEXT NOT NULL DEFAULT '{}',
            outcome         TEXT NOT NULL
        )""",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        "CREATE INDEX audit_at ON audit (at)",
        "CREATE INDEX attempts_thing ON attempts (thing_name)",
        "CREATE INDEX attempts_batch ON attempts (batch, started_at)",
        "CREATE INDEX attempts_started ON attempts (started_at)",
        "CREATE INDEX attempts_unfinished ON attempts (outcome) WHERE outcome IN ('running', 'interrupted')",
    ),
    # v3: the outbox of finished attempts for the S3 sink. A trigger fills it in the same transaction as the
    # attempt's final write, so no code path can finish an attempt without queueing it, and a crash between
    # "finished" and "queued" cannot exist. Attempts already finished are queued too (nothing is left out).
    (
        """CREATE TABLE outbox (
            attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
            queued_at  REAL NOT NULL,
            sent_at    REAL,
            s3_key     TEXT NOT NULL DEFAULT '',
            tries      INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX outbox_pending ON outbox (queued_at) WHERE sent_at IS NULL",
        # Fires only on a real change to a final outcome; a changed record (e.g. an interrupted attempt
        # closed again) is queued again so the copy in S3 never stays behind the database.
        """CREATE TRIGGER attempts_to_outbox AFTER UPDATE OF outcome ON attempts
           WHEN NEW.outcome != 'running' AND NEW.outcome IS NOT OLD.outcome
           BEGIN
               INSERT INTO outbox (attempt_id, queued_at)
               VALUES (NEW.id, (julianday('now') - 2440587.5) * 86400.0)
               ON CONFLICT (attempt_id) DO UPDATE SET sent_at = NULL, queued_at = excluded.queued_at,
                                                      tries = 0, last_error = '';
           END""",
        "INSERT INTO outbox (attempt_id, queued_at) SELECT id, coalesce(finished_at, started_at) FROM attempts "
        "WHERE outcome != 'running'",
    ),
    # v4: the audit trail becomes a hash chain (station.records.chain): each entry's ``chain`` hashes the
    # previous entry's and its own fields, so an entry edited, inserted or dropped by hand (after dropping the
    # triggers) breaks it. Entries already there are chained here, with the no-update trigger lifted for this
    # one transaction only.
    (
        "ALTER TABLE audit ADD COLUMN chain TEXT NOT NULL DEFAULT ''",
        "DROP TRIGGER audit_no_update",
        _seal_audit_trail,
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    ),
    # v5: unit labels (station.labels): one row per label job, from queued to printed (or still queued when the
    # station stopped: never printed), reprints by QA included. And a failure's cause and remedy as messages
    # (station.messages, JSON) beside their English text, so the QA view shows old failures translated.
    (
        """CREATE TABLE labels (
            id          INTEGER PRIMARY KEY,
            attempt_id  INTEGER REFERENCES attempts (id) ON DELETE CASCADE,
            serial      TEXT NOT NULL,
            run_id      TEXT NOT NULL DEFAULT '',
            port        TEXT NOT NULL DEFAULT '',
            unit        INTEGER NOT NULL DEFAULT 0,
            queued_at   REAL NOT NULL,
            printed_at  REAL,
            copies      INTEGER NOT NULL DEFAULT 1,
            reprint     INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1)),
            outcome     TEXT NOT NULL DEFAULT 'queued'
                        CHECK (outcome IN ('queued', 'printing', 'printed', 'failed')),
            detail      TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX labels_serial ON labels (serial, queued_at)",
        "CREATE INDEX labels_attempt ON labels (attempt_id)",
        "ALTER TABLE attempts ADD COLUMN error_messages_json TEXT",
    ),
    # v6: factory-ca's "provisioned, waiting for the cloud" outcome, the attempt's certificate mode and its
    # certificate itself (public: what a never-seen factory-ca certificate is registered REVOKED with). SQLite
    # cannot change a CHECK constraint in place: the attempts table is rebuilt (SQLite's documented procedure,
    # foreign keys off around this one step, checked before it commits), its indexes and trigger made again.
    (
        _ATTEMPTS_V6,
        "INSERT INTO attempts_v6 (" + _V5_COLUMNS + ") SELECT " + _V5_COLUMNS + " FROM attempts",
        "DROP TABLE attempts",
        "ALTER TABLE attempts_v6 RENAME TO attempts",
        "CREATE INDEX attempts_serial ON attempts (serial, started_at)",
        "CREATE INDEX attempts_thing ON attempts (thing_name)",
        "CREATE INDEX attempts_batch ON attempts (batch, started_at)",
        "CREATE INDEX attempts_started ON attempts (started_at)",
        "CREATE INDEX attempts_unfinished ON attempts (outcome) WHERE outcome IN ('running', 'interrupted')",
        "CREATE INDEX attempts_waiting ON attempts (outcome) WHERE outcome = 'waiting-cloud'",
        "CREATE INDEX attempts_certificate ON attempts (certificate_id) WHERE certificate_id != ''",
        _OUTBOX_TRIGGER,
    ),
]

#: Migration steps that rebuild a table others reference: run with foreign keys off (see migrate()).
_REBUILDS = frozenset({5})

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(StationError):
    """The records database cannot be used by this version of the station."""

    default_remedy = message("remedy.records-schema", "Open it with the station version that wrote it, or point "
                             "--db at another file; never edit the records database by hand.")()


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


SYNCHRONOUS = ("NORMAL", "FULL")


def configure(conn: sqlite3.Connection, synchronous: str = "NORMAL") -> None:
    """Per-connection settings; journal_mode=WAL is stored in the file, the others are not."""
    if synchronous not in SYNCHRONOUS:
        raise ValueError(f"synchronous must be one of {SYNCHRONOUS}, not {synchronous!r}")
    conn.execute("PRAGMA busy_timeout = 5000")  # a reader (CLI) checkpointing must not fail the writer
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise SchemaError(NOT_WAL(mode=str(mode)), step="records", remedy=NOT_WAL_REMEDY())
    # WAL + NORMAL: a commit survives a crash or SIGKILL of the station (it is in the WAL file); only an OS
    # crash or power cut can lose the last commits, never corrupt the file. FULL also survives that, at
    # one fsync per commit. Measured costs: docs/records.md.
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("PRAGMA foreign_keys = ON")


def migrate(conn: sqlite3.Connection, path: Path | str = "") -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per step; returns the version found."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaError(TOO_NEW(path=str(path), found=found, known=SCHEMA_VERSION), step="records")
    while True:
        # DDL is transactional in SQLite: a step either applies fully, version bump included, or not at all.
        # The version is re-read under the write lock so two processes opening a fresh file cannot both
        # run the same step.
        rebuild = user_version(conn) in _REBUILDS
        if rebuild:
            # Dropping a referenced table with foreign keys on would cascade its deletion to the children;
            # the pragma only takes effect outside a transaction. Checked below before the step commits.
            conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return found
            for statement in MIGRATIONS[version]:
                if isinstance(statement, str):
                    conn.execute(statement)
                else:
                    statement(conn)
            if rebuild and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.IntegrityError(f"migration to v{version + 1} broke a foreign key")
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            if rebuild:
                conn.execute("PRAGMA foreign_keys = ON")
