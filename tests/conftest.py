"""Shared fixtures: a private STATION_HOME per test; the demo profile; a real, bootstrapped embedded cloud."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.profile import Profile, load_profile

STRICT_LOG = "strict-calls.jsonl"


def strict_calls(root: Path) -> list[dict[str, Any]]:
    """Every call the strict embedded clouds under ``root`` judged (one JSON line each, see strict mode)."""
    out: list[dict[str, Any]] = []
    for log in sorted(root.rglob(STRICT_LOG)):
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def _uncovered(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in calls if c.get("decision") == "unmapped"]


@pytest.fixture(autouse=True)
def strict_coverage(tmp_path: Path) -> Iterator[None]:
    """Fails the test that made a call the strict cloud could not authorize as AWS does (unmapped action)."""
    yield
    uncovered = _uncovered(strict_calls(tmp_path))
    assert not uncovered, f"calls the strict embedded cloud has no AWS authorization mapping for: {uncovered}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Every AWS call of the whole run (module-scoped clouds and subprocess stations too): write the coverage
    summary next to the run's temp dirs and fail the run if one was not covered by strict authorization."""
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None:
        return
    root = Path(factory.getbasetemp())
    calls = strict_calls(root)
    if not calls:
        return
    by_action: dict[str, dict[str, int]] = {}
    for c in calls:
        counts = by_action.setdefault(str(c.get("action") or c.get("operation")), {})
        counts[str(c.get("decision"))] = counts.get(str(c.get("decision")), 0) + 1
    (root / "strict-coverage.json").write_text(json.dumps(by_action, indent=1, sort_keys=True))
    uncovered = _uncovered(calls)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"strict embedded cloud: {len(calls)} calls judged, {len(by_action)} actions, "
                            f"{len(uncovered)} not covered; summary in {root / 'strict-coverage.json'}")
    if uncovered:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "station-home"
    home.mkdir()
    monkeypatch.setenv("STATION_HOME", str(home))
    # Real AWS credentials of the developer must never be used by the tests.
    for var in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "no-aws-credentials"))
    yield home


@pytest.fixture
def profile() -> Profile:
    return load_profile(None)


@pytest.fixture
def embedded(tmp_path: Path, profile: Profile) -> Iterator[EmbeddedCloud]:
    """The strict embedded cloud (ministack child process on loopback), bootstrapped for the demo profile.

    ``embedded.cloud`` is the station's least-privilege identity; ``embedded.admin_cloud`` the account
    administrator, for tests that inspect or arrange what the station may not.
    """
    pytest.importorskip("ministack")  # here, not at module level: only tests that use it need it
    from station.cloud.bootstrap import bootstrap

    cloud = EmbeddedCloud(tmp_path / "cloud", profile=profile)
    cloud.start()
    try:
        # As on a real account: the engineer's identity bootstraps, the station runs as its own role.
        bootstrap(cloud.as_role("engineer"), profile)
        yield cloud
    finally:
        cloud.close()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The station's own log file, set up in this test's folder (tests/logfiles.py)."""
    from tests.logfiles import station_log

    with station_log(tmp_path / "logs") as path:
        yield path
