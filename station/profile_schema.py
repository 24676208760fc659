"""The station profile's JSON Schema and its validator: every refusal as a ProfileError naming the dotted key."""

from __future__ import annotations

import difflib
import importlib
import math
import re
import string
import urllib.parse
from collections.abc import Callable
from typing import Any

from station.board.driver import DEFAULT_TIMEOUTS, known_drivers
from station.cloud.quotas import default_quotas
from station.cloud.rules import attribute_value_problem
from station.errors import ProfileError
from station.jobs.versions import VERSIONING as VERSIONING
from station.pins import is_pin_hash

CLOUD_KINDS = ("embedded", "aws")
CERT_MODES = ("csr", "csr-or-cloud-keys", "cloud-keys", "factory-ca", "fleet-claim")
#: How AWS IoT learns of a certificate the line CA signed (certificates.mode = "factory-ca").
CA_REGISTRATIONS = ("jitp", "jitr")
POLICY_TARGETS = ("certificate", "group")
NAME_FIELDS = ("model", "serial", "hw", "line", "imei")
#: Languages the window ships (resources/i18n); "" = the OS locale, falling back to English.
LANGUAGES = ("", "en", "de", "es", "zh_CN", "vi")
#: Placeholders a label field's text may use (station.labels fills them from the unit's record).
LABEL_FIELDS = ("serial", "thing_name", "firmware", "config", "model", "hw", "batch", "station", "date")
BAUD_RATES = (9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 1000000)

