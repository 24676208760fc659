"""A device's MQTT 3.1.1 mTLS session with the embedded broker (awscrt), for the claim tests."""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

from station.cloud.connect import EmbeddedCloud

WAIT = 20.0  # an upper bound for one broker answer, never a timing assertion


class Refused(Exception):
    """The broker refused: no CONNACK, a closed connection, or a SUBACK failure."""


class Session:
    """One connection: subscribe, publish, and wait for the next message on a topic."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.messages: queue.Queue[tuple[str, dict[str, Any]]] = queue.Queue()
        self.interrupted = threading.Event()

    def subscribe(self, topic: str) -> None:
        from awscrt import mqtt

        def got(topic: str, payload: bytes, **_: Any) -> None:
            self.messages.put((topic, json.loads(payload)))

        future, _ = self.conn.subscribe(topic=topic, qos=mqtt.QoS.AT_LEAST_ONCE, callback=got)
        try:
            result = future.result(WAIT)
        except Exception as exc:  # 3.1.1, as on AWS: an unauthorized SUBSCRIBE closes the connection
            raise Refused(f"subscribe {topic}: {exc}") from exc
        if result.get("qos") is None:
            raise Refused(f"subscribe {topic}: SUBACK failure")

    def publish(self, topic: str, payload: dict[str, Any]) -> None:
        """QoS 1: returns once the broker acknowledged it; Refused if it closed the connection instead."""
        from awscrt import mqtt

        future, _ = self.conn.publish(topic=topic, payload=json.dumps(payload), qos=mqtt.QoS.AT_LEAST_ONCE)
        done = threading.Event()
        future.add_done_callback(lambda _f: done.set())
        # Either the PUBACK comes, or the broker closes the connection (an unauthorized PUBLISH on AWS).
        deadline = time.monotonic() + WAIT
        while not done.wait(0.05):
            if self.interrupted.is_set():
                raise Refused(f"publish {topic}: connection closed by the broker")
            assert time.monotonic() < deadline, f"no PUBACK and no close for {topic}"
        if future.exception() is not None:  # cancelled: the broker closed the connection before any PUBACK
            raise Refused(f"publish {topic}: {future.exception()}")

    def next_message(self) -> tuple[str, dict[str, Any]]:
        return self.messages.get(timeout=WAIT)


@contextlib.contextmanager
def session(embedded: EmbeddedCloud, certificate_pem: str, key_pem: bytes | bytearray,
            client_id: str) -> Iterator[Session]:
    """Connect with this certificate and key (bytes, in memory only) as ``client_id``; Refused if no CONNACK."""
    from awsiot import mqtt_connection_builder

    assert embedded.endpoints is not None
    holder: dict[str, Session] = {}

    def interrupted(**_: Any) -> None:
        if "s" in holder:
            holder["s"].interrupted.set()

    conn: Any = mqtt_connection_builder.mtls_from_bytes(
        endpoint=embedded.endpoints.mqtt_host, port=embedded.endpoints.mqtt_port,
        cert_bytes=certificate_pem.encode(), pri_key_bytes=bytes(key_pem), ca_bytes=embedded.local.ca_pem(),
        client_id=client_id, clean_session=True, keep_alive_secs=30, on_connection_interrupted=interrupted)
    holder["s"] = Session(conn)
    try:
        conn.connect().result(WAIT)
    except Exception as exc:
        raise Refused(f"connect as {client_id}: {exc}") from exc
    try:
        yield holder["s"]
    finally:
        with contextlib.suppress(Exception):  # already closed by the broker
            conn.disconnect().result(10)


def register_with_create_json(embedded: EmbeddedCloud, certificate_pem: str, key_pem: bytes | bytearray,
                              thing: str, template: str,
                              parameters: dict[str, str]) -> tuple[dict[str, Any], tuple[str, dict[str, Any]]]:
    """A board's RegisterThing flow as ministack answers it today (CreateKeysAndCertificate over MQTT, then
    RegisterThing): (the create answer, (reply topic, reply) of RegisterThing)."""
    provision = f"$aws/provisioning-templates/{template}/provision/json"
    with session(embedded, certificate_pem, key_pem, thing) as s:
        for topic in ("$aws/certificates/create/json", provision):
            s.subscribe(f"{topic}/accepted")
            s.subscribe(f"{topic}/rejected")
        s.publish("$aws/certificates/create/json", {})
        topic, created = s.next_message()
        assert topic.endswith("/accepted"), created
        s.publish(provision, {"certificateOwnershipToken": created["certificateOwnershipToken"],
                              "parameters": parameters})
        return created, s.next_message()
