"""fleet-claim units: the board gets a claim and a template, registers itself, and the station checks the result."""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING

from station.board.driver import BoardDriver, ProvisioningReporter
from station.cloud.adapter import certificate_id_from_arn
from station.cloud.fleet import fleet_parameters
from station.cloud.fleet_refusals import explain_fleet_refusal
from station.domain import BoardIdentity, ObjectKind, ProvisioningStatus, Readback
from station.messages import message
from station.pipeline.events import CertificateIssued, UnitPassed
from station.pipeline.states import UnitState

if TYPE_CHECKING:
    from station.pipeline.unit import Unit

S = UnitState
#: Polling of the rebooted board's own registration (prov-status): from POLL_MIN s, growing to POLL_MAX s.
POLL_MIN, POLL_MAX = 0.5, 3.0

_NO_FLEET = message("fleet-claim.not-supported", "the {driver} driver's boards cannot register themselves with a "
                    "claim certificate, but the profile asks for fleet provisioning by claim "
                    "(certificates.mode = \"fleet-claim\")")
_NO_FLEET_REMEDY = message("remedy.fleet-claim.not-supported", "The line engineer uses certificates.mode = \"csr\" "
                           "or \"factory-ca\" for this line; the board is fine. Nothing was written to it.")
_NO_CLAIMS = message("fleet-claim.no-claims", "the profile's certificates.mode is \"fleet-claim\" but the station "
                     "has no claim source")
_NO_CLAIMS_REMEDY = message("remedy.fleet-claim.no-claims", "Restart the station; if it repeats, report it to the "
                            "station's developers with the log file.")
_NO_ENDPOINT = message("fleet-claim.no-endpoint", "the device endpoint is not known")
_NO_ENDPOINT_REMEDY = message("remedy.fleet-claim.no-endpoint", "The line engineer sets cloud.mqtt_endpoint in the "
                              "profile, or restarts the station once AWS answers.")
_TIMEOUT = message("fleet-claim.register-timeout", "the board did not report its registration within {seconds} s "
                   "(last: {state} at {where})")
_TIMEOUT_REMEDY = message("remedy.fleet-claim.register-timeout", "Check the board's network connection to AWS IoT, "
                          "then retry the unit; the station writes a fresh claim.")
_OTHER_THING = message("fleet-claim.other-thing", "the board registered as thing {reported}, not {thing}")
_OTHER_THING_REMEDY = message("remedy.fleet-claim.other-thing", "Set the board aside for the line engineer: its "
                              "firmware does not register with the parameters the station wrote.")
_NOT_REGISTERED = message("fleet-claim.not-registered", "the board reports it registered, but AWS IoT does not hold "
                          "{what}")
_NOT_REGISTERED_REMEDY = message("remedy.fleet-claim.not-registered", "Retry the unit; if it repeats, set the board "
                                 "aside for the line engineer.")
_WHAT_THING = message("fleet-claim.what-thing", "thing {thing}")
_WHAT_CERT = message("fleet-claim.what-certificate", "certificate {certificate} ACTIVE and attached to {thing}")
_DONE_WRITTEN_CLAIM = message("detail.fleet-claim.claim", "claim certificate {certificate}, template {template}")
_DONE_VERIFIED = message("detail.fleet-claim.verified", "hashes match (the claim key is checked as sent)")
_DONE_REGISTERED = message("detail.fleet-claim.registered", "registered itself: thing {thing}, certificate "
                           "{certificate} ACTIVE")


