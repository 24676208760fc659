"""Start, health-check and stop the embedded local cloud (ministack) as a loopback-only child process.

The child runs ``python -m station.localcloud.server`` (from a frozen bundle:
the bundle's own executable with ``--localcloud-server``, see
``default_child_command``) rather than plain ``ministack``: that entry forces every listener onto loopback and makes the
MQTT/mTLS broker require a client certificate (see server.py for the exact
ministack internals it hooks and why).

Thing-group policies: ministack's broker on its own evaluates only IoT policies
attached directly to the certificate (``_mqtt_policy_allows`` in
``ministack.services.iot``). The child wraps that lookup (group_policies.py) so
that, as on AWS IoT, the policies of the thing's groups and their parent groups
also apply when the MQTT client id is the name of a thing the certificate is
attached to; ``policy.attach_to = "group"`` therefore works locally too.

Factory CA and fleet provisioning (issue 14): the child also applies a CA's
``registrationConfig`` at a device's first mTLS connect (just-in-time
provisioning, jitp.py) and answers the fleet provisioning MQTT API's
``$aws/certificates/create-from-csr/json`` (fleet_csr.py), both of which
ministack 1.5.33 lacks; docs/aws.md ("Embedded cloud: JITP and
create-from-csr") lists what they do and where they still differ from AWS.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from station.errors import LocalCloudError
from station.localcloud.server import EXIT_HOOKS_MISSING, EXIT_NO_MINISTACK, FROZEN_FLAG, STRICT_ENV, WATCH_STDIN_ENV
from station.messages import message

STEP = "local cloud"
LOOPBACK = "127.0.0.1"
#: iot-data and iot-jobs-data are separate ministack services; without them the
#: HTTP data-plane calls 404 even though the broker (part of "iot") works.
DEFAULT_SERVICES = ("iot", "iot-data", "iot-jobs-data", "s3", "iam", "sts")
_FIXED_KEY = "test"  # ministack's own credentials; never the operator's AWS keys
_INSTALL_REMEDY = message("remedy.local-cloud-install", "pip install -e .[cloud]")()
_NOT_RUNNING = message("localcloud.not-running", "the local cloud is not running")
_START_FIRST = message("remedy.local-cloud-start", "Start it first.")()
_NOT_INSTALLED = message("localcloud.not-installed", "ministack is not installed in {python}")
_PORTS_TAKEN = message("localcloud.ports-taken", "could not bind a loopback port twice in a row: {problem}")
_PORTS_TAKEN_REMEDY = message("remedy.local-cloud-ports",
                              "Check what else is listening on this machine; see {log}.")
_NO_CA = message("localcloud.no-ca", "could not fetch the device CA (HTTP {status}: {answer})")
_NO_CA_REMEDY = message("remedy.local-cloud-ca", "Check that 'cryptography' is installed; see {log}.")
_CANNOT_RUN = message("localcloud.cannot-run", "could not run {command}: {problem}")
_UNHEALTHY = message("localcloud.unhealthy", "the local cloud did not become healthy in time; last health check: "
                     "{last}")
_UNHEALTHY_REMEDY = message("remedy.local-cloud-unhealthy", "See the log {log}; the machine may be overloaded.")
_HOOKS_MISSING_REMEDY = message("remedy.local-cloud-hooks", "This ministack version defeats the station's guards or "
                                "strict mode; install ministack==1.5.33 and policy_sentry (pip install -e .[cloud]).")()
_SEE_LOG = message("remedy.see-log", "See the log {log}.")
_EXITED = message("localcloud.exited", "the local cloud exited early with code {code}; last log lines:\n{tail}")


@dataclass(frozen=True)
class LocalCloudEndpoints:
    """Where the running embedded cloud answers, and the credentials it accepts."""

    http_url: str
    mqtt_host: str
    mqtt_port: int
    region: str
    access_key_id: str
    secret_access_key: str

    @property
    def mqtt_endpoint(self) -> str:
        return f"{self.mqtt_host}:{self.mqtt_port}"


def default_child_command() -> list[str]:
    """How to start the embedded cloud's child process from this interpreter or bundle.

    From source: ``python -m station.localcloud.server``. From a PyInstaller bundle
    ``sys.executable`` is the bundle's own executable, which has no ``-m``: it is
    re-invoked with FROZEN_FLAG, so demo mode needs no Python on the machine.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", "station.localcloud.server"]


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        port: int = s.getsockname()[1]
        return port


