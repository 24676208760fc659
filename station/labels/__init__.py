"""Unit labels on Zebra-compatible printers: template -> ZPL, printer transports, the queueing label service."""

from station.labels.service import LabelJob, LabelService, attach
from station.labels.template import LabelData, PlacedField, layout

__all__ = ["LabelData", "LabelJob", "LabelService", "PlacedField", "attach", "layout"]
