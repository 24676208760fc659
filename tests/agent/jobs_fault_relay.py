"""An MQTT-over-TLS relay in front of the embedded broker that answers chosen Jobs requests with a rejection.

The embedded cloud never throttles MQTT Jobs requests, and AWS does (RequestThrottled,
InternalError). The relay terminates the device's TLS with its own test CA, speaks to the
real broker with the device's own certificate, forwards every MQTT packet both ways, and
answers the next N matching Jobs requests itself with ``…/rejected`` and the request's
clientToken -- exactly what a throttled device sees -- without passing them on.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import re
import ssl
import struct
import threading
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_JOBS_REQUEST = re.compile(r"^\$aws/things/[^/]+/jobs/(start-next|[^/]+/update|[^/]+/get)$")
_PUBLISH, _PUBACK = 3, 4


def _verb(topic: str) -> str | None:
    match = _JOBS_REQUEST.match(topic)
    return None if match is None else match.group(1).rsplit("/", 1)[-1]


def make_test_ca(directory: Path) -> tuple[bytes, Path, Path]:
    """A throw-away CA (PEM) and a server certificate for 127.0.0.1 signed by it (cert and key files)."""
    now = datetime.datetime.now(datetime.UTC)
    span = (now - datetime.timedelta(minutes=5), now + datetime.timedelta(hours=1))
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "jobs fault relay test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(span[0]).not_valid_after(span[1])
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(span[0]).not_valid_after(span[1])
            # What a strict verifier (awscrt's) insists on: key usages and the issuer's key id.
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_file, key_file = directory / "relay-cert.pem", directory / "relay-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca.public_bytes(serialization.Encoding.PEM), cert_file, key_file


async def _packet(reader: asyncio.StreamReader) -> bytes:
    """One whole MQTT control packet (fixed header, remaining length, body)."""
    head = await reader.readexactly(1)
    length, shift, raw = 0, 0, b""
    while True:
        byte = await reader.readexactly(1)
        raw += byte
        length |= (byte[0] & 0x7F) << shift
        shift += 7
        if not byte[0] & 0x80:
            break
    return head + raw + await reader.readexactly(length)


def _encode(first: int, body: bytes) -> bytes:
    out, n = bytearray([first]), len(body)
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out) + body


def _split_publish(packet: bytes) -> tuple[str, int, int | None, bytes]:
    """(topic, qos, packet id, payload) of a PUBLISH packet."""
    qos = (packet[0] >> 1) & 3
    i = 1
    while packet[i] & 0x80:
        i += 1
    i += 1
    (topic_len,) = struct.unpack_from("!H", packet, i)
    topic = packet[i + 2:i + 2 + topic_len].decode()
    i += 2 + topic_len
    packet_id = None
    if qos:
        (packet_id,) = struct.unpack_from("!H", packet, i)
        i += 2
    return topic, qos, packet_id, packet[i:]


class JobsFaultRelay:
    """Listen on 127.0.0.1:<port> (TLS, test CA); relay to the broker at upstream_port as the device."""

    def __init__(self, upstream_port: int, broker_ca: bytes, device_cert: Path, device_key: Path,
                 directory: Path) -> None:
        self.ca_pem, cert_file, key_file = make_test_ca(directory)
        self._server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._server_ctx.load_cert_chain(cert_file, key_file)
        # awscrt insists on mutual TLS: ask for the client certificate and accept exactly this device's.
        self._server_ctx.verify_mode = ssl.CERT_REQUIRED
        self._server_ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        self._server_ctx.load_verify_locations(device_cert)
        self._client_ctx = ssl.create_default_context(cadata=broker_ca.decode())
        self._client_ctx.load_cert_chain(device_cert, device_key)
        self._upstream_port = upstream_port
        self._faults: dict[str, list[str]] = {}  # verb -> codes still to answer with, in order
        self._lock = threading.Lock()
        #: (verb, code) of every rejection the relay answered with.
        self.injected: list[tuple[str, str]] = []
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="jobs-fault-relay")
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("jobs fault relay did not start")

    def reject(self, verb: str, *codes: str) -> None:
        """Answer the next len(codes) requests of verb (start-next, update, get) with these codes."""
        with self._lock:
            self._faults.setdefault(verb, []).extend(codes)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _shutdown(self) -> None:
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0, ssl=self._server_ctx))
        self.port = server.sockets[0].getsockname()[1]
        self._started.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            self._loop.close()

    def _take(self, verb: str) -> str | None:
        with self._lock:
            codes = self._faults.get(verb)
            return codes.pop(0) if codes else None

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(
                "127.0.0.1", self._upstream_port, ssl=self._client_ctx, server_hostname="127.0.0.1")
        except OSError:
            writer.close()
            return
        tasks = [asyncio.create_task(self._device_to_broker(reader, up_writer, writer)),
                 asyncio.create_task(self._broker_to_device(up_reader, writer))]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        for w in (writer, up_writer):
            w.close()

    async def _broker_to_device(self, up: asyncio.StreamReader, device: asyncio.StreamWriter) -> None:
        try:
            while True:
                device.write(await _packet(up))  # whole packets only: injected ones go in between
                await device.drain()
        except (OSError, asyncio.IncompleteReadError):
            return

    async def _device_to_broker(self, device_in: asyncio.StreamReader, up: asyncio.StreamWriter,
                                device_out: asyncio.StreamWriter) -> None:
        try:
            while True:
                packet = await _packet(device_in)
                code = None
                if packet[0] >> 4 == _PUBLISH:
                    topic, qos, packet_id, payload = _split_publish(packet)
                    verb = _verb(topic)
                    code = self._take(verb) if verb else None
                if code is None:
                    up.write(packet)
                    await up.drain()
                    continue
                if qos and packet_id is not None:
                    device_out.write(_encode(_PUBACK << 4, struct.pack("!H", packet_id)))
                request = json.loads(payload or b"{}")
                answer = {"code": code, "message": f"injected by the test relay: {code}",
                          "timestamp": int(time.time())}
                if "clientToken" in request:
                    answer["clientToken"] = request["clientToken"]
                reply = f"{topic}/rejected".encode()
                device_out.write(_encode(_PUBLISH << 4, struct.pack("!H", len(reply)) + reply
                                         + json.dumps(answer).encode()))
                await device_out.drain()
                self.injected.append((verb or "", code))
        except (OSError, asyncio.IncompleteReadError):
            return
