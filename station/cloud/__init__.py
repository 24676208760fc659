"""Cloud adapter: boto3 clients, throttling-aware calls, idempotent provisioning steps, bootstrap."""
