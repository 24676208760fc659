"""Embedded cloud launcher: lifecycle, loopback-only listeners, certificate-required MQTT, failure reports."""

from __future__ import annotations

import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import textwrap
import time
import types
import uuid
from pathlib import Path
from typing import Any

import psutil
import pytest

from station.errors import LocalCloudError
from station.localcloud import launcher
from station.localcloud.launcher import LocalCloud
from station.localcloud.server import (
    EXIT_HOOKS_MISSING,
    EXIT_NO_MINISTACK,
    loopback_address,
    require_client_certificates,
)

from ._helpers import client

cloud_mark = pytest.mark.cloud


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def _listen_addresses(pid: int) -> list[tuple[str, int]]:
    proc = psutil.Process(pid)
    return [
        (c.laddr.ip, c.laddr.port)
        for c in proc.net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]


def _state(lc: LocalCloud) -> tuple[bool, int | None]:
    return lc.running, lc.pid


# -- lifecycle -------------------------------------------------------------------------------------


@cloud_mark
def test_start_list_things_stop_frees_ports(tmp_path: Path) -> None:
    lc = LocalCloud(tmp_path)
    t0 = time.monotonic()
    ep = lc.start()
    started_in = time.monotonic() - t0
    try:
        running, pid = _state(lc)
        assert running and pid is not None
        assert ep.http_url.startswith("http://127.0.0.1:") and ep.mqtt_endpoint == f"127.0.0.1:{ep.mqtt_port}"
        assert (ep.region, ep.access_key_id, ep.secret_access_key) == ("us-east-1", "test", "test")
        health = json.loads(lc._get("/_ministack/health", timeout=5)[1])
        assert health["auth"] == "enabled" and health["iot_mtls"] == "listening"
        assert client(ep, "iot").list_things()["things"] == []
    finally:
        t1 = time.monotonic()
        lc.stop()
        stopped_in = time.monotonic() - t1
    print(f"local cloud started in {started_in:.2f}s, stopped in {stopped_in:.2f}s")
    assert _state(lc) == (False, None)
    assert lc.last_exit_code in (0, -signal.SIGTERM)
    http_port = int(ep.http_url.rsplit(":", 1)[1])
    assert _port_free(http_port) and _port_free(ep.mqtt_port)
    assert "localcloud.log" in os.listdir(tmp_path)
    lc.stop()  # idempotent


@cloud_mark
def test_context_manager_and_endpoints_after_stop(tmp_path: Path) -> None:
    with LocalCloud(tmp_path) as lc:
        assert lc.endpoints.mqtt_host == "127.0.0.1"
    with pytest.raises(LocalCloudError):
        _ = lc.endpoints


@cloud_mark
def test_aws_credentials_do_not_leak_into_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "operator-secret")
    monkeypatch.setenv("AWS_PROFILE", "factory")
    with LocalCloud(tmp_path) as lc:
        assert lc.pid is not None
        env = psutil.Process(lc.pid).environ()
    assert not [k for k in env if k.startswith("AWS_")]
    assert env["BIND_HOST"] == "127.0.0.1"


# -- loopback only ---------------------------------------------------------------------------------


@cloud_mark
def test_every_listener_is_loopback(cloud: LocalCloud) -> None:
    assert cloud.pid is not None
    ep = cloud.endpoints
    listening = _listen_addresses(cloud.pid)
    ports = {port for _, port in listening}
    assert int(ep.http_url.rsplit(":", 1)[1]) in ports and ep.mqtt_port in ports
    assert all(ip in ("127.0.0.1", "::1") for ip, _ in listening), listening


def test_loopback_address_mapping() -> None:
    assert loopback_address(socket.AF_INET, ("0.0.0.0", 8883)) == ("127.0.0.1", 8883)
    assert loopback_address(socket.AF_INET, ("", 0)) == ("127.0.0.1", 0)
    assert loopback_address(socket.AF_INET6, ("::", 1, 0, 0)) == ("::1", 1, 0, 0)
    assert loopback_address(socket.AF_INET, ("127.0.0.5", 1)) == ("127.0.0.5", 1)
    assert loopback_address(socket.AF_INET, ("localhost", 1)) == ("localhost", 1)
    for bad in ("192.168.1.10", "10.0.0.1", "example.com"):
        with pytest.raises(PermissionError):
            loopback_address(socket.AF_INET, (bad, 1))
    with pytest.raises(PermissionError):
        loopback_address(socket.AF_INET6, ("fe80::1", 1, 0, 0))


