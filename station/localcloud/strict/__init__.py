"""Strict mode of the embedded cloud: AWS's IAM resource mapping, quotas, input rules and semantics ministack lacks."""
