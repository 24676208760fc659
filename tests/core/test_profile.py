"""Station profile: the demo profile loads; every kind of mistake names its key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station.domain import BoardIdentity
from station.errors import ProfileError
from station.profile import default_profile_text, load_profile, parse_profile


def ident(model: str = "sensor-a", hw: str = "B", serial: str = "SN1") -> BoardIdentity:
    return BoardIdentity(serial=serial, model=model, hw_revision=hw, fw_version="1.0.0")


def test_demo_profile_loads_with_its_rules() -> None:
    p = load_profile(None)
    assert p.embedded and p.parallel == 8 and p.cert_mode == "csr"
    assert p.thing_name(ident()) == "sensor-a-SN1"
    assert p.thing_type("sensor-a") == "sensor-a"
    assert p.group_for(ident(hw="B")) == "sensor-a-rev-b"  # first matching rule wins
    assert p.group_for(ident(hw="A")) == "sensor-a"
    assert p.group_for(ident(model="gateway-x", hw="1")) == "gateways"  # via product line
    assert p.serial.link().timeout("keygen") == 10.0
    assert len(p.batch) == 10  # empty batch -> today's date


def test_profile_file_is_read(tmp_path: Path) -> None:
    f = tmp_path / "line.toml"
    f.write_text(default_profile_text().replace('id = "demo-station"', 'id = "line-3"'))
    assert load_profile(f).station_id == "line-3"


def test_missing_file_is_a_profile_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read the profile"):
        load_profile(tmp_path / "nope.toml")


def without_demo_pins(text: str) -> str:
    """A line profile's roles: the demo hashes (PIN 0000) are accepted only on the embedded cloud."""
    return re.sub(r'^(qa_pin|engineer_pin) = ".*"$', r'\1 = ""', text, flags=re.MULTILINE)


def edit(old: str, new: str) -> str:
    text = default_profile_text()
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("old", "new", "key", "words"), [
    ('kind = "embedded"', 'kind = "azure"', "cloud.kind", "must be one of embedded, aws"),
    ('region = "us-east-1"', 'region = "mars"', "cloud.region", "does not look like an AWS region"),
    ("parallel = 8", "parallel = 0", "station.parallel", "between 1 and 128"),
    ("parallel = 8", 'parallel = "8"', "station.parallel", "must be int"),
    ('thing_name = "{model}-{serial}"', 'thing_name = "{model}"', "naming.thing_name", "must contain {serial}"),
    ('thing_name = "{model}-{serial}"', 'thing_name = "{sku}-{serial}"', "naming.thing_name", "unknown placeholder"),
    ('mode = "csr"', 'mode = "maybe"', "certificates.mode", "csr, csr-or-cloud-keys, cloud-keys"),
    ('attach_to = "group"', 'attach_to = "thing"', "policy.attach_to", "certificate, group"),
    ('name = "provisioning-station-device"', 'name = "bad name!"', "policy.name", "not a valid AWS IoT name"),
    ("baud = 115200", "baud = 12345", "serial.baud", "not a standard line rate"),
    ("keygen = 10.0", "keygen = -1", "serial.timeouts.keygen", "between 0 and 600"),
    ("reboot = 5.0", "reboot = 5.0\nflash = 3.0", "serial.timeouts.flash", "not a known key"),
    ("usb_ids = []", 'usb_ids = ["0403-6001"]', "serial.usb_ids[0]", "VID:PID"),
    ('model = "sensor-a"\nhw_revision = "B"', 'model = "sensor-z"\nhw_revision = "B"', "groups[0].model",
     "not one of the [models]"),
    ('thing_type = "sensor-a"', "thing_type = 3", "models.sensor-a.thing_type", "must be str"),
    ("[station]", "[stations]\nx=1\n[station]", "stations", "not a known section"),
])
def test_each_mistake_names_its_key(old: str, new: str, key: str, words: str) -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile(edit(old, new), source="line.toml")
    assert info.value.key == key
    assert words in str(info.value)
    assert "line.toml" in str(info.value)


