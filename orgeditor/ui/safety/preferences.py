"""The autosave interval, kept in the user's settings (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from orgeditor.ui.safety.autosaver import DEFAULT_INTERVAL_SECONDS

INTERVAL_KEY = "autosave/intervalSeconds"
MAX_INTERVAL_SECONDS = 3600


def autosave_interval() -> int:
    """Seconds between autosaves; 0 means off. A damaged setting falls back to the default."""
    value = QSettings().value(INTERVAL_KEY, DEFAULT_INTERVAL_SECONDS)
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_SECONDS
    return min(max(seconds, 0), MAX_INTERVAL_SECONDS)


def set_autosave_interval(seconds: int) -> None:
    QSettings().setValue(INTERVAL_KEY, min(max(int(seconds), 0), MAX_INTERVAL_SECONDS))
