"""Job execution events over MQTT: one station-wide subscriber (SigV4-signed WebSocket) feeding per-unit inboxes."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from station.cloud.adapter import IotCloud

log = logging.getLogger("station.jobs.events")

#: Where AWS IoT publishes a job execution's terminal status once JOB_EXECUTION events are enabled.
TOPIC_PREFIX = "$aws/events/jobExecution/"
#: One filter for every job: the IAM policy grants exactly this prefix (topicfilter/ and topic/).
TOPIC_FILTER = TOPIC_PREFIX + "+/+"
#: Events that reach the subscriber before their unit starts listening are kept this long, per thing.
BACKLOG_SECONDS = 900.0
BACKLOG_THINGS = 4096


def client_id_prefix(station_id: str) -> str:
    """The MQTT client ids the station's IAM policy lets it connect with (``client/station-<id>-*``)."""
    return f"station-{station_id}-"


@dataclass(frozen=True)
class JobExecutionEvent:
    """One ``$aws/events/jobExecution/<jobId>/<status>`` message, reduced to what following a unit needs."""

    job_id: str
    thing: str
    status: str  # upper case, as DescribeJobExecution spells it (SUCCEEDED, FAILED, ...)
    status_details: dict[str, str]
    version: int | None  # the execution's versionNumber when the event carries it
    execution_number: int | None


def parse_event(topic: str, payload: bytes) -> JobExecutionEvent | None:
    """The event in a message, or None for anything that is not a well-formed job execution event."""
    if not topic.startswith(TOPIC_PREFIX):
        return None
    try:
        body = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict):
        return None
    job_id, status, thing_arn = body.get("jobId"), body.get("status"), body.get("thingArn")
    if not (isinstance(job_id, str) and isinstance(status, str) and isinstance(thing_arn, str)):
        return None
    thing = thing_arn.rsplit("/", 1)[-1] if "/" in thing_arn else thing_arn.rsplit(":", 1)[-1]
    raw = body.get("statusDetails") or {}
    # AWS sends the flat map; accept DescribeJobExecution's {"detailsMap": {...}} shape too.
    if isinstance(raw, dict) and isinstance(raw.get("detailsMap"), dict):
        raw = raw["detailsMap"]
    details = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    def number(key: str) -> int | None:
        value = body.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    return JobExecutionEvent(job_id=job_id, thing=thing, status=status.upper(), status_details=details,
                             version=number("versionNumber"), execution_number=number("executionNumber"))


class Inbox:
    """One unit's events, plus a flag that the subscriber's connection changed (then re-check by polling once)."""

    def __init__(self, owner: JobEventSubscriber, thing: str) -> None:
        self.owner = owner
        self.thing = thing
        self._events: list[JobExecutionEvent] = []
        self._changed = False
        self._wake = asyncio.Event()

    @property
    def live(self) -> bool:
        """Events are flowing: waiting on them (with the slow safety poll) is enough."""
        return self.owner.live

    def put(self, event: JobExecutionEvent) -> None:
        self._events.append(event)
        self._wake.set()

    def connection_changed(self) -> None:
        self._changed = True
        self._wake.set()

    async def get(self, wait: float) -> tuple[list[JobExecutionEvent], bool]:
        """Events received so far (waiting up to ``wait`` seconds) and whether a poll is due now.

        A poll is due when the wait ran out (the safety poll) or the connection dropped or came back
        (events may have been missed meanwhile).
        """
        if not self._events and not self._changed:
            try:
                await asyncio.wait_for(self._wake.wait(), wait)
            except TimeoutError:
                return [], True
        events, self._events = self._events, []
        changed, self._changed = self._changed, False
        self._wake.clear()
        return events, changed

    def close(self) -> None:
        self.owner.forget(self)


