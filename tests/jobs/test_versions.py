"""Firmware versions: semver or PEP 440 ordering, downgrade refusal, full-match names in documents and catalog."""

from __future__ import annotations

import dataclasses
import json

import pytest

from station.jobs.catalog import Catalog, CatalogError, check_name
from station.jobs.documents import DocumentError, JobDocument, is_downgrade, parse_document, version_key
from station.jobs.versions import version_problem
from station.profile import Profile

SHA = "0" * 64


@pytest.mark.parametrize(("current", "new"), [
    ("1.4.2-rc1", "1.4.2"),  # a release candidate, then its release: an upgrade (was REJECTED as a downgrade)
    ("1.4.2-alpha", "1.4.2-beta"),
    ("1.4.2", "1.4.10"),
    ("1.4.2", "2.0.0-rc1"),
    ("factory-1.0", "1.0.0"),  # a board's factory label, then the first catalog release
])
def test_semver_upgrades_are_not_downgrades(current: str, new: str) -> None:
    assert not is_downgrade(current, new)
    assert is_downgrade(new, current)


def test_the_same_version_and_build_metadata_are_not_downgrades() -> None:
    assert not is_downgrade("1.4.2", "1.4.2")
    assert not is_downgrade("1.4.2+build8", "1.4.2+build7")  # semver: build metadata has no precedence


def test_semver_sorts_release_candidates_before_their_release() -> None:
    versions = ["1.4.10", "1.4.2", "1.4.2-rc1", "1.4.2-rc.2", "factory-1", "2.0"]
    assert sorted(versions, key=version_key) == ["factory-1", "1.4.2-rc.2", "1.4.2-rc1", "1.4.2", "1.4.10", "2.0"]


def test_pep440_when_the_profile_chooses_it() -> None:
    assert not is_downgrade("1.4.2rc1", "1.4.2", "pep440")
    assert not is_downgrade("1.4.2", "1.4.2.post1", "pep440")
    assert is_downgrade("1.4.2.post1", "1.4.2", "pep440")
    assert is_downgrade("1.4.2", "1.4.2.dev3", "pep440")
    # semver has no post-releases: 1.4.2.post1 is a label it cannot order.
    assert version_problem("1.4.2.post1", "semver") and version_problem("1.4.2.post1", "pep440") is None
    assert sorted(["1.4.2", "1.4.2rc1", "1.4.2.post1", "1.4.2.dev3"], key=lambda v: version_key(v, "pep440")) == [
        "1.4.2.dev3", "1.4.2rc1", "1.4.2", "1.4.2.post1"]


def install(version: str, **extra: object) -> str:
    return json.dumps({"operation": "install", "url": "https://s3.amazonaws.com/b/k", "version": version,
                       "sha256": SHA, "size": 1, **extra})


def test_documents_carry_the_versioning_and_read_it_back() -> None:
    doc = JobDocument(operation="install", url="https://s3.amazonaws.com/b/k", version="1.4.2rc1", sha256=SHA,
                      size=1, versioning="pep440")
    assert parse_document(doc.to_json()) == doc
    semver_doc = dataclasses.replace(doc, version="1.4.2", versioning="semver")
    assert "versioning" not in json.loads(semver_doc.to_json())  # semver documents are unchanged
    assert parse_document(install("1.4.2")).versioning == "semver"
    with pytest.raises(DocumentError, match="versioning"):
        parse_document(install("1.4.2", versioning="calver"))


@pytest.mark.parametrize("raw", [
    install("1.4.2\n"),
    install("1.4.2", sha256=SHA + "\n"),
    install("1.4.2", url="https://s3.amazonaws.com/b/k\r\nX: y"),
    install("1.4.2", url="https://s3.amazonaws.com/b/k x"),
])
def test_document_fields_are_full_matches(raw: str) -> None:
    with pytest.raises(DocumentError):
        parse_document(raw)


@pytest.mark.parametrize(("what", "value"), [("version", "1.4.2\n"), ("model", "AB12\n"), ("model", "sensor-a\n")])
def test_catalog_names_are_full_matches(what: str, value: str) -> None:
    with pytest.raises(CatalogError, match=what):
        check_name(what, value)


@pytest.mark.cloud
def test_catalog_orders_release_candidates_and_refuses_unordered_firmware(catalog: Catalog) -> None:
    for v in ("1.4.2", "1.4.2-rc1", "1.4.10"):
        catalog.upload_firmware("sensor-a", v, v.encode() * 10)
    assert catalog.versions("firmware", "sensor-a") == ["1.4.2-rc1", "1.4.2", "1.4.10"]
    latest = catalog.latest("sensor-a")
    assert latest is not None and latest.version == "1.4.10"
    with pytest.raises(CatalogError, match="not a semver version") as err:
        catalog.upload_firmware("sensor-a", "1.4.2.post1", b"x")
    assert "pep440" in err.value.remedy


@pytest.mark.cloud
def test_a_pep440_catalog(catalog: Catalog, profile: Profile) -> None:
    pep = Catalog(catalog.cloud, dataclasses.replace(profile.catalog, versioning="pep440"))
    for v in ("1.4.2.post1", "1.4.2", "1.4.2rc1"):
        pep.upload_firmware("gateway-x", v, v.encode() * 10)
    assert pep.versions("firmware", "gateway-x") == ["1.4.2rc1", "1.4.2", "1.4.2.post1"]