def test_guard_rewrites_wildcard_and_refuses_lan_in_subprocess() -> None:
    # In a subprocess: the guard patches socket.socket.bind process-wide.
    script = textwrap.dedent(
        """
        import asyncio, json, socket
        from station.localcloud.server import install_loopback_guard
        install_loopback_guard(); install_loopback_guard()
        out = {}
        with socket.socket() as s:
            s.bind(("0.0.0.0", 0)); out["plain"] = s.getsockname()[0]
        async def main():
            srv = await asyncio.get_running_loop().create_server(asyncio.Protocol, host="0.0.0.0", port=0)
            out["asyncio"] = [sock.getsockname()[0] for sock in srv.sockets]
            srv.close()
        asyncio.run(main())
        try:
            with socket.socket() as s:
                s.bind(("192.0.2.1", 0))
            out["lan"] = "bound"
        except PermissionError as e:
            out["lan"] = str(e)
        print(json.dumps(out))
        """
    )
    res = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True
    )
    out = json.loads(res.stdout)
    assert out["plain"] == "127.0.0.1"
    assert out["asyncio"] == ["127.0.0.1"]
    assert "loopback guard" in out["lan"]


def test_cert_required_patch_and_missing_hooks() -> None:
    def build() -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.verify_mode = ssl.CERT_OPTIONAL
        return ctx

    async def start_locked() -> None:
        return None

    fake = types.SimpleNamespace(_mtls_build_ssl_context=build, _mtls_start_locked=start_locked)
    require_client_certificates(fake)
    require_client_certificates(fake)  # idempotent: not double-wrapped
    assert fake._mtls_build_ssl_context().verify_mode == ssl.CERT_REQUIRED
    assert fake._mtls_build_ssl_context.__wrapped__ is build
    with pytest.raises(RuntimeError, match="no longer has"):
        require_client_certificates(types.SimpleNamespace(_mtls_start_locked=start_locked))


def test_installed_ministack_still_has_the_hooked_symbols() -> None:
    # A ministack upgrade that renames these would make the child refuse to start.
    iot = pytest.importorskip("ministack.services.iot")
    import inspect

    assert callable(iot._mtls_build_ssl_context)
    assert 'host="0.0.0.0"' in inspect.getsource(iot._mtls_start_locked)  # the reason for the guard
    assert callable(pytest.importorskip("ministack.app").main)


# -- MQTT needs a client certificate ---------------------------------------------------------------


def _mqtt_connect_packet(client_id: str) -> bytes:
    cid = client_id.encode()
    var = b"\x00\x04MQTT\x04\x02\x00\x3c" + len(cid).to_bytes(2, "big") + cid
    return bytes([0x10, len(var)]) + var


@cloud_mark
def test_mqtt_without_client_certificate_is_refused(cloud: LocalCloud) -> None:
    ca = cloud.ca_pem()
    ctx = ssl.create_default_context(cadata=ca.decode())
    ctx.check_hostname = False  # the point here is the client side having no certificate
    got: bytes | str
    try:
        with (
            socket.create_connection(("127.0.0.1", cloud.endpoints.mqtt_port), timeout=5) as raw,
            ctx.wrap_socket(raw) as tls,
        ):
            # TLS 1.3 completes the client side before the server checks the
            # client certificate; the refusal arrives on the first read.
            tls.sendall(_mqtt_connect_packet("anonymous"))
            got = tls.recv(4)
    except (ssl.SSLError, ConnectionError) as e:
        got = f"{type(e).__name__}: {e}"
    assert not (isinstance(got, bytes) and got.startswith(b"\x20")), "CONNACK sent to an anonymous client"
    # Closed without a word, or a TLS alert about the missing certificate.
    assert got == b"" or any(w in str(got).upper() for w in ("CERTIFICATE", "ALERT", "RESET"))


@cloud_mark
def test_mqtt_with_device_certificate_connects(cloud: LocalCloud) -> None:
    from awscrt import mqtt
    from awsiot import mqtt_connection_builder

    ep = cloud.endpoints
    iot = client(ep, "iot")
    keys = iot.create_keys_and_certificate(setAsActive=True)
    policy = f"connect-{uuid.uuid4().hex[:8]}"
    doc = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"}],
    }
    iot.create_policy(policyName=policy, policyDocument=json.dumps(doc))
    iot.attach_policy(policyName=policy, target=keys["certificateArn"])
    conn: Any = mqtt_connection_builder.mtls_from_bytes(
        endpoint=ep.mqtt_host,
        port=ep.mqtt_port,
        cert_bytes=keys["certificatePem"].encode(),
        pri_key_bytes=keys["keyPair"]["PrivateKey"].encode(),  # in memory only
        ca_bytes=cloud.ca_pem(),
        client_id=f"dev-{uuid.uuid4().hex[:8]}",
        clean_session=True,
        keep_alive_secs=30,
    )
    result = conn.connect().result(15)
    assert result["session_present"] is False
    conn.disconnect().result(10)
    assert isinstance(conn, mqtt.Connection)


# -- failures say why ------------------------------------------------------------------------------


