"""The line CA (certificates.mode = "factory-ca"): signs boards' CSRs with a key that never leaves a PKCS#11 token."""

from station.ca.errors import CaError
from station.ca.signer import DeviceSubject, LineCa, SignedCertificate
from station.ca.softhsm import LineCaToken, create_line_ca_token, softhsm_library

__all__ = ["CaError", "DeviceSubject", "LineCa", "LineCaToken", "SignedCertificate", "create_line_ca_token",
           "softhsm_library"]
