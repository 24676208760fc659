"""The device agent's first connect: fleet provisioning by claim (on-board key) and the registration status it reports.

Fleet-claim (docs/agent.md): a board that holds a claim but no certificate of its own connects with the claim
certificate (client id = the fleet object's ``ThingName`` parameter), makes a new key pair on the board, sends a
CSR of it to ``$aws/certificates/create-from-csr/json`` and registers itself with
``$aws/provisioning-templates/<template>/provision/json`` (awsiotsdk's ``iotidentity.IotIdentityClient``).
It stores the certificate and thing name, erases the claim key and hands over to the agent, which connects as
the thing. A rejected answer, a connect refusal or a request that stays unanswered after a few tries ends in
the status "refused" (step, errorCode or statusCode, errorMessage), kept until the board reboots: nothing
retries behind the station's back.

Every step is reported to the board (``VirtualBoard.report_status``), which answers ``prov-status`` with it.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from station.domain import ObjectKind, ProvisioningStatus
from station.safetext import one_line
from station.virtual.board import VirtualBoard, fleet_object_problem

log = logging.getLogger("station.virtual.agent")

#: Tries of a connect that found no network or of a request that got no answer, and the pauses between them.
_RETRY_PAUSES = (1.0, 2.0, 4.0)
#: awscrt error names that say "no network (yet)", not "refused": retried like a timeout.
_TRANSIENT_PREFIXES = ("AWS_IO_SOCKET_", "AWS_IO_DNS_")
_MAX_MESSAGE = 300


class AgentInterrupt(Exception):
    """Base of the agent's own interrupts (stop, reset, offline): they pass through every handler here."""


class ProvisioningRefused(Exception):
    """Registration stopped for good (until the next reboot); ``status`` is what the board reports."""

    def __init__(self, status: ProvisioningStatus) -> None:
        super().__init__(f"{status.step}: {status.code}: {status.message}")
        self.status = status


@dataclass
class _Answer:
    event: threading.Event = field(default_factory=threading.Event)
    accepted: bool = False
    payload: Any = None


def certificate_id(chain_pem: bytes) -> str:
    """AWS's certificateId of the first certificate of a PEM chain: sha256 of its DER, hex."""
    first = x509.load_pem_x509_certificates(chain_pem)[0]
    return hashlib.sha256(first.public_bytes(serialization.Encoding.DER)).hexdigest()


def split_endpoint(endpoint: str) -> tuple[str, int]:
    host, _, port = endpoint.rpartition(":")
    return (host, int(port)) if host and port.isdigit() else (endpoint, 8883)


class StatusReporter:
    """Writes the agent's progress to its board for one power-up (reports of an earlier one are dropped)."""

    def __init__(self, board: VirtualBoard) -> None:
        self.board = board
        self.boot = board.boots

    def report(self, state: str, *, step: str = "", thing: str = "", cert_id: str = "", code: str = "",
               message: str = "") -> ProvisioningStatus:
        status = ProvisioningStatus(state, thing_name=thing, certificate_id=cert_id, step=step,
                                    code=code[:64], message=_short(message))
        self.board.report_status(status, boot=self.boot)
        return status

    def connecting_as_thing(self, message: str = "") -> None:
        """Connecting with the board's own certificate (csr, factory-ca: JITP may close the first try)."""
        thing, cert_id = self._device_ids()
        self.report("connecting", step="connect", thing=thing, cert_id=cert_id, message=message)

    def registered(self) -> None:
        """Connected as the thing: AWS accepted the board's own certificate."""
        thing, cert_id = self._device_ids()
        self.report("registered", thing=thing, cert_id=cert_id)

    def _device_ids(self) -> tuple[str, str]:
        thing = (self.board.stored(ObjectKind.THING) or b"").decode(errors="replace")
        try:
            cert_id = certificate_id(self.board.stored(ObjectKind.CERT) or b"")
        except (ValueError, IndexError):
            cert_id = ""  # not a certificate: the connect will say so
        return thing, cert_id


