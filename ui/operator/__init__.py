"""Operator view: the wall of slots, the scanner input, shift counters and the per-unit detail panel."""
