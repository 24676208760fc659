"""Reference device agent: a board's application firmware running firmware/config jobs over AWS IoT Jobs (MQTT, mTLS).

How it works (one worker thread per agent; awscrt callbacks only record and wake):

* Power-up: the board boots its firmware (``Firmware.boot()``: a pending image is
  applied or rolled back), then the worker connects (MQTT 3.1.1, mTLS, client id
  = thing name, clean session), subscribes to its own jobs topics and publishes
  start-next. start-next hands out the IN_PROGRESS execution first, then the
  oldest QUEUED one; the agent runs exactly one job at a time and asks again
  after each job and on every notify-next.
* ``install``: model and version checks (REJECTED: not retryable), download with
  progress (statusDetails step=download, percent), size + sha256 (FAILED on
  mismatch), stage into the inactive slot with a reboot breadcrumb, report
  step=rebooting, disconnect and reboot *without* reporting completion. After the
  reboot start-next returns the same IN_PROGRESS job; the breadcrumb says whether
  the new image came up (SUCCEEDED, version=new) or was rolled back (FAILED).
* ``config-download``: download, verify, validate (JSON object, and
  resources/config-schema.json when present), apply; ``config-upload``: PUT the
  configuration bytes to the pre-signed URL.
* A download answered 400/403 (pre-signed URL expired or damaged) re-reads the
  document with ``{jobId}/get`` (IoT Jobs re-signs the URL on every delivery)
  and retries once.
* An update rejected with VersionMismatch re-reads the execution and retries; one
  rejected as InvalidStateTransition/TerminalStateReached/ResourceNotFound means
  the job was canceled or timed out meanwhile: the agent drops it (and its
  breadcrumb) and takes the next one. RequestThrottled and InternalError (any
  Jobs request) are asked again after a growing, jittered pause; the job is kept.
* Documents and download hosts are untrusted (station.virtual.agent_download):
  a URL must be https (plain http only to 127.0.0.1, ::1 or localhost, the
  embedded cloud), well formed (anything else: REJECTED, never an agent crash);
  redirects are followed only on the same scheme, host and port; a download
  stops at min(announced size, MAX_DOWNLOAD) and a document announcing more
  than MAX_DOWNLOAD is REJECTED before a byte is fetched.

Every statusDetails value is a non-empty string of at most 1024 characters without
control, bidi or other invisible characters (IoT Jobs' ``[^\\p{C}]+``);
``trail`` lists the steps done so far (received, download, verify, install,
rebooting, booted, apply, upload, done) so a station polling late still sees them.

Standalone, against real AWS IoT (key read from the file you give; nothing is written but --state-dir;
its log goes through station.logs' redaction, since documents carry pre-signed URLs)::

    python -m station.virtual.agent --cert c.pem --key k.pem --ca AmazonRootCA1.pem \\
        --endpoint xxxx-ats.iot.eu-west-1.amazonaws.com:8883 --thing sensor-a-SN1 --model sensor-a
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import hashlib
import json
import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.domain import ObjectKind
from station.jobs.documents import (
    DETAIL_PERCENT,
    DETAIL_REASON,
    DETAIL_STEP,
    DETAIL_TRAIL,
    DETAIL_VERSION,
    MAX_DETAIL,
    DocumentError,
    JobDocument,
    is_downgrade,
    parse_document,
)
from station.virtual.agent_download import DownloadError, UrlError, check_url, open_url, printable, read_chunk
from station.virtual.agent_provisioning import AgentInterrupt, ClaimRegistration, ProvisioningRefused, StatusReporter
from station.virtual.board import VirtualBoard
from station.virtual.firmware import Breadcrumb

log = logging.getLogger("station.virtual.agent")

#: How long the agent waits for the answer to one Jobs request before it starts a new session.
RESPONSE_TIMEOUT = 10.0
#: Largest image or configuration the agent accepts, whatever size the document announces.
MAX_DOWNLOAD = 64 * 1024 * 1024
_CHUNK = 16 * 1024
_PROGRESS_STEP = 25  # percent between download progress reports
_HTTP_TIMEOUT = 15.0
_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)  # connect retries; reset after a good session
_JOB_GONE_CODES = ("InvalidStateTransition", "TerminalStateReached", "ResourceNotFound")
#: Jobs rejections that say "not now" (AWS's throttle, a service hiccup): ask again after a pause.
_TRANSIENT_CODES = ("RequestThrottled", "InternalError")
_JOBS_BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)  # before each re-ask; then a fresh session


@dataclass(frozen=True)
class AgentEvent:
    """Something the agent did; kept in ``DeviceAgent.events`` and passed to ``on_event``.

    kind: connected, idle (subscribed, no job pending), disconnected, interrupted, resumed, job,
    report, rejected-update, retry (a transient Jobs rejection, asked again), refetch, job-gone,
    rebooting, booted, error, connect-failed; first connect (agent_provisioning): registering,
    registered, refused.
    """

    kind: str
    job_id: str = ""
    status: str = ""  # the execution status reported (kind "report")
    details: dict[str, str] = field(default_factory=dict)
    message: str = ""
    at: float = field(default_factory=time.time)


class _Interrupt(AgentInterrupt):
    """Ends the current session; the worker loop decides what comes next."""


class _Stopping(_Interrupt):
    pass


class _Reset(_Interrupt):
    """The MCU was reset (serial ``reboot``): the firmware already booted, start over."""


class _Offline(_Interrupt):
    pass


class _Reboot(_Interrupt):
    """The agent reboots the board itself (after staging an image)."""


class _NoAnswer(_Interrupt):
    """A Jobs request got no answer in time (connection trouble): start a fresh session."""


class _ConnectFailed(_Interrupt):
    pass


class _JobGone(Exception):
    """The execution is no longer ours to update (canceled, timed out, removed)."""


class _UrlRefused(Exception):
    """S3 answered 400/403: the pre-signed URL is expired or its signature is bad."""


class _JobFailed(Exception):
    """Report FAILED (retryable problem: corrupt download, network)."""


class _JobRejected(Exception):
    """Report REJECTED (the device will never run this document)."""


@dataclass
class _Job:
    job_id: str
    version: int  # expectedVersion for the next update
    trail: list[str]
    document: Any


@dataclass
class _Waiter:
    event: threading.Event = field(default_factory=threading.Event)
    accepted: bool = False
    payload: Any = None


def _clip(value: str) -> str:
    """A statusDetails value IoT Jobs accepts and a station can show: no control characters, <= 1024."""
    value = printable(value).strip()
    return value if len(value) <= MAX_DETAIL else value[:MAX_DETAIL - 1] + "…"


def damage_signature(url: str) -> str:
    """The URL with its X-Amz-Signature altered (the ``stale-url`` fault); unchanged if it has none."""
    match = re.search(r"([?&]X-Amz-Signature=)([0-9a-f]+)", url)
    if match is None:
        return url
    sig = match.group(2)
    bad = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    return url[:match.start(2)] + bad + url[match.end(2):]


class DeviceAgent:
    """The application firmware of one board: runs its jobs until stopped.

    ``start()`` spawns the worker (idempotent), ``stop()`` disconnects and joins
    it, ``reset()`` (the serial ``reboot`` command) makes it drop its session and
    start over. ``events`` lists what it did, for tests and the demo.
    """

    def __init__(self, board: VirtualBoard, *, on_event: Callable[[AgentEvent], None] | None = None,
                 response_timeout: float = RESPONSE_TIMEOUT) -> None:
        self.board = board
        self.on_event = on_event
        self.response_timeout = response_timeout
        #: Largest download accepted; a document announcing more is REJECTED (tests lower it).
        self.max_download = MAX_DOWNLOAD
        self.events: list[AgentEvent] = []
        self._events_changed = threading.Condition()
        self.connected = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()  # something for the worker: notify-next, resumed, reset, knobs
        self._flags_lock = threading.Lock()
        self._reset_requested = False
        self._want_next = False
        self._resubscribe = False
        self._waiters: dict[str, _Waiter] = {}
        self._connection: Any = None
        self._jobs: Any = None
        self._thing = ""
        self._attempt = 0  # failed sessions in a row, for the reconnect backoff

    # -- public ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self.board.faults.add_listener(self._knobs_changed)
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"agent-{self.board.identity.serial}")
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Disconnect and end the worker (power off); idempotent."""
        self._stop.set()
        self._interrupt_waits()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("%s: agent did not stop within %.0f s", self.board.identity.serial, timeout)
        self.board.faults.remove_listener(self._knobs_changed)

    def reset(self) -> None:
        """The MCU was reset while the agent ran: drop the session and reconnect (the board booted already)."""
        with self._flags_lock:
            self._reset_requested = True
        self._interrupt_waits()

    def wait_for(self, predicate: Callable[[AgentEvent], bool], timeout: float) -> AgentEvent | None:
        """First event (past or future) matching predicate, or None after timeout; for tests and the demo."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self._events_changed:
            while True:
                events = list(self.events)
                for event in events[seen:]:
                    if predicate(event):
                        return event
                seen = len(events)
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._events_changed.wait(left)  # _emit notifies

    # -- worker -------------------------------------------------------------------------------

    def _emit(self, kind: str, job_id: str = "", status: str = "", details: dict[str, str] | None = None,
              message: str = "") -> None:
        event = AgentEvent(kind, job_id, status, dict(details or {}), message)
        with self._events_changed:
            self.events.append(event)
            self._events_changed.notify_all()
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # a listener's bug must not kill the firmware
                log.exception("agent event listener failed")

    def _knobs_changed(self) -> None:
        self._interrupt_waits()

    def _interrupt_waits(self) -> None:
        self._wake.set()
        for waiter in list(self._waiters.values()):
            waiter.event.set()

    def _check(self) -> None:
        """Raise the interrupt that applies now, if any (called between every step of a job)."""
        if self._stop.is_set():
            raise _Stopping()
        with self._flags_lock:
            reset, self._reset_requested = self._reset_requested, False
        if reset:
            raise _Reset()
        if self.board.faults.offline:
            raise _Offline()

    def _run(self) -> None:
        serial = self.board.identity.serial
        try:
            while not self._stop.is_set():
                if self.board.faults.offline:
                    self._wake.clear()
                    if self.board.faults.offline:
                        self._wake.wait()
                    continue
                try:
                    self._session()
                except _Stopping:
                    break
                except _Reboot:
                    self._disconnect()
                    self._emit("rebooting")
                    # The MCU is down for reboot_time; a power cut (stop) during it ends everything.
                    if self._stop.wait(self.board.reboot_time):
                        break
                    result = self.board.boot_firmware()
                    self._emit("booted", details={"version": result.version},
                               message="rolled back" if result.rolled_back else "")
                except _Reset:
                    self._disconnect()
                    self._emit("booted", details={"version": self.board.firmware.running_version},
                               message="reset")
                except ProvisioningRefused:
                    # Kept as the board's status until it reboots: no retry loop hides a refusal.
                    self._disconnect()
                    self._wait_for_reset()
                except _Offline:
                    self._disconnect()
                except (_NoAnswer, _ConnectFailed, Exception) as exc:
                    if not isinstance(exc, _Interrupt):  # a bug: say so loudly, but keep the firmware alive
                        log.exception("%s: device agent error", serial)
                        self._emit("error", message=f"{type(exc).__name__}: {exc}")
                    self._disconnect()
                    delay = _BACKOFF[min(self._attempt, len(_BACKOFF) - 1)]
                    self._attempt += 1
                    log.info("%s: %s; retrying in %.0f s", serial, exc, delay)
                    self._wake.clear()
                    self._wake.wait(delay)
                with self._flags_lock:
                    self._reset_requested = False  # a reset while down is just the boot we did
        except Exception as exc:  # never let a bug pass silently; the board itself stays up
            log.exception("%s: device agent crashed", serial)
            self._emit("error", message=f"agent crashed: {exc}")
        finally:
            self._disconnect()

    def _wait_for_reset(self) -> None:
        """After a refused registration: idle until the board reboots (serial ``reboot``) or loses power."""
        while not self._stop.is_set():
            self._wake.clear()
            with self._flags_lock:
                if self._reset_requested:
                    return
            self._wake.wait()

    def _session(self) -> None:
        self._check()
        status = StatusReporter(self.board)
        if not self.board.has_device_credentials and self.board.has_claim:
            ClaimRegistration(self.board, status, check=self._check, pause=self._pause,
                              timeout=self.response_timeout, emit=self._emit).run()
        status.connecting_as_thing()
        try:
            self._connect()
        except _ConnectFailed as exc:
            status.connecting_as_thing(str(exc))  # JITP closes the first connect: the backoff retries
            self._emit("connect-failed", message=str(exc))
            raise
        status.registered()
        self._want_next = True
        while True:
            self._check()
            if self._take_resubscribe():
                # A clean session came back without our subscriptions: subscribe again and re-ask.
                self._resubscribe_all()
                self._want_next = True
            if self._want_next:
                self._want_next = False
                execution = self._start_next()
                if execution is not None:
                    self._run_job(execution)
                    self._want_next = True  # the terminal update queued the next one (or none)
                else:
                    self._orphaned_breadcrumb(None)
                    self._emit("idle")
                continue
            self._wake.wait()
            self._wake.clear()

    # -- MQTT -----------------------------------------------------------------------------------

    def _connect(self) -> None:
        from awsiot import iotjobs, mqtt_connection_builder

        board = self.board
        stored = {k: board.stored(k) for k in (ObjectKind.CERT, ObjectKind.CA, ObjectKind.ENDPOINT,
                                               ObjectKind.THING)}
        if not all(stored.values()):
            raise _ConnectFailed("the board is not provisioned")
        endpoint = (stored[ObjectKind.ENDPOINT] or b"").decode()
        host, _, port = endpoint.rpartition(":")
        if not port.isdigit():
            host, port = endpoint, "8883"
        self._thing = (stored[ObjectKind.THING] or b"").decode()
        try:
            key = board.private_key_pem()  # in memory only, as on the board
        except LookupError as exc:
            raise _ConnectFailed(str(exc)) from None
        connection = mqtt_connection_builder.mtls_from_bytes(
            endpoint=host, port=int(port), cert_bytes=stored[ObjectKind.CERT], pri_key_bytes=key,
            ca_bytes=stored[ObjectKind.CA], client_id=self._thing, clean_session=True, keep_alive_secs=30,
            reconnect_min_timeout_secs=1, reconnect_max_timeout_secs=30,
            on_connection_interrupted=self._on_interrupted, on_connection_resumed=self._on_resumed)
        self._connection = connection
        self._jobs = iotjobs.IotJobsClient(connection)
        try:
            self._wait_future(connection.connect(), "connect")
        except _NoAnswer as exc:
            raise _ConnectFailed(f"connect to {endpoint} as {self._thing}: no answer") from exc
        except _Interrupt:
            raise
        except Exception as exc:
            raise _ConnectFailed(f"connect to {endpoint} as {self._thing} failed: {exc}") from None
        self.connected = True
        self._attempt = 0  # the backoff starts over after every good connection
        self._emit("connected", message=endpoint)
        self._subscribe_all()

    def _subscribe_all(self) -> None:
        from awscrt import mqtt
        from awsiot import iotjobs

        jobs, thing, qos = self._jobs, self._thing, mqtt.QoS.AT_LEAST_ONCE
        # "+" stands for every job id: one subscription instead of one per job and no
        # subscribe-before-publish race. The device policy's jobs/* covers the filter.
        any_job = "+"
        subs = [
            jobs.subscribe_to_next_job_execution_changed_events(
                iotjobs.NextJobExecutionChangedSubscriptionRequest(thing_name=thing), qos, self._on_notify_next),
            jobs.subscribe_to_start_next_pending_job_execution_accepted(
                iotjobs.StartNextPendingJobExecutionSubscriptionRequest(thing_name=thing), qos,
                self._answer(True)),
            jobs.subscribe_to_start_next_pending_job_execution_rejected(
                iotjobs.StartNextPendingJobExecutionSubscriptionRequest(thing_name=thing), qos,
                self._answer(False)),
            jobs.subscribe_to_update_job_execution_accepted(
                iotjobs.UpdateJobExecutionSubscriptionRequest(thing_name=thing, job_id=any_job), qos,
                self._answer(True)),
            jobs.subscribe_to_update_job_execution_rejected(
                iotjobs.UpdateJobExecutionSubscriptionRequest(thing_name=thing, job_id=any_job), qos,
                self._answer(False)),
            jobs.subscribe_to_describe_job_execution_accepted(
                iotjobs.DescribeJobExecutionSubscriptionRequest(thing_name=thing, job_id=any_job), qos,
                self._answer(True)),
            jobs.subscribe_to_describe_job_execution_rejected(
                iotjobs.DescribeJobExecutionSubscriptionRequest(thing_name=thing, job_id=any_job), qos,
                self._answer(False)),
        ]
        for future, topic in subs:
            try:
                result = self._wait_future(future, f"subscribe {topic}")
            except _Interrupt:
                raise
            except Exception as exc:
                raise _ConnectFailed(f"subscribe to {topic} failed: {exc}") from None
            if result is None:  # SUBACK 0x80: the policy refused the topic filter
                raise _ConnectFailed(f"subscribe to {topic} refused")

    def _resubscribe_all(self) -> None:
        """Re-establish every subscription the client holds (one SUBSCRIBE) after a session was lost."""
        connection = self._connection
        future, _packet = connection.resubscribe_existing_topics()
        if future is None:  # nothing held (cannot happen after _subscribe_all): subscribe from scratch
            self._subscribe_all()
            return
        try:
            result = self._wait_future(future, "resubscribe")
        except _Interrupt:
            raise
        except Exception as exc:
            raise _ConnectFailed(f"resubscribe failed: {exc}") from None
        refused = [topic for topic, qos in (result or {}).get("topics", []) if qos is None]
        if refused:
            raise _ConnectFailed(f"resubscribe refused for {', '.join(refused)}")

    def _wait_future(self, future: concurrent.futures.Future[Any], what: str) -> Any:
        """Wait for an awscrt future, interruptible by stop/reset; _NoAnswer after response_timeout."""
        deadline = time.monotonic() + self.response_timeout
        while True:
            self._check()
            left = deadline - time.monotonic()
            if left <= 0:
                raise _NoAnswer(f"{what}: no answer in {self.response_timeout:.0f} s")
            # Short slices only so a stop during connect is honoured quickly (awscrt futures
            # cannot be woken from here); the wait itself sleeps.
            done, _ = concurrent.futures.wait([future], timeout=min(left, 0.25))
            if done:
                return future.result()

    def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        self._jobs = None
        was = self.connected
        self.connected = False
        if connection is not None:
            # Already closed by the broker (refused connect, broker gone): nothing to release.
            with contextlib.suppress(Exception):
                connection.disconnect().result(5)
        if was:
            self._emit("disconnected")

    def _on_interrupted(self, connection: Any, error: Any, **_kwargs: Any) -> None:
        self.connected = False
        self._emit("interrupted", message=str(error))

    def _on_resumed(self, connection: Any, return_code: Any, session_present: bool, **_kwargs: Any) -> None:
        self.connected = True
        self._emit("resumed", message=f"session_present={session_present}")
        if not session_present:
            with self._flags_lock:
                self._resubscribe = True
        self._interrupt_waits()

    def _on_notify_next(self, event: Any) -> None:
        if getattr(event, "execution", None) is not None:
            self._want_next = True
            self._wake.set()

    def _answer(self, accepted: bool) -> Callable[[Any], None]:
        def deliver(response: Any) -> None:
            token = getattr(response, "client_token", None)
            waiter = self._waiters.get(token) if token else None
            if waiter is None:
                if not accepted:
                    log.info("%s: unsolicited rejection: %s %s", self._thing,
                             getattr(response, "code", ""), getattr(response, "message", ""))
                return
            waiter.accepted, waiter.payload = accepted, response
            waiter.event.set()
        return deliver

    def _request(self, publish: Callable[[str], concurrent.futures.Future[Any]], what: str) -> _Waiter:
        """Publish a Jobs request and wait for its answer, asking again after a transient rejection.

        RequestThrottled and InternalError mean "not now", not "no": the request is repeated after a
        growing, jittered pause (the job is kept); if they persist, _NoAnswer starts a fresh session.
        """
        for delay in (*_JOBS_BACKOFF, None):
            waiter = self._ask(publish, what)
            code = "" if waiter.accepted else str(getattr(waiter.payload, "code", "") or "")
            if code not in _TRANSIENT_CODES:
                return waiter
            message = f"{code}: {getattr(waiter.payload, 'message', '') or ''}"
            if delay is None:
                raise _NoAnswer(f"{what}: still refused after {len(_JOBS_BACKOFF)} retries ({message})")
            pause = delay * random.uniform(0.5, 1.0)  # jitter: a line of boards must not retry in step
            log.info("%s: %s refused (%s); asking again in %.1f s", self._thing, what, message, pause)
            self._emit("retry", message=f"{what}: {message}")
            self._pause(pause)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _pause(self, seconds: float) -> None:
        """Wait, but give way at once to stop, reset or going offline."""
        deadline = time.monotonic() + seconds
        while True:
            self._wake.clear()  # the flags behind a wake-up stay set: _check and the session loop read them
            self._check()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(left)

    def _ask(self, publish: Callable[[str], concurrent.futures.Future[Any]], what: str) -> _Waiter:
        """Publish a Jobs request with a fresh clientToken and wait for its accepted/rejected answer."""
        while True:
            token = uuid.uuid4().hex
            waiter = _Waiter()
            self._waiters[token] = waiter
            try:
                publish(token)
                deadline = time.monotonic() + self.response_timeout
                while True:
                    self._check()
                    if self._take_resubscribe():
                        break
                    if waiter.payload is not None:  # set before the event, so never half-delivered
                        return waiter
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise _NoAnswer(f"{what}: no answer in {self.response_timeout:.0f} s")
                    waiter.event.wait(left)
                    waiter.event.clear()  # woken by an answer or an interrupt: the checks above tell
            finally:
                self._waiters.pop(token, None)
            # The connection came back as a new session while we waited: the answer went to the old
            # one. Subscribe again and ask again (an update applied twice ends in VersionMismatch,
            # which _report resolves by re-reading the execution).
            self._resubscribe_all()

    def _take_resubscribe(self) -> bool:
        with self._flags_lock:
            flag, self._resubscribe = self._resubscribe, False
        return flag

    def _start_next(self) -> Any:
        from awscrt import mqtt
        from awsiot import iotjobs

        details = {DETAIL_STEP: "received", DETAIL_TRAIL: "received"}
        jobs, thing = self._jobs, self._thing
        waiter = self._request(lambda token: jobs.publish_start_next_pending_job_execution(
            iotjobs.StartNextPendingJobExecutionRequest(thing_name=thing, client_token=token,
                                                        status_details=details),
            mqtt.QoS.AT_LEAST_ONCE), "start-next")
        if not waiter.accepted:
            raise _NoAnswer(f"start-next rejected: {waiter.payload.code} {waiter.payload.message}")
        return waiter.payload.execution

    def _describe(self, job: _Job, *, document: bool) -> Any:
        """Re-read an execution (version, status, freshly signed document); _JobGone if it is over."""
        from awscrt import mqtt
        from awsiot import iotjobs

        jobs, thing = self._jobs, self._thing
        waiter = self._request(lambda token: jobs.publish_describe_job_execution(
            iotjobs.DescribeJobExecutionRequest(thing_name=thing, job_id=job.job_id, client_token=token,
                                                include_job_document=document),
            mqtt.QoS.AT_LEAST_ONCE), f"describe {job.job_id}")
        if not waiter.accepted:
            raise _JobGone(f"{waiter.payload.code}: {waiter.payload.message}")
        execution = waiter.payload.execution
        if execution is None or execution.status not in ("QUEUED", "IN_PROGRESS"):
            raise _JobGone(f"execution is {getattr(execution, 'status', 'gone')}")
        job.version = execution.version_number
        return execution

    def _report(self, job: _Job, status: str, step: str, **extra: str) -> None:
        """UpdateJobExecution with expectedVersion; on VersionMismatch re-read and retry, else _JobGone."""
        from awscrt import mqtt
        from awsiot import iotjobs

        if step not in job.trail:
            job.trail.append(step)
        trail = ",".join(job.trail)
        while len(trail) > MAX_DETAIL:  # keep the latest steps
            trail = trail.split(",", 1)[1]
        details = {DETAIL_STEP: step, DETAIL_TRAIL: trail, **extra}
        # IoT Jobs refuses empty values; every value at most 1024 characters.
        details = {k: _clip(v) for k, v in details.items() if v}
        jobs, thing = self._jobs, self._thing
        for _attempt in range(3):
            version = job.version
            request = iotjobs.UpdateJobExecutionRequest(
                thing_name=thing, job_id=job.job_id, status=status, status_details=details,
                expected_version=version, include_job_execution_state=True)

            def publish(token: str, request: Any = request) -> concurrent.futures.Future[Any]:
                request.client_token = token
                future: concurrent.futures.Future[Any] = jobs.publish_update_job_execution(
                    request, mqtt.QoS.AT_LEAST_ONCE)
                return future

            waiter = self._request(publish, f"update {job.job_id}")
            if waiter.accepted:
                state = waiter.payload.execution_state
                job.version = state.version_number if state is not None and state.version_number else version + 1
                self._emit("report", job.job_id, status, details)
                return
            code, message = waiter.payload.code, waiter.payload.message
            self._emit("rejected-update", job.job_id, status, details, f"{code}: {message}")
            if code == "VersionMismatch":
                # Someone else (or our own lost answer) moved the execution on: re-read and go on.
                self._describe(job, document=False)
                continue
            if code in _JOB_GONE_CODES:
                raise _JobGone(f"{code}: {message}")
            raise _JobGone(f"update refused: {code}: {message}")
        raise _JobGone("the execution's version kept changing")

    # -- jobs -------------------------------------------------------------------------------------

    def _orphaned_breadcrumb(self, current_job: str | None) -> None:
        crumb = self.board.firmware.breadcrumb
        if crumb is not None and crumb.job_id != current_job:
            # Its job was canceled or timed out while the board rebooted: nobody waits for the report.
            log.info("%s: job %s is no longer pending; dropping its breadcrumb", self._thing, crumb.job_id)
            self._emit("job-gone", crumb.job_id, message="no longer pending after reboot")
            self.board.firmware.clear_breadcrumb(crumb.job_id)

    def _run_job(self, execution: Any) -> None:
        details = execution.status_details or {}
        trail = [s for s in str(details.get(DETAIL_TRAIL, "")).split(",") if s]
        job = _Job(execution.job_id, execution.version_number or 0, trail or ["received"], execution.job_document)
        self._emit("job", job.job_id, message=json.dumps(job.document)[:200])
        self._orphaned_breadcrumb(job.job_id)
        crumb = self.board.firmware.breadcrumb
        try:
            if crumb is not None and crumb.booted:
                self._finish_install(job, crumb)
                return
            if crumb is not None:
                raise _Reboot()  # staged, but the reboot never happened (reset or power cut before it)
            doc = _checked_document(job.document if job.document is not None else {})
            if doc.operation == "install":
                self._install(job, doc)
            elif doc.operation == "config-download":
                self._config_download(job, doc)
            else:
                self._config_upload(job, doc)
        except _JobRejected as exc:
            self._final(job, "REJECTED", reason=str(exc))
        except _JobFailed as exc:
            self._final(job, "FAILED", reason=str(exc))
        except _JobGone as exc:
            log.info("%s: job %s is over (%s); taking the next one", self._thing, job.job_id, exc)
            self.board.firmware.abandon(job.job_id)
            self._emit("job-gone", job.job_id, message=str(exc))

    def _final(self, job: _Job, status: str, **extra: str) -> None:
        try:
            self._report(job, status, "done", **extra)
        except _JobGone as exc:
            log.info("%s: final report of %s refused (%s)", self._thing, job.job_id, exc)
            self._emit("job-gone", job.job_id, message=str(exc))

    def _install(self, job: _Job, doc: JobDocument) -> None:
        board, firmware = self.board, self.board.firmware
        running = firmware.running_version
        if doc.model and board.identity.model and doc.model != board.identity.model:
            raise _JobRejected(f"image is for model {doc.model}, this board is a {board.identity.model}")
        if is_downgrade(running, doc.version, doc.versioning) and not doc.forced:
            raise _JobRejected(f"{doc.version} would downgrade the running {running}; "
                               "a downgrade needs forced=true")
        if doc.version == running and not doc.forced:
            # Continuous jobs reach boards built with the same version: nothing to do, no reboot.
            self._final(job, "SUCCEEDED", **{DETAIL_VERSION: running, DETAIL_REASON: "already running"})
            return
        self._fetch_verified(job, doc, "image")
        self._report(job, "IN_PROGRESS", "install")
        firmware.stage(job.job_id, doc.version, trail=",".join(job.trail),
                       fails_to_boot=board.faults.take_boot_fail())
        try:
            self._report(job, "IN_PROGRESS", "rebooting", **{DETAIL_VERSION: running})
        except _JobGone:
            firmware.abandon(job.job_id)  # nobody wants this image any more: do not boot it
            raise
        raise _Reboot()

    def _finish_install(self, job: _Job, crumb: Breadcrumb) -> None:
        for step in [s for s in crumb.trail.split(",") if s]:
            if step not in job.trail:
                job.trail.append(step)
        job.trail.append("booted")
        try:
            if crumb.rolled_back:
                self._final(job, "FAILED", **{
                    DETAIL_VERSION: crumb.from_version,
                    DETAIL_REASON: f"new image {crumb.to_version} failed to boot; rolled back to {crumb.from_version}"})
            else:
                self._final(job, "SUCCEEDED", **{DETAIL_VERSION: crumb.to_version})
        finally:
            self.board.firmware.clear_breadcrumb(job.job_id)

    def _config_download(self, job: _Job, doc: JobDocument) -> None:
        raw = self._fetch_verified(job, doc, "configuration")
        self._report(job, "IN_PROGRESS", "apply")
        parsed = validate_config(raw)
        self.board.firmware.apply_config(raw, parsed, doc.version)
        self._final(job, "SUCCEEDED", **{DETAIL_VERSION: doc.version})

    def _config_upload(self, job: _Job, doc: JobDocument) -> None:
        body = self.board.firmware.config_bytes
        self._report(job, "IN_PROGRESS", "upload")
        try:
            with open_url(doc.url, data=body, method="PUT", headers={"Content-Type": "application/json"},
                          timeout=_HTTP_TIMEOUT) as response:
                read_chunk(response, _CHUNK)
        except UrlError as exc:
            raise _JobRejected(str(exc)) from None
        except DownloadError as exc:
            raise _JobFailed(f"configuration upload failed: {exc}") from None
        self._final(job, "SUCCEEDED", **{DETAIL_VERSION: self.board.firmware.config_version})

    def _fetch_verified(self, job: _Job, doc: JobDocument, what: str) -> bytes:
        """Download (re-asking for a freshly signed URL once if S3 refuses it) and check size and sha256."""
        if doc.size > self.max_download:
            raise _JobRejected(f"{what} of {doc.size} bytes exceeds this board's limit of "
                               f"{self.max_download} bytes")
        url = doc.url
        if self.board.faults.take_stale_url(job.job_id):
            url = damage_signature(url)
        try:
            data = self._download(job, url, doc.size)
        except _UrlRefused as first:
            log.info("%s: %s; asking for the document again", self._thing, first)
            self._emit("refetch", job.job_id, message=str(first))
            execution = self._describe(job, document=True)
            fresh = _checked_document(execution.job_document or {})
            try:
                data = self._download(job, fresh.url, doc.size)
            except _UrlRefused as second:
                raise _JobFailed(f"{what} download refused twice: {second}") from None
        self._report(job, "IN_PROGRESS", "verify")
        if doc.size and len(data) != doc.size:
            raise _JobFailed(f"{what} size mismatch: expected {doc.size} bytes, got {len(data)}")
        digest = hashlib.sha256(data).hexdigest()
        if digest != doc.sha256:
            raise _JobFailed(f"{what} sha256 mismatch: expected {doc.sha256}, got {digest}")
        return data

    def _download(self, job: _Job, url: str, size: int) -> bytes:
        """GET url in chunks at the board's emulated rate, reporting progress every 25 %."""
        rate = self.board.download_rate
        # Never more than the board holds, whatever the document or the server announce.
        limit = min(size, self.max_download) if size else self.max_download
        self._report(job, "IN_PROGRESS", "download", **{DETAIL_PERCENT: "0"})
        try:
            response = open_url(url, timeout=_HTTP_TIMEOUT)
        except UrlError as exc:
            raise _JobRejected(str(exc)) from None
        except DownloadError as exc:
            if exc.status in (400, 403):
                raise _UrlRefused(str(exc)) from None
            raise _JobFailed(f"download failed: {exc}") from None
        with response:
            length = response.headers.get("Content-Length")
            announced = int(length) if length and length.isdigit() else 0
            if announced > limit:
                raise _JobFailed(f"download of {announced} bytes refused: more than the {limit} expected")
            total = size or announced
            data = bytearray()
            started = time.monotonic()
            next_report = _PROGRESS_STEP
            while True:
                try:
                    chunk = read_chunk(response, _CHUNK)
                except DownloadError as exc:
                    raise _JobFailed(str(exc)) from None
                if not chunk:
                    break
                data += chunk
                if len(data) > limit:
                    raise _JobFailed(f"download exceeds {limit} bytes")
                if rate > 0:
                    ahead = len(data) / rate - (time.monotonic() - started)
                    if ahead > 0 and self._stop.wait(ahead):
                        raise _Stopping()
                self._check()
                if total:
                    percent = min(100, len(data) * 100 // total)
                    if percent >= next_report:
                        next_report = (percent // _PROGRESS_STEP + 1) * _PROGRESS_STEP
                        self._report(job, "IN_PROGRESS", "download", **{DETAIL_PERCENT: str(percent)})
        if not total:
            self._report(job, "IN_PROGRESS", "download", **{DETAIL_PERCENT: "100"})
        return bytes(data)


def _checked_document(raw: Any) -> JobDocument:
    """The delivered document, parsed, with a URL the agent may fetch; _JobRejected otherwise."""
    try:
        doc = parse_document(raw)
        check_url(doc.url)
    except (DocumentError, UrlError) as exc:
        raise _JobRejected(str(exc)) from None
    return doc


def validate_config(raw: bytes) -> dict[str, Any]:
    """A configuration must be a JSON object, and match resources/config-schema.json when that exists."""
    try:
        parsed = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _JobRejected(f"configuration is not JSON: {exc}") from None
    if not isinstance(parsed, dict):
        raise _JobRejected("configuration must be a JSON object")
    schema = _config_schema()
    if schema is not None:
        import jsonschema  # type: ignore[import-untyped,unused-ignore]  # no stubs in the dev extra

        try:
            jsonschema.validate(parsed, schema)
        except jsonschema.ValidationError as exc:
            where = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
            raise _JobRejected(f"configuration invalid at {where}: {exc.message}") from None
    return parsed


def _config_schema() -> dict[str, Any] | None:
    from importlib.resources import files

    resource = files("resources").joinpath("config-schema.json")
    if not resource.is_file():
        return None  # not shipped yet: any JSON object is accepted
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


# -- standalone ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one agent against AWS IoT (or the embedded cloud) with files you give it, until Ctrl-C."""
    from station.virtual.firmware import Firmware

    parser = argparse.ArgumentParser(prog="python -m station.virtual.agent", description=main.__doc__)
    parser.add_argument("--cert", type=Path, required=True, help="device certificate (PEM)")
    parser.add_argument("--key", type=Path, required=True, help="its private key (PEM; read, never written)")
    parser.add_argument("--ca", type=Path, required=True, help="CA to trust, e.g. AmazonRootCA1.pem")
    parser.add_argument("--endpoint", required=True, help="host[:port] of the MQTT endpoint (port 8883 if omitted)")
    parser.add_argument("--thing", required=True, help="thing name (also the MQTT client id)")
    parser.add_argument("--model", default="", help="board model; install documents for another model are rejected")
    parser.add_argument("--fw-version", default="1.0.0", help="version running at first start")
    parser.add_argument("--state-dir", type=Path, help="keep firmware version, breadcrumb and config here")
    parser.add_argument("--download-rate", type=float, default=0, help="emulated bytes/s (0: as fast as it goes)")
    parser.add_argument("--reboot-time", type=float, default=1.0, help="seconds an emulated reboot takes")
    parser.add_argument("--faults", default="", help="fault spec, e.g. boot-fail,stale-url")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from station.logs import RedactingFilter, RedactingFormatter

    # Through the station's redaction: documents carry pre-signed URLs (signature, session token).
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, handlers=[handler])
    from station.virtual.faults import FaultPlan

    board = VirtualBoard(args.thing, args.model, "", args.fw_version, reboot_time=args.reboot_time,
                         faults=FaultPlan.parse(args.faults), download_rate=args.download_rate, run_agent=False)
    if args.state_dir is not None:
        args.state_dir.mkdir(parents=True, exist_ok=True)
        board.firmware = Firmware(args.fw_version, state_file=args.state_dir / "firmware.json")
    board.load_credentials(cert=args.cert.read_bytes(), ca=args.ca.read_bytes(), endpoint=args.endpoint,
                           thing=args.thing, key_pem=args.key.read_bytes())
    result = board.boot_firmware()  # a process start is a power-up: finish a pending install
    log.info("%s running firmware %s", args.thing, result.version)

    def show(event: AgentEvent) -> None:
        log.info("%s %s %s %s", event.kind, event.job_id, event.status,
                 json.dumps(event.details) if event.details else event.message)

    agent = DeviceAgent(board, on_event=show)
    agent.start()
    try:
        while agent.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        agent.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
