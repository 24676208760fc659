"""Station profile: one TOML file naming the cloud, naming rules, groups, policy and serial settings."""

from __future__ import annotations

import datetime as _dt
import math
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from station.board.driver import DEFAULT_TIMEOUTS, LinkSettings
from station.cloud.quotas import default_quotas
from station.cloud.rules import attribute_value_problem
from station.domain import BoardIdentity
from station.errors import ProfileError
from station.pins import is_pin_hash

CLOUD_KINDS = ("embedded", "aws")
CERT_MODES = ("csr", "csr-or-cloud-keys", "cloud-keys")
POLICY_TARGETS = ("certificate", "group")
NAME_FIELDS = ("model", "serial", "hw", "line")
# AWS IoT thing, thing type and thing group names.
_AWS_NAME = re.compile(r"^[a-zA-Z0-9:_-]{1,128}$")
_STATION_ID = re.compile(r"^[a-zA-Z0-9._:-]{1,64}$")


@dataclass(frozen=True)
class CloudSettings:
    kind: str = "embedded"
    region: str = "us-east-1"
    profile: str = ""
    max_wait: float = 120.0
    # Overrides for an AWS-compatible endpoint other than AWS itself (a staging
    # or local cloud); credentials still come from boto3's normal chain.
    endpoint_url: str = ""
    mqtt_endpoint: str = ""
    ca_file: str = ""
    #: [cloud.quotas]: operation -> TPS for an account with raised AWS quotas (Service Quotas increases).
    #: The station's limiter starts there, the embedded cloud enforces them, `cloud check` sizes the line.
    quotas: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ModelSettings:
    thing_type: str
    product_line: str = ""


@dataclass(frozen=True)
class GroupRule:
    """Units matching every non-empty field go to ``name``; the first matching rule wins."""

    name: str
    model: str = ""
    hw_revision: str = ""
    product_line: str = ""

    def matches(self, model: str, hw_revision: str, product_line: str) -> bool:
        return ((not self.model or self.model == model)
                and (not self.hw_revision or self.hw_revision == hw_revision)
                and (not self.product_line or self.product_line == product_line))


@dataclass(frozen=True)
class SerialSettings:
    driver: str = "reference"
    baud: int = 115200
    retries: int = 2
    ports: tuple[str, ...] = ("/dev/ttyUSB*", "/dev/ttyACM*", "COM*")
    usb_ids: tuple[str, ...] = ()
    timeouts: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TIMEOUTS))

    def link(self) -> LinkSettings:
        return LinkSettings(baud=self.baud, timeouts=self.timeouts, retries=self.retries)


@dataclass(frozen=True)
class CatalogSettings:
    """Where firmware images and configurations live in S3, and the role IoT Jobs pre-signs URLs with."""

    bucket: str = "provisioning-station-catalog"
    prefix: str = "catalog/"
    presign_role: str = "provisioning-station-jobs-presign"
    url_expiry: int = 3600  # presignedUrlConfig.expiresInSec, 60..3600


@dataclass(frozen=True)
class JobSettings:
    """How jobs are created and how the station follows a unit to "ready"."""

    until: str = "ready"  # where a unit counts as passed: "registered" or "ready"
    in_progress_timeout_minutes: int = 15  # covers download + install + reboot
    ready_timeout: float = 600.0  # seconds the station waits for ready before failing the unit
    poll_min: float = 0.5  # backoff bounds for DescribeJobExecution polling, seconds
    poll_max: float = 10.0
    # abortConfig of continuous releases: AWS cancels the job once this percentage of its executions
    # ended FAILED/REJECTED/TIMED_OUT (failureType ALL), evaluated after abort_min_executed things ran it.
    abort_failure_percent: float = 20.0  # 0 = never abort automatically
    abort_min_executed: int = 10


