"""factory-ca units: the board's CSR signed on the line by the line CA; the cloud is followed, never waited for."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from botocore.exceptions import ClientError

from station.board.driver import BoardDriver
from station.cloud.adapter import IotCloud
from station.cloud.csr import certificate_public_key, check_csr
from station.cloud.gateway import Gateway
from station.cloud.throttle import NETWORK_ERRORS, classify, error_code
from station.domain import BoardHello, BoardIdentity, Capability, ObjectKind, Readback
from station.errors import StationError
from station.messages import Message, message
from station.pipeline.events import CertificateIssued, Progress, UnitPassed, UnitWaitingCloud
from station.pipeline.states import UnitState

if TYPE_CHECKING:
    from station.pipeline.unit import Unit

T = TypeVar("T")
log = logging.getLogger("station.pipeline")
S = UnitState

#: How long the duplicate-serial lookup (DescribeThing) may retry before the records decide instead.
DUPLICATE_BUDGET = 4.0
#: How long one follow-up call (DescribeCertificate, DescribeThing) may retry before the cloud counts as away.
FOLLOW_BUDGET = 6.0
#: Polling of a rebooted board's registration: from POLL_MIN s, growing to POLL_MAX s.
POLL_MIN, POLL_MAX = 0.5, 5.0

_NO_LINE_CA = message("factory-ca.no-line-ca", "the profile's certificates.mode is \"factory-ca\" but the station "
                      "has no line CA open")
_NO_LINE_CA_REMEDY = message("remedy.factory-ca.no-line-ca", "The line engineer starts the station with the line "
                             "CA's token plugged in and its PIN in the environment variable the profile names "
                             "(certificates.factory_ca.pin_env).")
_NO_CSR = message("factory-ca.no-csr", "the board cannot generate its own key (no 'csr' capability); factory-ca "
                  "signs only keys made on the board")
_NO_CSR_REMEDY = message("remedy.factory-ca.no-csr", "Set the board aside, or flash the factory firmware that makes "
                         "its key; nothing was signed or written.")
_DUPLICATE = message("factory-ca.duplicate", "serial {serial} is already registered in AWS IoT (thing {thing} "
                     "exists) and the rework policy is '{policy}'")
_DUPLICATE_REMEDY = message("remedy.factory-ca.duplicate", "Set the board aside for QA: check its serial label. "
                            "A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.")
_DUPLICATE_RECORDED = message("factory-ca.duplicate-recorded", "the cloud is unreachable and the records already "
                              "hold a verified provisioning of serial {serial} ({earlier}); the rework policy is "
                              "'{policy}'")
_DUPLICATE_RECORDED_REMEDY = message("remedy.factory-ca.duplicate-recorded", "Set the board aside for QA: two "
                                     "boards may share this serial, or it was provisioned before. A reworked board "
                                     "needs rework.policy = 'reprovision'. Nothing was signed or written.")
_NO_ENDPOINT = message("factory-ca.no-endpoint", "the device endpoint is not known: the station started without "
                       "reaching AWS and the profile has no cloud.mqtt_endpoint")
_NO_ENDPOINT_REMEDY = message("remedy.factory-ca.no-endpoint", "The line engineer sets cloud.mqtt_endpoint in the "
                              "profile (station cloud check shows it), or restarts the station once AWS answers.")
_CERT_RETIRED = message("factory-ca.certificate-retired", "AWS IoT holds this unit's certificate {certificate} as "
                        "{status}: it was revoked or deactivated")
_CERT_RETIRED_REMEDY = message("remedy.factory-ca.certificate-retired", "Set the board aside for QA; rework gives "
                               "it a new key and certificate.")
_DONE_CSR = message("detail.factory-ca.csr", "CSR checked (signature, key, common name)")
_DONE_SIGNED = message("detail.factory-ca.signed", "signed by the line CA: certificate {certificate}, valid until "
                       "{until}")
_DONE_REGISTERED = message("detail.factory-ca.registered", "registered: thing {thing}, certificate {certificate} "
                           "ACTIVE")
_NOTE_FIRST_CONNECT = message("note.factory-ca.first-connect", "waiting for the board's first connect")
_WAIT_UNREACHABLE = message("factory-ca.wait-unreachable", "the cloud is unreachable; keys, signing, writing and "
                            "verification are done")
_WAIT_TIMEOUT = message("factory-ca.wait-timeout", "AWS has not seen the board connect within {seconds} s")
_NO_HW_REVISION = message("factory-ca.no-hw-revision", "the board reports no hardware revision, and AWS IoT's "
                          "just-in-time provisioning needs every field of the certificate's subject (the revision "
                          "goes in its dnQualifier)")
_NO_HW_REVISION_REMEDY = message("remedy.factory-ca.no-hw-revision", "Set the board aside; its factory firmware "
                                 "must report its hardware revision. Nothing was signed.")


@dataclass
class CloudLink:
    """The station's view of whether AWS answers: calls that fail on the network put it down, answers up."""

    reachable: bool = True
    #: English: the last network error seen while it was down.
    reason: str = ""

    def down(self, reason: str) -> None:
        if self.reachable:
            log.warning("the cloud is unreachable (%s): factory-ca units go on and wait for it", reason)
        self.reachable, self.reason = False, reason

    def up(self) -> None:
        if not self.reachable:
            log.info("the cloud answers again")
        self.reachable, self.reason = True, ""


