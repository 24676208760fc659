"""The line CA's key in its PKCS#11 token: open it by label, check it cannot leave the token, sign with it.

The host hashes (SHA-256, hashlib) and the token signs the digest (CKM_ECDSA); the token's raw r||s
becomes a DER ECDSA-Sig-Value with asn1crypto. The pipeline signs from worker threads: one logged-in
session is shared behind our own lock, which also keeps ``close`` from pulling the session from under a
signature (python-pkcs11 0.10 serialises operations on a session too, but earlier releases did not).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from typing import TYPE_CHECKING, Any

import pkcs11
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass
from pkcs11.exceptions import (
    MultipleObjectsReturned,
    MultipleTokensReturned,
    NoSuchKey,
    NoSuchToken,
    PinIncorrect,
    PinLocked,
    PKCS11Error,
)
from pkcs11.util.ec import encode_ec_public_key

from station.ca import certs, module
from station.ca.errors import STEP, CaError
from station.ca.softhsm import softhsm_library
from station.messages import message
from station.profile import FactoryCaSettings

if TYPE_CHECKING:
    from pkcs11._pkcs11 import lib as Pkcs11Lib

log = logging.getLogger(__name__)

_NO_MODULE = message("ca.no-module", "no PKCS#11 module is set (certificates.factory_ca.pkcs11_library) and "
                     "SoftHSM2 is not installed on this PC")
_NO_MODULE_REMEDY = message("remedy.ca-no-module", "Set certificates.factory_ca.pkcs11_library to the line CA "
                            "token's PKCS#11 module, or install SoftHSM2 for a demo token.")()
_TOKEN_MISSING = message("ca.token-missing", "no token labelled '{label}' in the PKCS#11 module '{library}' "
                         "(certificates.factory_ca.token_label); tokens present: {present}")
_TOKEN_MISSING_REMEDY = message("remedy.ca-token-missing", "Plug in the line CA token, or set "
                                "certificates.factory_ca.token_label to its label.")()
_TOKEN_TWICE = message("ca.token-twice", "more than one token is labelled '{label}' in the PKCS#11 module "
                       "'{library}' (certificates.factory_ca.token_label)")
_TOKEN_TWICE_REMEDY = message("remedy.ca-token-twice", "Unplug the tokens that are not the line CA, or give the "
                              "line CA token a label of its own.")()
_PIN_UNSET = message("ca.pin-unset", "the line CA token's PIN is not set: the environment variable {env} is "
                     "empty (certificates.factory_ca.pin_env)")
_PIN_UNSET_REMEDY = message("remedy.ca-pin-unset", "Start the station with the token's PIN in the environment "
                            "variable named by certificates.factory_ca.pin_env (never in the profile or a file).")()
_PIN_WRONG = message("ca.pin-wrong", "the token '{label}' refused the PIN from the environment variable {env} "
                     "(certificates.factory_ca.pin_env)")
_PIN_WRONG_REMEDY = message("remedy.ca-pin-wrong", "Set the right PIN in that variable before retrying: tokens "
                            "lock themselves after a few wrong PINs.")()
_PIN_LOCKED = message("ca.pin-locked", "the token '{label}' is locked after too many wrong PINs "
                      "(certificates.factory_ca.pin_env)")
_PIN_LOCKED_REMEDY = message("remedy.ca-pin-locked", "The token's security officer must unlock it (or the line CA "
                             "must be rotated to a new token); see docs/factory-ca.md.")()
_KEY_MISSING = message("ca.key-missing", "the token '{token}' holds no private key labelled '{label}' "
                       "(certificates.factory_ca.key_label)")
_KEY_MISSING_REMEDY = message("remedy.ca-key-missing", "Set certificates.factory_ca.key_label to the CA key's "
                              "label (CKA_LABEL), or generate the CA key in this token (docs/factory-ca.md).")()
_KEY_TWICE = message("ca.key-twice", "the token '{token}' holds more than one private key labelled '{label}' "
                     "(certificates.factory_ca.key_label)")
_KEY_NOT_EC = message("ca.key-not-ec", "the key '{label}' on token '{token}' is not an EC key "
                      "(certificates.factory_ca.key_label): the line CA signs with ECDSA P-256")
_KEY_CANNOT_SIGN = message("ca.key-cannot-sign", "the key '{label}' on token '{token}' may not sign "
                            "(CKA_SIGN is false) (certificates.factory_ca.key_label)")
_KEY_EXPORTABLE = message("ca.key-exportable", "the key '{label}' on token '{token}' can leave the token "
                          "({problem}), so it is refused as the line CA key (certificates.factory_ca.key_label)")
_KEY_EXPORTABLE_REMEDY = message("remedy.ca-key-exportable", "Generate a new CA key inside the token with "
                                 "CKA_EXTRACTABLE false and CKA_SENSITIVE true, and rotate the line CA to it "
                                 "(docs/factory-ca.md).")()
_PUBLIC_MISSING = message("ca.public-key-missing", "the token '{token}' holds no single public key labelled "
                          "'{label}' (certificates.factory_ca.key_label), so its CA certificate cannot be made here")
_PUBLIC_MISSING_REMEDY = message("remedy.ca-public-key-missing", "Make the CA certificate with the token vendor's "
                                 "tool, or store the key pair's public half in the token under the same label.")()
_SIGN_FAILED = message("ca.sign-failed", "the line CA token '{token}' did not sign: {problem}")
_SIGN_FAILED_REMEDY = message("remedy.ca-sign-failed", "Check that the line CA token is plugged in, then retry "
                              "the unit; if it keeps failing, restart the station.")()


def _text(exc: PKCS11Error) -> str:
    return str(exc) or type(exc).__name__


class CaToken:
    """A logged-in session on the line CA key; :meth:`sign` may be called from any thread."""

    def __init__(self, library: str, token_label: str, key_label: str, session: pkcs11.Session,
                 key: pkcs11.SignMixin) -> None:
        self.library = library
        self.token_label = token_label
        self.key_label = key_label
        self._session: pkcs11.Session | None = session
        self._key = key
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings: FactoryCaSettings) -> CaToken:
        """Load the module, find the token and the key by label, log in with the PIN from ``settings.pin_env``."""
        pin = os.environ.get(settings.pin_env, "") if settings.pin_env else ""
        if not pin:
            raise CaError(_PIN_UNSET(env=settings.pin_env or "(none)"), step=STEP, remedy=_PIN_UNSET_REMEDY)
        library = settings.pkcs11_library or softhsm_library()
        if not library:
            raise CaError(_NO_MODULE(), step=STEP, remedy=_NO_MODULE_REMEDY)
        lib = module.acquire(library)
        session: pkcs11.Session | None = None
        try:
            token = cls._token(lib, library, settings.token_label)
            session = cls._login(token, settings, pin)
            key = cls._key_of(session, settings.token_label, settings.key_label)
            return cls(library, settings.token_label, settings.key_label, session, key)
        except BaseException:
            if session is not None:
                _close_quietly(session)
            module.release(library)
            raise

    @staticmethod
    def _token(lib: Pkcs11Lib, library: str, label: str) -> pkcs11.Token:
        try:
            token: pkcs11.Token = lib.get_token(token_label=label)
            return token
        except NoSuchToken as exc:
            present = ", ".join(f"'{t.label}'" for t in _tokens(lib) if t.label) or "none"
            raise CaError(_TOKEN_MISSING(label=label, library=library, present=present), step=STEP,
                          remedy=_TOKEN_MISSING_REMEDY) from exc
        except MultipleTokensReturned as exc:
            raise CaError(_TOKEN_TWICE(label=label, library=library), step=STEP, remedy=_TOKEN_TWICE_REMEDY) from exc
        except PKCS11Error as exc:
            raise CaError(_SIGN_FAILED(token=label, problem=_text(exc)), step=STEP,
                          remedy=_SIGN_FAILED_REMEDY) from exc

    @staticmethod
    def _login(token: pkcs11.Token, settings: FactoryCaSettings, pin: str) -> pkcs11.Session:
        try:
            return token.open(user_pin=pin)
        except PinIncorrect as exc:
            raise CaError(_PIN_WRONG(label=settings.token_label, env=settings.pin_env), step=STEP,
                          remedy=_PIN_WRONG_REMEDY) from exc
        except PinLocked as exc:
            raise CaError(_PIN_LOCKED(label=settings.token_label), step=STEP, remedy=_PIN_LOCKED_REMEDY) from exc
        except PKCS11Error as exc:
            raise CaError(_SIGN_FAILED(token=settings.token_label, problem=_text(exc)), step=STEP,
                          remedy=_SIGN_FAILED_REMEDY) from exc

    @staticmethod
    def _key_of(session: pkcs11.Session, token: str, label: str) -> pkcs11.SignMixin:
        try:
            found = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=label)
        except NoSuchKey as exc:
            raise CaError(_KEY_MISSING(token=token, label=label), step=STEP, remedy=_KEY_MISSING_REMEDY) from exc
        except MultipleObjectsReturned as exc:
            raise CaError(_KEY_TWICE(token=token, label=label), step=STEP, remedy=_KEY_MISSING_REMEDY) from exc
        except PKCS11Error as exc:
            raise CaError(_SIGN_FAILED(token=token, problem=_text(exc)), step=STEP,
                          remedy=_SIGN_FAILED_REMEDY) from exc
        if not isinstance(found, pkcs11.PrivateKey):  # get_key by class: never anything else
            raise CaError(_KEY_MISSING(token=token, label=label), step=STEP, remedy=_KEY_MISSING_REMEDY)
        if found.key_type != KeyType.EC:
            raise CaError(_KEY_NOT_EC(token=token, label=label), step=STEP, remedy=_KEY_MISSING_REMEDY)
        if not isinstance(found, pkcs11.SignMixin):
            raise CaError(_KEY_CANNOT_SIGN(token=token, label=label), step=STEP, remedy=_KEY_MISSING_REMEDY)
        problems = []
        if _attribute(found, Attribute.EXTRACTABLE, True):
            problems.append("CKA_EXTRACTABLE is true")
        if not _attribute(found, Attribute.SENSITIVE, False):
            problems.append("CKA_SENSITIVE is false")
        if problems:
            raise CaError(_KEY_EXPORTABLE(token=token, label=label, problem=", ".join(problems)), step=STEP,
                          remedy=_KEY_EXPORTABLE_REMEDY)
        if not (_attribute(found, Attribute.ALWAYS_SENSITIVE, False)
                and _attribute(found, Attribute.NEVER_EXTRACTABLE, False)):
            # Accepted (it cannot leave the token now), but it was imported: a copy may exist outside.
            log.warning("the line CA key '%s' on token '%s' was imported into the token (not generated there): "
                        "a copy of it may exist outside the token", label, token)
        return found

    def public_key_der(self) -> bytes:
        """The CA key's public half (SPKI DER), from the token's public key object of the same label."""
        with self._lock:
            if self._session is None:
                raise CaError(_SIGN_FAILED(token=self.token_label, problem="the line CA is closed"), step=STEP,
                              remedy=_SIGN_FAILED_REMEDY)
            try:
                public = self._session.get_key(object_class=ObjectClass.PUBLIC_KEY, label=self.key_label)
                if not isinstance(public, pkcs11.PublicKey):  # get_key by class: never anything else
                    raise NoSuchKey(self.key_label)
                return encode_ec_public_key(public)
            except (NoSuchKey, MultipleObjectsReturned) as exc:
                raise CaError(_PUBLIC_MISSING(token=self.token_label, label=self.key_label), step=STEP,
                              remedy=_PUBLIC_MISSING_REMEDY) from exc
            except PKCS11Error as exc:
                raise CaError(_SIGN_FAILED(token=self.token_label, problem=_text(exc)), step=STEP,
                              remedy=_SIGN_FAILED_REMEDY) from exc

    def sign(self, data: bytes) -> bytes:
        """ECDSA-with-SHA-256 of ``data`` by the token key, as a DER ECDSA-Sig-Value."""
        digest = hashlib.sha256(data).digest()
        with self._lock:
            if self._session is None:
                raise CaError(_SIGN_FAILED(token=self.token_label, problem="the line CA is closed"), step=STEP,
                              remedy=_SIGN_FAILED_REMEDY)
            try:
                raw = self._key.sign(digest, mechanism=Mechanism.ECDSA)
            except PKCS11Error as exc:
                raise CaError(_SIGN_FAILED(token=self.token_label, problem=_text(exc)), step=STEP,
                              remedy=_SIGN_FAILED_REMEDY, retryable=True) from exc
        return certs.ecdsa_der(raw)

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            _close_quietly(session)
            module.release(self.library)


def _attribute(key: pkcs11.Key, attribute: Attribute, default: Any) -> Any:
    """A key attribute, or ``default`` when the token does not report it."""
    try:
        return key[attribute]
    except PKCS11Error:
        return default


def _tokens(lib: Pkcs11Lib) -> list[pkcs11.Token]:
    try:
        return [slot.get_token() for slot in lib.get_slots(token_present=True)]
    except PKCS11Error:
        return []


def _close_quietly(session: pkcs11.Session) -> None:
    with contextlib.suppress(PKCS11Error):  # the token went away: the module's finalize drops what is left
        session.close()
