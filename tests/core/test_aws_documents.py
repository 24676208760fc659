"""Pre-signed URL placeholders name the bucket's regional S3 endpoint and a percent-encoded key."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from station.cloud.arns import dns_suffix, iot_arn, partition_for_region
from station.jobs.catalog import CatalogEntry
from station.jobs.common import read_document
from station.jobs.documents import placeholder_url, s3_object_url
from station.jobs.releases import document_for


@pytest.mark.parametrize(("region", "partition"), [
    ("us-east-1", "aws"), ("eu-central-1", "aws"), ("ap-southeast-2", "aws"),
    ("cn-north-1", "aws-cn"), ("cn-northwest-1", "aws-cn"),
    ("us-gov-west-1", "aws-us-gov"), ("us-gov-east-1", "aws-us-gov"),
])
def test_partition_for_region(region: str, partition: str) -> None:
    assert partition_for_region(region) == partition
    assert iot_arn(region, "123456789012", "job/x") == f"arn:{partition}:iot:{region}:123456789012:job/x"


def test_dns_suffix() -> None:
    assert dns_suffix("cn-north-1") == "amazonaws.com.cn"
    assert dns_suffix("us-gov-west-1") == dns_suffix("eu-west-1") == "amazonaws.com"


@pytest.mark.parametrize(("region", "url"), [
    ("us-east-1", "https://s3.amazonaws.com/b/catalog/firmware/m/1.0.bin"),
    ("eu-west-1", "https://s3.eu-west-1.amazonaws.com/b/catalog/firmware/m/1.0.bin"),
    ("us-gov-west-1", "https://s3.us-gov-west-1.amazonaws.com/b/catalog/firmware/m/1.0.bin"),
    ("cn-north-1", "https://s3.cn-north-1.amazonaws.com.cn/b/catalog/firmware/m/1.0.bin"),
])
def test_regional_s3_host(region: str, url: str) -> None:
    assert s3_object_url("b", "catalog/firmware/m/1.0.bin", region) == url
    assert placeholder_url("b", "catalog/firmware/m/1.0.bin", region) == "${aws:iot:s3-presigned-url:" + url + "}"


def test_default_region_keeps_the_global_host() -> None:
    assert placeholder_url("b", "k") == "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/k}"


def test_key_is_percent_encoded_but_keeps_its_slashes() -> None:
    url = s3_object_url("b", "catalog/firmware/m/1.2.0+build 7~rc.bin", "eu-west-1")
    assert url == "https://s3.eu-west-1.amazonaws.com/b/catalog/firmware/m/1.2.0%2Bbuild%207~rc.bin"
    assert "+" not in url and " " not in url


def _entry(version: str) -> CatalogEntry:
    return CatalogEntry(kind="firmware", model="sensor-a", version=version,
                        key=f"catalog/firmware/sensor-a/{version}.bin", sha256="0" * 64, size=10, notes="",
                        uploaded=None)


def test_document_for_uses_the_catalog_region_and_reads_back() -> None:
    catalog: Any = SimpleNamespace(bucket="cat-eu", cloud=SimpleNamespace(target=SimpleNamespace(region="eu-west-1")),
                                   settings=SimpleNamespace(versioning="semver"))
    doc = document_for(catalog, _entry("1.2.0+b7"))
    assert doc.url == ("${aws:iot:s3-presigned-url:https://s3.eu-west-1.amazonaws.com/cat-eu/"
                       "catalog/firmware/sensor-a/1.2.0%2Bb7.bin}")
    # The station reads its own stored documents back (model from the URL, placeholder stripped).
    back = read_document(doc.to_json())
    assert back.version == "1.2.0+b7"
    assert back.url == "https://s3.eu-west-1.amazonaws.com/cat-eu/catalog/firmware/sensor-a/1.2.0%2Bb7.bin"
