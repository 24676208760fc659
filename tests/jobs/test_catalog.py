"""Catalog in S3: metadata stored with each version, no silent overwrite, schema errors name the path."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.request
from typing import Any

import pytest

from station.jobs.catalog import (
    Catalog,
    CatalogError,
    ConfigInvalid,
    NotInCatalog,
    VersionExists,
    validate_config,
)

GOOD = {"name": "bench", "report_interval_s": 30, "log_level": "debug", "features": {"telemetry": True}}


def test_firmware_upload_describe_list_latest(catalog: Catalog) -> None:
    image = b"\x7fELF" + bytes(range(256)) * 40
    entry = catalog.upload_firmware("sensor-a", "1.0.2", image, notes="fixes bootloop — ünïcode 100%")
    assert entry.key == "catalog/firmware/sensor-a/1.0.2.bin"
    assert entry.sha256 == hashlib.sha256(image).hexdigest() and entry.size == len(image)
    assert entry.notes == "fixes bootloop — ünïcode 100%" and entry.uploaded is not None
    head = catalog.s3.head_object(Bucket=catalog.bucket, Key=entry.key)
    assert head["Metadata"]["sha256"] == entry.sha256 and head["ContentLength"] == len(image)
    assert head["Metadata"]["notes"].isascii()

    for v in ("1.0.10", "1.0.9"):
        catalog.upload_firmware("sensor-a", v, v.encode() * 10)
    catalog.upload_firmware("gateway-x", "2.0.0", b"gw" * 100)
    assert catalog.versions("firmware", "sensor-a") == ["1.0.2", "1.0.9", "1.0.10"]
    latest = catalog.latest("sensor-a", "firmware")
    assert latest is not None and latest.version == "1.0.10"
    assert catalog.latest("sensor-a", "config") is None
    assert catalog.describe("firmware", "sensor-a", "1.0.9").sha256 == hashlib.sha256(b"1.0.9" * 10).hexdigest()
    assert [(e.model, e.version) for e in catalog.entries(kind="firmware")] == [
        ("gateway-x", "2.0.0"), ("sensor-a", "1.0.2"), ("sensor-a", "1.0.9"), ("sensor-a", "1.0.10")]
    with pytest.raises(NotInCatalog, match="not in the catalog") as err:
        catalog.describe("firmware", "sensor-a", "9.9")
    assert "upload firmware --model sensor-a --version 9.9" in err.value.remedy


def test_existing_version_is_rejected_unless_replace(catalog: Catalog) -> None:
    catalog.upload_firmware("sensor-a", "1.0.0", b"first")
    with pytest.raises(VersionExists) as err:
        catalog.upload_firmware("sensor-a", "1.0.0", b"second")
    assert "already in the catalog" in err.value.cause and "--replace" in err.value.remedy
    assert catalog.describe("firmware", "sensor-a", "1.0.0").size == len(b"first")
    entry = catalog.upload_firmware("sensor-a", "1.0.0", b"second!", replace=True)
    assert entry.size == len(b"second!")


def test_bad_names_are_refused(catalog: Catalog) -> None:
    with pytest.raises(CatalogError, match=re.escape("version '../x'")):
        catalog.upload_firmware("sensor-a", "../x", b"x")
    with pytest.raises(CatalogError, match="model 'a/b'"):
        catalog.upload_firmware("a/b", "1", b"x")


def test_config_upload_validates_against_the_schema(catalog: Catalog) -> None:
    entry = catalog.upload_config("sensor-a", "1", json.dumps(GOOD).encode(), notes="bench config")
    assert entry.key == "catalog/config/sensor-a/1.json" and entry.notes == "bench config"
    bad = {**GOOD, "features": {"telemetry": "yes"}}
    with pytest.raises(ConfigInvalid) as err:
        catalog.upload_config("sensor-a", "2", json.dumps(bad).encode())
    assert err.value.path == "/features/telemetry" and "/features/telemetry" in err.value.cause
    assert not catalog.exists("config", "sensor-a", "2")


@pytest.mark.parametrize(("config", "path"), [
    ({**GOOD, "report_interval_s": 0}, "/report_interval_s"),
    ({**GOOD, "log_level": "loud"}, "/log_level"),
    ({**GOOD, "name": "x" * 65}, "/name"),
    ({**GOOD, "colour": "red"}, "(top level)"),
    ({"log_level": "info"}, "(top level)"),
    ([1, 2], "(top level)"),
])
def test_schema_violations_name_the_path(config: Any, path: str) -> None:
    with pytest.raises(ConfigInvalid) as err:
        validate_config(json.dumps(config))
    assert err.value.path == path, err.value.cause


def test_custom_section_is_free_form_and_garbage_is_not_json() -> None:
    assert validate_config({**GOOD, "custom": {"anything": [1, {"x": None}]}})["custom"]["anything"][0] == 1
    with pytest.raises(ConfigInvalid, match="not JSON"):
        validate_config(b"{nope")


def test_unit_upload_becomes_a_catalog_config(catalog: Catalog) -> None:
    url, key = catalog.presigned_put_for_upload("sensor-a-0001")
    assert key.startswith("catalog/uploads/sensor-a-0001/") and key.endswith(".json")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=3600" in url
    with pytest.raises(NotInCatalog) as err:
        catalog.register_upload(key, "sensor-a", "from-unit")
    assert "config-upload job SUCCEEDED" in err.value.remedy
    body = json.dumps(GOOD).encode()
    req = urllib.request.Request(url, data=body, method="PUT")  # what the unit does
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 200
    entry = catalog.register_upload(key, "sensor-a", "from-unit")
    assert entry.sha256 == hashlib.sha256(body).hexdigest() and entry.kind == "config"
    assert catalog.register_upload(key, "sensor-a", "from-unit") == entry  # idempotent
