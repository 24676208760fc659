"""A real SoftHSM2 line CA token for the demo, the tests and the bench: key made in the token, CA certificate beside.

``create_line_ca_token`` makes a token directory of its own (``softhsm2.conf`` + ``tokens/``), initialises a
token there with ``softhsm2-util`` (``SOFTHSM2_CONF`` set in that child's environment only; the PINs go
through a pseudo-terminal, never the command line, where POSIX has one), generates a P-256 key pair IN the
token (private half: CKA_EXTRACTABLE false, CKA_SENSITIVE true) and writes a self-signed CA certificate,
signed by that key, to ``line-ca.pem``. The user PIN is random and only returned (``LineCaToken.pin``); the
SO PIN is random and forgotten. Nothing secret is written to a file by this module.

SoftHSM2 reads ``SOFTHSM2_CONF`` from the process environment when the module is initialised: apply
``LineCaToken.environment()`` to ``os.environ`` (tests: ``monkeypatch.setenv``) before ``LineCa.open``. One
process sees one SoftHSM2 configuration at a time (station/ca/module.py); tokens of two directories can be
used one after the other in one process, each closed before the next is opened.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from asn1crypto import keys
from pkcs11 import Attribute, KeyType, Mechanism
from pkcs11.exceptions import PKCS11Error
from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters

from station.ca import certs, module
from station.ca.errors import STEP, CaError
from station.messages import message
from station.profile import FactoryCaSettings

#: Where distributions and installers put SoftHSM2's module, most likely first.
SOFTHSM_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
    r"C:\SoftHSM2\lib\softhsm2-x64.dll",
)
CA_FILE = "line-ca.pem"
CONF_FILE = "softhsm2.conf"

_NO_SOFTHSM = message("ca.no-softhsm", "SoftHSM2 is not installed ({missing} not found), so no demo line CA token "
                      "can be made")
_NO_SOFTHSM_REMEDY = message("remedy.ca-no-softhsm", "Install SoftHSM2 (Debian/Ubuntu: apt install softhsm2; "
                             "python3 run.py does it for the demo and tests).")()
_INIT_FAILED = message("ca.token-init-failed", "softhsm2-util could not make the token '{label}' in {directory}: "
                       "{problem}")
_TOKEN_EXISTS = message("ca.token-exists", "{directory} already holds a SoftHSM2 token")
_TOKEN_EXISTS_REMEDY = message("remedy.ca-token-exists", "Use that token (its PIN is the one it was made with), or "
                               "make the new token in an empty folder.")()
_KEYGEN_FAILED = message("ca.keygen-failed", "the token '{label}' could not make the line CA key: {problem}")


def softhsm_library() -> str | None:
    """The installed SoftHSM2 PKCS#11 module (``SOFTHSM2_MODULE`` first, if set), or None."""
    override = os.environ.get("SOFTHSM2_MODULE", "")
    for candidate in (override, *SOFTHSM_CANDIDATES):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


@dataclass(frozen=True)
class LineCaToken:
    """A SoftHSM2 token holding a line CA key, and where its configuration and CA certificate are."""

    directory: Path
    conf: Path
    library: str
    token_label: str
    key_label: str
    pin: str = dataclasses.field(repr=False)  # memory only: never logged, never written
    ca_certificate: Path

    def environment(self, pin_env: str = "STATION_CA_PIN") -> dict[str, str]:
        """What the station's environment needs to open this token: SOFTHSM2_CONF and the PIN variable."""
        return {module.CONF_ENV: str(self.conf), pin_env: self.pin}

    def settings(self, base: FactoryCaSettings | None = None) -> FactoryCaSettings:
        """``base`` (default settings if None) pointed at this token and its CA certificate."""
        return dataclasses.replace(base or FactoryCaSettings(), pkcs11_library=self.library,
                                   token_label=self.token_label, key_label=self.key_label,
                                   ca_certificate=str(self.ca_certificate))


def create_line_ca_token(directory: Path, *, common_name: str = "Provisioning Station Line CA",
                         validity_days: int = 3650, token_label: str = "line-ca",
                         key_label: str = "line-ca") -> LineCaToken:
    """A new SoftHSM2 token in ``directory`` with a P-256 CA key made in it and its self-signed CA certificate."""
    directory = Path(directory).resolve()
    library, conf, pin = init_softhsm_token(directory, token_label)
    lib = module.acquire(library, str(conf))
    try:
        with lib.get_token(token_label=token_label).open(user_pin=pin, rw=True) as session:
            spki, sign = _generate_key(session, key_label)
            ca_path = directory / CA_FILE
            ca_path.write_bytes(certs.self_signed_ca_pem(spki, sign, common_name=common_name,
                                                         validity_days=validity_days))
    except PKCS11Error as exc:
        raise CaError(_KEYGEN_FAILED(label=token_label, problem=str(exc) or type(exc).__name__),
                      step=STEP) from exc
    finally:
        module.release(library)
    return LineCaToken(directory=directory, conf=conf, library=library, token_label=token_label,
                       key_label=key_label, pin=pin, ca_certificate=ca_path)