async def provision(unit: Unit, driver: BoardDriver, ident: BoardIdentity, thing: str, group: str,
                    readback: Readback) -> None:
    """WRITING (claim, template) -> VERIFYING -> CONNECTING (the board registers itself) -> UPDATING -> PASSED."""
    from station.pipeline.unit import UnitError

    sv, pf = unit.sv, unit.sv.profile
    if not driver.traits.fleet_claim or not isinstance(driver, ProvisioningReporter):
        raise UnitError(_NO_FLEET(driver=unit.driver_name), step=S.IDENTIFYING.value, remedy=_NO_FLEET_REMEDY())
    if sv.claim_source is None:
        raise UnitError(_NO_CLAIMS(), step=S.IDENTIFYING.value, remedy=_NO_CLAIMS_REMEDY())
    template = pf.fleet_claim.template
    fleet = json.dumps({"template": template, "parameters": fleet_parameters(pf, ident, thing, group)},
                       sort_keys=True).encode("utf-8")
    endpoint = sv.endpoint
    if not endpoint:
        endpoint = sv.endpoint = await sv.caller.call("DescribeEndpoint", sv.cloud.endpoint, on_wait=unit._on_wait)
    if not endpoint:
        raise UnitError(_NO_ENDPOINT(), step=S.WRITING.value, remedy=_NO_ENDPOINT_REMEDY())
    # The claim lives 5 minutes: taken now (the source keeps one and renews it), its key a copy of our own.
    claim = await sv.caller.call("CreateProvisioningClaim", sv.claim_source.current, on_wait=unit._on_wait)
    try:
        objects: list[tuple[ObjectKind, bytes]] = [
            (ObjectKind.CA, sv.cloud.ca_pem()),
            (ObjectKind.ENDPOINT, endpoint.encode("ascii")),
            (ObjectKind.CLAIM_CERT, claim.certificate_pem.encode("ascii")),
            (ObjectKind.FLEET, fleet),
        ]
        await unit._write(driver, objects, readback, claim.private_key_pem, key_kind=ObjectKind.CLAIM_KEY)
    finally:
        claim.private_key_pem[:] = bytes(len(claim.private_key_pem))  # memory only, cleared after the write

    t0 = unit._emit_step(S.VERIFYING)
    final: Readback = await unit._board(driver.read_back)
    unit._check_readback(driver, final, objects)
    unit._finish_step(S.VERIFYING, t0, _DONE_VERIFIED())
    unit.created = []

    if unit.release_slot is not None:
        unit.release_slot()  # the board's own registration is mostly waiting: the slot goes to the next board
    t0 = unit._emit_step(S.CONNECTING)
    if driver.traits.reboots:
        await unit._board(driver.reboot)
    status = await _await_status(unit, driver)
    if status.thing_name and status.thing_name != thing:
        raise UnitError(_OTHER_THING(reported=status.thing_name, thing=thing), step=S.CONNECTING.value,
                        remedy=_OTHER_THING_REMEDY())
    pem = await _check_registered(unit, thing, status.certificate_id)
    certificate = status.certificate_id
    unit.ids.certificate_id = certificate
    # The certificate AWS issued to the board (public): the records keep it, as they do in the other modes.
    sv.bus.emit(CertificateIssued(port=unit.port.url, unit=unit.number, thing_name=thing, certificate_id=certificate,
                                  certificate_pem=pem))
    until = sv.until or pf.jobs.until
    if until == "ready" and sv.jobs is not None:
        unit.versions = await unit._follow_jobs(thing, group, sv.jobs, t0)
        unit.ready = True
    else:
        unit._finish_step(S.CONNECTING, t0, _DONE_REGISTERED(thing=thing, certificate=certificate[:12]))
    unit.machine.move(S.PASSED)
    sv.bus.emit(UnitPassed(port=unit.port.url, unit=unit.number, serial=ident.serial, thing_name=thing,
                           certificate_id=certificate, group=group,
                           seconds=round(time.monotonic() - unit.started, 3), round_trips=unit.round_trips,
                           ready=unit.ready, versions=dict(unit.versions)))


async def _await_status(unit: Unit, driver: BoardDriver) -> ProvisioningStatus:
    """Poll the board's prov-status until it registered (returned) or was refused (named cause and remedy)."""
    from station.pipeline.unit import UnitError

    assert isinstance(driver, ProvisioningReporter)
    timeout = unit.sv.profile.fleet_claim.register_timeout
    template = unit.sv.profile.fleet_claim.template
    deadline = time.monotonic() + timeout
    delay = POLL_MIN
    status = ProvisioningStatus(state="idle")
    while True:
        status = await unit._board(driver.provisioning_status)
        if status.state == "registered":
            return status
        if status.state == "refused":
            refusal = explain_fleet_refusal(status, template)
            refusal.step = refusal.step or S.CONNECTING.value
            raise refusal
        if time.monotonic() + delay > deadline:
            raise UnitError(_TIMEOUT(seconds=f"{timeout:.0f}", state=status.state, where=status.step or "-"),
                            step=S.CONNECTING.value, remedy=_TIMEOUT_REMEDY())
        await asyncio.sleep(delay)
        delay = min(delay * 1.5, POLL_MAX)


async def _check_registered(unit: Unit, thing: str, certificate: str) -> str:
    """What the board says is board data: AWS must hold the thing and the certificate, ACTIVE and attached.

    Returns the certificate's PEM as AWS holds it.
    """
    from station.pipeline.unit import UnitError

    cloud = unit.sv.cloud
    described, info, principals = await unit._cloud(
        ("DescribeThing", cloud.describe_thing, (thing,)),
        ("DescribeCertificate", cloud.describe_certificate, (certificate,)),
        ("ListThingPrincipals", cloud.thing_principals, (thing,)))
    if described is None:
        raise UnitError(_NOT_REGISTERED(what=_WHAT_THING(thing=thing)), step=S.CONNECTING.value,
                        remedy=_NOT_REGISTERED_REMEDY())
    attached = {certificate_id_from_arn(p) for p in principals}
    if info.status != "ACTIVE" or certificate not in attached:
        raise UnitError(_NOT_REGISTERED(what=_WHAT_CERT(certificate=certificate[:12], thing=thing)),
                        step=S.CONNECTING.value, remedy=_NOT_REGISTERED_REMEDY())
    unit.ids.thing_arn = str(described.get("thingArn", ""))
    unit.ids.certificate_arn = info.certificate_arn
    return str(info.certificate_pem)