def unreachable(exc: BaseException) -> bool:
    """The call failed because AWS could not be reached (a network error, retries given up), not a refusal."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, NETWORK_ERRORS) or classify(seen) == "network":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _within(seconds: float, fn: Callable[..., T]) -> Callable[..., T]:
    return Gateway.within_budget(seconds)(fn)


def certificate_status(cloud: IotCloud, certificate_id: str) -> str | None:
    """The certificate's status in AWS IoT, None if AWS does not know it (the board has not connected yet)."""
    try:
        return cloud.describe_certificate(certificate_id).status
    except ClientError as exc:
        if error_code(exc) == "ResourceNotFoundException":
            return None
        raise


def registered(cloud: IotCloud, certificate_id: str, thing: str) -> str | None:
    """Blocking: "ACTIVE" once the certificate is ACTIVE and the thing exists, else the status seen (None:
    unknown to AWS). Used by units, the station's follow-up and a QA lookup alike."""
    status = certificate_status(cloud, certificate_id)
    if status == "ACTIVE" and cloud.describe_thing(thing) is None:
        return "PENDING_THING"  # JITP is still at work: the certificate exists before its thing
    return status


def subject_for(unit: Unit, ident: BoardIdentity, thing: str, group: str) -> Any:
    """What JITP reads from the certificate (docs/provisioning-modes.md): thing, serial, model, revision, ..."""
    from station.ca import DeviceSubject

    pf = unit.sv.profile
    return DeviceSubject(thing_name=thing, serial=ident.serial, model=ident.model, hw_revision=ident.hw_revision,
                         station=pf.station_id, batch=pf.batch, group=group)