def _child_env(base: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    # Drop AWS_* credentials/profile settings so the operator's real keys can
    # never reach (or be logged by) the emulator; it uses its fixed keys.
    env = {k: v for k, v in base.items() if not k.upper().startswith("AWS_")}
    env.update(extra)
    return env


#: The child's umask: everything it writes (the persisted state holds the device CA's private key) is the user's only.
_PRIVATE_UMASK = 0o077
#: Append-only log; O_BINARY (Windows) keeps the C runtime from translating newlines.
_LOG_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


def make_private(root: Path) -> None:
    """Make ``root`` and everything under it readable by this user only (0700 folders, 0600 files; POSIX).

    Applied to a state dir at every start, so one written by an older station (or copied in with looser
    modes) is tightened too; new files are private from the start through the child's umask.
    """
    if sys.platform == "win32":
        return  # the user's profile folders are private there; POSIX modes do not apply
    uid = os.getuid()
    # os.walk does not descend into symlinked folders, and links themselves are skipped: only what is ours.
    for folder, _dirs, files in os.walk(root):
        for path in [Path(folder)] + [Path(folder, name) for name in files]:
            with contextlib.suppress(OSError):  # vanished meanwhile: nothing to protect
                st = path.lstat()
                if st.st_uid != uid or path.is_symlink() or not st.st_mode & 0o077:
                    continue
                path.chmod(0o700 if path.is_dir() else 0o600)


class _PortTaken(Exception):
    """The child could not bind one of its ports (a race with another process); retry with new ones."""


class LocalCloud:
    """The embedded local cloud as a managed child process."""

    def __init__(
        self,
        state_dir: Path,
        *,
        auth: bool = True,
        persist: bool = False,
        region: str = "us-east-1",
        log_path: Path | None = None,
        command: list[str] | None = None,
        services: tuple[str, ...] = DEFAULT_SERVICES,
        strict: bool = True,
        quota_overrides: dict[str, float] | None = None,
        strict_log: Path | None = None,
        detach_delay: float | None = None,
    ) -> None:
        self.state_dir = Path(state_dir)
        self.auth = auth
        self.persist = persist
        self.region = region
        self.log_path = Path(log_path) if log_path is not None else self.state_dir / "localcloud.log"
        self._default_command = command is None
        self.command = list(command) if command is not None else default_child_command()
        self.services = services
        #: Strict mode (station/localcloud/strict): AWS's IAM resource mapping, API quotas, input
        #: rules, and the AWS semantics ministack lacks. On by default so demo and tests meet AWS's rules.
        #: It needs ministack's IAM enforcement, so it is off when auth is.
        self.strict = strict and auth
        self.quota_overrides = dict(quota_overrides or {})
        self.strict_log = Path(strict_log) if strict_log is not None else self.state_dir / "strict-calls.jsonl"
        self.detach_delay = detach_delay
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._endpoints: LocalCloudEndpoints | None = None
        self._ca: bytes | None = None
        #: Exit code of the last child stop() reaped (negative = killed by that signal on POSIX).
        self.last_exit_code: int | None = None

    # -- public API ------------------------------------------------------------------------------

    @property
    def endpoints(self) -> LocalCloudEndpoints:
        if self._endpoints is None or not self.running:
            raise LocalCloudError(_NOT_RUNNING(), step=STEP, remedy=_START_FIRST)
        return self._endpoints

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 30.0) -> LocalCloudEndpoints:
        """Spawn the child on fresh loopback ports and block until HTTP and MQTT are both up."""
        if self.running and self._endpoints is not None:
            return self._endpoints
        if self._default_command and importlib.util.find_spec("ministack") is None:
            raise LocalCloudError(_NOT_INSTALLED(python=sys.executable), step=STEP, remedy=_INSTALL_REMEDY)
        self.state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(self.state_dir)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        for attempt in (1, 2):
            try:
                return self._start_once(deadline)
            except _PortTaken as e:
                self.stop()
                if attempt == 2:
                    raise LocalCloudError(_PORTS_TAKEN(problem=str(e)), step=STEP,
                                          remedy=_PORTS_TAKEN_REMEDY(log=str(self.log_path))) from None
            except BaseException:
                self.stop()
                raise
        raise AssertionError("unreachable")

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the child to shut down cleanly (state is saved then), wait, then kill; idempotent."""
        proc, self._proc = self._proc, None
        self._endpoints = None
        self._ca = None
        if proc is None:
            pass
        elif proc.poll() is None:
            if sys.platform == "win32":
                # terminate() is TerminateProcess there: no handler runs, nothing
                # is saved. Closing stdin trips the child's watchdog, which raises
                # SIGTERM inside the child; terminate() stays as the fallback.
                self._close_stdin(proc)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout / 2)
            if proc.poll() is None:
                proc.terminate()  # SIGTERM on POSIX: ministack saves state and exits 0
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5.0)
        if proc is not None:
            self.last_exit_code = proc.returncode
            self._close_stdin(proc)
            self._remove_stale_pidfile(proc.pid)
        if self._log is not None:
            self._log.close()
            self._log = None

    def ca_pem(self) -> bytes:
        """The Local CA devices must trust (fetched once; ministack mints it on the first request)."""
        if self._ca is None:
            status, body = self._get("/_ministack/iot/ca.pem", timeout=30.0)
            if status != 200 or b"BEGIN CERTIFICATE" not in body:
                raise LocalCloudError(_NO_CA(status=status, answer=repr(body[:200])), step=STEP,
                                      remedy=_NO_CA_REMEDY(log=str(self.log_path)))
            self._ca = body
        return self._ca

    def __enter__(self) -> LocalCloud:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- internals -------------------------------------------------------------------------------

    def _start_once(self, deadline: float) -> LocalCloudEndpoints:
        http_port = _free_loopback_port()
        mqtt_port = _free_loopback_port()
        while mqtt_port == http_port:
            mqtt_port = _free_loopback_port()
        extra = {
            "GATEWAY_PORT": str(http_port),
            "IOT_MTLS_PORT": str(mqtt_port),
            "BIND_HOST": LOOPBACK,
            "SERVICES": ",".join(self.services),
            "AUTH": "true" if self.auth else "false",
            "MINISTACK_REGION": self.region,
            WATCH_STDIN_ENV: "1",
            "PYTHONUNBUFFERED": "1",
        }
        # Always explicit, so an inherited STATION_STRICT cannot turn it on or off behind our back.
        # STATION_QUOTA_OVERRIDES is inherited when not given here: a CI or profile may raise quotas.
        extra[STRICT_ENV] = "1" if self.strict else "0"
        if self.strict:
            extra["STATION_STRICT_LOG"] = str(self.strict_log.resolve())  # the child runs in state_dir
            if self.quota_overrides:
                extra["STATION_QUOTA_OVERRIDES"] = json.dumps(self.quota_overrides)
            if self.detach_delay is not None:
                extra["STATION_DETACH_DELAY"] = str(self.detach_delay)
        if self.persist:
            extra.update(
                {
                    "PERSIST_STATE": "1",
                    "STATE_DIR": str(self.state_dir / "state"),
                    "S3_PERSIST": "1",
                    "S3_DATA_DIR": str(self.state_dir / "s3"),
                }
            )
        # Lives as long as the child; private like the rest of the state (os.open applies the mode on creation).
        self._log = os.fdopen(os.open(self.log_path, _LOG_FLAGS, 0o600), "ab")
        banner = f"\n=== station: starting {self.command} http={http_port} mqtt={mqtt_port}\n"
        self._log.write(banner.encode())
        self._log.flush()
        try:
            self._proc = subprocess.Popen(
                self.command,
                # The child's watchdog exits at EOF on this pipe: the OS closes
                # it when this process dies, however it dies.
                stdin=subprocess.PIPE,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                env=_child_env(dict(os.environ), extra),
                cwd=str(self.state_dir),
                umask=_PRIVATE_UMASK,  # ignored on Windows
            )
        except OSError as e:
            raise LocalCloudError(_CANNOT_RUN(command=repr(self.command[0]), problem=str(e)), step=STEP,
                                  remedy=_INSTALL_REMEDY) from e
        self._endpoints = LocalCloudEndpoints(
            http_url=f"http://{LOOPBACK}:{http_port}",
            mqtt_host=LOOPBACK,
            mqtt_port=mqtt_port,
            region=self.region,
            access_key_id=_FIXED_KEY,
            secret_access_key=_FIXED_KEY,
        )
        last: str = "no answer yet"
        while True:
            code = self._proc.poll()
            if code is not None:
                self._raise_exited(code, http_port)
            try:
                status, body = self._get("/_ministack/health", timeout=1.0)
                health: dict[str, Any] = json.loads(body) if status == 200 else {}
                last = f"HTTP {status}: {body[:300].decode('utf-8', 'replace')}"
                services = health.get("services", {})
                mtls = health.get("iot_mtls")
                if mtls == "degraded":
                    # ministack keeps running without MQTT when its port was taken.
                    raise _PortTaken(f"MQTT port {mqtt_port} unavailable (health: {last})")
                if (
                    services
                    and all(v == "available" for v in services.values())
                    and all(s in services for s in self.services)
                    and mtls == "listening"
                ):
                    return self._endpoints
            except (OSError, ValueError) as e:  # refused / not yet serving / bad JSON
                last = f"{type(e).__name__}: {e}"
            if time.monotonic() > deadline:
                raise LocalCloudError(_UNHEALTHY(last=last), step=STEP,
                                      remedy=_UNHEALTHY_REMEDY(log=str(self.log_path)))
            time.sleep(0.05)

    def _raise_exited(self, code: int, http_port: int) -> None:
        tail = self._log_tail()
        if f"{LOOPBACK}:{http_port} is already in use" in tail or "Address already in use" in tail:
            raise _PortTaken(f"HTTP port {http_port} taken")
        if code == EXIT_NO_MINISTACK:
            remedy = _INSTALL_REMEDY
        elif code == EXIT_HOOKS_MISSING:
            remedy = _HOOKS_MISSING_REMEDY
        else:
            remedy = _SEE_LOG(log=str(self.log_path))
        raise LocalCloudError(_EXITED(code=code, tail=tail), step=STEP, remedy=remedy)

    def _log_tail(self, lines: int = 20) -> str:
        if self._log is not None:
            self._log.flush()
        try:
            with open(self.log_path, "rb") as fh:
                text = fh.read().decode("utf-8", "replace")
        except OSError:
            return "(log unreadable)"
        # Only this run's section: the log is appended to across starts.
        section = text.rsplit("=== station: starting", 1)[-1]
        return "\n".join(deque(section.splitlines()[1:], maxlen=lines))

    def _get(self, path: str, timeout: float) -> tuple[int, bytes]:
        if self._endpoints is None:
            raise LocalCloudError(_NOT_RUNNING(), step=STEP, remedy=_START_FIRST)
        # No proxy: a system HTTP(S)_PROXY must not intercept loopback calls.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(self._endpoints.http_url + path, timeout=timeout) as resp:
                return int(resp.status), bytes(resp.read())
        except urllib.error.HTTPError as e:
            return int(e.code), bytes(e.read())

    @staticmethod
    def _close_stdin(proc: subprocess.Popen[bytes]) -> None:
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()

    @staticmethod
    def _remove_stale_pidfile(pid: int) -> None:
        # ministack writes tempdir/ministack-<port>.pid and removes it on a clean
        # exit; after a kill it would linger, so tidy the one that names our child.
        with contextlib.suppress(OSError):
            for entry in Path(tempfile.gettempdir()).glob("ministack-*.pid"):
                with contextlib.suppress(OSError, ValueError):
                    if int(entry.read_text().strip()) == pid:
                        entry.unlink()
