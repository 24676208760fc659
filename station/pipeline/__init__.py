"""Provisioning pipeline: per-unit state machine, typed events, unit runner and scheduler."""
