"""The Qt user interface. Only this package imports PySide6; it calls core and never writes SQL."""
