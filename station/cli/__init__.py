"""Headless command line of the station (entry point ``station``); shares the core with the GUI."""
