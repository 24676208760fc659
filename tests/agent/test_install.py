"""Firmware install jobs end to end: real embedded cloud, real MQTT over mTLS, boards behind pseudo-terminals."""

from __future__ import annotations

from collections.abc import Callable

from station.board.reference import ReferenceDriver
from station.jobs.documents import DETAIL_TRAIL, JobDocument
from station.virtual.board import VirtualBoard
from tests.agent.conftest import BUCKET, Cloud

Make = Callable[..., VirtualBoard]


def identify_fw(board: VirtualBoard) -> str:
    assert board.url is not None
    with ReferenceDriver(board.url) as link:
        return link.identify().fw_version


def test_install_succeeds_after_reboot(cloud: Cloud, make_board: Make) -> None:
    board = make_board(fw="1.0.0", download_rate=256 * 1024)
    boots = board.boots
    job = cloud.job(board, cloud.image("1.2.0", size=128 * 1024))
    ex = cloud.wait(board, job)
    assert ex["status"] == "SUCCEEDED", ex
    details = ex["statusDetails"]["detailsMap"]
    assert details["version"] == "1.2.0" and details["step"] == "done"
    trail = details[DETAIL_TRAIL].split(",")
    assert trail[0] == "received" and trail.index("download") < trail.index("rebooting") < trail.index("booted")
    assert {"verify", "install"} <= set(trail)
    assert board.firmware.running_version == "1.2.0" and board.firmware.breadcrumb is None
    assert board.firmware.slots == ("1.0.0", "1.2.0") and board.firmware.active_slot == 1
    assert board.boots == boots + 1 and identify_fw(board) == "1.2.0"
    agent = board.agent
    assert agent is not None
    # Progress was reported while downloading (every 25 %), and completion only after the reboot.
    percents = [e.details["percent"] for e in agent.events if e.kind == "report" and "percent" in e.details]
    assert percents == ["0", "25", "50", "75", "100"]
    kinds = [e.kind for e in agent.events]
    succeeded = next(i for i, e in enumerate(agent.events) if e.status == "SUCCEEDED")
    assert kinds.index("rebooting") < kinds.index("booted") < succeeded
    assert not any(e.status in ("SUCCEEDED", "FAILED") for e in agent.events[:kinds.index("booted")])


def test_tampered_image_fails_and_keeps_the_version(cloud: Cloud, make_board: Make) -> None:
    board = make_board(fw="1.0.0")
    doc = cloud.image("1.3.0")
    key = doc.url.split(f"/{BUCKET}/", 1)[1].rstrip("}")
    cloud.s3.put_object(Bucket=BUCKET, Key=key, Body=b"X" * doc.size)  # same size, other bytes
    ex = cloud.wait(board, cloud.job(board, doc))
    assert ex["status"] == "FAILED"
    reason = ex["statusDetails"]["detailsMap"]["reason"]
    assert reason.startswith("image sha256 mismatch"), reason
    assert board.firmware.running_version == "1.0.0" and board.firmware.breadcrumb is None
    assert identify_fw(board) == "1.0.0"


def test_downgrade_needs_forced(cloud: Cloud, make_board: Make) -> None:
    board = make_board(fw="1.2.0")
    older = cloud.image("1.1.0")
    ex = cloud.wait(board, cloud.job(board, older))
    assert ex["status"] == "REJECTED"
    assert "downgrade" in ex["statusDetails"]["detailsMap"]["reason"]
    assert board.firmware.running_version == "1.2.0"
    forced = JobDocument(**{**older.__dict__, "forced": True})
    ex = cloud.wait(board, cloud.job(board, forced))
    assert ex["status"] == "SUCCEEDED", ex
    assert board.firmware.running_version == "1.1.0" and identify_fw(board) == "1.1.0"


def test_image_that_fails_to_boot_is_rolled_back(cloud: Cloud, make_board: Make) -> None:
    board = make_board(fw="1.1.0", faults="boot-fail")
    ex = cloud.wait(board, cloud.job(board, cloud.image("1.2.0")))
    assert ex["status"] == "FAILED"
    details = ex["statusDetails"]["detailsMap"]
    assert details["reason"] == "new image 1.2.0 failed to boot; rolled back to 1.1.0"
    assert details["version"] == "1.1.0" and "booted" in details[DETAIL_TRAIL]
    assert board.firmware.running_version == "1.1.0" and identify_fw(board) == "1.1.0"
    # The knob fired once: the next install boots.
    ex = cloud.wait(board, cloud.job(board, cloud.image("1.2.1")))
    assert ex["status"] == "SUCCEEDED" and board.firmware.running_version == "1.2.1"


def test_bad_documents_are_rejected(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    good = cloud.image("2.0.0")
    cases = {
        '{"operation":"format-disk","url":"https://example.com/x"}': "unknown operation 'format-disk'",
        '{"operation":"install","url":"https://example.com/x","version":"2.0.0","sha256":"zz"}': "'sha256'",
        '["install"]': "document must be a JSON object",
        JobDocument(**{**good.__dict__, "model": "gateway-x"}).to_json(): "model gateway-x",
    }
    jobs = {cloud.job(board, doc): reason for doc, reason in cases.items()}
    for job, reason in jobs.items():
        ex = cloud.wait(board, job)
        assert ex["status"] == "REJECTED", ex
        assert reason in ex["statusDetails"]["detailsMap"]["reason"]
    assert board.firmware.running_version == "1.0.0"
    assert board.agent is not None and board.agent.running


def test_expired_url_is_fetched_again(cloud: Cloud, make_board: Make) -> None:
    board = make_board(faults="stale-url")
    ex = cloud.wait(board, cloud.job(board, cloud.image("1.5.0")))
    assert ex["status"] == "SUCCEEDED", ex
    assert board.agent is not None
    refetch = [e for e in board.agent.events if e.kind == "refetch"]
    assert len(refetch) == 1 and "403" in refetch[0].message
    assert board.firmware.running_version == "1.5.0"