class ClaimRegistration:
    """One run of fleet provisioning by claim, on the agent's worker thread.

    ``check`` raises the agent's interrupt that applies now (stop, reset, offline); ``pause`` waits but gives
    way to those; both come from the DeviceAgent so a power cut or reboot ends a registration at once.
    """

    def __init__(self, board: VirtualBoard, status: StatusReporter, *, check: Callable[[], None],
                 pause: Callable[[float], None], timeout: float,
                 emit: Callable[..., None] | None = None) -> None:
        self.board = board
        self.status = status
        self.check = check
        self.pause = pause
        self.timeout = timeout
        self.emit = emit or (lambda *_a, **_k: None)
        self.template = ""
        self.parameters: dict[str, str] = {}
        self.thing = ""
        self._answers: dict[str, _Answer] = {}

    # -- the flow -------------------------------------------------------------------------

    def run(self) -> None:
        """Register the board; returns once its certificate and thing name are stored, else raises."""
        self._read_fleet()
        self.status.report("connecting", step="connect", thing=self.thing)
        self.emit("registering", message=f"template {self.template}")
        connection = self._connect()
        try:
            from awsiot import iotidentity

            identity = iotidentity.IotIdentityClient(connection)
            self._subscribe(identity)
            self.status.report("connecting", step="create-from-csr", thing=self.thing)
            key = self.board.new_device_key()  # made on the board, for the board; it never leaves it
            csr = (x509.CertificateSigningRequestBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.thing)]))
                   .sign(key, hashes.SHA256()))
            csr_pem = csr.public_bytes(serialization.Encoding.PEM).decode("ascii")
            created = self._ask("create-from-csr", lambda: identity.publish_create_certificate_from_csr(
                iotidentity.CreateCertificateFromCsrRequest(certificate_signing_request=csr_pem), _qos()))
            cert_pem, token = self._checked_certificate(created, csr)
            cert_id = certificate_id(cert_pem)
            self.status.report("connecting", step="register-thing", thing=self.thing, cert_id=cert_id)
            registered = self._ask("register-thing", lambda: identity.publish_register_thing(
                iotidentity.RegisterThingRequest(template_name=self.template, parameters=dict(self.parameters),
                                                 certificate_ownership_token=token), _qos()))
            thing = getattr(registered, "thing_name", None) or self.thing
            if not isinstance(thing, str) or not thing or len(thing) > 128:
                raise self._refused("register-thing", "bad-answer", "RegisterThing accepted without a thing name")
            self.board.store_registration(certificate_pem=cert_pem, thing_name=thing)
            self.thing = thing
            self.status.report("connecting", step="connect", thing=thing, cert_id=cert_id)
            self.emit("registered", message=f"{thing} {cert_id[:12]}")
            log.info("%s: registered as %s by template %s", self.board.identity.serial, thing, self.template)
        finally:
            _disconnect(connection)

    # -- pieces -----------------------------------------------------------------------------

    def _refused(self, step: str, code: str, message: str) -> ProvisioningRefused:
        status = self.status.report("refused", step=step, thing=self.thing, code=code, message=message)
        self.emit("refused", message=f"{step}: {code}: {status.message}")
        log.warning("%s: fleet provisioning refused at %s: %s %s", self.board.identity.serial, step, code,
                    status.message)
        return ProvisioningRefused(status)

    def _read_fleet(self) -> None:
        data = self.board.stored(ObjectKind.FLEET) or b""
        problem = fleet_object_problem(data)
        if problem:
            raise self._refused("connect", "bad-fleet", problem)
        parsed = json.loads(data)
        self.template = parsed["template"]
        self.parameters = dict(parsed.get("parameters", {}))
        # The claim's client id is the thing-to-be's name (one connection per name), else the serial.
        self.thing = self.parameters.get("ThingName") or self.board.identity.serial

    def _connect(self) -> Any:
        from awsiot import mqtt_connection_builder

        board = self.board
        host, port = split_endpoint((board.stored(ObjectKind.ENDPOINT) or b"").decode(errors="replace"))
        for attempt, pause in enumerate((*_RETRY_PAUSES, None)):
            self.check()
            connection = mqtt_connection_builder.mtls_from_bytes(
                endpoint=host, port=port, cert_bytes=board.stored(ObjectKind.CLAIM_CERT) or b"",
                pri_key_bytes=board.claim_key_pem(), ca_bytes=board.stored(ObjectKind.CA) or b"",
                client_id=self.thing, clean_session=True, keep_alive_secs=30)
            try:
                self._wait(connection.connect(), "connect")
                return connection
            except AgentInterrupt:
                _disconnect(connection)
                raise
            except TimeoutError as exc:
                code, message, transient = "timeout", str(exc), True
            except Exception as exc:  # awscrt says why: a refusal, or no network
                code = str(getattr(exc, "name", "") or type(exc).__name__)
                message, transient = str(exc), code.startswith(_TRANSIENT_PREFIXES)
            _disconnect(connection)
            if not transient or pause is None:
                raise self._refused("connect", code, message)
            log.info("%s: claim connect %d failed (%s); again in %.0f s", board.identity.serial, attempt + 1,
                     code, pause)
            self.status.report("connecting", step="connect", thing=self.thing, message=f"{code}: {message}")
            self.pause(pause * random.uniform(0.5, 1.0))
        raise AssertionError("unreachable")

    def _subscribe(self, identity: Any) -> None:
        from awsiot import iotidentity

        template = iotidentity.RegisterThingSubscriptionRequest(template_name=self.template)
        csr = iotidentity.CreateCertificateFromCsrSubscriptionRequest()
        subs = [
            ("create-from-csr", identity.subscribe_to_create_certificate_from_csr_accepted(
                csr, _qos(), self._deliver("create-from-csr", True))),
            ("create-from-csr", identity.subscribe_to_create_certificate_from_csr_rejected(
                csr, _qos(), self._deliver("create-from-csr", False))),
            ("register-thing", identity.subscribe_to_register_thing_accepted(
                template, _qos(), self._deliver("register-thing", True))),
            ("register-thing", identity.subscribe_to_register_thing_rejected(
                template, _qos(), self._deliver("register-thing", False))),
        ]
        for step, (future, topic) in subs:
            try:
                result = self._wait(future, f"subscribe {topic}")
            except AgentInterrupt:
                raise
            except TimeoutError as exc:
                raise self._refused(step, "timeout", str(exc)) from None
            except Exception as exc:
                raise self._refused(step, "subscribe-failed", f"{topic}: {exc}") from None
            if result is None:  # SUBACK 0x80: the claim policy refused the topic filter
                raise self._refused(step, "subscribe-refused", f"subscription to {topic} refused")

    def _deliver(self, step: str, accepted: bool) -> Callable[[Any], None]:
        def deliver(response: Any) -> None:  # awscrt's thread: record and wake, nothing more
            answer = self._answers.get(step)
            if answer is not None and answer.payload is None:
                answer.accepted, answer.payload = accepted, response
                answer.event.set()
        return deliver

    def _ask(self, step: str, publish: Callable[[], concurrent.futures.Future[Any]]) -> Any:
        """Publish one request and wait for its accepted answer; a rejection or lasting silence refuses."""
        for pause in (*_RETRY_PAUSES, None):
            answer = self._answers[step] = _Answer()
            try:
                self._wait(publish(), f"publish {step}")
                deadline = time.monotonic() + self.timeout
                while answer.payload is None:
                    self.check()
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise TimeoutError(f"no answer to {step} in {self.timeout:.0f} s")
                    answer.event.wait(min(left, 0.25))
            except TimeoutError as exc:
                if pause is None:
                    raise self._refused(step, "timeout", str(exc)) from None
                log.info("%s: %s; asking again", self.board.identity.serial, exc)
                self.pause(pause * random.uniform(0.5, 1.0))
                continue
            except (ProvisioningRefused, AgentInterrupt):
                raise
            except Exception as exc:
                if pause is None or not isinstance(exc, _transient_types()):
                    raise self._refused(step, str(getattr(exc, "name", "") or type(exc).__name__), str(exc)) \
                        from None
                self.pause(pause * random.uniform(0.5, 1.0))
                continue
            if not answer.accepted:
                error = answer.payload
                code = getattr(error, "error_code", None) or getattr(error, "status_code", None) or "rejected"
                raise self._refused(step, str(code), str(getattr(error, "error_message", None) or ""))
            return answer.payload
        raise AssertionError("unreachable")

    def _checked_certificate(self, created: Any, csr: x509.CertificateSigningRequest) -> tuple[bytes, str]:
        """The certificate AWS made: it must be for the board's key, and come with an ownership token."""
        pem, token = getattr(created, "certificate_pem", None), getattr(created, "certificate_ownership_token", None)
        if not isinstance(pem, str) or not isinstance(token, str) or not token:
            raise self._refused("create-from-csr", "bad-answer", "accepted answer without certificate or token")
        try:
            cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise self._refused("create-from-csr", "bad-answer", "the certificate is not PEM") from None
        if cert.public_key() != csr.public_key():
            raise self._refused("create-from-csr", "bad-answer", "the certificate is not for the board's key")
        pem_bytes = pem.encode("ascii")
        claimed = getattr(created, "certificate_id", None)
        if claimed is not None and claimed != certificate_id(pem_bytes):
            raise self._refused("create-from-csr", "bad-answer", "certificateId is not the certificate's")
        return pem_bytes, token

    def _wait(self, future: concurrent.futures.Future[Any], what: str) -> Any:
        """An awscrt future's result, interruptible by the agent; TimeoutError after the response timeout."""
        deadline = time.monotonic() + self.timeout
        while True:
            self.check()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{what}: no answer in {self.timeout:.0f} s")
            done, _ = concurrent.futures.wait([future], timeout=min(left, 0.25))
            if done:
                return future.result()


def _transient_types() -> tuple[type[BaseException], ...]:
    from awscrt.exceptions import AwsCrtError

    return (AwsCrtError,)


def _qos() -> Any:
    from awscrt import mqtt

    return mqtt.QoS.AT_LEAST_ONCE


def _disconnect(connection: Any) -> None:
    try:
        connection.disconnect().result(5)
    except Exception as exc:  # already closed by the broker (refused connect): nothing to release
        log.debug("claim connection close: %s", exc)


def _short(message: str) -> str:
    text = one_line(message).strip()
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE - 1] + "…"
