"""Station profile: one TOML file naming the cloud, naming rules, groups, policy and serial settings."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from station.board.driver import DEFAULT_TIMEOUTS, LinkSettings
from station.domain import BoardIdentity
from station.errors import ProfileError
from station.profile_schema import (
    AWS_NAME,
    CERT_MODES,
    CLOUD_KINDS,
    NAME_FIELDS,
    POLICY_TARGETS,
    VERSIONING,
    validate,
)

__all__ = ["CERT_MODES", "CLOUD_KINDS", "NAME_FIELDS", "POLICY_TARGETS", "VERSIONING", "CatalogSettings",
           "CloudSettings", "FactoryCaSettings", "FleetClaimSettings", "GroupRule", "JobSettings", "LabelField",
           "LabelSettings", "ModelSettings",
           "OperatorSettings", "Profile", "RecordsSettings", "ReworkSettings", "RolesSettings", "SerialSettings",
           "default_profile_text", "demo_pin_hashes", "load_profile", "parse_profile"]


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
    #: This model's own naming pattern (e.g. "nrf-{imei}": the MQTT client id its firmware uses); "" = [naming].
    thing_name: str = ""


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
    #: Automatic driver choice (station.board.choice): rules, then USB ids confirmed by a probe, then `driver`.
    auto: bool = True
    #: [[serial.rules]]: (usb_id glob, port glob, driver or "ignore"), first match wins, bound without a probe.
    rules: tuple[tuple[str, str, str], ...] = ()

    def link(self) -> LinkSettings:
        return LinkSettings(baud=self.baud, timeouts=self.timeouts, retries=self.retries)


@dataclass(frozen=True)
class CatalogSettings:
    """Where firmware images and configurations live in S3, and the role IoT Jobs pre-signs URLs with."""

    bucket: str = "provisioning-station-catalog"
    prefix: str = "catalog/"
    presign_role: str = "provisioning-station-jobs-presign"
    url_expiry: int = 3600  # presignedUrlConfig.expiresInSec, 60..3600
    versioning: str = "semver"  # how firmware versions are ordered: "semver" or "pep440" (station/jobs/versions.py)


@dataclass(frozen=True)
class JobSettings:
    """How jobs are created and how the station follows a unit to "ready"."""

    until: str = "ready"  # where a unit counts as passed: "registered" or "ready"
    in_progress_timeout_minutes: int = 15  # covers download + install + reboot
    ready_timeout: float = 600.0  # seconds the station waits for ready before failing the unit
    poll_min: float = 0.5  # backoff bounds for DescribeJobExecution polling, seconds
    poll_max: float = 10.0
    # Following by job execution events (MQTT, the station's own identity): the signal that a unit is ready.
    events: bool = True  # false = poll every unit with the backoff above (e.g. an account without job events)
    safety_poll: float = 45.0  # seconds between one unit's safety polls while events flow (jittered +-25 %)
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
    #: An unlocked QA or engineer role locks again after this many minutes without input (0 = never).
    idle_lock_minutes: float = 5.0


@dataclass(frozen=True)
class OperatorSettings:
    """The operator's floor: the window's language, kiosk mode, audible cues, flashing and the rolling rate."""

    language: str = ""  # "" = the OS locale (English where no translation is shipped); see LANGUAGES
    kiosk: bool = False  # full screen without window decorations from the start (F11 toggles it too)
    sounds: bool = True  # a pass and a fail sound distinct from each other (ui.feedback)
    flash_failures: bool = True  # a failed slot flashes until the operator acknowledges it
    rate_window_minutes: float = 15.0  # units/hour is counted over this many minutes, shown once it means something


@dataclass(frozen=True)
class FactoryCaSettings:
    """certificates.mode = "factory-ca": the line CA that signs boards' CSRs; its key lives in a PKCS#11 token.

    See docs/provisioning-modes.md. The token's PIN comes from the environment variable ``pin_env``, never
    from a file; the CA certificate is public.
    """

    pkcs11_library: str = ""  # the token's PKCS#11 module (a .so/.dll); "" = SoftHSM2 where it is installed
    token_label: str = "line-ca"
    key_label: str = "line-ca"  # CKA_LABEL of the CA's private key in the token
    pin_env: str = "STATION_CA_PIN"
    ca_certificate: str = ""  # the line CA's certificate (PEM), relative to the profile's folder
    validity_days: int = 7300  # of each device certificate the station signs
    registration: str = "jitp"  # "jitp": a template on the CA; "jitr": the activation Lambda (docs/aws.md)
    #: How long the station follows a rebooted unit to its registration at first connect while the cloud answers.
    register_timeout: float = 180.0


@dataclass(frozen=True)
class FleetClaimSettings:
    """certificates.mode = "fleet-claim": the board registers itself with a claim certificate and a template."""

    template: str = "provisioning-station-fleet"
    #: A CreateProvisioningClaim certificate lives 5 minutes: the station takes a new one after this many seconds.
    claim_refresh_seconds: float = 240.0
    #: How long the station waits for a rebooted board to report that it registered itself.
    register_timeout: float = 180.0


@dataclass(frozen=True)
class LabelField:
    """One element of the label: a line of text or a QR code, placed in millimetres from the top left."""

    kind: str  # "text" | "qr"
    x_mm: float
    y_mm: float
    size_mm: float  # text: the character height; qr: the side of the code
    text: str  # literal text with {placeholders} (LABEL_FIELDS)


#: The label a profile gets when it enables labels without fields: serial, thing, firmware and a QR of the thing.
DEFAULT_LABEL_FIELDS = (
    LabelField("text", 3, 3, 4, "{serial}"),
    LabelField("text", 3, 9, 3, "{thing_name}"),
    LabelField("text", 3, 14, 3, "fw {firmware}"),
    LabelField("qr", 30, 3, 18, "{thing_name}"),
)


@dataclass(frozen=True)
class LabelSettings:
    """Unit labels on a Zebra-compatible (ZPL) printer over TCP 9100 or a serial port."""

    enabled: bool = False
    printer: str = ""  # tcp://host[:9100] or serial:<port>[?baud=9600]
    when: str = "ready"  # print once the unit is "ready", or already when it "passed" registration
    width_mm: float = 50.0
    height_mm: float = 25.0
    dpi: int = 203
    copies: int = 1
    retry_seconds: float = 10.0  # a queued label is tried again this often while the printer is away
    fields: tuple[LabelField, ...] = DEFAULT_LABEL_FIELDS


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
    operator: OperatorSettings = field(default_factory=OperatorSettings)
    labels: LabelSettings = field(default_factory=LabelSettings)
    factory_ca: FactoryCaSettings = field(default_factory=FactoryCaSettings)
    fleet_claim: FleetClaimSettings = field(default_factory=FleetClaimSettings)
    #: [drivers.<name>] option tables, handed to that driver's factory and probe.
    drivers: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: str = ""

    def driver_options(self, name: str) -> dict[str, Any]:
        return dict(self.drivers.get(name, {}))

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
        model = self.models.get(ident.model)
        own = model is not None and bool(model.thing_name)
        pattern = model.thing_name if model is not None and own else self.thing_name_pattern
        key = f"models.{ident.model}.thing_name" if own else "naming.thing_name"
        if "{imei}" in pattern and not ident.imei:
            raise ProfileError(key, f"uses {{imei}}, but the board with serial {ident.serial!r} reports no IMEI "
                                    "(only cellular modems such as the nRF91 do)", path=self.path)
        name = pattern.format(model=ident.model, serial=ident.serial, hw=ident.hw_revision,
                              line=self.product_line(ident), imei=ident.imei)
        if not AWS_NAME.fullmatch(name):
            raise ProfileError(key,
                               f"gives {name!r} for serial {ident.serial!r}, which is not a valid thing name "
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


T = TypeVar("T")


def default_profile_text() -> str:
    return resources.files("resources").joinpath("demo-profile.toml").read_text(encoding="utf-8")


@functools.cache
def demo_pin_hashes() -> frozenset[str]:
    """The PIN hashes (of 0000) the packaged demo profile ships; refused by any profile that is not embedded."""
    roles = tomllib.loads(default_profile_text()).get("roles", {})
    return frozenset(v for v in roles.values() if isinstance(v, str) and v)


def load_profile(path: str | Path | None = None) -> Profile:
    """Read and validate a profile; None loads the packaged demo profile."""
    if path is None:
        return parse_profile(default_profile_text(), source="<demo profile>")
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ProfileError("(file)", f"cannot read the profile: {exc.strerror or exc}", path=str(p)) from exc
    return parse_profile(raw, source=str(p))


def parse_profile(text: str | bytes, *, source: str = "") -> Profile:
    """Parse TOML text (or its UTF-8 bytes) into a Profile; any mistake is a ProfileError naming the key."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")  # a BOM (Windows editors) is not a mistake
        except UnicodeDecodeError as exc:
            raise ProfileError("(file)", f"is not UTF-8 text (byte {exc.start}); save it as UTF-8",
                               path=source) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError("(syntax)", f"not valid TOML: {exc}", path=source) from None
    except RecursionError:  # tomllib parses nested arrays and inline tables recursively
        raise ProfileError("(syntax)", "is nested too deeply to be a station profile", path=source) from None
    validate(data, source)
    return _build(data, source)


