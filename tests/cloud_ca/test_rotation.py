"""CA rotation and `station cloud ca status|rotate`: a second CA beside the old one, the old one retired safely."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.ca import DeviceSubject, create_line_ca_token
from station.cloud.ca_registration import NOT_REGISTERED, ensure_line_ca, line_ca_statuses, rotate_line_ca
from station.cloud.connect import EmbeddedCloud
from station.errors import StationError
from station.profile import Profile, load_profile
from tests.cloud_ca.helpers import admin_client, certificate_id_of, device_certificate, open_line_ca
from tests.integration.test_provision_cli import line_profile

pytestmark = pytest.mark.timeout(240)
SUBJECT = DeviceSubject(thing_name="sensor-a-SN9001", serial="SN9001", model="sensor-a", hw_revision="B",
                        station="line-1", batch="2026-11-30", group="sensor-a-rev-b")


@pytest.mark.cloud
def test_rotation_registers_the_new_ca_and_retires_the_old_only_when_no_unit_uses_it(
        profile: Profile, embedded: EmbeddedCloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    line = dataclasses.replace(profile, cert_mode="factory-ca",
                               factory_ca=dataclasses.replace(profile.factory_ca, registration="jitr"))
    embedded.grant(line)
    engineer = embedded.as_role("engineer")
    iot = admin_client(embedded)
    with open_line_ca(tmp_path / "old", monkeypatch, name="Line CA 2026") as old:
        ensure_line_ca(engineer, line, old)
        chain, _key = device_certificate(old, SUBJECT)
        old_id, old_pem = old.ca_certificate_id, old.ca_pem.decode()
    # One unit the old CA signed is in use (registered ACTIVE under that CA).
    unit = certificate_id_of(chain)
    iot.register_certificate(certificatePem=chain.decode().split("-----END CERTIFICATE-----")[0]
                             + "-----END CERTIFICATE-----\n", caCertificatePem=old_pem, status="ACTIVE")

    with open_line_ca(tmp_path / "new", monkeypatch, name="Line CA 2027") as new:
        with pytest.raises(StationError) as refused:
            rotate_line_ca(engineer, line, new, old_ca_id=old_id, deactivate_old=True)
        assert refused.value.cause_message.id == "ca.old-still-used"
        # The new CA was registered before the refusal; the old one is untouched.
        described = iot.describe_ca_certificate(certificateId=new.ca_certificate_id)["certificateDescription"]
        assert (described["status"], described["autoRegistrationStatus"]) == ("ACTIVE", "ENABLE")
        assert iot.describe_ca_certificate(certificateId=old_id)["certificateDescription"]["status"] == "ACTIVE"

        report = rotate_line_ca(engineer, line, new, old_ca_id=old_id)
        assert (report.old_status, report.deactivated, report.old_certificates) == ("ACTIVE", False,
                                                                                   {"ACTIVE": [unit]})
        assert {a.action for a in report.actions} == {"exists"}

        iot.update_certificate(certificateId=unit, newStatus="REVOKED")  # the unit was re-keyed
        done = rotate_line_ca(engineer, line, new, old_ca_id=old_id, deactivate_old=True)
        assert (done.old_status, done.deactivated, done.old_active) == ("INACTIVE", True, 0)
    old_now = iot.describe_ca_certificate(certificateId=old_id)["certificateDescription"]
    assert (old_now["status"], old_now["autoRegistrationStatus"]) == ("INACTIVE", "DISABLE")
    # A later bootstrap with a profile still naming the retired CA reports it and changes nothing.
    again = ensure_line_ca(engineer, line, RetiredCa(old_pem.encode(), old_id))
    assert [(a.action, "INACTIVE" in a.detail) for a in again] == [("differs", True)]
    assert iot.describe_ca_certificate(certificateId=old_id)["certificateDescription"] == old_now


@dataclasses.dataclass(frozen=True)
class RetiredCa:
    """A registered CA whose token is gone: registering it again would need its key."""

    ca_pem: bytes
    ca_certificate_id: str

    def verification_certificate(self, registration_code: str) -> bytes:
        raise AssertionError("a registered CA is never registered again")


@pytest.mark.cloud
def test_the_cli_shows_status_and_rotates(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    old = create_line_ca_token(tmp_path / "old", common_name="Line CA 2026")
    path = line_profile(tmp_path, embedded)
    text = path.read_text().replace('mode = "csr"', 'mode = "factory-ca"').replace(
        'pin_env = "STATION_CA_PIN"', f'pin_env = "STATION_CA_PIN"\nca_certificate = "{old.ca_certificate.as_posix()}"')
    path.write_text(text)
    profile = load_profile(path)
    assert profile.cert_mode == "factory-ca"
    embedded.grant(profile)
    for key, value in old.environment().items():
        monkeypatch.setenv(key, value)
    from station.ca import LineCa

    before = line_ca_statuses(embedded.as_role("engineer"), profile)
    assert [(s.status, s.current) for s in before] == [(NOT_REGISTERED, True)]
    with LineCa.open(old.settings(profile.factory_ca)) as ca:
        ensure_line_ca(embedded.as_role("engineer"), profile, ca)
        old_id = ca.ca_certificate_id
    new = create_line_ca_token(tmp_path / "new", common_name="Line CA 2027")
    env = {**os.environ, **embedded.credentials_env("engineer"), **new.environment(),
           "STATION_HOME": str(station_home)}

    def station(*args: str) -> list[dict[str, object]]:
        proc = subprocess.run([sys.executable, "-m", "station", "cloud", "ca", *args, "--profile", str(path),
                               "--json"], capture_output=True, text=True, env=env, timeout=90)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(line) for line in proc.stdout.splitlines()]

    rotation = station("rotate", "--new-ca", str(new.ca_certificate), "--deactivate-old", "--force")
    assert rotation[0]["old_ca"] == old_id and rotation[0]["deactivated"] is True
    statuses = {s["ca"]: s for s in station("status")}
    assert statuses[old_id]["status"] == "INACTIVE" and statuses[old_id]["current"] is True
    new_id = rotation[0]["new_ca"]
    assert statuses[new_id]["status"] == "ACTIVE" and statuses[new_id]["registration"] == "jitp template"
    assert {s.certificate_id for s in line_ca_statuses(embedded.as_role("engineer"), profile)} == {old_id, new_id}


def test_jitr_settings_renders_the_lambdas_environment_and_role(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from station.cli.main import main
    from station.profile import default_profile_text

    token = create_line_ca_token(tmp_path / "ca")
    path = tmp_path / "line.toml"
    path.write_text(default_profile_text().replace(
        'pin_env = "STATION_CA_PIN"', f'pin_env = "STATION_CA_PIN"\nca_certificate = "{token.ca_certificate}"'))
    assert main(["cloud", "ca", "jitr-settings", "--profile", str(path), "--account", "123456789012"]) == 0
    doc = json.loads(capsys.readouterr().out)
    ca_id = certificate_id_of(token.ca_certificate.read_bytes())
    assert doc["environment"]["STATION_JITR_CA_IDS"] == ca_id
    assert doc["rule_topics"] == [f"$aws/events/certificates/registered/{ca_id}"]
    assert all(st["Resource"] != "*" for st in doc["role_policy"]["Statement"])