# Every name rule is applied with re.fullmatch: JSON Schema's "pattern" is a search, and "^…$" in Python
# accepts a trailing newline ("AB12\n"), so names are checked as formats below, never as patterns.
AWS_NAME = re.compile(r"[a-zA-Z0-9:_-]{1,128}")  # AWS IoT thing, thing type, thing group and policy names
STATION_ID = re.compile(r"[a-zA-Z0-9._:-]{1,64}")
MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")  # the catalog's model rule: keys are built from it
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d")
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_IAM_ROLE = re.compile(r"[\w+=,.@-]{1,64}", re.ASCII)
_S3_PREFIX_CHARS = re.compile(r"[A-Za-z0-9!_.*'()/-]+")
_USB_ID = re.compile(r"[0-9a-fA-F]{4}:[0-9a-fA-F]{4}")
#: A rule's USB id: VID:PID in hex, or VID:* (every product of a vendor, e.g. Nordic 1915:*).
_USB_ID_GLOB = re.compile(r"[0-9a-fA-F]{4}:([0-9a-fA-F]{4}|\*)")
_SETTING = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_/-]{0,63}")
_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"(?=.{{1,253}}\Z){_LABEL}(\.{_LABEL})*")
#: A PKCS#11 token or key label (CKA_LABEL): printable ASCII, at most 32 characters (a token label's field size).
_TOKEN_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,31}")
_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]{0,63}")
#: AWS IoT provisioning template names (CreateProvisioningTemplate: [0-9A-Za-z_-]+, 1-36).
_TEMPLATE_NAME = re.compile(r"[0-9A-Za-z_-]{1,36}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _format(check: Callable[[str], str | None]) -> Callable[[object], bool]:
    """A format check on strings: ``check`` returns why the value is refused, or None."""
    def run(value: object) -> bool:
        if isinstance(value, str) and (problem := check(value)) is not None:
            raise ValueError(problem)
        return True
    return run


def _full(pattern: re.Pattern[str], problem: str, *, empty: bool = False) -> Callable[[object], bool]:
    return _format(lambda v: None if (empty and not v) or pattern.fullmatch(v) else problem)


def _text(value: str) -> str | None:
    if len(value) > 256:
        return f"is {len(value)} characters long; at most 256"
    if _CONTROL.search(value):
        return "contains a control or text-direction character"
    return None


def _host_port(value: str) -> str | None:
    host, sep, port = value.rpartition(":")
    if not sep or not _HOST.fullmatch(host):
        return "must be host:port, e.g. a1b2c3-ats.iot.eu-west-1.amazonaws.com:8883"
    if not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        return f"port '{port}' must be a number between 1 and 65535"
    return None


def _http_url(value: str) -> str | None:
    if not value:
        return None
    if _CONTROL.search(value) or any(c.isspace() for c in value):
        return "must be an http(s) URL without spaces or control characters"
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be an http(s) URL, e.g. https://iot.eu-west-1.amazonaws.com"
    if not (_HOST.fullmatch(parts.hostname) or _is_ip_literal(parts.hostname)):
        return f"host '{parts.hostname}' is not a valid host name"
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError:
        return "has a port outside 1-65535"
    if parts.port == 0:
        return "has a port outside 1-65535"
    return None


def _is_ip_literal(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _name_pattern(value: str) -> str | None:
    """naming.thing_name: str.format placeholders only, each a bare known field; {serial} required."""
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError as exc:  # "{model}-{serial}}": a lone brace would fail on the first unit, not here
        return f"is not a valid pattern ({exc}); write a literal brace as {{{{ or }}}}"
    fields = [(name, spec, conv) for _, name, spec, conv in parts if name is not None]
    unknown = sorted({name for name, _, _ in fields if name not in NAME_FIELDS})
    if unknown:
        return f"unknown placeholder(s) {unknown}; use {{{'}, {'.join(NAME_FIELDS)}}}"
    if any(spec or conv for _, spec, conv in fields):
        return "placeholders take no format spec or conversion (write {serial}, not {serial:>8} or {serial!r})"
    if not {"serial", "imei"} & {name for name, _, _ in fields}:
        return "must contain {serial} (or {imei}), or two boards would share one thing"
    return None


def _label_text(value: str) -> str | None:
    """labels.fields[].text: literal text with bare {placeholders} from LABEL_FIELDS."""
    if (problem := _text(value)) is not None:
        return problem
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError as exc:
        return f"is not a valid label text ({exc}); write a literal brace as {{{{ or }}}}"
    fields = [(name, spec, conv) for _, name, spec, conv in parts if name is not None]
    unknown = sorted({name for name, _, _ in fields if name not in LABEL_FIELDS})
    if unknown:
        return f"unknown placeholder(s) {unknown}; use {{{'}, {'.join(LABEL_FIELDS)}}}"
    if any(spec or conv for _, spec, conv in fields):
        return "placeholders take no format spec or conversion (write {serial}, not {serial:>8})"
    return None


def _printer_url(value: str) -> str | None:
    """labels.printer: tcp://host:port (port 9100 by default) or serial:<device>[?baud=N]; "" = none."""
    if not value:
        return None
    if _CONTROL.search(value) or any(c.isspace() for c in value):
        return "must be a printer address without spaces or control characters"
    if value.startswith("tcp://"):
        host, _, port = value[len("tcp://"):].partition(":")
        if not (_HOST.fullmatch(host) or _is_ip_literal(host)):
            return f"host '{host}' is not a valid host name"
        if port and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
            return f"port '{port}' must be a number between 1 and 65535"
        return None
    if value.startswith("serial:") and len(value) > len("serial:"):
        return None
    return "must be tcp://host[:port] (a network printer, port 9100 by default) or serial:<port>[?baud=9600]"


def _s3_prefix(value: str) -> str | None:
    if value.startswith("/") or (value and not value.endswith("/")):
        return f"'{value}' must not start with '/' and must end with '/'"
    if value and not _S3_PREFIX_CHARS.fullmatch(value):
        return f"'{value}' may hold only letters, digits, / and !_.*'()-"
    return None


def _port_glob(value: str) -> str | None:
    if not value or any(c.isspace() for c in value) or _text(value) is not None:
        return "must be a device name or glob without spaces or control characters, e.g. /dev/ttyUSB* or COM*"
    return None


def _finite(value: object) -> bool:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"must be a finite number, not {value}")
    return True


def _two_decimals(value: object) -> bool:
    if isinstance(value, float) and round(value, 2) != value:
        raise ValueError("must have at most two decimals (AWS thresholdPercentage)")
    return True


FORMATS: dict[str, Callable[[object], bool]] = {
    "text": _format(_text),
    "aws-name": _full(AWS_NAME, "is not a valid AWS IoT name (letters, digits, ':', '_', '-', at most 128)"),
    "station-id": _full(STATION_ID, "must be 1-64 letters, digits or . _ : -"),
    "model-name": _full(MODEL_NAME, "is not a valid model name (letters, digits, _ and -, at most 64, starting "
                                    "with a letter or digit)"),
    "aws-region": _full(_REGION, "does not look like an AWS region (e.g. eu-west-1)"),
    "s3-bucket": _full(_BUCKET, "is not a valid S3 bucket name", empty=True),
    "iam-role": _full(_IAM_ROLE, "is not a valid IAM role name"),
    "usb-id": _full(_USB_ID, "must look like VID:PID in hex, e.g. 0403:6001"),
    "usb-id-glob": _full(_USB_ID_GLOB, "must look like VID:PID or VID:* in hex, e.g. 1915:9100 or 1915:*"),
    "setting-name": _full(_SETTING, "must be a settings name like aws/endpoint (letters, digits, '_', '-', '/')",
                          empty=True),
    "s3-prefix": _format(_s3_prefix),
    "host-port": _format(lambda v: _host_port(v) if v else None),
    "http-url": _format(_http_url),
    "name-pattern": _format(_name_pattern),
    "port-glob": _format(_port_glob),
    "attribute-value": _format(lambda v: None if (p := attribute_value_problem(v)) is None else f"{p} (e.g. Lot-7)"),
    "pin-hash": _format(lambda v: None if not v or is_pin_hash(v) else
                        "must be a PIN hash made by 'station hash-pin' (never the PIN itself)"),
    "label-text": _format(_label_text),
    "token-label": _full(_TOKEN_LABEL, "must be 1-32 letters, digits, spaces or . _ - (a PKCS#11 label)"),
    "env-name": _full(_ENV_NAME, "must be an environment variable name (capitals, digits and _), e.g. "
                                 "STATION_CA_PIN"),
    "template-name": _full(_TEMPLATE_NAME, "is not a valid provisioning template name (letters, digits, _ and -, "
                                           "at most 36)"),
    "printer-url": _format(_printer_url),
    "finite": _finite,
    "two-decimals": _two_decimals,
}


# -- schema building blocks --------------------------------------------------------------------
def _str(fmt: str = "text", **extra: Any) -> dict[str, Any]:
    return {"type": "string", "format": fmt, **extra}


def _enum(choices: tuple[Any, ...], **extra: Any) -> dict[str, Any]:
    return {"enum": list(choices), **extra}


def _num(low: float, high: float, *, above: bool = False, message: str = "", **extra: Any) -> dict[str, Any]:
    bounds = {"exclusiveMinimum" if above else "minimum": low, "maximum": high}
    return {"type": "number", "format": "finite", **bounds, "message": message, **extra}


def _int(low: int, high: int, message: str) -> dict[str, Any]:
    return {"type": "integer", "minimum": low, "maximum": high, "message": message}


def _table(properties: dict[str, Any], *required: str, **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False,
            **extra}


def _strings(item: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "array", "items": item, **extra}


def profile_schema() -> dict[str, Any]:
    """The schema of a profile (JSON Schema 2020-12); built per call, so drivers registered later count."""
    seconds = "must be between 0 and 600 seconds"
    return _table({
        "station": _table({
            "id": _str("station-id"),
            "batch": _str("attribute-value"),
            "parallel": _int(1, 128, "must be between 1 and 128"),
        }, "id"),
        "cloud": _table({
            "kind": _enum(CLOUD_KINDS),
            "region": _str("aws-region"),
            "profile": _str(),
            "max_wait": _num(0, 86400, above=True, message="must be a positive number of seconds (at most 86400)"),
            "endpoint_url": _str("http-url"),
            "mqtt_endpoint": _str("host-port"),
            "ca_file": _str(),
            "quotas": _table({op: _num(0, 10_000, above=True, message="must be requests per second between 0 "
                                                                     "and 10000") for op in default_quotas()}),
        }),
        "naming": _table({"thing_name": _str("name-pattern")}),
        "certificates": _table({
            "mode": _enum(CERT_MODES),
            "factory_ca": _table({
                "pkcs11_library": _str(),
                "token_label": _str("token-label", minLength=1),
                "key_label": _str("token-label", minLength=1),
                "pin_env": _str("env-name"),
                "ca_certificate": _str(),
                "validity_days": _int(1, 36500, "must be between 1 and 36500 days"),
                "registration": _enum(CA_REGISTRATIONS),
                "register_timeout": _num(5, 3600, message="must be between 5 and 3600 seconds"),
            }),
            "fleet_claim": _table({
                "template": _str("template-name"),
                "claim_refresh_seconds": _num(10, 290, message="must be between 10 and 290 seconds (a claim "
                                                               "certificate lives 300 s)"),
                "register_timeout": _num(5, 3600, message="must be between 5 and 3600 seconds"),
            }),
        }),
        "policy": _table({"name": _str("aws-name"), "attach_to": _enum(POLICY_TARGETS)}, "name"),
        "serial": _table({
            "driver": _enum(tuple(known_drivers()), message="is not a registered board driver"),
            # Automatic choice: [[serial.rules]], then drivers that claim the port's USB id (confirmed by a
            # probe), then `driver` for every other port. false: `driver` for every port a rule does not name.
            "auto": {"type": "boolean", "message": "must be true or false"},
            "rules": {"type": "array", "message": "must be an array of tables ([[serial.rules]])",
                      "items": {**_table({"usb_id": _str("usb-id-glob"), "port": _str("port-glob"),
                                          "driver": _enum((*known_drivers(), "ignore"),
                                                          message="is not a registered board driver nor "
                                                                  "\"ignore\"")}, "driver"),
                                "anyOf": [{"required": ["usb_id"]}, {"required": ["port"]}],
                                "message": "needs usb_id or port, and driver"}},
            "baud": _enum(BAUD_RATES, message="is not a standard line rate"),
            "retries": _int(0, 10, "must be between 0 and 10"),
            "ports": _strings(_str("port-glob"), minItems=1, message="must name at least one port glob"),
            "usb_ids": _strings(_str("usb-id")),
            "timeouts": _table({name: _num(0, 600, above=True, message=seconds) for name in DEFAULT_TIMEOUTS}),
        }),
        "models": {"type": "object", "minProperties": 1, "message": "must name at least one model",
                   "propertyNames": _str("model-name"),
                   "additionalProperties": _table({"thing_type": _str("aws-name"), "product_line": _str(),
                                                   "thing_name": _str("name-pattern")}, "thing_type")},
        # Options of one driver each, e.g. [drivers.nrf91] sec_tag = 201 (see docs/nrf91.md).
        "drivers": _table({
            "reference": _table({}),
            "nrf91": _table({
                "sec_tag": _int(0, 2147483647, "must be a modem security tag between 0 and 2147483647"),
                "mode": _enum(("auto", "at", "shell")),
                "endpoint_setting": _str("setting-name"),
                "thing_setting": _str("setting-name"),
            }),
        }, additionalProperties={"type": "object", "message": "must be a table of that driver's options"}),
        "groups": {"type": "array", "minItems": 1, "message": "must be a non-empty array of tables ([[groups]])",
                   "items": _table({"name": _str("aws-name"), "model": _str(), "hw_revision": _str(),
                                    "product_line": _str()}, "name")},
        "catalog": _table({
            "bucket": _str("s3-bucket", minLength=1),
            "prefix": _str("s3-prefix"),
            "presign_role": _str("iam-role"),
            "url_expiry": _int(60, 3600, "must be between 60 and 3600 seconds (AWS IoT Jobs limit)"),
            "versioning": _enum(VERSIONING),
        }),
        "jobs": _table({
            "until": _enum(("registered", "ready")),
            "in_progress_timeout_minutes": _int(1, 10080, "must be between 1 and 10080 (AWS limit)"),
            "ready_timeout": _num(0, 7 * 86400, above=True, message="must be a positive number of seconds"),
            "poll_min": _num(0.05, 300, message="must be between 0.05 and 300 seconds"),
            "poll_max": _num(0.05, 300, message="must be between 0.05 and 300 seconds"),
            "events": {"type": "boolean", "message": "must be true or false"},
            "safety_poll": _num(1, 3600, message="must be between 1 and 3600 seconds"),
            "abort_failure_percent": {**_num(0, 100, message="must be between 0 (no abort) and 100"),
                                      "allOf": [{"format": "two-decimals"}]},
            "abort_min_executed": _int(1, 1_000_000, "must be at least 1 (AWS minNumberOfExecutedThings)"),
        }),
        "records": _table({"s3_prefix": _str("s3-prefix"), "bucket": _str("s3-bucket")}),
        "rework": _table({
            "policy": _enum(("reuse", "refuse", "reprovision")),
            "old_certificate": _enum(("inactive", "revoked")),
            "claim_ttl": _num(0, 86400, message="must be between 0 and 86400 seconds"),
        }),
        # The operator's floor (docs/gui.md): language, kiosk, sounds, the rolling rate.
        "operator": _table({
            "language": _enum(LANGUAGES, message=f"must be one of {list(LANGUAGES)} (\"\" = the OS locale)"),
            "kiosk": {"type": "boolean", "message": "must be true or false"},
            "sounds": {"type": "boolean", "message": "must be true or false"},
            "flash_failures": {"type": "boolean", "message": "must be true or false"},
            "rate_window_minutes": _num(1, 480, message="must be between 1 and 480 minutes"),
        }),
        # Unit labels on a ZPL printer (docs/labels.md): printed after a unit is ready, queued while the
        # printer is away.
        "labels": _table({
            "enabled": {"type": "boolean", "message": "must be true or false"},
            "printer": _str("printer-url"),
            "when": _enum(("ready", "passed")),
            "width_mm": _num(10, 300, message="must be between 10 and 300 mm"),
            "height_mm": _num(10, 300, message="must be between 10 and 300 mm"),
            "dpi": _enum((152, 203, 300, 600), message="must be a printer resolution: 152, 203, 300 or 600"),
            "copies": _int(1, 10, "must be between 1 and 10"),
            "retry_seconds": _num(1, 3600, message="must be between 1 and 3600 seconds"),
            "fields": {"type": "array", "minItems": 1, "maxItems": 32,
                       "message": "must be an array of 1 to 32 tables ([[labels.fields]])",
                       "items": _table({
                           "kind": _enum(("text", "qr")),
                           "x_mm": _num(0, 300, message="must be between 0 and 300 mm"),
                           "y_mm": _num(0, 300, message="must be between 0 and 300 mm"),
                           "size_mm": _num(1, 300, message="must be between 1 and 300 mm (text height or QR "
                                                           "side)"),
                           "text": _str("label-text"),
                       }, "kind", "x_mm", "y_mm", "size_mm", "text")},
        }),
        "roles": _table({"qa_pin": _str("pin-hash"), "engineer_pin": _str("pin-hash"),
                         "idle_lock_minutes": _num(0, 24 * 60, message="must be minutes between 0 (never) and 1440")}),
    }, "station", "cloud", "naming", "policy", "models", "groups")


# -- validation -----------------------------------------------------------------------------
_TYPE_WORDS = {"integer": "int", "number": "number", "string": "str", "object": "table", "array": "list",
               "boolean": "true or false"}


def _validator_class() -> Any:
    # jsonschema ships no type information; imported by name so mypy (strict) needs no stubs for it.
    jsonschema: Any = importlib.import_module("jsonschema")
    base = jsonschema.Draft202012Validator
    types = base.TYPE_CHECKER.redefine_many({
        # TOML has real integers: 8.0 is not a count of units, and true is not 1.
        "integer": lambda _, v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda _, v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
    })
    return jsonschema.validators.extend(base, type_checker=types)


def _format_checker() -> Any:
    jsonschema: Any = importlib.import_module("jsonschema")
    checker = jsonschema.FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name, raises=ValueError)(check)
    return checker


