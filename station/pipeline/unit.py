"""Provisioning of one unit: board identity, key and CSR, cloud registration, write and read-back."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from station.board.driver import BoardDriver, DriverFactory, DriverTraits, driver_factory, sha256_hex
from station.board.errors import BoardRefused
from station.cloud.adapter import CertInfo, IotCloud, IssuedCert, ThingResult, certificate_id_from_arn
from station.cloud.csr import certificate_public_key, check_csr
from station.cloud.gateway import waiting_message
from station.cloud.retry import CloudCaller
from station.cloud.rules import identity_problem
from station.cloud.unhandled import explain_unhandled
from station.domain import BoardHello, BoardIdentity, Capability, CloudIds, ObjectKind, PortInfo, Readback
from station.errors import StationError
from station.jobs.follow import Follower, JobSource
from station.messages import Message, message
from station.pipeline.claim import take_over
from station.pipeline.events import (
    CertificateIssued,
    EventBus,
    Identified,
    Progress,
    StepFinished,
    StepStarted,
    UnitFailed,
    UnitPassed,
    Waiting,
)
from station.pipeline.states import UnitMachine, UnitState
from station.pipeline.words import progress_message
from station.profile import Profile

if TYPE_CHECKING:
    from station.ca import LineCa
    from station.cloud.claims import ClaimSource
    from station.pipeline.factory_ca import CloudLink

T = TypeVar("T")
log = logging.getLogger("station.pipeline")
S = UnitState

# What the pipeline itself tells the operator. Serials, models and ids are data; so is what the board reported.
# Step details for the timeline (StepFinished.detail_message): what the step did, in words.
_DONE_IDENTIFIED = message("detail.identified", "{model} {serial} hw {hw}")
_DONE_REUSED = message("detail.reusing-certificate", "reusing certificate {certificate}")
_DONE_NEW_CERT = message("detail.new-certificate", "new certificate {certificate}")
_DONE_GROUP = message("detail.group", "group {group}")
_DONE_GROUP_RETIRED = message("detail.group-retired", "group {group}; retired certificate {retired}")
_DONE_BECAUSE = message("detail.because", "{detail}: {why}")
_DONE_AND = message("detail.and", "{detail}; {then}")
_DONE_LEFTOVERS = message("detail.leftovers-retired", "set INACTIVE certificate {certificates} of an interrupted "
                                                      "attempt: the board has replaced that key and cannot report "
                                                      "keys, so it could not be reused")
_WHY_KEYLESS = message("detail.why-keyless", "the board cannot report the key it held, so its earlier certificate "
                                             "could not be reused: it made a new key and the old certificate was "
                                             "retired")
_DONE_KEY_MATCH = message("detail.verified-key", "hashes and public key match")
_DONE_CSR_KEY_MATCH = message("detail.verified-csr-key",
                              "hashes match; the certificate's key is the key of the board's CSR")
_DONE_ONLINE = message("detail.online", "device online: it started job {job}")
_DONE_READY = message("detail.ready", "ready: {reached}")
_DONE_NO_JOB = message("detail.no-job", "no current job for group {group}: ready once registered")
_DONE_CERT = message("detail.certificate", "certificate {certificate}")
_DONE_EXISTING_KEY = message("detail.existing-key", "CSR from the board's existing key")
_DONE_CLOUD_KEYS = message("detail.cloud-keys", "board refused a CSR: using cloud-generated keys")
_DONE_CSR = message("detail.csr-checked", "CSR checked (signature, key, common name)")
_DONE_CSR_REWORK = message("detail.csr-checked-rework",
                           "CSR checked (signature, key, common name); new key for rework")
_DONE_WRITTEN = message("detail.written", "{objects} object(s), {size} bytes")
_DONE_WRITTEN_SKIPPED = message("detail.written-skipped", "{objects} object(s), {size} bytes; {skipped} already on "
                                                          "the board")

_TWO_BOARDS = message("pipeline.serial-twice", "serial {serial} is already being provisioned on {holder}: two "
                      "boards report the same serial number")
_TWO_BOARDS_REMEDY = message("remedy.pipeline.serial-twice", "Set both boards aside and have their serial numbers "
                             "checked; nothing was created in the cloud for this one.")
_INTERNAL = message("pipeline.internal-error", "internal error: {kind}: {error}")
_INTERNAL_REMEDY = message("remedy.pipeline.internal-error",
                           "Report this to the station's developers with the log file; retry the unit.")
_BAD_IDENTITY = message("pipeline.bad-identity", "the board's {field} {value} {problem}")
_BAD_IDENTITY_REMEDY = message("remedy.pipeline.bad-identity", "Set the board aside; its factory firmware must "
                               "report the {field} without spaces or other such characters (the line engineer can "
                               "fix the firmware or its settings).")
_UNKNOWN_MODEL = message("pipeline.unknown-model", "model '{model}' (serial {serial}) is not in the station profile")
_UNKNOWN_MODEL_REMEDY = message("remedy.pipeline.unknown-model", "Check that this board belongs on this line; "
                                "otherwise the line engineer adds the model to the profile.")
_NO_GROUP = message("pipeline.no-group", "no thing group rule matches model {model}, hardware {hw}")
_NO_GROUP_REMEDY = message("remedy.pipeline.no-group",
                           "The line engineer adds a [[groups]] rule for this model to the profile.")
_KEYS_ON_BOARD = message("pipeline.keys-on-board", "the {driver} driver's boards make their private key themselves "
                         "and cannot take one from the station, but the profile asks for cloud-generated keys "
                         "(certificates.mode = \"cloud-keys\")")
_KEYS_ON_BOARD_REMEDY = message("remedy.pipeline.keys-on-board", "The line engineer sets certificates.mode = \"csr\" "
                                "for this line; the board is fine. Nothing was created in the cloud.")
_ALREADY_PROVISIONED = message("pipeline.already-provisioned", "serial {serial} is already provisioned (thing "
                               "{thing}, certificate {certificate}) and the rework policy is 'refuse'")
_ALREADY_PROVISIONED_REMEDY = message("remedy.pipeline.already-provisioned", "Set the board aside for QA; rework "
                                      "needs rework.policy = 'reuse' or 'reprovision'. Nothing was changed.")
_READBACK_MISMATCH = message("pipeline.readback-mismatch", "read-back of '{object}' does not match what was written")
_STORAGE_FAULTY = message("remedy.pipeline.storage",
                          "Retry the unit; if it fails again the board's storage is faulty.")
_KEY_MISMATCH = message("pipeline.key-mismatch", "the board's public key does not match its certificate")
_KEY_MISMATCH_REMEDY = message("remedy.pipeline.key-mismatch",
                               "Retry the unit; if it fails again set the board aside.")
_NOT_CSR_KEY = message("pipeline.not-csr-key",
                       "the certificate's public key is not the key the board made in this attempt")
_NOT_CSR_KEY_REMEDY = message("remedy.pipeline.not-csr-key",
                              "Retry the unit; the board makes a new key and gets a new certificate.")
_CSR_REFUSED = message("pipeline.csr-refused", "the board refused to generate a key and CSR ({code}: {answer}) "
                       "and the profile allows only on-board keys")
_CSR_REFUSED_REMEDY = message("remedy.pipeline.csr-refused", "Set the board aside (its firmware cannot make a key), "
                              "or the line engineer enables certificates.mode = \"csr-or-cloud-keys\".")
_NO_CSR = message("pipeline.no-csr", "the board cannot generate its own key (no 'csr' capability) and the profile "
                  "allows only on-board keys")
_NO_CSR_REMEDY = message("remedy.pipeline.no-csr", "Set the board aside, or the line engineer enables "
                         "certificates.mode = \"csr-or-cloud-keys\".")
_NO_KEY_AT_ALL = message("pipeline.no-key-at-all", "the board can neither generate a key nor accept one")
_NO_KEY_AT_ALL_REMEDY = message("remedy.pipeline.no-key-at-all",
                                "Flash the factory firmware that supports key generation; set the board aside.")
_OTHER_STATION = message("pipeline.other-station", "station {station} started provisioning this serial {age} s ago: "
                         "the same board (or two boards with one serial) is on two stations")
_OTHER_STATION_REMEDY = message("remedy.pipeline.other-station",
                                "Provision it on one station only; if {station} stopped, retry after {ttl} s.")
_FOREIGN_CERT = message("pipeline.foreign-certificate", "thing {thing} already has an active certificate ({ids}) "
                        "for a different key: another board with the same serial, or a reworked board")
_FOREIGN_CERT_REMEDY = message("remedy.pipeline.foreign-certificate", "Check the serial label against the board; a "
                               "reworked board needs the rework procedure (QA). Nothing new was created.")
_KEYLESS_CERT = message("pipeline.keyless-certificate", "thing {thing} already has an active certificate ({ids}); "
                        "this board cannot report the key it holds, so the station cannot tell it is the same board, "
                        "and the rework policy is '{policy}'")
_KEYLESS_CERT_REMEDY = message("remedy.pipeline.keyless-certificate", "Set the board aside for QA; to provision it "
                               "again the line engineer sets rework.policy = 'reprovision'. The new certificate was "
                               "set INACTIVE.")
_STORED_OTHER = message("pipeline.stored-other-hash", "the board stored '{object}' with a different hash")


#: Objects written hashed as sent and never read back: private keys (a fallback key, a fleet claim's key).
SECRET_KINDS = frozenset({ObjectKind.KEY, ObjectKind.CLAIM_KEY})


class UnitError(StationError):
    """A unit-level failure raised by the pipeline itself (not by the board or the cloud)."""


@dataclass
class SerialClaims:
    """Which port holds which serial, so two boards claiming one serial are caught before the cloud."""

    by_serial: dict[str, str] = field(default_factory=dict)

    def claim(self, serial: str, port: str) -> None:
        holder = self.by_serial.setdefault(serial, port)
        if holder != port:
            raise UnitError(_TWO_BOARDS(serial=serial, holder=holder), step=S.IDENTIFYING.value,
                            remedy=_TWO_BOARDS_REMEDY())

    def release(self, port: str) -> None:
        for serial, holder in list(self.by_serial.items()):
            if holder == port:
                del self.by_serial[serial]


@dataclass
class Services:
    """What every unit shares: profile, cloud, executors, events, serial claims."""

    profile: Profile
    cloud: IotCloud
    caller: CloudCaller
    serial_executor: Executor
    #: One factory for every unit (tests, benchmarks); None: each unit's own driver (station.board.choice).
    driver_factory: DriverFactory | None
    bus: EventBus
    claims: SerialClaims = field(default_factory=SerialClaims)
    #: Where current continuous jobs come from; None = units pass once registered.
    jobs: JobSource | None = None
    #: "registered" or "ready"; overrides the profile's jobs.until (CLI --until).
    until: str = ""
    #: Certificates this station issued for a serial in attempts that never finished (from the records):
    #: after a crash they may exist unattached, and a resumed unit reuses them instead of orphaning them.
    resume_hint: Callable[[str], list[str]] | None = None
    #: factory-ca: the line CA that signs boards' CSRs (opened by whoever builds the Station).
    line_ca: LineCa | None = None
    #: fleet-claim: where the current claim certificate comes from.
    claim_source: ClaimSource | None = None
    #: The device endpoint (host:port), known from the station's start: no AWS call on a unit's critical path.
    endpoint: str | None = None
    #: The station's view of whether AWS answers (factory-ca goes on without it: WAITING_CLOUD).
    link: CloudLink | None = None
    #: factory-ca offline: an earlier verified attempt of this serial in the records ("" if none), described.
    provisioned_before: Callable[[str], str] | None = None


def factory_for(services: Services, name: str) -> DriverFactory:
    return services.driver_factory if services.driver_factory is not None else driver_factory(name)


class Unit:
    """One board on one port, from detection to a result that stays until the board is removed."""

    def __init__(self, number: int, port: PortInfo, services: Services, driver: str = "") -> None:
        self.number = number
        self.port = port
        self.sv = services
        #: The board driver this unit's port was bound to (station.board.choice); "" = the profile's default.
        self.driver_name = driver or services.profile.serial.driver
        self.machine = UnitMachine()
        self.identity: BoardIdentity | None = None
        self.ids = CloudIds()
        self.round_trips = 0
        self.created: list[str] = []  # cloud resources this attempt created, for honest failure reports
        self.failure: UnitFailed | None = None
        self.started = 0.0
        self.ready = False  # passed with every current job of its group SUCCEEDED
        self.versions: dict[str, str] = {}  # "firmware"/"config" -> version reached
        self._loop: asyncio.AbstractEventLoop | None = None
        #: Set by the scheduler: frees this unit's provisioning slot once it only waits for jobs.
        self.release_slot: Callable[[], None] | None = None
        #: Public key (SPKI DER) of the CSR this attempt's board made: what verify compares the certificate with
        #: when the board cannot report its key (DriverTraits.reads_public_key False).
        self._csr_key: bytes | None = None

    @property
    def state(self) -> UnitState:
        return self.machine.state

    # -- plumbing ----------------------------------------------------------------
    def _emit_step(self, step: UnitState) -> float:
        self.machine.move(step)
        self.sv.bus.emit(StepStarted(port=self.port.url, unit=self.number, step=step))
        return time.monotonic()

    def _finish_step(self, step: UnitState, t0: float, detail: Message | None = None) -> None:
        self.sv.bus.emit(StepFinished(port=self.port.url, unit=self.number, step=step,
                                      seconds=round(time.monotonic() - t0, 3),
                                      detail=detail.text() if detail else "", detail_message=detail))

    async def _board(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.sv.serial_executor, lambda: fn(*args, **kwargs))

    def _progress_fn(self, step: UnitState, offset: int, total: int, note: str) -> Callable[[int, int], None]:
        loop = self._loop
        assert loop is not None

        def progress(done: int, _of: int) -> None:
            event = Progress(port=self.port.url, unit=self.number, step=step, done=offset + done, total=total,
                             note=note, note_message=progress_message(step, note))
            loop.call_soon_threadsafe(self.sv.bus.emit, event)
        return progress

    def _on_wait(self, op: str, reason: str, retry_in: float, attempt: int) -> None:
        why = waiting_message(op, reason)  # the gateway's words, with the reason's message when it has one
        self.sv.bus.emit(Waiting(port=self.port.url, unit=self.number, step=self.state, reason=why.text(),
                                 retry_in=round(retry_in, 2), attempt=attempt, reason_message=why))

    async def _cloud(self, *calls: tuple[str, Callable[..., Any], tuple[Any, ...]]) -> list[Any]:
        """One round trip: the given calls run concurrently. Counts rounds for the critical-path figure.

        Every certificate is recorded the moment its own answer arrives (``_one``), whatever its siblings
        did: a refused CreateThing must not hide the certificate CreateCertificateFromCsr issued beside it.
        A round is never abandoned half way: if the unit is cancelled (its board was pulled, the station
        stops) while calls are in flight, they finish first, so nothing exists in the cloud that the
        station does not know about; then the cancellation goes on.
        """
        self.round_trips += 1
        round_ = asyncio.gather(*(self._one(op, fn, args) for op, fn, args in calls), return_exceptions=True)
        results = await self._wait_out(round_)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise errors[0]
        return list(results)

    @staticmethod
    async def _wait_out(pending: asyncio.Future[T]) -> T:
        """``pending``'s result once it is done, even if the unit is cancelled meanwhile (re-raised after).

        Calls in flight are never abandoned: what they create is then known to the station.
        """
        cancelled = False
        while not pending.done():
            try:
                await asyncio.shield(pending)
            except asyncio.CancelledError:
                cancelled = True  # a second cancel too must not abandon the call: wait again
            except Exception:
                pass  # its own failure: read below
        if cancelled:
            if not pending.cancelled():
                pending.exception()  # retrieved: never "exception was never retrieved"
            raise asyncio.CancelledError
        return pending.result()

    async def _attach_policy(self, policy: str, certificate_arn: str) -> None:
        """AttachPolicy off the critical path (its own task); a refusal is still the attaching step's."""
        try:
            await self.sv.caller.call("AttachPolicy", self.sv.cloud.attach_policy, policy, certificate_arn,
                                      on_wait=self._on_wait)
        except StationError as exc:
            exc.step = exc.step or S.ATTACHING.value
            raise
        except Exception as exc:
            refused = explain_unhandled(exc, self.sv.profile.cloud.profile)
            if refused is None:
                raise
            refused.step = refused.step or S.ATTACHING.value
            raise refused from exc

    async def _one(self, op: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        """One call of a round; a certificate it issued is recorded before anything else happens."""
        result = await self.sv.caller.call(op, fn, *args, on_wait=self._on_wait)
        issued = result[0] if isinstance(result, tuple) else result  # CreateKeysAndCertificate: (cert, key)
        if isinstance(issued, IssuedCert):
            self._issued(self.ids.thing_name, issued)
        return result

    # -- the pipeline ------------------------------------------------------------
    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.started = time.monotonic()
        # A restarted unit starts from a clean slate; the cloud and the board say what exists.
        self.round_trips, self.created, self.failure = 0, [], None
        self.ready, self.versions, self._csr_key = False, {}, None
        driver = factory_for(self.sv, self.driver_name)(self.port.url, self.sv.profile.serial.link(),
                                        self.sv.profile.driver_options(self.driver_name))
        try:
            await self._guarded(self._provision(driver))
        finally:
            await asyncio.shield(self._board(driver.close))

    async def follow_waiting(self) -> None:
        """factory-ca: the cloud is back; follow this unit, "provisioned, waiting for the cloud", on to passed."""
        from station.pipeline import factory_ca

        self._loop = asyncio.get_running_loop()
        await self._guarded(factory_ca.follow_waiting(self))

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work``; a failure ends the unit as FAILED with its cause and remedy (a bug as an internal error)."""
        try:
            await work
        except StationError as exc:
            if exc.detail:
                log.warning("unit %d on %s: %s (detail: %s)", self.number, self.port.url, exc.cause, exc.detail)
            self._fail(exc.step or self.state.value, exc.cause_message, exc.remedy_message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            # An AWS answer no handler translated is still AWS's refusal, not a bug: said in plain words.
            if (refused := explain_unhandled(exc, self.sv.profile.cloud.profile)) is not None:
                log.warning("unit %d on %s: %s (%s)", self.number, self.port.url, refused.cause, refused.detail)
                self._fail(refused.step or self.state.value, refused.cause_message, refused.remedy_message)
                return
            # A bug: report it as one, with the trace in the log.
            log.exception("unit %d on %s: internal error", self.number, self.port.url)
            self._fail(self.state.value, _INTERNAL(kind=type(exc).__name__, error=str(exc)), _INTERNAL_REMEDY())

    def _fail(self, step: str, cause: Message, remedy: Message) -> None:
        try:
            state = UnitState(step)
        except ValueError:
            state = self.state
        if self.machine.can_move(S.FAILED):
            self.machine.move(S.FAILED)
        self.failure = UnitFailed(port=self.port.url, unit=self.number, step=state, cause=cause.text(),
                                  remedy=remedy.text(), created=list(self.created), cause_message=cause,
                                  remedy_message=remedy)
        log.warning("unit %d on %s failed at %s: %s", self.number, self.port.url, state, cause.text())
        self.sv.bus.emit(self.failure)

    async def _provision(self, driver: BoardDriver) -> None:
        pf = self.sv.profile
        t0 = self._emit_step(S.IDENTIFYING)
        # Opening may already talk to the board (a modem's AT mode is detected): part of identifying.
        await self._board(driver.open)
        hello: BoardHello = await self._board(driver.hello)
        ident: BoardIdentity = await self._board(driver.identify)
        self.identity = ident
        # The identity is untrusted: serial and hardware revision become thing attributes (AWS's rule),
        # model, firmware and product line keep to a character set. Refused naming the field, before
        # anything is created (a serial "AB12\n" would otherwise name a thing nobody can reach).
        if (refused := identity_problem(ident)) is not None:
            label, value, problem = refused
            raise UnitError(_BAD_IDENTITY(field=label, value=repr(value), problem=problem), step=S.IDENTIFYING.value,
                            remedy=_BAD_IDENTITY_REMEDY(field=label))
        thing_type = pf.thing_type(ident.model)
        if thing_type is None:
            raise UnitError(_UNKNOWN_MODEL(model=ident.model, serial=ident.serial), remedy=_UNKNOWN_MODEL_REMEDY())
        group = pf.group_for(ident)
        if group is None:
            raise UnitError(_NO_GROUP(model=ident.model, hw=ident.hw_revision), remedy=_NO_GROUP_REMEDY())
        thing = pf.thing_name(ident)
        self.ids.thing_name = thing
        self.ids.groups = [group]
        self.sv.claims.claim(ident.serial, self.port.url)
        readback: Readback = await self._board(driver.read_back)
        self.sv.bus.emit(Identified(port=self.port.url, unit=self.number, serial=ident.serial, model=ident.model,
                                    hw_revision=ident.hw_revision, fw_version=ident.fw_version, thing_name=thing,
                                    cert_mode=pf.cert_mode))
        self._finish_step(S.IDENTIFYING, t0,
                          _DONE_IDENTIFIED(model=ident.model, serial=ident.serial, hw=ident.hw_revision))

        traits = driver.traits
        if pf.cert_mode == "factory-ca":
            from station.pipeline.factory_ca import provision as signed_on_the_line
            await signed_on_the_line(self, driver, ident, thing, group, readback, hello)
            return
        if pf.cert_mode == "fleet-claim":
            from station.pipeline.fleet_claim import provision as registered_by_claim
            await registered_by_claim(self, driver, ident, thing, group, readback)
            return
        if pf.cert_mode == "cloud-keys" and not traits.key_import:
            raise UnitError(_KEYS_ON_BOARD(driver=self.driver_name), step=S.IDENTIFYING.value,
                            remedy=_KEYS_ON_BOARD_REMEDY())
        csr_capable = Capability.CSR in hello.capabilities and pf.cert_mode != "cloud-keys"
        # "claim" marks which station works on the thing, and since when: a second station that
        # meets a fresh claim of another one stops instead of racing it (see _check_claim).
        # "attempt" is new for every attempt. AWS answers CreateThing with success, not "already exists",
        # when the thing exists with the very same type and attributes (a re-run within the same second
        # would send exactly that). Unique attributes make success mean "this attempt created it", which
        # is what lets a fresh unit skip ListThingPrincipals.
        attributes = {"serial": ident.serial, "hw_revision": ident.hw_revision, "station": pf.station_id,
                      "batch": pf.batch, "claim": f"{pf.station_id}@{int(time.time())}",
                      "attempt": uuid.uuid4().hex[:16]}
        rework = pf.rework
        key_for_board: bytearray | None = None
        cert: CertInfo | IssuedCert
        retire: list[CertInfo] = []
        why: Message | None = None  # why old certificates are retired, when not the rework policy's plain choice
        notes: list[Message] = []  # more that the attaching step's record must say
        policy: asyncio.Task[None] | None = None  # AttachPolicy, off the critical path
        try:
            if readback.public_key_der is not None and rework.policy != "reprovision":
                # The board already has a key: an earlier attempt got at least that far, so look at
                # what the cloud holds before creating anything (costs a round trip, only on re-runs).
                t0 = self._emit_step(S.REGISTERING)
                existing, principals = await self._cloud(
                    ("CreateThing", self.sv.cloud.create_thing, (thing, thing_type, attributes)),
                    ("ListThingPrincipals", self.sv.cloud.thing_principals, (thing,)))
                self._check_claim(existing)
                active = [i for i in await self._describe(principals) if i.status == "ACTIVE"]
                same_key = [i for i in active if certificate_public_key(i.certificate_pem) == readback.public_key_der]
                self._refuse_foreign(thing, [i for i in active if i not in same_key])
                if same_key and rework.policy == "refuse":
                    raise UnitError(_ALREADY_PROVISIONED(serial=ident.serial, thing=thing,
                                                         certificate=same_key[0].certificate_id[:12]),
                                    step=S.REGISTERING.value, remedy=_ALREADY_PROVISIONED_REMEDY())
                if not same_key:
                    same_key = await self._unattached_leftovers(ident.serial, principals, readback.public_key_der)
                if same_key:
                    cert, retire = same_key[0], same_key[1:]
                    self._finish_step(S.REGISTERING, t0, _DONE_REUSED(certificate=cert.certificate_id[:12]))
                else:
                    cert, key_for_board = await self._new_certificate(driver, thing, readback, csr_capable, hello)
                    self._finish_step(S.REGISTERING, t0, _DONE_NEW_CERT(certificate=cert.certificate_id[:12]))
            else:
                cert, key_for_board, existing = await self._fresh_registration(
                    driver, thing, thing_type, attributes, readback, csr_capable, hello)
                principals = []
                if not existing.created:
                    await self._unless_claimed(existing, cert)
                    # Only a thing that existed can hold certificates: a round more, on re-runs and rework only.
                    (principals,) = await self._cloud(("ListThingPrincipals", self.sv.cloud.thing_principals,
                                                       (thing,)))
                others = [i for i in await self._describe([p for p in principals if p != cert.certificate_arn])
                          if i.status == "ACTIVE"]
                if others and rework.policy == "reprovision":
                    retire = others  # rework: the board got a new key; its old certificate(s) are retired
                elif others and self._earlier_key_of_this_board(traits, rework.policy):
                    retire = others
                    why = _WHY_KEYLESS()
                elif others:
                    await self._refuse_with_new_cert(thing, cert, others, keyless=not traits.reads_public_key)
                # After a crash: certificates of earlier attempts that were never attached belong to keys
                # this board no longer holds (every attempt makes a new one); none may stay ACTIVE.
                if not traits.reads_public_key and isinstance(cert, IssuedCert) \
                        and (note := await self._retire_leftovers_of_old_keys(ident.serial, principals, cert)):
                    notes.append(note)
            self.ids.thing_arn = existing.arn
            self.ids.certificate_id = cert.certificate_id
            self.ids.certificate_arn = cert.certificate_arn
            self.ids.groups = [group]

            t0 = self._emit_step(S.ATTACHING)
            if not existing.created:
                # Our claim, station and batch on the existing thing, before anything is attached to it.
                await self._take_over(thing, thing_type, attributes, existing, cert)
            calls: list[tuple[str, Callable[..., Any], tuple[Any, ...]]] = [
                ("AttachThingPrincipal", self.sv.cloud.attach_principal, (thing, cert.certificate_arn)),
                ("AddThingToThingGroup", self.sv.cloud.add_to_group, (thing, group)),
            ]
            if pf.policy_attach_to == "certificate":
                # 15 TPS, and nothing before verify needs it: it runs beside the round and the write.
                policy = asyncio.create_task(self._attach_policy(pf.policy_name, cert.certificate_arn))
            status = "REVOKED" if rework.old_certificate == "revoked" else "INACTIVE"
            for old in retire:
                # One thing never has two active certificates: the old one is detached and retired.
                calls.append(("DetachThingPrincipal", self.sv.cloud.detach_principal, (thing, old.certificate_arn)))
                calls.append(("UpdateCertificate", self.sv.cloud.deactivate_certificate, (old.certificate_id, status)))
            await self._cloud(*calls)
            retired = ", ".join(f"{o.certificate_id[:12]} ({status})" for o in retire)
            detail = _DONE_GROUP_RETIRED(group=group, retired=retired) if retire else _DONE_GROUP(group=group)
            if retire and why is not None:
                detail = _DONE_BECAUSE(detail=detail, why=why)
            for note in notes:
                detail = _DONE_AND(detail=detail, then=note)
            self._finish_step(S.ATTACHING, t0, detail)

            endpoint = await self.sv.caller.call("DescribeEndpoint", self.sv.cloud.endpoint, on_wait=self._on_wait)
            # Only what the board stores: a modem keeps CA and certificate; its application may have the
            # endpoint and thing name built in (DriverTraits.stores).
            objects: list[tuple[ObjectKind, bytes]] = [(kind, data) for kind, data in (
                (ObjectKind.CERT, cert.certificate_pem.encode("ascii")),
                (ObjectKind.CA, self.sv.cloud.ca_pem()),
                (ObjectKind.ENDPOINT, endpoint.encode("ascii")),
                (ObjectKind.THING, thing.encode("ascii")),
            ) if kind in traits.stores]
            await self._write(driver, objects, readback, key_for_board)
            if policy is not None:
                await self._wait_out(policy)  # the device must hold its policy before it is verified
        finally:
            if key_for_board is not None:
                key_for_board[:] = b"\0" * len(key_for_board)  # fallback key: memory only, cleared after use
            if policy is not None:
                # If the unit failed or was cancelled meanwhile, the call in flight still ends before the unit
                # does (and its answer is read: no task is left pending or unretrieved); the first error stands.
                with contextlib.suppress(Exception):
                    await self._wait_out(policy)

        t0 = self._emit_step(S.VERIFYING)
        final: Readback = await self._board(driver.read_back)
        for kind, data in objects:
            if final.hashes.get(kind) != driver.digest(kind, data):
                raise UnitError(_READBACK_MISMATCH(object=str(kind)), retryable=True, remedy=_STORAGE_FAULTY())
        cert_key = await self._board(certificate_public_key, cert.certificate_pem)
        if traits.reads_public_key:
            if final.public_key_der != cert_key:
                raise UnitError(_KEY_MISMATCH(), remedy=_KEY_MISMATCH_REMEDY())
            self._finish_step(S.VERIFYING, t0, _DONE_KEY_MATCH())
        else:
            # The board cannot report its key: the certificate must carry the key of the CSR it signed in this
            # attempt (signature checked), and the certificate it stores must hash as issued.
            if self._csr_key is None or self._csr_key != cert_key:
                raise UnitError(_NOT_CSR_KEY(), remedy=_NOT_CSR_KEY_REMEDY())
            self._finish_step(S.VERIFYING, t0, _DONE_CSR_KEY_MATCH())
        self.created = []  # registration is complete: from here on nothing is half-created
        until = self.sv.until or pf.jobs.until
        if until == "ready" and self.sv.jobs is not None:
            self.versions = await self._follow(driver, thing, group, self.sv.jobs)
            self.ready = True
        self.machine.move(S.PASSED)
        self.sv.bus.emit(UnitPassed(port=self.port.url, unit=self.number, serial=ident.serial, thing_name=thing,
                                    certificate_id=cert.certificate_id, group=group,
                                    seconds=round(time.monotonic() - self.started, 3),
                                    round_trips=self.round_trips, ready=self.ready, versions=dict(self.versions)))

    async def _follow(self, driver: BoardDriver, thing: str, group: str, source: JobSource) -> dict[str, str]:
        """Reboot into the application firmware, then follow the group's current jobs until all SUCCEEDED."""
        if self.release_slot is not None:
            # Following is mostly waiting: give the provisioning slot to the next board.
            self.release_slot()
        t0 = self._emit_step(S.CONNECTING)
        if driver.traits.reboots:
            await self._board(driver.reboot)  # else its application starts and connects by itself
        return await self._follow_jobs(thing, group, source, t0)

    async def _follow_jobs(self, thing: str, group: str, source: JobSource, t0: float) -> dict[str, str]:
        """In CONNECTING since ``t0``: follow the group's current jobs until all SUCCEEDED (UPDATING)."""
        updating_since: list[float] = []

        def online(job_id: str) -> None:
            self._finish_step(S.CONNECTING, t0, _DONE_ONLINE(job=job_id))
            updating_since.append(self._emit_step(S.UPDATING))

        def progress(note: str, percent: int | None) -> None:
            self.sv.bus.emit(Progress(port=self.port.url, unit=self.number, step=self.state,
                                      done=percent or 0, total=100 if percent is not None else 0, note=note,
                                      note_message=progress_message(self.state, note)))

        cloud = self.sv.cloud
        ops: dict[str, Callable[..., Any]] = {"ListJobExecutionsForThing": cloud.job_executions_for_thing,
                                              "DescribeJobExecution": cloud.describe_job_execution}

        async def call(op: str, *args: Any) -> Any:
            return await self.sv.caller.call(op, ops[op], *args, on_wait=self._on_wait)

        from station.jobs.follow import WithEvents

        jobs = self.sv.profile.jobs
        # The station's one job-event subscriber rides on its job source: events first, a slow safety poll.
        follower = Follower(thing=thing, groups=[group], source=source, call=call, progress=progress,
                            poll_min=jobs.poll_min, poll_max=jobs.poll_max, timeout=jobs.ready_timeout,
                            events=source.events if isinstance(source, WithEvents) else None,
                            safety_poll=jobs.safety_poll)
        versions = await follower.until_ready(online)
        if updating_since:
            reached = ", ".join(f"{k} {v}" for k, v in sorted(versions.items()))
            self._finish_step(S.UPDATING, updating_since[0], _DONE_READY(reached=reached))
        else:
            self._finish_step(S.CONNECTING, t0, _DONE_NO_JOB(group=group))
        return versions

    async def _fresh_registration(self, driver: BoardDriver, thing: str, thing_type: str,
                                  attributes: dict[str, str], readback: Readback, csr_capable: bool,
                                  hello: BoardHello) -> tuple[IssuedCert, bytearray | None, ThingResult]:
        """The fast path: key and CSR on the board, then thing ‖ certificate in one round.

        A thing created now has no principals: ListThingPrincipals (10 TPS) is asked only when
        CreateThing found an existing one (``_provision``), never on a fresh unit's critical path.
        """
        csr = await self._csr_or_none(driver, thing, readback, csr_capable, hello)
        t0 = self._emit_step(S.REGISTERING)
        key: bytearray | None = None
        if csr is not None:
            existing, issued = await self._cloud(
                ("CreateThing", self.sv.cloud.create_thing, (thing, thing_type, attributes)),
                ("CreateCertificateFromCsr", self.sv.cloud.create_certificate_from_csr, (csr,)))
        else:
            existing, (issued, key) = await self._cloud(
                ("CreateThing", self.sv.cloud.create_thing, (thing, thing_type, attributes)),
                ("CreateKeysAndCertificate", self.sv.cloud.create_keys_and_certificate, ()))
        self._finish_step(S.REGISTERING, t0, _DONE_CERT(certificate=issued.certificate_id[:12]))
        return issued, key, existing

    async def _new_certificate(self, driver: BoardDriver, thing: str, readback: Readback, csr_capable: bool,
                               hello: BoardHello) -> tuple[IssuedCert, bytearray | None]:
        """A certificate for a board that has a key but no usable certificate in the cloud (recovery)."""
        if csr_capable:
            t0 = self._emit_step(S.GENERATING_KEY)
            csr_pem = await self._board(driver.generate_csr, thing, new_key=False)
            # Parsing the key and checking the signature costs milliseconds: a worker thread, not the loop.
            self._csr_key = await self._board(check_csr, csr_pem, thing_name=thing,
                                              board_public_key=readback.public_key_der)
            self._finish_step(S.GENERATING_KEY, t0, _DONE_EXISTING_KEY())
            self._emit_step(S.REGISTERING)
            (issued,) = await self._cloud(("CreateCertificateFromCsr",
                                           self.sv.cloud.create_certificate_from_csr, (csr_pem,)))
            return issued, None
        self._require_fallback(hello)
        ((issued, key),) = await self._cloud(("CreateKeysAndCertificate",
                                              self.sv.cloud.create_keys_and_certificate, ()))
        return issued, key

    def _issued(self, thing: str, issued: IssuedCert) -> None:
        self.created.append(f"certificate {issued.certificate_id} (ACTIVE)")
        self.sv.bus.emit(CertificateIssued(port=self.port.url, unit=self.number, thing_name=thing,
                                           certificate_id=issued.certificate_id,
                                           certificate_pem=issued.certificate_pem))

    async def _csr_or_none(self, driver: BoardDriver, thing: str, readback: Readback, csr_capable: bool,
                           hello: BoardHello) -> bytes | None:
        """The board's CSR, or None when the profile's fallback (cloud-generated keys) applies."""
        if csr_capable:
            t0 = self._emit_step(S.GENERATING_KEY)
            # Rework: a board that keeps its key would get a certificate for the same key again.
            new_key = readback.public_key_der is not None and self.sv.profile.rework.policy == "reprovision"
            try:
                csr_pem = await self._board(driver.generate_csr, thing, new_key=new_key,
                                            progress=self._progress_fn(S.GENERATING_KEY, 0, 0, "CSR"))
            except BoardRefused as exc:
                if not driver.traits.key_import:
                    raise  # no fallback exists: the board's own refusal (cause and remedy) is the answer
                if self.sv.profile.cert_mode == "csr":
                    raise UnitError(_CSR_REFUSED(code=exc.code, answer=exc.answer), step=S.GENERATING_KEY.value,
                                    remedy=_CSR_REFUSED_REMEDY()) from exc
                self._require_fallback(hello)
                self._finish_step(S.GENERATING_KEY, t0, _DONE_CLOUD_KEYS())
                return None
            self._csr_key = await self._board(check_csr, csr_pem, thing_name=thing,
                                              board_public_key=None if new_key else readback.public_key_der)
            self._finish_step(S.GENERATING_KEY, t0, _DONE_CSR_REWORK() if new_key else _DONE_CSR())
            return csr_pem
        if self.sv.profile.cert_mode == "csr":
            raise UnitError(_NO_CSR(), step=S.IDENTIFYING.value, remedy=_NO_CSR_REMEDY())
        self._require_fallback(hello)
        return None

    def _require_fallback(self, hello: BoardHello) -> None:
        if Capability.KEY_IMPORT not in hello.capabilities:
            raise UnitError(_NO_KEY_AT_ALL(), step=S.IDENTIFYING.value, remedy=_NO_KEY_AT_ALL_REMEDY())

    async def _unattached_leftovers(self, serial: str, principals: list[str], key: bytes) -> list[CertInfo]:
        """Certificates an interrupted attempt issued for this board's key but never attached (a crash)."""
        if self.sv.resume_hint is None:
            return []
        attached = {certificate_id_from_arn(p) for p in principals}
        hinted = [c for c in self.sv.resume_hint(serial) if c not in attached]
        found = await self._describe([f"cert/{c}" for c in hinted])
        leftovers = [i for i in found if i.status == "ACTIVE" and certificate_public_key(i.certificate_pem) == key]
        if leftovers:
            log.info("unit %d: resuming with certificate %s issued before an interruption", self.number,
                     leftovers[0].certificate_id)
        return leftovers

    async def _describe(self, principals: list[str]) -> list[CertInfo]:
        if not principals:
            return []
        return await self._cloud(*(("DescribeCertificate", self.sv.cloud.describe_certificate,
                                    (certificate_id_from_arn(p),)) for p in principals))

    def _check_claim(self, existing: ThingResult) -> None:
        """Stop if another station claimed this thing moments ago (the same serial on two stations)."""
        if existing.created:
            return
        station, _, since = existing.attributes.get("claim", "").partition("@")
        ttl = self.sv.profile.rework.claim_ttl
        if station and station != self.sv.profile.station_id and since.isdigit():
            age = time.time() - int(since)
            if age < ttl:
                raise UnitError(_OTHER_STATION(station=station, age=f"{age:.0f}"), step=S.REGISTERING.value,
                                remedy=_OTHER_STATION_REMEDY(station=station, ttl=f"{ttl:.0f}"))

    async def _take_over(self, thing: str, thing_type: str, attributes: dict[str, str], existing: ThingResult,
                         cert: CertInfo | IssuedCert) -> None:
        """Claim the existing thing as a compare-and-set on its version (station.pipeline.claim).

        If another station won meanwhile, a certificate issued in this attempt is set INACTIVE
        (it must not stay active, unattached) and the unit stops with that station named.
        """
        async def call(op: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
            (result,) = await self._cloud((op, fn, args))
            return result

        try:
            await take_over(call, self.sv.cloud, thing, thing_type, attributes, existing, self._check_claim,
                            step=S.REGISTERING.value)
        except StationError:
            if isinstance(cert, IssuedCert):
                await self._retire_new(cert)
            raise

    async def _unless_claimed(self, existing: ThingResult, cert: IssuedCert) -> None:
        try:
            self._check_claim(existing)
        except UnitError:
            # Our certificate was made in the same round trip: it must not stay active, unattached.
            await self._retire_new(cert)
            raise

    def _refuse_foreign(self, thing: str, foreign: list[CertInfo]) -> None:
        if foreign:
            ids = ", ".join(i.certificate_id[:12] for i in foreign)
            raise UnitError(_FOREIGN_CERT(thing=thing, ids=ids), step=S.REGISTERING.value,
                            remedy=_FOREIGN_CERT_REMEDY())

    async def _refuse_with_new_cert(self, thing: str, cert: IssuedCert, active: list[CertInfo], *,
                                    keyless: bool = False) -> None:
        # The new certificate must not stay active next to someone else's.
        await self._retire_new(cert)
        if keyless:
            ids = ", ".join(i.certificate_id[:12] for i in active)
            policy = self.sv.profile.rework.policy
            raise UnitError(_KEYLESS_CERT(thing=thing, ids=ids, policy=policy), step=S.REGISTERING.value,
                            remedy=_KEYLESS_CERT_REMEDY())
        self._refuse_foreign(thing, active)

    @staticmethod
    def _earlier_key_of_this_board(traits: DriverTraits, policy: str) -> bool:
        """Active certificates of another key on this thing can only be this board's own earlier ones.

        True when the board cannot report its key (so an earlier attempt's key was replaced by this attempt's)
        and its serial comes from the silicon (an IMEI: no second board reports it). With "refuse" the
        engineer asked to stop at any known serial instead.
        """
        return not traits.reads_public_key and traits.serial_from_silicon and policy == "reuse"

    async def _retire_leftovers_of_old_keys(self, serial: str, principals: list[str],
                                            cert: IssuedCert) -> Message | None:
        """Set INACTIVE the certificates earlier, interrupted attempts issued for this serial and never attached.

        Returns what the attaching step's record says about it (None if there were none).
        """
        if self.sv.resume_hint is None:
            return None
        attached = {certificate_id_from_arn(p) for p in principals}
        hinted = [c for c in self.sv.resume_hint(serial) if c not in attached and c != cert.certificate_id]
        leftovers = [i for i in await self._describe([f"cert/{c}" for c in hinted]) if i.status == "ACTIVE"]
        if not leftovers:
            return None
        await self._cloud(*(("UpdateCertificate", self.sv.cloud.deactivate_certificate, (i.certificate_id,))
                            for i in leftovers))
        ids = ", ".join(i.certificate_id[:12] for i in leftovers)
        log.info("unit %d: set INACTIVE certificate(s) %s of an interrupted attempt", self.number, ids)
        return _DONE_LEFTOVERS(certificates=ids)

    async def _retire_new(self, cert: IssuedCert) -> None:
        """Set a certificate this attempt issued INACTIVE (it is not going to be attached), and say so."""
        await self._cloud(("UpdateCertificate", self.sv.cloud.deactivate_certificate, (cert.certificate_id,)))
        active = f"certificate {cert.certificate_id} (ACTIVE)"
        self.created = [f"certificate {cert.certificate_id} (set INACTIVE, not attached)" if c == active else c
                        for c in self.created]

    @staticmethod
    def _check_readback(driver: BoardDriver, final: Readback, objects: list[tuple[ObjectKind, bytes]]) -> None:
        """Every object written reads back with the hash of what was sent."""
        for kind, data in objects:
            if final.hashes.get(kind) != driver.digest(kind, data):
                raise UnitError(_READBACK_MISMATCH(object=str(kind)), retryable=True, remedy=_STORAGE_FAULTY())

    def _check_signed_key(self, traits: DriverTraits, final: Readback, cert_key: bytes) -> Message:
        """The certificate carries this attempt's CSR key (and the board's own, when it can say); the detail."""
        if self._csr_key is None or self._csr_key != cert_key:
            raise UnitError(_NOT_CSR_KEY(), remedy=_NOT_CSR_KEY_REMEDY())
        if traits.reads_public_key:
            if final.public_key_der != cert_key:
                raise UnitError(_KEY_MISMATCH(), remedy=_KEY_MISMATCH_REMEDY())
            return _DONE_KEY_MATCH()
        return _DONE_CSR_KEY_MATCH()

    async def _write(self, driver: BoardDriver, objects: list[tuple[ObjectKind, bytes]], readback: Readback,
                     key: bytearray | None, key_kind: ObjectKind = ObjectKind.KEY) -> None:
        t0 = self._emit_step(S.WRITING)
        todo = [(k, d) for k, d in objects if readback.hashes.get(k) != driver.digest(k, d)]
        if key is not None:
            todo.insert(0, (key_kind, bytes(key)))
        total = sum(len(d) for _, d in todo)
        offset = 0
        for kind, data in todo:
            stored = await self._board(driver.write_object, kind, data,
                                       progress=self._progress_fn(S.WRITING, offset, total, kind.value))
            # A fallback key is hashed as sent (it is never read back); stored objects as the driver says.
            if stored != (sha256_hex(data) if kind in SECRET_KINDS else driver.digest(kind, data)):
                raise UnitError(_STORED_OTHER(object=str(kind)), retryable=True, remedy=_STORAGE_FAULTY())
            offset += len(data)
        skipped = len(objects) - len([k for k, _ in todo if k not in SECRET_KINDS])
        self._finish_step(S.WRITING, t0, _DONE_WRITTEN_SKIPPED(objects=len(todo), size=total, skipped=skipped)
                          if skipped else _DONE_WRITTEN(objects=len(todo), size=total))

