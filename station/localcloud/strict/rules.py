"""AWS behaviours ministack lacks, applied around its IoT and S3 handlers (after its IAM check)."""

# Each rule runs only once ministack has authorized the request, as AWS
# validates and applies service semantics after IAM. They read ministack's
# in-process IoT state (services.iot._things/_certificates, scoped to the
# request's account and Region by ministack's own context variables).

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from station.localcloud.strict import validate
from station.localcloud.strict.state import RequestState, current

Response = tuple[Any, ...]
Handler = Callable[..., Awaitable[Response]]

DETACH_DELAY_ENV = "STATION_DETACH_DELAY"
EXCLUSIVE = "EXCLUSIVE_THING"


#: Operations that hand IoT a role, and the request member (path) holding its ARN.
PASSED_ROLES: dict[str, tuple[str, ...]] = {
    "CreateJob": ("presignedUrlConfig", "roleArn"),
    "CreateProvisioningTemplate": ("provisioningRoleArn",),
    "UpdateProvisioningTemplate": ("provisioningRoleArn",),
    "RegisterCACertificate": ("registrationConfig", "roleArn"),
    "UpdateCACertificate": ("registrationConfig", "roleArn"),
}


def passed_role(operation: str, params: dict[str, Any]) -> str | None:
    """The role ARN ``operation`` passes to IoT in these parameters, or None."""
    value: Any = params
    for member in PASSED_ROLES.get(operation, ()):
        value = value.get(member) if isinstance(value, dict) else None
    return value if isinstance(value, str) and value else None


