"""Firmware/config catalog in S3: versioned objects with sha256, size and notes, config validation, upload slots."""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
import json
import re
import string
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.retry import error_code
from station.errors import StationError
from station.jobs.documents import VERSION, version_key
from station.jobs.versions import version_problem
from station.messages import Message, message
from station.profile import CatalogSettings

KINDS = ("firmware", "config")
_SUFFIX = {"firmware": ".bin", "config": ".json"}
_CONTENT_TYPE = {"firmware": "application/octet-stream", "config": "application/json"}
# Same rule as documents.parse_document applies to a delivered version, so whatever the catalog accepts a
# device will too. Both are applied with fullmatch, which (unlike an anchored search) refuses "1.0\n".
_VERSION = VERSION
_MODEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
MAX_NOTES = 1024  # S3 user metadata is limited to 2 KB in total
MAX_CONFIG = 64 * 1024
# Printable ASCII stays as is (readable in the S3 console); '%' and everything else is
# percent-encoded, because S3 user metadata travels as HTTP headers (US-ASCII only).
_NOTES_SAFE = "".join(c for c in string.printable if c not in "%\t\n\r\x0b\x0c")


class CatalogError(StationError):
    """A catalog operation failed for a reason the operator can fix."""

    default_remedy = message("remedy.jobs.catalog", "Check the model, version and file, then run the command again.")()

    def __init__(self, cause: str | Message, *, remedy: str | Message = "") -> None:
        super().__init__(cause, step="catalog", remedy=remedy)


class VersionExists(CatalogError):
    """The version is already in the catalog; devices may have it, so it is not overwritten silently."""


class NotInCatalog(CatalogError):
    """The asked-for model/version is not in the catalog."""


_CONFIG_INVALID = message("jobs.config-invalid", "configuration is invalid at {path}: {problem}")
_CONFIG_INVALID_REMEDY = message("remedy.jobs.config-invalid", "Fix the configuration file (see "
                                 "resources/config-schema.json) and upload it again.")
_BAD_NAME = message("jobs.bad-name",
                    "{what} '{value}' is not valid ({allowed}; at most 64, starting with a letter or digit)")
_VERSION_CHARS = message("jobs.version-chars", "letters, digits and . + _ -")
_MODEL_CHARS = message("jobs.model-chars", "letters, digits, _ and -")
_NOTES_TOO_LONG = message("jobs.notes-too-long",
                          "release notes are {length} characters; at most {limit} fit in S3 metadata")
_NOTES_TOO_LONG_REMEDY = message("remedy.jobs.notes-too-long",
                                 "Shorten the notes (link to the full release notes instead).")
_UNKNOWN_KIND = message("jobs.unknown-catalog-kind", "unknown catalog kind '{kind}' (known: {known})")
_UNORDERED = message("jobs.unordered-version", "firmware {problem}")
_UNORDERED_REMEDY = message("remedy.jobs.unordered-version", "Use a version the profile's [catalog] versioning "
                            "orders (semver by default; versioning = \"pep440\" for Python-style versions).")
_EMPTY_IMAGE = message("jobs.empty-image", "the firmware image is empty")
_EMPTY_IMAGE_REMEDY = message("remedy.jobs.empty-image", "Check the --file path.")
_EXISTS = message("jobs.version-exists", "{kind} {model} {version} is already in the catalog")
_EXISTS_REMEDY = message("remedy.jobs.version-exists", "Upload it under a new version number, or pass --replace if "
                         "no unit can have received the old content yet.")
_NO_BUCKET = message("jobs.no-catalog-bucket", "the catalog bucket '{bucket}' does not exist")
_NO_BUCKET_REMEDY = message("remedy.jobs.no-catalog-bucket", "Run 'station cloud bootstrap' with this profile first.")
_MAY_NOT_LIST = message("jobs.catalog-denied", "the station may not read the catalog s3://{bucket}/{key}")
_MAY_NOT_LIST_REMEDY = message("remedy.jobs.catalog-denied", "Grant the station's role s3:GetObject on the catalog "
                               "prefix and s3:ListBucket on the bucket for that prefix (resources/"
                               "station-iam-policy.json), or run station cloud check.")
