"""The audit trail's hash chain: edits made straight in the SQLite file (triggers dropped) are found by
`station records audit --verify`, and the chain heads anchored in the embedded cloud's S3 catch a rewrite."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from station.cli.records_cmds import main
from station.profile import load_profile
from station.records import RecordStore
from station.records.anchor import AuditAnchor
from station.records.chain import GENESIS, link
from station.records.schema import MIGRATIONS, SCHEMA_VERSION
from tests.security.line_roles import roles_profile

ACTIONS = [("update", "sensor-a-0001", "done"), ("cancel", "job-7", "failed: job not found"),
           ("release", "sensor-a", "done"), ("revoke", "sensor-a-0002", "done")]


def filled(path: Path) -> Path:
    with RecordStore(path) as store:
        for i, (action, target, outcome) in enumerate(ACTIONS):
            store.audit(who="qa1", role="qa", action=action, target=target, parameters={"n": i}, outcome=outcome,
                        at=1_700_000_000.0 + i)
    return path


def tamper(path: Path, *sql: str) -> None:
    """What someone with the file (and sqlite3) does: drop the append-only triggers, then change history."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def recompute_chain(path: Path) -> None:
    """The attacker who knows the algorithm re-links every entry after an edit: locally consistent again."""
    conn = sqlite3.connect(path)
    prev = GENESIS
    for row in conn.execute("SELECT id, at, who, role, action, target, parameters_json, outcome FROM audit "
                            "ORDER BY id").fetchall():
        prev = link(prev, *row)
        conn.execute("UPDATE audit SET chain = ? WHERE id = ?", (prev, row[0]))
    conn.commit()
    conn.close()


def verify(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    code = main(["records", "audit", "--verify", "--db", str(db), "--json", *extra])
    out = capsys.readouterr().out
    return code, json.loads(out.splitlines()[-1])


def test_the_chain_holds_for_an_untouched_trail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, result = verify(capsys, filled(tmp_path / "r.sqlite"), "--local")
    assert (code, result["ok"], result["entries"], result["problems"]) == (0, True, 4, [])


EDITS: dict[str, tuple[Callable[[Path], None], int]] = {
    # an outcome rewritten after the fact: that very entry no longer hashes to its link
    "edited": (lambda p: tamper(p, "UPDATE audit SET outcome = 'done' WHERE id = 2"), 2),
    # an entry removed from the middle: the next one's link no longer follows
    "dropped": (lambda p: tamper(p, "DELETE FROM audit WHERE id = 2"), 3),
    # an entry slipped in before the first, with a link computed as the station would: the first one breaks
    "inserted": (lambda p: tamper(p, "INSERT INTO audit (id, at, who, role, action, target, parameters_json, "
                                     f"outcome, chain) VALUES (0, 1.0, 'qa1', 'qa', 'unlock', 'qa', '{{}}', 'ok', "
                                     f"'{link(GENESIS, 0, 1.0, 'qa1', 'qa', 'unlock', 'qa', '{}', 'ok')}')"), 1),
    # a field the listing does not even show
    "parameters": (lambda p: tamper(p, "UPDATE audit SET parameters_json = '{\"n\":9}' WHERE id = 4"), 4),
}


@pytest.mark.parametrize("how", sorted(EDITS))
def test_an_entry_changed_in_the_file_after_dropping_the_triggers_is_found(
        how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = filled(tmp_path / "r.sqlite")
    edit, broken = EDITS[how]
    edit(db)
    code, result = verify(capsys, db, "--local")
    assert code == 1 and not result["ok"]
    assert [p.split(" (")[0] for p in result["problems"]] == [f"audit entry {broken}"]
    main(["records", "audit", "--verify", "--local", "--db", str(db)])
    assert f"TAMPERED: audit entry {broken}" in capsys.readouterr().out


def test_entries_written_before_the_chain_existed_are_chained_by_the_migration(tmp_path: Path) -> None:
    db = tmp_path / "v3.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    for step in MIGRATIONS[:3]:
        for statement in step:
            assert isinstance(statement, str)
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO audit (at, who, role, action, target, outcome) VALUES (1.5, 'qa1', 'qa', 'revoke', "
                 "'sensor-a-0001', 'done'), (2.5, 'eng', 'engineer', 'release', 'sensor-a', 'done')")
    conn.close()
    with RecordStore(db) as store:
        check = store.audit_chain()
        assert check.ok and sorted(check.links) == [1, 2]
        store.audit(who="qa1", role="qa", action="cancel", target="job-1", outcome="done")
        assert store.audit_chain().ok and store.audit_head()[0] == 3
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):  # the trigger is back after sealing
            store._conn.execute("UPDATE audit SET outcome = 'x' WHERE id = 1")
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.cloud
@pytest.mark.timeout(120)
def test_anchors_in_s3_catch_a_rewritten_chain_and_a_dropped_last_entry(
        embedded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in embedded.credentials_env().items():  # the station's own least-privilege identity
        monkeypatch.setenv(name, value)
    profile_path = roles_profile(tmp_path, embedded, extra='\n[records]\ns3_prefix = "records/"\n')
    profile = load_profile(profile_path)
    embedded.grant(profile)
    db = filled(tmp_path / "r.sqlite")
    anchor = AuditAnchor(embedded.cloud, profile.records_bucket, "records/", profile.station_id)
    with RecordStore(db) as store:
        first = anchor.anchor(store)
        assert first is not None and first.entry_id == 4
        assert anchor.anchor(store) == first  # the conditional PUT finds it there: same head, no error, no copy
        store.audit(who="qa1", role="qa", action="update", target="sensor-a-0003", outcome="done")
        assert store.audit_head()[0] == 5  # written, not yet anchored
    assert [(a.entry_id, a.link) for a in anchor.anchors()] == [(4, first.link)]
    s3 = embedded.cloud.client("s3")
    assert json.loads(s3.get_object(Bucket=profile.records_bucket, Key=first.key)["Body"].read())["entry_id"] == 4

    def check(copy: str) -> tuple[int, dict[str, Any]]:
        return verify(capsys, tmp_path / copy, "--profile", str(profile_path))

    code, result = verify(capsys, db, "--profile", str(profile_path))
    assert (code, result["ok"], result["anchors"], result["last_anchored"], result["head_entry"]) == (0, True, 1, 4, 5)

    # Entry 4 (anchored) removed, with the entry after it: a consistent chain of 3 locally, but S3 knows of 4.
    shutil.copy(db, tmp_path / "dropped.sqlite")
    tamper(tmp_path / "dropped.sqlite", "DELETE FROM audit WHERE id >= 4")
    code, result = check("dropped.sqlite")
    assert code == 1 and result["problems"] == [
        f"audit entry 4 was anchored in s3://{profile.records_bucket}/records/line-1-pc-2/audit-chain/ but is "
        "missing from the records database: entries were removed"]

    # Entry 2 rewritten and every link after it recomputed: the chain checks out locally, not against S3.
    shutil.copy(db, tmp_path / "rewritten.sqlite")
    tamper(tmp_path / "rewritten.sqlite", "UPDATE audit SET outcome = 'done' WHERE id = 2")
    recompute_chain(tmp_path / "rewritten.sqlite")
    assert verify(capsys, tmp_path / "rewritten.sqlite", "--local")[0] == 0
    code, result = check("rewritten.sqlite")
    assert code == 1 and len(result["problems"]) == 1 and "entry 4 differs from its anchor" in result["problems"][0]
