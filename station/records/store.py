"""The records database: the one writer of attempts, steps and audit entries, and the queries over them."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from station import paths
from station.logs import redact
from station.messages import Message, message
from station.records.chain import GENESIS, ChainCheck, check_rows, link, rows_from
from station.records.labels import LabelRecord
from station.records.model import AuditEntry, ErrorRecord, Outcome, StepRecord, UnitRecord
from station.records.schema import SchemaError, configure, migrate

NO_DATABASE = message("records.no-database", "no records database at {path}")
NO_DATABASE_REMEDY = message("remedy.records-db", "Check --db; the station creates the file when it provisions "
                                                  "its first unit.")
NOT_USABLE = message("records.not-usable", "{path} is not a usable records database: {error}")
_LABEL_COLUMNS = ("id, serial, attempt_id, queued_at, printed_at, copies, reprint, outcome, detail, port, unit, "
                  "run_id")

FILENAME = "records.sqlite"
_ATTEMPT_COLUMNS = ("id, serial, attempt, outcome, started_at, finished_at, model, hw_revision, fw_version, "
                    "thing_name, certificate_id, certificate_sha256, groups_json, versions_json, station_id, "
                    "operator, batch, run_id, port, unit, seconds, round_trips, error_step, error_cause, "
                    "error_remedy, error_created_json, error_messages_json, cert_mode")


def default_path() -> Path:
    return paths.data_dir() / FILENAME


def public_chain(pem: str, certificate_id: str) -> str:
    """The certificates of ``pem`` re-encoded as PEM, "" unless there are some and the first is ``certificate_id``
    (on AWS IoT, the SHA-256 of its DER). Anything else in the text (a key pasted along by mistake) is left out."""
    try:
        certs = x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return ""
    if not certs or hashlib.sha256(certs[0].public_bytes(Encoding.DER)).hexdigest() != certificate_id.lower():
        return ""
    return "".join(c.public_bytes(Encoding.PEM).decode("ascii") for c in certs)


class RecordStore:
    """One connection to ``records.sqlite``; every write is one short transaction, committed at once.

    The connection belongs to the thread that opened it (sqlite3's own check enforces that), which makes
    this object the station's single writer. Other processes (the ``station records`` CLI) may read the
    same file at the same time: WAL lets readers and the writer proceed without blocking each other.
    """

    def __init__(self, path: Path | str | None = None, *, create: bool = True, synchronous: str = "NORMAL") -> None:
        self.path = Path(path) if path is not None else default_path()
        if not create and not self.path.exists():
            raise SchemaError(NO_DATABASE(path=str(self.path)), step="records", remedy=NO_DATABASE_REMEDY())
        # Readable by the station's user only: records name operators, serials and certificates. SQLite gives
        # its -wal and -shm files the database file's mode, so creating that one 0600 covers all three (files
        # an older version left 0644 are tightened). A folder the station did not create (--db elsewhere) is
        # left as it is.
        if not self.path.parent.exists():
            paths.private_dir(self.path.parent)
        for file in (self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))):
            if file == self.path or file.exists():
                paths.private_file(file)
        # isolation_level=None: no implicit transactions; each write below says where its transaction ends.
        self._conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            configure(self._conn, synchronous)
            migrate(self._conn, self.path)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise SchemaError(NOT_USABLE(path=str(self.path), error=str(exc)), step="records") from exc
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- attempts: written as the unit progresses --------------------------------
    def begin_attempt(self, *, run_id: str, port: str, unit: int, at: float, station_id: str = "",
                      operator: str = "", batch: str = "") -> int:
        with self._write() as c:
            cur = c.execute("INSERT INTO attempts (run_id, port, unit, started_at, station_id, operator, batch) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", (run_id, port, unit, at, station_id, operator, batch))
            assert cur.lastrowid is not None
            return cur.lastrowid

    def identify(self, attempt_id: int, *, serial: str, model: str, hw_revision: str, fw_version: str,
                 thing_name: str, cert_mode: str = "") -> None:
        with self._write() as c:
            # The attempt number counts earlier attempts of this serial, whatever station or run made them.
            c.execute("UPDATE attempts SET serial = ?, model = ?, hw_revision = ?, fw_version = ?, thing_name = ?, "
                      "cert_mode = ?, attempt = 1 + (SELECT count(*) FROM attempts WHERE serial = ? AND id < ?) "
                      "WHERE id = ?",
                      (serial, model, hw_revision, fw_version, thing_name, cert_mode, serial, attempt_id, attempt_id))

    def set_certificate(self, attempt_id: int, *, thing_name: str, certificate_id: str) -> None:
        """The certificate the attempt just issued: written at once so that a crash cannot orphan it unseen."""
        with self._write() as c:
            c.execute("UPDATE attempts SET thing_name = ?, certificate_id = ?, certificate_sha256 = ? WHERE id = ?",
                      (thing_name, certificate_id, certificate_id, attempt_id))

    def keep_certificate_pem(self, certificate_id: str, pem: str) -> bool:
        """Keep the certificate (or chain) the attempts of ``certificate_id`` hold: False, and nothing kept, unless
        its first certificate is that one. Only the certificates are kept, re-encoded: nothing else of the text."""
        chain = public_chain(pem, certificate_id)
        if not chain:
            return False
        with self._write() as c:
            return bool(c.execute("UPDATE attempts SET certificate_pem = ? WHERE certificate_id IN (?, ?)",
                                  (chain, certificate_id, certificate_id.lower())).rowcount)

    def certificate_pem(self, certificate_id: str) -> str:
        """The certificate (factory-ca: the chain the board got) kept for ``certificate_id``; "" if none is."""
        row = self._conn.execute("SELECT certificate_pem FROM attempts WHERE certificate_id IN (?, ?) AND "
                                 "certificate_pem != '' ORDER BY id DESC LIMIT 1",
                                 (certificate_id, certificate_id.lower())).fetchone()
        return str(row[0]) if row else ""

    def unfinished_certificates(self, serial: str) -> list[str]:
        """Certificates issued for this serial by attempts that did not pass (newest first): resume candidates."""
        rows = self._conn.execute(
            "SELECT certificate_id FROM attempts WHERE serial = ? AND certificate_id != '' "
            "AND outcome NOT IN ('passed', 'ready', 'waiting-cloud') ORDER BY id DESC", (serial,)).fetchall()
        return list(dict.fromkeys(str(r[0]) for r in rows))

    def verified_attempts(self, serial: str, *, exclude: int | None = None) -> list[UnitRecord]:
        """Earlier attempts of ``serial`` (any station, any mode) that got as far as a verified write: the board
        was provisioned then. What an offline factory-ca station checks a serial against (newest first)."""
        return self._select(
            "WHERE a.serial = ? AND a.id != ? AND (a.outcome IN ('passed', 'ready', 'waiting-cloud') OR EXISTS "
            "(SELECT 1 FROM attempt_steps s WHERE s.attempt_id = a.id AND s.step = 'verifying' "
            "AND s.finished_at IS NOT NULL))", [serial, -1 if exclude is None else exclude])

    def finish_waiting_cloud(self, attempt_id: int, *, at: float, serial: str, thing_name: str,
                             certificate_id: str, groups: Sequence[str], seconds: float, round_trips: int) -> None:
        """factory-ca: provisioned and verified, the cloud not reached: "provisioned, waiting for the cloud"."""
        with self._write() as c:
            c.execute("UPDATE attempts SET outcome = ?, finished_at = ?, serial = coalesce(nullif(?, ''), serial), "
                      "thing_name = coalesce(nullif(?, ''), thing_name), certificate_id = ?, "
                      "certificate_sha256 = ?, groups_json = ?, seconds = ?, round_trips = ? WHERE id = ?",
                      (Outcome.WAITING_CLOUD.value, at, serial, thing_name, certificate_id, certificate_id.lower(),
                       json.dumps(list(groups)), seconds, round_trips, attempt_id))

    def waiting_cloud(self) -> list[UnitRecord]:
        """Attempts "provisioned, waiting for the cloud", oldest first: what a follow-up looks for in AWS."""
        return self._select("WHERE a.outcome = 'waiting-cloud'", [], newest_first=False)

    def cloud_reached(self, attempt_id: int, *, outcome: Outcome, at: float, detail: str) -> bool:
        """A waiting attempt was found registered (or ready) later: its outcome moves on, with a step saying how.

        Only an attempt still waiting changes (False otherwise): a station and a QA lookup may both find it.
        """
        with self._write() as c:
            done = c.execute("UPDATE attempts SET outcome = ? WHERE id = ? AND outcome = 'waiting-cloud'",
                             (outcome.value, attempt_id)).rowcount
            if done:
                c.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at, finished_at, seconds, "
                          "detail) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM attempt_steps "
                          "WHERE attempt_id = ?), 'cloud-follow-up', ?, ?, 0, ?)",
                          (attempt_id, attempt_id, at, at, redact(detail)))
            return bool(done)

    def step_started(self, attempt_id: int, step: str, at: float) -> None:
        with self._write() as c:
            # The pipeline may announce a step again while it is still open (a re-run's recovery path
            # re-enters REGISTERING around key generation): the first start stands.
            if c.execute("SELECT 1 FROM attempt_steps WHERE attempt_id = ? AND step = ? AND finished_at IS NULL",
                         (attempt_id, step)).fetchone():
                return
            c.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at) VALUES "
                      "(?, (SELECT coalesce(max(seq), 0) + 1 FROM attempt_steps WHERE attempt_id = ?), ?, ?)",
                      (attempt_id, attempt_id, step, at))

    def step_finished(self, attempt_id: int, step: str, at: float, seconds: float, detail: str = "") -> None:
        with self._write() as c:
            row = c.execute("SELECT id FROM attempt_steps WHERE attempt_id = ? AND step = ? AND finished_at IS NULL "
                            "ORDER BY seq DESC LIMIT 1", (attempt_id, step)).fetchone()
            if row is not None:
                c.execute("UPDATE attempt_steps SET finished_at = ?, seconds = ?, detail = ? WHERE id = ?",
                          (at, seconds, redact(detail), row[0]))
            else:  # a finish without a start we saw: keep it, with the start the duration implies
                c.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at, finished_at, seconds, "
                          "detail) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM attempt_steps "
                          "WHERE attempt_id = ?), ?, ?, ?, ?, ?)",
                          (attempt_id, attempt_id, step, at - seconds, at, seconds, redact(detail)))

    def finish_passed(self, attempt_id: int, *, at: float, serial: str, thing_name: str, certificate_id: str,
                      groups: Sequence[str], versions: Mapping[str, str], ready: bool, seconds: float,
                      round_trips: int) -> None:
        outcome = Outcome.READY if ready else Outcome.PASSED
        with self._write() as c:
            c.execute("UPDATE attempts SET outcome = ?, finished_at = ?, serial = coalesce(nullif(?, ''), serial), "
                      "thing_name = coalesce(nullif(?, ''), thing_name), certificate_id = ?, "
                      "certificate_sha256 = ?, groups_json = ?, versions_json = ?, seconds = ?, round_trips = ? "
                      "WHERE id = ?",
                      (outcome.value, at, serial, thing_name, certificate_id, certificate_id.lower(),
                       json.dumps(list(groups)), json.dumps(dict(versions), sort_keys=True), seconds, round_trips,
                       attempt_id))

    def finish_failed(self, attempt_id: int, *, at: float, step: str, cause: str, remedy: str,
                      created: Sequence[str], outcome: Outcome = Outcome.FAILED,
                      cause_message: Message | None = None, remedy_message: Message | None = None) -> None:
        # The messages (id, English template, parameters) beside the English text: the QA view translates them.
        messages = {k: m.to_json() for k, m in (("cause", cause_message), ("remedy", remedy_message)) if m}
        with self._write() as c:
            c.execute("UPDATE attempts SET outcome = ?, finished_at = ?, error_step = ?, error_cause = ?, "
                      "error_remedy = ?, error_created_json = ?, error_messages_json = ? WHERE id = ?",
                      (outcome.value, at, step, redact(cause), redact(remedy),
                       json.dumps([redact(r) for r in created]),
                       redact(json.dumps(messages, sort_keys=True)) if messages else None, attempt_id))

    def failure_messages(self, attempt_id: int) -> tuple[Message | None, Message | None]:
        """The cause and remedy of a failed attempt as messages (None where only the English text was kept)."""
        row = self._conn.execute("SELECT error_messages_json FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return _messages(row[0] if row else None)

    def mark_interrupted(self, attempt_id: int, cause: str, *, at: float | None = None) -> None:
        """Close a running attempt as interrupted, naming the step it was in (its last unfinished step)."""
        row = self._conn.execute("SELECT step FROM attempt_steps WHERE attempt_id = ? AND finished_at IS NULL "
                                 "ORDER BY seq DESC LIMIT 1", (attempt_id,)).fetchone()
        step = row[0] if row else ""
        self.finish_failed(attempt_id, at=time.time() if at is None else at, step=step, cause=cause,
                           remedy="Re-run the unit: every step is idempotent and picks up where it stopped.",
                           created=[], outcome=Outcome.INTERRUPTED)

    # -- label checks ----------------------------------------------------------------
    def label_mismatch(self, attempt_id: int, *, scanned: str, reported: str, at: float | None = None) -> None:
        """Write a barcode label that disagrees with the board's serial into the attempt's record.

        It is a step of the attempt (``label-check``), so searches and exports show it; an attempt already
        finished (and perhaps uploaded) is queued for upload again, so the copy in S3 carries it too.
        """
        when = time.time() if at is None else at
        detail = redact(f"MISMATCH: the label says {scanned!r}, the board reports {reported!r}")
        with self._write() as c:
            c.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at, finished_at, seconds, detail) "
                      "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM attempt_steps WHERE attempt_id = ?), "
                      "'label-check', ?, ?, 0, ?)", (attempt_id, attempt_id, when, when, detail))
            c.execute("UPDATE outbox SET sent_at = NULL, queued_at = ?, tries = 0, last_error = '' "
                      "WHERE attempt_id = ?", (when, attempt_id))

    # -- unit labels (station.labels) -----------------------------------------------------
    def label_queued(self, *, serial: str, at: float, attempt_id: int | None = None, run_id: str = "",
                     port: str = "", unit: int = 0, copies: int = 1, reprint: bool = False,
                     detail: str = "") -> int:
        """A label job was queued; returns its row id."""
        with self._write() as c:
            cur = c.execute("INSERT INTO labels (attempt_id, serial, run_id, port, unit, queued_at, copies, reprint, "
                            "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (attempt_id, serial, run_id, port, unit, at, copies, int(reprint), redact(detail)))
            assert cur.lastrowid is not None
            return cur.lastrowid

    def label_update(self, label_id: int, *, outcome: str, at: float, detail: str = "") -> None:
        """A label job moved on: printing, printed (``at`` is when), failed, or queued again with a reason."""
        with self._write() as c:
            c.execute("UPDATE labels SET outcome = ?, detail = ?, printed_at = CASE WHEN ? = 'printed' THEN ? "
                      "ELSE printed_at END WHERE id = ?", (outcome, redact(detail), outcome, at, label_id))

    def open_label(self, serial: str, run_id: str) -> int | None:
        """The label job of ``serial`` this run still has open (queued or printing), if any."""
        row = self._conn.execute("SELECT id FROM labels WHERE serial = ? AND run_id = ? AND outcome IN "
                                 "('queued', 'printing') ORDER BY id LIMIT 1", (serial, run_id)).fetchone()
        return int(row[0]) if row else None

    def labelled_attempt(self, serial: str) -> int | None:
        """The newest passed (or ready) attempt of ``serial``: the one its label describes."""
        row = self._conn.execute("SELECT id FROM attempts WHERE serial = ? AND outcome IN ('passed', 'ready') "
                                 "ORDER BY id DESC LIMIT 1", (serial,)).fetchone()
        return int(row[0]) if row else None

    def labels(self, *, serial: str | None = None, attempt_id: int | None = None) -> list[LabelRecord]:
        """Label jobs, oldest first; of one serial or attempt when given."""
        clauses, args = [], []
        for column, value in (("serial", serial), ("attempt_id", attempt_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(f"SELECT {_LABEL_COLUMNS} FROM labels {where} ORDER BY id", args).fetchall()
        return [LabelRecord(label_id=r[0], serial=r[1], attempt_id=r[2], queued_at=r[3], printed_at=r[4],
                            copies=r[5], reprint=bool(r[6]), outcome=r[7], detail=r[8], port=r[9], unit=r[10],
                            run_id=r[11]) for r in rows]

    # -- QA audit trail ------------------------------------------------------------
    def audit(self, *, who: str, role: str, action: str, target: str = "", parameters: Mapping[str, Any] | None = None,
              outcome: str, at: float | None = None) -> int:
        """Append one entry to the audit trail (which rejects updates and deletes); returns its id.

        The entry is chained to the one before it (station.records.chain) in the same transaction, under the
        write lock, so two processes appending at once still form one chain.
        """
        params = redact(json.dumps(dict(parameters or {}), sort_keys=True, default=str))
        fields = (time.time() if at is None else float(at), who, role, action, redact(target), params, outcome)
        with self._write() as c:
            last = c.execute("SELECT id, chain FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            entry_id, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
            c.execute("INSERT INTO audit (id, at, who, role, action, target, parameters_json, outcome, chain) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (entry_id, *fields, link(prev, entry_id, *fields)))
            return entry_id

    def audit_chain(self) -> ChainCheck:
        """Recompute the audit trail's hash chain from the stored entries (see station.records.chain)."""
        rows = self._conn.execute("SELECT id, at, who, role, action, target, parameters_json, outcome, chain "
                                  "FROM audit ORDER BY id").fetchall()
        return check_rows(rows_from(rows))

    def audit_head(self) -> tuple[int, str]:
        """The last entry's id and link ((0, GENESIS) for an empty trail): what an anchor records."""
        row = self._conn.execute("SELECT id, chain FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, GENESIS)

    def failed_unlocks(self, via: str, *, since: float = 0.0) -> list[float]:
        """Times of the wrong PINs given ``via`` ("cli", "window") since the last right one there (and not
        before ``since``): the lockout's state for a process that starts afresh (each CLI run, a restarted window)."""
        where = "action = 'unlock' AND json_extract(parameters_json, '$.via') = ?"
        last_ok = self._conn.execute(f"SELECT max(id) FROM audit WHERE {where} AND outcome = 'ok'", (via,)
                                     ).fetchone()[0]
        rows = self._conn.execute(f"SELECT at FROM audit WHERE {where} AND outcome = 'wrong PIN' AND id > ? "
                                  "AND at >= ?", (via, int(last_ok or 0), since)).fetchall()
        return [float(r[0]) for r in rows]

    def audit_entries(self, *, since: float | None = None, until: float | None = None) -> list[AuditEntry]:
        where, args = _range("at", since, until)
        rows = self._conn.execute("SELECT id, at, who, role, action, target, parameters_json, outcome FROM audit "
                                  f"{where} ORDER BY at, id", args).fetchall()
        return [AuditEntry(entry_id=r[0], at=r[1], who=r[2], role=r[3], action=r[4], target=r[5],
                           parameters=json.loads(r[6]), outcome=r[7]) for r in rows]

    # -- outbox of the S3 sink (filled by a trigger when an attempt finishes) -------------
    def pending_uploads(self, limit: int = 100) -> list[int]:
        """Attempt ids waiting to be sent, oldest first."""
        rows = self._conn.execute("SELECT attempt_id FROM outbox WHERE sent_at IS NULL ORDER BY queued_at, "
                                  "attempt_id LIMIT ?", (limit,)).fetchall()
        return [int(r[0]) for r in rows]

    def mark_uploaded(self, attempt_id: int, key: str, *, at: float | None = None) -> None:
        with self._write() as c:
            c.execute("UPDATE outbox SET sent_at = ?, s3_key = ?, last_error = '' WHERE attempt_id = ?",
                      (time.time() if at is None else at, key, attempt_id))

    def upload_failed(self, attempt_id: int, error: str) -> None:
        with self._write() as c:
            c.execute("UPDATE outbox SET tries = tries + 1, last_error = ? WHERE attempt_id = ?",
                      (redact(error)[:500], attempt_id))

    def outbox_status(self) -> dict[str, Any]:
        """Counts of pending and sent entries, the oldest pending one's age source and the last error."""
        pending, sent, oldest = self._conn.execute(
            "SELECT sum(sent_at IS NULL), sum(sent_at IS NOT NULL), min(CASE WHEN sent_at IS NULL THEN queued_at END) "
            "FROM outbox").fetchone()
        error = self._conn.execute("SELECT last_error FROM outbox WHERE sent_at IS NULL AND last_error != '' "
                                   "ORDER BY queued_at DESC LIMIT 1").fetchone()
        return {"pending": int(pending or 0), "sent": int(sent or 0), "oldest_pending_at": oldest,
                "last_error": error[0] if error else ""}

    # -- queries -------------------------------------------------------------------
    def get(self, attempt_id: int) -> UnitRecord | None:
        found = self._select("WHERE id = ?", [attempt_id])
        return found[0] if found else None

    def by_serial(self, serial: str) -> list[UnitRecord]:
        """Every attempt of this serial, newest first."""
        return self._select("WHERE serial = ?", [serial])

    def by_thing(self, thing_name: str) -> list[UnitRecord]:
        return self._select("WHERE thing_name = ?", [thing_name])

    def query(self, *, since: float | None = None, until: float | None = None, batch: str | None = None,
              outcome: Outcome | str | None = None, newest_first: bool = True,
              limit: int | None = None) -> list[UnitRecord]:
        """Attempts started in [since, until) (epoch seconds), optionally of one batch and outcome."""
        where, args = _range("started_at", since, until)
        clauses = [where.removeprefix("WHERE ")] if where else []
        if batch is not None:
            clauses.append("batch = ?")
            args.append(batch)
        if outcome is not None:
            clauses.append("outcome = ?")
            args.append(Outcome(outcome).value)
        sql = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._select(sql, args, newest_first=newest_first, limit=limit)

    def interrupted_attempts(self, *, exclude_run: str = "") -> list[UnitRecord]:
        """Attempts that never finished (``running`` after a crash, or ``interrupted``), newest first.

        An attempt whose serial was attempted again later is left out: the later attempt supersedes it.
        ``exclude_run`` leaves out the live station's own run, whose running attempts are simply running.
        """
        return self._select(
            "WHERE a.outcome IN ('running', 'interrupted') AND a.run_id != ? AND NOT (a.serial != '' AND EXISTS "
            "(SELECT 1 FROM attempts later WHERE later.serial = a.serial AND later.id > a.id))", [exclude_run])

    def _select(self, where: str, args: Sequence[Any], *, newest_first: bool = True,
                limit: int | None = None) -> list[UnitRecord]:
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts a {where} ORDER BY started_at {order}, id {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._conn.execute(sql, list(args)).fetchall()
        steps: dict[int, list[StepRecord]] = {r[0]: [] for r in rows}
        ids = list(steps)
        for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            chunk = ids[i:i + 500]
            for s in self._conn.execute(
                    "SELECT attempt_id, step, started_at, finished_at, seconds, detail FROM attempt_steps "
                    f"WHERE attempt_id IN ({','.join('?' * len(chunk))}) ORDER BY attempt_id, seq", chunk):
                steps[s[0]].append(StepRecord(step=s[1], started_at=s[2], finished_at=s[3], seconds=s[4],
                                              detail=s[5]))
        return [_record(r, steps[r[0]]) for r in rows]


def _range(column: str, since: float | None, until: float | None) -> tuple[str, list[Any]]:
    clauses, args = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        args.append(since)
    if until is not None:
        clauses.append(f"{column} < ?")
        args.append(until)
    return (("WHERE " + " AND ".join(clauses)) if clauses else ""), args


def _messages(text: str | None) -> tuple[Message | None, Message | None]:
    """The failure's cause and remedy messages from their JSON column; a damaged value shows the English text."""
    try:
        found = json.loads(text) if text else {}
        cause, remedy = (Message.from_json(found[k]) if k in found else None for k in ("cause", "remedy"))
    except (ValueError, KeyError, TypeError, AttributeError):  # a hand-edited row: the English text stands
        return None, None
    return cause, remedy


def _record(r: Sequence[Any], steps: list[StepRecord]) -> UnitRecord:
    error = None
    if r[22] is not None:
        cause, remedy = _messages(r[26])
        error = ErrorRecord(step=r[22], cause=r[23] or "", remedy=r[24] or "",
                            created=tuple(json.loads(r[25] or "[]")), cause_message=cause, remedy_message=remedy)
    return UnitRecord(attempt_id=r[0], serial=r[1], attempt=r[2], outcome=Outcome(r[3]), started_at=r[4],
                      finished_at=r[5], model=r[6], hw_revision=r[7], fw_version=r[8], thing_name=r[9],
                      certificate_id=r[10], certificate_sha256=r[11], groups=tuple(json.loads(r[12])),
                      versions=json.loads(r[13]), station_id=r[14], operator=r[15], batch=r[16], run_id=r[17],
                      port=r[18], unit=r[19], seconds=r[20], round_trips=r[21], error=error, steps=tuple(steps),
                      cert_mode=r[27] or "")
