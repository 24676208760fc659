"""Demo catalog content: small deterministic firmware images and configs, uploaded and released for the demo."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import BootstrapAction
from station.jobs.catalog import Catalog
from station.jobs.common import model_for_group
from station.jobs.releases import release
from station.profile import Profile

DEMO_FIRMWARE_VERSIONS = ("1.0.0", "1.1.0")  # boards boot with 1.0.0; 1.1.0 is released
DEMO_RELEASED_FIRMWARE = "1.1.0"
DEMO_CONFIG_VERSION = "1"
IMAGE_MAGIC = b"STATION-FW\n"
HEADER_SIZE = 256


def firmware_image(model: str, version: str) -> bytes:
    """A 64-128 KiB image: a 256-byte header naming model and version, then bytes seeded by both.

    The same (model, version) always gives the same bytes, so sha256 values are
    stable across runs and a re-seeded catalog finds its objects unchanged.
    """
    seed = hashlib.sha256(f"{model}/{version}".encode()).digest()
    size = 64 * 1024 + int.from_bytes(seed[:2], "big")  # 64 KiB .. 128 KiB
    header = IMAGE_MAGIC + json.dumps({"model": model, "version": version, "size": size},
                                      separators=(",", ":")).encode()
    body = random.Random(seed).randbytes(size - HEADER_SIZE)
    return header.ljust(HEADER_SIZE, b"\0") + body


def image_header(data: bytes) -> dict[str, Any] | None:
    """{"model", "version", "size"} from a demo image's header; None if ``data`` is not one."""
    if not data.startswith(IMAGE_MAGIC):
        return None
    try:
        header: dict[str, Any] = json.loads(data[len(IMAGE_MAGIC):HEADER_SIZE].rstrip(b"\0"))
    except ValueError:
        return None
    return header


def demo_config(model: str) -> dict[str, Any]:
    """Configuration "1" of a demo model; valid against resources/config-schema.json."""
    return {"name": f"{model} factory default", "report_interval_s": 300 if model.startswith("gateway") else 60,
            "log_level": "info", "features": {"telemetry": True, "remote_shell": False}}


def seed_demo_catalog(cloud: IotCloud, profile: Profile) -> list[BootstrapAction]:
    """Upload the demo images and configs (if missing) and release firmware 1.1.0 + config "1" to every group.

    Idempotent: a second call finds everything in place and changes nothing.
    Needs the bucket and pre-sign role, i.e. run after cloud.bootstrap.bootstrap().
    """
    catalog = Catalog(cloud, profile.catalog)
    done: list[BootstrapAction] = []
    for model in profile.models:
        for version in DEMO_FIRMWARE_VERSIONS:
            done.append(_upload(catalog, "firmware", model, version, firmware_image(model, version)))
        body = json.dumps(demo_config(model), indent=2, sort_keys=True).encode()
        done.append(_upload(catalog, "config", model, DEMO_CONFIG_VERSION, body))
    for group in profile.all_groups():
        model = model_for_group(profile, group)
        for kind, version in (("firmware", DEMO_RELEASED_FIRMWARE), ("config", DEMO_CONFIG_VERSION)):
            r = release(cloud, catalog, profile, kind, version, group, model=model)
            detail = f"job {r.job_id}" + (f", canceled {', '.join(r.canceled)}" if r.canceled else "")
            done.append(BootstrapAction(f"release {kind} {model} {version} -> group {group}",
                                        "created" if r.action == "created" else "exists", detail))
    return done


def _upload(catalog: Catalog, kind: str, model: str, version: str, body: bytes) -> BootstrapAction:
    resource = f"{kind} {model} {version}"
    if catalog.exists(kind, model, version):
        if catalog.describe(kind, model, version).sha256 == hashlib.sha256(body).hexdigest():
            return BootstrapAction(resource, "exists")
        return BootstrapAction(resource, "differs", "the catalog holds other content; left unchanged")
    if kind == "firmware":
        catalog.upload_firmware(model, version, body, notes=f"demo image {model} {version}")
    else:
        catalog.upload_config(model, version, body, notes=f"demo configuration {model}")
    return BootstrapAction(resource, "created")
