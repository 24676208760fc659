"""Bad command lines end in a one-line usage error (exit 2) before anything starts, never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.cli.main import main
from station.profile import default_profile_text
from station.records import RecordStore


@pytest.mark.parametrize(("argv", "says"), [
    (["demo", "--boards", "0"], "--boards must be between 1 and 256, not 0"),
    (["demo", "--boards", "-1"], "--boards must be between 1 and 256, not -1"),
    (["demo", "--boards", "many"], "--boards wants a whole number"),
    (["demo", "--fault", "1=bogus"], "--fault 1=bogus: bad fault spec item 'bogus'"),
    (["demo", "--fault", "0=corrupt:2"], "--fault wants BOARD=SPEC with BOARD from 1"),
])
def test_bad_demo_arguments_are_usage_errors(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2 and says in err and "Traceback" not in err


# -- real subprocesses: every station error is exit 2 and a short message, never a traceback -----------------
# README: 0 all passed, 1 a unit failed, 2 station error, 3 stopped with units still running.

def _station(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    # tests/conftest.py pointed STATION_HOME and the AWS config at this test's own (empty) files.
    env = {**os.environ, "AWS_EC2_METADATA_DISABLED": "true"}
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=timeout)


def _profiles(tmp_path: Path) -> dict[str, Path]:
    text = default_profile_text()
    aws = text.replace('kind = "embedded"', 'kind = "aws"')
    # A line profile never carries the demo's PINs: with them it would be refused for that reason instead.
    aws = "\n".join(f'{line.split("=", 1)[0].strip()} = ""' if line.startswith(("qa_pin", "engineer_pin"))
                    else line for line in aws.splitlines())
    files: dict[str, bytes] = {
        "aws": aws.encode(),
        "driver": text.replace('driver = "reference"', 'driver = "nonesuch"').encode(),
        "not-utf8": b"\xff\xfe[station]\nid = \"\xe9\"\n",
        "nested": ("a = " + "[" * 5000 + "]" * 5000 + "\n").encode(),
    }
    out = {}
    for name, data in files.items():
        (tmp_path / f"{name}.toml").write_bytes(data)
        out[name] = tmp_path / f"{name}.toml"
    return out


@pytest.mark.parametrize(("argv", "says"), [
    (["cloud", "bootstrap", "--profile", "{aws}"], "no AWS credentials were found"),
    (["reconcile", "--profile", "{aws}"], "no AWS credentials were found"),
    (["provision", "--profile", "{aws}", "--port", "socket://127.0.0.1:1"], "no AWS credentials were found"),
    (["provision", "--profile", "{not-utf8}"], "UTF-8"),
    (["cloud", "bootstrap", "--profile", "{nested}"], "nested"),
    (["provision", "--profile", "{driver}", "--port", "socket://127.0.0.1:1"], "serial.driver"),
    (["records", "export", "--format", "csv", "-o", "/nonexistent/x.csv"], "/nonexistent/x.csv"),
], ids=["bootstrap", "reconcile", "provision", "profile-not-utf8", "profile-nested", "unknown-driver",
        "export-unwritable"])
def test_a_station_error_is_exit_2_and_a_message(argv: list[str], says: str, tmp_path: Path) -> None:
    profiles = _profiles(tmp_path)
    RecordStore().close()  # an (empty) records database in this test's STATION_HOME, for the export
    proc = _station([a.format(**{k: str(v) for k, v in profiles.items()}) for a in argv], tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("error") and says in lines[0], proc.stderr
    assert lines[1].startswith("remedy: ") and len(lines) == 3, proc.stderr  # error, remedy, where the log is


@pytest.mark.parametrize(("argv", "says"), [
    (["demo", "--boards", "0"], "--boards must be between 1 and 256, not 0"),
    (["demo", "--boards", "-1"], "--boards must be between 1 and 256, not -1"),
    (["demo", "--fault", "1=bogus"], "--fault 1=bogus: bad fault spec item 'bogus'"),
])
def test_bad_arguments_end_at_once_in_a_subprocess(argv: list[str], says: str, tmp_path: Path) -> None:
    proc = _station(argv, tmp_path, timeout=30)  # a hang (waiting for a board that never comes) times out
    assert proc.returncode == 2 and says in proc.stderr.splitlines()[-1], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize("boards", [0, -1, 257])
def test_the_demo_environment_itself_refuses_a_fleet_it_would_wait_for_forever(boards: int) -> None:
    from station.demo import DemoEnvironment
    from station.errors import StationError

    with pytest.raises(StationError, match=f"1 to 256 virtual boards, not {boards}"):
        DemoEnvironment(boards)  # before any cloud process or port exists


def _expired_sso_login(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A station profile naming AWS profile 'line-pc', an SSO login whose cached token expired (botocore's own
    files, as `aws sso login` leaves them), and the environment that points boto3 at them."""
    import hashlib
    import json

    url = "https://example.awsapps.com/start"
    home = tmp_path / "home"
    cache = home / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True)
    (home / ".aws" / "config").write_text(
        f"[profile line-pc]\nsso_start_url = {url}\nsso_region = us-east-1\nsso_account_id = 123456789012\n"
        "sso_role_name = StationRole\nregion = us-east-1\n")
    (cache / f"{hashlib.sha1(url.encode()).hexdigest()}.json").write_text(json.dumps(
        {"startUrl": url, "region": "us-east-1", "accessToken": "expired", "expiresAt": "2020-01-01T00:00:00Z"}))
    profile = _profiles(tmp_path)["aws"]
    profile.write_text(profile.read_text().replace('profile = ""', 'profile = "line-pc"', 1))
    return profile, {"HOME": str(home), "AWS_CONFIG_FILE": str(home / ".aws" / "config")}


@pytest.mark.parametrize("argv", [["cloud", "bootstrap"], ["reconcile"], ["provision", "--port", "socket://127.0.0.1:1"]],
                         ids=["bootstrap", "reconcile", "provision"])
def test_an_expired_sso_login_is_exit_2_with_the_login_command(argv: list[str], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    profile, env = _expired_sso_login(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    proc = _station([*argv, "--profile", str(profile)], tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    error, remedy, _log = proc.stderr.splitlines()
    assert "the login of AWS profile 'line-pc' has expired" in error, error
    assert "aws sso login --profile line-pc" in remedy and "run the command again" in remedy, remedy


@pytest.mark.parametrize(("argv", "says"), [
    (["demo", "--boards", "2", "--nrf91", "1", "--fault", "1=garble:2"], "board 1 is a reference board"),
    (["demo", "--boards", "2", "--nrf91", "1", "--fault", "2=corrupt:2"], "board 2 is an nRF91 modem"),
    (["demo", "--boards", "2", "--nrf91", "3"], "more nRF91 modems than the 2 boards"),
    (["demo", "--boards", "2", "--fault", "3=corrupt:2"], "there is no board 3"),
])
def test_demo_faults_must_fit_the_kind_of_board(argv: list[str], says: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # Refused before the embedded cloud starts: a modem's knobs on a reference board would otherwise be a crash.
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and "remedy:" in err and "Traceback" not in err
