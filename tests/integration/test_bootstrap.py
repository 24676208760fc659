"""`cloud bootstrap`: creates what the profile names, only once; the device policy is least privilege."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.cloud.policy import PolicyTooBroad, check_least_privilege
from station.profile import Profile, load_profile
from tests.integration.helpers import iot_client
from tests.integration.test_provision_cli import line_profile

pytestmark = pytest.mark.timeout(120)


def test_bootstrap_is_idempotent_and_the_policy_is_scoped(profile: Profile, embedded: EmbeddedCloud) -> None:
    again = bootstrap(embedded.as_role("engineer"), profile)  # the fixture already ran it once
    # The demo's device policy sits on its groups: a re-run finds it attached there and changes nothing.
    assert {a.action for a in again} == {"exists"}, [a for a in again if a.action != "exists"]
    assert {a.resource for a in again} == {"policy provisioning-station-device", "thing type sensor-a",
                                           "thing type gateway-x", "thing type nrf9160",
                                           "thing group sensor-a-rev-b", "thing group sensor-a",
                                           "thing group gateways", "thing group trackers",
                                           "bucket provisioning-station-catalog",
                                           "role provisioning-station-jobs-presign",
                                           "role policy provisioning-station-jobs-presign/catalog-read",
                                           "event configuration JOB_EXECUTION"} | {
        f"policy provisioning-station-device -> group {g}" for g in profile.all_groups()}
    iot = iot_client(embedded.cloud)
    doc = json.loads(iot.get_policy(policyName="provisioning-station-device")["policyDocument"])
    check_least_privilege(doc)
    resources = [st["Resource"] for st in doc["Statement"]]
    assert all("${iot:Connection.Thing.ThingName}" in r for r in resources)
    assert any(r.endswith(":client/${iot:Connection.Thing.ThingName}") for r in resources)


def test_wildcard_policies_are_refused() -> None:
    with pytest.raises(PolicyTooBroad):
        check_least_privilege({"Statement": [{"Effect": "Allow", "Action": "iot:*", "Resource": "*"}]})


def test_bootstrap_command(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> None:
    # Bootstrap runs as the engineer's identity, not the station's (which may not create groups).
    env = {**os.environ, **embedded.credentials_env("engineer"), "STATION_HOME": str(station_home)}
    path = line_profile(tmp_path, embedded).read_text().replace('name = "gateways"', 'name = "gateways-eu"')
    (tmp_path / "new.toml").write_text(path)
    # A new group in the profile: the identities' policies are rendered again for it (as the account's
    # administrator would), else the engineer may not create the group and the station may not use it.
    embedded.grant(load_profile(tmp_path / "new.toml"))
    proc = subprocess.run([sys.executable, "-m", "station", "cloud", "bootstrap", "--profile",
                           str(tmp_path / "new.toml"), "--json"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    actions = {a["resource"]: a["action"] for a in map(json.loads, proc.stdout.splitlines())}
    assert actions["thing group gateways-eu"] == "created"
    assert actions["thing group sensor-a"] == "exists"
