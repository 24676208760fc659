"""The embedded local cloud (ministack as a loopback-only child process) and a fault-injecting HTTP proxy."""

from station.localcloud.faultproxy import FaultProxy
from station.localcloud.launcher import LocalCloud, LocalCloudEndpoints

__all__ = ["FaultProxy", "LocalCloud", "LocalCloudEndpoints"]
