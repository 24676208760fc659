"""Typed domain values shared by the board link, cloud adapter and pipeline."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BoardIdentity:
    """What a board says about itself when asked to identify."""

    serial: str
    model: str
    hw_revision: str
    fw_version: str
    product_line: str = ""
    #: The cellular modem's IMEI when the board has one (nRF91: the serial is the IMEI); naming's {imei}.
    imei: str = ""


class Capability(enum.StrEnum):
    """Things a board's factory firmware may be able to do, as announced at hello."""

    CSR = "csr"  # generates its own key pair and returns a CSR
    KEY_IMPORT = "key-import"  # accepts a private key written by the station (fallback path)
    REBOOT = "reboot"


@dataclass(frozen=True)
class BoardHello:
    """Answer to the capability-discovery request."""

    protocol_version: int
    capabilities: frozenset[Capability]
    max_chunk: int  # largest payload, in bytes, the board accepts in one chunk
    firmware: str = ""


class ObjectKind(enum.StrEnum):
    """Objects the station writes to (or reads from) a board."""

    CERT = "cert"
    CA = "ca"
    ENDPOINT = "endpoint"
    THING = "thing"
    KEY = "key"  # only on the cloud-generated-keys fallback path; never read back
    CSR = "csr"  # read-only, produced by the board
    # certificates.mode = "fleet-claim": what the board's application needs to register itself on first boot.
    CLAIM_CERT = "claim-cert"  # the claim certificate (PEM), shared by every board of a claim's lifetime
    CLAIM_KEY = "claim-key"  # its private key: written like KEY (hashed as sent, never read back)
    FLEET = "fleet"  # JSON: {"template": name, "parameters": {...}} for RegisterThing (docs/board-protocol.md)


@dataclass(frozen=True)
class ProvisioningStatus:
    """What a board's application reports of its own registration with AWS (fleet-claim; factory-ca's connect).

    Board data, so untrusted: ``code`` and ``message`` are what AWS (or the board) said, shown as data.
    """

    #: "idle": nothing started (not provisioned, or not booted yet); "connecting": at work; "registered": the
    #: board holds its own certificate and AWS accepted it; "refused": AWS (or the board) refused, see code.
    state: str
    thing_name: str = ""
    certificate_id: str = ""
    #: Where it stands or stopped: "connect", "create-from-csr", "register-thing" (the MQTT APIs' steps).
    step: str = ""
    code: str = ""  # errorCode / statusCode of a rejected answer, e.g. "InvalidParametersException" or "400"
    message: str = ""  # errorMessage of a rejected answer


@dataclass(frozen=True)
class Readback:
    """What the board reports it holds: sha256 (hex) per stored object, plus its public key."""

    hashes: dict[ObjectKind, str]
    public_key_der: bytes | None  # SubjectPublicKeyInfo, DER; None if the board has no key yet


@dataclass(frozen=True)
class PortInfo:
    """A serial port a board may be behind (real, pseudo-terminal or socket:// URL)."""

    url: str  # what pyserial's serial_for_url() opens
    description: str = ""
    hwid: str = ""
    provider: str = "serial"  # which discovery provider reported it
    #: USB vendor and product id ("1915", "9100", lower-case hex) when the port is a USB device; "" otherwise.
    vid: str = ""
    pid: str = ""
    #: The USB device's serial number (a J-Link's, say); several ports of one DK share it.
    usb_serial: str = ""
    #: USB interface number of this port on its device ("" if unknown): a DK's COM ports differ by it.
    interface: str = ""

    @property
    def usb_id(self) -> str:
        """``"vid:pid"`` (lower-case hex) or "" when the port is not a USB device."""
        return f"{self.vid}:{self.pid}" if self.vid and self.pid else ""


@dataclass(frozen=True)
class DeviceCredentials:
    """What a board needs to reach the cloud. The private key is never part of it."""

    thing_name: str
    certificate_pem: bytes
    ca_pem: bytes
    endpoint: str  # host[:port] the device dials for MQTT over mTLS


@dataclass
class CloudIds:
    """Cloud identifiers of one unit, filled as the pipeline goes."""

    thing_name: str = ""
    thing_arn: str = ""
    certificate_id: str = ""
    certificate_arn: str = ""
    groups: list[str] = field(default_factory=list)
