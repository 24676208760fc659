"""Virtual boards: the firmware side of the reference protocol, for tests, the demo and rehearsals."""

from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan
from station.virtual.fleet import DEFAULT_MODELS, BoardSpec, VirtualFleet, VirtualPortProvider

__all__ = ["DEFAULT_MODELS", "BoardSpec", "FaultPlan", "VirtualBoard", "VirtualFleet", "VirtualPortProvider"]
