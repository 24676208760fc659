"""Benchmarks: commands that measure the station (not tests)."""