class Rules:
    """The strict rules, bound to ministack's modules (passed in so install() checks they exist)."""

    def __init__(self, iot: Any, responses: Any, iam_actions: Any, iam_evaluator: Any, detach_delay: float) -> None:
        self.iot = iot
        self.responses = responses
        self.iam_actions = iam_actions
        self.iam_evaluator = iam_evaluator
        self.detach_delay = detach_delay
        #: (account, region, cert ARN) -> thing it is attached to exclusively.
        self.exclusive: dict[tuple[str, str, str], str] = {}
        #: (account, region, thing, cert ARN) -> the pending detach, so a re-attach can cancel it.
        self.pending_detach: dict[tuple[str, str, str, str], asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- helpers -------------------------------------------------------------------------------

    def _error(self, st: RequestState, decision: str, code: str, message: str, status: int) -> Response:
        st.decision = decision
        result: Response = self.responses.error_response_json(code, message, status)
        return result

    def _denied(self, st: RequestState, service: str, action: str, resource: str, result: Any) -> Response:
        st.denied = True
        principal = getattr(result, "principal_arn", "") or st.caller
        response: Response = self.iam_actions.access_denied_response(
            service, action, principal, st.request_id or str(uuid.uuid4()), resource_arn=resource,
            explicit_deny=getattr(result, "decision", "") == "Deny")
        return response

    # -- IoT -----------------------------------------------------------------------------------

    async def iot_handler(self, original: Handler, method: str, path: str, headers: dict[str, str], body: bytes,
                  query: dict[str, Any], *args: Any, **kwargs: Any) -> Response:
        st = current.get()
        if st is None or st.decoded is None:
            return await original(method, path, headers, body, query, *args, **kwargs)
        params = st.decoded.params
        if st.decoded.body_error:
            return self._error(st, "invalid", "InvalidRequestException", st.decoded.body_error, 400)
        found = validate.problems(st.decoded.model.input_shape, params)
        if found:
            return self._error(st, "invalid", "InvalidRequestException", validate.message(found), 400)
        op = st.operation
        if op in PASSED_ROLES and (refused := self._pass_role(st, params)):
            return refused
        if op == "UpdateThing" and (refused := self._expected_version(st, params)):
            return refused
        if op == "AttachThingPrincipal":
            return await self._attach(st, params, original, (method, path, headers, body, query, *args), kwargs)
        if op == "DetachThingPrincipal":
            return await self._detach(st, params, original, (method, path, headers, body, query, *args), kwargs)
        return await original(method, path, headers, body, query, *args, **kwargs)

    def _pass_role(self, st: RequestState, params: dict[str, Any]) -> Response | None:
        # AWS checks iam:PassRole (iam:PassedToService = iot.amazonaws.com) on a role a request hands
        # to IoT (the Service Authorization Reference lists it as the action's dependent action);
        # ministack checks no PassRole at all.
        role = passed_role(st.operation, params)
        if role is None:
            return None
        st.resources.append(role)
        result = self.iam_evaluator.enforce(st.access_key, "iam:PassRole", "iam", st.region, resource_arn=role,
                                            service_context={"iam:passedtoservice": "iot.amazonaws.com"})
        if result is None:
            return None
        return self._denied(st, "iot", "iam:PassRole", role, result)

    def _expected_version(self, st: RequestState, params: dict[str, Any]) -> Response | None:
        # ministack ignores expectedVersion on UpdateThing (it honours it only on DeleteThing).
        expected = params.get("expectedVersion")
        if expected is None:
            return None
        thing = self.iot._things.get(params.get("thingName", ""))
        if thing is None:
            return None  # the handler answers ResourceNotFoundException
        current_version = int(thing.get("version", 1))
        if int(expected) != current_version:
            return self._error(
                st, "invalid", "VersionConflictException",
                f"The version for thing {params.get('thingName')} does not match the expected version.", 409)
        return None

    def _cert_key(self, st: RequestState, principal: str) -> tuple[str, str, str]:
        return (st.account, st.region, principal)

    async def _attach(self, st: RequestState, params: dict[str, Any], original: Handler, args: tuple[Any, ...],
                      kwargs: dict[str, Any]) -> Response:
        thing_name = str(params.get("thingName", ""))
        principal = str(params.get("principal", ""))
        kind = str(params.get("thingPrincipalType") or "NON_EXCLUSIVE_THING")
        st.detail["thingPrincipalType"] = kind
        # A re-attach while a detach of the same pair is still pending cancels that detach.
        pending = self.pending_detach.pop((st.account, st.region, thing_name, principal), None)
        if pending is not None:
            pending.cancel()
        thing = self.iot._things.get(thing_name)
        cert = self.iot._certificates.get(principal.rsplit("/", 1)[-1])
        if thing is not None and cert is not None:
            thing_arn = thing.get("thingArn", "")
            others = [arn for arn in cert.get("attachedThings", []) if arn != thing_arn]
            holder = self.exclusive.get(self._cert_key(st, principal))
            if holder is not None and holder != thing_name:
                return self._error(
                    st, "invalid", "InvalidRequestException",
                    f"Principal {principal} is exclusively attached to thing {holder}; "
                    f"it cannot be attached to thing {thing_name}.", 400)
            if kind == EXCLUSIVE and others:
                return self._error(
                    st, "invalid", "InvalidRequestException",
                    f"Principal {principal} is already attached to another thing; it cannot be attached "
                    f"to thing {thing_name} with thingPrincipalType EXCLUSIVE_THING.", 400)
        response = await original(*args, **kwargs)
        if int(response[0]) == 200 and kind == EXCLUSIVE:
            self.exclusive[self._cert_key(st, principal)] = thing_name
        return response

    async def _detach(self, st: RequestState, params: dict[str, Any], original: Handler, args: tuple[Any, ...],
                      kwargs: dict[str, Any]) -> Response:
        # AWS documents DetachThingPrincipal as asynchronous: the call returns at once and
        # the principal can still be listed for a while. Answer now, apply it later.
        thing_name = str(params.get("thingName", ""))
        principal = str(params.get("principal", ""))
        thing = self.iot._things.get(thing_name)
        if self.detach_delay <= 0 or thing is None or principal not in thing.get("principals", []):
            return await self._apply_detach(st, principal, original, args, kwargs)  # errors come from ministack
        key = (st.account, st.region, thing_name, principal)
        if key not in self.pending_detach:
            loop = asyncio.get_running_loop()

            def fire() -> None:
                self.pending_detach.pop(key, None)
                # call_later ran us in a copy of the request's context: account/Region scope holds.
                task = asyncio.ensure_future(self._apply_detach(st, principal, original, args, kwargs))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

            self.pending_detach[key] = loop.call_later(self.detach_delay, fire)
        st.detail["detachDelay"] = self.detach_delay
        response: Response = self.responses.json_response({}, content_type="application/json")
        return response

    async def _apply_detach(self, st: RequestState, principal: str, original: Handler, args: tuple[Any, ...],
                            kwargs: dict[str, Any]) -> Response:
        response = await original(*args, **kwargs)
        if int(response[0]) == 200:
            key = self._cert_key(st, principal)
            thing_name = str(st.decoded.params.get("thingName", "")) if st.decoded else ""
            if self.exclusive.get(key) == thing_name:
                del self.exclusive[key]
        return response

    # -- S3 ------------------------------------------------------------------------------------

    async def s3_handler(self, original: Handler, method: str, path: str, headers: dict[str, str], body: bytes,
                 query: dict[str, Any], *args: Any, **kwargs: Any) -> Response:
        response = await original(method, path, headers, body, query, *args, **kwargs)
        st = current.get()
        if st is None or st.operation not in ("HeadObject", "GetObject") or int(response[0]) != 404:
            return response
        payload = response[2] if isinstance(response[2], (bytes, bytearray)) else b""
        if b"NoSuchBucket" in payload:
            return response  # a missing bucket is 404 for everyone
        bucket = path.lstrip("/").split("/", 1)[0]
        # AWS answers 403, not 404, for a missing key unless the caller may list the bucket:
        # judged without an s3:prefix in the context, so a prefix-conditioned grant does not count.
        result = self.iam_evaluator.enforce(st.access_key, "s3:ListBucket", "s3", st.region,
                                            resource_arn=f"arn:aws:s3:::{bucket}", service_context={})
        if result is None:
            return response
        st.detail["missingKeyHidden"] = True
        return self._denied(st, "s3", "s3:GetObject", f"arn:aws:s3:::{path.lstrip('/')}", result)
