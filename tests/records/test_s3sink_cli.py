"""`station records outbox / upload / remote` against the embedded cloud, through a real-line profile."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from station.cli.records_cmds import main
from station.pipeline.events import EventBus
from station.profile import default_profile_text, load_profile
from station.records import RecordStore, SqliteSink
from tests.line_pins import with_own_pins
from tests.records.events import failing, passing

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(120)]


def line_profile(tmp_path: Path, embedded: Any, records: str) -> Path:
    """kind = aws pointed at the embedded cloud (as tests/integration/test_provision_cli.py does)."""
    text = with_own_pins(default_profile_text()).replace('kind = "embedded"', 'kind = "aws"').replace(
        '# endpoint_url = ""', f'endpoint_url = "{embedded.endpoints.http_url}"').replace(
        'id = "demo-station"', 'id = "line-1-pc-2"')
    path = tmp_path / "line.toml"
    path.write_text(text + records)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_outbox_upload_and_remote_listing(embedded: Any, tmp_path: Path, station_home: Path, db_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # Credentials reach boto3 through its normal chain (the environment), never through the profile.
    for name, value in embedded.credentials_env().items():
        monkeypatch.setenv(name, value)
    profile = line_profile(tmp_path, embedded, '\n[records]\ns3_prefix = "records/"\n')
    embedded.grant(load_profile(profile))  # the station's identity gets the records statements of this profile
    with RecordStore(db_path) as store:  # a station run without network: records only in the outbox
        sink = SqliteSink(store, station_id="line-1-pc-2")
        bus = EventBus()
        bus.subscribe(sink.on_event)
        for e in passing(1, serial="SN-1") + failing(2, serial="SN-2"):
            bus.emit(e)

    code, out, _ = run(capsys, "records", "outbox", "--db", str(db_path), "--json")
    assert code == 0 and json.loads(out)["pending"] == 2

    code, out, err = run(capsys, "records", "upload", "--profile", str(profile), "--db", str(db_path), "--json")
    assert code == 0, err
    assert (json.loads(out)["sent"], json.loads(out)["pending"]) == (2, 0)
    code, out, _ = run(capsys, "records", "outbox", "--db", str(db_path))
    assert out.startswith("0 record(s) waiting") and "2 sent" in out

    code, out, err = run(capsys, "records", "remote", "--profile", str(profile), "--json", "--since", "2024-05-01",
                         "--until", "2024-05-01")
    assert code == 0, err
    listed = [json.loads(line) for line in out.splitlines()]
    assert [(r["serial"], r["outcome"], r["station_id"]) for r in listed] == [
        ("SN-1", "ready", "line-1-pc-2"), ("SN-2", "failed", "line-1-pc-2")]
    code, out, _ = run(capsys, "records", "remote", "--profile", str(profile), "--since", "2024-05-02")
    assert code == 0 and out.startswith("no records in s3://provisioning-station-catalog/records/")
    code, out, _ = run(capsys, "records", "remote", "--profile", str(profile))
    assert len(out.splitlines()) == 2 and "SN-2" in out and "writing:" in out


def test_remote_needs_a_prefix(tmp_path: Path, station_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nowhere = SimpleNamespace(endpoints=SimpleNamespace(http_url="http://127.0.0.1:9"))  # never dialled
    code, _out, err = run(capsys, "records", "remote", "--profile", str(line_profile(tmp_path, nowhere, "")))
    assert code == 2 and "s3_prefix is empty" in err and "--prefix" in err