async def provision(unit: Unit, driver: BoardDriver, ident: BoardIdentity, thing: str, group: str,
                    readback: Readback, hello: BoardHello) -> None:
    """GENERATING_KEY -> SIGNING -> WRITING -> VERIFYING -> CONNECTING (or WAITING_CLOUD) -> PASSED."""
    from station.pipeline.unit import UnitError

    sv, pf = unit.sv, unit.sv.profile
    if sv.line_ca is None:
        raise UnitError(_NO_LINE_CA(), step=S.IDENTIFYING.value, remedy=_NO_LINE_CA_REMEDY())
    if Capability.CSR not in hello.capabilities:
        raise UnitError(_NO_CSR(), step=S.IDENTIFYING.value, remedy=_NO_CSR_REMEDY())
    if not ident.hw_revision:
        # A certificate without it would stay PENDING_ACTIVATION forever under JITP (and be revoked by the JITR
        # handler): refused before anything is signed.
        raise UnitError(_NO_HW_REVISION(), step=S.IDENTIFYING.value, remedy=_NO_HW_REVISION_REMEDY())
    # The registry lookup runs beside the board's key generation: it costs the unit no time when AWS answers.
    duplicate = asyncio.create_task(_duplicate_check(unit, ident.serial, thing), name=f"duplicate-{thing}")
    try:
        t0 = unit._emit_step(S.GENERATING_KEY)
        new_key = readback.public_key_der is not None and pf.rework.policy == "reprovision"
        csr_pem = await unit._board(driver.generate_csr, thing, new_key=new_key,
                                    progress=unit._progress_fn(S.GENERATING_KEY, 0, 0, "CSR"))
        unit._csr_key = await unit._board(check_csr, csr_pem, thing_name=thing,
                                          board_public_key=None if new_key else readback.public_key_der)
        unit._finish_step(S.GENERATING_KEY, t0, _DONE_CSR())
        online = await duplicate
    finally:
        if not duplicate.done():
            duplicate.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await duplicate

    t0 = unit._emit_step(S.SIGNING)
    line_ca = sv.line_ca
    # Hashing and the token's signature take milliseconds to tens of them: a worker thread, never the loop.
    signed = await unit._board(line_ca.sign_csr, csr_pem, subject_for(unit, ident, thing, group))
    unit.ids.certificate_id = signed.certificate_id
    unit.ids.certificate_arn = ""  # AWS names it once the board has connected
    sv.bus.emit(CertificateIssued(port=unit.port.url, unit=unit.number, thing_name=thing,
                                  certificate_id=signed.certificate_id,
                                  certificate_pem=bytes(signed.chain_pem).decode("ascii")))
    unit._finish_step(S.SIGNING, t0, _DONE_SIGNED(certificate=signed.certificate_id[:12],
                                                  until=signed.not_after.date().isoformat()))

    endpoint = await _endpoint(unit)
    objects: list[tuple[ObjectKind, bytes]] = [(kind, data) for kind, data in (
        (ObjectKind.CERT, bytes(signed.chain_pem)),  # device certificate + line CA: JITP wants the chain
        (ObjectKind.CA, sv.cloud.ca_pem()),  # the server's CA, so the board trusts the endpoint
        (ObjectKind.ENDPOINT, endpoint.encode("ascii")),
        (ObjectKind.THING, thing.encode("ascii")),
    ) if kind in driver.traits.stores]
    await unit._write(driver, objects, readback, None)
    await _verify(unit, driver, objects, signed.certificate_pem)
    unit.created = []

    link = sv.link
    if not online or (link is not None and not link.reachable):
        if driver.traits.reboots:
            await unit._board(driver.reboot)  # its application registers by itself once it reaches AWS
        _wait_for_cloud(unit, _WAIT_UNREACHABLE())
        return
    if unit.release_slot is not None:
        unit.release_slot()  # following is mostly waiting: the slot goes to the next board
    t0 = unit._emit_step(S.CONNECTING)
    if driver.traits.reboots:
        await unit._board(driver.reboot)
    await _registered_then_ready(unit, t0)


async def follow_waiting(unit: Unit) -> None:
    """A unit "provisioned, waiting for the cloud" whose board is still there: on to registered and ready."""
    t0 = unit._emit_step(S.CONNECTING)
    await _registered_then_ready(unit, t0)


async def _registered_then_ready(unit: Unit, t0: float) -> None:
    sv, pf = unit.sv, unit.sv.profile
    thing, certificate = unit.ids.thing_name, unit.ids.certificate_id
    found = await _await_registration(unit, thing, certificate)
    if found is not None:
        _wait_for_cloud(unit, found)
        return
    group = unit.ids.groups[0] if unit.ids.groups else ""
    until = sv.until or pf.jobs.until
    if until == "ready" and sv.jobs is not None and group:
        unit.versions = await unit._follow_jobs(thing, group, sv.jobs, t0)
        unit.ready = True
    else:
        unit._finish_step(S.CONNECTING, t0, _DONE_REGISTERED(thing=thing, certificate=certificate[:12]))
    unit.machine.move(S.PASSED)
    ident = unit.identity
    sv.bus.emit(UnitPassed(port=unit.port.url, unit=unit.number, serial=ident.serial if ident else "",
                           thing_name=thing, certificate_id=certificate, group=group,
                           seconds=round(time.monotonic() - unit.started, 3), round_trips=unit.round_trips,
                           ready=unit.ready, versions=dict(unit.versions)))


