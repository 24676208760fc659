"""The dashboard's charts (pyqtgraph): units per hour, a cycle-time histogram, and the failure Pareto."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from station.records.shift import Cause, Histogram, HourBucket

PASS_COLOR = "#2e7d32"
FAIL_COLOR = "#c62828"
BAR_COLOR = "#1565c0"
LINE_COLOR = "#ef6c00"


def _plot(object_name: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setObjectName(object_name)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.3)
    plot.setMinimumHeight(180)
    for side in ("left", "bottom", "right"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # "seconds (x0.001)" reads worse than 0.5
    return plot


def _caption(plot: pg.PlotWidget, title: str, left: str, bottom: str) -> None:
    item = plot.getPlotItem()
    item.setTitle(title, color="#222")
    item.setLabel("left", left)
    item.setLabel("bottom", bottom)


def render(widget: QWidget, width: int = 800, height: int = 320) -> QImage:
    """The chart as an image for the report: as shown, or (a tab never shown) drawn at ``width`` x ``height``."""
    if not widget.isVisible():
        widget.resize(width, height)  # not laid out by anyone yet: a size of our own does no harm
    return widget.grab().toImage()


class HourChart:
    """Passed (green) and failed (red, stacked on top) units per hour of the shift."""

    def __init__(self) -> None:
        self.widget = _plot("unitsPerHourChart")
        self.retranslate()

    def retranslate(self) -> None:
        _caption(self.widget, QCoreApplication.translate("Dashboard", "Units per hour"),
                 QCoreApplication.translate("Dashboard", "units"),
                 QCoreApplication.translate("Dashboard", "hour of the shift (start)"))

    def show(self, hours: Sequence[HourBucket]) -> None:
        plot = self.widget.getPlotItem()
        plot.clear()
        xs = list(range(len(hours)))
        passed = [h.passed for h in hours]
        failed = [h.failed for h in hours]
        plot.addItem(pg.BarGraphItem(x=xs, height=passed, width=0.7, brush=PASS_COLOR, pen=None))
        plot.addItem(pg.BarGraphItem(x=xs, y0=passed, height=failed, width=0.7, brush=FAIL_COLOR, pen=None))
        # Label every hour when few, every other otherwise: local clock time of the bucket's start.
        step = 1 if len(hours) <= 12 else 2
        ticks = [(i, QDateTime.fromSecsSinceEpoch(int(hours[i].start)).toString("HH:mm"))
                 for i in range(0, len(hours), step)]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, max(0, len(hours) - 1) + 0.6, padding=0)
        plot.setYRange(0, max([p + f for p, f in zip(passed, failed, strict=True)] + [1]) * 1.1, padding=0)


class HistogramChart:
    """How long one step took, over the shift's attempts: bars over the bins' seconds."""

    def __init__(self) -> None:
        self.widget = _plot("cycleTimeChart")
        self.retranslate()

    def retranslate(self) -> None:
        _caption(self.widget, QCoreApplication.translate("Dashboard", "Cycle time"),
                 QCoreApplication.translate("Dashboard", "steps"),
                 QCoreApplication.translate("Dashboard", "seconds"))

    def show(self, histogram: Histogram | None) -> None:
        plot = self.widget.getPlotItem()
        plot.clear()
        plot.getAxis("bottom").setTicks(None)
        if histogram is None or not histogram.counts:
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(0, 1, padding=0)
            return
        edges = histogram.edges
        width = edges[1] - edges[0]
        centres = [e + width / 2 for e in edges[:-1]]
        plot.addItem(pg.BarGraphItem(x=centres, height=list(histogram.counts), width=width * 0.9,
                                     brush=BAR_COLOR, pen=None))
        plot.setXRange(edges[0], edges[-1], padding=0.02)
        plot.setYRange(0, max(histogram.counts) * 1.1, padding=0)


class ParetoChart:
    """Failures per cause, most frequent first (bars, left axis) and the cumulative share (line, right axis)."""

    def __init__(self) -> None:
        self.widget = _plot("paretoChart")
        plot = self.widget.getPlotItem()
        # The cumulative line lives in a second view box on the right axis, 0-100 %.
        self.share = pg.ViewBox()
        plot.showAxis("right")
        plot.scene().addItem(self.share)
        plot.getAxis("right").linkToView(self.share)
        self.share.setXLink(plot)
        self.share.setYRange(0, 105, padding=0)
        self.share.setMouseEnabled(x=False, y=False)
        self.share.setZValue(plot.vb.zValue() + 10)  # the line over the bars
        plot.vb.sigResized.connect(self._align)
        self.retranslate()

    def _align(self) -> None:
        self.share.setGeometry(self.widget.getPlotItem().vb.sceneBoundingRect())

    def retranslate(self) -> None:
        _caption(self.widget, QCoreApplication.translate("Dashboard", "Failures by cause"),
                 QCoreApplication.translate("Dashboard", "failures"),
                 QCoreApplication.translate("Dashboard", "cause (rank, see the table)"))
        self.widget.getPlotItem().setLabel("right", QCoreApplication.translate("Dashboard", "cumulative %"))

    def show(self, causes: Sequence[Cause]) -> None:
        plot = self.widget.getPlotItem()
        plot.clear()
        self.share.clear()
        xs = list(range(1, len(causes) + 1))
        counts = [c.count for c in causes]
        plot.getAxis("bottom").setTicks([[(x, str(x)) for x in xs]])
        if causes:
            plot.addItem(pg.BarGraphItem(x=xs, height=counts, width=0.7, brush=FAIL_COLOR, pen=None))
            self.share.addItem(pg.PlotDataItem(xs, [c.cumulative_percent for c in causes],
                                               pen=pg.mkPen(LINE_COLOR, width=2), symbol="o", symbolSize=6,
                                               symbolBrush=LINE_COLOR))
        plot.setXRange(0.4, max(1, len(causes)) + 0.6, padding=0)
        plot.setYRange(0, max([*counts, 1]) * 1.1, padding=0)
        self._align()


def stamp(now: float | None = None) -> str:
    """Local date and time for "updated at" and the report (masked in screenshot sidecars)."""
    return QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now)).toString("yyyy-MM-dd HH:mm")