def _settings(cls: type[T], table: dict[str, Any], **override: Any) -> T:
    """A settings dataclass from a validated table: absent keys keep their defaults, ints become floats."""
    floats = {f.name for f in dataclasses.fields(cls) if f.type == "float"}  # type: ignore[arg-type]
    values = {k: float(v) if k in floats else v for k, v in table.items()}
    return cls(**{**values, **override})


def _build(data: dict[str, Any], source: str) -> Profile:
    """The Profile of schema-checked data, after the rules that relate one key to another."""
    def fail(key: str, problem: str) -> ProfileError:
        return ProfileError(key, problem, path=source)

    st = data["station"]
    cl = data["cloud"]
    cloud = _settings(CloudSettings, cl, quotas={op: float(v) for op, v in cl.get("quotas", {}).items()})
    if cloud.ca_file and not Path(cloud.ca_file).is_file():
        raise fail("cloud.ca_file", f"'{cloud.ca_file}' is not a readable file")

    se = data.get("serial", {})
    serial = _settings(SerialSettings, se, ports=tuple(se.get("ports", SerialSettings.ports)),
                       usb_ids=tuple(se.get("usb_ids", ())),
                       timeouts={**DEFAULT_TIMEOUTS, **{k: float(v) for k, v in se.get("timeouts", {}).items()}},
                       rules=tuple((r.get("usb_id", "").lower(), r.get("port", ""), r["driver"])
                                   for r in se.get("rules", ())))

    models = {name: _settings(ModelSettings, table) for name, table in data["models"].items()}
    groups = tuple(_settings(GroupRule, g) for g in data["groups"])
    for i, rule in enumerate(groups):
        if rule.model and rule.model not in models:
            raise fail(f"groups[{i}].model", f"'{rule.model}' is not one of the [models]")

    jobs = _settings(JobSettings, data.get("jobs", {}))
    if jobs.poll_min > jobs.poll_max:
        raise fail("jobs.poll_min", "poll_min and poll_max must satisfy 0.05 <= poll_min <= poll_max <= 300")

    catalog = _settings(CatalogSettings, data.get("catalog", {}))
    records = _settings(RecordsSettings, data.get("records", {}))
    if records.s3_prefix and (records.bucket or catalog.bucket) == catalog.bucket and (
            records.s3_prefix.startswith(catalog.prefix) or catalog.prefix.startswith(records.s3_prefix)):
        # The pre-sign role may read the whole catalog prefix: records inside it would be readable through
        # job URLs, and a records prefix above it would let the station's record rights reach the catalog.
        raise fail("records.s3_prefix", f"'{records.s3_prefix}' overlaps the catalog prefix '{catalog.prefix}' in "
                                        f"bucket '{catalog.bucket}'; use a separate prefix, e.g. 'records/'")

    roles = _settings(RolesSettings, data.get("roles", {}))
    if cloud.kind != "embedded":
        for name in ("qa_pin", "engineer_pin"):
            if getattr(roles, name) in demo_pin_hashes():
                # Everyone who has read the demo knows its PIN: on a real cloud it would unlock release and
                # forced updates for anyone at the station.
                raise fail(f"roles.{name}", "is the demo profile's hash of PIN 0000, accepted only with cloud.kind "
                                            "= \"embedded\"; make this line's own with 'station hash-pin' "
                                            "(or leave it empty to keep the role locked)")

    la = data.get("labels", {})
    labels = _settings(LabelSettings, la, fields=tuple(_settings(LabelField, f) for f in la["fields"])
                       if "fields" in la else DEFAULT_LABEL_FIELDS)
    if labels.enabled and not labels.printer:
        raise fail("labels.printer", "is needed when labels.enabled = true (tcp://host:9100 or serial:<port>)")
    for i, f in enumerate(labels.fields):
        if f.x_mm + (f.size_mm if f.kind == "qr" else 0) > labels.width_mm or f.y_mm + f.size_mm > labels.height_mm:
            raise fail(f"labels.fields[{i}]", f"does not fit on the {labels.width_mm:g} x {labels.height_mm:g} mm "
                                              "label; move it or make it smaller")
    operator = _settings(OperatorSettings, data.get("operator", {}))
    certificates = data.get("certificates", {})
    factory_ca = _settings(FactoryCaSettings, certificates.get("factory_ca", {}))
    if factory_ca.ca_certificate and source and not Path(factory_ca.ca_certificate).is_absolute():
        # Relative to the profile's own folder, wherever the station was started from.
        factory_ca = dataclasses.replace(factory_ca, ca_certificate=str(Path(source).parent /
                                                                        factory_ca.ca_certificate))
    fleet_claim = _settings(FleetClaimSettings, certificates.get("fleet_claim", {}))

    return Profile(station_id=st["id"], batch=st.get("batch") or _dt.date.today().isoformat(),
                   parallel=st.get("parallel", 8), cloud=cloud,
                   thing_name_pattern=data["naming"].get("thing_name", "{model}-{serial}"),
                   cert_mode=data.get("certificates", {}).get("mode", "csr"), policy_name=data["policy"]["name"],
                   policy_attach_to=data["policy"].get("attach_to", "certificate"), serial=serial, models=models,
                   groups=groups, catalog=catalog, jobs=jobs, records=records,
                   rework=_settings(ReworkSettings, data.get("rework", {})), roles=roles,
                   operator=operator, labels=labels, factory_ca=factory_ca, fleet_claim=fleet_claim,
                   drivers={name: dict(table) for name, table in data.get("drivers", {}).items()}, path=source)

