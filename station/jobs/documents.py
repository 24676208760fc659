"""Job documents: the one format the station writes and the device agent reads, with a strict parser."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from station.cloud.arns import dns_suffix
from station.jobs.versions import DEFAULT_VERSIONING, VERSIONING, is_downgrade, version_key

__all__ = ["VERSION", "VERSIONING", "DocumentError", "JobDocument", "is_downgrade", "job_id", "parse_document",
           "placeholder_url", "s3_object_url", "version_key"]

OPERATIONS = ("install", "config-download", "config-upload")
MAX_DOCUMENT = 32 * 1024  # AWS IoT job document limit
# Always applied with fullmatch: "^…$" with re.match would let "1.0\n" through.
VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# A URL is one token: whitespace or a control character in it would split an HTTP request line.
_URL_SPOILERS = re.compile(r"[\x00-\x20\x7f-\x9f]")
PRESIGN_PLACEHOLDER = "${{aws:iot:s3-presigned-url:{url}}}"


class DocumentError(ValueError):
    """A job document the device must REJECT: the message is the reason it reports."""


@dataclass(frozen=True)
class JobDocument:
    """What one job asks a device to do.

    ``install``/``config-download``: fetch ``url`` (a pre-signed GET, delivered
    re-signed by IoT Jobs on every document delivery), check ``sha256`` and
    ``size``; ``install`` refuses a lower ``version`` unless ``forced``, ordering versions by
    ``versioning`` (the profile's ``[catalog] versioning``: semver or pep440).
    ``config-upload``: PUT the device's current configuration to ``url`` (a
    pre-signed PUT the station generated).
    """

    operation: str
    url: str
    version: str = ""
    sha256: str = ""
    size: int = 0
    forced: bool = False
    model: str = ""
    versioning: str = DEFAULT_VERSIONING

    def to_json(self) -> str:
        body: dict[str, Any] = {"operation": self.operation, "url": self.url}
        if self.operation != "config-upload":
            body.update(version=self.version, sha256=self.sha256, size=self.size)
        if self.operation == "install":
            body.update(forced=self.forced, model=self.model)
            if self.versioning != DEFAULT_VERSIONING:  # documents of semver lines stay as they were
                body.update(versioning=self.versioning)
        return json.dumps(body, separators=(",", ":"))


def s3_object_url(bucket: str, key: str, region: str = "us-east-1") -> str:
    """The path-style URL of an S3 object on the bucket's regional endpoint, the key percent-encoded.

    us-east-1: https://s3.amazonaws.com/BUCKET/KEY; other regions: https://s3.REGION.amazonaws.com/...;
    China regions: https://s3.REGION.amazonaws.com.cn/... . The key keeps its slashes; everything else
    outside RFC 3986's unreserved set is encoded (a version like 1.2+build7 becomes 1.2%2Bbuild7, which
    S3 would otherwise read as a space).
    """
    host = "s3.amazonaws.com" if region == "us-east-1" else f"s3.{region}.{dns_suffix(region)}"
    return f"https://{host}/{bucket}/{quote(key, safe='/')}"


def placeholder_url(bucket: str, key: str, region: str = "us-east-1") -> str:
    """The ${aws:iot:s3-presigned-url:…} placeholder IoT Jobs replaces with a fresh pre-signed GET URL."""
    return PRESIGN_PLACEHOLDER.format(url=s3_object_url(bucket, key, region))


def parse_document(raw: str | bytes | dict[str, Any]) -> JobDocument:
    """Parse and validate a delivered job document; raises DocumentError with a reason a device can report."""
    if isinstance(raw, (str, bytes)):
        if len(raw) > MAX_DOCUMENT:
            raise DocumentError(f"document of {len(raw)} bytes exceeds {MAX_DOCUMENT}")
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DocumentError(f"document is not JSON: {exc}") from None
    else:
        data = raw
    if not isinstance(data, dict):
        raise DocumentError("document must be a JSON object")
    op = data.get("operation")
    if op not in OPERATIONS:
        raise DocumentError(f"unknown operation {op!r} (known: {', '.join(OPERATIONS)})")
    url = data.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or _URL_SPOILERS.search(url):
        raise DocumentError("'url' must be an http(s) URL without spaces or control characters")
    if op == "config-upload":
        return JobDocument(operation=op, url=url)
    version, sha, size = data.get("version"), data.get("sha256"), data.get("size", 0)
    if not isinstance(version, str) or not VERSION.fullmatch(version):
        raise DocumentError(f"'version' {version!r} is not a version string")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise DocumentError("'sha256' must be 64 lowercase hex digits")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise DocumentError("'size' must be a non-negative integer")
    forced = data.get("forced", False)
    if not isinstance(forced, bool):
        raise DocumentError("'forced' must be true or false")
    model = data.get("model", "")
    if not isinstance(model, str):
        raise DocumentError("'model' must be a string")
    versioning = data.get("versioning", DEFAULT_VERSIONING) if op == "install" else DEFAULT_VERSIONING
    if versioning not in VERSIONING:
        raise DocumentError(f"'versioning' must be one of {', '.join(VERSIONING)}")
    return JobDocument(operation=op, url=url, version=version, sha256=sha, size=size, forced=forced, model=model,
                       versioning=versioning)


# statusDetails the reference agent reports and the station reads (keys [a-zA-Z0-9:_-]{1,128},
# values at most 1024 characters). "trail" lists every step done so far, so a station that
# polls after a quick step (or across a reboot) still learns it happened.
DETAIL_STEP = "step"  # received, download, verify, install, rebooting, booted, apply, upload, done
DETAIL_PERCENT = "percent"  # download progress, "0".."100"
DETAIL_VERSION = "version"  # the version now running (install) or applied (config)
DETAIL_REASON = "reason"  # plain-words reason on FAILED/REJECTED
DETAIL_TRAIL = "trail"  # comma-separated steps done so far
MAX_DETAIL = 1024


def job_id(*parts: str) -> str:
    """A readable, deterministic job id from its parts: only [a-zA-Z0-9_-], at most 64 characters."""
    import hashlib

    raw = "-".join(p for p in parts if p)
    clean = re.sub(r"[^a-zA-Z0-9_-]", "_", raw)
    if len(clean) <= 64:
        return clean
    digest = hashlib.sha256(raw.encode()).hexdigest()[:8]
    return f"{clean[:55]}-{digest}"
