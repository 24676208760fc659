"""A virtual board's own MQTT client: connects with exactly what the station wrote to the board (mTLS)."""

from __future__ import annotations

import contextlib
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from station.domain import ObjectKind
from station.virtual.board import VirtualBoard


class DeviceLinkError(Exception):
    """The board could not connect or was refused (the message says which)."""


def _required(board: VirtualBoard, kind: ObjectKind) -> bytes:
    data = board.stored(kind)
    if not data:
        raise DeviceLinkError(f"{board.identity.serial}: nothing stored for '{kind}'; was it provisioned?")
    return data


class DeviceConnection:
    """MQTT 3.1.1 over mTLS with the board's stored certificate, CA, endpoint and its in-memory key.

    The key is handed to awscrt as bytes: it never touches the disk, as on a real board.
    """

    def __init__(self, board: VirtualBoard, *, client_id: str | None = None, timeout: float = 10.0) -> None:
        from awsiot import mqtt_connection_builder

        endpoint = _required(board, ObjectKind.ENDPOINT).decode()
        host, _, port = endpoint.rpartition(":")
        self.thing_name = _required(board, ObjectKind.THING).decode()
        self.client_id = client_id or self.thing_name
        self.timeout = timeout
        self.connection: Any = mqtt_connection_builder.mtls_from_bytes(
            endpoint=host or endpoint, port=int(port) if port.isdigit() else 8883,
            cert_bytes=_required(board, ObjectKind.CERT), pri_key_bytes=board.private_key_pem(),
            ca_bytes=_required(board, ObjectKind.CA), client_id=self.client_id, clean_session=True,
            keep_alive_secs=30)

    def connect(self) -> None:
        try:
            self.connection.connect().result(self.timeout)
        except (FutureTimeout, Exception) as exc:
            raise DeviceLinkError(f"connect as '{self.client_id}' failed: {exc}") from exc

    def subscribe(self, topic: str) -> None:
        from awscrt import mqtt

        try:
            future, _ = self.connection.subscribe(topic=topic, qos=mqtt.QoS.AT_LEAST_ONCE,
                                                  callback=lambda **_kw: None)
            result = future.result(self.timeout)
        except (FutureTimeout, Exception) as exc:
            raise DeviceLinkError(f"subscribe to '{topic}' failed: {exc}") from exc
        if result.get("qos") is None:  # SUBACK 0x80: refused by policy
            raise DeviceLinkError(f"subscribe to '{topic}' refused")

    def disconnect(self) -> None:
        # Already closed by the broker (refused connect or subscribe): nothing to release.
        with contextlib.suppress(Exception):
            self.connection.disconnect().result(self.timeout)