_MAY_NOT_READ = message("jobs.object-denied", "s3://{bucket}/{key} exists but the station may not read it")
_MAY_NOT_READ_REMEDY = message("remedy.jobs.object-denied", "Grant the station's role s3:GetObject on the catalog "
                               "prefix (resources/station-iam-policy.json), or run station cloud check.")
_NOT_IN_CATALOG = message("jobs.not-in-catalog", "{kind} {model} {version} is not in the catalog (s3://{bucket}/{key})")
_NOT_IN_CATALOG_REMEDY = message("remedy.jobs.not-in-catalog",
                                 "Upload it first: station catalog upload {kind} --model {model} --version {version} "
                                 "--file FILE")
_NO_UPLOAD = message("jobs.no-upload", "no uploaded configuration at s3://{bucket}/{key}")
_NO_UPLOAD_REMEDY = message("remedy.jobs.no-upload", "Wait until the unit's config-upload job SUCCEEDED "
                            "(station job show JOB_ID), then try again.")


class ConfigInvalid(CatalogError):
    """A configuration does not match resources/config-schema.json; ``path`` names the failing element."""

    def __init__(self, path: str, problem: str) -> None:
        # The problem is the validator's English detail (names a value or a rule): passed on as data.
        super().__init__(_CONFIG_INVALID(path=path, problem=problem), remedy=_CONFIG_INVALID_REMEDY())
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class CatalogEntry:
    kind: str  # "firmware" or "config"
    model: str
    version: str
    key: str
    sha256: str
    size: int
    notes: str
    uploaded: _dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "model": self.model, "version": self.version, "key": self.key,
                "sha256": self.sha256, "size": self.size, "notes": self.notes,
                "uploaded": self.uploaded.isoformat() if self.uploaded else None}


def config_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resources.files("resources").joinpath("config-schema.json").read_text(encoding="utf-8"))
    return schema


