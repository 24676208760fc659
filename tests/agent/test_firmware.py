"""Firmware model, fault knobs and agent helpers without a cloud."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from station.virtual.agent import _JobRejected, damage_signature, validate_config
from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan
from station.virtual.firmware import Firmware


def test_stage_boot_and_rollback() -> None:
    fw = Firmware("1.0.0")
    crumb = fw.stage("job-1", "1.1.0", trail="received,download")
    assert (crumb.job_id, crumb.from_version, crumb.to_version, crumb.booted) == ("job-1", "1.0.0", "1.1.0", False)
    assert fw.running_version == "1.0.0"  # nothing changes before the reboot
    result = fw.boot()
    assert result.version == "1.1.0" and not result.rolled_back and fw.active_slot == 1
    assert fw.breadcrumb is not None and fw.breadcrumb.booted
    fw.clear_breadcrumb("other-job")
    assert fw.breadcrumb is not None
    fw.clear_breadcrumb("job-1")
    assert fw.breadcrumb is None and fw.boot().breadcrumb is None

    fw.stage("job-2", "1.2.0", fails_to_boot=True)
    result = fw.boot()
    assert result.rolled_back and result.version == "1.1.0" and fw.slots == (None, "1.1.0")
    fw.stage("job-3", "1.3.0")
    fw.abandon("job-3")
    assert fw.breadcrumb is None and fw.boot().version == "1.1.0"


def test_state_file_survives_a_restart_and_holds_no_secret(tmp_path: Path) -> None:
    path = tmp_path / "firmware.json"
    fw = Firmware("1.0.0", state_file=path)
    fw.apply_config(b'{"a": 1}', {"a": 1}, "cfg-1")
    fw.stage("job-1", "2.0.0")
    again = Firmware("9.9.9", state_file=path)  # the process restarted mid-install
    assert again.running_version == "1.0.0" and again.boot().version == "2.0.0"
    assert again.config_bytes == b'{"a": 1}' and again.config == {"a": 1} and again.config_version == "cfg-1"
    assert "PRIVATE" not in path.read_text()


def test_agent_fault_knobs_parse_and_notify() -> None:
    plan = FaultPlan.parse("boot-fail,offline,stale-url")
    assert plan.boot_fail and plan.offline and plan.stale_url
    seen = threading.Event()
    plan.add_listener(seen.set)
    plan.update(offline=False)
    assert seen.is_set() and not plan.offline
    assert plan.take_boot_fail() and not plan.take_boot_fail()
    assert plan.take_stale_url("j1") and not plan.take_stale_url("j1") and plan.take_stale_url("j2")
    with pytest.raises(ValueError, match="boot-fail"):
        FaultPlan.parse("boot-fail:2")


def test_damage_signature() -> None:
    url = "http://h/b/k?X-Amz-Date=1&X-Amz-Signature=abc1&X-Other=2"
    assert damage_signature(url) == "http://h/b/k?X-Amz-Date=1&X-Amz-Signature=abc0&X-Other=2"
    assert damage_signature("http://h/b/k") == "http://h/b/k"


def test_validate_config_uses_the_shipped_schema() -> None:
    assert validate_config(b'{"report_interval_s": 5, "log_level": "debug"}')["log_level"] == "debug"
    with pytest.raises(_JobRejected, match="log_level"):
        validate_config(b'{"report_interval_s": 5, "log_level": "loud"}')
    with pytest.raises(_JobRejected, match="JSON object"):
        validate_config(b"3")


def test_unprovisioned_board_runs_no_agent() -> None:
    board = VirtualBoard("SN1", "sensor-a", "B", reboot_time=0.05)
    try:
        board.start("socket")
        assert not board.provisioned and board.agent is None
        board.config = {"x": 1}
        assert board.config_bytes == b'{"x":1}'
    finally:
        board.close()


def test_fleet_passes_agent_options_through() -> None:
    from station.virtual.fleet import VirtualFleet

    with VirtualFleet(2, transport="socket", run_agent=False, download_rate=1000.0) as fleet:
        assert all(not b.run_agent and b.download_rate == 1000.0 for b in fleet.boards)
    with VirtualFleet(1, transport="socket") as fleet:
        assert fleet.boards[0].run_agent and fleet.boards[0].download_rate == 256 * 1024