def dotted(path: Any) -> str:
    """groups[0].model from the JSON path ("groups", 0, "model")."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        # A key is shown to the operator: control characters in it are escaped, never replayed to a terminal.
        name = str(part) if str(part).isprintable() else str(part).encode("unicode_escape").decode("ascii")
        out += f".{name}" if out else name
    return out or "(top level)"


def _suggest(word: str, known: list[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]}?"
    return f"known: {', '.join(known)}" if known else "this table takes no keys"


def _refusal(error: Any) -> tuple[str, str]:
    """(dotted key, problem in plain words) for one jsonschema error."""
    path = list(error.absolute_path)
    kind, value, schema = error.validator, error.instance, error.schema
    if kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        extra = next(str(k) for k in value if k not in known)
        what = "section" if not path else "key"
        return dotted([*path, extra]), f"is not a known {what} ({_suggest(extra, known)})"
    if kind == "required":
        missing = next(p for p in error.validator_value if p not in value)
        return dotted([*path, missing]), "is missing"
    key = dotted(path)
    if kind == "type":
        if isinstance(value, float) and not math.isfinite(value):
            return key, f"must be a finite number, not {value}"
        want = error.validator_value
        words = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in (want if isinstance(want, list) else [want]))
        return key, f"must be {words}, not {type(value).__name__} ({value!r})"
    if kind == "format":
        return key, str(error.cause) if error.cause is not None else str(error.message)
    if kind == "enum":
        choices = ", ".join(str(c) for c in error.validator_value)
        if schema.get("message"):
            return key, f"{value!r} {schema['message']} (known: {choices})"
        return key, f"must be one of {choices}, not {value!r}"
    if schema.get("message"):
        return key, str(schema["message"]) + (f", not {value!r}" if not isinstance(value, dict | list) else "")
    return key, str(error.message)


def _order(error: Any) -> tuple[int, bool, list[str]]:
    # The shallowest refusal first, so a wrong section is reported before what it holds; at one depth an
    # unknown key before a missing one, since "[stattion]" explains why "station" is missing.
    return (len(error.absolute_path), error.validator != "additionalProperties",
            [str(p) for p in error.absolute_path])


def validate(data: dict[str, Any], source: str) -> None:
    """Check parsed profile data against the schema; the first refusal becomes a ProfileError."""
    validator = _validator_class()(profile_schema(), format_checker=_format_checker())
    try:
        errors = sorted(validator.iter_errors(data), key=_order)
        if not errors:
            return
        error = errors[0]
        key, problem = _refusal(error)
        if "propertyNames" in error.schema_path:  # a refused table key: name it (models.<name>), not its table
            key = dotted([*error.absolute_path, str(error.instance)])
    except RecursionError:
        raise ProfileError("(file)", "is nested too deeply to be a station profile", path=source) from None
    raise ProfileError(key, problem, path=source)
