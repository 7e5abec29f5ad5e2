"""The main window's size, place and dock layout, kept in the user's settings (QSettings) so
the next start looks as the last one ended."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
# raise when the docks or toolbars change so much that an old layout would look broken:
# restoreState refuses a state saved under another version and the defaults stay
STATE_VERSION = 1


def save_window_state(window: QMainWindow) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(STATE_VERSION))


def restore_window_state(window: QMainWindow) -> bool:
    """Put back what save_window_state kept. False when nothing was kept or it could not be
    applied (a damaged value, another STATE_VERSION); the window then keeps what it has."""
    settings = QSettings()
    geometry = _bytes(settings.value(GEOMETRY_KEY))
    state = _bytes(settings.value(STATE_KEY))
    restored_geometry = geometry is not None and window.restoreGeometry(geometry)
    restored_state = state is not None and window.restoreState(state, STATE_VERSION)
    return restored_geometry and restored_state


def _bytes(value: object) -> QByteArray | None:
    """The stored bytes; None for anything else (a settings file edited by hand, say)."""
    if isinstance(value, QByteArray):
        return value if not value.isEmpty() else None
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None
