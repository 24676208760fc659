"""The factory-ca and fleet-claim keys of the profile: defaults, paths, and each refusal naming its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.errors import ProfileError
from station.profile import FactoryCaSettings, FleetClaimSettings, default_profile_text, load_profile, parse_profile


def edit(old: str, new: str) -> str:
    text = default_profile_text()
    assert old in text, old
    return text.replace(old, new, 1)


def refused(text: str) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        parse_profile(text, source="line.toml")
    return info.value


def test_the_demo_profile_names_both_modes_settings() -> None:
    profile = load_profile(None)
    assert profile.cert_mode == "csr"
    assert profile.factory_ca == FactoryCaSettings()
    assert profile.fleet_claim == FleetClaimSettings()


@pytest.mark.parametrize("mode", ["factory-ca", "fleet-claim"])
def test_the_new_modes_are_accepted(mode: str) -> None:
    assert parse_profile(edit('mode = "csr"', f'mode = "{mode}"')).cert_mode == mode


def test_the_ca_certificate_is_found_next_to_the_profile(tmp_path: Path) -> None:
    text = edit('registration = "jitp"', 'registration = "jitr"\nca_certificate = "ca/line-ca.pem"')
    profile = parse_profile(text, source=str(tmp_path / "line.toml"))
    assert profile.factory_ca.ca_certificate == str(tmp_path / "ca" / "line-ca.pem")
    assert profile.factory_ca.registration == "jitr"
    absolute = parse_profile(edit('registration = "jitp"', f'ca_certificate = "{tmp_path / "x.pem"}"'),
                             source=str(tmp_path / "elsewhere" / "line.toml"))
    assert absolute.factory_ca.ca_certificate == str(tmp_path / "x.pem")


@pytest.mark.parametrize(("old", "new", "key", "words"), [
    ('mode = "csr"', 'mode = "factory"', "certificates.mode", "factory-ca"),
    ('token_label = "line-ca"', 'token_label = "line ca with a label far longer than 32"',
     "certificates.factory_ca.token_label", "PKCS#11"),
    ('key_label = "line-ca"', 'key_label = ""', "certificates.factory_ca.key_label", ""),
    ('pin_env = "STATION_CA_PIN"', 'pin_env = "1234"', "certificates.factory_ca.pin_env", "environment variable"),
    ('validity_days = 7300', 'validity_days = 0', "certificates.factory_ca.validity_days", "between 1"),
    ('registration = "jitp"', 'registration = "both"', "certificates.factory_ca.registration", "jitp"),
    ('template = "provisioning-station-fleet"', 'template = "fleet template"',
     "certificates.fleet_claim.template", "template name"),
    ('claim_refresh_seconds = 240', 'claim_refresh_seconds = 300',
     "certificates.fleet_claim.claim_refresh_seconds", "300 s"),
    ('register_timeout = 180  #', 'register_timeout = 1  #', "certificates.factory_ca.register_timeout", "between 5"),
    ('register_timeout = 180\n', 'register_timeout = 2\n', "certificates.fleet_claim.register_timeout", "between 5"),
    ('register_timeout = 180\n', 'register_timeout = 180\npin = "1234"\n', "certificates.fleet_claim.pin",
     "known key"),
])
def test_each_refusal_names_its_key(old: str, new: str, key: str, words: str) -> None:
    error = refused(edit(old, new))
    assert error.key == key, (error.key, error.problem)
    assert words in error.problem or words in str(error), error.problem
