"""A real-line profile (kind = aws, aimed at the embedded cloud) with its own QA and engineer PIN hashes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from station.pins import hash_pin
from station.profile import default_profile_text

QA_PIN, ENGINEER_PIN = "2468", "97531"
# Fewer PBKDF2 rounds than a line's (the format's minimum is 4 digits): the tests check many PINs.
QA_HASH = hash_pin(QA_PIN, iterations=1000)
ENGINEER_HASH = hash_pin(ENGINEER_PIN, iterations=1000)


def roles_profile(tmp_path: Path, embedded: Any, *, extra: str = "", qa: str = QA_HASH,
                  engineer: str = ENGINEER_HASH, name: str = "line.toml") -> Path:
    assert embedded.endpoints is not None
    ca = tmp_path / "device-ca.pem"
    ca.write_bytes(embedded.local.ca_pem())
    text = default_profile_text().replace('kind = "embedded"', 'kind = "aws"').replace(
        '# endpoint_url = ""', f'endpoint_url = "{embedded.endpoints.http_url}"').replace(
        '# mqtt_endpoint = ""', f'mqtt_endpoint = "{embedded.endpoints.mqtt_endpoint}"').replace(
        '# ca_file = ""', f'ca_file = "{ca.as_posix()}"').replace('id = "demo-station"', 'id = "line-1-pc-2"')
    text = re.sub(r'(?m)^qa_pin = ".*"$', f'qa_pin = "{qa}"', text)
    text = re.sub(r'(?m)^engineer_pin = ".*"$', f'engineer_pin = "{engineer}"', text)
    path = tmp_path / name
    path.write_text(text + extra)
    return path
