"""Decode a REST request (IoT rest-json, S3 rest-xml) into its botocore operation and parameters."""

# The service models are the ones boto3 itself serializes from, so matching a
# request against them recovers exactly the operation and the member values the
# SDK sent; the same decoded parameters then drive ARN building (authz.py) and
# input validation (validate.py). Only what a decoder needs is modelled here:
# URI labels, querystring, headers and top-level JSON body members.

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import botocore.session
from botocore.model import OperationModel, ServiceModel


@dataclass(frozen=True)
class Route:
    """One operation's HTTP binding, compiled."""

    operation: str
    method: str
    regex: re.Pattern[str]  # labels confined to one path segment
    loose: re.Pattern[str]  # labels may span "/" (a percent-decoded ARN label)
    labels: tuple[str, ...]  # regex group name -> label, in group order
    required_query: Mapping[str, str]
    specificity: int
    #: Wire names of required header members (CopyObject's x-amz-copy-source tells it from PutObject).
    required_headers: tuple[str, ...] = ()


@dataclass
class Decoded:
    """A request matched to an operation, with its input members by member name."""

    service: str
    operation: str
    params: dict[str, Any] = field(default_factory=dict)
    body_error: str | None = None  # the body was not the JSON object rest-json requires

    @property
    def model(self) -> OperationModel:
        return service_model(self.service).operation_model(self.operation)


@functools.cache
def service_model(service: str) -> ServiceModel:
    """The botocore model for a service, loaded once (botocore.session caches the loader)."""
    return botocore.session.get_session().get_service_model(service)


def _compile(op: OperationModel) -> Route:
    uri: str = op.http["requestUri"]
    path, _, query = uri.partition("?")
    required: dict[str, str] = {}
    for part in filter(None, query.split("&")):
        key, _, value = part.partition("=")
        if not value.startswith("{"):
            required[key] = value
    labels: list[str] = []
    parts: list[str] = []
    literals = 0
    for segment in (path.rstrip("/") or "/").split("/"):
        # A label may fill a whole segment or sit inside one (``/{Bucket}``, rarely ``x-{a}``).
        pieces = re.split(r"(\{[^}]+\})", segment)
        out = ""
        for piece in pieces:
            if piece.startswith("{") and piece.endswith("}"):
                name = piece[1:-1]
                greedy = name.endswith("+")
                name = name.rstrip("+")
                labels.append(name)
                # The path arrives percent-decoded, so an ARN label may carry its own "/":
                # tried first as one segment, then (loose) as lazy ".+?" bounded by the
                # literals around it, as ministack's router does.
                out += f"(?P<g{len(labels) - 1}>{'.+' if greedy else '@LABEL@'})"
            elif piece:
                out += re.escape(piece)
                literals += 1
        parts.append(out)
    source = "^" + "/".join(parts) + "/?$"
    regex = re.compile(source.replace("@LABEL@", "[^/]+"), re.DOTALL)
    loose = re.compile(source.replace("@LABEL@", ".+?"), re.DOTALL)
    shape = op.input_shape
    headers = tuple(str(m.serialization.get("name", n)).lower() for n, m in (shape.members.items() if shape else ())
                    if m.serialization.get("location") == "header" and n in (shape.required_members if shape else ()))
    return Route(op.name, op.http["method"].upper(), regex, loose, tuple(labels), required,
                 literals + 2 * len(required) + 2 * len(headers), headers)


@functools.cache
def routes(service: str) -> tuple[Route, ...]:
    """Every operation's compiled route, most specific first."""
    model = service_model(service)
    compiled = [_compile(model.operation_model(name)) for name in model.operation_names]
    return tuple(sorted(compiled, key=lambda r: -r.specificity))


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else ""
    return value


def match(service: str, method: str, path: str, query: Mapping[str, Any],
          headers: Mapping[str, str] | None = None) -> tuple[Route, dict[str, str]] | None:
    """The most specific operation whose method, path, required query and required headers fit the request."""
    norm = path.rstrip("/") or "/"
    present = {k.lower() for k in (headers or {})}
    for loose in (False, True):
        for route in routes(service):
            if route.method != method:
                continue
            m = (route.loose if loose else route.regex).match(norm)
            if m is None:
                continue
            if any(k not in query or (v and _first(query[k]) != v) for k, v in route.required_query.items()):
                continue
            if headers is not None and any(h not in present for h in route.required_headers):
                continue
            return route, {label: m.group(f"g{i}") for i, label in enumerate(route.labels)}
    return None


def _coerce(shape_type: str, raw: Any) -> Any:
    # Querystring and header values arrive as text; validation compares numbers as numbers.
    if shape_type in ("integer", "long"):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return raw
    if shape_type == "boolean" and isinstance(raw, str):
        return raw.lower() == "true"
    return raw


def decode(service: str, method: str, path: str, headers: Mapping[str, str], body: bytes,
           query: Mapping[str, Any]) -> Decoded | None:
    """Match the request to an operation and pull out its input members; None when nothing matches."""
    found = match(service, method, path, query, headers)
    if found is None:
        return None
    route, labels = found
    decoded = Decoded(service, route.operation)
    op = service_model(service).operation_model(route.operation)
    if op.input_shape is None:
        return decoded
    lower_headers = {k.lower(): v for k, v in headers.items()}
    body_obj: Any = {}
    body_members = [n for n, s in op.input_shape.members.items() if not s.serialization.get("location")]
    if body and body_members and not op.input_shape.serialization.get("payload") and service_model(
            service).protocol == "rest-json":
        try:
            body_obj = json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            decoded.body_error = f"request body is not JSON: {e}"
        if not isinstance(body_obj, dict):
            decoded.body_error = decoded.body_error or "request body is not a JSON object"
            body_obj = {}
    for name, shape in op.input_shape.members.items():
        location = shape.serialization.get("location")
        wire = shape.serialization.get("name", name)
        if location == "uri":
            if wire in labels:
                decoded.params[name] = labels[wire]
        elif location == "querystring":
            if wire in query:
                decoded.params[name] = _coerce(shape.type_name, _first(query[wire]))
        elif location == "header":
            if wire.lower() in lower_headers:
                decoded.params[name] = _coerce(shape.type_name, lower_headers[wire.lower()])
        elif location is None and isinstance(body_obj, dict) and wire in body_obj:
            decoded.params[name] = body_obj[wire]
    return decoded