@dataclass(frozen=True)
class RecordsSettings:
    """Where finished unit records are uploaded for the whole factory; an empty prefix keeps them local."""

    s3_prefix: str = ""  # e.g. "records/"; "" disables the S3 sink
    bucket: str = ""  # "" = the catalog bucket

    @property
    def enabled(self) -> bool:
        return bool(self.s3_prefix)


@dataclass(frozen=True)
class ReworkSettings:
    """What happens to a serial that was already provisioned, and how stations share one cloud."""

    policy: str = "reuse"  # "reuse": same board key -> same certificate; "refuse"; "reprovision"
    old_certificate: str = "inactive"  # reprovision: the retired certificate becomes INACTIVE or REVOKED
    claim_ttl: float = 300.0  # seconds another station's claim on a thing blocks this station


@dataclass(frozen=True)
class RolesSettings:
    """PIN hashes (station.pins) that unlock the QA and engineer roles; an empty one keeps that role locked."""

    qa_pin: str = ""
    engineer_pin: str = ""


@dataclass(frozen=True)
class Profile:
    """A validated station profile; build it with :func:`load_profile`."""

    station_id: str
    batch: str
    parallel: int
    cloud: CloudSettings
    thing_name_pattern: str
    cert_mode: str
    policy_name: str
    policy_attach_to: str
    serial: SerialSettings
    models: dict[str, ModelSettings]
    groups: tuple[GroupRule, ...]
    catalog: CatalogSettings = field(default_factory=CatalogSettings)
    jobs: JobSettings = field(default_factory=JobSettings)
    rework: ReworkSettings = field(default_factory=ReworkSettings)
    roles: RolesSettings = field(default_factory=RolesSettings)
    records: RecordsSettings = field(default_factory=RecordsSettings)
    path: str = ""

    @property
    def records_bucket(self) -> str:
        """The bucket the S3 record sink writes to: [records] bucket, else the catalog bucket."""
        return self.records.bucket or self.catalog.bucket

    @property
    def embedded(self) -> bool:
        return self.cloud.kind == "embedded"

    @property
    def thing_name_prefix(self) -> str:
        """The literal text before the first placeholder; the IAM policy scopes CreateThing to it."""
        return self.thing_name_pattern.split("{", 1)[0]

    def product_line(self, ident: BoardIdentity) -> str:
        model = self.models.get(ident.model)
        return ident.product_line or (model.product_line if model else "")

    def thing_name(self, ident: BoardIdentity) -> str:
        name = self.thing_name_pattern.format(model=ident.model, serial=ident.serial, hw=ident.hw_revision,
                                              line=self.product_line(ident))
        if not _AWS_NAME.fullmatch(name):
            raise ProfileError("naming.thing_name",
                               f"gives '{name}' for serial {ident.serial!r}, which is not a valid thing name "
                               "(letters, digits, ':', '_', '-', at most 128)", path=self.path)
        return name

    def thing_type(self, model: str) -> str | None:
        settings = self.models.get(model)
        return settings.thing_type if settings else None

    def group_for(self, ident: BoardIdentity) -> str | None:
        line = self.product_line(ident)
        for rule in self.groups:
            if rule.matches(ident.model, ident.hw_revision, line):
                return rule.name
        return None

    def all_groups(self) -> list[str]:
        return list(dict.fromkeys(rule.name for rule in self.groups))


def default_profile_text() -> str:
    return resources.files("resources").joinpath("demo-profile.toml").read_text(encoding="utf-8")


def load_profile(path: str | Path | None = None) -> Profile:
    """Read and validate a profile; None loads the packaged demo profile."""
    if path is None:
        return parse_profile(default_profile_text(), source="<demo profile>")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError("(file)", f"cannot read the profile: {exc.strerror or exc}", path=str(p)) from exc
    return parse_profile(text, source=str(p))


def parse_profile(text: str, *, source: str = "") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError("(syntax)", f"not valid TOML: {exc}", path=source) from exc
    return _Reader(data, source).profile()


