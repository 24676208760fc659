"""Profile [records] section: off by default, bucket defaults to the catalog's, mistakes name their key."""

from __future__ import annotations

import pytest

from station.errors import ProfileError
from station.profile import default_profile_text, load_profile, parse_profile


def with_records(section: str) -> str:
    return default_profile_text() + "\n[records]\n" + section + "\n"


def test_the_s3_sink_is_off_unless_the_profile_names_a_prefix() -> None:
    p = load_profile(None)
    assert not p.records.enabled and p.records.s3_prefix == ""
    assert p.records_bucket == p.catalog.bucket


def test_prefix_and_bucket_are_read() -> None:
    p = parse_profile(with_records('s3_prefix = "records/"'))
    assert p.records.enabled and p.records.s3_prefix == "records/"
    assert p.records_bucket == "provisioning-station-catalog"  # the catalog bucket by default
    p = parse_profile(with_records('s3_prefix = "factory/records/"\nbucket = "acme-line-records"'))
    assert (p.records_bucket, p.records.s3_prefix) == ("acme-line-records", "factory/records/")


@pytest.mark.parametrize(("section", "key", "words"), [
    ('s3_prefix = "records"', "records.s3_prefix", "must end with '/'"),
    ('s3_prefix = "/records/"', "records.s3_prefix", "must not start with '/'"),
    ('s3_prefix = "rec ords/"', "records.s3_prefix", "may hold only"),
    ('s3_prefix = 3', "records.s3_prefix", "must be str"),
    ('s3_prefix = "catalog/records/"', "records.s3_prefix", "overlaps the catalog prefix"),
    ('s3_prefix = "records/"\nbucket = "No_Such"', "records.bucket", "not a valid S3 bucket name"),
    ('s3_prefix = "records/"\nprefix = "x/"', "records.prefix", "not a known key"),
])
def test_each_mistake_names_its_key(section: str, key: str, words: str) -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile(with_records(section), source="line.toml")
    assert info.value.key == key
    assert words in str(info.value)


def test_the_catalog_prefix_may_be_shared_only_in_another_bucket() -> None:
    p = parse_profile(with_records('s3_prefix = "catalog/records/"\nbucket = "acme-line-records"'))
    assert p.records_bucket == "acme-line-records"
