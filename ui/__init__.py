"""PySide6 user interface of the station; the only package that imports Qt."""