@dataclass
class JobEventSubscriber:
    """The station's one MQTT subscription to job execution events, shared by every unit it follows.

    It connects as the station's own IAM identity: MQTT over WebSocket, the upgrade signed with SigV4
    (service ``iotdevicegateway``). On AWS that is ``wss://<Data-ATS endpoint>/mqtt``; on the embedded
    cloud plain ``ws://`` on its loopback HTTP port. If it cannot connect or subscribe (no grant, no
    network, events refused) it says so once and stays down: units are then followed by polling.
    awscrt calls back on its own threads; everything is handed to the asyncio loop.
    """

    cloud: IotCloud
    station_id: str
    connect_timeout: float = 15.0
    notice: Callable[[str], None] | None = None
    live: bool = False
    received: int = 0
    reason: str = ""
    _loop: asyncio.AbstractEventLoop | None = None
    _connection: Any = None
    _inboxes: dict[str, set[Inbox]] = field(default_factory=dict)
    _backlog: collections.OrderedDict[str, list[tuple[float, JobExecutionEvent]]] = field(
        default_factory=collections.OrderedDict)
    _closed: bool = False
    _was_live: bool = False
    client_id: str = field(default="", init=False)

    def __post_init__(self) -> None:
        # Unique per run: a second station process of the same line never takes this session over.
        self.client_id = client_id_prefix(self.station_id) + uuid.uuid4().hex[:12]

    # -- lifetime ----------------------------------------------------------------------------
    async def start(self) -> bool:
        """Connect and subscribe; True when events flow. Never raises: a failure means "poll instead"."""
        self._loop = asyncio.get_running_loop()
        enabled = await asyncio.to_thread(self._events_enabled)
        if enabled is False:
            await self._give_up("JOB_EXECUTION events are not enabled in this account and region; the line "
                                "engineer's 'station cloud bootstrap' enables them")
            return False
        try:
            self._connection = await asyncio.to_thread(self._build)
            await asyncio.wait_for(asyncio.wrap_future(self._connection.connect()), self.connect_timeout)
            subscribe, _ = self._connection.subscribe(TOPIC_FILTER, _qos_at_least_once(), callback=self._on_message)
            granted = await asyncio.wait_for(asyncio.wrap_future(subscribe), self.connect_timeout)
            if granted.get("qos") is None:
                raise PermissionError(f"the broker refused the subscription to {TOPIC_FILTER}")
        except Exception as exc:  # any failure here only means: follow by polling
            await self._give_up(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            return False
        self._set_live(True)  # units already following by polling re-check once, then wait on events
        log.info("job events: subscribed to %s as %s; following units by events with a slow safety poll",
                 TOPIC_FILTER, self.client_id)
        return True

    def _events_enabled(self) -> bool | None:
        """Whether the account publishes job execution events; None when this identity cannot tell."""
        from station.cloud.bootstrap import job_execution_events_enabled

        try:
            return job_execution_events_enabled(self.cloud)
        except Exception as exc:  # denied or unreachable: try to subscribe anyway, the safety poll covers it
            log.info("job events: cannot read the event configuration (%s); subscribing anyway", exc)
            return None

    async def _give_up(self, why: str) -> None:
        self.reason = why
        self._say(f"job execution events unavailable ({why}); following units by polling the cloud instead")
        await self._disconnect()

    async def close(self) -> None:
        self._closed = True
        self.live = False
        await self._disconnect()

    async def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # already dropped: nothing to end
                await asyncio.wait_for(asyncio.wrap_future(connection.disconnect()), 5)

    def _say(self, text: str) -> None:
        log.warning("%s", text)
        if self.notice is not None:
            self.notice(text)

    # -- units -------------------------------------------------------------------------------
    def watch(self, thing: str) -> Inbox:
        """An inbox for ``thing``'s events, holding any that arrived before the unit started listening."""
        inbox = Inbox(self, thing)
        self._inboxes.setdefault(thing, set()).add(inbox)
        now = time.monotonic()
        for at, event in self._backlog.pop(thing, []):
            if now - at < BACKLOG_SECONDS:
                inbox.put(event)
        return inbox

    def forget(self, inbox: Inbox) -> None:
        boxes = self._inboxes.get(inbox.thing)
        if boxes is not None:
            boxes.discard(inbox)
            if not boxes:
                del self._inboxes[inbox.thing]

    def _dispatch(self, event: JobExecutionEvent) -> None:
        """On the loop: hand the event to the thing's inboxes, or keep it briefly for a unit not listening yet."""
        self.received += 1
        boxes = self._inboxes.get(event.thing)
        if boxes:
            for inbox in boxes:
                inbox.put(event)
            return
        kept = self._backlog.setdefault(event.thing, [])
        self._backlog.move_to_end(event.thing)
        kept.append((time.monotonic(), event))
        while len(self._backlog) > BACKLOG_THINGS:
            self._backlog.popitem(last=False)

    def _set_live(self, live: bool) -> None:
        if self._closed:
            return
        was, self.live = self.live, live
        if was != live and self._was_live:
            log.warning("job events: connection %s", "back; re-checking units in flight" if live else
                        "lost; polling units until it is back")
        self._was_live = self._was_live or live
        for boxes in list(self._inboxes.values()):
            for inbox in boxes:
                inbox.connection_changed()

    def _to_loop(self, fn: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(fn, *args)

    # -- awscrt callbacks (its threads) --------------------------------------------------------
    def _on_message(self, topic: str, payload: bytes, **_: Any) -> None:
        event = parse_event(topic, payload)
        if event is not None:
            self._to_loop(self._dispatch, event)

    def _on_interrupted(self, connection: Any, error: Any, **_: Any) -> None:
        self._to_loop(self._set_live, False)

    def _on_resumed(self, connection: Any, return_code: Any, session_present: bool, **_: Any) -> None:
        if session_present:
            self._to_loop(self._set_live, True)
            return
        # A clean session lost the subscription: subscribe again before saying events flow.
        resubscribed: Future[Any]
        resubscribed, _packet = connection.resubscribe_existing_topics()

        def done(f: Future[Any]) -> None:
            self._to_loop(self._set_live, f.exception() is None)

        resubscribed.add_done_callback(done)

    # -- building the connection (blocking: DescribeEndpoint on AWS) ---------------------------
    def _build(self) -> Any:
        from awscrt import auth, io, mqtt

        host, port, sign_host, tls = websocket_endpoint(self.cloud)
        signing = _signing_config(self.cloud)

        def transform(transform_args: mqtt.WebsocketHandshakeTransformArgs) -> None:
            # awscrt passes the argument by this keyword. Signed as the device SDKs sign it: SigV4 in the
            # query string, the session token (temporary credentials) added after signing.
            transform_args.http_request.headers.set("host", sign_host)
            signed: Future[Any] = auth.aws_sign_request(transform_args.http_request, signing)
            signed.add_done_callback(lambda f: transform_args.set_done(f.exception()))

        tls_context = None
        if tls:
            options = io.TlsContextOptions()
            options.override_default_trust_store(self.cloud.ca_pem())
            tls_context = io.ClientTlsContext(options)
        client = mqtt.Client(io.ClientBootstrap.get_or_create_static_default(), tls_context)
        return mqtt.Connection(client, host, port, client_id=self.client_id, use_websockets=True,
                               websocket_handshake_transform=transform, keep_alive_secs=60,
                               on_connection_interrupted=self._on_interrupted,
                               on_connection_resumed=self._on_resumed,
                               reconnect_min_timeout_secs=1, reconnect_max_timeout_secs=30)


def _qos_at_least_once() -> Any:
    from awscrt import mqtt

    return mqtt.QoS.AT_LEAST_ONCE


def websocket_endpoint(cloud: IotCloud) -> tuple[str, int, str, bool]:
    """(host to dial, port, Host header to sign, TLS?) for MQTT over WebSocket.

    AWS: the account's Data-ATS endpoint on 443 with TLS. A plain-http control plane (the embedded
    cloud on loopback) serves the WebSocket door on the same port; its Host names an AWS IoT data
    endpoint, which is how that broker routes the upgrade to MQTT.
    """
    url = cloud.target.endpoint_url
    if url and urlsplit(url).scheme == "http":
        parts = urlsplit(url)
        return parts.hostname or "127.0.0.1", parts.port or 80, f"data-ats.iot.{cloud.target.region}.amazonaws.com", \
            False
    address = cloud.endpoint().rsplit(":", 1)[0]
    return address, 443, address, True


def _signing_config(cloud: IotCloud) -> Any:
    from awscrt import auth

    session = cloud.session

    def current() -> auth.AwsCredentials:
        # boto3's chain (profile, SSO, role) refreshes temporary credentials; ask it at every signing.
        creds = session.get_credentials()
        if creds is None:
            raise PermissionError("no AWS credentials for the station identity")
        frozen = creds.get_frozen_credentials()
        return auth.AwsCredentials(frozen.access_key, frozen.secret_key, frozen.token or None)

    return auth.AwsSigningConfig(
        algorithm=auth.AwsSigningAlgorithm.V4, signature_type=auth.AwsSignatureType.HTTP_REQUEST_QUERY_PARAMS,
        credentials_provider=auth.AwsCredentialsProvider.new_delegate(current),
        region=cloud.target.region, service="iotdevicegateway", omit_session_token=True)