def test_syntax_error_is_reported() -> None:
    with pytest.raises(ProfileError, match="not valid TOML"):
        parse_profile("[station\nid=1")


def test_invalid_generated_thing_name_is_caught() -> None:
    p = load_profile(None)
    with pytest.raises(ProfileError, match="not a valid thing name"):
        p.thing_name(ident(serial="SN 1/2"))


def test_group_policy_is_accepted_on_both_clouds() -> None:
    # The embedded cloud's broker evaluates thing-group policies too (station/localcloud/group_policies.py):
    # the demo puts the device policy on its groups; per certificate stays possible.
    assert parse_profile(default_profile_text()).policy_attach_to == "group"
    aws = without_demo_pins(default_profile_text().replace('kind = "embedded"', 'kind = "aws"'))
    assert parse_profile(aws).policy_attach_to == "group"
    assert parse_profile(edit('attach_to = "group"', 'attach_to = "certificate"')).policy_attach_to == "certificate"


def test_roles_hold_pin_hashes_only() -> None:
    from station.pins import hash_pin, verify_pin

    p = load_profile(None)
    assert verify_pin("0000", p.roles.qa_pin) and not verify_pin("0001", p.roles.qa_pin)
    with pytest.raises(ProfileError) as info:
        parse_profile(default_profile_text() + "\n")  # sanity: unchanged text loads
        parse_profile(edit(f'qa_pin = "{p.roles.qa_pin}"', 'qa_pin = "1234"'))
    assert info.value.key == "roles.qa_pin" and "never the PIN itself" in str(info.value)
    assert verify_pin("4711", hash_pin("4711")) and not verify_pin("", hash_pin("4711"))


def test_raised_quotas_are_validated_and_reach_the_embedded_cloud_and_the_check() -> None:
    from station.cloud.check import line_rate

    p = parse_profile(edit('[naming]', '[cloud.quotas]\nAttachPolicy = 30\nCreateCertificateFromCsr = 40\n\n[naming]'))
    assert p.cloud.quotas == {"AttachPolicy": 30.0, "CreateCertificateFromCsr": 40.0}
    from station.cloud.connect import EmbeddedCloud

    embedded = EmbeddedCloud(profile=p)  # not started: only what it would tell its child
    try:
        assert embedded.local.quota_overrides == p.cloud.quotas  # the embedded account has them too
    finally:
        embedded.close()
    from station.cloud.adapter import IotCloud
    from station.cloud.session import CloudTarget
    from station.pipeline.scheduler import Station

    cloud = IotCloud(CloudTarget(region="eu-west-1", endpoint_url="http://127.0.0.1:9", access_key_id="x",
                                 secret_access_key="y"))
    Station(p, cloud, [])  # the station's one gateway to AWS starts at the raised rates
    assert cloud.gateway.limiter.rate("AttachPolicy") == 30.0
    per_cert = parse_profile(edit('attach_to = "group"', 'attach_to = "certificate"'))  # AttachPolicy per unit
    rate = line_rate(per_cert, {"CreateThing": 100.0, "AttachThingPrincipal": 100.0, "AddThingToThingGroup": 100.0,
                         **p.cloud.quotas}, {})
    assert rate.units_per_hour == 3600 * 30 and rate.binding == "AttachPolicy"
    for bad in ("Frobnicate = 3", "AttachPolicy = 0", "AttachPolicy = nan", 'AttachPolicy = "x"'):
        with pytest.raises(ProfileError) as info:
            parse_profile(edit('[naming]', f'[cloud.quotas]\n{bad}\n\n[naming]'))
        assert info.value.key == "cloud.quotas." + bad.split(" ")[0]


def test_profile_names_with_a_trailing_newline_are_refused() -> None:
    # re.match("^…$") accepts "x\n"; every check is a full match.
    for old, new, key in (('bucket = "provisioning-station-catalog"', 'bucket = "provisioning-station-catalog\\n"',
                           "catalog.bucket"),
                          ('region = "us-east-1"', 'region = "us-east-1\\n"', "cloud.region")):
        with pytest.raises(ProfileError) as info:
            parse_profile(edit(old, new))
        assert info.value.key == key
