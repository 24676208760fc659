"""Issue 15, version ordering end to end: the device agent installs a release over its release candidate."""

from __future__ import annotations

from collections.abc import Callable

from station.virtual.board import VirtualBoard
from tests.agent.conftest import Cloud

Make = Callable[..., VirtualBoard]


def test_a_release_installs_over_its_release_candidate(cloud: Cloud, make_board: Make) -> None:
    # semver: 1.4.2-rc1 < 1.4.2. The old hand-written ordering read it as a downgrade and REJECTED the job.
    board = make_board(fw="1.4.2-rc1")
    ex = cloud.wait(board, cloud.job(board, cloud.image("1.4.2")))
    assert ex["status"] == "SUCCEEDED", ex
    assert board.firmware.running_version == "1.4.2"
    # ... and the candidate over its release is still a downgrade, refused unless forced.
    ex = cloud.wait(board, cloud.job(board, cloud.image("1.4.2-rc2")))
    assert ex["status"] == "REJECTED" and "downgrade" in ex["statusDetails"]["detailsMap"]["reason"]
    assert board.firmware.running_version == "1.4.2"
