"""Board link: the reference serial protocol, the driver interface and port discovery."""
