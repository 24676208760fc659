"""The line CA's operator-facing failure: the token, its PIN, its key or the CA certificate."""

from __future__ import annotations

from station.errors import StationError
from station.messages import message

#: The pipeline state the line CA works in; every CaError names it.
STEP = "signing"


class CaError(StationError):
    """The line CA cannot sign: names the profile key at fault (certificates.factory_ca.*) and what to do."""

    default_remedy = message("remedy.ca", "Check the line CA token and the [certificates.factory_ca] keys of the "
                             "profile (see docs/factory-ca.md), then retry the unit.")()