async def _await_registration(unit: Unit, thing: str, certificate: str) -> Message | None:
    """Poll AWS until the board's certificate is ACTIVE and its thing exists (JITP/JITR at its first connect).

    None once registered; otherwise why the unit waits for the cloud instead (unreachable, or not seen in time).
    A certificate AWS holds as REVOKED or INACTIVE fails the unit.
    """
    from station.pipeline.unit import UnitError

    sv = unit.sv
    timeout = sv.profile.factory_ca.register_timeout
    deadline = time.monotonic() + timeout
    delay = POLL_MIN
    noted = False
    while True:
        try:
            status = await sv.caller.call("DescribeCertificate", _within(FOLLOW_BUDGET, registered), sv.cloud,
                                          certificate, thing, on_wait=unit._on_wait)
        except Exception as exc:
            if not unreachable(exc):
                raise
            if sv.link is not None:
                sv.link.down(str(exc))
            return _WAIT_UNREACHABLE()
        if sv.link is not None:
            sv.link.up()
        if status == "ACTIVE":
            return None
        if status in ("REVOKED", "INACTIVE", "REGISTER_INACTIVE"):
            raise UnitError(_CERT_RETIRED(certificate=certificate[:12], status=status), step=S.CONNECTING.value,
                            remedy=_CERT_RETIRED_REMEDY())
        if not noted:
            noted = True
            note = _NOTE_FIRST_CONNECT()
            sv.bus.emit(Progress(port=unit.port.url, unit=unit.number, step=S.CONNECTING, done=0, total=0,
                                 note=note.text(), note_message=note))
        if time.monotonic() + delay > deadline:
            return _WAIT_TIMEOUT(seconds=f"{timeout:.0f}")
        await asyncio.sleep(delay)
        delay = min(delay * 1.5, POLL_MAX)


def _wait_for_cloud(unit: Unit, reason: Message) -> None:
    """The unit is provisioned; the cloud has not seen it yet: WAITING_CLOUD, its slot given back."""
    unit.machine.move(S.WAITING_CLOUD)
    if unit.release_slot is not None:
        unit.release_slot()
    ident = unit.identity
    log.info("unit %d on %s: provisioned, waiting for the cloud (%s)", unit.number, unit.port.url, reason.text())
    unit.sv.bus.emit(UnitWaitingCloud(port=unit.port.url, unit=unit.number, serial=ident.serial if ident else "",
                                      thing_name=unit.ids.thing_name, certificate_id=unit.ids.certificate_id,
                                      group=unit.ids.groups[0] if unit.ids.groups else "",
                                      seconds=round(time.monotonic() - unit.started, 3), reason=reason.text(),
                                      reason_message=reason))


async def _duplicate_check(unit: Unit, serial: str, thing: str) -> bool:
    """Refuse a serial that is already provisioned. True: AWS answered (not found); False: the cloud is away
    and the records found no earlier verified attempt of this serial (in any mode)."""
    from station.pipeline.unit import UnitError

    sv = unit.sv
    policy = sv.profile.rework.policy
    try:
        found = await sv.caller.call("DescribeThing", _within(DUPLICATE_BUDGET, sv.cloud.describe_thing), thing)
    except Exception as exc:
        if not unreachable(exc) and not (isinstance(exc, StationError) and exc.retryable):
            raise
        if sv.link is not None and unreachable(exc):
            sv.link.down(str(exc))
        earlier = sv.provisioned_before(serial) if sv.provisioned_before is not None else ""
        if earlier and policy != "reprovision":
            raise UnitError(_DUPLICATE_RECORDED(serial=serial, earlier=earlier, policy=policy),
                            step=S.GENERATING_KEY.value, remedy=_DUPLICATE_RECORDED_REMEDY()) from None
        return False
    if sv.link is not None:
        sv.link.up()
    if found is not None and policy != "reprovision":
        raise UnitError(_DUPLICATE(serial=serial, thing=thing, policy=policy), step=S.GENERATING_KEY.value,
                        remedy=_DUPLICATE_REMEDY())
    return True


async def _endpoint(unit: Unit) -> str:
    """The device endpoint, known since the station started; asked once more (briefly) if it is not."""
    from station.pipeline.unit import UnitError

    sv = unit.sv
    if sv.endpoint:
        return sv.endpoint
    try:
        sv.endpoint = await sv.caller.call("DescribeEndpoint", _within(DUPLICATE_BUDGET, sv.cloud.endpoint))
    except Exception as exc:
        if not unreachable(exc) and not (isinstance(exc, StationError) and exc.retryable):
            raise
        raise UnitError(_NO_ENDPOINT(), step=S.WRITING.value, remedy=_NO_ENDPOINT_REMEDY()) from None
    return sv.endpoint


async def _verify(unit: Unit, driver: BoardDriver, objects: list[tuple[ObjectKind, bytes]],
                  certificate_pem: str) -> None:
    """Read-back hashes; the certificate carries the key of this attempt's CSR (and the board's, if it says)."""
    t0 = unit._emit_step(S.VERIFYING)
    final: Readback = await unit._board(driver.read_back)
    unit._check_readback(driver, final, objects)
    cert_key = await unit._board(certificate_public_key, certificate_pem)
    unit._finish_step(S.VERIFYING, t0, unit._check_signed_key(driver.traits, final, cert_key))
