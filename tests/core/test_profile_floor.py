"""The operator-floor and label keys of the profile: defaults, and each refusal naming its key."""

from __future__ import annotations

import pytest

from station.errors import ProfileError
from station.profile import DEFAULT_LABEL_FIELDS, default_profile_text, load_profile, parse_profile


def edit(old: str, new: str) -> str:
    text = default_profile_text()
    assert old in text, old
    return text.replace(old, new, 1)


def refused(text: str) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        parse_profile(text, source="line.toml")
    return info.value


def test_demo_profile_sets_the_floor_and_a_label() -> None:
    profile = load_profile(None)
    assert profile.operator.sounds and profile.operator.flash_failures and not profile.operator.kiosk
    assert profile.operator.rate_window_minutes == 15.0
    assert profile.labels.enabled and profile.labels.printer.startswith("tcp://")
    assert [f.kind for f in profile.labels.fields] == ["text", "text", "text", "qr"]
    assert profile.labels.fields[3].text == "{thing_name}"


def test_a_profile_without_the_tables_gets_defaults() -> None:
    start, end = default_profile_text().index("\n[operator]"), default_profile_text().index("\n[roles]")
    text = default_profile_text()[:start] + default_profile_text()[end:]
    profile = parse_profile(text)
    assert profile.operator.language == "" and profile.operator.sounds
    assert not profile.labels.enabled and profile.labels.fields == DEFAULT_LABEL_FIELDS


@pytest.mark.parametrize(("old", "new", "key", "words"), [
    ('language = ""', 'language = "fr"', "operator.language", "must be one of"),
    ("kiosk = false", 'kiosk = "yes"', "operator.kiosk", "true or false"),
    ("rate_window_minutes = 15", "rate_window_minutes = 0", "operator.rate_window_minutes", "between 1 and 480"),
    ('printer = "tcp://127.0.0.1:9100"', 'printer = "lpt1"', "labels.printer", "tcp://host"),
    ('printer = "tcp://127.0.0.1:9100"', 'printer = "tcp://bad host:9100"', "labels.printer", "without spaces"),
    ('printer = "tcp://127.0.0.1:9100"', 'printer = "tcp://10.0.0.4:99999"', "labels.printer", "between 1 and 65535"),
    ('printer = "tcp://127.0.0.1:9100"', 'printer = ""', "labels.printer", "is needed when labels.enabled"),
    ('text = "{serial}"', 'text = "{serial:>8}"', "labels.fields[0].text", "no format spec"),
    ('text = "{serial}"', 'text = "{password}"', "labels.fields[0].text", "unknown placeholder"),
    ('text = "{serial}"', 'text = "{serial"', "labels.fields[0].text", "not a valid label text"),
    ('text = "{serial}"', 'text = "SN\\u0007{serial}"', "labels.fields[0].text", "control"),
    ('kind = "qr"', 'kind = "barcode"', "labels.fields[3].kind", ""),
    ("x_mm = 30", "x_mm = 40", "labels.fields[3]", "does not fit"),
    ("dpi = 203", "dpi = 200", "labels.dpi", "printer resolution"),
])
def test_each_bad_key_is_refused_by_name(old: str, new: str, key: str, words: str) -> None:
    error = refused(edit(old, new))
    assert error.key == key, error
    assert words in error.problem


def test_a_serial_printer_is_accepted() -> None:
    profile = parse_profile(edit('printer = "tcp://127.0.0.1:9100"', 'printer = "serial:COM5?baud=9600"'))
    assert profile.labels.printer == "serial:COM5?baud=9600"
