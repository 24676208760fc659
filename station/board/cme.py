"""nRF91 +CME ERROR codes -> plain-words cause and remedy for the operator, per command family.

Codes and meanings from Nordic's nRF91 AT command reference (pages cited in
docs/nrf91.md, "CME error codes"). A code not listed here still gets a cause
that names the number, so nothing reaches the operator as a bare integer.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.messages import Message, MessageDef, message

_SET_ASIDE = message("remedy.nrf91.set-aside", "Set the unit aside and call the line engineer with the code.")


@dataclass(frozen=True)
class CmeCause:
    """What a CME error means for one command family, in words an operator acts on (messages, and English)."""

    cause_message: Message
    remedy_message: Message

    @property
    def cause(self) -> str:
        return self.cause_message.text()

    @property
    def remedy(self) -> str:
        return self.remedy_message.text()


def _cme(cause: MessageDef, remedy: MessageDef) -> CmeCause:
    """A fixed cause and remedy (messages without parameters)."""
    return CmeCause(cause(), remedy())


_ACTIVE = _cme(
    message("nrf91.cme.active",
            "the modem is still active (online), and it refuses credential changes while active"),
    message("remedy.nrf91.active", "Retry the unit: the station switches the modem offline first. If it repeats, "
            "the application firmware keeps turning the modem on; flash the factory image or hold the application, "
            "then retry."))
_POWER_OFF_WARNING = _cme(
    message("nrf91.cme.power-off-warning", "the modem reports a power-off warning (supply voltage too low) and "
            "blocks writes to its memory"),
    message("remedy.nrf91.power-off-warning", "Check the unit's power supply or battery (charge it), then retry."))

#: Family -> code -> cause. Families: "%CMNG" (credential storage), "%KEYGEN" (key generation),
#: "+CFUN" (functional mode), "" (anything else).
CME_TABLE: dict[str, dict[int, CmeCause]] = {
    "%CMNG": {
        50: _cme(message("nrf91.cme.cmng-parameters", "the modem rejected the credential command's parameters"),
                 message("remedy.nrf91.cmng-parameters", "Check the profile's [drivers.nrf91] sec_tag "
                         "(0-2147483647) and the certificate file; then retry.")),
        513: _cme(message("nrf91.cme.cmng-not-found", "the modem has no credential at that security tag and type"),
                  message("remedy.nrf91.cmng-not-found", "Retry the unit; the station writes it again.")),
        514: _cme(message("nrf91.cme.cmng-no-access",
                          "the modem does not allow access to that security tag (reserved or protected)"),
                  message("remedy.nrf91.cmng-no-access", "Choose another sec_tag in the profile's [drivers.nrf91] "
                          "table (the line engineer), then retry.")),
        515: _cme(message("nrf91.cme.cmng-full", "the modem's credential memory is full"),
                  message("remedy.nrf91.cmng-full", "Delete unused credentials from the modem (e.g. with "
                          "nrfcredstore 'delete'), or re-flash it; then retry the unit.")),
        518: _ACTIVE,
        519: _cme(message("nrf91.cme.cmng-exists", "a credential already exists at that security tag and type"),
                  message("remedy.nrf91.cmng-exists",
                          "Retry the unit: the station deletes the old one and writes again.")),
        528: _POWER_OFF_WARNING,
    },
    "%KEYGEN": {
        50: _cme(message("nrf91.cme.keygen-parameters",
                         "the modem rejected the key generation parameters (sec_tag or the CSR's subject)"),
                 message("remedy.nrf91.keygen-parameters", "Check the profile's sec_tag and naming pattern (the "
                         "thing name must be plain ASCII without quotes); then retry.")),
        513: _cme(message("nrf91.cme.keygen-not-found",
                          "the modem could not find what key generation needs in that security tag"),
                  message("remedy.nrf91.keygen-not-found", "Retry the unit; if it repeats, set it aside.")),
        514: _cme(message("nrf91.cme.keygen-no-access",
                          "the modem does not allow a key in that security tag (reserved or protected)"),
                  message("remedy.nrf91.keygen-no-access",
                          "Choose another sec_tag in the profile's [drivers.nrf91] table, then retry.")),
        515: _cme(message("nrf91.cme.keygen-full", "the modem's key memory is full"),
                  message("remedy.nrf91.keygen-full", "Delete unused credentials from the modem, then retry.")),
        518: _ACTIVE,
        523: _cme(message("nrf91.cme.keygen-failed", "the modem failed to generate a key pair"),
                  message("remedy.nrf91.keygen-failed", "Retry the unit once; if it fails again, set the unit aside "
                          "and call the line engineer with the code.")),
        528: _POWER_OFF_WARNING,
    },
    "+CFUN": {
        50: _cme(message("nrf91.cme.cfun-unsupported", "the modem does not support that functional mode"),
                 message("remedy.nrf91.cfun-unsupported", "The modem firmware is too old for this station; update "
                         "it (nRF Connect Programmer), then retry.")),
        528: _POWER_OFF_WARNING,
    },
}

#: Codes from the reference's common list, whatever the command.
_COMMON: dict[int, CmeCause] = {
    0: _cme(message("nrf91.cme.unsupported", "the modem firmware does not support this command"),
            message("remedy.nrf91.unsupported", "Update the modem firmware (mfw 1.3 or newer) and retry.")),
    50: _cme(message("nrf91.cme.parameters", "the modem rejected the command's parameters"), _SET_ASIDE),
    51: _cme(message("nrf91.cme.disabled", "the command is disabled in this modem firmware build"),
             message("remedy.nrf91.disabled", "Update the modem firmware, then retry.")),
    518: _ACTIVE,
    528: _POWER_OFF_WARNING,
}

_BARE_ERROR = _cme(
    message("nrf91.cme.error", "the modem answered ERROR (it did not accept the command)"),
    message("remedy.nrf91.error", "Check that the board runs modem firmware with AT access (at_client or the Zephyr "
            "AT shell) and retry; if it repeats, set the unit aside and call the line engineer with the code."))
#: A code this table does not know: named with its number, never a bare integer.
_UNKNOWN = message("nrf91.cme.unknown", "the modem refused {command} with error code {code}")


def family(command: str) -> str:
    """``AT%CMNG=0,...`` -> ``%CMNG``; unknown families map to ""."""
    body = command[2:] if command[:2].upper() == "AT" else command
    for fam in CME_TABLE:
        if body.upper().startswith(fam):
            return fam
    return ""


def explain(command: str, code: int | None) -> CmeCause:
    """Cause and remedy for ``+CME ERROR: <code>`` answering ``command`` (None: a bare ERROR)."""
    if code is None:
        return _BARE_ERROR
    fam = family(command)
    found = CME_TABLE.get(fam, {}).get(code) or _COMMON.get(code)
    if found is not None:
        return found
    what = fam or command.split("=")[0][:20]
    return CmeCause(_UNKNOWN(command=what, code=code), _SET_ASIDE())
