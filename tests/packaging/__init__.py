"""Packaging tests: PyInstaller spec rules and the self-test."""
