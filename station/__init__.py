"""Provisioning station core: board link, cloud adapter, pipeline; free of any GUI toolkit."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("provisioning-station")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"
