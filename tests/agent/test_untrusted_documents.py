"""Job documents and download hosts as untrusted input: size caps, redirects, https, malformed URLs, statusDetails."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator

import pytest

from station.jobs.documents import JobDocument
from station.virtual.agent_download import UrlError, check_url, printable
from station.virtual.board import VirtualBoard
from tests.agent.conftest import Cloud, connected
from tests.agent.http_origin import Origin

Make = Callable[..., VirtualBoard]
IMAGE = b"firmware 2.0.0 " * 4096


@pytest.fixture
def origin() -> Iterator[Origin]:
    with Origin() as server:
        yield server


def install(url: str, sha: str = "0" * 64, size: int = len(IMAGE), version: str = "2.0.0") -> JobDocument:
    return JobDocument("install", url, version=version, sha256=sha, size=size, model="sensor-a")


def reason(ex: dict[str, object]) -> str:
    details = ex["statusDetails"]
    assert isinstance(details, dict)
    value = details["detailsMap"]["reason"]
    assert isinstance(value, str)
    return value


def test_a_huge_announced_size_does_not_lift_the_download_cap(cloud: Cloud, make_board: Make,
                                                              origin: Origin) -> None:
    board = make_board()
    agent = connected(board)
    origin.endless("/huge.bin")
    # 2^40 bytes announced, served without end: once the cap was max(size, 64 MiB) and the agent read on.
    ex = cloud.wait(board, cloud.job(board, install(origin.url("/huge.bin"), size=2**40)), timeout=60)
    assert ex["status"] == "REJECTED", ex
    assert "exceeds this board's limit" in reason(ex)
    assert origin.requests == []  # refused before a byte was fetched
    # With no size announced, the board's own limit ends an endless download.
    agent.max_download = 256 * 1024
    doc = JobDocument("config-download", origin.url("/huge.bin"), version="7", sha256="0" * 64, size=0)
    ex = cloud.wait(board, cloud.job(board, doc), timeout=60)
    assert ex["status"] == "FAILED" and "exceeds 262144 bytes" in reason(ex), ex
    assert origin.streamed < 64 * 1024 * 1024


def test_redirects_stay_on_the_host_of_the_document(cloud: Cloud, make_board: Make, origin: Origin) -> None:
    board = make_board()
    connected(board)
    with Origin() as elsewhere:
        sha, size = elsewhere.serve("/image.bin", IMAGE)
        origin.serve("/image.bin", IMAGE)
        origin.redirect("/moved.bin", elsewhere.url("/image.bin"))
        origin.redirect("/renamed.bin", "/image.bin")
        ex = cloud.wait(board, cloud.job(board, install(origin.url("/moved.bin"), sha, size)), timeout=60)
        assert ex["status"] == "FAILED", ex
        assert "redirect to another host refused" in reason(ex)
        assert elsewhere.requests == []
        # A redirect on the same host is followed.
        ex = cloud.wait(board, cloud.job(board, install(origin.url("/renamed.bin"), sha, size)), timeout=60)
        assert ex["status"] == "SUCCEEDED", ex
        assert board.firmware.running_version == "2.0.0"


def test_plain_http_is_refused_off_the_embedded_clouds_loopback(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    connected(board)
    # 127.0.0.2 is a loopback address too, but not one the embedded cloud uses: it stands for any
    # other host here, without needing a network.
    with Origin("127.0.0.2") as other:
        sha, size = other.serve("/image.bin", IMAGE)
        ex = cloud.wait(board, cloud.job(board, install(other.url("/image.bin"), sha, size)), timeout=60)
        assert ex["status"] == "REJECTED", ex
        assert "must use https" in reason(ex)
        assert other.requests == []
    assert board.firmware.running_version == "1.0.0"


MALFORMED = [
    "http://127.0.0.1:1/\r\nX: y",
    "http://127.0.0.1:99999/image.bin",
    "https://[::1/image.bin",
    "https://exämple.com/image.bin",
    "https://user:secret@example.com/image.bin",
    "https:///image.bin",
]


def test_malformed_urls_end_the_job_rejected(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    agent = connected(board)
    jobs = [cloud.job(board, install(url)) for url in MALFORMED]
    for job, url in zip(jobs, MALFORMED, strict=True):
        # Once "\r\n" raised an uncaught error: the agent reconnected forever, the job IN_PROGRESS.
        ex = cloud.wait(board, job, timeout=60)
        assert ex["status"] == "REJECTED", (url, ex)
        assert "url" in reason(ex).lower(), (url, reason(ex))
    assert agent.running and board.agent is agent
    assert not [e for e in agent.events if e.kind == "error"]


def test_status_details_carry_no_control_characters(cloud: Cloud, make_board: Make, origin: Origin) -> None:
    board = make_board()
    connected(board)
    # The server's reason phrase ends up in the FAILED reason: escape codes that would clear an
    # operator's terminal, a bell, and a C1 control (CSI).
    origin.raw["/image.bin"] = b"HTTP/1.1 500 \x1b[2J\x1b[32mPASS\x07\x9b1m done\r\nContent-Length: 0\r\n\r\n"
    ex = cloud.wait(board, cloud.job(board, install(origin.url("/image.bin"))), timeout=60)
    assert ex["status"] == "FAILED", ex
    details = ex["statusDetails"]["detailsMap"]
    for value in details.values():
        assert not [c for c in value if unicodedata.category(c).startswith("C")], json.dumps(value)
    assert "HTTP 500 [2J[32mPASS1m done" in reason(ex)


def test_printable_drops_every_control_and_format_character() -> None:
    assert printable("a\tb\r\nc\x00d\x1b[0m\u202eevil\u2066x\u200fy\x7f\x85z") == "a b  cd[0mevilxyz"
    assert printable("1.2.0 ✓ größe") == "1.2.0 ✓ größe"


@pytest.mark.parametrize("url", ["https://s3.amazonaws.com/b/k?X-Amz-Signature=ab", "http://127.0.0.1:9/x",
                                 "http://localhost:9/x", "http://[::1]:9/x"])
def test_check_url_accepts_https_and_the_loopback(url: str) -> None:
    assert check_url(url).hostname


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http://example.com/x",
                                 "http://127.0.0.1:0/x", "", "http://127.0.0.1/\x00"])
def test_check_url_refuses(url: str) -> None:
    with pytest.raises(UrlError):
        check_url(url)
