"""Make the line CA's self-signed certificate with a key already in its token (any PKCS#11 module)."""

from __future__ import annotations

from pathlib import Path

from asn1crypto import keys

from station.ca import certs
from station.ca.errors import STEP, CaError
from station.ca.token import CaToken
from station.messages import message
from station.profile import FactoryCaSettings

_EXISTS = message("ca.cert-exists", "{path} already exists: a line CA certificate is not overwritten")
_EXISTS_REMEDY = message("remedy.ca-cert-exists", "Write the new certificate to another file; a registered CA "
                         "certificate is replaced only by CA rotation (docs/aws.md).")()


def write_self_signed_ca(settings: FactoryCaSettings, path: Path, *, common_name: str,
                         validity_days: int = 3650) -> Path:
    """The CA certificate of the token key ``settings`` name (PIN from ``settings.pin_env``), as PEM at ``path``.

    The key is checked as the station checks it (in the token, non-extractable, sensitive, EC) before it signs.
    """
    path = Path(path)
    if path.exists():
        raise CaError(_EXISTS(path=str(path)), step=STEP, remedy=_EXISTS_REMEDY)
    token = CaToken.open(settings)
    try:
        spki = keys.PublicKeyInfo.load(token.public_key_der())
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = certs.self_signed_ca_pem(spki, token.sign, common_name=common_name, validity_days=validity_days)
        path.write_bytes(pem)
    finally:
        token.close()
    return path
