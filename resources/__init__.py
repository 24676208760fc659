"""Packaged resources: policy templates, schemas, default profile, CA bundle; read via importlib.resources."""
