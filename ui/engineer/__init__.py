"""Engineer view: profile, cloud connection, firmware catalog and releases."""