class _Reader:
    """Walks the parsed TOML, checking each key; every error names the dotted key."""

    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, key: str, problem: str) -> ProfileError:
        return ProfileError(key, problem, path=self.source)

    def quotas(self, cloud: dict[str, Any]) -> dict[str, float]:
        """[cloud.quotas]: raised AWS API rates, one per operation that has a documented default quota."""
        raw = cloud.get("quotas", {})
        if not isinstance(raw, dict):
            raise self.fail("cloud.quotas", f"must be a table of operation = requests per second, not {raw!r}")
        known = default_quotas()
        out: dict[str, float] = {}
        for op, value in raw.items():
            key = f"cloud.quotas.{op}"
            if op not in known:
                raise self.fail(key, "is not an AWS IoT operation with a default quota (see resources/"
                                     "aws-quotas.json, e.g. CreateThing, AttachPolicy)")
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
                    or not 0 < value <= 10_000:
                raise self.fail(key, f"must be requests per second between 0 and 10000, not {value!r}")
            out[op] = float(value)
        return out

    def table(self, key: str, *, required: bool = True) -> dict[str, Any]:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                if required:
                    raise self.fail(key, "is missing")
                return {}
            node = node[part]
        if not isinstance(node, dict):
            raise self.fail(key, f"must be a table, not {type(node).__name__}")
        return node

    def get(self, table: dict[str, Any], prefix: str, name: str, kind: type, default: Any = ...) -> Any:
        key = f"{prefix}.{name}"
        if name not in table:
            if default is ...:
                raise self.fail(key, "is missing")
            return default
        value = table[name]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"must be {kind.__name__}, not {type(value).__name__} ({value!r})")
        return value

    def choice(self, table: dict[str, Any], prefix: str, name: str, choices: tuple[str, ...],
               default: str) -> str:
        value: str = self.get(table, prefix, name, str, default)
        if value not in choices:
            raise self.fail(f"{prefix}.{name}", f"must be one of {', '.join(choices)}, not '{value}'")
        return value

    def aws_name(self, key: str, value: str) -> str:
        if not _AWS_NAME.fullmatch(value):
            raise self.fail(key, f"'{value}' is not a valid AWS IoT name (letters, digits, ':', '_', '-')")
        return value

    def string_list(self, table: dict[str, Any], prefix: str, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = table.get(name, list(default))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{prefix}.{name}", "must be a list of strings")
        return tuple(value)

    def profile(self) -> Profile:
        known = {"station", "cloud", "naming", "certificates", "policy", "serial", "models", "groups", "catalog",
                 "jobs", "records", "rework", "roles"}
        for key in self.data:
            if key not in known:
                raise self.fail(key, f"is not a known section (known: {', '.join(sorted(known))})")
        st = self.table("station")
        station_id = self.get(st, "station", "id", str)
        if not _STATION_ID.fullmatch(station_id):
            raise self.fail("station.id", f"'{station_id}' must be 1-64 letters, digits or . _ : -")
        batch = self.get(st, "station", "batch", str, "") or _dt.date.today().isoformat()
        # The batch becomes a thing attribute: AWS refuses e.g. "Lot 7" (space) in CreateThing.
        if (problem := attribute_value_problem(batch)) is not None:
            raise self.fail("station.batch", f"'{batch}' {problem} (e.g. \"Lot-7\")")
        parallel = self.get(st, "station", "parallel", int, 8)
        if not 1 <= parallel <= 128:
            raise self.fail("station.parallel", f"must be between 1 and 128, not {parallel}")

        cl = self.table("cloud")
        cloud = CloudSettings(
            kind=self.choice(cl, "cloud", "kind", CLOUD_KINDS, "embedded"),
            region=self.get(cl, "cloud", "region", str, "us-east-1"),
            profile=self.get(cl, "cloud", "profile", str, ""),
            max_wait=self.get(cl, "cloud", "max_wait", float, 120.0),
            endpoint_url=self.get(cl, "cloud", "endpoint_url", str, ""),
            mqtt_endpoint=self.get(cl, "cloud", "mqtt_endpoint", str, ""),
            ca_file=self.get(cl, "cloud", "ca_file", str, ""),
            quotas=self.quotas(cl),
        )
        if cloud.endpoint_url and not re.fullmatch(r"https?://[^/\s]+(/\S*)?", cloud.endpoint_url):
            raise self.fail("cloud.endpoint_url", f"'{cloud.endpoint_url}' must be an http(s) URL")
        if cloud.mqtt_endpoint and not re.fullmatch(r"[A-Za-z0-9.\-]+:\d{1,5}", cloud.mqtt_endpoint):
            raise self.fail("cloud.mqtt_endpoint", f"'{cloud.mqtt_endpoint}' must be host:port")
        if cloud.ca_file and not Path(cloud.ca_file).is_file():
            raise self.fail("cloud.ca_file", f"'{cloud.ca_file}' is not a readable file")
        if not re.fullmatch(r"[a-z]{2}(-[a-z]+)+-\d", cloud.region):
            raise self.fail("cloud.region", f"'{cloud.region}' does not look like an AWS region (e.g. eu-west-1)")
        if cloud.max_wait <= 0:
            raise self.fail("cloud.max_wait", "must be a positive number of seconds")

        naming = self.table("naming")
        pattern = self.get(naming, "naming", "thing_name", str, "{model}-{serial}")
        fields = set(re.findall(r"{([^{}]*)}", pattern))
        unknown = fields - set(NAME_FIELDS)
        if unknown:
            raise self.fail("naming.thing_name", f"unknown placeholder(s) {sorted(unknown)}; use {NAME_FIELDS}")
        if "serial" not in fields:
            raise self.fail("naming.thing_name", "must contain {serial}, or two boards would share one thing")

        certs = self.table("certificates", required=False)
        cert_mode = self.choice(certs, "certificates", "mode", CERT_MODES, "csr")

        pol = self.table("policy")
        policy_name = self.aws_name("policy.name", self.get(pol, "policy", "name", str))
        attach_to = self.choice(pol, "policy", "attach_to", POLICY_TARGETS, "certificate")

        se = self.table("serial", required=False)
        timeouts = dict(DEFAULT_TIMEOUTS)
        for name, value in self.table("serial.timeouts", required=False).items():
            if name not in DEFAULT_TIMEOUTS:
                raise self.fail(f"serial.timeouts.{name}", f"unknown command (known: {', '.join(DEFAULT_TIMEOUTS)})")
            t = self.get({name: value}, "serial.timeouts", name, float)
            if not 0 < t <= 600:
                raise self.fail(f"serial.timeouts.{name}", "must be between 0 and 600 seconds")
            timeouts[name] = t
        baud = self.get(se, "serial", "baud", int, 115200)
        if baud not in (9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 1000000):
            raise self.fail("serial.baud", f"{baud} is not a standard line rate")
        usb_ids = self.string_list(se, "serial", "usb_ids", ())
        for uid in usb_ids:
            if not re.fullmatch(r"[0-9a-fA-F]{4}:[0-9a-fA-F]{4}", uid):
                raise self.fail("serial.usb_ids", f"'{uid}' must look like VID:PID in hex, e.g. 0403:6001")
        serial = SerialSettings(
            driver=self.get(se, "serial", "driver", str, "reference"),
            baud=baud,
            retries=self.get(se, "serial", "retries", int, 2),
            ports=self.string_list(se, "serial", "ports", SerialSettings.ports),
            usb_ids=usb_ids,
            timeouts=timeouts,
        )
        if not 0 <= serial.retries <= 10:
            raise self.fail("serial.retries", "must be between 0 and 10")

        models: dict[str, ModelSettings] = {}
        for model, table in self.table("models").items():
            if not isinstance(table, dict):
                raise self.fail(f"models.{model}", "must be a table with thing_type")
            models[model] = ModelSettings(
                thing_type=self.aws_name(f"models.{model}.thing_type",
                                         self.get(table, f"models.{model}", "thing_type", str)),
                product_line=self.get(table, f"models.{model}", "product_line", str, ""),
            )
        if not models:
            raise self.fail("models", "must name at least one model")

        raw_groups = self.data.get("groups")
        if not isinstance(raw_groups, list) or not raw_groups:
            raise self.fail("groups", "must be a non-empty array of tables ([[groups]])")
        groups = []
        for i, g in enumerate(raw_groups):
            prefix = f"groups[{i}]"
            if not isinstance(g, dict):
                raise self.fail(prefix, "must be a table")
            for key in g:
                if key not in ("name", "model", "hw_revision", "product_line"):
                    raise self.fail(f"{prefix}.{key}", "is not a known key (name, model, hw_revision, product_line)")
            rule = GroupRule(
                name=self.aws_name(f"{prefix}.name", self.get(g, prefix, "name", str)),
                model=self.get(g, prefix, "model", str, ""),
                hw_revision=self.get(g, prefix, "hw_revision", str, ""),
                product_line=self.get(g, prefix, "product_line", str, ""),
            )
            if rule.model and rule.model not in models:
                raise self.fail(f"{prefix}.model", f"'{rule.model}' is not one of the [models]")
            groups.append(rule)

        return Profile(station_id=station_id, batch=batch, parallel=parallel, cloud=cloud,
                       thing_name_pattern=pattern, cert_mode=cert_mode, policy_name=policy_name,
                       policy_attach_to=attach_to, serial=serial, models=models, groups=tuple(groups),
                       catalog=self.catalog(), jobs=self.jobs(), records=self.records(),
                       rework=self.rework(), roles=self.roles(), path=self.source)

    def catalog(self) -> CatalogSettings:
        t = self.table("catalog", required=False)
        d = CatalogSettings()
        bucket = self.get(t, "catalog", "bucket", str, d.bucket)
        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", bucket):
            raise self.fail("catalog.bucket", f"'{bucket}' is not a valid S3 bucket name")
        prefix = self.get(t, "catalog", "prefix", str, d.prefix)
        if prefix.startswith("/") or (prefix and not prefix.endswith("/")):
            raise self.fail("catalog.prefix", f"'{prefix}' must not start with '/' and must end with '/'")
        role = self.get(t, "catalog", "presign_role", str, d.presign_role)
        if not re.fullmatch(r"[\w+=,.@-]{1,64}", role):
            raise self.fail("catalog.presign_role", f"'{role}' is not a valid IAM role name")
        expiry = self.get(t, "catalog", "url_expiry", int, d.url_expiry)
        if not 60 <= expiry <= 3600:
            raise self.fail("catalog.url_expiry", "must be between 60 and 3600 seconds (AWS IoT Jobs limit)")
        return CatalogSettings(bucket=bucket, prefix=prefix, presign_role=role, url_expiry=expiry)

    def records(self) -> RecordsSettings:
        t = self.table("records", required=False)
        for key in t:
            if key not in ("s3_prefix", "bucket"):
                raise self.fail(f"records.{key}", "is not a known key (s3_prefix, bucket)")
        d = RecordsSettings()
        prefix = self.get(t, "records", "s3_prefix", str, d.s3_prefix)
        if prefix.startswith("/") or (prefix and not prefix.endswith("/")):
            raise self.fail("records.s3_prefix", f"'{prefix}' must not start with '/' and must end with '/'")
        if prefix and not re.fullmatch(r"[A-Za-z0-9!_.*'()/-]+", prefix):
            raise self.fail("records.s3_prefix", f"'{prefix}' may hold only letters, digits, / and !_.*'()-")
        bucket = self.get(t, "records", "bucket", str, d.bucket)
        if bucket and not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", bucket):
            raise self.fail("records.bucket", f"'{bucket}' is not a valid S3 bucket name")
        catalog = self.catalog()
        if prefix and (bucket or catalog.bucket) == catalog.bucket and (
                prefix.startswith(catalog.prefix) or catalog.prefix.startswith(prefix)):
            # The pre-sign role may read the whole catalog prefix: records inside it would be readable through
            # job URLs, and a records prefix above it would let the station's record rights reach the catalog.
            raise self.fail("records.s3_prefix", f"'{prefix}' overlaps the catalog prefix '{catalog.prefix}' in "
                                                 f"bucket '{catalog.bucket}'; use a separate prefix, e.g. 'records/'")
        return RecordsSettings(s3_prefix=prefix, bucket=bucket)

    def roles(self) -> RolesSettings:
        t = self.table("roles", required=False)
        pins = {}
        for name in ("qa_pin", "engineer_pin"):
            value = self.get(t, "roles", name, str, "")
            if value and not is_pin_hash(value):
                raise self.fail(f"roles.{name}", "must be a PIN hash made by 'station hash-pin' (never the PIN itself)")
            pins[name] = value
        for key in t:
            if key not in pins:
                raise self.fail(f"roles.{key}", "is not a known key (qa_pin, engineer_pin)")
        return RolesSettings(**pins)

    def rework(self) -> ReworkSettings:
        t = self.table("rework", required=False)
        d = ReworkSettings()
        policy = self.choice(t, "rework", "policy", ("reuse", "refuse", "reprovision"), d.policy)
        old = self.choice(t, "rework", "old_certificate", ("inactive", "revoked"), d.old_certificate)
        ttl = self.get(t, "rework", "claim_ttl", float, d.claim_ttl)
        if not 0 <= ttl <= 86400:
            raise self.fail("rework.claim_ttl", "must be between 0 and 86400 seconds")
        return ReworkSettings(policy=policy, old_certificate=old, claim_ttl=ttl)

    def jobs(self) -> JobSettings:
        t = self.table("jobs", required=False)
        d = JobSettings()
        until = self.choice(t, "jobs", "until", ("registered", "ready"), d.until)
        minutes = self.get(t, "jobs", "in_progress_timeout_minutes", int, d.in_progress_timeout_minutes)
        if not 1 <= minutes <= 10080:
            raise self.fail("jobs.in_progress_timeout_minutes", "must be between 1 and 10080 (AWS limit)")
        ready = self.get(t, "jobs", "ready_timeout", float, d.ready_timeout)
        pmin = self.get(t, "jobs", "poll_min", float, d.poll_min)
        pmax = self.get(t, "jobs", "poll_max", float, d.poll_max)
        if ready <= 0:
            raise self.fail("jobs.ready_timeout", "must be a positive number of seconds")
        if not 0.05 <= pmin <= pmax <= 300:
            raise self.fail("jobs.poll_min", "poll_min and poll_max must satisfy 0.05 <= poll_min <= poll_max <= 300")
        percent = self.get(t, "jobs", "abort_failure_percent", float, d.abort_failure_percent)
        # AWS: thresholdPercentage at most 100 with up to two decimals; 0 here switches the abort off.
        if not 0 <= percent <= 100 or round(percent, 2) != percent:
            raise self.fail("jobs.abort_failure_percent", "must be between 0 (no abort) and 100, "
                                                          "with at most two decimals")
        executed = self.get(t, "jobs", "abort_min_executed", int, d.abort_min_executed)
        if not 1 <= executed <= 1_000_000:
            raise self.fail("jobs.abort_min_executed", "must be at least 1 (AWS minNumberOfExecutedThings)")
        return JobSettings(until=until, in_progress_timeout_minutes=minutes, ready_timeout=ready, poll_min=pmin,
                           poll_max=pmax, abort_failure_percent=percent, abort_min_executed=executed)
