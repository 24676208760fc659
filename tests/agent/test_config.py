"""Configuration jobs: download (verified, validated, applied) and upload (byte for byte to a pre-signed PUT)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from station.jobs.documents import JobDocument, placeholder_url
from station.virtual.board import VirtualBoard
from tests.agent.conftest import BUCKET, Cloud

Make = Callable[..., VirtualBoard]

# Deliberately not compact JSON: an upload must return exactly these bytes, not a re-serialisation.
GOLDEN = b'{\n  "name": "golden",\n  "report_interval_s": 30,\n  "log_level": "info",\n  "features": {"gps": true}\n}\n'


def config_doc(cloud: Cloud, data: bytes, version: str) -> JobDocument:
    key = f"config/{version}-{uuid.uuid4().hex[:6]}.json"
    sha, size = cloud.put(key, data)
    return JobDocument("config-download", placeholder_url(BUCKET, key), version=version, sha256=sha, size=size)


def test_config_download_then_upload_byte_for_byte(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    ex = cloud.wait(board, cloud.job(board, config_doc(cloud, GOLDEN, "cfg-7")))
    assert ex["status"] == "SUCCEEDED", ex
    assert ex["statusDetails"]["detailsMap"]["version"] == "cfg-7"
    assert board.config == json.loads(GOLDEN) and board.config_bytes == GOLDEN
    assert "apply" in ex["statusDetails"]["detailsMap"]["trail"]

    key = f"uploads/{board.identity.serial}.json"
    url = cloud.s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=600)
    ex = cloud.wait(board, cloud.job(board, JobDocument("config-upload", url)))
    assert ex["status"] == "SUCCEEDED", ex
    assert cloud.s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == GOLDEN


def test_invalid_configurations_are_refused(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    board.config = {"report_interval_s": 60, "log_level": "warning"}
    before = board.config_bytes
    cases = {b"[1, 2]": "JSON object", b"{not json": "not JSON",
             b'{"report_interval_s": 0, "log_level": "info"}': "report_interval_s"}
    for data, reason in cases.items():
        ex = cloud.wait(board, cloud.job(board, config_doc(cloud, data, "bad")))
        assert ex["status"] == "REJECTED", ex
        assert reason in ex["statusDetails"]["detailsMap"]["reason"]
    corrupt = config_doc(cloud, GOLDEN, "cfg-8")
    cloud.put(corrupt.url.split(f"/{BUCKET}/", 1)[1].rstrip("}"), GOLDEN.replace(b"30", b"31"))
    ex = cloud.wait(board, cloud.job(board, corrupt))
    assert ex["status"] == "FAILED" and "sha256 mismatch" in ex["statusDetails"]["detailsMap"]["reason"]
    assert board.config_bytes == before


def test_upload_to_a_refused_url_fails(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    url = cloud.s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": "x.json"}, ExpiresIn=600)
    ex = cloud.wait(board, cloud.job(board, JobDocument("config-upload", url.replace("Signature=", "Signature=0"))))
    assert ex["status"] == "FAILED" and "HTTP 403" in ex["statusDetails"]["detailsMap"]["reason"]
