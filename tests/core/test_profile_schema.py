"""The profile's schema: unknown keys, non-finite numbers, bad patterns, hosts, ports, drivers and bytes are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station.errors import ProfileError
from station.pins import hash_pin
from station.profile import default_profile_text, demo_pin_hashes, load_profile, parse_profile


def edit(old: str, new: str) -> str:
    text = default_profile_text()
    assert old in text, old
    return text.replace(old, new, 1)


def refusal(text: str | bytes) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        parse_profile(text, source="line.toml")
    assert "line.toml" in str(info.value)
    return info.value


@pytest.mark.parametrize(("old", "new", "key", "hint"), [
    ("parallel = 8", "paralell = 8", "station.paralell", "did you mean parallel?"),
    ("[catalog]", "[catalogue]", "catalogue", "did you mean catalog?"),
    ("[station]", "[stattion]", "stattion", "did you mean station?"),  # not "station is missing"
    ("[naming]", "[cloud.quotas]\nAttachPolicyy = 3\n\n[naming]", "cloud.quotas.AttachPolicyy",
     "did you mean AttachPolicy?"),
    ("keygen = 10.0", "keygen = 10.0\nkeygn = 3", "serial.timeouts.keygn", "did you mean keygen?"),
    ('thing_type = "sensor-a"', 'thing_type = "sensor-a"\nthing_typ = "x"', "models.sensor-a.thing_typ",
     "did you mean thing_type?"),
    ('name = "gateways"', 'name = "gateways"\nprodct_line = "x"', "groups[2].prodct_line",
     "did you mean product_line?"),
    ("claim_ttl = 300", "claim_ttl = 300\nclaim_tl = 3", "rework.claim_tl", "did you mean claim_ttl?"),
    ('until = "ready"', 'until = "ready"\nzzz = 1', "jobs.zzz", "known: until, "),
])
def test_unknown_keys_are_refused_at_every_depth_with_a_suggestion(old: str, new: str, key: str, hint: str) -> None:
    error = refusal(edit(old, new))
    assert error.key == key
    assert hint in error.problem


@pytest.mark.parametrize(("old", "key"), [
    ("max_wait = 120", "cloud.max_wait"),
    ("ready_timeout = 600", "jobs.ready_timeout"),
    ("poll_min = 0.5", "jobs.poll_min"),
    ("abort_failure_percent = 20", "jobs.abort_failure_percent"),
    ("claim_ttl = 300", "rework.claim_ttl"),
    ("keygen = 10.0", "serial.timeouts.keygen"),
])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
def test_nan_and_inf_are_refused(old: str, key: str, value: str) -> None:
    name = old.split(" = ")[0]
    error = refusal(edit(old, f"{name} = {value}"))
    assert error.key == key
    assert "finite number" in error.problem


def test_integers_are_integers() -> None:
    for old, new, key in (("parallel = 8", "parallel = 8.0", "station.parallel"),
                          ("retries = 2", "retries = true", "serial.retries"),
                          ("url_expiry = 3600", "url_expiry = 3600.5", "catalog.url_expiry")):
        error = refusal(edit(old, new))
        assert error.key == key and "must be int" in error.problem


@pytest.mark.parametrize(("pattern", "words"), [
    ("{model}-{serial}}", "not a valid pattern"),
    ("{model-{serial}", "not a valid pattern"),
    ("{model}-{serial!r}", "no format spec or conversion"),
    ("{model}-{serial:>8}", "no format spec or conversion"),
    ("{model.__class__}-{serial}", "unknown placeholder"),
    ("{serial[0]}", "unknown placeholder"),
    ("{}-{serial}", "unknown placeholder"),
    ("{model}", "must contain {serial}"),
])
def test_bad_naming_patterns_are_refused_at_load(pattern: str, words: str) -> None:
    error = refusal(edit('thing_name = "{model}-{serial}"', f'thing_name = "{pattern}"'))
    assert error.key == "naming.thing_name"
    assert words in error.problem


def test_literal_braces_in_a_pattern_are_allowed() -> None:
    p = parse_profile(edit('thing_name = "{model}-{serial}"', 'thing_name = "{{x}}{model}-{serial}"'))
    assert p.thing_name_pattern == "{{x}}{model}-{serial}"


def test_an_unknown_serial_driver_names_the_field_and_the_known_drivers() -> None:
    error = refusal(edit('driver = "reference"', 'driver = "referense"'))
    assert error.key == "serial.driver"
    assert "not a registered board driver" in error.problem and "reference" in error.problem


@pytest.mark.parametrize(("old", "new", "key"), [
    ('# mqtt_endpoint = ""', 'mqtt_endpoint = "broker.example.com:99999"', "cloud.mqtt_endpoint"),
    ('# mqtt_endpoint = ""', 'mqtt_endpoint = "broker.example.com:0"', "cloud.mqtt_endpoint"),
    ('# mqtt_endpoint = ""', 'mqtt_endpoint = "bro ker:8883"', "cloud.mqtt_endpoint"),
    ('# mqtt_endpoint = ""', 'mqtt_endpoint = "-broker-:8883"', "cloud.mqtt_endpoint"),
    ('# mqtt_endpoint = ""', 'mqtt_endpoint = "broker.example.com:8883\\n"', "cloud.mqtt_endpoint"),
    ('# endpoint_url = ""', 'endpoint_url = "https://iot.example.com:70000"', "cloud.endpoint_url"),
    ('# endpoint_url = ""', 'endpoint_url = "https://exa_mple.com/"', "cloud.endpoint_url"),
    ('# endpoint_url = ""', 'endpoint_url = "ftp://example.com/"', "cloud.endpoint_url"),
    ('# endpoint_url = ""', 'endpoint_url = "https://example.com/\\r\\nX: y"', "cloud.endpoint_url"),
    ('ports = ["/dev/ttyUSB*", "/dev/ttyACM*", "COM*"]', "ports = []", "serial.ports"),
    ('ports = ["/dev/ttyUSB*", "/dev/ttyACM*", "COM*"]', 'ports = ["/dev/ttyUSB*", ""]', "serial.ports[1]"),
    ('ports = ["/dev/ttyUSB*", "/dev/ttyACM*", "COM*"]', 'ports = ["COM*\\u001b[2J"]', "serial.ports[0]"),
])
def test_hosts_and_ports_are_checked_at_load(old: str, new: str, key: str) -> None:
    assert refusal(edit(old, new)).key == key


def test_good_hosts_load() -> None:
    p = parse_profile(edit('# mqtt_endpoint = ""', 'mqtt_endpoint = "a1b2-ats.iot.eu-west-1.amazonaws.com:8883"')
                      .replace('# endpoint_url = ""', 'endpoint_url = "http://127.0.0.1:4566"'))
    assert p.cloud.mqtt_endpoint.endswith(":8883") and p.cloud.endpoint_url == "http://127.0.0.1:4566"
    assert isinstance(p.cloud.max_wait, float) and p.serial.ports == ("/dev/ttyUSB*", "/dev/ttyACM*", "COM*")


@pytest.mark.parametrize(("old", "new", "key"), [
    ('id = "demo-station"', 'id = "AB12\\n"', "station.id"),
    ('name = "provisioning-station-device"', 'name = "device\\n"', "policy.name"),
    ('[models.sensor-a]', '[models."sensor-a\\n"]', "models.sensor-a\\n"),  # the key is shown escaped
    ('name = "gateways"', 'name = "gateways\\n"', "groups[2].name"),
    ('usb_ids = []', 'usb_ids = ["0403:6001\\n"]', "serial.usb_ids[0]"),
    ('presign_role = "provisioning-station-jobs-presign"', 'presign_role = "presign\\n"', "catalog.presign_role"),
    ('product_line = "sensors"', 'product_line = "sensors\\n"', "models.sensor-a.product_line"),
    ('batch = ""', 'batch = "lot-7\\n"', "station.batch"),
])
def test_names_are_full_matches(old: str, new: str, key: str) -> None:
    # re.match("^…$") lets "AB12\n" through; every name is checked with re.fullmatch.
    assert refusal(edit(old, new)).key == key


def test_a_non_utf8_file_is_a_profile_error(tmp_path: Path) -> None:
    f = tmp_path / "line.toml"
    f.write_bytes(default_profile_text().replace("demo-station", "caf\xe9").encode("latin-1"))
    with pytest.raises(ProfileError) as info:
        load_profile(f)
    assert info.value.key == "(file)" and "not UTF-8" in info.value.problem
    assert refusal(b"\xff\xfe[station]").key == "(file)"
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + default_profile_text().encode())  # Windows Notepad's UTF-8
    assert load_profile(bom).station_id == "demo-station"


@pytest.mark.parametrize("text", [
    "x = " + "[" * 50_000 + "]" * 50_000,
    "x = " + "{a = " * 50_000 + "1" + "}" * 50_000,
    "[" + ".".join(["a"] * 20_000) + "]\nb = 1",
    default_profile_text() + "\n[models.deep]\nthing_type = \"x\"\nextra = " + "[" * 50_000 + "]" * 50_000,
])
def test_a_deeply_nested_profile_is_a_profile_error(text: str) -> None:
    assert refusal(text).key


def without_demo_pins(text: str) -> str:
    return re.sub(r'^(qa_pin|engineer_pin) = ".*"$', r'\1 = ""', text, flags=re.MULTILINE)


def test_demo_pin_hashes_are_refused_unless_the_cloud_is_embedded() -> None:
    demo = load_profile(None)
    assert {demo.roles.qa_pin, demo.roles.engineer_pin} == demo_pin_hashes()  # embedded: the demo unlocks
    aws = default_profile_text().replace('kind = "embedded"', 'kind = "aws"')
    error = refusal(aws)
    assert error.key == "roles.qa_pin" and "station hash-pin" in error.problem
    error = refusal(aws.replace(f'qa_pin = "{demo.roles.qa_pin}"', f'qa_pin = "{hash_pin("4711")}"'))
    assert error.key == "roles.engineer_pin"
    own = parse_profile(without_demo_pins(aws).replace('engineer_pin = ""', f'engineer_pin = "{hash_pin("8802")}"'))
    assert own.roles.qa_pin == "" and own.roles.engineer_pin not in demo_pin_hashes()


def test_the_demo_profile_does_not_invite_copying_its_pins() -> None:
    text = default_profile_text()
    roles = text[text.index("[roles]"):text.index("[models.")]
    assert "refused" in roles and "hash-pin" in roles
    assert "copies this file" not in text


def test_versioning_is_chosen_in_the_catalog_section() -> None:
    assert load_profile(None).catalog.versioning == "semver"
    p = parse_profile(edit('versioning = "semver"', 'versioning = "pep440"'))
    assert p.catalog.versioning == "pep440"
    error = refusal(edit('versioning = "semver"', 'versioning = "calver"'))
    assert error.key == "catalog.versioning" and "semver, pep440" in error.problem


def test_every_packaged_profile_loads() -> None:
    resources = Path(__file__).resolve().parents[2] / "resources"
    profiles = sorted(resources.glob("*.toml"))
    assert profiles
    for path in profiles:
        assert load_profile(path).station_id