def init_softhsm_token(directory: Path, token_label: str) -> tuple[str, Path, str]:
    """An initialised, empty SoftHSM2 token of its own in ``directory``: (module path, softhsm2.conf, user PIN)."""
    library = softhsm_library()
    tool = shutil.which("softhsm2-util")
    if library is None or tool is None:
        missing = "the SoftHSM2 module" if library is None else "softhsm2-util"
        raise CaError(_NO_SOFTHSM(missing=missing), step=STEP, remedy=_NO_SOFTHSM_REMEDY)
    tokens = directory / "tokens"
    conf = directory / CONF_FILE
    if tokens.is_dir() and any(tokens.iterdir()):  # a second token there would share its label: refuse
        raise CaError(_TOKEN_EXISTS(directory=str(directory)), step=STEP, remedy=_TOKEN_EXISTS_REMEDY)
    module.check_free(library, str(conf))
    tokens.mkdir(parents=True, exist_ok=True, mode=0o700)
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
                    "slots.removable = false\n", encoding="utf-8")
    pin = secrets.token_urlsafe(18)
    _init_token(tool, conf, token_label, pin, directory)
    return library, conf, pin


def _init_token(tool: str, conf: Path, label: str, pin: str, directory: Path) -> None:
    """``softhsm2-util --init-token`` with SOFTHSM2_CONF in the child's environment only."""
    so_pin = secrets.token_urlsafe(18)  # forgotten at once: the demo token is never administered
    env = {**os.environ, module.CONF_ENV: str(conf)}
    command = [tool, "--init-token", "--free", "--label", label]
    if sys.platform == "win32":  # no pseudo-terminal: the PINs go on the command line of the short-lived child
        result = subprocess.run([*command, "--pin", pin, "--so-pin", so_pin], env=env, capture_output=True,
                                text=True, timeout=60, check=False)
        output, code = result.stdout + result.stderr, result.returncode
    else:
        output, code = _run_on_terminal(command, env, f"{so_pin}\n{so_pin}\n{pin}\n{pin}\n")
    if code != 0:
        problem = " ".join(line for line in output.splitlines() if "PIN" not in line)[-300:] or f"exit {code}"
        raise CaError(_INIT_FAILED(label=label, directory=str(directory), problem=problem), step=STEP,
                      remedy=_NO_SOFTHSM_REMEDY)


def _run_on_terminal(command: list[str], env: dict[str, str], typed: str) -> tuple[str, int]:
    """Run ``command`` with a pseudo-terminal as its stdin and ``typed`` typed into it (softhsm2-util's prompts)."""
    import pty  # POSIX only

    main, child = pty.openpty()
    try:
        with subprocess.Popen(command, stdin=child, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                              text=True) as process:
            os.close(child)
            child = -1
            os.write(main, typed.encode())
            output, _ = process.communicate(timeout=60)
            return output, process.returncode
    finally:
        os.close(main)
        if child >= 0:
            os.close(child)


def _generate_key(session: pkcs11.Session, key_label: str) -> tuple[keys.PublicKeyInfo, certs.Signer]:
    """A P-256 key pair made in the token; its public key and a signer for the CA certificate."""
    params = session.create_domain_parameters(
        KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
    public, private = params.generate_keypair(
        store=True, label=key_label,
        public_template={Attribute.TOKEN: True, Attribute.VERIFY: True},
        private_template={Attribute.TOKEN: True, Attribute.PRIVATE: True, Attribute.SENSITIVE: True,
                          Attribute.EXTRACTABLE: False, Attribute.SIGN: True})
    spki = keys.PublicKeyInfo.load(encode_ec_public_key(public))
    if not isinstance(private, pkcs11.SignMixin):  # SIGN true was asked for: a token that drops it is broken
        raise PKCS11Error("the generated key cannot sign")
    return spki, token_signer(private)


def token_signer(private: pkcs11.SignMixin) -> certs.Signer:
    """ECDSA with SHA-256 by a token key: hashed here, CKM_ECDSA in the token."""

    def sign(tbs: bytes) -> bytes:
        return certs.ecdsa_der(private.sign(hashlib.sha256(tbs).digest(), mechanism=Mechanism.ECDSA))

    return sign