def test_child_exiting_early_reports_code_and_log_tail(tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "import sys; print('disk on fire', flush=True); sys.exit(3)"]
    lc = LocalCloud(tmp_path, command=cmd)
    with pytest.raises(LocalCloudError) as err:
        lc.start(timeout=10)
    assert "code 3" in err.value.cause and "disk on fire" in err.value.cause
    assert err.value.step == "local cloud" and str(tmp_path) in err.value.remedy
    assert not lc.running


def test_missing_ministack_says_install_the_extra(tmp_path: Path) -> None:
    # Simulate an interpreter without ministack: a None entry in sys.modules fails the import.
    cmd = [
        sys.executable,
        "-c",
        "import runpy, sys; sys.modules['ministack'] = None; "
        "runpy.run_module('station.localcloud.server', run_name='__main__')",
    ]
    with pytest.raises(LocalCloudError) as err:
        LocalCloud(tmp_path, command=cmd).start(timeout=10)
    assert f"code {EXIT_NO_MINISTACK}" in err.value.cause and "ministack is not installed" in err.value.cause
    assert "pip install -e .[cloud]" in err.value.remedy


def test_changed_ministack_internals_refuse_to_start(tmp_path: Path) -> None:
    # Simulate an upgrade that renamed the hooked symbols: the child must not run open.
    cmd = [
        sys.executable,
        "-c",
        "import runpy, sys, types; sys.modules['ministack.services.iot'] = types.ModuleType('iot'); "
        "runpy.run_module('station.localcloud.server', run_name='__main__')",
    ]
    with pytest.raises(LocalCloudError) as err:
        LocalCloud(tmp_path, command=cmd).start(timeout=20)
    assert f"code {EXIT_HOOKS_MISSING}" in err.value.cause and "unguarded broker" in err.value.cause
    assert "ministack==1.5.33" in err.value.remedy


def test_missing_ministack_in_this_interpreter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(LocalCloudError, match="not installed") as err:
        LocalCloud(tmp_path).start()
    assert "pip install -e .[cloud]" in err.value.remedy


def test_unrunnable_command(tmp_path: Path) -> None:
    with pytest.raises(LocalCloudError, match="could not run"):
        LocalCloud(tmp_path, command=[str(tmp_path / "no-such-exe")]).start(timeout=5)


def test_timeout_reports_last_health(tmp_path: Path) -> None:
    lc = LocalCloud(tmp_path, command=[sys.executable, "-c", "import time; time.sleep(30)"])
    t0 = time.monotonic()
    with pytest.raises(LocalCloudError, match=r"did not become healthy.*last health check: .*Connection"):
        lc.start(timeout=1.0)
    assert time.monotonic() - t0 < 10 and not lc.running


@cloud_mark
@pytest.mark.parametrize("which", ["http", "mqtt"])
def test_retries_once_when_a_port_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    squatter = socket.socket()
    squatter.bind(("127.0.0.1", 0))
    squatter.listen()
    taken = squatter.getsockname()[1]
    real = launcher._free_loopback_port
    first = [taken, real()] if which == "http" else [real(), taken]
    monkeypatch.setattr(launcher, "_free_loopback_port", lambda: first.pop(0) if first else real())
    try:
        with LocalCloud(tmp_path) as lc:
            ep = lc.endpoints
            assert taken not in (ep.mqtt_port, int(ep.http_url.rsplit(":", 1)[1]))
            assert client(ep, "iot").list_things()["things"] == []
    finally:
        squatter.close()


# -- persistence and parent death ------------------------------------------------------------------


@cloud_mark
def test_persist_survives_restart(tmp_path: Path) -> None:
    lc = LocalCloud(tmp_path, persist=True)
    ep = lc.start()
    client(ep, "iot").create_thing(thingName="SN-0001")
    ca = lc.ca_pem()
    lc.stop()
    ep2 = lc.start()
    try:
        assert client(ep2, "iot").describe_thing(thingName="SN-0001")["thingName"] == "SN-0001"
        assert lc.ca_pem() == ca  # devices provisioned before the restart still trust the broker
    finally:
        lc.stop()


@cloud_mark
def test_not_persistent_by_default(tmp_path: Path) -> None:
    with LocalCloud(tmp_path) as lc:
        client(lc.endpoints, "iot").create_thing(thingName="SN-0002")
    with LocalCloud(tmp_path) as lc:
        assert client(lc.endpoints, "iot").list_things()["things"] == []


@cloud_mark
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of the parent")
def test_child_dies_with_killed_parent(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from station.localcloud.launcher import LocalCloud
        lc = LocalCloud(Path(sys.argv[1])); lc.start()
        print(lc.pid, flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        child = psutil.Process(int(parent.stdout.readline()))
        assert child.is_running()
        parent.kill()
        parent.wait(5)
        child.wait(15)  # raises TimeoutExpired if the child outlives its parent
    finally:
        parent.kill()
