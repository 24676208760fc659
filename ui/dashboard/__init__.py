"""The shift dashboard: yield, throughput, cycle times, failure Pareto and slot health, read-only from the records."""

from ui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
