"""Firmware/config catalog in S3, job documents, releases and snapshot jobs, following units to "ready"."""
