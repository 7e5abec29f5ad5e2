"""The interface scale (100–200 %): everything in the window larger, for projectors and
high-DPI screens. Kept in the user's settings and applied when the application starts (Qt
scales a whole application only from its start: QT_SCALE_FACTOR), so a change shows at the
next start. A QT_SCALE_FACTOR the user set in the environment wins."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings

SCALE_KEY = "interface/scalePercent"
MIN_PERCENT, MAX_PERCENT, DEFAULT_PERCENT = 100, 200, 100


def _settings() -> QSettings:
    # before the application exists its names are not set yet: the same ones run_app sets
    if not QCoreApplication.organizationName():
        return QSettings("orgeditor", "orgeditor")
    return QSettings()


def interface_scale() -> int:
    """The interface scale in percent; a damaged setting falls back to 100."""
    try:
        percent = int(_settings().value(SCALE_KEY, DEFAULT_PERCENT))
    except (TypeError, ValueError):
        return DEFAULT_PERCENT
    return min(max(percent, MIN_PERCENT), MAX_PERCENT)


def set_interface_scale(percent: int) -> None:
    _settings().setValue(SCALE_KEY, min(max(int(percent), MIN_PERCENT), MAX_PERCENT))


def apply_before_start(environ: os._Environ[str] | dict[str, str] = os.environ) -> None:
    """Set QT_SCALE_FACTOR from the setting (call before the QApplication is made)."""
    percent = interface_scale()
    if percent != DEFAULT_PERCENT and "QT_SCALE_FACTOR" not in environ:
        environ["QT_SCALE_FACTOR"] = f"{percent / 100:g}"
