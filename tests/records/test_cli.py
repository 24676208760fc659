"""`station records …` in a subprocess: search, list, export, interrupted, audit, with and without --json."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.cli import main as station_main
from station.cli.records_cmds import build_parser, parse_when
from station.records import RecordStore, SqliteSink
from tests.records.events import T0, failing, passing

ROOT = Path(__file__).resolve().parents[2]


def _wired() -> bool:
    try:
        station_main.build_parser().parse_args(["records", "interrupted"])
    except SystemExit:
        return False
    return True


# Through `python -m station` once main.py registers the command; through the module itself until then.
ENTRY = ["-m", "station"] if _wired() else ["-m", "station.cli.records_cmds"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *ENTRY, "records", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def db(db_path: Path) -> Path:
    with RecordStore(db_path) as store:
        sink = SqliteSink(store, station_id="line-1", batch="A", operator="alice", run_id="old")
        for e in failing(unit=1, serial="SN-1") + passing(unit=1, serial="SN-1", start=T0 + 100, detected=False):
            sink.on_event(e)
        for e in passing(unit=2, serial="SN-2", start=T0 + 200)[:8]:  # left running: the station "crashed"
            sink.on_event(e)
        store.audit(who="carol", role="qa", action="revoke", target="demo-SN-1", parameters={"reason": "rework"},
                    outcome="done", at=T0 + 300)
    return db_path


def test_search_lists_every_attempt_with_steps(db: Path) -> None:
    p = run("search", "SN-1", "--db", str(db))
    assert p.returncode == 0, p.stderr
    assert p.stdout.index("try 2") < p.stdout.index("try 1")  # newest first
    assert "registering" in p.stdout and "remedy:" in p.stdout and "created: certificate" in p.stdout
    j = run("search", "SN-1", "--db", str(db), "--json")
    assert [json.loads(line)["attempt"] for line in j.stdout.splitlines()] == [2, 1]
    assert run("search", "NOPE", "--db", str(db)).returncode == 1


def test_list_filters(db: Path) -> None:
    p = run("list", "--db", str(db), "--json", "--outcome", "ready")
    assert [json.loads(line)["serial"] for line in p.stdout.splitlines()] == ["SN-1"]
    p = run("list", "--db", str(db), "--json", "--batch", "A", "--since", "2024-04-30", "--until", "2024-05-01")
    assert len(p.stdout.splitlines()) == 3
    p = run("list", "--db", str(db), "--json", "--batch", "B")
    assert p.stdout == ""
    p = run("list", "--db", str(db), "--since", "yesterday")
    assert p.returncode == 2 and "not a date" in p.stderr


def test_export_csv_and_json_to_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    p = run("export", "--format", "csv", "--batch", "A", "--output", str(out), "--db", str(db), "--json")
    assert json.loads(p.stdout) == {"event": "exported", "format": "csv", "records": 3, "output": str(out)}
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["outcome"] for r in rows] == ["failed", "ready", "running"]  # oldest first
    p = run("export", "--format", "json", "--db", str(db))
    items = json.loads(p.stdout)
    assert [i["serial"] for i in items] == ["SN-1", "SN-1", "SN-2"] and items[1]["steps"]


def test_interrupted_and_audit(db: Path) -> None:
    p = run("interrupted", "--db", str(db), "--json")
    [item] = [json.loads(line) for line in p.stdout.splitlines()]
    assert item["serial"] == "SN-2" and item["outcome"] == "running"
    p = run("audit", "--db", str(db))
    assert "carol (qa)  revoke demo-SN-1" in p.stdout and '"reason":"rework"' in p.stdout
    p = run("audit", "--db", str(db), "--json", "--since", "2024-05-02")
    assert p.stdout == ""


def test_missing_database_is_a_plain_error(tmp_path: Path) -> None:
    p = run("list", "--db", str(tmp_path / "nope.sqlite"))
    assert p.returncode == 2 and "no records database" in p.stderr and "remedy:" in p.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_parser_defaults_and_dates() -> None:
    args = build_parser().parse_args(["records", "list"])
    assert args.db is None and args.since is None and args.func.__name__ == "cmd_list"
    assert parse_when("2024-05-02", end=True) - parse_when("2024-05-02") == 86_400
    assert parse_when("2024-05-01T08:00+00:00") == T0