def validate_config(raw: bytes | str | dict[str, Any]) -> dict[str, Any]:
    """Parse and check a device configuration; raises ConfigInvalid naming the failing JSON path."""
    if isinstance(raw, (bytes, str)):
        if len(raw) > MAX_CONFIG:
            raise ConfigInvalid("(file)", f"{len(raw)} bytes is more than the {MAX_CONFIG} a device accepts")
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ConfigInvalid("(file)", f"not JSON: {exc}") from None
    else:
        data = raw
    # jsonschema ships no type information; imported by name so mypy (strict) needs no stubs for it.
    jsonschema: Any = importlib.import_module("jsonschema")
    validator = jsonschema.Draft202012Validator(config_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        path = "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else "(top level)"
        raise ConfigInvalid(path, str(error.message))
    if not isinstance(data, dict):  # the schema already says so; this keeps the return type honest
        raise ConfigInvalid("(top level)", "must be an object")
    return data


def check_name(what: str, value: str) -> str:
    pattern = _VERSION if what == "version" else _MODEL
    if not pattern.fullmatch(value):
        allowed = _VERSION_CHARS() if what == "version" else _MODEL_CHARS()
        raise CatalogError(_BAD_NAME(what=what, value=value, allowed=allowed))
    return value


def encode_notes(notes: str) -> str:
    if len(notes) > MAX_NOTES:
        raise CatalogError(_NOTES_TOO_LONG(length=len(notes), limit=MAX_NOTES), remedy=_NOTES_TOO_LONG_REMEDY())
    return urllib.parse.quote(notes, safe=_NOTES_SAFE)


def decode_notes(value: str) -> str:
    return urllib.parse.unquote(value)


def utc_stamp() -> str:
    """UTC time to the millisecond, e.g. 20261127T084357123Z: sorts by time, valid in keys and job ids."""
    now = _dt.datetime.now(_dt.UTC)
    return now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"


class Catalog:
    """Versioned firmware images and configurations under ``{prefix}{kind}/{model}/{version}{.bin|.json}``.

    Objects carry S3 metadata ``sha256`` (hex) and ``notes`` (percent-encoded); the
    size is the object's ContentLength. A version, once uploaded, is only replaced
    when asked explicitly: units in the field may already run it.
    """

    def __init__(self, cloud: IotCloud, settings: CatalogSettings) -> None:
        self.cloud = cloud
        self.settings = settings
        self.s3: Any = cloud.client("s3")

    @property
    def bucket(self) -> str:
        return self.settings.bucket

    # -- keys ------------------------------------------------------------------------------
    def key(self, kind: str, model: str, version: str) -> str:
        if kind not in KINDS:
            raise CatalogError(_UNKNOWN_KIND(kind=kind, known=", ".join(KINDS)))
        return f"{self.settings.prefix}{kind}/{check_name('model', model)}/{check_name('version', version)}" \
               f"{_SUFFIX[kind]}"

    def upload_key(self, thing: str, stamp: str) -> str:
        return f"{self.settings.prefix}uploads/{thing}/{stamp}.json"

    # -- writing ---------------------------------------------------------------------------
    def upload_firmware(self, model: str, version: str, data: bytes | Path, *, notes: str = "",
                        replace: bool = False) -> CatalogEntry:
        check_name("version", version)
        if (problem := version_problem(version, self.settings.versioning)) is not None:
            # A device orders firmware by this scheme to refuse downgrades: an unordered version could not be
            # told from an older one.
            raise CatalogError(_UNORDERED(problem=problem), remedy=_UNORDERED_REMEDY())
        body = data.read_bytes() if isinstance(data, Path) else data
        if not body:
            raise CatalogError(_EMPTY_IMAGE(), remedy=_EMPTY_IMAGE_REMEDY())
        return self._put("firmware", model, version, body, notes, replace)

    def upload_config(self, model: str, version: str, data: bytes | Path | dict[str, Any], *, notes: str = "",
                      replace: bool = False) -> CatalogEntry:
        if isinstance(data, dict):
            body = json.dumps(data, indent=2, sort_keys=True).encode()
        else:
            body = data.read_bytes() if isinstance(data, Path) else data
        validate_config(body)
        return self._put("config", model, version, body, notes, replace)

    def _put(self, kind: str, model: str, version: str, body: bytes, notes: str, replace: bool) -> CatalogEntry:
        key = self.key(kind, model, version)
        digest = hashlib.sha256(body).hexdigest()
        kwargs: dict[str, Any] = {"Bucket": self.bucket, "Key": key, "Body": body,
                                  "ContentType": _CONTENT_TYPE[kind],
                                  "Metadata": {"sha256": digest, "notes": encode_notes(notes)}}
        if not replace:
            # Conditional write, and the only existence check: S3 refuses it with PreconditionFailed when the
            # version is there (also when a second station uploads it at the same moment). A HEAD first would
            # cost a call and, without an unconditioned s3:ListBucket, answers 403 for a missing key.
            kwargs["IfNoneMatch"] = "*"
        try:
            self.s3.put_object(**kwargs)
        except ClientError as exc:
            if error_code(exc) == "PreconditionFailed":
                raise self._exists(kind, model, version) from None
            if error_code(exc) == "NoSuchBucket":
                raise self._no_bucket() from None
            raise
        return self.describe(kind, model, version)

    def _exists(self, kind: str, model: str, version: str) -> VersionExists:
        return VersionExists(_EXISTS(kind=kind, model=model, version=version), remedy=_EXISTS_REMEDY())

    def _no_bucket(self) -> CatalogError:
        return CatalogError(_NO_BUCKET(bucket=self.bucket), remedy=_NO_BUCKET_REMEDY())

    # -- reading ---------------------------------------------------------------------------
    def _head(self, key: str) -> dict[str, Any] | None:
        try:
            return dict(self.s3.head_object(Bucket=self.bucket, Key=key))
        except ClientError as exc:
            if error_code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            if error_code(exc) == "NoSuchBucket":
                raise self._no_bucket() from None
            if error_code(exc) in ("403", "AccessDenied", "Forbidden"):
                self._missing_or_denied(key)
                return None
            raise

    def _missing_or_denied(self, key: str) -> None:
        """S3 answers 403, not 404, to a HEAD of a missing key unless the caller may list the whole bucket
        (the station may list only its prefix). Listing that one key tells "missing" from "not allowed"."""
        try:
            page = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=key, MaxKeys=1)
        except ClientError as exc:
            if error_code(exc) in ("403", "AccessDenied", "Forbidden"):
                raise CatalogError(_MAY_NOT_LIST(bucket=self.bucket, key=key), remedy=_MAY_NOT_LIST_REMEDY()) from None
            raise
        if any(obj.get("Key") == key for obj in page.get("Contents", [])):
            raise CatalogError(_MAY_NOT_READ(bucket=self.bucket, key=key), remedy=_MAY_NOT_READ_REMEDY())

    def describe(self, kind: str, model: str, version: str) -> CatalogEntry:
        key = self.key(kind, model, version)
        head = self._head(key)
        if head is None:
            raise NotInCatalog(_NOT_IN_CATALOG(kind=kind, model=model, version=version, bucket=self.bucket, key=key),
                               remedy=_NOT_IN_CATALOG_REMEDY(kind=kind, model=model, version=version))
        meta = {k.lower(): v for k, v in head.get("Metadata", {}).items()}
        return CatalogEntry(kind=kind, model=model, version=version, key=key, sha256=meta.get("sha256", ""),
                            size=int(head.get("ContentLength", 0)), notes=decode_notes(meta.get("notes", "")),
                            uploaded=head.get("LastModified"))

    def exists(self, kind: str, model: str, version: str) -> bool:
        return self._head(self.key(kind, model, version)) is not None

    def _keys(self, prefix: str) -> list[str]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
        try:
            return [obj["Key"] for page in pages for obj in page.get("Contents", [])]
        except ClientError as exc:
            if error_code(exc) == "NoSuchBucket":
                raise self._no_bucket() from None
            raise

    def models(self, kind: str) -> list[str]:
        base = f"{self.settings.prefix}{kind}/"
        return sorted({k[len(base):].split("/", 1)[0] for k in self._keys(base) if "/" in k[len(base):]})

    def versions(self, kind: str, model: str) -> list[str]:
        """Versions of one model, oldest first by the profile's versioning (1.4.2-rc1, 1.4.2, 1.4.10); no HEADs."""
        base = f"{self.settings.prefix}{kind}/{check_name('model', model)}/"
        suffix = _SUFFIX[kind]
        found = [k[len(base):-len(suffix)] for k in self._keys(base) if k.endswith(suffix)]
        return sorted((v for v in found if "/" not in v and _VERSION.fullmatch(v)),
                      key=lambda v: version_key(v, self.settings.versioning))

    def latest(self, model: str, kind: str = "firmware") -> CatalogEntry | None:
        versions = self.versions(kind, model)
        return self.describe(kind, model, versions[-1]) if versions else None

    def entries(self, *, model: str | None = None, kind: str | None = None) -> list[CatalogEntry]:
        """Every catalog entry (with metadata: one HEAD per object), by kind, model, version."""
        out: list[CatalogEntry] = []
        for k in [kind] if kind else list(KINDS):
            for m in [model] if model else self.models(k):
                out.extend(self.describe(k, m, v) for v in self.versions(k, m))
        return out

    # -- configurations uploaded by units --------------------------------------------------
    def presigned_put_for_upload(self, thing: str) -> tuple[str, str]:
        """(pre-signed PUT URL, key) where a unit uploads its configuration; valid for url_expiry seconds."""
        key = self.upload_key(thing, utc_stamp())
        url = self.s3.generate_presigned_url("put_object", Params={"Bucket": self.bucket, "Key": key},
                                             ExpiresIn=self.settings.url_expiry)
        return str(url), key

    def register_upload(self, key: str, model: str, version: str, *, replace: bool = False) -> CatalogEntry:
        """Make a configuration a unit uploaded into catalog config ``model``/``version`` (idempotent)."""
        try:
            body: bytes = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        except ClientError as exc:
            if error_code(exc) in ("AccessDenied", "403"):
                self._missing_or_denied(key)  # raises unless the key is simply not there (yet)
            if error_code(exc) in ("NoSuchKey", "404", "AccessDenied", "403"):
                raise NotInCatalog(_NO_UPLOAD(bucket=self.bucket, key=key), remedy=_NO_UPLOAD_REMEDY()) from None
            raise
        validate_config(body)
        digest = hashlib.sha256(body).hexdigest()
        if self.exists("config", model, version):
            entry = self.describe("config", model, version)
            if entry.sha256 == digest:
                return entry  # registered before: propagate may be run again
            if not replace:
                raise self._exists("config", model, version)
        return self._put("config", model, version, body, f"uploaded by a unit: {key}", True)
