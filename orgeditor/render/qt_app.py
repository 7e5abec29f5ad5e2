"""A QApplication for headless use (the CLI): offscreen when there is no screen to talk to."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

_app: QApplication | None = None  # keeps the application alive while the process runs


def needs_offscreen(environ: os._Environ[str] | dict[str, str] = os.environ) -> bool:
    """Whether Qt would look for a display that is not there (Linux and the BSDs without
    DISPLAY or WAYLAND_DISPLAY) and no platform was asked for."""
    if environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform == "win32" or sys.platform == "darwin":
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no screen).

    The scene's cards are QtWidgets graphics items, so a QApplication is needed; a plain
    QCoreApplication or QGuiApplication already running cannot be upgraded.
    """
    global _app
    current = QCoreApplication.instance()
    if isinstance(current, QApplication):
        return current
    if current is not None:
        raise RuntimeError(
            f"orgeditor.render needs a QApplication, but a {type(current).__name__} is running"
        )
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "orgeditor"])
    return _app
